"""What the command line says once a session is recorded: ``journal add`` and
``run --record`` (two commands, one wording)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import typer

from innovkit.cli.console import say, warn
from innovkit.i18n import tr

if TYPE_CHECKING:
    from innovkit.cards.model import Card
    from innovkit.journal.records import Session


def say_recorded(card: Card, session: Session, missing: Sequence[Any], lang: str) -> None:
    """A warning per required outcome left empty, the sentence, and the id on stdout."""
    from innovkit.dates import format_date

    for outcome in missing:
        warn(
            tr(
                "journal.outcome_missing",
                lang,
                label=outcome.label(lang),
                key=outcome.id,
                id=session.id[:8],
            ),
            lang,
        )
    say(
        tr(
            "journal.added",
            lang,
            tool=card.name(lang),
            date=format_date(session.date, lang),
            id=session.id[:8],
        )
    )
    typer.echo(session.id)
