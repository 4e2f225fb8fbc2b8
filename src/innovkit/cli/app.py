"""Builds the Typer application: every command group registers itself here."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from innovkit import __version__


def _version(value: bool) -> None:
    if value:
        typer.echo(f"innovkit {__version__}")
        raise typer.Exit()


# Which module registers which command. Only the module of the command being run is imported
# (the others cost start-up time for nothing); help, completion and unknown commands load all.
COMMAND_MODULES = {
    "list": "catalogue",
    "show": "catalogue",
    "levers": "catalogue",
    "cards": "catalogue",
    "config": "config",
    "journal": "journal",
    "suggest": "planning",
    "plan": "planning",
    "timer": "live",
    "run": "live",
    "sheet": "documents",
    "checklist": "documents",
    "kit": "documents",
    "opendata": "opendata",
}
MODULES = ("catalogue", "config", "journal", "planning", "live", "documents", "opendata")
_ROOT_OPTIONS_WITH_VALUE = ("--cards", "--lang")


def words_of(args: list[str]) -> list[str]:
    """The words of ``args`` that are not options nor a root option's value: the command,
    its subcommand (``journal export``), its arguments."""
    words, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif arg in _ROOT_OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            words.append(arg)
    return words


def command_of(args: list[str]) -> str | None:
    """The command named in ``args`` (the first word that is not a root option or its value)."""
    words = words_of(args)
    return words[0] if words else None


def build_app(command: str | None = None, subcommand: str | None = None) -> typer.Typer:
    """The application; with ``command``, only the module that provides it is loaded (and,
    for ``journal``, only the module of its ``subcommand``: see ``cli.journal.register``).

    Help texts are message keys: the help pages put them into the run's language when they
    are shown (see ``innovkit.cli.usage``), so one application serves every language."""
    from innovkit.cli.usage import group

    app = group(
        subcommand_metavar="click.command_metavar",
        name="innovkit",
        help="help.app",
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    @app.callback()
    def root(
        ctx: typer.Context,
        cards: Annotated[
            list[Path] | None,
            typer.Option("--cards", metavar="DIR", help="help.cards", show_default=False),
        ] = None,
        lang: Annotated[
            str | None,
            typer.Option("--lang", metavar="fr|en", help="help.lang", show_default=False),
        ] = None,
        debug: Annotated[bool, typer.Option("--debug", help="help.debug")] = False,
        version: Annotated[
            bool,
            typer.Option("--version", help="help.version", callback=_version, is_eager=True),
        ] = False,
    ) -> None:
        from innovkit.cli.context import run_context

        context = run_context(ctx)  # main's: its language already takes --lang into account
        if lang:
            from innovkit.i18n import check_language

            context.lang = check_language(lang)

    import importlib

    wanted = COMMAND_MODULES.get(command or "")
    for name in (wanted,) if wanted else MODULES:
        module = importlib.import_module(f"innovkit.cli.{name}")
        if name == "journal" and wanted:
            module.register(app, subcommand)
        else:
            module.register(app)
    return app
