"""A later moment says its own invitation, objectives and roles (issue 12, the facilitator's
third read: the follow-up sheets printed the first day's « Écrivez-le, et collez votre avis au
mur » and its « Regroupeurs »)."""

from __future__ import annotations

from pathlib import Path

import pytest

from innovkit.cards.files import load_card
from innovkit.paths import builtin_cards_dir

MOMENTS = Path(__file__).resolve().parent / "data" / "cards" / "moments"

LATER = {
    "audace-up": "report-back",
    "essais-libres": "review",
    "colle-ton-avis": "follow-up",
    "apprenons-nous": "review",
    "en-immersion": "debrief",
}


def test_a_later_moment_reads_its_own_invitation_objectives_and_roles() -> None:
    card = load_card(MOMENTS / "retour-a-sa-facon.yaml")
    back = card.at_moment("retour")
    assert back.invitation("fr") == "Qu’avez-vous essayé depuis la visite ?"
    assert [o("fr") for o in back.objectives] == ["Savoir ce que chaque essai est devenu."]
    assert [(r.id, r.does("fr")) for r in back.roles] == [
        ("animateur", "Fait parler chacun de son essai.")
    ]
    # The first moment keeps the card's own.
    first = card.at_moment("visite")
    assert first.invitation == card.invitation
    assert first.roles == card.roles


@pytest.mark.parametrize("tool", sorted(LATER))
def test_every_later_moment_of_the_built_in_cards_has_its_own(tool: str) -> None:
    card = load_card(builtin_cards_dir() / f"{tool}.yaml", bilingual=True)
    later = card.at_moment(LATER[tool])
    assert later.invitation != card.invitation
    assert later.objectives and later.objectives != card.objectives
    assert later.roles and later.roles != card.roles


@pytest.mark.parametrize(
    ("tool", "first_day"),
    [
        ("colle-ton-avis", "collez votre avis"),
        ("colle-ton-avis", "Regroupeurs"),
        ("essais-libres", "pourrions-nous lancer"),
        ("audace-up", "dans les quinze prochains jours"),
        ("audace-up", "présente les zones"),
    ],
)
def test_a_later_sheet_no_longer_prints_the_first_days_words(cli, tool: str, first_day: str):
    first = cli("sheet", tool, "--format", "txt", "--lang", "fr")
    assert first.exit_code == 0, first
    assert first_day in " ".join(first.stdout.split())
    later = cli("sheet", tool, "--moment", LATER[tool], "--format", "txt", "--lang", "fr")
    assert later.exit_code == 0, later
    assert first_day not in " ".join(later.stdout.split())


def test_the_report_back_sheet_opens_on_what_became_of_each_dare(cli) -> None:
    result = cli("sheet", "audace-up", "--moment", "report-back", "--format", "txt", "--lang", "fr")
    assert result.exit_code == 0, result
    text = " ".join(result.stdout.split())
    assert "qu’est-il devenu — fait, adapté ou abandonné" in text
    assert "Secrétaire de table" in text
