"""Builds the Typer application: every command group registers itself here."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from innovkit import __version__
from innovkit.cli import state
from innovkit.i18n import tr


def _version(value: bool) -> None:
    if value:
        typer.echo(f"innovkit {__version__}")
        raise typer.Exit()


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="innovkit",
        help=tr("help.app"),
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    @app.callback()
    def root(
        cards: Annotated[
            list[Path] | None,
            typer.Option("--cards", metavar="DIR", help=tr("help.cards"), show_default=False),
        ] = None,
        lang: Annotated[
            str | None,
            typer.Option("--lang", metavar="fr|en", help=tr("help.lang"), show_default=False),
        ] = None,
        debug: Annotated[bool, typer.Option("--debug", help=tr("help.debug"))] = False,
        version: Annotated[
            bool,
            typer.Option("--version", help=tr("help.version"), callback=_version, is_eager=True),
        ] = False,
    ) -> None:
        if lang:
            from innovkit.cli import choose_language

            choose_language(lang)
        state.reset(extra_cards=cards or [])

    from innovkit.cli import catalogue, config, documents, journal, live, planning

    for group in (catalogue, config, journal, planning, live, documents):
        group.register(app)
    return app
