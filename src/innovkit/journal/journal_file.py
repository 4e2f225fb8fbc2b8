"""The journal file itself: refused when it is not a journal, created owner-only."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from innovkit.errors import BadInput, InnovkitError

SQLITE_MAGIC = b"SQLite format 3\x00"


def prepare_file(path: Path) -> None:
    """Refuse what is not a journal before SQLite touches it; create a new one owner-only."""
    if path.is_dir():
        raise BadInput("journal.path_is_folder", path=path)
    if path.exists():
        if not stat.S_ISREG(path.stat().st_mode):  # a pipe would make the read below wait
            raise BadInput("journal.not_regular", path=path)
        try:
            with path.open("rb") as handle:
                head = handle.read(len(SQLITE_MAGIC))
        except OSError as error:
            raise InnovkitError("journal.cannot_open", path=path, reason=error.strerror) from None
        # An empty file is a journal not yet started (SQLite treats it so too).
        if head and head != SQLITE_MAGIC:
            raise BadInput("journal.not_sqlite", path=path)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Created owner-only from the start: there is no moment when others could read it.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError as error:
        raise InnovkitError("journal.cannot_create", path=path, reason=error.strerror) from None


def owner_only(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
