"""Tables that fit the terminal's width, down to 60 columns, without ever cutting a word.

A table is first laid out with every value in full. When that is wider than the terminal, the
columns that may wrap (names, services, texts) are wrapped between words, down to their longest
word; when even that is too wide, columns are dropped one at a time in the order the command
states (its ``--help`` says which), and the rest are laid out again. Piped output (no terminal)
keeps every column and every value on one line, for scripts and spreadsheets.

``plain_table`` lays out plain text by hand (fast for thousands of rows); ``fitted_table`` does
the same for a Rich table (``levers``, ``suggest``), measuring it through Rich's public
``Measurement``.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable, Sequence
from typing import Any

GAP = 2  # spaces between two columns
NARROWEST = 60  # the narrowest terminal a table is laid out for
# A column of sentences narrower than this reads like a list of words: drop a column instead.
READABLE = {"ratio": 1, "min_width": 28}


def terminal_width() -> int | None:
    """The terminal's width in columns, or ``None`` when stdout is not a terminal (piped)."""
    if not sys.stdout.isatty():
        return None
    return max(shutil.get_terminal_size().columns, NARROWEST)


def _longest_word(text: str) -> int:
    # Ordinary spaces only: a French non-breaking space holds its two words together.
    return max((len(word) for word in re.split(r"[ \t\n]+", text)), default=0)


def _widths(
    headers: Sequence[str], rows: Sequence[Sequence[str]], keep: list[int], wrapping: set[int]
) -> tuple[list[int], list[int]]:
    """Each kept column's natural width (values in full) and narrowest width (longest word)."""
    natural, narrowest = [], []
    for i in keep:
        cells = [headers[i], *(row[i] for row in rows)]
        full = max(len(cell) for cell in cells)
        natural.append(full)
        narrowest.append(max(_longest_word(cell) for cell in cells) if i in wrapping else full)
    return natural, narrowest


def _share(natural: list[int], narrowest: list[int], room: int) -> list[int] | None:
    """Widths that fit ``room``: wrapping columns grow from their longest word towards their
    full width, in proportion to what each lacks; ``None`` when even the narrowest do not fit."""
    gaps = GAP * (len(natural) - 1)
    if sum(natural) + gaps <= room:
        return list(natural)
    if sum(narrowest) + gaps > room:
        return None
    widths = list(narrowest)
    spare = room - gaps - sum(widths)
    wants = [full - now for full, now in zip(natural, widths, strict=True)]
    total = sum(wants)
    for i, want in enumerate(wants):  # in proportion to what each column lacks
        widths[i] += spare * want // total
    spare = room - gaps - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: widths[i] - natural[i])[:spare]:
        widths[i] += 1
    return widths


def columns_kept(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int | None,
    wrapping: Sequence[int] = (),
    dropping: Sequence[int] = (),
) -> tuple[list[int], list[int]]:
    """The columns kept for ``width`` (all of them when ``width`` is ``None``) and their widths."""
    keep = list(range(len(headers)))
    wraps = set(wrapping)
    if width is None:
        return keep, _widths(headers, rows, keep, set())[0]
    for dropped in (None, *dropping):
        if dropped is not None and len(keep) > 1:
            keep.remove(dropped)
        natural, narrowest = _widths(headers, rows, keep, wraps)
        widths = _share(natural, narrowest, width)
        if widths is not None:
            return keep, widths
    return keep, narrowest  # wider than the terminal, still never a cut word


def plain_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int | None = None,
    wrapping: Sequence[int] = (),
    dropping: Sequence[int] = (),
) -> str:
    """Aligned columns as text, fitted to ``width`` (see the module's docstring).

    ``wrapping``: the columns that may wrap between words; ``dropping``: the columns to leave
    out, first one first, when the table is still too wide.
    """
    from innovkit.wrapping import wrap_lines

    keep, widths = columns_kept(headers, rows, width, wrapping, dropping)
    lines: list[str] = []
    for row in (headers, *rows):
        cells = [wrap_lines(row[i], size) or [""] for i, size in zip(keep, widths, strict=True)]
        for depth in range(max(len(cell) for cell in cells)):
            parts = [
                (cell[depth] if depth < len(cell) else "").ljust(size)
                for cell, size in zip(cells, widths, strict=True)
            ]
            lines.append((" " * GAP).join(parts).rstrip())
    return "\n".join(lines) + "\n"


def fitted_table(
    make: Callable[[Sequence[int]], Any], count: int, width: int, dropping: Sequence[int] = ()
) -> Any:
    """A Rich table made by ``make(kept columns)`` that fits ``width`` without folding a word:
    columns are dropped in the order ``dropping`` until its narrowest layout fits."""
    from rich.console import Console
    from rich.measure import Measurement

    # Measured on a very wide console: Rich clamps a measurement to the console's width.
    console = Console(width=10_000)
    keep = list(range(count))
    table = make(keep)
    for dropped in dropping:
        needed = Measurement.get(console, console.options, table).minimum
        if needed <= width:
            break
        keep.remove(dropped)
        table = make(keep)
    return table
