"""End to end in a real terminal: tmux runs ``innovkit run`` on the shortest tool in real time;
keys go through the steps (``-`` takes a step's minutes off rather than waiting for them), then
the outcome questions, and the journal then holds the session with its step timings.

Skipped when tmux is missing, unless ``INNOVKIT_REQUIRE_TMUX=1`` (CI), where that is a failure.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from tmux_terminal import Terminal

ROOT = Path(__file__).resolve().parent.parent
PROMPT = re.compile(r"^(\[[^\]]*\] )?(›|\s{2}\d+\.)\s*$")

pytestmark = pytest.mark.slow


class RunTerminal(Terminal):
    """A terminal that answers the run's questions one after the other."""

    def answer(self, text: str, after: int, timeout: float = 30.0) -> int:
        """Wait for a new answer prompt below line ``after``, type ``text``; returns its line."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            where, line = self.cursor()
            if where > after and PROMPT.match(line):
                self.type(text)
                return where
            time.sleep(0.05)
        pytest.fail(f"no question waiting for {text!r}:\n{self.history()}")


def good_answer(kind: str) -> str:
    return {
        "number": "2",
        "scale": "4",
        "date": "2026-12-01",
        "choice": "1",
        "text": "ok",
        "list": "calme",
    }[kind]


def test_a_guided_run_in_a_real_terminal_goes_into_the_journal(innovkit_home: Path) -> None:
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.journal.store import Journal
    from innovkit.live.capture import capture_fields
    from innovkit.live.guide import new_draft

    catalogue = load_catalogue()
    card = min(catalogue.tools.values(), key=lambda c: c.shortest)
    variant = min(
        (v for v in card.variants if v.structured), key=lambda v: sum(v.steps.values())
    ).id
    steps = card.plan(variant)
    assert len(steps) >= 3, "the test skips the third step"
    # the form's own fields (a form may gather fewer: point-silence's has no final round)
    form = card.in_form(variant)
    fields = capture_fields(form, new_draft(card, variant, datetime.now(), lang="en"))

    env = {
        "INNOVKIT_HOME": str(innovkit_home),
        "INNOVKIT_LANG": "en",
        "LANG": "C.UTF-8",
        "TERM": "xterm-256color",
        "PYTHONPATH": str(ROOT / "src"),
    }
    run = " ".join(
        shlex.quote(part)
        for part in [sys.executable, "-m", "innovkit", "run", card.id, "--variant", variant]
    )
    exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
    script = (
        f"cd {shlex.quote(str(ROOT))} && export {exports} && saved=$(stty -g) && {run}; "
        'code=$?; [ "$saved" = "$(stty -g)" ] && terminal=restored || terminal=CHANGED; '
        'echo "END exit=$code terminal=$terminal"; sleep 60'
    )
    tmux = RunTerminal(f"innovkit-test-{os.getpid()}")
    try:
        tmux.start(f"sh -c {shlex.quote(script)}")
        tmux.wait_for("Before you start")
        tmux.keys("1")  # tick the first item of the checklist
        tmux.wait_for("(1 of")
        tmux.keys("Enter")

        count = len(steps)
        tmux.wait_for(f"Step 1 of {count}")
        tmux.keys(*["-"] * steps[0].minutes)  # the step's minutes taken off: over time now
        screen = tmux.wait_for("STEP OVER TIME")
        assert steps[0].title("en") in screen and "Schedule" in screen
        assert f"For {card.typical_for(variant)} people · planned end" in screen  # whom for
        tmux.keys("n")
        tmux.wait_for(f"Step 2 of {count}")
        tmux.keys("+")  # one more minute for step 2
        tmux.keys("n")
        tmux.wait_for(f"Step 3 of {count}")
        tmux.keys("s")  # step 3 skipped
        for number in range(4, count + 1):
            tmux.wait_for(f"Step {number} of {count}")
            tmux.keys("n")

        line = -1
        for _ in card.in_form(variant).debrief:  # the form's own questions
            line = tmux.answer("", line)
        line = tmux.answer("lots", line)  # participants: not a number…
        line = tmux.answer("7", line)  # …asked again with the reason, then right
        assert "“lots” will not do" in tmux.history()
        for field in fields[1:]:
            if field.key.startswith("outcome.") and field.required:
                outcome = card.outcome(field.key.split(".", 1)[1])
                line = tmux.answer(good_answer(outcome.kind), line)
            else:
                line = tmux.answer("", line)
            if field.many and field.key.startswith("outcome.") and field.required:
                line = tmux.answer("", line)
        final = tmux.wait_for("END exit=", timeout=40)
        history = tmux.history()
    finally:
        tmux.close()

    assert "END exit=0 terminal=restored" in final, history
    with Journal(innovkit_home / "data" / "journal.sqlite3") as journal:
        (session,) = journal.sessions()
    assert session.tool == card.id and session.variant == variant
    assert session.participants == 7
    timings = session.step_timings
    assert [t.step_id for t in timings] == [s.id for s in steps]
    assert [t.planned_seconds for t in timings] == [s.minutes * 60 for s in steps]
    assert timings[1].extended_seconds == 60
    assert timings[2].skipped and not timings[0].skipped
    assert session.id[:8] in history  # the journal id was shown at the end


def words(text: str) -> str:
    return " ".join(text.split())


def wait_for_words(tmux: Terminal, text: str, timeout: float = 30.0) -> str:
    """The screen once it shows ``text``, whatever the line ends and indents in between."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = tmux.screen()
        if words(text) in words(screen):
            return screen
        time.sleep(0.05)
    pytest.fail(f"never saw {text!r} on the screen:\n{tmux.history()}")


def wait_for_prompt(tmux: Terminal, timeout: float = 30.0) -> None:
    """Until the cursor stands on a question's « › » line, ready for keys."""
    deadline = time.monotonic() + timeout
    while not PROMPT.match(tmux.cursor()[1]) and time.monotonic() < deadline:
        time.sleep(0.05)


def run_command(home: Path, lang: str, *args: str) -> str:
    """The shell command for ``innovkit run ARGS`` in tmux, then its exit status on a line."""
    env = {
        "INNOVKIT_HOME": str(home),
        "INNOVKIT_LANG": lang,
        "LANG": "C.UTF-8",
        "TERM": "xterm-256color",
        "PYTHONPATH": str(ROOT / "src"),
    }
    run = " ".join(shlex.quote(part) for part in [sys.executable, "-m", "innovkit", "run", *args])
    exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
    # The shell survives Ctrl-C (a trap, which the program does not inherit) to say how the
    # program ended; unset: the window's own size, not the one pytest's environment may hold.
    script = f"trap true INT; cd {shlex.quote(str(ROOT))} && unset COLUMNS LINES && "
    script += f"export {exports} && {run}; "
    script += 'echo "END exit=$?"; sleep 60'
    return f"sh -c {shlex.quote(script)}"


@pytest.mark.parametrize(("lang", "size"), [("fr", (80, 24)), ("en", (100, 32))])
def test_a_small_window_shows_every_sentence_to_say_and_t_shows_the_rest(
    innovkit_home: Path, lang: str, size: tuple[int, int]
) -> None:
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.i18n import quoted, tr

    card = load_catalogue().tools["audace-up"]
    step = card.steps[0]
    tmux = Terminal(f"innovkit-layout-{os.getpid()}-{lang}", *size)
    try:
        tmux.start(run_command(innovkit_home, lang, card.id))
        tmux.wait_for(tr("live.checklist_keys", lang)[:10])
        tmux.keys("Enter")
        keys = tr("live.run_keys", lang).split("   ")
        screen = wait_for_words(tmux, keys[-2])  # « t : tout le texte », on step screens only
        assert tr("live.step_of", lang, number=1, count=len(card.steps)) in screen
        group = {"fr": f"Pour {card.typical} personnes", "en": f"For {card.typical} people"}
        assert words(group[lang]) in words(screen), screen  # the group the times are for
        for prompt in step.prompts:
            assert words(quoted(prompt(lang), lang)) in words(screen), screen
        bottom = words("\n".join(screen.splitlines()[-3:]))
        assert all(words(key) in bottom for key in keys), screen
        tmux.keys("t")  # the whole text, the countdown still on its first line
        whole = wait_for_words(tmux, tr("live.text_keys", lang).split("   ")[0])  # drawn last
        assert tr("live.text_instructions", lang) in whole
        for _ in range(12):  # more than enough: it stops at the end of the text
            tmux.keys("Down")
        bottom = wait_for_words(tmux, step.tips[-1](lang))
        assert tr("live.text_tips", lang) in bottom
        tmux.keys("t")  # back to the step
        screen = wait_for_words(tmux, tr("live.run_keys", lang).split("   ")[-1])
        assert words(quoted(step.prompts[-1](lang), lang)) in words(screen)
        tmux.keys("q")
        tmux.wait_for(tr("live.quit_keep_draft", lang))
        tmux.keys("n")
        assert "END exit=0" in tmux.wait_for("END exit=")
    finally:
        tmux.close()


def test_ctrl_c_while_typing_a_debrief_answer_keeps_it(innovkit_home: Path) -> None:
    from innovkit import paths
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.live.guide import DraftStore

    catalogue = load_catalogue()
    card = min(catalogue.tools.values(), key=lambda c: c.shortest)
    variant = min(
        (v for v in card.variants if v.structured), key=lambda v: sum(v.steps.values())
    ).id
    count = len(card.plan(variant))
    tmux = RunTerminal(f"innovkit-typing-{os.getpid()}")
    try:
        tmux.start(run_command(innovkit_home, "en", card.id, "--variant", variant))
        tmux.wait_for("Before you start")
        tmux.keys("Enter")
        for number in range(1, count + 1):
            tmux.wait_for(f"Step {number} of {count}")
            tmux.keys("n")
        tmux.wait_for("Debrief")
        wait_for_prompt(tmux)
        tmux("send-keys", "-t", "run", "-l", "We learnt a lot ab")  # not validated with Enter
        tmux.wait_for("We learnt a lot ab")
        tmux.keys("C-c")
        final = tmux.wait_for("END exit=")
        assert "END exit=130" in final
        assert "everything is kept" in final and "The answer you were typing is kept too" in final
        (draft,) = [DraftStore(paths.drafts_dir()).load(p) for p in paths.drafts_dir().iterdir()]
        assert draft.phase == "debrief" and draft.typing == {"debrief.0": "We learnt a lot ab"}
    finally:
        tmux.close()

    tmux = RunTerminal(f"innovkit-typing-resume-{os.getpid()}")
    try:
        tmux.start(run_command(innovkit_home, "en", card.id, "--resume"))
        tmux.wait_for("› We learnt a lot ab")  # back on the line, ready to finish
        tmux.type("out silence")
        debrief = card.in_form(variant).debrief  # the form's own questions
        after = debrief[1]("en") if len(debrief) > 1 else "Session outcomes"
        wait_for_words(tmux, after)
        wait_for_prompt(tmux)  # Ctrl-C before the line is ready is Python's, not the question's
        tmux.keys("C-c")
        tmux.wait_for("END exit=130")
    finally:
        tmux.close()
    (draft,) = [DraftStore(paths.drafts_dir()).load(p) for p in paths.drafts_dir().iterdir()]
    assert draft.debrief[0] == "We learnt a lot about silence" and draft.typing == {}


def test_a_closed_terminal_keeps_the_step_time_to_the_second(innovkit_home: Path) -> None:
    """Closing the window (SIGHUP) stops the run as Ctrl-C does: the draft is saved at once,
    not only at the next autosave (every 5 s)."""
    from innovkit import paths
    from innovkit.live.guide import DraftStore

    tmux = Terminal(f"innovkit-hangup-{os.getpid()}", 80, 24)
    try:
        tmux.start(run_command(innovkit_home, "en", "point-silence"))
        tmux.wait_for("Before you start")
        tmux.keys("Enter")
        tmux.wait_for("Step 1 of")
        time.sleep(2)
    finally:
        tmux.close()  # the terminal is gone: SIGHUP
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        drafts = DraftStore(paths.drafts_dir())
        draft = drafts.latest()
        if draft is not None and draft.steps[0].wall > 0:
            break
        time.sleep(0.1)
    assert draft is not None and draft.phase == "steps"
    assert 1.5 < draft.steps[0].wall < 5  # saved when the window closed, before any autosave


def test_the_timer_in_a_real_terminal_pauses_and_quits(innovkit_home: Path) -> None:
    env = f"INNOVKIT_HOME={shlex.quote(str(innovkit_home))} INNOVKIT_LANG=en LANG=C.UTF-8"
    timer = " ".join(shlex.quote(p) for p in [sys.executable, "-m", "innovkit", "timer", "2m"])
    script = (
        f"cd {shlex.quote(str(ROOT))} && export PYTHONPATH={shlex.quote(str(ROOT / 'src'))} "
        f"TERM=xterm-256color && saved=$(stty -g) && env {env} {timer} --label Pause; code=$?; "
        '[ "$saved" = "$(stty -g)" ] && terminal=restored || terminal=CHANGED; '
        'echo "END exit=$code terminal=$terminal"; sleep 60'
    )
    tmux = Terminal(f"innovkit-timer-{os.getpid()}", 80, 24)
    try:
        tmux.start(f"sh -c {shlex.quote(script)}")
        screen = tmux.wait_for("COUNTING")
        assert "Pause" in screen and "█" in screen and "space: pause" in screen
        tmux.keys("Space")
        tmux.wait_for("PAUSED")
        tmux.keys("q")
        final = tmux.wait_for("END exit=")
    finally:
        tmux.close()
    assert "END exit=0 terminal=restored" in final
    assert "Timer stopped" in final
