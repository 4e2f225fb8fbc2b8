"""``innovkit checklist --interactive`` in a real terminal (tmux): ticked with the keyboard, the
unticked items are listed at the end.

Skipped when tmux is missing, unless ``INNOVKIT_REQUIRE_TMUX=1`` (CI), where that is a failure.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def require_tmux() -> str:
    found = shutil.which("tmux")
    if found is None:
        if os.environ.get("INNOVKIT_REQUIRE_TMUX") == "1":
            pytest.fail("tmux is required here (INNOVKIT_REQUIRE_TMUX=1) but is not installed")
        pytest.skip("tmux is not installed")
    return found


class Terminal:
    """A private tmux server running one command in a 100×30 window."""

    def __init__(self, tmux: str, socket: str) -> None:
        self.base = [tmux, "-L", socket]

    def run(self, *args: str) -> str:
        done = subprocess.run(
            [*self.base, *args], capture_output=True, text=True, timeout=20, check=False
        )
        return done.stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-J", "-t", "run")

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", "run", *keys)

    def wait_for(self, text: str, timeout: float = 15) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        pytest.fail(f"{text!r} never appeared on screen:\n{self.screen()}")


@pytest.fixture
def terminal(tmp_path: Path):
    tmux = require_tmux()
    term = Terminal(tmux, f"innovkit-doc-{os.getpid()}-{tmp_path.name}")
    yield term
    term.run("kill-server")


def test_ticking_the_checklist_lists_what_is_left(terminal: Terminal, tmp_path: Path) -> None:
    home = tmp_path / "innovkit-home"
    command = " ".join(
        shlex.quote(part)
        for part in [
            sys.executable,
            "-m",
            "innovkit",
            "checklist",
            "cadran-total",
            "--interactive",
            "--phase",
            "before",
            "--phase",
            "after",
            "--lang",
            "fr",
        ]
    )
    shell = f"env INNOVKIT_HOME={shlex.quote(str(home))} {command}; echo FIN=$?; sleep 30"
    terminal.run("new-session", "-d", "-s", "run", "-x", "100", "-y", "30", shell)
    screen = terminal.wait_for("Avant la séance — cochez ce qui est fait")
    assert "espace pour cocher" in screen and "Use arrow keys" not in screen
    terminal.keys("Space")  # the first item: done
    terminal.keys("Down", "Down", "Space")  # the third: done
    terminal.keys("Enter")
    screen = terminal.wait_for("Après la séance — cochez ce qui est fait")
    assert "2 sur 5 coché(s)" in screen
    terminal.keys("a", "Enter")  # everything after the session is done
    screen = terminal.wait_for("FIN=0")
    left = screen[screen.index("Encore à faire") : screen.index("FIN=0")]
    assert "(3)" in left
    assert "[ ] Imprimer et découper les cartes contrainte" in left
    assert "[ ] Tester le minuteur projeté" in left
    assert "[ ] Compter feuilles, feutres et gommettes" in left
    assert "Valider le défi" not in left and "Après la séance" not in left
    assert "done" not in screen and "selections" not in screen
