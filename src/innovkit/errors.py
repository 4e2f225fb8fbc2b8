"""The exceptions the core raises, each carrying a sentence for the facilitator.

The CLI is the only place that turns them into output and exit codes (see ``cli``).
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit statuses of the ``innovkit`` command, part of the public contract."""

    OK = 0
    ERROR = 1
    USAGE = 2
    INTERRUPTED = 130


class InnovkitError(Exception):
    """A failure the user can understand: its text is a full sentence in their language."""

    exit_code: ExitCode = ExitCode.ERROR


class BadInput(InnovkitError):
    """Something the user typed or pointed at cannot be used as it is."""

    exit_code = ExitCode.USAGE


class CardError(BadInput):
    """A tool card (or levers file) that does not follow the card format.

    ``file``, ``line`` and ``field`` say where; ``problem`` says what, in the user's language.
    """

    def __init__(self, file: str, line: int | None, field: str | None, problem: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem
        where = file if line is None else f"{file}:{line}"
        if field:
            where = f"{where}: {field}"
        super().__init__(f"{where}: {problem}")
