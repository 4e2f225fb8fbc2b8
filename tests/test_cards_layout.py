"""The card code stays in small modules: none over about 400 lines, no function over about 50."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import innovkit.cards

CARDS = Path(innovkit.cards.__file__).parent
MODULE_LINES = 400
FUNCTION_LINES = 50


def too_big(source: str, name: str) -> list[str]:
    """What is too big in the module ``name`` whose text is ``source``: the module itself, or each
    function or method (its decorators and docstring included)."""
    found = []
    lines = len(source.splitlines())
    if lines > MODULE_LINES:
        found.append(f"{name}: {lines} lines")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            length = node.end_lineno - first + 1
            if length > FUNCTION_LINES:
                found.append(f"{name}:{node.lineno} {node.name}(): {length} lines")
    return found


def test_the_check_finds_a_long_function_and_a_long_module() -> None:
    body = "".join(f"    x{i} = {i}\n" for i in range(FUNCTION_LINES))
    assert too_big(f"def long():\n{body}", "m.py") == ["m.py:1 long(): 51 lines"]
    assert too_big(f"def short():\n{body[: -len(body.splitlines()[-1]) - 1]}", "m.py") == []
    module = "x = 1\n" * (MODULE_LINES + 1)
    assert too_big(module, "m.py") == [f"m.py: {MODULE_LINES + 1} lines"]


@pytest.mark.parametrize("path", sorted(CARDS.glob("*.py")), ids=lambda p: p.name)
def test_card_modules_and_functions_are_small(path: Path) -> None:
    assert too_big(path.read_text(encoding="utf-8"), path.name) == []
