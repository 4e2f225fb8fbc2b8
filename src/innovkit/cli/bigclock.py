"""Large digits drawn with block characters, readable from the back of a room.

Each glyph is a 3×5 grid of "pixels"; a pixel is two block characters wide and one line high
(terminal cells are about twice as tall as wide), multiplied by ``scale``. Scale 0 is the
small size for short windows: a pixel is one character wide and half a line high (half
blocks), so the digits take 3 lines instead of 5.
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
_HALVES = {("#", "#"): "█", ("#", "."): "▀", (".", "#"): "▄", (".", "."): " "}


def width(text: str, scale: int = 1) -> int:
    """Columns taken by ``text`` drawn at ``scale`` (one blank pixel between glyphs)."""
    pixels = sum(len(_FONT.get(ch, _FONT[" "])[0]) for ch in text) + max(0, len(text) - 1)
    return pixels * 2 * scale if scale > 0 else pixels


def height(scale: int) -> int:
    """Lines taken by digits drawn at ``scale``: 5 per scale, 3 at the small size (0)."""
    return ROWS * scale if scale > 0 else (ROWS + 1) // 2


def fit_scale(text: str, columns: int, lines: int, largest: int = 6) -> int:
    """The largest scale at which ``text`` fits in ``columns`` × ``lines`` (at least 1)."""
    scale = 1
    while scale < largest and width(text, scale + 1) <= columns and ROWS * (scale + 1) <= lines:
        scale += 1
    return scale


def draw(text: str, scale: int = 1) -> list[str]:
    """``text`` (digits, ``:``, ``+``, ``-``, spaces) as ``height(scale)`` lines of blocks."""
    glyphs = [_FONT.get(ch, _FONT[" "]) for ch in text]
    rows = [".".join(glyph[row] for glyph in glyphs) for row in range(ROWS)]
    if scale <= 0:  # two rows of pixels per line, in half blocks
        rows.append("." * len(rows[0]))
        return [
            "".join(_HALVES[pair] for pair in zip(upper, lower, strict=True))
            for upper, lower in zip(rows[::2], rows[1::2], strict=True)
        ]
    lines = []
    for pixels in rows:
        line = "".join((_BLOCK if p == "#" else " ") * 2 * scale for p in pixels)
        lines.extend([line] * scale)
    return lines
