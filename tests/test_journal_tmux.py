"""``journal add`` and ``journal delete`` in a real terminal (tmux): what the command line left
out is asked, each answer is checked as it is typed, Ctrl-C says that nothing was recorded, and a
deletion needs a yes.

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

CARDS = Path(__file__).parent / "data" / "journal" / "cards"


class JournalTerminal(Terminal):
    """A 110×40 terminal running ``innovkit`` on the test cards, in French."""

    def __init__(self, socket: str, home: Path) -> None:
        super().__init__(socket, 110, 40)
        self.home = home

    def start(self, *args: str) -> None:  # type: ignore[override]
        command = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "innovkit", *args])
        env = (
            f"env INNOVKIT_HOME={shlex.quote(str(self.home))} "
            f"INNOVKIT_CARDS={shlex.quote(str(CARDS))} LANG=fr_FR.UTF-8 LC_ALL= "
        )
        super().start(f"{env}{command}; echo FIN=$?; sleep 30")

    def answer(self, question: str, *keys: str) -> str:
        screen = self.wait_for(question)
        self.keys(*keys)
        return screen

    def item(self, number: int, *keys: str, timeout: float = 30.0) -> None:
        """Type ``keys`` once the cursor is on the prompt of a list's item ``number``."""
        deadline = time.monotonic() + timeout
        while self.cursor()[1].strip() != f"{number}.":
            if time.monotonic() > deadline:
                raise AssertionError(f"no item {number} asked:\n{self.screen()}")
            time.sleep(0.05)
        self.keys(*keys)


@pytest.fixture
def terminal(tmp_path: Path):
    term = JournalTerminal(f"innovkit-journal-{os.getpid()}-{tmp_path.name}", tmp_path / "home")
    yield term
    term.close()


def test_add_asks_for_what_is_missing(terminal: JournalTerminal) -> None:
    # The session schema's questions, as at the end of a guided run; -p answered one already.
    terminal.start("journal", "add", "atelier-test", "--date", "2026-11-03", "-p", "12")
    terminal.answer("Animateur", "Claire Martin", "Enter")
    terminal.answer("Co-animateurs", "Enter")
    terminal.answer("Services représentés", "DRH", "Enter")
    terminal.item(2, "Culture", "Enter")
    terminal.item(3, "Enter")
    terminal.wait_for("Lieu")
    screen = terminal.wait_for("[1] ›")  # the card's one setting, offered: Enter takes it
    assert "1. en salle" in screen and "4. (passer)" in screen
    terminal.keys("Enter")
    terminal.answer("Satisfaction du groupe", "9", "Enter")
    terminal.wait_for("La satisfaction se note de 1 à 5")  # said at once, asked again
    terminal.keys("4", "Enter")
    terminal.answer("Défi relevé", "Parler en premier", "Enter")
    terminal.answer("Pistes retenues", "Une", "Enter")
    terminal.item(2, "Deux", "Enter")
    terminal.item(3, "Enter")
    terminal.answer("Binômes formés", "Enter")
    terminal.answer("Énergie du groupe", "Enter")
    terminal.answer("Date du retour", "Enter")
    terminal.answer("Résultat", "2", "Enter")
    terminal.answer("Idées", "Un mur des défis", "Enter")
    terminal.item(2, "Enter")
    terminal.answer("Décisions", "Enter")
    terminal.answer("Actions à suivre", "Afficher le mur; Claire; 2026-11-20", "Enter")
    terminal.item(2, "Enter")
    terminal.answer("Notes", "Belle énergie", "Enter")
    terminal.answer("Étiquettes", "Enter")
    screen = terminal.wait_for("FIN=0")
    assert "Séance enregistrée" in screen
    with Journal(terminal.home / "data" / "journal.sqlite3") as journal:
        (session,) = journal.sessions()
    assert (session.satisfaction, session.participants, session.setting) == (4, 12, "indoor")
    assert session.facilitator == "Claire Martin"
    assert session.services == ["DRH", "Culture"]
    assert session.outcomes == {
        "defi": "Parler en premier",
        "pistes": ["Une", "Deux"],
        "resultat": "en_partie",
    }
    assert session.ideas == ["Un mur des défis"] and session.decisions == []
    assert [(a.text, a.owner) for a in session.actions] == [("Afficher le mur", "Claire")]
    assert session.notes == "Belle énergie"


def test_delete_at_a_terminal_asks_first(terminal: JournalTerminal) -> None:
    from datetime import date

    from innovkit.journal.records import Session

    path = terminal.home / "data" / "journal.sqlite3"
    with Journal(path) as journal:
        journal.add(Session(tool="atelier-test", lever="audace", date=date(2026, 11, 3)))
        ident = journal.sessions()[0].id
    terminal.start("journal", "delete", ident[:8])
    screen = terminal.wait_for("Supprimer définitivement la séance")
    assert "« atelier test » du 3 novembre 2026" in screen
    terminal.keys("Enter")  # the default: keep it
    assert "Rien n’a été supprimé" in terminal.wait_for("FIN=0")
    with Journal(path) as journal:
        assert journal.count() == 1


def test_ctrl_c_at_a_question_says_nothing_was_recorded(terminal: JournalTerminal) -> None:
    terminal.start("journal", "add", "atelier-test", "--date", "2026-11-03", "-p", "12")
    terminal.answer("Animateur", "Claire", "Enter")
    terminal.wait_for("Co-animateurs")
    terminal.keys("C-c")
    screen = terminal.wait_for("FIN=130")
    assert "rien n’a été enregistré dans le journal." in screen
    assert "Traceback" not in screen
    with Journal(terminal.home / "data" / "journal.sqlite3") as journal:
        assert journal.count() == 0
