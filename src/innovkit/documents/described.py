"""The sheet of a described variant (``sheet TOOL --variant taster``): a form told in words
rather than timed step by step — its name and the group it holds, its description (a taster's
says what it leaves out), the steps of the full form it stands in for, the materials and the
debrief. Plain strings in one language; the templates lay them out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from innovkit import dates
from innovkit.cards.sizes import beyond_size, size_words
from innovkit.i18n import tr_in

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Card, Variant
    from innovkit.documents.options import SheetOptions


def is_described(card: Card, variant: str | None) -> bool:
    """Whether ``variant`` names a described (untimed) variant of ``card``."""
    return bool(variant) and not card.variant(variant).structured


def described_context(card: Card, catalogue: Catalogue, options: SheetOptions) -> dict[str, Any]:
    """Everything a described variant's sheet shows, in ``options.lang``."""
    lang = options.lang
    assert options.variant
    card = card.in_form(options.variant)
    variant: Variant = card.variant(options.variant)
    own = variant.framing or {}
    lever = catalogue.levers.get(card.lever)
    people = options.participants or card.typical
    low, high = card.variant_size(variant)
    full = card.plan(None, people)
    minutes = sum(step.minutes for step in full)
    command = f"innovkit sheet {card.id}" + (f" -p {people}" if options.participants else "")
    return {
        "id": card.id,
        "name": card.name(lang),
        "lever": lever.name(lang) if lever else card.lever,
        "variant": variant.name(lang),
        "description": variant.description(lang) if variant.description else "",
        "group": size_words(card, variant, lang),
        "group_short": tr_in(lang, "documents.group_short", min=low, max=high),
        "expected": options.participants,
        "warning": beyond_size(card, options.variant, options.participants, lang),
        "setting": ", ".join(tr_in(lang, f"documents.setting_{s}") for s in card.setting),
        "full_note": tr_in(
            lang,
            "documents.full_form_note",
            duration=dates.format_duration(minutes, lang),
            count=people,
        ),
        "full_steps": [
            {"title": s.title(lang), "duration": dates.format_duration(s.minutes, lang)}
            for s in full
        ],
        "full_command": command,
        "materials": [t(lang) for t in card.materials],
        "debrief": [t(lang) for t in card.debrief],
        # the form's own lists need no « the tool's own: keep what this form needs »
        "own_materials": "materials" in own,
        "own_debrief": "debrief" in own,
        "credits": card.credits(lang),
    }
