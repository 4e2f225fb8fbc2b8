"""The guided run of one tool: checklist, timed steps, debrief, outcomes, then the journal.

``GuidedRun`` is a state machine driven by a clock and a ``Console`` (keys, typed answers,
screens). The full screen is one console (``innovkit.cli.screen``); tests hand in a scripted
one and a fake clock, and never sleep. Everything the facilitator does or types lives in a
``Draft`` that is written to disk after every step, every answer and every few seconds, so a
closed laptop or a Ctrl-C never loses it: ``innovkit run TOOL --resume`` picks it up.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from innovkit.cards.model import Card, Step
from innovkit.errors import BadInput, InnovkitError
from innovkit.i18n import current_language, tr
from innovkit.live.checklist import ChecklistScreen, Ticking
from innovkit.live.timer import NUDGE, Countdown, count_down, warning_times

DRAFT_FORMAT = "innovkit-draft"
DRAFT_VERSION = 1
AUTOSAVE_SECONDS = 5.0  # the most a hard crash (power cut, kill -9) can lose of a step's time
ON_TIME_SECONDS = 30.0  # closer than this to the plan reads "on time"

PHASES = ("checklist", "steps", "debrief", "outcomes", "done")


class RunClock(Protocol):
    """Monotonic seconds when called; the wall-clock time that goes with them from ``now()``."""

    def __call__(self) -> float: ...

    def now(self) -> datetime: ...


# --------------------------------------------------------------------------- the draft


@dataclass(slots=True)
class StepState:
    """One step of the run: planned, and what really happened so far."""

    step_id: str
    title: str
    planned: float  # seconds
    active: float = 0.0  # counted by the step's countdown (pauses excluded)
    wall: float = 0.0  # time on this step, pauses included: what the group really spent
    extended: float = 0.0
    skipped: bool = False
    visits: int = 0


@dataclass(slots=True)
class Draft:
    """Everything about a run in progress, as saved to disk."""

    session_id: str
    tool: str
    tool_version: int
    card_digest: str
    variant: str | None
    lang: str
    created: str  # ISO wall-clock time the run was opened
    steps: list[StepState]
    facilitator: str = ""
    participants: int | None = None
    record: bool = True
    phase: str = "checklist"
    checklist: list[bool] = field(default_factory=list)
    started: str | None = None  # ISO wall-clock time the first step began
    current: int = 0
    paused: bool = False
    debrief: list[str] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)  # what was typed, by field key
    answered: list[str] = field(default_factory=list)  # field keys finished
    typing: dict[str, str] = field(default_factory=dict)  # an answer not yet validated, by slot
    saved: str | None = None

    def to_json(self) -> str:
        data = {"format": DRAFT_FORMAT, "version": DRAFT_VERSION, **asdict(self)}
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> Draft:
        data = json.loads(text)
        if data.pop("format", None) != DRAFT_FORMAT or data.pop("version", None) != DRAFT_VERSION:
            raise ValueError("not a draft of this version")
        data["steps"] = [StepState(**step) for step in data["steps"]]
        draft = cls(**data)
        if draft.phase not in PHASES or not 0 <= draft.current < len(draft.steps):
            raise ValueError("inconsistent draft")
        return draft

    @property
    def step(self) -> StepState:
        return self.steps[self.current]


def new_draft(
    card: Card,
    variant: str | None,
    now: datetime,
    facilitator: str = "",
    participants: int | None = None,
    record: bool = True,
) -> Draft:
    """A fresh draft for running ``card`` (or its structured ``variant``)."""
    from innovkit.journal.records import new_id

    plan = card.plan(variant)
    lang = current_language()
    return Draft(
        session_id=new_id(),
        tool=card.id,
        tool_version=card.version,
        card_digest=card.digest,
        variant=card.variant(variant).id if variant else None,
        lang=lang,
        created=now.isoformat(timespec="seconds"),
        steps=[StepState(s.id, s.title(lang), s.minutes * 60.0) for s in plan],
        facilitator=facilitator,
        participants=participants,
        record=record,
        checklist=[False] * len(card.checklist.get("before", ())),
    )


def fit_to_card(draft: Draft, card: Card) -> bool:
    """Adapts ``draft`` to ``card`` when the card was edited since the run began; ``True`` if
    it was. Checklist ticks are kept as far as the items go (new items unticked); steps are
    matched by id: a step taken off the card is dropped with its time, a new one starts from
    zero, and the run goes on at the same step (or, if it is gone, just after the last step
    done still there). A variant that
    is no more gives the whole card; answers to outcomes taken off the card are dropped."""
    if draft.card_digest == card.digest:
        return False
    lang = draft.lang
    count = len(card.checklist.get("before", ()))
    draft.checklist = (list(draft.checklist) + [False] * count)[:count]
    try:
        plan = card.plan(draft.variant)
    except BadInput:
        draft.variant = None
        plan = card.plan(None)
    kept = {state.step_id: state for state in draft.steps}
    steps = []
    for step in plan:
        state = kept.get(step.id) or StepState(step.id, step.title(lang), step.minutes * 60.0)
        state.title, state.planned = step.title(lang), step.minutes * 60.0
        steps.append(state)
    ids = [state.step_id for state in steps]
    current = draft.steps[draft.current].step_id
    if current in ids:
        draft.current = ids.index(current)
    else:  # the step after the last one done that is still there: nothing new is passed by
        done = [ids.index(s.step_id) for s in draft.steps[: draft.current] if s.step_id in ids]
        draft.current = min(max(done, default=-1) + 1, len(steps) - 1)
    draft.steps = steps
    _drop_answers_off_the_card(draft, card)
    draft.card_digest, draft.tool_version = card.digest, card.version
    return True


def _drop_answers_off_the_card(draft: Draft, card: Card) -> None:
    from innovkit.live.capture import capture_fields

    keys = {spec.key for spec in capture_fields(card, draft)}
    draft.answers = {k: v for k, v in draft.answers.items() if k in keys}
    draft.answered = [k for k in draft.answered if k in keys]
    # An answer being typed is kept unless its question is gone (a slot is "key" or "key.N").
    draft.typing = {
        slot: typed
        for slot, typed in draft.typing.items()
        if slot.startswith("debrief.") or slot in keys or slot.rsplit(".", 1)[0] in keys
    }


class DraftStore:
    """The drafts folder: one JSON file per run in progress, written atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path(self, draft: Draft) -> Path:
        return self.folder / f"{draft.tool}-{draft.session_id[:8]}.json"

    def save(self, draft: Draft, now: datetime | None = None) -> Path:
        from innovkit.output import write_file

        draft.saved = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
        self.folder.mkdir(parents=True, exist_ok=True)
        # Drafts may hold the facilitator's notes: readable by their owner only.
        return write_file(self.path(draft), draft.to_json(), force=True, mode=0o600)

    def load(self, path: Path) -> Draft:
        try:
            return Draft.from_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise InnovkitError(tr("live.draft_unreadable", path=path)) from exc

    def drafts(self, tool: str | None = None) -> list[Path]:
        """Draft files, newest first; only those of ``tool`` when given."""
        if not self.folder.is_dir():
            return []
        found = [
            p
            for p in self.folder.glob("*.json")
            if tool is None or p.name.rsplit("-", 1)[0] == tool
        ]
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def latest(self, tool: str | None = None) -> Draft | None:
        paths = self.drafts(tool)
        return self.load(paths[0]) if paths else None

    def delete(self, draft: Draft) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path(draft).unlink()


# --------------------------------------------------------------------------- what the console sees


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


# --------------------------------------------------------------------------- the run


class GuidedRun:
    """Runs ``draft`` (new or resumed) of ``card`` on ``clock`` through ``console``.

    ``recorder`` stores the finished session (the journal, in the CLI); ``store`` keeps the
    draft on disk. Any exception, Ctrl-C included, leaves the draft saved with the exact time.
    """

    def __init__(
        self,
        card: Card,
        draft: Draft,
        clock: RunClock,
        console: Console,
        store: DraftStore,
        recorder: Callable[[Card, Draft], Any] | None = None,
        bell: bool = True,
        resumed: bool = False,
    ) -> None:
        self.card = card
        self.draft = draft
        self.clock = clock
        self.console = console
        self.store = store
        self.recorder = recorder
        self.bell = bell
        self._steps = {s.id: s for s in card.steps}
        self._countdown: Countdown | None = None
        self._entered = 0.0
        self._wall_base = 0.0
        self._last_save = clock()
        self._asking: str | None = None  # the slot of the question being answered
        self._notice: str | None = tr("live.resumed_notice") if resumed else None
        if resumed:
            fit_to_card(draft, card)  # no-op unless the card changed (the CLI says so)
            draft.paused = True  # the room may not be ready: the facilitator restarts the clock

    # -- saving

    def _commit(self) -> None:
        """Copy the live countdown of the current step into the draft."""
        if self._countdown is None:
            return
        step = self.draft.step
        step.active = max(0.0, self._countdown.elapsed())
        step.extended = self._countdown.total - step.planned
        step.wall = self._wall_base + (self.clock() - self._entered)

    def save(self) -> None:
        self._commit()
        self.store.save(self.draft, self.clock.now())
        self._last_save = self.clock()

    # -- the whole run

    def run(self, until: str | None = None) -> Finished | Stopped | None:
        """Runs from the draft's phase to the end; with ``until``, stops (``None``) when that
        phase comes: the CLI runs the checklist and steps on the full screen, then the
        questions on the normal screen, by calling ``run`` twice."""
        try:
            while True:
                phase = self.draft.phase
                if phase == until:
                    return None
                if phase == "checklist":
                    result = self._checklist()
                elif phase == "steps":
                    result = self._run_steps()
                elif phase == "debrief":
                    result = self._debrief()
                elif phase == "outcomes":
                    result = self._outcomes()
                else:
                    return self._finish()
                if result is not None:
                    return result
        except BaseException:
            # A crash, a Ctrl-C or a closed terminal: keep everything, to the second.
            with contextlib.suppress(Exception):
                self.save()
            raise

    # -- before: the checklist

    def _checklist(self) -> Stopped | None:
        lang = self.draft.lang
        items = [item(lang) for item in self.card.checklist.get("before", ())]
        ticking = Ticking(items, self.draft.checklist)
        while True:
            self.console.show(ticking.screen(self.card.name(lang)))
            key = self.console.key(None)
            done = ticking.press(key) if key is not None else None
            if done == "ticked":
                self.save()
            elif done == "done":
                self.draft.phase = "steps"
                self.draft.started = self.clock.now().isoformat(timespec="seconds")
                self.draft.current = 0
                self.save()
                return None
            elif done == "quit":
                return self._quit()

    # -- during: the steps

    def _enter(self, index: int) -> None:
        self._commit()
        self.draft.current = index
        step = self.draft.step
        step.visits += 1
        self._countdown = Countdown(
            step.planned + step.extended,
            self.clock,
            warnings=warning_times(step.planned),
            elapsed=step.active,
            paused=self.draft.paused,
        )
        self._entered = self.clock()
        self._wall_base = step.wall

    def _leave(self, move: str) -> None:
        """Leaves the current step by ``move``: its skipped flag says what happened this
        time (a step skipped, then done after ``b``, is done; going back decides nothing)."""
        self._commit()
        if move in ("next", "skip"):
            self.draft.step.skipped = move == "skip"
        self._countdown = None

    def _run_steps(self) -> Stopped | None:
        """Each step on the one countdown loop (``count_down``), until the last step is left
        (``None``: on to the debrief) or the facilitator quits."""
        self._enter(self.draft.current)
        while True:
            assert self._countdown is not None
            outcome = count_down(self._countdown, self._tick, self._wait_key, self._on_key)
            if isinstance(outcome, Stopped):
                return outcome
            if outcome == "debrief":
                return None

    def _tick(self, events: list[Any]) -> None:
        for event in events:
            if event.kind == "finished" and self.bell:
                self.console.ring()
        if self.clock() - self._last_save >= AUTOSAVE_SECONDS:
            self.save()
        self._commit()
        self.console.show(self._step_screen())

    def _wait_key(self, wait: float) -> str | None:
        until_save = self._last_save + AUTOSAVE_SECONDS - self.clock()
        return self.console.key(max(0.0, min(wait, until_save)))

    def _on_key(self, key: str) -> Stopped | str | None:
        """A key during a step: ``None`` to go on counting, ``"moved"`` to another step,
        ``"debrief"`` after the last one, or ``Stopped``."""
        countdown = self._countdown
        assert countdown is not None
        move = self._step_key(key, countdown)
        if move is None:
            return None
        if move == "quit":
            return self._quit()
        self._notice = None
        last = self.draft.current == len(self.draft.steps) - 1
        self._leave(move)
        self.draft.paused = False
        if move == "back":
            self._enter(max(0, self.draft.current - 1))
        elif last:
            self.draft.phase = "debrief"
            self.save()
            return "debrief"
        else:
            self._enter(self.draft.current + 1)
        self.save()
        return "moved"

    def _step_key(self, key: str, countdown: Countdown) -> str | None:
        """Acts on one key during a step; returns a move (next, back, skip, quit) if any."""
        key = key.lower() if len(key) == 1 else key
        if key in ("n", "enter"):
            return "next"
        if key == "s":
            return "skip"
        if key == "b":
            return "back" if self.draft.current > 0 else None
        if key == "q":
            return "quit"
        if key == " ":
            countdown.toggle()
            self.draft.paused = countdown.paused
            self._notice = None
        elif key == "+":
            countdown.extend(NUDGE)
        elif key == "-":
            countdown.extend(-NUDGE)
        else:
            return None
        self.save()
        return None

    def _step_screen(self) -> StepScreen:
        d = self.draft
        state = d.step
        countdown = self._countdown
        assert countdown is not None
        card_step: Step | None = self._steps.get(state.step_id)
        lang = d.lang
        now = self.clock.now()
        started = datetime.fromisoformat(d.started) if d.started else now
        rows = []
        offset = 0.0
        for i, s in enumerate(d.steps):
            if i < d.current:
                status = "skipped" if s.skipped else "done"
            else:
                status = "current" if i == d.current else "todo"
            rows.append(
                ScheduleRow(
                    i + 1, s.title, s.planned, started + timedelta(seconds=offset), status, s.wall
                )
            )
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
            tool=self.card.name(lang),
            variant=self.card.variant(d.variant).name(lang) if d.variant else None,
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
            notice=self._notice,
        )

    def _quit(self) -> Stopped | None:
        """``q``: asks whether to keep the draft; ``None`` if the facilitator changes their mind."""
        if self._countdown is not None:
            self._commit()
        answer = self._ask_yes_no(
            Question("quit", tr("live.quit_keep_draft"), help=tr("live.quit_help"), default="y"),
            allow_cancel=True,
        )
        if answer is None:
            return None
        if answer:
            self.save()
            return Stopped(self.draft, kept=True)
        self.store.delete(self.draft)
        return Stopped(self.draft, kept=False)

    def _ask(self, question: Question) -> str:
        """``question`` asked, with what was being typed for it when the run was interrupted
        back on the line; an answer interrupted now is kept in the draft the same way."""
        typed = self.draft.typing.get(question.slot)
        if typed:
            question = _replace(question, typed=typed)
        self._asking = question.slot
        try:
            answer = self.console.ask(question)
        except TypingInterrupted as stop:
            self.draft.typing = {question.slot: stop.typed} if stop.typed.strip() else {}
            raise
        finally:
            self._asking = None
        self.draft.typing = {}
        return answer

    def keep_typing(self, typed: str) -> None:
        """What is on the answer line right now, saved at once with the draft: a terminal
        closed in the middle of an answer loses nothing (consoles call it as keys come)."""
        if self._asking is None:
            return
        self.draft.typing = {self._asking: typed} if typed.strip() else {}
        self.save()

    def _ask_yes_no(self, question: Question, allow_cancel: bool = False) -> bool | None:
        error = None
        while True:
            typed = self._ask(_replace(question, error=error, yes_no=True)).strip()
            if allow_cancel and typed.lower() in ("c", "annuler", "cancel", "escape"):
                return None
            try:
                return parse_yes_no(typed or (question.default or ""))
            except BadInput as exc:
                error = str(exc)

    # -- after: debrief and outcomes

    def _debrief(self) -> None:
        questions = [q(self.draft.lang) for q in self.card.debrief]
        if len(self.draft.debrief) < len(questions):
            self.console.show(Heading(tr("live.debrief_heading"), (tr("live.debrief_help"),)))
        for number, text in enumerate(questions):
            if number < len(self.draft.debrief):
                continue
            answer = self._ask(Question(f"debrief.{number}", text, help=None))
            self.draft.debrief.append(answer.strip())
            self.save()
        self.draft.phase = "outcomes" if self.draft.record else "done"
        self.save()

    def _outcomes(self) -> None:
        from innovkit.live.capture import capture_fields

        fields = capture_fields(self.card, self.draft)
        if any(f.key not in self.draft.answered for f in fields):
            self.console.show(Heading(tr("live.outcomes_heading"), (tr("live.outcomes_help"),)))
        for spec in fields:
            if spec.key in self.draft.answered:
                continue
            if spec.many:
                self._ask_list(spec)
            else:
                self._ask_one(spec)
            self.draft.answered.append(spec.key)
            self.save()
        self.draft.phase = "done"
        self.save()

    def _ask_one(self, spec: Any) -> None:
        error = None
        while True:
            typed = self._ask(spec.question(error=error)).strip()
            if not typed and spec.default is not None:
                typed = spec.default
            try:
                value = spec.check(typed)
            except BadInput as exc:
                error = str(exc)
                continue
            if value is not None:
                self.draft.answers[spec.key] = value
            return

    def _ask_list(self, spec: Any) -> None:
        items: list[str] = self.draft.answers.setdefault(spec.key, [])
        error = None
        while True:
            typed = self._ask(spec.question(error=error, item=len(items) + 1)).strip()
            if not typed:
                if spec.required and not items:
                    error = tr("live.answer_required")
                    continue
                if not items:  # left empty: nothing to record
                    self.draft.answers.pop(spec.key, None)
                return
            try:
                spec.check(typed)
            except BadInput as exc:
                error = str(exc)
                continue
            error = None
            items.append(typed)
            self.save()

    def _finish(self) -> Finished:
        session = None
        if self.draft.record and self.recorder is not None:
            session = self.recorder(self.card, self.draft)
        self.store.delete(self.draft)
        return Finished(self.draft, session)


def _replace(question: Question, **changes: Any) -> Question:
    from dataclasses import replace

    return replace(question, **changes)


def parse_yes_no(text: str) -> bool:
    """``o``/``oui``/``y``/``yes`` or ``n``/``non``/``no``, in either language."""
    word = text.strip().lower()
    if word in ("o", "oui", "y", "yes"):
        return True
    if word in ("n", "non", "no"):
        return False
    raise BadInput(tr("live.bad_yes_no", value=text.strip()))
