"""The session schema declared once (issue 9): every way in and out of the journal — the
options of ``journal add`` and ``journal edit``, the questions at a terminal and at the end of a
guided run, the CSV, the JSON export and its import — reaches exactly the schema's fields."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from innovkit.journal.store import Journal

DATA = Path(__file__).parent / "data" / "journal"


@pytest.fixture(autouse=True)
def test_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INNOVKIT_CARDS", str(DATA / "cards"))


@pytest.fixture
def journal_path(innovkit_home: Path) -> Path:
    return innovkit_home / "data" / "journal.sqlite3"


# --------------------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [("1:30:00", 90), ("2,5", 3), ("45 minutes", 45), ("1h30", 90), ("45", 45), ("90s", 2)],
)
def test_journal_add_reads_minutes_as_the_timer_does(
    cli: Callable, journal_path: Path, typed: str, minutes: int
) -> None:
    done = cli("journal", "add", "atelier-test", "--outcome", "defi=Oser", "--minutes", typed)
    assert done.exit_code == 0, done
    with Journal(journal_path) as journal:
        (session,) = journal.sessions()
    assert session.actual_minutes == minutes


@pytest.mark.parametrize("typed", ["0", "-5", "beaucoup", "25h", "1:99"])
def test_a_duration_the_timer_refuses_is_refused_with_one_sentence(
    cli: Callable, journal_path: Path, typed: str
) -> None:
    done = cli("journal", "add", "atelier-test", "--minutes", typed)
    assert done.exit_code == 2, done
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not journal_path.exists()


# --------------------------------------------------------------------------- one declaration

# Fields no option sets: the journal or the card fills them.
FILLED_BY_INNOVKIT = {
    "id",
    "lever",
    "tool_version",
    "card_digest",
    "planned_minutes",
    "step_timings",
    "field_changes",
    "created_at",
    "updated_at",
}
# Options that are not questions: the run measures them (or knows them before it starts);
# `journal add` takes them from its options or their defaults.
# A tool's moment, and the first session a later one follows, are chosen before it starts.
NOT_ASKED = {"date", "start", "actual_minutes", "variant", "moment", "follows"}


def test_what_is_not_asked_is_what_the_run_measures() -> None:
    from innovkit.journal.schema import FIELDS

    assert {spec.name for spec in FIELDS if spec.measured} == NOT_ASKED
    assert not any(spec.measured and spec.question for spec in FIELDS)
    # Every option has its parser, but those checked against the tool card.
    against_the_card = {"variant", "outcomes"}
    assert all(spec.parse for spec in FIELDS if spec.option and spec.name not in against_the_card)


def _command_options(name: str) -> set[str]:
    """The session fields the options of ``journal NAME`` reach, read from the real command."""
    import typer

    from innovkit.cli import journal as commands
    from innovkit.journal.schema import OPTIONS

    app = typer.Typer()
    commands.register(app)
    command = typer.main.get_command(app).commands["journal"].commands[name]  # type: ignore[attr-defined]
    by_parameter = {spec.parameter: spec.name for spec in OPTIONS}
    found = {param.name for param in command.params}
    assert {"lang"} <= found
    return {by_parameter[p] for p in found if p in by_parameter}


def _run_questions(lang: str) -> list[tuple[str, str]]:
    from datetime import datetime

    from innovkit.cards.catalogue import load_catalogue
    from innovkit.live.capture import capture_fields
    from innovkit.live.guide import new_draft

    card = load_catalogue().find("atelier-test")
    draft = new_draft(card, None, datetime.now(), lang=lang)
    return [(f.key, f.label) for f in capture_fields(card, draft)]


def _fields_of(questions: list[tuple[str, str]]) -> set[str]:
    return {"outcomes" if key.startswith("outcome.") else key for key, _ in questions}


def test_the_session_model_the_schema_and_the_json_have_the_same_fields() -> None:
    from dataclasses import fields

    import msgspec

    from innovkit.journal.records import Session
    from innovkit.journal.schema import FIELDS, JSON_KEYS, SessionData

    names = [spec.name for spec in FIELDS]
    assert len(set(names)) == len(names)
    assert {f.name for f in fields(Session)} == set(names)
    assert [f.name for f in msgspec.structs.fields(SessionData)] == names == list(JSON_KEYS)


def test_add_and_edit_options_reach_exactly_the_schema_fields() -> None:
    from innovkit.journal.schema import FIELDS

    schema = {spec.name for spec in FIELDS}
    add = _command_options("add")
    assert add == {spec.name for spec in FIELDS if spec.option}
    assert add | {"tool"} | FILLED_BY_INNOVKIT == schema
    assert _command_options("edit") == add


def test_the_run_asks_the_schema_questions(innovkit_home: Path) -> None:
    from innovkit.journal.schema import FIELDS

    asked = _fields_of(_run_questions("en"))
    assert asked == {spec.name for spec in FIELDS if spec.question}
    assert asked | NOT_ASKED == _command_options("add")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_journal_add_at_a_terminal_asks_the_run_questions_in_the_same_order_and_words(
    cli: Callable, journal_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from innovkit.cli import ask
    from innovkit.cli.journal import common

    expected = _run_questions(lang)
    labels = [label for _, label in expected]
    # Enter everywhere (a list ends, a choice skips), but for the card's required outcome.
    keys = "".join("Oser\r" if key == "outcome.defi" else "\r" for key, _ in expected)
    monkeypatch.setattr(common, "interactive", lambda no_input=False: True)
    with create_pipe_input() as pipe, ask.talking_to(pipe, DummyOutput()):
        pipe.send_text(keys)
        done = cli("journal", "add", "atelier-test", "--lang", lang)
    assert done.exit_code == 0, done
    asked = [line for line in done.stderr.splitlines() if line in labels]
    assert asked == labels
    assert len(set(asked)) == len(asked)
    with Journal(journal_path) as journal:
        (session,) = journal.sessions()
    assert session.outcomes == {"defi": "Oser"}


def test_the_csv_columns_are_the_schema_fields(cli: Callable) -> None:
    from innovkit.i18n import tr
    from innovkit.journal.schema import FIELDS

    cli("journal", "add", "atelier-test", "--outcome", "defi=Oser")
    done = cli("journal", "export", "--all", "--format", "csv", "--lang", "en")
    header = done.stdout.removeprefix("\ufeff").splitlines()[0].split(",")
    common = [spec.name for spec in FIELDS if spec.csv and spec.name != "outcomes"]
    named = {tr(f"spreadsheet.col_{name}", "en"): name for name in common}
    in_file = [named[title] for title in header if title in named]
    assert in_file == [*(n for n in common if n != "id"), "id"]  # the schema's order, id last
    # Only what a spreadsheet cannot use is left out of it; the outcomes are the tool's own
    # columns (here « Défi relevé »), not one field.
    assert {spec.name for spec in FIELDS} - set(in_file) == {
        "tool_version",
        "card_digest",
        "step_timings",
        "outcomes",
        "field_changes",
    }
    others = set(header) - set(named)
    assert {"Défi relevé", "Ideas (count)", "Decisions (count)"} <= others


def test_the_json_export_and_the_import_have_exactly_the_schema_fields(
    cli: Callable, tmp_path: Path
) -> None:
    import json

    from innovkit.journal.schema import FIELDS

    cli("journal", "add", "atelier-test", "--outcome", "defi=Oser", "--tag", "pilote")
    done = cli("journal", "export", "--all", "--format", "json")
    document = json.loads(done.stdout)
    (session,) = document["sessions"]
    assert list(session) == [spec.name for spec in FIELDS]
    # The import reads every one of them back, and refuses any other.
    path = tmp_path / "export.json"
    session["surprise"] = 1
    path.write_text(json.dumps(document), encoding="utf-8")
    refused = cli("journal", "import", str(path))
    assert refused.exit_code == 2 and "“surprise”" in refused.stderr, refused
    del session["surprise"]
    session["id"] = "e" * 8 + session["id"][8:]
    path.write_text(json.dumps(document), encoding="utf-8")
    assert cli("journal", "import", str(path)).exit_code == 0
    for spec in FIELDS:
        copy = dict(session, **{spec.name: [{"no": "such value"}]})
        path.write_text(json.dumps({**document, "sessions": [copy]}), encoding="utf-8")
        wrong = cli("journal", "import", str(path))
        assert wrong.exit_code == 2 and f"“{spec.name}" in wrong.stderr, (spec.name, wrong)


def test_a_session_is_checked_field_by_field_against_the_schema() -> None:
    from dataclasses import replace
    from datetime import date

    from innovkit.errors import BadInput
    from innovkit.journal.records import Session, check_session

    good = Session(tool="atelier-test", lever="audace", date=date(2026, 11, 3))
    check_session(good)
    for name, value in [
        ("start", "14:00"),  # text where a time of day is kept
        ("actual_minutes", 7 * 24 * 60 + 1),
        ("notes", None),
        ("services", ["DRH", 3]),
        ("outcomes", {"k": True}),
    ]:
        with pytest.raises(BadInput) as problem:
            check_session(replace(good, **{name: value}))
        assert f"field {name} cannot" in str(problem.value)
