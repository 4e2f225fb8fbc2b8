"""The built-in cards: complete, bilingual, consistent, and true to the card format."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from innovkit.cards.carddata import card_data
from innovkit.cards.catalogue import load_catalogue
from innovkit.cards.checks import parse_levers
from innovkit.cards.files import load_card, read_yaml
from innovkit.paths import builtin_cards_dir

TOOLS = {
    "cadran-total": "contrainte",
    "colle-ton-avis": "remise-en-question",
    "la-balade": "echanges",
    "regard-en-visite": "curiosite",
    "point-silence": "bien-etre",
    "audace-up": "audace",
    "echecs-and-mates": "determination",
    "essais-libres": "experimentation",
    "en-immersion": "bienveillance",
    "dans-la-peau-de-walt": "reve",
    "apprenons-nous": "diversite",
    "time-out": "temps",
}
CARD_FILES = sorted(p for p in builtin_cards_dir().glob("*.yaml") if p.name != "levers.yaml")


def card_id(path: Path) -> str:
    return path.stem


def test_the_twelve_tools_load_without_any_problem() -> None:
    catalogue = load_catalogue()
    assert catalogue.problems == []
    assert {card.id: card.lever for card in catalogue.tools.values()} == TOOLS


def test_every_lever_has_exactly_one_tool() -> None:
    catalogue = load_catalogue()
    assert len(catalogue.levers) == 12
    for lever in catalogue.levers:
        assert len(catalogue.tools_for(lever)) == 1, lever


def test_levers_are_bilingual() -> None:
    path = builtin_cards_dir() / "levers.yaml"
    levers = parse_levers(read_yaml(path), str(path), bilingual=True)
    assert [lever.id for lever in levers] == list(dict.fromkeys(TOOLS.values()))


@pytest.mark.parametrize("path", CARD_FILES, ids=card_id)
def test_card_validates_in_both_languages(path: Path) -> None:
    card = load_card(path, bilingual=True)  # every text must carry fr and en
    french, english = card_data(card, "fr"), card_data(card, "en")
    assert _shape(french) == _shape(english)
    assert french["summary"] != english["summary"]
    assert french["steps"][0]["instructions"] != english["steps"][0]["instructions"]


@pytest.mark.parametrize("path", CARD_FILES, ids=card_id)
def test_card_is_complete_enough_to_run_from(path: Path) -> None:
    card = load_card(path, bilingual=True)
    # A tool in several moments (en-immersion's day, then its debrief) counts them all.
    every_step = [s for m in card.moments for s in m.steps] or list(card.steps)
    assert len(every_step) >= 4
    assert all(len(m.steps) <= 8 for m in card.moments) and len(card.steps) <= 8
    for step in every_step:
        assert step.prompts, step.id
        assert step.tips, step.id
        assert len(step.instructions("fr")) > 80, step.id
    assert len(card.debrief) >= 3
    assert all(card.checklist[phase] for phase in ("before", "during", "after"))
    assert len(card.outcomes) >= 3
    assert len(card.pitfalls) >= 3
    variants = {variant.id: variant for variant in card.variants}
    shortened = variants.get("short") or variants["condensed"]  # en-immersion: a taster too
    assert shortened.structured
    assert sum(shortened.steps.values()) < card.duration
    assert variants["remote"].description is not None
    assert variants["large-group"].description is not None
    assert "Antibes" in card.credits("fr") and "Antibes" in card.credits("en")
    assert card.participants_min <= card.participants_max


@pytest.mark.parametrize("path", CARD_FILES, ids=card_id)
def test_duration_is_derived_from_the_steps(path: Path) -> None:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert "duration" not in raw
    card = load_card(path, bilingual=True)
    group = raw["participants"]
    typical = group.get("typical") or (group["min"] + group["max"] + 1) // 2
    # A tool in several moments lasts as long as its first: the session itself.
    first = {s.id for s in card.steps}
    raw_steps = [step for step in raw["steps"] if step["id"] in first]
    assert card.duration == sum(_raw_minutes(step, {}, typical) for step in raw_steps)
    timed = [v for v in raw["variants"] if v.get("steps")]
    short = next((v for v in timed if v["id"] == "short"), timed[0])
    # a form that holds a smaller group is timed for the typical group within its own
    size = short.get("participants") or {}
    held = min(max(typical, size.get("min", group["min"])), size.get("max", group["max"]))
    expected = [
        _raw_minutes(step, short["steps"][step["id"]], held)
        for step in raw_steps
        if step["id"] in short["steps"]
    ]
    assert [s.minutes for s in card.plan(short["id"])] == expected
    assert card.shortest == min(card.duration, sum(expected))


def _raw_minutes(step: dict, form: dict | int, people: int) -> int:
    """A step's minutes for ``people``, worked out from the card file alone: its fixed minutes
    (or the form's), a minute per 60 s of per-person time begun, per-group minutes per group."""
    own = form if isinstance(form, dict) else {"minutes": form} if form else {}
    value = {**step, **own}
    minutes = value["minutes"] + -(-value.get("per_person_seconds", 0) * people // 60)
    split = step.get("split")
    if value.get("per_group_minutes"):
        named = {"pairs": (2, 2), "trios": (3, 3)}
        size = named[split] if isinstance(split, str) else (split["min"], split["max"])
        groups = people // size[0] if size[0] == size[1] else -(-people // size[1])
        minutes += value["per_group_minutes"] * max(1, groups)
    return minutes


@pytest.mark.parametrize("path", CARD_FILES, ids=card_id)
def test_french_typography(path: Path) -> None:
    card = card_data(load_card(path, bilingual=True), "fr")
    texts = list(_strings(card))
    for text in texts:
        # guillemets and high punctuation take a non-breaking space, never a plain one
        assert "« " not in text and " »" not in text, text
        assert not re.search(r" [!?;:]", text), text
    assert card["name"].startswith("«\u00a0")


@pytest.mark.parametrize("path", CARD_FILES, ids=card_id)
def test_outcome_fields_never_ask_for_names(path: Path) -> None:
    card = load_card(path, bilingual=True)
    for outcome in card.outcomes:
        label = outcome.label("en").lower()
        assert "name of" not in label and "names" not in label, outcome.id


def _shape(value: object) -> object:
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shape(item) for item in value]
    return type(value).__name__


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _words_one_character_at_a_time(text: str) -> list[str]:
    """``lookup.words`` as first written: the meaning its faster form must keep."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(ch if ch.isalnum() else " " for ch in plain).split()


@given(st.text(st.characters(codec=None)) | st.text("Éé_-  àç!ßﬁ²½٣Ⅻ\u0301\u00a0aZ9"))
def test_words_keeps_its_meaning(text: str) -> None:
    from innovkit.cards.lookup import words

    assert words(text) == _words_one_character_at_a_time(text)
    assert words("Échecs_and-mates, ÉTÉ 2026") == ["echecs", "and", "mates", "ete", "2026"]
