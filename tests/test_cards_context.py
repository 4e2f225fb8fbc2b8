"""The card folders given with ``--cards`` belong to one run: nothing of a run is left for the next.

Each run's catalogue travels in its context (``innovkit.cli.context``), never in a module variable.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CAFE = Path(__file__).resolve().parent / "data" / "cards" / "good" / "cafe-curieux.yaml"


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """Two card folders: one with ``cafe-curieux``, one with ``cafe-voisin``."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "cafe-curieux.yaml").write_bytes(CAFE.read_bytes())
    text = CAFE.read_text(encoding="utf-8").replace("id: cafe-curieux", "id: cafe-voisin", 1)
    (second / "cafe-voisin.yaml").write_text(text, encoding="utf-8")
    return first, second


def _ids(result) -> set[str]:
    assert result.exit_code == 0, result
    return {tool["id"] for tool in json.loads(result.stdout)}


def test_two_runs_in_one_process_see_their_own_cards(cli, folders) -> None:
    first, second = folders
    assert {"cafe-curieux", "audace-up"} <= _ids(cli("--cards", str(first), "list", "--json"))
    ids = _ids(cli("--cards", str(second), "list", "--json"))
    assert "cafe-voisin" in ids and "cafe-curieux" not in ids
    assert not {"cafe-curieux", "cafe-voisin"} & _ids(cli("list", "--json"))
    assert cli("show", "cafe-voisin").exit_code == 2
    paths = cli("--cards", str(first), "cards", "path").stdout
    assert str(first) in paths and str(second) not in paths
    assert str(first) not in cli("cards", "path").stdout


def _complete(cli, words: str) -> list[str]:
    env = {
        "_INNOVKIT_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }
    return cli(env=env).stdout.split()


def test_completion_after_a_run_does_not_see_that_runs_cards(cli, folders) -> None:
    first, _ = folders
    assert cli("--cards", str(first), "show", "cafe", "--json").exit_code == 0
    assert _complete(cli, "innovkit show cafe") == []
    assert _complete(cli, f"innovkit --cards {first} show cafe") == ["cafe-curieux"]


def test_completion_sees_the_cards_folder_typed_before_the_command(folders) -> None:
    _, second = folders
    env = {
        **os.environ,
        "_INNOVKIT_COMPLETE": "complete_bash",
        "COMP_WORDS": f"innovkit --cards {second} show cafe",
        "COMP_CWORD": "4",
    }
    result = subprocess.run(
        [sys.executable, "-m", "innovkit"], capture_output=True, text=True, env=env, check=False
    )
    assert result.stdout.split() == ["cafe-voisin"], result


@pytest.mark.parametrize(
    "args",
    [
        ("sheet", "cafe-curieux", "--format", "txt"),
        ("checklist", "cafe-curieux", "--format", "txt"),
        ("plan", "cafe-curieux", "--format", "txt"),
        ("journal", "add", "cafe-curieux", "--no-input"),
    ],
    ids=lambda args: " ".join(args[:2]),
)
def test_every_command_takes_its_cards_from_its_own_run(cli, folders, args) -> None:
    first, _ = folders
    result = cli("--cards", str(first), *args)
    assert result.exit_code == 0, result
    assert cli(*args).exit_code == 2  # the next run, without --cards, does not know the tool
