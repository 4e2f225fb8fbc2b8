"""The journal on a shared PostgreSQL, through psycopg 3 (``innovkit[postgres]``).

The schema and the queries are declared once, in SQLite's words (``journal.migrations`` and the
store's modules). ``PostgresConnection`` speaks them to PostgreSQL: it offers what the store
uses of a ``sqlite3.Connection`` and says each statement in PostgreSQL's words. What differs is
kept here, small and named:

- placeholders: ``?`` becomes ``%s`` (and a literal ``%`` is doubled);
- the write lock: SQLite's ``BEGIN IMMEDIATE`` becomes a transaction that first takes one
  advisory lock, so that writers queue up exactly as on SQLite; reads see one snapshot
  (``REPEATABLE READ``) and never wait;
- the schema version: SQLite's ``PRAGMA user_version`` is the highest version in the
  ``migrations`` table; the other PRAGMAs (file settings) mean nothing here;
- the catalogue: ``sqlite_master`` becomes ``pg_tables`` / ``pg_indexes`` of the schema;
- case-blind tags: ``COLLATE NOCASE`` becomes ``lower()``; ``WITHOUT ROWID`` is dropped;
- the id prefix range compares bytes (``COLLATE "C"``), whatever the database's collation;
- sums come back as whole numbers (``numeric`` loaded as ``int``, or ``float`` with decimals).

A password never leaves this module: the address shown in messages is ``redacted``, and
psycopg's own error texts (which may quote the address) are never shown.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SCHEMES = ("postgresql://", "postgres://")

# Seconds to wait for the server before saying it cannot be reached (libpq's minimum is 2).
CONNECT_TIMEOUT = 5

# Any number: innovkit's own lock, held for the length of one write transaction.
WRITE_LOCK = 1_414_100_014

_WHOLE = {
    "BEGIN IMMEDIATE": f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})",
    "BEGIN": "BEGIN ISOLATION LEVEL REPEATABLE READ",
    "PRAGMA user_version": "-- the schema version",
    "SELECT 1 FROM sqlite_master": (
        "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() LIMIT 1"
    ),
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL": (
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"
    ),
}
_WORDS = (
    (" WITHOUT ROWID", ""),
    ("(tag COLLATE NOCASE)", "(lower(tag))"),
    ("tag = ? COLLATE NOCASE", "lower(tag) = lower(?)"),
    ("id >= ? AND id < ?", 'id COLLATE "C" >= ? AND id COLLATE "C" < ?'),
)


def is_database_address(value: object) -> bool:
    return isinstance(value, str) and value.strip().lower().startswith(SCHEMES)


def has_password(address: str) -> bool:
    """Whether the address carries a password (``user:secret@`` or ``password=``)."""
    parts = urlsplit(address.strip())
    return parts.password is not None or bool(re.search(r"(^|[?&])password=", parts.query))


# The parts of an address's query that say which database it is (a password never does).
NAMING = ("service", "host", "hostaddr", "port", "dbname", "user")


def address_parts(address: str) -> tuple[str, str, str, list[tuple[str, str]]]:
    """``address`` without its password: its scheme, ``user@host:port``, path, and the parts of
    its query that name the database (``service=``, ``host=``, ``port=``…: see ``NAMING``)."""
    from urllib.parse import parse_qsl

    parts = urlsplit(address.strip())
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = (f"{parts.username}@" if parts.username else "") + host
    if parts.port:
        netloc += f":{parts.port}"
    naming = [(k, v) for k, v in parse_qsl(parts.query) if k in NAMING]
    return parts.scheme, netloc, parts.path, naming


def redacted(address: str) -> str:
    """The address as it may be shown: without its password, nor any query but what names the
    database — ``postgresql:///?service=innovkit``, ``…/innovkit?host=pg.ville.fr&port=6432``
    — so that a team can tell one server from another (``password=``, ``sslpassword=`` never)."""
    from urllib.parse import urlencode

    scheme, netloc, path, naming = address_parts(address)
    shown = f"{scheme}://{netloc}{path}"
    return f"{shown}?{urlencode(naming, safe='/')}" if naming else shown


@functools.lru_cache(maxsize=512)
def postgres_sql(sql: str, placeholders: bool) -> str:
    """A statement of the store in PostgreSQL's words (see the module's list)."""
    whole = _WHOLE.get(sql.strip())
    if whole is not None:
        return whole
    if sql.startswith("PRAGMA "):
        return ""
    for sqlite_words, postgres_words in _WORDS:
        sql = sql.replace(sqlite_words, postgres_words)
    if placeholders:
        sql = sql.replace("%", "%%").replace("?", "%s")
    return sql


class _Rows:
    """Rows computed here, or all the rows of a result read at once (what a cursor offers of
    them)."""

    def __init__(self, *rows: tuple[Any, ...]) -> None:
        self._rows = list(rows)

    @classmethod
    def of(cls, rows: list[tuple[Any, ...]]) -> _Rows:
        made = cls()
        made._rows = rows
        return made

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._rows

    def __iter__(self) -> Any:
        return iter(self._rows)


class PostgresConnection:
    """What the store uses of a ``sqlite3.Connection``, on PostgreSQL."""

    on_postgres = True  # what a migration asks (sqlite3.Connection has no such attribute)

    def __init__(self, address: str) -> None:
        import psycopg

        self.Error = psycopg.Error
        self.IntegrityError = psycopg.IntegrityError
        self.OperationalError = psycopg.OperationalError
        self.DatabaseError = psycopg.DatabaseError
        self._db = psycopg.connect(
            address, autocommit=True, **_timeout(address), **_unread_password_file()
        )
        self._db.adapters.register_loader("numeric", _number_loader())

    def execute(self, sql: str, values: Any = ()) -> Any:
        statement = postgres_sql(sql, bool(values))
        if not statement:
            return _Rows()
        if statement == "-- the schema version":
            return _Rows((self._schema_version(),))
        if statement.startswith("BEGIN; "):
            begin, lock = statement.split("; ", 1)
            self._db.execute(begin)
            return self._db.execute(lock)
        cursor = self._db.execute(statement, values or None)
        if cursor.description is None:  # no rows: what is asked of it is its rowcount
            return cursor
        # The whole result is already here (libpq reads it all): taken at once, its rows are
        # made in one call, where iterating the cursor costs a call and checks for each row.
        return _Rows.of(cursor.fetchall())

    def executemany(self, sql: str, rows: Any) -> None:
        rows = list(rows)
        if rows:
            with self._db.cursor() as cursor:
                cursor.executemany(postgres_sql(sql, True), rows)

    def _schema_version(self) -> int:
        """The highest migration applied (0 for a database without innovkit's tables). The
        catalogue is asked first whether the table is there: a query on a table that is not
        there would leave an ERROR line in the server's log (« relation "migrations" does not
        exist ») for its administrator to wonder about, at the first open of every new
        database. Two short questions to the server on open, the second only when the table
        is there."""
        exists = self._db.execute("SELECT to_regclass('migrations') IS NOT NULL").fetchone()
        if not exists or not exists[0]:
            return 0
        row = self._db.execute("SELECT coalesce(max(version), 0) FROM migrations").fetchone()
        return int(row[0]) if row else 0

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        if self._db.closed or self._db.broken:  # the server went away: its transaction too
            return False
        return self._db.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self._db.close()


def _timeout(address: str) -> dict[str, int]:
    """A short wait for the server (``CONNECT_TIMEOUT``), so that a room without network does
    not hang; an address's own ``connect_timeout`` (or libpq's ``PGCONNECT_TIMEOUT``) wins."""
    import os

    from psycopg.conninfo import conninfo_to_dict

    if "connect_timeout" in conninfo_to_dict(address) or os.environ.get("PGCONNECT_TIMEOUT"):
        return {}
    return {"connect_timeout": CONNECT_TIMEOUT}


def open_password_file() -> Path | None:
    """The password file libpq reads (``PGPASSFILE``, else ``~/.pgpass``) when other accounts of
    this computer may read it: libpq then ignores it (outside Windows), and the password in it
    is not sent. ``None`` when there is none, or it is private."""
    import os
    import sys

    if sys.platform == "win32":  # libpq checks nothing there (the file is in APPDATA)
        return None
    path = Path(os.environ.get("PGPASSFILE") or Path.home() / ".pgpass")
    try:
        return path if path.is_file() and path.stat().st_mode & 0o077 else None
    except OSError:
        return None


def _unread_password_file() -> dict[str, str]:
    """A password file libpq would ignore (``open_password_file``) is not given to it at all —
    nothing changes but the English warning libpq would print on the terminal; the refusal
    that may follow says why, in the facilitator's words (``postgres_errors``)."""
    path = open_password_file()
    return {"passfile": str(path.with_name(path.name + ".unread"))} if path else {}


@functools.cache
def _number_loader() -> type:
    """``numeric`` (what ``sum`` of integers gives) read as ``int``, or ``float``."""
    from psycopg.adapt import Loader

    class NumberLoader(Loader):
        def load(self, data: Any) -> int | float:
            text = bytes(data).decode("ascii")
            return float(text) if "." in text else int(text)

    return NumberLoader
