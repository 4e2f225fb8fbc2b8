"""The participants' summary of a session (``journal summary``): what the group found and
decided, who does what by when, and the next date — short, in the language asked, ready to
paste into the e-mail sent within 48 hours. It holds nothing private: no notes, no
satisfaction mark, no step timings, and no participant names (the journal has none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from innovkit.dates import format_date
from innovkit.i18n import labelled, tr_count, tr_in

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.journal.records import Action, Session

SUMMARY_FORMATS = ("md", "html", "txt")


def summary_context(session: Session, catalogue: Catalogue, lang: str) -> dict[str, Any]:
    """The summary as plain data, every text already in ``lang``."""
    from innovkit.journal.followups import follow_up_dates
    from innovkit.journal.reportwords import Words

    card = catalogue.tools.get(session.tool)
    tool = card.name(lang) if card else session.tool

    def s(key: str, **values: object) -> str:
        return tr_in(lang, f"journal.summary_{key}", **values)

    people = [part for part in _people(session, lang) if part]
    next_dates = []
    if card is not None:
        for outcome_id, day in sorted(follow_up_dates(card, session.outcomes), key=lambda p: p[1]):
            label = next(o.label(lang) for o in card.outcomes if o.id == outcome_id)
            next_dates.append(labelled(label, format_date(day, lang, weekday=True), lang))
    return {
        "lang": lang,
        "s": s,
        "title": s("title", tool=tool, when=Words(lang).when(session.date, session.start)),
        "people": " · ".join(people),
        "ideas": list(session.ideas),
        "decisions": list(session.decisions),
        "actions": [_action(action, lang) for action in session.actions],
        "next_dates": next_dates,
    }


def _people(session: Session, lang: str) -> list[str]:
    names = ", ".join(session.facilitators)
    return [
        labelled(tr_in(lang, "journal.label_facilitator"), names, lang) if names else "",
        tr_count("journal.summary_participants", session.participants, lang)
        if session.participants
        else "",
        labelled(tr_in(lang, "journal.label_services"), ", ".join(session.services), lang)
        if session.services
        else "",
    ]


def _action(action: Action, lang: str) -> dict[str, str]:
    """An action in words: its text, its owner, « pour le 30 novembre 2026 », « faite »."""
    when = ""
    if action.due is not None:
        when = tr_in(lang, "journal.summary_due", date=format_date(action.due, lang))
    return {
        "text": action.text,
        "owner": action.owner,
        "due": when,
        "done": tr_in(lang, "journal.state_done") if action.status == "done" else "",
    }


def render_summary(session: Session, catalogue: Catalogue, lang: str, fmt: str) -> str:
    """The summary in ``fmt`` (md, html or txt)."""
    from innovkit.documents.templates import render_template

    return render_template(f"summary.{fmt}.j2", **summary_context(session, catalogue, lang))
