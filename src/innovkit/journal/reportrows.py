"""The rows of the monthly report: each lever, tool, idea, action and session of the period as
the report shows it, every cell already in words (``Words``), built from the sessions by
``innovkit.journal.report.summarise``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from innovkit.journal.cycles import cycle_participants, cycles_words
from innovkit.journal.records import Action, Session
from innovkit.journal.reportwords import Words

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue


@dataclass(frozen=True, slots=True)
class LeverRow:
    id: str
    name: str
    tools: str
    sessions: int

    @property
    def active(self) -> bool:
        return self.sessions > 0


@dataclass(frozen=True, slots=True)
class ToolRow:
    id: str
    name: str
    lever: str
    sessions: int
    participants: int
    satisfaction: float | None
    timed: int  # sessions with both a planned and an actual duration
    planned: int  # minutes planned, over the timed sessions
    actual: int  # minutes really spent, over the timed sessions
    cycles: str = ""  # a tool in several moments: « 2 cycles (dont 1 retour fait) »

    @property
    def gap(self) -> int:
        return self.actual - self.planned


@dataclass(frozen=True, slots=True)
class Item:
    """An idea or a decision, with where it came from."""

    text: str
    date: date
    tool: str
    date_text: str = ""  # the date in words, written once here rather than in the template


@dataclass(frozen=True, slots=True)
class ActionRow:
    text: str
    owner: str
    due: date | None
    done: bool
    overdue: bool
    date: date
    tool: str
    due_text: str = ""  # the dates in words, written once here rather than in the template
    date_text: str = ""
    done_text: str = ""  # « faite le 1 décembre 2026 », when the day is known


@dataclass(frozen=True, slots=True)
class SessionRow:
    """A session as the report's list shows it: every cell already in words."""

    session: Session
    tool: str
    lever: str
    when: str
    people: str
    participants: str
    minutes: str
    satisfaction: str


def items_of(sessions: Sequence[Session], kind: str, names: Names, words: Words) -> list[Item]:
    """The period's ideas or decisions (``kind``), with their session's tool and date."""
    items = []
    for s in sessions:
        if texts := getattr(s, kind):
            tool, day = names.tool(s.tool), words.date(s.date)
            items.extend(Item(text, s.date, tool, day) for text in texts)
    return items


class Names:
    """Tool and lever names in the report's language; a tool whose card is gone keeps its id.
    Each tool's name is looked up once: a month's report asks for it thousands of times."""

    def __init__(self, catalogue: Catalogue, lang: str) -> None:
        self.catalogue = catalogue
        self.lang = lang
        self.tools: dict[str, str] = {}
        self.levers: dict[str, str] = {}

    def tool(self, ident: str) -> str:
        name = self.tools.get(ident)
        if name is None:
            card = self.catalogue.tools.get(ident)
            name = self.tools[ident] = card.name(self.lang) if card is not None else ident
        return name

    def lever(self, ident: str) -> str:
        name = self.levers.get(ident)
        if name is None:
            lever = self.catalogue.levers.get(ident)
            name = self.levers[ident] = lever.name(self.lang) if lever is not None else ident
        return name


def lever_rows(sessions: Sequence[Session], catalogue: Catalogue, names: Names) -> list[LeverRow]:
    # every session held, as « En bref » counts them (a tool's cycles are said beside it)
    counts = Counter(s.lever for s in sessions)
    ids = list(catalogue.levers) + sorted(set(counts) - set(catalogue.levers))
    return [
        LeverRow(
            id=ident,
            name=names.lever(ident),
            tools=", ".join(card.name(names.lang) for card in catalogue.tools_for(ident)),
            sessions=counts.get(ident, 0),
        )
        for ident in ids
    ]


def tool_rows(sessions: Sequence[Session], names: Names) -> list[ToolRow]:
    groups: dict[str, list[Session]] = {}
    for s in sessions:
        groups.setdefault(s.tool, []).append(s)
    rows = []
    for ident, group in groups.items():
        marks = [s.satisfaction for s in group if s.satisfaction is not None]
        timed = [s for s in group if s.planned_minutes is not None and s.actual_minutes is not None]
        card = names.catalogue.tools.get(ident)
        in_moments = card is not None and bool(card.moments)
        rows.append(
            ToolRow(
                id=ident,
                name=names.tool(ident),
                lever=names.lever(group[0].lever),
                sessions=len(group),  # every session held: the column adds up to « En bref »
                participants=cycle_participants(group),
                satisfaction=sum(marks) / len(marks) if marks else None,
                timed=len(timed),
                planned=sum(s.planned_minutes or 0 for s in timed),
                actual=sum(s.actual_minutes or 0 for s in timed),
                cycles=cycles_words(group, names.lang) if in_moments else "",
            )
        )
    return sorted(rows, key=lambda row: (-row.sessions, row.name.casefold()))


def session_row(s: Session, names: Names, words: Words) -> SessionRow:
    card = names.catalogue.tools.get(s.tool)
    moment = next((m for m in card.moments[1:] if m.id == s.moment), None) if card else None
    return SessionRow(
        session=s,
        tool=names.tool(s.tool) + (f" — {moment.name(names.lang)}" if moment else ""),
        lever=names.lever(s.lever),
        when=words.when(s.date, s.start),
        people=", ".join(s.facilitators),
        participants=words.number(s.participants),
        minutes=words.session_minutes(s.actual_minutes, s.planned_minutes),
        satisfaction=f"{s.satisfaction}/5" if s.satisfaction else "—",
    )


def action_row(action: Action, day: date, tool: str, today: date, words: Words) -> ActionRow:
    return ActionRow(
        text=action.text,
        owner=action.owner,
        due=action.due,
        done=action.status == "done",
        overdue=action.overdue(today),
        date=day,
        tool=tool,
        due_text=words.date(action.due),
        date_text=words.date(day),
        done_text=words.done_on(action.done_on),
    )


def action_order(row: ActionRow) -> tuple[Any, ...]:
    # Late ones first, then open ones by due date, then the done ones.
    return (not row.overdue, row.done, row.due is None, row.due or date.max, row.date)
