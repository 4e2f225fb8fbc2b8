"""A workshop agenda: several tools in a row, with breaks and clock times.

``build_agenda`` lays the tools out (each in its full form or a structured variant), puts a break
between two tools, gives every item and every step its clock time when the agenda has a start, and
says by how much the agenda overruns a planned end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from innovkit.cards.model import Card, Outcome, Step
from innovkit.errors import BadInput
from innovkit.i18n import tr
from innovkit.live.schedule import Slot, timetable

if TYPE_CHECKING:
    from innovkit.documents.calendar import FollowUpEvent


@dataclass(frozen=True)
class ToolChoice:
    """A tool of the agenda and the form it is run in (``variant`` ``None``: the whole card)."""

    card: Card
    variant: str | None = None
    participants: int | None = None  # the session's group (None: the card's typical group)

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.card.plan(self.variant, self.participants)

    @property
    def minutes(self) -> int:
        return sum(step.minutes for step in self.steps)


@dataclass
class AgendaItem:
    slot: Slot
    tool: ToolChoice | None = None  # None: a break
    steps: list[Slot] = field(default_factory=list)

    @property
    def is_break(self) -> bool:
        return self.tool is None


@dataclass
class Agenda:
    items: list[AgendaItem]
    start: datetime | None
    day: date | None
    end_limit: datetime | None

    @property
    def minutes(self) -> int:
        return sum(item.slot.minutes for item in self.items)

    @property
    def tools(self) -> list[ToolChoice]:
        return [item.tool for item in self.items if item.tool is not None]

    @property
    def ends(self) -> datetime | None:
        return None if self.start is None else self.start + timedelta(minutes=self.minutes)

    @property
    def overrun(self) -> int:
        """Minutes past the planned end (0 when it fits or when there is no end)."""
        if self.end_limit is None or self.ends is None:
            return 0
        return max(0, int((self.ends - self.end_limit).total_seconds() // 60))


def choose_tool(
    card: Card,
    variant: str | None,
    default_variant: str | None = None,
    participants: int | None = None,
) -> ToolChoice:
    """The tool in the form asked for, timed for ``participants``: an explicit ``variant`` must
    exist and be timed; a ``default_variant`` (``--variant`` or the settings) is used only where
    the card has it."""
    if variant:
        card.plan(variant)  # raises a clear BadInput for an unknown or untimed variant
        return ToolChoice(card, card.variant(variant).id, participants)
    if default_variant:
        wanted = default_variant.strip().lower()
        if any(v.id == wanted and v.structured for v in card.variants):
            return ToolChoice(card, wanted, participants)
    return ToolChoice(card, None, participants)


def build_agenda(
    tools: Sequence[ToolChoice],
    lang: str,
    start: time | None = None,
    day: date | None = None,
    break_minutes: int = 10,
    end: time | None = None,
) -> Agenda:
    """Lay ``tools`` out in order with a break of ``break_minutes`` between two of them."""
    if not tools:
        raise BadInput("planning.plan_no_tool")
    if break_minutes < 0:
        raise BadInput("planning.plan_bad_break", value=break_minutes)
    entries: list[tuple[str, int, ToolChoice | None]] = []
    for index, choice in enumerate(tools):
        if index and break_minutes:
            entries.append((tr("planning.break", lang), break_minutes, None))
        entries.append((choice.card.name(lang), choice.minutes, choice))
    begins = datetime.combine(day or date(2000, 1, 3), start) if start else None
    slots = timetable([(label, minutes) for label, minutes, _ in entries], begins)
    items = []
    for slot, (_, _, choice) in zip(slots, entries, strict=True):
        item = AgendaItem(slot, choice)
        if choice is not None:
            item.steps = timetable([(s.title(lang), s.minutes) for s in choice.steps], slot.start)
        items.append(item)
    limit = None
    if end is not None and begins is not None:
        limit = datetime.combine(begins.date(), end)
        if limit <= begins:  # a workshop ends after it starts: this is a typing mistake
            from innovkit.dates import format_clock

            raise BadInput(
                "planning.plan_end_before_start",
                start=format_clock(begins, lang),
                end=format_clock(end, lang),
            )
    return Agenda(items, begins, day, limit)


def preparation(agenda: Agenda, lang: str) -> list[tuple[str, list[str]]]:
    """Each tool's name with its preparation — its checklist's « avant », the same words as its
    run sheet's « Préparation » (see ``Card.checklist_phase``), in the form it is run in."""
    return [
        (
            choice.card.name(lang),
            [item(lang).strip() for item in choice.card.in_form(choice.variant).preparation],
        )
        for choice in agenda.tools
    ]


def follow_up_events(agenda: Agenda, lang: str) -> list[FollowUpEvent]:
    """The follow-ups the agenda's tools plan (an outcome of kind date with
    ``follow_up_days``, and the later moments of a tool in several), each on its proposed
    day, soonest first. A date field that fixes a later moment's day is that moment's event,
    not a second one."""
    from innovkit.cards.moments import follow_ups
    from innovkit.dates import format_date
    from innovkit.documents.calendar import FollowUpEvent, moment_events
    from innovkit.i18n import tr_in

    if agenda.day is None:
        return []
    events = []
    for tool in agenda.tools:
        card = tool.card
        events += moment_events(card, agenda.day, lang)
        fixing = {f.date_field.id for f in follow_ups(card) if f.date_field is not None}
        for outcome in card.outcomes:
            if outcome.kind != "date" or not outcome.follow_up_days or outcome.id in fixing:
                continue
            if not _gathered_now(card, outcome):  # dated at its own moment, from that day
                continue
            values = {
                "label": (outcome.action or outcome.label)(lang),
                "tool": card.name(lang),
                "date": format_date(agenda.day, lang),
                "days": outcome.follow_up_days,
            }
            description = tr_in(lang, "planning.ics_follow_up_description", **values)
            if outcome.help is not None:
                description += "\n\n" + outcome.help(lang)
            events.append(
                FollowUpEvent(
                    tr_in(lang, "planning.ics_follow_up_summary", **values),
                    agenda.day + timedelta(days=outcome.follow_up_days),
                    description,
                )
            )
    return sorted(events, key=lambda event: event.day)


def _gathered_now(card: Card, outcome: Outcome) -> bool:
    """Whether ``outcome`` is gathered at the moment ``card`` is planned for (en-immersion's
    managers' answer is dated at the debrief, so its day is not counted from the first one)."""
    from innovkit.cards.moments import current_moment

    here = current_moment(card)
    return here is None or (outcome.moment or card.moments[0].id) == here.id
