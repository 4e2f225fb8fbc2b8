"""The journal's sessions as table rows and back, and what the store's queries return.

The columns of the ``sessions`` table are the fields of ``records.Session`` but its actions
and tags (tables of their own); how each is written and read follows the type the model
declares for it. No SQL here: ``store.py`` is the one module that speaks SQL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, time
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
class Usage:
    """How much a lever (or a tool) was used: sessions since a date, and the last date."""

    sessions: int
    last_date: date | None


class SessionFigures(NamedTuple):
    """What a report's headline needs from a session, read without the rest of it."""

    facilitators: list[str]
    services: list[str]
    participants: int | None
    minutes: int  # actual, else planned, as ``Session.minutes``


@dataclass(frozen=True, slots=True)
class MergeCounts:
    """What ``Journal.merge`` did (or would do, in a dry run) with the sessions it was given."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0  # same id, different content, and ours is the newer one


# Every field of a session has its column, except its actions and tags (tables of their own).
COLUMNS = tuple(f.name for f in fields(Session) if f.name not in ("actions", "tags"))


def chronological(s: Session) -> tuple[Any, ...]:
    return (s.date, s.start or time(0), s.created_at, s.id)  # as _ORDER


def _json_text(value: Any) -> str:
    import msgspec

    return msgspec.json.encode(value).decode("utf-8")


def _timings(text: str) -> list[StepTiming]:
    return [StepTiming(**t) for t in json.loads(text)]


def _clock(text: str | None) -> time | None:
    return None if text is None else time.fromisoformat(text)


# How each column is written and read, by the type the session model declares for the field:
# dates and times as ISO text (start times as typed, HH:MM), lists and mappings as JSON text.
_TO_SQL: dict[str, Callable[[Any], Any]] = {
    "date": date.isoformat,
    "time | None": time_text,
    "datetime": datetime.isoformat,
    "list[str]": _json_text,
    "dict[str, Any]": _json_text,
    "list[StepTiming]": _json_text,
}
_FROM_SQL: dict[str, Callable[[Any], Any]] = {
    "date": date.fromisoformat,
    "time | None": _clock,
    "datetime": datetime.fromisoformat,
    "list[str]": json.loads,
    "dict[str, Any]": json.loads,
    "list[StepTiming]": _timings,
}
_TYPES = {f.name: str(f.type) for f in fields(Session)}
_WRITERS = tuple(_TO_SQL.get(_TYPES[name]) for name in COLUMNS)
_READERS = tuple((name, _FROM_SQL.get(_TYPES[name])) for name in COLUMNS)


def session_row(s: Session) -> tuple[Any, ...]:
    return tuple(
        getattr(s, name) if write is None else write(getattr(s, name))
        for name, write in zip(COLUMNS, _WRITERS, strict=True)
    )


def row_session(row: Sequence[Any]) -> Session:
    return Session(
        **{
            name: value if read is None else read(value)
            for (name, read), value in zip(_READERS, row, strict=True)
        }
    )


def row_action(row: Sequence[Any]) -> Action:
    return Action(
        id=row[0],
        text=row[1],
        owner=row[2],
        due=None if row[3] is None else date.fromisoformat(row[3]),
        status=row[4],
    )
