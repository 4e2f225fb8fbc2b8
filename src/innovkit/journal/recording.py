"""Recording a session from the options of ``journal add``: the one core path that both
``journal add`` and ``run --no-input --record`` take."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from innovkit.journal.records import Session, missing_outcomes, new_session
from innovkit.journal.schema import option_fields

if TYPE_CHECKING:
    from innovkit.cards.model import Card, Outcome


def prepare_session(card: Card, options: dict[str, Any], **fields: Any) -> Session:
    """A checked session of ``card`` from the options of ``journal add`` (by their parameter
    names, ``None`` when not given) and session ``fields`` given directly. Without a
    facilitator, the configured one. ``BadInput`` for any wrong value: nothing is stored."""
    from innovkit.settings import configured

    given = option_fields(options) | fields
    given["facilitator"] = given.get("facilitator") or configured("facilitator")
    return new_session(card, **given)


def record_session(
    card: Card, session: Session, lang: str, path: Path | None = None
) -> list[Outcome]:
    """Store ``session`` in the journal (``path``, else the usual one), with an action for
    each follow-up date (see ``followups``, its text in ``lang``); returns the card's
    required outcome fields it leaves empty, for the caller to mention."""
    from innovkit.journal.cycles import link_to_cycle, mark_moment_done
    from innovkit.journal.followups import add_follow_ups
    from innovkit.journal.store import Journal

    add_follow_ups(card, session, lang)
    with Journal(path) as journal, journal.atomic():
        link_to_cycle(journal, card, session)
        journal.add(session)
        mark_moment_done(journal, card, session)
    return missing_outcomes(card, session.outcomes)
