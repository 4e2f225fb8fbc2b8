"""Writing the files innovkit produces: never over an existing file without ``force``, and
always through a temporary file moved into place, so a crash never leaves half a document.

innovkit writes only regular files. A pipe, a device, a socket or a folder given as the output
is refused, with or without ``force``; a symbolic link is followed to the regular file it leads
to (the link stays a link) or refused; and the files innovkit itself reads — the journal, the
configuration, the tool cards — are never written over by a document or an export.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from innovkit.errors import BadInput, InnovkitError

_JOURNAL_COMPANIONS = ("", "-wal", "-shm", "-journal")


def check_writable(path: Path, force: bool = False, *, card: bool = False) -> Path:
    """Raise ``BadInput`` if ``path`` may not be written; else return the file to write (the
    target of a symbolic link, or ``path`` itself).

    Refused: a folder, a pipe, a device or a socket, a link leading nowhere, an existing file
    without ``force``, a missing or read-only folder, and the journal, the configuration or a
    card file (unless ``card``: ``cards new`` writes a card on purpose)."""
    path = Path(path)
    target = _follow(path)
    try:
        status = target.stat()
    except FileNotFoundError:
        status = None
    except OSError as exc:
        raise BadInput("common.output_failed", path=path, reason=exc.strerror) from exc
    if status is not None:
        if stat.S_ISDIR(status.st_mode):
            raise BadInput("common.output_is_folder", path=path)
        if not stat.S_ISREG(status.st_mode):
            raise BadInput("common.output_not_regular", path=path)
    _refuse_what_innovkit_reads(path, target, card)
    if status is not None and not force:
        raise BadInput("common.output_exists", path=path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise BadInput("common.output_folder_missing", folder=folder)
    if not os.access(folder, os.W_OK):
        raise BadInput("common.output_folder_unwritable", folder=folder)
    return target


def _follow(path: Path) -> Path:
    """``path``, or the file its symbolic link(s) lead to; a broken or looping link is refused."""
    if not path.is_symlink():
        return path
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise BadInput("common.output_broken_link", path=path) from None


def _refuse_what_innovkit_reads(path: Path, target: Path, card: bool) -> None:
    if not target.exists():
        return
    for protected in _files_innovkit_reads():
        with contextlib.suppress(OSError):
            if os.path.samefile(target, protected):
                raise BadInput("common.output_protected", path=path)
    # Cards are YAML files, and innovkit writes YAML only when ``cards new`` writes a card: an
    # existing YAML file is someone's card (in any folder given with --cards) or levers file.
    if not card and target.suffix.lower() in (".yaml", ".yml"):
        raise BadInput("common.output_protected", path=path)
    if _is_sqlite(target):  # a journal, even one not in use now (a colleague's, a backup)
        raise BadInput("common.output_protected", path=path)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _files_innovkit_reads() -> list[Path]:
    from innovkit import paths
    from innovkit.settings import configured

    try:
        journal = paths.journal_file(configured("journal"))
    except InnovkitError:  # an unreadable setting: every SQLite file is protected anyway
        journal = paths.journal_file(None)
    if str(journal).startswith("postgres"):  # a shared journal: no file of it here
        journal = paths.journal_file(None)
    files = [journal.with_name(journal.name + end) for end in _JOURNAL_COMPANIONS]
    files.append(paths.config_file())
    return files


def write_file(
    path: Path,
    content: str | bytes,
    force: bool = False,
    mode: int = 0o644,
    *,
    card: bool = False,
    own_file: bool = False,
) -> Path:
    """Write ``content`` to ``path`` atomically; refuses to replace a file unless ``force``.

    ``mode`` applies on systems that have one (0o600: owner only, for anything holding journal
    content). ``own_file`` is for innovkit's own files (configuration, cache, drafts), written
    where they belong; every other write goes through ``check_writable``. Whatever goes wrong,
    the temporary file is removed and an existing file is left as it was."""
    path = Path(path)
    # innovkit's own files are not checked like an -o, but a link (a config.toml kept with
    # one's dotfiles) is still followed, never replaced by a file.
    target = _follow(path) if own_file else check_writable(path, force, card=card)
    data = content.encode("utf-8") if isinstance(content, str) else content
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise BadInput("common.output_folder_unwritable", folder=folder) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if not force and os.path.lexists(target):  # appeared while we were writing
            raise BadInput("common.output_exists", path=path)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            reason = exc.strerror or type(exc).__name__
            raise InnovkitError("common.output_failed", path=path, reason=reason) from exc
        raise
    return path
