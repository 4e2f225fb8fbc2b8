"""Outcomes per item in a real terminal (tmux): ``journal add`` asks each dare's text, then its
status from the list (Enter takes the status true at the session), says a refused status at
once, and an empty text ends the list.

Skipped when tmux is missing, unless ``INNOVKIT_REQUIRE_TMUX=1`` (CI), where that is a failure.
"""

from __future__ import annotations

import os
import shlex
import sys
import time
from pathlib import Path

import pytest

from innovkit.journal.store import Journal
from tmux_terminal import Terminal

pytestmark = pytest.mark.slow


@pytest.fixture
def terminal(tmp_path: Path):
    term = Terminal(f"innovkit-items-{os.getpid()}-{tmp_path.name}", 110, 40)
    yield term
    term.close()


def _item(terminal: Terminal, number: int, text: str) -> None:
    """Type ``text`` once the cursor is on the prompt of item ``number``."""
    deadline = time.monotonic() + 30
    while terminal.cursor()[1].strip() != f"{number}.":
        if time.monotonic() > deadline:
            raise AssertionError(f"no item {number} asked:\n{terminal.screen()}")
        time.sleep(0.05)
    terminal.type(text)


def test_journal_add_asks_each_dare_then_its_status(terminal: Terminal, tmp_path: Path) -> None:
    home = tmp_path / "home"
    args = [
        sys.executable, "-m", "innovkit", "journal", "add", "audace-up", "--date", "2026-11-03",
        "-p", "8", "-f", "Camille", "-s", "DRH", "--setting", "indoor", "--satisfaction", "4",
        "--outcome", "zone=stretch", "--outcome", "report_back=2026-11-24",
    ]  # fmt: skip
    command = " ".join(shlex.quote(a) for a in args)
    env = f"env INNOVKIT_HOME={shlex.quote(str(home))} LANG=fr_FR.UTF-8 LC_ALL= "
    terminal.start(f"{env}{command}; echo FIN=$?; sleep 30")
    terminal.wait_for("Co-animateurs")
    _item(terminal, 1, "")
    terminal.wait_for("Défis dits à voix haute")
    _item(terminal, 1, "Parler en réunion")
    screen = terminal.wait_for("Statut de «\u00a0Parler en réunion\u00a0»")
    assert "2. Fait" in screen and "5. Non rapporté" in screen
    terminal.type("2")
    terminal.wait_for("Pourquoi, en un mot (facultatif)")  # a later status: its note, if any
    terminal.type("")
    _item(terminal, 2, "-")  # no text: in a small group, only the status
    terminal.wait_for("Statut de «\u00a0(sans texte)\u00a0»")
    terminal.type("")  # Enter: « Annoncé », true at the session
    _item(terminal, 3, "Dire non")
    terminal.wait_for("Statut de «\u00a0Dire non\u00a0»")
    terminal.type("9")
    terminal.wait_for("n’est pas dans la liste")  # said at once, asked again
    terminal.type("4")
    terminal.wait_for("Pourquoi, en un mot (facultatif)")
    terminal.type("pas le temps")
    _item(terminal, 4, "")  # an empty text ends the list
    terminal.wait_for("Nombre de binômes")  # the lessons wait for the report-back
    terminal.type("")
    for label in ("Idées", "Décisions", "Actions à suivre", "Notes", "Étiquettes"):
        terminal.wait_for(label)
        terminal.type("")
    screen = terminal.wait_for("FIN=0")
    assert "Séance enregistrée" in screen
    with Journal(home / "data" / "journal.sqlite3") as journal:
        (session,) = journal.sessions()
    assert session.outcomes["dares"] == [
        {"text": "Parler en réunion", "status": "done"},
        {"text": "", "status": "announced"},
        {"text": "Dire non", "status": "dropped", "note": "pas le temps"},
    ]
