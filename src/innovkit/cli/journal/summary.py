"""``journal summary ID``: the participants' summary of a session, in md, html or txt."""

from __future__ import annotations

from typing import Annotated

import typer

from innovkit.cli.console import deliver
from innovkit.cli.context import run_context
from innovkit.cli.journal import common
from innovkit.cli.options import ForceOption, LangOption, OutputFileOption, language


def summary(
    ctx: typer.Context,
    session_id: common.IdArg,
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="md|html|txt",
            help="help.journal_summary_format",
            show_default=False,
        ),
    ] = None,
    output: OutputFileOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    from innovkit.documents.options import choose_format
    from innovkit.journal.summary import SUMMARY_FORMATS, render_summary

    lang = language(ctx, lang)
    context = run_context(ctx)
    fmt = choose_format(format, output, SUMMARY_FORMATS)
    with common.open_journal(ctx) as journal:
        session = journal.get(session_id)
    deliver(render_summary(session, context.catalogue(), context.lang, fmt), output, force, lang)
