"""A short form's framing agrees with its steps: no invitation, objective, role, material,
preparation, debrief question or checklist item printed for a timed form of a built-in card
speaks of more minutes or hours than the form lasts (the facilitator's fourth read, issue 12:
six short sheets printed the full form's framing — la-balade's « douze minutes », time-out's
« de 14 h à 17 h »…). ``test_short_forms.py`` does the same for the steps."""

from __future__ import annotations

import re

import pytest

from innovkit.cards.catalogue import load_catalogue
from test_short_forms import WORDS, durations, forms

HOURS = {"fr": r"heures?\b", "en": r"hours?\b"}
# « de 14 h à 17 h », « from 2 to 5 pm »: a slot said by its clock times
SLOT = {
    "fr": r"\bde (\d{1,2})\s*h(?:\s*(\d\d))?\s+à\s+(\d{1,2})\s*h(?:\s*(\d\d))?",
    "en": r"\b(\d{1,2})(?::(\d\d))?\s*(?:am|pm)?\s+to\s+(\d{1,2})(?::(\d\d))?\s*(?:am|pm)",
}


def spans(text: str, lang: str) -> list[int]:
    """Every length of time ``text`` speaks of, in minutes: « dix minutes », « trois heures »,
    « de 14 h à 17 h »."""
    found = durations(text, lang)
    words = "|".join(sorted(map(re.escape, WORDS[lang]), key=len, reverse=True))
    # « trois heures », "three protected hours"
    pattern = rf"\b(\d+|{words})[\s\u00a0\u202f]+(?:[a-z-]+\s+)?(?:{HOURS[lang]})"
    for match in re.finditer(pattern, text, flags=re.IGNORECASE):
        number = match.group(1).lower()
        found.append(60 * (int(number) if number.isdigit() else WORDS[lang][number]))
    for match in re.finditer(SLOT[lang], text.replace("\u00a0", " "), flags=re.IGNORECASE):
        start = int(match.group(1)) * 60 + int(match.group(2) or 0)
        end = int(match.group(3)) * 60 + int(match.group(4) or 0)
        found.append((end - start) % (12 * 60) if lang == "en" else end - start)
    return found


def framing_texts(card, lang: str, after: bool = True) -> list[str]:
    """Everything a form's sheet and run say around its steps (without the checklist's
    « après », whose times are deadlines — « sous 48 h » —, with ``after`` false)."""
    texts = [card.invitation(lang)]
    texts += [t(lang) for t in (*card.objectives, *card.materials, *card.preparation)]
    texts += [f"{r.name(lang)} — {r.does(lang)}" for r in card.roles]
    texts += [t(lang) for t in card.debrief]
    phases = ("during", "after") if after else ("during",)
    texts += [t(lang) for phase in phases for t in card.checklist_phase(phase)]
    return texts


@pytest.mark.parametrize(("card", "variant"), list(forms()))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_framing_speaks_of_more_time_than_the_form_lasts(card, variant, lang) -> None:
    largest = card.variant_size(card.variant(variant))[1]
    lasts = card.minutes(largest, variant)
    # and what its steps say the facilitator says and does (each step's instructions are held
    # to the step's own minutes by test_short_forms.py)
    said_in_steps = [t(lang) for step in card.form(variant) for t in (*step.prompts, *step.tips)]
    over = [
        f"{said} min > {lasts}: {text}"
        for text in [*framing_texts(card.in_form(variant), lang, after=False), *said_in_steps]
        if (said := max(spans(text, lang), default=0)) > lasts
    ]
    assert not over, "\n".join(over)


def test_the_time_spans_are_read_in_words_in_figures_and_by_the_clock() -> None:
    assert spans("le premier jeudi du mois, de 14 h à 17 h", "fr") == [180]
    assert spans("Si vous aviez trois heures protégées", "fr") == [180]
    assert spans("the first Thursday of the month, 2 to 5 pm", "en") == [180]
    assert spans("If you had three protected hours", "en") == [180]
    assert spans("au bout de douze minutes de marche", "fr") == [12]
    assert spans("deux à quatre semaines plus tard", "fr") == []


def short(tool: str):
    card = load_catalogue().find(tool)
    return card, card.in_form("short")


def words_of(card, lang: str) -> str:
    return " ".join(" ".join(framing_texts(card, lang)).replace("\u00a0", " ").split())


def test_la_balades_short_timekeeper_turns_back_after_eight_minutes() -> None:
    card, form = short("la-balade")
    keeper = {r.id: r for r in form.roles}["timekeeper"]
    assert "huit minutes" in keeper.does("fr") and "eight-minute" in keeper.does("en")
    assert "note-taker" not in {r.id for r in form.roles}  # the timekeeper notes, as its steps say
    assert "douze minutes" in {r.id: r for r in card.roles}["timekeeper"].does("fr")
    assert "deux ou trois" in words_of(form, "fr") and "two or three" in words_of(form, "en")


def test_regard_en_visites_short_form_has_no_host() -> None:
    card, form = short("regard-en-visite")
    assert "host" in {r.id for r in card.roles}
    assert "host" not in {r.id for r in form.roles}
    for lang, host in (("fr", "hôte"), ("en", "host")):
        assert host not in words_of(form, lang).lower()
        assert host not in " ".join(t(lang) for s in form.form("short") for t in s.tips).lower()


def test_echecs_and_mates_short_form_has_no_trophy_and_one_speaker() -> None:
    card, form = short("echecs-and-mates")
    assert "troph" in words_of(card, "fr")
    for lang in ("fr", "en"):
        assert "troph" not in words_of(form, lang).lower()
    assert [r.id for r in form.roles if r.id.startswith("speaker")] == ["speaker"]
    assert "sept minutes" in words_of(form, "fr") and "seven minutes" in words_of(form, "en")
    story = {s.id: s for s in form.form("short")}["first-story"].instructions
    assert "Sept minutes de récit" in story("fr") and "Seven minutes of" in story("en")


def test_time_outs_short_form_is_not_an_afternoon() -> None:
    card, form = short("time-out")
    assert "de 14 h à 17 h" in words_of(card, "fr")
    assert "trois heures" in card.invitation("fr")
    for lang, afternoon in (("fr", "trois heures"), ("fr", "14 h"), ("en", "three"), ("en", "pm")):
        assert afternoon not in words_of(form, lang), (lang, afternoon)
    assert "seize minutes" in form.invitation("fr") and "sixteen" in form.invitation("en")
    assert "relay" not in {r.id for r in form.roles}  # no cover person for a half-hour


def test_colle_ton_avis_short_form_has_no_volunteer_clusterers() -> None:
    card, form = short("colle-ton-avis")
    assert "clusterers" in {r.id for r in card.roles}
    assert "clusterers" not in {r.id for r in form.roles}
    facilitator = {r.id: r for r in form.roles}["facilitator"].does
    assert "regroupe" in facilitator("fr") and "clusters" in facilitator("en")
    assert "une modification concrète" in words_of(form, "fr")


def test_point_silences_short_form_has_no_final_word() -> None:
    card, form = short("point-silence")
    assert "mot final" in words_of(card, "fr")
    final = (("fr", "mot final"), ("fr", "tour de"), ("fr", "passer leur tour"), ("en", "round"))
    for lang, word in (*final, ("en", "one-word"), ("en", "closing")):
        assert word not in words_of(form, lang), (lang, word)
    assert "deux minutes" in form.invitation("fr") and "two minutes" in form.invitation("en")
