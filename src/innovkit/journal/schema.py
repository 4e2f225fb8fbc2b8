"""The session schema, declared once.

Every field of a journal session is one ``SessionField`` in ``FIELDS``: its type and limits
(a msgspec type, from which ``SessionData`` — the strict shape of the JSON export, of
``--json`` and of an import — is built), its parser for typed text, the option of ``journal
add`` and ``journal edit`` that sets it, its French and English label and question (message
keys), and whether it is a CSV column. Everything else is derived from this table: the
options, the questions at a terminal and at the end of a guided run (in the table's order),
the checks, the JSON and CSV columns, the report's field names. A new field is one new row.

The fields of an action are declared as the msgspec struct ``ActionData``; a step timing is
``records.StepTiming``, which msgspec reads as it is (its seconds are never negative: see
``data.check_rules``).

msgspec is imported here: only the journal commands that read or write data load this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Literal

import msgspec

from innovkit import limits
from innovkit.dates import parse_date, parse_time
from innovkit.journal.records import (
    MAX_MINUTES,
    MAX_PARTICIPANTS,
    StepTiming,
    parse_action,
    parse_minutes,
    parse_participants,
    parse_satisfaction,
    parse_setting,
    parse_text,
)

# Every type carries its range from ``innovkit.limits``: an import is checked against them as it
# is decoded, and ``journal add``, ``edit`` and the run check what they record with them too.
Short = Annotated[str, msgspec.Meta(max_length=limits.MAX_SHORT_TEXT)]
Long = Annotated[str, msgspec.Meta(max_length=limits.MAX_LONG_TEXT)]
NonEmpty = Annotated[
    str, msgspec.Meta(min_length=1, max_length=limits.MAX_SHORT_TEXT, pattern=r"\S")
]
LongNonEmpty = Annotated[
    str, msgspec.Meta(min_length=1, max_length=limits.MAX_LONG_TEXT, pattern=r"\S")
]
Seconds = Annotated[int, msgspec.Meta(ge=0, le=limits.MAX_STEP_SECONDS)]
Minutes = Annotated[int, msgspec.Meta(ge=0, le=MAX_MINUTES)]
Clock = Annotated[str, msgspec.Meta(pattern=r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$")]
Moment = Annotated[datetime, msgspec.Meta(tz=True)]
Texts = Annotated[list[Short], msgspec.Meta(max_length=limits.MAX_ITEMS)]
LongTexts = Annotated[list[Long], msgspec.Meta(max_length=limits.MAX_ITEMS)]
Number = Annotated[int, msgspec.Meta(ge=-limits.MAX_NUMBER, le=limits.MAX_NUMBER)]
Decimal = Annotated[float, msgspec.Meta(ge=-limits.MAX_NUMBER, le=limits.MAX_NUMBER)]
# One item of an outcome of kind ``items`` (a dare and what became of it): ``{"text": …,
# "status": …}``; an older list outcome's items are plain texts.
OutcomeItem = Annotated[dict[Short, Long], msgspec.Meta(max_length=8)]
OutcomeList = Annotated[list[Long | OutcomeItem], msgspec.Meta(max_length=limits.MAX_ITEMS)]
OutcomeValue = Long | Number | Decimal | OutcomeList
Outcomes = Annotated[dict[Short, OutcomeValue], msgspec.Meta(max_length=limits.MAX_ITEMS)]
# A key of ``field_changes``: a field, the default of every field ("*"), or a part of one action
# (``actions.status/<action id>``; an action's id is any text).
ChangeKey = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^(\*|[a-z_]{1,40}|actions\.(text|owner|due|status)/[\s\S]+)$",
        max_length=limits.MAX_SHORT_TEXT,
    ),
]
# [changed, agreed, the changed of up to 8 values replaced here since]: see journal.reconcile.
FieldTimes = Annotated[list[Moment], msgspec.Meta(min_length=2, max_length=10)]
# One entry per field and per part of an action: a few for each of at most MAX_ITEMS actions.
FieldChanges = Annotated[
    dict[ChangeKey, FieldTimes], msgspec.Meta(max_length=5 * limits.MAX_ITEMS + 50)
]


class ActionData(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """Something decided in a session that someone follows up."""

    id: Annotated[str, msgspec.Meta(pattern=limits.ACTION_ID_PATTERN)]
    text: LongNonEmpty
    owner: Short = ""
    due: date | None = None
    status: Literal["open", "done"] = "open"
    done_on: date | None = None


SessionId = Annotated[str, msgspec.Meta(pattern=limits.SESSION_ID_PATTERN)]
Participants = Annotated[int, msgspec.Meta(ge=limits.MIN_PARTICIPANTS, le=MAX_PARTICIPANTS)]
Version = Annotated[int, msgspec.Meta(ge=0, le=limits.MAX_VERSION)]
Mark = Annotated[int, msgspec.Meta(ge=limits.MIN_MARK, le=limits.MAX_MARK)]
Actions = Annotated[list[ActionData], msgspec.Meta(max_length=limits.MAX_ITEMS)]
Timings = Annotated[list[StepTiming], msgspec.Meta(max_length=limits.MAX_ITEMS)]


def _text(name: str) -> Callable[[str], str]:
    return lambda typed: parse_text(typed, name)


@dataclass(frozen=True, slots=True)
class SessionField:
    """One field of a session. ``name`` is the attribute of ``records.Session``, the JSON key
    and the CSV column. ``kind`` is the msgspec type (with its limits) and ``default`` its
    value when absent (``REQUIRED`` when it must be there).

    ``option`` names the option of ``journal add``/``edit`` (``param`` is its Python name, as
    ``run --record`` passes it on); ``short`` its one-letter form; ``many``: the option may
    be repeated and the question takes several answers. ``parse`` reads one typed value.
    ``label`` (a message key) names the field in ``journal show`` and in the report; ``question``
    (a message key) is what a terminal and the end of a guided run ask, with ``hint`` under it,
    in the order of ``FIELDS`` — ``None`` when it is not asked. ``measured``: the guided run
    knows it before asking anything (its clock, the variant run), and ``journal add`` takes it
    from an option or its default, so it is not asked.
    """

    name: str
    kind: Any
    default: Any = msgspec.NODEFAULT
    option: str | None = None
    short: str | None = None
    metavar: str | None = None
    param: str | None = None
    many: bool = False
    parse: Callable[[str], Any] | None = None
    label: str | None = None
    question: str | None = None
    hint: str | None = None
    measured: bool = False
    csv: bool = True
    edit_help: str | None = None  # ``journal edit``'s own help where ``add``'s speaks of a default

    @property
    def parameter(self) -> str:
        """The Python name of the option's parameter (``date_``: ``date`` is a module)."""
        if self.param:
            return self.param
        return (self.option or self.name).removeprefix("--").replace("-", "_")

    @property
    def help(self) -> str:
        """The message key of the option's help."""
        return f"help.journal_{(self.option or '').removeprefix('--').replace('-', '_')}"


REQUIRED = msgspec.NODEFAULT


def _list() -> Any:
    return msgspec.field(default_factory=list)


# In this order: the JSON keys, the CSV columns (those with ``csv``), the questions.
FIELDS: tuple[SessionField, ...] = (
    SessionField("id", Annotated[str, msgspec.Meta(pattern=limits.SESSION_ID_PATTERN)]),
    SessionField("date", date, REQUIRED, "--date", "-d", "YYYY-MM-DD", param="date_",
                 parse=parse_date, label="journal.label_date", measured=True,
                 edit_help="help.journal_edit_date"),
    SessionField("start", Clock | None, None, "--start", None, "HH:MM", parse=parse_time,
                 label="journal.col_start", measured=True),
    SessionField("tool", NonEmpty, label="journal.label_tool"),
    SessionField("lever", NonEmpty, label="journal.label_lever"),
    SessionField("variant", Short | None, None, "--variant", None, "VARIANT",
                 label="journal.label_variant", measured=True),
    SessionField("moment", Short | None, None, "--moment", None, "MOMENT", parse=str.strip,
                 label="journal.label_moment", measured=True),
    SessionField("follows", SessionId | None, None, "--follows", None, "SESSION",
                 parse=str.strip, label="journal.label_follows", measured=True),
    SessionField("tool_version", Version | None, None, csv=False),
    SessionField("card_digest", Short, "", csv=False),
    SessionField("planned_minutes", Minutes | None, None, label="journal.label_duration"),
    SessionField("actual_minutes", Minutes | None, None, "--minutes", "-m", "N",
                 parse=parse_minutes, label="journal.label_duration", measured=True),
    SessionField("participants", Participants | None, None, "--participants", "-p", "N",
                 parse=parse_participants,
                 label="journal.label_participants", question="live.field_participants",
                 hint="live.help_participants"),
    SessionField("facilitator", Short, "", "--facilitator", "-f", "NAME",
                 parse=_text("facilitator"), label="journal.label_facilitator",
                 question="live.field_facilitator", edit_help="help.journal_edit_facilitator"),
    SessionField("co_facilitators", Texts, _list(), "--co-facilitator", None, "NAME", many=True,
                 parse=_text("co_facilitators"), label="journal.label_co_facilitators",
                 question="live.field_co_facilitators", hint="live.help_list"),
    SessionField("services", Texts, _list(), "--service", "-s", "SERVICE", many=True,
                 parse=_text("services"), label="journal.label_services",
                 question="live.field_services", hint="live.help_list"),
    SessionField("setting", Literal["indoor", "outdoor", "remote"] | None, None, "--setting",
                 None, "SETTING", parse=parse_setting, label="journal.label_setting",
                 question="live.field_setting", hint="live.hint_choice"),
    SessionField("satisfaction", Mark | None, None, "--satisfaction", None, "1-5",
                 parse=parse_satisfaction,
                 label="journal.label_satisfaction", question="live.field_satisfaction",
                 hint="live.hint_scale"),
    # The tool card's own fields: one question per outcome of the card, here in the order.
    SessionField("outcomes", Outcomes, msgspec.field(default_factory=dict),
                 "--outcome", None, "KEY=VALUE", many=True, label="journal.label_outcomes",
                 question="card"),
    SessionField("ideas", LongTexts, _list(), "--idea", None, "TEXT", many=True,
                 parse=_text("ideas"), label="journal.label_ideas", question="live.field_ideas",
                 hint="live.help_list"),
    SessionField("decisions", LongTexts, _list(), "--decision", None, "TEXT", many=True,
                 parse=_text("decisions"), label="journal.label_decisions",
                 question="live.field_decisions", hint="live.help_list"),
    SessionField("actions", Actions, _list(), "--action", "-a", '"TEXT; OWNER; YYYY-MM-DD"',
                 many=True, parse=parse_action,
                 label="journal.label_actions", question="live.field_actions",
                 hint="live.help_actions"),
    SessionField("notes", Long, "", "--note", "-n", "TEXT", parse=str.strip,
                 label="journal.label_notes", question="live.field_notes", hint="live.help_notes"),
    SessionField("tags", Texts, _list(), "--tag", "-t", "TAG", many=True, parse=_text("tags"),
                 label="journal.label_tags", question="live.field_tags", hint="live.help_list"),
    SessionField("step_timings", Timings, _list(), label="journal.label_steps", csv=False),
    SessionField("field_changes", FieldChanges, msgspec.field(default_factory=dict), csv=False),
    SessionField("created_at", Moment),
    SessionField("updated_at", Moment),
)  # fmt: skip

BY_NAME = {f.name: f for f in FIELDS}
OPTIONS = tuple(f for f in FIELDS if f.option)
QUESTIONS = tuple(f for f in FIELDS if f.question)
CSV_COLUMNS = tuple(f.name for f in FIELDS if f.csv)
JSON_KEYS = tuple(f.name for f in FIELDS)

SessionData = msgspec.defstruct(
    "SessionData",
    [(f.name, f.kind) if f.default is REQUIRED else (f.name, f.kind, f.default) for f in FIELDS],
    kw_only=True,
    forbid_unknown_fields=True,
    # Plain data never makes reference cycles: msgspec leaves such structs out of Python's
    # cycle collector, which an import of 100,000 sessions would otherwise walk again and again.
    gc=False,
    module=__name__,
)
SessionData.__doc__ = "One session as exported and imported: built from ``FIELDS``."


def option_fields(values: dict[str, Any]) -> dict[str, Any]:
    """The session fields given by options, from ``{parameter: value}`` (``None``: not given)."""
    by_parameter = {f.parameter: f.name for f in OPTIONS}
    return {by_parameter[key]: value for key, value in values.items() if key in by_parameter}
