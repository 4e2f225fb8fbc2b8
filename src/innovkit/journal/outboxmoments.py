"""A later moment kept in the outbox (audace-up's report-back, recorded offline), sent by
``journal sync`` exactly as recording it online stores it (``outbox._store`` with its card):
linked to its cycle, the statuses it gathered written onto the first session's items, the
first session's follow-up action closed — in the same transaction as its sending.

The outbox keeps the moment as recorded (``follows`` as given, or none: the newest open cycle
of the tool on the server is then taken, as online). The card is looked up by the session's
tool in the run's catalogue; a card that cannot be found any more (a ``--cards`` folder not
given this time, a card removed) leaves the moment to be sent as it was recorded, and ``sync``
says so. A moment the server already holds (sent before an interruption) is not linked, nor
its review applied, a second time: it is only taken out of the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from innovkit.errors import BadInput

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Card
    from innovkit.journal.cycles import LeftOpen
    from innovkit.journal.records import Session
    from innovkit.journal.rows import MergeCounts
    from innovkit.journal.store import Journal


@dataclass(frozen=True)
class LaterMoment:
    """A later moment ``sync`` sent: its ``id``, ``date`` and ``tool``; once linked, the
    first session it follows (``first``), a colleague's follow-up action left open
    (``left_open``) and whether its statuses wait with it for that colleague
    (``review_waits``)."""

    id: str
    date: date
    tool: str
    first: str = ""
    left_open: LeftOpen | None = None
    review_waits: bool = False


def is_later_moment(session: Session) -> bool:
    """Whether ``session`` may be a later moment of its tool: it names a moment (a first
    moment is told apart once its card is found, see ``moment_card``)."""
    return session.moment is not None


def moment_card(session: Session, catalogue: Catalogue) -> Card | None:
    """The card of ``session``'s tool at its moment, found by the tool's id; ``None`` when the
    catalogue has no such tool, or the card no such moment any more."""
    if session.tool not in catalogue.entries or session.moment is None:
        return None
    try:
        return catalogue.tools[session.tool].at_moment(session.moment)
    except BadInput:
        return None


def follows_a_first_moment(card: Card, session: Session) -> bool:
    """Whether ``session`` is at a moment that comes after another one of ``card``."""
    from innovkit.cards.moments import find_moment

    return session.moment is not None and find_moment(card, session.moment).after is not None


def send_later_moment(
    server: Journal, card: Card, session: Session
) -> tuple[MergeCounts, LaterMoment | None]:
    """``session`` (a later moment) sent to ``server`` in one transaction, as recording it
    online would store it; its ``LaterMoment`` when it was linked now, ``None`` when the
    server already held it (nothing applied twice)."""
    from innovkit.journal.cycles import link_to_cycle, mark_moment_done
    from innovkit.journal.reviews import apply_review, review_state, reviewed_outcomes
    from innovkit.journal.rows import MergeCounts

    with server.atomic():
        if _holds(server, session.id):
            return MergeCounts(unchanged=1), None
        link_to_cycle(server, card, session)
        reviewing = [o.id for o in reviewed_outcomes(card) if o.id in session.outcomes]
        apply_review(server, card, session)  # the statuses onto the first session's items
        counts = server.merge([session])
        left_open = mark_moment_done(server, card, session)
    waits = review_state(reviewing, session, in_outbox=False) == "waits"
    moment = LaterMoment(
        session.id, session.date, session.tool, session.follows or "", left_open, waits
    )
    return counts, moment


def stored_follows(server: Journal, given: str | None) -> str | None:
    """The id of the session a moment sent without its card ``follows``, as given offline
    (an id, or its beginning): the server's session it names, else none."""
    if not given:
        return None
    try:
        return server.get(given).id
    except BadInput:
        return None


def _holds(server: Journal, session_id: str) -> bool:
    try:
        return server.get(session_id).id == session_id
    except BadInput:
        return False
