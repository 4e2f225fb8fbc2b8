"""Write ``journal-v1.sqlite3``: a journal as innovkit wrote it at schema version 1 (sessions and
actions, no tags or step timings yet), with three sessions. The migration tests open a copy of it
and check that it reaches the current schema with every session intact.

The schema is written here as literal SQL, exactly as innovkit's first migration wrote it, and
not by calling today's ``innovkit.journal.migrate``: a journal made by today's code could not show
that a shipped migration was edited. The tests read ``SESSIONS`` and ``ACTIONS`` below as the
expected content.

Run from the repository root: ``.venv/bin/python tests/data/journal/make_v1.py``. The file is
committed; run this again only if it is lost (schema version 1 never changes).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

TARGET = Path(__file__).with_name("journal-v1.sqlite3")

# innovkit's schema version 1, as its first migration ("sessions_and_actions") wrote it, to the
# byte: SQLite keeps the text of each statement, and the migrated schema is compared as text.
SCHEMA_V1 = (
    """CREATE TABLE migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )""",
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
        )""",
    "CREATE INDEX sessions_by_date ON sessions (date)",
    """CREATE TABLE actions (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done'))
        )""",
    "CREATE INDEX actions_by_session ON actions (session_id, position)",
)
MIGRATED_AT = "2026-11-25T23:51:44.312402+00:00"

SESSIONS = [
    # id, tool, version, digest, lever, variant, date, start, planned, actual, facilitator,
    # co-facilitators, participants, services, setting, satisfaction, ideas, decisions,
    # outcomes, notes, created_at, updated_at
    (
        "0b7c3e1a-1111-4a5e-9d3c-000000000001",
        "audace-up",
        1,
        "a1b2c3d4e5f60718",
        "audace",
        None,
        "2026-09-14",
        "14:00:00",
        60,
        75,
        "Claire Martin",
        '["Paul Durand"]',
        9,
        '["DRH","Culture"]',
        "indoor",
        4,
        '["Un défi par service"]',
        '["Refaire en octobre"]',
        '{"dares":["Parler en premier"]}',
        "Très bonne énergie.",
        "2026-09-14T16:02:11.123456+00:00",
        "2026-09-15T08:00:00+00:00",
    ),
    (
        "0b7c3e1a-2222-4a5e-9d3c-000000000002",
        "point-silence",
        1,
        "0f0f0f0f0f0f0f0f",
        "bien-etre",
        None,
        "2026-09-20",
        None,
        15,
        None,
        "Paul Durand",
        "[]",
        None,
        "[]",
        None,
        None,
        "[]",
        "[]",
        "{}",
        "",
        "2026-09-20T09:00:00+00:00",
        "2026-09-20T09:00:00+00:00",
    ),
    (
        "9f000000-3333-4a5e-9d3c-000000000003",
        "la-balade",
        2,
        "1234567890abcdef",
        "echanges",
        "courte",
        "2026-10-02",
        "10:30:00",
        45,
        40,
        "Claire Martin",
        "[]",
        14,
        '["Sports"]',
        "outdoor",
        5,
        "[]",
        '["Balade mensuelle"]',
        "{}",
        "",
        "2026-10-02T12:00:00+00:00",
        "2026-10-02T12:00:00+00:00",
    ),
]
ACTIONS = [
    (
        "a0000000-0000-4000-8000-000000000001",
        SESSIONS[0][0],
        0,
        "Écrire le compte rendu",
        "Claire",
        "2026-09-30",
        "done",
    ),
    (
        "a0000000-0000-4000-8000-000000000002",
        SESSIONS[0][0],
        1,
        "Présenter au comité",
        "Paul",
        "2026-10-15",
        "open",
    ),
]


def main() -> None:
    TARGET.unlink(missing_ok=True)
    db = sqlite3.connect(TARGET, isolation_level=None)
    db.execute("BEGIN")
    for statement in SCHEMA_V1:
        db.execute(statement)
    db.execute(
        "INSERT INTO migrations (version, name, applied_at) VALUES (1, 'sessions_and_actions', ?)",
        (MIGRATED_AT,),
    )
    db.execute("PRAGMA user_version = 1")
    db.executemany(f"INSERT INTO sessions VALUES ({', '.join('?' * 22)})", SESSIONS)
    db.executemany("INSERT INTO actions VALUES (?, ?, ?, ?, ?, ?, ?)", ACTIONS)
    db.execute("COMMIT")
    db.execute("VACUUM")
    db.close()
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
