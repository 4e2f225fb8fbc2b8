"""Writing to the journal: sessions added, replaced, deleted; actions marked done."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from innovkit.errors import BadInput
from innovkit.i18n import tr
from innovkit.journal.records import Session, check_session, utc_now
from innovkit.journal.rows import (
    ActionEntry,
    chronological,
    session_row,
)

if TYPE_CHECKING:
    pass

from innovkit.journal.store.queries import _CHUNK, _INSERT, RECORD_DELETION, Reading


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
                raise BadInput(tr("journal.duplicate_id")) from None
        return len(batch)

    def _insert(self, sessions: list[Session]) -> None:
        # In date order, the rows of one month sit side by side in the file: a month's report
        # reads a few pages instead of one page per session.
        sessions = sorted(sessions, key=chronological)
        self._write_rows(
            map(session_row, sessions),
            (
                (a.id, s.id, i, a.text, a.owner, a.due and a.due.isoformat(), a.status)
                for s in sessions
                for i, a in enumerate(s.actions)
            ),
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
        db.executemany(
            "INSERT INTO actions (id, session_id, position, text, owner, due, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            actions,
        )
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
                        tr("journal.action_id_taken", id=session.id, action=action.id, other=other)
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
                        tr(
                            "journal.action_id_taken",
                            id=owners[action_id],
                            action=action_id,
                            other=other,
                        )
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
                raise BadInput(tr("journal.session_unknown", id=session.id))
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

    def set_action_status(self, id_or_prefix: str, status: str = "done") -> ActionEntry:
        """Mark one action (by id or unique prefix) open or done; its session's ``updated_at``
        moves too, so that a merge carries the change to other journals."""
        if status not in ("open", "done"):
            raise ValueError(status)
        with self.atomic():
            ident = self._resolve("actions", "journal.action", id_or_prefix)
            session_id = self._db.execute(
                "SELECT session_id FROM actions WHERE id = ?", (ident,)
            ).fetchone()[0]
            session = self.get(session_id)
            action = next(a for a in session.actions if a.id == ident)
            action.status = status
            self.update(session)
        return ActionEntry(action, session.id, session.date, session.tool, session.lever)
