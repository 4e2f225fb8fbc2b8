"""Opening the journal file (checked, migrated, with its settings) and its transactions."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from innovkit.errors import BadInput, InnovkitError

if TYPE_CHECKING:
    import sqlite3

from innovkit.journal.journal_file import owner_only, prepare_file
from innovkit.journal.migrations import SCHEMA_VERSION, migrate, user_version
from innovkit.journal.store.postgres import is_database_address, redacted

BUSY_TIMEOUT_SECONDS = 15.0


def default_path() -> Path | str:
    """Where the journal lives: ``INNOVKIT_JOURNAL``, else the configured path, else the data
    folder (see ``innovkit.paths.journal_file``); a ``postgresql://`` address is kept as text."""
    import os

    from innovkit import paths
    from innovkit.settings import configured

    value = os.environ.get("INNOVKIT_JOURNAL") or configured("journal")
    if is_database_address(value):
        return str(value).strip()
    return paths.journal_file(value)


class Base:
    """The journal stored in one SQLite file (or ``":memory:"`` for tests): opening, closing,
    transactions. ``Journal`` adds the reads and writes."""

    def __init__(self, path: str | Path | None = None) -> None:
        where = path or default_path()
        self._address = where if is_database_address(where) else None
        self.path: str | Path
        if self._address is not None:
            self.path = redacted(str(where))  # what messages show: never the password
        else:
            self.path = ":memory:" if where == ":memory:" else Path(where)
        self._depth = 0
        self._in_snapshot = False  # a read transaction is open (``snapshot``)
        if isinstance(self.path, Path):
            prepare_file(self.path)
        self._db = self._connect()
        try:
            with self._errors():
                self._prepare()
        except BaseException:
            self._db.close()
            raise
        if isinstance(self.path, Path):
            owner_only(self.path)

    @property
    def on_postgres(self) -> bool:
        """Whether this journal is a shared PostgreSQL database (else an SQLite file)."""
        return self._address is not None

    def _connect(self) -> sqlite3.Connection:
        if self._address is not None:
            from innovkit.journal.store.postgres_errors import connect

            return connect(str(self._address), str(self.path))  # type: ignore[return-value]
        import sqlite3

        try:
            return sqlite3.connect(
                str(self.path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None
            )
        except sqlite3.Error as error:
            raise InnovkitError("journal.cannot_open", path=self.path, reason=str(error)) from None

    def _prepare(self) -> None:
        """Refuse a file innovkit cannot use, set the connection up, migrate forward."""
        version, has_tables = self._version_and_tables()
        if version > SCHEMA_VERSION:
            # The user pointed innovkit at a file it cannot use yet: bad input.
            raise BadInput("journal.too_new", path=self.path, version=version, known=SCHEMA_VERSION)
        if version == 0 and has_tables:
            # Tables but no innovkit version: another program's database. Nothing
            # is written to it (no tables, no WAL, no change of permissions).
            raise BadInput("journal.not_journal", path=self.path)
        if version == 0 and isinstance(self.path, Path):
            # A new journal: bigger pages suit its rows (a session with its notes
            # and timings is a kilobyte or two). Only possible before anything exists.
            self._db.execute("PRAGMA page_size = 8192")
        self._db.execute("PRAGMA foreign_keys = ON")
        if isinstance(self.path, Path):
            # The mode is the file's, and stays: asked first, as changing it takes the whole
            # file for a moment (two innovkit opening a new journal at once).
            if self._db.execute("PRAGMA journal_mode").fetchone() != ("wal",):
                self._db.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL survives any crash of the program; only a power cut
            # can lose the very last transaction, never corrupt the file.
            self._db.execute("PRAGMA synchronous = NORMAL")
        # 64 MB of page cache (the default is 2 MB): big imports and exports touch
        # every page of the indexes; memory is only taken as pages are read.
        self._db.execute("PRAGMA cache_size = -65536")
        if version < SCHEMA_VERSION:
            try:
                with self._errors():
                    migrate(self._db)
            except InnovkitError as error:
                if self.on_postgres and error.message == "journal.pg_not_allowed":
                    # Only the tables' owner may change them: a facilitator's newer innovkit
                    # waits for the administrator's (the README's « innovkit_owner »).
                    raise InnovkitError(
                        "journal.pg_needs_owner", path=self.path, version=version
                    ) from None
                raise

    def _version_and_tables(self) -> tuple[int, bool]:
        """The schema version, and whether a journal of version 0 has tables, read together
        (one read transaction on a file): another innovkit creating the same new journal at
        this instant — two processes recording offline into a new outbox — commits its first
        migration, tables and version at once, before or after these reads, never between."""
        on_file = isinstance(self.path, Path)
        if on_file:
            self._db.execute("BEGIN")
        try:
            version = user_version(self._db)
            tables = version == 0 and bool(
                self._db.execute("SELECT 1 FROM sqlite_master").fetchone()
            )
        finally:
            if on_file:
                self._db.execute("COMMIT")
        return version, tables

    # ---- life cycle

    def __enter__(self) -> Base:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """SQLite's own errors become sentences for the facilitator."""
        if self._address is not None:
            from innovkit.journal.store.postgres_errors import said

            with said(self._db, str(self.path)):
                yield
            return
        import sqlite3

        try:
            yield
        except sqlite3.OperationalError as error:
            text = str(error).lower()
            if "locked" in text or "busy" in text:
                raise InnovkitError("journal.busy", path=self.path) from None
            raise InnovkitError("journal.cannot_open", path=self.path, reason=str(error)) from None
        except sqlite3.DatabaseError as error:
            if "not a database" in str(error).lower():
                raise BadInput("journal.not_sqlite", path=self.path) from None
            raise InnovkitError("journal.damaged", path=self.path, reason=str(error)) from None

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Base]:
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
    def snapshot(self) -> Iterator[Base]:
        """All the reads inside see the journal as it was at one moment (a report's figures
        agree with each other while colleagues record), in one read transaction: on a shared
        journal, one exchange with the server to open it and one to close it, not one pair
        per read. For reading only: nothing inside may write."""
        with self._reading():
            yield self

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """Several SELECTs that see the same state of the journal (inside a write, or inside
        ``snapshot``, they see the state of that transaction)."""
        with self._errors():
            if self._depth or self._in_snapshot:
                yield self._db
                return
            self._db.execute("BEGIN")
            self._in_snapshot = True
            try:
                yield self._db
            finally:
                self._in_snapshot = False
                self._db.execute("COMMIT")
