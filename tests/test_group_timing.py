"""Time that follows the group: steps per person and per sub-group, how the group is split,
the card format's checks, and every built-in tool's totals at its smallest and largest group."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from innovkit.cards.files import load_card
from innovkit.cards.timing import Scaling, Split, seconds_per_person, step_minutes, typical_size
from innovkit.errors import CardError
from innovkit.paths import builtin_cards_dir

GROUP = Path(__file__).resolve().parent / "data" / "cards" / "group"
CARD_FILES = sorted(p for p in builtin_cards_dir().glob("*.yaml") if p.name != "levers.yaml")


def builtin(tool: str):
    return load_card(builtin_cards_dir() / f"{tool}.yaml", bilingual=True)


# ------------------------------------------------------------------------------ the model


@pytest.mark.parametrize(
    ("split", "people", "groups"),
    [
        (Split(2, 2, "pairs"), 6, 3),
        (Split(2, 2, "pairs"), 7, 3),  # two pairs and a trio
        (Split(3, 3, "trios"), 10, 3),  # one group of four
        (Split(3, 3, "trios"), 2, 1),  # too few for a trio: still one group
        (Split(4, 6), 12, 2),  # two tables of six
        (Split(4, 6), 13, 3),  # 5 + 4 + 4: no table over six
        (Split(4, 6), 25, 5),
    ],
)
def test_how_many_sub_groups_a_group_makes(split: Split, people: int, groups: int) -> None:
    assert split.groups(people) == groups


def test_a_step_adds_each_persons_seconds_rounded_up_and_each_groups_minutes() -> None:
    exit_round = Scaling(per_person_seconds=10)
    assert step_minutes(5, exit_round, 30) == 10  # 5 min + 30 × 10 s
    assert step_minutes(5, exit_round, 7) == 7  # 70 s begun: two more minutes
    trios = Scaling(per_group_minutes=2, split=Split(3, 3, "trios"))
    assert step_minutes(3, trios, 12) == 11  # 3 min + 4 trios × 2 min
    assert step_minutes(8, Scaling(), 40) == 8  # a plain ``minutes`` is a fixed step
    assert seconds_per_person(5, 12) == 25


def test_typical_group_is_the_middle_of_the_range_rounded_up() -> None:
    assert typical_size(4, 12) == 8
    assert typical_size(3, 8) == 6
    assert builtin("time-out").typical == 7


# ------------------------------------------------------------------------------ card format


def test_a_custom_card_may_time_its_steps_per_person_and_per_pair() -> None:
    card = load_card(GROUP / "tour-de-table.yaml")
    assert card.typical == 6  # participants.typical
    # accueil 5 + objets 2 + 4 min per pair + tour 1 + 20 s each
    assert [s.minutes for s in card.plan(None, 2)] == [5, 6, 2]
    assert [s.minutes for s in card.plan(None, 12)] == [5, 26, 5]
    assert card.duration == card.minutes(6) == 5 + 14 + 3
    # the short form gives the pairs 2 min each, and keeps the step's 20 s per person
    assert [s.minutes for s in card.plan("short", 12)] == [13, 6]
    assert card.shortest == 11
    objets = card.steps[1].scaling
    assert objets.split == Split(2, 2, "pairs") and objets.per_group_minutes == 4


BAD = {
    # fixture: (line, field, words of the message)
    "split-missing": (24, "steps[2].split", "says how the group is split"),
    "split-unknown": (25, "steps[2].split", "“quatuors” is not allowed"),
    "split-not-a-size": (25, "steps[2].split", "expected “pairs”, “trios” or a sub-group size"),
    "split-backwards": (25, "steps[2].split", "the minimum (6) is larger than the maximum (4)"),
    "split-unused": (24, "steps[2].per_group_minutes", "add “per_group_minutes”"),
    "per-person-zero": (30, "steps[3].per_person_seconds", "0 is too small"),
    "per-person-text": (30, "steps[3].per_person_seconds", "not a whole number"),
    "typical-outside": (10, "participants.typical", "between the minimum (2) and the maximum"),
    "too-little-per-person": (
        31,
        "steps[3].min_seconds_per_person",
        "step “tour” leaves each person only 25 s, less than the 30 s asked for",
    ),
    "short-too-little-per-person": (
        36,
        "variants[1].steps.tour",
        "the “short” form leaves step “tour” only 10 s per person, less than the 15 s",
    ),
    "variant-unknown-key": (36, "variants[1].steps.tour.split", "unknown key “split”"),
    "step-past-a-day": (29, "steps[3].minutes", "step “tour” lasts more than a day"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_group_timings_are_refused_with_file_line_and_field(name: str) -> None:
    line, field, words = BAD[name]
    path = GROUP / "bad" / f"{name}.yaml"
    with pytest.raises(CardError) as caught:
        load_card(path)
    error = caught.value
    assert (error.file, error.line, error.field) == (str(path), line, field)
    assert words in str(error)
    assert str(error).startswith(f"{path}:{line}: {field}: ")


def test_cards_validate_says_it_in_french_and_exits_2(cli) -> None:
    path = GROUP / "bad" / "too-little-per-person.yaml"
    result = cli("cards", "validate", str(path), env={"INNOVKIT_LANG": "fr"})
    assert result.exit_code == 2, result
    said = result.stderr.replace("\u00a0", " ")
    assert f"{path}:31: steps[3].min_seconds_per_person" in said
    assert "ne laisse que 25 s à chacun, moins que les 30 s demandées" in said
    assert "Traceback" not in result.stderr


# ------------------------------------------------------------------------------ built-in cards

# Each tool's whole form at its smallest and at its largest group: (people, minutes) twice.
# Checked by hand for four of them (the step sums are written out):
#   colle-ton-avis at 6: 5 + 5 + (3 + 1) + (6 + 3) + (3 + 1) + (8 + 1) = 36;
#                  at 30: 5 + 5 + (3 + 5) + (6 + 15) + (3 + 3) + (8 + 3) = 56
#   time-out at 3: (8 + 3) + 55 + 15 + 55 + (2 + 9) + 10 = 157;
#            at 10: (8 + 10) + … + (2 + 30) + 10 = 185
#   echecs-and-mates at 8: 5 + 3 × 10 + 15 + (6 + 2 tables × 2) + (2 + 2) = 64;
#                    at 25: 5 + 30 + 15 + (6 + 5 tables × 2) + (2 + 5) = 73
#   essais-libres at 6: 10 + 25 + (1 + 2 tables × 4) + 15 + 10 + 5 = 74; at 16: (1 + 16) → 82
TOTALS = {
    "apprenons-nous": (6, 53, 24, 63),
    "audace-up": (6, 42, 20, 52),
    "cadran-total": (4, 55, 12, 55),  # tables work side by side: the group changes nothing
    "colle-ton-avis": (6, 36, 30, 56),
    "dans-la-peau-de-walt": (3, 76, 8, 81),
    "echecs-and-mates": (8, 64, 25, 73),
    "en-immersion": (4, 245, 20, 245),  # the day; its debrief is a moment of its own
    "essais-libres": (6, 74, 16, 82),
    "la-balade": (4, 43, 24, 54),
    "point-silence": (2, 18, 40, 21),
    "regard-en-visite": (6, 104, 15, 106),
    "time-out": (3, 157, 10, 185),
}


def test_the_table_covers_every_built_in_tool() -> None:
    assert sorted(TOTALS) == [path.stem for path in CARD_FILES]


@pytest.mark.parametrize("tool", sorted(TOTALS))
def test_totals_at_the_smallest_and_the_largest_group(tool: str) -> None:
    card = builtin(tool)
    low, at_low, high, at_high = TOTALS[tool]
    assert (card.participants_min, card.participants_max) == (low, high)
    assert (card.minutes(low), card.minutes(high)) == (at_low, at_high)


# The tools with a step where everyone is heard in turn (a round, a show-and-tell, dares read).
ROUNDS = [
    "audace-up",
    "colle-ton-avis",
    "dans-la-peau-de-walt",
    "echecs-and-mates",
    "la-balade",
    "point-silence",
    "regard-en-visite",
    "time-out",
]


@pytest.mark.parametrize("path", CARD_FILES, ids=lambda p: p.stem)
def test_no_step_at_the_largest_group_gives_less_than_its_minimum_per_person(path) -> None:
    card = load_card(path, bilingual=True)
    high = card.participants_max
    forms = [None, *(v.id for v in card.variants if v.structured)]
    floors = 0
    for form in forms:
        for step in card.plan(form, high):
            floor = step.scaling.min_seconds_per_person
            if floor:
                floors += 1
                assert seconds_per_person(step.minutes, high) >= floor, (form, step.id)
    if card.id in ROUNDS:  # everyone speaks in turn: the card says how long each one needs
        assert floors, card.id


def test_the_tools_that_grow_with_the_group_say_so() -> None:
    growing = [p.stem for p in CARD_FILES if not _fixed(builtin(p.stem))]
    assert "cadran-total" not in growing  # its tables work side by side
    assert len(growing) == 11


def _fixed(card) -> bool:
    steps = [s for m in card.moments for s in m.steps] or card.steps
    return all(step.scaling.fixed for step in steps)


# The later moments, at the smallest and the largest group:
#   en-immersion's debrief at 4: 10 + 25 + 25 + (5 + 1 table × 2 + 1) = 68;
#                          at 20: (5 + 4 tables × 2 + 20 × 15 s) → 78
#   audace-up's report-back, its round by tables of 4–6 read back to the plenary:
#                          at 6: 3 + (8 + 1 table × 2) + 15 + 5 + 2 = 35; at 20: (8 + 4 × 2) → 41
#   essais-libres' review: 5 + 32 + 10 + 3 = 50 whatever the group
#   colle-ton-avis' follow-up at 6: 5 + 9 + (5 + 1) + (7 + 1 table) + (2 + 1) = 31;
#                             at 30: 5 + 9 + (5 + 5) + (7 + 5 tables) + (2 + 3) = 41
#   apprenons-nous' review at 6: (2 + 1) + (3 + 2 × 1) + (12 + 2 groups) + (5 + 2) + 3 = 32;
#                          at 24: (2 + 4) + (3 + 2 × 3) + (12 + 5) + (5 + 6) + 3 = 46
MOMENT_TOTALS = {
    ("en-immersion", "debrief"): (68, 78),
    ("audace-up", "report-back"): (35, 41),
    ("essais-libres", "review"): (50, 50),
    ("colle-ton-avis", "follow-up"): (31, 41),
    ("apprenons-nous", "review"): (32, 46),
}


@pytest.mark.parametrize(("tool", "moment"), sorted(MOMENT_TOTALS))
def test_each_later_moment_is_timed_for_its_group(tool: str, moment: str) -> None:
    card = builtin(tool).at_moment(moment)
    low, high = card.participants_min, card.participants_max
    assert (card.minutes(low), card.minutes(high)) == MOMENT_TOTALS[tool, moment]


def test_the_table_covers_every_later_moment_and_the_readme_gives_them() -> None:
    later = {(p.stem, m.id) for p in CARD_FILES for m in builtin(p.stem).moments[1:]}
    assert later == set(MOMENT_TOTALS)
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for (tool, moment), (at_low, at_high) in MOMENT_TOTALS.items():
        row = f"| `{tool}` | `{moment}` "
        assert row in readme, row
        line = readme[readme.index(row) :].split("\n", 1)[0]
        assert line.endswith(f"| {at_low} min | {at_high} min |"), line


# ------------------------------------------------------------------------------ every schedule


def test_the_sheet_says_the_group_its_times_were_computed_for(cli) -> None:
    result = cli("sheet", "time-out", "--participants", "10", "--format", "md", "--lang", "fr")
    assert result.exit_code == 0, result
    text = result.stdout.replace("\u00a0", " ")
    assert "3 h 05 · horaires calculés pour 10 participants" in text
    assert "| Tour de présentation | 32 min |" in text
    typical = cli("sheet", "time-out", "--format", "md", "--lang", "fr").stdout
    said = "2 h 53 · horaires calculés pour 7 participants"
    assert said in typical.replace("\u00a0", " ")


def test_list_gives_each_tools_minutes_for_the_group(cli) -> None:
    result = cli("list", "--participants", "30", "--json")
    assert result.exit_code == 0, result
    colle = next(t for t in json.loads(result.stdout) if t["id"] == "colle-ton-avis")
    # its short form takes 40 minutes at thirty, but holds eighteen: the whole card is the form
    assert (colle["duration"], colle["shortest"]) == (56, 56)
    at_18 = cli("list", "--participants", "18", "--json")
    colle = next(t for t in json.loads(at_18.stdout) if t["id"] == "colle-ton-avis")
    assert (colle["duration"], colle["shortest"]) == (46, 30)
    small = cli("list", "--participants", "6", "--minutes", "36", "--json")
    ids = [t["id"] for t in json.loads(small.stdout)]
    assert "colle-ton-avis" in ids  # 36 min for six people, 56 for thirty


def test_plan_is_timed_for_the_group(cli) -> None:
    result = cli("plan", "time-out:short", "--participants", "3", "--format", "md", "--lang", "en")
    assert result.exit_code == 0, result
    assert "24 min · times computed for 3 participants" in result.stdout.replace("\u00a0", " ")


def test_the_run_plans_each_step_for_the_group() -> None:
    from datetime import datetime

    from innovkit.live.drafts import new_draft

    card = builtin("time-out")
    draft = new_draft(
        card, None, datetime(2026, 12, 1, 9, 0), participants=10, record=False, lang="en"
    )
    show = next(s for s in draft.steps if s.step_id == "show-and-tell")
    assert show.planned == 32 * 60
    typical = new_draft(card, None, datetime(2026, 12, 1, 9, 0), record=False, lang="en")
    assert next(s for s in typical.steps if s.step_id == "show-and-tell").planned == 23 * 60


def test_suggest_fits_the_time_for_the_group(cli) -> None:
    big = cli("suggest", "--minutes", "50", "--participants", "30", "--json")
    small = cli("suggest", "--minutes", "50", "--participants", "6", "--json")
    assert big.exit_code == 0 and small.exit_code == 0, (big, small)
    forms = {s["id"]: s for s in json.loads(big.stdout)}
    # the whole takes 56 at thirty, and the short form (40) holds eighteen at most
    assert "colle-ton-avis" not in forms
    assert {s["id"]: s for s in json.loads(small.stdout)}["colle-ton-avis"]["minutes"] == 36
    at_18 = cli("suggest", "--minutes", "35", "--participants", "18", "--json")
    assert {s["id"]: s for s in json.loads(at_18.stdout)}["colle-ton-avis"]["minutes"] == 30


def test_the_readme_table_gives_the_same_totals() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for tool, (low, at_low, high, at_high) in TOTALS.items():
        row = f"| `{tool}` | {low}–{high} | {at_low} min | {at_high} min |"
        assert row in readme, row


def test_the_sheet_and_show_say_how_a_steps_time_is_made(cli) -> None:
    sheet = cli("sheet", "time-out", "--participants", "10", "--format", "md", "--lang", "fr")
    text = sheet.stdout.replace("\u00a0", " ")
    assert "5. Tour de présentation — 32 min (2 min + 3 min par personne)" in text
    walls = cli("sheet", "echecs-and-mates", "-p", "25", "--format", "txt", "--lang", "en")
    assert "16 min (6 min + 2 min per group of 4 to 6)" in walls.stdout.replace("\u00a0", " ")
    show = cli("show", "time-out", "--lang", "fr", env={"COLUMNS": "200"})
    said = show.stdout.replace("\u00a0", " ")
    assert "173 min (pour 7 participants)" in said
    assert "Tour de présentation  (23 min · 2 min + 3 min par personne)" in said


def test_a_journal_session_is_planned_for_its_group() -> None:
    from innovkit.journal.building import edit_session, new_session

    card = builtin("time-out")
    assert new_session(card, participants="10").planned_minutes == 185
    assert new_session(card).planned_minutes == 173  # the typical group: 7
    short = new_session(card, participants="3", variant="short")
    assert short.planned_minutes == 24
    assert edit_session(card, short, variant="single-block").planned_minutes == 77
    # far beyond the card's maximum, a step grows to a day at most: the session can be recorded
    crowd = new_session(card, participants="100000")
    assert crowd.planned_minutes == 24 * 60 + 55 + 15 + 55 + 24 * 60 + 10


def test_audace_ups_round_of_dares_is_timed_by_tables_and_holds_at_twenty() -> None:
    """Beyond fifteen, the round went « par tables de cinq » but stayed timed as a plenary (22
    min at 20): each table now brings back each dare's fate, and the step counts its tables."""
    card = builtin("audace-up").at_moment("report-back")
    (round_of_dares,) = [s for s in card.steps if s.id == "dare-round"]
    assert [round_of_dares.minutes_for(n) for n in (6, 12, 20)] == [10, 12, 16]
    assert round_of_dares.minutes_for(20) * 60 / 20 >= 45  # a minute each, at every table
