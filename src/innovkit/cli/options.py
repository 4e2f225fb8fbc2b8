"""The options and arguments several commands share, declared once.

Values that need checking (counts, dates, clock times, durations, formats) are read as text and
handed to the core's parsers (``innovkit.numbers``, ``innovkit.dates``, ``innovkit.durations``…):
a refusal is then one of our own sentences, in the user's language, whatever Typer's version.
No command module imports an option from another command module: they all come from here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from innovkit.cli.completion import complete_lever, complete_tool


def language(ctx: typer.Context, asked: str | None) -> str:
    """The language for this command's output: ``--lang`` after the command if given (it also
    becomes the run's, for every later sentence), else the run's (see ``cli.context``)."""
    from innovkit.cli.context import run_context

    context = run_context(ctx)
    if asked is not None:
        from innovkit.i18n import check_language

        context.lang = check_language(asked)
    return context.lang


def count_option(*names: str, help_key: str, default: str | None = None) -> Any:
    """A whole-number option (``N``), read as text: parse it with ``innovkit.numbers``."""
    return Annotated[
        str | None if default is None else str,
        typer.Option(*names, metavar="N", help=help_key, show_default=default is not None),
    ]


LangOption = Annotated[
    str | None, typer.Option("--lang", metavar="fr|en", help="help.lang", show_default=False)
]
JsonOption = Annotated[bool, typer.Option("--json", help="help.json")]
ToolArgument = Annotated[
    str,
    typer.Argument(
        metavar="TOOL",
        help="help.tool_arg",
        show_default=False,
        autocompletion=complete_tool,
    ),
]
ToolsArgument = Annotated[
    list[str],
    typer.Argument(
        metavar="TOOL…",
        help="help.plan_tools",
        show_default=False,
        autocompletion=complete_tool,
    ),
]
LeverOption = Annotated[
    str | None,
    typer.Option(
        "--lever",
        "-l",
        metavar="L",
        help="help.list_lever",
        show_default=False,
        autocompletion=complete_lever,
    ),
]
FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="md|html|txt|pdf",
        help="help.documents_format",
        show_default=False,
    ),
]
OutputFileOption = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", metavar="FILE", help="help.documents_output_file", show_default=False
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="help.documents_force")]
StartOption = Annotated[
    str | None,
    typer.Option("--start", metavar="HH:MM", help="help.documents_start", show_default=False),
]
DateOption = Annotated[
    str | None,
    typer.Option("--date", metavar="YYYY-MM-DD", help="help.documents_date", show_default=False),
]
ParticipantsOption = count_option("--participants", "-p", help_key="help.documents_participants")
FacilitatorOption = Annotated[
    str | None,
    typer.Option(
        "--facilitator", metavar="NAME", help="help.documents_facilitator", show_default=False
    ),
]
MomentOption = Annotated[
    str | None,
    typer.Option("--moment", metavar="M", help="help.moment_option", show_default=False),
]
VariantOption = Annotated[
    str | None,
    typer.Option("--variant", metavar="V", help="help.documents_variant", show_default=False),
]
