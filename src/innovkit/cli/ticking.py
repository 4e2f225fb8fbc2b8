"""``innovkit checklist --interactive``: the checklist ticked on the run's own checklist screen,
with the same keys (``innovkit.live.checklist.Ticking``), one phase after the other."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from innovkit.i18n import tr


def tick_phases(
    title: str, phases: Sequence[tuple[str, Sequence[str]]], *, lang: str
) -> list[list[bool]]:
    """Each phase's items (phase title, items) ticked on the full screen, Enter going to the
    next phase; the ticks of each phase. ``q`` or Escape stops as Ctrl-C does."""
    from innovkit.cli.screen import run_on_screen

    return run_on_screen(ticking_work(title, phases, lang=lang), lang)


def ticking_work(
    title: str, phases: Sequence[tuple[str, Sequence[str]]], *, lang: str
) -> Callable[[object], list[list[bool]]]:
    """What ``tick_phases`` runs on the screen (tests run it headless)."""
    from innovkit.live.checklist import Ticking

    def work(console: object) -> list[list[bool]]:
        from innovkit.cli.screen import ScreenConsole

        assert isinstance(console, ScreenConsole)
        done: list[list[bool]] = []
        notes: list[str] = []
        for name, items in phases:
            ticking = Ticking(items)
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
