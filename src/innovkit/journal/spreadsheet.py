"""The journal as CSV for a spreadsheet (``journal export --format csv``): one file of
sessions, one row each, and one file of their actions.

Written for the person who opens it in Excel or LibreOffice, in the export's language: headers
in words (« Date;Début;Outil;Levier… »), values as ``journal show`` names them (« en salle »,
the tool's name, a choice's label), dates and times in local time, numbers as numbers (a
decimal comma in French), one column per common field and one per outcome of the tools
exported (a list outcome also counted), never a raw JSON cell. French files are separated by
« ; » (the comma is French Excel's decimal mark), English ones by « , »; both start with a
byte order mark, without which Excel reads UTF-8 as an old Windows encoding.

The columns follow the session schema (``schema.CSV_COLUMNS``); the session's identifier
comes last, where it links the actions file to its session. The JSON export is the exchange
format; this one is for reading.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from innovkit.i18n import tr
from innovkit.journal.records import Session, time_text
from innovkit.journal.schema import CSV_COLUMNS

if TYPE_CHECKING:
    from innovkit.cards.model import Card, Lever, Outcome

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    """A spreadsheet cell that can never run as a formula: text starting with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return gets a leading apostrophe (OWASP's advice)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_separator(lang: str) -> str:
    """The column separator a spreadsheet of that language expects: French Excel reads « ; »
    (the comma is its decimal mark), English Excel reads « , »."""
    return ";" if lang == "fr" else ","


# Lists of things said in a session: their cell holds the items, a second cell their count.
COUNTED = ("ideas", "decisions")


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its header and how a session fills its cell."""

    header: str
    cell: Callable[[Session], Any]


@dataclass(frozen=True, slots=True)
class Names:
    """What the values are written with: the language, the cards and levers that name the
    tools, and the time zone of the dates and times (``None``: this computer's)."""

    lang: str
    tools: Mapping[str, Card]
    levers: Mapping[str, Lever]
    zone: tzinfo | None = None

    def day(self, value: date | None) -> str:
        """« 03/11/2026 » in French (as French Excel reads it), ISO 2026-11-03 in English."""
        if value is None:
            return ""
        return value.strftime("%d/%m/%Y") if self.lang == "fr" else value.isoformat()

    def moment(self, value: datetime) -> str:
        """A stored instant (UTC) as the local date and time, to the minute."""
        local = value.astimezone(self.zone)
        return f"{self.day(local.date())} {local.strftime('%H:%M')}"

    def number(self, value: int | float) -> str:
        text = f"{value:g}" if isinstance(value, float) else str(value)
        return text.replace(".", ",") if self.lang == "fr" else text

    def tool(self, ident: str) -> str:
        card = self.tools.get(ident)
        return card.name(self.lang) if card is not None else ident

    def header(self, name: str) -> str:
        return tr(f"spreadsheet.col_{name}", self.lang)


def _joined(values: Iterable[str]) -> str:
    return " ; ".join(values)


# --------------------------------------------------------------------------- sessions


def _common_cells(names: Names) -> dict[str, Callable[[Session], Any]]:
    """How each common field that is not written as it is fills its cell."""

    def variant(s: Session) -> str:
        card = names.tools.get(s.tool)
        found = next((v for v in card.variants if v.id == s.variant), None) if card else None
        return found.name(names.lang) if found is not None else s.variant or ""

    def lever(s: Session) -> str:
        found = names.levers.get(s.lever)
        return found.name(names.lang) if found is not None else s.lever

    return {
        "date": lambda s: names.day(s.date),
        "start": lambda s: time_text(s.start) or "",
        "tool": lambda s: names.tool(s.tool),
        "lever": lever,
        "variant": variant,
        "setting": lambda s: tr(f"journal.setting_{s.setting}", names.lang) if s.setting else "",
        "actions": lambda s: len(s.actions),
        "created_at": lambda s: names.moment(s.created_at),
        "updated_at": lambda s: names.moment(s.updated_at),
    }


def _plain(name: str) -> Callable[[Session], Any]:
    def cell(s: Session) -> Any:
        value = getattr(s, name)
        if isinstance(value, list):
            return _joined(value)
        return "" if value is None else value

    return cell


def _count(name: str) -> Callable[[Session], int]:
    return lambda s: len(getattr(s, name))


def session_columns(sessions: Sequence[Session], names: Names) -> list[Column]:
    """The columns of the sessions file: the schema's CSV fields in order (the identifier
    last), the tools' outcomes in place of the outcomes field, a count beside each list."""
    special = _common_cells(names)
    columns: list[Column] = []
    for name in (*(n for n in CSV_COLUMNS if n != "id"), "id"):
        if name == "outcomes":
            common = {names.header(n) for n in CSV_COLUMNS if n != "outcomes"}
            columns += outcome_columns(sessions, names, common)
            continue
        columns.append(Column(names.header(name), special.get(name) or _plain(name)))
        if name in COUNTED:
            label = tr("spreadsheet.col_count", names.lang, label=names.header(name))
            columns.append(Column(label, _count(name)))
    return columns


def outcome_columns(
    sessions: Sequence[Session], names: Names, taken: Iterable[str] = ()
) -> list[Column]:
    """One column per outcome of the tools exported, in the order the tools first come and
    each card's order; a list outcome is followed by its count. A label two tools share, or
    one of the ``taken`` headers (the common fields'), says which tool it belongs to."""
    keys: dict[tuple[str, str], None] = {}
    for s in sessions:
        card = names.tools.get(s.tool)
        ids = [o.id for o in card.outcomes] if card is not None else []
        for key in (*ids, *s.outcomes):
            keys[(s.tool, key)] = None
    labels = {pair: _outcome_label(names, *pair) for pair in keys}
    every = [*labels.values(), *taken]
    shared = {label for label in labels.values() if every.count(label) > 1}
    columns = []
    for (tool, key), label in labels.items():
        if label in shared:
            label = tr("spreadsheet.col_of_tool", names.lang, label=label, tool=names.tool(tool))
        outcome = _outcome(names, tool, key)
        columns.append(Column(label, _outcome_cell(names, tool, key, outcome)))
        if outcome is not None and outcome.kind == "list":
            counted = tr("spreadsheet.col_count", names.lang, label=label)
            columns.append(Column(counted, _outcome_count(tool, key)))
        if outcome is not None and outcome.kind == "items":
            columns += _status_columns(names, tool, outcome, label)
    return columns


def _status_columns(names: Names, tool: str, outcome: Outcome, label: str) -> list[Column]:
    """An items outcome: one column per status, how many of the session's items have it."""
    from innovkit.journal.items import stored_items

    def count(status: str) -> Callable[[Session], Any]:
        def cell(s: Session) -> Any:
            value = s.outcomes.get(outcome.id) if s.tool == tool else None
            if value is None:
                return ""
            return sum(1 for entry in stored_items(outcome, value) if entry["status"] == status)

        return cell

    return [
        Column(
            tr("spreadsheet.col_item_status", names.lang, label=label, status=st.label(names.lang)),
            count(st.id),
        )
        for st in outcome.statuses
    ]


def _outcome(names: Names, tool: str, key: str) -> Outcome | None:
    card = names.tools.get(tool)
    return card.outcome(key) if card is not None else None


def _outcome_label(names: Names, tool: str, key: str) -> str:
    outcome = _outcome(names, tool, key)
    return outcome.label(names.lang) if outcome is not None else key


def _outcome_cell(
    names: Names, tool: str, key: str, outcome: Outcome | None
) -> Callable[[Session], Any]:
    def cell(s: Session) -> Any:
        value = s.outcomes.get(key) if s.tool == tool else None
        if value is None:
            return ""
        if outcome is not None and outcome.kind == "items":
            return _items_cell(outcome, value, names.lang)
        if isinstance(value, list):
            return _joined(str(item) for item in value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return names.number(value)
        if outcome is not None and outcome.kind == "choice":
            found = next((c for c in outcome.choices if c.id == value), None)
            return found.label(names.lang) if found is not None else value
        if outcome is not None and outcome.kind == "date":
            try:
                return names.day(date.fromisoformat(str(value)))
            except ValueError:
                return value
        return value

    return cell


def _items_cell(outcome: Outcome, value: Any, lang: str) -> str:
    """« Parler en réunion (Fait) ; (sans texte) (Abandonné — pas le temps) »."""
    from innovkit.journal.items import stored_items

    labels = {st.id: st.label(lang) for st in outcome.statuses}

    def said(entry: dict[str, str]) -> str:
        status = labels.get(entry["status"], entry["status"])
        note = f" — {entry['note']}" if entry.get("note") else ""
        return f"{entry['text'] or tr('journal.item_no_text', lang)} ({status}{note})"

    return _joined(said(entry) for entry in stored_items(outcome, value))


def _outcome_count(tool: str, key: str) -> Callable[[Session], Any]:
    def cell(s: Session) -> Any:
        value = s.outcomes.get(key) if s.tool == tool else None
        return len(value) if isinstance(value, list) else ""

    return cell


# --------------------------------------------------------------------------- actions


def action_columns(names: Names) -> list[Column]:
    """The columns of the actions file: the session it was decided in (date, tool,
    identifier), the action, its owner, due date, status and the day it was done."""
    Row = tuple[Session, Any]

    def status(row: Row) -> str:
        return tr(f"journal.state_{row[1].status}", names.lang)

    cells: list[tuple[str, Callable[[Row], Any]]] = [
        ("date", lambda row: names.day(row[0].date)),
        ("tool", lambda row: names.tool(row[0].tool)),
        ("action", lambda row: row[1].text),
        ("owner", lambda row: row[1].owner),
        ("due", lambda row: names.day(row[1].due)),
        ("status", status),
        ("done_on", lambda row: names.day(row[1].done_on)),
        ("session", lambda row: row[0].id),
    ]
    return [Column(names.header(name), cell) for name, cell in cells]  # type: ignore[arg-type]


# --------------------------------------------------------------------------- files


def _table(columns: Sequence[Column], rows: Iterable[Any], lang: str) -> str:
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=csv_separator(lang), lineterminator="\r\n")
    writer.writerow([safe_cell(c.header) for c in columns])
    for row in rows:
        writer.writerow([safe_cell(_text(c.cell(row), lang)) for c in columns])
    return buffer.getvalue()


def _text(value: Any, lang: str) -> Any:
    if isinstance(value, float) and lang == "fr":
        return f"{value:g}".replace(".", ",")
    if isinstance(value, time):
        return time_text(value)
    return value


def sessions_csv(sessions: Sequence[Session], names: Names) -> str:
    """The sessions file: one row per session, every cell safe from formulas."""
    return _table(session_columns(sessions, names), sessions, names.lang)


def actions_csv(sessions: Sequence[Session], names: Names) -> str:
    """The actions file: one row per action of the sessions, in the sessions' order."""
    rows = [(s, action) for s in sessions for action in s.actions]
    return _table(action_columns(names), rows, names.lang)


def actions_path(sessions_path: Path) -> Path:
    """Where the actions go beside a sessions file: ``séances.csv`` → ``séances-actions.csv``."""
    return sessions_path.with_name(f"{sessions_path.stem}-actions{sessions_path.suffix or '.csv'}")
