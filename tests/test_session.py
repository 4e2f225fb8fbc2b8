"""The guided run driven by scripted keys and answers on a fake clock: no sleeping, no terminal."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from innovkit.cards.files import load_card
from innovkit.cards.model import Card
from innovkit.journal.store import Journal
from innovkit.live.capture import session_from_draft
from innovkit.live.guide import (
    ChecklistScreen,
    Draft,
    DraftStore,
    Finished,
    GuidedRun,
    Heading,
    Question,
    StepScreen,
    Stopped,
    TypingInterrupted,
    fit_to_card,
    new_draft,
    parse_yes_no,
)

DATA = Path(__file__).resolve().parent / "data" / "live"


class FakeClock:
    def __init__(self) -> None:
        self.seconds = 5000.0
        self.start = datetime(2026, 11, 3, 14, 0, 0).astimezone()

    def __call__(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.seconds - 5000.0)


class SimulatedCrash(Exception):
    """The program dies in the middle of something (a bug, a closed terminal)."""


@dataclass
class Wait:
    seconds: float


@dataclass
class Do:
    """Run ``action`` at this point of the key script (to look at the disk mid-run)."""

    action: Callable[[], None]


CRASH = object()


@dataclass
class CtrlC:
    """Ctrl-C while ``typed`` is on the answer line, not yet validated with Enter."""

    typed: str


class ScriptedConsole:
    """Keys (with waits) and answers given in advance; records what the run showed."""

    def __init__(self, clock: FakeClock, keys: list[Any], answers: list[Any] = ()) -> None:
        self.clock = clock
        self.keys = list(keys)
        self.answers = list(answers)
        self.screens: list[Any] = []
        self.questions: list[Question] = []
        self.rings = 0

    def show(self, screen: Any) -> None:
        self.screens.append(screen)

    def key(self, timeout: float | None) -> str | None:
        while self.keys and isinstance(self.keys[0], Do):
            self.keys.pop(0).action()
        if not self.keys:
            raise AssertionError("the run wanted a key but the script is over")
        item = self.keys[0]
        if item is CRASH:
            self.keys.pop(0)
            raise SimulatedCrash
        if isinstance(item, Wait):
            step = item.seconds if timeout is None else min(item.seconds, timeout)
            self.clock.seconds += step
            item.seconds -= step
            if item.seconds <= 1e-9:
                self.keys.pop(0)
            return None
        return self.keys.pop(0)

    def ask(self, question: Question) -> str:
        self.questions.append(question)
        if not self.answers:
            raise AssertionError(f"no answer scripted for {question.key}")
        answer = self.answers.pop(0)
        if answer is CRASH:
            raise SimulatedCrash
        if isinstance(answer, CtrlC):
            raise TypingInterrupted(answer.typed)
        return answer

    def ring(self) -> None:
        self.rings += 1

    def step_screens(self) -> list[StepScreen]:
        return [s for s in self.screens if isinstance(s, StepScreen)]


@pytest.fixture
def card() -> Card:
    return load_card(DATA / "mini-atelier.yaml")


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite3"


def recorder(journal_path: Path) -> Callable[[Card, Draft], Any]:
    def record(card: Card, draft: Draft) -> Any:
        with Journal(journal_path) as journal:
            return journal.add(session_from_draft(card, draft))

    return record


# An answer for each question after the debrief, blank where allowed.
DEBRIEF = ["Beaucoup de choses", ""]
OUTCOMES = [
    "9",  # participants
    "Camille",  # facilitator
    "",  # co-facilitators: none
    "Voirie",  # services: one…
    "",  # …and the end of the list
    "",  # setting: the card's only one, proposed
    "4",  # satisfaction
    "7",  # outcome: number of ideas (required)
    "",  # energy scale: blank
    "2026-12-01",  # next session
    "calme",  # words: a list
    "curieux",
    "",
    "2",  # format: the second choice
    "",  # ideas
    "",  # decisions
    "Rédiger le compte rendu; Camille; 2026-11-10",  # actions
    "",
    "Très bonne séance",  # notes
    "",  # tags
]


def make_run(
    card: Card,
    store: DraftStore,
    clock: FakeClock,
    console: ScriptedConsole,
    journal_path: Path,
    variant: str | None = None,
    draft: Draft | None = None,
    **options: Any,
) -> GuidedRun:
    draft = draft or new_draft(
        card, variant, clock.now(), lang="en", participants=options.pop("people", None)
    )
    return GuidedRun(card, draft, clock, console, store, recorder(journal_path), **options)


def test_a_whole_run_goes_into_the_journal_with_its_step_timings(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    keys = [
        " ",  # tick the first checklist item
        "down",
        " ",
        "enter",  # start
        Wait(130),
        "n",  # step 1 took 130 s (planned 120)
        Wait(60),
        "+",  # one more minute for the pairs
        Wait(400),
        "n",  # step 2: 460 s, extended by 60
        "s",  # step 3 skipped at once
    ]
    console = ScriptedConsole(clock, keys, DEBRIEF + OUTCOMES)
    result = make_run(card, store, clock, console, journal_path, people=9).run()

    assert isinstance(result, Finished)
    assert store.drafts() == []  # recorded: the draft is gone
    with Journal(journal_path) as journal:
        session = journal.get(result.draft.session_id[:8])
    timings = [
        (t.step_id, t.planned_seconds, t.actual_seconds, t.extended_seconds, t.skipped)
        for t in session.step_timings
    ]
    assert timings == [
        ("accueil", 120, 130, 0, False),
        ("travail", 300, 460, 60, False),
        ("cloture", 60, 0, 0, True),
    ]
    assert session.tool == "mini-atelier" and session.tool_version == 2
    assert session.start.isoformat() == "14:00:00"
    assert session.planned_minutes == 8 and session.actual_minutes == 10
    assert session.participants == 9 and session.facilitator == "Camille"
    assert session.services == ["Voirie"] and session.setting == "indoor"
    assert session.satisfaction == 4
    assert session.outcomes == {
        "idees": 7,
        "suite": "2026-12-01",
        "mots": ["calme", "curieux"],
        "format": "visio",
    }
    assert [(a.text, a.owner, a.due.isoformat()) for a in session.actions] == [
        ("Rédiger le compte rendu", "Camille", "2026-11-10")
    ]
    assert session.notes.startswith("Très bonne séance")
    assert "Qu’avez-vous appris ?" in session.notes and "Beaucoup de choses" in session.notes
    assert "Que changeriez-vous" not in session.notes  # skipped questions leave no trace
    # the participants count given on the command line was offered as the default
    assert console.questions[2].key == "participants" and console.questions[2].default == "9"


def test_only_the_required_answers_are_needed(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    answers = ["", ""] + [""] * 30
    answers[2 + 6] = "3"  # the number of ideas, the one required field (after 6 common ones)
    console = ScriptedConsole(clock, ["enter", "n", "n", "n"], answers)
    result = make_run(card, store, clock, console, journal_path).run()
    assert isinstance(result, Finished)
    session = result.session
    assert session.outcomes == {"idees": 3}
    assert session.participants is None and session.services == [] and session.notes == ""
    assert session.setting == "indoor"  # the card's only setting, proposed and accepted


def test_the_checklist_ticks_are_saved_as_they_are_ticked(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    console = ScriptedConsole(clock, ["2", "3", "2", "q"], ["y"])
    result = make_run(card, store, clock, console, journal_path).run()
    assert isinstance(result, Stopped) and result.kept
    saved = store.latest("mini-atelier")
    assert saved is not None and saved.checklist == [False, False, True]
    last = [s for s in console.screens if isinstance(s, ChecklistScreen)][-1]
    assert [ticked for _, ticked in last.items] == [False, False, True]


def test_back_returns_to_the_previous_step_and_adds_to_its_time(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    keys = ["enter", Wait(30), "n", Wait(20), "b", Wait(10), "n", Wait(15), "n", "n"]
    console = ScriptedConsole(clock, keys, DEBRIEF + OUTCOMES)
    result = make_run(card, store, clock, console, journal_path).run()
    assert isinstance(result, Finished)
    assert [s.visits for s in result.draft.steps] == [2, 2, 1]
    with Journal(journal_path) as journal:
        timings = journal.get(result.draft.session_id).step_timings
    assert [(t.step_id, t.actual_seconds, t.skipped) for t in timings] == [
        ("accueil", 40, False),
        ("travail", 35, False),
        ("cloture", 0, False),
    ]
    # going back to step 1 showed it as the current step again, its countdown where it was
    back = [s for s in console.step_screens() if s.number == 1][-1]
    assert back.remaining == pytest.approx(120 - 40)


def test_pause_stops_the_countdown_but_the_step_time_counts_what_the_group_spent(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    keys = ["enter", Wait(10), " ", Wait(50), " ", Wait(20), "n", "n", "n"]
    console = ScriptedConsole(clock, keys, ["", ""])
    run = make_run(card, store, clock, console, journal_path)
    run.draft.record = False
    result = run.run()
    first = result.draft.steps[0]
    assert first.active == pytest.approx(30)  # the countdown stood still for 50 s
    assert first.wall == pytest.approx(80)
    paused = [s for s in console.step_screens() if s.paused]
    assert paused and all(s.remaining == pytest.approx(110) for s in paused)
    # while paused the schedule slips: the plan is now behind
    assert paused[-1].drift == pytest.approx(50, abs=1.5)


def test_schedule_says_ahead_or_behind_after_extend_and_skip(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    keys = ["enter", "+", "+", Wait(1), "n", "s", Wait(1), "q", "n"]
    console = ScriptedConsole(clock, keys, ["y"])
    result = make_run(card, store, clock, console, journal_path, variant="courte").run()
    assert isinstance(result, Stopped)
    screens = console.step_screens()
    on_first = [s for s in screens if s.number == 1]
    assert on_first[-1].drift == pytest.approx(120, abs=1)  # two minutes added
    assert on_first[-1].projected_end == on_first[-1].now + timedelta(seconds=179 + 120 + 60)
    on_last = [s for s in screens if s.number == 3][-1]
    # step 1 took 1 s of its 60, step 2 (120 s) skipped at once: well ahead of the plan
    assert on_last.drift == pytest.approx(-(59 + 120) + 1, abs=1)
    assert [r.status for r in on_last.rows] == ["done", "skipped", "current"]
    assert on_last.rows[1].start == on_last.rows[0].start + timedelta(minutes=1)
    assert on_last.planned_end == clock.start + timedelta(minutes=4)


def test_the_end_of_a_step_rings_once_and_shows_the_overtime(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    keys = ["enter", Wait(100), "n", "n", "n"]
    console = ScriptedConsole(clock, keys, ["", ""])
    run = make_run(card, store, clock, console, journal_path, variant="courte")
    run.draft.record = False
    run.run()
    first = [s for s in console.step_screens() if s.number == 1]
    assert console.rings == 1
    assert {s.alert for s in first} == {"counting", "warning", "over"}
    assert first[-1].overtime == pytest.approx(40)
    assert first[-1].remaining == 0
    # about one screen per second: the loop sleeps until the shown second changes
    assert 95 <= len(first) <= 110


def test_without_the_bell_nothing_rings(card: Card, store: DraftStore, journal_path: Path) -> None:
    clock = FakeClock()
    console = ScriptedConsole(clock, ["enter", Wait(100), "q", "n"], ["n"])
    make_run(card, store, clock, console, journal_path, variant="courte", bell=False).run()
    assert console.rings == 0


def test_a_crash_mid_step_then_resume_restores_step_time_and_ticks(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    console = ScriptedConsole(clock, ["1", "enter", Wait(45), "n", Wait(75), "+", Wait(3), CRASH])
    with pytest.raises(SimulatedCrash):
        make_run(card, store, clock, console, journal_path).run()

    clock.seconds += 3600  # the laptop stays closed for an hour
    draft = store.latest("mini-atelier")
    assert draft is not None
    assert draft.phase == "steps" and draft.current == 1
    assert draft.checklist == [True, False, False]
    assert draft.steps[0].wall == pytest.approx(45)
    assert draft.steps[1].active == pytest.approx(78)
    assert draft.steps[1].extended == pytest.approx(60)

    keys = [Wait(30), " ", Wait(10), "n", Wait(5), "n"]
    console = ScriptedConsole(clock, keys, DEBRIEF + OUTCOMES)
    result = make_run(card, store, clock, console, journal_path, draft=draft, resumed=True).run()
    assert isinstance(result, Finished)
    first = console.step_screens()[0]
    assert first.number == 2 and first.paused and first.notice
    assert first.remaining == pytest.approx(300 + 60 - 78)
    timings = {t.step_id: t for t in result.session.step_timings}
    # the hour away is not counted; the 30 s paused after resuming are
    assert timings["travail"].actual_seconds == 78 + 30 + 10
    assert timings["travail"].extended_seconds == 60
    assert timings["cloture"].actual_seconds == 5


def test_a_crash_while_typing_outcomes_keeps_every_answer_already_typed(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    keys = ["enter", "n", "n", "n"]
    typed = DEBRIEF + OUTCOMES[:5]  # up to the end of the services list
    console = ScriptedConsole(clock, keys, [*typed, CRASH])
    with pytest.raises(SimulatedCrash):
        make_run(card, store, clock, console, journal_path).run()
    draft = store.latest("mini-atelier")
    assert draft is not None and draft.phase == "outcomes"
    assert draft.debrief == ["Beaucoup de choses", ""]
    assert draft.answers["participants"] == "9"
    assert draft.answers["services"] == ["Voirie"]

    console = ScriptedConsole(clock, [], OUTCOMES[5:])
    result = make_run(card, store, clock, console, journal_path, draft=draft, resumed=True).run()
    assert isinstance(result, Finished)
    assert console.questions[0].key == "setting"  # nothing asked twice
    assert result.session.participants == 9 and result.session.services == ["Voirie"]


def test_a_crash_in_the_middle_of_a_list_keeps_the_items(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    typed = DEBRIEF + OUTCOMES[:3] + ["Voirie", "Espaces verts", CRASH]
    console = ScriptedConsole(clock, ["enter", "n", "n", "n"], typed)
    with pytest.raises(SimulatedCrash):
        make_run(card, store, clock, console, journal_path).run()
    draft = store.latest("mini-atelier")
    assert draft.answers["services"] == ["Voirie", "Espaces verts"]
    console = ScriptedConsole(clock, [], ["Culture", *OUTCOMES[4:]])
    result = make_run(card, store, clock, console, journal_path, draft=draft, resumed=True).run()
    assert console.questions[0].key == "services" and console.questions[0].item == 3
    assert result.session.services == ["Voirie", "Espaces verts", "Culture"]


def test_ctrl_c_while_typing_a_debrief_answer_keeps_it_for_the_resume(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    console = ScriptedConsole(clock, ["enter", "n", "n", "n"], [CtrlC("Beaucoup de")])
    with pytest.raises(KeyboardInterrupt):
        make_run(card, store, clock, console, journal_path).run()
    draft = store.latest("mini-atelier")
    assert draft is not None and draft.phase == "debrief" and draft.debrief == []
    assert draft.typing == {"debrief.0": "Beaucoup de"}  # on disk, not only in memory

    console = ScriptedConsole(clock, [], ["Beaucoup de choses", "", *OUTCOMES])
    result = make_run(card, store, clock, console, journal_path, draft=draft, resumed=True).run()
    assert isinstance(result, Finished)
    # the unfinished answer comes back on its own question's line, and only there
    assert console.questions[0].key == "debrief.0" and console.questions[0].typed == "Beaucoup de"
    assert all(q.typed == "" for q in console.questions[1:])
    assert "Beaucoup de choses" in result.session.notes
    assert result.draft.typing == {}


def test_ctrl_c_while_typing_a_list_item_keeps_it_for_that_item(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    typed = [*DEBRIEF, *OUTCOMES[:3], "Voirie", CtrlC("Espaces ve")]
    console = ScriptedConsole(clock, ["enter", "n", "n", "n"], typed)
    with pytest.raises(KeyboardInterrupt):
        make_run(card, store, clock, console, journal_path).run()
    draft = store.latest("mini-atelier")
    assert draft.answers["services"] == ["Voirie"]
    assert draft.typing == {"services.2": "Espaces ve"}

    console = ScriptedConsole(clock, [], ["Espaces verts", *OUTCOMES[4:]])
    result = make_run(card, store, clock, console, journal_path, draft=draft, resumed=True).run()
    first = console.questions[0]
    assert (first.key, first.item, first.typed) == ("services", 2, "Espaces ve")
    assert result.session.services == ["Voirie", "Espaces verts"]


def test_ctrl_c_on_an_empty_line_leaves_nothing_to_resume_from(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    console = ScriptedConsole(clock, ["enter", "n", "n", "n"], ["Vu", CtrlC("   ")])
    with pytest.raises(KeyboardInterrupt):
        make_run(card, store, clock, console, journal_path).run()
    draft = store.latest("mini-atelier")
    assert draft.debrief == ["Vu"] and draft.typing == {}


def test_a_hard_crash_loses_at_most_a_few_seconds(
    card: Card, store: DraftStore, journal_path: Path, tmp_path: Path
) -> None:
    """kill -9 or a power cut: no code runs, only what was autosaved survives."""
    clock = FakeClock()
    copy = tmp_path / "on-disk-at-the-crash.json"

    def pull_the_plug() -> None:
        shutil.copy(store.drafts()[0], copy)

    keys = ["enter", Wait(47), Do(pull_the_plug), Wait(1), "q", "n"]
    console = ScriptedConsole(clock, keys, ["n"])
    make_run(card, store, clock, console, journal_path).run()
    survived = store.load(copy)
    assert 47 - 5 <= survived.steps[0].active <= 47


def test_a_wrong_answer_is_asked_again_with_the_reason(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    answers = list(DEBRIEF + OUTCOMES)
    at = len(DEBRIEF)
    answers[at:at] = ["beaucoup"]  # participants: not a number
    position = answers.index("7")
    answers[position:position] = ["", "sept"]  # required, then not a number
    console = ScriptedConsole(clock, ["enter", "n", "n", "n"], answers)
    result = make_run(card, store, clock, console, journal_path).run()
    assert isinstance(result, Finished)
    errors = [(q.key, q.error) for q in console.questions if q.error]
    assert [key for key, _ in errors] == ["participants", "outcome.idees", "outcome.idees"]
    assert all(error and error.endswith(".") for _, error in errors)
    assert "beaucoup" in errors[0][1]
    assert result.session.participants == 9 and result.session.outcomes["idees"] == 7


def test_quit_asks_whether_to_keep_the_draft(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    console = ScriptedConsole(clock, ["enter", Wait(20), "q", "q"], ["peut-être", "c", "n"])
    result = make_run(card, store, clock, console, journal_path).run()
    assert isinstance(result, Stopped) and not result.kept
    assert store.drafts() == []
    quit_questions = [q for q in console.questions if q.key == "quit"]
    assert quit_questions[1].error and "peut-être" in quit_questions[1].error
    with Journal(journal_path) as journal:
        assert journal.count() == 0


def test_quit_keeping_the_draft_leaves_it_to_resume(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    console = ScriptedConsole(clock, ["enter", Wait(20), "n", Wait(3), "q"], [""])
    result = make_run(card, store, clock, console, journal_path).run()
    assert isinstance(result, Stopped) and result.kept
    draft = store.latest("mini-atelier")
    assert draft.current == 1 and draft.steps[1].active == pytest.approx(3)


def test_headings_come_before_the_debrief_and_the_outcomes(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    console = ScriptedConsole(clock, ["enter", "n", "n", "n"], DEBRIEF + OUTCOMES)
    make_run(card, store, clock, console, journal_path).run()
    headings = [s.title for s in console.screens if isinstance(s, Heading)]
    assert headings == ["Debrief", "Session outcomes"]
    choice = next(q for q in console.questions if q.key == "outcome.format")
    assert choice.choices == (("salle", "En salle"), ("visio", "En visio"))


def test_a_damaged_draft_is_reported_not_used(store: DraftStore) -> None:
    from innovkit.errors import InnovkitError

    store.folder.mkdir(parents=True)
    broken = store.folder / "mini-atelier-12345678.json"
    broken.write_text("{ half a draft", encoding="utf-8")
    with pytest.raises(InnovkitError, match="cannot be read"):
        store.latest("mini-atelier")
    assert broken.exists()


def test_yes_and_no_in_both_languages() -> None:
    assert parse_yes_no("Oui") and parse_yes_no("y") and not parse_yes_no("non")
    from innovkit.errors import BadInput

    with pytest.raises(BadInput):
        parse_yes_no("bof")


def test_a_skipped_step_done_after_going_back_to_it_is_not_skipped(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    keys = ["enter", "s", "b", Wait(60), "n", Wait(10), "n", "n"]
    console = ScriptedConsole(clock, keys, DEBRIEF + OUTCOMES)
    result = make_run(card, store, clock, console, journal_path).run()
    assert isinstance(result, Finished)
    timings = [(t.step_id, t.actual_seconds, t.skipped) for t in result.session.step_timings]
    assert timings == [
        ("accueil", 60, False),
        ("travail", 10, False),
        ("cloture", 0, False),
    ]


def test_a_done_step_skipped_on_a_second_visit_is_skipped(
    card: Card, store: DraftStore, journal_path: Path
) -> None:
    clock = FakeClock()
    keys = ["enter", "n", "b", "s", "n", "n"]
    console = ScriptedConsole(clock, keys, ["", ""])
    run = make_run(card, store, clock, console, journal_path)
    run.draft.record = False
    result = run.run()
    assert [s.skipped for s in result.draft.steps] == [True, False, False]


def edited_card(tmp_path: Path, *changes: tuple[str, str]) -> Card:
    """The test card with some of its text replaced, as if edited after a run began."""
    text = (DATA / "mini-atelier.yaml").read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "edited" / "mini-atelier.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return load_card(path)


NEW_STEP = """  - id: pause
    title: "Faire une pause"
    minutes: 3
    instructions: "Une pause."
    prompts: []
    tips: []
  - id: cloture"""


@pytest.mark.parametrize(
    ("before", "ticks"),
    [
        ('["Réserver la salle", "Tester le minuteur"]', [True, False]),
        (
            '["Réserver la salle", "Imprimer", "Tester", "Appeler", "Ranger"]',
            [True, False, True, False, False],
        ),
    ],
)
def test_resuming_after_the_checklist_changed_keeps_the_ticks_that_still_fit(
    card: Card, store: DraftStore, journal_path: Path, tmp_path: Path, before: str, ticks: list
) -> None:
    clock = FakeClock()
    console = ScriptedConsole(clock, ["1", "3", "q"], ["y"])
    make_run(card, store, clock, console, journal_path).run()
    draft = store.latest("mini-atelier")
    assert draft is not None and draft.checklist == [True, False, True]

    edited = edited_card(
        tmp_path,
        (
            'preparation: ["Réserver la salle", "Imprimer la fiche", "Tester le minuteur"]',
            f"preparation: {before}",
        ),
    )
    assert fit_to_card(draft, edited) is True
    assert draft.checklist == ticks
    assert draft.card_digest == edited.digest
    console = ScriptedConsole(clock, ["down", " ", "q"], ["y"])
    result = GuidedRun(edited, draft, clock, console, store, resumed=True).run()
    assert isinstance(result, Stopped)
    assert len(store.latest("mini-atelier").checklist) == len(ticks)


def test_resuming_after_the_steps_changed_maps_them_by_id(
    card: Card, store: DraftStore, journal_path: Path, tmp_path: Path
) -> None:
    clock = FakeClock()
    keys = ["enter", Wait(40), "n", Wait(70), "q"]
    make_run(card, store, clock, ScriptedConsole(clock, keys, ["y"]), journal_path).run()
    draft = store.latest("mini-atelier")
    assert draft is not None and draft.current == 1

    # "accueil" is taken out, "pause" comes in before "cloture", "travail" now lasts 6 minutes
    edited = edited_card(
        tmp_path,
        ("  - id: accueil", "  - id: bienvenue"),
        ("    minutes: 5", "    minutes: 6"),
        ("  - id: cloture", NEW_STEP),
        ("{accueil: 1, travail: 2, cloture: 1}", "{bienvenue: 1, travail: 2, cloture: 1}"),
    )
    assert fit_to_card(draft, edited) is True
    assert [s.step_id for s in draft.steps] == ["bienvenue", "travail", "pause", "cloture"]
    assert draft.current == 1 and draft.step.step_id == "travail"
    assert draft.step.wall == pytest.approx(70) and draft.step.planned == 360
    assert draft.steps[2].wall == 0 and draft.steps[2].visits == 0
    assert fit_to_card(draft, edited) is False  # once adapted, nothing more to do

    keys = [" ", Wait(20), "n", Wait(30), "n", Wait(5), "n"]
    console = ScriptedConsole(clock, keys, DEBRIEF + OUTCOMES)
    run = GuidedRun(edited, draft, clock, console, store, recorder(journal_path), resumed=True)
    result = run.run()
    assert isinstance(result, Finished)
    timings = [(t.step_id, t.actual_seconds) for t in result.session.step_timings]
    assert timings == [("travail", 90), ("pause", 30), ("cloture", 5)]


def test_resuming_when_the_current_step_and_the_variant_are_gone(
    card: Card, store: DraftStore, journal_path: Path, tmp_path: Path
) -> None:
    clock = FakeClock()
    keys = ["enter", Wait(10), "n", Wait(10), "q"]
    console = ScriptedConsole(clock, keys, ["y"])
    make_run(card, store, clock, console, journal_path, variant="courte").run()
    draft = store.latest("mini-atelier")
    assert draft is not None and draft.current == 1 and draft.variant == "courte"

    edited = edited_card(
        tmp_path,
        ("  - id: travail", "  - id: binomes"),
        ("  - id: courte", "  - id: express"),
        ("{accueil: 1, travail: 2, cloture: 1}", "{accueil: 1, binomes: 2, cloture: 1}"),
    )
    assert fit_to_card(draft, edited) is True
    assert draft.variant is None  # the whole card, rather than a variant that is no more
    assert [s.step_id for s in draft.steps] == ["accueil", "binomes", "cloture"]
    assert draft.step.step_id == "binomes" and draft.step.visits == 0


def test_answers_to_outcomes_taken_off_the_card_are_dropped(
    card: Card, store: DraftStore, journal_path: Path, tmp_path: Path
) -> None:
    clock = FakeClock()
    # up to the first word of the list of words, with a group energy of 3
    typed = DEBRIEF + OUTCOMES[:8] + ["3"] + OUTCOMES[9:11]
    console = ScriptedConsole(clock, ["enter", "n", "n", "n"], [*typed, CRASH])
    with pytest.raises(SimulatedCrash):
        make_run(card, store, clock, console, journal_path).run()
    draft = store.latest("mini-atelier")
    assert draft is not None and draft.answers["outcome.energie"] == "3"

    edited = edited_card(
        tmp_path, ('  - {id: energie, kind: scale, label: "Énergie du groupe"}\n', "")
    )
    assert fit_to_card(draft, edited) is True
    assert not any("energie" in key for key in [*draft.answers, *draft.answered])
    console = ScriptedConsole(clock, [], OUTCOMES[11:])
    run = GuidedRun(edited, draft, clock, console, store, recorder(journal_path), resumed=True)
    result = run.run()
    assert isinstance(result, Finished)
    assert result.session.outcomes["idees"] == 7


def test_a_later_moments_run_opens_on_its_own_invitation(store: DraftStore, journal_path: Path):
    """The report-back's run shows, above its checklist, the invitation of the report-back —
    what became of each dare — and not the first day's « Quel petit pas audacieux… »."""
    from innovkit.paths import builtin_cards_dir

    audace = load_card(builtin_cards_dir() / "audace-up.yaml", bilingual=True)
    clock = FakeClock()
    back = ScriptedConsole(clock, ["q"], ["y"])
    make_run(audace.at_moment("report-back"), store, clock, back, journal_path).run()
    notes = " ".join(next(s for s in back.screens if isinstance(s, ChecklistScreen)).notes)
    assert "Report-back, the invitation to say as you open: A few weeks ago" in notes
    assert "fortnight" not in notes
    first = ScriptedConsole(clock, ["q"], ["y"])
    make_run(audace, store, clock, first, journal_path).run()
    assert not next(s for s in first.screens if isinstance(s, ChecklistScreen)).notes
