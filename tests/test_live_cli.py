"""``innovkit timer`` and ``innovkit run`` without a terminal, as in a script or a pipe."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from innovkit import paths
from innovkit.live.guide import DraftStore


class SteppingClock:
    """The run's injectable clock for the command line: a sleep moves it on at once."""

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


@pytest.fixture
def clock(monkeypatch) -> SteppingClock:
    import innovkit.live.timer

    stepping = SteppingClock()
    monkeypatch.setattr(innovkit.live.timer, "SystemClock", lambda: stepping)
    return stepping


def test_timer_without_a_terminal_prints_start_warnings_and_end(cli, clock) -> None:
    result = cli("timer", "2m", "--label", "Pause", "--warn", "1m", "--warn", "30s")
    assert result.exit_code == 0, result
    assert result.stdout == ""  # talk only, on stderr
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "Pause — Timer started: 2:00, ends at 14:02.",
        "Pause — 1:00 left.",
        "Pause — 0:30 left.",
        "Pause — Time’s up (2:00).",
    ]
    # It slept on the timer's clock from event to event: to each warning, then to the end.
    assert clock.naps == pytest.approx([60, 30, 30], abs=0.01)
    assert clock.seconds == pytest.approx(1120, abs=0.01)


def test_timer_speaks_french(cli, clock) -> None:
    result = cli("timer", "90s", "--lang", "fr")
    assert result.exit_code == 0, result
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "Minuteur lancé\u00a0: 1:30, fin à 14\u00a0h\u00a001."
    assert lines[-1] == "Temps écoulé (1:30)."


def test_long_timers_warn_one_minute_before_the_end_by_default(cli, clock) -> None:
    result = cli("timer", "3m")
    assert "1:00 left." in result.stderr
    result = cli("timer", "2m")
    assert "left" not in result.stderr


@pytest.mark.parametrize("duration", ["abc", "5x", "0", "-3", "1:75"])
def test_a_bad_duration_is_one_sentence_and_exit_2(cli, duration: str) -> None:
    result = cli("timer", duration)
    assert result.exit_code == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error:")
    assert "Traceback" not in result.stderr


def test_a_warning_longer_than_the_timer_is_refused(cli) -> None:
    result = cli("timer", "5m", "--warn", "10m")
    assert result.exit_code == 2
    assert "--warn 10m" in result.stderr and "5:00" in result.stderr


def test_ctrl_c_stops_the_timer_with_130_and_the_time_elapsed(cli, clock, monkeypatch) -> None:
    def nap(seconds: float) -> None:
        clock.naps.append(seconds)
        raise KeyboardInterrupt

    monkeypatch.setattr(clock, "sleep", nap)
    result = cli("timer", "10m")
    assert result.exit_code == 130, result
    assert clock.naps == [pytest.approx(540, abs=1)]  # it slept until the warning
    assert "Timer interrupted after 0:00 (10:00 were left)." in result.stderr


def test_run_without_a_terminal_prints_the_script_and_says_so(cli) -> None:
    result = cli("run", "point-silence", "--variant", "short", "--start", "14:00")
    assert result.exit_code == 0, result
    assert "No interactive terminal" in result.stderr
    out = result.stdout
    assert "(14:00 – 14:05)" in out
    assert "1. 14:00 – 14:01  1\u00a0min  " in out
    assert "Total: 5\u00a0min — ends at 14:05" in out
    assert "DEBRIEF QUESTIONS" in out and "[ ] " in out
    # nothing interactive happened: no draft, no journal entry
    assert DraftStore(paths.drafts_dir()).drafts() == []
    assert cli("journal", "list", "--json").stdout.strip() == "[]"


def test_the_run_script_is_the_text_run_sheet(cli) -> None:
    """One text rendering of a run: ``run --no-input`` prints the ``txt`` sheet, timed."""
    args = ["point-silence", "--variant", "short", "--start", "14:00", "--lang", "en"]
    script = cli("run", *args, "--no-input", "--facilitator", "Camille").stdout
    sheet = cli("sheet", *args, "--format", "txt", "--facilitator", "Camille").stdout
    assert script == sheet


def test_run_script_in_french_keeps_french_typography(cli) -> None:
    result = cli("run", "point-silence", "--no-input", "--start", "9h30", "--lang", "fr")
    assert result.exit_code == 0, result
    assert result.stderr == ""  # --no-input asked for it: nothing to warn about
    out = result.stdout
    assert "1. 9\u00a0h\u00a030 – 9\u00a0h\u00a033" in out
    assert "«\u00a0" in out and "\u00a0»" in out
    assert "Total\u00a0: 19\u00a0min" in out and "DÉBRIEFING" in out  # for 21 people


def test_run_script_times_follow_the_plan(cli) -> None:
    from innovkit.cards.catalogue import load_catalogue

    card = load_catalogue().tools["point-silence"]
    for variant, steps in ((None, card.plan()), ("short", card.plan("short"))):
        args = ["run", card.id, "--no-input", "--start", "10:00", "--lang", "en"]
        out = cli(*args, *(["--variant", variant] if variant else [])).stdout
        minutes = sum(step.minutes for step in steps)
        assert f"(10:00 – 10:{minutes:02d})" in out
        times = re.findall(r"^  \[ \]\s+\d+\. \d\d:\d\d – \d\d:\d\d  ", out, flags=re.M)
        assert len(times) == len(steps)  # one line of clock times per step


def test_no_input_record_uses_the_options_of_journal_add(cli) -> None:
    result = cli(
        "run", "point-silence", "--variant", "short", "--no-input", "--record",
        "--date", "2026-11-03", "--start", "14:00", "--participants", "12",
        "--facilitator", "Camille", "--satisfaction", "4",
        "--outcome", "silence_minutes=2", "--tag", "test",
    )  # fmt: skip
    assert result.exit_code == 0, result
    session_id = result.stdout.strip().splitlines()[-1]
    shown = json.loads(cli("journal", "show", session_id, "--json").stdout)
    assert shown["tool"] == "point-silence" and shown["variant"] == "short"
    assert shown["participants"] == 12 and shown["satisfaction"] == 4
    assert shown["planned_minutes"] == 5 and shown["outcomes"] == {"silence_minutes": 2}


def test_no_input_record_checks_the_options_like_journal_add(cli) -> None:
    result = cli("run", "point-silence", "--no-input", "--record", "--satisfaction", "9")
    assert result.exit_code == 2
    assert "9" in result.stderr and "Traceback" not in result.stderr
    assert cli("journal", "list", "--json").stdout.strip() == "[]"


@pytest.mark.parametrize(
    "bad", [["--outcome", "nothing_like_this=3"], ["--date", "2026-13-45"], ["--minutes", "-4"]]
)
def test_no_input_record_refuses_bad_options_before_printing_the_script(cli, bad) -> None:
    result = cli("run", "point-silence", "--no-input", "--record", *bad)
    assert result.exit_code == 2, result
    assert result.stdout == ""  # no script: a pipe gets nothing rather than half a result
    assert "Traceback" not in result.stderr
    assert cli("journal", "list", "--json").stdout.strip() == "[]"


def test_record_and_no_record_contradict(cli) -> None:
    result = cli("run", "point-silence", "--no-input", "--record", "--no-record")
    assert result.exit_code == 2 and "contradict" in result.stderr


def test_resume_needs_a_terminal_and_says_only_that(cli) -> None:
    result = cli("run", "point-silence", "--resume")
    assert result.exit_code == 2
    assert result.stdout == ""  # no script printed before the refusal
    (line,) = result.stderr.strip().splitlines()  # one sentence, not the no-terminal notice too
    assert line.startswith("Error: Resuming a session needs an interactive terminal")
    result = cli("run", "cadran-total", "--resume", "--lang", "fr")
    assert result.exit_code == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "déroulé" not in result.stderr and "terminal interactif" in result.stderr


def test_resume_with_no_input_is_a_contradiction(cli) -> None:
    result = cli("run", "point-silence", "--resume", "--no-input")
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert "--resume and --no-input contradict each other" in line


def test_an_unknown_tool_or_variant_is_a_usage_error(cli) -> None:
    assert cli("run", "nothing-like-this", "--no-input").exit_code == 2
    result = cli("run", "point-silence", "--variant", "remote", "--no-input")
    assert result.exit_code == 2 and "remote" in result.stderr
    assert cli("run", "--no-input").exit_code == 2


def test_the_root_lang_option_is_kept(cli) -> None:
    result = cli("--lang", "fr", "run", "point-silence", "--no-input", "--start", "14:00")
    assert "DÉBRIEFING" in result.stdout


def test_the_configured_variant_is_the_default_when_the_tool_has_it(cli) -> None:
    cards = str(Path(__file__).resolve().parent / "data" / "live")
    assert cli("config", "set", "variant", "short").exit_code == 0
    short = cli("run", "point-silence", "--no-input", "--start", "10:00").stdout
    assert "(10:00 – 10:05)" in short
    mini = cli("--cards", cards, "run", "mini-atelier", "--no-input", "--start", "10:00")
    assert "(10:00 – 10:08)" in mini.stdout  # no "short" variant here: the whole card
    # a variant only the test card has: config accepts it where that card is in the catalogue
    assert cli("config", "set", "variant", "courte", env={"INNOVKIT_CARDS": cards}).exit_code == 0
    mini = cli("--cards", cards, "run", "mini-atelier", "--no-input", "--start", "10:00")
    assert "(10:00 – 10:04)" in mini.stdout


def test_the_end_of_run_summary_rounds_step_times_as_the_journal_shows_them(cli, capsys) -> None:
    from datetime import datetime

    from innovkit.cards.catalogue import load_catalogue
    from innovkit.cli.context import Context
    from innovkit.cli.live import _record, _report
    from innovkit.live.capture import step_seconds
    from innovkit.live.guide import Finished, new_draft

    card = load_catalogue().tools["point-silence"]
    draft = new_draft(card, "short", datetime(2026, 11, 3, 14, 0).astimezone(), lang="en")
    draft.started = "2026-11-03T14:00:00"
    walls = [8.6, 0.6, 61.5, 0.4]  # halves and fractions: where floor and round part ways
    for step, wall in zip(draft.steps, walls, strict=False):
        step.wall = step.active = wall
        step.visits = 1
    draft.phase = "done"
    context = Context(lang="en")
    session = _record(context, card, draft)
    capsys.readouterr()
    _report(card, Finished(draft, session), "en")
    summary = capsys.readouterr().err
    shown = cli("journal", "show", session.id).stdout
    for step, wall in zip(draft.steps, walls, strict=False):
        whole = step_seconds(wall)
        face = f"{whole // 60}:{whole % 60:02d}"
        assert f"{step.title}: {step_seconds(step.planned) // 60}:00 → {face}" in shown
        (row,) = [line for line in summary.splitlines() if step.title in line]
        assert row.split()[-1] == face, row  # the "Actual" column
    assert "0:09" in summary and "0:08" not in summary


def test_shell_completion_offers_tool_ids_for_run() -> None:
    env = {
        **os.environ,
        "_INNOVKIT_COMPLETE": "complete_bash",
        "COMP_WORDS": "innovkit run au",
        "COMP_CWORD": "2",
    }
    result = subprocess.run(
        [sys.executable, "-m", "innovkit"], capture_output=True, text=True, env=env, check=False
    )
    assert result.stdout.split() == ["audace-up"], result


def test_resuming_after_the_card_changed_says_so_and_adapts_the_draft(cli, monkeypatch) -> None:
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.cli import live
    from innovkit.live.guide import StepState, new_draft

    card = load_catalogue().find("point-silence")
    draft = new_draft(card, None, datetime.now().astimezone(), lang="en")
    # as saved by an older version of the card: one more checklist item, one more step
    draft.card_digest = "an older card"
    draft.checklist = [True] * (len(draft.checklist) + 1)
    draft.steps.append(StepState("gone", "A step taken out since", 60.0, wall=12.0, visits=1))
    draft.phase, draft.current = "steps", len(draft.steps) - 1
    DraftStore(paths.drafts_dir()).save(draft)
    guided: list = []
    monkeypatch.setattr(live, "at_terminal", lambda: True)
    monkeypatch.setattr(live, "_guided", lambda *args, **kwargs: guided.append(args))

    result = cli("run", "point-silence", "--resume")
    assert result.exit_code == 0, result
    assert "The card of" in result.stderr and "has changed" in result.stderr
    (resumed,) = [args[1] for args in guided]
    assert len(resumed.checklist) == len(card.checklist_phase("before"))
    assert [s.step_id for s in resumed.steps] == [s.id for s in card.steps]
    assert resumed.current == len(card.steps) - 1 and resumed.card_digest == card.digest
