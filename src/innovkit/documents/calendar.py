"""One calendar event (iCalendar, RFC 5545) for a workshop agenda.

The event is in floating local time (the facilitator's own clock, as written on the agenda), its
description carries the agenda and the preparation checklist. Text is escaped and lines are
folded at 75 octets as the RFC requires; the tests read it back with the ``icalendar`` library.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from innovkit import __version__


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets, never inside a character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    current = b""
    limit = 75
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
            limit = 74  # continuation lines start with one space
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _local(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def workshop_event(
    summary: str,
    start: datetime,
    end: datetime,
    description: str,
    location: str | None = None,
    now: datetime | None = None,
    uid: str | None = None,
) -> str:
    """The text of a ``.ics`` file holding one event from ``start`` to ``end``."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//innovkit//innovkit {__version__}//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid or uuid.uuid4()}@innovkit",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{_local(start)}",
        f"DTEND:{_local(end)}",
        f"SUMMARY:{_escape(summary)}",
        f"DESCRIPTION:{_escape(description)}",
    ]
    if location:
        lines.append(f"LOCATION:{_escape(location)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(_fold(line) + "\r\n" for line in lines)
