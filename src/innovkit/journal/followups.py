"""Follow-up dates become actions: a tool card's outcomes of kind ``date`` (audace-up's
report-back, essais-libres' review, point-silence's next point…) are the days someone must
come back to what was decided. When a session records one, it gets an action with that due
date (its owner: the facilitator), so that ``journal actions --overdue`` and the monthly
report remind them.

The action's text is what the card says is to be done that day (the outcome's ``action``,
« Vérifier que le premier pas est fait »), else its label, in the language of the person
recording it. Recording the same date again adds nothing; a new date moves
the due date of that open action (a done one is left as it was).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from innovkit.journal.records import Action, new_id

if TYPE_CHECKING:
    from innovkit.cards.model import Card
    from innovkit.cards.moments import Moment
    from innovkit.journal.records import Session


def follow_up_dates(card: Card, outcomes: dict[str, object]) -> list[tuple[str, date]]:
    """The follow-up dates among ``outcomes``: (outcome id, day), in the card's order."""
    found = []
    for outcome in card.outcomes:
        value = outcomes.get(outcome.id)
        if outcome.kind == "date" and isinstance(value, str):
            try:
                found.append((outcome.id, date.fromisoformat(value)))
            except ValueError:
                continue  # kept as typed by an older version: not a day to remind of
    return found


def add_follow_ups(card: Card | None, session: Session, lang: str) -> list[Action]:
    """Give ``session`` one action per follow-up date of its outcomes (see the module), and
    for the first moment of a tool in several, one per later moment; returns the actions
    added or moved."""
    if card is None:
        return []
    touched = []
    for texts, day in [*_moment_dates(card, session, lang), *_outcome_dates(card, session, lang)]:
        same = [a for a in session.actions if a.text in texts]
        if any(a.due == day for a in same):
            continue
        still_open = next((a for a in same if a.status == "open"), None)
        if still_open is not None:
            still_open.due = day
            touched.append(still_open)
        elif not same:
            action = Action(id=new_id(), text=texts[0], owner=session.facilitator, due=day)
            session.actions.append(action)
            touched.append(action)
    return touched


def _outcome_dates(card: Card, session: Session, lang: str) -> list[tuple[list[str], date]]:
    """The dates the session records, each with its action's texts (its label in ``lang``
    first, then in every language), but those that fix a later moment's day."""
    from innovkit.cards.moments import follow_ups

    fixing = {f.date_field.id for f in follow_ups(card) if f.date_field is not None}
    found = []
    for outcome_id, day in follow_up_dates(card, session.outcomes):
        if outcome_id in fixing and _opens_a_cycle(card, session):
            continue
        outcome = next(o for o in card.outcomes if o.id == outcome_id)
        said = outcome.action or outcome.label
        # the label too: the action an older innovkit named after it is the same action
        found.append(([said(lang), *said.values.values(), *outcome.label.values.values()], day))
    return found


def _moment_dates(card: Card, session: Session, lang: str) -> list[tuple[list[str], date]]:
    """For the first moment of a tool in several: each later moment (« Retour d’expérience —
    audace up ! »), due on the day the session recorded for it, else at the end of its
    window after the session."""
    from datetime import timedelta

    from innovkit.cards.moments import follow_ups

    if not _opens_a_cycle(card, session):
        return []
    found = []
    for planned in follow_ups(card):
        recorded = dict(follow_up_dates(card, session.outcomes))
        field = planned.date_field
        day = recorded.get(field.id) if field is not None else None
        due = day or session.date + timedelta(days=planned.moment.after[1])

        texts = [moment_action(card, planned.moment, code) for code in (lang, "fr", "en")]
        found.append((texts, due))
    return found


def moment_action(card: Card, moment: Moment, lang: str) -> str:
    """The text of a later moment's action: « Retour d’expérience — audace up ! »."""
    from innovkit.i18n import tr_in

    return tr_in(lang, "moments.follow_up_action", moment=moment.name(lang), tool=card.name(lang))


def _opens_a_cycle(card: Card, session: Session) -> bool:
    """A first moment of a tool in several (a later one is not linked yet when recorded). A
    session recorded before moments existed (no moment) gets no new action when edited."""
    first = card.moments[0].id if card.moments else None
    return first is not None and session.follows is None and session.moment == first
