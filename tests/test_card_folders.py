"""Hostile card folders: whatever stray file sits next to the cards, it is skipped with one
warning naming it, and every command keeps working with the other cards.

Each fixture is real: links, FIFOs, folders and files are made in a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from innovkit.cards import safe_read

GOOD = Path(__file__).resolve().parent / "data" / "cards" / "good" / "cafe-curieux.yaml"


def _dangling_link(folder: Path) -> Path:
    path = folder / ".#cafe-curieux.yaml"  # what Emacs leaves while the card is open
    path.symlink_to("camille@pc-mairie.12345:1700000000")
    return path


def _looping_link(folder: Path) -> Path:
    path = folder / "boucle.yaml"
    path.symlink_to(folder / "boucle-bis.yaml")
    (folder / "boucle-bis.yaml").symlink_to(path)
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "tube.yaml"
    os.mkfifo(path)
    return path


def _folder(folder: Path) -> Path:
    path = folder / "dossier.yaml"
    path.mkdir()
    return path


def _huge(folder: Path) -> Path:
    path = folder / "enorme.yaml"
    path.write_bytes(b"# " + b"x" * (safe_read.MAX_CARD_BYTES + 10) + b"\n")
    return path


def _not_utf8(folder: Path) -> Path:
    path = folder / "latin1.yaml"
    path.write_bytes(GOOD.read_text(encoding="utf-8").encode("latin-1", "replace"))
    return path


def _link_to_device(folder: Path) -> Path:
    path = folder / "zero.yaml"
    path.symlink_to("/dev/zero")  # a reader would never reach its end
    return path


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "dangling link": (_dangling_link, "symbolic link leads to no file"),
    "looping link": (_looping_link, "symbolic link leads to no file"),
    "fifo": (_fifo, "not a regular file"),
    "folder": (_folder, "not a regular file"),
    "device": (_link_to_device, "not a regular file"),
    "huge file": (_huge, "larger than 1 MiB"),
    "not utf-8": (_not_utf8, "not UTF-8"),
}

COMMANDS = {
    "list": ("list",),
    "show": ("show", "cafe-curieux"),
    "sheet": ("sheet", "cafe-curieux", "--format", "txt"),
    "run": ("run", "cafe-curieux", "--no-input", "--no-record"),
    "journal add": ("journal", "add", "cafe-curieux", "--date", "2026-11-03"),
}


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """A card folder with one good card and the stray file of the case asked for.

    A watchdog opens any FIFO for writing after a while, so that a reader stuck on it is
    released (and the test fails) instead of hanging the suite."""
    folder = tmp_path / "fiches"
    folder.mkdir()
    shutil.copy(GOOD, folder / GOOD.name)
    released: list[Path] = []

    def release() -> None:
        for path in folder.iterdir():
            if path.is_fifo():
                try:
                    fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
                except OSError:
                    continue  # nobody is reading it: good
                os.close(fd)
                released.append(path)

    watchdog = threading.Timer(15, release)
    watchdog.start()

    def make(case: str) -> Path:
        return CASES[case][0](folder)

    yield make
    watchdog.cancel()
    release()
    assert not released, f"innovkit was stuck reading {released}"


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_stray_file_is_skipped_with_one_warning(
    cli, hostile, tmp_path: Path, case: str, command: str
) -> None:
    stray = hostile(case)
    result = cli("--cards", str(tmp_path / "fiches"), *COMMANDS[command])
    assert result.exit_code == 0, result
    assert "unexpected" not in result.stderr
    assert "Traceback" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if stray.name in line]
    assert len(warnings) == 1, result
    assert warnings[0].startswith("Warning: card skipped")
    assert CASES[case][1] in warnings[0]
    if command != "journal add":
        assert "café curieux" in result.stdout.lower() or "cafe-curieux" in result.stdout


def test_a_stray_file_is_said_by_cards_validate(cli, hostile, tmp_path: Path) -> None:
    for case in CASES:
        hostile(case)
    result = cli("cards", "validate", str(tmp_path / "fiches"))
    assert result.exit_code == 2, result
    assert "unexpected" not in result.stderr
    for case, (_, words) in CASES.items():
        assert words in result.stderr, case
    assert "✓" in result.stderr and "(cafe-curieux)" in result.stderr  # the good card passes


def test_an_unreadable_card_is_skipped(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``chmod 000`` does not stop root (the test machine), so the refusal is the system's."""
    folder = tmp_path / "fiches"
    folder.mkdir()
    shutil.copy(GOOD, folder / GOOD.name)
    locked = folder / "verrouillee.yaml"
    locked.write_text("id: verrouillee\n", encoding="utf-8")
    locked.chmod(0)
    real_open = os.open

    def refuse(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path).name == locked.name:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(safe_read.os, "open", refuse)
    result = cli("--cards", str(folder), "show", "cafe-curieux")
    assert result.exit_code == 0, result
    assert "verrouillee.yaml: the file cannot be read (Permission denied)" in result.stderr
    assert "unexpected" not in result.stderr


def test_a_card_that_grows_past_the_limit_while_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "grows.yaml"
    path.write_bytes(b"x" * (safe_read.MAX_CARD_BYTES + 1))
    with pytest.raises(safe_read.CardError, match="larger than 1 MiB"):
        safe_read.read_card_bytes(path)


@pytest.mark.parametrize("kind", ["dangling link", "fifo"])
def test_a_stray_levers_file_is_said_too(cli, tmp_path: Path, kind: str) -> None:
    """A folder's ``levers.yaml`` that is not a readable file is one warning, not silence."""
    folder = tmp_path / "fiches"
    folder.mkdir()
    shutil.copy(GOOD, folder / GOOD.name)
    levers = folder / "levers.yaml"
    if kind == "fifo":
        os.mkfifo(levers)
    else:
        levers.symlink_to(folder / "missing.yaml")
    result = cli("--cards", str(folder), "list")
    assert result.exit_code == 0, result
    warnings = [line for line in result.stderr.splitlines() if "levers.yaml" in line]
    assert len(warnings) == 1, result
    assert "cafe-curieux" in result.stdout
