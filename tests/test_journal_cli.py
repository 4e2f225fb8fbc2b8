"""The ``journal`` commands as a facilitator uses them, and every bad input: one clear sentence,
the right exit code, no traceback, and a journal left exactly as it was."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from innovkit.journal import SCHEMA_VERSION, Journal
from innovkit.records import Action, Session

DATA = Path(__file__).parent / "data" / "journal"


@pytest.fixture(autouse=True)
def test_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INNOVKIT_CARDS", str(DATA / "cards"))


@pytest.fixture
def journal_path(innovkit_home: Path) -> Path:
    return innovkit_home / "data" / "journal.sqlite3"


def add(cli: Callable, *args: str) -> str:
    result = cli("journal", "add", "atelier-test", "--outcome", "defi=Oser", *args)
    assert result.exit_code == 0, result
    return result.stdout.strip()


def snapshot(path: Path) -> dict[str, bytes]:
    """Every file of the journal's folder with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


def assert_refused(result, code: int, *words: str) -> None:
    assert result.exit_code == code, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], result


# --------------------------------------------------------------------------- add, list, show


def test_add_prints_the_id_and_nothing_else(cli: Callable, journal_path: Path) -> None:
    result = cli(
        "journal",
        "add",
        "atelier",
        "--date",
        "2026-11-03",
        "--start",
        "14:00",
        "--minutes",
        "50",
        "--facilitator",
        "Claire Martin",
        "--participants",
        "12",
        "--service",
        "DRH",
        "--service",
        "Culture",
        "--satisfaction",
        "4",
        "--idea",
        "Un mur des défis",
        "--decision",
        "Refaire en janvier",
        "--action",
        "Afficher le mur; Claire; 2026-11-20",
        "--outcome",
        "defi=Parler en premier",
        "--outcome",
        "resultat=En partie",
        "--note",
        "Belle énergie",
        "--tag",
        "pilote",
    )
    assert result.exit_code == 0, result
    ident = result.stdout.strip()
    assert len(ident) == 36 and result.stdout == ident + "\n"
    assert "Session recorded: « atelier test », 3 November 2026" in result.stderr
    with Journal(journal_path) as journal:
        session = journal.get(ident)
    assert session.outcomes == {"defi": "Parler en premier", "resultat": "en_partie"}
    assert (session.planned_minutes, session.actual_minutes) == (45, 50)
    assert session.actions[0].due == date(2026, 11, 20)


def test_add_without_a_terminal_never_asks(cli: Callable, journal_path: Path) -> None:
    result = cli("journal", "add", "atelier-test", input="should not be read\n")
    assert result.exit_code == 0, result
    # The required outcome is missing: said once, with the command that adds it.
    assert "the outcome “Défi relevé” is not recorded yet" in result.stderr
    assert "--outcome defi=" in result.stderr
    with Journal(journal_path) as journal:
        assert journal.get(result.stdout.strip()).date == date.today()


def test_list_and_filters(cli: Callable) -> None:
    add(cli, "-d", "2026-10-30", "-f", "Paul")
    add(cli, "-d", "2026-11-03", "-f", "Claire", "-t", "pilote")
    add(cli, "-d", "2026-11-20", "-f", "Zoé", "--co-facilitator", "Claire")
    listed = cli("journal", "list", "--month", "2026-11")
    assert listed.exit_code == 0
    lines = listed.stdout.splitlines()
    assert lines[0].split()[:3] == ["ID", "Date", "Time"]
    assert [line.split()[1] for line in lines[1:]] == ["2026-11-03", "2026-11-20"]
    assert "Sessions: 2." in listed.stderr

    def dates(*args: str) -> list[str]:
        result = cli("journal", "list", "--json", *args)
        assert result.exit_code == 0, result
        return [s["date"] for s in json.loads(result.stdout)]

    assert dates() == ["2026-10-30", "2026-11-03", "2026-11-20"]
    assert dates("--facilitator", "claire") == ["2026-11-03", "2026-11-20"]
    assert dates("--tag", "PILOTE") == ["2026-11-03"]
    assert dates("--from", "2026-11-01", "--to", "2026-11-10") == ["2026-11-03"]
    assert dates("--lever", "audace", "--tool", "atelier") == dates()
    assert dates("--month", "2025-01") == []
    french = cli("--lang", "fr", "journal", "list")
    assert french.stdout.splitlines()[0].split()[:3] == ["ID", "Date", "Heure"]
    assert "Séances\u00a0: 3." in french.stderr


def test_show_by_prefix_in_both_forms(cli: Callable) -> None:
    ident = add(cli, "-d", "2026-11-03", "-p", "7", "--outcome", "binomes=3")
    shown = cli("journal", "show", ident[:6], "--lang", "fr")
    assert shown.exit_code == 0, shown
    assert shown.stdout.startswith(f"Séance {ident}\n")
    assert "Date\u00a0: 3 novembre 2026" in shown.stdout
    assert "Binômes formés\u00a0: 3" in shown.stdout
    data = json.loads(cli("journal", "show", ident[:8], "--json").stdout)
    assert data["id"] == ident and data["participants"] == 7
    assert data["outcomes"] == {"defi": "Oser", "binomes": 3}


# --------------------------------------------------------------------------- edit, delete


def test_edit(cli: Callable, journal_path: Path) -> None:
    ident = add(cli, "-p", "12", "--idea", "Une", "-a", "Garder; Paul")
    result = cli(
        "journal",
        "edit",
        ident[:8],
        "-p",
        "10",
        "--idea",
        "Deux",
        "-a",
        "Nouvelle",
        "--outcome",
        "defi=",
    )
    assert result.exit_code == 0, result
    assert "participants" in result.stderr and "ideas" in result.stderr
    with Journal(journal_path) as journal:
        session = journal.get(ident)
    assert session.participants == 10 and session.ideas == ["Deux"]
    assert [a.text for a in session.actions] == ["Garder", "Nouvelle"]
    assert session.outcomes == {}
    before = snapshot(journal_path)
    assert_refused(cli("journal", "edit", ident[:8]), 2, "Nothing to change")
    assert snapshot(journal_path) == before
    same = cli("journal", "edit", ident[:8], "-p", "10")
    assert same.exit_code == 0 and "nothing changed" in same.stderr
    assert snapshot(journal_path) == before


def test_delete_needs_a_yes_without_a_terminal(cli: Callable, journal_path: Path) -> None:
    ident = add(cli)
    before = snapshot(journal_path)
    assert_refused(
        cli("journal", "delete", ident[:8], input="y\n"), 2, "--yes", "Nothing was deleted"
    )
    assert snapshot(journal_path) == before
    done = cli("journal", "delete", ident[:8], "--yes")
    assert done.exit_code == 0, done
    assert "Session deleted" in done.stderr
    with Journal(journal_path) as journal:
        assert journal.count() == 0


# --------------------------------------------------------------------------- actions


def test_actions_follow_up(cli: Callable) -> None:
    past = (date.today() - timedelta(days=3)).isoformat()
    future = (date.today() + timedelta(days=30)).isoformat()
    add(cli, "-a", f"En retard; Paul; {past}", "-a", f"Plus tard; Zoé; {future}", "-a", "Sans date")
    listed = cli("journal", "actions", "--overdue")
    assert listed.exit_code == 0
    assert len(listed.stdout.splitlines()) == 2  # header and one action
    assert "En retard" in listed.stdout and "OVERDUE" in listed.stdout
    data = json.loads(cli("journal", "actions", "--open", "--json").stdout)
    assert [(a["text"], a["overdue"]) for a in data] == [
        ("En retard", True),
        ("Plus tard", False),
        ("Sans date", False),
    ]
    done = cli("journal", "action-done", data[0]["id"][:8])
    assert done.exit_code == 0 and "Action done: En retard" in done.stderr
    assert cli("journal", "actions", "--overdue").stdout == ""
    assert [a["status"] for a in json.loads(cli("journal", "actions", "--json").stdout)] == [
        "done",
        "open",
        "open",
    ]


# --------------------------------------------------------------------------- export, import


def test_export_report_and_files(cli: Callable, tmp_path: Path) -> None:
    add(cli, "-d", "2026-11-03", "-p", "12", "--note", "<script>x</script>")
    report = cli("journal", "export", "--month", "2026-11", "--lang", "fr")
    assert report.exit_code == 0, report
    assert report.stdout.startswith("# Innovation organisationnelle — rapport de novembre 2026")
    assert "Période\u00a0: novembre 2026\u00a0; séances\u00a0: 1." in report.stderr
    target = tmp_path / "rapport.html"
    written = cli("journal", "export", "--month", "2026-11", "-o", str(target))
    assert written.exit_code == 0 and written.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "&lt;script&gt;x&lt;/script&gt;" in target.read_text(encoding="utf-8")
    data = tmp_path / "all.json"
    assert cli("journal", "export", "--all", "--format", "json", "-o", str(data)).exit_code == 0
    assert oct(data.stat().st_mode & 0o777) == "0o600"
    csv_text = cli("journal", "export", "--all", "--format", "csv").stdout
    assert csv_text.splitlines()[0].startswith("id,date,start,tool,lever")


def test_import_merges_and_reports_counts(cli: Callable, journal_path: Path) -> None:
    fixture = str(DATA / "fixture-export.json")
    dry = cli("journal", "import", fixture, "--dry-run")
    assert dry.exit_code == 0 and "to add: 9" in dry.stderr
    assert not journal_path.exists() or Journal(journal_path).count() == 0
    first = cli("journal", "import", fixture)
    assert first.exit_code == 0 and "added: 9" in first.stderr
    second = cli("--lang", "fr", "journal", "import", fixture)
    assert "ajoutées\u00a0: 0" in second.stderr and "déjà présentes\u00a0: 9" in second.stderr
    with Journal(journal_path) as journal:
        assert journal.count() == 9


def test_help_of_every_command(cli: Callable) -> None:
    for command in ("add", "list", "show", "edit", "delete", "actions", "action-done", "export"):
        result = cli("journal", command, "--help")
        assert result.exit_code == 0 and "Usage" in result.stdout, command
    french = cli("--lang", "fr", "journal", "--help")
    assert "Le journal des séances" in french.stdout


# --------------------------------------------------------------------------- bad input

BAD_ADDS = [
    (["--date", "2026-02-30"], "February 2026 has only 28 days"),
    (["--start", "25:00"], "is not a time"),
    (["--satisfaction", "9"], "from 1 to 5"),
    (["--participants", "-3"], "at least 1"),
    (["--outcome", "inconnu=3"], "has no outcome “inconnu”"),
    (["--outcome", "energie=7"], "from 1 to 5"),
    (["--action", "; Paul; 2026-12-01"], "is not an action"),
    (["--minutes", "beaucoup"], "will not do"),
    (["--variant", "nocturne"], "nocturne"),
]


@pytest.mark.parametrize(("args", "words"), BAD_ADDS)
def test_bad_values_for_add(cli: Callable, journal_path: Path, args: list[str], words: str) -> None:
    add(cli)  # a journal with one session in it
    before = snapshot(journal_path)
    assert_refused(cli("journal", "add", "atelier-test", *args), 2, words)
    assert snapshot(journal_path) == before


def test_unknown_tool(cli: Callable, journal_path: Path) -> None:
    add(cli)
    before = snapshot(journal_path)
    assert_refused(cli("journal", "add", "atelierr-tset"), 2, "Did you mean")
    assert snapshot(journal_path) == before


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["list", "--month", "2026-13"], 2, "from 01 to 12"),
        (["export", "--month", "2026-13"], 2, "from 01 to 12"),
        (["export", "--month", "2026-11", "--all"], 2, "one period only"),
        (["list", "--from", "2026-12-01", "--to", "2026-11-01"], 2, "before the end date"),
        (["export", "--format", "pdf"], 2, "“pdf” is not available"),
        (["show", "nothing"], 2, "No session has the id"),
        (["action-done", "ffff"], 2, "No action has the id"),
    ],
)
def test_bad_options(
    cli: Callable, journal_path: Path, args: list[str], code: int, words: str
) -> None:
    add(cli)
    before = snapshot(journal_path)
    assert_refused(cli("journal", *args), code, words)
    assert snapshot(journal_path) == before


def test_ambiguous_prefix(cli: Callable, journal_path: Path) -> None:
    with Journal(journal_path) as journal:
        for n in (1, 2):
            journal.add(
                Session(
                    id=f"abc{n}0000-0000-4000-8000-00000000000{n}",
                    tool="atelier-test",
                    lever="audace",
                    date=date(2026, 11, n),
                    actions=[Action(f"abc{n}a000-0000-4000-8000-00000000000{n}", "Faire")],
                )
            )
    before = snapshot(journal_path)
    for command in ("show", "edit", "delete"):
        extra = ["-p", "3"] if command == "edit" else ["--yes"] if command == "delete" else []
        assert_refused(
            cli("journal", command, "abc", *extra), 2, "Several sessions start with “abc”"
        )
    assert_refused(cli("journal", "action-done", "abc"), 2, "Several actions start with “abc”")
    assert snapshot(journal_path) == before


def test_output_file_that_exists(cli: Callable, journal_path: Path, tmp_path: Path) -> None:
    add(cli, "-d", "2026-11-03")
    target = tmp_path / "rapport.md"
    target.write_text("le rapport d’octobre, à garder\n", encoding="utf-8")
    before = snapshot(journal_path)
    assert_refused(
        cli("journal", "export", "--month", "2026-11", "-o", str(target)), 2, "already exists"
    )
    assert target.read_text(encoding="utf-8") == "le rapport d’octobre, à garder\n"
    assert snapshot(journal_path) == before
    replaced = cli("journal", "export", "--month", "2026-11", "-o", str(target), "--force")
    assert replaced.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# ")


def test_output_folder_that_cannot_be_written(
    cli: Callable, journal_path: Path, tmp_path: Path
) -> None:
    add(cli, "-d", "2026-11-03")
    before = snapshot(journal_path)
    if os.geteuid() == 0:
        folder = Path("/proc")  # even root cannot create files there
        if not folder.is_dir():
            pytest.skip("no read-only folder to try")
    else:
        folder = tmp_path / "read-only"
        folder.mkdir(mode=0o500)
    result = cli("journal", "export", "--month", "2026-11", "-o", str(folder / "rapport.md"))
    assert_refused(result, 2, "Cannot write in the folder")
    assert snapshot(journal_path) == before
    missing = cli("journal", "export", "-o", str(tmp_path / "nowhere" / "rapport.md"))
    assert_refused(missing, 2, "does not exist")


def test_a_journal_file_that_is_not_sqlite(cli: Callable, tmp_path: Path) -> None:
    notes = tmp_path / "mine" / "notes.txt"
    notes.parent.mkdir()
    notes.write_text("Ceci est un compte rendu, pas un journal.\n", encoding="utf-8")
    env = {"INNOVKIT_JOURNAL": str(notes)}
    for args in (["list"], ["add", "atelier-test"], ["export", "--all"]):
        assert_refused(cli("journal", *args, env=env), 2, "is not an innovkit journal")
    assert notes.read_text(encoding="utf-8") == "Ceci est un compte rendu, pas un journal.\n"
    assert sorted(p.name for p in notes.parent.iterdir()) == ["notes.txt"]


def test_a_journal_from_a_newer_innovkit(cli: Callable, journal_path: Path) -> None:
    add(cli)
    db = sqlite3.connect(journal_path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = snapshot(journal_path)
    assert_refused(cli("journal", "list"), 1, "newer version of innovkit", "Update innovkit")
    assert_refused(cli("journal", "add", "atelier-test"), 1, "newer version of innovkit")
    assert snapshot(journal_path) == before


@pytest.mark.parametrize(
    "content",
    [
        b"id,date\n1,2026-11-03\n",
        b'{"sessions": []}',
        b'{"format": "innovkit-journal", "version": 1, "sessions": [{"id": "x"}]}',
    ],
)
def test_an_import_file_that_is_not_an_export(
    cli: Callable, journal_path: Path, tmp_path: Path, content: bytes
) -> None:
    add(cli)
    before = snapshot(journal_path)
    file = tmp_path / "autre.json"
    file.write_bytes(content)
    result = cli("journal", "import", str(file))
    assert_refused(result, 2, str(file))
    assert snapshot(journal_path) == before


def test_an_import_file_that_is_missing(cli: Callable, tmp_path: Path) -> None:
    assert_refused(cli("journal", "import", str(tmp_path / "absent.json")), 2, "does not exist")


def test_bad_input_in_french(cli: Callable) -> None:
    result = cli("--lang", "fr", "journal", "add", "atelier-test", "--satisfaction", "9")
    assert_refused(result, 2)
    assert result.stderr.strip().endswith(
        ": La satisfaction se note de 1 à 5\u00a0: «\u00a09\u00a0» ne convient pas."
    )
