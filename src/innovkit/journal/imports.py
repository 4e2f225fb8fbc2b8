"""A JSON export read for a bulk import: checked by msgspec, stored without building sessions.

``read_rows`` decodes the whole document in one call into ``_Row`` structs: every field is
checked by the type and limits the schema declares for it, but the fields kept in JSON columns
(lists and mappings, see ``rows.JSON_COLUMNS``) stay the raw JSON bytes of the file
(``msgspec.Raw``): each is checked by a typed decoder whose result is dropped at once, and is
then stored as it came. No ``Session`` is built and no list of 100,000 sessions' step timings
stays alive, so an import into an empty journal costs one decoding and the SQL.

Anything that is not a valid export (or that the rules spanning a field's items refuse) is left
to the slower path of ``exchange.read_export``, which names the wrong field.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, time
from itertools import repeat
from operator import attrgetter
from typing import Any, NamedTuple

import msgspec

from innovkit.journal.conflicts import DeletionData
from innovkit.journal.records import Session, time_text
from innovkit.journal.rows import COLUMNS, JSON_COLUMNS, action_row
from innovkit.journal.schema import FIELDS, REQUIRED, Long, Seconds


class _Timing(msgspec.Struct, gc=False):
    """``records.StepTiming`` as an import checks it, with its seconds never negative."""

    step_id: Long
    title: Long
    planned_seconds: Seconds
    actual_seconds: Seconds
    skipped: bool = False
    extended_seconds: Seconds = 0


def _raw_default(spec: Any) -> msgspec.Raw:
    return msgspec.Raw(b"{}" if str(spec.kind).startswith("dict") else b"[]")


def _field(spec: Any) -> tuple[Any, ...]:
    if spec.name in JSON_COLUMNS:
        return (spec.name, msgspec.Raw, _raw_default(spec))
    if spec.default is REQUIRED:
        return (spec.name, spec.kind)
    return (spec.name, spec.kind, spec.default)


_Row = msgspec.defstruct(
    "_Row",
    [_field(spec) for spec in FIELDS],
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,  # plain data: nothing for Python's cycle collector to walk
    module=__name__,
)


class _RowDocument(msgspec.Struct, kw_only=True):
    format: Any = None
    version: Any = None
    sessions: list[_Row]  # type: ignore[valid-type]
    deletions: list[DeletionData] = []


def _column_decoders() -> tuple[tuple[str, Any], ...]:
    kinds = {spec.name: spec.kind for spec in FIELDS}
    kinds["step_timings"] = list[_Timing]
    return tuple(
        (name, msgspec.json.Decoder(kinds[name], strict=True).decode) for name in JSON_COLUMNS
    )


class TableRows(NamedTuple):
    """What the store inserts: ``sessions`` in ``rows.COLUMNS`` order, oldest first, then the
    rows of the ``actions`` and ``session_tags`` tables."""

    sessions: list[tuple[Any, ...]]
    actions: list[tuple[Any, ...]]
    tags: list[tuple[Any, ...]]


def decode_rows(raw: bytes) -> tuple[Any, list[Any]] | None:
    """The head and the checked rows of an export document, or ``None`` when it is not a
    valid export (the slower path then says why)."""
    try:
        # Without its spaces and line breaks (one C pass): the JSON kept as it came, stored
        # then exported as it is, is minified, and an export keeps one session per line.
        document = msgspec.json.decode(msgspec.json.format(raw, indent=-1), type=_RowDocument)
    except msgspec.DecodeError:  # ValidationError included
        return None
    rows = document.sessions
    checks = _column_decoders()
    try:
        for row in rows:
            for name, check in checks:
                check(getattr(row, name))
    except msgspec.DecodeError:
        return None
    if not all(map(_rules_hold, rows)):
        return None
    return document, rows


def _rules_hold(row: Any) -> bool:
    """``data.check_rules`` on a row: tags (in any case) and action ids never repeated."""
    tags = row.tags
    if len({tag.casefold() for tag in tags}) != len(tags):
        return False
    ids = {action.id for action in row.actions}
    return len(ids) == len(row.actions)


def _newest(rows: Sequence[Any]) -> list[Any]:
    """One row per session id: the one updated last (as ``Journal.merge`` keeps)."""
    by_id: dict[str, Any] = {}
    for row in rows:
        known = by_id.get(row.id)
        if known is None or row.updated_at > known.updated_at:
            by_id[row.id] = row
    return list(by_id.values())


def _clock(text: str | None) -> str | None:
    return None if text is None else time_text(time.fromisoformat(text))


def _column(name: str, rows: Sequence[Any]) -> Iterator[Any]:
    """One column's values for ``rows``, as stored: dates as ISO text, moments in UTC, clock
    times as typed (``time_text``), JSON columns as the file's own JSON text. Built column by
    column with ``map``, so that only the clock times call back into Python."""
    values = map(attrgetter(name), rows)
    if name == "date":
        return map(date.isoformat, values)
    if name == "start":
        return map(_clock, values)
    if name in ("created_at", "updated_at"):
        return map(datetime.isoformat, map(datetime.astimezone, values, repeat(UTC)))
    if name == "field_changes":
        return map(_adopted, values)
    if name in JSON_COLUMNS:
        return map(str, values, repeat("utf-8"))  # a Raw is a buffer of UTF-8 bytes
    return values


def _adopted(raw: msgspec.Raw) -> str:
    """A session's ``field_changes`` as a journal that takes it whole stores them: both
    sides agree on every field, as of when it last changed (``reconcile.adopted``)."""
    text = str(raw, "utf-8")
    if text == "{}":
        return text
    changes = msgspec.json.decode(raw, type=dict[str, list[str]])
    return msgspec.json.encode(
        {key: [times[0], times[0]] for key, times in changes.items()}
    ).decode("utf-8")


def table_rows(rows: Sequence[Any]) -> TableRows | None:
    """The rows to insert for ``rows`` (``decode_rows``), or ``None`` when two sessions share
    an action id (the slower path refuses them with a sentence naming both)."""
    kept = _newest(rows)
    owners: dict[str, str] = {}
    for row in kept:
        for action in row.actions:
            if owners.setdefault(action.id, row.id) != row.id:
                return None
    columns = [_column(name, kept) for name in COLUMNS]
    sessions = sorted(zip(*columns, strict=True), key=_chronological)
    actions = [action_row(a, row.id, i) for row in kept for i, a in enumerate(row.actions)]
    tags = [(row.id, i, tag) for row in kept for i, tag in enumerate(row.tags)]
    return TableRows(sessions, actions, tags)


_POSITIONS = {name: index for index, name in enumerate(COLUMNS)}
_DATE, _START, _CREATED, _ID = (_POSITIONS[n] for n in ("date", "start", "created_at", "id"))


def _chronological(values: tuple[Any, ...]) -> tuple[Any, ...]:
    return (values[_DATE], values[_START] or "", values[_CREATED], values[_ID])


class ExportedSessions(Sequence[Session]):
    """The sessions of a valid export file. As a sequence it holds checked ``Session`` objects
    (built on first use, by ``build``); ``table_rows`` gives what an import into an empty
    journal stores, without building them."""

    def __init__(self, rows: list[Any] | None, build: Any, deletions: Any = ()) -> None:
        self._rows = rows
        self._build = build
        self._sessions: list[Session] | None = None
        self.deletions = list(deletions)  # ``conflicts.Deletion``s the file carries

    def table_rows(self) -> TableRows | None:
        return None if self._rows is None else table_rows(self._rows)

    def tools_outcomes(self, tools: set[str]) -> Iterator[tuple[int, str, Any]]:
        """(number in the file, tool, outcomes) of the sessions of ``tools``, read from the
        rows when the file gave them (no session is built for this)."""
        if self._rows is None:
            for number, session in enumerate(self._all(), 1):
                if session.tool in tools:
                    yield number, session.tool, session.outcomes
            return
        for number, row in enumerate(self._rows, 1):
            if row.tool in tools:
                yield number, row.tool, msgspec.json.decode(row.outcomes)

    def _all(self) -> list[Session]:
        if self._sessions is None:
            self._sessions = self._build()
        return self._sessions

    def __len__(self) -> int:
        return len(self._all()) if self._rows is None else len(self._rows)

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]

    def __iter__(self) -> Iterator[Session]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        return self._all() == (list(other) if isinstance(other, Sequence) else other)

    __hash__ = None  # type: ignore[assignment]
