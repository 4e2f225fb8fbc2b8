"""A run sheet's content as plain data in one language (``tool_context``): the templates only
lay out strings. Its timeline, group warning, answer rows and checklist phases."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from innovkit import dates
from innovkit.cards.moments import moment_line
from innovkit.cards.sizes import beyond_size, other_forms
from innovkit.documents.options import PHASES
from innovkit.i18n import quoted, tr_in
from innovkit.live import schedule

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Card, Outcome
    from innovkit.documents.options import SheetOptions


def tool_context(card: Card, catalogue: Catalogue, options: SheetOptions) -> dict[str, Any]:
    """Everything a run sheet shows, as plain strings in ``options.lang``."""
    lang = options.lang
    card = card.in_form(options.variant)  # a short form's own invitation, roles, materials…
    lever = catalogue.levers.get(card.lever)
    variant = card.variant(options.variant) if options.variant else None
    low, high = card.group_of(options.variant)  # a short form's own group, if it says one
    steps, start, end = _timeline(card, options)
    colon = tr_in(lang, "documents.colon")
    minutes = sum(step["minutes"] for step in steps)
    return {
        "id": card.id,
        "name": card.name(lang),
        "lever": lever.name(lang) if lever else card.lever,
        "lever_id": card.lever,
        "summary": card.summary(lang),
        "moment": moment_line(card, lang),
        "invitation": card.invitation(lang),
        "minutes": minutes,
        "duration": dates.format_duration(minutes, lang),
        "timed_for": timed_for(card, options.participants, lang, options.variant),
        "group": tr_in(lang, "documents.group", min=low, max=high),
        "group_short": tr_in(lang, "documents.group_short", min=low, max=high),
        "expected": options.participants,
        "setting": ", ".join(tr_in(lang, f"documents.setting_{s}") for s in card.setting),
        "settings": [tr_in(lang, f"documents.setting_{s}") for s in card.setting],
        "session_setting": (
            tr_in(lang, f"documents.setting_{options.setting}") if options.setting else None
        ),
        "group_warning": _group_warning(card, options),
        "variant": variant.name(lang) if variant else None,
        # how this form goes, said by the card: printed above its timeline
        "variant_description": variant.description(lang)
        if variant and variant.description
        else None,
        "variant_warning": beyond_size(card, options.variant, options.participants, lang),
        # a sheet of the whole card ends with the card's other forms, one line each
        "other_forms": [] if variant else other_forms(card, options.participants, lang),
        "objectives": [t(lang) for t in card.objectives],
        "materials": [t(lang) for t in card.materials],
        "roles": [{"name": r.name(lang), "does": r.does(lang)} for r in card.roles],
        "preparation": [t(lang) for t in card.preparation],
        "steps": steps,
        "start": start,
        "end": end,
        "span": f"{start} – {end}" if start else None,
        "debrief": [t(lang) for t in card.debrief],
        "checklist": {phase: [t(lang) for t in card.checklist_phase(phase)] for phase in PHASES},
        "outcomes": [
            {
                "label": o.label(lang),
                # « Quand ? » needs no colon after it; « Lieu » does.
                "colon": "" if o.label(lang).rstrip().endswith(("?", "!", ":", "…")) else colon,
                # items are written on lines, like a list's
                "kind": "list" if o.kind == "items" else o.kind,
                "help": o.help(lang) if o.help else None,
                "choices": [c.label(lang) for c in o.choices],
                "rows": _answer_rows(o, card, options),
            }
            for o in card.asked_outcomes
        ],
        "grids": review_grids(card, options),
        "handouts": [{"id": h.id, "title": h.title(lang)} for h in card.handouts],
        "credits": card.credits(lang),
    }


def review_grids(card: Card, options: SheetOptions) -> list[dict[str, Any]]:
    """At a later moment that gathers the statuses of the first session's items
    (``reviewed_at``): one grid per such outcome, a row per item (its text when the sheet is
    for a known first session, else blank and numbered, one per person) and a box per status
    but the first (« annoncé »)."""
    from innovkit.journal.items import stored_items
    from innovkit.journal.reviews import reviewed_outcomes

    lang, grids = options.lang, []
    for o in reviewed_outcomes(card):
        known = (options.follows_items or {}).get(o.id)
        if known is not None:
            untold = tr_in(lang, "journal.item_no_text")
            texts = [entry["text"] or untold for entry in stored_items(o, known)]
        else:
            texts = [""] * _at_most(o, options.participants or card.typical)
        grids.append(
            {
                "label": tr_in(lang, "documents.review_grid", label=o.label(lang)),
                "statuses": [s.label(lang) for s in o.statuses[1:]],
                "rows": [{"number": n, "text": text} for n, text in enumerate(texts, 1)],
                "blank": known is None,
            }
        )
    return grids


def timed_for(card: Card, participants: int | None, lang: str, variant: str | None = None) -> str:
    """« horaires calculés pour 12 participants » — the group the times were computed for: the
    session's, else the form's typical group (``Card.typical_for``)."""
    return tr_in(lang, "documents.timed_for", count=participants or card.typical_for(variant))


def _group_warning(card: Card, options: SheetOptions) -> str | None:
    """The sentence printed in a box when this session's group is outside the card's range."""
    count = options.participants
    if count is None or card.participants_min <= count <= card.participants_max:
        return None
    return tr_in(
        options.lang,
        "documents.group_warning",
        count=count,
        min=card.participants_min,
        max=card.participants_max,
    )


def _answer_rows(outcome: Outcome, card: Card, options: SheetOptions) -> int:
    """Writing lines for an outcome field: a list, or items kept with their status, gathered
    from the whole group, gets one per person of this session's group (``--participants``),
    else of the card's largest group, up to the most the field gathers (``at_most``); a text
    two; a number, a date or a choice none (it is written on its label's line)."""
    if outcome.kind in ("list", "items"):
        return _at_most(outcome, options.participants or card.participants_max)
    return 2 if outcome.kind == "text" else 0


def _at_most(outcome: Outcome, rows: int) -> int:
    """``rows``, or fewer when the field gathers fewer entries in a session (« une à trois
    modifications »: three lines for thirty people)."""
    return min(rows, outcome.at_most) if outcome.at_most else rows


def _timeline(card: Card, options: SheetOptions) -> tuple[list[dict[str, Any]], Any, Any]:
    """The steps to run (the variant's, if one is asked) with their minutes and, given a start
    time, their clock times; then the clock times of the start and of the end."""
    lang = options.lang
    plan = card.plan(options.variant, options.participants)
    slots = schedule.timetable(
        [(s.title(lang), s.minutes) for s in plan], options.start, options.day
    )
    begin = slots[0].start if slots else None

    def clock(moment: Any) -> str | None:
        return None if moment is None else dates.format_clock(moment, lang, since=begin)

    rules = card.step_rules(lang, options.variant)
    steps = []
    for number, (step, slot) in enumerate(zip(plan, slots, strict=True), 1):
        start, end = clock(slot.start), clock(slot.end)
        span = slot_span(slot, lang, begin)
        steps.append(
            {
                "number": number,
                "title": step.title(lang),
                "minutes": step.minutes,
                "duration": dates.format_duration(step.minutes, lang),
                "rule": rules[step.id],
                "instructions": step.instructions(lang),
                "prompts": [quoted(p(lang).strip(), lang) for p in step.prompts],
                "start": start,
                "end": end,
                "span": span,
            }
        )
    return steps, clock(begin), clock(slots[-1].end if slots else None)


def slot_span(slot: Any, lang: str, begin: Any = None) -> str:
    """« 14 h 00 – 14 h 20 » for a slot with clock times, else its minutes from the start."""
    if slot.start is None:
        return tr_in(lang, "documents.elapsed", start=slot.offset, end=slot.offset_end)
    first = dates.format_clock(slot.start, lang, since=begin)
    return f"{first} – {dates.format_clock(slot.end, lang, since=begin)}"
