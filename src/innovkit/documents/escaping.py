"""User text made safe for a document: escaped HTML paragraphs and lines, and Markdown in which
a card's own characters never turn into markup. Registered as filters by
``innovkit.documents.templates``."""

from __future__ import annotations

import re
from typing import Any

from innovkit.wrapping import paragraphs


def html_paragraphs(text: str, tag: str = "p") -> Any:
    """A card text as escaped HTML paragraphs; single line breaks become ``<br>``."""
    from markupsafe import Markup

    return Markup("").join(
        Markup(f"<{tag}>") + html_lines(p) + Markup(f"</{tag}>") for p in paragraphs(text)
    )


def html_lines(text: str) -> Any:
    """Escaped text with its line breaks kept as ``<br>`` (paragraph breaks too)."""
    from markupsafe import Markup, escape

    return Markup("<br>").join(escape(line.strip()) for line in text.strip().split("\n"))


def html_with_command(text: str, command: str) -> Any:
    """``text`` escaped, with the ``command`` it names as ``<code class="command">``: a command
    a reader types, printed in the typewriter's font."""
    from markupsafe import Markup, escape

    code = Markup('<code class="command">{}</code>').format(command)
    return escape(text).replace(escape(command), code)


# Every ASCII character that can start markup somewhere in CommonMark/GFM inline text.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
# Line starts that would open a block: a list (- + 1. 1)) or a heading underline (= -).
_MD_BULLET = re.compile(r"^([-+=])")
_MD_NUMBER = re.compile(r"^(\d+)([.)])")


def md_inline(text: str) -> str:
    """``text`` escaped for Markdown, on one line: nothing in it becomes markup."""
    return " ".join(
        _md_escape_line(line) for line in _unix_breaks(text).split("\n") if line.strip()
    )


def md_block(text: str, indent: str = "") -> str:
    """A card text (or a journal note) as Markdown paragraphs, each continuation line indented
    by ``indent`` (to stay inside a list item); single line breaks are kept as hard breaks."""
    blocks = []
    for paragraph in paragraphs(_unix_breaks(text)):
        lines = [_md_escape_line(line) for line in paragraph.split("\n") if line.strip()]
        blocks.append(("\\\n" + indent).join(lines))
    return ("\n" + indent.rstrip() + "\n" + indent).join(blocks)


def md_cell(text: str) -> str:
    """A card text for a GFM table cell: escaped (``|`` included), line breaks as ``<br>``."""
    return "<br>".join(
        _md_escape_line(line) for line in _unix_breaks(text).split("\n") if line.strip()
    )


# Markdown's line endings. Card texts only have "\n" (YAML turns the others into it), but a
# journal note imported from elsewhere may hold "\r\n" or a lone "\r": each is one line break,
# never a stray one left inside a line, where it would end a table row or a list item.
_LINE_ENDING = re.compile(r"\r\n?")


def _unix_breaks(text: str) -> str:
    return _LINE_ENDING.sub("\n", text) if "\r" in text else text


def _md_escape_line(line: str) -> str:
    escaped = _MD_SPECIAL.sub(r"\\\1", line.strip())
    escaped = _MD_BULLET.sub(r"\\\1", escaped)
    return _MD_NUMBER.sub(r"\1\\\2", escaped)
