"""Recording a session from the options of ``journal add``: the one core path that both
``journal add`` and ``run --no-input --record`` take."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from innovkit.journal.records import Session, missing_outcomes, new_session
from innovkit.journal.schema import option_fields

if TYPE_CHECKING:
    from innovkit.cards.model import Card, Outcome
    from innovkit.journal.cycles import LeftOpen


class Recorded(NamedTuple):
    """Where a recorded session went: the card's required outcomes it leaves empty, whether
    it waits in the outbox (the shared journal could not be reached), and the colleague's
    follow-up action a later moment left open (see ``cycles.mark_moment_done``)."""

    missing: list[Outcome]
    in_outbox: bool
    left_open: LeftOpen | None = None
    # A later moment's review of the first session's items (``journal.reviews``): written onto
    # the first session (``"applied"``), kept here for its owner to confirm (``"waits"``).
    review: str = ""


def prepare_session(card: Card, options: dict[str, Any], **fields: Any) -> Session:
    """A checked session of ``card`` from the options of ``journal add`` (by their parameter
    names, ``None`` when not given) and session ``fields`` given directly. Without a
    facilitator, the configured one. ``BadInput`` for any wrong value: nothing is stored."""
    from innovkit.settings import configured

    given = option_fields(options) | fields
    given["facilitator"] = given.get("facilitator") or configured("facilitator")
    return new_session(card, **given)


def record_session(
    card: Card, session: Session, lang: str, path: Path | str | None = None
) -> Recorded:
    """Store ``session`` in the journal (``path``, else the usual one), with an action for
    each follow-up date (see ``followups``, its text in ``lang``); when that journal is a
    shared one whose server cannot be reached, the session is kept in the outbox
    (``journal.outbox``). Returns where it went and the card's required outcome fields it
    leaves empty, for the caller to mention."""
    from innovkit.journal.followups import add_follow_ups
    from innovkit.journal.outbox import record
    from innovkit.journal.reviews import review_state, reviewed_outcomes
    from innovkit.journal.store.base import default_path

    add_follow_ups(card, session, lang)
    reviewing = [o.id for o in reviewed_outcomes(card) if o.id in session.outcomes]
    stored = record(session, path or default_path(), card=card)
    review = review_state(reviewing, session, stored.in_outbox)
    return Recorded(
        missing_outcomes(card, session.outcomes), stored.in_outbox, stored.left_open, review
    )
