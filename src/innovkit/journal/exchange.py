"""The journal's exchange format: the JSON export (the format ``journal import`` reads and
merges), derived from the session schema. (The CSV for spreadsheets, made for reading rather
than exchange, is ``journal.spreadsheet``.)

JSON goes through msgspec: the export is encoded by it, and an import is decoded straight
into the schema's strict ``SessionData`` (unknown keys, wrong types and values out of bounds
are refused), then named field by field only when something is wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import msgspec

from innovkit.errors import BadInput
from innovkit.i18n import words
from innovkit.journal.conflicts import Deletion, DeletionData, deletion_of
from innovkit.journal.data import (
    Wrong,
    check_limits,
    read_session,
    session_data,
    short,
    to_session,
    wire_values,
)
from innovkit.journal.records import Session, utc_now
from innovkit.journal.schema import SessionData

EXPORT_FORMAT = "innovkit-journal"
# Version 2: each session's ``field_changes`` and the file's ``deletions`` (tombstones), for
# a merge field by field. Version 1 files are read as before (no times: see reconcile).
EXPORT_VERSION = 2
_BOM = b"\xef\xbb\xbf"


class _Head(msgspec.Struct):
    """What says a file is an export, and of which version (the rest is skipped)."""

    format: Any = None
    version: Any = None


class _Document(msgspec.Struct, kw_only=True):
    format: Any = None
    version: Any = None
    sessions: list[SessionData]


class _Deletions(msgspec.Struct):
    """The tombstones of an export (version 2)."""

    deletions: list[DeletionData] = []


# --------------------------------------------------------------------------- JSON export


def _head() -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": utc_now().isoformat(),
    }


def export_document(
    sessions: Iterable[Session], deletions: Iterable[Deletion] = ()
) -> dict[str, Any]:
    """The versioned JSON document that ``journal import`` reads back, as plain data."""
    return {
        **_head(),
        "sessions": [session_data(s) for s in sessions],
        "deletions": [d.data() for d in deletions],
    }


def export_json(sessions: Iterable[Session], deletions: Iterable[Deletion] = ()) -> str:
    """The export document as text: one session per line, so that the file stays readable
    and compares well line by line."""
    encode = msgspec.json.Encoder().encode
    # Raw: each session is embedded as encoded, after a line break (JSON whitespace).
    lines = [msgspec.Raw(b"\n" + encode(wire_values(s))) for s in sessions]
    document = {**_head(), "sessions": lines, "deletions": [d.data() for d in deletions]}
    return msgspec.json.encode(document).decode("utf-8") + "\n"


def export_stored(stored: Sequence[str], deletions: Iterable[Deletion] = ()) -> bytes:
    """The export document (UTF-8 bytes, as written to a file) of sessions as the store gives
    them (``Journal.stored_sessions``: each session's JSON object as text), embedded as they
    are (``msgspec.Raw``), one session per line."""
    lines = [msgspec.Raw("\n" + session) for session in stored]
    tombstones = [d.data() for d in deletions]
    return msgspec.json.encode({**_head(), "sessions": lines, "deletions": tombstones}) + b"\n"


# --------------------------------------------------------------------------- JSON import


def read_export(path: Path) -> Sequence[Session]:
    """The sessions of an export file, every one checked; ``BadInput`` for anything else.

    A valid file is checked in one pass by msgspec (``imports.decode_rows``) and its sessions
    are built only when used: ``Journal.merge`` stores them into an empty journal straight from
    the file's rows. Any other file is read again to say which field of which session is
    wrong."""
    from innovkit.journal.imports import ExportedSessions, decode_rows

    raw = _read(path).removeprefix(_BOM)
    try:
        decoded = decode_rows(raw)
    except RecursionError:  # nested deeper than msgspec goes: no export is
        raise BadInput("journal.import_not_export", path=path) from None
    if decoded is None or not _within_limits(decoded[1]):
        sessions = _sessions(raw, path)
        return ExportedSessions(None, lambda: sessions, _deletions(raw, path))
    head, rows = decoded
    _check_head(head, path)
    deletions = map(deletion_of, head.deletions)
    return ExportedSessions(rows, lambda: _sessions(raw, path), deletions)


def _deletions(raw: bytes, path: Path) -> list[Deletion]:
    """The tombstones of an export whose sessions were read (``_sessions``)."""
    try:
        document = msgspec.json.decode(raw, type=_Deletions)
    except msgspec.DecodeError:
        raise BadInput("merging.import_bad_deletions", path=path) from None
    return [deletion_of(d) for d in document.deletions]


def _within_limits(rows: Sequence[Any]) -> bool:
    """Whether every row keeps to what msgspec's types cannot say (``data.check_limits``)."""
    try:
        for row in rows:
            check_limits(row)
    except Wrong:
        return False
    return True


def _sessions(raw: bytes, path: Path) -> list[Session]:
    """The checked sessions of the export document ``raw``; ``BadInput`` names what is wrong."""
    try:
        document = msgspec.json.decode(raw, type=_Document)  # one pass for a good file
    except msgspec.ValidationError:
        try:
            head = msgspec.json.decode(raw, type=_Head)
        except msgspec.DecodeError:  # not JSON after all (cut short), or not an export
            raise BadInput("journal.import_not_export", path=path) from None
        _check_head(head, path)
        items: list[Any] = _plain_sessions(raw, path)  # read again to name what is wrong
    except RecursionError:
        raise BadInput("journal.import_not_export", path=path) from None
    except msgspec.DecodeError:  # not JSON at all (ValidationError is a DecodeError too)
        raise BadInput("journal.import_not_export", path=path) from None
    else:
        _check_head(document, path)
        items = document.sessions
    sessions = []
    for number, item in enumerate(items, 1):
        try:
            sessions.append(
                to_session(item) if isinstance(item, SessionData) else read_session(item)
            )
        except Wrong as wrong:
            where = words("journal.import_where", path=path, number=number)
            raise BadInput(
                "journal.data_bad_field",
                where=where,
                field=wrong.field_name,
                value=short(wrong.value),
            ) from None
    return sessions


def _check_head(head: Any, path: Path) -> None:
    """``BadInput`` unless the document says it is an export of a version we read."""
    version = head.version
    if head.format != EXPORT_FORMAT or type(version) is not int or version < 1:
        raise BadInput("journal.import_not_export", path=path)
    if version > EXPORT_VERSION:
        raise BadInput("journal.import_too_new", path=path, version=version, known=EXPORT_VERSION)


def _read(path: Path) -> bytes:
    """The file's bytes; a pipe, device or socket is never opened (reading a pipe would wait
    for a writer forever)."""
    import stat

    try:
        if not stat.S_ISREG(path.stat().st_mode) and not path.is_dir():
            raise BadInput("journal.import_not_regular", path=path)
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInput("journal.import_missing", path=path) from None
    except IsADirectoryError:
        raise BadInput("journal.path_is_folder", path=path) from None
    except OSError as error:
        raise BadInput("journal.import_unreadable", path=path, reason=error.strerror) from None


def _plain_sessions(raw: bytes, path: Path) -> list[Any]:
    """The sessions of a document that is not a valid export, as plain data, for
    ``read_session`` to say which field of which session is wrong."""
    try:
        document = msgspec.json.decode(raw)
    except (msgspec.DecodeError, RecursionError):  # a number out of range, nested too deep
        raise BadInput("journal.import_not_export", path=path) from None
    items = document.get("sessions") if isinstance(document, dict) else None
    if not isinstance(items, list):
        raise BadInput("journal.import_not_export", path=path)
    return items
