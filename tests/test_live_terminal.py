"""The terminal side of the live session: keys, big digits, screens, the timer loop."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta

import pytest
from rich.console import Console

from innovkit.cards.catalogue import load_catalogue
from innovkit.cards.model import Card
from innovkit.cli import bigclock
from innovkit.cli.screen import ScreenConsole
from innovkit.cli.stepview import drift_text, step_view, text_width
from innovkit.cli.textview import checklist_view, text_lines, text_view
from innovkit.cli.timerview import clock_time, timer_view
from innovkit.i18n import quoted, tr
from innovkit.live.guide import ChecklistScreen, Question, ScheduleRow, StepScreen
from innovkit.live.timer import Countdown, TimerRun


class FakeClock:
    def __init__(self) -> None:
        self.seconds = 100.0

    def __call__(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return datetime(2026, 11, 3, 14, 0) + timedelta(seconds=self.seconds - 100)


# --------------------------------------------------------------------------- big digits


def test_big_digits_are_five_lines_per_scale_and_fit() -> None:
    lines = bigclock.draw("12:34", 2)
    assert len(lines) == 10 == bigclock.height(2)
    assert {len(line) for line in lines} == {bigclock.width("12:34", 2)}
    assert bigclock.fit_scale("12:34", 80, 24) == 2
    assert bigclock.fit_scale("12:34", 200, 60) == 5
    assert bigclock.fit_scale("1:30:00", 40, 10) == 1  # never smaller than 1


def test_small_digits_take_three_lines_of_half_blocks() -> None:
    lines = bigclock.draw("10:05", 0)
    assert len(lines) == 3 == bigclock.height(0)
    assert {len(line) for line in lines} == {bigclock.width("10:05", 0)}
    assert bigclock.width("10:05", 0) * 2 == bigclock.width("10:05", 1)
    # the top row of "1" is its middle pixel, with the upper half of the second row under it
    assert lines[0][:3] == "▄█ "
    assert set("".join(lines)) <= {"█", "▀", "▄", " "}


def test_the_timer_screen_says_its_state_in_words_without_colour() -> None:
    clock = FakeClock()
    countdown = Countdown(120, clock, warnings=[60])
    timer = TimerRun(countdown, clock, "Pause café")
    console = Console(record=True, width=80, height=24, no_color=True, file=io.StringIO())
    console.print(timer_view(timer.screen(), 80, 24, "en"))
    clock.seconds += 70
    timer.warned = 60
    console.print(timer_view(timer.screen(), 80, 24, "en"))
    text = console.export_text()
    assert "Pause café" in text
    assert "COUNTING · ends at 14:02" in text
    assert "ALMOST DONE: under 1 min left" in text
    assert "█" in text and "space: pause" in text


# --------------------------------------------------------------------------- the run's screens


def screen(**changes) -> StepScreen:
    start = datetime(2026, 11, 3, 14, 0)
    rows = (
        ScheduleRow(1, "Accueillir", 120, start, "done", 150),
        ScheduleRow(2, "Travailler en binômes", 300, start + timedelta(minutes=2), "current", 40),
        ScheduleRow(3, "Clore", 60, start + timedelta(minutes=7), "todo", 0),
    )
    values = dict(
        tool="« mini atelier »",
        variant=None,
        number=2,
        count=3,
        title="Travailler en binômes",
        instructions="Formez des binômes et laissez-les échanger.",
        prompts=("Trouvez un binôme.",),
        tips=("Circulez entre les groupes.",),
        remaining=260,
        overtime=0,
        paused=False,
        alert="counting",
        rows=rows,
        drift=30,
        planned_end=start + timedelta(minutes=8),
        projected_end=start + timedelta(minutes=8, seconds=30),
        now=start + timedelta(minutes=3),
    )
    values.update(changes)
    return StepScreen(**values)


def render(view, width: int = 120, height: int = 40) -> str:
    console = Console(record=True, width=width, height=height, no_color=True, file=io.StringIO())
    console.print(view)
    return console.export_text()


def test_a_step_screen_shows_the_step_the_countdown_and_the_schedule() -> None:
    text = render(step_view(screen(), 120, 40, lang="en"))
    assert "Step 2 of 3" in text and "Travailler en binômes" in text
    assert "Formez des binômes" in text and "“Trouvez un binôme.”" in text
    assert "Tip: Circulez" in text
    assert "RUNNING" in text
    assert "Schedule" in text and "✓ 14:00  1. Accueillir" in text and "▶ 14:02  2." in text
    assert "Planned end 14:08 · expected 14:08 · on time" in text  # the same minute shown
    assert "n: next" in text and "q: quit" in text


def test_the_schedule_says_for_how_many_people_its_times_are_computed() -> None:
    for width, height in ((120, 40), (80, 24)):
        english = render(step_view(screen(group=12), width, height, lang="en"), width, height)
        assert "For 12 people · planned end 14:08 · expected 14:08" in english
        french = render(step_view(screen(group=12), width, height, lang="fr"), width, height)
        assert "Pour 12 personnes · fin prévue 14\u00a0h\u00a008" in french
    assert "For 1 person ·" in render(step_view(screen(group=1), 120, 40, lang="en"))


def test_a_run_s_screen_is_timed_for_the_session_s_group_else_the_card_s_typical_one() -> None:
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.live.guide import new_draft
    from innovkit.live.screens import step_screen
    from innovkit.live.timer import Countdown

    card = load_catalogue().tools["audace-up"]
    start = datetime(2026, 11, 3, 14, 0)
    for people, group in ((None, card.typical), (18, 18)):
        draft = new_draft(card, None, start, "", people, lang="fr")
        countdown = Countdown(draft.step.planned, clock=lambda: 0.0)
        assert step_screen(card, draft, countdown, start).group == group


def test_a_narrow_screen_keeps_the_schedule_on_one_line_with_its_clock_times() -> None:
    text = render(step_view(screen(), 80, 24, lang="en"), 80, 24)
    assert "✓ 1. 14:00 Accueillir  ▶ 2. 14:02 Travailler en binômes  · 3. 14:07 Clore" in text
    assert "q: quit" in text  # the keys stay at the bottom, whatever the length of the step


def test_paused_and_over_time_are_written_out() -> None:
    assert "PAUSED · space to resume" in render(step_view(screen(paused=True), 120, 40, lang="en"))
    over = render(step_view(screen(alert="over", remaining=0, overtime=75), 120, 40, lang="en"))
    assert "STEP OVER TIME BY 1:15" in over


def test_the_quit_question_replaces_the_keys_line() -> None:
    question = Question("quit", "Keep the draft to resume later?", help="y: keep it")
    text = render(step_view(screen(), 120, 40, question, lang="en"))
    assert "Keep the draft to resume later?" in text and "n: next" not in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_key_legend_names_every_key_of_a_step(lang: str) -> None:
    keys = tr("live.run_keys", lang).replace("\u00a0", " ")
    space = "espace" if lang == "fr" else "space"
    for key in ("n", "b", space, "+", "-", "s", "t", "q"):
        assert re.search(rf"(^|\s){re.escape(key)}( /|:| :)", keys), key


def test_drift_is_said_in_whole_minutes() -> None:
    assert drift_text(0, lang="en") == "on time"
    assert drift_text(2, lang="en") == "2 min behind"
    assert drift_text(-1, lang="en") == "1 min ahead"


@pytest.mark.parametrize(
    ("planned", "expected", "said"),
    [
        ((10, 34, 40), (10, 34, 10), "expected 10:34 · on time"),  # 30 s ahead, same minute
        ((10, 34, 10), (10, 34, 50), "expected 10:34 · on time"),
        ((10, 34, 40), (10, 33, 50), "expected 10:33 · 1 min ahead"),  # 50 s, a minute apart
        ((10, 34, 0), (10, 35, 0), "expected 10:35 · 1 min behind"),
        ((10, 34, 59), (10, 36, 1), "expected 10:36 · 2 min behind"),
    ],
)
def test_ahead_or_behind_agrees_with_the_times_shown(planned, expected, said) -> None:
    """« estimée 10 h 34 · 1 min d'avance » with both times at 10 h 34 cannot happen."""
    day = datetime(2026, 11, 3)
    planned_end, projected_end = (
        day.replace(hour=h, minute=m, second=s) for h, m, s in (planned, expected)
    )
    shown = screen(
        planned_end=planned_end,
        projected_end=projected_end,
        drift=(projected_end - planned_end).total_seconds(),
    )
    text = render(step_view(shown, 120, 40, lang="en"))
    assert f"Planned end {planned_end:%H:%M} · {said}" in text
    french = render(step_view(shown, 120, 40, lang="fr"))
    if "on time" in said:
        assert "à l’heure" in french and "avance" not in french and "retard" not in french


def test_the_checklist_screen_counts_the_ticks() -> None:
    view = checklist_view(
        ChecklistScreen("« mini atelier »", (("Salle", True), ("Fiche", False)), 1), lang="en"
    )
    text = render(view)
    assert "(1 of 2 ticked)" in text
    assert "[x] 1. Salle" in text and "[ ] 2. Fiche" in text


# --------------------------------------------------------------------------- every tool, every size

SIZES = [(80, 24), (100, 32), (130, 45)]


def card_screen(card: Card, number: int, lang: str, **changes) -> StepScreen:
    """The screen of step ``number`` of ``card`` as the run shows it, the whole card planned."""
    start = datetime(2026, 11, 3, 14, 0)
    rows, offset = [], 0
    for index, step in enumerate(card.steps, 1):
        status = "current" if index == number else "done" if index < number else "todo"
        when = start + timedelta(minutes=offset)
        rows.append(ScheduleRow(index, step.title(lang), step.minutes * 60, when, status, 0))
        offset += step.minutes
    step = card.steps[number - 1]
    values = dict(
        tool=card.name(lang),
        variant=None,
        number=number,
        count=len(card.steps),
        title=step.title(lang),
        instructions=step.instructions(lang).strip(),
        prompts=tuple(p(lang) for p in step.prompts),
        tips=tuple(t(lang) for t in step.tips),
        remaining=step.minutes * 60 - 5,
        overtime=0,
        paused=False,
        alert="counting",
        rows=tuple(rows),
        drift=0,
        planned_end=start + timedelta(minutes=offset),
        projected_end=start + timedelta(minutes=offset),
        now=start,
    )
    values.update(changes)
    return StepScreen(**values)


def words(text: str) -> str:
    """``text`` with every run of spaces (line ends, indents, non-breaking spaces) as one."""
    return " ".join(text.split())


def check_step_screen(text: str, screen: StepScreen, width: int, height: int, lang: str) -> None:
    """What a facilitator must always see on a step screen, whatever its size."""
    lines = text.split("\n")[:-1]
    assert len(lines) == height, "the screen is taller than the window: its end is cut"
    assert all(len(line) <= width for line in lines)
    assert tr("live.step_of", lang, number=screen.number, count=screen.count) in lines[0]
    assert any(set(line.strip()) <= set("█▀▄ ") and line.strip() for line in lines[1:6])
    # the step's text, read in its own column (the schedule may sit beside it)
    column = words("\n".join(line[: text_width(width)] for line in lines))
    assert words(screen.title) in column
    for prompt in screen.prompts:
        assert words(quoted(prompt, lang)) in column, f"a sentence to say is missing: {prompt}"
    full = words(screen.instructions) in column
    missing = [tip for tip in screen.tips if words(tip) not in column]
    marker = "press t" if lang == "en" else "touche t"
    if not full:
        assert "…" in column and marker in column
    if missing:
        count = f"{len(missing)} tip" if lang == "en" else f"{len(missing)} conseil"
        assert count in column and marker in column
    if full and not missing:
        assert marker not in column
    # the schedule, and every key with q last
    if width >= 100:
        assert tr("live.schedule_heading", lang) in text
        assert re.search(rf"▶ \d+\W+\w*\W*\d+  {screen.number}\. ", text)
    else:
        assert f"▶ {screen.number}." in text
        strip = words(text)
        for row in screen.rows:  # each step keeps its planned clock time (the README's promise)
            assert words(f"{row.number}. {clock_time(row.start, lang)}") in strip, row
    bottom = words("\n".join(lines[-3:]))
    assert all(words(item) in bottom for item in tr("live.run_keys", lang).split("   "))
    assert words(lines[-1]).endswith(words(tr("live.run_keys", lang).split("   ")[-1]))


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_step_of_every_tool_shows_every_sentence_to_say_and_the_keys(
    lang: str, width: int, height: int
) -> None:
    catalogue = load_catalogue()
    assert len(catalogue.tools) == 12
    for card in catalogue.tools.values():
        for number in range(1, len(card.steps) + 1):
            screen = card_screen(card, number, lang)
            text = render(step_view(screen, width, height, lang=lang), width, height)
            check_step_screen(text, screen, width, height, lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_over_time_after_a_resume_the_longest_steps_still_fit(
    lang: str, width: int, height: int
) -> None:
    """The widest countdown and the resume notice take more room: nothing to say is lost."""
    for card in load_catalogue().tools.values():
        longest = max(
            range(1, len(card.steps) + 1),
            key=lambda n: len(text_lines(card_screen(card, n, lang), width, lang)),
        )
        screen = card_screen(
            card,
            longest,
            lang,
            remaining=0,
            overtime=12 * 60 + 34,
            alert="over",
            notice=tr("live.resumed_notice", lang),
        )
        text = render(step_view(screen, width, height, lang=lang), width, height)
        check_step_screen(text, screen, width, height, lang)
        assert "+12:34" in text or "TIME BY 12:34" in text or "DÉPASSÉ DE 12:34" in text
        assert words(tr("live.resumed_notice", lang)) in words(text)


def test_the_digits_shrink_before_the_text_is_cut() -> None:
    card = load_catalogue().tools["audace-up"]
    screen = card_screen(card, 1, "en")
    tall = render(step_view(screen, 130, 45, lang="en"), 130, 45)
    short = render(step_view(screen, 100, 32, lang="en"), 100, 32)
    digit_lines = [
        sum(1 for line in text.splitlines() if set(line.strip()) <= set("█▀▄ ") and line.strip())
        for text in (tall, short)
    ]
    assert digit_lines[0] > digit_lines[1] >= 3
    # at 100×32 the smaller digits leave room for all the instructions
    column = words("\n".join(line[: text_width(100)] for line in short.splitlines()))
    assert words(screen.instructions) in column


def test_a_cut_step_says_how_many_tips_are_left_out() -> None:
    card = load_catalogue().tools["audace-up"]
    screen = card_screen(card, 1, "fr")
    text = render(step_view(screen, 100, 32, lang="fr"), 100, 32)
    assert "+ 2 conseils\u00a0: touche t" in text
    text = render(step_view(screen, 80, 24, lang="en"), 80, 24)
    assert "… rest of the instructions and 2 tips: press t" in text


def test_the_whole_text_of_a_step_scrolls_to_its_last_tip() -> None:
    card = load_catalogue().tools["point-silence"]
    screen = card_screen(card, 1, "en")
    view, last = text_view(screen, 80, 24, 0, lang="en")
    first = render(view, 80, 24)
    assert last > 0
    assert "Step 1 of 6" in first and "RUNNING" in first  # the countdown goes on meanwhile
    assert "Instructions" in first and words(screen.instructions) in words(first)
    assert "lines 1–" in first and "back to the step" in first
    view, end = text_view(screen, 80, 24, 999, lang="en")  # too far: the last screenful
    bottom = render(view, 80, 24)
    assert end == last
    assert f"of {len(text_lines(screen, 80, 'en'))}" in bottom
    for tip in screen.tips:
        assert words(tip) in words(bottom)
    assert len(bottom.split("\n")[:-1]) == 24


class ListKeys:
    """Keys typed one after the other; ``None`` once there are no more."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = list(keys)

    def read(self, timeout: float | None) -> str | None:
        return self.keys.pop(0) if self.keys else None


class ListApp:
    """What ``ScreenConsole`` needs of the Textual app: its keys, and where to draw."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = ListKeys(keys)
        self.drawn: list = []

    def show(self, draw) -> None:
        self.drawn.append(draw)


def test_t_shows_the_whole_text_and_leaves_the_run_keys_to_the_run() -> None:
    card = load_catalogue().tools["audace-up"]
    first, second = card_screen(card, 1, "en"), card_screen(card, 2, "en")
    app = ListApp(["t", "down", "up", " ", "q", "t", "n", "t", "escape", "q"])
    terminal = ScreenConsole(app, "en")  # type: ignore[arg-type]
    terminal.show(first)
    seen = []
    for _ in range(10):
        seen.append(terminal.key(1.0))
        terminal.show(second if "n" in seen else first)
    out = Console(file=io.StringIO(), width=80, height=24, record=True)
    for draw in app.drawn:
        out.print(draw(80, 24))
    # t, the arrows, q and Escape are the text's; space (pause) and n (next) go to the run;
    # the next step comes on its own screen; q on a step is the run's again
    assert seen == [None, None, None, " ", None, None, "n", None, None, "q"]
    assert "Instructions" in out.export_text()


def test_a_short_form_s_run_shows_the_short_form_s_own_words() -> None:
    """The guided run of ``time-out --variant short`` said the full form's « Pendant trois
    heures… » in a sixteen-minute block (found at the facilitator's third read, issue 12)."""
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.live.guide import new_draft
    from innovkit.live.screens import step_screen
    from innovkit.live.timer import Countdown

    card = load_catalogue().tools["time-out"]
    start = datetime(2026, 11, 3, 14, 0)
    short = {s.id: s for s in card.form("short")}
    draft = new_draft(card, "short", start, "", 10, lang="fr")
    countdown = Countdown(draft.step.planned, clock=lambda: 0.0)
    shown = step_screen(card, draft, countdown, start)
    assert shown.instructions == short[draft.step.step_id].instructions("fr").strip()
    full = next(s for s in card.steps if s.id == draft.step.step_id)
    assert shown.instructions != full.instructions("fr").strip()


@pytest.mark.parametrize("width", [40, 53, 67, 80, 100])
def test_the_run_never_breaks_a_french_line_at_a_non_breaking_space(width: int) -> None:
    """« », : ; ! ? stay with their words on the step screens and the step's whole text
    (Rich alone breaks at any whitespace, the non-breaking spaces included)."""
    broken = []
    for card in load_catalogue().tools.values():
        for number in range(1, len(card.steps) + 1):
            screen = card_screen(card, number, "fr")
            lines = [line.plain for line in text_lines(screen, width, "fr")]
            lines += render(step_view(screen, width, 40, lang="fr"), width, 40).split("\n")
            broken += [
                (card.id, number, line)
                for line in lines
                if line.strip().startswith(("»", ":", ";", "!", "?")) or line.rstrip().endswith("«")
            ]
    assert not broken
