"""Page 1 of the report: « En bref » and « À décider ».

What the Direction should look at first, gathered from the journal: the levers asleep by the
same 90-day rule as ``innovkit levers``, the late actions with their owner and due date, the
actions that wait for the Direction, the services reached by name, and the period against the
one before and the same one a year earlier. For a quarter or a year, each month's figures too,
side by side (``MonthColumn``).

How a decision waits for the Direction, as recorded today: the journal has no field for it;
facilitators write it as an action whose owner, or whose text, names the Direction
(« Direction générale », « DG », « DGS », « CODIR », « comité de direction »). Those still open
are the ones listed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.journal.records import Session
    from innovkit.journal.reportfigures import Headline
    from innovkit.journal.reportrows import ActionRow
    from innovkit.journal.store import Journal, Usage

# Words that name the Direction in an action's owner or text (compared without case or accents).
DIRECTION_WORDS = frozenset({"direction", "dg", "dgs", "dga", "codir"})
HISTORY_DAYS = 365  # how far back a sleeping lever's last session is looked for
# A long list of late or older open actions is summed up: its count, the LISTED longest overdue
# and the command that gives them all. Years of follow-ups must not bury page 1.
LISTED = 10


@dataclass(frozen=True, slots=True)
class AsleepLever:
    """A lever with no session for more than 90 days at the report's date."""

    id: str
    name: str
    tools: str
    last: date | None  # its last session within the year before, if any


@dataclass(frozen=True, slots=True)
class ServiceCount:
    name: str
    sessions: int


@dataclass(frozen=True, slots=True)
class MonthColumn:
    """One month of a quarterly or annual report, with its own figures."""

    name: str
    figures: Headline


@dataclass(slots=True)
class Brief:
    """Page 1's content (the numbers stay numbers; the template writes them)."""

    asleep: list[AsleepLever] = field(default_factory=list)
    late: list[ActionRow] = field(default_factory=list)
    waiting: list[ActionRow] = field(default_factory=list)
    services: list[ServiceCount] = field(default_factory=list)
    as_of: date | None = None  # the day the 90-day rule is counted from

    @property
    def late_listed(self) -> list[ActionRow]:
        """The late actions page 1 lists: all of them, or the ``LISTED`` longest overdue."""
        return self.late[:LISTED]


def reference_day(end: date | None, today: date) -> date:
    """The day a report's levers are judged on: the period's last day, or today if sooner."""
    return today if end is None or end > today else end


def asleep_levers(
    history: Sequence[Session], catalogue: Catalogue, lang: str, as_of: date
) -> list[AsleepLever]:
    """The catalogue's levers asleep on ``as_of`` (``history``: the sessions of the year up to
    that day), by ``innovkit levers``' rule (``cards.suggest.is_neglected``)."""
    from innovkit.journal.store import Usage

    last: dict[str, date] = {}
    counts: Counter[str] = Counter()
    for session in history:
        counts[session.lever] += 1
        if session.date > last.get(session.lever, date.min):
            last[session.lever] = session.date
    usage = {ident: Usage(counts[ident], day) for ident, day in last.items()}
    return _asleep(usage, catalogue, lang, as_of)


def _asleep(
    usage: dict[str, Usage], catalogue: Catalogue, lang: str, as_of: date
) -> list[AsleepLever]:
    """The levers with no session for more than 90 days on ``as_of``, given each lever's
    ``usage`` (the same rule as ``innovkit levers``), with their tools."""
    from innovkit.cards.suggest import is_neglected

    rows = []
    for ident, lever in catalogue.levers.items():
        use = usage.get(ident)
        if is_neglected(use, as_of):
            tools = ", ".join(card.name(lang) for card in catalogue.tools_for(ident))
            rows.append(AsleepLever(ident, lever.name(lang), tools, use.last_date if use else None))
    return rows


def journal_asleep(
    journal: Journal, catalogue: Catalogue, lang: str, as_of: date | None
) -> list[AsleepLever]:
    """``asleep_levers`` from the journal's sessions of the year up to ``as_of``."""
    if as_of is None:
        return []
    start = as_of - timedelta(days=HISTORY_DAYS)
    usage = journal.lever_usage_between(start, as_of, list(catalogue.levers))
    return _asleep(usage, catalogue, lang, as_of)


def named_services(sessions: Iterable[Session]) -> list[ServiceCount]:
    """Each service reached, by name (its first spelling), with its number of sessions; the most
    frequent first. « DRH » and « drh » are one service."""
    from functools import cache

    from innovkit.cards.lookup import normalise

    same = cache(normalise)  # the same few services come back in every session
    spelling: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for session in sessions:
        for key, shown in {same(name): name for name in session.services}.items():
            if not key:
                continue
            spelling.setdefault(key, shown.strip())
            counts[key] += 1
    ordered = sorted(counts, key=lambda key: (-counts[key], spelling[key].casefold()))
    return [ServiceCount(spelling[key], counts[key]) for key in ordered]


def waits_for_direction(row: ActionRow) -> bool:
    """An open action whose owner or text names the Direction."""
    from innovkit.cards.lookup import words

    if row.done:
        return False
    return bool(set(words(f"{row.owner} {row.text}")) & DIRECTION_WORDS)


def make_brief(
    actions: Sequence[ActionRow],
    sessions: Sequence[Session],
    asleep: list[AsleepLever],
    as_of: date | None,
) -> Brief:
    """Page 1 from the period's and earlier open ``actions`` and the period's ``sessions``."""
    return Brief(
        asleep=asleep,
        late=[row for row in actions if row.overdue],
        waiting=[row for row in actions if waits_for_direction(row)],
        services=named_services(sessions),
        as_of=as_of,
    )
