"""The journal's sessions as table rows and back, and what the store's queries return.

The columns of the ``sessions`` table are the fields of ``records.Session`` but its actions
and tags (tables of their own); how each is written and read follows the type the model
declares for it. No SQL here: the ``store`` package is the one that speaks SQL.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, time
from operator import attrgetter
from typing import Any, NamedTuple

from innovkit.journal.records import Action, Session, StepTiming, time_text

# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class ActionEntry:
    """An action with the session it was decided in (for the follow-up of actions)."""

    action: Action
    session_id: str
    session_date: date
    tool: str
    lever: str


@dataclass(frozen=True, slots=True)
class Mine:
    """Whose sessions are « mine » (``--mine``): on a shared journal, those this account
    recorded (its ``owner_role``, the ones it may change); everywhere, those ``name``
    facilitated or co-facilitated (any case or accent), and the actions given to ``name``."""

    name: str | None = None


@dataclass(frozen=True, slots=True)
class Usage:
    """How much a lever (or a tool) was used: sessions since a date, and the last date."""

    sessions: int
    last_date: date | None


class MonthlyActivity(NamedTuple):
    """One tool's sessions in one month, summed (for the open data: no text, no names). A
    session is one meeting of a group with a tool: a tool in several moments is a session per
    moment; ``cycles`` counts those that open a cycle (``journal.cycles``)."""

    month: str  # YYYY-MM
    tool: str
    lever: str
    sessions: int
    participants: int  # the known sum over the sessions that open a cycle: a group once
    recorded_minutes: int  # the sum of the durations measured or typed
    untimed_planned_minutes: int  # the planned time of the sessions with no recorded duration
    satisfaction_total: int
    satisfaction_count: int
    cycles: int = 0  # the sessions that open a cycle (a tool's first moment, or its only one)


class SessionFigures(NamedTuple):
    """What a report's headline needs from a session, read without the rest of it."""

    facilitators: list[str]
    services: list[str]
    participants: int | None
    minutes: int  # actual, else planned, as ``Session.minutes``
    actual_minutes: int | None
    planned_minutes: int | None
    satisfaction: int | None
    id: str = ""
    follows: str | None = None  # a later moment: the first session of its cycle


@dataclass(frozen=True, slots=True)
class MergeCounts:
    """What ``Journal.merge`` did (or would do, in a dry run) with the sessions it was given."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0  # same id, different content, and nothing of theirs was taken
    # What a report of the merge names (``journal.conflicts``, ``journal.reconcile``): each
    # session updated with its fields, each conflict, each deletion that came with the file.
    changes: tuple[Any, ...] = ()
    conflicts: tuple[Any, ...] = ()
    deleted: tuple[Any, ...] = ()
    restored: tuple[Any, ...] = ()  # deleted here, but changed there after the deletion
    not_restored: int = 0  # older copies of sessions deleted here
    kept_after_deletion: tuple[Any, ...] = ()  # deleted there, but changed here after
    in_conflict: tuple[Any, ...] = ()  # the sessions of the conflicts


# Every field of a session has its column, except its actions and tags (tables of their own).
COLUMNS = tuple(f.name for f in fields(Session) if f.name not in ("actions", "tags"))


# The columns that hold JSON text: the fields whose model type is a list or a mapping.
JSON_COLUMNS = tuple(
    f.name
    for f in fields(Session)
    if f.name in COLUMNS and str(f.type).startswith(("list", "dict"))
)


def chronological(s: Session) -> tuple[Any, ...]:
    return (s.date, s.start or time(0), s.created_at, s.id)  # as _ORDER


_ATTRIBUTES = attrgetter(*COLUMNS)


def _clock(text: str | None) -> time | None:
    return None if text is None else time.fromisoformat(text)


@functools.cache
def _codecs() -> tuple[tuple[Callable[[Any], Any] | None, ...], tuple[Any, ...]]:
    """How each column is written and read, by the type the session model declares for the
    field: dates and times as ISO text (start times as typed, HH:MM), lists and mappings as
    JSON text, through msgspec (imported on the first session read or written: ``levers``
    and ``suggest`` only count rows)."""
    import msgspec

    encode = msgspec.json.Encoder().encode

    def json_text(value: Any) -> str:
        return encode(value).decode("utf-8")

    to_sql: dict[str, Callable[[Any], Any]] = {
        "date": date.isoformat,
        "time | None": time_text,
        "datetime": datetime.isoformat,
        "list[str]": json_text,
        "dict[str, Any]": json_text,
        "list[StepTiming]": json_text,
    }
    from_sql: dict[str, Callable[[Any], Any]] = {
        "date": date.fromisoformat,
        "time | None": _clock,
        "datetime": datetime.fromisoformat,
        "list[str]": msgspec.json.Decoder(list[str]).decode,
        "dict[str, Any]": msgspec.json.Decoder(dict[str, Any]).decode,
        "list[StepTiming]": msgspec.json.Decoder(list[StepTiming]).decode,
    }
    types = {f.name: str(f.type) for f in fields(Session)}
    writers = tuple(
        (index, to_sql[types[name]]) for index, name in enumerate(COLUMNS) if types[name] in to_sql
    )
    readers = tuple((name, from_sql.get(types[name])) for name in COLUMNS)
    return writers, readers


def session_row(s: Session) -> list[Any]:
    """The values of the ``sessions`` columns (``COLUMNS``) for ``s``."""
    values = list(_ATTRIBUTES(s))
    for index, write in _codecs()[0]:
        values[index] = write(values[index])
    return values


def row_session(row: Sequence[Any]) -> Session:
    """The session of a row of ``COLUMNS`` (without its actions and tags)."""
    readers = _codecs()[1]
    return Session(
        **{
            name: value if read is None else read(value)
            for (name, read), value in zip(readers, row, strict=True)
        }
    )


# The columns of the ``actions`` table that hold an action's own fields, in this order.
ACTION_COLUMNS = ("id", "text", "owner", "due", "status", "done_on")


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def row_action(row: Sequence[Any]) -> Action:
    """The action of a row of ``ACTION_COLUMNS``."""
    return Action(
        id=row[0],
        text=row[1],
        owner=row[2],
        due=_day(row[3]),
        status=row[4],
        done_on=_day(row[5]),
    )


def action_row(action: Action, session_id: str, position: int) -> tuple[Any, ...]:
    """The values of the ``actions`` columns: ``ACTION_COLUMNS`` after the session's id and
    the action's position in it."""
    return (
        session_id,
        position,
        action.id,
        action.text,
        action.owner,
        action.due and action.due.isoformat(),
        action.status,
        action.done_on and action.done_on.isoformat(),
    )
