"""A session as plain data and back, and its checking: all derived from ``journal.schema``.

``check_session`` checks each field of a ``records.Session`` against the type and limits the
schema declares for it (msgspec does the checking), then the rules that span a field's items
(tags and action ids without repeats). ``session_data`` gives the JSON-ready mapping of the
export and of ``--json``; ``session_from_data`` and ``sessions_from_data`` read it back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, is_dataclass
from dataclasses import fields as dataclass_fields
from datetime import UTC, date, datetime, time, timedelta
from operator import attrgetter
from typing import Any, get_type_hints

import msgspec

from innovkit import limits
from innovkit.errors import BadInput
from innovkit.journal.records import Action, Session, StepTiming, time_text
from innovkit.journal.schema import (
    BY_NAME,
    FIELDS,
    JSON_KEYS,
    REQUIRED,
    ActionData,
    SessionData,
)

_ZERO = timedelta(0)


class Wrong(Exception):
    """One field that cannot be stored or read; the caller names it in a sentence."""

    def __init__(self, field_name: str, value: Any) -> None:
        super().__init__(field_name)
        self.field_name = field_name
        self.value = value


def short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


# --------------------------------------------------------------------------- checking


def _plain(value: Any) -> Any:
    """A session attribute as the schema's type reads it: a clock time as its text, an
    action or a step timing as its attributes."""
    if isinstance(value, time):
        return time_text(value)
    if isinstance(value, list) and value and is_dataclass(value[0]):
        return [
            {f.name: getattr(item, f.name) for f in dataclass_fields(item)}
            if is_dataclass(item)
            else item
            for item in value
        ]
    return value


# The fields of an item of a list field, to name the wrong one: ``actions.due``.
_ITEM_FIELDS: dict[str, dict[str, tuple[Any, bool]]] = {
    "actions": {f.name: (f.type, f.required) for f in msgspec.structs.fields(ActionData)},
    "step_timings": {
        f.name: (kind, f.default is MISSING)
        for f, kind in zip(
            dataclass_fields(StepTiming), get_type_hints(StepTiming).values(), strict=True
        )
    },
}


def _blame(name: str, kind: Any, value: Any) -> None:
    """Raise ``Wrong`` naming ``name`` (or the item's field: ``actions.due``) if ``value`` is
    not of the schema's ``kind``."""
    try:
        msgspec.convert(value, kind, strict=True)
    except msgspec.ValidationError:
        pass
    else:
        return
    parts = _ITEM_FIELDS.get(name)
    if parts is not None and isinstance(value, list):
        for entry in value:
            if not isinstance(entry, dict):
                raise Wrong(name, entry)
            for part, (kind, required) in parts.items():
                if part in entry or required:
                    _blame(f"{name}.{part}", kind, entry.get(part))
    raise Wrong(name, value)


def _is_day(value: Any) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def check_fields(session: Session) -> None:
    """Raise ``Wrong`` for the first field of ``session`` that is not what the schema says."""
    for spec in FIELDS:
        value = getattr(session, spec.name)
        if spec.kind is date:
            if not _is_day(value):  # msgspec would read a text as a date: not here
                raise Wrong(spec.name, value)
            continue
        _blame(spec.name, spec.kind, _plain(value))
    for name in ("created_at", "updated_at"):
        moment = getattr(session, name)
        if not isinstance(moment, datetime) or moment.utcoffset() != _ZERO:
            raise Wrong(name, moment)
    if session.start is not None and not isinstance(session.start, time):
        raise Wrong("start", session.start)  # a time of day, not its text
    for action in session.actions:
        if action.due is not None and not _is_day(action.due):
            raise Wrong("actions.due", action.due)
        if action.done_on is not None and not _is_day(action.done_on):
            raise Wrong("actions.done_on", action.done_on)
    check_rules(session)


_SECONDS = tuple(
    attrgetter(name) for name in ("planned_seconds", "actual_seconds", "extended_seconds")
)


def check_rules(session: Session) -> None:
    """What spans the items of a field: tags (in any case) and action ids are never repeated
    within a session, and a step's seconds are never negative; and what msgspec cannot bound:
    a step's seconds, title and id, and every date within the journal's years (``limits``)."""
    if len({tag.casefold() for tag in session.tags}) != len(session.tags):
        raise Wrong("tags", session.tags)
    ids = [action.id for action in session.actions]
    if len(set(ids)) != len(ids):
        raise Wrong("actions.id", ids)
    timings = session.step_timings
    if timings and min(min(map(seconds, timings)) for seconds in _SECONDS) < 0:
        raise Wrong("step_timings", timings)
    check_limits(session)


def check_limits(session: Any) -> None:
    """``Wrong`` for a date of ``session`` (a ``Session`` or an import's row) outside the
    journal's years, or a step timing beyond its limits (``innovkit.limits``)."""
    for name in ("date", "created_at", "updated_at"):
        moment = getattr(session, name)
        if not limits.year_in_range(moment.year):
            raise Wrong(name, moment.isoformat())
    for action in session.actions:
        if action.due is not None and not limits.year_in_range(action.due.year):
            raise Wrong("actions.due", action.due.isoformat())
    timings = session.step_timings
    if isinstance(timings, list):  # an import's row keeps them as JSON, checked by msgspec
        for timing in timings:
            if _timing_too_big(timing):
                raise Wrong("step_timings", timing)
    for moment in _change_times(getattr(session, "field_changes", None)):
        if not limits.year_in_range(moment.year):
            raise Wrong("field_changes", moment.isoformat())


def _change_times(changes: Any) -> list[datetime]:
    """Every time in a session's ``field_changes``: datetimes (an import's ``SessionData``),
    ISO text (a ``Session``) or JSON kept whole (an import's row, checked here by the schema)."""
    if isinstance(changes, msgspec.Raw):
        if bytes(changes) == b"{}":
            return []
        from innovkit.journal.schema import FieldChanges

        try:
            changes = msgspec.json.decode(changes, type=FieldChanges)
        except msgspec.DecodeError:
            raise Wrong("field_changes", str(changes, "utf-8")) from None
    if not changes:
        return []
    return [
        moment if isinstance(moment, datetime) else datetime.fromisoformat(moment)
        for times in changes.values()
        for moment in times
    ]


def _timing_too_big(timing: StepTiming) -> bool:
    seconds = (timing.planned_seconds, timing.actual_seconds, timing.extended_seconds)
    texts = (timing.step_id, timing.title)  # a card's own: a card may have long titles
    return max(seconds) > limits.MAX_STEP_SECONDS or max(map(len, texts)) > limits.MAX_LONG_TEXT


def check_session(session: Session) -> None:
    """Raise ``BadInput`` naming the first field of ``session`` whose value cannot be stored."""
    try:
        check_fields(session)
    except Wrong as wrong:
        raise BadInput(
            "journal.bad_field", field=wrong.field_name, value=short(wrong.value)
        ) from None


# --------------------------------------------------------------------------- as plain data


def wire_values(session: Session) -> dict[str, Any]:
    """The session's fields by the schema's keys, in its order, dates and times as the
    journal's own text (``14:00``, ISO dates, ``+00:00``); msgspec encodes the rest as it is
    (actions and step timings included)."""
    values = {name: getattr(session, name) for name in JSON_KEYS}
    values["date"] = session.date.isoformat()
    values["start"] = time_text(session.start)
    values["created_at"] = session.created_at.isoformat()
    values["updated_at"] = session.updated_at.isoformat()
    return values


def session_data(session: Session) -> dict[str, Any]:
    """The session as JSON-ready plain data (the export's shape, ``--json``)."""
    return msgspec.to_builtins(wire_values(session))  # type: ignore[no-any-return]


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)


def to_session(data: Any) -> Session:
    """The ``records.Session`` of a checked ``SessionData``."""
    values = {name: getattr(data, name) for name in JSON_KEYS}
    values["start"] = None if data.start is None else time.fromisoformat(data.start)
    values["created_at"] = _utc(data.created_at)
    values["updated_at"] = _utc(data.updated_at)
    values["actions"] = [
        Action(a.id, a.text, a.owner, a.due, a.status, a.done_on) for a in data.actions
    ]
    values["field_changes"] = {
        key: [_utc(moment).isoformat() for moment in times]
        for key, times in data.field_changes.items()
    }
    session = Session(**values)
    check_rules(session)
    return session


def _blame_data(data: Any) -> Wrong:
    """Which field of a mapping that is not a ``SessionData`` is wrong."""
    if not isinstance(data, dict):
        return Wrong("session", data)
    for key in data:
        if key not in BY_NAME:
            return Wrong(str(key), data[key])
    for spec in FIELDS:
        if spec.name not in data:
            if spec.default is REQUIRED:
                return Wrong(spec.name, None)
            continue
        try:
            _blame(spec.name, spec.kind, data[spec.name])
        except Wrong as wrong:
            return wrong
    return Wrong("session", data)


def read_session(data: Any) -> Session:
    """A checked ``Session`` from ``session_data``'s format; ``Wrong`` names what is not."""
    try:
        checked = msgspec.convert(data, SessionData, strict=True)
    except msgspec.ValidationError:
        raise _blame_data(data) from None
    return to_session(checked)


def session_from_data(data: Any, where: str | Callable[[], str]) -> Session:
    """A checked ``Session`` from ``session_data``'s format; ``where`` names it in errors (a
    function giving the name will do, so that 100,000 good sessions cost no sentence)."""
    try:
        return read_session(data)
    except Wrong as wrong:
        place = where() if callable(where) else where
        raise BadInput(
            "journal.data_bad_field",
            where=place,
            field=wrong.field_name,
            value=short(wrong.value),
        ) from None
