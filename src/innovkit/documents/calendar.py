"""One calendar event (iCalendar, RFC 5545) for a workshop agenda, built with ``icalendar``.

The event is in floating local time (the facilitator's own clock, as written on the agenda), its
description carries the agenda and the preparation checklist. Escaping and line folding are the
library's: no text typed by the user can end a line or start a property of its own.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from innovkit import __version__


def workshop_event(
    summary: str,
    start: datetime,
    end: datetime,
    description: str,
    location: str | None = None,
    now: datetime | None = None,
    uid: str | None = None,
) -> str:
    """The text of a ``.ics`` file holding one event from ``start`` to ``end``.

    The summary is a title: one line, its line breaks read as spaces. The description keeps its
    lines (a lone carriage return counts as a line break, as the library reads it).
    """
    import icalendar  # only when an .ics is written: it costs start-up time

    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//innovkit//innovkit {__version__}//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    event = icalendar.Event()
    event.add("uid", f"{uid or uuid.uuid4()}@innovkit")
    event.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC))
    event.add("dtstart", start.replace(tzinfo=None))
    event.add("dtend", end.replace(tzinfo=None))
    event.add("summary", " ".join(summary.split()))
    event.add("description", _lines(description))
    if location:
        event.add("location", " ".join(location.split()))
    calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
