"""A session of the journal: the data model, and the checking of what a facilitator types.

Each ``parse_*`` function takes the text a person typed (on the command line or at a prompt)
and returns a value, or raises ``BadInput`` with one sentence saying what to type instead.
``new_session`` builds a checked ``Session`` from a tool card; ``check_session`` checks a
``Session`` built elsewhere (the live run, an import) before it is stored.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from innovkit.dates import format_date, looks_like_date, parse_date, parse_time
from innovkit.errors import BadInput
from innovkit.i18n import current_language, tr

if TYPE_CHECKING:
    from innovkit.cards.model import Card, Outcome

ACTION_STATUSES = ("open", "done")
SETTINGS = ("indoor", "outdoor", "remote")  # the same words as the cards' ``setting``
MAX_PARTICIPANTS = 100_000
MAX_MINUTES = 7 * 24 * 60  # a week: anything longer is a typing mistake


def new_id() -> str:
    """A fresh random identifier (UUID 4, 36 characters)."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- model


@dataclass(slots=True)
class Action:
    """Something decided in a session that someone follows up."""

    id: str
    text: str
    owner: str = ""
    due: date | None = None
    status: str = "open"  # "open" | "done"

    def overdue(self, today: date) -> bool:
        return self.status == "open" and self.due is not None and self.due < today


@dataclass(slots=True)
class StepTiming:
    """How long one step of the tool was planned to take and really took (the live run)."""

    step_id: str
    title: str
    planned_seconds: int
    actual_seconds: int
    skipped: bool = False
    extended_seconds: int = 0


@dataclass(slots=True, kw_only=True)
class Session:
    """One workshop, as recorded in the journal. No participant names, only a count."""

    id: str = field(default_factory=new_id)
    tool: str
    tool_version: int | None = None
    card_digest: str = ""
    lever: str
    variant: str | None = None
    date: date
    start: time | None = None
    planned_minutes: int | None = None
    actual_minutes: int | None = None
    facilitator: str = ""
    co_facilitators: list[str] = field(default_factory=list)
    participants: int | None = None
    services: list[str] = field(default_factory=list)
    setting: str | None = None
    satisfaction: int | None = None
    ideas: list[str] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    step_timings: list[StepTiming] = field(default_factory=list)
    outcomes: dict[str, Any] = field(default_factory=dict)
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)

    @property
    def minutes(self) -> int:
        """Minutes of facilitation: what really happened, else what was planned."""
        if self.actual_minutes is not None:
            return self.actual_minutes
        return self.planned_minutes or 0

    @property
    def facilitators(self) -> list[str]:
        return [name for name in (self.facilitator, *self.co_facilitators) if name]


# --------------------------------------------------------------------------- typed values


def _whole_number(text: str) -> int | None:
    value = str(text).strip()
    if re.fullmatch(r"[+-]?\d{1,9}", value):
        return int(value)
    return None


def parse_satisfaction(text: str) -> int:
    """A mark from 1 (not satisfied) to 5 (very satisfied)."""
    number = _whole_number(text)
    if number is None or not 1 <= number <= 5:
        raise BadInput(tr("journal.bad_satisfaction", value=str(text).strip()))
    return number


def parse_participants(text: str) -> int:
    """How many people took part: a whole number, at least 1. Never their names."""
    number = _whole_number(text)
    if number is None or not 1 <= number <= MAX_PARTICIPANTS:
        raise BadInput(tr("journal.bad_participants", value=str(text).strip()))
    return number


def parse_minutes(text: str) -> int:
    """A duration in whole minutes, written as ``innovkit timer`` reads it (the one duration
    parser, ``durations.parse_duration``): ``45``, ``45 min``, ``45 minutes``, ``1h30``,
    ``1:30:00``, ``2,5``. Seconds are rounded to the nearest minute (half up), at least 1."""
    from innovkit.durations import parse_duration

    value = str(text).strip()
    try:
        seconds = parse_duration(value)
    except BadInput:
        raise BadInput(tr("journal.bad_minutes", value=value)) from None
    return max(1, int(seconds / 60 + 0.5))


def parse_text(text: str, what: str) -> str:
    """A non-empty piece of text, trimmed; ``what`` names the field in the error."""
    value = str(text).strip()
    if not value:
        raise BadInput(tr("journal.empty_text", field=tr(f"journal.field_{what}")))
    return value


# Other words facilitators type for a setting, besides its id and its name in each language
# (« en salle », "remote"…): compared without case, accents, spaces or punctuation.
_SETTING_WORDS = {
    "indoor": ("salle", "intérieur", "en intérieur", "présentiel", "in person", "inside"),
    "outdoor": ("extérieur", "dehors", "plein air", "en plein air", "outside", "outdoors"),
    "remote": ("distance", "distanciel", "visio", "en visio", "en ligne", "online", "video"),
}


def parse_setting(text: str) -> str:
    """Where the session took place, as typed (the journal's ``--setting``, ``suggest
    --setting``, the live run): the id (``indoor``, ``outdoor``, ``remote``), its name in French
    or English (« en salle », « en extérieur », « à distance »; "indoor"…) or a common word for
    it (« distanciel », « dehors », "online"…), in any case, with or without accents. Raises
    ``BadInput`` naming the choices."""
    from innovkit.cards.lookup import normalise

    wanted = normalise(text)
    for setting in SETTINGS:
        names = {normalise(setting)}
        names |= {normalise(tr(f"journal.setting_{setting}", lang)) for lang in ("fr", "en")}
        names |= {normalise(word) for word in _SETTING_WORDS[setting]}
        if wanted and wanted in names:
            return setting
    choices = ", ".join(tr(f"journal.setting_{s}") for s in SETTINGS)
    raise BadInput(tr("journal.bad_setting", value=str(text).strip(), choices=choices))


def parse_action(text: str) -> Action:
    """``"text; owner; YYYY-MM-DD"`` → an open ``Action`` (owner and due date may be left out)."""
    raw = str(text)
    parts = [part.strip() for part in raw.split(";")]
    due: date | None = None
    owner = ""
    if len(parts) >= 3:
        body, owner, when = (part.strip() for part in raw.rsplit(";", 2))
        due = parse_date(when) if when else None
    elif len(parts) == 2:
        body, other = parts
        # « texte ; 2026-12-01 » reads as a due date; anything else is the owner.
        if looks_like_date(other):
            due = parse_date(other)
        else:
            owner = other
    else:
        body = parts[0]
    if not body.strip():
        raise BadInput(tr("journal.bad_action", value=str(text).strip()))
    return Action(id=new_id(), text=body.strip(), owner=owner, due=due)


def split_list(text: str) -> list[str]:
    """The items of a list typed on one line, separated by « ; »."""
    return [part.strip() for part in str(text).split(";") if part.strip()]


def parse_outcome(card: Card, text: str) -> tuple[str, Any]:
    """``"KEY=VALUE"`` → ``(key, value)``, checked against the card's ``outcomes``."""
    raw = str(text)
    if "=" not in raw:
        raise BadInput(tr("journal.outcome_format", value=raw.strip(), example=_example(card)))
    key, value = raw.split("=", 1)
    outcome = _find_outcome(card, key)
    return outcome.id, outcome_value(outcome, value)


def _find_outcome(card: Card, key: str) -> Outcome:
    wanted = key.strip().lower().replace("-", "_")
    for outcome in card.outcomes:
        if outcome.id == wanted:
            return outcome
    raise BadInput(
        tr(
            "journal.unknown_outcome",
            key=key.strip(),
            tool=card.name(),
            keys=", ".join(o.id for o in card.outcomes),
        )
    )


def _example(card: Card) -> str:
    first = card.outcomes[0] if card.outcomes else None
    return f"{first.id}=…" if first else "clé=valeur"


def outcome_value(outcome: Outcome, text: Any) -> Any:
    """The value of one outcome field from what was typed (or given), by the field's kind.

    text → str; list → list of str (one line, items separated by « ; »); number → int or
    float (a French decimal comma is fine); scale → 1 to 5; date → ISO text; choice → the
    choice's id (typed as its id or its label in either language).
    """
    label = outcome.label()
    if outcome.kind == "list":
        items = split_list(text) if isinstance(text, str) else [str(i).strip() for i in text]
        items = [item for item in items if item]
        if not items:
            raise BadInput(tr("journal.outcome_empty", label=label, key=outcome.id))
        return items
    if isinstance(text, bool):
        raise BadInput(tr("journal.outcome_empty", label=label, key=outcome.id))
    value = str(text).strip()
    if not value:
        raise BadInput(tr("journal.outcome_empty", label=label, key=outcome.id))
    if outcome.kind == "number":
        return _number(value, label)
    if outcome.kind == "scale":
        number = _whole_number(value)
        if number is None or not 1 <= number <= 5:
            raise BadInput(tr("journal.outcome_scale", label=label, value=value))
        return number
    if outcome.kind == "date":
        return parse_date(value).isoformat()
    if outcome.kind == "choice":
        return _choice(outcome, value)
    return value


def _number(value: str, label: str) -> int | float:
    cleaned = value.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace(",", ".")
    if re.fullmatch(r"\d{1,12}", cleaned):
        return int(cleaned)
    if re.fullmatch(r"\d{0,12}\.\d{1,6}", cleaned):
        number = float(cleaned)
        return int(number) if number.is_integer() else number
    raise BadInput(tr("journal.outcome_number", label=label, value=value))


def _choice(outcome: Outcome, value: str) -> str:
    from innovkit.cards.lookup import normalise

    wanted = normalise(value)
    for choice in outcome.choices:
        names = {normalise(choice.id), *(normalise(t) for t in choice.label.values.values())}
        if wanted in names:
            return choice.id
    choices = ", ".join(f"{c.id} ({c.label()})" for c in outcome.choices)
    raise BadInput(
        tr("journal.outcome_choice", label=outcome.label(), value=value, choices=choices)
    )


def missing_outcomes(card: Card, outcomes: dict[str, Any]) -> list[Outcome]:
    """The card's required outcome fields that are not filled in yet."""
    return [o for o in card.outcomes if o.required and o.id not in outcomes]


def describe_outcome(card: Card | None, key: str, value: Any, lang: str | None = None) -> str:
    """An outcome value in words: a choice's label, a date in full, a list joined."""
    outcome = card.outcome(key) if card is not None else None
    if outcome is not None and outcome.kind == "choice":
        for choice in outcome.choices:
            if choice.id == value:
                return choice.label(lang)
    if outcome is not None and outcome.kind == "date" and isinstance(value, str):
        try:
            return format_date(date.fromisoformat(value), lang)
        except ValueError:
            return value
    if isinstance(value, list):
        return " ; ".join(str(item) for item in value)
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if (lang or current_language()) == "fr" else text
    return str(value)


def outcome_label(card: Card | None, key: str, lang: str | None = None) -> str:
    outcome = card.outcome(key) if card is not None else None
    return outcome.label(lang) if outcome is not None else key


# --------------------------------------------------------------------------- building sessions

_LIST_FIELDS = ("co_facilitators", "services", "ideas", "decisions", "tags")
_FIELDS = {
    "id",
    "date",
    "start",
    "actual_minutes",
    "facilitator",
    "participants",
    "setting",
    "satisfaction",
    "variant",
    "actions",
    "step_timings",
    "outcomes",
    "notes",
    *_LIST_FIELDS,
}


def clean_list(values: Any, what: str) -> list[str]:
    """Trimmed, non-empty, without repeats (the first spelling wins, any case)."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    seen: set[str] = set()
    items: list[str] = []
    for value in values:
        item = parse_text(value, what)
        if item.casefold() not in seen:
            seen.add(item.casefold())
            items.append(item)
    return items


def new_session(card: Card, **fields: Any) -> Session:
    """A checked session of ``card``: tool, lever, card version and digest and the planned
    minutes come from the card (or its ``variant``); everything else from ``fields``.

    Values may be given as typed text (``date="2026-11-03"``, ``satisfaction="4"``,
    ``actions=["text; owner; 2026-12-01"]``, ``outcomes=["key=value"]`` or ``{"key": "value"}``)
    or already as Python values. Any wrong value raises ``BadInput``.
    """
    unknown = set(fields) - _FIELDS
    if unknown:
        raise TypeError(f"new_session() got unknown fields: {', '.join(sorted(unknown))}")
    variant = fields.get("variant") or None
    if variant is not None:
        variant = card.variant(variant).id
    steps = card.plan(variant) if _structured(card, variant) else card.steps
    session = Session(
        tool=card.id,
        tool_version=card.version,
        card_digest=card.digest,
        lever=card.lever,
        variant=variant,
        date=_given(fields.get("date"), parse_date) or date.today(),
        start=_given(fields.get("start"), parse_time),
        planned_minutes=sum(step.minutes for step in steps),
        actual_minutes=_given(fields.get("actual_minutes"), parse_minutes),
        facilitator=(fields.get("facilitator") or "").strip(),
        participants=_given(fields.get("participants"), parse_participants),
        setting=_given(fields.get("setting"), parse_setting),
        satisfaction=_given(fields.get("satisfaction"), parse_satisfaction),
        actions=[
            a if isinstance(a, Action) else parse_action(a) for a in fields.get("actions") or []
        ],
        step_timings=list(fields.get("step_timings") or []),
        outcomes=card_outcomes(card, fields.get("outcomes")),
        notes=(fields.get("notes") or "").strip(),
    )
    if fields.get("id"):
        session.id = fields["id"]
    for name in _LIST_FIELDS:
        setattr(session, name, clean_list(fields.get(name), name))
    if session.setting is None and len(card.setting) == 1:
        session.setting = card.setting[0]
    check_session(session)
    return session


def edit_session(card: Card | None, session: Session, **fields: Any) -> Session:
    """A checked copy of ``session`` with ``fields`` changed, as ``journal edit`` does it.

    Single values and lists of text replace what was there (``None`` leaves a field alone);
    ``actions`` are added after the session's own; ``outcomes`` (``["key=value", …]``) set
    fields one by one, and an empty value (``key=``) removes that field. ``card`` is the
    session's tool card, needed to check outcomes and a variant (``None`` if it is gone).
    """
    unknown = set(fields) - _FIELDS
    if unknown:
        raise TypeError(f"edit_session() got unknown fields: {', '.join(sorted(unknown))}")
    changed = session_from_data(session_data(session), "")
    parsers = {
        "date": parse_date,
        "start": parse_time,
        "actual_minutes": parse_minutes,
        "participants": parse_participants,
        "setting": parse_setting,
        "satisfaction": parse_satisfaction,
    }
    for name, parse in parsers.items():
        if fields.get(name) is not None:
            setattr(changed, name, _given(fields[name], parse))
    for name in ("facilitator", "notes"):
        if fields.get(name) is not None:
            setattr(changed, name, str(fields[name]).strip())
    for name in _LIST_FIELDS:
        if fields.get(name) is not None:
            setattr(changed, name, clean_list(fields[name], name))
    for action in fields.get("actions") or []:
        changed.actions.append(action if isinstance(action, Action) else parse_action(action))
    if fields.get("step_timings") is not None:
        changed.step_timings = list(fields["step_timings"])
    if fields.get("variant") is not None or fields.get("outcomes"):
        if card is None:
            raise BadInput(tr("journal.card_gone", tool=session.tool))
        if fields.get("variant") is not None:
            changed.variant = card.variant(fields["variant"]).id if fields["variant"] else None
            plan = card.plan(changed.variant) if _structured(card, changed.variant) else card.steps
            changed.planned_minutes = sum(step.minutes for step in plan)
        for item in fields.get("outcomes") or []:
            key, _, value = str(item).partition("=")
            if "=" in str(item) and not value.strip():
                changed.outcomes.pop(_find_outcome(card, key).id, None)
            else:
                key, parsed = parse_outcome(card, item)
                changed.outcomes[key] = parsed
    check_session(changed)
    return changed


def _structured(card: Card, variant: str | None) -> bool:
    return variant is not None and card.variant(variant).structured


def card_outcomes(card: Card, given: Any) -> dict[str, Any]:
    """Outcome values checked against ``card``: from ``["key=value", …]`` or a mapping."""
    if not given:
        return {}
    if not isinstance(given, dict):
        return dict(parse_outcome(card, item) for item in given)
    values: dict[str, Any] = {}
    for key, value in given.items():
        outcome = _find_outcome(card, key)
        values[outcome.id] = outcome_value(outcome, value)
    return values


def _given(value: Any, parse: Any) -> Any:
    """``None`` stays ``None``; text is parsed; a Python value is checked by ``check_session``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        return parse(value)
    return value


# --------------------------------------------------------------------------- checking a session


def _fail(field_name: str, value: Any) -> BadInput:
    return BadInput(tr("journal.bad_field", field=field_name, value=_short(value)))


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_ID = re.compile(r"[0-9a-f-]{8,64}")
_ZERO = timedelta(0)


def check_session(session: Session) -> None:
    """Raise ``BadInput`` naming the first field of ``session`` whose value cannot be stored."""
    s = session
    if not isinstance(s.id, str) or not _ID.fullmatch(s.id):
        raise _fail("id", s.id)
    for name in ("tool", "lever"):
        value = getattr(s, name)
        if not isinstance(value, str) or not value.strip():
            raise _fail(name, value)
    if s.tool_version is not None and not _is_int(s.tool_version):
        raise _fail("tool_version", s.tool_version)
    if not isinstance(s.date, date) or isinstance(s.date, datetime):
        raise _fail("date", s.date)
    if s.start is not None and not isinstance(s.start, time):
        raise _fail("start", s.start)
    for name, value in (
        ("planned_minutes", s.planned_minutes),
        ("actual_minutes", s.actual_minutes),
    ):
        if value is not None and (not _is_int(value) or not 0 <= value <= MAX_MINUTES):
            raise _fail(name, value)
    if s.participants is not None and (
        not _is_int(s.participants) or not 1 <= s.participants <= MAX_PARTICIPANTS
    ):
        raise _fail("participants", s.participants)
    if s.satisfaction is not None and (not _is_int(s.satisfaction) or not 1 <= s.satisfaction <= 5):
        raise _fail("satisfaction", s.satisfaction)
    if s.setting is not None and s.setting not in SETTINGS:
        raise _fail("setting", s.setting)
    for name, value in (
        ("card_digest", s.card_digest),
        ("facilitator", s.facilitator),
        ("notes", s.notes),
    ):
        if type(value) is not str:
            raise _fail(name, value)
    if s.variant is not None and not isinstance(s.variant, str):
        raise _fail("variant", s.variant)
    for name, values in (
        ("co_facilitators", s.co_facilitators),
        ("services", s.services),
        ("ideas", s.ideas),
        ("decisions", s.decisions),
        ("tags", s.tags),
    ):
        if type(values) is not list or (values and not all(type(v) is str for v in values)):
            raise _fail(name, values)
    if len(s.tags) > 1 and len({t.casefold() for t in s.tags}) != len(s.tags):
        raise _fail("tags", s.tags)
    if s.actions:
        _check_actions(s.actions)
    elif type(s.actions) is not list:
        raise _fail("actions", s.actions)
    _check_timings(s.step_timings)
    if type(s.outcomes) is not dict or (
        s.outcomes and not all(isinstance(k, str) and _json_value(v) for k, v in s.outcomes.items())
    ):
        raise _fail("outcomes", s.outcomes)
    for name, value in (("created_at", s.created_at), ("updated_at", s.updated_at)):
        if not isinstance(value, datetime) or value.utcoffset() != _ZERO:
            raise _fail(name, value)


def _check_actions(actions: Any) -> None:
    if not isinstance(actions, list):
        raise _fail("actions", actions)
    ids: set[str] = set()
    for action in actions:
        if not isinstance(action, Action):
            raise _fail("actions", action)
        if not isinstance(action.id, str) or not action.id or action.id in ids:
            raise _fail("actions.id", action.id)
        ids.add(action.id)
        if not isinstance(action.text, str) or not action.text.strip():
            raise _fail("actions.text", action.text)
        if not isinstance(action.owner, str):
            raise _fail("actions.owner", action.owner)
        if action.due is not None and (
            not isinstance(action.due, date) or isinstance(action.due, datetime)
        ):
            raise _fail("actions.due", action.due)
        if action.status not in ACTION_STATUSES:
            raise _fail("actions.status", action.status)


def _check_timings(timings: Any) -> None:
    if type(timings) is not list:
        raise _fail("step_timings", timings)
    for t in timings:
        # The fast test first (an import checks hundreds of thousands of steps); the field
        # to blame is looked for only when something is wrong.
        if not (
            type(t) is StepTiming
            and type(t.step_id) is str
            and type(t.title) is str
            and type(t.planned_seconds) is int
            and type(t.actual_seconds) is int
            and type(t.extended_seconds) is int
            and type(t.skipped) is bool
            and t.planned_seconds >= 0
            and t.actual_seconds >= 0
            and t.extended_seconds >= 0
        ):
            _blame_timing(t)


def _blame_timing(timing: Any) -> None:
    if not isinstance(timing, StepTiming):
        raise _fail("step_timings", timing)
    if not isinstance(timing.step_id, str) or not isinstance(timing.title, str):
        raise _fail("step_timings.step_id", timing.step_id)
    for name in ("planned_seconds", "actual_seconds", "extended_seconds"):
        value = getattr(timing, name)
        if not _is_int(value) or value < 0:
            raise _fail(f"step_timings.{name}", value)
    raise _fail("step_timings.skipped", timing.skipped)


def _json_value(value: Any) -> bool:
    """Outcome values are plain JSON: text, numbers, lists of text."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (str, int, float)):
        return True
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


# --------------------------------------------------------------------------- as plain data


def time_text(value: time | None) -> str | None:
    """``14:00`` (or ``14:00:30`` when there are seconds), as stored and exported."""
    if value is None:
        return None
    if value.second == 0 and value.microsecond == 0:
        return value.strftime("%H:%M")
    return value.isoformat()


def session_data(s: Session) -> dict[str, Any]:
    """The session as JSON-ready data with stable English keys (exports, ``--json``)."""
    return {
        "id": s.id,
        "tool": s.tool,
        "tool_version": s.tool_version,
        "card_digest": s.card_digest,
        "lever": s.lever,
        "variant": s.variant,
        "date": s.date.isoformat(),
        "start": time_text(s.start),
        "planned_minutes": s.planned_minutes,
        "actual_minutes": s.actual_minutes,
        "facilitator": s.facilitator,
        "co_facilitators": list(s.co_facilitators),
        "participants": s.participants,
        "services": list(s.services),
        "setting": s.setting,
        "satisfaction": s.satisfaction,
        "ideas": list(s.ideas),
        "decisions": list(s.decisions),
        "actions": [
            {
                "id": a.id,
                "text": a.text,
                "owner": a.owner,
                "due": a.due.isoformat() if a.due else None,
                "status": a.status,
            }
            for a in s.actions
        ],
        "step_timings": [
            {
                "step_id": t.step_id,
                "title": t.title,
                "planned_seconds": t.planned_seconds,
                "actual_seconds": t.actual_seconds,
                "skipped": t.skipped,
                "extended_seconds": t.extended_seconds,
            }
            for t in s.step_timings
        ],
        "outcomes": {key: list(v) if isinstance(v, list) else v for key, v in s.outcomes.items()},
        "notes": s.notes,
        "tags": list(s.tags),
        "created_at": s.created_at.isoformat(),
        "updated_at": s.updated_at.isoformat(),
    }


_REQUIRED = ("id", "tool", "lever", "date", "created_at", "updated_at")
_KNOWN = frozenset(session_data(Session(tool="t", lever="l", date=date(2000, 1, 1))))


class _Wrong(Exception):
    """One field of the data that cannot be read; ``session_from_data`` names it."""

    def __init__(self, field_name: str, value: Any) -> None:
        self.field_name = field_name
        self.value = value


def session_from_data(data: Any, where: str | Callable[[], str]) -> Session:
    """A checked ``Session`` from ``session_data``'s format; ``where`` names it in errors (a
    function giving the name will do, so that 100,000 good sessions cost no sentence)."""
    try:
        return _from_data(data)
    except _Wrong as wrong:
        place = where() if callable(where) else where
        raise BadInput(
            tr(
                "journal.data_bad_field",
                where=place,
                field=wrong.field_name,
                value=_short(wrong.value),
            )
        ) from None
    except BadInput as problem:
        place = where() if callable(where) else where
        raise BadInput(tr("journal.data_bad_session", where=place, problem=str(problem))) from None


def _from_data(d: Any) -> Session:
    if not isinstance(d, dict):
        raise _Wrong("session", d)
    unknown = d.keys() - _KNOWN
    if unknown:
        key = sorted(map(str, unknown))[0]
        raise _Wrong(key, d.get(key))
    for key in _REQUIRED:
        if d.get(key) is None:
            raise _Wrong(key, None)

    def convert(key: str, parse: Any, value: Any = None) -> Any:
        value = d.get(key) if value is None else value
        if value is None:
            return None
        try:
            return parse(value)
        except (TypeError, ValueError):
            raise _Wrong(key, value) from None

    actions = d.get("actions") or []
    if not isinstance(actions, list) or not all(isinstance(a, dict) for a in actions):
        raise _Wrong("actions", actions)
    timings = _timings(d.get("step_timings") or [])
    try:
        session = Session(
            id=d["id"],
            tool=d["tool"],
            tool_version=d.get("tool_version"),
            card_digest=d.get("card_digest") or "",
            lever=d["lever"],
            variant=d.get("variant"),
            date=convert("date", _iso_date),
            start=convert("start", time.fromisoformat),
            planned_minutes=d.get("planned_minutes"),
            actual_minutes=d.get("actual_minutes"),
            facilitator=d.get("facilitator") or "",
            co_facilitators=_list(d, "co_facilitators"),
            participants=d.get("participants"),
            services=_list(d, "services"),
            setting=d.get("setting"),
            satisfaction=d.get("satisfaction"),
            ideas=_list(d, "ideas"),
            decisions=_list(d, "decisions"),
            actions=[
                Action(
                    id=a.get("id"),
                    text=a.get("text"),
                    owner=a.get("owner") or "",
                    due=convert("actions.due", _iso_date, a.get("due")),
                    status=a.get("status") or "open",
                )
                for a in actions
            ],
            step_timings=timings,
            outcomes=d.get("outcomes") or {},
            notes=d.get("notes") or "",
            tags=_list(d, "tags"),
            created_at=convert("created_at", _utc),
            updated_at=convert("updated_at", _utc),
        )
    except TypeError:
        raise _Wrong("session", d) from None
    check_session(session)
    return session


def _timings(items: Any) -> list[StepTiming]:
    if type(items) is not list:
        raise _Wrong("step_timings", items)
    try:
        # Every field given, as the export writes them: the quick way.
        return [
            StepTiming(
                t["step_id"],
                t["title"],
                t["planned_seconds"],
                t["actual_seconds"],
                t["skipped"],
                t["extended_seconds"],
            )
            for t in items
        ]
    except (KeyError, TypeError):
        pass
    if not all(isinstance(t, dict) for t in items):
        raise _Wrong("step_timings", items)
    return [
        StepTiming(
            step_id=t.get("step_id"),
            title=t.get("title") or "",
            planned_seconds=t.get("planned_seconds"),
            actual_seconds=t.get("actual_seconds"),
            skipped=t.get("skipped", False),
            extended_seconds=t.get("extended_seconds", 0),
        )
        for t in items
    ]


def _list(d: dict[str, Any], key: str) -> list[str]:
    value = d.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Wrong(key, value)
    return list(value)


def _iso_date(value: Any) -> date:
    # YYYY-MM-DD only (fromisoformat alone would also take 20261103).
    if type(value) is not str or len(value) != 10 or value[4] != "-" or value[7] != "-":
        raise ValueError(value)
    return date.fromisoformat(value)


def _utc(value: Any) -> datetime:
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is UTC:
        return moment
    if moment.tzinfo is None:
        raise ValueError(value)
    return moment.astimezone(UTC)
