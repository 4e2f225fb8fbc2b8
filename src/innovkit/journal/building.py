"""Building a journal session from a tool card and what a facilitator typed (``journal add``,
the end of a guided run), and changing one (``journal edit``). Every value typed as text goes
through the parsers of ``records``; the session is checked before it is returned.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from innovkit import dates
from innovkit.cards.timing import session_minutes
from innovkit.dates import format_date, parse_date, parse_time
from innovkit.errors import BadInput
from innovkit.journal.items import edited_item
from innovkit.journal.outcomes import find_outcome, outcome_value, parse_outcome
from innovkit.journal.records import (
    Action,
    Session,
    check_session,
    parse_action,
    parse_minutes,
    parse_participants,
    parse_satisfaction,
    parse_setting,
    parse_text,
    session_data,
    session_from_data,
)

if TYPE_CHECKING:
    from innovkit.cards.model import Card

_LIST_FIELDS = ("co_facilitators", "services", "ideas", "decisions", "tags")
_FIELDS = {
    "id",
    "date",
    "start",
    "actual_minutes",
    "facilitator",
    "participants",
    "setting",
    "satisfaction",
    "variant",
    "moment",
    "follows",
    "actions",
    "step_timings",
    "outcomes",
    "notes",
    *_LIST_FIELDS,
}


def clean_list(values: Any, what: str) -> list[str]:
    """Trimmed, non-empty, without repeats (the first spelling wins, any case)."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    seen: set[str] = set()
    items: list[str] = []
    for value in values:
        item = parse_text(value, what)
        if item.casefold() not in seen:
            seen.add(item.casefold())
            items.append(item)
    return items


def new_session(card: Card, **fields: Any) -> Session:
    """A checked session of ``card``: tool, lever, card version and digest and the planned
    minutes come from the card (or its ``variant``); everything else from ``fields``.

    Values may be given as typed text (``date="2026-11-03"``, ``satisfaction="4"``,
    ``actions=["text; owner; 2026-12-01"]``, ``outcomes=["key=value"]`` or ``{"key": "value"}``)
    or already as Python values. Any wrong value raises ``BadInput``.
    """
    unknown = set(fields) - _FIELDS
    if unknown:
        raise TypeError(f"new_session() got unknown fields: {', '.join(sorted(unknown))}")
    if fields.get("moment"):  # a tool in several moments: the card as it is at that one
        card = card.at_moment(fields["moment"])
    variant = fields.get("variant") or None
    if variant is not None:
        variant = card.variant(variant).id
    people = _given(fields.get("participants"), parse_participants)
    # planned for the session's group (the card's typical group when it is not given)
    steps = card.plan(variant if _structured(card, variant) else None, people)
    session = Session(
        tool=card.id,
        tool_version=card.version,
        card_digest=card.digest,
        lever=card.lever,
        variant=variant,
        date=_not_ahead(_given(fields.get("date"), parse_date) or dates.todays_date()),
        start=_given(fields.get("start"), parse_time),
        planned_minutes=session_minutes(sum(step.minutes for step in steps)),
        actual_minutes=_given(fields.get("actual_minutes"), parse_minutes),
        facilitator=(fields.get("facilitator") or "").strip(),
        participants=people,
        setting=_given(fields.get("setting"), parse_setting),
        satisfaction=_given(fields.get("satisfaction"), parse_satisfaction),
        actions=[
            a if isinstance(a, Action) else parse_action(a) for a in fields.get("actions") or []
        ],
        step_timings=list(fields.get("step_timings") or []),
        outcomes=_outcomes_at_moment(card, fields.get("outcomes")),
        notes=(fields.get("notes") or "").strip(),
    )
    if fields.get("id"):
        session.id = fields["id"]
    session.moment, follows = moment_of(card, fields.get("follows"))
    for name in _LIST_FIELDS:
        setattr(session, name, clean_list(fields.get(name), name))
    if session.setting is None and len(card.setting) == 1:
        session.setting = card.setting[0]
    check_session(session)
    session.follows = follows  # as typed (an id's beginning): the journal finds it on record
    return session


def edit_session(card: Card | None, session: Session, **fields: Any) -> Session:
    """A checked copy of ``session`` with ``fields`` changed, as ``journal edit`` does it.

    Single values and lists of text replace what was there (``None`` leaves a field alone);
    ``actions`` are added after the session's own; ``outcomes`` (``["key=value", …]``) set
    fields one by one, and an empty value (``key=``) removes that field. ``card`` is the
    session's tool card, needed to check outcomes and a variant (``None`` if it is gone).
    """
    unknown = set(fields) - _FIELDS
    if unknown:
        raise TypeError(f"edit_session() got unknown fields: {', '.join(sorted(unknown))}")
    changed = session_from_data(session_data(session), "")
    parsers = {
        "date": parse_date,
        "start": parse_time,
        "actual_minutes": parse_minutes,
        "participants": parse_participants,
        "setting": parse_setting,
        "satisfaction": parse_satisfaction,
    }
    for name, parse in parsers.items():
        if fields.get(name) is not None:
            setattr(changed, name, _given(fields[name], parse))
    if fields.get("date") is not None:
        _not_ahead(changed.date)
    for name in ("facilitator", "notes"):
        if fields.get(name) is not None:
            setattr(changed, name, str(fields[name]).strip())
    for name in _LIST_FIELDS:
        if fields.get(name) is not None:
            setattr(changed, name, clean_list(fields[name], name))
    for action in fields.get("actions") or []:
        changed.actions.append(action if isinstance(action, Action) else parse_action(action))
    if fields.get("step_timings") is not None:
        changed.step_timings = list(fields["step_timings"])
    follows = changed.follows
    if fields.get("moment") or fields.get("follows"):
        if card is None:
            raise BadInput("journal.card_gone", tool=session.tool)
        at = card.at_moment(fields.get("moment") or changed.moment)
        changed.moment, follows = moment_of(at, fields.get("follows") or changed.follows)
        changed.follows = None
    if fields.get("variant") is not None or fields.get("outcomes"):
        if card is None:
            raise BadInput("journal.card_gone", tool=session.tool)
        if fields.get("variant") is not None:
            changed.variant = card.variant(fields["variant"]).id if fields["variant"] else None
            form = changed.variant if _structured(card, changed.variant) else None
            plan = card.plan(form, changed.participants)
            changed.planned_minutes = session_minutes(sum(step.minutes for step in plan))
        # At a later moment, ``dares.2=fait`` reviews the first session's items (``reviews``).
        typed, review = _review_of(card, changed.moment, fields.get("outcomes"))
        changed.outcomes.update(review)
        for item in typed:
            key, _, value = str(item).partition("=")
            one_item = edited_item(card, changed.outcomes, item)
            if one_item is not None:  # ``dares.2=fait``: one item's status
                changed.outcomes[one_item[0]] = one_item[1]
            elif "=" in str(item) and not value.strip():
                changed.outcomes.pop(find_outcome(card, key).id, None)
            else:
                key, parsed = parse_outcome(card, item)
                changed.outcomes[key] = parsed
    check_session(changed)
    changed.follows = follows  # as typed: ``cycles.link_to_cycle`` finds it before it is stored
    return changed


def moment_of(card: Card, follows: str | None) -> tuple[str | None, str | None]:
    """The moment a session of ``card`` (at one of its moments) records, and the first
    session it follows: a later moment follows one (``recording`` finds it when not given),
    a first moment none; a tool in one moment records neither."""
    from innovkit.cards.moments import current_moment

    moment = current_moment(card)
    if moment is None:
        if follows:
            raise BadInput("moments.tool_has_one_moment", tool=card.name, moment="--follows")
        return None, None
    if moment.after is None:
        if follows:
            raise BadInput("moments.first_follows_nothing", moment=moment.name, tool=card.name)
        return moment.id, None
    return moment.id, (follows.strip().lower() if follows else None)


def _not_ahead(day: Any) -> Any:
    """``day``, unless it has not come yet: the journal records what happened (a session to
    come is prepared with ``plan``). A typed date is checked; a Python value too."""
    if isinstance(day, date) and day > dates.todays_date():
        raise BadInput(
            "journal.date_in_future", day=lambda lang: format_date(day, lang, weekday=True)
        )
    return day


def _structured(card: Card, variant: str | None) -> bool:
    return variant is not None and card.variant(variant).structured


def _review_of(card: Card, moment: str | None, typed: Any) -> tuple[list[Any], dict[str, Any]]:
    from innovkit.journal.reviews import split_review

    if not moment or not typed:
        return list(typed or []), {}
    rest, review = split_review(card.at_moment(moment), list(typed))
    return list(rest), review


def _outcomes_at_moment(card: Card, given: Any) -> dict[str, Any]:
    """The outcomes typed for a session of ``card`` at its moment: at a later moment, those
    that review the first session's items (``dares.2=fait``) too (``journal.reviews``)."""
    from innovkit.journal.reviews import split_review

    rest, review = split_review(card, given)
    return card_outcomes(card, rest) | review


def card_outcomes(card: Card, given: Any) -> dict[str, Any]:
    """Outcome values checked against ``card``: from ``["key=value", …]`` or a mapping."""
    if not given:
        return {}
    if not isinstance(given, dict):
        parsed: dict[str, Any] = {}
        for item in given:
            key, value = parse_outcome(card, item)
            items = card.outcome(key).kind == "items"  # type: ignore[union-attr]
            # ``--outcome dares=… --outcome dares=…``: one item after another
            parsed[key] = [*parsed[key], *value] if items and key in parsed else value
        return parsed
    values: dict[str, Any] = {}
    for key, value in given.items():
        outcome = find_outcome(card, key)
        values[outcome.id] = outcome_value(outcome, value)
    return values


def _given(value: Any, parse: Any) -> Any:
    """``None`` stays ``None``; text is parsed; a Python value is checked by ``check_session``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        return parse(value)
    return value
