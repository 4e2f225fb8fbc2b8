"""The journal's CSV as a spreadsheet user opens it: read back with Python's csv module as
Excel reads it (French: BOM and « ; »), one column per common field and per tool outcome,
values in the export's language, local times, and the actions in a file of their own."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from innovkit.cards.catalogue import load_catalogue
from innovkit.journal.records import Action, Session
from innovkit.journal.spreadsheet import Names, actions_csv, actions_path, sessions_csv


@pytest.fixture(autouse=True)
def journal_path(journal_store: Path | str) -> Path | str:
    """Every test of this file on the SQLite file, then on PostgreSQL (``conftest``)."""
    return journal_store


def excel_rows(raw: bytes, lang: str) -> list[dict[str, str]]:
    """The rows as Excel reads the file: the BOM says UTF-8, the separator is the language's."""
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    return list(
        csv.DictReader(io.StringIO(text, newline=""), delimiter=";" if lang == "fr" else ",")
    )


def add_audace(cli: Callable) -> None:
    done = cli(
        "journal", "add", "audace-up", "-d", "2026-11-03", "--start", "14:00",
        "-f", "Camille Martin", "-p", "12", "-s", "Santé", "-s", "DRH", "--setting", "en salle",
        "--outcome", "dares=Parler en réunion=fait; Dire non=adapté; Oser proposer",
        "--outcome", "zone=stretch", "--outcome", "buddy_pairs=2,5",
        "--outcome", "report_back=2026-11-24",
        "--idea", "Un café mensuel", "--idea", "=1+2",
        "--action", "Envoyer le compte rendu; Camille; 2026-11-10",
        "--action", "Réserver la salle",
        "--no-input",
    )  # fmt: skip
    assert done.exit_code == 0, done
    silence = cli(
        "journal", "add", "point-silence", "-d", "2026-11-05", "--minutes", "25",
        "--outcome", "silence_minutes=10", "--outcome", "place=room", "--no-input",
    )  # fmt: skip
    assert silence.exit_code == 0, silence


def test_french_csv_reads_as_french_with_a_column_per_outcome(
    cli: Callable, tmp_path: Path
) -> None:
    add_audace(cli)
    target = tmp_path / "séances.csv"
    done = cli("journal", "export", "--all", "--format", "csv", "--lang", "fr", "-o", str(target))
    assert done.exit_code == 0, done
    assert target.read_bytes().startswith("\ufeffDate;Début;Outil;Levier;".encode())
    audace, silence = excel_rows(target.read_bytes(), "fr")
    assert audace["Date"] == "03/11/2026" and audace["Début"] == "14:00"
    assert audace["Outil"] == "«\u00a0audace up\u202f!\u00a0»" and audace["Levier"] == "l’audace"
    assert audace["Lieu"] == "en salle"  # not « indoor »
    assert audace["Services"] == "Santé ; DRH"
    # The tool's outcomes: one column each, in words, items counted per status, a decimal comma.
    assert audace["Défis dits à voix haute"] == (
        "Parler en réunion (Fait) ; Dire non (Adapté) ; Oser proposer (Annoncé)"
    )
    counts = {k: v for k, v in audace.items() if k.startswith("Défis dits à voix haute\u00a0: ")}
    assert [v for v in counts.values()] == ["1", "1", "1", "0", "0"]  # announced, done, adapted…
    assert list(counts)[1] == "Défis dits à voix haute\u00a0: Fait"
    assert audace["Nombre de binômes"] == "2,5"
    assert audace["Date du point d’étape"] == "24/11/2026"
    assert audace["Idées (nombre)"] == "2" and audace["Idées"] == "Un café mensuel ; =1+2"
    assert audace["Actions"] == "3"  # two typed, and the report-back date as an action
    assert "{" not in "".join(audace.values())  # never a raw JSON cell
    # Planned and actual minutes apart: nothing recorded stays empty.
    # planned for the session's 12 people: « say it » takes 2 min + 45 s each
    assert (audace["Durée prévue (min)"], audace["Durée réelle (min)"]) == ("46", "")
    assert (silence["Durée réelle (min)"], silence["Durée du silence (minutes)"]) == ("25", "10")
    # The tool's « Lieu » and the session's are two columns, told apart.
    assert silence["Lieu («\u00a0point silence\u00a0»)"] == "En salle"
    assert silence["Défis dits à voix haute"] == ""
    assert list(audace)[-1] == "Identifiant"


def test_actions_go_beside_with_status_owner_and_due(cli: Callable, tmp_path: Path) -> None:
    add_audace(cli)
    target = tmp_path / "novembre.csv"
    done = cli("journal", "export", "--all", "--format", "csv", "--lang", "fr", "-o", str(target))
    assert done.exit_code == 0, done
    beside = tmp_path / "novembre-actions.csv"
    assert str(beside) in done.stderr
    sent, booked, follow_up = excel_rows(beside.read_bytes(), "fr")
    sessions = excel_rows(target.read_bytes(), "fr")
    assert sent == {
        "Date": "03/11/2026",
        "Outil": "«\u00a0audace up\u202f!\u00a0»",
        "Action": "Envoyer le compte rendu",
        "Responsable": "Camille",
        "Échéance": "10/11/2026",
        "État": "à faire",
        "Faite le": "",
        "Séance": sessions[0]["Identifiant"],
    }
    assert (booked["Responsable"], booked["Échéance"]) == ("", "")
    # The card's report-back date became an action, owned by the facilitator.
    assert (follow_up["Responsable"], follow_up["Échéance"]) == ("Camille Martin", "24/11/2026")
    # In English, by --actions, while the sessions go to the screen.
    chosen = tmp_path / "todo.csv"
    english = cli("journal", "export", "--all", "--format", "csv", "--actions", str(chosen))
    assert english.exit_code == 0, english
    assert english.stdout.startswith("\ufeffDate,Start,Tool,Lever")
    first = excel_rows(chosen.read_bytes(), "en")[0]
    assert (first["Status"], first["Due"], first["Owner"]) == ("open", "2026-11-10", "Camille")


def test_actions_file_refused_before_anything_is_written(cli: Callable, tmp_path: Path) -> None:
    add_audace(cli)
    target = tmp_path / "s.csv"
    (tmp_path / "s-actions.csv").write_text("mine", encoding="utf-8")
    refused = cli("journal", "export", "--all", "--format", "csv", "-o", str(target))
    assert refused.exit_code == 2 and not target.exists()
    assert (tmp_path / "s-actions.csv").read_text(encoding="utf-8") == "mine"
    wrong = cli("journal", "export", "--all", "--format", "json", "--actions", "a.csv")
    assert wrong.exit_code == 2 and "--format csv" in wrong.stderr
    assert "Traceback" not in wrong.stderr


def test_recorded_times_are_local_not_utc() -> None:
    catalogue = load_catalogue()
    stored = datetime(2026, 11, 3, 23, 30, tzinfo=UTC)
    session = Session(
        tool="point-silence", lever="bien-etre", date=stored.date(), created_at=stored,
        updated_at=stored + timedelta(minutes=5),
        actions=[Action(id="a1", text="Rappeler", status="done")],
    )  # fmt: skip
    paris = timezone(timedelta(hours=1))
    names = Names("fr", catalogue.tools, catalogue.levers, zone=paris)
    (row,) = excel_rows(sessions_csv([session], names).encode("utf-8"), "fr")
    assert (row["Enregistrée le"], row["Modifiée le"]) == ("04/11/2026 00:30", "04/11/2026 00:35")
    english = Names("en", catalogue.tools, catalogue.levers, zone=paris)
    (row,) = excel_rows(sessions_csv([session], english).encode("utf-8"), "en")
    assert row["Recorded"] == "2026-11-04 00:30"
    (action,) = excel_rows(actions_csv([session], english).encode("utf-8"), "en")
    assert action["Status"] == "done"


@pytest.mark.parametrize(
    ("given", "beside"),
    [("séances.csv", "séances-actions.csv"), ("export", "export-actions.csv")],
)
def test_actions_path(given: str, beside: str, tmp_path: Path) -> None:
    assert actions_path(tmp_path / given) == tmp_path / beside
