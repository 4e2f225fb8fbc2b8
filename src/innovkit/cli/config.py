"""``innovkit config show|get|set|unset``: the facilitator's settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from innovkit.cli.console import print_json, say
from innovkit.cli.context import run_context
from innovkit.cli.usage import command, group
from innovkit.i18n import tr

if TYPE_CHECKING:
    from innovkit.cli.context import Context


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
    key = check_key(key)
    value = read_settings(strict=True).get(key)
    if value is None:
        say(tr("planning.config_not_set", lang, key=key))
        raise typer.Exit(1)
    typer.echo(value)


def set_setting(
    ctx: typer.Context,
    key: KeyArgument,
    value: Annotated[str, typer.Argument(metavar="VALUE", help="help.config_value")],
) -> None:
    from innovkit.cli.context import run_context
    from innovkit.settings import change_setting, check_key

    lang = run_context(ctx).lang
    key = check_key(key)
    if key == "variant":
        value = _timed_variant(value, run_context(ctx))
    settings = change_setting(key, value)
    say(tr("planning.config_saved", lang, key=key, value=settings[key]))


def _timed_variant(value: str, context: Context) -> str:
    """The id of the timed variant called ``value`` in some tool: its id (``short``) or its
    name in either language (« courte », « Version courte »); else ``BadInput`` listing them."""
    from innovkit.errors import BadInput

    catalogue = context.catalogue(quiet=True)
    wanted = value.strip().lower()
    for card in catalogue.tools.values():  # an id first: « courte » may be one too
        if any(v.id == wanted and v.structured for v in card.variants):
            return wanted
    found: dict[str, str] = {}
    for card in catalogue.tools.values():
        try:
            variant = card.variant(value)
        except BadInput:
            continue
        if variant.structured:
            found[variant.id] = variant.name(context.lang)
    if len(found) == 1:
        return next(iter(found))
    timed: dict[str, str] = {}  # each id by its shortest name among the tools
    for card in catalogue.tools.values():
        for v in (v for v in card.variants if v.structured):
            name = v.name(context.lang)
            if v.id not in timed or len(name) < len(timed[v.id]):
                timed[v.id] = name
    choices = ", ".join(f"{name} ({ident})" for ident, name in sorted(timed.items())) or "—"
    raise BadInput(tr("planning.config_bad_variant", context.lang, value=value, choices=choices))


def unset_setting(ctx: typer.Context, key: KeyArgument) -> None:
    from innovkit.settings import change_setting, check_key

    lang = run_context(ctx).lang
    key = check_key(key)
    change_setting(key, None)
    say(tr("planning.config_removed", lang, key=key))
