"""What the guided run asks after the debrief, and how it becomes a journal session.

The questions are the journal's common fields and the tool card's own outcome fields; every
answer is checked with the journal's own validators (``innovkit.journal.records``), so a live
run and ``innovkit journal add`` accept exactly the same things. Answers are kept as typed (choices
as their id) in the draft, and turned into a ``Session`` only at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from innovkit.cards.model import Card, Outcome
from innovkit.errors import BadInput
from innovkit.i18n import tr
from innovkit.journal import records
from innovkit.live.guide import Draft, Question

OUTCOME_PREFIX = "outcome."


@dataclass(frozen=True, slots=True)
class Field:
    """One question of the outcome capture.

    ``check`` turns a typed answer (never empty for a list item) into what is kept in the
    draft, or raises ``BadInput`` with the sentence to show; an empty single answer gives
    ``None`` (left blank) unless the field is ``required``.
    """

    key: str
    label: str
    check: Callable[[str], Any]
    help: str | None = None
    default: str | None = None
    required: bool = False
    many: bool = False
    choices: tuple[tuple[str, str], ...] = ()

    def question(self, error: str | None = None, item: int | None = None) -> Question:
        return Question(
            key=self.key,
            label=self.label,
            help=self.help,
            default=self.default,
            error=error,
            choices=self.choices,
            item=item if self.many else None,
        )


def _optional(parse: Callable[[str], Any], required: bool = False) -> Callable[[str], Any]:
    def check(typed: str) -> Any:
        if not typed.strip():
            if required:
                raise BadInput(tr("live.answer_required"))
            return None
        parse(typed)
        return typed.strip()

    return check


def _action(typed: str) -> str:
    records.parse_action(typed)  # "text; owner; YYYY-MM-DD", checked now, stored as typed
    return typed.strip()


def _by_number(choices: tuple[tuple[str, str], ...], typed: str) -> str:
    """``2`` means the second choice; anything else is passed on as typed."""
    value = typed.strip()
    if value.isdigit() and 1 <= int(value) <= len(choices):
        return choices[int(value) - 1][0]
    return value


def _setting_field(card: Card) -> Field:
    choices = tuple((s, tr(f"journal.setting_{s}")) for s in records.SETTINGS)

    def check(typed: str) -> str | None:
        if not typed.strip():
            return None
        return records.parse_setting(_by_number(choices, typed))

    default = tr(f"journal.setting_{card.setting[0]}") if len(card.setting) == 1 else None
    return Field(
        "setting",
        tr("live.field_setting"),
        check,
        tr("live.hint_choice"),
        default=default,
        choices=choices,
    )


def _outcome_field(outcome: Outcome, lang: str) -> Field:
    key = OUTCOME_PREFIX + outcome.id
    label = outcome.label(lang)
    help_text = outcome.help(lang) if outcome.help else None
    hint = {
        "scale": tr("live.hint_scale"),
        "date": tr("live.hint_date"),
        "number": tr("live.hint_number"),
        "choice": tr("live.hint_choice"),
    }.get(outcome.kind)
    help_text = " ".join(part for part in (help_text, hint) if part) or None
    choices = tuple((c.id, c.label(lang)) for c in outcome.choices)

    if outcome.kind == "list":

        def check_item(typed: str) -> str:
            records.outcome_value(outcome, [typed])
            return typed.strip()

        return Field(key, label, check_item, help_text, required=outcome.required, many=True)

    def check(typed: str) -> Any:
        if not typed.strip():
            if outcome.required:
                raise BadInput(tr("live.answer_required"))
            return None
        value = records.outcome_value(outcome, _by_number(choices, typed))
        return value if outcome.kind in ("choice", "date") else typed.strip()

    return Field(key, label, check, help_text, required=outcome.required, choices=choices)


def capture_fields(card: Card, draft: Draft) -> list[Field]:
    """The questions after the debrief, in the order they are asked."""
    from innovkit.settings import configured

    lang = draft.lang
    facilitator = draft.facilitator or configured("facilitator") or None
    participants = str(draft.participants) if draft.participants else None
    text = records.parse_text
    fields = [
        Field(
            "participants",
            tr("live.field_participants"),
            _optional(records.parse_participants),
            tr("live.help_participants"),
            default=participants,
        ),
        Field(
            "facilitator",
            tr("live.field_facilitator"),
            _optional(lambda t: text(t, "facilitator")),
            default=str(facilitator) if facilitator else None,
        ),
        Field(
            "co_facilitators",
            tr("live.field_co_facilitators"),
            lambda t: text(t, "co_facilitators"),
            tr("live.help_list"),
            many=True,
        ),
        Field(
            "services",
            tr("live.field_services"),
            lambda t: text(t, "services"),
            tr("live.help_list"),
            many=True,
        ),
        _setting_field(card),
        Field(
            "satisfaction",
            tr("live.field_satisfaction"),
            _optional(records.parse_satisfaction),
            tr("live.hint_scale"),
        ),
    ]
    fields += [_outcome_field(outcome, lang) for outcome in card.outcomes]
    fields += [
        Field(
            "ideas",
            tr("live.field_ideas"),
            lambda t: text(t, "ideas"),
            tr("live.help_list"),
            many=True,
        ),
        Field(
            "decisions",
            tr("live.field_decisions"),
            lambda t: text(t, "decisions"),
            tr("live.help_list"),
            many=True,
        ),
        Field(
            "actions",
            tr("live.field_actions"),
            _action,
            tr("live.help_actions"),
            many=True,
        ),
        Field("notes", tr("live.field_notes"), _optional(lambda t: t), tr("live.help_notes")),
        Field(
            "tags",
            tr("live.field_tags"),
            lambda t: text(t, "tags"),
            tr("live.help_list"),
            many=True,
        ),
    ]
    return fields


def step_seconds(seconds: float) -> int:
    """A step's time in whole seconds, as the journal keeps it: the one rounding rule for
    every display of step times (the end-of-run summary and ``innovkit journal show``)."""
    return max(0, round(seconds))


def session_from_draft(card: Card, draft: Draft, lang: str | None = None) -> records.Session:
    """The journal session of a finished run: its answers, timings and debrief notes."""
    answers = dict(draft.answers)
    outcomes = {
        key[len(OUTCOME_PREFIX) :]: value
        for key, value in answers.items()
        if key.startswith(OUTCOME_PREFIX) and value not in (None, "", [])
    }
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
    fields: dict[str, Any] = {
        "id": draft.session_id,
        "variant": draft.variant,
        "date": started.date() if started else None,
        "start": started.time().replace(second=0, microsecond=0) if started else None,
        "actual_minutes": max(1, round(spent / 60)) if timings else None,
        "step_timings": timings,
        "outcomes": outcomes,
        "notes": _notes(card, draft, answers.get("notes")),
    }
    for key in ("participants", "facilitator", "setting", "satisfaction"):
        if answers.get(key) is not None:
            fields[key] = answers[key]
    for key in ("co_facilitators", "services", "ideas", "decisions", "actions", "tags"):
        fields[key] = list(answers.get(key) or [])
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
        lines = [tr("live.debrief_heading")]
        lines += [f"- {question}\n  {answer.strip()}" for question, answer in pairs]
        parts.append("\n".join(lines))
    return "\n\n".join(parts)
