"""``journal show``: one session's page — its fields, labelled, its lists, and, for a first
session, the later moments that followed it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import typer

from innovkit.cli.console import print_json, write_shown
from innovkit.cli.context import run_context
from innovkit.cli.journal import common
from innovkit.cli.journal.common import IdArg
from innovkit.cli.journal.sessions import _clock
from innovkit.cli.options import JsonOption, LangOption, language
from innovkit.i18n import labelled, tr

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Card
    from innovkit.journal.records import Session


def show(
    ctx: typer.Context, session_id: IdArg, json: JsonOption = False, lang: LangOption = None
) -> None:
    from innovkit.journal.records import session_data

    lang = language(ctx, lang)
    with common.open_journal(ctx) as journal:
        session = journal.get(session_id)
        followers = [] if json else _followers(journal, session)
    if json:
        print_json(session_data(session))
        return
    catalogue = run_context(ctx).catalogue()
    card = catalogue.tools.get(session.tool)
    write_shown(_describe(session, card, catalogue, lang, _followed(followers, card, lang)))


def _followers(journal: Any, first: Session) -> list[Session]:
    """The later moments that follow the first session ``first`` (none for another session)."""
    if first.moment is None or first.follows is not None:
        return []
    later = journal.sessions(start=first.date, tool=first.tool, timings=False, details=False)
    return [s for s in later if s.follows == first.id]


def _followed(followers: list[Session], card: Card | None, lang: str) -> list[str]:
    """Each later moment of a first session — « Retour d’expérience, 24 novembre 2026, Paul
    Durand (695fab93) » — and, when it keeps statuses for this session's owner to confirm (a
    colleague gathered them), the command that writes them here."""
    from innovkit.dates import format_date
    from innovkit.journal.reviews import confirm_options, reviewed_outcomes

    lines = []
    for later in followers:
        moment = next((m for m in card.moments if m.id == later.moment), None) if card else None
        parts = [moment.name(lang) if moment else later.moment or ""]
        parts += [format_date(later.date, lang), later.facilitator]
        said = ", ".join(p for p in parts if p) + f" ({later.id[:8]})"
        lines.append(labelled(tr("journal.label_followed_by", lang), said, lang))
        at = card.at_moment(later.moment) if card and later.moment else None
        if at is not None and any(o.id in later.outcomes for o in reviewed_outcomes(at)):
            options = confirm_options(card, later, lang)  # type: ignore[arg-type]
            command = f"innovkit journal edit {(later.follows or '')[:8]} {options}"
            lines.append("  " + tr("journal.review_to_confirm", lang, command=command))
    return lines


def _describe(
    s: Session, card: Card | None, catalogue: Catalogue, lang: str, followed: list[str] = ()
) -> str:
    """``journal show``'s page: the session's fields, labelled, then its lists."""
    from innovkit.dates import format_date

    lines = [tr("journal.show_title", lang, id=s.id)]

    def line(key: str, value: object) -> None:
        if value not in (None, "", []):
            lines.append(labelled(tr(f"journal.label_{key}", lang), value, lang))

    lever = catalogue.levers.get(s.lever)
    line("tool", card.name(lang) if card else s.tool)
    line("lever", lever.name(lang) if lever else s.lever)
    if s.variant:
        variant = next((v for v in card.variants if v.id == s.variant), None) if card else None
        line("variant", variant.name(lang) if variant else s.variant)
    if s.moment and card and card.moments:  # a tool in several moments: which one, after which
        moment = next((m for m in card.moments if m.id == s.moment), None)
        line("moment", moment.name(lang) if moment else s.moment)
    line("follows", s.follows)
    lines += followed
    line("date", _when(s, lang))
    line("duration", _duration(s, lang=lang))
    line("facilitator", s.facilitator)
    line("co_facilitators", ", ".join(s.co_facilitators))
    line("participants", s.participants)
    line("services", " ; ".join(s.services))
    line("setting", tr(f"journal.setting_{s.setting}", lang) if s.setting else None)
    line("satisfaction", f"{s.satisfaction}/5" if s.satisfaction else None)
    lines += _blocks(s, card, lang)
    line("tags", ", ".join(s.tags))
    created, updated = (format_date(moment.date(), lang) for moment in (s.created_at, s.updated_at))
    lines.append(tr("journal.show_stamps", lang, created=created, updated=updated))
    return "\n".join(lines) + "\n"


def _when(s: Session, lang: str) -> str:
    from innovkit.journal.reportwords import Words

    return Words(lang).when(s.date, s.start)


def _duration(s: Session, lang: str) -> str | None:
    if s.actual_minutes is not None:
        return tr(
            "journal.duration_both", lang, actual=s.actual_minutes, planned=s.planned_minutes or 0
        )
    if s.planned_minutes:
        return tr("journal.duration_planned", lang, planned=s.planned_minutes)
    return None


def _blocks(s: Session, card: Card | None, lang: str) -> list[str]:
    """The session's lists, each under its label: ideas, decisions, actions, the tool's own
    outcomes, the steps' timings and the notes."""
    from innovkit.dates import todays_date
    from innovkit.journal.records import describe_outcome, outcome_label

    lines: list[str] = []

    def block(key: str, items: Sequence[str], mark: str = "•") -> None:
        if items:
            lines.append(labelled(tr(f"journal.label_{key}", lang), "", lang).rstrip())
            lines.extend(f"  {mark} {item}" if mark else f"  {item}" for item in items)

    block("ideas", s.ideas)
    block("decisions", s.decisions)
    today = todays_date()
    block("actions", [_action_text(a, today, lang) for a in s.actions], mark="")
    outcomes = [
        labelled(outcome_label(card, k, lang), describe_outcome(card, k, v, lang), lang)
        for k, v in s.outcomes.items()
    ]
    block("outcomes", outcomes)
    block("steps", [_step_text(timing, lang) for timing in s.step_timings])
    if s.notes:
        lines.append(labelled(tr("journal.label_notes", lang), "", lang).rstrip())
        lines.extend(f"  {text}".rstrip() for text in s.notes.splitlines())
    return lines


def _step_text(timing: Any, lang: str) -> str:
    text = tr(
        "journal.step_timing",
        lang,
        title=timing.title or timing.step_id,
        planned=_clock(timing.planned_seconds),
        actual=_clock(timing.actual_seconds),
    )
    return text + (" " + tr("journal.step_skipped", lang) if timing.skipped else "")


def _action_text(action: Any, today: date, lang: str) -> str:
    from innovkit.dates import format_date

    box = "☑" if action.status == "done" else "☐"
    parts = [action.text]
    if action.owner:
        parts.append(action.owner)
    if action.due:
        parts.append(tr("journal.due_on", lang, date=format_date(action.due, lang)))
    if action.status == "done" and action.done_on:
        parts.append(tr("journal.done_on", lang, date=format_date(action.done_on, lang)))
    text = f"{box} " + " — ".join(parts)
    if action.overdue(today):
        text += " " + tr("journal.overdue_flag", lang)
    return f"{text}  [{action.id[:8]}]"
