"""The run of a later moment (``innovkit run audace-up --moment report-back``): which first
session it follows, among the tool's open cycles (see ``innovkit.journal.cycles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from innovkit.cli.console import say
from innovkit.errors import BadInput
from innovkit.i18n import tr

if TYPE_CHECKING:
    from innovkit.cards.model import Card


def moment_to_run(
    card: Card, lang: str, journal_path: Any, follows: str | None = None
) -> tuple[str | None, str | None]:
    """The moment of a new run and, for a later one, the first session it follows: the one
    given (``--follows``), else asked among the tool's open cycles, the newest by default (one
    alone is taken and said)."""
    from innovkit.cards.moments import current_moment, is_follow_up
    from innovkit.cli.ask import choice
    from innovkit.journal.building import moment_of
    from innovkit.journal.cycles import first_session, open_cycles
    from innovkit.journal.store import Journal

    moment = current_moment(card)
    if moment is None or not is_follow_up(card):
        moment_of(card, follows)  # --follows with a first moment, or a tool in one: refused
        return (moment.id if moment else None), None
    with Journal(journal_path) as journal:
        if follows:
            return moment.id, first_session(journal, card, follows).id
        cycles = open_cycles(journal, card, moment.id)
    if not cycles:
        raise BadInput("moments.no_cycle", tool=card.name, moment=moment.name)
    options = [(s.id, cycle_words(s, lang)) for s in cycles]
    if len(options) == 1:
        say(tr("moments.follows_the_only", lang, session=options[0][1]))
        return moment.id, cycles[0].id
    question = tr("moments.which_cycle", lang, moment=moment.name(lang))
    return moment.id, choice(question, options, default=cycles[0].id, lang=lang)


def cycle_words(session: Any, lang: str) -> str:
    """« mardi 12 novembre 2026, 8 participants, Marie (a1b2c3d4) »: a first session, as
    offered to the run of a later moment."""
    from innovkit.dates import format_date

    parts = [format_date(session.date, lang, weekday=True)]
    if session.participants:
        parts.append(tr("moments.people", lang, count=session.participants))
    if session.facilitator:
        parts.append(session.facilitator)
    return f"{', '.join(parts)} ({session.id[:8]})"
