"""A real, throwaway PostgreSQL for the tests: one cluster per test session, in a temporary
folder, listening on a Unix socket inside that folder and on a free TCP port of 127.0.0.1
where a password is required (to test what innovkit says of a wrong one); each test gets a
fresh, empty database.

PostgreSQL refuses to run as root, and CI runs as root: there the cluster's folder belongs to
the ``postgres`` system user and every server program runs as that user (``runuser``).
Skipped when PostgreSQL (Debian's ``postgresql`` package) or psycopg is missing, unless
``INNOVKIT_REQUIRE_POSTGRES=1`` (CI), where that is a failure.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

SUPERUSER = "postgres"


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("INNOVKIT_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"{reason}; required here (INNOVKIT_REQUIRE_POSTGRES=1)")
    pytest.skip(reason)


def _bindir() -> Path | None:
    """Where initdb and pg_ctl are: on the PATH, else Debian's versioned folder (newest)."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return versions[-1].parent if versions else None


class Cluster:
    """A running throwaway cluster: ``url(name)`` is a database's address, ``new_database()``
    a fresh database's."""

    def __init__(self, bindir: Path, folder: Path) -> None:
        self.bindir = bindir
        self.folder = folder
        self.data = folder / "data"
        self.socket = folder  # the socket file is folder/.s.PGSQL.<port>
        self._names = itertools.count(1)
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0 if hasattr(os, "geteuid") else False
        self._template: str | None = None
        self._reused: tuple[str, list[str]] | None = None  # an address, its tables

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bindir / program), *args]
        if self._as_postgres:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed: {done.stdout}\n{done.stderr}")

    def start(self) -> None:
        if self._as_postgres:
            shutil.chown(self.folder, SUPERUSER, SUPERUSER)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        for attempt in range(3):  # a free port may be taken by another program meanwhile
            try:
                self._start_server()
                return
            except RuntimeError:
                if attempt == 2:
                    raise
                self.port = _free_port()

    def _start_server(self) -> None:
        # The socket in our own folder and 127.0.0.1 only; durability is not what these tests
        # are about.
        options = (
            f"-k {self.socket} -c listen_addresses=127.0.0.1 -p {self.port} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        log = str(self.folder / "log")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "start")

    def start_again(self) -> None:
        """The server started again after ``stop`` (same folder, same port)."""
        self._start_server()

    def stop(self, mode: str = "immediate") -> None:
        """Stop the server; ``mode="fast"`` keeps what was committed (the tests' server does
        not wait for the disk: an immediate stop may lose the last commits)."""
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def log(self) -> str:
        """What the server wrote to its log so far (its ERROR lines are what an
        administrator reads)."""
        return (self.folder / "log").read_text(encoding="utf-8", errors="replace")

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@/{database}?host={self.socket}&port={self.port}"

    def tcp_url(self, user: str, database: str, password: str | None = None) -> str:
        """An address over TCP (where the server asks for a password)."""
        secret = f":{password}" if password is not None else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser (roles, grants), in ``database``."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as db:
            db.execute(statement)

    def new_database(self) -> str:
        """A fresh, empty database; returns its address."""
        import psycopg

        name = f"journal_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as db:
            db.execute(f"CREATE DATABASE {name} TEMPLATE template0 STRATEGY FILE_COPY")
        return self.url(name)

    def new_journal(self) -> str:
        """A fresh journal, already migrated: a copy of a template database that innovkit
        migrated once (much faster than migrating every test's database); its address."""
        import psycopg

        from innovkit.journal.store import Journal

        if self._template is None:
            template = f"journal_template_{os.getpid()}"
            with psycopg.connect(self.url("postgres"), autocommit=True) as db:
                db.execute(f"CREATE DATABASE {template} TEMPLATE template0 STRATEGY FILE_COPY")
            Journal(self.url(template)).close()
            self._template = template
        name = f"journal_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as db:
            db.execute(f"CREATE DATABASE {name} TEMPLATE {self._template} STRATEGY FILE_COPY")
        return self.url(name)

    def empty_journal(self) -> str:
        """An empty, migrated journal: one database, emptied before each use (a ``TRUNCATE``
        takes milliseconds where a new database takes a second on a loaded machine); a fresh
        one when it cannot be emptied as it was made (a test changed its tables, or a lock
        is still held)."""
        import psycopg

        from innovkit.journal.migrations import SCHEMA_VERSION

        if self._reused is not None:
            address, made_with = self._reused
            try:
                with psycopg.connect(address, autocommit=True) as db:
                    db.execute("SET lock_timeout = '5s'")
                    tables = [name for (name,) in db.execute(_TABLES)]
                    if tables == made_with:
                        data = ", ".join(f'"{name}"' for name in tables if name != "migrations")
                        db.execute(f"TRUNCATE {data} RESTART IDENTITY CASCADE")
                        db.execute("DELETE FROM migrations WHERE version > %s", (SCHEMA_VERSION,))
                        return address
            except psycopg.Error:
                pass
        address = self.new_journal()
        with psycopg.connect(address) as db:
            self._reused = address, [name for (name,) in db.execute(_TABLES)]
        return address


_TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[Cluster]:
    """Start a cluster in a new temporary folder; stop it and remove the folder after."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _skip_or_fail("psycopg is not installed (pip install 'innovkit[postgres]')")
    bindir = _bindir()
    if bindir is None:
        _skip_or_fail("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    assert bindir is not None
    # A short path under the system's temporary folder: a Unix socket's path is limited to
    # about 100 characters, and the postgres user must be able to reach it.
    folder = Path(tempfile.mkdtemp(prefix="innovkit-pg-"))
    cluster = Cluster(bindir, folder)
    try:
        try:
            cluster.start()
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
            _skip_or_fail(f"the throwaway PostgreSQL did not start: {error}")
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
