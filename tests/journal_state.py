"""What a journal holds, on either store, for tests that check it is left exactly as it was: an
SQLite journal's folder byte for byte, or every row of every table of a PostgreSQL journal."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def snapshot(where: Path | str) -> dict[str, Any]:
    """Every file of the journal's folder with its bytes; for a ``postgresql://`` address,
    every table's rows in order."""
    if isinstance(where, Path):
        folder = where.parent
        if not folder.exists():
            return {}
        return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
    import psycopg

    with psycopg.connect(where) as db:
        tables = db.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        ).fetchall()
        return {
            table: sorted(map(repr, db.execute(f'SELECT * FROM "{table}"').fetchall()))
            for (table,) in tables
        }


def is_empty(where: Path | str) -> bool:
    """Whether the journal holds no session (an SQLite journal not created yet is empty)."""
    from innovkit.journal.store import Journal

    if isinstance(where, Path) and not where.exists():
        return True
    with Journal(where) as journal:
        return journal.count() == 0
