"""Ticking a checklist with the keyboard: the one way, for the run's checklist screen and for
``innovkit checklist --interactive``. No terminal I/O here: keys in, state out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChecklistScreen:
    """A checklist being ticked. ``heading`` and ``keys`` replace the run's own sentences
    (``innovkit checklist --interactive`` says which phase); ``notes`` are lines above the
    items (how the phases before went)."""

    tool: str
    items: tuple[tuple[str, bool], ...]
    cursor: int
    heading: str | None = None
    keys: str | None = None
    notes: tuple[str, ...] = ()


class Ticking:
    """Items to tick, a cursor, and what each key does.

    ↑ ↓ (or ``k``/``j``, Tab) move; space (or ``x``) ticks or unticks the item under the cursor
    (the cursor stays, as in any checkbox list); a digit 1–9 ticks that item; ``a`` ticks
    everything (or unticks everything when all are ticked); Enter (or ``n``) is done; ``q``
    quits.
    """

    def __init__(self, items: Sequence[str], ticks: list[bool] | None = None) -> None:
        self.items = tuple(items)
        self.ticks = ticks if ticks is not None else [False] * len(self.items)
        self.cursor = 0

    @property
    def ticked(self) -> int:
        return sum(self.ticks)

    def screen(
        self,
        title: str,
        heading: str | None = None,
        keys: str | None = None,
        notes: Sequence[str] = (),
    ) -> ChecklistScreen:
        items = tuple(zip(self.items, self.ticks, strict=True))
        return ChecklistScreen(title, items, self.cursor, heading, keys, tuple(notes))

    def press(self, key: str) -> str | None:
        """Acts on ``key``: ``"done"``, ``"quit"``, ``"ticked"`` (a tick changed: worth saving)
        or ``None`` (the cursor moved, or the key means nothing here)."""
        count = len(self.items)
        if key in ("enter", "n"):
            return "done"
        if key == "q":
            return "quit"
        if not count:
            return None
        if key in ("up", "k"):
            self.cursor = (self.cursor - 1) % count
        elif key in ("down", "j", "tab"):
            self.cursor = (self.cursor + 1) % count
        elif key in (" ", "x"):
            self.ticks[self.cursor] = not self.ticks[self.cursor]
            return "ticked"
        elif key.isdigit() and 1 <= int(key) <= count:
            self.ticks[int(key) - 1] = not self.ticks[int(key) - 1]
            return "ticked"
        elif key == "a":
            everything = not all(self.ticks)
            self.ticks[:] = [everything] * count
            return "ticked"
        return None
