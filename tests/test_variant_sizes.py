"""The group a tool's form holds (issue 12, the facilitator's second read): a variant says its
size, the sheet, run and plan say when they print it beyond, ``suggest`` does not propose it
for a group it does not hold, a sheet of the whole card lists the other forms, and a described
variant prints a sheet of its own."""

from __future__ import annotations

import json
import re

import pytest

from innovkit.cards.catalogue import load_catalogue
from innovkit.cards.model import SHORT_ENOUGH, SHORT_FORM
from innovkit.cards.suggest import suggest

FRENCH = "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze"
ENGLISH = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
NUMBERS = {
    "fr": [*FRENCH.split(), "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"],
    "en": [*ENGLISH.split(), "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"],
}

# Every variant whose description states the group it holds, in the description's own words.
STATED = {
    ("la-balade", "short"): ("jusqu’à douze personnes", "for up to twelve people", None, 12),
    ("colle-ton-avis", "short"): ("jusqu’à dix-huit personnes", "up to eighteen people", None, 18),
    ("apprenons-nous", "short"): ("douze personnes au plus", "twelve people at most", None, 12),
    ("regard-en-visite", "short"): ("pour six à dix personnes", "for six to ten people", 6, 10),
    ("en-immersion", "taster"): ("de quatre à huit collègues", "of four to eight colleagues", 4, 8),
    ("dans-la-peau-de-walt", "three-chairs"): (
        "pour trois à six personnes",
        "for three to six people",
        3,
        6,
    ),
}
# « jusqu’à N personnes » that is not the form's size: the time it keeps up to N (beyond, the
# description says how long), or when its tables split.
NOT_A_SIZE = re.compile(r"demi-heure jusqu’à|Jusqu’à six personnes, un seul îlot")
SIZE_FR = re.compile(
    r"(?:jusqu’à|pour) ([a-z-]+)(?: à ([a-z-]+))? personnes"
    r"|de ([a-z-]+) à ([a-z-]+) (?:personnes|collègues)|([a-z-]+) personnes au plus"
)


def word(number: int, lang: str) -> str:
    return NUMBERS[lang][number - 1]


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def test_each_stated_size_is_the_variants_field_in_both_languages(catalogue) -> None:
    for (tool, ident), (french, english, low, high) in STATED.items():
        card = catalogue.tools[tool]
        variant = card.variant(ident)
        assert french in variant.description("fr").replace("\u00a0", " "), (tool, ident)
        assert english in variant.description("en"), (tool, ident)
        assert (variant.participants_min or None, variant.participants_max) == (low, high)


def test_a_size_field_and_its_description_say_the_same_numbers(catalogue) -> None:
    """Every sized variant is in the table above, and its numbers are words of both its
    descriptions; every size a French description states is in its field."""
    for card in catalogue.tools.values():
        for variant in card.variants:
            if variant.sized:
                assert (card.id, variant.id) in STATED, (card.id, variant.id)
                for lang in ("fr", "en"):
                    said = variant.description(lang)
                    for number in (variant.participants_min, variant.participants_max):
                        assert not number or word(number, lang) in said, (card.id, lang, number)
            said = NOT_A_SIZE.sub("", (variant.description or card.name)("fr"))
            for found in SIZE_FR.finditer(said):
                numbers = [w for w in found.groups() if w and w in NUMBERS["fr"]]
                stated = [NUMBERS["fr"].index(w) + 1 for w in numbers]
                if stated and all(card.fits(n) for n in stated):
                    assert variant.sized, (card.id, variant.id, found.group(0))
                    assert stated[-1] == variant.participants_max, (card.id, variant.id)


def test_a_sized_short_form_keeps_to_thirty_minutes_up_to_its_largest_group(catalogue) -> None:
    for card in catalogue.tools.values():
        short = next((v for v in card.variants if v.id == SHORT_FORM and v.sized), None)
        if short is not None:
            high = card.variant_size(short)[1]
            assert card.minutes(high, SHORT_FORM) <= SHORT_ENOUGH, (card.id, high)
    # colle-ton-avis « jusqu’à dix-huit personnes » no longer says forty minutes for thirty
    short = catalogue.tools["colle-ton-avis"].variant(SHORT_FORM)
    assert "quarante" not in short.description("fr") and "forty" not in short.description("en")
    assert catalogue.tools["colle-ton-avis"].minutes(18, SHORT_FORM) <= SHORT_ENOUGH


SHEET_SAYS = {
    "fr": "«\u00a0Version courte\u00a0» tient jusqu’à 12\u00a0personnes\u00a0; pour 24, prévoyez "
    "la version complète ou deux groupes.",
    "en": "“Short version” holds up to 12 people; for 24, plan the full version or two groups.",
}


def flat(text: str) -> str:
    """Text as read: lines and non-breaking spaces joined as plain spaces."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("> ", ""))


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_a_variant_printed_beyond_its_size_says_so_and_still_prints(cli, lang, fmt) -> None:
    result = cli(
        "sheet", "la-balade", "--variant", "short", "-p", "24", "--lang", lang, "--format", fmt
    )
    assert result.exit_code == 0, result
    sentence = flat(SHEET_SAYS[lang])
    said = flat(result.stdout)
    assert sentence in said
    # near the duration: before the steps (the timeline table in HTML, the invitation else)
    after = '<section class="timeline">' if fmt == "html" else "INVIT" if fmt == "txt" else "## "
    assert said.index(sentence) < said.index(
        after, said.index("Version courte" if lang == "fr" else "Short version")
    )
    assert "la-balade" in flat(result.stderr) or "la balade" in flat(result.stderr)
    assert "12" in result.stderr and "24" in result.stderr
    assert result.stderr.count("\n") == 1  # one sentence


def test_the_warning_sits_near_the_duration_on_paper(cli) -> None:
    text = cli(
        "sheet", "la-balade", "--variant", "short", "-p", "24", "--lang", "fr", "--format", "txt"
    ).stdout
    lines = text.splitlines()
    duration = next(i for i, line in enumerate(lines) if line.strip().startswith("Durée"))
    warning = next(i for i, line in enumerate(lines) if "tient jusqu’à 12" in line)
    assert 0 < warning - duration <= 7


@pytest.mark.parametrize(
    "args",
    [
        ("sheet", "la-balade", "--variant", "short", "-p", "12"),
        ("sheet", "la-balade", "-p", "24"),
        ("sheet", "la-balade", "--variant", "short"),
    ],
)
def test_no_warning_when_the_form_holds_the_group(cli, args) -> None:
    result = cli(*args, "--lang", "fr", "--format", "txt")
    assert result.exit_code == 0, result
    assert "tient jusqu’à" not in flat(result.stdout + result.stderr)


def test_run_and_plan_say_it_too(cli) -> None:
    ran = cli(
        "run", "colle-ton-avis", "--variant", "short", "-p", "30", "--no-input", "--lang", "en"
    )
    assert ran.exit_code == 0, ran
    assert "holds up to 18 people; for 30" in flat(ran.stderr)
    planned = cli("plan", "regard-en-visite:short", "la-balade", "-p", "15", "--lang", "fr")
    assert planned.exit_code == 0, planned
    said = flat(planned.stderr)
    assert "tient jusqu’à 10 personnes ; pour 15" in said
    assert said.count("tient jusqu’à") == 1  # la-balade's whole card holds fifteen
    quiet = cli("plan", "regard-en-visite:short", "-p", "8", "--lang", "fr")
    assert quiet.exit_code == 0 and "tient" not in quiet.stderr


def test_suggest_does_not_propose_a_form_for_a_group_it_does_not_hold(catalogue) -> None:
    """apprenons-nous' short form (« douze personnes au plus ») fits half an hour at 24 (29
    min), but not the group."""
    from datetime import date

    at_24 = suggest(catalogue, {}, date(2026, 12, 2), "fr", minutes=30, participants=24)
    assert all(s.card.id != "apprenons-nous" for s in at_24), [
        (s.card.id, s.variant) for s in at_24
    ]
    at_12 = suggest(catalogue, {}, date(2026, 12, 2), "fr", minutes=30, participants=12)
    assert any(s.card.id == "apprenons-nous" and s.variant == SHORT_FORM for s in at_12)


def test_list_keeps_a_short_form_only_for_a_group_it_holds(cli) -> None:
    """``list --minutes 30 -p 24``: apprenons-nous' short form takes 29 minutes at 24 but holds
    twelve; at 12 it is listed."""
    at_24 = cli("list", "--minutes", "30", "-p", "24", "--json")
    assert "apprenons-nous" not in {tool["id"] for tool in json.loads(at_24.stdout)}
    at_12 = cli("list", "--minutes", "30", "-p", "12", "--json")
    assert "apprenons-nous" in {tool["id"] for tool in json.loads(at_12.stdout)}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_a_whole_sheet_lists_the_other_forms(cli, catalogue, lang, fmt) -> None:
    result = cli("sheet", "la-balade", "-p", "20", "--lang", lang, "--format", fmt)
    assert result.exit_code == 0, result
    said = flat(result.stdout)
    card = catalogue.tools["la-balade"]
    heading = "Autres formes" if lang == "fr" else "Other forms"
    assert heading.lower() in said.lower()
    for variant in card.variants:
        if fmt == "html":  # two lines across the page: each form's id after its name
            assert f"<code>{variant.id}</code>" in said and "<code>--variant …</code>" in said
        else:  # one line each, with the command that prints it
            assert f"innovkit sheet la-balade --variant {variant.id} -p 20" in said
        assert flat(variant.name(lang)).replace("’", "&#39;")[:20] in said.replace("’", "&#39;")
    short = card.minutes(20, "short")
    assert f"{short} min" in said
    assert ("4 à 12 personnes" if lang == "fr" else "4 to 12 people") in said


def test_a_sheet_of_one_form_or_of_a_later_moment_lists_none(cli) -> None:
    short = cli("sheet", "la-balade", "--variant", "short", "--lang", "fr", "--format", "txt")
    assert "AUTRES FORMES" not in short.stdout
    later = cli("sheet", "audace-up", "--moment", "report-back", "--lang", "fr", "--format", "txt")
    assert later.exit_code == 0, later
    assert "AUTRES FORMES" not in later.stdout


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_a_described_variant_prints_its_own_sheet(cli, catalogue, lang, fmt) -> None:
    result = cli("sheet", "en-immersion", "--variant", "taster", "--lang", lang, "--format", fmt)
    assert result.exit_code == 0, result
    assert result.stderr == ""
    said = flat(result.stdout)
    card = catalogue.tools["en-immersion"]
    taster = card.variant("taster")
    framed = card.in_form("taster")  # the taster's own debrief and materials
    for text in (
        card.name(lang),
        taster.name(lang),
        framed.debrief[0](lang),
        framed.materials[0](lang),
    ):
        assert flat(text)[:40] in said or flat(text)[:40].replace("’", "&#39;") in said, text
    assert ("laisse de côté" if lang == "fr" else "leaves out") in said
    assert "innovkit sheet en-immersion" in said  # the full form, one command away
    assert ("4 à 8 personnes" if lang == "fr" else "4 to 8 people") in said


def test_a_described_variant_beyond_its_size_says_so(cli) -> None:
    result = cli(
        "sheet",
        "en-immersion",
        "--variant",
        "taster",
        "-p",
        "12",
        "--lang",
        "fr",
        "--format",
        "txt",
    )
    assert result.exit_code == 0, result
    assert "tient jusqu’à 8 personnes ; pour 12" in flat(result.stdout)
    assert "tient jusqu’à 8 personnes ; pour 12" in flat(result.stderr)


def test_a_described_variant_still_cannot_be_run(cli) -> None:
    result = cli("run", "en-immersion", "--variant", "taster", "--no-input", "--lang", "fr")
    assert result.exit_code == 2, result
    assert "Traceback" not in result.stderr


def test_show_gives_a_variants_group(cli) -> None:
    said = flat(cli("show", "la-balade", "--lang", "fr").stdout)
    assert "Version courte (" in said and "4 à 12 personnes)" in said
    data = json.loads(cli("show", "la-balade", "--json").stdout)
    sizes = {v["id"]: v["participants"] for v in data["variants"]}
    assert sizes["short"] == {"min": 4, "max": 12} and sizes["remote"] == {"min": 4, "max": 24}


def test_the_other_forms_say_which_does_not_hold_the_group(cli) -> None:
    said = flat(
        cli("sheet", "colle-ton-avis", "-p", "30", "--lang", "fr", "--format", "txt").stdout
    )
    assert "Version courte · 40 min · 6 à 18 personnes, pas pour 30" in said
    said = flat(cli("sheet", "colle-ton-avis", "-p", "12", "--lang", "en", "--format", "md").stdout)
    assert "6 to 18 people —" in said and "not for" not in said


@pytest.mark.parametrize(("tool", "group"), [("la-balade", "4 à 12"), ("colle-ton-avis", "6 à 18")])
def test_a_short_sheet_says_the_group_its_form_holds_and_is_timed_for_it(
    cli, catalogue, tool: str, group: str
) -> None:
    """Without -p, a short form is timed for the card's typical group within the group the
    form holds (not la-balade's fourteen for a form of twelve at most), and its sheet says the
    form's group, not the whole card's."""
    card = catalogue.tools[tool]
    short = card.variant("short")
    expected = min(card.typical, short.participants_max)
    sheet = cli("sheet", tool, "--variant", "short", "--format", "txt", "--lang", "fr").stdout
    said = " ".join(sheet.split())
    assert f"horaires calculés pour {expected} participants" in said
    assert f"Groupe : {group} personnes" in said
    assert card.minutes(None, "short") == card.minutes(expected, "short")
