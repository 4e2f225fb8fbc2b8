"""Large digits drawn with block characters, readable from the back of a room.

Each glyph is a 3×5 grid of "pixels"; a pixel is two block characters wide and one line high
(terminal cells are about twice as tall as wide), multiplied by ``scale``.
"""

from __future__ import annotations

_FONT = {
    "0": ("###", "#.#", "#.#", "#.#", "###"),
    "1": (".#.", "##.", ".#.", ".#.", "###"),
    "2": ("###", "..#", "###", "#..", "###"),
    "3": ("###", "..#", "###", "..#", "###"),
    "4": ("#.#", "#.#", "###", "..#", "..#"),
    "5": ("###", "#..", "###", "..#", "###"),
    "6": ("###", "#..", "###", "#.#", "###"),
    "7": ("###", "..#", "..#", "..#", "..#"),
    "8": ("###", "#.#", "###", "#.#", "###"),
    "9": ("###", "#.#", "###", "..#", "###"),
    ":": (".", "#", ".", "#", "."),
    "+": ("...", ".#.", "###", ".#.", "..."),
    "-": ("...", "...", "###", "...", "..."),
    " ": ("..", "..", "..", "..", ".."),
}
ROWS = 5
_BLOCK = "█"


def width(text: str, scale: int = 1) -> int:
    """Columns taken by ``text`` drawn at ``scale`` (one blank pixel between glyphs)."""
    pixels = sum(len(_FONT.get(ch, _FONT[" "])[0]) for ch in text) + max(0, len(text) - 1)
    return pixels * 2 * scale


def fit_scale(text: str, columns: int, lines: int, largest: int = 6) -> int:
    """The largest scale at which ``text`` fits in ``columns`` × ``lines`` (at least 1)."""
    scale = 1
    while scale < largest and width(text, scale + 1) <= columns and ROWS * (scale + 1) <= lines:
        scale += 1
    return scale


def draw(text: str, scale: int = 1) -> list[str]:
    """``text`` (digits, ``:``, ``+``, ``-``, spaces) as ``5 × scale`` lines of blocks."""
    glyphs = [_FONT.get(ch, _FONT[" "]) for ch in text]
    lines = []
    for row in range(ROWS):
        pixels = ".".join(glyph[row] for glyph in glyphs)
        line = "".join((_BLOCK if p == "#" else " ") * 2 * scale for p in pixels)
        lines.extend([line] * scale)
    return lines
