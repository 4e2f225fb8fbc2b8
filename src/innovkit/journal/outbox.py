"""The outbox: the sessions recorded while the shared journal (PostgreSQL) could not be reached,
kept on this computer until ``journal sync`` sends them.

The outbox is a journal itself — an SQLite file, ``outbox.sqlite3`` in the data folder, next to
the local journal — so a session waits there whole, in the same schema as everywhere: its id,
its fields, its actions, its field stamps. Only ``run --record`` and ``journal add`` put
sessions in it, and only when the server cannot be reached (a wrong password or a refused
permission stay errors: see ``store.postgres_errors``).

``sync`` sends each waiting session in its own transaction, merged by the import's rules
(``Journal.merge``: a session the server already holds is not added twice, by its id), and
takes it out of the outbox only once that transaction has committed. Interrupted at any point,
the next ``sync`` finds the sessions already sent on the server and only takes them out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from innovkit.journal.store.postgres import is_database_address

if TYPE_CHECKING:
    from innovkit.cards.model import Card
    from innovkit.errors import InnovkitError
    from innovkit.journal.cycles import LeftOpen
    from innovkit.journal.records import Session
    from innovkit.journal.store import Journal

OUTBOX_NAME = "outbox.sqlite3"


def outbox_path() -> Path:
    """Where the outbox lives: ``outbox.sqlite3`` in innovkit's data folder."""
    from innovkit import paths

    return paths.data_dir() / OUTBOX_NAME


@dataclass(frozen=True)
class KeptBack:
    """A session the shared journal refused (row-level security, rights…): it stays in the
    outbox, with the ``reason`` the journal gave, in each language."""

    id: str
    tool: str
    date: date
    reason: dict[str, str]


@dataclass(frozen=True)
class Waiting:
    """What waits in the outbox: how many sessions, the date of the oldest, those the shared
    journal refused (``refused``) and, given the current journal, how many wait for another
    shared journal, by its address (``elsewhere``)."""

    count: int = 0
    oldest: date | None = None
    refused: tuple[KeptBack, ...] = ()
    elsewhere: tuple[tuple[str, int], ...] = ()

    @property
    def for_here(self) -> int:
        """The sessions ``journal sync`` would send to the current journal."""
        return self.count - sum(count for _, count in self.elsewhere)


def waiting(where: Path | str | None = None) -> Waiting:
    """What waits in the outbox (nothing when there is no outbox file); with the current
    journal ``where``, what waits for another one."""
    from innovkit.journal.outboxnotes import Note, journal_address, read_notes
    from innovkit.journal.store import Journal

    path = outbox_path()
    if not path.is_file():
        return Waiting()
    with Journal(path) as box:
        sessions = box.sessions(timings=False, details=False)
    notes = read_notes().sessions
    here = journal_address(str(where)) if is_database_address(where) else None
    refused, elsewhere = [], Counter[str]()
    for session in sessions:
        note = notes.get(session.id, Note())
        if here is not None and note.journal not in (None, here):
            elsewhere[note.journal] += 1
        elif note.refused:
            refused.append(KeptBack(session.id, session.tool, session.date, note.refused))
    oldest = min((s.date for s in sessions), default=None)
    return Waiting(len(sessions), oldest, tuple(refused), tuple(sorted(elsewhere.items())))


def waiting_words(lang: str) -> str:
    """« N séances attendent dans la boîte d'envoi », or nothing when none wait (or the outbox
    cannot be read: the sentence this completes is the one that matters)."""
    from innovkit.errors import InnovkitError
    from innovkit.i18n import tr_count

    try:
        count = waiting().count
    except (InnovkitError, OSError):
        return ""
    return tr_count("outbox.waiting", count, lang) if count else ""


@dataclass(frozen=True)
class Stored:
    """Where ``record`` put a session: in the outbox (the shared journal could not be
    reached), or in the journal — where a later moment may have left a colleague's follow-up
    action open (``left_open``: hers to close, see ``cycles.mark_moment_done``)."""

    in_outbox: bool = False
    left_open: LeftOpen | None = None


def record(
    session: Session, where: Path | str, once: bool = False, card: Card | None = None
) -> Stored:
    """Store ``session`` in the journal ``where``; when that is a shared journal whose server
    cannot be reached, keep it in the outbox instead (see ``Stored``).
    ``once``: a session already stored (by its id) is left as it is (a run recorded again
    after a crash). With its ``card``, a later moment is linked to its cycle and closes the
    first session's follow-up action, in the same transaction (on the server only: the
    outbox keeps the moment as recorded, ``follows`` as given)."""
    from innovkit.journal.store import Journal
    from innovkit.journal.store.postgres_errors import ServerUnreachable

    try:
        with Journal(where) as journal:
            return Stored(left_open=_store(journal, session, once, card))
    except ServerUnreachable:
        if not is_database_address(where):
            raise
    from innovkit.journal.outboxnotes import meant_for

    meant_for(session.id, str(where))  # first: a kept session always knows its journal
    with Journal(outbox_path()) as box:
        _store(box, session, once=True)
    return Stored(in_outbox=True)


def _store(
    journal: Journal, session: Session, once: bool, card: Card | None = None
) -> LeftOpen | None:
    from innovkit.errors import BadInput
    from innovkit.journal.cycles import link_to_cycle, mark_moment_done
    from innovkit.journal.reviews import apply_review

    if once:
        try:
            journal.get(session.id)
            return None
        except BadInput:
            pass
    with journal.atomic():
        if card is not None:
            link_to_cycle(journal, card, session)
            apply_review(journal, card, session)  # the statuses onto the first session's items
        journal.add(session)
        if card is not None:
            return mark_moment_done(journal, card, session)  # its action in the first session
    return None


@dataclass(frozen=True)
class Sent:
    """What ``sync`` did: sessions added or merged on the server, sessions it already held
    unchanged (sent before an interruption), sessions merged with a conflict (listed by
    ``journal conflicts``), sessions it refused (kept in the outbox, with the reason), and
    how many wait for another shared journal, by its address."""

    sent: int = 0
    already: int = 0
    conflicts: int = 0
    refused: tuple[KeptBack, ...] = ()
    elsewhere: tuple[tuple[str, int], ...] = ()


def sync(where: Path | str) -> Sent:
    """Send to the shared journal ``where`` every session of the outbox meant for it, oldest
    first, one transaction each; each leaves the outbox once its transaction has committed.
    A session the journal refuses stays, with the reason, and the others go on; those meant
    for another journal wait for it. The server lost on the way (``ServerUnreachable``)
    stops it: what was sent is out of the outbox, the rest waits."""
    from innovkit.journal.outboxnotes import Note, journal_address, read_notes, write_notes
    from innovkit.journal.store import Journal

    path = outbox_path()
    if not path.is_file():
        return Sent()
    notes, here = read_notes(), journal_address(str(where))
    tally: Counter[str] = Counter()
    refused: list[KeptBack] = []
    elsewhere: Counter[str] = Counter()
    with Journal(where) as server, Journal(path) as box:
        sessions = box.sessions()
        ids = {session.id for session in sessions}  # a note of a session gone is forgotten
        notes.sessions = {i: note for i, note in notes.sessions.items() if i in ids}
        for session in sessions:
            note = notes.sessions.get(session.id, Note())
            if note.journal not in (None, here):
                elsewhere[note.journal] += 1
                continue
            kept_back = _send(server, box, session, tally)
            if kept_back is not None:
                refused.append(kept_back)
                notes.sessions[session.id] = Note(journal=here, refused=kept_back.reason)
            else:
                notes.sessions.pop(session.id, None)
            write_notes(notes)
    return Sent(
        tally["sent"], tally["already"], tally["conflicts"], tuple(refused),
        tuple(sorted(elsewhere.items())),
    )  # fmt: skip


def _send(server: Journal, box: Journal, session: Session, tally: Counter[str]) -> KeptBack | None:
    """One session sent, and out of the outbox once the server has committed it; refused by
    the server, it stays, and the refusal is returned."""
    from innovkit.errors import InnovkitError
    from innovkit.i18n import LANGUAGES
    from innovkit.journal.store.postgres_errors import ServerUnreachable

    try:
        counts = server.merge([session])
    except ServerUnreachable:
        raise
    except InnovkitError as refusal:  # this session only: the next ones may go
        reason = {code: refusal.words(code) for code in LANGUAGES}
        return KeptBack(session.id, session.tool, session.date, reason)
    box.withdraw(session.id)  # only now: the server has committed it
    if counts.in_conflict:
        tally["conflicts"] += 1
    elif counts.added or counts.updated:
        tally["sent"] += 1
    else:
        tally["already"] += 1
    return None


@dataclass(frozen=True)
class Status:
    """Where the journal is (``shown``: an address without its password), whether it is a
    shared one, whether it answered (``None``: a file on this computer), what it said when it
    refused (``refusal``), and what waits in the outbox."""

    shown: str
    shared: bool
    reachable: bool | None
    refusal: InnovkitError | None
    outbox: Waiting


def status(where: Path | str) -> Status:
    """The journal ``where`` and the outbox, as ``journal status`` tells them."""
    from innovkit.errors import InnovkitError
    from innovkit.journal.store import Journal
    from innovkit.journal.store.postgres import redacted
    from innovkit.journal.store.postgres_errors import ServerUnreachable

    box = waiting(where)
    if not is_database_address(where):
        return Status(str(where), False, None, None, box)
    reachable, refusal = True, None
    try:
        Journal(where).close()
    except ServerUnreachable:
        reachable = False
    except InnovkitError as error:  # it answered, and refused (password, rights, no database)
        refusal = error
    return Status(redacted(str(where)), True, reachable, refusal, box)
