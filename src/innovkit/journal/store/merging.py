"""Bringing another journal's export into this one."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from innovkit.journal.records import Session, check_session, session_data
from innovkit.journal.rows import (
    MergeCounts,
)

if TYPE_CHECKING:
    pass

from innovkit.journal.store.queries import _CHUNK
from innovkit.journal.store.writing import Writing


class Journal(Writing):
    """The session journal stored in one SQLite file (or ``":memory:"`` for tests).

    ``with Journal(path) as journal: …`` opens it (creating and migrating it when needed) and
    closes it. Reads see a consistent snapshot; writes go through ``atomic()``.
    """

    def __enter__(self) -> Journal:
        return self

    # ---- merging another journal's export

    def merge(
        self, sessions: Sequence[Session], dry_run: bool = False, checked: bool = False
    ) -> MergeCounts:
        """Bring in sessions from another journal (an export): a new id is added, an identical
        session is skipped, and for the same id with a different content the newer
        ``updated_at`` wins. All in one transaction; nothing is written in a ``dry_run``.
        Sessions whose actions' ids belong to another session are refused (``BadInput``),
        dry run or not, before anything is written.
        ``checked``: the sessions come from ``read_export``, which checked each already."""
        bulk = self._bulk_load(sessions, dry_run)
        if bulk is not None:
            return MergeCounts(added=bulk)
        incoming: dict[str, Session] = {}
        for session in sessions:
            if not checked:
                check_session(session)
            known = incoming.get(session.id)
            if known is None or session.updated_at > known.updated_at:
                incoming[session.id] = session
        with self.atomic():
            added, replaced, unchanged, kept = self._compare(incoming)
            self._check_action_ids(replaced + added, [s.id for s in replaced])
            if not dry_run:
                self._remove([s.id for s in replaced])
                self._insert(replaced + added)
        return MergeCounts(len(added), len(replaced), unchanged, kept)

    def _bulk_load(self, sessions: Sequence[Session], dry_run: bool) -> int | None:
        """An export read by ``exchange.read_export`` brought into an empty journal: its rows
        stored as the file gives them (``imports.table_rows``), the indexes built once after
        the rows rather than kept up to date row by row. Returns how many sessions were (or
        would be) added; ``None`` when this does not apply — a journal that has sessions,
        sessions built elsewhere, two sessions sharing an action id — and ``merge`` then
        compares session by session."""
        rows_of = getattr(sessions, "table_rows", None)
        if rows_of is None:
            return None
        with self.atomic():
            if self._db.execute("SELECT 1 FROM sessions LIMIT 1").fetchone() is not None:
                return None
            rows = rows_of()
            if rows is None:
                return None
            if not dry_run:
                with self._indexes_rebuilt():
                    self._write_rows(rows.sessions, rows.actions, rows.tags)
        return len(rows.sessions)

    def _compare(
        self, incoming: dict[str, Session]
    ) -> tuple[list[Session], list[Session], int, int]:
        """Inside ``atomic()``: the ``incoming`` sessions new here, those that replace ours
        (theirs is newer), how many are identical to ours and how many of ours are newer."""
        added, replaced = [], []
        unchanged = kept = 0
        ids = list(incoming)
        if self._db.execute("SELECT 1 FROM sessions LIMIT 1").fetchone() is None:
            ids = []  # an empty journal: nothing to compare with, everything is new
            added = list(incoming.values())
        for first in range(0, len(ids), _CHUNK):
            chunk = ids[first : first + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            # Ids first: only the sessions we already have are read in full.
            found = self._db.execute(f"SELECT id FROM sessions WHERE id IN ({marks})", chunk)
            known_ids = [row[0] for row in found]
            present = {}
            if known_ids:
                marks = ", ".join("?" * len(known_ids))
                present = {s.id: s for s in self._load(f"WHERE id IN ({marks})", known_ids)}
            for ident in chunk:
                theirs, ours = incoming[ident], present.get(ident)
                if ours is None:
                    added.append(theirs)
                elif session_data(ours) == session_data(theirs):
                    unchanged += 1
                elif theirs.updated_at > ours.updated_at:
                    replaced.append(theirs)
                else:
                    kept += 1
        return added, replaced, unchanged, kept

    @contextlib.contextmanager
    def _indexes_rebuilt(self) -> Iterator[None]:
        """Inside ``atomic()``: the secondary indexes are dropped, then created again from
        their own definitions (as ``sqlite_master`` keeps them): one sort per index instead of
        one B-tree insertion per row. A rollback brings them back as they were."""
        db = self._db
        indexes = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
        for name, _ in indexes:
            if not name.isidentifier():  # our own schema's names; never quoted text
                raise ValueError(name)
            db.execute(f"DROP INDEX {name}")
        yield
        for _, sql in indexes:
            db.execute(sql)
