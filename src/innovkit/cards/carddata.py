"""A card as plain data in one language, keys as in the card format (``show --json``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from innovkit.cards.model import Card, Outcome, Role, Step, Text, Variant


def card_data(card: Card, lang: str) -> dict[str, Any]:
    """The whole card in one language, keys as in the card format (for ``show --json``)."""
    t = _in(lang)
    ts = _all_in(lang)
    return {
        "id": card.id,
        "version": card.version,
        "name": t(card.name),
        "lever": card.lever,
        "summary": t(card.summary),
        "invitation": t(card.invitation),
        "duration": card.duration,
        "shortest": card.shortest,
        "objectives": ts(card.objectives),
        "participants": {
            "min": card.participants_min,
            "max": card.participants_max,
            "typical": card.typical,
        },
        "setting": list(card.setting),
        "materials": ts(card.materials),
        "roles": _roles_data(card.roles, lang),
        "preparation": ts(card.preparation),
        "steps": [step_data(s, lang) for s in card.steps],
        "variants": [_variant_data(card, v, lang) for v in card.variants],
        "debrief": ts(card.debrief),
        "checklist": {phase: ts(items) for phase, items in card.checklist.items()},
        "outcomes": [_outcome_data(o, lang) for o in card.outcomes],  # each with its moment
        "handouts": [
            {"id": h.id, "title": t(h.title), "content": t(h.content), "copies": h.copies}
            for h in card.handouts
        ],
        "pitfalls": ts(card.pitfalls),
        "credits": t(card.credits),
        "origin": card.origin,
        "overrides": card.overrides,
        "moments": _moments_data(card, lang),
    }


def _moments_data(card: Card, lang: str) -> list[dict[str, Any]]:
    from innovkit.cards.moments import moments_data

    return moments_data(card, lang)


def _in(lang: str) -> Callable[[Text | None], str | None]:
    """A function giving a text (or ``None``) in ``lang``."""
    return lambda text: None if text is None else text(lang)


def _all_in(lang: str) -> Callable[[Iterable[Text]], list[str]]:
    return lambda texts: [text(lang) for text in texts]


def step_data(step: Step, lang: str) -> dict[str, Any]:
    from innovkit.cards.timing import scaling_data

    return {
        "id": step.id,
        "title": step.title(lang),
        "minutes": step.minutes,
        "instructions": step.instructions(lang),
        "prompts": [text(lang) for text in step.prompts],
        "tips": [text(lang) for text in step.tips],
        **scaling_data(step.scaling),
    }


def _variant_data(card: Card, variant: Variant, lang: str) -> dict[str, Any]:
    steps = variant.steps
    return {
        "id": variant.id,
        "name": variant.name(lang),
        "description": _in(lang)(variant.description),
        "steps": dict(steps) if steps is not None else None,
        "minutes": card.minutes(None, variant.id) if steps is not None else None,
        # the group this form holds: its own where it says one, else the card's
        "participants": dict(zip(("min", "max"), card.variant_size(variant), strict=True)),
        # the form's own invitation, roles, materials…: only what it says instead of the card
        "framing": {
            key: framing_data(key, value, lang) for key, value in (variant.framing or {}).items()
        },
    }


def framing_data(key: str, value: Any, lang: str) -> Any:
    if key == "outcomes":  # the ids of the fields the form gathers
        return list(value)
    if key == "roles":
        return _roles_data(value, lang)
    if key == "checklist":
        return {phase: _all_in(lang)(items) for phase, items in value.items()}
    return _in(lang)(value) if isinstance(value, Text) else _all_in(lang)(value)


def _roles_data(roles: Iterable[Role], lang: str) -> list[dict[str, Any]]:
    t = _in(lang)
    return [{"id": r.id, "name": t(r.name), "does": t(r.does)} for r in roles]


def _outcome_data(outcome: Outcome, lang: str) -> dict[str, Any]:
    return {
        "id": outcome.id,
        "kind": outcome.kind,
        "label": outcome.label(lang),
        "help": _in(lang)(outcome.help),
        "required": outcome.required,
        "choices": [{"id": ch.id, "label": ch.label(lang)} for ch in outcome.choices],
        "moment": outcome.moment or None,
        "statuses": [{"id": st.id, "label": st.label(lang)} for st in outcome.statuses],
        "action": _in(lang)(outcome.action),
    }
