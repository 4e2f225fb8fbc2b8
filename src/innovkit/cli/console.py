"""Output helpers for the commands: stdout carries data, stderr carries talk."""

from __future__ import annotations

import json
import sys
from functools import cache
from typing import Any

from rich.console import Console

from innovkit.i18n import tr


def _keep_non_breaking_spaces() -> None:
    """French typography glues « », : ; ! ? to their words with non-breaking spaces, but Rich
    wraps lines at any ``\\s``, which includes them. Make Rich break at ordinary spaces only."""
    import re

    from rich import _wrap

    if hasattr(_wrap, "re_word"):
        _wrap.re_word = re.compile(r"[ \t\n\r\f\v]*[^ \t\n\r\f\v]+[ \t\n\r\f\v]*")


_keep_non_breaking_spaces()


@cache
def out() -> Console:
    return Console(highlight=False, soft_wrap=False)


@cache
def err() -> Console:
    return Console(stderr=True, highlight=False)


def report_error(message: str) -> None:
    """One line on stderr: what went wrong, as a sentence."""
    from rich.text import Text

    from innovkit.plaintext import visible

    prefix = tr("common.error_prefix") + ("\u00a0:" if _french() else ":")
    line = Text.assemble((prefix, "bold red"), " ", visible(message))
    err().print(line, highlight=False, soft_wrap=True, emoji=False)


def warn(message: str) -> None:
    from innovkit.plaintext import visible

    prefix = tr("common.warning_prefix")
    message = visible(message)  # it may quote a card's file name or text
    text = f"{prefix}\u00a0: {message}" if _french() else f"{prefix}: {message}"
    err().print(text, style="yellow", markup=False, highlight=False, soft_wrap=True, emoji=False)


def say(message: str) -> None:
    """A progress or confirmation sentence, on stderr."""
    from innovkit.plaintext import visible

    err().print(visible(message), markup=False, highlight=False, soft_wrap=True, emoji=False)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_text(text: str) -> None:
    """A document on stdout, exactly as it is."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _french() -> bool:
    from innovkit.i18n import current_language

    return current_language() == "fr"
