"""The run and the timer on their Textual screen, headless (``App.run_test`` and its Pilot):
keys pressed as a person would, time moved on the run's injectable clock, never slept."""

from __future__ import annotations

import asyncio
import io
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

from innovkit.cards.files import load_card
from innovkit.cards.model import Card
from innovkit.cli import ask
from innovkit.cli.lines import LineConsole
from innovkit.cli.screen import LiveApp, View
from innovkit.cli.ticking import ticking_work
from innovkit.dates import format_clock
from innovkit.i18n import tr
from innovkit.live.checklist import Ticking
from innovkit.live.guide import DraftStore, GuidedRun, Stopped, TypingInterrupted, new_draft
from innovkit.live.timer import Countdown, TimerRun

DATA = Path(__file__).resolve().parent / "data" / "live"


class FakeClock:
    def __init__(self) -> None:
        self.seconds = 5000.0

    def __call__(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return datetime(2026, 11, 3, 14, 0).astimezone() + timedelta(seconds=self.seconds - 5000)


@pytest.fixture
def card() -> Card:
    return load_card(DATA / "mini-atelier.yaml")


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


def shown(app: LiveApp) -> str:
    """The text on the screen now, as the window shows it (the widget's own rendering)."""
    view = app.query_one(View)
    width, height = view.size.width, view.size.height
    console = Console(width=width, height=height, record=True, file=io.StringIO(), no_color=True)
    console.print(view.render(), crop=True)
    return console.export_text()


async def until(pilot, app: LiveApp, text: str) -> str:
    """Lets the app and the run's thread go on until ``text`` is on the screen."""
    for _ in range(500):
        await pilot.pause(0.01)
        screen = shown(app)
        if text in screen:
            return screen
    raise AssertionError(f"never saw {text!r} on the screen:\n{shown(app)}")


async def later(pilot, app: LiveApp, clock: FakeClock, seconds: float) -> None:
    """``seconds`` pass on the run's clock; the run is woken up to see it."""
    clock.seconds += seconds
    app.keys.put(None)
    await pilot.pause(0.05)


def guided_app(
    card: Card, store: DraftStore, clock: FakeClock, draft=None, resumed=False, lang="en"
):
    draft = draft or new_draft(card, None, clock.now(), lang=lang)
    guided = GuidedRun(card, draft, clock, LineConsole(), store, None, False, resumed)

    def work(console):
        guided.console = console
        return guided.run(until="debrief")

    return LiveApp(work, draft.lang), guided


def test_a_run_on_the_screen_times_each_step_with_skip_back_and_extend(card, store) -> None:
    clock = FakeClock()
    app, guided = guided_app(card, store, clock)

    async def session() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, app, "Before you start")
            await pilot.press("1", "enter")
            await until(pilot, app, "Step 1 of 3")
            await later(pilot, app, clock, 150)  # 2:30 on a 2-minute step
            await until(pilot, app, "OVER TIME BY 0:30")
            await pilot.press("n")
            await until(pilot, app, "Step 2 of 3")
            await pilot.press("+")
            await later(pilot, app, clock, 60)
            await pilot.press("s")  # step 2 skipped after a minute…
            await until(pilot, app, "Step 3 of 3")
            await later(pilot, app, clock, 10)
            await pilot.press("b")  # …then back to it
            await until(pilot, app, "Step 2 of 3")
            await later(pilot, app, clock, 30)
            await pilot.press("n")
            await until(pilot, app, "Step 3 of 3")
            await later(pilot, app, clock, 20)
            await pilot.press("n")  # the last step: on to the questions
            await pilot.pause(0.1)

    asyncio.run(session())
    assert app.outcome() is None  # the full screen's part is over: questions come next
    draft = guided.draft
    assert draft.phase == "debrief" and draft.checklist == [True, False, False]
    first, second, third = draft.steps
    assert first.wall == pytest.approx(150) and not first.skipped
    assert second.wall == pytest.approx(90) and second.extended == pytest.approx(60)
    assert not second.skipped  # done after going back to it
    assert third.wall == pytest.approx(30) and third.visits == 2
    assert store.latest() is not None  # saved as it went


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", [(80, 24), (100, 32), (130, 45)])
def test_the_step_screen_keeps_everything_in_sight_at_each_size(card, store, lang, size) -> None:
    clock = FakeClock()
    app, _ = guided_app(card, store, clock, lang=lang)
    step = card.steps[1]
    seen: dict[str, str] = {}

    async def session() -> None:
        async with app.run_test(size=size) as pilot:
            seen["checklist"] = await until(pilot, app, tr("live.checklist_keys", lang)[:10])
            await pilot.press("enter", "n")
            seen["step"] = await until(pilot, app, tr("live.step_of", lang, number=2, count=3))
            await pilot.press("q", "y")

    asyncio.run(session())
    assert isinstance(app.outcome(), Stopped)
    screen = seen["step"]
    assert len(screen.rstrip("\n").split("\n")) <= size[1]
    assert step.title(lang) in screen
    assert all(prompt(lang)[:20] in screen.replace("\n", " ") for prompt in step.prompts)
    assert tr("live.step_counting", lang) in screen  # the state in words, readable without colour
    assert tr("live.run_keys", lang).split("   ")[0] in screen  # the key bar
    assert card.steps[2].title(lang)[:8] in screen or "3" in screen  # the schedule
    # each step with its planned clock time, at every size (the README promises it)
    flat = " ".join(screen.replace("\u00a0", " ").split())
    for number, when in enumerate((time(14, 0), time(14, 2), time(14, 7)), 1):
        assert format_clock(when, lang).replace("\u00a0", " ") in flat, (number, flat)
    assert card.checklist_phase("before")[0](lang) in seen["checklist"]


def test_ctrl_c_on_the_screen_keeps_the_step_time_and_resume_goes_on(card, store) -> None:
    clock = FakeClock()
    app, _ = guided_app(card, store, clock)

    async def session(app: LiveApp, keys: list[str], text: str) -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, app, text)
            await pilot.press(*keys)
            await until(pilot, app, "Step 2 of 3")
            await later(pilot, app, clock, 42)
            await pilot.press("ctrl+c")
            await pilot.pause(0.1)

    asyncio.run(session(app, ["enter", "n"], "Before you start"))
    with pytest.raises(KeyboardInterrupt):
        app.outcome()
    draft = store.latest()
    assert draft is not None and draft.current == 1
    assert draft.steps[1].wall == pytest.approx(42)

    again, guided = guided_app(card, store, clock, draft, resumed=True)
    asyncio.run(session(again, [" "], "Session resumed"))
    with pytest.raises(KeyboardInterrupt):
        again.outcome()
    assert guided.draft.steps[1].wall == pytest.approx(84)  # 42 before, 42 after the resume


def test_an_answer_being_typed_is_in_the_draft_before_enter(card, store) -> None:
    """Ctrl-C, or a terminal closed mid-answer (input ends): nothing typed is lost."""
    clock = FakeClock()
    draft = new_draft(card, None, clock.now(), lang="en")
    draft.phase = "debrief"
    guided = GuidedRun(card, draft, clock, LineConsole(), store, None, False)
    guided.console = LineConsole(guided.keep_typing)
    with create_pipe_input() as pipe, ask.talking_to(pipe, DummyOutput()):
        pipe.send_text("Des idées fortes")
        pipe.close()  # the terminal is gone before Enter
        with pytest.raises(KeyboardInterrupt):
            guided.run()
    saved = store.latest()
    assert saved is not None and saved.typing == {"debrief.0": "Des idées fortes"}

    guided = GuidedRun(card, saved, clock, LineConsole(), store, None, False, resumed=True)
    guided.console = LineConsole(guided.keep_typing)
    with create_pipe_input() as pipe, ask.talking_to(pipe, DummyOutput()):
        pipe.send_text(" et claires\x03")  # the answer goes on where it stopped, then Ctrl-C
        with pytest.raises(TypingInterrupted) as stop:
            guided.run()
    assert stop.value.typed == "Des idées fortes et claires"
    saved = store.latest()
    assert saved is not None and saved.typing == {"debrief.0": "Des idées fortes et claires"}


def test_the_timer_is_the_same_screen_on_the_same_clock(monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    clock = FakeClock()
    timer = TimerRun(Countdown(120, clock, [60]), clock, "Pause café", bell=False)
    app = LiveApp(timer.run, "en")
    seen: list[str] = []

    async def session() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            seen.append(await until(pilot, app, "Pause café"))
            await later(pilot, app, clock, 70)
            seen.append(await until(pilot, app, "ALMOST DONE"))
            await pilot.press("space")
            seen.append(await until(pilot, app, "PAUSED"))
            await pilot.press("space", "+")
            await later(pilot, app, clock, 5)
            seen.append(await until(pilot, app, "COUNTING · ends at 14:03"))
            await pilot.press("q")
            await pilot.pause(0.1)

    asyncio.run(session())
    assert app.outcome() is False  # quit before the end
    assert timer.countdown.remaining() == pytest.approx(105)  # 120 - 70 + 60 - 5
    assert app.no_color  # NO_COLOR: Textual draws in monochrome; the state is in words
    assert "COUNTING" in seen[0] and "█" in seen[0]


def test_term_dumb_gets_the_plain_run(monkeypatch) -> None:
    import sys

    from innovkit.cli.live import at_terminal

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    for name in ("stdin", "stdout", "stderr"):
        monkeypatch.setattr(sys, name, Tty())
    monkeypatch.setenv("TERM", "xterm-256color")
    assert at_terminal()
    monkeypatch.setenv("TERM", "dumb")
    assert not at_terminal()


def test_ticking_keys_are_one_set_for_the_run_and_the_checklist_command() -> None:
    ticking = Ticking(["salle", "fiche", "minuteur"])
    assert ticking.press("down") is None and ticking.cursor == 1
    assert ticking.press(" ") == "ticked" and ticking.ticks == [False, True, False]
    assert ticking.cursor == 1  # space ticks in place, as in any checkbox list
    assert ticking.press("3") == "ticked" and ticking.ticks == [False, True, True]
    assert ticking.press("a") == "ticked" and ticking.ticks == [True, True, True]
    assert ticking.press("a") == "ticked" and ticking.ticks == [False, False, False]
    assert ticking.press("up") is None and ticking.cursor == 0
    assert ticking.press("enter") == "done" and ticking.press("q") == "quit"


def test_checklist_interactive_ticks_on_the_run_s_checklist_screen() -> None:
    phases = [("Avant la séance", ["Réserver la salle", "Imprimer"]), ("Après", ["Ranger"])]
    app = LiveApp(ticking_work("« cadran total »", phases, lang="fr"), "fr")
    seen: list[str] = []

    async def session() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            seen.append(await until(pilot, app, "Avant la séance — cochez ce qui est fait"))
            await pilot.press("down", "space", "enter")
            seen.append(await until(pilot, app, "Après — cochez ce qui est fait"))
            await pilot.press("a", "enter")
            await pilot.pause(0.1)

    asyncio.run(session())
    assert app.outcome() == [[False, True], [True]]
    assert "[ ] 1. Réserver la salle" in seen[0] and "espace pour cocher" in seen[0]
    assert "Avant la séance\u00a0: 1 sur 2 coché(s)" in seen[1]


WINDOW_BUTTONS = {"#28c840", "#febc2e", "#ff5f57"}  # the screenshot's own window decoration


def colours_on_screen(no_color: bool, monkeypatch) -> set[str]:
    """The colours (not greys) of the timer's screen, from Textual's SVG screenshot."""
    import re

    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    clock = FakeClock()
    app = LiveApp(TimerRun(Countdown(120, clock), clock, "Pause", bell=False).run, "en")
    found: set[str] = set()

    async def session() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, app, "COUNTING")
            svg = app.export_screenshot()
            for colour in set(re.findall(r"#[0-9a-fA-F]{6}", svg)) - WINDOW_BUTTONS:
                red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
                if max(red, green, blue) - min(red, green, blue) > 24:
                    found.add(colour)
            await pilot.press("q")

    asyncio.run(session())
    return found


def test_no_color_draws_in_greys_and_says_the_state_in_words(monkeypatch) -> None:
    assert colours_on_screen(False, monkeypatch)  # green while counting
    assert colours_on_screen(True, monkeypatch) == set()
