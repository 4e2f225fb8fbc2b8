"""``innovkit config show|get|set|unset``: the facilitator's settings."""

from __future__ import annotations

from typing import Annotated

import typer

from innovkit.cli.console import print_json, say
from innovkit.cli.context import run_context
from innovkit.cli.usage import command, group
from innovkit.i18n import tr


def register(app: typer.Typer) -> None:
    config = group(
        help="help.config",
        no_args_is_help=True,
        subcommand_metavar="click.command_metavar",
    )
    command(config, "show", "help.config_show")(show_settings)
    command(config, "get", "help.config_get")(get_setting)
    command(config, "set", "help.config_set")(set_setting)
    command(config, "unset", "help.config_unset")(unset_setting)
    app.add_typer(config, name="config")


KeyArgument = Annotated[str, typer.Argument(metavar="KEY", help="help.config_key")]


def show_settings(
    ctx: typer.Context,
    json: Annotated[bool, typer.Option("--json", help="help.json")] = False,
) -> None:
    from innovkit.settings import CHECKS, config_path, read_settings

    lang = run_context(ctx).lang
    settings = read_settings(strict=True)
    if json:
        print_json({"file": str(config_path()), "settings": settings})
        return
    say(tr("planning.config_file", lang, path=config_path()))
    for key in CHECKS:
        value = settings.get(key)
        shown = value if value is not None else tr("planning.config_unset_value", lang)
        typer.echo(f"{key} = {shown}")


def get_setting(ctx: typer.Context, key: KeyArgument) -> None:
    from innovkit.settings import check_key, read_settings

    lang = run_context(ctx).lang
    value = read_settings(strict=True).get(check_key(key))
    if value is None:
        say(tr("planning.config_not_set", lang, key=key))
        raise typer.Exit(1)
    typer.echo(value)


def set_setting(
    ctx: typer.Context,
    key: KeyArgument,
    value: Annotated[str, typer.Argument(metavar="VALUE", help="help.config_value")],
) -> None:
    from innovkit.settings import change_setting, check_key, known_variants

    lang = run_context(ctx).lang
    if check_key(key) == "variant":
        from innovkit.errors import BadInput

        timed = known_variants(run_context(ctx).catalogue(quiet=True))
        if value.strip().lower() not in timed:
            raise BadInput(
                tr(
                    "planning.config_bad_variant",
                    lang,
                    value=value,
                    choices=", ".join(timed) or "—",
                )
            )
    settings = change_setting(key, value)
    say(tr("planning.config_saved", lang, key=key, value=settings[key]))


def unset_setting(ctx: typer.Context, key: KeyArgument) -> None:
    from innovkit.settings import change_setting

    lang = run_context(ctx).lang
    change_setting(key, None)
    say(tr("planning.config_removed", lang, key=key))
