"""The run of a later moment that gathers the statuses of the first session's items
(``reviewed_at``: audace-up's report-back): each dare of the first session in turn, its status
asked among the card's statuses but the first (« annoncé »), « passer » keeping it as it is.
Each answer is kept in the draft as soon as it is typed; the statuses go onto the first
session's items when the later session is recorded (``journal.reviews``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from innovkit.errors import BadInput
from innovkit.i18n import tr
from innovkit.journal.questions import OUTCOME_PREFIX, by_number
from innovkit.journal.reviews import SKIP  # « (passer) » among the choices
from innovkit.live.screens import Question

if TYPE_CHECKING:
    from innovkit.cards.model import Card, Outcome
    from innovkit.live.drafts import Draft

REVIEW_PREFIX = "review:"  # in ``draft.answered``: a review finished


def ask_reviews(
    card: Card, draft: Draft, ask: Callable[[Question], str], save: Callable[[], None]
) -> None:
    """Each item of the first session (``draft.reviewed``: its items, by outcome id) asked
    its status; the answers into ``draft.answers`` (``""`` for an item kept as it is)."""
    from innovkit.journal.reviews import reviewed_outcomes

    for outcome in reviewed_outcomes(card):
        items = draft.reviewed.get(outcome.id) or []
        done = REVIEW_PREFIX + outcome.id
        if not items or done in draft.answered:
            continue
        key = OUTCOME_PREFIX + outcome.id
        answers: list[str] = draft.answers.setdefault(key, [])
        for number, entry in enumerate(items, 1):
            if number <= len(answers):
                continue  # answered before a pause
            answers.append(_status(outcome, number, entry, ask, draft.lang))
            save()
        if not any(answers):  # every item kept as it is: nothing to write
            draft.answers.pop(key, None)
        draft.answered.append(done)
        save()


def _status(
    outcome: Outcome, number: int, entry: dict[str, Any], ask: Callable[[Question], str], lang: str
) -> str:
    """One item's new status (its id), ``""`` for « passer »."""
    from innovkit.journal.items import status_id
    from innovkit.journal.reviews import review_question

    label, choices = review_question(outcome, entry, number, lang)
    error = None
    while True:
        typed = ask(
            Question(
                f"{OUTCOME_PREFIX}{outcome.id}.{number}",
                label,
                default=choices[-1][1],
                error=error,
                choices=choices,
            )
        )
        picked = by_number(choices, typed.strip())
        if picked in ("", SKIP) or typed.strip() == choices[-1][1]:
            return ""
        try:
            return status_id(outcome, picked)
        except BadInput:
            error = tr("live.bad_status", lang, value=typed.strip(), count=len(choices))
