"""The ecosystem as open data: a Frictionless Data Package of the tools and of the activity.

``innovkit opendata -o DIR`` writes three CSV tables and their ``datapackage.json`` (Table
Schemas, foreign keys, licence), ready to upload to a data portal:

- ``levers.csv`` and ``tools.csv``: the catalogue (its ready cards, never a draft), in French
  and in English;
- ``activity.csv``: the journal summed by month and tool — sessions, participants, hours,
  satisfaction. No free text, no names, no services leave the journal: only counts and sums.

Small numbers can point at people, so a month's tools with fewer than ``THRESHOLD`` sessions are
merged into one row for that month (« autres outils »), and a merged row that still has fewer
than ``THRESHOLD`` sessions keeps only its month, its figures left empty. A mean satisfaction
is given only when at least ``THRESHOLD`` sessions have one.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.journal.rows import MonthlyActivity

THRESHOLD = 5

LICENCE = {
    "name": "etalab-2.0",
    "title": "Licence Ouverte / Open Licence version 2.0",
    "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}


def _field(name: str, kind: str, fr: str, en: str, **more: Any) -> dict[str, Any]:
    """A Table Schema field, described in both languages."""
    return {"name": name, "type": kind, "title": fr, "description": f"{fr} / {en}", **more}


def _required(name: str, kind: str, fr: str, en: str) -> dict[str, Any]:
    return _field(name, kind, fr, en, constraints={"required": True})


LEVER_FIELDS = [
    _required("id", "string", "Identifiant du levier", "Lever identifier"),
    _required("name_fr", "string", "Nom (français)", "Name (French)"),
    _field("name_en", "string", "Nom (anglais)", "Name (English)"),
    _field("description_fr", "string", "Description (français)", "Description (French)"),
    _field("description_en", "string", "Description (anglais)", "Description (English)"),
]

TOOL_FIELDS = [
    _required("id", "string", "Identifiant de l’outil", "Tool identifier"),
    _required("lever", "string", "Levier", "Lever"),
    _required("name_fr", "string", "Nom (français)", "Name (French)"),
    _field("name_en", "string", "Nom (anglais)", "Name (English)"),
    _field("summary_fr", "string", "En bref (français)", "Summary (French)"),
    _field("summary_en", "string", "En bref (anglais)", "Summary (English)"),
    _required("minutes", "integer", "Durée complète (minutes)", "Full duration (minutes)"),
    _required(
        "shortest_minutes", "integer", "Forme la plus courte (minutes)", "Shortest form (minutes)"
    ),
    _required("participants_min", "integer", "Participants au moins", "Fewest participants"),
    _required("participants_max", "integer", "Participants au plus", "Most participants"),
    _field(
        "settings",
        "string",
        "Cadres possibles (indoor = en salle, outdoor = dehors, remote = à distance)",
        "Possible settings (indoor, outdoor, remote)",
    ),
    _required("version", "integer", "Version de la fiche", "Card version"),
    _field("credits_fr", "string", "Crédits (français)", "Credits (French)"),
    _field("credits_en", "string", "Crédits (anglais)", "Credits (English)"),
]

ACTIVITY_FIELDS = [
    _required("month", "yearmonth", "Mois", "Month"),
    _field(
        "tool",
        "string",
        "Outil (vide : autres outils du mois, regroupés)",
        "Tool (empty: the month's other tools, merged)",
    ),
    _field("lever", "string", "Levier (vide : regroupé)", "Lever (empty: merged)"),
    _field("tools_merged", "integer", "Outils regroupés dans la ligne", "Tools merged in the row"),
    _field(
        "sessions",
        "integer",
        "Séances (une par moment d’un outil en plusieurs moments)",
        "Sessions (one per moment of a tool in several moments)",
    ),
    _field(
        "cycles",
        "integer",
        "Cycles ouverts (séances qui ne font pas suite à une autre)",
        "Cycles opened (sessions that do not follow another)",
    ),
    _field(
        "participants",
        "integer",
        "Participants des cycles ouverts (somme connue ; un groupe compté une fois)",
        "Participants of the cycles opened (known sum; a group counted once)",
    ),
    _field(
        "hours_recorded",
        "number",
        "Heures d’animation mesurées ou saisies",
        "Facilitation hours measured or recorded",
    ),
    _field(
        "hours_planned_untimed",
        "number",
        "Heures prévues des séances sans durée enregistrée",
        "Planned hours of the sessions with no recorded duration",
    ),
    _field(
        "satisfaction_mean",
        "number",
        "Satisfaction moyenne (1 à 5)",
        "Mean satisfaction (1 to 5)",
        constraints={"minimum": 1, "maximum": 5},
    ),
    _field(
        "satisfaction_responses", "integer", "Séances notées", "Sessions with a satisfaction mark"
    ),
]


@dataclass(frozen=True)
class Package:
    """The files of the data package, by name, and what the activity table holds."""

    files: dict[str, str]
    activity_rows: int
    sessions: int
    merged_rows: int
    hidden_rows: int


def build_package(catalogue: Catalogue, activity: Sequence[MonthlyActivity]) -> Package:
    """The data package of ``catalogue`` and of the journal's ``activity``, as text files."""
    levers = [_lever_row(lever) for lever in catalogue.levers.values()]
    tools = [_tool_row(card) for card in catalogue.ready_tools()]  # never a draft card
    known = {row["id"] for row in tools}
    rows, merged, hidden = _activity_rows(activity, known)
    files = {
        "levers.csv": _csv(LEVER_FIELDS, levers),
        "tools.csv": _csv(TOOL_FIELDS, tools),
        "activity.csv": _csv(ACTIVITY_FIELDS, rows),
    }
    files["datapackage.json"] = json.dumps(_descriptor(), ensure_ascii=False, indent=2) + "\n"
    total = sum(cell.sessions for cell in activity)
    return Package(files, len(rows), total, merged, hidden)


def _lever_row(lever: Any) -> dict[str, Any]:
    return {
        "id": lever.id,
        "name_fr": lever.name("fr"),
        "name_en": lever.name("en"),
        "description_fr": lever.description("fr"),
        "description_en": lever.description("en"),
    }


def _tool_row(card: Any) -> dict[str, Any]:
    return {
        "id": card.id,
        "lever": card.lever,
        "name_fr": card.name("fr"),
        "name_en": card.name("en"),
        "summary_fr": card.summary("fr"),
        "summary_en": card.summary("en"),
        "minutes": card.duration,
        "shortest_minutes": card.shortest,
        "participants_min": card.participants_min,
        "participants_max": card.participants_max,
        "settings": " ".join(card.setting),
        "version": card.version,
        "credits_fr": card.credits("fr"),
        "credits_en": card.credits("en"),
    }


def _activity_rows(
    activity: Iterable[MonthlyActivity], known_tools: set[str]
) -> tuple[list[dict[str, Any]], int, int]:
    """The published rows: a month's tool with enough sessions as it is; the others merged
    into one row per month, whose figures are left empty when even together they are few.
    Tools no longer in the catalogue count among the others."""
    rows: list[dict[str, Any]] = []
    merged_rows = hidden_rows = 0
    by_month: dict[str, list[MonthlyActivity]] = {}
    for cell in activity:
        by_month.setdefault(cell.month, []).append(cell)
    for month, cells in by_month.items():
        small = []
        for cell in cells:
            if cell.sessions >= THRESHOLD and cell.tool in known_tools:
                rows.append(_figures(month, cell.tool, cell.lever, None, [cell]))
            else:
                small.append(cell)
        if small:
            merged_rows += 1
            if sum(cell.sessions for cell in small) >= THRESHOLD:
                rows.append(_figures(month, None, None, len(small), small))
            else:
                hidden_rows += 1
                rows.append({"month": month, "tools_merged": len(small)})
    return rows, merged_rows, hidden_rows


def _figures(
    month: str, tool: str | None, lever: str | None, merged: int | None, cells: list[Any]
) -> dict[str, Any]:
    marks = sum(cell.satisfaction_count for cell in cells)
    mean = sum(cell.satisfaction_total for cell in cells) / marks if marks >= THRESHOLD else None
    return {
        "month": month,
        "tool": tool,
        "lever": lever,
        "tools_merged": merged,
        "sessions": sum(cell.sessions for cell in cells),
        "cycles": sum(cell.cycles for cell in cells),
        "participants": sum(cell.participants for cell in cells),
        "hours_recorded": _hours(sum(cell.recorded_minutes for cell in cells)),
        "hours_planned_untimed": _hours(sum(cell.untimed_planned_minutes for cell in cells)),
        "satisfaction_mean": None if mean is None else round(mean, 2),
        "satisfaction_responses": marks,
    }


def _hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def _csv(fields: list[dict[str, Any]], rows: Iterable[dict[str, Any]]) -> str:
    names = [field["name"] for field in fields]
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\r\n", restval="")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: "" if value is None else value for key, value in row.items()})
    return out.getvalue()


def _resource(name: str, fr: str, en: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "title": f"{fr} / {en}",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def _descriptor() -> dict[str, Any]:
    return {
        "profile": "tabular-data-package",
        "name": "innovkit-ecosysteme-innovation-organisationnelle",
        "title": "Écosystème d’innovation organisationnelle : outils et activité",
        "description": _DESCRIPTION,
        "licenses": [LICENCE],
        "keywords": ["innovation", "facilitation", "administration", "open data"],
        "resources": [
            _resource(
                "levers",
                "Les leviers",
                "The levers",
                {"fields": LEVER_FIELDS, "primaryKey": ["id"]},
            ),
            _resource(
                "tools",
                "Les outils d’animation",
                "The facilitation tools",
                {
                    "fields": TOOL_FIELDS,
                    "primaryKey": ["id"],
                    "foreignKeys": [
                        {"fields": ["lever"], "reference": {"resource": "levers", "fields": ["id"]}}
                    ],
                },
            ),
            _resource(
                "activity",
                "L’activité par mois et par outil",
                "The activity by month and tool",
                {
                    "fields": ACTIVITY_FIELDS,
                    "foreignKeys": [
                        {"fields": ["tool"], "reference": {"resource": "tools", "fields": ["id"]}},
                        {
                            "fields": ["lever"],
                            "reference": {"resource": "levers", "fields": ["id"]},
                        },
                    ],
                },
            ),
        ],
    }


_DESCRIPTION = (
    "Les outils d’animation de l’écosystème d’innovation organisationnelle (leviers, outils, "
    "durées, tailles de groupe, en français et en anglais) et l’activité des animateurs, "
    "additionnée par mois et par outil : séances, participants, heures d’animation, "
    "satisfaction moyenne. Aucun texte libre, aucun nom, aucun service. Les outils d’un mois "
    f"qui comptent moins de {THRESHOLD} séances sont regroupés en une ligne « autres outils » "
    "(outil et levier vides) ; si ce regroupement compte encore moins de "
    f"{THRESHOLD} séances, ses chiffres sont masqués (seuls le mois et le nombre d’outils "
    f"regroupés restent). La satisfaction moyenne n’est donnée qu’à partir de {THRESHOLD} "
    "séances notées. Les heures mesurées et les heures seulement prévues sont séparées. Une "
    "séance est une rencontre d’un groupe autour d’un outil : un outil en plusieurs moments "
    "(« audace up ! » et son retour d’expérience) compte une séance par moment, chacune avec "
    "ses heures et sa satisfaction ; « cycles » compte les séances qui ouvrent un cycle, et les "
    "participants sont ceux des cycles ouverts, pour qu’un groupe qui revient ne soit pas "
    "compté deux fois.\n\n"
    "The facilitation tools of the organisational innovation ecosystem (levers, tools, "
    "durations, group sizes, in French and English) and the facilitators' activity, summed by "
    "month and tool: sessions, participants, facilitation hours, mean satisfaction. No free "
    f"text, no names, no services. A month's tools with fewer than {THRESHOLD} sessions are "
    "merged into one « other tools » row (empty tool and lever); when that row still has "
    f"fewer than {THRESHOLD} sessions its figures are suppressed (only the month and the "
    f"number of merged tools remain). Mean satisfaction is given from {THRESHOLD} marked "
    "sessions. Recorded and merely planned hours are kept apart. A session is one meeting of a "
    "group with a tool: a tool in several moments (« audace up ! » and its report-back) counts "
    "a session per moment, each with its hours and satisfaction; « cycles » counts the "
    "sessions that open a cycle, and participants are those of the cycles opened, so that a "
    "group that comes back is not counted twice."
)
