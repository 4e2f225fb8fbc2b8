"""What a run shows and asks (screens, questions) and the console protocol that shows and
asks them: the full screen, the line questions, or a test's scripted console."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from innovkit.cards.model import Card, Step
from innovkit.errors import BadInput
from innovkit.live.checklist import ChecklistScreen
from innovkit.live.drafts import Draft
from innovkit.live.timer import Countdown, warning_times


class RunClock(Protocol):
    """Monotonic seconds when called; the wall-clock time that goes with them from ``now()``."""

    def __call__(self) -> float: ...

    def now(self) -> datetime: ...


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    number: int
    title: str
    planned: float  # seconds
    start: datetime | None  # planned clock time
    status: str  # "done", "skipped", "current", "todo"
    spent: float  # seconds on it so far


@dataclass(frozen=True, slots=True)
class StepScreen:
    tool: str
    variant: str | None
    number: int
    count: int
    title: str
    instructions: str
    prompts: tuple[str, ...]
    tips: tuple[str, ...]
    remaining: float
    overtime: float
    paused: bool
    alert: str  # "counting", "warning" or "over"
    rows: tuple[ScheduleRow, ...]
    drift: float  # seconds behind the plan (negative: ahead)
    planned_end: datetime | None
    projected_end: datetime
    now: datetime
    notice: str | None = None
    group: int = 0  # the number of people the times are computed for (0: not said)


@dataclass(frozen=True, slots=True)
class Heading:
    """A title and a few lines printed before a series of questions."""

    title: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Question:
    """One thing to type. ``default`` is taken on an empty answer; ``error`` says why the last
    answer was refused; ``item`` numbers the entries of a list (empty answer ends the list)."""

    key: str
    label: str
    help: str | None = None
    default: str | None = None
    error: str | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (id, label)
    item: int | None = None
    yes_no: bool = False
    typed: str = ""  # what was being typed when the run was interrupted, to go on from

    @property
    def slot(self) -> str:
        """Which answer this is: the question, and for a list, which of its items."""
        return self.key if self.item is None else f"{self.key}.{self.item}"


class TypingInterrupted(KeyboardInterrupt):
    """Ctrl-C, or the terminal closed, while an answer was being typed; ``typed`` is what was
    on the line, not yet validated with Enter. A console raises it so that the run keeps it."""

    def __init__(self, typed: str) -> None:
        super().__init__()
        self.typed = typed


class Console(Protocol):
    """The facilitator's side of the run: screens out, keys and answers in."""

    def show(self, screen: ChecklistScreen | StepScreen | Heading) -> None: ...

    def key(self, timeout: float | None) -> str | None:
        """The next key (``"n"``, ``" "``, ``"enter"``, ``"up"``…), or ``None`` when
        ``timeout`` seconds of the run's clock pass first (``None``: wait for a key)."""
        ...

    def ask(self, question: Question) -> str:
        """The answer typed (``question.typed`` already on the line). Interrupted while
        typing, it raises ``TypingInterrupted`` with the unfinished answer when it can read it."""
        ...

    def ring(self) -> None: ...


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Finished:
    """The run went to its end; ``session`` is what went into the journal (or ``None``)."""

    draft: Draft
    session: Any = None


@dataclass(frozen=True, slots=True)
class Stopped:
    """The facilitator quit with ``q``; ``kept`` says whether the draft is still on disk."""

    draft: Draft
    kept: bool


def parse_yes_no(text: str) -> bool:
    """``o``/``oui``/``y``/``yes`` or ``n``/``non``/``no``, in either language."""
    word = text.strip().lower()
    if word in ("o", "oui", "y", "yes"):
        return True
    if word in ("n", "non", "no"):
        return False
    raise BadInput("live.bad_yes_no", value=text.strip())


def form_steps(card: Card, variant: str | None) -> tuple[Step, ...]:
    """The steps as the draft's form says them: a short form's own words (``Card.form``), else
    the card's — also when the variant is not this card's (a later moment has its own steps)."""
    if variant and any(v.id == variant and v.structured for v in card.variants):
        return card.form(variant)
    return card.steps


def step_screen(
    card: Card, draft: Draft, countdown: Countdown, now: datetime, notice: str | None = None
) -> StepScreen:
    """The screen of the draft's current step, timed by ``countdown``, at ``now``."""
    d = draft
    state = d.step
    card_step = next((s for s in form_steps(card, d.variant) if s.id == state.step_id), None)
    lang = d.lang
    started = datetime.fromisoformat(d.started) if d.started else now
    rows = []
    offset = 0.0
    for i, s in enumerate(d.steps):
        if i < d.current:
            status = "skipped" if s.skipped else "done"
        else:
            status = "current" if i == d.current else "todo"
        begins = started + timedelta(seconds=offset)
        rows.append(ScheduleRow(i + 1, s.title, s.planned, begins, status, s.wall))
        offset += s.planned
    left = sum(max(0.0, s.planned + s.extended - s.active) for s in d.steps[d.current :])
    spent = sum(s.wall for s in d.steps)
    planned = sum(s.planned for s in d.steps)
    remaining = countdown.remaining()
    warn = warning_times(state.planned)
    if countdown.over:
        alert = "over"
    elif warn and remaining <= warn[0]:
        alert = "warning"
    else:
        alert = "counting"
    return StepScreen(
        tool=card.name(lang),
        variant=card.variant(d.variant).name(lang) if d.variant else None,
        number=d.current + 1,
        count=len(d.steps),
        title=state.title,
        instructions=card_step.instructions(lang).strip() if card_step else "",
        prompts=tuple(p(lang) for p in card_step.prompts) if card_step else (),
        tips=tuple(t(lang) for t in card_step.tips) if card_step else (),
        remaining=remaining,
        overtime=countdown.overtime(),
        paused=countdown.paused,
        alert=alert,
        rows=tuple(rows),
        drift=spent + left - planned,
        planned_end=started + timedelta(seconds=planned),
        projected_end=now + timedelta(seconds=left),
        now=now,
        notice=notice,
        group=d.participants or card.typical,
    )
