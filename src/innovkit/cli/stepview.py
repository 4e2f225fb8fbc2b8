"""The screens of a step of ``innovkit run``, as Rich renderables to fit a width × height:
title, big countdown, instructions, every sentence to say, tips, the schedule and the keys.

Pure drawing: the Textual app (``innovkit.cli.screen``) shows them, tests render them.
"""

from __future__ import annotations

import functools
import io
from typing import Any

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from innovkit.cli import bigclock
from innovkit.cli.prose import fold
from innovkit.cli.scheduleview import (
    drift_text,
    schedule_line,
    schedule_strip,
    schedule_view,
    shown_drift,
)
from innovkit.cli.timerview import STYLES
from innovkit.durations import clock_face, elapsed_face
from innovkit.i18n import labelled, quoted, tr, tr_count
from innovkit.live.guide import Question, StepScreen

__all__ = ["drift_text", "schedule_line", "schedule_strip", "schedule_view", "step_view"]

WIDE = 100  # from this width the schedule sits beside the step, else on one line above it


def screen_key(screen: StepScreen) -> tuple[Any, ...]:
    """What a step screen shows, to the second: equal keys need no redraw."""
    return (
        screen.number,
        clock_face(screen.remaining),
        int(screen.overtime),
        screen.paused,
        screen.alert,
        shown_drift(screen),
        screen.now.strftime("%H:%M"),
        screen.projected_end.strftime("%H:%M"),
        screen.notice,
        tuple((r.status, int(r.spent // 60)) for r in screen.rows),
    )


# --------------------------------------------------------------------------- the step screen

GAP = 3  # columns between the step's text and the schedule beside it
MIN_INSTRUCTIONS = 3  # lines of instructions kept before the digits go below their normal size


@functools.cache
def _measure() -> Console:
    """A console that only measures text; nothing is ever printed on it."""
    return Console(file=io.StringIO(), width=80, color_system=None)


def _wrap(text: Text, width: int) -> list[Text]:
    """``text`` folded at spaces (never at non-breaking ones) into lines of ``width`` cells."""
    return list(fold(text, _measure(), max(1, width), no_wrap=False))


def _center(line: Text, width: int) -> Text:
    """``line`` in the middle of ``width`` columns (the padding is left unstyled)."""
    return Text.assemble(" " * max(0, (width - line.cell_len) // 2), line)


def _face(screen: StepScreen) -> str:
    if screen.alert == "over":
        return "+" + elapsed_face(screen.overtime)
    return clock_face(screen.remaining)


def _state(screen: StepScreen, lang: str) -> tuple[str, str]:
    """The countdown's state in words, and its style."""
    if screen.paused:
        return tr("live.state_paused", lang), STYLES["paused"]
    if screen.alert == "over":
        return tr("live.step_over", lang, over=elapsed_face(screen.overtime)), STYLES["over"]
    if screen.alert == "warning":
        return tr("live.step_warning", lang, left=clock_face(screen.remaining)), STYLES["warning"]
    return tr("live.step_counting", lang), STYLES["counting"]


def _key_bar(items: str, width: int, extra: str = "") -> list[Text]:
    """The keys, never cut in the middle of one: as many lines as ``width`` needs, of even
    lengths (rather than a last line with one key alone)."""
    words = [*items.split("   "), *([extra] if extra else [])]

    def pack(limit: int) -> list[str]:
        lines: list[str] = []
        for word in words:
            if lines and cell_len(lines[-1]) + 3 + cell_len(word) <= limit:
                lines[-1] += "   " + word
            else:
                lines.append(word)
        return lines

    fewest = len(pack(width))
    limit = max(cell_len(word) for word in words)
    while len(pack(limit)) > fewest:
        limit += 1
    return [_center(Text(line, style="dim"), width) for line in pack(limit)]


def _footer(question: Question | None, width: int, lang: str) -> list[Text]:
    if question is None:
        return _key_bar(tr("live.run_keys", lang), width)
    return _wrap(_question_line(question), width)


class StepText:
    """The text of a step folded to a width: title, instructions, sentences to say, tips."""

    def __init__(self, screen: StepScreen, width: int, lang: str) -> None:
        self.width = width
        self.lang = lang
        self.title = _wrap(Text(screen.title, style="bold"), width)
        self.instructions = _wrap(Text(screen.instructions), width) if screen.instructions else []
        self.prompts = [
            Text.assemble("  ", line)
            for p in screen.prompts
            for line in _wrap(Text(quoted(p, lang), style="italic cyan"), width - 2)
        ]
        self.tips = [
            _wrap(Text(labelled(tr("live.tip", lang), t, lang), style="dim"), width)
            for t in screen.tips
        ]

    def fit(self, room: int, least: int = 0, every_tip: bool = False) -> list[Text] | None:
        """The lines to show in ``room`` lines, ``None`` if they do not fit with at least
        ``least`` lines of instructions (and all the tips, if ``every_tip``).

        The title and every sentence to say are always there. Then come the instructions, cut
        with « … » if need be, then the tips; whatever is left out is named on a last line
        that says which key shows it all.
        """
        blank = [Text("")]
        said = blank + self.prompts if self.prompts else []
        whole = len(self.instructions)
        fixed = len(self.title) + len(said)
        for kept in range(whole, min(least, whole) - 1, -1):
            for tips in range(len(self.tips), len(self.tips) - 1 if every_tip else -1, -1):
                shown = [line for tip in self.tips[:tips] for line in tip]
                missing = len(self.tips) - tips
                marked = kept < whole or missing > 0
                if fixed + kept + (len(shown) + 1 if shown else 0) + marked > room:
                    continue
                marker = self._marker(kept < whole, missing)
                return [
                    *self.title,
                    *self._instructions(kept),
                    *said,
                    *(blank + shown if shown else []),
                    *([marker] if marker else []),
                ]
        return None

    def _instructions(self, kept: int) -> list[Text]:
        lines = self.instructions[:kept]
        if kept < len(self.instructions) and lines:
            last = lines[-1].copy()
            last.rstrip()
            if last.cell_len > self.width - 2:  # make room for « … » at a space, not in a word
                cut = last.plain.rfind(" ", 0, self.width - 1)
                last.truncate(cut if cut > 0 else self.width - 2)
                last.rstrip()
            last.append(" …")
            lines[-1] = last
        return lines

    def _marker(self, cut: bool, tips: int) -> Text | None:
        if cut and not tips:
            said = tr("live.more_text", self.lang)
        elif tips:
            said = tr_count("live.more_text_tips" if cut else "live.more_tips", tips, self.lang)
        else:
            return None
        line = Text(said, style="bold yellow")
        line.truncate(self.width, overflow="ellipsis")
        return line


def _clock(screen: StepScreen, width: int, scale: int, lang: str) -> list[Text]:
    """The countdown in digits of ``scale`` (-1: on one line) and its state in words."""
    face = _face(screen)
    state, style = _state(screen, lang)
    label = Text(f" {state} ", style=f"{style} reverse")
    if scale < 0:
        line = Text.assemble((f" {face} ", f"{style} reverse"), " ", label)
        return [_center(line, width)]
    digits = [_center(Text(line, style=style), width) for line in bigclock.draw(face, scale)]
    return [*digits, _center(label, width)]


def _scales(screen: StepScreen, width: int, height: int) -> list[int]:
    """The sizes the digits may take here, largest first: at most a third of the height."""
    face = _face(screen)
    widest = face if face.startswith("+") else "+" + face  # the same size when over time
    scales = [
        s
        for s in (3, 2, 1)
        if bigclock.width(widest, s) <= width - 4 and bigclock.height(s) <= max(5, height // 3)
    ]
    if bigclock.width(widest, 0) <= width:
        scales.append(0)
    return [*scales, -1]


def text_width(width: int) -> int:
    """Columns for the step's text: all of them, or the left part when the schedule is beside."""
    return (width - GAP) * 3 // 5 if width >= WIDE else width


def _top_line(left: Text, right: Text) -> Table:
    top = Table.grid(expand=True)
    top.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
    top.add_column(justify="right", no_wrap=True)
    top.add_row(left, right)
    return top


def step_view(
    screen: StepScreen, width: int, height: int, question: Question | None = None, *, lang: str
) -> RenderableType:
    """The whole screen of one step, to fit ``width`` × ``height``.

    Always in sight: the title and the countdown, every sentence to say, the schedule (beside
    the step from ``WIDE`` columns, else on one line) and the keys. The digits shrink to make
    room for the instructions; when even the smallest digits leave too little, the
    instructions are cut and the tips left out, with a line saying so (``t`` shows them all).
    """
    name = screen.tool + (f" · {screen.variant}" if screen.variant else "")
    top = _top_line(
        Text(name, style="bold"),
        Text(tr("live.step_of", lang, number=screen.number, count=screen.count)),
    )
    status = [schedule_line(screen, lang=lang)]
    if width < WIDE:
        status += schedule_strip(screen, width, lang=lang)
    if screen.notice:
        status += _wrap(Text(screen.notice, style="bold yellow"), width)
    footer = _footer(question, width, lang)
    text = StepText(screen, text_width(width), lang)
    scale, body = _fit(screen, text, width, height, height - 1 - len(status) - len(footer))
    clock = _clock(screen, width, scale, lang)
    space = height - 1 - len(status) - len(footer) - len(clock)
    if width >= WIDE:
        rows = schedule_view(screen, space, width - text.width - GAP, lang=lang)
        body = _beside(body, rows, text.width, width - text.width - GAP)
    blank = [Text("")] if len(body) < space else []
    lines: list[RenderableType] = [top, *clock, *status, *blank, *body]
    lines = lines[: max(0, height - len(footer))]  # a tiny window: the keys stay in sight
    lines += [Text("")] * (height - len(lines) - len(footer))
    return Group(*lines, *footer)


def _fit(
    screen: StepScreen, text: StepText, width: int, height: int, room: int
) -> tuple[int, list[Text]]:
    """The size of the digits and the lines of text for ``room`` lines (digits included).

    The largest digits with the whole text; else with all the instructions (tips left out);
    else with a few lines of instructions, smaller digits if need be; else the largest digits
    that leave room for the sentences to say; the countdown on one line is the last resort.
    """
    scales = _scales(screen, width, height)
    big = [s for s in scales if s >= 1]
    digits = [s for s in scales if s >= 0]
    whole = len(text.instructions)
    for least, allowed, tips in (
        (whole, big, True),
        (whole, big, False),
        (MIN_INSTRUCTIONS, big, False),
        (MIN_INSTRUCTIONS, digits, False),
        (0, sorted(digits), False),  # the smallest digits leave the most instructions
        (0, [-1], False),
    ):
        for scale in allowed:
            body = text.fit(room - len(_clock(screen, width, scale, text.lang)), least, tips)
            if body is not None:
                return scale, body
    return scales[-1], [*text.title, *text.prompts]


def _beside(left: list[Text], right: list[Text], width: int, right_width: int) -> list[Text]:
    """Two columns of lines side by side."""
    lines = []
    for number in range(max(len(left), len(right))):
        first = left[number].copy() if number < len(left) else Text()
        first.truncate(width, pad=True)
        second = right[number].copy() if number < len(right) else Text()
        second.truncate(right_width, overflow="ellipsis")
        lines.append(Text.assemble(first, " " * GAP, second))
    return lines


def _question_line(question: Question) -> Text:
    """A yes/no question at the foot of a full screen, with why the last key was refused."""
    line = Text(f" {question.label}  {question.help or ''} ", style="bold reverse")
    if question.error:
        line.append("\n" + question.error, style="bold red")
    return line
