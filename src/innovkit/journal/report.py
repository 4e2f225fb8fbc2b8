"""The monthly report for the Direction générale: the figures of a period.

``build_report`` gathers them from the journal for a ``Period`` (``innovkit.journal.period``);
the numbers stay numbers, so tests can check them. ``innovkit.journal.reportwords`` writes them
as a document (``render_report``), in French or English.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from innovkit.i18n import tr
from innovkit.journal.period import Period, date_range
from innovkit.journal.records import Session
from innovkit.journal.reportbrief import Brief, MonthColumn
from innovkit.journal.reportfigures import FacilitatorRow, Headline, facilitated, headline
from innovkit.journal.reportresults import ResultLine
from innovkit.journal.reportrows import (
    ActionRow,
    Item,
    LeverRow,
    Names,
    SessionRow,
    ToolRow,
    action_order,
    action_row,
    items_of,
    lever_rows,
    session_row,
    tool_rows,
)
from innovkit.journal.reportwords import Words

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.journal.store import Journal

EARLIER_DAYS = 365


# --------------------------------------------------------------------------- the report


@dataclass(slots=True)
class Report:
    period: Period
    lang: str
    today: date
    headline: Headline
    previous: Headline | None
    previous_name: str | None
    first_day: date | None
    last_day: date | None
    levers: list[LeverRow]
    tools: list[ToolRow]
    satisfaction_answers: int
    satisfaction_average: float | None
    satisfaction_marks: dict[int, int]
    ideas: list[Item]
    decisions: list[Item]
    actions: list[ActionRow]
    earlier_actions: list[ActionRow]
    notes: list[Item]
    sessions: list[SessionRow] = field(default_factory=list)
    older_open: int = 0  # open actions from sessions over a year before the period
    brief: Brief = field(default_factory=Brief)  # page 1: « En bref », « À décider »
    year_before: Headline | None = None  # the same month (or quarter) a year earlier
    year_before_name: str | None = None
    months: list[MonthColumn] = field(default_factory=list)  # a quarter's or a year's months
    results: list[ResultLine] = field(default_factory=list)  # the tools' own results
    facilitated: list[FacilitatorRow] = field(default_factory=list)  # who facilitated what
    unnamed: int = 0  # sessions that name no facilitator

    @property
    def active_levers(self) -> list[LeverRow]:
        return [row for row in self.levers if row.active]

    @property
    def sleeping_levers(self) -> list[LeverRow]:
        return [row for row in self.levers if not row.active]

    @property
    def earlier_listed(self) -> list[ActionRow]:
        """The older open actions the report lists: all, or the ``LISTED`` longest overdue."""
        from innovkit.journal.reportbrief import LISTED

        return self.earlier_actions[:LISTED]

    @property
    def overdue(self) -> int:
        return sum(row.overdue for row in (*self.actions, *self.earlier_actions))

    @property
    def title(self) -> str:
        return tr("journal.report_title", self.lang, period=self.period_phrase)

    @property
    def period_phrase(self) -> str:
        """« de novembre 2026 », « d’avril 2026 », "for November 2026", « du 1er au … »."""
        lang = self.lang
        if self.period.month is not None:
            name = self.period.name(lang)
            elided = lang == "fr" and name[0] in "aeiouyàâéèêîôûh"
            return tr(
                "journal.period_month_elided" if elided else "journal.period_month",
                lang,
                month=name,
            )
        if self.period.quarter is not None:
            return tr("report.period_quarter", lang, name=self.period.name(lang))
        if self.period.year is not None:
            return tr("report.period_year", lang, year=self.period.year)
        if self.period.whole:
            if self.first_day is None or self.last_day is None:
                return tr("journal.period_whole_phrase", lang)
            return tr(
                "journal.period_whole_range",
                lang,
                range=date_range(self.first_day, self.last_day, lang),
            )
        return self.period.name(lang)


def build_report(
    journal: Journal, period: Period, catalogue: Catalogue, lang: str, today: date
) -> Report:
    """Every figure of the report for ``period``; ``today`` decides which actions are late.
    All of them are read from one state of the journal (``Journal.snapshot``)."""
    with journal.snapshot():
        return _gathered(journal, period, catalogue, lang, today)


def _gathered(
    journal: Journal, period: Period, catalogue: Catalogue, lang: str, today: date
) -> Report:
    from innovkit.journal.period import months_of, year_earlier
    from innovkit.journal.reportbrief import journal_asleep

    sessions = journal.sessions(period.start, period.end, timings=False)
    before = period.previous()
    previous = _figures(journal, before)
    earlier: list[ActionRow] = []
    older = 0
    if period.start is not None:
        # Still-open actions from the year before the period are listed; older ones are only
        # counted, so that years of history do not bury this month's report.
        names, words = Names(catalogue, lang), Words(lang)
        year_before = period.start - timedelta(days=EARLIER_DAYS)
        entries, older = journal.open_actions_before(period.start, year_before)
        earlier = [
            action_row(entry.action, entry.session_date, names.tool(entry.tool), today, words)
            for entry in entries
        ]
    report = summarise(sessions, period, catalogue, lang, today, previous, earlier)
    report.older_open = older
    report.brief.asleep = journal_asleep(journal, catalogue, lang, report.brief.as_of)
    same_time = year_earlier(period)
    if same_time is not None:
        report.year_before = _figures(journal, same_time)
        report.year_before_name = same_time.name(lang)
    months = months_of(period)
    if len(months) > 1:
        report.months = [
            MonthColumn(month.name(lang), headline(_in(sessions, month))) for month in months
        ]
    return report


def _figures(journal: Journal, period: Period | None) -> Headline | None:
    if period is None:
        return None
    return headline(journal.figures(period.start, period.end))  # read without the rest


def _in(sessions: Sequence[Session], period: Period) -> list[Session]:
    return [s for s in sessions if period.start <= s.date <= period.end]  # type: ignore[operator]


def summarise(
    sessions: Sequence[Session],
    period: Period,
    catalogue: Catalogue,
    lang: str,
    today: date,
    previous: Headline | None = None,
    earlier_actions: Sequence[ActionRow] = (),
) -> Report:
    """The report's figures from the sessions themselves (no journal needed)."""
    from innovkit.journal.reportbrief import make_brief, reference_day
    from innovkit.journal.reportresults import tool_results

    names, words = Names(catalogue, lang), Words(lang)
    before = period.previous()
    actions = sorted(
        (
            action_row(a, s.date, names.tool(s.tool), today, words)
            for s in sessions
            for a in s.actions
        ),
        key=action_order,
    )
    earlier = sorted(earlier_actions, key=action_order)
    marks = Counter(s.satisfaction for s in sessions if s.satisfaction is not None)
    answers = sum(marks.values())
    total = sum(mark * count for mark, count in marks.items())
    people, unnamed = facilitated(sessions)
    return Report(
        period=period,
        lang=lang,
        today=today,
        headline=headline(sessions),
        previous=previous,
        previous_name=before.name(lang) if before else None,
        first_day=sessions[0].date if sessions else None,
        last_day=sessions[-1].date if sessions else None,
        levers=lever_rows(sessions, catalogue, names),
        tools=tool_rows(sessions, names),
        satisfaction_answers=answers,
        satisfaction_average=total / answers if answers else None,
        satisfaction_marks={mark: marks.get(mark, 0) for mark in range(5, 0, -1)},
        ideas=items_of(sessions, "ideas", names, words),
        decisions=items_of(sessions, "decisions", names, words),
        actions=actions,
        earlier_actions=earlier,
        notes=[
            Item(s.notes.strip(), s.date, names.tool(s.tool), words.date(s.date))
            for s in sessions
            if s.notes.strip()
        ],
        sessions=[session_row(s, names, words) for s in sessions],
        brief=make_brief(
            sorted([*actions, *earlier], key=action_order),
            sessions,
            [],
            reference_day(period.end, today),
        ),
        results=tool_results(sessions, catalogue, words),
        facilitated=people,
        unnamed=unnamed,
    )
