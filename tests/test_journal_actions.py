"""Actions as first-class items: edited, deleted, done once (the day shown), and the follow-up
dates of the cards turned into actions — in both languages, a journal left as it was on any
refusal."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from innovkit.journal.store import Journal
from journal_state import snapshot

DATA = Path(__file__).parent / "data" / "journal"


@pytest.fixture(autouse=True)
def test_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INNOVKIT_CARDS", str(DATA / "cards"))


@pytest.fixture(autouse=True)
def journal_path(journal_store: Path | str) -> Path | str:
    """The journal every command of this file uses: the SQLite file, then a PostgreSQL
    database (``conftest.journal_store``)."""
    return journal_store


@pytest.fixture
def at_terminal(monkeypatch: pytest.MonkeyPatch) -> Callable:
    """Run ``innovkit`` as if a person were at the terminal, typing ``keys``."""
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


def add(cli: Callable, *args: str) -> str:
    result = cli(
        "journal",
        "add",
        "atelier-test",
        "--no-input",
        "-d",
        "2026-11-03",
        "--outcome",
        "defi=Oser",
        *args,
    )
    assert result.exit_code == 0, result
    return result.stdout.strip()


def action_ids(cli: Callable) -> list[str]:
    return [a["id"] for a in json.loads(cli("journal", "actions", "--json").stdout)]


def test_edit_an_action_by_options(cli: Callable, journal_path: Path) -> None:
    add(cli, "-a", "Envoyer le compte rendu; Paul; 2026-11-20")
    (ident,) = action_ids(cli)
    done = cli(
        "journal", "action-edit", ident[:8], "--owner", "Camille Martin", "--due", "2026-12-15"
    )
    assert done.exit_code == 0, done
    assert done.stderr.strip() == f"Action changed: “Envoyer le compte rendu” ({ident[:8]})."
    (data,) = json.loads(cli("journal", "actions", "--json").stdout)
    assert (data["text"], data["owner"], data["due"]) == (
        "Envoyer le compte rendu",
        "Camille Martin",
        "2026-12-15",
    )
    cleared = cli(
        "journal", "action-edit", ident[:8], "--due", "-", "--text", "Écrire", "--lang", "fr"
    )
    assert cleared.stderr.strip() == f"Action modifiée\u00a0: «\u00a0Écrire\u00a0» ({ident[:8]})."
    (data,) = json.loads(cli("journal", "actions", "--json").stdout)
    assert (data["text"], data["due"]) == ("Écrire", None)
    same = cli("journal", "action-edit", ident[:8], "--text", "Écrire")
    assert same.exit_code == 0 and same.stderr.startswith("Nothing changed:")


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        ((), 2, "Say what changes: --text, --owner or --due"),
        (("--text", "  "), 2, "An action's text cannot be empty."),
        (("--due", "31/13/2026"), 2, "is not a real date"),
    ],
)
def test_a_wrong_edit_is_refused_and_changes_nothing(
    cli: Callable, journal_path: Path, args: tuple[str, ...], code: int, words: str
) -> None:
    add(cli, "-a", "Envoyer le compte rendu; Paul; 2026-11-20")
    (ident,) = action_ids(cli)
    before = snapshot(journal_path)
    refused = cli("journal", "action-edit", ident[:8], *args)
    assert refused.exit_code == code, refused
    assert words in refused.stderr and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert snapshot(journal_path) == before


def test_edit_at_a_terminal_asks_with_the_present_values(
    cli: Callable, journal_path: Path, at_terminal: Callable
) -> None:
    add(cli, "-a", "Envoyer le compte rendu; Paul; 2026-11-20")
    (ident,) = action_ids(cli)
    # Text kept (Enter), a new owner, the due date removed with « - ».
    done = at_terminal(cli, "\rZoé\r-\r", "journal", "action-edit", ident[:8], "--lang", "fr")
    assert done.exit_code == 0, done
    assert "Texte de l’action" in done.stderr and "Responsable" in done.stderr
    with Journal(journal_path) as journal:
        (session,) = journal.sessions()
    action = session.actions[0]
    assert (action.text, action.owner, action.due) == ("Envoyer le compte rendu", "Zoé", None)
    # « - » leaves the action without an owner; Enter keeps the text and the (absent) due date.
    done = at_terminal(cli, "\r-\r\r", "journal", "action-edit", ident[:8])
    assert done.exit_code == 0, done
    with Journal(journal_path) as journal:
        (session,) = journal.sessions()
    assert (session.actions[0].owner, session.actions[0].due) == ("", None)


def test_a_colleagues_change_while_the_questions_wait_is_not_lost(
    cli: Callable, journal_path: Path, at_terminal: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The questions can take minutes: a colleague changes the owner and the due date
    meanwhile. What Enter kept is not written over theirs; the owner both changed is a
    conflict, said and listed."""
    from datetime import date

    from innovkit.cli.journal import actions

    add(cli, "-a", "Envoyer le compte rendu; Paul; 2026-11-20")
    (ident,) = action_ids(cli)
    asked = actions._asked_changes

    def asked_while_a_colleague_edits(action: Any, lang: str) -> dict[str, Any]:
        answers = asked(action, lang)
        with Journal(journal_path) as colleague:
            colleague.edit_action(ident, {"owner": "Inès", "due": date(2026, 11, 30)})
        return answers

    monkeypatch.setattr(actions, "_asked_changes", asked_while_a_colleague_edits)
    done = at_terminal(cli, "\rZoé\r\r", "journal", "action-edit", ident[:8], "--lang", "en")
    assert done.exit_code == 0, done
    assert "Meanwhile someone else also changed this session (actions)" in done.stderr
    with Journal(journal_path) as journal:
        (session,) = journal.sessions()
        [conflict] = journal.conflicts()
    action = session.actions[0]
    assert (action.text, action.owner, action.due) == (
        "Envoyer le compte rendu",
        "Zoé",
        date(2026, 11, 30),  # the colleague's, which Enter did not change
    )
    assert conflict.field == f"actions.owner/{ident}"
    assert (conflict.kept, conflict.other) == ("Zoé", "Inès")


def test_delete_without_a_terminal_needs_yes(cli: Callable, journal_path: Path) -> None:
    add(cli, "-a", "Garder", "-a", "Supprimer")
    keep, gone = action_ids(cli)
    before = snapshot(journal_path)
    refused = cli("journal", "action-delete", gone[:8])
    assert refused.exit_code == 2
    assert refused.stderr.strip() == (
        f"Error: To delete the action “Supprimer” ({gone[:8]}) without a question, add --yes."
    )
    assert snapshot(journal_path) == before
    assert cli("journal", "action-delete", keep[:8], "--yes").exit_code == 0
    assert action_ids(cli) == [gone]
    with Journal(journal_path) as journal:
        assert len(journal.sessions()) == 1  # the session stays
    unknown = cli("journal", "action-delete", "abcdef12", "--yes")
    assert unknown.exit_code == 2 and "No action has the id" in unknown.stderr


def test_delete_at_a_terminal_asks(cli: Callable, at_terminal: Callable) -> None:
    add(cli, "-a", "Garder", "-a", "Supprimer")
    keep, gone = action_ids(cli)
    kept = at_terminal(cli, "\r", "journal", "action-delete", gone[:8])  # Enter keeps it
    assert kept.exit_code == 0 and "Nothing was deleted." in kept.stderr
    assert action_ids(cli) == [keep, gone]
    deleted = at_terminal(cli, "2\r", "journal", "action-delete", gone[:8], "--lang", "fr")
    assert deleted.exit_code == 0, deleted
    assert f"Action supprimée\u00a0: «\u00a0Supprimer\u00a0» ({gone[:8]})." in deleted.stderr
    assert "Oui, la supprimer" in deleted.stderr
    assert action_ids(cli) == [keep]


def test_done_twice_says_so_and_the_day_is_shown(cli: Callable, journal_path: Path) -> None:
    ident = add(cli, "-a", "Envoyer le compte rendu; Paul; 2026-11-20")
    (action,) = action_ids(cli)
    assert cli("journal", "action-done", action[:8]).exit_code == 0
    today = date.today()
    (data,) = json.loads(cli("journal", "actions", "--json").stdout)
    assert (data["status"], data["done_on"]) == ("done", today.isoformat())
    before = snapshot(journal_path)
    again = cli("journal", "action-done", action[:8], "--lang", "fr")
    assert again.exit_code == 0
    assert again.stderr.startswith("Cette action est déjà faite (le ")
    assert again.stderr.strip().endswith("Rien n’a changé.")
    assert snapshot(journal_path) == before
    listed = cli("journal", "actions")
    assert f"☑ {today.isoformat()}" in listed.stdout
    shown = cli("journal", "show", ident[:8])
    assert "done on " in shown.stdout
    reopened = cli("journal", "action-done", action[:8], "--reopen")
    assert reopened.stderr.startswith("Action reopened")
    again = cli("journal", "action-done", action[:8], "--reopen")
    assert again.exit_code == 0 and again.stderr.startswith("This action is already open")
    (data,) = json.loads(cli("journal", "actions", "--json").stdout)
    assert data["done_on"] is None


def test_the_report_says_when_an_action_was_done(cli: Callable) -> None:
    add(cli, "-a", "Envoyer le compte rendu; Paul; 2026-11-20")
    (action,) = action_ids(cli)
    cli("journal", "action-done", action[:8])
    from innovkit.dates import format_date

    for lang, words in (("en", "done on"), ("fr", "faite le")):
        report = cli("journal", "export", "--month", "2026-11", "--lang", lang)
        assert f"{words} {format_date(date.today(), lang)}" in report.stdout, report


@pytest.mark.parametrize(("lang", "text"), [("fr", "Date du retour"), ("en", "Date du retour")])
def test_a_follow_up_date_becomes_an_action(
    cli: Callable, journal_path: Path, lang: str, text: str
) -> None:
    ident = add(cli, "-f", "Claire", "--outcome", "retour=2026-11-24", "--lang", lang)
    (data,) = json.loads(cli("journal", "actions", "--json").stdout)
    assert (data["text"], data["owner"], data["due"]) == (text, "Claire", "2026-11-24")
    # The same date again adds nothing; a new date moves the open action.
    assert cli("journal", "edit", ident[:8], "--outcome", "retour=2026-11-24").exit_code == 0
    assert cli("journal", "edit", ident[:8], "--outcome", "retour=2026-12-01").exit_code == 0
    (data,) = json.loads(cli("journal", "actions", "--json").stdout)
    assert data["due"] == "2026-12-01"


def test_follow_up_dates_of_the_built_in_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.journal.followups import add_follow_ups
    from innovkit.journal.records import new_session

    monkeypatch.delenv("INNOVKIT_CARDS")
    tools = load_catalogue().tools
    session = new_session(
        tools["audace-up"], date="2026-11-03", facilitator="Claire",
        outcomes={"report_back": "2026-11-24"},
    )  # fmt: skip
    # A tool in several moments: the date is its later moment's, and the action says which.
    (action,) = add_follow_ups(tools["audace-up"], session, "fr")
    assert (action.text, action.due) == (
        "Retour d’expérience — «\u00a0audace up\u202f!\u00a0»",
        date(2026, 11, 24),
    )
    session = new_session(
        tools["essais-libres"], date="2026-11-03", outcomes={"review_date": "2027-01-05"}
    )
    (action,) = add_follow_ups(tools["essais-libres"], session, "en")
    assert (action.text, action.due) == (
        "The trial review — “essais libres” (free practice)",
        date(2027, 1, 5),
    )


def test_a_follow_up_date_becomes_an_action_that_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The action and the calendar's event say what is to be done that day (the outcome's
    ``action``), not the field's label (« Date du premier pas »); an action an older innovkit
    named after the label is the same one: its due date moves, no second one is added."""
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.journal.followups import add_follow_ups
    from innovkit.journal.records import Action, new_session

    monkeypatch.delenv("INNOVKIT_CARDS")
    tools = load_catalogue().tools
    for tool, field, fr, en in [
        ("cadran-total", "first_step_date", "Vérifier que le premier pas est fait",
         "Check that the first step was taken"),
        ("point-silence", "next_point", "Animer le prochain point silence",
         "Run the next quiet point"),
        ("regard-en-visite", "next_visit", "Préparer la prochaine visite",
         "Prepare the next visit"),
    ]:  # fmt: skip
        for lang, text in (("fr", fr), ("en", en)):
            session = new_session(tools[tool], date="2026-11-03", outcomes={field: "2026-12-01"})
            (action,) = add_follow_ups(tools[tool], session, lang)
            assert (action.text, action.due) == (text, date(2026, 12, 1))
    label = tools["cadran-total"].outcome("first_step_date").label("fr")
    session = new_session(
        tools["cadran-total"], date="2026-11-03", outcomes={"first_step_date": "2026-12-08"}
    )
    session.actions.append(Action("a1", label, "Claire", date(2026, 12, 1)))
    (moved,) = add_follow_ups(tools["cadran-total"], session, "fr")
    assert moved.id == "a1" and moved.due == date(2026, 12, 8) and len(session.actions) == 1
