"""Clock times of an agenda: when each item starts and ends, and how to say a time or a date.

Used by the run sheets (the steps of one tool) and meant for any agenda made of timed items (a
plan of several tools with breaks): give a start and a list of ``(label, minutes)``, get each
item's start and end. Dates and times are written by hand in both languages, so the result never
depends on the system's locale.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from innovkit.errors import BadInput
from innovkit.i18n import tr, tr_in

# The day a bare clock time is anchored on when no date is given: only its clock part is shown.
_ANY_DAY = date(2000, 1, 3)

_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# 14:00, 14h00, 14 h 05, 9h, 9.30 — what facilitators actually type.
_CLOCK = re.compile(r"^\s*(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?\s*$")
_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


@dataclass(frozen=True, slots=True)
class Slot:
    """One item of an agenda with its place in time.

    ``offset`` is the number of minutes from the start of the agenda; ``start`` and ``end`` are
    clock times when the agenda has a start, else ``None``.
    """

    label: str
    minutes: int
    offset: int
    start: datetime | None = None
    end: datetime | None = None

    @property
    def offset_end(self) -> int:
        return self.offset + self.minutes


def parse_clock(text: str) -> time:
    """``"14:00"``, ``"14h05"``, ``"9h"`` → a time; ``BadInput`` with an example otherwise."""
    match = _CLOCK.match(text or "")
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2) or 0)
        if hours < 24 and minutes < 60:
            return time(hours, minutes)
    raise BadInput(tr("documents.bad_start", value=text))


def parse_date(text: str) -> date:
    """``"2026-11-03"`` → a date; ``BadInput`` with the expected form otherwise."""
    match = _DATE.match(text or "")
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            pass
    raise BadInput(tr("documents.bad_date", value=text))


def timetable(
    items: Iterable[tuple[str, int]],
    start: time | datetime | None = None,
    day: date | None = None,
) -> list[Slot]:
    """Each item of ``items`` (label, minutes) with its offset and, given ``start``, its clock
    times. A bare ``time`` is placed on ``day`` (or any day) so an agenda may run past midnight."""
    if isinstance(start, time):
        start = datetime.combine(day or _ANY_DAY, start)
    slots: list[Slot] = []
    offset = 0
    for label, minutes in items:
        if start is None:
            slots.append(Slot(label, minutes, offset))
        else:
            begins = start + timedelta(minutes=offset)
            slots.append(Slot(label, minutes, offset, begins, begins + timedelta(minutes=minutes)))
        offset += minutes
    return slots


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


def format_date(day: date, lang: str) -> str:
    """« mardi 3 novembre 2026 », « dimanche 1er novembre 2026 », “Tuesday 3 November 2026”."""
    if lang == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{_FR_DAYS[day.weekday()]} {number} {_FR_MONTHS[day.month - 1]} {day.year}"
    return f"{_EN_DAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def format_duration(minutes: int, lang: str) -> str:
    """« 45 min », « 1 h 30 » in French; “45 min”, “1 h 30 min” in English."""
    if minutes < 60:
        return f"{minutes}\u00a0min"
    hours, rest = divmod(minutes, 60)
    if not rest:
        return f"{hours}\u00a0h"
    if lang == "fr":
        return f"{hours}\u00a0h\u00a0{rest:02d}"
    return f"{hours}\u00a0h\u00a0{rest}\u00a0min"
