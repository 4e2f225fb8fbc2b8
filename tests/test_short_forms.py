"""A short form says what its shorter steps do: no step's text, in any form of a built-in card,
speaks of more minutes than the step is given on the sheet (« Cinq minutes pour rêver… dix
minutes pour intégrer » printed in a 4-minute step was the facilitator's third read, issue 12)."""

from __future__ import annotations

import re

import pytest

from innovkit.cards.catalogue import load_catalogue

WORDS = {
    "fr": {
        "une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
        "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
        "vingt-cinq": 25, "trente": 30, "quarante": 40, "quarante-cinq": 45, "cinquante": 50,
        "soixante": 60, "quatre-vingt-dix": 90,
    },
    "en": {
        "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40,
        "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
    },
}  # fmt: skip
UNIT = {"fr": r"minutes?\b", "en": r"minutes?\b"}
WHOLE = {
    "fr": {"demi-heure": 30, "quart d’heure": 15, "quart d'heure": 15, "une heure": 60},
    "en": {"half an hour": 30, "quarter of an hour": 15, "one hour": 60},
}


def durations(text: str, lang: str) -> list[int]:
    """Every number of minutes ``text`` speaks of: « dix minutes », « 12 minutes », « une
    demi-heure »."""
    found = []
    words = "|".join(sorted(map(re.escape, WORDS[lang]), key=len, reverse=True))
    pattern = rf"\b(\d+|{words})[\s\u00a0\u202f]+(?:{UNIT[lang]})"
    for match in re.finditer(pattern, text, flags=re.IGNORECASE):
        number = match.group(1).lower()
        found.append(int(number) if number.isdigit() else WORDS[lang][number])
    low = text.lower()
    found += [minutes for words, minutes in WHOLE[lang].items() if words in low]
    return found


def forms():
    catalogue = load_catalogue()
    for tool in sorted(catalogue.entries):
        card = catalogue.find(tool)
        for variant in [v.id for v in card.variants if v.structured]:
            yield pytest.param(card, variant, id=f"{tool}-{variant}")


@pytest.mark.parametrize(("card", "variant"), list(forms()))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_step_speaks_of_more_minutes_than_it_is_given(card, variant, lang) -> None:
    chosen = card.variant(variant) if variant else None
    largest = (chosen.participants_max if chosen else 0) or card.participants_max
    given = {s.id: s.minutes for s in card.plan(variant, largest)}
    over = []
    for step in card.form(variant):
        said = [m for m in durations(step.instructions(lang), lang) if m > given[step.id]]
        if said:
            over.append(f"{step.id} ({given[step.id]} min): {said} — {step.instructions(lang)}")
    assert not over, "\n".join(over)


def test_the_durations_are_read_in_words_and_in_figures() -> None:
    assert durations("Cinq minutes pour rêver… dix minutes pour intégrer", "fr") == [5, 10]
    assert durations("au bout de 12 minutes, puis une demi-heure", "fr") == [12, 30]
    assert durations("Twenty minutes, then half an hour", "en") == [20, 30]
    assert durations("trois personnes, deux tours", "fr") == []
