"""The run of audace-up's report-back in a real terminal (tmux): after the debrief it asks what
became of each dare of the dare session — its text, or its number when it was kept without —
among « fait, adapté, abandonné, non rapporté » and « (passer) », then writes the statuses onto
the dare session's items when it records the report-back.

Skipped when tmux is missing, unless ``INNOVKIT_REQUIRE_TMUX=1`` (CI), where that is a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from innovkit.journal.store import Journal
from test_live_tmux import RunTerminal, run_command

pytestmark = pytest.mark.slow


def test_the_report_back_run_asks_each_dares_status_and_writes_it_to_the_dare_session(
    innovkit_home: Path, cli
) -> None:
    env = {"INNOVKIT_HOME": str(innovkit_home)}
    first = cli("journal", "add", "audace-up", "-d", "2026-11-03", "-p", "6", "--no-input",
                "--outcome", "dares=Parler en réunion; =annoncé; Dire non",
                "--outcome", "report_back=2026-11-24", env=env).stdout.strip()  # fmt: skip
    tmux = RunTerminal(f"innovkit-review-{os.getpid()}", 100, 32)
    try:
        tmux.start(run_command(innovkit_home, "fr", "audace-up", "--moment", "report-back"))
        tmux.wait_for("Avant de commencer")
        tmux.keys("1")
        tmux.keys("Enter")
        for number in range(1, 6):
            tmux.wait_for(f"Étape {number} sur 5")
            tmux.keys("n")
        line = -1
        for _ in range(3):  # the debrief's questions
            line = tmux.answer("", line)
        screen = tmux.wait_for("«\u00a0Parler en réunion\u00a0» (aujourd’hui\u00a0: Annoncé)")
        assert "1. Fait" in screen and "4. Non rapporté" in screen and "5. (passer)" in screen
        assert "Annoncé" not in screen.split("qu’est-il devenu")[1]  # not offered again
        line = tmux.answer("1", line)  # done
        tmux.wait_for("«\u00a0n°\u00a02, sans texte\u00a0»")
        line = tmux.answer("bof", line)
        tmux.wait_for("n’est pas un de ces statuts")  # said at once, asked again
        line = tmux.answer("abandonné", line)
        tmux.wait_for("«\u00a0Dire non\u00a0»")
        line = tmux.answer("", line)  # Enter: (passer), as it is
        for answer in ("7", "", "", "", "", "", "Oser demander", "", "", "", "", "", ""):
            line = tmux.answer(answer, line)
        final = tmux.wait_for("END exit=", timeout=40)
        history = tmux.history()
    finally:
        tmux.close()
    assert "END exit=0" in final, history
    assert f"reportés sur les éléments de la première séance ({first[:8]})" in " ".join(
        history.split()
    )
    with Journal(innovkit_home / "data" / "journal.sqlite3") as journal:
        dares = journal.get(first).outcomes["dares"]
        (back,) = [s for s in journal.sessions() if s.follows == first]
    assert [d["status"] for d in dares] == ["done", "dropped", "announced"]
    assert "dares" not in back.outcomes and back.outcomes["lessons"] == ["Oser demander"]
