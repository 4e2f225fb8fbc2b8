"""The screen of ``innovkit timer``: the time left in large digits, its state in words (so it
reads without colour), when it ends, the keys. A Rich renderable to fit a width × height."""

from __future__ import annotations

from datetime import datetime

from rich.console import Group, RenderableType
from rich.text import Text

from innovkit.cli import bigclock
from innovkit.durations import clock_face, minutes_text
from innovkit.i18n import tr
from innovkit.live.timer import TimerScreen

# Rich styles by state; the state is always written out too (NO_COLOR, colour-blind readers).
STYLES = {
    "counting": "bold green",
    "warning": "bold yellow",
    "over": "bold red",
    "paused": "bold blue",
}


def clock_time(moment: datetime, lang: str) -> str:
    """« 14 h 35 » or “14:35”, as the run sheets write it."""
    from innovkit.dates import format_clock

    return format_clock(moment, lang)


def timer_status(screen: TimerScreen, lang: str) -> str:
    """The state in words: counting until when, the warning, paused, over."""
    if screen.state == "over":
        return tr("live.state_over", lang)
    if screen.state == "paused":
        return tr("live.state_paused", lang)
    end = clock_time(screen.end, lang)
    if screen.state == "warning":
        left = screen.warned or 0
        said = minutes_text(left, lang) if left % 60 == 0 else clock_face(left)
        return tr("live.state_warning", lang, left=said, end=end)
    return tr("live.state_counting", lang, end=end)


def timer_view(screen: TimerScreen, columns: int, lines: int, lang: str) -> RenderableType:
    face = clock_face(screen.remaining)
    scale = bigclock.fit_scale(face, columns - 2, lines - 6)
    style = STYLES[screen.state]
    parts: list[RenderableType] = []
    if screen.label:
        parts.append(Text(screen.label, style="bold", justify="center"))
    parts.append(Text(""))
    parts.append(Text("\n".join(bigclock.draw(face, scale)), style=style, justify="center"))
    parts.append(Text(""))
    parts.append(
        Text(f" {timer_status(screen, lang)} ", style=f"{style} reverse", justify="center")
    )
    if screen.state != "over":  # once it is over, no key does anything
        parts.append(Text(tr("live.timer_keys", lang), style="dim", justify="center"))
    return Group(*parts)
