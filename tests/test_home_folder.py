"""The home folder is checked, not assumed: ``INNOVKIT_HOME`` pointing at a file, or a folder
innovkit may not create or write, is one sentence naming the folder — never « unexpected »."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from innovkit import paths
from innovkit.errors import BadInput, InnovkitError

JOURNAL_CARDS = Path(__file__).resolve().parent / "data" / "journal" / "cards"

COMMANDS = [
    ("list",),
    ("show", "walt"),
    ("config", "set", "facilitator", "Camille"),
    ("cards", "new", "cafe-test"),
    ("journal", "add", "atelier-test", "--outcome", "defi=x"),
]


def assert_one_sentence(result, words: str, code: int = 2) -> None:
    assert result.exit_code == code, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result
    assert words in lines[0], result
    assert "unexpected" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("args", COMMANDS)
def test_a_home_that_is_a_file_is_one_sentence(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    home = tmp_path / "innovkit-home.txt"
    home.write_text("not a folder\n", encoding="utf-8")
    monkeypatch.setenv("INNOVKIT_HOME", str(home))
    monkeypatch.setenv("INNOVKIT_CARDS", str(JOURNAL_CARDS))
    result = cli(*args)
    assert_one_sentence(result, str(home))
    assert "INNOVKIT_HOME" in result.stderr
    assert home.read_text(encoding="utf-8") == "not a folder\n"


def test_a_home_inside_a_file_is_one_sentence(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("INNOVKIT_HOME", str(blocker / "innovkit"))
    result = cli("config", "set", "facilitator", "Camille")
    assert_one_sentence(result, str(blocker / "innovkit" / "config"))


@pytest.mark.parametrize(
    ("error", "kind", "code"),
    [
        (errno.EACCES, BadInput, 2),
        (errno.EROFS, BadInput, 2),
        (errno.EIO, InnovkitError, 1),
    ],
)
def test_a_folder_that_cannot_be_made_is_said(
    cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: int,
    kind: type[InnovkitError],
    code: int,
) -> None:
    """Root (the test machine) may write anywhere, so the system's refusal is simulated."""

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(error, "refused", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(kind) as caught:
        paths.make_folder(tmp_path / "data")
    assert str(tmp_path / "data") in str(caught.value)
    result = cli("config", "set", "facilitator", "Camille")
    assert_one_sentence(result, "config", code)
    result = cli("cards", "new", "cafe-test")
    assert_one_sentence(result, "cards", code)


def test_a_missing_home_is_created_when_needed(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "neuf" / "innovkit"
    monkeypatch.setenv("INNOVKIT_HOME", str(home))
    assert cli("list").exit_code == 0
    assert cli("config", "set", "facilitator", "Camille").exit_code == 0
    assert (home / "config" / "config.toml").is_file()
