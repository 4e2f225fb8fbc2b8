"""The loop behind ``innovkit timer``, and its two faces: big digits on a terminal, one line per
event otherwise. ``benchmarks/timer.py`` runs this very loop."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Protocol

from innovkit.cli import bigclock
from innovkit.cli.keys import KeyReader
from innovkit.durations import clock_face, minutes_text
from innovkit.i18n import current_language, tr
from innovkit.live.timer import NUDGE, Countdown, Event, SystemClock

# Rich styles by state; the state is always written out too (NO_COLOR, colour-blind readers).
STYLES = {
    "counting": "bold green",
    "warning": "bold yellow",
    "over": "bold red",
    "paused": "bold blue",
}


class Display(Protocol):
    def started(self, countdown: Countdown) -> None: ...

    def event(self, event: Event, countdown: Countdown) -> None: ...

    def draw(self, countdown: Countdown) -> None: ...


def clock_time(moment: datetime) -> str:
    """« 14 h 35 » or “14:35”, as the run sheets write it."""
    from innovkit.dates import format_clock

    return format_clock(moment, current_language())


def count_down(
    countdown: Countdown,
    clock: SystemClock,
    display: Display,
    keys: KeyReader | None = None,
) -> bool:
    """Count ``countdown`` down to zero; ``True`` at the end, ``False`` if quit with ``q``.

    It sleeps until the shown second changes (or a key comes), so it wakes about once a second
    and notices the end within a few milliseconds. Without ``keys`` it sleeps until the next
    warning or the end. Ctrl-C propagates as ``KeyboardInterrupt``.
    """
    display.started(countdown)
    while True:
        for event in countdown.poll():
            display.event(event, countdown)
        display.draw(countdown)
        if countdown.finished_at is not None:
            return True
        if keys is None:
            wait = countdown.next_event()
            time.sleep(clock.real(wait if wait is not None else 1.0))
            continue
        wait = countdown.next_change()
        key = keys.read(None if wait is None else clock.real(wait))
        if key == " ":
            countdown.toggle()
        elif key == "+":
            countdown.extend(NUDGE)
        elif key == "-":
            countdown.extend(-NUDGE)
        elif key in ("q", "Q", "escape"):
            return False


def state_of(countdown: Countdown, warned: float | None) -> str:
    if countdown.over:
        return "over"
    if countdown.paused:
        return "paused"
    if warned is not None and countdown.remaining() <= warned:
        return "warning"
    return "counting"


class LineDisplay:
    """No terminal: one line when it starts, at each warning and at the end (on stderr)."""

    def __init__(self, label: str | None, clock: SystemClock) -> None:
        self.label = label
        self.clock = clock

    def _say(self, message: str) -> None:
        from innovkit.cli.console import say

        say(f"{self.label} — {message}" if self.label else message)

    def started(self, countdown: Countdown) -> None:
        end = self.clock.now() + timedelta(seconds=countdown.remaining())
        self._say(
            tr("live.timer_line_start", duration=clock_face(countdown.total), end=clock_time(end))
        )

    def event(self, event: Event, countdown: Countdown) -> None:
        if event.kind == "warning":
            self._say(tr("live.timer_line_warning", left=clock_face(event.threshold)))
        else:
            self._say(tr("live.timer_line_end", duration=clock_face(countdown.total)))

    def draw(self, countdown: Countdown) -> None:
        pass


class BigDisplay:
    """A terminal: the remaining time in large digits, its state in words, the keys."""

    def __init__(self, console: object, label: str | None, clock: SystemClock, bell: bool) -> None:
        from rich.console import Console

        assert isinstance(console, Console)
        self.console = console
        self.label = label
        self.clock = clock
        self.bell = bell
        self.warned: float | None = None
        self._live: object | None = None
        self._shown: tuple[object, ...] | None = None

    def __enter__(self) -> BigDisplay:
        from rich.live import Live

        live = Live(
            console=self.console,
            auto_refresh=False,
            transient=False,
            redirect_stdout=False,
            redirect_stderr=False,
            vertical_overflow="crop",
        )
        live.start()
        self._live = live
        self.console.show_cursor(False)
        return self

    def __exit__(self, *exc: object) -> None:
        from rich.live import Live

        if isinstance(self._live, Live):
            self._live.stop()
        self.console.show_cursor(True)

    def started(self, countdown: Countdown) -> None:
        pass

    def event(self, event: Event, countdown: Countdown) -> None:
        if event.kind == "warning":
            self.warned = event.threshold
        elif self.bell:
            self.console.bell()

    def draw(self, countdown: Countdown) -> None:
        from rich.live import Live

        state = state_of(countdown, self.warned)
        face = clock_face(countdown.remaining())
        status = self.status(countdown, state)
        key = (face, state, status, self.console.size)
        if key == self._shown:  # woken by a key that changed nothing: no redraw
            return
        self._shown = key
        if isinstance(self._live, Live):
            self._live.update(self.render(state, face, status), refresh=True)

    def status(self, countdown: Countdown, state: str) -> str:
        if state == "over":
            return tr("live.state_over")
        if state == "paused":
            return tr("live.state_paused")
        end = clock_time(self.clock.now() + timedelta(seconds=countdown.remaining()))
        if state == "warning":
            left = self.warned or 0
            said = minutes_text(left) if left % 60 == 0 else clock_face(left)
            return tr("live.state_warning", left=said, end=end)
        return tr("live.state_counting", end=end)

    def render(self, state: str, face: str, status: str) -> object:
        from rich.console import Group
        from rich.text import Text

        columns, lines = self.console.size
        scale = bigclock.fit_scale(face, columns - 2, lines - 6)
        style = STYLES[state]
        parts: list[object] = []
        if self.label:
            parts.append(Text(self.label, style="bold", justify="center"))
        parts.append(Text(""))
        parts.append(Text("\n".join(bigclock.draw(face, scale)), style=style, justify="center"))
        parts.append(Text(""))
        parts.append(Text(f" {status} ", style=f"{style} reverse", justify="center"))
        if state != "over":  # once it is over, no key does anything
            parts.append(Text(tr("live.timer_keys"), style="dim", justify="center"))
        return Group(*parts)
