"""Dates and times as facilitators type and read them, in French and in English.

Reading: ``parse_date`` (``2026-11-03``, ``03/11/2026``, and as people say them: « hier »,
« vendredi », « 31/12 », « 3 novembre » — see ``datewords``), ``parse_time`` (``14:00``,
``14h05``, ``9h``…), ``parse_month`` (``2026-11``, « novembre 2026 », ``11/2026``,
« novembre », « le mois dernier »); each raises ``BadInput`` with one sentence. ``todays_date()`` is
the one place innovkit asks the calendar for today's date (tests replace it).

Writing: « mardi 3 novembre 2026 », « 14 h 05 », « 1 h 30 ». Day and month
names are written here, never taken from the system's locale (a city PC may not have French
installed).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import partial

from innovkit import limits
from innovkit.errors import BadInput
from innovkit.i18n import tr_in

DAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_FRENCH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
# 14:00, 14h00, 14 h 05, 9h, 9.30 — what facilitators actually type (a bare "14" is refused:
# fourteen what?).
_TIME = re.compile(r"(\d{1,2})\s*[:hH.]\s*(\d{2})?")
# Sessions happen in living memory: a year outside these is a typing mistake (and keeps every
# computation on dates, a month before or a day after, within what Python can represent).
FIRST_YEAR, LAST_YEAR = limits.FIRST_YEAR, limits.LAST_YEAR


def todays_date() -> date:
    """Today's date on this computer: the one seam to the calendar (tests replace it)."""
    return date.today()


# --------------------------------------------------------------------------- reading


def days_in_month(year: int, month: int) -> int:
    import calendar

    return calendar.monthrange(year, month)[1]


def looks_like_date(text: str) -> bool:
    """Whether ``text`` is written like a date (``2026-12-01``, ``01/12/2026``, ``01/12``)."""
    value = text.strip()
    return bool(
        _ISO_DATE.fullmatch(value)
        or _FRENCH_DATE.fullmatch(value)
        or re.fullmatch(r"\d{1,2}/\d{1,2}", value)
    )


def parse_date(
    text: str, today: date | None = None, lang: str | None = None, ahead: bool = False
) -> date:
    """``2026-11-03`` (also ``03/11/2026``, and as people say them: « hier », « vendredi »,
    « 31/12 », « 3 novembre », "yesterday", "friday", "November 3" — see ``datewords``; a day
    without its year is the last one, or with ``ahead`` the next one)."""
    value = str(text).strip()
    match = _ISO_DATE.fullmatch(value)
    if match:
        year, month, day_number = (int(part) for part in match.groups())
    else:
        match = _FRENCH_DATE.fullmatch(value)
        if not match:
            from innovkit.datewords import spoken_date

            found = spoken_date(value, today or todays_date(), lang, ahead)
            if found is None:
                raise BadInput("journal.bad_date", value=value)
            return _in_range(found, value, lang)
        day_number, month, year = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        raise BadInput("journal.no_such_month_in_date", value=value)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadInput("common.date_out_of_range", value=value, first=FIRST_YEAR, last=LAST_YEAR)
    last = days_in_month(year, month)
    if not 1 <= day_number <= last:
        month_words = partial(format_month, year, month)
        raise BadInput("journal.no_such_day", value=value, month=month_words, days=last)
    return date(year, month, day_number)


def _in_range(day: date, value: str, lang: str | None) -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise BadInput("common.date_out_of_range", value=value, first=FIRST_YEAR, last=LAST_YEAR)
    return day


def parse_time(text: str) -> time:
    """``14:00`` (also ``14h00``, ``14 h 05``, ``14h``, ``9:05``, ``9.30``)."""
    value = str(text).strip()
    match = _TIME.fullmatch(value)
    if match and (match.group(2) is not None or value[-1] in "hH"):
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour <= 23 and minute <= 59:
            return time(hour, minute)
    raise BadInput("journal.bad_time", value=value)


def parse_month(text: str, today: date | None = None, lang: str | None = None) -> tuple[int, int]:
    """``2026-11`` (also « novembre 2026 », "November 2026", ``11/2026``, « novembre » — the
    last one begun —, « le mois dernier », "last month") → ``(2026, 11)``."""
    value = str(text).strip()
    match = _MONTH.fullmatch(value)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
    else:
        from innovkit.datewords import month_number, spoken_month

        parts = value.split()
        named = month_number(parts[0]) if len(parts) == 2 and parts[1].isdigit() else None
        if named is not None:
            year, month = int(parts[1]), named
        else:
            found = spoken_month(value, today or todays_date(), lang)
            if found is None:
                raise BadInput("journal.bad_month", value=value)
            year, month = found
    if not 1 <= month <= 12:
        raise BadInput("journal.no_such_month", value=value)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadInput("common.date_out_of_range", value=value, first=FIRST_YEAR, last=LAST_YEAR)
    return year, month


# --------------------------------------------------------------------------- writing


def month_name(month: int, lang: str) -> str:
    """« novembre », "November"."""
    return MONTHS[lang][month - 1]


def format_date(day: date, lang: str, weekday: bool = False) -> str:
    """« 3 novembre 2026 », « 1er novembre 2026 », "3 November 2026"; with ``weekday``,
    « mardi 3 novembre 2026 », "Tuesday 3 November 2026"."""
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    text = f"{number} {month_name(day.month, lang)} {day.year}"
    return f"{DAYS[lang][day.weekday()]} {text}" if weekday else text


def format_month(year: int, month: int, lang: str) -> str:
    """« novembre 2026 », "November 2026"."""
    return f"{month_name(month, lang)} {year}"


def format_clock(moment: time | datetime, lang: str, since: datetime | None = None) -> str:
    """A clock time as each language writes it: « 14 h 05 » in French, “14:05” in English.

    With ``since`` (the agenda's start), a time on a later day says so: « 0 h 30 (+1 j) ».
    """
    text = (
        f"{moment.hour}\u00a0h\u00a0{moment.minute:02d}"
        if lang == "fr"
        else f"{moment.hour:02d}:{moment.minute:02d}"
    )
    if since is not None and isinstance(moment, datetime):
        days = (moment.date() - since.date()).days
        if days > 0:
            text += " " + tr_in(lang, "documents.next_day", days=days)
    return text


def format_duration(minutes: int, lang: str) -> str:
    """« 45 min », « 1 h 30 » in French; “45 min”, “1 h 30 min” in English."""
    if minutes < 60:
        return f"{minutes}\u00a0min"
    whole, rest = divmod(minutes, 60)
    hours = f"{whole:,}"  # « 2 262 h », "2,262 h": grouped like every other figure
    if lang == "fr":
        hours = hours.replace(",", "\u202f")
    if not rest:
        return f"{hours}\u00a0h"
    if lang == "fr":
        return f"{hours}\u00a0h\u00a0{rest:02d}"
    return f"{hours}\u00a0h\u00a0{rest}\u00a0min"
