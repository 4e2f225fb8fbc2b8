"""Tools in several moments: the card format (good and bad cards), and each moment's own sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from innovkit.cards.files import load_card
from innovkit.errors import BadInput, CardError
from innovkit.paths import builtin_cards_dir

MOMENTS = Path(__file__).resolve().parent / "data" / "cards" / "moments"
GOOD = MOMENTS / "visite-et-retour.yaml"


def builtin(tool: str):
    return load_card(builtin_cards_dir() / f"{tool}.yaml", bilingual=True)


# ------------------------------------------------------------------------------ the card format


def test_a_card_in_two_moments_is_read_with_its_own_steps_delay_and_outcomes() -> None:
    card = load_card(GOOD)
    assert [m.id for m in card.moments] == ["visite", "retour"]
    assert [s.id for s in card.steps] == ["accueil", "visite"]  # the card is its first moment
    assert card.duration == 70
    first, later = card.moments
    assert first.after is None and later.after == (7, 21)
    assert [o.id for o in card.asked_outcomes] == ["etonnements", "date_retour"]
    back = card.at_moment("retour")
    assert [s.id for s in back.steps] == ["tour", "suite"]
    assert back.variants == ()
    assert [o.id for o in back.asked_outcomes] == ["essais"]
    # Its steps grow with the group like any other: 2 min + 1 min per person, then 10 min.
    assert (back.minutes(4), back.minutes(12)) == (16, 24)
    # A moment is found by its id or by a word of its name only it has.
    assert card.at_moment("Retour").moment == "retour"


def test_a_card_without_moments_is_one_moment_as_before() -> None:
    card = builtin("cadran-total")
    assert card.moments == ()
    assert card.asked_outcomes == card.outcomes
    with pytest.raises(BadInput):
        card.at_moment("debrief")


BAD = {
    # fixture: (line, field, words of the message)
    "unknown-step": (29, "moments[1].steps[2]", "no step “visiter”"),
    "negative-delay": (31, "moments[2].after.min", "-3 is too small"),
    "reversed-delay": (31, "moments[2].after", "from 21 to 7 days"),
    "duplicate-moment": (26, "moments", "“visite” is used twice"),
    "outcome-moment": (50, "outcomes[3].moment", "no moment “bilan”"),
    "first-after": (29, "moments[1].after", "no “after” delay"),
    "later-without-after": (29, "moments[2].after", "required"),
    "step-twice": (29, "moments[1].steps[1]", "“accueil” is used twice"),
    # an items outcome's ``reviewed_at``: a later moment of the card
    "reviewed-first": (52, "outcomes[2].reviewed_at", "not “visite” (later moments: retour)"),
    "reviewed-unknown": (52, "outcomes[2].reviewed_at", "not “bilan”"),
    "reviewed-not-items": (48, "outcomes[1].reviewed_at", "Only an outcome of kind “items”"),
    # a later moment's own texts
    "empty-objectives": (32, "moments[2].objectives", "at least 1"),
    "role-without-does": (33, "moments[2].roles[1].does", "required"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_moment_is_reported_with_file_line_and_field(name: str) -> None:
    line, field, words = BAD[name]
    path = MOMENTS / "bad" / f"{name}.yaml"
    with pytest.raises(CardError) as caught:
        load_card(path)
    error = caught.value
    assert (error.file, error.line, error.field) == (str(path), line, field)
    assert words in str(error)


def test_cards_validate_refuses_a_bad_moment_with_exit_2(cli) -> None:
    result = cli("cards", "validate", str(MOMENTS / "bad" / "reversed-delay.yaml"))
    assert result.exit_code == 2, result
    assert "reversed-delay.yaml:31" in result.stderr
    assert "Traceback" not in result.stderr
    assert cli("cards", "validate", str(GOOD)).exit_code == 0


# ------------------------------------------------------------------------------ the built-in tools


@pytest.mark.parametrize(
    ("tool", "first", "later", "after"),
    [
        ("en-immersion", "day", "debrief", (1, 7)),
        ("audace-up", "session", "report-back", (14, 28)),
        ("essais-libres", "launch", "review", (14, 42)),
        ("colle-ton-avis", "session", "follow-up", (28, 42)),
        ("apprenons-nous", "session", "review", (21, 42)),
    ],
)
def test_the_tools_in_two_moments(tool: str, first: str, later: str, after: tuple) -> None:
    card = builtin(tool)
    assert [m.id for m in card.moments] == [first, later]
    assert card.moments[1].after == after
    follow_up = card.at_moment(later)
    assert len(follow_up.steps) >= 3
    for step in follow_up.steps:  # real steps, written for a facilitator, in both languages
        assert step.prompts and step.tips, step.id
        assert len(step.instructions("fr")) > 80 and len(step.instructions("en")) > 80
    assert follow_up.asked_outcomes, "something is gathered at the follow-up"
    assert not {o.id for o in follow_up.asked_outcomes} & {o.id for o in card.asked_outcomes}
    # The follow-up is no longer a described variant of the first moment.
    assert later not in {v.id for v in card.variants}


def test_en_immersion_is_a_day_then_a_debrief_not_one_long_sequence() -> None:
    card = builtin("en-immersion")
    assert card.duration == 245  # welcome 20 + immersion 210 + hot notes 15
    assert "short" not in {v.id for v in card.variants}
    assert card.minutes(None, "condensed") == 140  # a shorter day, not a shorter tool
    assert card.variant("taster").description is not None


# ------------------------------------------------------------------------------ sheets per moment


def test_the_debrief_has_its_own_sheet_timed_from_zero(cli) -> None:
    result = cli("sheet", "en-immersion", "--moment", "debrief", "--format", "txt", "--lang", "fr")
    assert result.exit_code == 0, result
    text = result.stdout.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Moment 2 sur 2 : Le retour collectif — 1 à 7 jours après « La journée" in text
    assert "Ouverture du retour collectif" in text
    assert "L’immersion" not in text  # the day's steps are on the other sheet
    assert "245" not in text  # never « 245–255 min » again
    assert "1. 0–10 min" in text  # its own timeline, from its own start
    # Only what is gathered at the debrief is asked on its sheet.
    assert "Propositions d’un service à l’autre" in text
    assert "Binômes de services" not in text


def test_the_first_sheet_says_when_the_follow_up_comes(cli) -> None:
    result = cli("sheet", "audace-up", "--format", "md", "--lang", "en")
    assert result.exit_code == 0, result
    text = result.stdout
    assert "Moment 1 of 2: The dare session — then “Report-back”, 14 to 28 days after" in text
    assert "Round of dares" not in text
    back = cli("sheet", "audace-up", "--moment", "report-back", "-p", "20", "--lang", "en")
    assert back.exit_code == 0, back
    assert "Round of dares" in back.stdout
    assert "41 min" in back.stdout  # 3 + (8 + 4 tables × 2) + 15 + 5 + 2 for twenty people
    assert "Lessons from the report-back" in back.stdout  # each dare's status: journal edit
    # Its own materials, preparation and debrief, not the first session's.
    assert "A flipchart in three columns: done, adapted, dropped" in back.stdout
    assert "A flipchart in three columns: done, adapted, dropped" not in text
    assert "What did a dropped dare teach us?" in back.stdout


def test_a_bad_moment_on_the_command_line_is_one_sentence_and_exit_2(cli) -> None:
    unknown = cli("sheet", "audace-up", "--moment", "bilan", "--lang", "fr")
    assert unknown.exit_code == 2
    assert "n’a pas de moment" in unknown.stderr and "report-back" in unknown.stderr
    single = cli("sheet", "cadran-total", "--moment", "bilan", "--lang", "en")
    assert single.exit_code == 2 and "single moment" in single.stderr
    two = cli("sheet", "audace-up", "essais-libres", "--moment", "review", "--lang", "en")
    assert two.exit_code == 2 and "single tool" in two.stderr
    assert "Traceback" not in unknown.stderr + single.stderr + two.stderr


def test_show_gives_every_moment(cli) -> None:
    import json

    result = cli("show", "essais-libres", "--json", "--lang", "en")
    data = json.loads(result.stdout)
    assert [(m["id"], m["minutes"], m["after"]) for m in data["moments"]] == [
        ("launch", 78, None),
        ("review", 50, {"min": 14, "max": 42}),
    ]
    # what a later moment says of its own, as the sheet and the run print it; none for the first
    launch, review = data["moments"]
    assert launch["framing"] == {}
    assert review["framing"]["invitation"] and review["framing"]["roles"][0]["does"]
    said = cli("show", "essais-libres", "--lang", "fr", env={"COLUMNS": "200"}).stdout
    assert "Moment 2 sur 2" in said and "Essai par essai" in said


# ---------------------------------------------------- reviewed_at: a later moment gathers statuses


def test_an_items_outcome_says_which_later_moment_gathers_its_statuses() -> None:
    card = load_card(MOMENTS / "reviewed.yaml")
    assert card.outcome("pistes").reviewed_at == "retour"
    assert card.outcome("etonnements").reviewed_at == ""
    assert builtin("audace-up").outcome("dares").reviewed_at == "report-back"
    assert builtin("essais-libres").outcome("probes").reviewed_at == "review"
