"""The printed documents: run sheets, the booklet of tools, checklists and workshop plans, each
rendered from plain data in one language (``innovkit.documents.context``) through the Jinja2
environment of ``innovkit.documents.templates``.

The commands import what they need from here: the options and formats
(``innovkit.documents.options``), the room kit and folder helpers (``innovkit.documents.kit``)
and ``slot_span`` are re-exported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from innovkit import dates
from innovkit.documents.context import slot_span, tool_context
from innovkit.documents.kit import kit_files, prepare_folder, write_documents
from innovkit.documents.options import (
    FORMATS,
    PHASES,
    PRINT_FORMATS,
    SheetOptions,
    check_format,
    check_phase,
    choose_format,
)
from innovkit.documents.templates import common_context, render_template
from innovkit.i18n import tr_in

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Card

__all__ = [
    "FORMATS",
    "PHASES",
    "PRINT_FORMATS",
    "SheetOptions",
    "check_format",
    "check_phase",
    "checklist_items",
    "choose_format",
    "kit_files",
    "prepare_folder",
    "render_booklet",
    "render_checklist",
    "render_plan",
    "render_sheet",
    "slot_span",
    "write_documents",
]


def render_sheet(card: Card, catalogue: Catalogue, options: SheetOptions, fmt: str) -> str:
    """One tool's run sheet in ``fmt`` (md, html or txt); for a described variant, its own
    short sheet (``innovkit.documents.described``)."""
    from innovkit.documents.described import described_context, is_described

    if is_described(card, options.variant):
        return render_template(
            f"described.{fmt}.j2",
            v=described_context(card, catalogue, options),
            **common_context(options),
        )
    return render_template(
        f"sheet.{fmt}.j2", tool=tool_context(card, catalogue, options), **common_context(options)
    )


def render_booklet(
    cards: Sequence[Card], catalogue: Catalogue, options: SheetOptions, fmt: str
) -> str:
    """Several run sheets in one document: a cover, the lever map, contents, one part per tool."""
    tools = [tool_context(card, catalogue, options) for card in cards]
    included = {tool["id"] for tool in tools}
    lang = options.lang
    levers = []
    for lever in catalogue.levers.values():
        cards_here = catalogue.tools_for(lever.id)
        levers.append(
            {
                "id": lever.id,
                "name": lever.name(lang),
                "description": lever.description(lang),
                "tools": [
                    {"id": c.id, "name": c.name(lang), "included": c.id in included}
                    for c in cards_here
                ],
            }
        )
    return render_template(
        f"booklet.{fmt}.j2", tools=tools, levers=levers, **common_context(options)
    )


def render_checklist(
    card: Card,
    catalogue: Catalogue,
    options: SheetOptions,
    fmt: str,
    phases: Iterable[str] = PHASES,
) -> str:
    """A tool's checklist (all phases, or the ones asked) to print and tick by hand."""
    tool = tool_context(card, catalogue, options)
    chosen = [phase for phase in PHASES if phase in set(phases)]
    return render_template(
        f"checklist.{fmt}.j2", tool=tool, phases=chosen, **common_context(options)
    )


def checklist_items(card: Card, lang: str, phases: Iterable[str] = PHASES) -> list[tuple[str, str]]:
    """``(phase, item)`` for every checklist item of the phases asked, in order."""
    wanted = set(phases)
    return [
        (phase, item(lang))
        for phase in PHASES
        if phase in wanted
        for item in card.checklist_phase(phase)
    ]


def render_plan(agenda: Any, options: SheetOptions, fmt: str, title: str | None = None) -> str:
    """A workshop agenda (``innovkit.plan.Agenda``) in ``fmt``, printable like a sheet."""
    from innovkit.documents.agenda import preparation

    lang = options.lang
    begin = agenda.start

    def clock(moment: Any) -> str | None:
        return None if moment is None else dates.format_clock(moment, lang, since=begin)

    items = []
    for item in agenda.items:
        tool = item.tool
        variant = tool.card.variant(tool.variant).name(lang) if tool and tool.variant else None
        items.append(
            {
                "is_break": item.is_break,
                "label": item.slot.label,
                "id": tool.card.id if tool else None,
                "variant": variant,
                "duration": dates.format_duration(item.slot.minutes, lang),
                "span": slot_span(item.slot, lang, begin),
                "steps": [
                    {
                        "title": step.label,
                        "duration": dates.format_duration(step.minutes, lang),
                        "span": slot_span(step, lang, begin),
                    }
                    for step in item.steps
                ],
            }
        )
    names = [tool.card.name(lang) for tool in agenda.tools]
    return render_template(
        f"plan.{fmt}.j2",
        plan={
            "title": title or " · ".join(names),
            "rows": items,
            "duration": dates.format_duration(agenda.minutes, lang),
            "timed_for": (
                tr_in(lang, "documents.timed_for", count=options.participants)
                if options.participants
                else tr_in(lang, "documents.timed_for_each_typical")
            ),
            "start": clock(agenda.start),
            "end": clock(agenda.ends),
            "limit": clock(agenda.end_limit),
            "overrun": agenda.overrun,
            "preparation": preparation(agenda, lang),
        },
        p=lambda key, **values: tr_in(lang, f"planning.{key}", **values),
        **common_context(options),
    )
