"""Output files never destroy: innovkit writes only regular files, follows a link to its file
without replacing the link, never writes over the journal, the configuration or a card, leaves
nothing half-written when the disk is full, and keeps journal content owner-only.

Every fixture (pipes, device nodes, sockets, links) is made in a temporary folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import socket
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from innovkit import output

DATA = Path(__file__).resolve().parent / "data"
JOURNAL_CARDS = DATA / "journal" / "cards"
SHEET = ("sheet", "audace-up", "--format", "txt")


def assert_refused(result, words: str, code: int = 2) -> None:
    assert result.exit_code == code, result
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result
    assert words in lines[0], result
    assert "unexpected" not in result.stderr and "Traceback" not in result.stderr


def _fifo(folder: Path) -> Path:
    path = folder / "tube.txt"
    os.mkfifo(path)
    return path


def _device(folder: Path) -> Path:
    """A null device of our own: the real /dev/null is never put at risk."""
    path = folder / "null"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs root")
    return path


@contextlib.contextmanager
def _socket(folder: Path) -> Iterator[Path]:
    path = folder / "s.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        yield path


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A short folder: a socket's path must stay under about 100 characters."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="ik-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("kind", ["fifo", "device", "socket"])
def test_a_special_file_is_never_written(cli, short_tmp: Path, kind: str, force: bool) -> None:
    with contextlib.ExitStack() as stack:
        if kind == "socket":
            path = stack.enter_context(_socket(short_tmp))
        else:
            path = {"fifo": _fifo, "device": _device}[kind](short_tmp)
        before = path.lstat()
        result = cli(*SHEET, "-o", str(path), *(["--force"] if force else []))
        assert_refused(result, "is not a regular file")
        after = path.lstat()
        assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode)
        assert after.st_ino == before.st_ino
        assert sorted(p.name for p in short_tmp.iterdir()) == [path.name]


@pytest.mark.parametrize("force", [False, True])
def test_a_folder_is_never_written(cli, journal: Path, tmp_path: Path, force: bool) -> None:
    """(``sheet -o FOLDER`` writes one sheet per tool into it: a feature, tested elsewhere.)"""
    folder = tmp_path / "export.json"
    folder.mkdir()
    export = ("journal", "export", "--all", "--format", "json")
    result = cli(*export, "-o", str(folder), *(["--force"] if force else []))
    assert_refused(result, "is a folder")
    assert folder.is_dir() and not any(folder.iterdir())


def test_a_link_is_followed_to_its_file_and_stays_a_link(cli, tmp_path: Path) -> None:
    real = tmp_path / "real" / "sheet.txt"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "sheet.txt"
    link.symlink_to(real)
    assert_refused(cli(*SHEET, "-o", str(link)), "already exists")
    assert real.read_text(encoding="utf-8") == "old\n"
    result = cli(*SHEET, "-o", str(link), "--force")
    assert result.exit_code == 0, result
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert "AUDACE UP" in real.read_text(encoding="utf-8").upper()
    assert sorted(p.name for p in real.parent.iterdir()) == ["sheet.txt"]  # no temp file left


@pytest.mark.parametrize("force", [False, True])
def test_a_link_to_nowhere_is_refused(cli, tmp_path: Path, force: bool) -> None:
    link = tmp_path / "sheet.txt"
    link.symlink_to(tmp_path / "missing" / "sheet.txt")
    result = cli(*SHEET, "-o", str(link), *(["--force"] if force else []))
    assert_refused(result, "symbolic link that leads to no file")
    assert link.is_symlink() and not link.exists()


@pytest.fixture
def journal(cli, innovkit_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("INNOVKIT_CARDS", str(JOURNAL_CARDS))
    result = cli("journal", "add", "atelier-test", "--date", "2026-11-03", "--outcome", "defi=x")
    assert result.exit_code == 0, result
    path = innovkit_home / "data" / "journal.sqlite3"
    assert path.is_file()
    return path


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "html"])
def test_the_journal_is_never_written_over(cli, journal: Path, tmp_path: Path, fmt: str) -> None:
    before = journal.read_bytes()
    result = cli("journal", "export", "--all", "--format", fmt, "-o", str(journal), "--force")
    assert_refused(result, "is a file innovkit reads")
    assert journal.read_bytes() == before
    link = tmp_path / "export.json"  # through a link, or a second name, it is the same file
    link.symlink_to(journal)
    assert_refused(
        cli("journal", "export", "--all", "--format", fmt, "-o", str(link), "--force"),
        "is a file innovkit reads",
    )
    hard = tmp_path / "hard.json"
    os.link(journal, hard)
    assert_refused(
        cli("journal", "export", "--all", "--format", fmt, "-o", str(hard), "--force"),
        "is a file innovkit reads",
    )
    assert journal.read_bytes() == before
    assert cli("journal", "list").exit_code == 0


def test_a_journal_named_by_the_environment_is_never_written_over(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INNOVKIT_CARDS", str(JOURNAL_CARDS))
    path = tmp_path / "equipe.sqlite3"
    monkeypatch.setenv("INNOVKIT_JOURNAL", str(path))
    assert cli("journal", "add", "atelier-test", "--outcome", "defi=x").exit_code == 0
    before = path.read_bytes()
    result = cli(*SHEET, "-o", str(path), "--force")
    assert_refused(result, "is a file innovkit reads")
    assert path.read_bytes() == before


def test_the_configuration_is_never_written_over(cli, innovkit_home: Path) -> None:
    assert cli("config", "set", "facilitator", "Camille").exit_code == 0
    config = innovkit_home / "config" / "config.toml"
    before = config.read_bytes()
    assert_refused(cli(*SHEET, "-o", str(config), "--force"), "is a file innovkit reads")
    assert config.read_bytes() == before
    assert cli("config", "set", "facilitator", "Dominique").exit_code == 0  # its own writer


def test_a_card_is_never_written_over(cli, tmp_path: Path) -> None:
    folder = tmp_path / "fiches"
    folder.mkdir()
    card = folder / "cafe-curieux.yaml"
    shutil.copy(DATA / "cards" / "good" / "cafe-curieux.yaml", card)
    before = card.read_bytes()
    result = cli(
        "--cards",
        str(folder),
        "sheet",
        "cafe-curieux",
        "--format",
        "txt",
        "-o",
        str(card),
        "--force",
    )
    assert_refused(result, "is a file innovkit reads")
    assert card.read_bytes() == before


def test_cards_new_still_replaces_its_own_card_with_force(cli, innovkit_home: Path) -> None:
    assert cli("cards", "new", "cafe-test").exit_code == 0
    card = innovkit_home / "data" / "cards" / "cafe-test.yaml"
    card.write_text("# changed\n", encoding="utf-8")
    assert cli("cards", "new", "cafe-test").exit_code == 2
    result = cli("cards", "new", "cafe-test", "--force")
    assert result.exit_code == 0, result
    assert card.read_text(encoding="utf-8") != "# changed\n"


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output.os, "fsync", full)


def test_a_full_disk_leaves_nothing_half_written(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    existing = folder / "old.txt"
    existing.write_text("keep me\n", encoding="utf-8")
    _disk_full(monkeypatch)
    new = cli(*SHEET, "-o", str(folder / "sheet.txt"))
    assert_refused(new, os.strerror(errno.ENOSPC), code=1)
    replaced = cli(*SHEET, "-o", str(existing), "--force")
    assert_refused(replaced, os.strerror(errno.ENOSPC), code=1)
    assert existing.read_text(encoding="utf-8") == "keep me\n"
    assert sorted(p.name for p in folder.iterdir()) == ["old.txt"]


def test_a_kit_on_a_full_disk_leaves_no_temporary_file(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _disk_full(monkeypatch)
    folder = tmp_path / "kit"
    result = cli("kit", "audace-up", "-o", str(folder))
    assert result.exit_code == 1, result
    assert "unexpected" not in result.stderr
    leftovers = [p for p in folder.rglob("*") if p.is_file()]
    assert leftovers == []


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "html"])
def test_every_export_of_the_journal_is_owner_only(
    cli, journal: Path, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"export.{fmt}"
    result = cli("journal", "export", "--all", "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result
    assert _mode(target) == 0o600


def test_write_file_returns_the_path_asked_for(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("x", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    written: Callable[..., Path] = output.write_file
    assert written(link, "y", force=True) == link
    assert real.read_text(encoding="utf-8") == "y" and link.is_symlink()


def test_any_journal_is_never_written_over(cli, journal: Path, tmp_path: Path) -> None:
    """A colleague's journal or a backup, not the one in use, is a journal all the same."""
    backup = tmp_path / "sauvegarde.db"
    shutil.copy(journal, backup)
    before = backup.read_bytes()
    result = cli("journal", "export", "--all", "--format", "csv", "-o", str(backup), "--force")
    assert_refused(result, "is a file innovkit reads")
    assert backup.read_bytes() == before


def test_a_settings_file_kept_elsewhere_through_a_link_stays_a_link(
    cli, innovkit_home: Path, tmp_path: Path
) -> None:
    """A config.toml linked from one's dotfiles: ``config set`` writes the file, keeps the link."""
    dotfile = tmp_path / "dotfiles" / "innovkit.toml"
    dotfile.parent.mkdir()
    dotfile.write_text('facilitator = "Camille"\n', encoding="utf-8")
    link = innovkit_home / "config" / "config.toml"
    link.parent.mkdir(parents=True)
    link.symlink_to(dotfile)
    result = cli("config", "set", "facilitator", "Dominique")
    assert result.exit_code == 0, result
    assert link.is_symlink()
    assert "Dominique" in dotfile.read_text(encoding="utf-8")
