"""The guided run of one tool: checklist, timed steps, debrief, outcomes, then the journal.

``GuidedRun`` is a state machine driven by a clock and a ``Console`` (keys, typed answers,
screens). The full screen is one console (``innovkit.cli.screen``); tests hand in a scripted
one and a fake clock, and never sleep. Everything the facilitator does or types lives in a
``Draft`` that is written to disk after every step, every answer and every few seconds, so a
closed laptop or a Ctrl-C never loses it: ``innovkit run TOOL --resume`` picks it up.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from innovkit.cards.model import Card
from innovkit.errors import BadInput
from innovkit.i18n import tr
from innovkit.live.checklist import ChecklistScreen, Ticking
from innovkit.live.drafts import (
    DRAFT_FORMAT,
    DRAFT_VERSION,
    PHASES,
    Draft,
    DraftStore,
    StepState,
    fit_to_card,
    new_draft,
)
from innovkit.live.preparation import moment_notes, preparation_notes
from innovkit.live.screens import (
    Console,
    Finished,
    Heading,
    Question,
    RunClock,
    ScheduleRow,
    StepScreen,
    Stopped,
    TypingInterrupted,
    parse_yes_no,
    step_screen,
)
from innovkit.live.timer import NUDGE, Countdown, count_down, warning_times

# The run's pieces live in drafts.py and screens.py; they are named here too, as before.
__all__ = [
    "AUTOSAVE_SECONDS",
    "DRAFT_FORMAT",
    "DRAFT_VERSION",
    "PHASES",
    "ChecklistScreen",
    "Console",
    "Draft",
    "DraftStore",
    "Finished",
    "GuidedRun",
    "Heading",
    "Question",
    "RunClock",
    "ScheduleRow",
    "StepScreen",
    "StepState",
    "Stopped",
    "TypingInterrupted",
    "fit_to_card",
    "new_draft",
    "parse_yes_no",
]

AUTOSAVE_SECONDS = 5.0  # the most a hard crash (power cut, kill -9) can lose of a step's time


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
        self.draft = draft
        self.clock = clock
        self.console = console
        self.store = store
        self.recorder = recorder
        self.bell = bell
        self._countdown: Countdown | None = None
        self._entered = 0.0
        self._wall_base = 0.0
        self._last_save = clock()
        self._asking: str | None = None  # the slot of the question being answered
        self._notice: str | None = tr("live.resumed_notice", self.draft.lang) if resumed else None
        if resumed:
            fit_to_card(draft, card)  # no-op unless the card changed (the CLI says so)
            draft.paused = True  # the room may not be ready: the facilitator restarts the clock
        # the form run frames the checklist and the debrief: a short form's own preparation
        self.card = card.in_form(draft.variant)

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
        items = [item(lang) for item in self.card.checklist_phase("before")]
        # a draft saved by an older innovkit may hold ticks for another list: fit them
        self.draft.checklist = (list(self.draft.checklist) + [False] * len(items))[: len(items)]
        ticking = Ticking(items, self.draft.checklist)
        while True:
            notes = moment_notes(self.card, lang, self.draft.variant)
            notes += preparation_notes(self.draft.prepared, items, ticking.ticks, lang)
            self.console.show(ticking.screen(self.card.name(lang), notes=notes))
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
        assert self._countdown is not None
        now = self.clock.now()
        return step_screen(self.card, self.draft, self._countdown, now, self._notice)

    def _quit(self) -> Stopped | None:
        """``q``: asks whether to keep the draft; ``None`` if the facilitator changes their mind."""
        if self._countdown is not None:
            self._commit()
        answer = self._ask_yes_no(
            Question(
                "quit",
                tr("live.quit_keep_draft", self.draft.lang),
                help=tr("live.quit_help", self.draft.lang),
                default="y",
            ),
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
                error = exc.words(self.draft.lang)

    # -- after: debrief and outcomes

    def _debrief(self) -> None:
        questions = [q(self.draft.lang) for q in self.card.debrief]
        if len(self.draft.debrief) < len(questions):
            self.console.show(
                Heading(
                    tr("live.debrief_heading", self.draft.lang),
                    (tr("live.debrief_help", self.draft.lang),),
                )
            )
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
            self.console.show(
                Heading(
                    tr("live.outcomes_heading", self.draft.lang),
                    (tr("live.outcomes_help", self.draft.lang),),
                )
            )
        if self.draft.reviewed:  # a later moment: the first session's items, one by one
            from innovkit.live.reviewanswers import ask_reviews

            ask_reviews(self.card, self.draft, self._ask, self.save)
        for spec in fields:
            if spec.key in self.draft.answered:
                continue
            if spec.statuses:
                from innovkit.live.itemanswers import ask_items

                ask_items(spec, self.draft.answers, self._ask, self.save, self.draft.lang)
            elif spec.many:
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
                error = exc.words(self.draft.lang)
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
                    error = tr("live.answer_required", self.draft.lang)
                    continue
                if not items:  # left empty: nothing to record
                    self.draft.answers.pop(spec.key, None)
                return
            try:
                spec.check(typed)
            except BadInput as exc:
                error = exc.words(self.draft.lang)
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
