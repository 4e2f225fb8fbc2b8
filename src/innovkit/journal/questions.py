"""The questions about a session, derived from the session schema: one list, in one order,
with one wording, asked both by ``journal add`` at a terminal and at the end of a guided run.

``session_questions`` gives them: the schema's asked fields in the schema's order, the tool
card's own outcome fields where the schema puts ``outcomes``. Each is a ``Field`` whose
``question()`` is the ``Question`` the asking side shows, and whose ``check`` reads an answer
with the schema's parser. Answers are kept as typed (a choice as its id) and turned into
session fields by ``answers_fields``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from innovkit.errors import BadInput
from innovkit.i18n import tr
from innovkit.journal import records
from innovkit.journal.schema import QUESTIONS, SessionField

if TYPE_CHECKING:
    from innovkit.cards.model import Card, Outcome
    from innovkit.live.guide import Question

OUTCOME_PREFIX = "outcome."
STATUS_SUFFIX = ".status"  # the question of an item's status: ``outcome.dares.status``
NOTE_SUFFIX = ".note"  # and of its note: ``outcome.dares.note``


@dataclass(frozen=True, slots=True)
class Field:
    """One question about a session.

    ``check`` turns a typed answer (never empty for a list item) into what is kept, or raises
    ``BadInput`` with the sentence to show; an empty single answer gives ``None`` (left
    blank) unless the field is ``required``.
    """

    key: str
    label: str
    check: Callable[[str], Any]
    help: str | None = None
    default: str | None = None
    required: bool = False
    many: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    # An outcome of kind ``items``: each item's text (``check``), then its status, one of
    # ``statuses`` (id, label), the first proposed; ``check_status`` reads it.
    statuses: tuple[tuple[str, str], ...] = ()
    check_status: Callable[[str], str] | None = None
    note: str | None = None  # the question of an item's note, asked after a later status

    def wants_note(self, status: str) -> bool:
        """Whether an item with ``status`` is asked its note: the card asks one, and the status
        is not the one true at the session (nothing has happened yet to explain)."""
        return self.note is not None and status != self.statuses[0][0]

    def note_question(self, error: str | None = None) -> Question:
        from innovkit.live.guide import Question

        return Question(key=self.key + NOTE_SUFFIX, label=self.note or "", error=error)

    def status_question(self, text: str, lang: str, error: str | None = None) -> Question:
        """The question of one item's status, after its text."""
        from innovkit.live.guide import Question

        shown = text or tr("journal.item_no_text", lang)
        return Question(
            key=self.key + STATUS_SUFFIX,
            label=tr("live.item_status", lang, item=shown),
            default=self.statuses[0][1],
            error=error,
            choices=self.statuses,
        )

    def question(self, error: str | None = None, item: int | None = None) -> Question:
        from innovkit.live.guide import Question

        return Question(
            key=self.key,
            label=self.label,
            help=self.help,
            default=self.default,
            error=error,
            choices=self.choices,
            item=item if self.many else None,
        )


def by_number(choices: tuple[tuple[str, str], ...], typed: str) -> str:
    """``2`` means the second choice; anything else is passed on as typed."""
    value = typed.strip()
    if value.isdigit() and 1 <= int(value) <= len(choices):
        return choices[int(value) - 1][0]
    return value


def _single(spec: SessionField, choices: tuple[tuple[str, str], ...]) -> Callable[[str], Any]:
    """An optional answer, checked by the schema's parser and kept as typed (a setting as
    its id)."""
    parse = spec.parse
    assert parse is not None

    def check(typed: str) -> Any:
        if not typed.strip():
            return None
        value = parse(by_number(choices, typed))
        return value if choices else typed.strip()

    return check


def _item(spec: SessionField) -> Callable[[str], str]:
    """One item of a list, checked by the schema's parser and kept as typed."""
    parse = spec.parse
    assert parse is not None

    def check(typed: str) -> str:
        parse(typed)
        return typed.strip()

    return check


def _common(spec: SessionField, card: Card, defaults: dict[str, str | None], lang: str) -> Field:
    assert spec.question is not None
    choices: tuple[tuple[str, str], ...] = ()
    default = defaults.get(spec.name)
    if spec.name == "setting":
        choices = tuple((s, tr(f"journal.setting_{s}", lang)) for s in records.SETTINGS)
        if len(card.setting) == 1:
            default = tr(f"journal.setting_{card.setting[0]}", lang)
    return Field(
        spec.name,
        tr(spec.question, lang),
        _item(spec) if spec.many else _single(spec, choices),
        tr(spec.hint, lang) if spec.hint else None,
        default=default,
        many=spec.many,
        choices=choices,
    )


_HINTS = {
    "scale": "live.hint_scale",
    "date": "live.hint_date",
    "number": "live.hint_number",
    "choice": "live.hint_choice",
}


def _outcome(outcome: Outcome, lang: str) -> Field:
    key = OUTCOME_PREFIX + outcome.id
    label = outcome.label(lang)
    help_text = outcome.help(lang) if outcome.help else None
    hint = tr(_HINTS[outcome.kind], lang) if outcome.kind in _HINTS else None
    help_text = " ".join(part for part in (help_text, hint) if part) or None
    choices = tuple((c.id, c.label(lang)) for c in outcome.choices)

    if outcome.kind == "items":
        return _items(key, label, outcome, help_text, lang)
    if outcome.kind == "list":

        def check_item(typed: str) -> str:
            records.outcome_value(outcome, [typed])
            return typed.strip()

        return Field(key, label, check_item, help_text, required=outcome.required, many=True)

    def check(typed: str) -> Any:
        if not typed.strip():
            if outcome.required:
                raise BadInput("live.answer_required")
            return None
        value = records.outcome_value(outcome, by_number(choices, typed))
        return value if outcome.kind in ("choice", "date") else typed.strip()

    return Field(key, label, check, help_text, required=outcome.required, choices=choices)


def _items(key: str, label: str, outcome: Outcome, help_text: str | None, lang: str) -> Field:
    """One item after another: its text (optional, but an empty one ends the list), then its
    status (the first, true at the session, on an empty answer)."""
    from innovkit.journal.items import item_text, status_id

    statuses = tuple((s.id, s.label(lang)) for s in outcome.statuses)

    def check_text(typed: str) -> str:
        return item_text(outcome, typed)

    def check_status(typed: str) -> str:
        try:
            return status_id(outcome, by_number(statuses, typed.strip() or statuses[0][0]))
        except BadInput:  # asked with its list: say so, without the option's syntax
            raise BadInput("live.bad_status", value=typed.strip(), count=len(statuses)) from None

    help_text = " ".join(p for p in (help_text, tr("live.hint_items", lang)) if p)
    return Field(
        key,
        label,
        check_text,
        help_text,
        required=outcome.required,
        many=True,
        statuses=statuses,
        check_status=check_status,
        note=outcome.item_note(lang) if outcome.item_note is not None else None,
    )


def session_questions(
    card: Card, lang: str, defaults: dict[str, str | None] | None = None
) -> list[Field]:
    """The questions about a session of ``card``, in the order they are asked; ``defaults``
    gives proposed answers by field name (the facilitator, the number of participants)."""
    fields: list[Field] = []
    for spec in QUESTIONS:
        if spec.name == "outcomes":
            fields += [_outcome(outcome, lang) for outcome in card.asked_outcomes]
        else:
            fields.append(_common(spec, card, defaults or {}, lang))
    return fields


def answers_fields(answers: dict[str, Any]) -> dict[str, Any]:
    """The session fields (for ``records.new_session``) of answers kept by question key."""
    fields: dict[str, Any] = {
        "outcomes": {
            key[len(OUTCOME_PREFIX) :]: value
            for key, value in answers.items()
            if key.startswith(OUTCOME_PREFIX) and value not in (None, "", [])
        }
    }
    for spec in QUESTIONS:
        if spec.name == "outcomes":
            continue
        if spec.many:
            fields[spec.name] = list(answers.get(spec.name) or [])
        elif answers.get(spec.name) is not None:
            fields[spec.name] = answers[spec.name]
    return fields
