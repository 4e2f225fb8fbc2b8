"""Rich text that keeps French typography: « », : ; ! ? stay with their words.

French typography glues them with non-breaking spaces, but Rich wraps lines at any
whitespace, which includes them. ``fold`` and ``Prose`` hide them from Rich's wrapping behind
private-use characters of the same width, and put them back in the lines they return.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.containers import Lines
from rich.text import Text

_HIDE = str.maketrans({"\u00a0": "\ue000", "\u202f": "\ue001"})
_SHOW = str.maketrans({"\ue000": "\u00a0", "\ue001": "\u202f"})


def fold(text: Text, console: Console, width: int, **options: Any) -> Lines:
    """``text`` wrapped into lines of ``width`` cells by Rich, never at a non-breaking space."""
    hidden = text.copy()
    hidden.plain = text.plain.translate(_HIDE)
    lines = Text.wrap(hidden, console, width, **options)
    for line in lines:
        line.plain = line.plain.translate(_SHOW)
    return lines


class Prose(Text):
    """Rich text that never breaks a line at a non-breaking space."""

    def wrap(self, console: Console, width: int, **options: Any) -> Lines:
        return fold(self, console, width, **options)

    def __rich_measure__(self, console: Console, options: Any) -> Any:
        """The narrowest width is the longest run between ordinary spaces (see ``wrap``)."""
        hidden = self.copy()
        hidden.plain = self.plain.translate(_HIDE)
        return Text.__rich_measure__(hidden, console, options)
