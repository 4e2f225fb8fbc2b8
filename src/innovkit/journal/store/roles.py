"""Who may do what on a shared journal: each session on PostgreSQL keeps the role that recorded
it (``owner_role``), and row-level security (migration 5) lets each role change only its own
sessions and what hangs on them, a coordinator (``BYPASSRLS``) all. PostgreSQL says nothing
when it keeps a row from a change (0 rows touched): this module notices it and refuses with a
sentence naming the session and its keeper, so that nothing is reported done that was not.
SQLite has no roles: there, nothing here applies."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from innovkit.errors import InnovkitError
from innovkit.i18n import Words, words
from innovkit.journal.records import Session
from innovkit.journal.store.queries import _CHUNK
from innovkit.journal.store.writing import Writing


class _Undone(Exception):
    """Rolls back ``check_may_change``'s trial change, carrying its verdict out."""

    def __init__(self, refusal: InnovkitError | None) -> None:
        super().__init__()
        self.refusal = refusal


class Roles(Writing):
    """The writes of ``Writing`` on a shared journal: sessions removed with their keepers and
    written again with them; changes refused (see ``Journal``)."""

    def __init__(self, path: str | Path | None = None) -> None:
        # Inside a transaction: the keepers of the sessions removed, until written again.
        self._keepers: dict[str, str] = {}
        super().__init__(path)

    def _remove(self, ids: Sequence[str]) -> None:
        """Inside ``atomic()``: remove the sessions ``ids`` (all in the journal). On
        PostgreSQL, remembers each one's keeper (``_insert`` gives it back when the session
        is written again), and refuses (``journal.pg_not_yours``) when row-level security
        kept one: PostgreSQL then removes nothing of it and says nothing."""
        if not self.on_postgres:
            super()._remove(ids)
            return
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            marks = ", ".join("?" * len(chunk))
            # The cascade removes actions, tags and timings with their session.
            removed = dict(
                self._db.execute(
                    f"DELETE FROM sessions WHERE id IN ({marks}) RETURNING id, owner_role", chunk
                ).fetchall()
            )
            self._keepers.update(removed)
            if len(removed) < len(set(chunk)):
                raise self._not_yours([i for i in chunk if i not in removed])

    def _insert(self, sessions: list[Session]) -> None:
        """Inside ``atomic()``: sessions written again keep their keeper (a coordinator's
        edit of a colleague's session leaves it theirs); new ones are the writer's."""
        super()._insert(sessions)
        if not self._keepers:
            return
        by_owner: dict[str, list[str]] = {}
        for session in sessions:
            owner = self._keepers.pop(session.id, None)
            if owner is not None:
                by_owner.setdefault(owner, []).append(session.id)
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

        from innovkit.cards.catalogue import ToolName
        from innovkit.dates import format_date

        marks = ", ".join("?" * len(ids))
        row = self._db.execute(
            f"SELECT id, tool, date, owner_role, facilitator FROM sessions WHERE id IN ({marks}) "
            "ORDER BY date, id LIMIT 1",
            list(ids),
        ).fetchone()
        if row is None:  # nothing to name: say what PostgreSQL would have said
            return InnovkitError("journal.pg_not_allowed", path=self.path)
        return InnovkitError(
            "journal.pg_not_yours",
            id=row[0][:8],
            tool=ToolName(row[1]),  # named by the run's cards at the edge
            date=partial(format_date, date.fromisoformat(row[2])),
            who=recorded_by(row[4], row[3]),
            owner=row[3],
        )

    def keeper_of(self, session_id: str) -> str | None:
        """The account that recorded the session ``session_id`` on a shared journal (its
        ``owner_role``); ``None`` on SQLite, which has no accounts."""
        if not self.on_postgres:
            return None
        row = self._db.execute(
            "SELECT owner_role FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return str(row[0]) if row else None

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

    def check_may_add(self) -> None:
        """Refuse at once (``journal.pg_not_allowed``) a session this account may not add to
        the shared journal (the Direction's read-only account), before anyone is asked
        anything. Nothing to check on SQLite."""
        if not self.on_postgres:
            return
        row = self._db.execute("SELECT has_table_privilege('sessions', 'INSERT')").fetchone()
        if not row or not row[0]:
            raise InnovkitError("journal.pg_not_allowed", path=self.path)

    def _owns_tables(self) -> bool:
        """On PostgreSQL: whether this account has the rights of the tables' owner."""
        row = self._db.execute(
            "SELECT pg_has_role(tableowner, 'USAGE') FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = 'sessions'"
        ).fetchone()
        return bool(row and row[0])


def recorded_by(facilitator: str, owner: str) -> Words:
    """Who recorded a session on a shared journal, for a sentence: « Claire Martin (compte
    claire) », or « le compte claire » when the session names no facilitator."""
    if facilitator.strip():
        return words("journal.recorded_by_named", facilitator=facilitator, owner=owner)
    return words("journal.recorded_by_account", owner=owner)
