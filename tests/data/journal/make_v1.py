"""Write ``journal-v1.sqlite3``: a journal as innovkit wrote it at schema version 1 (sessions and
actions, no tags or step timings yet), with three sessions. The migration tests open a copy of it
and check that it reaches the current schema with every session intact.

Run from the repository root: ``.venv/bin/python tests/data/journal/make_v1.py``. The file is
committed; run this again only if it is lost (schema version 1 never changes).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from innovkit.journal import migrate

TARGET = Path(__file__).with_name("journal-v1.sqlite3")

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
    migrate(db, target=1)
    db.execute("BEGIN")
    db.executemany(f"INSERT INTO sessions VALUES ({', '.join('?' * 22)})", SESSIONS)
    db.executemany("INSERT INTO actions VALUES (?, ?, ?, ?, ?, ?, ?)", ACTIONS)
    db.execute("COMMIT")
    db.execute("VACUUM")
    db.close()
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
