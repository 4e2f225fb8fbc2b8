"""The README is true: every line of a ```console block runs and succeeds, and every command
and sub-command it names exists on the real command line."""

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


CODE_BLOCK = re.compile(r"```[a-z]*\n(.*?)```", re.S)
CODE_SPAN = re.compile(r"`([^`\n]+)`")
NAMED = re.compile(r"(?:^|[\s(`$])innovkit((?: [a-z][a-z0-9-]*)+)", re.M)


def commands_named(text: str) -> set[tuple[str, ...]]:
    """The words after ``innovkit`` wherever the README shows a command (code blocks and
    `code spans`): ``("journal", "export")``, ``("show", "walt")``…"""
    blocks = CODE_BLOCK.findall(text)
    chunks = blocks + CODE_SPAN.findall(CODE_BLOCK.sub("", text))
    return {tuple(m.group(1).split()) for chunk in chunks for m in NAMED.finditer(chunk)}


def missing_commands(text: str) -> list[str]:
    """The commands and sub-commands named in ``text`` that the real command line lacks."""
    import typer

    from innovkit.cli.app import build_app

    root = typer.main.get_command(build_app())
    missing = []
    for words in sorted(commands_named(text)):
        command = root
        for depth, word in enumerate(words):
            sub_commands = getattr(command, "commands", None)
            if sub_commands is None:
                break  # a command: what follows are its arguments
            if word not in sub_commands:
                missing.append(" ".join(("innovkit", *words[: depth + 1])))
                break
            command = sub_commands[word]
    return missing


def test_the_readme_names_commands_and_sub_commands() -> None:
    named = commands_named(README.read_text(encoding="utf-8"))
    assert {("journal", "export"), ("cards", "new", "cafe-curieux"), ("list",)} <= named


def test_every_command_the_readme_names_exists() -> None:
    assert missing_commands(README.read_text(encoding="utf-8")) == []


def test_a_command_that_does_not_exist_is_caught() -> None:
    text = (
        "Run `innovkit journal frobnicate` or\n\n```console\n$ innovkit teleport walt\n"
        "innovkit cards new my-tool\ninnovkit show walt\n```\ninnovkit is a toolkit.\n"
    )
    assert missing_commands(text) == ["innovkit journal frobnicate", "innovkit teleport"]
