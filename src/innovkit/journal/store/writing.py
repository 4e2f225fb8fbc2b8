"""Writing to the journal: sessions added, replaced, deleted; actions marked done, edited,
deleted."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from innovkit.errors import BadInput
from innovkit.journal.records import Action, Session, check_session, utc_now
from innovkit.journal.rows import (
    ACTION_COLUMNS,
    ActionEntry,
    action_row,
    chronological,
    session_row,
)

if TYPE_CHECKING:
    pass

from innovkit.journal.store.queries import _CHUNK, _INSERT, RECORD_DELETION, Reading

# The rows of ``rows.action_row``: the session's id and position first.
_INSERT_ACTION = "INSERT INTO actions (session_id, position, {}) VALUES ({})".format(
    ", ".join(ACTION_COLUMNS), ", ".join("?" * (len(ACTION_COLUMNS) + 2))
)


class Writing(Reading):
    """The journal's writes (see ``Journal``)."""

    # ---- sessions

    def add(self, session: Session) -> Session:
        """Store a new session (checked first); returns it."""
        self.add_many([session])
        return session

    def add_many(self, sessions: Iterable[Session]) -> int:
        """Store many new sessions in one transaction (imports, benchmarks); returns how many."""
        batch = list(sessions)
        for session in batch:
            check_session(session)
        with self.atomic():
            self._check_action_ids(batch)
            try:
                self._insert(batch)
            except self._db.IntegrityError:
                raise BadInput("journal.duplicate_id") from None
        return len(batch)

    def _insert(self, sessions: list[Session]) -> None:
        # In date order, the rows of one month sit side by side in the file: a month's report
        # reads a few pages instead of one page per session.
        sessions = sorted(sessions, key=chronological)
        self._write_rows(
            map(session_row, sessions),
            (action_row(a, s.id, i) for s in sessions for i, a in enumerate(s.actions)),
            ((s.id, i, tag) for s in sessions for i, tag in enumerate(s.tags)),
        )

    def _write_rows(
        self,
        sessions: Iterable[Sequence[Any]],
        actions: Iterable[Sequence[Any]],
        tags: Iterable[Sequence[Any]],
    ) -> None:
        """Insert rows of the three tables (``rows.COLUMNS`` order for sessions)."""
        db = self._db
        db.executemany(_INSERT, sessions)
        db.executemany(_INSERT_ACTION, actions)
        db.executemany(
            "INSERT INTO session_tags (session_id, position, tag) VALUES (?, ?, ?)", tags
        )

    def _check_action_ids(self, sessions: Sequence[Session], replaced: Iterable[str] = ()) -> None:
        """Refuse sessions whose actions have ids already used by another session, in the
        journal (except by the sessions ``replaced`` in the same transaction) or in
        ``sessions`` themselves: typically an exported session given a new id by hand. Its
        actions are then not the same as ours (they would be recorded twice), and taking
        either one's text silently could lose the other's: nothing is written, and the
        sentence names both sessions."""
        owners: dict[str, str] = {}
        for session in sessions:
            for action in session.actions:
                other = owners.setdefault(action.id, session.id)
                if other != session.id:
                    raise BadInput(
                        "journal.action_id_taken", id=session.id, action=action.id, other=other
                    )
        if not owners or self._db.execute("SELECT 1 FROM actions LIMIT 1").fetchone() is None:
            return
        leaving = set(replaced)
        ids = list(owners)
        for first in range(0, len(ids), _CHUNK):
            chunk = ids[first : first + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for action_id, other in self._db.execute(
                f"SELECT id, session_id FROM actions WHERE id IN ({marks})", chunk
            ):
                # The same session id is either replaced here or refused as a duplicate.
                if other not in leaving and other != owners[action_id]:
                    raise BadInput(
                        "journal.action_id_taken",
                        id=owners[action_id],
                        action=action_id,
                        other=other,
                    )

    def _remove(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            marks = ", ".join("?" * len(chunk))
            # The cascade removes actions, tags and timings with their session.
            self._db.execute(f"DELETE FROM sessions WHERE id IN ({marks})", chunk)

    def update(self, session: Session) -> Session:
        """Replace the stored session that has ``session.id``; ``updated_at`` moves to now."""
        from innovkit.journal.reconcile import stamp_edit

        check_session(session)
        with self.atomic():
            found = self._load("WHERE id = ?", [session.id])
            if not found:
                raise BadInput("journal.session_unknown", id=session.id)
            before = found[0]
            # Always later than before, even within the same microsecond: merges rely on it.
            moment = max(utc_now(), before.updated_at + timedelta(microseconds=1))
            session.updated_at = moment
            session.created_at = before.created_at
            # Each field changed now is marked so, for a merge to keep it (journal.reconcile).
            session.field_changes = stamp_edit(before, session, moment)
            self._remove([session.id])
            self._insert([session])
        return session

    def delete(self, id_or_prefix: str, by: str = "") -> Session:
        """Remove one session (by id or unique prefix) with its actions; returns it. A
        tombstone (its id, date, when, ``by`` whom) stays, and travels in exports, so that an
        older copy of the session in a colleague's journal does not bring it back."""
        with self.atomic():
            session = self.get(id_or_prefix)
            self._remove([session.id])
            self._db.execute(
                RECORD_DELETION,
                (session.id, session.date.isoformat(), utc_now().isoformat(), by),
            )
            self._db.execute("DELETE FROM conflicts WHERE session_id = ?", (session.id,))
        return session

    def withdraw(self, session_id: str) -> None:
        """Remove one session with its actions, leaving no tombstone: the outbox's copy of a
        session the shared journal now holds (``journal.outbox``). Nothing else calls it."""
        with self.atomic():
            self._remove([session_id])

    # ---- actions

    def set_action_status(
        self, id_or_prefix: str, status: str = "done", today: date | None = None
    ) -> tuple[ActionEntry, bool]:
        """Mark one action (by id or unique prefix) open or done (``done_on``: ``today``);
        returns it and whether it changed: an action already so is left as it was. Its
        session's ``updated_at`` moves too, so that a merge carries the change to other
        journals."""
        if status not in ("open", "done"):
            raise ValueError(status)

        def change(action: Action) -> bool:
            if action.status == status:
                return False
            action.status = status
            action.done_on = (today or date.today()) if status == "done" else None
            return True

        return self._change_action(id_or_prefix, change)

    def edit_action(self, id_or_prefix: str, changes: dict[str, Any]) -> tuple[ActionEntry, bool]:
        """Change the ``text``, ``owner`` or ``due`` date of one action (by id or unique
        prefix); returns it and whether anything changed."""
        unknown = set(changes) - {"text", "owner", "due"}
        if unknown:
            raise ValueError(unknown)
        if "text" in changes and not str(changes["text"]).strip():
            raise BadInput("journal.action_text_empty")

        def change(action: Action) -> bool:
            before = (action.text, action.owner, action.due)
            for name, value in changes.items():
                setattr(action, name, value.strip() if isinstance(value, str) else value)
            return before != (action.text, action.owner, action.due)

        return self._change_action(id_or_prefix, change)

    def delete_action(self, id_or_prefix: str) -> ActionEntry:
        """Remove one action (by id or unique prefix) from its session; returns it."""

        def change(action: Action) -> bool:
            return True

        entry, _ = self._change_action(id_or_prefix, change, remove=True)
        return entry

    def find_action(self, id_or_prefix: str) -> ActionEntry:
        """One action (by id or unique prefix) with its session."""
        session, action = self._session_of_action(id_or_prefix)
        return ActionEntry(action, session.id, session.date, session.tool, session.lever)

    def _session_of_action(self, id_or_prefix: str) -> tuple[Session, Action]:
        ident = self._resolve("actions", "journal.action", id_or_prefix)
        with self._reading() as db:
            session_id = db.execute(
                "SELECT session_id FROM actions WHERE id = ?", (ident,)
            ).fetchone()[0]
        session = self.get(session_id)
        return session, next(a for a in session.actions if a.id == ident)

    def _change_action(
        self, id_or_prefix: str, change: Callable[[Action], bool], remove: bool = False
    ) -> tuple[ActionEntry, bool]:
        """Apply ``change`` to one action in one transaction; its session is written back
        (``updated_at`` moves) only when ``change`` says it changed something."""
        with self.atomic():
            session, action = self._session_of_action(id_or_prefix)
            changed = change(action)
            if remove:
                session.actions.remove(action)
            if changed:
                self.update(session)
        return ActionEntry(action, session.id, session.date, session.tool, session.lever), changed
