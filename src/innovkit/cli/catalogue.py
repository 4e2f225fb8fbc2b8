"""Catalogue commands: ``list``, ``show``, ``levers`` and ``cards validate|new|path``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from innovkit.cli.console import out, print_json, say, warn
from innovkit.cli.context import run_context
from innovkit.cli.options import (
    JsonOption,
    LangOption,
    LeverOption,
    ToolArgument,
    count_option,
    language,
)
from innovkit.cli.usage import command, group
from innovkit.errors import BadInput
from innovkit.i18n import labelled, tr, tr_count

ListMinutes = count_option("--minutes", "-m", help_key="help.list_minutes")
ListParticipants = count_option("--participants", "-p", help_key="help.list_participants")


def register(app: typer.Typer) -> None:
    command(app, "list", "help.list")(list_tools)
    command(app, "show", "help.show")(show_tool)
    command(app, "levers", "help.levers")(show_levers)
    cards = group(
        help="help.cards_group",
        no_args_is_help=True,
        subcommand_metavar="click.command_metavar",
    )
    command(cards, "validate", "help.cards_validate")(validate_cards)
    command(cards, "new", "help.cards_new")(new_card)
    command(cards, "path", "help.cards_path")(card_paths)
    from innovkit.cli.cardready import ready_card

    command(cards, "ready", "help.cards_ready")(ready_card)
    app.add_typer(cards, name="cards")


def list_tools(
    ctx: typer.Context,
    lever: LeverOption = None,
    minutes: ListMinutes = None,
    participants: ListParticipants = None,
    json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    from innovkit.cards.model import SHORT_ENOUGH
    from innovkit.numbers import parse_optional_whole

    lang = language(ctx, lang)
    most = parse_optional_whole(minutes, "--minutes", minimum=1)
    people = parse_optional_whole(participants, "--participants", minimum=1)
    catalogue = run_context(ctx).catalogue()
    tools = list(catalogue.entries.values())
    if lever:
        wanted = catalogue.find_lever(lever).id
        tools = [card for card in tools if card.lever == wanted]
    if people is not None:  # times follow the group: each tool's full card says how
        tools = [timed_for(catalogue.tools[card.id], people) for card in tools if card.fits(people)]
    if most is not None:
        tools = [card for card in tools if card.shortest <= most]
    if json:
        print_json([_tool_summary(card, catalogue, lang) for card in tools])
        return
    if not tools:
        say(tr("catalogue.nothing_fits", lang))
        return
    rows = []
    for card in tools:
        duration = tr("common.minutes", lang, minutes=card.duration)
        if card.shortest < card.duration:  # a form over half an hour is not called short
            short = "catalogue.shortest" if card.shortest <= SHORT_ENOUGH else "catalogue.condensed"
            duration += " " + tr(short, lang, minutes=card.shortest)
        meta = " · ".join(
            [
                catalogue.levers[card.lever].name(lang),
                duration,
                tr("common.people", lang, min=card.participants_min, max=card.participants_max),
            ]
        )
        mark = "*" if card.overrides else ""
        if card.draft:
            meta = f"{tr('catalogue.draft_mark', lang)} · {meta}"
        rows.append((card.id + mark, card.name(lang), meta, card.summary(lang).strip()))
    out().print(tool_listing(rows, out().width), soft_wrap=True)
    overridden = any(card.overrides for card in tools)
    if overridden:
        say(tr("catalogue.override_note", lang))
    if any(card.draft for card in tools):
        say(tr("catalogue.draft_note", lang))


def timed_for(card: Any, participants: int) -> Any:
    """The catalogue entry of ``card`` with its durations for a group of ``participants``."""
    from innovkit.cards.catalogue import ToolEntry

    entry = ToolEntry.of(card)
    return entry._replace(
        duration=card.minutes(participants),
        shortest=card.shortest_for(participants),
        origin=card.origin,
        overrides=card.overrides,
    )


def tool_listing(rows: list[tuple[str, str, str, str]], width: int) -> Any:
    """One entry per tool: the id, then the name and facts, then the summary wrapped under them,
    within ``width`` columns (an id longer than the margin gets a line of its own).

    Laid out by hand (a Rich table costs more than all of innovkit's own work at start-up), and
    wrapped between words only, so words are never cut and French non-breaking spaces hold.
    """
    from innovkit.cli.prose import Prose as Text
    from innovkit.plaintext import visible
    from innovkit.wrapping import wrap_lines

    left = min(max(len(row[0]) for row in rows) + 2, LISTING_MARGIN)
    room = max(width - left, 30)
    indent = " " * left
    page = Text()
    for ident, name, meta, summary in (map(visible, row) for row in rows):
        names = wrap_lines(name, room) or [""]
        if len(ident) + 2 > left:
            page.append(ident + "\n", style="bold")
            page.append(indent + names[0] + "\n", style="bold")
        else:
            page.append(ident.ljust(left) + names[0] + "\n", style="bold")
        for part in names[1:]:
            page.append(indent + part + "\n", style="bold")
        for part in wrap_lines(meta, room):
            page.append(indent)
            page.append(part + "\n", style="cyan")
        for part in wrap_lines(summary, room):
            page.append(indent + part + "\n")
    page.rstrip()
    return page


LISTING_MARGIN = 24  # the ids' column in ``list``: the built-in ids fit, a long custom one wraps


def _tool_summary(card: Any, catalogue: Any, lang: str) -> dict[str, Any]:
    return {
        "id": card.id,
        "name": card.name(lang),
        "lever": card.lever,
        "lever_name": catalogue.levers[card.lever].name(lang),
        "duration": card.duration,
        "shortest": card.shortest,
        "participants": {"min": card.participants_min, "max": card.participants_max},
        "setting": list(card.setting),
        "summary": card.summary(lang),
        "origin": card.origin,
        "overrides": card.overrides,
        "draft": card.draft,
        "source": card.source,
    }


def show_tool(
    ctx: typer.Context,
    tool: ToolArgument,
    json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    from innovkit.cards.carddata import card_data

    lang = language(ctx, lang)
    catalogue = run_context(ctx).catalogue()
    card = catalogue.find(tool)
    if json:
        print_json(card_data(card, lang))
        return
    from innovkit.cards.model import shown_as_text
    from innovkit.cli.showcard import card_view

    lever = catalogue.levers[card.lever]
    out().print(card_view(shown_as_text(card), shown_as_text(lever), lang))


def show_levers(ctx: typer.Context, json: JsonOption = False, lang: LangOption = None) -> None:
    from datetime import date

    from innovkit.cards.suggest import is_neglected, lever_history

    lang = language(ctx, lang)
    catalogue = run_context(ctx).catalogue()
    today = date.today()
    history = lever_history(None, today)
    rows = []
    for lever in catalogue.levers.values():
        tools = catalogue.entries_for(lever.id)
        use = history.get(lever.id)
        rows.append(
            {
                "id": lever.id,
                "name": lever.name(lang),
                "description": lever.description(lang),
                "tools": [card.id for card in tools],
                "tool_names": [card.name(lang) for card in tools],
                "sessions_12_months": use.sessions if use else 0,
                "last_session": use.last_date.isoformat() if use and use.last_date else None,
                "neglected": is_neglected(use, today),
            }
        )
    if json:
        print_json(rows)
        return
    width = out().width
    out().print(lever_table(rows, lang, width))
    asleep = sum(row["neglected"] for row in rows)
    say(tr_count("catalogue.levers_summary", len(rows) - asleep, lang, total=len(rows)))


def lever_table(rows: list[dict[str, Any]], lang: str, width: int) -> Any:
    """``levers``'s table within ``width`` columns: the tools and the lever's meaning wrap
    between words; then the last session's date, then the count of sessions, are left out."""
    from datetime import date

    from rich.table import Table

    from innovkit.cli.prose import Prose as Text  # never breaks at a non-breaking space
    from innovkit.cli.tables import READABLE, fitted_table
    from innovkit.dates import format_date
    from innovkit.plaintext import visible

    cells = []
    for row in rows:
        tools = ", ".join(row["tool_names"]) or tr("catalogue.no_tool", lang)
        last = row["last_session"]
        lever = Text(visible(row["name"]))
        if row["neglected"]:
            lever.append("\n" + tr("catalogue.neglected", lang), style="bold yellow")
        cells.append(
            (
                lever,
                Text.assemble((visible(tools), "bold"), "\n", visible(row["description"])),
                Text(str(row["sessions_12_months"])),
                Text(format_date(date.fromisoformat(last), lang) if last else "—"),
            )
        )
    headers = ("col_lever", "col_tool_and_description", "col_sessions", "col_last_session")

    def make(keep: Any) -> Any:
        table = Table(box=None, pad_edge=False, header_style="bold")
        settings: list[dict[str, Any]] = [{}, READABLE, {"justify": "right"}, {}]
        for i in keep:
            table.add_column(tr(f"catalogue.{headers[i]}", lang), **settings[i])
        for row in cells:
            table.add_row(*(row[i] for i in keep))
        return table

    return fitted_table(make, len(headers), width, dropping=(3, 2))


def validate_cards(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None, typer.Argument(help="help.validate_paths", show_default=False)
    ] = None,
) -> None:
    from innovkit.cards.catalogue import validate_files

    lang = run_context(ctx).lang
    if paths:
        cards, problems = validate_files(paths)
    else:
        catalogue = run_context(ctx).catalogue(quiet=True)
        cards, problems = list(catalogue.tools.values()), catalogue.problems
    for card in cards:
        say(tr("catalogue.card_ok", lang, source=card.source, id=card.id))
    for problem in problems:
        warn(problem.words(lang), lang)
    if problems:
        raise BadInput(tr_count("catalogue.validate_failed", len(problems), lang))
    say(tr_count("catalogue.validate_done", len(cards), lang))


def new_card(
    ctx: typer.Context,
    tool_id: Annotated[str, typer.Argument(metavar="ID", help="help.new_id", show_default=False)],
    force: Annotated[bool, typer.Option("--force", help="help.force")] = False,
    lang: LangOption = None,
) -> None:
    from innovkit import paths
    from innovkit.cards.starter import starter_card

    lang = language(ctx, lang)
    text = starter_card(tool_id, lang)
    existing = run_context(ctx).catalogue(quiet=True).entries.get(tool_id)
    folder = paths.make_folder(paths.user_cards_dir())
    from innovkit.output import write_file

    target = write_file(folder / f"{tool_id}.yaml", text, force=force, card=True)
    if existing is not None and existing.origin == "builtin":
        warn(tr("catalogue.new_overrides", lang, id=tool_id), lang)
    say(tr("catalogue.new_written", lang, path=target))
    typer.echo(str(target))


def card_paths(ctx: typer.Context) -> None:
    from innovkit.cards.catalogue import card_dirs

    context = run_context(ctx)
    lang = context.lang
    for folder, origin in card_dirs(context.extra_cards or ()):
        status = "" if folder.is_dir() else " " + tr("catalogue.folder_absent", lang)
        typer.echo(labelled(tr("catalogue.origin_" + origin, lang), f"{folder}{status}", lang))
