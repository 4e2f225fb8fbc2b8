"""Cycles: a tool in several moments (``cards.moments``) is recorded as one session per
moment, each later one naming the first session of its cycle (``Session.follows``).

``open_cycles`` lists the first sessions still waiting for a later moment, newest first: the
run of a follow-up offers them, the newest by default. ``link_to_cycle`` checks (or finds) the
session a follow-up follows before it is stored. ``Cycle`` groups a journal's sessions for the
report: a tool is counted once per cycle, with its moments.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from innovkit.errors import BadInput, InnovkitError

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from innovkit.cards.model import Card
    from innovkit.journal.records import Session
    from innovkit.journal.store import Journal


def is_first_moment(session: Session) -> bool:
    """A session that opens a cycle: every session of a tool in one moment, and the first
    moment of a tool in several (sessions recorded before moments existed included)."""
    return session.follows is None


def open_cycles(journal: Journal, card: Card, moment: str) -> list[Session]:
    """The first sessions of ``card``'s tool that no session of ``moment`` follows yet,
    newest first."""
    sessions = journal.sessions(tool=card.id, timings=False, details=False)
    done = {s.follows for s in sessions if s.moment == moment and s.follows}
    firsts = [s for s in sessions if is_first_moment(s) and s.id not in done]
    return firsts[::-1]


def link_to_cycle(journal: Journal, card: Card, session: Session) -> None:
    """Before a later moment is stored: the session it follows, as given (an id or its
    beginning) and checked, else the newest open cycle of the tool. ``BadInput`` when there
    is none, or when the given one is not a first session of this tool."""
    from innovkit.cards.moments import find_moment

    if session.moment is None or find_moment(card, session.moment).after is None:
        return
    if session.follows:
        session.follows = first_session(journal, card, session.follows, session.id).id
        return
    cycles = [s for s in open_cycles(journal, card, session.moment) if s.id != session.id]
    if not cycles:
        raise BadInput(
            "moments.no_cycle",
            tool=card.name,
            moment=find_moment(card, session.moment).name,
        )
    session.follows = cycles[0].id


@dataclass(frozen=True)
class LeftOpen:
    """A colleague's follow-up action a later moment could not close: on a shared journal
    with row-level security, the first ``session`` of the cycle is its ``keeper``'s (the
    account that recorded it), and so is its ``action``."""

    session: Session
    action: str
    keeper: str


def mark_moment_done(journal: Journal, card: Card, session: Session) -> LeftOpen | None:
    """Once a later moment is recorded, its action in the first session (« Retour
    d’expérience — audace up ! ») is done, on the day it happened. When the first session is
    a colleague's on a shared journal, her action stays open, hers to close: returned, for
    the facilitator to be told."""
    from innovkit.cards.moments import find_moment
    from innovkit.journal.followups import moment_action

    if session.follows is None or session.moment is None:
        return None
    moment = find_moment(card, session.moment)
    texts = {moment_action(card, moment, code) for code in ("fr", "en")}
    first = journal.get(session.follows)
    still_open = [a for a in first.actions if a.text in texts and a.status == "open"]
    if not still_open:
        return None
    try:  # on a shared journal with row-level security, a colleague's session is hers
        journal.check_may_change(first.id)
    except InnovkitError:
        return LeftOpen(first, still_open[0].text, journal.keeper_of(first.id) or "")
    for action in still_open:
        journal.set_action_status(action.id, "done", today=session.date)
    return None


def first_session(journal: Journal, card: Card, wanted: str, own: str = "") -> Session:
    """The session ``wanted`` (an id or its beginning), if it opens a cycle of ``card``'s
    tool (and is not the session ``own`` itself); else ``BadInput``."""
    try:
        first = journal.get(wanted)
    except BadInput:
        raise BadInput("moments.follows_unknown", id=wanted) from None
    if first.tool != card.id or not is_first_moment(first) or first.id == own:
        raise BadInput("moments.not_a_first_session", id=first.id[:8], tool=card.name)
    return first


@dataclass
class Cycle:
    """A first session and the later moments that follow it."""

    first: Session
    later: list[Session] = field(default_factory=list)

    @property
    def sessions(self) -> list[Session]:
        return [self.first, *self.later]

    @property
    def participants(self) -> int | None:
        """The people of the cycle: the same group comes back, so the largest count of its
        moments, never their sum."""
        counts = [s.participants for s in self.sessions if s.participants is not None]
        return max(counts) if counts else None

    @property
    def minutes(self) -> int:
        """The facilitation time of the cycle: every moment's, added up."""
        return sum(s.minutes for s in self.sessions)


def cycles_of(sessions: Iterable[Session]) -> list[Cycle]:
    """The cycles of ``sessions``, in the order of their first sessions. A later moment whose
    first session is not among them (an earlier month's) opens a cycle of its own here: it
    is counted once, where it happened."""
    sessions = list(sessions)
    by_id: dict[str, Cycle] = {}
    cycles: list[Cycle] = []
    for session in sessions:
        if is_first_moment(session):
            cycle = Cycle(session)
            by_id[session.id] = cycle
            cycles.append(cycle)
    for session in sessions:
        if is_first_moment(session):
            continue
        cycle = by_id.get(session.follows or "")
        if cycle is None:
            cycles.append(Cycle(session))
        else:
            cycle.later.append(session)
    return cycles


def opening_sessions(sessions: Sequence[Any]) -> list[Any]:
    """The sessions that count for their tool: each cycle once. A later moment whose first
    session is among ``sessions`` is part of that cycle; one whose first is not (an earlier
    month's) counts where it happened."""
    ids = {s.id for s in sessions}
    return [s for s in sessions if not (s.follows and s.follows in ids)]


def cycle_participants(sessions: Sequence[Any]) -> int:
    """The participants of ``sessions``, each cycle once: the same group comes back for its
    later moments, so a cycle counts the largest group of its moments, never their sum."""
    ids = {s.id for s in sessions}
    largest: dict[str, int] = {}
    for s in sessions:
        key = s.follows if s.follows and s.follows in ids else s.id
        largest[key] = max(largest.get(key, 0), s.participants or 0)
    return sum(largest.values())


def cycles_words(sessions: Sequence[Session], lang: str) -> str:
    """« 2 cycles (dont 1 retour fait) »: one tool's cycles among ``sessions`` and how many
    of them have had a later moment."""
    from innovkit.i18n import tr_in

    cycles = cycles_of(sessions)
    # A later moment whose first session came before the period is a follow-up done here.
    done = sum(1 for cycle in cycles if cycle.later or cycle.first.follows)

    def counted(key: str, count: int) -> str:
        form = "_zero" if count == 0 else "_one" if count == 1 else ""
        return tr_in(lang, key + form, count=count)

    return tr_in(
        lang,
        "moments.report_cycles",
        cycles=counted("moments.n_cycles", len(cycles)),
        done=counted("moments.n_done", done),
    )
