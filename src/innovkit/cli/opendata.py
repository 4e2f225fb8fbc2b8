"""``innovkit opendata``: the tools and the activity published as a data package."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from innovkit.cli.context import run_context
from innovkit.cli.usage import command
from innovkit.i18n import tr, tr_count


def register(app: typer.Typer) -> None:
    command(app, "opendata", "help.opendata")(publish)


def publish(
    ctx: typer.Context,
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar="DIR", help="help.opendata_output", show_default=False
        ),
    ],
    force: Annotated[bool, typer.Option("--force", help="help.opendata_force")] = False,
) -> None:
    from innovkit.cli.console import say
    from innovkit.documents.kit import prepare_folder, write_documents
    from innovkit.journal.store import Journal
    from innovkit.opendata import build_package

    context = run_context(ctx)
    catalogue = context.catalogue()
    with Journal(context.journal()) as journal:
        activity = journal.monthly_activity()
    package = build_package(catalogue, activity)  # all built before the folder is touched
    folder = prepare_folder(output, must_be_empty=True, force=force)
    write_documents(folder, package.files, force=force)
    lang = context.lang
    hidden = tr_count("opendata.n_hidden", package.hidden_rows, lang)
    say(
        tr(
            "opendata.written",
            lang,
            folder=folder,
            tools=len(catalogue.ready_tools()),
            levers=len(catalogue.levers),
            rows=tr_count("opendata.n_rows", package.activity_rows, lang),
            sessions=tr_count("opendata.n_sessions", package.sessions, lang),
            merged=tr_count("opendata.n_merged", package.merged_rows, lang, hidden=hidden),
        )
    )
    typer.echo(str(folder / "datapackage.json"))
