"""Output helpers for the commands: stdout carries data, stderr carries talk."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from innovkit.i18n import labelled, tr

if TYPE_CHECKING:  # Rich is imported when something is drawn: a report or a sentence needs none
    from rich.console import Console


@cache
def out() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


@cache
def err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def report_error(message: str, lang: str) -> None:
    """One line on stderr: what went wrong, as a sentence (in ``lang``)."""
    from rich.text import Text

    from innovkit.plaintext import visible

    prefix = tr("common.error_prefix", lang) + ("\u00a0:" if lang == "fr" else ":")
    line = Text.assemble((prefix, "bold red"), " ", visible(message))
    err().print(line, highlight=False, soft_wrap=True, emoji=False)


def warn(message: str, lang: str) -> None:
    """A warning on stderr, after the word « Attention » of ``lang``."""
    from innovkit.plaintext import visible

    message = visible(message)  # it may quote a card's file name or text
    text = labelled(tr("common.warning_prefix", lang), message, lang)
    err().print(text, style="yellow", markup=False, highlight=False, soft_wrap=True, emoji=False)


def say(message: str) -> None:
    """A progress or confirmation sentence, on stderr: written as it is (no style, no wrap —
    what Rich would write for it), so that a command that draws nothing loads no Rich."""
    from innovkit.plaintext import visible

    sys.stderr.write(visible(message) + "\n")
    sys.stderr.flush()


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_text(text: str) -> None:
    """A document on stdout, exactly as it is."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def write_shown(text: str) -> None:
    """Text for a person to read at the terminal (a listing, a session, a run's script), on
    stdout, with every control character made visible (``plaintext.visible``): what a card or
    an imported session says is never obeyed by the terminal."""
    from innovkit.plaintext import visible

    write_text(visible(text))


class Shown:
    """A Rich renderable whose text reaches the screen with every control character made
    visible (``plaintext.visible``): the live screens draw card text through it."""

    def __init__(self, renderable: Any) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: Any) -> Any:
        from rich.segment import Segment

        from innovkit.plaintext import visible

        for segment in console.render(self.renderable, options):
            text = segment.text
            if segment.control or text == "\n" or visible(text) == text:
                yield segment
            else:
                yield Segment(visible(text), segment.style)


def deliver(text: str, output: Path | None, force: bool, lang: str) -> None:
    """A document on stdout, or in the file ``output`` (never over a file without --force)."""
    if output is None:
        write_text(text)
        return
    from innovkit.output import write_file

    target = write_file(output, text, force=force)
    say(tr("documents.written", lang, path=target))


def deliver_document(
    render: Callable[[str], str], fmt: str, output: Path | None, force: bool, lang: str
) -> None:
    """A printed document on stdout or in ``output``; ``render(fmt)`` makes it. A PDF is the
    document's HTML laid out in pages, and needs a file: the engine and the file are checked
    before anything is rendered, so a refusal changes nothing."""
    if fmt != "pdf":
        deliver(render(fmt), output, force, lang)
        return
    from innovkit.documents.pdf import check_engine, write_pdf
    from innovkit.output import check_writable

    if output is None:
        from innovkit.errors import BadInput

        raise BadInput("documents.pdf_needs_output")
    check_writable(output, force)
    check_engine()
    target = write_pdf(render("html"), output, lang, force)
    say(tr("documents.written", lang, path=target))
