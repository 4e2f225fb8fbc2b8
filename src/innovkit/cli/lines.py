"""The run and the timer line by line, on the normal screen: the run's end-of-run questions
(through ``innovkit.cli.ask``) and the timer without a terminal (one line per event)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text

from innovkit.cli import ask
from innovkit.cli.console import err, say
from innovkit.cli.timerview import clock_time
from innovkit.durations import clock_face
from innovkit.i18n import tr
from innovkit.live.guide import Heading, Question
from innovkit.live.timer import TimerScreen


class LineConsole:
    """The debrief and outcome questions of a run, asked on the normal screen once its full
    screen is closed. Every change of the answer line goes to ``keep_typing`` (the run saves
    it in its draft at once), so neither Ctrl-C nor a closed terminal loses what was typed.

    Questions come after the full screen rather than inside it: on the normal screen the
    answers stay in the terminal's history above the next question, line editing is
    prompt_toolkit's own (as everywhere else in innovkit), and the draft only has to follow
    one line at a time.
    """

    def __init__(self, keep_typing: Callable[[str], None] | None = None) -> None:
        self.keep_typing = keep_typing
        self._asked: str | None = None

    def show(self, screen: Any) -> None:
        if not isinstance(screen, Heading):
            raise RuntimeError("the full screens are shown by innovkit.cli.screen")
        c = err()
        c.print()
        c.rule(Text(screen.title, style="bold"), align="left")
        for line in screen.lines:
            c.print(Text(line, style="dim"))

    def key(self, timeout: float | None) -> str | None:
        raise RuntimeError("no keys are read line by line")

    def ring(self) -> None:
        err().bell()

    def ask(self, question: Question) -> str:
        from innovkit.journal.questions import NOTE_SUFFIX, STATUS_SUFFIX

        # a new question, not the next item of a list (nor an item's status or note, then its
        # next item)
        base = question.key.removesuffix(STATUS_SUFFIX).removesuffix(NOTE_SUFFIX)
        first = base != self._asked
        self._asked = base
        if first or question.item is None or question.error:
            ask.tell("")
            ask.tell(question.label, "bold")
            if question.help and (first or question.item is None):
                ask.tell(question.help, "dim")
            for number, (_, label) in enumerate(question.choices, 1):
                ask.tell(f"  {number}. {label}")
        if question.error:
            ask.tell(question.error, "bold red")
        prompt = f"  {question.item}. " if question.item is not None else "› "
        if question.default:
            prompt = f"[{question.default}] {prompt}"
        return ask.line(prompt, typed=question.typed, on_change=self.keep_typing)


class LineTimerConsole:
    """``innovkit timer`` without a terminal: a line when it starts, at each warning and at
    the end (on stderr); between them it sleeps on ``clock``."""

    def __init__(self, clock: Any, lang: str) -> None:
        self.clock = clock
        self.lang = lang

    def _say(self, screen: TimerScreen, message: str) -> None:
        say(f"{screen.label} — {message}" if screen.label else message)

    def show(self, screen: TimerScreen) -> None:
        if screen.first:
            total, end = clock_face(screen.total), clock_time(screen.end, self.lang)
            self._say(screen, tr("live.timer_line_start", self.lang, duration=total, end=end))
        for event in screen.events:
            if event.kind == "warning":
                self._say(
                    screen,
                    tr("live.timer_line_warning", self.lang, left=clock_face(event.threshold)),
                )
            else:
                self._say(
                    screen, tr("live.timer_line_end", self.lang, duration=clock_face(screen.total))
                )

    def key(self, timeout: float | None) -> None:
        self.clock.sleep(1.0 if timeout is None else timeout)

    def ring(self) -> None:
        pass
