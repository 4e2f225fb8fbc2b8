"""Reading the journal: sessions, their figures, actions and usage."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from innovkit.errors import BadInput
from innovkit.journal.records import Session
from innovkit.journal.rows import (
    ACTION_COLUMNS,
    ActionEntry,
    MonthlyActivity,
    SessionFigures,
    Usage,
    row_action,
    row_session,
)

if TYPE_CHECKING:
    from innovkit.journal.rows import Mine

from innovkit.journal.rows import COLUMNS as _COLUMNS
from innovkit.journal.store.base import Base

_CHUNK = 500  # ids per "IN (…)" query: well under SQLite's limit on parameters


_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM sessions"
# The same without the step timings, for reports that never show them (and never write back).
_SELECT_SUMMARY = "SELECT {} FROM sessions".format(
    ", ".join("'[]'" if name == "step_timings" else name for name in _COLUMNS)
)
_INSERT = f"INSERT INTO sessions ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
# A deletion's tombstone, kept or replaced (the same upsert in SQLite and PostgreSQL).
RECORD_DELETION = (
    "INSERT INTO deletions (session_id, date, deleted_at, deleted_by) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (session_id) DO UPDATE SET date = excluded.date, "
    "deleted_at = excluded.deleted_at, deleted_by = excluded.deleted_by"
)
_ACTION_FIELDS = ", ".join(ACTION_COLUMNS)
_ACTION_FIELDS_OF_A = ", ".join(f"a.{name}" for name in ACTION_COLUMNS)
_ORDER = " ORDER BY date, coalesce(start, ''), created_at, id"


@functools.cache
def _exported() -> str:
    """The SELECT of ``stored_sessions``: one ``json_object`` per session, its keys the
    schema's (``schema.JSON_KEYS``, in order; names from our own schema, values bound by
    SQLite), the JSON columns embedded with ``json()``, the actions (``schema.ActionData``'s
    keys) and the tags gathered in order by correlated sub-queries."""
    import msgspec

    from innovkit.journal.rows import JSON_COLUMNS
    from innovkit.journal.schema import JSON_KEYS, ActionData

    action_keys = [field.name for field in msgspec.structs.fields(ActionData)]
    action = ", ".join(f"'{key}', {key}" for key in action_keys)
    parts = {
        "actions": f"(SELECT json_group_array(json_object({action})) FROM (SELECT * FROM "
        "actions WHERE actions.session_id = sessions.id ORDER BY actions.position))",
        "tags": "(SELECT json_group_array(tag) FROM (SELECT tag FROM session_tags WHERE "
        "session_tags.session_id = sessions.id ORDER BY session_tags.position))",
    }
    for key in JSON_COLUMNS:
        parts[key] = f"json({key})"
    pairs = ", ".join(f"'{key}', {parts.get(key, key)}" for key in JSON_KEYS)
    return f"SELECT json_object({pairs}) FROM sessions"


def _filters(
    start: date | None = None,
    end: date | None = None,
    tool: str | None = None,
    lever: str | None = None,
    tag: str | None = None,
) -> tuple[str, list[Any]]:
    """The WHERE clause (and its values) that picks sessions by date, tool, lever and tag."""
    where, values = [], []
    if start is not None:
        where.append("date >= ?")
        values.append(start.isoformat())
    if end is not None:
        where.append("date <= ?")
        values.append(end.isoformat())
    if tool:
        where.append("tool = ?")
        values.append(tool)
    if lever:
        where.append("lever = ?")
        values.append(lever)
    if tag:
        where.append("id IN (SELECT session_id FROM session_tags WHERE tag = ? COLLATE NOCASE)")
        values.append(tag.strip())
    return ("WHERE " + " AND ".join(where)) if where else "", values


class Reading(Base):
    """The journal's reads (see ``Journal``)."""

    def get(self, id_or_prefix: str) -> Session:
        """The session whose id is, or starts with, ``id_or_prefix`` (as git does)."""
        ident = self._resolve("sessions", "journal.session", id_or_prefix)
        found = self._load("WHERE id = ?", [ident])
        return found[0]

    def _resolve(self, table: str, what: str, query: str) -> str:
        prefix = query.strip().lower()
        if not prefix or any(c not in "0123456789abcdef-" for c in prefix):
            raise BadInput(f"{what}_unknown", id=query.strip())
        with self._reading() as db:
            # A range on the primary key: as fast with 100,000 sessions as with 10.
            rows = db.execute(
                f"SELECT id FROM {table} WHERE id >= ? AND id < ? ORDER BY id LIMIT 6",
                (prefix, prefix + "~"),
            ).fetchall()
        if not rows:
            raise BadInput(f"{what}_unknown", id=query.strip())
        if len(rows) > 1 and rows[0][0] != prefix:
            shown = ", ".join(row[0][: max(len(prefix) + 4, 8)] for row in rows[:5])
            raise BadInput(f"{what}_ambiguous", id=query.strip(), choices=shown)
        return str(rows[0][0])

    def count(self) -> int:
        with self._reading() as db:
            return int(db.execute("SELECT count(*) FROM sessions").fetchone()[0])

    def sessions(
        self,
        start: date | None = None,
        end: date | None = None,
        tool: str | None = None,
        lever: str | None = None,
        facilitator: str | None = None,
        tag: str | None = None,
        timings: bool = True,
        details: bool = True,
        mine: Mine | None = None,
    ) -> list[Session]:
        """Sessions from ``start`` to ``end`` (both included), oldest first, filtered by tool
        id, lever id, facilitator (or co-facilitator, any case or accent), tag, and ``mine``
        (see ``Mine``).

        For reports, ``timings=False`` leaves the step timings out and ``details=False`` the
        actions and tags too: faster, but such sessions are for reading only and must never
        be passed to ``update``.
        """
        where, values = _filters(start, end, tool, lever, tag)
        found = self._load(where, values, timings, details)
        if facilitator:
            from innovkit.cards.lookup import normalise

            wanted = normalise(facilitator)
            found = [s for s in found if any(normalise(n) == wanted for n in s.facilitators)]
        if mine is not None:
            found = self._only_mine(found, mine)
        return found

    def _only_mine(self, found: list[Session], mine: Mine) -> list[Session]:
        """Those of ``found`` that are ``mine``: recorded by this account on a shared
        journal, or facilitated or co-facilitated by ``mine.name``."""
        from innovkit.cards.lookup import normalise

        recorded: set[str] = set()
        if self.on_postgres:
            with self._reading() as db:
                sql = "SELECT id FROM sessions WHERE owner_role = current_user"
                recorded = {row[0] for row in db.execute(sql)}
        wanted = normalise(mine.name) if mine.name else None
        return [
            s
            for s in found
            if s.id in recorded or any(normalise(n) == wanted for n in s.facilitators)
        ]

    def figures(self, start: date | None = None, end: date | None = None) -> list[SessionFigures]:
        """The headline figures of each session from ``start`` to ``end``, read quickly."""
        where, values = _filters(start, end)
        sql = (
            "SELECT facilitator, co_facilitators, services, participants, "
            "coalesce(actual_minutes, planned_minutes, 0), actual_minutes, planned_minutes, "
            f"satisfaction, id, follows FROM sessions {where}"
        )
        import msgspec

        loads = msgspec.json.Decoder(list[str]).decode  # as the sessions' own reader does
        with self._reading() as db:
            return [
                SessionFigures(
                    [name for name in (row[0], *loads(row[1])) if name],
                    loads(row[2]),
                    row[3],
                    row[4],
                    row[5],
                    row[6],
                    row[7],
                    row[8],
                    row[9],
                )
                for row in db.execute(sql, values)
            ]

    def _load(
        self, where: str, values: Sequence[Any], timings: bool = True, details: bool = True
    ) -> list[Session]:
        """Sessions matching ``where`` with their actions and tags: three queries in all,
        however many sessions there are."""
        inner = f"SELECT id FROM sessions {where}"
        select = _SELECT if timings else _SELECT_SUMMARY
        with self._reading() as db:
            sessions = [row_session(row) for row in db.execute(f"{select} {where}{_ORDER}", values)]
            if not sessions or not details:
                return sessions
            by_id = {s.id: s for s in sessions}
            scope = f"WHERE session_id IN ({inner})" if where else ""
            for row in db.execute(
                f"SELECT session_id, {_ACTION_FIELDS} FROM actions {scope} "
                "ORDER BY session_id, position",
                values,
            ):
                by_id[row[0]].actions.append(row_action(row[1:]))
            for row in db.execute(
                f"SELECT session_id, tag FROM session_tags {scope} ORDER BY session_id, position",
                values,
            ):
                by_id[row[0]].tags.append(row[1])
        return sessions

    def stored_sessions(self, start: date | None = None, end: date | None = None) -> list[str]:
        """The sessions from ``start`` to ``end``, oldest first, each as the JSON text of its
        object in the export (``exchange.export_stored``): built by SQLite's JSON functions
        from the values as stored, keys in the schema's order, lists and mappings as their
        JSON, actions and tags in their order. No session is built in Python: a full journal
        exports in seconds."""
        where, values = _filters(start, end)
        if self.on_postgres:
            # PostgreSQL's JSON functions space their text differently: built from the rows.
            import msgspec

            from innovkit.journal.records import session_data

            encode = msgspec.json.encode
            return [encode(session_data(s)).decode() for s in self._load(where, values)]
        with self._reading() as db:
            return [row[0] for row in db.execute(f"{_exported()} {where}{_ORDER}", values)]

    def has_tool(self, tool: str) -> bool:
        """Whether any session was recorded with this tool id (even if its card is gone)."""
        with self._reading() as db:
            return (
                db.execute("SELECT 1 FROM sessions WHERE tool = ? LIMIT 1", (tool,)).fetchone()
                is not None
            )

    # ---- actions

    def actions(
        self,
        status: str | None = None,
        due_before: date | None = None,
        start: date | None = None,
        end: date | None = None,
        mine: Mine | None = None,
    ) -> list[ActionEntry]:
        """Actions across sessions, soonest due first (no due date last): only ``status``
        ones, only those due before ``due_before``, only from sessions from ``start`` to
        ``end``, only ``mine`` (given to ``mine.name``, any case or accent, or from one of
        my sessions: see ``Mine``)."""
        found = self._actions(status, due_before, start, end)
        if mine is None:
            return found
        from innovkit.cards.lookup import normalise

        theirs = {s.id for s in self.sessions(start, end, details=False, mine=mine)}
        wanted = normalise(mine.name) if mine.name else None
        return [e for e in found if e.session_id in theirs or normalise(e.action.owner) == wanted]

    def _actions(
        self, status: str | None, due_before: date | None, start: date | None, end: date | None
    ) -> list[ActionEntry]:
        where, values = [], []
        if status:
            where.append("a.status = ?")
            values.append(status)
        if due_before is not None:
            where.append("a.due IS NOT NULL AND a.due < ?")
            values.append(due_before.isoformat())
        if start is not None:
            where.append("s.date >= ?")
            values.append(start.isoformat())
        if end is not None:
            where.append("s.date <= ?")
            values.append(end.isoformat())
        sql = (
            f"SELECT {_ACTION_FIELDS_OF_A}, s.id, s.date, s.tool, s.lever "
            "FROM actions a JOIN sessions s ON s.id = a.session_id "
            + ("WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.due IS NULL, a.due, s.date, a.position"
        )
        n = len(ACTION_COLUMNS)
        with self._reading() as db:
            return [
                ActionEntry(
                    row_action(row[:n]), row[n], date.fromisoformat(row[n + 1]), *row[n + 2 :]
                )
                for row in db.execute(sql, values)
            ]

    def open_actions_before(self, day: date, since: date) -> tuple[list[ActionEntry], int]:
        """The open actions from sessions before ``day``: those from ``since`` on, soonest due
        first (as ``actions``), and how many come from older sessions — one reading of the
        open actions for both (the report's older actions)."""
        sql = (
            f"SELECT {_ACTION_FIELDS_OF_A}, s.id, s.date, s.tool, s.lever "
            "FROM actions a JOIN sessions s ON s.id = a.session_id "
            "WHERE a.status = 'open' AND s.date < ?"
            " ORDER BY a.due IS NULL, a.due, s.date, a.position"
        )
        n, first = len(ACTION_COLUMNS), since.isoformat()
        found, older = [], 0
        with self._reading() as db:
            for row in db.execute(sql, (day.isoformat(),)):
                if row[n + 1] < first:
                    older += 1
                else:
                    found.append(
                        ActionEntry(
                            row_action(row[:n]),
                            row[n],
                            date.fromisoformat(row[n + 1]),
                            *row[n + 2 :],
                        )
                    )
        return found, older

    # ---- usage (for `levers` and `suggest`)

    def lever_usage(self, since: date | None = None) -> dict[str, Usage]:
        """For each lever used at least once: the sessions since ``since`` (all sessions when
        ``None``) and the date of its last session."""
        return self._usage("lever", since)

    def tool_usage(self, since: date | None = None) -> dict[str, Usage]:
        """Like ``lever_usage``, per tool id."""
        return self._usage("tool", since)

    def lever_usage_between(
        self, start: date, end: date, levers: Sequence[str]
    ) -> dict[str, Usage]:
        """For each of ``levers`` used from ``start`` to ``end`` (both included): its sessions
        then, and the date of the last of them (the report's sleeping levers, as of ``end``).
        Naming the levers lets the lever-and-date index answer alone, without the sessions."""
        if not levers:
            return {}
        marks = ", ".join("?" * len(levers))
        with self._reading() as db:
            rows = db.execute(
                f"SELECT lever, count(*), max(date) FROM sessions WHERE lever IN ({marks}) "
                "AND date >= ? AND date <= ? GROUP BY lever",
                (*levers, start.isoformat(), end.isoformat()),
            ).fetchall()
        return {row[0]: Usage(int(row[1]), date.fromisoformat(row[2])) for row in rows}

    def _usage(self, column: str, since: date | None) -> dict[str, Usage]:
        cutoff = since.isoformat() if since else ""
        with self._reading() as db:
            rows = db.execute(
                f"SELECT {column}, count(CASE WHEN date >= ? THEN 1 END), max(date) FROM sessions "
                f"GROUP BY {column}",
                (cutoff,),
            ).fetchall()
        return {row[0]: Usage(int(row[1]), date.fromisoformat(row[2])) for row in rows}

    # ---- activity by month and tool (for `opendata`)

    def monthly_activity(self) -> list[MonthlyActivity]:
        """Each tool's sessions per month, summed in SQL, in month then tool order; the
        participants of the sessions that open a cycle only (a later moment's group is the
        same people), and how many cycles open."""
        sql = (
            "SELECT substr(date, 1, 7), tool, lever, count(*), "
            "coalesce(sum(CASE WHEN follows IS NULL THEN participants END), 0), "
            "coalesce(sum(actual_minutes), 0), "
            "coalesce(sum(CASE WHEN actual_minutes IS NULL THEN planned_minutes END), 0), "
            "coalesce(sum(satisfaction), 0), count(satisfaction), "
            "coalesce(sum(CASE WHEN follows IS NULL THEN 1 ELSE 0 END), 0) "
            "FROM sessions GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
        )
        with self._reading() as db:
            return [MonthlyActivity(*row) for row in db.execute(sql)]
