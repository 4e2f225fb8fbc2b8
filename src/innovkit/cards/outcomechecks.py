"""Checking a card's outcome fields: their kinds, choices, per-item statuses, follow-up days and
the moment each is gathered at (see ``docs/card-format.md``)."""

from __future__ import annotations

from typing import Any

from innovkit.cards.checker import Checker, line_at
from innovkit.cards.itemchecks import item_statuses
from innovkit.cards.model import OUTCOME_KINDS, Choice, Outcome


def check_outcomes(c: Checker, d: dict) -> tuple[Outcome, ...]:
    """The card's ``outcomes``: what the journal records of a session, each id once."""
    outcomes = []
    for i, (item, where) in enumerate(
        c.items(d["outcomes"], line_at(d, "outcomes"), "outcomes", 1)
    ):
        outcomes.append(_outcome(c, item, where, f"outcomes[{i + 1}]"))
    c.unique([o.id for o in outcomes], line_at(d, "outcomes"), "outcomes")
    return tuple(outcomes)


def _outcome(c: Checker, item: Any, where: Any, path: str) -> Outcome:
    """One outcome field of the card, checked."""
    o = c.mapping(
        item,
        path,
        (
            *("id", "kind", "label", "help", "choices", "required", "follow_up_days"),
            *("statuses", "note", "moment", "reviewed_at", "at_most", "action"),
        ),
        ("id", "kind", "label"),
        where,
    )
    kind = o["kind"]
    if kind not in OUTCOME_KINDS:
        raise c.fail(
            line_at(o, "kind"),
            f"{path}.kind",
            "cards.bad_choice",
            value=kind,
            allowed=", ".join(OUTCOME_KINDS),
        )
    choices = _choices(c, o, path) if kind == "choice" else ()
    if kind != "choice" and "choices" in o:
        raise c.fail(line_at(o, "choices"), f"{path}.choices", "cards.choices_only_for_choice")
    statuses, item_note = item_statuses(c, o, path)
    required = o.get("required", False)
    if not isinstance(required, bool):
        raise c.fail(line_at(o, "required"), f"{path}.required", "cards.expected_boolean")
    return Outcome(
        id=c.slug(o["id"], line_at(o, "id"), f"{path}.id", underscore=True),
        kind=kind,
        label=c.text(o["label"], line_at(o, "label"), f"{path}.label"),
        help=None
        if o.get("help") is None
        else c.text(o["help"], line_at(o, "help"), f"{path}.help"),
        choices=choices,
        required=required,
        follow_up_days=_follow_up_days(c, o, path),
        moment=""
        if o.get("moment") is None
        else c.slug(o["moment"], line_at(o, "moment"), f"{path}.moment"),
        statuses=statuses,
        item_note=item_note,
        reviewed_at=""
        if o.get("reviewed_at") is None
        else c.slug(o["reviewed_at"], line_at(o, "reviewed_at"), f"{path}.reviewed_at"),
        at_most=_at_most(c, o, path),
        action=_action(c, o, path),
    )


def _choices(c: Checker, o: dict, path: str) -> tuple[Choice, ...]:
    """The choices of an outcome of kind ``choice``: at least two, each id once."""
    choices = []
    entries = c.items(o.get("choices"), line_at(o, "choices"), f"{path}.choices", 2)
    for j, (entry, spot) in enumerate(entries):
        cpath = f"{path}.choices[{j + 1}]"
        ch = c.mapping(entry, cpath, ("id", "label"), ("id", "label"), spot)
        choices.append(
            Choice(
                id=c.slug(ch["id"], line_at(ch, "id"), f"{cpath}.id", underscore=True),
                label=c.text(ch["label"], line_at(ch, "label"), f"{cpath}.label"),
            )
        )
    c.unique([x.id for x in choices], line_at(o, "choices"), f"{path}.choices")
    return tuple(choices)


def _at_most(c: Checker, o: dict, path: str) -> int | None:
    """How many entries a ``list`` or ``items`` field gathers at most in a session (« une à trois
    modifications »): the sheet prints that many lines, not one per person; only for those kinds."""
    if "at_most" not in o:
        return None
    where = line_at(o, "at_most")
    if o["kind"] not in ("list", "items"):
        raise c.fail(where, f"{path}.at_most", "cards.at_most_only_for_lists")
    return c.integer(o["at_most"], where, f"{path}.at_most", 1)


def _action(c: Checker, o: dict, path: str) -> Any:
    """What is to be done on the day a ``date`` outcome records (« Vérifier que le premier pas
    est fait »): the text of the action the journal adds and of the calendar's event; only for
    that kind (without it, the outcome's label)."""
    if o.get("action") is None:
        return None
    where = line_at(o, "action")
    if o["kind"] != "date":
        raise c.fail(where, f"{path}.action", "cards.action_only_for_date")
    return c.text(o["action"], where, f"{path}.action")


def _follow_up_days(c: Checker, o: dict, path: str) -> int | None:
    """How many days after the session the follow-up a ``date`` outcome records usually comes
    (``plan --ics`` proposes it as an event); only for that kind."""
    if "follow_up_days" not in o:
        return None
    where = line_at(o, "follow_up_days")
    if o["kind"] != "date":
        raise c.fail(where, f"{path}.follow_up_days", "cards.follow_up_only_for_date")
    return c.integer(o["follow_up_days"], where, f"{path}.follow_up_days", 1)
