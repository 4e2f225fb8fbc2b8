"""What the guided run asks after the debrief, and how it becomes a journal session.

The questions are the session schema's (``innovkit.journal.questions``): the journal's common
fields and the tool card's own outcome fields, asked in the same order and words as ``innovkit
journal add`` asks them, and checked by the same parsers. Answers are kept as typed (choices
as their id) in the draft, and turned into a ``Session`` only at the end.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from innovkit.cards.model import Card
from innovkit.i18n import tr
from innovkit.journal import records
from innovkit.journal.questions import OUTCOME_PREFIX, Field, answers_fields, session_questions
from innovkit.live.guide import Draft

__all__ = ["OUTCOME_PREFIX", "Field", "capture_fields", "session_from_draft", "step_seconds"]


def capture_fields(card: Card, draft: Draft) -> list[Field]:
    """The questions after the debrief, in the order they are asked: the session schema's
    questions (``journal.questions``), the same as ``journal add`` asks at a terminal."""
    from innovkit.settings import configured

    facilitator = draft.facilitator or configured("facilitator") or None
    defaults = {
        "participants": str(draft.participants) if draft.participants else None,
        "facilitator": str(facilitator) if facilitator else None,
    }
    measured = measured_answers(card, draft)
    return [
        replace(field, default=measured[field.key]) if field.key in measured else field
        for field in session_questions(card, draft.lang, defaults)
    ]


MEASURED_SUFFIX = "_minutes"


def measured_answers(card: Card, draft: Draft) -> dict[str, str]:
    """What the run already knows of the card's outcomes, as proposed answers: an outcome
    of kind number named after a step, ``STEP_minutes`` (point-silence's ``silence_minutes``),
    is that step's time as the run measured it, in whole minutes (at least 1) — so the
    facilitator who timed the silence confirms it with Enter instead of typing it."""
    timed = {step.step_id: step for step in draft.steps if step.wall > 0 and not step.skipped}
    answers = {}
    for outcome in card.asked_outcomes:
        step = timed.get(outcome.id.removesuffix(MEASURED_SUFFIX))
        if outcome.kind == "number" and outcome.id.endswith(MEASURED_SUFFIX) and step:
            minutes = max(1, round(step_seconds(step.wall) / 60))
            answers[OUTCOME_PREFIX + outcome.id] = str(minutes)
    return answers


def step_seconds(seconds: float) -> int:
    """A step's time in whole seconds, as the journal keeps it: the one rounding rule for
    every display of step times (the end-of-run summary and ``innovkit journal show``)."""
    return max(0, round(seconds))


def session_from_draft(card: Card, draft: Draft) -> records.Session:
    """The journal session of a finished run: its answers, timings and debrief notes."""
    answers = dict(draft.answers)
    started = datetime.fromisoformat(draft.started) if draft.started else None
    timings = [
        records.StepTiming(
            step_id=step.step_id,
            title=step.title,
            planned_seconds=step_seconds(step.planned),
            actual_seconds=step_seconds(step.wall),
            skipped=step.skipped,
            extended_seconds=step_seconds(step.extended),
        )
        for step in draft.steps
        if step.visits or step.wall
    ]
    spent = sum(step.wall for step in draft.steps)
    fields = answers_fields(answers)
    fields.update(
        id=draft.session_id,
        variant=draft.variant,
        moment=draft.moment,
        follows=draft.follows,
        date=started.date() if started else None,
        start=started.time().replace(second=0, microsecond=0) if started else None,
        actual_minutes=max(1, round(spent / 60)) if timings else None,
        step_timings=timings,
        notes=_notes(card, draft, answers.get("notes")),
    )
    return records.new_session(card, **fields)


def _notes(card: Card, draft: Draft, typed: str | None) -> str:
    """The facilitator's notes, then the debrief questions with what was noted for each."""
    parts = [typed.strip()] if typed and typed.strip() else []
    pairs = [
        (question(draft.lang), answer)
        for question, answer in zip(card.debrief, draft.debrief, strict=False)
        if answer.strip()
    ]
    if pairs:
        lines = [tr("live.debrief_heading", draft.lang)]
        lines += [f"- {question}\n  {answer.strip()}" for question, answer in pairs]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)
