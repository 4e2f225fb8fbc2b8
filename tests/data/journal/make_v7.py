"""Write ``journal-v7.sqlite3``: a journal as innovkit wrote it at schema version 7 (version 7
adds who made the change an edit kept over a colleague's, ``conflicts.kept_by``), holding the
sessions of ``journal-v5.json`` (an export). The migration tests open a copy of it and check
that it reaches the current schema with every session exactly as in the JSON.

The file is frozen: it was made once by innovkit at schema version 7 and is committed. Unlike
``make_v1.py`` this script uses innovkit itself, so it only runs while innovkit's schema is
version 7; with a later innovkit, keep the committed file (it is what older installations hold).

Run from the repository root: ``.venv/bin/python tests/data/journal/make_v7.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from innovkit.journal.exchange import read_export
from innovkit.journal.migrations import SCHEMA_VERSION
from innovkit.journal.store import Journal

HERE = Path(__file__).parent
TARGET = HERE / "journal-v7.sqlite3"
CONTENT = HERE / "journal-v5.json"


def main() -> None:
    if SCHEMA_VERSION != 7:
        sys.exit(
            f"innovkit is at schema version {SCHEMA_VERSION}: keep the committed {TARGET.name}"
        )
    TARGET.unlink(missing_ok=True)
    with Journal(TARGET) as journal:
        journal.add_many(read_export(CONTENT))
        journal._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the one file
    for extra in ("-wal", "-shm"):
        Path(f"{TARGET}{extra}").unlink(missing_ok=True)
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
