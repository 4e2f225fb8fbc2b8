"""The session journal: one SQLite file, the only module of innovkit that speaks SQL.

The file is created with owner-only permissions (it holds personal data: facilitators' names),
runs in WAL mode so that readers never block the writer, and is migrated forward on every open
by ordered, named migrations, each in its own transaction with its record (``PRAGMA
user_version`` and the ``migrations`` table). A journal written by a newer innovkit, a file
that is not SQLite, or another program's SQLite database is refused before anything is written
to it.

Every write happens inside ``Journal.atomic()``: a session and its actions, tags and step
timings are stored together or not at all.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from innovkit.errors import BadInput, InnovkitError
from innovkit.i18n import tr
from innovkit.journal.journal_file import owner_only, prepare_file
from innovkit.journal.migrations import SCHEMA_VERSION, migrate, user_version
from innovkit.journal.records import (
    Session,
    check_session,
    session_data,
    utc_now,
)
from innovkit.journal.rows import COLUMNS as _COLUMNS
from innovkit.journal.rows import (
    ActionEntry,
    MergeCounts,
    SessionFigures,
    Usage,
    chronological,
    row_action,
    row_session,
    session_row,
)

if TYPE_CHECKING:
    import sqlite3

BUSY_TIMEOUT_SECONDS = 15.0
_CHUNK = 500  # ids per "IN (…)" query: well under SQLite's limit on parameters


def default_path() -> Path:
    """Where the journal lives: ``INNOVKIT_JOURNAL``, else the configured path, else the data
    folder (see ``innovkit.paths.journal_file``)."""
    from innovkit import paths
    from innovkit.settings import configured

    return paths.journal_file(configured("journal"))


_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM sessions"
# The same without the step timings, for reports that never show them (and never write back).
_SELECT_SUMMARY = "SELECT {} FROM sessions".format(
    ", ".join("'[]'" if name == "step_timings" else name for name in _COLUMNS)
)
_INSERT = f"INSERT INTO sessions ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
_ORDER = " ORDER BY date, coalesce(start, ''), created_at, id"


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


# --------------------------------------------------------------------------- the store


class Journal:
    """The session journal stored in one SQLite file (or ``":memory:"`` for tests).

    ``with Journal(path) as journal: …`` opens it (creating and migrating it when needed) and
    closes it. Reads see a consistent snapshot; writes go through ``atomic()``.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        import sqlite3

        self.path = ":memory:" if path == ":memory:" else Path(path or default_path())
        self._depth = 0
        if isinstance(self.path, Path):
            prepare_file(self.path)
        try:
            self._db = sqlite3.connect(
                str(self.path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None
            )
        except sqlite3.Error as error:
            raise InnovkitError(
                tr("journal.cannot_open", path=self.path, reason=str(error))
            ) from None
        try:
            with self._errors():
                version = user_version(self._db)
                if version > SCHEMA_VERSION:
                    # The user pointed innovkit at a file it cannot use yet: bad input.
                    raise BadInput(
                        tr(
                            "journal.too_new",
                            path=self.path,
                            version=version,
                            known=SCHEMA_VERSION,
                        )
                    )
                if version == 0 and self._db.execute("SELECT 1 FROM sqlite_master").fetchone():
                    # Tables but no innovkit version: another program's database. Nothing
                    # is written to it (no tables, no WAL, no change of permissions).
                    raise BadInput(tr("journal.not_journal", path=self.path))
                if version == 0 and isinstance(self.path, Path):
                    # A new journal: bigger pages suit its rows (a session with its notes
                    # and timings is a kilobyte or two). Only possible before anything exists.
                    self._db.execute("PRAGMA page_size = 8192")
                self._db.execute("PRAGMA foreign_keys = ON")
                if isinstance(self.path, Path):
                    self._db.execute("PRAGMA journal_mode = WAL")
                    # In WAL mode NORMAL survives any crash of the program; only a power cut
                    # can lose the very last transaction, never corrupt the file.
                    self._db.execute("PRAGMA synchronous = NORMAL")
                # 64 MB of page cache (the default is 2 MB): big imports and exports touch
                # every page of the indexes; memory is only taken as pages are read.
                self._db.execute("PRAGMA cache_size = -65536")
                if version < SCHEMA_VERSION:
                    migrate(self._db)
        except BaseException:
            self._db.close()
            raise
        if isinstance(self.path, Path):
            owner_only(self.path)

    # ---- life cycle

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """SQLite's own errors become sentences for the facilitator."""
        import sqlite3

        try:
            yield
        except sqlite3.OperationalError as error:
            text = str(error).lower()
            if "locked" in text or "busy" in text:
                raise InnovkitError(tr("journal.busy", path=self.path)) from None
            raise InnovkitError(
                tr("journal.cannot_open", path=self.path, reason=str(error))
            ) from None
        except sqlite3.DatabaseError as error:
            if "not a database" in str(error).lower():
                raise BadInput(tr("journal.not_sqlite", path=self.path)) from None
            raise InnovkitError(tr("journal.damaged", path=self.path, reason=str(error))) from None

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Journal]:
        """All the writes inside happen together or not at all (nested blocks are savepoints).

        The write lock is taken at the start (``BEGIN IMMEDIATE``), so two writers queue up
        instead of failing half-way.
        """
        with self._errors():
            if self._depth == 0:
                self._db.execute("BEGIN IMMEDIATE")
            else:
                self._db.execute(f"SAVEPOINT nested_{self._depth}")
        self._depth += 1
        try:
            with self._errors():
                yield self
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                if self._db.in_transaction:  # SQLite may have rolled back by itself
                    self._db.execute("ROLLBACK")
            else:
                self._db.execute(f"ROLLBACK TO nested_{self._depth}")
                self._db.execute(f"RELEASE nested_{self._depth}")
            raise
        self._depth -= 1
        with self._errors():
            if self._depth == 0:
                self._db.execute("COMMIT")
            else:
                self._db.execute(f"RELEASE nested_{self._depth}")

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """Several SELECTs that see the same state of the journal."""
        with self._errors():
            if self._depth:
                yield self._db
                return
            self._db.execute("BEGIN")
            try:
                yield self._db
            finally:
                self._db.execute("COMMIT")

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
        import sqlite3

        with self.atomic():
            self._check_action_ids(batch)
            try:
                self._insert(batch)
            except sqlite3.IntegrityError:
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

    def get(self, id_or_prefix: str) -> Session:
        """The session whose id is, or starts with, ``id_or_prefix`` (as git does)."""
        ident = self._resolve("sessions", "journal.session", id_or_prefix)
        found = self._load("WHERE id = ?", [ident])
        return found[0]

    def _resolve(self, table: str, what: str, query: str) -> str:
        prefix = query.strip().lower()
        if not prefix or any(c not in "0123456789abcdef-" for c in prefix):
            raise BadInput(tr(f"{what}_unknown", id=query.strip()))
        with self._reading() as db:
            # A range on the primary key: as fast with 100,000 sessions as with 10.
            rows = db.execute(
                f"SELECT id FROM {table} WHERE id >= ? AND id < ? ORDER BY id LIMIT 6",
                (prefix, prefix + "~"),
            ).fetchall()
        if not rows:
            raise BadInput(tr(f"{what}_unknown", id=query.strip()))
        if len(rows) > 1 and rows[0][0] != prefix:
            shown = ", ".join(row[0][: max(len(prefix) + 4, 8)] for row in rows[:5])
            raise BadInput(tr(f"{what}_ambiguous", id=query.strip(), choices=shown))
        return str(rows[0][0])

    def update(self, session: Session) -> Session:
        """Replace the stored session that has ``session.id``; ``updated_at`` moves to now."""
        check_session(session)
        with self.atomic():
            row = self._db.execute(
                "SELECT created_at, updated_at FROM sessions WHERE id = ?", (session.id,)
            ).fetchone()
            if row is None:
                raise BadInput(tr("journal.session_unknown", id=session.id))
            previous = datetime.fromisoformat(row[1])
            # Always later than before, even within the same microsecond: merges rely on it.
            session.updated_at = max(utc_now(), previous + timedelta(microseconds=1))
            session.created_at = datetime.fromisoformat(row[0])
            self._remove([session.id])
            self._insert([session])
        return session

    def delete(self, id_or_prefix: str) -> Session:
        """Remove one session (by id or unique prefix) with its actions; returns it."""
        with self.atomic():
            session = self.get(id_or_prefix)
            self._remove([session.id])
        return session

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
    ) -> list[Session]:
        """Sessions from ``start`` to ``end`` (both included), oldest first, filtered by tool
        id, lever id, facilitator (or co-facilitator, any case or accent) and tag.

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
        return found

    def figures(self, start: date | None = None, end: date | None = None) -> list[SessionFigures]:
        """The headline figures of each session from ``start`` to ``end``, read quickly."""
        where, values = _filters(start, end)
        sql = (
            "SELECT facilitator, co_facilitators, services, participants, "
            f"coalesce(actual_minutes, planned_minutes, 0) FROM sessions {where}"
        )
        loads = json.loads
        with self._reading() as db:
            return [
                SessionFigures(
                    [name for name in (row[0], *loads(row[1])) if name],
                    loads(row[2]),
                    row[3],
                    row[4],
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
                f"SELECT session_id, id, text, owner, due, status FROM actions {scope} "
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

    def stored_sessions(
        self, start: date | None = None, end: date | None = None
    ) -> list[dict[str, Any]]:
        """The sessions from ``start`` to ``end``, oldest first, as the tables keep them: each
        column's value as stored (dates and times as ISO text; lists and mappings as JSON
        text, see ``rows.JSON_COLUMNS``), with ``actions`` (one mapping per action, by the
        actions table's column names) and ``tags``. The JSON export writes them as they are,
        without building sessions: a full journal exports in seconds."""
        where, values = _filters(start, end)
        inner = f"SELECT id FROM sessions {where}"
        scope = f"WHERE session_id IN ({inner})" if where else ""
        with self._reading() as db:
            rows = db.execute(f"{_SELECT} {where}{_ORDER}", values)
            found = [dict(zip(_COLUMNS, row, strict=True)) for row in rows]
            by_id = {}
            for stored in found:
                stored["actions"], stored["tags"] = [], []
                by_id[stored["id"]] = stored
            actions = db.execute(
                f"SELECT session_id, id, text, owner, due, status FROM actions {scope} "
                "ORDER BY session_id, position",
                values,
            )
            names = [column[0] for column in actions.description][1:]
            for row in actions:
                by_id[row[0]]["actions"].append(dict(zip(names, row[1:], strict=True)))
            for row in db.execute(
                f"SELECT session_id, tag FROM session_tags {scope} ORDER BY session_id, position",
                values,
            ):
                by_id[row[0]]["tags"].append(row[1])
        return found

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
    ) -> list[ActionEntry]:
        """Actions across sessions, soonest due first (no due date last): only ``status``
        ones, only those due before ``due_before``, only from sessions from ``start`` to
        ``end``."""
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
            "SELECT a.id, a.text, a.owner, a.due, a.status, s.id, s.date, s.tool, s.lever "
            "FROM actions a JOIN sessions s ON s.id = a.session_id "
            + ("WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.due IS NULL, a.due, s.date, a.position"
        )
        with self._reading() as db:
            return [
                ActionEntry(row_action(row[:5]), row[5], date.fromisoformat(row[6]), row[7], row[8])
                for row in db.execute(sql, values)
            ]

    def count_actions(self, status: str | None = None, end: date | None = None) -> int:
        """How many actions (only ``status`` ones) come from sessions up to ``end``."""
        sql = "SELECT count(*) FROM actions a JOIN sessions s ON s.id = a.session_id WHERE 1"
        values: list[Any] = []
        if status:
            sql += " AND a.status = ?"
            values.append(status)
        if end is not None:
            sql += " AND s.date <= ?"
            values.append(end.isoformat())
        with self._reading() as db:
            return int(db.execute(sql, values).fetchone()[0])

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

    # ---- usage (for `levers` and `suggest`)

    def lever_usage(self, since: date | None = None) -> dict[str, Usage]:
        """For each lever used at least once: the sessions since ``since`` (all sessions when
        ``None``) and the date of its last session."""
        return self._usage("lever", since)

    def tool_usage(self, since: date | None = None) -> dict[str, Usage]:
        """Like ``lever_usage``, per tool id."""
        return self._usage("tool", since)

    def _usage(self, column: str, since: date | None) -> dict[str, Usage]:
        cutoff = since.isoformat() if since else ""
        with self._reading() as db:
            rows = db.execute(
                f"SELECT {column}, sum(date >= ?), max(date) FROM sessions GROUP BY {column}",
                (cutoff,),
            ).fetchall()
        return {row[0]: Usage(int(row[1]), date.fromisoformat(row[2])) for row in rows}

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
        added, replaced = [], []
        unchanged = kept = 0
        with self.atomic():
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
            self._check_action_ids(replaced + added, [s.id for s in replaced])
            if not dry_run:
                self._remove([s.id for s in replaced])
                self._insert(replaced + added)
        return MergeCounts(len(added), len(replaced), unchanged, kept)
