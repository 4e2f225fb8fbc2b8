"""The warning said when a tool's variant is printed or run for a group it does not hold
(``sheet``, ``kit``, ``run`` and ``plan`` share it)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from innovkit.cli.console import warn

if TYPE_CHECKING:
    from innovkit.cards.model import Card


def warn_variant_size(
    cards: Iterable[Card], variant: str | None, people: int | None, lang: str
) -> None:
    """A variant asked for a group it does not hold: one sentence on stderr per tool, and the
    command goes on (the facilitator decides)."""
    from innovkit.cards.sizes import beyond_size

    for card in cards:
        sentence = beyond_size(card, variant, people, lang, named=True)
        if sentence:
            warn(sentence, lang)
