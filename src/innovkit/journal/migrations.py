"""The journal's schema in SQLite, migrated forward: ordered, named migrations.

Shipped migrations are never edited, renamed or reordered: journals out there already ran
them, and ``migrate`` will never run them again. Any change to the schema is a new function
appended to ``MIGRATIONS``, with a new tests/data/journal/schema-vN.sql and a journal file
written by the previous version kept under tests/data/journal/ (see make_v1.py, make_v2.py).
Those frozen files, not today's ``migrate(target=…)``, are what the migration tests open.
Each migration runs inside a transaction together with its record (``PRAGMA user_version``
and the ``migrations`` table).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from innovkit.journal.records import utc_now

if TYPE_CHECKING:
    import sqlite3


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


def _m003_field_changes_deletions_and_conflicts(db: sqlite3.Connection) -> None:
    # When each field of a session last changed, and when both sides of a merge last agreed
    # on it (see journal.reconcile); '{}' means "as the session's updated_at", which is what
    # an older journal knows.
    db.execute("ALTER TABLE sessions ADD COLUMN field_changes TEXT NOT NULL DEFAULT '{}'")
    # A deleted session leaves its id behind, so that a colleague's older copy of it does not
    # come back with the next import; the tombstones travel in exports.
    db.execute(
        """CREATE TABLE deletions (
            session_id TEXT PRIMARY KEY,
            date TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            deleted_by TEXT NOT NULL DEFAULT ''
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX deletions_by_date ON deletions (date)")
    # The same field changed on both sides since they last agreed: the merge kept one value
    # and records the other here until the facilitator decides. No foreign key: a session is
    # rewritten (deleted, inserted) by a merge, and its conflicts must stay.
    db.execute(
        """CREATE TABLE conflicts (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL,
            field TEXT NOT NULL,
            kept TEXT NOT NULL,
            other TEXT NOT NULL,
            kept_side TEXT NOT NULL CHECK (kept_side IN ('here', 'theirs')),
            kept_at TEXT NOT NULL,
            other_at TEXT NOT NULL,
            found_at TEXT NOT NULL,
            resolved_at TEXT,
            resolution TEXT CHECK (resolution IS NULL OR resolution IN ('kept', 'other'))
        )"""
    )
    db.execute("CREATE INDEX conflicts_by_session ON conflicts (session_id, field)")


def _m004_action_done_on(db: sqlite3.Connection) -> None:
    # The day an action was marked done, shown in its follow-up and the reports. Actions
    # done before this version keep an unknown day (NULL): nobody recorded it.
    db.execute("ALTER TABLE actions ADD COLUMN done_on TEXT")


def _m005_moments(db: sqlite3.Connection) -> None:
    # A tool in several moments (en-immersion's day, then its debrief): each moment is a
    # session; a later one names the first session of its cycle. Older sessions are each
    # a tool's only moment (NULL, NULL).
    db.execute("ALTER TABLE sessions ADD COLUMN moment TEXT")
    db.execute("ALTER TABLE sessions ADD COLUMN follows TEXT")
    db.execute("CREATE INDEX sessions_by_follows ON sessions (follows)")


def _m006_session_owners(db: sqlite3.Connection) -> None:
    # On a shared PostgreSQL, each session is its keeper's to change: the database role that
    # recorded it (a coordinator's changes keep it; see journal.store.writing). Row-level
    # security lets everyone read everything (the report covers the team) and each role
    # write only its own sessions and what hangs on them; a role with BYPASSRLS (a
    # coordinator) and the tables' owner change all. The policies name no role, so this
    # migration needs none to exist. Tombstones are not protected: they remove nothing by
    # themselves (the deletion of a session is), and merges carry them on from anyone.
    # SQLite has no roles: its file's own permissions are its access control.
    if not getattr(db, "on_postgres", False):
        return
    # Rows recorded before this version are the migrating role's (the tables' owner): a
    # coordinator can hand them over (see the README).
    db.execute("ALTER TABLE sessions ADD COLUMN owner_role TEXT NOT NULL DEFAULT current_user")
    mine = "owner_role = current_user"
    # An action, a tag: its session's. A conflict: its session's, or anyone's once it is gone.
    of_my_session = "EXISTS (SELECT 1 FROM sessions s WHERE s.id = {0}.session_id AND s.{1})"
    protected = {
        "sessions": mine,
        "actions": of_my_session.format("actions", mine),
        "session_tags": of_my_session.format("session_tags", mine),
        "conflicts": "NOT EXISTS (SELECT 1 FROM sessions s WHERE s.id = conflicts.session_id "
        "AND s.owner_role <> current_user)",
    }
    for table, yours in protected.items():
        db.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        # One policy per command, so that reading stays a plain "true" (the reports' speed).
        db.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT USING (true)")
        db.execute(f"CREATE POLICY {table}_add ON {table} FOR INSERT WITH CHECK ({yours})")
        db.execute(
            f"CREATE POLICY {table}_change ON {table} FOR UPDATE USING ({yours}) "
            f"WITH CHECK ({yours})"
        )
        db.execute(f"CREATE POLICY {table}_remove ON {table} FOR DELETE USING ({yours})")


def _m007_conflict_editors(db: sqlite3.Connection) -> None:
    # Who made the change an edit kept over a colleague's (« Claire Martin », an account, or
    # this computer's name): « ici » said nothing on a shared journal. Empty for imports'
    # conflicts (their side says where the value came from) and for older conflicts.
    db.execute("ALTER TABLE conflicts ADD COLUMN kept_by TEXT NOT NULL DEFAULT ''")


MIGRATIONS: tuple[tuple[str, Callable[[sqlite3.Connection], None]], ...] = (
    ("sessions_and_actions", _m001_sessions_and_actions),
    ("tags_timings_and_indexes", _m002_tags_timings_and_indexes),
    ("field_changes_deletions_and_conflicts", _m003_field_changes_deletions_and_conflicts),
    ("action_done_on", _m004_action_done_on),
    ("moments", _m005_moments),
    ("session_owners", _m006_session_owners),
    ("conflict_editors", _m007_conflict_editors),
)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the migrations the database has not had yet, up to ``target``; returns the
    version reached. Each migration is one transaction; a concurrent process that migrated
    first is noticed (the version is read again once the write lock is held)."""
    while True:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = user_version(db)
            if version >= target:
                db.execute("COMMIT")
                return version
            name, function = MIGRATIONS[version]
            function(db)
            db.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (version + 1, name, utc_now().isoformat()),
            )
            # PRAGMA takes no parameters: the version is a checked whole number.
            db.execute(f"PRAGMA user_version = {int(version) + 1:d}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
