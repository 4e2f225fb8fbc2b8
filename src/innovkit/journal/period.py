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

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

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
    quarter: tuple[int, int] | None = None  # (year, 1–4): a quarterly report
    year: int | None = None  # an annual report

    @property
    def whole(self) -> bool:
        return self.start is None and self.end is None

    def previous(self) -> Period | None:
        """The period just before, of the same kind: the previous month, or as many days."""
        if self.month is not None:
            year, month = self.month
            return month_period(year - 1, 12) if month == 1 else month_period(year, month - 1)
        if self.quarter is not None:
            year, quarter = self.quarter
            if quarter == 1:
                return quarter_period(year - 1, 4)
            return quarter_period(year, quarter - 1)
        if self.year is not None:
            return year_period(self.year - 1)
        if self.start is None or self.end is None:
            return None
        days = (self.end - self.start).days + 1
        return Period(self.start - timedelta(days=days), self.start - timedelta(days=1))

    def name(self, lang: str) -> str:
        """« novembre 2026 », « du 1er au 15 novembre 2026 », « tout le journal »."""
        if self.month is not None:
            return format_month(*self.month, lang)
        if self.quarter is not None or self.year is not None:
            return long_period_name(self, lang)
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
        raise BadInput("journal.period_conflict")
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
            raise BadInput(
                "journal.period_backwards",
                start=partial(format_date, first),
                end=partial(format_date, last),
            )
        return Period(first, last)
    if everything or default != "month":
        return Period(None, None)
    if today.day <= JUST_ENDED_DAYS:
        return month_period(*shift_month(today.year, today.month, -1))
    return month_period(today.year, today.month)


# --------------------------------------------------------------------------- quarters and years


def quarter_period(year: int, quarter: int) -> Period:
    """The three months of ``quarter`` (1–4) of ``year``."""
    first = month_period(year, 3 * quarter - 2)
    last = month_period(year, 3 * quarter)
    return Period(first.start, last.end, quarter=(year, quarter))


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), year=year)


def months_of(period: Period) -> list[Period]:
    """The months of a quarterly or annual report, in order (one month: itself)."""
    if period.quarter is not None:
        year, quarter = period.quarter
        return [month_period(year, month) for month in range(3 * quarter - 2, 3 * quarter + 1)]
    if period.year is not None:
        return [month_period(period.year, month) for month in range(1, 13)]
    return [period]


def year_earlier(period: Period) -> Period | None:
    """The same month (or quarter) a year before; ``None`` for a year (its previous period is
    already the year before) and for free ranges."""
    if period.month is not None:
        return month_period(period.month[0] - 1, period.month[1])
    if period.quarter is not None:
        return quarter_period(period.quarter[0] - 1, period.quarter[1])
    return None


def long_period_name(period: Period, lang: str) -> str:
    """« 4e trimestre 2026 », "Q4 2026", « 2026 »."""
    if period.quarter is not None:
        year, quarter = period.quarter
        if quarter == 1:
            return tr("report.quarter_name_first", lang, year=year)
        return tr("report.quarter_name", lang, quarter=quarter, year=year)
    return str(period.year)


_QUARTER = re.compile(r"(\d{4})[-\s/]*[QT]([1-4])|[QT]([1-4])[-\s/]*(\d{4})", re.IGNORECASE)


def parse_quarter(text: str, lang: str) -> Period:
    """``2026-Q4``, ``Q4 2026``, ``2026-T4``, ``T4 2026`` → the quarter's period."""
    value = str(text).strip()
    match = _QUARTER.fullmatch(value)
    if match is None:
        raise BadInput("report.bad_quarter", value=value)
    year = int(match.group(1) or match.group(4))
    quarter = int(match.group(2) or match.group(3))
    _check_year(year, value, lang)
    return quarter_period(year, quarter)


def parse_year(text: str, lang: str) -> Period:
    """``2026`` → the year's period."""
    value = str(text).strip()
    if not re.fullmatch(r"\d{4}", value):
        raise BadInput("report.bad_year", value=value)
    _check_year(int(value), value, lang)
    return year_period(int(value))


def _check_year(year: int, value: str, lang: str) -> None:
    from innovkit.dates import FIRST_YEAR, LAST_YEAR

    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadInput("common.date_out_of_range", value=value, first=FIRST_YEAR, last=LAST_YEAR)


def choose_report_period(
    quarter: str | None, year: str | None, lang: str, **others: object
) -> Period:
    """The period of ``journal export``: ``--quarter`` or ``--year``, else what
    ``choose_period`` reads from ``others`` (``--month``, ``--from``/``--to``, ``--all``);
    one kind at a time."""
    asked = [quarter is not None, year is not None]
    given = any(value not in (None, False) for value in others.values())
    if sum(asked) + given > 1:
        raise BadInput("report.period_conflict")
    if quarter is not None:
        return parse_quarter(quarter, lang)
    if year is not None:
        return parse_year(year, lang)
    return choose_period(**others, lang=lang)  # type: ignore[arg-type]
