"""The language is explicit: no module of ``src/`` keeps run state in a module variable, and
every sentence is asked for in a language given by the caller.

Scans every module for ``global`` statements and for calls of ``tr`` (and its siblings) without
their language argument; then runs the command line twice in one process, in French then in
English (and the other way), and checks that each run speaks its own language, help included.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

# How many positional arguments each function of ``innovkit.i18n`` needs, its language included.
NEEDS_LANGUAGE = {
    "tr": 2,
    "tr_in": 2,
    "tr_count": 3,
    "labelled": 3,
    "quoted": 2,
    "month_name": 2,
    "format_date": 2,
    "format_month": 3,
    "minutes_text": 2,
}

# What the hidden global language was read and set with: gone for good.
HIDDEN_LANGUAGE = {"current_language", "set_language", "_current"}

# ``global`` statements allowed, with why: none. (A cache of immutable data, like the message
# catalogue, is kept with ``functools.cache``, not with a ``global``.)
GLOBALS_ALLOWED: dict[str, str] = {}


def problems(source: str, module: str = "") -> list[str]:
    """What in ``source`` (one module's text) hides the language or keeps run state."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Global) and module not in GLOBALS_ALLOWED:
            found.append(f"line {node.lineno}: global {', '.join(node.names)}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            needed = NEEDS_LANGUAGE.get(name)
            positional = [arg for arg in node.args if not isinstance(arg, ast.Starred)]
            if needed and len(positional) < needed and len(positional) == len(node.args):
                found.append(f"line {node.lineno}: {name}() without its language")
        elif isinstance(node, ast.Name | ast.Attribute | ast.ImportFrom):
            if isinstance(node, ast.ImportFrom):
                names = [alias.name for alias in node.names]
            else:
                names = [node.id if isinstance(node, ast.Name) else node.attr]
            for name in names:
                if name in HIDDEN_LANGUAGE:
                    found.append(f"line {node.lineno}: {name}")
    return found


def modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_hidden_language_nor_global_state(path: Path) -> None:
    module = str(path.relative_to(SRC))
    assert problems(path.read_text(encoding="utf-8"), module) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f():\n    global x\n", ["line 2: global x"]),
        ("tr('a.b')", ["line 1: tr() without its language"]),
        ("tr('a.b', value=1)", ["line 1: tr() without its language"]),
        ("i18n.tr_count('a', n)", ["line 1: tr_count() without its language"]),
        ("labelled('Durée', 4)", ["line 1: labelled() without its language"]),
        ("quoted(text)", ["line 1: quoted() without its language"]),
        ("from innovkit.i18n import current_language", ["line 1: current_language"]),
        ("tr('a.b', lang, value=1); tr_count('a', n, lang); quoted(t, 'fr')", []),
        ("tr(*args)", []),
    ],
)
def test_the_scan_finds_what_it_looks_for(source: str, expected: list[str]) -> None:
    assert problems(source) == expected
