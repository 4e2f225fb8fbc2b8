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
    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Card
    from innovkit.errors import InnovkitError
    from innovkit.journal.cycles import LeftOpen
    from innovkit.journal.outboxmoments import LaterMoment
    from innovkit.journal.records import Session
    from innovkit.journal.rows import MergeCounts
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
    notes = read_notes()
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


def waiting_words(lang: str, where: str | None = None) -> str:
    """« N séances attendent dans la boîte d'envoi » — those meant for the shared journal
    ``where`` when it is given —, or nothing when none wait (or the outbox cannot be read: the
    sentence this completes is the one that matters)."""
    from innovkit.errors import InnovkitError
    from innovkit.i18n import tr_count

    try:
        box = waiting(where)
    except (InnovkitError, OSError):
        return ""
    count = box.for_here if where else box.count
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

    given = session.follows
    follows = given if given and not _is_full_id(given) else None
    # First: a kept session always knows its journal (and the session it follows, as given).
    meant_for(session.id, str(where), follows)
    try:
        if follows is not None:
            session.follows = None  # only the shared journal can say which session it is
        with Journal(outbox_path()) as box:
            _store(box, session, once=True)
    finally:
        session.follows = given
    return Stored(in_outbox=True)


def _is_full_id(text: str) -> bool:
    import re

    from innovkit.limits import SESSION_ID_PATTERN

    return re.match(SESSION_ID_PATTERN, text) is not None


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
    ``journal conflicts``), sessions it refused (kept in the outbox, with the reason), how
    many wait for another shared journal, by its address; the later moments it linked to
    their cycle (``linked``, see ``outboxmoments``) and those it sent as recorded, their
    card not found (``unlinked``)."""

    sent: int = 0
    already: int = 0
    conflicts: int = 0
    refused: tuple[KeptBack, ...] = ()
    elsewhere: tuple[tuple[str, int], ...] = ()
    linked: tuple[LaterMoment, ...] = ()
    unlinked: tuple[LaterMoment, ...] = ()


def sync(where: Path | str, catalogue: Catalogue | None = None) -> Sent:
    """Send to the shared journal ``where`` every session of the outbox meant for it, in the
    order they were recorded (a first session before the later moment that follows it), one
    transaction each; each leaves the outbox once its transaction has committed. A later
    moment is linked to its cycle as online, its card found in ``catalogue`` (by default the
    usual card folders). A session the journal refuses stays, with the reason, and the
    others go on; those meant for another journal wait for it. The server lost on the way
    (``ServerUnreachable``) stops it: what was sent is out of the outbox, the rest waits."""
    from innovkit.journal import outboxnotes
    from innovkit.journal.outboxnotes import Note, journal_address
    from innovkit.journal.store import Journal

    path = outbox_path()
    if not path.is_file():
        return Sent()
    outboxnotes.bring_old_notes()
    notes, here = outboxnotes.read_notes(), journal_address(str(where))
    sending = _Sending(catalogue)
    elsewhere: Counter[str] = Counter()
    with Journal(where) as server, Journal(path) as box:
        for session in sorted(box.sessions(), key=lambda s: (s.created_at, s.id)):
            note = notes.get(session.id, Note())
            if note.journal not in (None, here):
                elsewhere[note.journal] += 1
                continue
            session.follows = note.follows or session.follows  # as given, offline
            kept_back = sending.send(server, box, session)
            if kept_back is not None:
                refused = Note(journal=here, refused=kept_back.reason, follows=note.follows)
                outboxnotes.keep(session.id, refused)
            else:
                outboxnotes.forget(session.id)
    return sending.sent(tuple(sorted(elsewhere.items())))


class _Sending:
    """One ``sync``'s sessions, sent one by one, and what became of them."""

    def __init__(self, catalogue: Catalogue | None) -> None:
        self._catalogue = catalogue
        self.tally: Counter[str] = Counter()
        self.refused: list[KeptBack] = []
        self.linked: list[LaterMoment] = []
        self.unlinked: list[LaterMoment] = []

    def cards(self) -> Catalogue:
        if self._catalogue is None:
            from innovkit.cards.catalogue import load_catalogue

            self._catalogue = load_catalogue()
        return self._catalogue

    def sent(self, elsewhere: tuple[tuple[str, int], ...]) -> Sent:
        tally = self.tally
        return Sent(
            tally["sent"], tally["already"], tally["conflicts"], tuple(self.refused),
            elsewhere, tuple(self.linked), tuple(self.unlinked),
        )  # fmt: skip

    def send(self, server: Journal, box: Journal, session: Session) -> KeptBack | None:
        """One session sent, and out of the outbox once the server has committed it;
        refused by the server, it stays, and the refusal is returned (and kept)."""
        from innovkit.cards.catalogue import named_in
        from innovkit.errors import InnovkitError
        from innovkit.i18n import LANGUAGES
        from innovkit.journal.store.postgres_errors import ServerUnreachable

        try:
            counts = self._merge(server, session)
        except ServerUnreachable:
            raise
        except InnovkitError as refusal:  # this session only: the next ones may go
            said = named_in(refusal, self.cards())
            reason = {code: said.words(code) for code in LANGUAGES}
            kept = KeptBack(session.id, session.tool, session.date, reason)
            self.refused.append(kept)
            return kept
        box.withdraw(session.id)  # only now: the server has committed it
        if counts.in_conflict:
            self.tally["conflicts"] += 1
        elif counts.added or counts.updated:
            self.tally["sent"] += 1
        else:
            self.tally["already"] += 1
        return None

    def _merge(self, server: Journal, session: Session) -> MergeCounts:
        """``session`` merged into ``server`` by the import's rules; a later moment linked
        to its cycle as well, in the same transaction (see ``outboxmoments``)."""
        from innovkit.journal import outboxmoments as moments

        if not moments.is_later_moment(session):
            return server.merge([session])
        card = moments.moment_card(session, self.cards())
        if card is None:
            session.follows = moments.stored_follows(server, session.follows)
            counts = server.merge([session])
            if counts.added:
                self.unlinked.append(moments.LaterMoment(session.id, session.date, session.tool))
            return counts
        if not moments.follows_a_first_moment(card, session):
            return server.merge([session])
        counts, linked = moments.send_later_moment(server, card, session)
        if linked is not None:
            self.linked.append(linked)
        return counts


def hand_over(where: Path | str, out: Path, force: bool = False) -> tuple[KeptBack, ...]:
    """The sessions the shared journal ``where`` refused, written to ``out`` as a journal
    export (what ``journal import`` reads: a colleague whose session they change, or the
    coordination, imports them), then taken out of the outbox — only once the file is
    written, so that nothing is lost; ``sync`` is then no longer held by them. An existing
    ``out`` is replaced only with ``force``."""
    from innovkit.journal.exchange import export_json
    from innovkit.journal.outboxnotes import forget
    from innovkit.journal.store import Journal
    from innovkit.output import write_file

    refused = waiting(where).refused
    if not refused:
        return ()
    with Journal(outbox_path()) as box:
        sessions = [box.get(kept.id) for kept in refused]
        write_file(out, export_json(sessions), force=force, mode=0o600)
        for session in sessions:
            box.withdraw(session.id)
    for kept in refused:
        forget(kept.id)
    return refused


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
