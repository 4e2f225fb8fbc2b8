"""Durations as facilitators write them, and clock faces to show them.

``parse_duration`` accepts ``90s``, ``5m``, ``5`` (minutes), ``1h30``, ``1h30m``, ``2m30``,
``10:00`` (minutes:seconds), ``1:30:00`` (hours:minutes:seconds), with ``min``/``mn``/``sec``
as unit spellings and a French decimal comma (``2,5`` is two and a half minutes).
"""

from __future__ import annotations

import math
import re

from innovkit import limits
from innovkit.errors import BadInput
from innovkit.i18n import tr

MAX_SECONDS = limits.MAX_TIMER_SECONDS

_UNITS = {
    **dict.fromkeys(("h", "heure", "heures", "hour", "hours"), 3600),
    **dict.fromkeys(("m", "min", "mins", "mn", "minute", "minutes"), 60),
    **dict.fromkeys(("s", "sec", "secs", "seconde", "secondes", "second", "seconds"), 1),
}
_TOKEN = re.compile(
    r"(\d+(?:[.,]\d+)?)(" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + ")?"
)
_COLON = re.compile(r"^(\d+):([0-5]\d)(?::([0-5]\d))?$")


def parse_duration(text: str, maximum: float = MAX_SECONDS) -> float:
    """The number of seconds ``text`` means; ``BadInput`` with an example if it means nothing.

    A bare number is minutes; a number after hours is minutes (``1h30``), after minutes it is
    seconds (``2m30``). More than ``maximum`` seconds (a day, for a timer or a step) is refused.
    """
    seconds = _seconds(text)
    if seconds is None:
        raise BadInput("live.bad_duration", value=text)
    if seconds <= 0:
        raise BadInput("live.duration_zero", value=text)
    if seconds > maximum:
        raise BadInput("live.duration_too_long", value=text)
    return seconds


def _seconds(text: str) -> float | None:
    cleaned = "".join(text.split()).lower()
    if not cleaned:
        return None
    colon = _COLON.match(cleaned)
    if colon:
        first, second, third = colon.groups()
        if third is None:  # 10:00 is minutes:seconds
            return int(first) * 60 + int(second)
        return int(first) * 3600 + int(second) * 60 + int(third)
    total = 0.0
    position = 0
    previous: int | None = None  # the unit of the last number, in seconds
    while position < len(cleaned):
        token = _TOKEN.match(cleaned, position)
        if token is None:
            return None
        number = float(token.group(1).replace(",", "."))
        unit_name = token.group(2)
        position = token.end()
        if unit_name is None:
            if position != len(cleaned):
                return None
            # a bare number: minutes alone, else the unit just below the previous one
            unit = 60 if previous is None else {3600: 60, 60: 1}.get(previous)
            if unit is None:
                return None
        else:
            unit = _UNITS[unit_name]
        if previous is not None and (unit >= previous or number * unit >= previous):
            return None  # units go down and each fits in the one before: 1h30, not 1h99
        total += number * unit
        previous = unit
    return total


def clock_face(seconds: float) -> str:
    """``4:05`` or ``1:02:03`` for a whole number of seconds (rounded up: 4.2 s shows ``0:05``)."""
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def elapsed_face(seconds: float) -> str:
    """Like ``clock_face`` but rounded down, for time already spent."""
    return clock_face(math.floor(max(0.0, seconds) + 1e-9))


def minutes_text(seconds: float, lang: str) -> str:
    """A length in words a facilitator reads at a glance: ``5 min``, ``1 h 30``, ``45 s``."""
    whole = round(seconds)
    if whole < 60:
        return tr("live.seconds_short", lang, seconds=whole)
    minutes = round(whole / 60)
    if minutes < 60:
        return tr("common.minutes", lang, minutes=minutes)
    hours, rest = divmod(minutes, 60)
    return tr("live.hours_short", lang, hours=hours, minutes=f"{rest:02d}" if rest else "").strip()
