"""The one wrap function: plain text filled to a width, French non-breaking spaces kept.

French typography glues « », : ; ! ? to their words with non-breaking spaces (U+00A0, U+202F);
a line must never end or start there. ``textwrap`` breaks only at ordinary spaces and tabs, so
those stay together. Run sheets (``txt``), the catalogue's listing and the run's text script use
this function (tables too: ``cli/tables.py``); nothing else in innovkit wraps text by hand.
"""

from __future__ import annotations

import re
import textwrap

TEXT_WIDTH = 80
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text: blank lines separate them, single line breaks stay."""
    return [p.strip("\n") for p in _PARAGRAPH_BREAK.split(text.strip()) if p.strip()]


def wrap_text(
    text: str, indent: str = "", first: str | None = None, width: int = TEXT_WIDTH
) -> str:
    """Plain text filled to ``width`` columns; paragraphs and line breaks are kept.

    ``first`` starts the first line (a bullet, a number) and ``indent`` every other line.
    """
    lead = indent if first is None else first
    out: list[str] = []
    for n, paragraph in enumerate(paragraphs(text) or [""]):
        if n:
            out.append("")
        for line in paragraph.split("\n"):
            wrapper = textwrap.TextWrapper(
                width=width,
                initial_indent=lead,
                subsequent_indent=indent,
                break_on_hyphens=False,
            )
            out.extend(wrapper.wrap(line.strip()) or [lead.rstrip()])
            lead = indent
    return "\n".join(out)


def wrap_lines(text: str, width: int) -> list[str]:
    """``text`` as lines of at most ``width`` columns (one paragraph, no indent)."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
