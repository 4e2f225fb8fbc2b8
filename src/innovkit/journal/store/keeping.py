"""What merges leave in the journal: tombstones of deleted sessions and conflicts to decide."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from innovkit.errors import BadInput
from innovkit.journal.conflicts import Deletion, StoredConflict
from innovkit.journal.records import utc_now
from innovkit.journal.store.queries import _CHUNK, RECORD_DELETION, _filters
from innovkit.journal.store.roles import Roles

_CONFLICT_COLUMNS = (
    "c.id, c.session_id, c.field, c.kept, c.other, c.kept_side, c.kept_at, c.other_at, "
    "c.found_at, s.tool, s.date, c.resolution, c.kept_by"
)


def _conflict(row: Sequence[Any]) -> StoredConflict:
    import msgspec

    return StoredConflict(
        id=row[0],
        session_id=row[1],
        field=row[2],
        kept=msgspec.json.decode(row[3]),
        other=msgspec.json.decode(row[4]),
        kept_side=row[5],
        kept_at=datetime.fromisoformat(row[6]),
        other_at=datetime.fromisoformat(row[7]),
        found_at=datetime.fromisoformat(row[8]),
        tool=row[9],
        date=None if row[10] is None else date.fromisoformat(row[10]),
        resolution=row[11],
        kept_by=row[12],
    )


class Keeping(Roles):
    """Tombstones and conflicts (see ``Journal``)."""

    # ---- deletions

    def deletions(self, start: date | None = None, end: date | None = None) -> list[Deletion]:
        """The tombstones of the sessions of ``start`` to ``end`` (by the session's date)."""
        clause, values = _filters(start, end)  # a tombstone keeps its session's date
        with self._reading() as db:
            rows = db.execute(
                "SELECT session_id, date, deleted_at, deleted_by FROM deletions "
                f"{clause} ORDER BY date, session_id",
                values,
            ).fetchall()
        return [self._deletion(row) for row in rows]

    @staticmethod
    def _deletion(row: Sequence[Any]) -> Deletion:
        return Deletion(row[0], date.fromisoformat(row[1]), datetime.fromisoformat(row[2]), row[3])

    def _known_deletions(self, ids: Sequence[str]) -> dict[str, Deletion]:
        """Inside a transaction: our tombstones among ``ids``."""
        found: dict[str, Deletion] = {}
        if self._db.execute("SELECT 1 FROM deletions LIMIT 1").fetchone() is None:
            return found
        for first in range(0, len(ids), _CHUNK):
            chunk = list(ids[first : first + _CHUNK])
            marks = ", ".join("?" * len(chunk))
            for row in self._db.execute(
                "SELECT session_id, date, deleted_at, deleted_by FROM deletions "
                f"WHERE session_id IN ({marks})",
                chunk,
            ):
                found[row[0]] = self._deletion(row)
        return found

    def _record_deletions(self, deletions: Iterable[Deletion]) -> None:
        self._db.executemany(
            RECORD_DELETION,
            (
                (d.session_id, d.date.isoformat(), d.deleted_at.isoformat(), d.deleted_by)
                for d in deletions
            ),
        )

    def _forget_deletions(self, ids: Iterable[str]) -> None:
        self._db.executemany("DELETE FROM deletions WHERE session_id = ?", ((i,) for i in ids))

    # ---- conflicts

    def _forget_conflicts(self, session_ids: Iterable[str]) -> None:
        self._db.executemany(
            "DELETE FROM conflicts WHERE session_id = ?", ((i,) for i in session_ids)
        )

    def conflicts(self, open_only: bool = True) -> list[StoredConflict]:
        """The conflicts merges found (only those not decided yet, unless ``open_only`` is
        false), oldest first."""
        where = "WHERE c.resolved_at IS NULL" if open_only else ""
        with self._reading() as db:
            rows = db.execute(
                f"SELECT {_CONFLICT_COLUMNS} FROM conflicts c LEFT JOIN sessions s "
                f"ON s.id = c.session_id {where} ORDER BY c.found_at, s.date, c.session_id, "
                "c.field",
            ).fetchall()
        return [_conflict(row) for row in rows]

    def resolve_conflict(self, id_or_prefix: str, keep_other: bool, lang: str) -> StoredConflict:
        """Close an open conflict: ``keep_other`` puts the other value in the session (a
        change made now, which travels with the next export), else the kept value stays."""
        from innovkit.journal.reconcile import with_value

        with self.atomic():
            ident = self._resolve("conflicts", "merging.conflict", id_or_prefix)
            row = self._db.execute(
                f"SELECT {_CONFLICT_COLUMNS} FROM conflicts c LEFT JOIN sessions s "
                "ON s.id = c.session_id WHERE c.id = ?",
                (ident,),
            ).fetchone()
            conflict = _conflict(row)
            if conflict.resolution is not None:
                raise BadInput("merging.conflict_closed", id=ident[:8])
            if keep_other:
                if conflict.tool is None:
                    raise BadInput("merging.conflict_session_gone", id=ident[:8])
                session = self._load("WHERE id = ?", [conflict.session_id])[0]
                self.update(with_value(session, conflict.field, conflict.other))
            settled = self._db.execute(
                "UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                (utc_now().isoformat(), "other" if keep_other else "kept", ident),
            ).rowcount
            if not settled:  # row-level security: a colleague's session's conflict
                raise self._not_yours([conflict.session_id])
        return conflict
