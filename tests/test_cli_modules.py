"""The command line is thin: no command module imports another command module.

The command modules are those ``cli/app.py`` registers (``MODULES``), each a file or a package
under ``src/innovkit/cli/``; what several of them share lives in shared modules
(``cli/options.py``, ``cli/sessionoptions.py``, ``cli/recorded.py``…), never in one of them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from innovkit.cli.app import MODULES

CLI = Path(__file__).parent.parent / "src" / "innovkit" / "cli"


def _files(module: str) -> list[Path]:
    package = CLI / module
    return sorted(package.rglob("*.py")) if package.is_dir() else [CLI / f"{module}.py"]


def command_modules_imported(source: str) -> set[str]:
    """The command modules (of ``MODULES``) that ``source`` imports, however it spells it:
    ``import innovkit.cli.x``, ``from innovkit.cli.x[.y] import …``, ``from innovkit.cli
    import x``, or relatively (``from . import x``, ``from .x import …``, ``from ..x …``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: inside cli/ (or its packages), the first part names it
                base = (node.module or "").split(".")[0]
                names = [f"innovkit.cli.{base}"] if base else []
                names += [f"innovkit.cli.{alias.name}" for alias in node.names if not base]
            else:
                module = node.module or ""
                names = [module] + [f"{module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[:2] == ["innovkit", "cli"] and len(parts) > 2 and parts[2] in MODULES:
                found.add(parts[2])
    return found


@pytest.mark.parametrize("module", MODULES)
def test_no_command_module_imports_another(module: str) -> None:
    files = _files(module)
    assert files and all(path.is_file() for path in files), module
    for path in files:
        others = command_modules_imported(path.read_text(encoding="utf-8")) - {module}
        assert not others, f"{path.relative_to(CLI)} imports the command module(s) {others}"


def test_every_way_of_importing_a_command_module_is_seen() -> None:
    sources = {
        "import innovkit.cli.journal": {"journal"},
        "from innovkit.cli.journal import DateOpt": {"journal"},
        "from innovkit.cli.journal.adding import add": {"journal"},
        "from innovkit.cli import catalogue, options": {"catalogue"},
        "def f():\n    from innovkit.cli.catalogue import language": {"catalogue"},
        "from .live import run": {"live"},
        "from . import documents": {"documents"},
        "from innovkit.cli.options import language": set(),
        "from innovkit.cli import ask, context": set(),
        "from innovkit.journal.report import Words": set(),
    }
    for source, expected in sources.items():
        assert command_modules_imported(source) == expected, source
