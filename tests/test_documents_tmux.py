"""``innovkit checklist --interactive`` in a real terminal (tmux): ticked with the keyboard, the
unticked items are listed at the end.

Skipped when tmux is missing, unless ``INNOVKIT_REQUIRE_TMUX=1`` (CI), where that is a failure.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

import pytest

from tmux_terminal import Terminal

pytestmark = pytest.mark.slow


@pytest.fixture
def terminal(tmp_path: Path):
    term = Terminal(f"innovkit-doc-{os.getpid()}-{tmp_path.name}")
    yield term
    term.close()


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
    terminal.start(shell)
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
    # « avant » is the tool's preparation, in the run sheet's own words
    assert "[ ] Préparer six à huit cartes contrainte" in left
    assert "[ ] Faire soi-même un tour de huit cases" in left
    assert "[ ] Dire à la hiérarchie" in left
    assert "Choisir avec le porteur" not in left and "Installer des îlots" not in left
    assert "Après la séance" not in left
    assert "done" not in screen and "selections" not in screen
