"""The days a report or a listing covers: a month, a range of dates, or the whole journal.

``choose_period`` reads ``--month``, ``--from``/``--to`` and ``--all`` (with the core's date
parsers); a ``Period`` names itself in French or English and knows the period before it (for
the report's comparison).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from innovkit.dates import format_date, format_month, parse_date, parse_month
from innovkit.errors import BadInput
from innovkit.i18n import tr

# --------------------------------------------------------------------------- periods


@dataclass(frozen=True, slots=True)
class Period:
    """The days a report or a listing covers, both ends included (``None``: no limit)."""

    start: date | None
    end: date | None
    month: tuple[int, int] | None = None

    @property
    def whole(self) -> bool:
        return self.start is None and self.end is None

    def previous(self) -> Period | None:
        """The period just before, of the same kind: the previous month, or as many days."""
        if self.month is not None:
            year, month = self.month
            return month_period(year - 1, 12) if month == 1 else month_period(year, month - 1)
        if self.start is None or self.end is None:
            return None
        days = (self.end - self.start).days + 1
        return Period(self.start - timedelta(days=days), self.start - timedelta(days=1))

    def name(self, lang: str) -> str:
        """« novembre 2026 », « du 1er au 15 novembre 2026 », « tout le journal »."""
        if self.month is not None:
            return format_month(*self.month, lang)
        if self.start is None and self.end is None:
            return tr("journal.period_whole", lang)
        if self.start is None:
            return tr("journal.period_until", lang, end=format_date(self.end, lang))  # type: ignore[arg-type]
        if self.end is None:
            return tr("journal.period_since", lang, start=format_date(self.start, lang))
        return date_range(self.start, self.end, lang)


def month_period(year: int, month: int) -> Period:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return Period(first, following - timedelta(days=1), (year, month))


def date_range(start: date, end: date, lang: str) -> str:
    """« du 1er au 15 novembre 2026 », "from 1 to 15 November 2026", without repeating the
    month or the year when both ends share them."""
    if start == end:
        return tr("journal.period_day", lang, day=format_date(start, lang))
    last = format_date(end, lang)
    first = format_date(start, lang)
    if start.year == end.year:
        first = first.rsplit(" ", 1)[0]
        if start.month == end.month:
            first = first.rsplit(" ", 1)[0]
    return tr("journal.period_range", lang, start=first, end=last)


def choose_period(
    month: str | None = None,
    start: str | None = None,
    end: str | None = None,
    everything: bool = False,
    today: date | None = None,
    default: str = "month",
) -> Period:
    """The period named by ``--month``, ``--from``/``--to`` or ``--all`` (only one kind at a
    time). With none of them: the current month (``default="month"``) or everything."""
    kinds = sum([month is not None, start is not None or end is not None, everything])
    if kinds > 1:
        raise BadInput("journal.period_conflict")
    if month is not None:
        return month_period(*parse_month(month))
    if start is not None or end is not None:
        first = parse_date(start, today) if start is not None else None
        last = parse_date(end, today) if end is not None else None
        if first is not None and last is not None and first > last:
            raise BadInput(
                "journal.period_backwards",
                start=partial(format_date, first),
                end=partial(format_date, last),
            )
        return Period(first, last)
    if everything or default != "month":
        return Period(None, None)
    today = today or date.today()
    return month_period(today.year, today.month)
