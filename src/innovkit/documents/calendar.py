"""The calendar events (iCalendar, RFC 5545) of a workshop agenda, built with ``icalendar``.

The workshop is one event in floating local time (the facilitator's own clock, as written on
the agenda), in its room (``location``); its description carries the agenda and the
preparation checklist. Each follow-up the tools plan (audace-up's report-back three weeks
later…) is an all-day event on the proposed day, for the facilitator to move to the right
hour. Escaping and line folding are the library's: no text typed by the user can end a line or
start a property of its own.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from innovkit import __version__


@dataclass(frozen=True, slots=True)
class FollowUpEvent:
    """A follow-up of the workshop: an all-day event on ``day``."""

    summary: str
    day: date
    description: str


def moment_events(card: Any, day: date, lang: str) -> list[FollowUpEvent]:
    """The later moments of a tool in several (``cards.moments``), each an all-day event on
    its proposed day: « Retour d’expérience — audace up ! », three weeks after ``day``."""
    from innovkit.cards.moments import after_words, follow_ups
    from innovkit.dates import format_date
    from innovkit.i18n import tr_in
    from innovkit.journal.followups import moment_action

    events = []
    for planned in follow_ups(card):
        moment = planned.moment
        values = {
            "moment": moment.name(lang),
            "tool": card.name(lang),
            "date": format_date(day, lang),
            "window": after_words(moment.after, lang),
            "minutes": card.at_moment(moment.id).duration,
            "command": f"innovkit run {card.id} --moment {moment.id}",
        }
        description = tr_in(lang, "moments.ics_description", **values)
        summary = moment_action(card, moment, lang)
        events.append(FollowUpEvent(summary, day + timedelta(days=planned.days), description))
    return events


def workshop_event(
    summary: str,
    start: datetime,
    end: datetime,
    description: str,
    location: str | None = None,
    now: datetime | None = None,
    uid: str | None = None,
    follow_ups: Sequence[FollowUpEvent] = (),
) -> str:
    """The text of a ``.ics`` file holding the workshop from ``start`` to ``end`` (in
    ``location`` when given), then its ``follow_ups``.

    A summary is a title: one line, its line breaks read as spaces. A description keeps its
    lines (a lone carriage return counts as a line break, as the library reads it).
    """
    import icalendar  # only when an .ics is written: it costs start-up time

    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//innovkit//innovkit {__version__}//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    event = _event(icalendar, summary, description, location, stamp, uid)
    event.add("dtstart", start.replace(tzinfo=None))
    event.add("dtend", end.replace(tzinfo=None))
    calendar.add_component(event)
    for number, follow_up in enumerate(follow_ups, 1):
        ident = f"{uid}-{number}" if uid else None
        # Where the follow-up happens is not known yet: no room.
        event = _event(icalendar, follow_up.summary, follow_up.description, None, stamp, ident)
        # A date without a time: an all-day event, ending (exclusively) the next day.
        event.add("dtstart", follow_up.day)
        event.add("dtend", follow_up.day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a reminder: it does not make anyone busy
        calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")


def _event(
    icalendar: Any,
    summary: str,
    description: str,
    location: str | None,
    stamp: datetime,
    uid: str | None,
) -> Any:
    event = icalendar.Event()
    event.add("uid", f"{uid or uuid.uuid4()}@innovkit")
    event.add("dtstamp", stamp)
    event.add("summary", _one_line(summary))
    event.add("description", _lines(description))
    if location and location.strip():
        event.add("location", _one_line(location))
    return event


def _one_line(text: str) -> str:
    """``text`` on one line: line breaks, tabs and runs of spaces become one space; the
    no-break spaces of French typography (« audace up ! ») stay as they are."""
    return re.sub(r"[ \t\r\n\f\v\x1c-\x1f\x85\u2028\u2029]+", " ", text).strip()


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
