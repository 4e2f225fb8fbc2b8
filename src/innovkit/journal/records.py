"""A session of the journal: the data model, and the checking of what a facilitator types.

Each ``parse_*`` function takes the text a person typed (on the command line or at a prompt)
and returns a value, or raises ``BadInput`` with one sentence saying what to type instead.
``new_session`` builds a checked ``Session`` from a tool card; ``check_session`` checks a
``Session`` built elsewhere (the live run, an import) before it is stored.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from innovkit import limits
from innovkit.dates import looks_like_date, parse_date
from innovkit.errors import BadInput
from innovkit.i18n import tr, words
from innovkit.journal.outcomes import (
    describe_outcome,
    missing_outcomes,
    outcome_label,
    outcome_value,
    parse_outcome,
    split_list,
    whole_number,
)

if TYPE_CHECKING:
    from innovkit.cards.model import Card

__all__ = [
    "describe_outcome",
    "missing_outcomes",
    "outcome_label",
    "outcome_value",
    "parse_outcome",
    "split_list",
]

ACTION_STATUSES = ("open", "done")
SETTINGS = ("indoor", "outdoor", "remote")  # the same words as the cards' ``setting``
MAX_PARTICIPANTS = limits.MAX_PARTICIPANTS
MAX_MINUTES = limits.MAX_SESSION_MINUTES  # a week: anything longer is a typing mistake


def new_id() -> str:
    """A fresh random identifier (UUID 4, 36 characters)."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- model


@dataclass(slots=True)
class Action:
    """Something decided in a session that someone follows up."""

    id: str
    text: str
    owner: str = ""
    due: date | None = None
    status: str = "open"  # "open" | "done"
    done_on: date | None = None  # the day it was marked done (unknown for older ones)

    def overdue(self, today: date) -> bool:
        return self.status == "open" and self.due is not None and self.due < today


@dataclass(slots=True)
class StepTiming:
    """How long one step of the tool was planned to take and really took (the live run)."""

    step_id: str
    title: str
    planned_seconds: int
    actual_seconds: int
    skipped: bool = False
    extended_seconds: int = 0


@dataclass(slots=True, kw_only=True)
class Session:
    """One workshop, as recorded in the journal. No participant names, only a count."""

    id: str = field(default_factory=new_id)
    tool: str
    tool_version: int | None = None
    card_digest: str = ""
    lever: str
    variant: str | None = None
    # A tool in several moments (``cards.moments``): which one this session is, and for a
    # later one, the id of the first session of its cycle (en-immersion's day, for its debrief).
    moment: str | None = None
    follows: str | None = None
    date: date
    start: time | None = None
    planned_minutes: int | None = None
    actual_minutes: int | None = None
    facilitator: str = ""
    co_facilitators: list[str] = field(default_factory=list)
    participants: int | None = None
    services: list[str] = field(default_factory=list)
    setting: str | None = None
    satisfaction: int | None = None
    ideas: list[str] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    step_timings: list[StepTiming] = field(default_factory=list)
    outcomes: dict[str, Any] = field(default_factory=dict)
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    # When each field last changed, and when both sides of a merge last agreed on it
    # (``journal.reconcile``): {field or "actions.<part>/<action id>": [changed_at, agreed_at]}.
    field_changes: dict[str, Any] = field(default_factory=dict)
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)

    @property
    def minutes(self) -> int:
        """Minutes of facilitation: what really happened, else what was planned."""
        if self.actual_minutes is not None:
            return self.actual_minutes
        return self.planned_minutes or 0

    @property
    def facilitators(self) -> list[str]:
        return [name for name in (self.facilitator, *self.co_facilitators) if name]


# --------------------------------------------------------------------------- typed values


def parse_satisfaction(text: str) -> int:
    """A mark from 1 (not satisfied) to 5 (very satisfied)."""
    number = whole_number(text)
    if number is None or not limits.MIN_MARK <= number <= limits.MAX_MARK:
        raise BadInput("journal.bad_satisfaction", value=str(text).strip())
    return number


def parse_participants(text: str) -> int:
    """How many people took part: a whole number, at least 1. Never their names."""
    number = whole_number(text)
    if number is None or not limits.MIN_PARTICIPANTS <= number <= MAX_PARTICIPANTS:
        raise BadInput("journal.bad_participants", value=str(text).strip())
    return number


def parse_minutes(text: str) -> int:
    """A duration in whole minutes, written as ``innovkit timer`` reads it (the one duration
    parser, ``durations.parse_duration``): ``45``, ``45 min``, ``45 minutes``, ``1h30``,
    ``1:30:00``, ``2,5``. Seconds are rounded to the nearest minute (half up), at least 1."""
    from innovkit.durations import parse_duration

    value = str(text).strip()
    try:
        seconds = parse_duration(value)  # a day at most, as the timer
    except BadInput:
        raise BadInput("journal.bad_minutes", value=value) from None
    return max(1, int(seconds / 60 + 0.5))


def parse_text(text: str, what: str) -> str:
    """A non-empty piece of text, trimmed; ``what`` names the field in the error."""
    value = str(text).strip()
    if not value:
        raise BadInput("journal.empty_text", field=words(f"journal.field_{what}"))
    return value


# Other words facilitators type for a setting, besides its id and its name in each language
# (« en salle », "remote"…): compared without case, accents, spaces or punctuation.
_SETTING_WORDS = {
    "indoor": ("salle", "intérieur", "en intérieur", "présentiel", "in person", "inside"),
    "outdoor": ("extérieur", "dehors", "plein air", "en plein air", "outside", "outdoors"),
    "remote": ("distance", "distanciel", "visio", "en visio", "en ligne", "online", "video"),
}


def parse_setting(text: str) -> str:
    """Where the session took place, as typed (the journal's ``--setting``, ``suggest
    --setting``, the live run): the id (``indoor``, ``outdoor``, ``remote``), its name in French
    or English (« en salle », « en extérieur », « à distance »; "indoor"…) or a common word for
    it (« distanciel », « dehors », "online"…), in any case, with or without accents. Raises
    ``BadInput`` naming the choices."""
    from innovkit.cards.lookup import normalise

    wanted = normalise(text)
    for setting in SETTINGS:
        names = {normalise(setting)}
        names |= {normalise(tr(f"journal.setting_{setting}", lang)) for lang in ("fr", "en")}
        names |= {normalise(word) for word in _SETTING_WORDS[setting]}
        if wanted and wanted in names:
            return setting

    def choices(lang: str) -> str:
        return ", ".join(tr(f"journal.setting_{s}", lang) for s in SETTINGS)

    raise BadInput("journal.bad_setting", value=str(text).strip(), choices=choices)


def parse_action(text: str) -> Action:
    """``"text; owner; YYYY-MM-DD"`` → an open ``Action`` (owner and due date may be left out)."""
    raw = str(text)
    parts = [part.strip() for part in raw.split(";")]
    due: date | None = None
    owner = ""
    if len(parts) >= 3:
        body, owner, when = (part.strip() for part in raw.rsplit(";", 2))
        due = parse_date(when, ahead=True) if when else None  # « vendredi »: the next one
    elif len(parts) == 2:
        body, other = parts
        # « texte ; 2026-12-01 » (or « ; 31/12 ») reads as a due date; anything else is the owner.
        if looks_like_date(other):
            due = parse_date(other, ahead=True)
        else:
            owner = other
    else:
        body = parts[0]
    if not body.strip():
        raise BadInput("journal.bad_action", value=str(text).strip())
    return Action(id=new_id(), text=body.strip(), owner=owner, due=due)


# --------------------------------------------------------------------------- building sessions
# Built in ``journal.building`` (imported when used).


def new_session(card: Card, **fields: Any) -> Session:
    """A checked session of ``card`` (see ``building.new_session``)."""
    from innovkit.journal.building import new_session as build

    return build(card, **fields)


def edit_session(card: Card | None, session: Session, **fields: Any) -> Session:
    """A checked copy of ``session`` with ``fields`` changed (see ``building.edit_session``)."""
    from innovkit.journal.building import edit_session as edit

    return edit(card, session, **fields)


# --------------------------------------------------------------------------- checking, as data
# Derived from the session schema (``journal.schema``, ``journal.data``), imported when used:
# the schema loads msgspec, which the catalogue commands never need.


def check_session(session: Session) -> None:
    """Raise ``BadInput`` naming the first field of ``session`` whose value cannot be stored."""
    from innovkit.journal.data import check_session as check

    check(session)


def session_data(session: Session) -> dict[str, Any]:
    """The session as JSON-ready data with stable English keys (exports, ``--json``)."""
    from innovkit.journal.data import session_data as data

    return data(session)


def session_from_data(data: Any, where: str | Callable[[], str]) -> Session:
    """A checked ``Session`` from ``session_data``'s format; ``where`` names it in errors."""
    from innovkit.journal.data import session_from_data as read

    return read(data, where)


def time_text(value: time | None) -> str | None:
    """``14:00`` (or ``14:00:30`` when there are seconds), as stored and exported."""
    if value is None:
        return None
    if value.second == 0 and value.microsecond == 0:
        return value.strftime("%H:%M")
    return value.isoformat()
