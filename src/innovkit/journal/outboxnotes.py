"""What the outbox remembers of each session it keeps, beside the session itself: the shared
journal it was meant for, and why that journal refused it, if it did.

The sessions wait whole in ``outbox.sqlite3`` (a journal file: see ``journal.outbox``); these
notes live next to it, in ``outbox.json`` (owner-only, written whole through a temporary
file). A session's note is written before the session goes into the outbox and forgotten
once the server has committed it, so a session never waits without knowing its journal — but
for the sessions kept by an innovkit older than these notes: they have none, and are meant
for whichever shared journal ``journal sync`` is given (as they were then).

A journal is known by its address without its password (``journal_address``): what a
facilitator sees in ``journal status``, enough to tell one database from another.
"""

from __future__ import annotations

from pathlib import Path

import msgspec

NOTES_NAME = "outbox.json"
NOTES_VERSION = 1

# The parts of an address's query that say which database it is (a password never does).
_NAMING = ("service", "host", "hostaddr", "port", "dbname", "user")


class Note(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """One kept session: the journal it is for (``None``: kept by an older innovkit), and,
    once that journal refused it, the reason in each language (« fr », « en »)."""

    journal: str | None = None
    refused: dict[str, str] | None = None


class Notes(msgspec.Struct, forbid_unknown_fields=True):
    version: int = NOTES_VERSION
    sessions: dict[str, Note] = msgspec.field(default_factory=dict)


def notes_path() -> Path:
    """``outbox.json``, next to the outbox."""
    from innovkit.journal.outbox import outbox_path

    return outbox_path().with_name(NOTES_NAME)


def journal_address(address: str) -> str:
    """The shared journal ``address`` as the outbox remembers it: without its password (nor
    any query but the parts that name the database, such as ``service``)."""
    from urllib.parse import parse_qsl, urlencode, urlsplit

    from innovkit.journal.store.postgres import redacted

    query = parse_qsl(urlsplit(address.strip()).query)
    naming = sorted((k, v) for k, v in query if k in _NAMING)
    shown = redacted(address)
    return f"{shown}?{urlencode(naming)}" if naming else shown


def read_notes() -> Notes:
    """The notes, or none when there is no file. A file that cannot be read as notes counts
    as none: its sessions then wait for the shared journal ``sync`` is given, as an older
    innovkit's did (nothing is lost)."""
    path = notes_path()
    try:
        return msgspec.json.decode(path.read_bytes(), type=Notes)
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return Notes()


def write_notes(notes: Notes) -> None:
    """Write ``notes`` whole (owner-only); an empty outbox leaves no file behind."""
    from innovkit.output import write_file

    path = notes_path()
    if not notes.sessions:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path, msgspec.json.encode(notes), force=True, mode=0o600, own_file=True)


def meant_for(session_id: str, address: str) -> None:
    """Remember that the session ``session_id`` is kept for the shared journal ``address``."""
    notes = read_notes()
    notes.sessions[session_id] = Note(journal=journal_address(address))
    write_notes(notes)
