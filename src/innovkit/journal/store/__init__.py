"""The session journal: one SQLite file. The modules of this package are the only ones of
innovkit that speak SQL (the migrations' own SQL lives in ``journal.migrations``).

The file is created with owner-only permissions (it holds personal data: facilitators' names),
runs in WAL mode so that readers never block the writer, and is migrated forward on every open
by ordered, named migrations, each in its own transaction with its record (``PRAGMA
user_version`` and the ``migrations`` table). A journal written by a newer innovkit, a file
that is not SQLite, or another program's SQLite database is refused before anything is written
to it.

Every write happens inside ``Journal.atomic()``: a session and its actions, tags and step
timings are stored together or not at all.

``base`` opens the file and holds the transactions, ``queries`` reads, ``writing`` writes a
session and its actions, ``roles`` keeps each session's keeper on a shared journal and refuses
what its row-level security keeps from this account, ``merging`` brings in another journal's
export; ``Journal`` is the last of them.
"""

from __future__ import annotations

from innovkit.journal.migrations import SCHEMA_VERSION
from innovkit.journal.rows import ActionEntry, MergeCounts, SessionFigures, Usage
from innovkit.journal.store.base import BUSY_TIMEOUT_SECONDS, default_path
from innovkit.journal.store.merging import Journal

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "SCHEMA_VERSION",
    "ActionEntry",
    "Journal",
    "MergeCounts",
    "SessionFigures",
    "Usage",
    "default_path",
]
