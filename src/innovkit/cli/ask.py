"""The one way the command line asks a question on a line: built on prompt_toolkit.

prompt_toolkit edits the line on Windows consoles as on Unix
terminals, needs no ``readline``, lets us watch the line as it is typed (so a run keeps an
unfinished answer in its draft) and can be driven in tests with a pipe for input and a dummy
output. Every function re-asks with the reason when ``check`` refuses the answer.

- ``line(prompt, typed=…, on_change=…)``: one line as typed; Ctrl-C raises
  ``TypingInterrupted`` with what was on the line, a closed input raises ``Hangup``;
- ``text(label, default=…, check=…, optional=…)``: an answer (``default`` on an empty one),
  as ``check`` turns it; with ``optional``, an empty answer is ``None`` (skipped);
- ``choice(label, options, default=…)``: one of labelled options, by number or by id;
- ``yes_no(label, default=…)``: o/oui/y/yes or n/non/no, in either language;
- ``items(label, check=…)``: a list, one item a line, ended by an empty answer.

``journal add`` asks the session schema's questions with ``text``, ``choice`` and ``items``
(``cli/journal/adding.py``), ``journal delete`` its confirmation with ``choice``, the end of a
guided run its questions with ``line`` (``cli/lines.py``), the offer to resume with ``yes_no``.

Questions and reasons are written on stderr (stdout is data); tests pass their own
``input``/``output`` with ``talking_to``.
"""

from __future__ import annotations

import contextlib
import contextvars
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from innovkit.errors import BadInput

T = TypeVar("T")

_IO: contextvars.ContextVar[tuple[Any, Any] | None] = contextvars.ContextVar("ask_io", default=None)


class Hangup(KeyboardInterrupt):
    """The input ended (terminal closed, Ctrl-D): like Ctrl-C, whatever was going on stops."""


@contextlib.contextmanager
def talking_to(input: Any, output: Any) -> Iterator[None]:
    """Questions read from ``input`` and drawn on ``output`` (prompt_toolkit's ``Input`` and
    ``Output``: a pipe input and a ``DummyOutput`` in tests)."""
    token = _IO.set((input, output))
    try:
        yield
    finally:
        _IO.reset(token)


def _session(prompt: str) -> Any:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.output import create_output

    chosen = _IO.get()
    if chosen is not None:
        return PromptSession(prompt, input=chosen[0], output=chosen[1])
    return PromptSession(prompt, output=create_output(stdout=sys.stderr))


def tell(text: str, style: str = "") -> None:
    """A line of the question (its label, help, the reason an answer was refused), on stderr."""
    from rich.text import Text

    from innovkit.cli.console import err

    err().print(Text(text, style=style))


def line(prompt: str, typed: str = "", on_change: Callable[[str], None] | None = None) -> str:
    """One line typed after ``prompt``, starting with ``typed`` already on it; ``on_change``
    hears every change of the line (to save it before Enter)."""
    session = _session(prompt)
    seen = [typed]

    def changed(buffer: Any) -> None:
        seen[0] = buffer.text
        if on_change is not None:
            on_change(buffer.text)

    session.default_buffer.on_text_changed += changed
    try:
        return str(session.prompt(default=typed))
    except KeyboardInterrupt as stop:
        from innovkit.live.screens import TypingInterrupted

        raise TypingInterrupted(seen[0]) from stop
    except EOFError:
        raise Hangup from None


def _asked(
    label: str, check: Callable[[str], T], prompt: str, help: str | None = None, *, lang: str
) -> T:
    tell(label, "bold")
    if help:
        tell(help, "dim")
    while True:
        try:
            return check(line(prompt))
        except BadInput as problem:
            tell(problem.words(lang), "bold red")


def text(
    label: str,
    default: str | None = None,
    check: Callable[[str], Any] | None = None,
    help: str | None = None,
    optional: bool = False,
    *,
    lang: str,
) -> Any:
    """The answer (``default`` when left empty), as ``check`` turns it, asked again (with the
    reason, in ``lang``) until ``check`` takes it. ``optional``: an empty answer with no
    default is ``None``, unchecked (a question the facilitator may skip)."""

    def checked(typed: str) -> Any:
        typed = typed.strip() or (default or "")
        if optional and not typed:
            return None
        return check(typed) if check is not None else typed

    return _asked(label, checked, f"[{default}] › " if default else "› ", help, lang=lang)


def choice(
    label: str, options: Sequence[tuple[str, str]], default: str | None = None, *, lang: str
) -> str:
    """The id of one of ``options`` (id, label), typed as its number or its id."""
    ids = [ident for ident, _ in options]

    def checked(typed: str) -> str:
        typed = typed.strip() or (default or "")
        if typed.isdigit() and 1 <= int(typed) <= len(options):
            return ids[int(typed) - 1]
        if typed in ids:
            return typed
        raise BadInput("live.bad_choice", value=typed, count=len(options))

    tell(label, "bold")
    for number, (_, name) in enumerate(options, 1):
        tell(f"  {number}. {name}")
    prompt = f"[{ids.index(default) + 1}] › " if default in ids else "› "
    while True:
        try:
            return checked(line(prompt))
        except BadInput as problem:
            tell(problem.words(lang), "bold red")


def yes_no(label: str, default: bool | None = None, *, lang: str) -> bool:
    """Yes (``o``, ``oui``, ``y``, ``yes``) or no; Enter alone gives ``default`` if any.
    ``label`` says which (« (O/n) »)."""

    def checked(typed: str) -> bool:
        if not typed.strip() and default is not None:
            return default
        from innovkit.live.screens import parse_yes_no

        return parse_yes_no(typed)

    return _asked(label, checked, "› ", lang=lang)


def items(
    label: str,
    check: Callable[[str], Any] | None = None,
    help: str | None = None,
    *,
    lang: str,
) -> list[Any]:
    """Items typed one a line until an empty line; each as ``check`` turns it (asked again
    with the reason when ``check`` refuses it)."""
    tell(label, "bold")
    if help:
        tell(help, "dim")
    found: list[Any] = []
    while True:
        typed = line(f"  {len(found) + 1}. ").strip()
        if not typed:
            return found
        try:
            found.append(check(typed) if check is not None else typed)
        except BadInput as problem:
            tell(problem.words(lang), "bold red")
