"""``innovkit checklist --interactive``: the checklist ticked on the run's own checklist screen,
with the same keys (``innovkit.live.checklist.Ticking``), one phase after the other."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from innovkit.i18n import tr

if TYPE_CHECKING:
    from innovkit.cards.model import Card


def tick_phases(
    title: str,
    phases: Sequence[tuple[str, Sequence[str]]],
    ticks: Sequence[Sequence[bool]] | None = None,
    *,
    lang: str,
) -> list[list[bool]]:
    """Each phase's items (phase title, items) ticked on the full screen, Enter going to the
    next phase, from ``ticks`` (those kept from last time) when given; the ticks of each
    phase. ``q`` or Escape stops as Ctrl-C does."""
    from innovkit.cli.screen import run_on_screen

    return run_on_screen(ticking_work(title, phases, ticks, lang=lang), lang)


def ticking_work(
    title: str,
    phases: Sequence[tuple[str, Sequence[str]]],
    ticks: Sequence[Sequence[bool]] | None = None,
    *,
    lang: str,
) -> Callable[[object], list[list[bool]]]:
    """What ``tick_phases`` runs on the screen (tests run it headless)."""
    from innovkit.live.checklist import Ticking

    def work(console: object) -> list[list[bool]]:
        from innovkit.cli.screen import ScreenConsole

        assert isinstance(console, ScreenConsole)
        done: list[list[bool]] = []
        notes: list[str] = []
        for number, (name, items) in enumerate(phases):
            kept = list(ticks[number]) if ticks is not None else None
            ticking = Ticking(items, kept)
            heading = tr("documents.tick_question", lang, phase=name)
            while True:
                console.show(ticking.screen(title, heading, tr("documents.tick_keys", lang), notes))
                key = console.key(None)
                pressed = ticking.press(key) if key is not None else None
                if pressed == "done":
                    break
                if pressed == "quit" or key == "escape":
                    raise KeyboardInterrupt
            done.append(list(ticking.ticks))
            notes.append(
                tr("documents.ticked", lang, phase=name, done=ticking.ticked, total=len(items))
            )
        return done

    return work


def kept_before(
    card: Card, phases: Sequence[str], day: str | None
) -> tuple[date | None, list[list[bool]] | None]:
    """The day the ticks are for (``--date``; ``None``: the next run) and the ticks kept so
    far for it, phase by phase (``None``: nothing kept, every box empty)."""
    from innovkit.dates import parse_date
    from innovkit.live.preparation import kept_ticks

    today = date.today()
    session_day = parse_date(day, today) if day else None
    # Ticks for a day are taken for that day; ticks for the next run, while they wait for it.
    kept = kept_ticks(card, today, any_day=session_day is not None)
    if kept is None or kept.day != session_day:
        return session_day, None
    return session_day, [
        kept.ticks.get(phase) or [False] * len(card.checklist_phase(phase)) for phase in phases
    ]


def keep_after(
    card: Card,
    phases: Sequence[str],
    ticks: Sequence[Sequence[bool]],
    day: date | None,
    lang: str,
) -> None:
    """Keep the ticks for ``innovkit run`` and say for which session."""
    from innovkit.cli.console import say
    from innovkit.dates import format_date
    from innovkit.live.preparation import WAITING_DAYS, keep_ticks

    keep_ticks(card, dict(zip(phases, ticks, strict=True)), date.today(), day)
    if day is not None:
        say(tr("live.preparation_kept_day", lang, day=format_date(day, lang), tool=card.id))
    else:
        say(tr("live.preparation_kept_next", lang, days=WAITING_DAYS, tool=card.id))
