"""The journal on a shared PostgreSQL (a real, throwaway cluster: tests/postgres.py): migrated on
open, refused when newer or another program's, the journal commands on it, a password never
shown. Concurrent writers: tests/test_journal_team.py (8 × 200, which replaced 4 × 50 here)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from innovkit.errors import BadInput
from innovkit.journal.migrations import MIGRATIONS, SCHEMA_VERSION
from innovkit.journal.store import Journal

DATA = Path(__file__).parent / "data" / "journal"
SECRET = "Tr3s-S3cret-Antibes"


@pytest.fixture(autouse=True)
def test_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INNOVKIT_CARDS", str(DATA / "cards"))


def rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    import psycopg

    with psycopg.connect(url) as db:
        return db.execute(sql).fetchall()


def test_a_new_database_is_migrated_once(postgres_url: str) -> None:
    Journal(postgres_url).close()
    Journal(postgres_url).close()
    applied = rows(postgres_url, "SELECT version, name FROM migrations ORDER BY version")
    assert applied == [(n + 1, name) for n, (name, _) in enumerate(MIGRATIONS)]
    tables = rows(
        postgres_url,
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    )
    assert [t for (t,) in tables] == [
        "actions",
        "conflicts",
        "deletions",
        "migrations",
        "session_tags",
        "sessions",
    ]


def test_opening_a_new_database_leaves_no_error_in_the_servers_log(
    postgres_cluster: Any,
) -> None:
    """A brand-new database is opened (and migrated), then opened again: the server's log
    says no ERROR — innovkit asks the catalogue whether its tables are there instead of
    letting a query fail (issue 14, pgsync item 4)."""
    url = postgres_cluster.new_database()
    before = len(postgres_cluster.log())
    Journal(url).close()
    Journal(url).close()
    written = postgres_cluster.log()[before:]
    assert "ERROR" not in written, written


def test_a_database_from_a_newer_innovkit_is_refused_untouched(postgres_url: str) -> None:
    Journal(postgres_url).close()
    newer = SCHEMA_VERSION + 1
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute("INSERT INTO migrations VALUES (%s, 'from the future', '2030-01-01')", (newer,))
    with pytest.raises(BadInput, match="newer version of innovkit") as refused:
        Journal(postgres_url)
    assert f"schema {newer}" in str(refused.value)
    assert rows(postgres_url, "SELECT count(*) FROM migrations") == [(newer,)]


def test_another_programs_database_is_refused_untouched(postgres_url: str) -> None:
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(BadInput, match="not an innovkit journal"):
        Journal(postgres_url)
    tables = rows(postgres_url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    assert tables == [("invoices",)]


def test_the_journal_commands_on_postgres(cli: Callable, postgres_url: str) -> None:
    env = {"INNOVKIT_JOURNAL": postgres_url}
    added = cli("journal", "add", "atelier-test", "--outcome", "defi=Oser", "--date", "2026-11-03",
                "--action", "Écrire le compte rendu", env=env)  # fmt: skip
    assert added.exit_code == 0, added
    listed = cli("journal", "list", "--month", "2026-11", env=env)
    assert listed.exit_code == 0, listed
    assert "2026-11-03" in listed.stdout
    actions = cli("journal", "actions", env=env)
    assert "Écrire le compte rendu" in actions.stdout
    exported = cli("journal", "export", "--format", "json", "--month", "2026-11", env=env)
    assert exported.exit_code == 0, exported
    assert '"defi": "Oser"' in exported.stdout or '"defi":"Oser"' in exported.stdout
    assert rows(postgres_url, "SELECT count(*) FROM sessions") == [(1,)]
    report = cli("journal", "export", "--month", "2026-11", "--format", "md", env=env)
    assert report.exit_code == 0, report
    assert "atelier test" in report.stdout


def test_an_export_imported_into_another_shared_journal(
    cli: Callable, postgres_url: str, postgres_cluster: Any, tmp_path: Path
) -> None:
    env = {"INNOVKIT_JOURNAL": postgres_url}
    for day in ("2026-11-03", "2026-11-04"):
        added = cli("journal", "add", "atelier-test", "--outcome", "defi=Oser", "--date", day,
                    "--action", f"Suite du {day}", "--tag", "pilote", env=env)  # fmt: skip
        assert added.exit_code == 0, added
    export = tmp_path / "export.json"
    exported = cli("journal", "export", "--month", "2026-11", "-o", str(export), env=env)
    assert exported.exit_code == 0, exported
    other = {"INNOVKIT_JOURNAL": postgres_cluster.new_database()}
    for _ in range(2):  # into an empty journal, then again: nothing new
        imported = cli("journal", "import", str(export), env=other)
        assert imported.exit_code == 0, imported
    again = tmp_path / "again.json"
    assert (
        cli("journal", "export", "--month", "2026-11", "-o", str(again), env=other).exit_code == 0
    )
    import json

    first, second = (json.loads(p.read_text(encoding="utf-8"))["sessions"] for p in (export, again))
    assert first == second and len(first) == 2


def test_config_set_journal_takes_an_address_but_never_a_password(
    cli: Callable, postgres_cluster: Any, innovkit_home: Path
) -> None:
    with_password = postgres_cluster.tcp_url("claire", "innovkit", SECRET)
    refused = cli("config", "set", "journal", with_password)
    assert refused.exit_code == 2, refused
    assert ".pgpass" in refused.stderr
    assert SECRET not in refused.stdout + refused.stderr
    config = innovkit_home / "config.toml"
    assert not config.exists() or SECRET not in config.read_text(encoding="utf-8")

    address = postgres_cluster.new_database()
    assert cli("config", "set", "journal", address).exit_code == 0
    assert cli("journal", "add", "atelier-test", "--outcome", "defi=Oser").exit_code == 0
    assert rows(address, "SELECT count(*) FROM sessions") == [(1,)]
    path = cli("journal", "path")
    assert path.stdout.strip().startswith("postgresql://postgres@")


@pytest.fixture(scope="module")
def claire(postgres_cluster: Any) -> str:
    """A role that logs in with a password over TCP (on a database of its own)."""
    postgres_cluster.sql("DROP ROLE IF EXISTS claire")
    postgres_cluster.sql(f"CREATE ROLE claire LOGIN PASSWORD '{SECRET}'")
    return "claire"


@pytest.mark.parametrize("case", ["wrong password", "unreachable host", "no database"])
def test_no_output_ever_holds_the_password(
    cli: Callable, postgres_cluster: Any, postgres_url: str, claire: str, case: str
) -> None:
    database = urlsplit(postgres_url).path.lstrip("/")
    given = {
        "wrong password": postgres_cluster.tcp_url(claire, database, SECRET + "-not"),
        "unreachable host": f"postgresql://{claire}:{SECRET}@127.0.0.1:1/{database}",
        "no database": postgres_cluster.tcp_url(claire, "nowhere", SECRET),
    }[case]
    expected = {
        "wrong password": (1, ".pgpass"),
        "unreachable host": (1, "cannot be reached"),
        "no database": (2, "does not exist"),
    }[case]
    status = cli("journal", "status", env={"INNOVKIT_JOURNAL": given, "PGCONNECT_TIMEOUT": "5"})
    assert SECRET not in status.stdout + status.stderr
    if case == "wrong password":  # said once, in its own words, and not « all is well »
        assert status.exit_code == 1, status
        assert ".pgpass" in status.stdout and "but refuses" not in status.stdout, status
    for command in (("journal", "list"), ("journal", "add", "atelier-test"), ("journal", "path")):
        result = cli(*command, env={"INNOVKIT_JOURNAL": given, "PGCONNECT_TIMEOUT": "5"})
        output = result.stdout + result.stderr
        assert SECRET not in output, (command, result)
        assert "Traceback" not in output
        if case == "unreachable host" and command[1] == "add":
            # Offline is normal: the session waits in the outbox (tests/test_outbox.py).
            assert (result.exit_code, "kept on this computer" in output) == (0, True), result
        elif command[1] != "path":
            assert (result.exit_code, expected[1] in output) == (expected[0], True), result
            assert len(result.stderr.strip().splitlines()) == 1, result


def test_the_right_password_from_the_environment_works(
    cli: Callable, postgres_cluster: Any, postgres_url: str, claire: str
) -> None:
    database = urlsplit(postgres_url).path.lstrip("/")
    postgres_cluster.sql(f"ALTER DATABASE {database} OWNER TO claire")
    env = {"INNOVKIT_JOURNAL": postgres_cluster.tcp_url(claire, database), "PGPASSWORD": SECRET}
    assert cli("journal", "add", "atelier-test", "--outcome", "defi=Oser", env=env).exit_code == 0
    assert rows(postgres_url, "SELECT facilitator IS NOT NULL FROM sessions") == [(True,)]


@pytest.mark.skipif(sys.platform == "win32", reason="libpq checks the file's rights only there")
def test_a_password_file_others_may_read_is_said_in_our_words(
    postgres_cluster: Any, postgres_url: str, claire: str, tmp_path: Path
) -> None:
    """libpq ignores a ``.pgpass`` others may read and says so in English on the terminal: the
    facilitator is told, in a sentence, why the right password was not sent, and how to fix
    it; libpq's own line is not printed (a real process: libpq writes to the terminal itself)."""
    database = urlsplit(postgres_url).path.lstrip("/")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{postgres_cluster.port}:{database}:{claire}:{SECRET}\n")
    env = {
        **os.environ,
        "INNOVKIT_HOME": str(tmp_path / "home"),
        "INNOVKIT_JOURNAL": postgres_cluster.tcp_url(claire, database),
        "PGPASSFILE": str(pgpass),
        "INNOVKIT_LANG": "fr",
    }
    command = [sys.executable, "-m", "innovkit", "journal", "list"]
    pgpass.chmod(0o644)
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done
    said = " ".join(done.stderr.split())
    assert f"votre fichier de mots de passe {pgpass} peut être lu par d’autres comptes" in said
    assert f"« chmod 600 {pgpass} »" in said
    assert "WARNING" not in done.stderr and SECRET not in done.stderr + done.stdout
    pgpass.chmod(0o600)
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert "refusé la connexion" not in done.stderr, done  # private: the password is sent


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        ("postgresql:///?service=innovkit", "postgresql:///?service=innovkit"),
        (
            "postgresql://claire:Tr3s@pg.ville.example:6432/innovkit?sslmode=verify-full",
            "postgresql://claire@pg.ville.example:6432/innovkit",
        ),
        (
            "postgresql:///innovkit?host=pg.ville.example&port=6432&user=claire&password=Tr3s",
            "postgresql:///innovkit?host=pg.ville.example&port=6432&user=claire",
        ),
        (
            "postgresql://claire@/innovkit?host=/run/postgresql&sslpassword=Tr3s",
            "postgresql://claire@/innovkit?host=/run/postgresql",
        ),
    ],
)
def test_an_address_is_shown_whole_but_its_password(address: str, shown: str) -> None:
    """What names the server — a service, a host or a port given in the query — is shown, so
    that a team tells its test journal from its real one; a password never is."""
    from innovkit.journal.store.postgres import redacted

    assert redacted(address) == shown
    assert "Tr3s" not in redacted(address)
