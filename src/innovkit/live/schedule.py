"""Clock times of an agenda: when each item starts and ends.

Used by the run sheets (the steps of one tool), the guided run and the workshop plan: give a
start and a list of ``(label, minutes)``, get each item's start and end. How a time or a date is
written is ``innovkit.dates``'s business.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

# The day a bare clock time is anchored on when no date is given: only its clock part is shown.
_ANY_DAY = date(2000, 1, 3)


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
