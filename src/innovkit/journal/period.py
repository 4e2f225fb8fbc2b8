"""The days a report or a listing covers: a month, a range of dates, or the whole journal.

``choose_period`` reads ``--month``, ``--last-month``, ``--week``, ``--from``/``--to`` and
``--all`` (with the core's date parsers, so « novembre », « le mois dernier », « vendredi »…
work); a ``Period`` names itself in French or English and knows the period before it (for the
report's comparison).

Without a period, a report covers a month: during the first ``JUST_ENDED_DAYS`` days of a month,
the month just ended (on 2 December, November: that is the month a report is written about),
afterwards the month in progress.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from innovkit import dates
from innovkit.dates import format_date, format_month, parse_date, parse_month
from innovkit.datewords import shift_month
from innovkit.errors import BadInput
from innovkit.i18n import tr

# --------------------------------------------------------------------------- periods

JUST_ENDED_DAYS = 7


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
    *,
    last_month: bool = False,
    week: bool = False,
    lang: str | None = None,
) -> Period:
    """The period named by ``--month``, ``--last-month``, ``--week`` (Monday to Sunday, this
    week), ``--from``/``--to`` or ``--all`` (only one kind at a time). With none of them: a
    month (``default="month"``: see the module's docstring) or everything."""
    today = today or dates.todays_date()
    kinds = [month is not None, last_month, week, start is not None or end is not None]
    if sum(kinds) + everything > 1:
        raise BadInput(tr("journal.period_conflict", lang))
    if month is not None:
        return month_period(*parse_month(month, today, lang))
    if last_month:
        return month_period(*shift_month(today.year, today.month, -1))
    if week:
        monday = today - timedelta(days=today.weekday())
        return Period(monday, monday + timedelta(days=6))
    if start is not None or end is not None:
        first = parse_date(start, today, lang) if start is not None else None
        last = parse_date(end, today, lang) if end is not None else None
        if first is not None and last is not None and first > last:
            words = {"start": format_date(first, lang), "end": format_date(last, lang)}
            raise BadInput(tr("journal.period_backwards", lang, **words))
        return Period(first, last)
    if everything or default != "month":
        return Period(None, None)
    if today.day <= JUST_ENDED_DAYS:
        return month_period(*shift_month(today.year, today.month, -1))
    return month_period(today.year, today.month)
