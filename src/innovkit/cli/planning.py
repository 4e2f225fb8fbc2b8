"""Choosing and planning: ``suggest`` and ``plan``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from innovkit.cli.console import deliver, deliver_document, out, print_json, say
from innovkit.cli.context import run_context
from innovkit.cli.groupsize import warn_variant_size
from innovkit.cli.options import (
    DateOption,
    FacilitatorOption,
    ForceOption,
    FormatOption,
    JsonOption,
    LangOption,
    LeverOption,
    OutputFileOption,
    ParticipantsOption,
    StartOption,
    ToolsArgument,
    VariantOption,
    count_option,
    language,
)
from innovkit.cli.usage import command
from innovkit.i18n import tr
from innovkit.numbers import parse_optional_whole, parse_whole

SuggestMinutes = count_option("--minutes", "-m", help_key="help.suggest_minutes")
SuggestParticipants = count_option("--participants", "-p", help_key="help.suggest_participants")
BreakOption = count_option("--break", help_key="help.plan_break", default="10")


def register(app: typer.Typer) -> None:
    command(app, "suggest", "help.suggest")(suggest_tools)
    command(app, "plan", "help.plan")(plan_workshop)


def suggest_tools(
    ctx: typer.Context,
    minutes: SuggestMinutes = None,
    participants: SuggestParticipants = None,
    lever: LeverOption = None,
    setting: Annotated[
        str | None,
        typer.Option(
            "--setting",
            metavar="indoor|outdoor|remote",
            help="help.suggest_setting",
            show_default=False,
        ),
    ] = None,
    json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    from datetime import date

    from innovkit.cards.suggest import lever_history, suggest

    lang = language(ctx, lang)
    most = parse_optional_whole(minutes, "--minutes", minimum=1)
    people = parse_optional_whole(participants, "--participants", minimum=1)
    catalogue = run_context(ctx).catalogue()
    wanted_lever = catalogue.find_lever(lever).id if lever else None
    if setting is not None:
        from innovkit.journal.records import parse_setting

        setting = parse_setting(setting)  # the journal's words: "à distance", "remote"…
    today = date.today()
    found = suggest(
        catalogue,
        lever_history(None, today),
        today,
        lang,
        minutes=most,
        participants=people,
        lever=wanted_lever,
        setting=setting,
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
        say(tr("planning.nothing_fits", lang))
        return
    out().print(suggestion_table(found, lang, out().width))


def suggestion_table(found: list[Any], lang: str, width: int) -> Any:
    """``suggest``'s table within ``width`` columns: the reasons wrap between words; then the
    rank is left out."""
    from rich.table import Table

    from innovkit.cli.prose import Prose as Text  # never breaks at a non-breaking space
    from innovkit.cli.tables import READABLE, fitted_table
    from innovkit.plaintext import visible

    rows = []
    for rank, s in enumerate(found, 1):
        form = tr("common.minutes", lang, minutes=s.minutes)
        if s.variant:
            form += f" (--variant {s.variant})"
        why = Text.assemble((visible(s.card.name(lang)), "bold"), "  ", (form, "cyan"))
        for reason in s.reasons:
            why.append("\n• " + visible(reason))
        rows.append((Text(str(rank)), Text(s.card.id), why))
    headers = ("#", tr("catalogue.col_tool", lang), tr("planning.col_why", lang))
    settings: list[dict[str, Any]] = [{"justify": "right"}, {"no_wrap": True}, READABLE]

    def make(keep: Any) -> Any:
        table = Table(box=None, pad_edge=False, header_style="bold")
        for i in keep:
            table.add_column(headers[i], **settings[i])
        for row in rows:
            table.add_row(*(row[i] for i in keep))
        return table

    return fitted_table(make, len(headers), width, dropping=(0,))


def plan_workshop(
    ctx: typer.Context,
    tools: ToolsArgument,
    start: StartOption = None,
    end: Annotated[
        str | None,
        typer.Option("--end", metavar="HH:MM", help="help.plan_end", show_default=False),
    ] = None,
    pause: BreakOption = "10",
    day: DateOption = None,
    variant: VariantOption = None,
    facilitator: FacilitatorOption = None,
    participants: ParticipantsOption = None,
    title: Annotated[
        str | None,
        typer.Option("--title", metavar="TEXT", help="help.plan_title", show_default=False),
    ] = None,
    format: FormatOption = None,
    output: OutputFileOption = None,
    ics: Annotated[
        Path | None,
        typer.Option("--ics", metavar="FILE", help="help.plan_ics", show_default=False),
    ] = None,
    location: Annotated[
        str | None,
        typer.Option("--location", metavar="TEXT", help="help.plan_location", show_default=False),
    ] = None,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    from innovkit.dates import parse_date, parse_time
    from innovkit.documents.agenda import build_agenda, choose_tool
    from innovkit.documents.render import PRINT_FORMATS, SheetOptions, choose_format, render_plan
    from innovkit.errors import BadInput
    from innovkit.output import check_writable
    from innovkit.settings import configured

    lang = language(ctx, lang)
    minutes_between = parse_whole(pause, "--break", minimum=0)
    catalogue = run_context(ctx).catalogue()
    default_variant = variant or configured("variant")
    people = parse_optional_whole(participants, "--participants", minimum=1)
    choices = []
    for query in tools:
        name, _, wanted = query.partition(":")
        card = catalogue.find(name)
        choices.append(choose_tool(card, wanted or None, default_variant, people))
    begins = parse_time(start) if start else None
    finish = parse_time(end) if end else None
    when = parse_date(day, lang=lang, ahead=True) if day else None
    if finish is not None and begins is None:
        raise BadInput(tr("planning.plan_end_needs_start", lang))
    if ics is not None and (begins is None or when is None):
        raise BadInput(tr("planning.plan_ics_needs", lang))
    if location is not None and ics is None:
        raise BadInput(tr("planning.plan_location_needs_ics", lang))
    fmt = choose_format(format, output, PRINT_FORMATS)
    if fmt == "pdf":
        from innovkit.documents.pdf import check_engine

        if output is None:
            raise BadInput(tr("documents.pdf_needs_output", lang))
        check_engine()
    for target in (output, ics):  # refuse before writing anything
        if target is not None:
            check_writable(target, force)
    for choice in choices:
        warn_variant_size([choice.card], choice.variant, people, lang)
    agenda = build_agenda(choices, lang, begins, when, minutes_between, finish)
    options = SheetOptions(
        lang=lang,
        start=begins,
        day=when,
        participants=people,
        facilitator=facilitator or configured("facilitator"),
        variant=None,
    )
    text = render_plan(agenda, options, "html" if fmt == "pdf" else fmt, title)
    if agenda.overrun:
        from innovkit.cli.console import warn
        from innovkit.dates import format_clock

        warn(
            tr(
                "planning.plan_overrun",
                lang,
                minutes=agenda.overrun,
                end=format_clock(agenda.ends, lang),
                limit=format_clock(agenda.end_limit, lang),
            ),
            lang,
        )
    if ics is not None:
        _write_ics(ics, agenda, lang, title, force, location)
    if fmt == "pdf":
        deliver_document(lambda _: text, fmt, output, force, lang)
        return
    deliver(text, output, force, lang)


def _write_ics(
    path: Path, agenda, lang: str, title: str | None, force: bool, location: str | None
) -> None:
    from innovkit.documents.agenda import follow_up_events, preparation
    from innovkit.documents.calendar import workshop_event
    from innovkit.documents.render import slot_span
    from innovkit.output import write_file

    names = ", ".join(tool.card.name(lang) for tool in agenda.tools)
    lines = [
        f"{slot_span(item.slot, lang, agenda.start)}  {item.slot.label}" for item in agenda.items
    ]
    lines += ["", tr("planning.ics_preparation", lang)]
    for name, items in preparation(agenda, lang):
        lines += ["", name, *(f"[ ] {item}" for item in items)]
    event = workshop_event(
        title or tr("planning.ics_summary", lang, tools=names),
        agenda.start,
        agenda.ends,
        "\n".join(lines),
        location=location,
        follow_ups=follow_up_events(agenda, lang),
    )
    write_file(path, event, force=force)
    say(tr("planning.plan_written_ics", lang, path=path))
