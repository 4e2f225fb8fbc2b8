"""Tools in several moments: en-immersion's day, then its group debrief within the week;
audace-up's session, then its report-back two to four weeks later.

A card may list ``moments:`` in order. The first is the session itself; each later one comes
``after`` so many days (``{min: 14, max: 28}``) and has its own steps: the ids of steps of the
card's ``steps:`` it groups, or steps written in the moment itself. The first moment groups
the card's steps no later moment took. A card without ``moments:`` is one moment, as before.

``check_moments`` reads the ``moments:`` section; ``card_at_moment`` gives the card as it is
run, printed and recorded at one of its moments. Nothing here prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from innovkit.cards.checker import Checker, line_at
from innovkit.cards.framing import FRAMING, check_framing
from innovkit.cards.model import Outcome, Role, Step, Text
from innovkit.errors import BadInput

if TYPE_CHECKING:
    from collections.abc import Callable

    from innovkit.cards.model import Card


class Moment(NamedTuple):
    """One part of a tool that happens on its own day (en-immersion's day, then its debrief
    within the week): its own steps, sheet, run and journal session. A follow-up moment comes
    ``after`` so many days after the first one: (fewest, most)."""

    id: str
    name: Text
    steps: tuple[Step, ...]
    after: tuple[int, int] | None = None  # None: the first moment
    # What this moment says and needs of its own, instead of the card's (none: the card's):
    # the report-back invites to tell what became of each dare, not to dare again.
    invitation: Text | None = None
    objectives: tuple[Text, ...] = ()
    roles: tuple[Role, ...] = ()
    materials: tuple[Text, ...] = ()
    preparation: tuple[Text, ...] = ()
    debrief: tuple[Text, ...] = ()

    @property
    def minutes(self) -> int:
        return sum(step.minutes for step in self.steps)


_KEYS = ("id", "name", "steps", "after", *FRAMING)
_LONGEST_WAIT = 366  # days: a follow-up comes within the year


def check_moments(
    c: Checker, d: dict, steps: tuple[Step, ...], read_steps: Callable[[list, Any, str], tuple]
) -> tuple[tuple[Moment, ...], tuple[Step, ...]]:
    """The card's moments (none when it has no ``moments:``) and the steps of its first one.
    ``read_steps`` reads steps written inside a moment (as the card's own ``steps:``)."""
    raw = d.get("moments")
    if raw is None:
        return (), steps
    items = c.items(raw, line_at(d, "moments"), "moments", 2)
    by_id = {s.id: s for s in steps}
    taken: dict[str, str] = {}
    later = []
    for i, (item, where) in enumerate(items[1:], 2):
        path = f"moments[{i}]"
        m = c.mapping(item, path, _KEYS, ("id", "name", "steps", "after"), where)
        own = _steps_of(c, m, path, by_id, taken, read_steps)
        later.append(_moment(c, m, path, own, _after(c, m, path)))
    first_raw, where = items[0]
    m = c.mapping(first_raw, "moments[1]", _KEYS, ("id", "name"), where)
    if "after" in m:
        raise c.fail(line_at(m, "after"), "moments[1].after", "moments.first_has_no_after")
    if m.get("steps") is not None:
        first_steps = _steps_of(c, m, "moments[1]", by_id, taken, None)
    else:
        first_steps = tuple(s for s in steps if s.id not in taken)
        taken.update((s.id, "moments[1]") for s in first_steps)
    left = [s.id for s in steps if s.id not in taken]
    if left:
        raise c.fail(line_at(d, "steps"), "steps", "moments.step_in_no_moment", step=left[0])
    if not first_steps:
        raise c.fail(where, "moments[1].steps", "cards.list_too_short", minimum=1)
    moments = (_moment(c, m, "moments[1]", first_steps, None), *later)
    c.unique([x.id for x in moments], line_at(d, "moments"), "moments")
    every = [s.id for x in moments for s in x.steps]
    c.unique(every, line_at(d, "moments"), "moments.steps")
    return moments, first_steps


def _moment(
    c: Checker, m: dict, path: str, steps: tuple[Step, ...], after: tuple[int, int] | None
) -> Moment:
    own = check_framing(c, m, path)
    return Moment(
        id=c.slug(m["id"], line_at(m, "id"), f"{path}.id"),
        name=c.text(m["name"], line_at(m, "name"), f"{path}.name"),
        steps=steps,
        after=after,
        **own,
    )


def _steps_of(
    c: Checker,
    m: dict,
    path: str,
    by_id: dict[str, Step],
    taken: dict[str, str],
    read_steps: Callable[[list, Any, str], tuple] | None,
) -> tuple[Step, ...]:
    """A moment's steps: ids of the card's steps (each in one moment only), or, in a later
    moment, steps written out."""
    entries = c.items(m["steps"], line_at(m, "steps"), f"{path}.steps", 1)
    if all(isinstance(entry, str) for entry, _ in entries):
        found = []
        for j, (entry, spot) in enumerate(entries, 1):
            if entry not in by_id:
                raise c.fail(
                    spot or line_at(m, "steps"),
                    f"{path}.steps[{j}]",
                    "moments.unknown_step",
                    step=entry,
                    allowed=", ".join(by_id) or "—",
                )
            if entry in taken:
                where = spot or line_at(m, "steps")
                raise c.fail(where, f"{path}.steps[{j}]", "cards.duplicate_id", id=entry)
            taken[entry] = path
            found.append(by_id[entry])
        return tuple(found)
    if read_steps is None:
        raise c.fail(line_at(m, "steps"), f"{path}.steps", "moments.first_groups_steps")
    return read_steps(m["steps"], line_at(m, "steps"), f"{path}.steps")


def _after(c: Checker, m: dict, path: str) -> tuple[int, int]:
    """``after: {min: 14, max: 28}``: the fewest and most days after the first moment."""
    where = line_at(m, "after")
    raw = c.mapping(m["after"], f"{path}.after", ("min", "max"), ("min", "max"), where)
    low = c.integer(raw["min"], line_at(raw, "min"), f"{path}.after.min", 0, _LONGEST_WAIT)
    high = c.integer(raw["max"], line_at(raw, "max"), f"{path}.after.max", 1, _LONGEST_WAIT)
    if high < low:
        raise c.fail(raw, f"{path}.after", "moments.after_order", min=low, max=high)
    return low, high


def check_outcome_moments(
    c: Checker, d: dict, outcomes: tuple[Outcome, ...], moments: tuple[Moment, ...]
) -> None:
    """Every outcome's ``moment:`` names one of the card's moments, and its ``reviewed_at:``
    a later one (see ``check_reviewed_at``)."""
    ids = [m.id for m in moments]
    for i, outcome in enumerate(outcomes, 1):
        check_reviewed_at(c, d["outcomes"][i - 1], f"outcomes[{i}]", outcome, ids)
        if outcome.moment and outcome.moment not in ids:
            raw = d["outcomes"][i - 1]
            raise c.fail(
                line_at(raw, "moment"),
                f"outcomes[{i}].moment",
                "moments.unknown_moment_in_card",
                moment=outcome.moment,
                allowed=", ".join(ids) or "—",
            )


def check_reviewed_at(c: Checker, raw: dict, path: str, outcome: Outcome, ids: list[str]) -> None:
    """``reviewed_at:``: only on an outcome of kind ``items``, naming a later moment of the
    card (the one where each item's fate is told: audace-up's report-back)."""
    wanted = outcome.reviewed_at
    if not wanted:
        return
    where, field = line_at(raw, "reviewed_at"), f"{path}.reviewed_at"
    if outcome.kind != "items":
        raise c.fail(where, field, "moments.reviewed_only_items")
    if wanted not in ids[1:]:
        later = ", ".join(ids[1:]) or "—"
        raise c.fail(where, field, "moments.reviewed_not_later", moment=wanted, allowed=later)


def card_at_moment(card: Card, query: str | None) -> Card:
    """``card`` at the moment ``query`` (its id, or a word of its name only it has): that
    moment's steps, and the outcomes gathered then; variants stay with the first moment."""
    if query is None:
        return card
    moment = find_moment(card, query)
    own = {key: getattr(moment, key) for key in FRAMING if getattr(moment, key)}
    if moment is card.moments[0]:
        return card._replace(steps=moment.steps, moment=moment.id, **own)
    return card._replace(steps=moment.steps, variants=(), moment=moment.id, **own)


def find_moment(card: Card, query: str) -> Moment:
    from innovkit.cards.lookup import name_words, normalise

    wanted = normalise(query)
    for moment in card.moments:
        if normalise(moment.id) == wanted:
            return moment
    found = [m for m in card.moments if wanted in name_words(m.name.values.values())]
    if len(found) == 1:
        return found[0]
    if not card.moments:
        raise BadInput("moments.tool_has_one_moment", tool=card.name, moment=query)
    raise BadInput(
        "moments.unknown_moment",
        tool=card.name,
        moment=query,
        choices=", ".join(m.id for m in card.moments),
    )


def current_moment(card: Card) -> Moment | None:
    """The moment ``card`` is at (``None`` for a card in one moment)."""
    if not card.moments:
        return None
    return next((m for m in card.moments if m.id == card.moment), card.moments[0])


def is_follow_up(card: Card) -> bool:
    """Whether ``card`` is at a later moment than its first."""
    moment = current_moment(card)
    return moment is not None and moment.after is not None


class FollowUp(NamedTuple):
    """A later moment as planned from the first: how many days after it is proposed, and
    the date field of the first moment that fixes its day, if the card has one."""

    moment: Moment
    days: int
    date_field: Outcome | None


def follow_ups(card: Card) -> list[FollowUp]:
    """The later moments of ``card``, each with its proposed day: the date the first moment
    records for it (the n-th follow-up date field with ``follow_up_days`` goes with the n-th
    later moment: audace-up's « Date du point d'étape » is its report-back), else the end of
    its ``after`` window."""
    if len(card.moments) < 2:
        return []
    first = card.moments[0].id
    fields = [
        o
        for o in card.outcomes
        if o.kind == "date" and o.follow_up_days and (o.moment or first) == first
    ]
    planned = []
    for index, moment in enumerate(card.moments[1:]):
        field = fields[index] if index < len(fields) else None
        days = field.follow_up_days if field is not None else moment.after[1]
        planned.append(FollowUp(moment, days or 0, field))
    return planned


def moment_line(card: Card, lang: str) -> str | None:
    """For a tool in several moments, which one this sheet is for and when the others come:
    « Moment 2 sur 2 : Le retour collectif — 1 à 7 jours après La journée d’immersion »."""
    from innovkit.i18n import quoted, tr_in

    here = current_moment(card)
    if here is None:
        return None
    moments = card.moments
    number = moments.index(here) + 1
    head = tr_in(lang, "moments.heading", number=number, count=len(moments), name=here.name(lang))
    if here.after is None:
        later = "; ".join(
            tr_in(
                lang,
                "moments.then",
                name=quoted(m.name(lang), lang),
                after=after_words(m.after, lang),
            )
            for m in moments[1:]
        )
        return f"{head} — {later}"
    after = after_words(here.after, lang)
    first = quoted(moments[0].name(lang), lang)
    return f"{head} — " + tr_in(lang, "moments.after_first", after=after, first=first)


def after_words(after: tuple[int, int] | None, lang: str) -> str:
    """« 1 à 7 jours après »: a later moment's window."""
    from innovkit.i18n import tr_in

    low, high = after or (0, 0)
    return tr_in(lang, "moments.after_days", min=low, max=high)


def moments_data(card: Card, lang: str) -> list[dict[str, Any]]:
    """The tool's moments (none for a tool in one): id, name, steps, minutes and delay, and
    what a moment says of its own instead of the card (its invitation, roles…: ``framing``)."""
    from innovkit.cards.carddata import framing_data, step_data

    return [
        {
            "id": m.id,
            "name": m.name(lang),
            "steps": [step_data(s, lang) for s in m.steps],
            "minutes": card.at_moment(m.id).duration,
            "after": None if m.after is None else {"min": m.after[0], "max": m.after[1]},
            "framing": {
                key: framing_data(key, getattr(m, key), lang) for key in FRAMING if getattr(m, key)
            },
        }
        for m in card.moments
    ]
