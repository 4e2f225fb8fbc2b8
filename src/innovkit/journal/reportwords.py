"""The monthly report in words: numbers, dates and changes as its reader writes them
(``Words``), then the document, Markdown or one self-contained HTML page, through the Jinja2
templates ``templates/report.md.j2`` and ``templates/report.html.j2`` (``render_report``).

The figures themselves are gathered by ``innovkit.journal.report``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, time
from typing import TYPE_CHECKING, Any

from innovkit.dates import format_clock, format_date
from innovkit.i18n import tr, tr_count, tr_in

if TYPE_CHECKING:
    from innovkit.journal.report import Report
    from innovkit.journal.reportrows import ActionRow

# --------------------------------------------------------------------------- words and numbers


def actions_count(count: int, late: int, lang: str) -> str:
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
        # A month's report writes the same few hundred days and durations thousands of times.
        self._dates: dict[date | None, str] = {}
        self._minutes: dict[int | None, str] = {}

    def number(self, value: float | int | None, digits: int = 0) -> str:
        if value is None:
            return "—"
        text = f"{value:,.{digits}f}"
        if self.lang == "fr":
            # 1 234,5 — a narrow no-break space between thousands, a decimal comma.
            text = text.replace(",", "\u202f").replace(".", ",")
        return text

    def change(self, value: float | int | None, before: float | int | None, digits: int = 0) -> str:
        if value is None or before is None:
            return "—"
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
        text = self._dates.get(day)
        if text is None:
            text = self._dates[day] = "—" if day is None else format_date(day, self.lang)
        return text

    def done_on(self, day: date | None) -> str:
        """« faite le 1 décembre 2026 »; empty when the day is not known."""
        if day is None:
            return ""
        return tr_in(self.lang, "journal.done_on", date=format_date(day, self.lang))

    def when(self, day: date, start: time | None = None) -> str:
        """« 3 novembre 2026, 14 h 00 », "3 November 2026, 14:00": as on the run sheets."""
        text = self.date(day)
        return f"{text}, {format_clock(start, self.lang)}" if start is not None else text

    def count(self, key: str, count: int) -> str:
        """« 1 séance », « 12 séances »: ``journal.KEY.one`` or ``.other``, in the report's
        language."""
        return tr_count(f"journal.{key}", count, self.lang)

    def actions(self, rows: Sequence[ActionRow]) -> str:
        """« 4 actions ; 1 en retard. », « 1 action ; aucune en retard. »"""
        return actions_count(len(rows), sum(row.overdue for row in rows), self.lang)

    def minutes(self, minutes: int | None) -> str:
        text = self._minutes.get(minutes)
        if text is None:
            text = (
                "—"
                if minutes is None
                else tr("common.minutes", self.lang, minutes=self.number(minutes))
            )
            self._minutes[minutes] = text
        return text

    def services(self, rows: Iterable[Any]) -> str:
        """« DRH (2), Culture (2), Sports (1) »: each service by name, with its sessions."""
        return ", ".join(f"{row.name} ({self.number(row.sessions)})" for row in rows)

    def figure(self, value: float | None, kind: str) -> str:
        """A figure of « En bref »: a count, a duration (minutes, written in hours) or a mark."""
        if value is None:
            return "—"
        if kind == "duration":
            from innovkit.dates import format_duration

            return "0\u00a0h" if not value else format_duration(int(value), self.lang)
        return self.number(value, 1 if kind == "mark" else 0)

    def figure_change(self, value: float | None, before: float | None, kind: str) -> str:
        """« +3 », « −1 h 05 », « = », « — » (nothing to compare with)."""
        if kind != "duration" or value is None or before is None:
            return self.change(value, before, 1 if kind == "mark" else 0)
        if value == before:
            return "="
        sign = "+" if value > before else "\u2212"
        return sign + self.figure(abs(value - before), kind)

    def session_minutes(self, actual: int | None, planned: int | None) -> str:
        """A session's duration as recorded: « 75 min », or « 45 min prévues » when only the
        plan is known (honest hours: a plan is never shown as time spent)."""
        if actual is not None:
            return self.minutes(actual)
        if planned is None:
            return "—"
        return tr("report.minutes_planned", self.lang, minutes=self.number(planned))


# --------------------------------------------------------------------------- documents


def bars(rows: Iterable[tuple[str, float]]) -> list[dict[str, Any]]:
    """Bars for an inline SVG chart: each row's label, value and length out of 100."""
    items = list(rows)
    top = max((value for _, value in items), default=0) or 1
    return [
        {"label": label, "value": value, "length": round(100 * value / top, 2)}
        for label, value in items
    ]


def compared_rows(report: Report) -> list[dict[str, Any]]:
    """The headline's figures, each with its value in the period, the period before and the
    same period a year earlier (``None`` where there is none): one row per figure, for
    « En bref » and for the months side by side."""
    periods = (report.headline, report.previous, report.year_before)
    rows = []
    for key, attribute, kind in FIGURES:
        values = [getattr(h, attribute) if h is not None else None for h in periods]
        rows.append({"key": key, "attribute": attribute, "kind": kind, "values": values})
    return rows


# The headline's figures in the order the report shows them: message key, attribute, decimals.
# Hours are written as durations (« 4 h 35 »), exact, so that the months add up on paper too.
FIGURES = (
    ("journal.fig_sessions", "sessions", "count"),
    ("journal.fig_participants", "participants", "count"),
    ("report.fig_actual_hours", "actual_minutes", "duration"),
    ("report.fig_planned_hours", "planned_minutes", "duration"),
    ("journal.fig_facilitators", "facilitators", "count"),
    ("journal.fig_services", "services", "count"),
    ("report.fig_satisfaction", "satisfaction", "mark"),
)


def render_report(report: Report, fmt: str) -> str:
    """The report as a Markdown (``md``) or HTML (``html``) document."""
    from innovkit.documents.templates import embedded_fonts, render_template

    words = Words(report.lang)
    context = {
        "r": report,
        "w": words,
        "lang": report.lang,
        "t": lambda key, **values: tr(f"journal.{key}", report.lang, **values),
        "rt": lambda key, **values: tr(f"report.{key}", report.lang, **values),
        "say": lambda key, **values: tr(key, report.lang, **values),
        "compared": compared_rows(report),
        "lever_bars": bars((row.name, row.sessions) for row in report.levers),
        "tool_bars": bars((row.name, row.sessions) for row in report.tools),
    }
    if fmt == "md":
        from innovkit.documents.escaping import md_inline

        # User text is escaped by the environment's ``md`` and ``md_block`` filters (the
        # sheets' escaping, so that it is inert alike in every document).
        return render_template(
            "report.md.j2",
            md_list=lambda items: ", ".join(md_inline(str(item)) for item in items),
            **context,
        )
    # The run sheets' font, embedded: the report prints alike on every computer, offline.
    return render_template("report.html.j2", fonts=embedded_fonts(), **context)
