"""Reading a file from a card folder without trusting what the folder holds.

A card folder is the facilitator's (or a colleague's USB stick): it may hold an editor's
dangling lock link (Emacs leaves ``.#card.yaml``), a link that loops, a named pipe that would
block a reader forever, a device, an unreadable or a huge file. Each becomes a ``CardError``
naming the file, so the catalogue skips it with one warning and everything else still works.
A non-regular file is never opened for reading; it is opened only without blocking, then
checked with ``fstat`` before a byte is read (a file swapped between the checks is refused too).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from innovkit.errors import CardError
from innovkit.i18n import words

MAX_CARD_BYTES = 1024 * 1024
"""The largest card or levers file read: 1 MiB, about fifty times the longest built-in card."""


def card_file_stat(path: Path) -> os.stat_result:
    """The status of the regular file ``path`` (links followed), or a ``CardError`` saying why
    it cannot be a card: a broken or looping link, not a regular file, or too large."""
    try:
        status = path.stat()
    except OSError as exc:
        raise _problem(path, exc) from None
    _check(path, status)
    return status


def read_card_bytes(path: Path) -> bytes:
    """The bytes of the card file ``path``; never blocks and never reads a non-regular file."""
    card_file_stat(path)  # a FIFO is refused here, before it is opened at all
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _problem(path, exc) from None
    try:
        with os.fdopen(fd, "rb") as handle:
            _check(path, os.fstat(handle.fileno()))
            data = handle.read(MAX_CARD_BYTES + 1)
    except OSError as exc:
        raise _problem(path, exc) from None
    if len(data) > MAX_CARD_BYTES:  # it grew after the check
        raise _too_large(path)
    return data


def _check(path: Path, status: os.stat_result) -> None:
    if not stat.S_ISREG(status.st_mode):
        raise CardError(str(path), None, None, words("cards.not_regular_file"))
    if status.st_size > MAX_CARD_BYTES:
        raise _too_large(path)


def _too_large(path: Path) -> CardError:
    return CardError(str(path), None, None, words("cards.file_too_large", limit="1 MiB"))


def _problem(path: Path, exc: OSError) -> CardError:
    if path.is_symlink():  # the link itself is there, but leads nowhere or round in circles
        return CardError(str(path), None, None, words("cards.broken_link"))
    if isinstance(exc, FileNotFoundError):
        return CardError(str(path), None, None, words("cards.file_missing"))
    reason = exc.strerror or type(exc).__name__
    return CardError(str(path), None, None, words("cards.unreadable", reason=reason))
