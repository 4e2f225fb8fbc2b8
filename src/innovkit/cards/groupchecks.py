"""Checking how a card's steps grow with the group (``per_person_seconds``, ``per_group_minutes``,
``split``, ``min_seconds_per_person``) and its typical group size.

Every problem becomes a ``CardError`` naming the file, the line and the field (see
``docs/card-format.md``, « Time that follows the group »).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from innovkit import limits
from innovkit.cards.checker import Checker, line_at
from innovkit.cards.timing import (
    FIXED,
    NAMED_SPLITS,
    Scaling,
    Split,
    grown_minutes,
    seconds_per_person,
)

STEP_KEYS = ("per_person_seconds", "per_group_minutes", "split", "min_seconds_per_person")
_DAY = limits.MAX_STEP_MINUTES  # no step lasts more than a day, at any size of group
# The most each field may say: a day per person, or per sub-group.
_MOST = {
    "minutes": _DAY,
    "per_person_seconds": _DAY * 60,
    "per_group_minutes": _DAY,
    "min_seconds_per_person": _DAY * 60,
}


def typical(c: Checker, participants: dict, low: int, high: int) -> int:
    """The card's ``participants.typical`` (0 when not given: the middle of the range)."""
    if participants.get("typical") is None:
        return 0
    where = line_at(participants, "typical")
    value = c.integer(participants["typical"], where, "participants.typical", 1)
    if not low <= value <= high:
        raise c.fail(where, "participants.typical", "cards.typical_outside", min=low, max=high)
    return value


def scaling(c: Checker, s: dict, path: str) -> Scaling:
    """What one step adds per person or per sub-group (``FIXED`` when it says nothing)."""
    if not any(s.get(key) is not None for key in STEP_KEYS):
        return FIXED

    def whole(key: str) -> int:
        if s.get(key) is None:
            return 0
        return c.integer(s[key], line_at(s, key), f"{path}.{key}", 1, _MOST[key])

    split = _split(c, s, path) if s.get("split") is not None else None
    per_group = whole("per_group_minutes")
    if per_group and split is None:
        raise c.fail(line_at(s, "per_group_minutes"), f"{path}.split", "cards.split_missing")
    if split is not None and not per_group:
        raise c.fail(line_at(s, "split"), f"{path}.per_group_minutes", "cards.split_unused")
    return Scaling(whole("per_person_seconds"), per_group, split, whole("min_seconds_per_person"))


def variant_steps(
    c: Checker, raw: dict, path: str, card_steps: Mapping[str, Scaling]
) -> tuple[dict[str, int], dict[str, Scaling], dict[str, dict[str, Any]]]:
    """A structured variant's steps: each a whole number of minutes (the step's fixed part; what
    it adds per person or sub-group is the card's), or ``{minutes: 2, per_person_seconds: 45}``
    when this form gives each person or sub-group a time of its own — and, there, the step's
    own words in this form (``instructions``, ``prompts``, ``tips``), else the card's."""
    minutes: dict[str, int] = {}
    own: dict[str, Scaling] = {}
    words: dict[str, dict[str, Any]] = {}
    for key in card_steps:
        if key not in raw:
            continue
        field, value = f"{path}.steps.{key}", raw[key]
        if not isinstance(value, Mapping):
            minutes[key] = c.integer(value, line_at(raw, key), field, 1, _DAY)
            continue
        keys = ("minutes", "per_person_seconds", "per_group_minutes", "min_seconds_per_person")
        entry = c.mapping(value, field, (*keys, *STEP_WORDS), ("minutes",), line_at(raw, key))
        if said := step_words(c, entry, field):
            words[key] = said
        where = line_at(entry, "minutes")
        minutes[key] = c.integer(entry["minutes"], where, f"{field}.minutes", 1, _DAY)
        base = card_steps[key]
        changed = {
            name: c.integer(entry[name], line_at(entry, name), f"{field}.{name}", 0, _MOST[name])
            for name in keys[1:]
            if entry.get(name) is not None
        }
        if changed.get("per_group_minutes") and base.split is None:
            raise c.fail(line_at(entry, "per_group_minutes"), field, "cards.split_missing")
        own[key] = base._replace(**changed)
    return minutes, own, words


# What a variant may say again of a step, in its own words.
STEP_WORDS = ("instructions", "prompts", "tips")


def step_words(c: Checker, entry: dict, field: str) -> dict[str, Any]:
    """A variant step's own ``instructions`` (a text), ``prompts`` and ``tips`` (lists of text)."""
    said: dict[str, Any] = {}
    if entry.get("instructions") is not None:
        where = line_at(entry, "instructions")
        said["instructions"] = c.text(entry["instructions"], where, f"{field}.instructions")
    for name in STEP_WORDS[1:]:
        if entry.get(name) is not None:
            said[name] = c.texts(entry[name], line_at(entry, name), f"{field}.{name}")
    return said


def _split(c: Checker, s: dict, path: str) -> Split:
    """``pairs``, ``trios`` or ``{min: 4, max: 6}`` (tables, walking groups…)."""
    value, where, field = s["split"], line_at(s, "split"), f"{path}.split"
    if isinstance(value, str):
        if value not in NAMED_SPLITS:
            allowed = ", ".join([*NAMED_SPLITS, "{min: N, max: N}"])
            raise c.fail(where, field, "cards.bad_choice", value=value, allowed=allowed)
        return Split(*NAMED_SPLITS[value], value)
    if not isinstance(value, Mapping):
        raise c.fail(where, field, "cards.bad_split")
    size = c.mapping(value, field, ("min", "max"), ("min", "max"), where)
    low = c.integer(size["min"], line_at(size, "min"), f"{field}.min", 1)
    high = c.integer(size["max"], line_at(size, "max"), f"{field}.max", 1)
    if high < low:
        raise c.fail(line_at(size, "max"), field, "cards.participants_order", min=low, max=high)
    return Split(low, high)


def variant_size(c: Checker, v: dict, path: str, card: tuple[int, int]) -> tuple[int, int]:
    """A variant's ``participants: {min, max}`` (both optional), within the card's own range;
    ``(0, 0)`` when it states none (the card's own range then holds)."""
    if v.get("participants") is None:
        return 0, 0
    field = f"{path}.participants"
    size = c.mapping(v["participants"], field, ("min", "max"), ())
    if not size:
        raise c.fail(size, field, "cards.variant_size_empty")
    low, high = card
    values = []
    for end in ("min", "max"):
        if end not in size:
            values.append(0)
            continue
        value = c.integer(size[end], line_at(size, end), f"{field}.{end}", 1)
        if not low <= value <= high:
            raise c.fail(
                line_at(size, end),
                f"{field}.{end}",
                "cards.variant_size_outside",
                value=value,
                min=low,
                max=high,
            )
        values.append(value)
    if values[0] and values[1] and values[1] < values[0]:
        raise c.fail(size, field, "cards.participants_order", min=values[0], max=values[1])
    return values[0], values[1]


def enough_for_everyone(c: Checker, card: Any, d: dict) -> None:
    """At the card's largest group, in every timed form, each step that says how long each
    person needs (``min_seconds_per_person``) must give everyone at least that."""
    high = card.participants_max
    forms = [None, *(v.id for v in card.variants if v.steps is not None)]
    for form in forms:
        plan = card.plan(form, high)
        _within_a_week(c, card, d, form, plan, high)
        for step in plan:
            floor = step.scaling.min_seconds_per_person
            each = seconds_per_person(step.minutes, high)
            if floor and each < floor:
                where, field = _blame(card, d, form, step.id)
                key = "cards.too_little_per_person" + ("" if form is None else "_in_form")
                raise c.fail(
                    where,
                    field,
                    key,
                    step=step.id,
                    people=high,
                    form=form,
                    seconds=int(each),
                    floor=floor,
                )


def _blame(
    card: Any, d: dict, form: str | None, step: str, key: str = "min_seconds_per_person"
) -> tuple[Any, str]:
    """Where to point for a step short of time: the variant's entry for it, else the step."""
    if form is not None:
        index = next(i for i, v in enumerate(card.variants) if v.id == form)
        steps = d["variants"][index]["steps"]
        return line_at(steps, step), f"variants[{index + 1}].steps.{step}"
    index = next(i for i, s in enumerate(d["steps"]) if s.get("id") == step)
    raw = d["steps"][index]
    return line_at(raw, key), f"steps[{index + 1}].{key}"


def _within_a_week(c: Checker, card: Any, d: dict, form: str | None, plan: Any, high: int) -> None:
    """At the card's largest group, each step lasts a day at most and the whole a week at most
    (``limits``): whatever a session plans can be recorded in the journal."""
    for step in card.form(form):
        if grown_minutes(step.minutes, step.scaling, high) > _DAY:  # a step grown past a day
            where, field = _blame(card, d, form, step.id, "minutes")
            raise c.fail(
                where,
                field,
                "cards.step_too_long_for_group",
                step=step.id,
                people=high,
                maximum=_DAY,
            )
    total = sum(step.minutes for step in plan)
    if total > limits.MAX_SESSION_MINUTES:
        where, field = ("variants", "variants") if form else ("steps", "steps")
        raise c.fail(
            line_at(d, where),
            field,
            "cards.too_long_for_group",
            people=high,
            minutes=total,
            maximum=limits.MAX_SESSION_MINUTES,
        )
