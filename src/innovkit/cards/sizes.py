"""The group a tool's form holds: a variant's own size (``participants: {min, max}``), the
sentence said when a session prints a variant beyond it, and the card's other forms a sheet
lists at its end. Nothing here prints; every sentence is in the language asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from innovkit.dates import format_duration
from innovkit.i18n import tr

if TYPE_CHECKING:
    from innovkit.cards.model import Card, Variant


class OtherForm(NamedTuple):
    """One line of a sheet's « Autres formes » : a variant's name, its time for the group (none
    for a described form), the group it holds and the command that prints it."""

    id: str
    name: str
    duration: str | None
    size: str | None  # None: a form that states no group of its own (it holds the card's)
    command: str


def beyond_size(
    card: Card, variant: str | None, participants: int | None, lang: str, named: bool = False
) -> str | None:
    """The sentence for a variant printed for a group it does not hold (« « Version courte »
    tient jusqu’à 12 personnes ; pour 24, prévoyez la version complète ou deux groupes. »),
    naming the tool too with ``named`` (on stderr); ``None`` when the variant holds the group,
    or when no variant or no group is given."""
    if not variant or participants is None:
        return None
    chosen = card.variant(variant)
    if card.variant_fits(chosen, participants):
        return None
    low, high = card.variant_size(chosen)
    key = "sizes.beyond_max" if participants > high else "sizes.below_min"
    values = {"variant": chosen.name(lang), "min": low, "max": high, "count": participants}
    if named:
        return tr(f"{key}_of", lang, tool=card.name(lang), **values)
    return tr(key, lang, **values)


def size_words(card: Card, variant: Variant, lang: str) -> str:
    """« 4 à 12 personnes », « jusqu’à 12 personnes »: the group a variant holds."""
    low, high = card.variant_size(variant)
    if low == high:
        return tr("sizes.size_exactly", lang, count=low)
    return tr("sizes.size_range", lang, min=low, max=high)


def other_forms(card: Card, participants: int | None, lang: str) -> list[OtherForm]:
    """The card's variants, for the end of a sheet printed without ``--variant``: each with
    its time for this group (the form's typical group when none is given), the group it holds
    and the command that prints it. A later moment has none (its variants are the first's)."""
    forms = []
    for variant in card.variants:
        minutes = card.minutes(participants, variant.id) if variant.structured else None
        command = f"innovkit sheet {card.id} --variant {variant.id}"
        if participants is not None:
            command += f" -p {participants}"
        forms.append(
            OtherForm(
                id=variant.id,
                name=variant.name(lang),
                duration=None if minutes is None else format_duration(minutes, lang),
                size=_size_for(card, variant, participants, lang),
                command=command,
            )
        )
    return forms


def _size_for(card: Card, variant: Variant, participants: int | None, lang: str) -> str | None:
    """The group a form holds, for the list of other forms (« 4 à 12 personnes, pas pour 24 »
    when it does not hold this session's group); ``None`` when it states none."""
    if not variant.sized:
        return None
    size = size_words(card, variant, lang)
    if participants is not None and not card.variant_fits(variant, participants):
        return tr("sizes.not_for", lang, size=size, count=participants)
    return size
