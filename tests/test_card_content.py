"""What the built-in cards say: short forms, facts and method rules a facilitator relies on."""

from __future__ import annotations

import pytest

from innovkit.cards.carddata import card_data
from innovkit.cards.files import load_card
from innovkit.cards.model import SHORT_ENOUGH, SHORT_FORM, TASTER
from innovkit.paths import builtin_cards_dir

CARD_FILES = sorted(p for p in builtin_cards_dir().glob("*.yaml") if p.name != "levers.yaml")

# Cards whose journal fields keep what people said (dares, lessons, echoes…): in a small group,
# a sentence written down word for word can point at its author.
VERBATIM_CARDS = [
    "apprenons-nous",
    "audace-up",
    "colle-ton-avis",
    "echecs-and-mates",
    "en-immersion",
    "essais-libres",
    "la-balade",
    "point-silence",
    "regard-en-visite",
    "time-out",
]
# The outcome fields that keep words people said, on the cards where the review found no rule.
VERBATIM_FIELDS = [
    ("colle-ton-avis", "wall_photos"),
    ("essais-libres", "lessons"),
    ("la-balade", "discoveries"),
    ("la-balade", "ideas_to_try"),
    ("time-out", "intentions"),
    ("time-out", "outputs"),
]


def card(tool: str):
    return load_card(builtin_cards_dir() / f"{tool}.yaml", bilingual=True)


def texts(tool: str, lang: str) -> list[str]:
    return list(_strings(card_data(card(tool), lang)))


def all_texts(lang: str) -> list[tuple[str, str]]:
    return [(path.stem, text) for path in CARD_FILES for text in texts(path.stem, lang)]


@pytest.mark.parametrize("path", CARD_FILES, ids=lambda p: p.stem)
def test_every_tool_has_a_short_form_or_a_named_taster(path) -> None:
    tool = load_card(path, bilingual=True)
    # timed for the card's typical group: steps per person or per sub-group count
    timed = {v.id: tool.minutes(tool.typical, v.id) for v in tool.variants if v.structured}
    tasters = [v for v in tool.variants if v.id == TASTER]
    assert timed.get(SHORT_FORM, SHORT_ENOUGH + 1) <= SHORT_ENOUGH or tasters, (tool.id, timed)
    for taster in tasters:  # a taster is described, and says what it leaves out
        assert not taster.structured
        assert "laisse de côté" in taster.description("fr")
        assert "leaves out" in taster.description("en")


@pytest.mark.parametrize("path", CARD_FILES, ids=lambda p: p.stem)
def test_a_form_called_short_is_short_for_the_typical_group(path) -> None:
    tool = load_card(path, bilingual=True)
    if any(v.id == SHORT_FORM for v in tool.variants):
        assert tool.minutes(tool.typical, SHORT_FORM) <= SHORT_ENOUGH, tool.id
        assert "short" in tool.variant(SHORT_FORM).name("en").lower() or tool.id == "point-silence"


def test_the_immersions_condensed_form_is_not_called_short() -> None:
    immersion = card("en-immersion")
    assert SHORT_FORM not in {v.id for v in immersion.variants}
    condensed = immersion.variant("condensed")
    assert immersion.minutes(immersion.typical, "condensed") > SHORT_ENOUGH
    assert "avant-goût" in condensed.description("fr") and "taster" in condensed.description("en")


def test_the_immersion_taster_says_what_it_leaves_out() -> None:
    taster = next(v for v in card("en-immersion").variants if v.id == TASTER)
    assert "20" in taster.description("fr") or "vingt" in taster.description("fr")
    assert "Quoi\u202f?" in taster.description("fr")
    assert "leaves out" in taster.description("en")
    assert "laisse de côté" in taster.description("fr")


def test_walts_short_form_keeps_the_three_roles_one_after_the_other() -> None:
    walt = card("dans-la-peau-de-walt")
    short = walt.variant("short")
    assert sum(short.steps.values()) <= SHORT_ENOUGH
    order = [step.id for step in walt.plan("short")]
    roles = [step for step in order if step in ("dreamer", "realist", "critic")]
    assert roles == ["dreamer", "realist", "critic"]
    for variant in walt.variants:  # no form plays the three roles at the same time
        if variant.description is not None:
            assert "chacun un rôle" not in variant.description("fr")
            assert "each plays one role" not in variant.description("en")


def test_the_zone_model_is_senningers() -> None:
    for lang in ("fr", "en"):
        assert not [tool for tool, text in all_texts(lang) if "Rohnke" in text]
    credits = card("audace-up").credits
    assert "Senninger" in credits("fr") and "Senninger" in credits("en")
    assert "2000" in credits("fr") and "2000" in credits("en")


def test_hyper_islands_grid_is_i_like_i_wish_i_wonder() -> None:
    for lang, wonder in (("fr", "je me demande"), ("en", "I wonder")):
        cited = [text for _, text in all_texts(lang) if "Hyper Island" in text]
        assert cited
        for text in cited:
            assert wonder in text, text


def test_the_anact_week_has_its_current_name() -> None:
    for tool, text in all_texts("fr"):
        assert "qualité de vie au travail" not in text, tool
        if "Semaine pour la qualité de vie" in text:
            assert "Semaine pour la qualité de vie et des conditions de travail" in text, tool


@pytest.mark.parametrize("unverified", ["Maurepas", "Vernon", "Nantes", "Vosges", "Aract"])
def test_immersion_cites_no_unverified_case(unverified: str) -> None:
    for lang in ("fr", "en"):
        assert not [text for text in texts("en-immersion", lang) if unverified in text]


def test_immersion_has_enough_people_for_its_cross_pairs() -> None:
    # listening pairs join two people from two different immersion pairs
    assert card("en-immersion").participants_min >= 4


def test_regard_en_visite_looks_before_the_host_explains() -> None:
    order = [step.id for step in card("regard-en-visite").steps]
    assert order.index("explore") < order.index("host-talk")
    assert order.index("shared-look") < order.index("host-talk")


def test_regard_en_visite_asks_the_unfamiliarity_it_records() -> None:
    visit = card("regard-en-visite")
    assert "unfamiliarity" in {outcome.id for outcome in visit.outcomes}
    close = visit.steps[-1]
    asked = [p("fr") for p in close.prompts if "dépays" in p("fr") and "5" in p("fr")]
    assert asked, "the exit round must ask the 1–5 unfamiliarity the journal records"


def test_la_balade_and_apprenons_nous_have_their_own_mechanisms() -> None:
    walk = card("la-balade")
    for lang in ("fr", "en"):
        assert "Impromptu" not in walk.credits(lang)
        assert "Impromptu" in card("apprenons-nous").credits(lang)
    back = next(step for step in walk.steps if step.id == "return")
    for lang, offer in (("fr", "offrir"), ("en", "offer")):
        said = [back.instructions(lang)] + [p(lang) for p in back.prompts]
        assert not [text for text in said if offer in text]


def test_la_balade_walks_no_longer_than_its_loop() -> None:
    walk = card("la-balade")
    walking = sum(s.minutes for s in walk.steps if s.id in ("outbound", "turnaround", "return"))
    assert walking <= 30  # the loop is announced as fifteen to thirty minutes


def test_time_out_show_and_tell_holds_at_its_largest_group() -> None:
    tool = card("time-out")
    show = next(step for step in tool.steps if step.id == "show-and-tell")
    # two minutes each, then applause and one question
    assert show.minutes_for(tool.participants_max) >= 3 * tool.participants_max


@pytest.mark.parametrize("tool", VERBATIM_CARDS)
def test_cards_that_keep_verbatims_say_to_generalise_them(tool: str) -> None:
    kept = card(tool)
    for lang, words in (("fr", ("généralis", "regroup")), ("en", ("generalis", "group"))):
        said = [o.help(lang) for o in kept.outcomes if o.help is not None]
        said += [item(lang) for item in kept.checklist["after"]]
        assert [text for text in said if all(word in text for word in words)], (tool, lang)


@pytest.mark.parametrize(("tool", "field"), VERBATIM_FIELDS)
def test_the_fields_that_keep_words_say_to_generalise_them(tool: str, field: str) -> None:
    kept = next(o for o in card(tool).outcomes if o.id == field)
    for lang, words in (("fr", ("généralis", "regroup")), ("en", ("generalis", "group"))):
        assert all(word in kept.help(lang) for word in words), (tool, field, lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("form", ["txt", "md", "html"])
def test_the_sheet_says_the_small_group_rule_where_the_journal_notes_are(cli, lang, form) -> None:
    result = cli("sheet", "colle-ton-avis", "--format", form, "--lang", lang)
    assert result.exit_code == 0, result
    text = " ".join(result.stdout.replace("\u00a0", " ").split())
    notes, rule = {
        "fr": ("noter pour le journal", "en petit groupe, généralisez ou regroupez les propos"),
        "en": ("Notes for the journal", "in a small group, generalise or group what was said"),
    }[lang]
    assert rule in text
    assert text.lower().index(notes.lower()) < text.index(rule)


def test_la_balades_walkers_share_their_twelve_minutes_by_how_many_they_are() -> None:
    walk = card("la-balade")
    for step in ("outbound", "return"):
        said = next(s for s in walk.steps if s.id == step).instructions
        assert "douze minutes" in said("fr") and "twelve minutes" in said("en")
    outbound = next(s for s in walk.steps if s.id == "outbound").instructions
    assert "six à deux" in outbound("fr") and "six in a pair" in outbound("en")
    walk_card = next(h for h in walk.handouts if h.id == "walk-card").content
    assert "six à deux" in walk_card("fr") and "six in a pair" in walk_card("en")


def test_colle_ton_avis_votes_column_by_column_beyond_fifteen() -> None:
    vote = next(s for s in card("colle-ton-avis").steps if s.id == "vote").instructions
    assert "Au-delà de quinze personnes, on vote par colonne" in vote("fr")
    assert "With more than fifteen people, vote column by column" in vote("en")


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.mark.parametrize(
    ("lang", "short", "condensed"),
    [
        ("fr", "(version courte : 30 min)", "(forme resserrée : 140 min)"),
        ("en", "(short version: 30 min)", "(condensed form: 140 min)"),
    ],
)
def test_list_calls_short_only_a_form_of_half_an_hour_or_less(cli, lang, short, condensed) -> None:
    result = cli("list", "--lang", lang, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result
    lines = result.stdout.replace("\u00a0", " ").splitlines()
    after = {line.split()[0]: lines[n + 1] for n, line in enumerate(lines[:-1]) if line[:1] != " "}
    assert condensed in after["en-immersion"]
    assert short in after["time-out"]


def test_time_out_kick_off_gives_each_intention_its_minute() -> None:
    kick_off = next(step for step in card("time-out").steps if step.id == "kick-off")
    # welcome and rules, then one minute each to write and say an intention
    assert kick_off.minutes_for(10) - kick_off.minutes_for(3) == 7
    assert kick_off.minutes_for(3) <= 11


def test_echecs_and_mates_announces_a_dated_follow_up() -> None:
    close = card("echecs-and-mates").steps[-1].instructions
    assert "[date]" in close("fr") and "[date]" in close("en")
    assert "éventuelle" not in close("fr") and "possible follow-up" not in close("en")


def test_cadran_total_records_the_first_step_it_asks_for_and_its_date() -> None:
    """Step 6 asks « le premier pas possible d’ici quinze jours, et qui le porte ? » and the
    checklist says to check in with its carrier on that date: both are recorded, the date as a
    follow-up (an action due that day, and a calendar event)."""
    outcomes = {o.id: o for o in card("cadran-total").outcomes}
    assert outcomes["first_step"].kind == "text" and outcomes["first_step"].required
    date_field = outcomes["first_step_date"]
    assert date_field.kind == "date" and date_field.required
    assert date_field.follow_up_days == 15
