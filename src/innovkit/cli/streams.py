"""The standard streams as innovkit finds them, checked before anything is printed.

- A closed standard input (``<&-``; Python then has none) becomes an empty input that is not a
  terminal: every command behaves as with ``--no-input``.
- A closed standard error becomes the null device: there is nowhere to say anything.
- A standard output that is not a terminal (a file, a pipe, ``/dev/full``) is written through
  ``_Output``: a write that fails (a full disk, a closed output) becomes ``OutputFailed``, one
  sentence; a reader that went away (``| head -1``) stays ``BrokenPipeError``, which the command's
  edge ends quietly (see ``cli.main``).
- An encoding that is not UTF-8 (``PYTHONIOENCODING=ascii``, or cp1252 on Windows with the output
  redirected) degrades the characters it lacks (« becomes ", é becomes e, a narrow no-break space
  a space) instead of failing.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import sys
import unicodedata

from innovkit.errors import ExitCode, InnovkitError

DEGRADE = "innovkit-degrade"

# The nearest ASCII for the characters innovkit's own sentences and sheets use; any other
# character is taken apart (é is e and an accent) and kept without its marks, else « ? ».
_NEAREST = {
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "–": "-",
    "—": "-",
    "…": "...",
    "·": "-",
    "•": "*",
    "→": "->",
    "✓": "v",
    "œ": "oe",
    "Œ": "OE",
    "æ": "ae",
}


def _nearest(character: str) -> str:
    near = _NEAREST.get(character)
    if near is not None:
        return near
    plain = unicodedata.normalize("NFKD", character).encode("ascii", "ignore").decode("ascii")
    return plain or "?"


def _degrade(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    for space in ("\u00a0", "\u202f"):  # « mot » reads "mot", not " mot "
        text = text.replace("«" + space, "«").replace(space + "»", "»")
    return "".join(map(_nearest, text)), error.end


codecs.register_error(DEGRADE, _degrade)


class OutputFailed(InnovkitError):
    """Standard output could not be written: a full disk, a closed output."""

    exit_code = ExitCode.ERROR


class _Output(io.RawIOBase):
    """Standard output's file descriptor, written with ``os.write``; a failure is a sentence.
    Once ``silenced`` (after the failure was said), writes are dropped, so that the flush at
    the interpreter's exit says nothing more."""

    def __init__(self, fd: int | None) -> None:
        super().__init__()
        self._fd = fd
        self.silenced = False

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        if self._fd is None:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        return self._fd

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self.silenced:
            return len(data)
        if self._fd is None:
            raise OutputFailed("common.stdout_closed")
        try:
            return os.write(self._fd, data)
        except BrokenPipeError:
            raise
        except OSError as error:
            if error.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
                raise OutputFailed("common.stdout_full") from None
            reason = error.strerror or type(error).__name__
            raise OutputFailed("common.stdout_failed", reason=reason) from None


def prepare() -> None:
    """Make the three standard streams safe to use (see the module's text). Only the process's
    own streams are replaced: a test that captures them keeps its own."""
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - the process's stdin
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - nowhere to say
    if sys.stdout is None or (sys.stdout is sys.__stdout__ and not _terminal(sys.stdout)):
        sys.stdout = _guarded(sys.stdout)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors != DEGRADE:
            stream.reconfigure(errors=DEGRADE)


def _terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def _guarded(original: object | None) -> io.TextIOWrapper:
    fd: int | None = None
    if original is not None:
        try:
            fd = original.fileno()  # type: ignore[attr-defined]
            original.flush()  # type: ignore[attr-defined]
        except (AttributeError, ValueError, OSError):
            return original  # type: ignore[return-value]  # not a real file: left as it is
    encoding = getattr(original, "encoding", None) or "utf-8"
    line_buffering = bool(getattr(original, "line_buffering", False))
    return io.TextIOWrapper(
        io.BufferedWriter(_Output(fd)),
        encoding=encoding,
        errors=DEGRADE,
        line_buffering=line_buffering,
    )


def silence_output() -> None:
    """After a failed or broken standard output was dealt with: drop what is still buffered."""
    stdout = sys.stdout
    raw = getattr(getattr(stdout, "buffer", None), "raw", None)
    if isinstance(raw, _Output):
        raw.silenced = True
        return
    try:  # a standard output innovkit did not wrap (a terminal): point it at the null device
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stdout.fileno())
        os.close(null)
    except (AttributeError, ValueError, OSError):
        pass


def flush_output() -> None:
    """Write out what standard output still holds (``OutputFailed``, ``BrokenPipeError``)."""
    if sys.stdout is not None:
        sys.stdout.flush()
