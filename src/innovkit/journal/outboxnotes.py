"""What the outbox remembers of each session it keeps, beside the session itself: the shared
journal it was meant for, and why that journal refused it, if it did.

The sessions wait whole in ``outbox.sqlite3`` (a journal file: see ``journal.outbox``); these
notes live next to it, **one small file per kept session** in the folder ``outbox-notes``
(owner-only), each written whole through a temporary file moved into place. Why one file per
session rather than one file for all (``outbox.json``, what innovkit kept until now): two
processes recording offline at the same instant — two facilitators' sessions on one laptop,
or ``run --record`` and ``journal add`` — each read the one file, added their note and wrote
it back, and the second write lost the first one's note. With a file per session, each
process writes only its own session's file: there is nothing to read first, nothing to
merge, and a file moved into place is whole or absent, on every system (no lock, which would
need ``fcntl`` on Unix and something else on Windows). The notes were not put inside
``outbox.sqlite3``: it is a journal file with the journal's own schema (migrated and checked
like every journal), which is better left without a table of the outbox's own.

A session's note is written before the session goes into the outbox and forgotten once the
server has committed it, so a session never waits without knowing its journal — but for the
sessions kept by an innovkit older than these notes: they have none, and are meant for
whichever shared journal ``journal sync`` is given (as they were then). An ``outbox.json``
left by the previous version is still read (its notes count where no file of the folder says
otherwise), and ``sync`` moves its notes into the folder before it removes it: nothing kept is
lost on upgrade.

A journal is known by its address without its password (``journal_address``): what a
facilitator sees in ``journal status``, enough to tell one database from another.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import msgspec

NOTES_FOLDER = "outbox-notes"
NOTES_VERSION = 1
OLD_NOTES_NAME = "outbox.json"  # all notes in one file: what innovkit kept until now

# A session id that may name its note's file as it is (innovkit's ids: UUIDs).
_PLAIN_ID = re.compile(r"[0-9a-f-]{1,64}")


class Note(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """One kept session: the journal it is for (``None``: kept by an older innovkit), and,
    once that journal refused it, the reason in each language (« fr », « en »). A later
    moment's ``follows`` given as the beginning of an id (« 3f2a9c1e ») waits here: only the
    shared journal can tell which session it is (``journal sync`` does)."""

    journal: str | None = None
    refused: dict[str, str] | None = None
    follows: str | None = None


class NoteFile(msgspec.Struct, forbid_unknown_fields=True):
    """A note's file: the session it is about, and the note."""

    session: str
    note: Note
    version: int = NOTES_VERSION


class OldNotes(msgspec.Struct, forbid_unknown_fields=True):
    """``outbox.json``, as the previous version wrote it."""

    version: int = NOTES_VERSION
    sessions: dict[str, Note] = msgspec.field(default_factory=dict)


def notes_folder() -> Path:
    """``outbox-notes``, next to the outbox."""
    from innovkit.journal.outbox import outbox_path

    return outbox_path().with_name(NOTES_FOLDER)


def old_notes_path() -> Path:
    """``outbox.json``, next to the outbox (the previous version's notes)."""
    from innovkit.journal.outbox import outbox_path

    return outbox_path().with_name(OLD_NOTES_NAME)


def note_path(session_id: str) -> Path:
    """The file of the note of ``session_id``: named by the id itself when it is an id as
    innovkit makes them, else by its digest (any text is a safe file name so)."""
    name = session_id
    if not _PLAIN_ID.fullmatch(session_id):
        name = hashlib.sha256(session_id.encode("utf-8")).hexdigest()
    return notes_folder() / f"{name}.json"


def journal_address(address: str) -> str:
    """The shared journal ``address`` as the outbox remembers it: without its password (nor
    any query but the parts that name the database, such as ``service``)."""
    from urllib.parse import urlencode, urlunsplit

    from innovkit.journal.store.postgres import address_parts

    scheme, netloc, path, naming = address_parts(address)
    shown = urlunsplit((scheme, netloc, path, "", ""))  # as the notes have always written it
    return f"{shown}?{urlencode(sorted(naming))}" if naming else shown


def read_notes() -> dict[str, Note]:
    """The notes by session id: the previous version's ``outbox.json``, then the folder's
    files (which win). A file that cannot be read as a note counts as none: its session then
    waits for the shared journal ``sync`` is given, as an older innovkit's did (nothing is
    lost)."""
    notes = dict(_old_notes().sessions)
    folder = notes_folder()
    if not folder.is_dir():
        return notes
    for path in sorted(folder.glob("*.json")):
        try:
            found = msgspec.json.decode(path.read_bytes(), type=NoteFile)
        except (OSError, msgspec.DecodeError, msgspec.ValidationError):
            continue
        notes[found.session] = found.note
    return notes


def _old_notes() -> OldNotes:
    try:
        return msgspec.json.decode(old_notes_path().read_bytes(), type=OldNotes)
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return OldNotes()


def keep(session_id: str, note: Note) -> None:
    """Write the note of ``session_id`` (its own file, whole, owner-only)."""
    from innovkit.output import write_file

    folder = notes_folder()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    content = msgspec.json.encode(NoteFile(session_id, note))
    write_file(note_path(session_id), content, force=True, mode=0o600, own_file=True)


def forget(session_id: str) -> None:
    """The note of ``session_id`` gone (its session left the outbox)."""
    note_path(session_id).unlink(missing_ok=True)


def bring_old_notes() -> None:
    """The previous version's ``outbox.json`` moved into the folder, note by note (a note
    the folder already has is left as it is), then removed."""
    old = old_notes_path()
    if not old.is_file():
        return
    for session_id, note in _old_notes().sessions.items():
        if not note_path(session_id).exists():
            keep(session_id, note)
    old.unlink(missing_ok=True)


def meant_for(session_id: str, address: str, follows: str | None = None) -> None:
    """Remember that the session ``session_id`` is kept for the shared journal ``address``
    (and, for a later moment, the beginning of the id of the session it ``follows``)."""
    keep(session_id, Note(journal=journal_address(address), follows=follows))
