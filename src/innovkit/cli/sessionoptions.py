"""The options of a session, derived from the session schema (``innovkit.journal.schema``):
``journal add``, ``journal edit`` and ``run`` take the same ones, declared once there.

A separate module from ``cli/options.py`` because it imports the schema (msgspec), which
``innovkit list`` and the other catalogue commands have no need to load.
"""

from __future__ import annotations

import inspect
from typing import Annotated, Any

import typer

from innovkit.journal.schema import OPTIONS, SessionField


def session_option(spec: SessionField, edit: bool = False) -> Any:
    """The option that sets one field of the session schema, read as text: innovkit checks it
    itself, so that every mistake gets a sentence in the facilitator's language. ``edit`` has
    its own help where ``add``'s speaks of a default."""
    names = [spec.option, spec.short] if spec.short else [spec.option]
    help_key = spec.edit_help if edit and spec.edit_help else spec.help
    info = typer.Option(*names, help=help_key, show_default=False, metavar=spec.metavar)
    kind = list[str] | None if spec.many else str | None
    return Annotated[kind, info]  # type: ignore[valid-type]


def _session_parameters(edit: bool = False) -> list[inspect.Parameter]:
    return [
        inspect.Parameter(
            spec.parameter,
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=session_option(spec, edit),
        )
        for spec in OPTIONS
    ]


def with_session_options(function: Any, edit: bool = False, after: bool = False) -> Any:
    """``function`` taking ``**options`` gets one option per field of the session schema
    (``options`` then holds them by parameter name, ``None`` when not given): Typer reads the
    signature, whose ``**options`` is replaced by those parameters. They come first in the
    help, or with ``after`` once the command's own options (but ``--lang``, always last)."""
    if "__signature__" in vars(function):
        return function  # done at an earlier registration (several runs in one process)
    signature = inspect.signature(function, eval_str=True)
    given = [p for p in signature.parameters.values() if p.kind is not p.VAR_KEYWORD]
    positional = [p for p in given if p.kind is not p.KEYWORD_ONLY]
    keyword = [p for p in given if p.kind is p.KEYWORD_ONLY and p.name != "lang"]
    last = [p for p in given if p.kind is p.KEYWORD_ONLY and p.name == "lang"]
    session = _session_parameters(edit)
    parameters = [*keyword, *session] if after else [*session, *keyword]
    function.__signature__ = signature.replace(parameters=[*positional, *parameters, *last])
    return function
