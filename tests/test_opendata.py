"""``innovkit opendata``: a Frictionless Data Package of the tools and of the activity, checked
as a data portal would (frictionless), with figures known by hand, small numbers merged or
suppressed, and nothing personal or free-written from the journal anywhere in it."""

from __future__ import annotations

import csv
import io
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from innovkit.cards.catalogue import load_catalogue
from innovkit.journal.rows import MonthlyActivity
from innovkit.opendata import THRESHOLD, build_package

FIXTURE = Path(__file__).parent / "data" / "journal" / "fixture-export.json"

# Words that must never leave the journal: names, services, free text.
SECRETS = {
    "facilitator": "Zéphyrine Quennec",
    "co_facilitators": ["Barnabé Tiretaine"],
    "services": ["Service des Cimetières Nord"],
    "ideas": ["Idée confidentielle Pistache"],
    "decisions": ["Décision interne Mandragore"],
    "notes": "Note privée Xylophage",
    "tags": ["étiquette-Galurin"],
}


def _session(template: dict[str, Any], tool: str, lever: str, day: str, **figures: Any) -> dict:
    session = json.loads(json.dumps(template))
    session.update(SECRETS)
    session.update(
        id=str(uuid.uuid4()),
        tool=tool,
        lever=lever,
        date=day,
        variant=None,
        outcomes={},
        step_timings=[],
        actions=[
            {
                "id": str(uuid.uuid4()),
                "text": "Action secrète Ornithorynque",
                "owner": "Hippolyte Grandjean",
                "due": "2026-12-20",
                "status": "open",
            }
        ],
    )
    session.update(figures)
    return session


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """A colleague's export: November 2026 has 6 « audace up ! » (a row of its own), 3
    « point silence » and 2 « time out » (merged: 5 together); December has 2 « la balade »
    (merged, still fewer than 5: suppressed)."""
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))
    template = document["sessions"][0]
    sessions = [
        _session(
            template,
            "audace-up",
            "audace",
            f"2026-11-{day:02d}",
            participants=10,
            planned_minutes=90,
            actual_minutes=None if day == 6 else 80,
            satisfaction=4 if day <= 3 else 5,
        )
        for day in range(1, 7)
    ]
    sessions += [
        _session(template, "point-silence", "bien-etre", f"2026-11-1{d}", participants=8)
        for d in range(3)
    ]
    sessions += [
        _session(template, "time-out", "temps", f"2026-11-2{d}", participants=5) for d in range(2)
    ]
    sessions += [
        _session(template, "la-balade", "echanges", f"2026-12-0{d}", participants=4) for d in (1, 2)
    ]
    document["sessions"] = sessions
    path = tmp_path / "colleague.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    text = (folder / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_package_is_valid_and_its_figures_are_right(cli: Any, exported: Path, tmp_path: Path):
    assert cli("journal", "import", str(exported)).exit_code == 0
    folder = tmp_path / "publication"
    result = cli("--lang", "fr", "opendata", "-o", str(folder))
    assert result.exit_code == 0, result.stderr
    assert "13 séances" in result.stderr and "Licence Ouverte" in result.stderr

    import frictionless

    report = frictionless.validate(folder / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])

    rows = _rows(folder, "activity.csv")
    november = [row for row in rows if row["month"] == "2026-11"]
    audace = next(row for row in november if row["tool"] == "audace-up")
    assert audace["sessions"] == "6" and audace["participants"] == "60"
    assert audace["cycles"] == "6"  # each in one moment
    assert audace["hours_recorded"] == str(round(5 * 80 / 60, 2))  # 5 timed sessions
    assert audace["hours_planned_untimed"] == "1.5"  # the one without a recorded duration
    assert (audace["satisfaction_mean"], audace["satisfaction_responses"]) == ("4.5", "6")
    merged = next(row for row in november if row["tool"] == "")
    assert (merged["sessions"], merged["tools_merged"], merged["participants"]) == ("5", "2", "34")
    assert merged["satisfaction_mean"] == ""  # no session of the five was marked
    assert len(november) == 2
    december = [row for row in rows if row["month"] == "2026-12"]
    assert december == [
        {
            "month": "2026-12",
            "tool": "",
            "lever": "",
            "tools_merged": "1",
            "sessions": "",
            "cycles": "",
            "participants": "",
            "hours_recorded": "",
            "hours_planned_untimed": "",
            "satisfaction_mean": "",
            "satisfaction_responses": "",
        }
    ]


def test_nothing_personal_or_free_written_leaves_the_journal(
    cli: Any, exported: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "before"
    assert cli("opendata", "-o", str(empty)).exit_code == 0  # the catalogue alone
    assert cli("journal", "import", str(exported)).exit_code == 0
    assert cli("journal", "import", str(FIXTURE)).exit_code == 0  # real names and notes too
    folder = tmp_path / "publication"
    assert cli("opendata", "-o", str(folder)).exit_code == 0
    # The catalogue's tables owe nothing to the journal: the same bytes as with no session.
    for name in ("tools.csv", "levers.csv", "datapackage.json"):
        assert (folder / name).read_bytes() == (empty / name).read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in empty.iterdir())
    published = (folder / "activity.csv").read_text(encoding="utf-8").casefold()
    secrets: set[str] = set()
    for session in json.loads(FIXTURE.read_text(encoding="utf-8"))["sessions"]:
        secrets.add(session["facilitator"])
        secrets.update(session["co_facilitators"] + session["services"] + session["tags"])
        secrets.update(session["ideas"] + session["decisions"] + [session["notes"]])
        for action in session["actions"]:
            secrets.update((action["text"], action["owner"]))
        secrets.update(v for v in session["outcomes"].values() if isinstance(v, str))
    for value in SECRETS.values():
        secrets.update([value] if isinstance(value, str) else value)
    secrets.update(("Action secrète Ornithorynque", "Hippolyte Grandjean"))
    leaked = sorted(s for s in secrets if len(s) > 3 and s.casefold() in published)
    assert not leaked


def test_the_catalogue_is_published_in_both_languages(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "publication"
    assert cli("opendata", "-o", str(folder)).exit_code == 0
    tools = {row["id"]: row for row in _rows(folder, "tools.csv")}
    assert len(tools) == 12
    audace = tools["audace-up"]
    assert "audace up" in audace["name_fr"] and audace["name_en"].startswith("“audace up")
    assert int(audace["shortest_minutes"]) <= int(audace["minutes"])
    assert "Antibes" in audace["credits_fr"] and "Antibes" in audace["credits_en"]
    levers = _rows(folder, "levers.csv")
    assert len(levers) == 12 and all(row["name_fr"] and row["name_en"] for row in levers)
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["licenses"][0]["name"] == "etalab-2.0"
    assert "moins de 5 séances" in descriptor["description"]
    assert "fewer than 5 sessions" in descriptor["description"]


def test_small_numbers_are_merged_then_suppressed() -> None:
    def cell(month: str, tool: str, sessions: int, marks: int = 0) -> MonthlyActivity:
        return MonthlyActivity(month, tool, "audace", sessions, sessions, 60 * sessions, 0,
                               4 * marks, marks)  # fmt: skip

    catalogue = load_catalogue()
    activity = [
        cell("2026-01", "audace-up", THRESHOLD, marks=THRESHOLD - 1),  # its own row, no mean
        cell("2026-01", "time-out", THRESHOLD - 1),
        cell("2026-01", "gone-tool", 1),  # a card no longer in the catalogue: merged
        cell("2026-02", "audace-up", THRESHOLD - 1),  # alone and small: suppressed
    ]
    package = build_package(catalogue, activity)
    rows = list(csv.DictReader(io.StringIO(package.files["activity.csv"], newline="")))
    assert [(r["month"], r["tool"], r["sessions"], r["tools_merged"]) for r in rows] == [
        ("2026-01", "audace-up", str(THRESHOLD), ""),
        ("2026-01", "", str(THRESHOLD), "2"),
        ("2026-02", "", "", "1"),
    ]
    assert rows[0]["satisfaction_mean"] == ""  # fewer than THRESHOLD marks
    assert (package.merged_rows, package.hidden_rows, package.sessions) == (2, 1, 14)


def test_a_folder_that_holds_something_is_refused(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "publication"
    folder.mkdir()
    (folder / "tools.csv").write_text("mine", encoding="utf-8")
    result = cli("--lang", "fr", "opendata", "-o", str(folder))
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr and "inattendu" not in result.stderr
    assert (folder / "tools.csv").read_text(encoding="utf-8") == "mine"
    assert cli("opendata", "-o", str(folder), "--force").exit_code == 0
    assert (folder / "tools.csv").read_text(encoding="utf-8").startswith("id,lever,")


def test_a_draft_card_is_not_published(cli: Any, tmp_path: Path) -> None:
    cards = tmp_path / "cartes"
    assert cli("--cards", str(cards), "cards", "new", "cafe-curieux").exit_code == 0
    folder = tmp_path / "publication"
    assert cli("--cards", str(cards), "opendata", "-o", str(folder)).exit_code == 0
    assert "cafe-curieux" not in {row["id"] for row in _rows(folder, "tools.csv")}
    listed = json.loads(cli("--cards", str(cards), "list", "--json").stdout)
    assert any(tool["id"] == "cafe-curieux" and tool["draft"] for tool in listed)  # it is there


def test_a_tool_in_two_moments_counts_two_sessions_one_cycle_and_its_group_once(
    cli: Any, journal_store: Path | str, tmp_path: Path
) -> None:
    """Five « audace up ! » cycles in November, each with its report-back: ten sessions (each
    meeting, with its hours), five cycles, and each group's people once (issue 14, item 7)."""
    for day in range(1, 6):
        first = cli("journal", "add", "audace-up", "--date", f"2026-11-0{day}", "-p", "8",
                    "--minutes", "90", "--outcome", "report_back=2026-11-20")  # fmt: skip
        assert first.exit_code == 0, first
        back = cli("journal", "add", "audace-up", "--moment", "report-back", "--follows",
                   first.stdout.strip()[:8], "--date", f"2026-11-2{day}", "-p", "7",
                   "--minutes", "30")  # fmt: skip
        assert back.exit_code == 0, back
    folder = tmp_path / "publication"
    assert cli("opendata", "-o", str(folder)).exit_code == 0
    (row,) = _rows(folder, "activity.csv")
    assert (row["tool"], row["sessions"], row["cycles"]) == ("audace-up", "10", "5")
    assert row["participants"] == "40"  # 5 groups of 8, not 8 + 7 each
    assert row["hours_recorded"] == "10.0"  # every moment's time: 5 × (90 + 30) minutes
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert "compte une séance par moment" in descriptor["description"]
    assert "counts a session per moment" in descriptor["description"]


def test_the_summary_counts_in_the_singular_and_the_plural(cli: Any, tmp_path: Path) -> None:
    """« 1 regroupement …, dont 1 masqué », not « dont 1 masqués »: French counts 0 and 1 in
    the singular, English only 1."""
    said = cli("--lang", "fr", "opendata", "-o", str(tmp_path / "fr")).stderr
    assert (
        "0 ligne d’activité pour 0 séance (0 regroupement de petits effectifs, dont 0 masqué)"
        in (" ".join(said.split()))
    )
    said = cli("--lang", "en", "opendata", "-o", str(tmp_path / "en")).stderr
    assert (
        "0 activity rows for 0 sessions (0 merged rows of small numbers, 0 of them suppressed)"
        in (" ".join(said.split()))
    )
