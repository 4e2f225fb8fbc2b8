"""What the command line says once a session is recorded: ``journal add`` and
``run --record`` (two commands, one wording)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from innovkit.cli.console import say, warn
from innovkit.i18n import tr

if TYPE_CHECKING:
    from innovkit.cards.model import Card
    from innovkit.journal.cycles import LeftOpen
    from innovkit.journal.recording import Recorded
    from innovkit.journal.records import Session


def say_recorded(card: Card, session: Session, recorded: Recorded, lang: str) -> None:
    """A warning per required outcome left empty, the sentence (or, when the shared journal
    could not be reached, that the session waits in the outbox), and the id on stdout."""
    from innovkit.dates import format_date

    for outcome in recorded.missing:
        warn(
            tr(
                "journal.outcome_missing_kept" if recorded.in_outbox else "journal.outcome_missing",
                lang,
                label=outcome.label(lang),
                key=outcome.id,
                id=session.id[:8],
            ),
            lang,
        )
    if recorded.in_outbox:
        say(tr("outbox.kept", lang, id=session.id[:8]))
        typer.echo(session.id)
        return
    say(
        tr(
            "journal.added",
            lang,
            tool=card.name(lang),
            date=format_date(session.date, lang),
            id=session.id[:8],
        )
    )
    say_review(recorded.review, session, lang, card)
    say_left_open(recorded.left_open, lang)
    typer.echo(session.id)


def say_left_open(left_open: LeftOpen | None, lang: str) -> None:
    """When a later moment is linked to a colleague's session on a shared journal: her
    follow-up action stays open, hers to close — one sentence, so that nobody thinks it
    done."""
    from innovkit.dates import format_date
    from innovkit.journal.store.roles import recorded_by

    if left_open is None:
        return
    first = left_open.session
    say(
        tr(
            "moments.colleagues_action_open",
            lang,
            action=left_open.action,
            id=first.id[:8],
            date=format_date(first.date, lang),
            who=recorded_by(first.facilitator, left_open.keeper),
            owner=left_open.keeper,
        )
    )


def say_review(state: str, session: Session, lang: str, card: Card | None = None) -> None:
    """Where the statuses gathered at a later moment went (``journal.reviews.review_state``):
    onto the first session's items, or kept here for its owner to confirm — with the command
    that confirms them, when the ``card`` is known."""
    from innovkit.journal.reviews import confirm_options

    if state:
        options = confirm_options(card, session, lang) if card is not None else "--outcome …"
        first = (session.follows or "")[:8]
        say(tr(f"journal.review_{state}", lang, first=first, options=options))
