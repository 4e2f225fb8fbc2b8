"""The guided run on a real terminal: the one module through which ``innovkit run`` shows its
screens, reads keys and asks questions (``innovkit.session.Console``).

Steps and the checklist are drawn full-screen with Rich (alternate screen, redrawn only when
something changed); questions are asked on the normal screen with ordinary line editing.
"""

from __future__ import annotations

import contextlib
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.layout import Layout
from rich.live import Live
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from innovkit.cli import bigclock
from innovkit.cli.countdown import STYLES, clock_time
from innovkit.cli.keys import Hangup, KeyReader
from innovkit.durations import clock_face, elapsed_face, minutes_text
from innovkit.i18n import labelled, quoted, tr
from innovkit.session import ChecklistScreen, Heading, Question, ScheduleRow, StepScreen
from innovkit.timer import SystemClock

_MARKS = {"done": "✓", "skipped": "↷", "current": "▶", "todo": "·"}
WIDE = 100  # from this width the schedule sits beside the step, else below it


class TerminalConsole:
    """Draws the run's screens on ``console`` and reads ``keys``; waits are on ``clock``."""

    def __init__(self, console: Console, keys: KeyReader, clock: SystemClock) -> None:
        self.console = console
        self.keys = keys
        self.clock = clock
        self._live: Live | None = None
        self._screen: ChecklistScreen | StepScreen | None = None
        self._drawn: Any = None
        self._asked: str | None = None

    def __enter__(self) -> TerminalConsole:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop_live()

    # -- the full-screen part

    def _start_live(self) -> Live:
        if self._live is None:
            self._live = Live(
                console=self.console,
                screen=True,
                auto_refresh=False,
                redirect_stdout=False,
                redirect_stderr=False,
                vertical_overflow="crop",
            )
            self._live.start()
            self._drawn = None
        return self._live

    def _stop_live(self) -> None:
        if self._live is not None:
            with contextlib.suppress(Exception):  # the terminal may be gone already
                self._live.stop()
            self._live = None

    def _draw(self, question: Question | None = None) -> None:
        screen = self._screen
        if screen is None:
            return
        size = self.console.size
        if isinstance(screen, StepScreen):
            state = (screen_key(screen), size, question)
            view = step_view(screen, size.width, size.height, question)
        else:
            state = (screen, size, question)
            view = checklist_view(screen, question)
        if state == self._drawn:
            return
        self._drawn = state
        self._start_live().update(view, refresh=True)

    def show(self, screen: ChecklistScreen | StepScreen | Heading) -> None:
        if isinstance(screen, Heading):
            self._stop_live()
            self._screen = None
            self.console.print()
            self.console.rule(Text(screen.title, style="bold"), align="left")
            for line in screen.lines:
                self.console.print(Text(line, style="dim"))
            return
        self._screen = screen
        self._draw()

    def key(self, timeout: float | None) -> str | None:
        return self.keys.read(None if timeout is None else self.clock.real(timeout))

    def ring(self) -> None:
        self.console.bell()

    # -- questions

    def ask(self, question: Question) -> str:
        if question.yes_no and self._screen is not None:
            return self._ask_key(question)
        self._stop_live()
        return self._ask_line(question)

    def _ask_key(self, question: Question) -> str:
        """A yes/no question on the full screen: one key answers it."""
        answers = {"o": "o", "y": "y", "n": "n", "a": "annuler", "c": "cancel"}
        while True:
            self._draw(question)
            key = self.keys.read(None)
            if key == "enter":
                return ""
            if key == "escape":
                return "cancel"
            if key is not None and key.lower() in answers:
                self._draw()
                return answers[key.lower()]

    def _ask_line(self, question: Question) -> str:
        c = self.console
        first = question.key != self._asked  # a new question, not the next item of a list
        self._asked = question.key
        if first or question.item is None or question.error:
            c.print()
            c.print(Text(question.label, style="bold"))
            if question.help and (first or question.item is None):
                c.print(Text(question.help, style="dim"))
            for number, (_, label) in enumerate(question.choices, 1):
                c.print(f"  {number}. {label}", markup=False, highlight=False)
        if question.error:
            c.print(Text(question.error, style="bold red"))
        prompt = f"  {question.item}. " if question.item is not None else "› "
        if question.default:
            prompt = f"[{question.default}] {prompt}"
        with self.keys.cooked():
            import readline  # noqa: F401  (line editing and history for input())

            try:
                # The prompt goes through input() itself so that line editing knows where
                # the answer starts.
                return input(prompt)
            except EOFError:
                raise Hangup from None
            except KeyboardInterrupt:
                c.print()  # Ctrl-C leaves the cursor after the prompt: what follows needs a line
                raise


def ask_line(prompt: str) -> str:
    """One line typed at the terminal, with line editing (outside a run's screens)."""
    import readline  # noqa: F401

    try:
        return input(prompt).strip()
    except EOFError:
        raise Hangup from None


def screen_key(screen: StepScreen) -> tuple[Any, ...]:
    """What a step screen shows, to the second: equal keys need no redraw."""
    return (
        screen.number,
        clock_face(screen.remaining),
        int(screen.overtime),
        screen.paused,
        screen.alert,
        round(screen.drift / 60),
        screen.now.strftime("%H:%M"),
        screen.projected_end.strftime("%H:%M"),
        screen.notice,
        tuple((r.status, int(r.spent // 60)) for r in screen.rows),
    )


# --------------------------------------------------------------------------- the step screen


def _face(screen: StepScreen) -> str:
    if screen.alert == "over":
        return "+" + elapsed_face(screen.overtime)
    return clock_face(screen.remaining)


def _state(screen: StepScreen) -> tuple[str, str]:
    """The countdown's state in words, and its style."""
    if screen.paused:
        return tr("live.state_paused"), STYLES["paused"]
    if screen.alert == "over":
        return tr("live.step_over", over=elapsed_face(screen.overtime)), STYLES["over"]
    if screen.alert == "warning":
        return tr("live.step_warning", left=clock_face(screen.remaining)), STYLES["warning"]
    return tr("live.step_counting"), STYLES["counting"]


def drift_text(drift: float) -> str:
    """« à l'heure », « 2 min de retard », "1 min ahead": whole minutes, a glance is enough."""
    if abs(drift) < 30:
        return tr("live.on_time")
    late = tr("common.minutes", minutes=max(1, round(abs(drift) / 60)))
    return tr("live.behind", late=late) if drift > 0 else tr("live.ahead", early=late)


def schedule_line(screen: StepScreen) -> Text:
    planned = clock_time(screen.planned_end) if screen.planned_end else "—"
    text = tr(
        "live.schedule_line",
        planned=planned,
        projected=clock_time(screen.projected_end),
        drift=drift_text(screen.drift),
    )
    style = "yellow" if screen.drift >= 30 else "green" if screen.drift <= -30 else ""
    return Text(text, style=style)


def _row(row: ScheduleRow) -> Text:
    when = clock_time(row.start) if row.start else ""
    line = Text(f"{_MARKS[row.status]} {when}  {row.number}. ")
    line.append(row.title, style="bold" if row.status == "current" else "")
    detail = minutes_text(row.planned)
    if row.status == "done":
        detail = f"{detail} → {elapsed_face(row.spent)}"
    elif row.status == "skipped":
        detail = f"{detail}, {tr('live.row_skipped')}"
    line.append(f"  ({detail})", style="dim")
    if row.status in ("done", "skipped"):
        line.stylize("dim")
    return line


def schedule_strip(screen: StepScreen) -> Text:
    line = Text(no_wrap=True, overflow="ellipsis")
    for row in screen.rows:
        if row.number > 1:
            line.append("  ")
        style = "bold" if row.status == "current" else "dim" if row.status != "todo" else ""
        line.append(f"{_MARKS[row.status]} {row.number}. {row.title}", style=style)
    return line


def schedule_view(screen: StepScreen) -> RenderableType:
    rows = [Text(tr("live.schedule_heading"), style="bold underline")]
    rows += [_row(r) for r in screen.rows]
    return Group(*rows)


def step_body(screen: StepScreen) -> RenderableType:
    parts: list[RenderableType] = [Text(screen.title, style="bold")]
    if screen.instructions:
        parts.append(Text(screen.instructions))
    if screen.prompts:
        parts.append(Text(""))
        parts += [
            Padding(Text(quoted(p), style="italic cyan"), (0, 0, 0, 2)) for p in screen.prompts
        ]
    if screen.tips:
        parts.append(Text(""))
        parts += [Text(labelled(tr("live.tip"), t), style="dim") for t in screen.tips]
    return Group(*parts)


def step_view(
    screen: StepScreen, width: int, height: int, question: Question | None = None
) -> RenderableType:
    """The whole screen of one step, to fit ``width`` × ``height``."""
    face = _face(screen)
    # The same size counting down and over time (one "+" wider), a third of the height at most.
    widest = face if face.startswith("+") else "+" + face
    scale = bigclock.fit_scale(widest, width - 4, height // 3, largest=3)
    state, style = _state(screen)
    top = Table.grid(expand=True)
    top.add_column(ratio=1)
    top.add_column(justify="right")
    name = screen.tool + (f" · {screen.variant}" if screen.variant else "")
    top.add_row(
        Text(name, style="bold"),
        Text(tr("live.step_of", number=screen.number, count=screen.count)),
    )
    clock = Group(
        Text("\n".join(bigclock.draw(face, scale)), style=style, justify="center"),
        Text(f" {state} ", style=f"{style} reverse", justify="center"),
    )
    status: list[RenderableType] = [schedule_line(screen)]
    if width < WIDE:  # no room beside the step: the steps on one line, always in sight
        status.append(schedule_strip(screen))
    if screen.notice:
        status.append(Text(screen.notice, style="bold yellow"))
    if width >= WIDE:
        body = Table.grid(expand=True, padding=(0, 3))
        body.add_column(ratio=3)
        body.add_column(ratio=2)
        body.add_row(step_body(screen), schedule_view(screen))
    else:
        body = Group(step_body(screen), Text(""), schedule_view(screen))
    if question is not None:
        footer = _question_line(question)
    else:
        footer = Text(tr("live.run_keys"), style="dim", justify="center")
    layout = Layout()
    layout.split_column(
        Layout(top, size=1),
        Layout(clock, size=5 * scale + 2),
        Layout(Group(*status), size=len(status) + 1),
        Layout(body, ratio=1),
        Layout(footer, size=1 if question is None else 2),
    )
    return layout


def _question_line(question: Question) -> Text:
    """A yes/no question at the foot of a full screen, with why the last key was refused."""
    line = Text(f" {question.label}  {question.help or ''} ", style="bold reverse")
    if question.error:
        line.append("\n" + question.error, style="bold red")
    return line


# --------------------------------------------------------------------------- the checklist


def checklist_view(screen: ChecklistScreen, question: Question | None = None) -> RenderableType:
    ticked = sum(1 for _, done in screen.items if done)
    parts: list[RenderableType] = [
        Text(screen.tool, style="bold"),
        Text(tr("live.checklist_heading", ticked=ticked, total=len(screen.items))),
        Text(""),
    ]
    for number, (item, done) in enumerate(screen.items, 1):
        line = Text(f"{'[x]' if done else '[ ]'} {number}. {item}")
        if number - 1 == screen.cursor:
            line.stylize("reverse")
        if done:
            line.stylize("green")
        parts.append(line)
    parts.append(Text(""))
    if question is not None:
        parts.append(_question_line(question))
    else:
        parts.append(Text(tr("live.checklist_keys"), style="dim"))
    return Group(*parts)
