"""The ``journal`` commands as a facilitator uses them, and every bad input: one clear sentence,
the right exit code, no traceback, and a journal left exactly as it was."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from innovkit.journal.records import Action, Session
from innovkit.journal.store import SCHEMA_VERSION, Journal
from journal_state import is_empty, snapshot

DATA = Path(__file__).parent / "data" / "journal"


@pytest.fixture(autouse=True)
def test_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INNOVKIT_CARDS", str(DATA / "cards"))


@pytest.fixture(autouse=True)
def journal_path(journal_store: Path | str) -> Path | str:
    """The journal every command of this file uses: the SQLite file, then a PostgreSQL
    database (``conftest.journal_store``)."""
    return journal_store


def add(cli: Callable, *args: str) -> str:
    result = cli("journal", "add", "atelier-test", "--outcome", "defi=Oser", *args)
    assert result.exit_code == 0, result
    return result.stdout.strip()


def help_text(lang: str, command: str) -> str:
    """``innovkit journal COMMAND --help`` in ``lang``, on one line. In a process of its own, as
    a facilitator runs it: help texts are read once per process."""
    env = {**os.environ, "INNOVKIT_LANG": lang, "COLUMNS": "200"}
    done = subprocess.run(
        [sys.executable, "-m", "innovkit", "journal", command, "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    return re.sub(r"[ \n]+", " ", done.stdout)


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
    assert "2 sessions found." in listed.stderr

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
    assert "3 séances trouvées." in french.stderr


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
    assert "Période\u00a0: novembre 2026\u00a0; 1 séance." in report.stderr
    target = tmp_path / "rapport.html"
    written = cli("journal", "export", "--month", "2026-11", "-o", str(target))
    assert written.exit_code == 0 and written.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "&lt;script&gt;x&lt;/script&gt;" in target.read_text(encoding="utf-8")
    data = tmp_path / "all.json"
    assert cli("journal", "export", "--all", "--format", "json", "-o", str(data)).exit_code == 0
    assert oct(data.stat().st_mode & 0o777) == "0o600"
    csv_text = cli("journal", "export", "--all", "--format", "csv").stdout
    assert csv_text.splitlines()[0].startswith("\ufeffDate,Start,Tool,Lever")


def test_import_merges_and_reports_counts(cli: Callable, journal_path: Path) -> None:
    fixture = str(DATA / "fixture-export.json")
    dry = cli("journal", "import", fixture, "--dry-run")
    assert dry.exit_code == 0 and "9 sessions to add, 0 to update" in dry.stderr
    assert is_empty(journal_path)
    first = cli("journal", "import", fixture)
    assert first.exit_code == 0 and "9 sessions added, 0 updated" in first.stderr
    second = cli("--lang", "fr", "journal", "import", fixture)
    assert second.stderr.strip() == (
        "Import terminé\u00a0: 0 séance ajoutée, 0 mise à jour, 9 déjà présentes, "
        "0 gardée car plus récente ici."
    )
    with Journal(journal_path) as journal:
        assert journal.count() == 9


def test_import_of_a_session_given_a_new_id_is_refused(
    cli: Callable, journal_path: Path, tmp_path: Path
) -> None:
    ident = add(cli, "--action", "Écrire le compte rendu")
    exported = tmp_path / "export.json"
    assert cli("journal", "export", "--all", "--format", "json", "-o", str(exported)).exit_code == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    copy = document["sessions"][0]
    assert copy["id"] == ident and copy["actions"]
    copy["id"] = "00000000-0000-4000-8000-0000000000aa"  # a new session id, the same action ids
    exported.write_text(json.dumps(document), encoding="utf-8")
    before = snapshot(journal_path)
    for args in ([], ["--dry-run"]):
        result = cli("journal", "import", str(exported), *args)
        assert_refused(result, 2, copy["id"], ident, "Nothing was recorded")
        assert "damaged" not in result.stderr
    assert snapshot(journal_path) == before


@pytest.mark.parametrize(
    ("words", "cword", "expected"),
    [
        ("innovkit journal add atel", "3", ["atelier-test"]),
        ("innovkit journal list --tool atel", "4", ["atelier-test"]),
        ("innovkit journal list --lever aud", "4", ["audace"]),
        ("innovkit journal list -l aud", "4", ["audace"]),
        ("innovkit journal add zz", "3", []),
    ],
)
def test_shell_completion_offers_tool_and_lever_ids(
    words: str, cword: str, expected: list[str]
) -> None:
    env = {
        **os.environ,  # with INNOVKIT_CARDS pointing at the test cards
        "_INNOVKIT_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": cword,
    }
    result = subprocess.run(
        [sys.executable, "-m", "innovkit"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert result.stdout.split() == expected, result


def test_help_of_every_command(cli: Callable) -> None:
    for command in ("add", "list", "show", "edit", "delete", "actions", "action-done", "export"):
        result = cli("journal", command, "--help")
        assert result.exit_code == 0 and "Usage" in result.stdout, command
    french = cli("--lang", "fr", "journal", "--help")
    assert "Le journal des séances" in french.stdout


def test_csv_opens_in_french_and_english_excel(cli: Callable, tmp_path: Path) -> None:
    add(cli, "-d", "2026-11-03", "-f", "Zoé Müller", "--idea", "=1+2", "-s", "Santé", "-s", "DRH")
    french = tmp_path / "séances.csv"
    done = cli("journal", "export", "--all", "--format", "csv", "--lang", "fr", "-o", str(french))
    assert done.exit_code == 0, done
    raw = french.read_bytes()
    assert raw.startswith("\ufeffDate;Début;Outil;Levier;".encode())  # the BOM, then « ; »
    with french.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle, delimiter=";"))
    assert (row["Date"], row["Début"], row["Animation"]) == ("03/11/2026", "", "Zoé Müller")
    assert row["Services"] == "Santé ; DRH"  # the lists' « ; » stay inside their cell
    assert row["Idées"] == "'=1+2"  # still never a formula
    english = cli("journal", "export", "--all", "--format", "csv", "--lang", "en")
    assert english.stdout.startswith("\ufeffDate,Start,Tool,")
    (row,) = list(csv.DictReader(io.StringIO(english.stdout.removeprefix("\ufeff"))))
    assert (row["Facilitation"], row["Ideas"]) == ("Zoé Müller", "'=1+2")
    # Without --lang, the language rule decides (here INNOVKIT_LANG).
    ruled = cli("journal", "export", "--all", "--format", "csv", env={"INNOVKIT_LANG": "fr"})
    assert ruled.stdout.startswith("\ufeffDate;Début;")
    for lang, separator in (("fr", "«\u00a0;\u00a0»"), ("en", "“;”")):
        helped = help_text(lang, "export")
        assert f"{separator} en français" in helped or f"{separator} in French" in helped
        assert "BOM" in helped, helped


@pytest.fixture
def at_terminal(monkeypatch: pytest.MonkeyPatch) -> Callable:
    """Run ``innovkit`` as if a person were at the terminal, typing ``keys`` (``\\r`` is
    Enter, ``\\x03`` Ctrl-C) into the questions of ``innovkit.cli.ask``."""
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from innovkit.cli import ask
    from innovkit.cli.journal import common

    monkeypatch.setattr(common, "interactive", lambda no_input=False: not no_input)

    def typing(cli: Callable, keys: str, *args: str) -> Any:
        with create_pipe_input() as pipe, ask.talking_to(pipe, DummyOutput()):
            pipe.send_text(keys)
            return cli(*args)

    return typing


# The answers to atelier-test's questions, in their order, when -p was given.
ANSWERS = [
    ("Facilitator", "Claire Martin\r"),
    ("Co-facilitators", "\r"),
    ("Services involved", "DRH\rCulture\r\r"),
    ("Setting", "\r"),  # the card's one setting, offered: Enter takes it
    ("Group satisfaction", "9\r4\r"),  # refused, said, asked again
    ("Défi relevé", "\rParler en premier\r"),  # required: an empty answer is refused
    ("Pistes retenues", "Une\rDeux\r\r"),
    ("Binômes formés", "\r"),
    ("Énergie du groupe", "\r"),
    ("Date du retour", "\r"),
    ("Résultat", "2\r"),  # by its number
    ("Ideas", "Un mur des défis\r\r"),
    ("Decisions", "\r"),
    ("Follow-up actions", "Afficher le mur; Claire; 2026-11-20\r\r"),
    ("Notes", "Belle énergie\r"),
    ("Tags", "\r"),
]


def test_a_required_answer_not_known_now_is_left_for_later_with_enter_twice(
    cli: Callable, journal_path: Path, at_terminal: Callable
) -> None:
    """Enter on a required outcome is refused once, with the way out; Enter again leaves it
    for later, said when the session is recorded (as with --no-input): nothing typed before
    it is lost to a question the facilitator cannot answer now."""
    keys = "".join("\r\r" if label == "Défi relevé" else typed for label, typed in ANSWERS)
    args = ("journal", "add", "atelier-test", "-d", "2026-11-03", "-p", "12", "--lang", "en")
    done = at_terminal(cli, keys, *args)
    assert done.exit_code == 0, done
    said = " ".join(done.stderr.split())
    assert "type it, or press Enter again to record it later" in said
    assert "“Défi relevé” is not recorded yet" in said
    with Journal(journal_path) as journal:
        (session,) = journal.sessions()
    assert "defi" not in session.outcomes and session.services == ["DRH", "Culture"]


def test_add_at_a_terminal_asks_what_is_missing_and_asks_again_when_refused(
    cli: Callable, journal_path: Path, at_terminal: Callable
) -> None:
    keys = "".join(typed for _, typed in ANSWERS)
    args = ("journal", "add", "atelier-test", "-d", "2026-11-03", "-p", "12", "--lang", "en")
    done = at_terminal(cli, keys, *args)
    assert done.exit_code == 0, done
    said = done.stderr.splitlines()
    labels = [label for label, _ in ANSWERS]
    assert [line for line in said if line in labels] == labels
    assert "Satisfaction is a mark from 1 to 5: “9” will not do." in said
    assert "This answer is expected for this tool: type it, or press Enter again" in " ".join(
        done.stderr.split()
    )
    with Journal(journal_path) as journal:
        (session,) = journal.sessions()
    assert done.stdout.strip() == session.id
    assert (session.satisfaction, session.participants, session.setting) == (4, 12, "indoor")
    assert session.facilitator == "Claire Martin"
    assert session.services == ["DRH", "Culture"]
    assert session.outcomes == {
        "defi": "Parler en premier",
        "pistes": ["Une", "Deux"],
        "resultat": "en_partie",
    }
    assert session.ideas == ["Un mur des défis"] and session.decisions == []
    assert [(a.text, a.owner) for a in session.actions] == [("Afficher le mur", "Claire")]
    assert session.notes == "Belle énergie"


@pytest.mark.parametrize("keys", ["\x03", "Claire\rNicolas\x03"])
def test_ctrl_c_at_a_question_says_nothing_was_recorded(
    cli: Callable, journal_path: Path, at_terminal: Callable, keys: str
) -> None:
    for lang, sentence in (
        ("en", "Interrupted: nothing was recorded in the journal."),
        ("fr", "Interrompu\u00a0: rien n’a été enregistré dans le journal."),
    ):
        args = ("journal", "add", "atelier-test", "-d", "2026-11-03", "-p", "3", "--lang", lang)
        result = at_terminal(cli, keys, *args)
        assert result.exit_code == 130, result
        assert result.stderr.strip().splitlines()[-1] == sentence and result.stdout == ""
        assert "Traceback" not in result.stderr
    assert is_empty(journal_path)


def test_delete_at_a_terminal_asks_first_and_enter_keeps(
    cli: Callable, journal_path: Path, at_terminal: Callable
) -> None:
    ident = add(cli, "-d", "2026-11-03", "--no-input")
    kept = at_terminal(cli, "\r", "journal", "delete", ident[:8], "--lang", "fr")
    assert kept.exit_code == 0, kept
    assert "Supprimer définitivement la séance" in kept.stderr
    assert "Rien n’a été supprimé" in kept.stderr
    stopped = at_terminal(cli, "\x03", "journal", "delete", ident[:8])
    assert stopped.exit_code == 130, stopped
    with Journal(journal_path) as journal:
        assert journal.count() == 1
    gone = at_terminal(cli, "3\r2\r", "journal", "delete", ident[:8], "--lang", "en")
    assert gone.exit_code == 0, gone
    assert "is not in the list" in gone.stderr and "Session deleted" in gone.stderr
    with Journal(journal_path) as journal:
        assert journal.count() == 0


def test_counts_are_words_in_the_singular_and_the_plural(cli: Callable) -> None:
    past = (date.today() - timedelta(days=3)).isoformat()
    add(cli, "-d", "2026-11-03", "-a", f"Appeler; Paul; {past}")

    def said(*args: str) -> str:
        result = cli("journal", *args)
        assert result.exit_code == 0, result
        assert "(s)" not in result.stderr
        return result.stderr.strip()

    assert said("list", "--lang", "fr") == "1 séance trouvée."
    assert said("list", "--lang", "en") == "1 session found."
    assert said("actions", "--lang", "fr") == "1 action\u00a0; 1 en retard."
    assert said("actions", "--lang", "en") == "1 action; 1 overdue."
    add(cli, "-d", "2026-11-20", "-a", "Sans date", "-a", "Autre")
    assert said("list", "--lang", "fr") == "2 séances trouvées."
    assert said("list", "--lang", "en") == "2 sessions found."
    assert said("actions", "--lang", "fr") == "3 actions\u00a0; 1 en retard."
    assert said("actions", "--open", "--lang", "en") == "3 actions; 1 overdue."
    action = json.loads(cli("journal", "actions", "--json").stdout)[0]["id"]
    assert cli("journal", "action-done", action[:8]).exit_code == 0
    assert said("actions", "--lang", "fr") == "3 actions\u00a0; aucune en retard."
    assert said("actions", "--lang", "en") == "3 actions; none overdue."
    exported = said("export", "--month", "2026-10", "--lang", "fr")
    assert exported == "Période\u00a0: octobre 2026\u00a0; 0 séance."
    exported = said("export", "--month", "2026-11", "--lang", "en")
    assert exported == "Period: November 2026; 2 sessions."


def test_every_journal_command_for_people_takes_lang(cli: Callable) -> None:
    for command in (
        "add",
        "list",
        "show",
        "edit",
        "delete",
        "actions",
        "action-done",
        "export",
        "import",
    ):
        helped = cli("journal", command, "--help")
        assert helped.exit_code == 0 and "--lang" in helped.stdout, command
    ident = add(cli, "-d", "2026-11-03", "--start", "14:00", "-a", "Appeler")
    french = {"INNOVKIT_LANG": "fr"}  # the rule says French; --lang after the command wins
    listed = cli("journal", "list", "--lang", "en", env=french)
    assert listed.exit_code == 0, listed
    assert listed.stdout.split()[:4] == ["ID", "Date", "Time", "Tool"]
    actions = cli("journal", "actions", "--lang", "en", env=french)
    assert actions.exit_code == 0 and actions.stdout.split()[:3] == ["ID", "Status", "Due"]
    shown = cli("journal", "show", ident[:8], "--lang", "en", env=french)
    assert shown.stdout.startswith("Session ") and "Date: 3 November 2026, 14:00" in shown.stdout
    edited = cli("journal", "edit", ident[:8], "-p", "9", "--lang", "en", env=french)
    assert edited.exit_code == 0 and "Session " in edited.stderr and "updated" in edited.stderr
    english = cli("journal", "list", "--lang", "fr")
    assert english.stdout.split()[:4] == ["ID", "Date", "Heure", "Outil"]


def test_times_for_people_in_words_for_data_as_typed(cli: Callable) -> None:
    ident = add(cli, "-d", "2026-11-03", "--start", "14:00")
    shown = cli("journal", "show", ident[:8], "--lang", "fr").stdout
    assert "Date\u00a0: 3 novembre 2026, 14\u00a0h\u00a000\n" in shown
    listed = cli("journal", "list", "--lang", "fr").stdout.splitlines()
    assert "14\u00a0h\u00a000" in listed[1]
    assert "14:00" in cli("journal", "list", "--lang", "en").stdout.splitlines()[1]
    report = cli("journal", "export", "--month", "2026-11", "--lang", "fr").stdout
    assert "| 3 novembre 2026, 14\u00a0h\u00a000 |" in report
    assert "14:00" not in report
    assert json.loads(cli("journal", "show", ident[:8], "--json").stdout)["start"] == "14:00"
    data = json.loads(cli("journal", "list", "--json", "--lang", "fr").stdout)
    assert data[0]["start"] == "14:00"
    table = cli("journal", "export", "--all", "--format", "csv", "--lang", "fr").stdout
    (row,) = list(csv.DictReader(io.StringIO(table.removeprefix("\ufeff")), delimiter=";"))
    assert row["Début"] == "14:00"


def test_edit_help_claims_no_default_of_add(cli: Callable) -> None:
    for lang, defaults in (("fr", ("par défaut", "aujourd’hui")), ("en", ("default", "today"))):
        added, edited = help_text(lang, "add"), help_text(lang, "edit")
        assert all(word in added for word in defaults), added
        assert not any(word in edited for word in defaults), edited
        assert "--date" in edited and "--facilitator" in edited


def test_settings_typed_in_words(cli: Callable, journal_path: Path) -> None:
    remote = add(cli, "--setting", "à distance")
    outside = add(cli, "--setting", "outdoor")
    inside = add(cli, "--setting", "En salle")
    with Journal(journal_path) as journal:
        settings = [journal.get(ident).setting for ident in (remote, outside, inside)]
    assert settings == ["remote", "outdoor", "indoor"]
    shown = cli("journal", "show", remote[:8], "--lang", "fr").stdout
    assert "Lieu\u00a0: à distance" in shown


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
        (["export", "--format", "docx"], 2, "There is no “docx” format"),
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
    if isinstance(journal_path, Path):
        db = sqlite3.connect(journal_path)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        db.close()
    else:
        import psycopg

        with psycopg.connect(journal_path, autocommit=True) as pg:
            pg.execute(
                "INSERT INTO migrations VALUES (%s, 'from the future', '2030-01-01')",
                (SCHEMA_VERSION + 1,),
            )
    before = snapshot(journal_path)
    assert_refused(cli("journal", "list"), 2, "newer version of innovkit", "Update innovkit")
    assert_refused(cli("journal", "add", "atelier-test"), 2, "newer version of innovkit")
    assert snapshot(journal_path) == before


def test_another_programs_database_is_not_a_journal(cli: Callable, tmp_path: Path) -> None:
    other = tmp_path / "crm" / "contacts.db"
    other.parent.mkdir()
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE contacts (name TEXT)")
    db.commit()
    db.close()
    other.chmod(0o644)
    before = snapshot(other)
    env = {"INNOVKIT_JOURNAL": str(other)}
    for args in (["list"], ["add", "atelier-test"]):
        assert_refused(cli("journal", *args, env=env), 2, "not an innovkit journal")
    french = cli("--lang", "fr", "journal", "list", env=env)
    assert_refused(french, 2, "pas un journal innovkit")
    assert snapshot(other) == before
    assert oct(other.stat().st_mode & 0o777) == "0o644"


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


def test_export_to_an_unknown_extension_says_which_ones_work(cli, tmp_path) -> None:
    result = cli("journal", "export", "--all", "-o", str(tmp_path / "rapport.docx"))
    assert result.exit_code == 2
    assert "name it .md, .html, .pdf, .json, .csv" in result.stderr
    assert not (tmp_path / "rapport.docx").exists()
