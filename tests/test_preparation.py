"""Preparation carried over: ticks made with ``checklist --interactive`` are kept for the tool
and day, ``run`` starts from them and names what is left; the rule of which ticks a run takes,
on a fixed « today »."""

from __future__ import annotations

import os
import shlex
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from innovkit.cards.catalogue import load_catalogue
from innovkit.cards.model import Card
from innovkit.live.preparation import (
    WAITING_DAYS,
    forget_ticks,
    keep_ticks,
    kept_ticks,
    preparation_folder,
    preparation_notes,
)
from tmux_terminal import Terminal

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 12, 2)


@pytest.fixture(scope="module")
def balade() -> Card:
    return load_catalogue().tools["la-balade"]  # six items to prepare


def test_ticks_are_kept_for_the_day_they_are_for(balade: Card) -> None:
    path = keep_ticks(balade, {"before": [True, True, False, True]}, TODAY, date(2026, 12, 4))
    assert path.parent == preparation_folder()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600  # owner only
    assert kept_ticks(balade, TODAY) is None  # not today's session
    kept = kept_ticks(balade, date(2026, 12, 4))
    assert kept is not None and kept.ticks["before"] == [True, True, False, True, False, False]
    assert kept_ticks(balade, date(2026, 12, 5)) is None


def test_ticks_without_a_day_wait_for_the_next_run(balade: Card) -> None:
    keep_ticks(balade, {"before": [True] * 6, "after": [True]}, TODAY)
    assert kept_ticks(balade, TODAY) is not None
    waited = kept_ticks(balade, date.fromordinal(TODAY.toordinal() + WAITING_DAYS))
    assert waited is not None and waited.ticked("before") == 6 and waited.ticked("after") == 1
    assert kept_ticks(balade, date.fromordinal(TODAY.toordinal() + WAITING_DAYS + 1)) is None
    forget_ticks(balade.id)
    assert kept_ticks(balade, TODAY) is None


def test_a_tick_follows_its_item_and_a_damaged_file_is_no_tick(balade: Card) -> None:
    keep_ticks(balade, {"before": [False, True]}, TODAY)
    fewer = balade._replace(preparation=balade.preparation[1:])  # the first item taken off
    kept = kept_ticks(fewer, TODAY)
    assert kept is not None and kept.ticks["before"] == [True, False, False, False, False]
    (preparation_folder() / "la-balade.json").write_text("{not json", encoding="utf-8")
    assert kept_ticks(balade, TODAY) is None


def test_the_run_s_checklist_names_where_ticks_came_from_and_what_is_left() -> None:
    items = ["Salle", "Fiches", "Minuteur"]
    assert preparation_notes(None, items, [False] * 3, "fr") == []  # not begun: the boxes say it
    assert preparation_notes("2026-12-01", items, [True, False, True], "fr") == [
        "Coches reprises de «\u00a0innovkit checklist\u00a0» du 1er décembre 2026.",
        "Reste à faire avant de commencer\u00a0: 2. Fiches",
    ]
    assert preparation_notes(None, items, [True, False, False], "en") == [
        "Still to do before you start (2): 2. Fiches ; 3. Minuteur"
    ]
    assert preparation_notes("2026-12-01", items, [True] * 3, "en") == [
        "Ticks carried over from “innovkit checklist” of 1 December 2026."
    ]


@pytest.mark.slow
def test_checklist_ticks_carried_into_run_in_a_real_terminal(tmp_path: Path, balade) -> None:
    """Four of six ticked with ``checklist --interactive``; ``run`` starts with them ticked
    and names the two left, before the first step."""
    home = tmp_path / "innovkit-home"
    env = f"env INNOVKIT_HOME={shlex.quote(str(home))} INNOVKIT_LANG=fr TERM=xterm-256color"
    innovkit = f"{env} {shlex.quote(sys.executable)} -m innovkit"
    script = (
        f"cd {shlex.quote(str(ROOT))} && {innovkit} checklist la-balade --interactive "
        f"--phase before; echo FIN=$?; {innovkit} run la-balade; sleep 60"
    )
    terminal = Terminal(f"innovkit-prep-{tmp_path.name}", width=130, height=45)
    try:
        terminal.start(f"sh -c {shlex.quote(script)}")
        terminal.wait_for("cochez ce qui est fait")
        terminal.keys("1", "2", "4", "5")
        terminal.wait_for("[x] 5.")
        terminal.keys("Enter")
        said = terminal.wait_for("FIN=0")
        assert "Coches gardées pour la prochaine séance" in said
        screen = terminal.wait_for("Restent à faire avant de commencer (2)")
        assert "Coches reprises de «\u00a0innovkit checklist\u00a0»" in screen
        assert "(4 sur 6 cochés)" in screen
        left = " ".join(screen[screen.index("Restent à faire") :].split())
        assert "3. Annoncer la balade quelques jours…" in left
        assert "6. Réserver la salle de retour et vérifier…" in left
        assert screen.count("[x]") == 4 and screen.count("[ ]") == 2
        assert "Étape 1" not in screen  # said before the first step
    finally:
        terminal.close()
    assert (home / "data" / "preparation" / "la-balade.json").exists()


def test_ticking_again_goes_on_from_the_kept_ticks() -> None:
    import asyncio

    from innovkit.cli.screen import LiveApp
    from innovkit.cli.ticking import ticking_work

    phases = [("Avant la séance", ["Réserver la salle", "Imprimer", "Minuteur"])]
    app = LiveApp(ticking_work("« la balade »", phases, [[True, False, True]], lang="en"), "en")

    async def session() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(200):
                await pilot.pause(0.01)
                if app.is_running:
                    break
            await pilot.press("2", "enter")
            await pilot.pause(0.1)

    asyncio.run(session())
    assert app.outcome() == [[True, True, True]]  # the two kept, and the one ticked now
