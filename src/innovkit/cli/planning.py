"""Choosing and planning: ``suggest`` (and, later in this module, ``plan``)."""

from __future__ import annotations

from typing import Annotated

import typer

from innovkit.cli import state
from innovkit.cli.catalogue import JsonOption, LangOption, LeverOption, language
from innovkit.cli.console import out, print_json, say
from innovkit.i18n import tr

SETTINGS = ("indoor", "outdoor", "remote")


def register(app: typer.Typer) -> None:
    app.command("suggest", help=tr("help.suggest"))(suggest_tools)


def suggest_tools(
    minutes: Annotated[
        int | None,
        typer.Option(
            "--minutes",
            "-m",
            min=1,
            metavar="N",
            help=tr("help.suggest_minutes"),
            show_default=False,
        ),
    ] = None,
    participants: Annotated[
        int | None,
        typer.Option(
            "--participants",
            "-p",
            min=1,
            metavar="N",
            help=tr("help.suggest_participants"),
            show_default=False,
        ),
    ] = None,
    lever: LeverOption = None,
    setting: Annotated[
        str | None,
        typer.Option(
            "--setting",
            metavar="indoor|outdoor|remote",
            help=tr("help.suggest_setting"),
            show_default=False,
        ),
    ] = None,
    json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    from datetime import date

    from innovkit.errors import BadInput
    from innovkit.suggest import lever_history, suggest

    lang = language(lang)
    catalogue = state.catalogue()
    wanted_lever = catalogue.find_lever(lever).id if lever else None
    if setting is not None and setting.lower() not in SETTINGS:
        raise BadInput(tr("planning.bad_setting", value=setting, choices=", ".join(SETTINGS)))
    today = date.today()
    found = suggest(
        catalogue,
        lever_history(None, today),
        today,
        lang,
        minutes=minutes,
        participants=participants,
        lever=wanted_lever,
        setting=setting.lower() if setting else None,
    )
    if json:
        print_json(
            [
                {
                    "id": s.card.id,
                    "name": s.card.name(lang),
                    "lever": s.card.lever,
                    "minutes": s.minutes,
                    "variant": s.variant,
                    "score": round(s.score, 3),
                    "reasons": s.reasons,
                }
                for s in found
            ]
        )
        return
    if not found:
        say(tr("planning.nothing_fits"))
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("#", justify="right")
    table.add_column(tr("catalogue.col_tool"), no_wrap=True)
    table.add_column(tr("planning.col_why"), ratio=1)
    for rank, s in enumerate(found, 1):
        form = tr("common.minutes", minutes=s.minutes)
        if s.variant:
            form += f" (--variant {s.variant})"
        why = Text.assemble((s.card.name(lang), "bold"), "  ", (form, "cyan"))
        for reason in s.reasons:
            why.append("\n• " + reason)
        table.add_row(str(rank), s.card.id, why)
    out().print(table)
