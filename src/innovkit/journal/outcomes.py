"""A tool card's own journal fields (its ``outcomes``): reading typed values by the field's
kind, and showing them in words."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from innovkit import limits
from innovkit.dates import format_date, parse_date
from innovkit.errors import BadInput

if TYPE_CHECKING:
    from innovkit.cards.model import Card, Outcome


def whole_number(text: str) -> int | None:
    """A whole number as typed (``+3``, ``-1``, at most 9 digits), else ``None``."""
    value = str(text).strip()
    if re.fullmatch(r"[+-]?\d{1,9}", value):
        return int(value)
    return None


def split_list(text: str) -> list[str]:
    """The items of a list typed on one line, separated by « ; »."""
    return [part.strip() for part in str(text).split(";") if part.strip()]


def parse_outcome(card: Card, text: str) -> tuple[str, Any]:
    """``"KEY=VALUE"`` → ``(key, value)``, checked against the card's ``outcomes``."""
    raw = str(text)
    if "=" not in raw:
        raise BadInput("journal.outcome_format", value=raw.strip(), example=_example(card))
    key, value = raw.split("=", 1)
    outcome = find_outcome(card, key)
    return outcome.id, outcome_value(outcome, value)


def find_outcome(card: Card, key: str, lang: str | None = None) -> Outcome:
    """The outcome field of ``card`` named ``key``: its id (any case, ``-`` for ``_``) or its
    label in either language (« Contrainte tirée »), with or without accents."""
    from innovkit.cards.lookup import normalise

    wanted = key.strip().lower().replace("-", "_")
    for outcome in card.outcomes:
        if outcome.id == wanted:
            return outcome
    plain = normalise(key)
    for outcome in card.outcomes:
        if plain and plain in {normalise(text) for text in outcome.label.values.values()}:
            return outcome
    raise BadInput(
        "journal.unknown_outcome",
        key=key.strip(),
        tool=card.name,
        keys=lambda lang: ", ".join(f"{o.label(lang)} ({o.id})" for o in card.outcomes),
    )


def _example(card: Card) -> str:
    first = card.outcomes[0] if card.outcomes else None
    return f"{first.id}=…" if first else "clé=valeur"


def outcome_value(outcome: Outcome, text: Any) -> Any:
    """The value of one outcome field from what was typed (or given), by the field's kind.

    text → str; list → list of str (one line, items separated by « ; »); items → list of
    ``{"text", "status"}`` (see ``journal.items``); number → int or
    float (a French decimal comma is fine); scale → 1 to 5; date → ISO text; choice → the
    choice's id (typed as its id or its label in either language).
    """
    label = outcome.label
    if outcome.kind == "items":
        from innovkit.journal.items import item_values

        return item_values(outcome, text)
    if outcome.kind == "list":
        items = split_list(text) if isinstance(text, str) else [str(i).strip() for i in text]
        items = [item for item in items if item]
        if not items:
            raise BadInput("journal.outcome_empty", label=label, key=outcome.id)
        return items
    if isinstance(text, bool):
        raise BadInput("journal.outcome_empty", label=label, key=outcome.id)
    value = str(text).strip()
    if not value:
        raise BadInput("journal.outcome_empty", label=label, key=outcome.id)
    if outcome.kind == "number":
        return _number(value, label)
    if outcome.kind == "scale":
        number = whole_number(value)
        if number is None or not limits.MIN_MARK <= number <= limits.MAX_MARK:
            raise BadInput("journal.outcome_scale", label=label, value=value)
        return number
    if outcome.kind == "date":
        return parse_date(value, ahead=True).isoformat()  # a follow-up: « vendredi » is next
    if outcome.kind == "choice":
        return _choice(outcome, value)
    return value


def _number(value: str, label: Callable[[str], str]) -> int | float:
    cleaned = value.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace(",", ".")
    if re.fullmatch(r"\d{1,12}", cleaned):  # twelve digits: limits.MAX_NUMBER
        return int(cleaned)
    if re.fullmatch(r"\d{0,12}\.\d{1,6}", cleaned):
        number = float(cleaned)
        return int(number) if number.is_integer() else number
    raise BadInput("journal.outcome_number", label=label, value=value)


def _choice(outcome: Outcome, value: str) -> str:
    from innovkit.cards.lookup import name_words, normalise

    wanted = normalise(value)
    for choice in outcome.choices:
        names = {normalise(choice.id), *(normalise(t) for t in choice.label.values.values())}
        if wanted in names:
            return choice.id
    # A word of one label only: « aidé » for « Elle a aidé », "blocked" for its id.
    found = [c for c in outcome.choices if wanted in name_words(c.label.values.values())]
    if len(found) == 1:
        return found[0].id

    def choices(lang: str) -> str:
        return ", ".join(f"{c.label(lang)} ({c.id})" for c in outcome.choices)

    raise BadInput("journal.outcome_choice", label=outcome.label, value=value, choices=choices)


def missing_outcomes(card: Card, outcomes: dict[str, Any]) -> list[Outcome]:
    """The card's required outcome fields that are not filled in yet (those gathered at the
    moment the card is at, for a tool in several moments)."""
    return [o for o in card.asked_outcomes if o.required and o.id not in outcomes]


def describe_outcome(card: Card | None, key: str, value: Any, lang: str) -> str:
    """An outcome value in words: a choice's label, a date in full, a list joined."""
    outcome = card.outcome(key) if card is not None else None
    if outcome is not None and outcome.kind == "items":
        from innovkit.journal.items import describe_items

        return describe_items(outcome, value, lang)
    if outcome is not None and outcome.kind == "choice":
        for choice in outcome.choices:
            if choice.id == value:
                return choice.label(lang)
    if outcome is not None and outcome.kind == "date" and isinstance(value, str):
        try:
            return format_date(date.fromisoformat(value), lang)
        except ValueError:
            return value
    if isinstance(value, list):  # a dict: an item of a field since taken off the card
        return " ; ".join(
            " — ".join(map(str, item.values())) if isinstance(item, dict) else str(item)
            for item in value
        )
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if lang == "fr" else text
    return str(value)


def outcome_label(card: Card | None, key: str, lang: str) -> str:
    outcome = card.outcome(key) if card is not None else None
    return outcome.label(lang) if outcome is not None else key
