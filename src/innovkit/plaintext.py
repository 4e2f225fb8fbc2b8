"""Text from cards, imports and users, made safe to show: never interpreted by a terminal.

A card or an imported session may carry control characters: an escape sequence that recolours
or clears the terminal, an OSC 8 link that hides its address, a bell, a backspace that rewrites
what is shown, or a bidi override that makes a sentence read backwards (« Trojan Source »).
``visible`` keeps every printable character and every line break and tab, and turns each
control character into the symbol that names it (ESC becomes ␛, BEL ␇, and a C1 control
becomes �), so an escape sequence is shown as harmless text instead of being obeyed. Bidi
overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed: they have no visible form.

Markup is another matter: the terminal layer (Rich) must also be told not to read ``[…]`` as
its markup — the CLI prints such text as ``rich.text.Text``, never as a markup string.
"""

from __future__ import annotations

import re

_C0_PICTURES = 0x2400  # U+2400 SYMBOL FOR NULL … U+241F SYMBOL FOR UNIT SEPARATOR
_KEPT = {ord("\n"), ord("\t")}
_BIDI_CONTROLS = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_REPLACEMENT = "\ufffd"


def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {
        code: chr(_C0_PICTURES + code) for code in range(0x20) if code not in _KEPT
    }
    table[0x7F] = "\u2421"  # SYMBOL FOR DELETE
    table.update({code: _REPLACEMENT for code in range(0x80, 0xA0)})  # C1, CSI and OSC among them
    table.update({code: None for code in _BIDI_CONTROLS})
    table.update({code: _REPLACEMENT for code in range(0xD800, 0xE000)})  # lone surrogates
    return table


_TABLE = _table()
# Exactly the characters of ``_TABLE``, found in one C call: most texts hold none of them.
_HIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def visible(text: str) -> str:
    """``text`` with no character a terminal would obey: line breaks and tabs kept, Windows line
    ends made plain, every other control character shown as a symbol, bidi controls removed."""
    return text.replace("\r\n", "\n").translate(_TABLE)


def is_visible(text: str) -> bool:
    """Whether ``visible`` would leave ``text`` as it is."""
    return _HIDDEN.search(text) is None
