"""The README's examples work: every line of a ```console block runs and succeeds."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def examples() -> list[str]:
    lines = []
    for block in BLOCK.findall(README.read_text(encoding="utf-8")):
        lines.extend(line.strip() for line in block.splitlines() if line.startswith("innovkit "))
    return lines


def test_readme_has_examples() -> None:
    assert len(examples()) >= 8


def test_every_command_is_documented_in_the_readme() -> None:
    from innovkit.cli.app import build_app

    text = README.read_text(encoding="utf-8")
    app = build_app()
    names = [command.name for command in app.registered_commands]
    names += [group.name for group in app.registered_groups]
    assert names
    for name in names:
        assert f"innovkit {name}" in text or f"`{name}" in text, name


@pytest.mark.parametrize("line", examples())
def test_readme_example_runs(cli, line: str) -> None:
    args = shlex.split(line)[1:]
    result = cli(*args)
    assert result.exit_code == 0, result
    assert "Traceback" not in result.stderr
