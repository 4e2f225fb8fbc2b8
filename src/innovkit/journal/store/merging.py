"""Bringing another journal's export into this one, field by field (the rules are
``journal.reconcile``'s; this module reads and writes what they decide)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from innovkit.journal.conflicts import Deletion, SessionChange
from innovkit.journal.records import Session, check_session
from innovkit.journal.rows import MergeCounts
from innovkit.journal.store.keeping import Keeping
from innovkit.journal.store.queries import _CHUNK


@dataclass
class _Plan:
    """What a merge will write, and what it reports."""

    added: list[Session] = field(default_factory=list)
    rewritten: list[Session] = field(default_factory=list)
    changes: list[SessionChange] = field(default_factory=list)
    conflicts: list[Any] = field(default_factory=list)
    deleted: list[tuple[SessionChange, Deletion]] = field(default_factory=list)
    tombstones: list[Deletion] = field(default_factory=list)
    restored: list[SessionChange] = field(default_factory=list)
    kept_after_deletion: list[SessionChange] = field(default_factory=list)
    in_conflict: list[SessionChange] = field(default_factory=list)
    unchanged: int = 0
    kept: int = 0
    not_restored: int = 0

    def counts(self) -> MergeCounts:
        return MergeCounts(
            added=len(self.added),
            updated=len(self.changes),
            unchanged=self.unchanged,
            kept=self.kept,
            changes=tuple(self.changes),
            conflicts=tuple(self.conflicts),
            deleted=tuple(self.deleted),
            restored=tuple(self.restored),
            not_restored=self.not_restored,
            kept_after_deletion=tuple(self.kept_after_deletion),
            in_conflict=tuple(self.in_conflict),
        )


def _change(session: Session, fields: tuple[str, ...] = ()) -> SessionChange:
    return SessionChange(session.id, session.tool, session.date, fields)


def _latest(deletions: Iterable[Deletion]) -> dict[str, Deletion]:
    by_id: dict[str, Deletion] = {}
    for deletion in deletions:
        known = by_id.get(deletion.session_id)
        if known is None or deletion.deleted_at > known.deleted_at:
            by_id[deletion.session_id] = deletion
    return by_id


class Journal(Keeping):
    """The session journal stored in one SQLite file (or ``":memory:"`` for tests).

    ``with Journal(path) as journal: …`` opens it (creating and migrating it when needed) and
    closes it. Reads see a consistent snapshot; writes go through ``atomic()``.
    """

    def __enter__(self) -> Journal:
        return self

    # ---- merging another journal's export

    def merge(
        self,
        sessions: Sequence[Session],
        dry_run: bool = False,
        checked: bool = False,
        deletions: Sequence[Deletion] | None = None,
    ) -> MergeCounts:
        """Bring in sessions (and tombstones of deleted sessions) from another journal's
        export, field by field (``journal.reconcile``): a new id is added, an identical
        session is skipped, changes to different fields on both sides are all kept, the same
        field changed on both sides is a conflict (the more recent change wins; the conflict
        is stored for ``conflicts``). A deletion travels: the session is deleted here unless
        it changed here after the deletion; a copy of a session deleted here comes back only
        if it changed after the deletion. All in one transaction; nothing is written in a
        ``dry_run``, which reports the same. Sessions whose actions' ids belong to another
        session are refused (``BadInput``), dry run or not, before anything is written.
        ``checked``: the sessions come from ``read_export``, which checked each already.
        ``deletions``: the tombstones of the export; by default those ``read_export`` read."""
        if deletions is None:
            deletions = getattr(sessions, "deletions", ())
        bulk = self._bulk_load(sessions, deletions, dry_run)
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
            plan = self._plan(incoming, _latest(deletions))
            replaced = [s.id for s in plan.rewritten]
            self._check_action_ids(plan.rewritten + plan.added, replaced)
            if not dry_run:
                self._apply(plan)
        return plan.counts()

    def _apply(self, plan: _Plan) -> None:
        gone = [d.session_id for _, d in plan.deleted]
        self._remove([s.id for s in plan.rewritten] + gone)
        self._insert(plan.rewritten + plan.added)
        self._forget_conflicts(gone)
        self._forget_deletions(c.session_id for c in plan.restored)
        self._record_deletions(plan.tombstones)
        self._record_conflicts(plan.conflicts)

    def _plan(self, incoming: dict[str, Session], theirs_deleted: dict[str, Deletion]) -> _Plan:
        """Inside ``atomic()``: what the merge of ``incoming`` and ``theirs_deleted`` does."""
        from innovkit.journal.reconcile import merge_sessions

        ids = list(dict.fromkeys([*incoming, *theirs_deleted]))
        present = self._present(ids)
        ours_deleted = self._known_deletions(ids)
        plan = _Plan()
        for ident, theirs in incoming.items():
            ours = present.get(ident)
            if ours is None:
                self._arrival(plan, theirs, ours_deleted.get(ident), theirs_deleted.get(ident))
                continue
            merged = merge_sessions(ours, theirs)
            if merged.changed:
                plan.changes.append(_change(ours, tuple(merged.changed)))
            elif merged.differed:
                plan.kept += 1
            else:
                plan.unchanged += 1
            if merged.rewritten:
                plan.rewritten.append(merged.session)
            if merged.conflicts:
                plan.conflicts.extend(merged.conflicts)
                plan.in_conflict.append(_change(ours))
        for ident, deletion in theirs_deleted.items():
            if ident in incoming:
                continue
            ours = present.get(ident)
            if ours is None:
                if ident not in ours_deleted:
                    plan.tombstones.append(deletion)  # it travels on from here
            elif ours.updated_at <= deletion.deleted_at:
                plan.deleted.append((_change(ours), deletion))
                plan.tombstones.append(deletion)
            else:
                plan.kept_after_deletion.append(_change(ours))
        return plan

    @staticmethod
    def _arrival(
        plan: _Plan, theirs: Session, ours: Deletion | None, their: Deletion | None
    ) -> None:
        """A session we do not have: new, or deleted here (or there) before or after its
        last change."""
        from innovkit.journal.reconcile import adopted

        deletion = max((d for d in (ours, their) if d), key=lambda d: d.deleted_at, default=None)
        if deletion is not None and theirs.updated_at <= deletion.deleted_at:
            plan.not_restored += 1
            if ours is None and their is not None:
                plan.tombstones.append(their)
            return
        plan.added.append(adopted(theirs))
        if ours is not None:
            plan.restored.append(_change(theirs))

    def _present(self, ids: Sequence[str]) -> dict[str, Session]:
        """Inside ``atomic()``: the sessions among ``ids`` that the journal has."""
        present: dict[str, Session] = {}
        if self._db.execute("SELECT 1 FROM sessions LIMIT 1").fetchone() is None:
            return present
        for first in range(0, len(ids), _CHUNK):
            chunk = list(ids[first : first + _CHUNK])
            marks = ", ".join("?" * len(chunk))
            # Ids first: only the sessions we already have are read in full.
            found = self._db.execute(f"SELECT id FROM sessions WHERE id IN ({marks})", chunk)
            known_ids = [row[0] for row in found]
            if known_ids:
                marks = ", ".join("?" * len(known_ids))
                present.update((s.id, s) for s in self._load(f"WHERE id IN ({marks})", known_ids))
        return present

    def _bulk_load(
        self, sessions: Sequence[Session], deletions: Sequence[Deletion], dry_run: bool
    ) -> int | None:
        """An export read by ``exchange.read_export`` brought into an empty journal (no
        sessions, no tombstones): its rows stored as the file gives them
        (``imports.table_rows``), the indexes built once after the rows rather than kept up
        to date row by row. Returns how many sessions were (or would be) added; ``None`` when
        this does not apply — a journal that has sessions or tombstones, sessions built
        elsewhere, two sessions sharing an action id, a session the file also says deleted —
        and ``merge`` then compares session by session."""
        rows_of = getattr(sessions, "table_rows", None)
        if rows_of is None:
            return None
        with self.atomic():
            for table in ("sessions", "deletions"):
                if self._db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
                    return None
            rows = rows_of()
            if rows is None:
                return None
            tombstones = _latest(deletions)
            # A row starts with its session's id (``rows.COLUMNS``).
            if tombstones and any(row[0] in tombstones for row in rows.sessions):
                return None
            if not dry_run:
                with self._indexes_rebuilt():
                    self._write_rows(rows.sessions, rows.actions, rows.tags)
                self._record_deletions(tombstones.values())
        return len(rows.sessions)

    @contextlib.contextmanager
    def _indexes_rebuilt(self) -> Iterator[None]:
        """Inside ``atomic()``: the secondary indexes are dropped, then created again from
        their own definitions (as ``sqlite_master`` keeps them): one sort per index instead of
        one B-tree insertion per row. A rollback brings them back as they were."""
        db = self._db
        if self.on_postgres and not self._owns_tables():
            yield  # only the tables' owner may drop their indexes: a facilitator keeps them
            return
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
