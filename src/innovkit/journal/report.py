"""The monthly report for the Direction générale: figures for a period, then a document.

``Period`` says which days a report covers; ``build_report`` gathers the figures from the
journal (the numbers stay numbers, so tests can check them); ``render_report`` lays them out as
Markdown or as one self-contained HTML page, in French or English, through the Jinja2
templates ``templates/report.md.j2`` and ``templates/report.html.j2``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

from innovkit.dates import format_clock, format_date, format_month, parse_date, parse_month
from innovkit.errors import BadInput
from innovkit.i18n import tr, tr_count
from innovkit.journal.records import Action, Session

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.journal.store import Journal, SessionFigures

EARLIER_DAYS = 365


# --------------------------------------------------------------------------- periods


@dataclass(frozen=True, slots=True)
class Period:
    """The days a report or a listing covers, both ends included (``None``: no limit)."""

    start: date | None
    end: date | None
    month: tuple[int, int] | None = None

    @property
    def whole(self) -> bool:
        return self.start is None and self.end is None

    def previous(self) -> Period | None:
        """The period just before, of the same kind: the previous month, or as many days."""
        if self.month is not None:
            year, month = self.month
            return month_period(year - 1, 12) if month == 1 else month_period(year, month - 1)
        if self.start is None or self.end is None:
            return None
        days = (self.end - self.start).days + 1
        return Period(self.start - timedelta(days=days), self.start - timedelta(days=1))

    def name(self, lang: str) -> str:
        """« novembre 2026 », « du 1er au 15 novembre 2026 », « tout le journal »."""
        if self.month is not None:
            return format_month(*self.month, lang)
        if self.start is None and self.end is None:
            return tr("journal.period_whole", lang)
        if self.start is None:
            return tr("journal.period_until", lang, end=format_date(self.end, lang))  # type: ignore[arg-type]
        if self.end is None:
            return tr("journal.period_since", lang, start=format_date(self.start, lang))
        return date_range(self.start, self.end, lang)


def month_period(year: int, month: int) -> Period:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return Period(first, following - timedelta(days=1), (year, month))


def date_range(start: date, end: date, lang: str) -> str:
    """« du 1er au 15 novembre 2026 », "from 1 to 15 November 2026", without repeating the
    month or the year when both ends share them."""
    if start == end:
        return tr("journal.period_day", lang, day=format_date(start, lang))
    last = format_date(end, lang)
    first = format_date(start, lang)
    if start.year == end.year:
        first = first.rsplit(" ", 1)[0]
        if start.month == end.month:
            first = first.rsplit(" ", 1)[0]
    return tr("journal.period_range", lang, start=first, end=last)


def choose_period(
    month: str | None = None,
    start: str | None = None,
    end: str | None = None,
    everything: bool = False,
    today: date | None = None,
    default: str = "month",
) -> Period:
    """The period named by ``--month``, ``--from``/``--to`` or ``--all`` (only one kind at a
    time). With none of them: the current month (``default="month"``) or everything."""
    kinds = sum([month is not None, start is not None or end is not None, everything])
    if kinds > 1:
        raise BadInput(tr("journal.period_conflict"))
    if month is not None:
        return month_period(*parse_month(month))
    if start is not None or end is not None:
        first = parse_date(start, today) if start is not None else None
        last = parse_date(end, today) if end is not None else None
        if first is not None and last is not None and first > last:
            raise BadInput(
                tr("journal.period_backwards", start=format_date(first), end=format_date(last))
            )
        return Period(first, last)
    if everything or default != "month":
        return Period(None, None)
    today = today or date.today()
    return month_period(today.year, today.month)


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True, slots=True)
class Headline:
    """The figures at the top of the report."""

    sessions: int
    participants: int
    minutes: int
    facilitators: int
    services: int

    @property
    def hours(self) -> float:
        return self.minutes / 60


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

    @property
    def gap(self) -> int:
        return self.actual - self.planned


@dataclass(frozen=True, slots=True)
class Item:
    """An idea or a decision, with where it came from."""

    text: str
    date: date
    tool: str


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

    @property
    def active_levers(self) -> list[LeverRow]:
        return [row for row in self.levers if row.active]

    @property
    def sleeping_levers(self) -> list[LeverRow]:
        return [row for row in self.levers if not row.active]

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
        if self.period.whole:
            if self.first_day is None or self.last_day is None:
                return tr("journal.period_whole_phrase", lang)
            return tr(
                "journal.period_whole_range",
                lang,
                range=date_range(self.first_day, self.last_day, lang),
            )
        return self.period.name(lang)


def headline(sessions: Sequence[Session | SessionFigures]) -> Headline:
    """Sessions, participants, minutes of facilitation (actual, else planned), different
    facilitators and different services reached (names compared without case or accents)."""
    from functools import cache

    from innovkit.cards.lookup import normalise

    same = cache(normalise)  # the same few names come back in every session
    people = {same(name) for s in sessions for name in s.facilitators}
    services = {same(name) for s in sessions for name in s.services}
    return Headline(
        sessions=len(sessions),
        participants=sum(s.participants or 0 for s in sessions),
        minutes=sum(s.minutes for s in sessions),
        facilitators=len(people - {""}),
        services=len(services - {""}),
    )


def build_report(
    journal: Journal, period: Period, catalogue: Catalogue, lang: str, today: date
) -> Report:
    """Every figure of the report for ``period``; ``today`` decides which actions are late."""
    sessions = journal.sessions(period.start, period.end, timings=False)
    before = period.previous()
    previous = headline(journal.figures(before.start, before.end)) if before else None
    earlier: list[ActionRow] = []
    older = 0
    if period.start is not None:
        # Still-open actions from the year before the period are listed; older ones are only
        # counted, so that years of history do not bury this month's report.
        names, words = _Names(catalogue, lang), Words(lang)
        year_before = period.start - timedelta(days=EARLIER_DAYS)
        earlier = [
            _action_row(entry.action, entry.session_date, names.tool(entry.tool), today, words)
            for entry in journal.actions(
                status="open", start=year_before, end=period.start - timedelta(days=1)
            )
        ]
        older = journal.count_actions(status="open", end=year_before - timedelta(days=1))
    report = summarise(sessions, period, catalogue, lang, today, previous, earlier)
    report.older_open = older
    return report


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
    names, words = _Names(catalogue, lang), Words(lang)
    before = period.previous()
    marks = Counter(s.satisfaction for s in sessions if s.satisfaction is not None)
    answers = sum(marks.values())
    total = sum(mark * count for mark, count in marks.items())
    return Report(
        period=period,
        lang=lang,
        today=today,
        headline=headline(sessions),
        previous=previous,
        previous_name=before.name(lang) if before else None,
        first_day=sessions[0].date if sessions else None,
        last_day=sessions[-1].date if sessions else None,
        levers=_levers(sessions, catalogue, names),
        tools=_tools(sessions, names),
        satisfaction_answers=answers,
        satisfaction_average=total / answers if answers else None,
        satisfaction_marks={mark: marks.get(mark, 0) for mark in range(5, 0, -1)},
        ideas=[Item(text, s.date, names.tool(s.tool)) for s in sessions for text in s.ideas],
        decisions=[
            Item(text, s.date, names.tool(s.tool)) for s in sessions for text in s.decisions
        ],
        actions=sorted(
            (
                _action_row(a, s.date, names.tool(s.tool), today, words)
                for s in sessions
                for a in s.actions
            ),
            key=_action_order,
        ),
        earlier_actions=sorted(earlier_actions, key=_action_order),
        notes=[
            Item(s.notes.strip(), s.date, names.tool(s.tool)) for s in sessions if s.notes.strip()
        ],
        sessions=[_session_row(s, names, words) for s in sessions],
    )


class _Names:
    """Tool and lever names in the report's language; a tool whose card is gone keeps its id."""

    def __init__(self, catalogue: Catalogue, lang: str) -> None:
        self.catalogue = catalogue
        self.lang = lang

    def tool(self, ident: str) -> str:
        card = self.catalogue.tools.get(ident)
        return card.name(self.lang) if card is not None else ident

    def lever(self, ident: str) -> str:
        lever = self.catalogue.levers.get(ident)
        return lever.name(self.lang) if lever is not None else ident


def _levers(sessions: Sequence[Session], catalogue: Catalogue, names: _Names) -> list[LeverRow]:
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


def _tools(sessions: Sequence[Session], names: _Names) -> list[ToolRow]:
    groups: dict[str, list[Session]] = {}
    for s in sessions:
        groups.setdefault(s.tool, []).append(s)
    rows = []
    for ident, group in groups.items():
        marks = [s.satisfaction for s in group if s.satisfaction is not None]
        timed = [s for s in group if s.planned_minutes is not None and s.actual_minutes is not None]
        rows.append(
            ToolRow(
                id=ident,
                name=names.tool(ident),
                lever=names.lever(group[0].lever),
                sessions=len(group),
                participants=sum(s.participants or 0 for s in group),
                satisfaction=sum(marks) / len(marks) if marks else None,
                timed=len(timed),
                planned=sum(s.planned_minutes or 0 for s in timed),
                actual=sum(s.actual_minutes or 0 for s in timed),
            )
        )
    return sorted(rows, key=lambda row: (-row.sessions, row.name.casefold()))


def _session_row(s: Session, names: _Names, words: Words) -> SessionRow:
    return SessionRow(
        session=s,
        tool=names.tool(s.tool),
        lever=names.lever(s.lever),
        when=words.when(s.date, s.start),
        people=", ".join(s.facilitators),
        participants=words.number(s.participants),
        minutes=words.minutes(s.minutes or None),
        satisfaction=f"{s.satisfaction}/5" if s.satisfaction else "—",
    )


def _action_row(action: Action, day: date, tool: str, today: date, words: Words) -> ActionRow:
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
    )


def _action_order(row: ActionRow) -> tuple[Any, ...]:
    # Late ones first, then open ones by due date, then the done ones.
    return (not row.overdue, row.done, row.due is None, row.due or date.max, row.date)


# --------------------------------------------------------------------------- words and numbers


def actions_count(count: int, late: int, lang: str | None = None) -> str:
    """« 4 actions ; 1 en retard. », « 1 action ; aucune en retard. », "3 actions; none overdue."
    (the report and ``journal actions``)."""
    return tr(
        "journal.actions_count",
        lang,
        actions=tr_count("journal.n_actions", count, lang),
        late=tr_count("journal.n_late", late, lang) if late else tr("journal.none_late", lang),
    )


class Words:
    """Numbers, dates and changes written the way the report's reader writes them."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def number(self, value: float | int | None, digits: int = 0) -> str:
        if value is None:
            return "—"
        text = f"{value:,.{digits}f}"
        if self.lang == "fr":
            # 1 234,5 — a narrow no-break space between thousands, a decimal comma.
            text = text.replace(",", "\u202f").replace(".", ",")
        return text

    def change(self, value: float | int, before: float | int, digits: int = 0) -> str:
        difference = round(value - before, digits)
        if difference == 0:
            return "="
        sign = "+" if difference > 0 else "\u2212"
        return sign + self.number(abs(difference), digits)

    def gap(self, actual: int, planned: int) -> str:
        """Minutes over or under the plan: « +5 min », « −3 min », « 0 min »."""
        difference = self.change(actual, planned)
        return tr("common.minutes", self.lang, minutes="0" if difference == "=" else difference)

    def label(self, label: str, value: object) -> str:
        """« Libellé : valeur » with the language's spacing."""
        from innovkit.i18n import labelled

        return labelled(label, value, self.lang)

    def cap(self, text: str | None) -> str:
        """« Novembre 2026 » at the head of a column."""
        return "" if not text else text[0].upper() + text[1:]

    def date(self, day: date | None) -> str:
        return "—" if day is None else format_date(day, self.lang)

    def when(self, day: date, start: time | None = None) -> str:
        """« 3 novembre 2026, 14 h 00 », "3 November 2026, 14:00": as on the run sheets."""
        text = format_date(day, self.lang)
        return f"{text}, {format_clock(start, self.lang)}" if start is not None else text

    def count(self, key: str, count: int) -> str:
        """« 1 séance », « 12 séances »: ``journal.KEY.one`` or ``.other``, in the report's
        language."""
        return tr_count(f"journal.{key}", count, self.lang)

    def actions(self, rows: Sequence[ActionRow]) -> str:
        """« 4 actions ; 1 en retard. », « 1 action ; aucune en retard. »"""
        return actions_count(len(rows), sum(row.overdue for row in rows), self.lang)

    def minutes(self, minutes: int | None) -> str:
        if minutes is None:
            return "—"
        return tr("common.minutes", self.lang, minutes=self.number(minutes))


# --------------------------------------------------------------------------- documents


def bars(rows: Iterable[tuple[str, float]]) -> list[dict[str, Any]]:
    """Bars for an inline SVG chart: each row's label, value and length out of 100."""
    items = list(rows)
    top = max((value for _, value in items), default=0) or 1
    return [
        {"label": label, "value": value, "length": round(100 * value / top, 2)}
        for label, value in items
    ]


def render_report(report: Report, fmt: str) -> str:
    """The report as a Markdown (``md``) or HTML (``html``) document."""
    from innovkit.documents.render import embedded_fonts, render_template

    words = Words(report.lang)
    context = {
        "r": report,
        "w": words,
        "lang": report.lang,
        "t": lambda key, **values: tr(f"journal.{key}", report.lang, **values),
        "lever_bars": bars((row.name, row.sessions) for row in report.levers),
        "tool_bars": bars((row.name, row.sessions) for row in report.tools),
    }
    if fmt == "md":
        from functools import cache

        from innovkit.documents.render import md_block, md_inline

        # The sheets' escaping, so that user text is inert alike in every document. Names
        # come back on every row: each is escaped once.
        md = cache(lambda value: md_inline(str(value)))
        return render_template(
            "report.md.j2",
            md=md,
            md_list=lambda items: ", ".join(md(item) for item in items),
            md_lines=lambda text, indent="  ": md_block(str(text), indent),
            **context,
        )
    # The run sheets' font, embedded: the report prints alike on every computer, offline.
    return render_template("report.html.j2", fonts=embedded_fonts(), **context)
