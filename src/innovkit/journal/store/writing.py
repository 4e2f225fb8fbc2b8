"""Writing to the journal: sessions added, replaced, deleted; actions marked done, edited,
deleted."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from innovkit.errors import BadInput
from innovkit.journal.records import Action, Session, check_session, new_id, utc_now
from innovkit.journal.rows import (
    ACTION_COLUMNS,
    ActionEntry,
    action_row,
    chronological,
    session_row,
)

if TYPE_CHECKING:
    from innovkit.journal.editing import Edited

from innovkit.journal.store.queries import _CHUNK, _INSERT, RECORD_DELETION, Reading

# The rows of ``rows.action_row``: the session's id and position first.
_INSERT_ACTION = "INSERT INTO actions (session_id, position, {}) VALUES ({})".format(
    ", ".join(ACTION_COLUMNS), ", ".join("?" * (len(ACTION_COLUMNS) + 2))
)
# PostgreSQL only: a session's row locked for the rest of the transaction (SQLite's
# ``BEGIN IMMEDIATE`` already holds the whole file).
LOCK_SESSION = "SELECT id FROM sessions WHERE id = ? FOR UPDATE"


def _json(value: Any) -> str:
    import msgspec

    return msgspec.json.encode(value).decode("utf-8")


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

    def update(self, session: Session, base: Session | None = None) -> Session:
        """Write an edit of the stored session that has ``session.id`` (see ``save_edit``);
        returns it as stored. Without ``base`` the edit started from the session as it is
        now, so all of ``session`` is written."""
        return self.save_edit(session, base).session

    def save_edit(self, session: Session, base: Session | None = None) -> Edited:
        """Write an edit made from ``base`` (the session as read when the edit began) onto
        the stored session, in one transaction: only the fields this edit changed are
        written; a field a colleague changed meanwhile and this edit did not is kept; the same
        field changed by both is a conflict, kept for ``journal conflicts``
        (``journal.editing``). ``updated_at`` moves to now."""
        from innovkit.journal.editing import edit_onto

        check_session(session)
        with self.atomic():
            if self.on_postgres:  # the row is ours until the end of the transaction
                self._db.execute(LOCK_SESSION, (session.id,))
            found = self._load("WHERE id = ?", [session.id])
            if not found:
                raise BadInput("journal.session_unknown", id=session.id)
            now = found[0]
            # Always later than before, even within the same microsecond: merges rely on it.
            moment = max(utc_now(), now.updated_at + timedelta(microseconds=1))
            edited = edit_onto(now, base or now, session, moment, self._editor())
            self._remove([session.id])
            self._insert([edited.session])
            self._record_conflicts(edited.conflicts)
        return edited

    def _editor(self) -> str:
        """Who is editing, as a conflict will say it: the configured facilitator's name; else,
        on a shared journal, the account; else this computer's name."""
        import platform

        from innovkit.settings import configured

        name = configured("facilitator")
        if name:
            return str(name)
        if self.on_postgres:
            row = self._db.execute("SELECT current_user").fetchone()
            return str(row[0]) if row else ""
        return platform.node()

    def _record_conflicts(self, conflicts: Iterable[Any]) -> None:
        """Inside ``atomic()``: store ``reconcile.Conflict``s found by a merge or an edit; an
        open conflict on the same field of the same session is replaced by the newer one."""
        found_at = utc_now().isoformat()
        for c in conflicts:
            self._db.execute(
                "DELETE FROM conflicts WHERE session_id = ? AND field = ? AND resolved_at IS NULL",
                (c.session_id, c.field),
            )
            self._db.execute(
                "INSERT INTO conflicts (id, session_id, field, kept, other, kept_side, kept_at, "
                "other_at, found_at, kept_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_id(),
                    c.session_id,
                    c.field,
                    _json(c.kept),
                    _json(c.other),
                    c.kept_side,
                    c.kept_at.isoformat(),
                    c.other_at.isoformat(),
                    found_at,
                    c.kept_by,
                ),
            )

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

        entry, edited = self._change_action(id_or_prefix, change)
        return entry, edited is not None

    def edit_action(self, id_or_prefix: str, changes: dict[str, Any]) -> tuple[ActionEntry, bool]:
        """Change the ``text``, ``owner`` or ``due`` date of one action (by id or unique
        prefix); returns it and whether anything changed."""
        entry, edited = self.edit_action_from(None, id_or_prefix, changes)
        return entry, edited is not None

    def edit_action_from(
        self, view: Action | None, id_or_prefix: str, changes: dict[str, Any]
    ) -> tuple[ActionEntry, Edited | None]:
        """``edit_action`` made from ``view``, the action as read when the edit began (its
        questions may take minutes): only what differs from ``view`` is written, and a part a
        colleague changed meanwhile is kept or is a conflict (``save_edit``). Returns the
        action and what the edit wrote (``None`` when nothing changed)."""
        unknown = set(changes) - {"text", "owner", "due"}
        if unknown:
            raise ValueError(unknown)
        if "text" in changes and not str(changes["text"]).strip():
            raise BadInput("journal.action_text_empty")
        wanted = {k: v.strip() if isinstance(v, str) else v for k, v in changes.items()}
        if view is not None:
            wanted = {k: v for k, v in wanted.items() if getattr(view, k) != v}

        def change(action: Action) -> bool:
            before = (action.text, action.owner, action.due)
            for name, value in wanted.items():
                setattr(action, name, value)
            return before != (action.text, action.owner, action.due)

        return self._change_action(id_or_prefix, change, view=view)

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
        self,
        id_or_prefix: str,
        change: Callable[[Action], bool],
        remove: bool = False,
        view: Action | None = None,
    ) -> tuple[ActionEntry, Edited | None]:
        """Apply ``change`` to one action in one transaction; its session is written back
        (``updated_at`` moves) only when ``change`` says it changed something. ``view``: the
        action as the edit saw it (see ``edit_action_from``)."""
        import copy

        with self.atomic():
            session, action = self._session_of_action(id_or_prefix)
            base = None
            if view is not None:
                base = copy.deepcopy(session)
                base.actions = [view if a.id == view.id else a for a in base.actions]
            edited = None
            if change(action):
                if remove:
                    session.actions.remove(action)
                edited = self.save_edit(session, base)
        return ActionEntry(action, session.id, session.date, session.tool, session.lever), edited
