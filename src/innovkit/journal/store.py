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
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from innovkit.errors import BadInput, InnovkitError
from innovkit.i18n import tr
from innovkit.journal.records import (
    Action,
    Session,
    StepTiming,
    check_session,
    session_data,
    session_from_data,
    time_text,
    utc_now,
)

if TYPE_CHECKING:
    import sqlite3

EXPORT_FORMAT = "innovkit-journal"
EXPORT_VERSION = 1
BUSY_TIMEOUT_SECONDS = 15.0
_SQLITE_MAGIC = b"SQLite format 3\x00"
_CHUNK = 500  # ids per "IN (…)" query: well under SQLite's limit on parameters


def default_path() -> Path:
    """Where the journal lives: ``INNOVKIT_JOURNAL``, else the configured path, else the data
    folder (see ``innovkit.paths.journal_file``)."""
    from innovkit import paths
    from innovkit.settings import configured

    return paths.journal_file(configured("journal"))


# --------------------------------------------------------------------------- migrations
#
# Shipped migrations are never edited: a change to the schema is a new function at the end of
# MIGRATIONS. Each runs inside a transaction together with its record.


def _m001_sessions_and_actions(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            tool TEXT NOT NULL,
            tool_version INTEGER,
            card_digest TEXT NOT NULL DEFAULT '',
            lever TEXT NOT NULL,
            variant TEXT,
            date TEXT NOT NULL,
            start TEXT,
            planned_minutes INTEGER,
            actual_minutes INTEGER,
            facilitator TEXT NOT NULL DEFAULT '',
            co_facilitators TEXT NOT NULL DEFAULT '[]',
            participants INTEGER CHECK (participants IS NULL OR participants >= 1),
            services TEXT NOT NULL DEFAULT '[]',
            setting TEXT,
            satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
            ideas TEXT NOT NULL DEFAULT '[]',
            decisions TEXT NOT NULL DEFAULT '[]',
            outcomes TEXT NOT NULL DEFAULT '{}',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX sessions_by_date ON sessions (date)")
    db.execute(
        """CREATE TABLE actions (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done'))
        )"""
    )
    db.execute("CREATE INDEX actions_by_session ON actions (session_id, position)")


def _m002_tags_timings_and_indexes(db: sqlite3.Connection) -> None:
    # Step timings (filled by the live run) travel with their session: one JSON list, in the
    # export's own shape, rather than thousands of rows read back one session at a time.
    db.execute("ALTER TABLE sessions ADD COLUMN step_timings TEXT NOT NULL DEFAULT '[]'")
    db.execute(
        """CREATE TABLE session_tags (
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (session_id, position)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX session_tags_by_tag ON session_tags (tag COLLATE NOCASE)")
    # `suggest` and `levers` count sessions per lever and per tool over recent months.
    db.execute("CREATE INDEX sessions_by_lever ON sessions (lever, date)")
    db.execute("CREATE INDEX sessions_by_tool ON sessions (tool, date)")
    db.execute("CREATE INDEX actions_by_due ON actions (status, due)")
    # The follow-up of actions joins each one to its session's date, tool and lever: this
    # index answers without reading the (large) session rows.
    db.execute("CREATE INDEX sessions_by_id_for_actions ON sessions (id, date, tool, lever)")
    # Start times are kept as typed, HH:MM, whenever they have no seconds.
    db.execute("UPDATE sessions SET start = substr(start, 1, 5) WHERE start LIKE '__:__:00'")


# Shipped migrations are never edited, renamed or reordered: journals out there already ran
# them, and `migrate` will never run them again. Any change to the schema is a new migration
# appended here, with a new tests/data/journal/schema-vN.sql and a journal file written by the
# previous version kept under tests/data/journal/ (see make_v1.py, make_v2.py). Those frozen
# files, not today's `migrate(target=…)`, are what the migration tests open.
MIGRATIONS: tuple[tuple[str, Callable[[sqlite3.Connection], None]], ...] = (
    ("sessions_and_actions", _m001_sessions_and_actions),
    ("tags_timings_and_indexes", _m002_tags_timings_and_indexes),
)
SCHEMA_VERSION = len(MIGRATIONS)


def _user_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the migrations the database has not had yet, up to ``target``; returns the
    version reached. Each migration is one transaction; a concurrent process that migrated
    first is noticed (the version is read again once the write lock is held)."""
    while True:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = _user_version(db)
            if version >= target:
                db.execute("COMMIT")
                return version
            name, function = MIGRATIONS[version]
            function(db)
            db.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (version + 1, name, utc_now().isoformat()),
            )
            db.execute(f"PRAGMA user_version = {version + 1:d}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


# --------------------------------------------------------------------------- rows and results


@dataclass(frozen=True, slots=True)
class ActionEntry:
    """An action with the session it was decided in (for the follow-up of actions)."""

    action: Action
    session_id: str
    session_date: date
    tool: str
    lever: str


@dataclass(frozen=True, slots=True)
class Usage:
    """How much a lever (or a tool) was used: sessions since a date, and the last date."""

    sessions: int
    last_date: date | None


class SessionFigures(NamedTuple):
    """What a report's headline needs from a session, read without the rest of it."""

    facilitators: list[str]
    services: list[str]
    participants: int | None
    minutes: int  # actual, else planned, as ``Session.minutes``


@dataclass(frozen=True, slots=True)
class MergeCounts:
    """What ``Journal.merge`` did (or would do, in a dry run) with the sessions it was given."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0  # same id, different content, and ours is the newer one


_COLUMNS = (
    "id",
    "tool",
    "tool_version",
    "card_digest",
    "lever",
    "variant",
    "date",
    "start",
    "planned_minutes",
    "actual_minutes",
    "facilitator",
    "co_facilitators",
    "participants",
    "services",
    "setting",
    "satisfaction",
    "ideas",
    "decisions",
    "outcomes",
    "notes",
    "created_at",
    "updated_at",
    "step_timings",
)
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM sessions"
# The same without the step timings, for reports that never show them (and never write back).
_SELECT_SUMMARY = _SELECT.replace(", step_timings FROM", ", '[]' FROM")
_INSERT = f"INSERT INTO sessions ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
_ORDER = " ORDER BY date, coalesce(start, ''), created_at, id"


# One session in the export's shape, in the order of ``records.session_data``.
_EXPORT = """SELECT json_object(
    'id', id, 'tool', tool, 'tool_version', tool_version, 'card_digest', card_digest,
    'lever', lever, 'variant', variant, 'date', date, 'start', start,
    'planned_minutes', planned_minutes, 'actual_minutes', actual_minutes,
    'facilitator', facilitator, 'co_facilitators', json(co_facilitators),
    'participants', participants, 'services', json(services), 'setting', setting,
    'satisfaction', satisfaction, 'ideas', json(ideas), 'decisions', json(decisions),
    'actions', json((SELECT json_group_array(json_object(
        'id', a.id, 'text', a.text, 'owner', a.owner, 'due', a.due, 'status', a.status))
        FROM (SELECT * FROM actions AS a WHERE a.session_id = sessions.id ORDER BY position) AS a)),
    'step_timings', json(step_timings), 'outcomes', json(outcomes), 'notes', notes,
    'tags', json((SELECT json_group_array(tag) FROM (SELECT tag FROM session_tags AS t
        WHERE t.session_id = sessions.id ORDER BY position))),
    'created_at', created_at, 'updated_at', updated_at) FROM sessions"""


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


def _chronological(s: Session) -> tuple[Any, ...]:
    return (s.date, s.start or time(0), s.created_at, s.id)  # as _ORDER


def _compact_encoder() -> Callable[[Any], str]:
    """Compact JSON text, keeping accents as they are. json.dumps() with options builds a new
    encoder at every call, and an import stores hundreds of thousands of lists: the C encoder
    is made once here (the standard JSONEncoder when the C accelerator is missing)."""
    from json import encoder

    make = getattr(encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - CPython always has it
        return json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    # markers=None: no check for circular lists, which plain session data never has.
    build = make(None, None, encoder.encode_basestring, None, ":", ",", False, False, True)
    return lambda value: "".join(build(value, 0))


_dump = _compact_encoder()


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """Pause Python's cycle collector while many objects are built at once (an import): it
    would walk the growing heap again and again, and plain session data makes no cycles.

    At the end, every object alive at that moment (the import's and all others) is moved to
    the collector's permanent generation (``gc.freeze``) so that it is not walked once more.
    Reference counting still frees such an object when it is no longer used, but one caught
    in a reference cycle is never collected (``gc.unfreeze`` would give them back). That
    leak is acceptable here because a command does one import, or one report, and exits;
    long-running code (a test run, the live run) must not rely on this being free."""
    import gc

    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _row(s: Session) -> tuple[Any, ...]:
    return (
        s.id,
        s.tool,
        s.tool_version,
        s.card_digest,
        s.lever,
        s.variant,
        s.date.isoformat(),
        time_text(s.start),
        s.planned_minutes,
        s.actual_minutes,
        s.facilitator,
        _dump(s.co_facilitators) if s.co_facilitators else "[]",
        s.participants,
        _dump(s.services) if s.services else "[]",
        s.setting,
        s.satisfaction,
        _dump(s.ideas) if s.ideas else "[]",
        _dump(s.decisions) if s.decisions else "[]",
        _dump(s.outcomes) if s.outcomes else "{}",
        s.notes,
        s.created_at.isoformat(),
        s.updated_at.isoformat(),
        _timings_text(s.step_timings),
    )


_TIMING = (
    '{"step_id":%s,"title":%s,"planned_seconds":%d,"actual_seconds":%d,'
    '"skipped":%s,"extended_seconds":%d}'
)


def _timings_text(timings: Sequence[StepTiming]) -> str:
    """The step timings as stored and exported: a JSON list of objects. Written with a
    pattern (the numbers are checked integers) because an import writes 600,000 of them."""
    if not timings:
        return "[]"
    from json.encoder import encode_basestring as quote

    return (
        "["
        + ",".join(
            _TIMING
            % (
                quote(t.step_id),
                quote(t.title),
                t.planned_seconds,
                t.actual_seconds,
                "true" if t.skipped else "false",
                t.extended_seconds,
            )
            for t in timings
        )
        + "]"
    )


def _session(row: Sequence[Any]) -> Session:
    loads = json.loads
    return Session(
        id=row[0],
        tool=row[1],
        tool_version=row[2],
        card_digest=row[3],
        lever=row[4],
        variant=row[5],
        date=date.fromisoformat(row[6]),
        start=None if row[7] is None else time.fromisoformat(row[7]),
        planned_minutes=row[8],
        actual_minutes=row[9],
        facilitator=row[10],
        co_facilitators=loads(row[11]),
        participants=row[12],
        services=loads(row[13]),
        setting=row[14],
        satisfaction=row[15],
        ideas=loads(row[16]),
        decisions=loads(row[17]),
        outcomes=loads(row[18]),
        notes=row[19],
        created_at=datetime.fromisoformat(row[20]),
        updated_at=datetime.fromisoformat(row[21]),
        step_timings=[StepTiming(**t) for t in loads(row[22])],
    )


def _action(row: Sequence[Any]) -> Action:
    return Action(
        id=row[0],
        text=row[1],
        owner=row[2],
        due=None if row[3] is None else date.fromisoformat(row[3]),
        status=row[4],
    )


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
            _prepare_file(self.path)
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
                version = _user_version(self._db)
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
            _owner_only(self.path)

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
        db = self._db
        # In date order, the rows of one month sit side by side in the file: a month's report
        # reads a few pages instead of one page per session.
        sessions = sorted(sessions, key=_chronological)
        db.executemany(_INSERT, [_row(s) for s in sessions])
        db.executemany(
            "INSERT INTO actions (id, session_id, position, text, owner, due, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (a.id, s.id, i, a.text, a.owner, a.due and a.due.isoformat(), a.status)
                for s in sessions
                for i, a in enumerate(s.actions)
            ],
        )
        db.executemany(
            "INSERT INTO session_tags (session_id, position, tag) VALUES (?, ?, ?)",
            [(s.id, i, tag) for s in sessions for i, tag in enumerate(s.tags)],
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

    def export_lines(self, start: date | None = None, end: date | None = None) -> list[str]:
        """The sessions from ``start`` to ``end`` as JSON texts in the export's shape, one per
        session, oldest first. SQLite writes them itself: a full journal exports in seconds.
        They hold exactly what ``session_data`` gives (a test compares both)."""
        where, values = _filters(start, end)
        with self._reading() as db:
            return [row[0] for row in db.execute(f"{_EXPORT} {where}{_ORDER}", values)]

    def _load(
        self, where: str, values: Sequence[Any], timings: bool = True, details: bool = True
    ) -> list[Session]:
        """Sessions matching ``where`` with their actions and tags: three queries in all,
        however many sessions there are."""
        inner = f"SELECT id FROM sessions {where}"
        select = _SELECT if timings else _SELECT_SUMMARY
        with self._reading() as db:
            sessions = [_session(row) for row in db.execute(f"{select} {where}{_ORDER}", values)]
            if not sessions or not details:
                return sessions
            by_id = {s.id: s for s in sessions}
            scope = f"WHERE session_id IN ({inner})" if where else ""
            for row in db.execute(
                f"SELECT session_id, id, text, owner, due, status FROM actions {scope} "
                "ORDER BY session_id, position",
                values,
            ):
                by_id[row[0]].actions.append(_action(row[1:]))
            for row in db.execute(
                f"SELECT session_id, tag FROM session_tags {scope} ORDER BY session_id, position",
                values,
            ):
                by_id[row[0]].tags.append(row[1])
        return sessions

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
                ActionEntry(_action(row[:5]), row[5], date.fromisoformat(row[6]), row[7], row[8])
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
        incoming: dict[str, Session] = {}
        for session in sessions:
            if not checked:
                check_session(session)
            known = incoming.get(session.id)
            if known is None or session.updated_at > known.updated_at:
                incoming[session.id] = session
        added, replaced = [], []
        unchanged = kept = 0
        with self.atomic(), _no_collection():
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


# --------------------------------------------------------------------------- the file itself


def _prepare_file(path: Path) -> None:
    """Refuse what is not a journal before SQLite touches it; create a new one owner-only."""
    if path.is_dir():
        raise BadInput(tr("journal.path_is_folder", path=path))
    if path.exists():
        try:
            with path.open("rb") as handle:
                head = handle.read(len(_SQLITE_MAGIC))
        except OSError as error:
            raise InnovkitError(
                tr("journal.cannot_open", path=path, reason=error.strerror)
            ) from None
        # An empty file is a journal not yet started (SQLite treats it so too).
        if head and head != _SQLITE_MAGIC:
            raise BadInput(tr("journal.not_sqlite", path=path))
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Created owner-only from the start: there is no moment when others could read it.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError as error:
        raise InnovkitError(tr("journal.cannot_create", path=path, reason=error.strerror)) from None


def _owner_only(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)


# --------------------------------------------------------------------------- export and import


def export_document(sessions: Iterable[Session]) -> dict[str, Any]:
    """The versioned JSON document that ``journal import`` reads back."""
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": utc_now().isoformat(),
        "sessions": [session_data(s) for s in sessions],
    }


def export_text(lines: Sequence[str]) -> str:
    """The export document around sessions already written as JSON (``export_lines``): one
    session per line, so that the file stays readable and compares well line by line."""
    head = json.dumps(
        {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": utc_now().isoformat()},
        ensure_ascii=False,
    )
    body = ",\n".join(lines)
    return head[:-1] + ', "sessions": [\n' + body + ("\n" if lines else "") + "]}\n"


def export_json(sessions: Iterable[Session]) -> str:
    """``export_text`` for sessions in memory."""
    return export_text([_dump(session_data(s)) for s in sessions])


def read_export(path: Path) -> list[Session]:
    """The sessions of an export file, every one checked; ``BadInput`` for anything else."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BadInput(tr("journal.import_missing", path=path)) from None
    except IsADirectoryError:
        raise BadInput(tr("journal.path_is_folder", path=path)) from None
    except OSError as error:
        raise BadInput(tr("journal.import_unreadable", path=path, reason=error.strerror)) from None
    try:
        with _no_collection():
            document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadInput(tr("journal.import_not_export", path=path)) from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise BadInput(tr("journal.import_not_export", path=path))
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BadInput(tr("journal.import_not_export", path=path))
    if version > EXPORT_VERSION:
        raise BadInput(
            tr("journal.import_too_new", path=path, version=version, known=EXPORT_VERSION)
        )
    items = document.get("sessions")
    if not isinstance(items, list):
        raise BadInput(tr("journal.import_not_export", path=path))
    with _no_collection():
        return [
            session_from_data(
                item, lambda n=number: tr("journal.import_where", path=path, number=n)
            )
            for number, item in enumerate(items, 1)
        ]


_CSV_COLUMNS = (
    "id",
    "date",
    "start",
    "tool",
    "lever",
    "variant",
    "facilitator",
    "co_facilitators",
    "participants",
    "services",
    "setting",
    "planned_minutes",
    "actual_minutes",
    "satisfaction",
    "ideas",
    "decisions",
    "actions",
    "outcomes",
    "notes",
    "tags",
    "created_at",
    "updated_at",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    """A spreadsheet cell that can never run as a formula: text starting with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return gets a leading apostrophe (OWASP's advice)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_separator(lang: str) -> str:
    """The column separator a spreadsheet of that language expects: French Excel reads « ; »
    (the comma is its decimal mark), English Excel reads « , »."""
    return ";" if lang == "fr" else ","


def export_csv(sessions: Iterable[Session], separator: str = ",") -> str:
    """One row per session, columns separated by ``separator`` (see ``csv_separator``); lists
    joined with « ; »; every cell neutralised. The text starts with a byte order mark: without
    it, Excel reads UTF-8 as an old Windows encoding and garbles every accent."""
    import csv
    import io

    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow(_CSV_COLUMNS)
    for s in sessions:
        data = session_data(s)
        data["co_facilitators"] = " ; ".join(s.co_facilitators)
        data["services"] = " ; ".join(s.services)
        data["ideas"] = " ; ".join(s.ideas)
        data["decisions"] = " ; ".join(s.decisions)
        data["tags"] = " ; ".join(s.tags)
        data["actions"] = " ; ".join(
            " — ".join(part for part in (a.text, a.owner, a.due and a.due.isoformat()) if part)
            for a in s.actions
        )
        data["outcomes"] = _dump(s.outcomes) if s.outcomes else ""
        writer.writerow([safe_cell(data[column]) for column in _CSV_COLUMNS])
    return buffer.getvalue()
