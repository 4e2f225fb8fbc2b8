"""The journal's exchange formats: the JSON export (the format ``journal import`` reads and
merges) and the CSV for spreadsheets, both derived from the session schema.

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
from innovkit.i18n import tr
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
from innovkit.journal.schema import CSV_COLUMNS, SessionData

EXPORT_FORMAT = "innovkit-journal"
EXPORT_VERSION = 1
_BOM = b"\xef\xbb\xbf"


class _Head(msgspec.Struct):
    """What says a file is an export, and of which version (the rest is skipped)."""

    format: Any = None
    version: Any = None


class _Document(msgspec.Struct, kw_only=True):
    format: Any = None
    version: Any = None
    sessions: list[SessionData]


# --------------------------------------------------------------------------- JSON export


def _head() -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": utc_now().isoformat(),
    }


def export_document(sessions: Iterable[Session]) -> dict[str, Any]:
    """The versioned JSON document that ``journal import`` reads back, as plain data."""
    return {**_head(), "sessions": [session_data(s) for s in sessions]}


def export_json(sessions: Iterable[Session]) -> str:
    """The export document as text: one session per line, so that the file stays readable
    and compares well line by line."""
    encode = msgspec.json.Encoder().encode
    # Raw: each session is embedded as encoded, after a line break (JSON whitespace).
    lines = [msgspec.Raw(b"\n" + encode(wire_values(s))) for s in sessions]
    document = {**_head(), "sessions": lines}
    return msgspec.json.encode(document).decode("utf-8") + "\n"


def export_stored(stored: Sequence[str]) -> bytes:
    """The export document (UTF-8 bytes, as written to a file) of sessions as the store gives
    them (``Journal.stored_sessions``: each session's JSON object as text), embedded as they
    are (``msgspec.Raw``), one session per line."""
    lines = [msgspec.Raw("\n" + session) for session in stored]
    return msgspec.json.encode({**_head(), "sessions": lines}) + b"\n"


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
        raise BadInput(tr("journal.import_not_export", path=path)) from None
    if decoded is None or not _within_limits(decoded[1]):
        return _sessions(raw, path)
    head, rows = decoded
    _check_head(head, path)
    return ExportedSessions(rows, lambda: _sessions(raw, path))


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
            raise BadInput(tr("journal.import_not_export", path=path)) from None
        _check_head(head, path)
        items: list[Any] = _plain_sessions(raw, path)  # read again to name what is wrong
    except RecursionError:
        raise BadInput(tr("journal.import_not_export", path=path)) from None
    except msgspec.DecodeError:  # not JSON at all (ValidationError is a DecodeError too)
        raise BadInput(tr("journal.import_not_export", path=path)) from None
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
            where = tr("journal.import_where", path=path, number=number)
            raise BadInput(
                tr(
                    "journal.data_bad_field",
                    where=where,
                    field=wrong.field_name,
                    value=short(wrong.value),
                )
            ) from None
    return sessions


def _check_head(head: Any, path: Path) -> None:
    """``BadInput`` unless the document says it is an export of a version we read."""
    version = head.version
    if head.format != EXPORT_FORMAT or type(version) is not int or version < 1:
        raise BadInput(tr("journal.import_not_export", path=path))
    if version > EXPORT_VERSION:
        raise BadInput(
            tr("journal.import_too_new", path=path, version=version, known=EXPORT_VERSION)
        )


def _read(path: Path) -> bytes:
    """The file's bytes; a pipe, device or socket is never opened (reading a pipe would wait
    for a writer forever)."""
    import stat

    try:
        if not stat.S_ISREG(path.stat().st_mode) and not path.is_dir():
            raise BadInput(tr("journal.import_not_regular", path=path))
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInput(tr("journal.import_missing", path=path)) from None
    except IsADirectoryError:
        raise BadInput(tr("journal.path_is_folder", path=path)) from None
    except OSError as error:
        raise BadInput(tr("journal.import_unreadable", path=path, reason=error.strerror)) from None


def _plain_sessions(raw: bytes, path: Path) -> list[Any]:
    """The sessions of a document that is not a valid export, as plain data, for
    ``read_session`` to say which field of which session is wrong."""
    try:
        document = msgspec.json.decode(raw)
    except (msgspec.DecodeError, RecursionError):  # a number out of range, nested too deep
        raise BadInput(tr("journal.import_not_export", path=path)) from None
    items = document.get("sessions") if isinstance(document, dict) else None
    if not isinstance(items, list):
        raise BadInput(tr("journal.import_not_export", path=path))
    return items


# --------------------------------------------------------------------------- CSV

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    """A spreadsheet cell that can never run as a formula: text starting with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return gets a leading apostrophe (OWASP's advice)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_separator(lang: str) -> str:
    """The column separator a spreadsheet of that language expects: French Excel reads « ; »
    (the comma is its decimal mark), English Excel reads « , »."""
    return ";" if lang == "fr" else ","


def _cell(session: Session, name: str, value: Any) -> Any:
    """One field in a cell: lists joined with « ; », an action as « text — owner — due »,
    the tool's own fields as their JSON."""
    if name == "actions":
        return " ; ".join(
            " — ".join(part for part in (a.text, a.owner, a.due and a.due.isoformat()) if part)
            for a in session.actions
        )
    if isinstance(value, list):
        return " ; ".join(value)
    if isinstance(value, dict):
        return msgspec.json.encode(value).decode("utf-8") if value else ""
    return value


def export_csv(sessions: Iterable[Session], separator: str = ",") -> str:
    """One row per session, the schema's CSV columns separated by ``separator`` (see
    ``csv_separator``); every cell neutralised. The text starts with a byte order mark:
    without it, Excel reads UTF-8 as an old Windows encoding and garbles every accent."""
    import csv
    import io

    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for s in sessions:
        data = session_data(s)
        writer.writerow([safe_cell(_cell(s, name, data[name])) for name in CSV_COLUMNS])
    return buffer.getvalue()
