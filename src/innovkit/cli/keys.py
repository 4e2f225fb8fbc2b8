"""Single key presses from the terminal, without Enter, without echo, without blocking.

``KeyReader`` puts the terminal in cbreak mode (Ctrl-C still interrupts) and always puts it
back as it was: on a normal exit, on an exception, on Ctrl-C, and when the terminal is closed
or the program is asked to stop (SIGHUP, SIGTERM become ``Hangup``, so cleanup code runs).
"""

from __future__ import annotations

import codecs
import contextlib
import os
import select
import signal
import sys
import termios
import threading
import tty
from collections.abc import Iterator
from types import TracebackType
from typing import Any

_SEQUENCES = {
    "\x1b[A": "up",
    "\x1b[B": "down",
    "\x1b[C": "right",
    "\x1b[D": "left",
    "\x1bOA": "up",
    "\x1bOB": "down",
    "\x1bOC": "right",
    "\x1bOD": "left",
    "\x1b[H": "home",
    "\x1b[F": "end",
}
_SINGLE = {"\r": "enter", "\n": "enter", "\t": "tab", "\x7f": "backspace", "\x08": "backspace"}


# How long the rest of a cut escape sequence may take to come: the terminal sends a key's
# bytes together, so a lone Escape pressed by a person is told apart in far less than this.
ESCAPE_WAIT = 0.05


class Hangup(KeyboardInterrupt):
    """The terminal was closed (SIGHUP) or the program was asked to stop (SIGTERM)."""


def _hang_up(signum: int, frame: Any) -> None:
    raise Hangup


def decode_keys(text: str) -> list[str]:
    """Key names in ``text`` as read from a terminal: letters as themselves, arrows as
    ``"up"``…, Enter as ``"enter"``, a lone Escape as ``"escape"``."""
    keys: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "\x1b":
            for sequence, name in _SEQUENCES.items():
                if text.startswith(sequence, i):
                    keys.append(name)
                    i += len(sequence)
                    break
            else:
                if text.startswith("\x1b[", i):  # an unknown sequence: skip it whole
                    j = i + 2
                    while j < len(text) and not text[j].isalpha() and text[j] != "~":
                        j += 1
                    i = j + 1
                else:
                    keys.append("escape")
                    i += 1
            continue
        keys.append(_SINGLE.get(text[i], text[i]))
        i += 1
    return keys


def decode_partial(text: str) -> tuple[list[str], str]:
    """Like ``decode_keys``, but an escape sequence cut at the end of ``text`` (a read ended
    in the middle of an arrow key) is given back undecoded, to go before the next read."""
    start = text.rfind("\x1b")
    if start >= 0 and _unfinished(text[start:]):
        return decode_keys(text[:start]), text[start:]
    return decode_keys(text), ""


def _unfinished(tail: str) -> bool:
    """``tail`` (from an Escape to the end) may be the beginning of a longer sequence."""
    if tail in ("\x1b", "\x1bO"):
        return True
    return tail.startswith("\x1b[") and all(c.isdigit() or c == ";" for c in tail[2:])


class KeyReader:
    """Reads keys from the terminal ``fd`` (standard input by default)."""

    def __init__(self, fd: int | None = None) -> None:
        self.fd = sys.stdin.fileno() if fd is None else fd
        self._saved: list[Any] | None = None
        self._pending: list[str] = []
        self._partial = ""  # the beginning of an escape sequence, waiting for its end
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._handlers: dict[int, Any] = {}

    def __enter__(self) -> KeyReader:
        self._saved = termios.tcgetattr(self.fd)
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGHUP, signal.SIGTERM):
                self._handlers[signum] = signal.signal(signum, _hang_up)
        self._raw()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._restore()
        for signum, handler in self._handlers.items():
            signal.signal(signum, handler)
        self._handlers.clear()

    def _raw(self) -> None:
        tty.setcbreak(self.fd, termios.TCSANOW)

    def _restore(self) -> None:
        if self._saved is not None:
            # The terminal may already be gone (closed window): nothing left to restore then.
            with contextlib.suppress(termios.error, OSError):
                termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)

    @contextlib.contextmanager
    def cooked(self) -> Iterator[None]:
        """The terminal as usual (line editing, echo) for typing an answer; cbreak after."""
        self._restore()
        try:
            yield
        finally:
            with contextlib.suppress(termios.error, OSError):
                self._raw()
            self._pending.clear()
            self._partial = ""

    def read(self, timeout: float | None) -> str | None:
        """The next key, or ``None`` once ``timeout`` seconds pass (``None``: wait)."""
        if self._pending:
            return self._pending.pop(0)
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return None
        keys, self._partial = decode_partial(self._partial + self._read_text())
        # Many queued keys are read 64 bytes at a time and an arrow may be cut in two: its end
        # is already there (or about to be). Nothing comes: it was a lone Escape.
        while self._partial:
            ready, _, _ = select.select([self.fd], [], [], ESCAPE_WAIT)
            if not ready:
                keys += decode_keys(self._partial)
                self._partial = ""
                break
            more, self._partial = decode_partial(self._partial + self._read_text())
            keys += more
        self._pending.extend(keys)
        return self._pending.pop(0) if self._pending else None

    def _read_text(self) -> str:
        data = os.read(self.fd, 64)
        if not data:  # end of input: the terminal is gone
            raise Hangup
        return self._decoder.decode(data)
