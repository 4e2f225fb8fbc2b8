"""``journal list --mine`` and ``journal actions --mine``: the configured facilitator's sessions
(facilitated or co-facilitated) and actions (given to them, or from their sessions), on SQLite
and on PostgreSQL — where the sessions this account recorded are mine too (their
``owner_role``: see also tests/test_journal_roles.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "journal"


@pytest.fixture(autouse=True)
def test_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INNOVKIT_CARDS", str(DATA / "cards"))


@pytest.fixture(params=["sqlite", "postgres"])
def team_journal(request: pytest.FixtureRequest, cli: Callable) -> dict[str, str]:
    """A journal of three colleagues' sessions; the environment that points at it."""
    env = {}
    if request.param == "postgres":
        env["INNOVKIT_JOURNAL"] = request.getfixturevalue("postgres_url")
    for who, extra in (
        ("Inès Durand", ["--action", "Réserver la salle; Paul; 2026-11-20"]),
        ("Paul Martin", ["--co-facilitator", "inès durand", "--action", "Envoyer le CR; Paul"]),
        ("Marc Petit", ["--action", "Appeler la DRH; Ines Durand", "--action", "Afficher; Marc"]),
    ):
        added = cli("journal", "add", "atelier-test", "--outcome", "defi=Oser",
                    "--date", "2026-11-03", "--facilitator", who, *extra, env=env)  # fmt: skip
        assert added.exit_code == 0, added
    if request.param == "postgres":  # recorded by colleagues' accounts, not this one
        on_server(env["INNOVKIT_JOURNAL"], "UPDATE sessions SET owner_role = 'un_collegue'")
    return env


def on_server(url: str, sql: str) -> list[tuple[object, ...]]:
    import psycopg

    with psycopg.connect(url) as db:
        cursor = db.execute(sql)
        return cursor.fetchall() if cursor.description else []


def test_my_sessions_are_those_i_facilitated_or_co_facilitated(
    cli: Callable, team_journal: dict[str, str]
) -> None:
    assert cli("config", "set", "facilitator", "Inès Durand").exit_code == 0
    mine = cli("journal", "list", "--mine", env=team_journal)
    assert mine.exit_code == 0, mine
    assert "Inès Durand" in mine.stdout and "Paul Martin" in mine.stdout  # co-facilitated
    assert "Marc Petit" not in mine.stdout
    assert "2 sessions found" in mine.stderr
    everyone = cli("journal", "list", env=team_journal)
    assert "Marc Petit" in everyone.stdout


def test_my_actions_are_given_to_me_or_from_my_sessions(
    cli: Callable, team_journal: dict[str, str]
) -> None:
    assert cli("config", "set", "facilitator", "Inès Durand").exit_code == 0
    mine = cli("journal", "actions", "--mine", "--json", env=team_journal)
    assert mine.exit_code == 0, mine
    texts = sorted(a["text"] for a in json.loads(mine.stdout))
    assert texts == ["Appeler la DRH", "Envoyer le CR", "Réserver la salle"]
    assert cli("config", "set", "facilitator", "Marc Petit").exit_code == 0
    marc = cli("journal", "actions", "--mine", "--json", env=team_journal)
    assert sorted(a["text"] for a in json.loads(marc.stdout)) == ["Afficher", "Appeler la DRH"]


@pytest.mark.parametrize("command", ["list", "actions"])
def test_mine_without_a_configured_name_says_how_to_give_it(cli: Callable, command: str) -> None:
    for lang, words in (("en", "innovkit needs your name"), ("fr", "doit connaître votre nom")):
        result = cli("journal", command, "--mine", "--lang", lang)
        assert result.exit_code == 2, result
        assert words in result.stderr and "config set facilitator" in result.stderr
        assert "Traceback" not in result.stderr


def test_on_a_shared_journal_the_sessions_this_account_recorded_are_mine(
    cli: Callable, postgres_url: str
) -> None:
    """On PostgreSQL, « mine » is also what this account recorded (``owner_role``), even
    facilitated under another name, and needs no configured name; on a file it does."""
    env = {"INNOVKIT_JOURNAL": postgres_url}
    for who in ("Marc Petit", "Inès Durand"):
        added = cli("journal", "add", "atelier-test", "--date", "2026-11-03", "--facilitator",
                    who, "--action", f"Suite de {who}", env=env)  # fmt: skip
        assert added.exit_code == 0, added
    on_server(postgres_url, "UPDATE sessions SET owner_role = 'un_collegue' "
                            "WHERE facilitator = 'Inès Durand'")  # fmt: skip
    mine = cli("journal", "list", "--mine", env=env)
    assert mine.exit_code == 0, mine
    assert "Marc Petit" in mine.stdout and "Inès Durand" not in mine.stdout
    assert "1 session found" in mine.stderr
    actions = cli("journal", "actions", "--mine", "--json", env=env)
    assert [a["text"] for a in json.loads(actions.stdout)] == ["Suite de Marc Petit"]
    assert cli("config", "set", "facilitator", "Inès Durand").exit_code == 0
    both = cli("journal", "list", "--mine", env=env)
    assert "Marc Petit" in both.stdout and "Inès Durand" in both.stdout, both
