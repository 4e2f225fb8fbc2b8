"""The headline figures of a report (``Headline``), from a period's sessions (``headline``):
the same figures for the period, the one before, the same one a year earlier and each month of
a quarter or a year, so that they compare and add up."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from innovkit.journal.records import Session


@dataclass(frozen=True, slots=True)
class Headline:
    """The figures at the top of the report. Hours are honest: ``actual_minutes`` were
    measured; ``planned_minutes`` are the plans of the sessions recorded without a duration,
    counted apart (``minutes`` is both, as before)."""

    sessions: int
    participants: int
    minutes: int
    facilitators: int
    services: int
    actual_minutes: int = 0
    planned_minutes: int = 0
    untimed: int = 0  # sessions without a recorded duration
    satisfaction: float | None = None  # the average mark, over the sessions that have one

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def actual_hours(self) -> float:
        return self.actual_minutes / 60

    @property
    def planned_hours(self) -> float:
        return self.planned_minutes / 60


def headline(sessions: Sequence[Session]) -> Headline:
    """Sessions, participants, minutes of facilitation (measured, and planned for the sessions
    without a recorded duration), different facilitators and different services reached (names
    compared without case or accents), and the average satisfaction."""
    from functools import cache

    from innovkit.cards.lookup import normalise

    same = cache(normalise)  # the same few names come back in every session
    people = {same(name) for s in sessions for name in s.facilitators}
    services = {same(name) for s in sessions for name in s.services}
    from innovkit.journal.cycles import cycle_participants

    untimed = [s for s in sessions if s.actual_minutes is None]
    marks = [s.satisfaction for s in sessions if s.satisfaction is not None]
    return Headline(
        sessions=len(sessions),
        participants=cycle_participants(sessions),  # each cycle's group once
        minutes=sum(s.minutes for s in sessions),
        facilitators=len(people - {""}),
        services=len(services - {""}),
        actual_minutes=sum(s.actual_minutes or 0 for s in sessions),
        planned_minutes=sum(s.planned_minutes or 0 for s in untimed),
        untimed=len(untimed),
        satisfaction=sum(marks) / len(marks) if marks else None,
    )


@dataclass(frozen=True, slots=True)
class FacilitatorRow:
    """Who facilitated what: one person's sessions of the period (as facilitator or
    co-facilitator; ``co``: of which as co-facilitator) and the participants of those."""

    name: str
    sessions: int
    co: int
    participants: int


def facilitated(sessions: Sequence[Session]) -> tuple[list[FacilitatorRow], int]:
    """One row per person who facilitated a session (names compared without case or accents,
    shown as first written), most sessions first; and how many sessions name nobody."""
    from functools import cache

    from innovkit.cards.lookup import normalise

    same = cache(normalise)
    names: dict[str, str] = {}
    counts: dict[str, list[int]] = {}
    unnamed = 0
    for s in sessions:
        if not s.facilitators:
            unnamed += 1
        lead = same(s.facilitator)
        for key, name in {same(name): name for name in reversed(s.facilitators)}.items():
            names.setdefault(key, name)
            row = counts.setdefault(key, [0, 0, 0])
            row[0] += 1
            row[1] += key != lead
            row[2] += s.participants or 0
    rows = [FacilitatorRow(names[key], *counts[key]) for key in counts]
    rows.sort(key=lambda row: (-row.sessions, row.name.casefold()))
    return rows, unnamed
