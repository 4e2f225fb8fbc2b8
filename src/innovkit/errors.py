"""The exceptions the core raises, each carrying a sentence for the facilitator.

The core has no language at hand: it raises an error with the message's key and values
(``BadInput("journal.bad_date", value=text)``); the CLI is the only place that turns them into
words in the run's language (``error.words(lang)``), output and exit codes (see ``cli``).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum


class ExitCode(IntEnum):
    """Exit statuses of the ``innovkit`` command, part of the public contract."""

    OK = 0
    ERROR = 1
    USAGE = 2
    INTERRUPTED = 130


class InnovkitError(Exception):
    """A failure the user can understand: a message of the catalogue (``key`` and its
    ``values``, which may be ``Words`` or functions of the language), a function of the
    language that says it, or a sentence already said in the user's language by code that
    knew it."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str | Callable[[str], str], /, **values: object) -> None:
        super().__init__(message)
        self.message = message
        self.values = values

    def words(self, lang: str) -> str:
        """The full sentence in ``lang``."""
        from innovkit.i18n import catalogue, tr

        if callable(self.message):
            return self.message(lang)
        if self.message in catalogue():
            return tr(self.message, lang, **self.values)
        return self.message

    def __str__(self) -> str:
        # For logs and tracebacks only: the CLI says errors with ``words(lang)``.
        from innovkit.i18n import DEFAULT_LANGUAGE

        return self.words(DEFAULT_LANGUAGE)


class BadInput(InnovkitError):
    """Something the user typed or pointed at cannot be used as it is."""

    exit_code = ExitCode.USAGE


class CardError(BadInput):
    """A tool card (or levers file) that does not follow the card format.

    ``file``, ``line`` and ``field`` say where; ``problem`` says what (``Words``, or a sentence).
    """

    def __init__(
        self, file: str, line: int | None, field: str | None, problem: str | Callable[[str], str]
    ) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem
        super().__init__(self.where())

    def where(self) -> str:
        """``file:line: field``."""
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.field}" if self.field else where

    def words(self, lang: str) -> str:
        from innovkit.i18n import in_language

        return f"{self.where()}: {in_language(self.problem, lang)}"
