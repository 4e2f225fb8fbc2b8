"""Who may do what on a shared journal: each session on PostgreSQL keeps the role that recorded
it (``owner_role``), and row-level security (migration 5) lets each role change only its own
sessions and what hangs on them, a coordinator (``BYPASSRLS``) all. PostgreSQL says nothing
when it keeps a row from a change (0 rows touched): this module notices it and refuses with a
sentence naming the session and its keeper, so that nothing is reported done that was not.
SQLite has no roles: there, nothing here applies."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from innovkit.errors import InnovkitError
from innovkit.journal.store.queries import _CHUNK, Reading


class _Undone(Exception):
    """Rolls back ``check_may_change``'s trial change, carrying its verdict out."""

    def __init__(self, refusal: InnovkitError | None) -> None:
        super().__init__()
        self.refusal = refusal


class Roles(Reading):
    """Sessions removed with their keepers, kept by them, and changes refused (see ``Journal``)."""

    def _remove(self, ids: Sequence[str]) -> dict[str, str]:
        """Inside ``atomic()``: remove the sessions ``ids`` (all in the journal). On
        PostgreSQL, returns each one's keeper (``_keep_owners`` gives them back when they are
        written again), and refuses (``journal.pg_not_yours``) when row-level security kept
        one: PostgreSQL then removes nothing of it and says nothing."""
        owners: dict[str, str] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            marks = ", ".join("?" * len(chunk))
            # The cascade removes actions, tags and timings with their session.
            if not self.on_postgres:
                self._db.execute(f"DELETE FROM sessions WHERE id IN ({marks})", chunk)
                continue
            removed = self._db.execute(
                f"DELETE FROM sessions WHERE id IN ({marks}) RETURNING id, owner_role", chunk
            ).fetchall()
            owners.update(removed)
            if len(removed) < len(set(chunk)):
                raise self._not_yours([i for i in chunk if i not in owners])
        return owners

    def _keep_owners(self, owners: dict[str, str]) -> None:
        """Inside ``atomic()``, after ``_remove`` and ``_insert``: sessions written again keep
        their keeper (a coordinator's edit of a colleague's session leaves it theirs)."""
        by_owner: dict[str, list[str]] = {}
        for ident, owner in owners.items():
            by_owner.setdefault(owner, []).append(ident)
        for owner, ids in by_owner.items():
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                marks = ", ".join("?" * len(chunk))
                self._db.execute(
                    f"UPDATE sessions SET owner_role = ? WHERE id IN ({marks}) AND owner_role <> ?",
                    [owner, *chunk, owner],
                )

    def _not_yours(self, ids: Sequence[str]) -> InnovkitError:
        """The refusal of a change to sessions that row-level security keeps from us."""
        from functools import partial

        from innovkit.dates import format_date

        marks = ", ".join("?" * len(ids))
        row = self._db.execute(
            f"SELECT id, tool, date, owner_role FROM sessions WHERE id IN ({marks}) "
            "ORDER BY date, id LIMIT 1",
            list(ids),
        ).fetchone()
        if row is None:  # nothing to name: say what PostgreSQL would have said
            return InnovkitError("journal.pg_not_allowed", path=self.path)
        return InnovkitError(
            "journal.pg_not_yours",
            id=row[0][:8],
            tool=row[1],
            date=partial(format_date, date.fromisoformat(row[2])),
            owner=row[3],
        )

    def check_may_change(self, session_id: str) -> None:
        """Refuse at once (``journal.pg_not_yours``, or ``journal.pg_not_allowed``) a change
        the shared journal would refuse to this account, before anyone is asked anything:
        PostgreSQL itself is asked (a change that changes nothing, then undone). Nothing to
        check on SQLite."""
        if not self.on_postgres:
            return
        try:
            with self.atomic():
                touched = self._db.execute(
                    "UPDATE sessions SET owner_role = owner_role WHERE id = ?", (session_id,)
                ).rowcount
                refusal = None if touched else self._not_yours([session_id])
                raise _Undone(refusal)
        except _Undone as undone:
            if undone.refusal is not None:
                raise undone.refusal from None

    def _owns_tables(self) -> bool:
        """On PostgreSQL: whether this account has the rights of the tables' owner."""
        row = self._db.execute(
            "SELECT pg_has_role(tableowner, 'USAGE') FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = 'sessions'"
        ).fetchone()
        return bool(row and row[0])
