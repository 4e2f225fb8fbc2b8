"""Follow-up dates become actions: a tool card's outcomes of kind ``date`` (audace-up's
report-back, essais-libres' review, point-silence's next point…) are the days someone must
come back to what was decided. When a session records one, it gets an action with that due
date (its owner: the facilitator), so that ``journal actions --overdue`` and the monthly
report remind them.

The action's text is the outcome's label in the language of the person recording it
(« Date du point d’étape »). Recording the same date again adds nothing; a new date moves
the due date of that open action (a done one is left as it was).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from innovkit.journal.records import Action, new_id

if TYPE_CHECKING:
    from innovkit.cards.model import Card
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
    """Give ``session`` one action per follow-up date of its outcomes (see the module);
    returns the actions added or moved."""
    if card is None:
        return []
    touched = []
    for outcome_id, day in follow_up_dates(card, session.outcomes):
        outcome = next(o for o in card.outcomes if o.id == outcome_id)
        texts = set(outcome.label.values.values()) | {outcome.label(lang)}
        same = [a for a in session.actions if a.text in texts]
        if any(a.due == day for a in same):
            continue
        still_open = next((a for a in same if a.status == "open"), None)
        if still_open is not None:
            still_open.due = day
            touched.append(still_open)
        elif not same:
            action = Action(
                id=new_id(), text=outcome.label(lang), owner=session.facilitator, due=day
            )
            session.actions.append(action)
            touched.append(action)
    return touched
