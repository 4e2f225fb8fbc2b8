"""Shared fixtures: every test runs with its own INNOVKIT_HOME, never the real home folder."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session", autouse=True)
def _never_the_real_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Before any fixture of any scope runs: innovkit and the platform folders point at a
    temporary folder, so not even a module-scoped fixture can touch the real home."""
    session = tmp_path_factory.mktemp("session-home")
    os.environ["INNOVKIT_HOME"] = str(session / "innovkit")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(session / name.lower())
    for name in ("INNOVKIT_JOURNAL", "INNOVKIT_CARDS", "INNOVKIT_LANG"):
        os.environ.pop(name, None)


@pytest.fixture(autouse=True)
def innovkit_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "innovkit-home"
    monkeypatch.setenv("INNOVKIT_HOME", str(home))
    for name in ("INNOVKIT_JOURNAL", "INNOVKIT_CARDS", "INNOVKIT_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    return home


class Result:
    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self) -> str:
        return f"<exit {self.exit_code}\nstdout:\n{self.stdout}\nstderr:\n{self.stderr}>"


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Result]:
    """Run ``innovkit ARGS`` in-process through the real entry point (error edge included).

    stdin is not a terminal, exactly as in a script or a pipe.
    """
    import io
    import sys

    from innovkit.cli import main

    def run(*args: str, input: str = "", env: dict[str, str] | None = None) -> Result:
        capsys.readouterr()
        with monkeypatch.context() as patch:
            for key, value in (env or {}).items():
                patch.setenv(key, value)
            patch.setattr(sys, "stdin", io.StringIO(input))
            try:
                main(list(args))
                code = 0
            except SystemExit as exit_:
                code = (
                    exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
                )
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[object]:
    """A real, throwaway PostgreSQL for the whole test session (see tests/postgres.py):
    skipped when PostgreSQL is missing, unless INNOVKIT_REQUIRE_POSTGRES=1."""
    from postgres import throwaway_cluster

    with throwaway_cluster() as cluster:
        yield cluster


@pytest.fixture
def postgres_url(postgres_cluster: object) -> str:
    """The address of a fresh, empty database on the throwaway PostgreSQL."""
    return postgres_cluster.new_database()  # type: ignore[attr-defined]


@pytest.fixture(params=["sqlite", "postgres"])
def journal_at(request: pytest.FixtureRequest) -> str:
    """Where a store-level test keeps its journal: SQLite in memory, then a fresh database on
    the throwaway PostgreSQL (skipped when PostgreSQL is missing, unless required)."""
    if request.param == "sqlite":
        return ":memory:"
    return request.getfixturevalue("postgres_url")


@pytest.fixture(params=["sqlite", "postgres"])
def journal_store(
    request: pytest.FixtureRequest, innovkit_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Path | str:
    """The journal every command of a test uses, on each store in turn: the default SQLite
    file (under the test's INNOVKIT_HOME), then an empty, migrated database on the throwaway
    PostgreSQL given by INNOVKIT_JOURNAL (skipped when PostgreSQL is missing, unless
    required). ``Journal(journal_store)`` opens it."""
    if request.param == "sqlite":
        return innovkit_home / "data" / "journal.sqlite3"
    address: str = request.getfixturevalue("postgres_cluster").empty_journal()
    monkeypatch.setenv("INNOVKIT_JOURNAL", address)
    return address
