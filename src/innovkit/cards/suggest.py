"""Choosing a tool: which ones fit the time, the group and the place, and which levers need care.

Hard limits (time, group size, setting, lever asked for) are never bent: a tool that does not fit
is not proposed. Among the tools that fit, the ranking favours the levers the journal shows as
neglected, then the tools whose full form fits, then a duration that makes good use of the time
available. Every suggestion says why, in plain words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from innovkit.cards.catalogue import Catalogue
from innovkit.cards.model import Card
from innovkit.i18n import tr, tr_count
from innovkit.journal.store import Usage

NEGLECTED_AFTER_DAYS = 90  # a lever with no session for three months is flagged as neglected


@dataclass
class Suggestion:
    card: Card
    minutes: int
    variant: str | None
    score: float
    reasons: list[str] = field(default_factory=list)


def lever_history(journal_path: object | None, today: date) -> dict[str, Usage]:
    """Each lever's sessions in the 12 months up to ``today`` and its last date, from the
    journal; an empty history when there is no journal yet (nothing is created)."""
    from pathlib import Path

    from innovkit.journal.store import Journal, default_path
    from innovkit.journal.store.postgres import is_database_address

    path = journal_path or default_path()
    if not is_database_address(path):
        path = Path(str(path))
        if not path.exists():
            return {}
    with Journal(path) as journal:  # type: ignore[arg-type]
        return journal.lever_usage(since=today - timedelta(days=365))


def months_between(earlier: date, later: date) -> int:
    """Whole months from ``earlier`` to ``later`` (never negative)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(months, 0)


def is_neglected(use: Usage | None, today: date) -> bool:
    """No session at all, or none for ``NEGLECTED_AFTER_DAYS``."""
    if use is None or use.last_date is None:
        return True
    return (today - use.last_date).days > NEGLECTED_AFTER_DAYS


def lever_reason(lever_name: str, use: Usage | None, today: date, lang: str) -> str:
    """« la curiosité : aucune séance depuis 4 mois » and its kin."""
    if use is None or use.last_date is None:
        return tr("planning.reason_lever_never", lang, lever=lever_name)
    months = months_between(use.last_date, today)
    if is_neglected(use, today):
        return tr("planning.reason_lever_asleep", lang, lever=lever_name, months=months)
    return tr_count("planning.reason_lever_alive", use.sessions, lang, lever=lever_name)


def suggest(
    catalogue: Catalogue,
    history: Mapping[str, Usage],
    today: date,
    lang: str,
    minutes: int | None = None,
    participants: int | None = None,
    lever: str | None = None,
    setting: str | None = None,
) -> list[Suggestion]:
    """The tools that fit, best first. ``history`` maps lever ids to their recent use."""
    suggestions = []
    for card in _candidates(catalogue.ready_tools(), lever, setting, participants):
        fitted = _fit(card, minutes, participants)
        if fitted is None:
            continue
        variant, length = fitted
        use = history.get(card.lever)
        reasons = []
        score = 0.0
        if minutes is not None:
            score += _time_score(card, variant, length, minutes, reasons, participants, lang)
        if participants is not None:
            reasons.append(
                tr(
                    "planning.reason_group",
                    lang,
                    count=participants,
                    min=card.participants_min,
                    max=card.participants_max,
                )
            )
        lever_name = catalogue.levers[card.lever].name(lang)
        reasons.append(lever_reason(lever_name, use, today, lang))
        score += _neglect_score(use, today)
        if setting is not None:
            reasons.append(
                tr(
                    "planning.reason_setting",
                    lang,
                    setting=tr(f"catalogue.setting_{setting}", lang),
                )
            )
        suggestions.append(Suggestion(card, length, variant, score, reasons))
    suggestions.sort(key=lambda s: (-s.score, s.card.id))
    return suggestions


def _candidates(
    cards: Iterable[Card], lever: str | None, setting: str | None, participants: int | None
) -> list[Card]:
    return [
        card
        for card in cards
        if (lever is None or card.lever == lever)
        and (setting is None or setting in card.setting)
        and (participants is None or card.fits(participants))
    ]


def _fit(
    card: Card, minutes: int | None, participants: int | None
) -> tuple[str | None, int] | None:
    """The form to run within ``minutes`` with this group (the card's typical group when
    ``participants`` is None): the whole card if it fits, else its fullest structured variant
    that fits, among those that hold the group (a short form « jusqu’à douze personnes » is not
    proposed for twenty); ``None`` when nothing fits."""
    full = card.minutes(participants)
    if minutes is None or full <= minutes:
        return None, full
    forms = sorted(
        (card.minutes(participants, v.id), v.id)
        for v in card.variants
        if v.steps is not None and (participants is None or card.variant_fits(v, participants))
    )
    fitting = [(length, ident) for length, ident in forms if length <= minutes]
    if not fitting:
        return None
    length, ident = fitting[-1]  # the fullest short form that still fits
    return ident, length


def _time_score(
    card: Card,
    variant: str | None,
    length: int,
    minutes: int,
    reasons: list[str],
    participants: int | None,
    lang: str,
) -> float:
    if variant is None:
        reasons.append(tr("planning.reason_fits", lang, minutes=minutes, length=length))
        bonus = 2.0
    else:
        name = card.variant(variant).name(lang).lower()
        reasons.append(
            tr(
                "planning.reason_fits_short",
                lang,
                minutes=minutes,
                length=length,
                variant=name,
                full=card.minutes(participants),
            )
        )
        bonus = 1.0
    return bonus + length / minutes  # using the time well beats leaving half of it unused


def _neglect_score(use: Usage | None, today: date) -> float:
    if use is None or use.last_date is None:
        return 6.0
    months = months_between(use.last_date, today)
    return min(months, 12) / 2 - min(use.sessions, 12) / 4
