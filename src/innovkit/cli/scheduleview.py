"""The schedule of a step screen of ``innovkit run``: the planned and expected end and how far
ahead or behind plan, each step with its planned clock time — beside the step on a wide
screen, on a line (or two) above it on a narrow one.

Ahead and behind are counted on the times as shown (to the minute), so the words always agree
with the two clock times next to them.
"""

from __future__ import annotations

import functools
import io
from datetime import datetime

from rich.console import Console
from rich.text import Text

from innovkit.cli.prose import fold
from innovkit.cli.timerview import clock_time
from innovkit.durations import elapsed_face, minutes_text
from innovkit.i18n import tr, tr_count
from innovkit.live.guide import ScheduleRow, StepScreen

_MARKS = {"done": "✓", "skipped": "↷", "current": "▶", "todo": "·"}


@functools.cache
def _measure() -> Console:
    """A console that only measures text; nothing is ever printed on it."""
    return Console(file=io.StringIO(), width=80, color_system=None)


def _wrap(text: Text, width: int) -> list[Text]:
    """``text`` folded at spaces (never at non-breaking ones) into lines of ``width`` cells."""
    return list(fold(text, _measure(), max(1, width), no_wrap=False))


def drift_text(minutes: int, lang: str) -> str:
    """« à l'heure », « 2 min de retard », "1 min ahead": whole minutes, a glance is enough."""
    if minutes == 0:
        return tr("live.on_time", lang)
    late = tr("common.minutes", lang, minutes=abs(minutes))
    return tr("live.behind", lang, late=late) if minutes > 0 else tr("live.ahead", lang, early=late)


def _to_the_minute(moment: datetime) -> datetime:
    """A clock time as the screen shows it: hours and minutes, the seconds left out."""
    return moment.replace(second=0, microsecond=0)


def shown_drift(screen: StepScreen) -> int:
    """Minutes behind the plan (negative: ahead), as the two times on the screen say it:
    the expected end less the planned end, both to the minute as shown — so « à l'heure »
    goes with two equal times, and « 1 min d'avance » with two times one minute apart."""
    if screen.planned_end is None:
        return round(screen.drift / 60)
    gap = _to_the_minute(screen.projected_end) - _to_the_minute(screen.planned_end)
    return round(gap.total_seconds() / 60)


def schedule_line(screen: StepScreen, lang: str) -> Text:
    planned = clock_time(screen.planned_end, lang) if screen.planned_end else "—"
    drift = shown_drift(screen)
    values = {
        "planned": planned,
        "projected": clock_time(screen.projected_end, lang),
        "drift": drift_text(drift, lang),
    }
    if screen.group:  # the times hold for this group: say which (« pour 12 personnes »)
        text = tr_count("live.schedule_line_group", screen.group, lang, **values)
    else:
        text = tr("live.schedule_line", lang, **values)
    style = "yellow" if drift > 0 else "green" if drift < 0 else ""
    return Text(text, style=style)


def _row(row: ScheduleRow, lang: str) -> Text:
    when = clock_time(row.start, lang) if row.start else ""
    line = Text(f"{_MARKS[row.status]} {when}  {row.number}. ")
    line.append(row.title, style="bold" if row.status == "current" else "")
    detail = minutes_text(row.planned, lang)
    if row.status == "done":
        detail = f"{detail} → {elapsed_face(row.spent)}"
    elif row.status == "skipped":
        detail = f"{detail}, {tr('live.row_skipped', lang)}"
    line.append("  (" + detail.replace(" ", "\u00a0") + ")", style="dim")  # kept on one line
    if row.status in ("done", "skipped"):
        line.stylize("dim")
    return line


def schedule_strip(screen: StepScreen, width: int | None = None, *, lang: str) -> list[Text]:
    """Every step with its planned clock time, on one line if it fits ``width``: with their
    titles, else with the current one's only, else by number and time alone, folded onto as
    many lines as it takes — a clock time is never left out."""

    def entries(titled: str) -> list[Text]:
        pieces = []
        for row in screen.rows:
            style = "bold" if row.status == "current" else "dim" if row.status != "todo" else ""
            when = f" {clock_time(row.start, lang)}" if row.start else ""
            named = titled == "all" or (titled == "current" and row.status == "current")
            title = f" {row.title}" if named else ""
            pieces.append(Text(f"{_MARKS[row.status]} {row.number}.{when}{title}", style=style))
        return pieces

    for titled in ("all", "current", "none"):
        line = Text("  ").join(entries(titled))
        line.no_wrap = True
        if width is None or line.cell_len <= width:
            return [line]
    lines: list[Text] = []
    for piece in entries("none"):
        if lines and lines[-1].cell_len + 2 + piece.cell_len <= width:
            lines[-1] = Text.assemble(lines[-1], "  ", piece)
        else:
            lines.append(piece)
    return lines


def schedule_view(
    screen: StepScreen, lines: int | None = None, width: int | None = None, *, lang: str
) -> list[Text]:
    """The schedule to fit ``lines`` × ``width``: each step on as many lines as it takes if
    there is room, else on one line; if even that is too long, the steps around the current
    one, with « … » for those left out."""
    heading = Text(tr("live.schedule_heading", lang), style="bold underline")
    rows = [_row(r, lang) for r in screen.rows]
    if width is not None:
        folded = [
            Text.assemble("  " if number else "", line)
            for row in rows
            for number, line in enumerate(_wrap(row, width - 2) if row.cell_len > width else [row])
        ]
        if lines is None or len(folded) + 1 <= lines:
            return [heading, *folded]
    if lines is None or len(rows) + 1 <= lines:
        return [heading, *rows]
    room = max(1, lines - 1)
    current = next((i for i, r in enumerate(screen.rows) if r.status == "current"), 0)
    first = max(0, min(current - room // 3, len(rows) - room))
    shown = rows[first : first + room]
    if first > 0:
        shown[0] = Text("…", style="dim")
    if first + room < len(rows):
        shown[-1] = Text("…", style="dim")
    return [heading, *shown]
