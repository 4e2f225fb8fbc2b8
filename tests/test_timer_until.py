"""``timer --until 14:30`` counts down to a clock time, on the injectable clock; → and ← add or
take off ten seconds, and the key bar says so — in both languages."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from innovkit.errors import BadInput
from innovkit.live.timer import Countdown, TimerRun, seconds_until


class SteppingClock:
    """The timer's clock for the command line: 14:00 at first, a sleep moves it on at once."""

    def __init__(self) -> None:
        self.seconds = 1000.0
        self.naps: list[float] = []

    def __call__(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return datetime(2026, 11, 3, 14, 0).astimezone() + timedelta(seconds=self.seconds - 1000)

    def sleep(self, seconds: float) -> None:
        self.naps.append(seconds)
        self.seconds += seconds

    def advance(self, seconds: float) -> None:
        self.seconds += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> SteppingClock:
    import innovkit.live.timer

    stepping = SteppingClock()
    monkeypatch.setattr(innovkit.live.timer, "SystemClock", lambda: stepping)
    return stepping


NOW = datetime(2026, 11, 3, 14, 2, 30)


@pytest.mark.parametrize(
    ("target", "seconds"),
    [
        (time(14, 30), 27 * 60 + 30),  # later today
        (time(23, 59), (9 * 60 + 56) * 60 + 30),
        (time(14, 3), 30),
    ],
)
def test_seconds_until_a_time_later_today(target: time, seconds: float) -> None:
    assert seconds_until(target, NOW, "en") == seconds


def test_seconds_until_a_time_after_midnight() -> None:
    late = datetime(2026, 11, 3, 23, 50)
    assert seconds_until(time(0, 10), late, "fr") == 20 * 60
    assert seconds_until(time(11, 0), late, "fr") == (11 * 60 + 10) * 60


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "14:00 has already passed (it is 14:02): give a time still to come, or a duration."),
        ("fr", "14\u00a0h\u00a000 est déjà passé (il est 14\u00a0h\u00a002)\u00a0: donnez une "
         "heure à venir, ou une durée."),
    ],
)  # fmt: skip
def test_a_time_already_passed_is_refused(lang: str, sentence: str) -> None:
    with pytest.raises(BadInput) as refused:
        seconds_until(time(14, 0), NOW, lang)
    assert refused.value.words(lang) == sentence
    with pytest.raises(BadInput):
        seconds_until(time(14, 2), NOW, lang)  # the same minute, already begun


def test_timer_until_counts_down_to_the_clock_time(cli, clock: SteppingClock) -> None:
    result = cli("timer", "--until", "14:30", "--label", "Atelier")
    assert result.exit_code == 0, result
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "Atelier — Timer started: 30:00, ends at 14:30.",
        "Atelier — 1:00 left.",
        "Atelier — Time’s up (30:00).",
    ]
    assert clock.naps == pytest.approx([29 * 60, 60], abs=0.01)


def test_timer_until_in_french_with_the_french_way_of_writing_it(cli, clock: SteppingClock) -> None:
    clock.seconds += 75  # 14:01:15
    result = cli("timer", "-u", "14h30", "--lang", "fr")
    assert result.exit_code == 0, result
    first = result.stderr.strip().splitlines()[0]
    assert first == "Minuteur lancé\u00a0: 28:45, fin à 14\u00a0h\u00a030."


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--until", "13:00"), "13:00 has already passed (it is 14:00)"),
        (("5m", "--until", "14:30"), "Give either a duration or --until TIME, not both."),
        ((), "How long? Give a duration (5m, 1h30…) or --until TIME (14:30)."),
        (("--until", "25:00"), "is not a time"),
        (("--until", "14:30", "--warn", "40m"), "--warn 40m"),
    ],
)
def test_timer_until_refusals(cli, clock: SteppingClock, args: tuple[str, ...], words: str) -> None:
    result = cli("timer", *args)
    assert result.exit_code == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result
    assert clock.naps == []


class KeyConsole:
    """Keys at given clock readings; keeps the screens."""

    def __init__(self, clock: SteppingClock, keys: list[tuple[float, str]]) -> None:
        self.clock = clock
        self.keys = keys
        self.screens: list = []

    def show(self, screen) -> None:
        self.screens.append(screen)

    def key(self, timeout: float | None) -> str | None:
        if self.keys and (timeout is None or self.keys[0][0] <= self.clock.seconds + timeout):
            at, key = self.keys.pop(0)
            self.clock.seconds = max(self.clock.seconds, at)
            return key
        assert timeout is not None
        self.clock.advance(timeout)
        return None

    def ring(self) -> None:
        pass


def test_right_and_left_add_and_take_off_ten_seconds() -> None:
    clock = SteppingClock()
    countdown = Countdown(60, clock)
    keys = [(1010, "right"), (1011, "right"), (1012, "left"), (1013, "+"), (1014, "-")]
    console = KeyConsole(clock, keys)
    assert TimerRun(countdown, clock, bell=False).run(console) is True
    # 60 s, +10 +10 -10, then a minute on and off: it ends 70 s after it started.
    assert countdown.finished_at == pytest.approx(1000 + 70, abs=0.01)
    assert countdown.total == pytest.approx(70)


@pytest.mark.parametrize(
    ("lang", "legend"),
    [
        ("en", "space: pause   + / -: ± 1 min   → / ←: ± 10 s   q: quit"),
        (
            "fr",
            "espace\u00a0: pause   + / -\u00a0: ± 1 min   → / ←\u00a0: ± 10 s   q\u00a0: quitter",
        ),
    ],
)
def test_the_key_bar_shows_the_ten_second_keys(lang: str, legend: str) -> None:
    import io

    from rich.console import Console

    from innovkit.cli.timerview import timer_view

    clock = SteppingClock()
    run = TimerRun(Countdown(300, clock), clock)
    console = Console(width=80, height=24, file=io.StringIO(), record=True, no_color=True)
    console.print(timer_view(run.screen(), 80, 24, lang))
    assert legend in console.export_text()
