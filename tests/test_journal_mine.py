"""``journal list --mine`` and ``journal actions --mine``: the configured facilitator's sessions
(facilitated or co-facilitated) and actions (given to them, or from their sessions), on SQLite
and on PostgreSQL."""

from __future__ import annotations

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
    return env


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
    import json

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
