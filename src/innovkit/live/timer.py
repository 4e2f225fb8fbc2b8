"""The countdown behind ``innovkit timer`` and every step of ``innovkit run``.

It keeps a deadline on a monotonic clock and computes what is left from it each time it is asked
(``remaining = deadline - clock()``), so it never drifts however late or often it is polled.
The clock is injected: tests hand in a fake one and never sleep. No terminal I/O here.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import time as clock_time
from typing import Any, Protocol, TypeVar

Clock = Callable[[], float]

#: Seconds added or removed by one press of ``+`` or ``-``.
NUDGE = 60.0
#: Seconds added or removed by one press of → or ← in ``innovkit timer``: the fine touch.
SMALL_NUDGE = 10.0
#: A clock time already passed today is taken for tomorrow only when that is this close.
_NEXT_DAY_HOURS = 12

# Waking a hair after a boundary rather than before it means one wake-up per change, not two.
_SETTLE = 0.0002


@dataclass(frozen=True, slots=True)
class Event:
    """Something the countdown reached: a warning threshold or the end."""

    kind: str  # "warning" or "finished"
    threshold: float  # seconds left at which it fires (0 for the end)
    at: float  # the clock reading when it was noticed


class Countdown:
    """A countdown of ``seconds`` on ``clock``, started at once unless ``paused``.

    ``warnings`` are remaining times (seconds) at which ``poll`` reports a warning, each once.
    ``elapsed`` starts the countdown part-way through (a resumed step). Warnings already passed at
    creation, and the end if already reached, are not reported again.
    """

    def __init__(
        self,
        seconds: float,
        clock: Clock = time.monotonic,
        warnings: Iterable[float] = (),
        elapsed: float = 0.0,
        paused: bool = False,
    ) -> None:
        self._clock = clock
        self.total = float(seconds)
        left = self.total - elapsed
        self._deadline: float | None = None
        self._left = left
        self._pending = sorted({w for w in warnings if 0 < w < left}, reverse=True)
        self._finish_pending = left > 0
        self.finished_at: float | None = None
        if not paused:
            self.resume()

    # -- reading

    def _raw(self, now: float | None = None) -> float:
        if self._deadline is None:
            return self._left
        return self._deadline - (self._clock() if now is None else now)

    def remaining(self) -> float:
        """Seconds left, never below zero."""
        return max(0.0, self._raw())

    def overtime(self) -> float:
        """Seconds past the end (zero until the end)."""
        return max(0.0, -self._raw())

    def elapsed(self) -> float:
        """Seconds counted so far (pauses excluded, overtime included)."""
        return self.total - self._raw()

    @property
    def paused(self) -> bool:
        return self._deadline is None

    @property
    def deadline(self) -> float | None:
        """The clock reading at which it ends (``None`` while paused)."""
        return self._deadline

    @property
    def over(self) -> bool:
        return self._raw() <= 0

    # -- acting

    def pause(self) -> None:
        if self._deadline is not None:
            self._left = self._deadline - self._clock()
            self._deadline = None

    def resume(self) -> None:
        if self._deadline is None:
            self._deadline = self._clock() + self._left

    def toggle(self) -> None:
        """Pause if counting, resume if paused."""
        if self.paused:
            self.resume()
        else:
            self.pause()

    def extend(self, seconds: float) -> None:
        """Add ``seconds`` (or take them away when negative).

        Extending after the end counts from now (the overtime is absorbed) and re-arms the end.
        Shortening never goes below zero left: at most it ends the countdown now.
        """
        raw = self._raw()
        # Adding absorbs any overtime first; taking away stops at zero left.
        change = seconds - min(raw, 0.0) if seconds >= 0 else -min(-seconds, max(raw, 0.0))
        self.total += change
        if self._deadline is None:
            self._left += change
        else:
            self._deadline += change
        if self._raw() > 0 and change > 0:
            self._finish_pending = True
            self.finished_at = None

    def poll(self) -> list[Event]:
        """The warnings and end reached since the last poll, each reported once, in order."""
        now = self._clock()
        raw = self._raw(now)
        events = []
        while self._pending and raw <= self._pending[0]:
            events.append(Event("warning", self._pending.pop(0), now))
        if self._finish_pending and raw <= 0:
            self._finish_pending = False
            self._pending.clear()
            self.finished_at = now
            events.append(Event("finished", 0.0, now))
        return events

    def next_event(self) -> float | None:
        """Seconds until the next warning or the end is due (``None`` while paused or over)."""
        if self._deadline is None:
            return None
        raw = self._raw()
        due = [raw - t for t in self._pending if raw > t]
        if self._finish_pending and raw > 0:
            due.append(raw)
        return min(due) + _SETTLE if due else None

    def next_change(self) -> float | None:
        """Seconds until the shown second changes or an event is due (``None`` while paused).

        The display rounds remaining time up (4.2 s shows 0:05) and overtime down, so the
        change happens at whole seconds of the deadline: sleeping exactly this long gives one
        redraw per second and an end noticed within milliseconds.
        """
        if self._deadline is None:
            return None
        raw = self._raw()
        if raw > 0:
            wait = raw - (math.ceil(raw) - 1)
            for threshold in self._pending:
                if raw > threshold:
                    wait = min(wait, raw - threshold)
        else:
            over = -raw
            wait = math.floor(over) + 1 - over
        return max(wait, 0.0) + _SETTLE


def seconds_until(target: clock_time, now: datetime, lang: str) -> float:
    """Seconds from ``now`` to the next ``target`` clock time (« jusqu'à 14 h 30 »): later
    today, or tomorrow when that is less than 12 hours away (23:50 → 00:10). A time passed
    earlier today is refused with a sentence: counting down almost a day is never what was
    meant."""
    from innovkit.dates import format_clock
    from innovkit.errors import BadInput

    wall = now.replace(tzinfo=None)
    aimed = datetime.combine(wall.date(), target)
    left = (aimed - wall).total_seconds()
    if left <= 0:
        left += 24 * 3600
        if left > _NEXT_DAY_HOURS * 3600:
            raise BadInput(
                "live.until_passed",
                until=format_clock(target, lang),
                now=format_clock(wall.time(), lang),
            )
    return left


def warning_times(total: float) -> list[float]:
    """The default warning for a countdown of ``total`` seconds: one minute before the end,
    or a quarter of the time for short ones (15 s of a one-minute step)."""
    if total >= 180:
        return [60.0]
    if total >= 20:
        return [round(total / 4)]
    return []


def _seconds() -> float:
    """Seconds that keep counting while the computer sleeps (Linux's boot-time clock), so a
    session goes on when the laptop lid is closed; elsewhere the monotonic clock."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


class SystemClock:
    """The real clock: calling it gives monotonic seconds, ``now()`` the wall-clock time,
    ``sleep(seconds)`` waits. Tests hand in their own clock instead (same three methods)."""

    def __call__(self) -> float:
        return _seconds()

    def now(self) -> datetime:
        return datetime.now().astimezone()  # right even after the laptop slept

    def sleep(self, seconds: float) -> None:
        time.sleep(max(0.0, seconds))


T = TypeVar("T")


def count_down(
    countdown: Countdown,
    tick: Callable[[list[Event]], T | None],
    wait_key: Callable[[float], str | None],
    on_key: Callable[[str], T | None],
    longest: float | None = 1.0,
) -> T:
    """The one countdown loop, behind ``innovkit timer`` and every step of ``innovkit run``.

    Each turn: ``tick`` gets the warnings and end reached (and draws); then ``wait_key`` waits
    until the shown second changes (at most ``longest`` seconds; ``None``: until the next
    event) and ``on_key`` acts on the key pressed, if any. Either returning something other
    than ``None`` ends the loop with it. The time left always comes from the countdown's clock.
    """
    while True:
        outcome = tick(countdown.poll())
        if outcome is not None:
            return outcome
        if longest is None:
            wait = countdown.next_event()
            wait = 1.0 if wait is None else wait
        else:
            wait = countdown.next_change()
            wait = longest if wait is None else min(wait, longest)
        key = wait_key(wait)
        if key is not None:
            outcome = on_key(key)
            if outcome is not None:
                return outcome


# --------------------------------------------------------------------------- innovkit timer


@dataclass(frozen=True, slots=True)
class TimerScreen:
    """What ``innovkit timer`` shows: the time left, its state, when it ends, what just
    happened (``events``: the warnings and the end reached since the last screen)."""

    label: str | None
    total: float
    remaining: float
    state: str  # "counting", "warning", "over" or "paused"
    warned: float | None  # the warning threshold passed, if any
    end: datetime  # when it ends if nothing changes
    events: tuple[Event, ...] = ()
    first: bool = False  # the first screen of this timer


class TimerConsole(Protocol):
    def show(self, screen: TimerScreen) -> None: ...

    def key(self, timeout: float | None) -> str | None: ...

    def ring(self) -> None: ...


class TimerRun:
    """``innovkit timer``: a run of one step, on the run's clock and the run's one loop.

    Space pauses and resumes, ``+``/``-`` add or take off a minute, → and ← ten seconds,
    ``q`` or Escape quits."""

    def __init__(
        self, countdown: Countdown, clock: Any, label: str | None = None, bell: bool = True
    ) -> None:
        self.countdown = countdown
        self.clock = clock
        self.label = label
        self.bell = bell
        self.warned: float | None = None
        self._shown = False

    def screen(self, events: Iterable[Event] = ()) -> TimerScreen:
        countdown = self.countdown
        if countdown.over:
            state = "over"
        elif countdown.paused:
            state = "paused"
        elif self.warned is not None and countdown.remaining() <= self.warned:
            state = "warning"
        else:
            state = "counting"
        first, self._shown = not self._shown, True
        return TimerScreen(
            label=self.label,
            total=countdown.total,
            remaining=countdown.remaining(),
            state=state,
            warned=self.warned,
            end=self.clock.now() + timedelta(seconds=countdown.remaining()),
            events=tuple(events),
            first=first,
        )

    def run(self, console: TimerConsole, keys: bool = True) -> bool:
        """``True`` at the end, ``False`` if quit. Without ``keys`` (no terminal) it sleeps
        from event to event instead of waking every second."""

        def tick(events: list[Event]) -> bool | None:
            for event in events:
                if event.kind == "warning":
                    self.warned = event.threshold
                elif self.bell:
                    console.ring()
            console.show(self.screen(events))
            return True if self.countdown.finished_at is not None else None

        def on_key(key: str) -> bool | None:
            if key == " ":
                self.countdown.toggle()
            elif key == "+":
                self.countdown.extend(NUDGE)
            elif key == "-":
                self.countdown.extend(-NUDGE)
            elif key == "right":
                self.countdown.extend(SMALL_NUDGE)
            elif key == "left":
                self.countdown.extend(-SMALL_NUDGE)
            elif key in ("q", "Q", "escape"):
                return False
            return None

        return count_down(self.countdown, tick, console.key, on_key, 1.0 if keys else None)
