"""Printed documents: ``sheet`` (run sheets and the booklet), ``checklist`` and ``kit``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from innovkit.cli.completion import complete_tool
from innovkit.cli.console import deliver_document, say, warn, write_shown
from innovkit.cli.context import run_context
from innovkit.cli.groupsize import warn_variant_size
from innovkit.cli.options import (
    DateOption,
    FacilitatorOption,
    ForceOption,
    FormatOption,
    LangOption,
    MomentOption,
    OutputFileOption,
    ParticipantsOption,
    StartOption,
    ToolArgument,
    VariantOption,
    language,
)
from innovkit.cli.usage import command
from innovkit.errors import BadInput
from innovkit.i18n import tr
from innovkit.numbers import parse_optional_whole

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Card
    from innovkit.documents.render import SheetOptions


def register(app: typer.Typer) -> None:
    command(app, "sheet", "help.documents_sheet")(sheet)
    command(app, "checklist", "help.documents_checklist")(checklist)
    command(app, "kit", "help.documents_kit")(kit)


def _options(
    lang: str,
    start: str | None,
    day: str | None,
    participants: int | None,
    facilitator: str | None,
    variant: str | None,
) -> SheetOptions:
    from innovkit.dates import parse_date, parse_time
    from innovkit.documents.render import SheetOptions

    return SheetOptions(
        lang=lang,
        start=parse_time(start) if start is not None else None,
        day=parse_date(day, lang=lang, ahead=True) if day is not None else None,
        participants=participants,
        facilitator=facilitator,
        variant=variant,
    )


def _warn_group_size(cards: list[Card], participants: int | None, lang: str) -> None:
    """A group outside a tool's range is worth a warning, not a refusal: the facilitator knows."""
    if participants is None:
        return
    for card in cards:
        if not card.fits(participants):
            warn(
                tr(
                    "documents.participants_outside",
                    lang,
                    tool=card.name(lang),
                    id=card.id,
                    min=card.participants_min,
                    max=card.participants_max,
                    count=participants,
                ),
                lang,
            )


def _is_folder(output: str) -> bool:
    """``-o`` names a folder when it is one, or when it ends with a slash (as typed: a ``Path``
    would forget the slash)."""
    return output.endswith(("/", "\\")) or Path(output).is_dir()


def sheet(
    ctx: typer.Context,
    tools: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="TOOL…",
            help="help.documents_tools",
            show_default=False,
            autocompletion=complete_tool,
        ),
    ] = None,
    every: Annotated[bool, typer.Option("--all", help="help.documents_all")] = False,
    format: FormatOption = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="PATH", help="help.documents_output", show_default=False
        ),
    ] = None,
    force: ForceOption = False,
    lang: LangOption = None,
    start: StartOption = None,
    day: DateOption = None,
    participants: ParticipantsOption = None,
    setting: Annotated[
        str | None,
        typer.Option("--setting", metavar="S", help="help.documents_setting", show_default=False),
    ] = None,
    facilitator: FacilitatorOption = None,
    variant: VariantOption = None,
    moment: MomentOption = None,
    follows: Annotated[
        str | None,
        typer.Option("--follows", metavar="SESSION", help="help.sheet_follows", show_default=False),
    ] = None,
    attendance: Annotated[
        bool, typer.Option("--attendance", help="help.documents_attendance")
    ] = False,
) -> None:
    from innovkit.documents.render import (
        PRINT_FORMATS,
        choose_format,
        prepare_folder,
        render_booklet,
        render_sheet,
        write_documents,
    )

    lang = language(ctx, lang)
    people = parse_optional_whole(participants, "--participants", minimum=1)
    if every and tools:
        raise BadInput(tr("documents.all_and_tools", lang))
    catalogue = run_context(ctx).catalogue()
    cards = list(catalogue.tools.values()) if every else _find_all(catalogue, tools or [])
    if not cards:
        raise BadInput(tr("documents.no_tool", lang))
    if moment is not None:
        if len(cards) != 1:
            raise BadInput(tr("moments.one_tool_only", lang))
        cards = [cards[0].at_moment(moment)]
    options = _options(lang, start, day, people, facilitator, variant)
    if setting is not None:
        from dataclasses import replace

        from innovkit.journal.records import parse_setting

        options = replace(options, setting=parse_setting(setting))
    if follows is not None:
        options = _with_first_items(ctx, cards, moment, follows, options)
    target = Path(output) if output else None
    folder = target if target is not None and output and _is_folder(output) else None
    fmt = choose_format(format, None if folder else target, PRINT_FORMATS)
    _warn_group_size(cards, people, lang)
    warn_variant_size(cards, variant, people, lang)
    if attendance:
        _attendance(cards, catalogue, options, fmt, target, force)
        return
    if folder is not None:
        files = _sheet_files(catalogue, cards, options, fmt)
        written = write_documents(prepare_folder(folder), files, force=force)
        say(tr("documents.written_many", lang, count=len(written), folder=folder))
        return

    def render(kind: str) -> str:
        if len(cards) == 1:
            return render_sheet(cards[0], catalogue, options, kind)
        return render_booklet(cards, catalogue, options, kind)

    deliver_document(render, fmt, target, force, lang)


def _attendance(
    cards: list[Card],
    catalogue: Catalogue,
    options: SheetOptions,
    fmt: str,
    target: Path | None,
    force: bool,
) -> None:
    """``sheet TOOL --attendance``: the session's attendance sheet, for one tool."""
    from innovkit.documents.attendance import render_attendance

    if len(cards) != 1:
        raise BadInput(tr("documents.attendance_one_tool", options.lang))
    deliver_document(
        lambda kind: render_attendance(cards[0], catalogue, options, kind),
        fmt,
        target,
        force,
        options.lang,
    )


def _sheet_files(
    catalogue: Catalogue, cards: list[Card], options: SheetOptions, fmt: str
) -> dict[str, str | bytes]:
    """One sheet per tool, file name → content, for ``sheet -o FOLDER/``."""
    from innovkit.documents.render import render_sheet

    if fmt != "pdf":
        return {f"{card.id}.{fmt}": render_sheet(card, catalogue, options, fmt) for card in cards}
    from innovkit.documents.pdf import check_engine, pdf_bytes

    check_engine()
    return {
        f"{card.id}.pdf": pdf_bytes(render_sheet(card, catalogue, options, "html"), options.lang)
        for card in cards
    }


def _find_all(catalogue: Catalogue, queries: list[str]) -> list[Card]:
    """The tools named, each once, in the order given."""
    found: dict[str, Card] = {}
    for query in queries:
        card = catalogue.find(query)
        found.setdefault(card.id, card)
    return list(found.values())


def checklist(
    ctx: typer.Context,
    tool: ToolArgument,
    phase: Annotated[
        list[str] | None,
        typer.Option(
            "--phase",
            metavar="before|during|after",
            help="help.documents_phase",
            show_default=False,
        ),
    ] = None,
    format: FormatOption = None,
    output: OutputFileOption = None,
    force: ForceOption = False,
    interactive: Annotated[
        bool, typer.Option("--interactive", "-i", help="help.documents_interactive")
    ] = False,
    lang: LangOption = None,
    day: DateOption = None,
    facilitator: FacilitatorOption = None,
    variant: VariantOption = None,
) -> None:
    from innovkit.documents.render import (
        PHASES,
        PRINT_FORMATS,
        check_phase,
        choose_format,
        render_checklist,
    )

    lang = language(ctx, lang)
    catalogue = run_context(ctx).catalogue()
    card = catalogue.find(tool)
    card.in_form(variant)  # an unknown variant is refused before anything
    phases = [check_phase(p) for p in phase] if phase else list(PHASES)
    if interactive:
        if format or output:
            raise BadInput(tr("documents.interactive_format", lang))
        _tick(card.in_form(variant), lang, phases, day)
        return
    options = _options(lang, None, day, None, facilitator, variant)
    fmt = choose_format(format, output, PRINT_FORMATS)
    deliver_document(
        lambda kind: render_checklist(card, catalogue, options, kind, phases),
        fmt,
        output,
        force,
        lang,
    )


def _tick(card: Card, lang: str, phases: list[str], day: str | None) -> None:
    """Tick the checklist live on the terminal, one phase at a time, from the ticks kept last
    time; keep the ticks for ``run`` (see ``live.preparation``); list what is left."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise BadInput(tr("documents.interactive_needs_terminal", lang))
    from innovkit.cli.ticking import keep_after, kept_before, tick_phases
    from innovkit.documents.render import checklist_items

    lists = [[item for _, item in checklist_items(card, lang, [phase])] for phase in phases]
    titles = [tr(f"documents.phase_{phase}", lang) for phase in phases]
    session_day, kept = kept_before(card, phases, day)
    ticks = tick_phases(card.name(lang), list(zip(titles, lists, strict=True)), kept, lang=lang)
    keep_after(card, phases, ticks, session_day, lang)
    left: list[tuple[str, str]] = []
    for phase, title, items, ticked in zip(phases, titles, lists, ticks, strict=True):
        say(tr("documents.ticked", lang, phase=title, done=sum(ticked), total=len(items)))
        left += [(phase, item) for item, done in zip(items, ticked, strict=True) if not done]
    if not left:
        say(tr("documents.all_done", lang))
        return
    lines = [tr("documents.still_to_do", lang, count=len(left))]
    for phase in phases:
        todo = [item for p, item in left if p == phase]
        if todo:
            lines.append(f"{tr(f'documents.phase_{phase}', lang)}")
            lines += [f"  [ ] {item}" for item in todo]
    write_shown("\n".join(lines))


def kit(
    ctx: typer.Context,
    tool: ToolArgument,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="DIR",
            help="help.documents_kit_output",
            show_default=False,
        ),
    ],
    force: Annotated[bool, typer.Option("--force", help="help.documents_kit_force")] = False,
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="html|pdf",
            help="help.documents_kit_format",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    start: StartOption = None,
    day: DateOption = None,
    participants: ParticipantsOption = None,
    facilitator: FacilitatorOption = None,
    variant: VariantOption = None,
) -> None:
    from innovkit.documents.render import (
        check_format,
        kit_files,
        prepare_folder,
        write_documents,
    )

    lang = language(ctx, lang)
    people = parse_optional_whole(participants, "--participants", minimum=1)
    catalogue = run_context(ctx).catalogue()
    card = catalogue.find(tool)
    options = _options(lang, start, day, people, facilitator, variant)
    _warn_group_size([card], people, lang)
    warn_variant_size([card], variant, people, lang)
    pdf = check_format(format, ("html", "pdf")) == "pdf" if format else False
    if pdf:
        from innovkit.documents.pdf import check_engine

        check_engine()
    files = kit_files(card, catalogue, options, pdf)  # all rendered before the folder is touched
    folder = prepare_folder(output, must_be_empty=True, force=force)
    write_documents(folder, files, force=force)
    index = folder / "index.html"
    say(tr("documents.kit_written", lang, folder=folder, index=index))
    typer.echo(str(index))


def _with_first_items(
    ctx: typer.Context, cards: list, moment: str | None, follows: str, options: SheetOptions
) -> SheetOptions:
    """``sheet TOOL --moment M --follows ID``: the first session's items, for the grid."""
    from dataclasses import replace

    from innovkit.journal.cycles import first_session
    from innovkit.journal.store import Journal

    if moment is None or len(cards) != 1:
        raise BadInput(tr("moments.sheet_follows_needs_moment", options.lang))
    with Journal(run_context(ctx).journal()) as journal:
        first = first_session(journal, cards[0], follows)
    return replace(options, follows_items=dict(first.outcomes))
