"""Honest hours in the run: what it measured is recorded (each step, and the total) and what
it already knows is proposed — point-silence's « Durée du silence » is the silence it timed,
confirmed with Enter rather than typed again."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from innovkit.cards.catalogue import load_catalogue
from innovkit.live.capture import capture_fields, measured_answers
from innovkit.live.guide import DraftStore, Finished, GuidedRun, Question, new_draft


class Clock:
    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return datetime(2026, 11, 3, 14, 0).astimezone() + timedelta(seconds=self.seconds)


class EnterEverywhere:
    """Keys given in advance (a number: seconds passing), and Enter alone to every question."""

    def __init__(self, clock: Clock, keys: list[Any]) -> None:
        self.clock, self.keys = clock, list(keys)
        self.questions: list[Question] = []

    def show(self, screen: Any) -> None:
        pass

    def key(self, timeout: float | None) -> str | None:
        item = self.keys.pop(0)
        if isinstance(item, (int, float)):
            self.clock.seconds += item
            return None
        return item

    def ask(self, question: Question) -> str:
        self.questions.append(question)
        # A required question without a proposed answer is asked again and again: stop there.
        assert self.questions.count(question) < 3, f"asked again and again: {question.label}"
        return ""

    def ring(self) -> None:
        pass


def test_the_timed_silence_is_the_proposed_answer_and_is_recorded(tmp_path: Path) -> None:
    card = load_catalogue().tools["point-silence"]
    clock = Clock()
    # welcome, settle: at once; the silence: 9 min 40 s; the rest at once.
    keys: list[Any] = ["enter", "n", "n", 580, "n", "n", "n", "n"]
    console = EnterEverywhere(clock, keys)
    draft = new_draft(card, None, clock.now(), lang="en")
    store = DraftStore(tmp_path / "drafts")

    def record(card: Any, draft: Any) -> Any:
        from innovkit.live.capture import session_from_draft

        return session_from_draft(card, draft)

    result = GuidedRun(card, draft, clock, console, store, record, bell=False).run()
    assert isinstance(result, Finished)
    (asked,) = [q for q in console.questions if q.key == "outcome.silence_minutes"]
    assert asked.default == "10"  # 9 min 40 s, to the minute
    session = result.session
    assert session.outcomes["silence_minutes"] == 10
    # planned for point silence's typical group (21 people): 19 min
    assert session.actual_minutes == 10 and session.planned_minutes == 19
    silence = next(t for t in session.step_timings if t.step_id == "silence")
    assert (silence.planned_seconds, silence.actual_seconds) == (7 * 60, 580)


def test_only_a_step_timed_gives_a_proposed_answer() -> None:
    card = load_catalogue().tools["point-silence"]
    draft = new_draft(card, None, datetime(2026, 11, 3, 14, 0).astimezone(), lang="en")
    assert measured_answers(card, draft) == {}  # not timed yet: nothing to propose
    silence = next(step for step in draft.steps if step.step_id == "silence")
    silence.wall = 20.0
    assert measured_answers(card, draft) == {"outcome.silence_minutes": "1"}  # at least 1
    silence.skipped = True
    assert measured_answers(card, draft) == {}
    fields = {field.key: field for field in capture_fields(card, draft)}
    assert fields["outcome.silence_minutes"].default is None


def test_a_session_without_a_recorded_duration_is_listed_as_planned(cli: Any) -> None:
    planned = cli(
        "journal",
        "add",
        "audace-up",
        "-d",
        "2026-11-03",
        "--outcome",
        "dares=Oser",
        "--outcome",
        "zone=stretch",
        "--outcome",
        "report_back=2026-11-24",
        "--no-input",
    )
    timed = cli("journal", "add", "point-silence", "-d", "2026-11-04", "--minutes", "25",
                "--outcome", "silence_minutes=10", "--no-input")  # fmt: skip
    assert planned.exit_code == 0 and timed.exit_code == 0, (planned, timed)
    french = cli("journal", "list", "--lang", "fr").stdout.splitlines()
    # planned for audace up's typical group (13 people): 47 min
    assert french[1].endswith("47 min prévues") and "prévu" not in french[2]
    assert french[2].endswith("25 min")
    english = cli("journal", "list", "--lang", "en").stdout.splitlines()
    assert english[1].endswith("47 min planned") and "planned" not in english[2]
    shown = cli("journal", "show", planned.stdout.strip()[:8], "--lang", "fr").stdout
    assert "Durée\u00a0: 47 min prévues" in shown
