"""The countdown core on a fake clock: exact times, pause, extend, warnings, no drift."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from innovkit.durations import clock_face, elapsed_face, minutes_text, parse_duration
from innovkit.errors import BadInput
from innovkit.live.timer import Countdown, SystemClock, TimerRun, TimerScreen, warning_times


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_remaining_is_exact_as_the_clock_moves() -> None:
    clock = FakeClock()
    countdown = Countdown(300, clock)
    assert countdown.remaining() == 300
    clock.advance(0.25)
    assert countdown.remaining() == pytest.approx(299.75, abs=1e-9)
    clock.advance(99.75)
    assert countdown.remaining() == pytest.approx(200, abs=1e-9)
    assert countdown.elapsed() == pytest.approx(100, abs=1e-9)
    assert countdown.deadline == pytest.approx(1300, abs=1e-9)


def test_pause_freezes_remaining_and_resume_moves_the_deadline() -> None:
    clock = FakeClock()
    countdown = Countdown(60, clock)
    clock.advance(10)
    countdown.pause()
    assert countdown.paused
    clock.advance(500)
    assert countdown.remaining() == pytest.approx(50)
    assert countdown.next_change() is None
    countdown.resume()
    assert countdown.deadline == pytest.approx(clock.now + 50)
    clock.advance(20)
    assert countdown.remaining() == pytest.approx(30)
    assert countdown.elapsed() == pytest.approx(30)
    countdown.toggle()
    assert countdown.paused
    countdown.toggle()
    assert not countdown.paused


def test_start_paused_counts_nothing_until_resumed() -> None:
    clock = FakeClock()
    countdown = Countdown(60, clock, paused=True)
    clock.advance(30)
    assert countdown.remaining() == 60
    countdown.resume()
    clock.advance(15)
    assert countdown.remaining() == pytest.approx(45)


def test_extend_and_shorten_while_counting_and_paused() -> None:
    clock = FakeClock()
    countdown = Countdown(120, clock)
    clock.advance(30)
    countdown.extend(60)
    assert countdown.remaining() == pytest.approx(150)
    assert countdown.total == pytest.approx(180)
    countdown.pause()
    countdown.extend(-60)
    assert countdown.remaining() == pytest.approx(90)
    countdown.resume()
    clock.advance(10)
    assert countdown.remaining() == pytest.approx(80)


def test_shortening_never_goes_below_zero_and_ends_now() -> None:
    clock = FakeClock()
    countdown = Countdown(60, clock)
    clock.advance(30)
    countdown.extend(-60)
    assert countdown.remaining() == 0
    assert countdown.overtime() == 0
    events = countdown.poll()
    assert [e.kind for e in events] == ["finished"]
    assert events[0].at == clock.now


def test_extending_after_the_end_counts_from_now_and_rings_again() -> None:
    clock = FakeClock()
    countdown = Countdown(60, clock)
    clock.advance(90)
    assert countdown.overtime() == pytest.approx(30)
    assert [e.kind for e in countdown.poll()] == ["finished"]
    countdown.extend(60)
    assert countdown.remaining() == pytest.approx(60)
    assert countdown.elapsed() == pytest.approx(90)  # the overtime was counted, not lost
    assert countdown.poll() == []
    clock.advance(60)
    assert [e.kind for e in countdown.poll()] == ["finished"]


def test_each_warning_fires_once_in_order() -> None:
    clock = FakeClock()
    countdown = Countdown(300, clock, warnings=[60, 120, 30])
    clock.advance(170)
    assert countdown.poll() == []
    clock.advance(10)  # 120 left
    events = countdown.poll()
    assert [(e.kind, e.threshold) for e in events] == [("warning", 120)]
    assert countdown.poll() == []
    clock.advance(200)  # past 60, 30 and the end at once
    events = countdown.poll()
    assert [(e.kind, e.threshold) for e in events] == [
        ("warning", 60),
        ("warning", 30),
        ("finished", 0),
    ]
    countdown.extend(120)  # warnings stay spent; only the end is re-armed
    clock.advance(120)
    assert [e.kind for e in countdown.poll()] == ["finished"]


def test_warnings_already_passed_are_not_reported() -> None:
    clock = FakeClock()
    countdown = Countdown(300, clock, warnings=[60, 400], elapsed=250)
    assert countdown.remaining() == pytest.approx(50)
    clock.advance(60)
    assert [e.kind for e in countdown.poll()] == ["finished"]
    resumed_over = Countdown(60, clock, elapsed=75)
    assert resumed_over.overtime() == pytest.approx(15)
    assert resumed_over.poll() == []


def test_next_change_lands_on_whole_seconds_and_on_warnings() -> None:
    clock = FakeClock()
    countdown = Countdown(10, clock, warnings=[5.5])
    assert countdown.next_change() == pytest.approx(1.0002)
    clock.advance(0.3)
    assert countdown.next_change() == pytest.approx(0.7002)
    clock.advance(4.0)  # 5.7 left: the warning at 5.5 comes before the next second
    assert countdown.next_change() == pytest.approx(0.2002)
    clock.advance(5.5)  # 0.2 left
    assert countdown.next_change() == pytest.approx(0.2002)
    clock.advance(0.7)  # 0.5 over
    assert countdown.next_change() == pytest.approx(0.5002)


def test_ten_thousand_jittery_ticks_finish_within_a_millisecond() -> None:
    """10,000 ticks of a loop that sleeps ``next_change()`` on a jittery clock (woken early by
    keys at random, late by the OS by up to 0.7 ms) never drift: the end is seen within 1 ms."""
    rng = random.Random(20240605)
    clock = FakeClock()
    countdown = Countdown(25, clock, warnings=[10])
    start = clock.now
    events = []
    for _ in range(10_000):
        wait = countdown.next_change()
        assert wait is not None
        step = rng.uniform(0, 0.006)  # about 3 ms a tick: 25 s take some 8,000 ticks
        if step >= wait:
            step = wait + rng.uniform(0, 0.0007)
        clock.advance(step)
        events.extend(countdown.poll())
    finished = [e for e in events if e.kind == "finished"]
    assert len(finished) == 1
    assert [e.threshold for e in events if e.kind == "warning"] == [10]
    assert clock.now - start > 25.5  # the 10,000 ticks went on past the end
    assert abs(finished[0].at - (start + 25)) < 0.001


def test_warning_times_for_short_and_long_countdowns() -> None:
    assert warning_times(600) == [60.0]
    assert warning_times(60) == [15]
    assert warning_times(10) == []


class Clock:
    """A fake clock with the wall-clock time that goes with it, as ``TimerRun`` needs."""

    def __init__(self) -> None:
        self.seconds = 100.0

    def __call__(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return datetime(2026, 11, 3, 14, 0).astimezone() + timedelta(seconds=self.seconds - 100)

    def advance(self, seconds: float) -> None:
        self.seconds += seconds


class TimerConsole:
    """Keys at given clock readings; records what the timer showed and how long it waited."""

    def __init__(self, clock: Clock, keys: list[tuple[float, str]] = ()) -> None:
        self.clock = clock
        self.keys = list(keys)
        self.screens: list[TimerScreen] = []
        self.waits: list[float | None] = []
        self.rings = 0

    def show(self, screen: TimerScreen) -> None:
        self.screens.append(screen)

    def key(self, timeout: float | None) -> str | None:
        self.waits.append(timeout)
        if self.keys and (timeout is None or self.keys[0][0] <= self.clock.seconds + timeout):
            at, key = self.keys.pop(0)
            self.clock.seconds = max(self.clock.seconds, at)
            return key
        assert timeout is not None, "waiting for a key that never comes"
        self.clock.advance(timeout)
        return None

    def ring(self) -> None:
        self.rings += 1

    def events(self) -> list[str]:
        return [e.kind for s in self.screens for e in s.events]


def test_the_timer_is_one_step_on_the_countdown_loop_space_plus_minus_to_the_end() -> None:
    clock = Clock()
    countdown = Countdown(120, clock, warnings=[60])
    console = TimerConsole(clock, [(110, " "), (130, " "), (140, "+"), (150, "-"), (151, "-")])
    assert TimerRun(countdown, clock, "Pause").run(console) is True
    # paused 20 s, +60 then -120: ended 20 + 60 - 120 s after the 120 s
    assert countdown.finished_at == pytest.approx(100 + 120 + 20 + 60 - 120, abs=0.01)
    assert console.events() == ["warning", "finished"]
    assert console.rings == 1
    assert console.screens[0].first and not console.screens[1].first
    assert {s.state for s in console.screens} >= {"counting", "paused", "warning"}
    assert 1.0 in console.waits  # while paused it still wakes once a second, never for long
    assert 30 <= len(console.screens) <= 90  # about one screen per second, not a busy loop


def test_q_quits_the_timer_early() -> None:
    clock = Clock()
    countdown = Countdown(300, clock)
    assert TimerRun(countdown, clock).run(TimerConsole(clock, [(130, "q")])) is False
    assert countdown.remaining() == pytest.approx(270, abs=0.01)


def test_without_keys_the_timer_sleeps_from_event_to_event() -> None:
    clock = Clock()
    countdown = Countdown(600, clock, warnings=[60, 30])
    console = TimerConsole(clock)
    assert TimerRun(countdown, clock, bell=False).run(console, keys=False) is True
    assert len(console.waits) == 3  # to the first warning, the second, the end
    assert console.events() == ["warning", "warning", "finished"]
    assert console.rings == 0
    assert console.screens[0].end == datetime(2026, 11, 3, 14, 10).astimezone()


def test_the_system_clock_is_monotonic_and_sleeps() -> None:
    clock = SystemClock()
    first = clock()
    clock.sleep(0.01)
    assert clock() > first
    assert clock.now().tzinfo is not None


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90s", 90),
        ("5m", 300),
        ("5", 300),
        ("1h30", 5400),
        ("1h30m", 5400),
        ("10:00", 600),
        ("1:30:00", 5400),
        ("2m30", 150),
        ("2m30s", 150),
        ("5 min", 300),
        ("5mn", 300),
        ("2,5", 150),
        ("1.5h", 5400),
        ("45 sec", 45),
        ("0:30", 30),
        (" 1H ", 3600),
    ],
)
def test_durations_facilitators_write(text: str, seconds: float) -> None:
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize(
    "text", ["", "abc", "5x", "30m1h", "1:60", "1:2", "10s5", "5m 3m", "-5", "1h30m20s10"]
)
def test_bad_durations_are_one_sentence(text: str) -> None:
    with pytest.raises(BadInput) as error:
        parse_duration(text)
    message = str(error.value)
    assert "90s" in message and message.endswith(".")
    assert "\n" not in message


def test_zero_and_overlong_durations_are_refused() -> None:
    with pytest.raises(BadInput, match="longer than zero"):
        parse_duration("0")
    with pytest.raises(BadInput, match="24"):
        parse_duration("25h")


def test_clock_faces() -> None:
    assert clock_face(300) == "5:00"
    assert clock_face(4.2) == "0:05"
    assert clock_face(0) == "0:00"
    assert clock_face(3723) == "1:02:03"
    assert elapsed_face(4.9) == "0:04"
    assert minutes_text(45, "en") == "45 s"
    assert minutes_text(300, "en") == "5 min"
    assert minutes_text(5400, "en") == "1 h 30"
    assert minutes_text(3600, "en") == "1 h"
