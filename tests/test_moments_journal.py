"""Tools in several moments in the journal: each moment its own session, a later one linked to
the first of its cycle; the follow-up action and its calendar event; the report counting a
cycle once. On both stores (SQLite, and PostgreSQL when it is there)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import icalendar
import pytest

from innovkit.journal.migrations import MIGRATIONS, migrate
from innovkit.journal.store import Journal

FIRST = "Retour d’expérience — «\u00a0audace up\u202f!\u00a0»"


@pytest.fixture(params=["sqlite", "postgres"])
def env(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, str]:
    """The journal the commands use: a SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return {"INNOVKIT_JOURNAL": str(tmp_path / "journal.sqlite3")}
    return {"INNOVKIT_JOURNAL": request.getfixturevalue("postgres_url")}


def _add(cli: Callable, env: dict[str, str], *args: str) -> str:
    done = cli("journal", "add", *args, "--no-input", "--lang", "fr", env=env)
    assert done.exit_code == 0, done
    return done.stdout.strip()


def _first(cli: Callable, env: dict[str, str], day: str, people: str = "12") -> str:
    return _add(
        cli, env, "audace-up", "-d", day, "-p", people, "-f", "Claire",
        "--outcome", "dares=Oser dire non", "--outcome", "buddy_pairs=6",
        "--outcome", f"report_back={date.fromisoformat(day).replace(day=24).isoformat()}",
    )  # fmt: skip


def _shown(cli: Callable, env: dict[str, str], ident: str) -> dict:
    return json.loads(cli("journal", "show", ident, "--json", env=env).stdout)


def test_the_report_back_is_a_session_linked_to_the_first(cli: Callable, env: dict) -> None:
    first = _first(cli, env, "2026-11-03")
    (action,) = _shown(cli, env, first)["actions"]
    assert (action["text"], action["due"], action["status"]) == (FIRST, "2026-11-24", "open")
    assert _shown(cli, env, first)["moment"] == "session"
    back = _add(
        cli, env, "audace-up", "--moment", "report-back", "-d", "2026-11-24", "-p", "10",
        "--outcome", "lessons=Oser demander de l’aide",
    )  # fmt: skip
    shown = _shown(cli, env, back)
    assert (shown["moment"], shown["follows"]) == ("report-back", first)
    assert shown["planned_minutes"] == 37  # its own steps for ten: 3 + (2 + 10) + 15 + 5 + 2
    # Its action in the first session is done, on the day the report-back happened.
    (action,) = _shown(cli, env, first)["actions"]
    assert (action["status"], action["done_on"]) == ("done", "2026-11-24")


def test_a_later_moment_follows_the_newest_open_cycle(cli: Callable, env: dict) -> None:
    older = _first(cli, env, "2026-10-06")
    newer = _first(cli, env, "2026-11-03")
    args = ("audace-up", "--moment", "report-back", "-d", "2026-11-25")
    assert _shown(cli, env, _add(cli, env, *args))["follows"] == newer
    assert _shown(cli, env, _add(cli, env, *args))["follows"] == older  # newer has had its own
    refused = cli("journal", "add", *args, "--no-input", "--lang", "fr", env=env)
    assert refused.exit_code == 2
    assert (
        "Aucune séance de «\u00a0audace up\u202f!\u00a0» n’attend son moment "
        "«\u00a0Retour d’expérience\u00a0»" in refused.stderr
    )
    assert "Traceback" not in refused.stderr
    assert len(json.loads(cli("journal", "list", "--json", env=env).stdout)) == 4  # unchanged


def test_follows_names_the_first_session_by_its_beginning(cli: Callable, env: dict) -> None:
    older = _first(cli, env, "2026-10-06")
    _first(cli, env, "2026-11-03")
    back = _add(cli, env, "audace-up", "--moment", "report-back", "--follows", older[:8])
    assert _shown(cli, env, back)["follows"] == older
    other = _add(cli, env, "cadran-total", "-d", "2026-11-04")
    wrong = cli(
        "journal", "add", "audace-up", "--moment", "report-back", "--follows", other[:8],
        "--no-input", "--lang", "en", env=env,
    )  # fmt: skip
    assert (
        wrong.exit_code == 2 and "is not a first moment of “audace up!” (dare up)" in wrong.stderr
    )
    first_follows = cli(
        "journal", "add", "audace-up", "--follows", older[:8], "--no-input", "--lang", "en",
        env=env,
    )  # fmt: skip
    assert first_follows.exit_code == 2 and "Leave out --follows" in first_follows.stderr


def test_the_run_of_a_later_moment_prints_its_steps_and_records_it(
    cli: Callable, env: dict
) -> None:
    first = _first(cli, env, "2026-11-03")
    run = cli(
        "run", "audace-up", "--moment", "report-back", "--no-input", "--record", "-d",
        "2026-11-24", "-p", "8", "--outcome", "lessons=Ask for help early", "--lang", "en", env=env,
    )  # fmt: skip
    assert run.exit_code == 0, run
    assert "Round of dares" in run.stdout and "Dares out loud" not in run.stdout
    (back,) = [s for s in json.loads(cli("journal", "list", "--json", env=env).stdout)[1:]]
    shown = _shown(cli, env, back["id"])
    assert (shown["moment"], shown["follows"]) == ("report-back", first)
    wrong = cli("run", "audace-up", "--moment", "report-back", "--follows", "0000", env=env)
    assert wrong.exit_code == 2 and "0000" in wrong.stderr and wrong.stdout == ""


def test_the_report_counts_every_session_and_each_cycles_group_once(
    cli: Callable, env: dict
) -> None:
    first = _first(cli, env, "2026-11-03", people="12")
    _first(cli, env, "2026-11-10", people="7")
    _add(cli, env, "audace-up", "--moment", "report-back", "--follows", first[:8],
         "-d", "2026-11-24", "-p", "10", "-m", "40")  # fmt: skip
    report = cli("journal", "export", "--month", "2026-11", "--lang", "fr", env=env).stdout
    row = next(line for line in report.splitlines() if "cycles" in line)
    # Two cycles, one of them with its report-back; the same twelve came back: 12 + 7 people.
    # The tool's row counts the three sessions held, as « En bref » does: the column adds up.
    assert row.startswith(
        "| «\u00a0audace up\u202f!\u00a0» — 2\u00a0cycles (dont 1\u00a0retour fait)"
    )
    assert "| 3 | 19 |" in row
    assert "| Participants | **19** |" in report
    assert "| Séances | **3** |" in report  # three meetings really held
    assert "«\u00a0audace up\u202f!\u00a0» — Retour d’expérience" in report  # the session's row
    # In December, the report-back alone is a follow-up done, not a new cycle of the tool.
    _add(cli, env, "audace-up", "--moment", "report-back", "-d", "2026-12-01", "-p", "6")
    december = cli("journal", "export", "--month", "2026-12", "--lang", "en", env=env).stdout
    assert "— 1 cycle (1 followed up)" in december


# ------------------------------------------------------------------------------ the calendar


def test_the_debrief_is_one_event_in_the_calendar(cli: Callable, tmp_path: Path) -> None:
    ics = tmp_path / "atelier.ics"
    done = cli(
        "plan", "en-immersion", "--start", "09:00", "--date", "2026-12-08", "--ics", str(ics),
        "--lang", "fr",
    )  # fmt: skip
    assert done.exit_code == 0, done
    _workshop, debrief = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(debrief["SUMMARY"]) == "Le retour collectif — «\u00a0en immersion\u00a0»"
    assert debrief.decoded("DTSTART") == date(2026, 12, 15)  # its date field: seven days after
    description = str(debrief["DESCRIPTION"])
    assert "1 à 7\u00a0jours après" in description
    assert "innovkit run en-immersion --moment debrief" in description


# ------------------------------------------------------------------------------ the migration


def test_a_version_4_postgres_journal_is_migrated_to_moments(postgres_url: str) -> None:
    from innovkit.journal.store.postgres import PostgresConnection

    db = PostgresConnection(postgres_url)
    try:
        assert migrate(db, target=4) == 4
        db.execute(
            "INSERT INTO sessions (id, tool, lever, date, created_at, updated_at) "
            "VALUES (?, 'audace-up', 'audace', '2026-10-06', '2026-10-06T10:00:00+00:00', "
            "'2026-10-06T10:00:00+00:00')",
            ("5a000000-1111-4000-8000-000000000009",),
        )
    finally:
        db.close()
    with Journal(postgres_url) as journal:
        (session,) = journal.sessions()
        assert (session.moment, session.follows) == (None, None)  # a tool's only moment
    import psycopg

    with psycopg.connect(postgres_url) as check:
        names = check.execute("SELECT name FROM migrations ORDER BY version").fetchall()
    assert [n for (n,) in names] == [name for name, _ in MIGRATIONS]
    assert "moments" in [n for (n,) in names]


def test_the_run_offers_the_open_cycles_newest_first(
    cli: Callable, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.cli import ask
    from innovkit.cli.cycles import moment_to_run

    env = {"INNOVKIT_JOURNAL": str(tmp_path / "journal.sqlite3")}
    older = _first(cli, env, "2026-10-06")
    newer = _first(cli, env, "2026-11-03")
    offered = {}

    def choose(label: str, options: list, default: str | None = None, *, lang: str) -> str:
        offered.update(label=label, options=options, default=default)
        return options[1][0]

    monkeypatch.setattr(ask, "choice", choose)
    card = load_catalogue().tools["audace-up"].at_moment("report-back")
    path = Path(env["INNOVKIT_JOURNAL"])
    assert moment_to_run(card, "fr", path) == ("report-back", older)
    assert offered["default"] == newer
    assert (
        offered["label"] == "Ce «\u00a0Retour d’expérience\u00a0» fait suite à quelle séance\u202f?"
    )
    assert [ident for ident, _ in offered["options"]] == [newer, older]
    assert "3 novembre 2026, 12\u00a0participants, Claire" in offered["options"][0][1]


def test_a_guided_run_of_the_report_back_records_it_linked(cli: Callable, env: dict) -> None:
    """What the full-screen run stores at its end (``cli.live._record``): the draft carries the
    moment and the first session, and the first session's action is done that day."""
    from datetime import datetime

    from innovkit.cards.catalogue import load_catalogue
    from innovkit.cli.context import Context
    from innovkit.cli.live import _record
    from innovkit.live.drafts import new_draft

    first = _first(cli, env, "2026-11-03")
    card = load_catalogue().tools["audace-up"].at_moment("report-back")
    draft = new_draft(card, None, datetime(2026, 11, 24, 9, 30), "Claire", 9, lang="fr")
    draft.moment, draft.follows = "report-back", first
    draft.started = "2026-11-24T09:30:00"
    draft.answers = {"outcome.lessons": ["Oser demander de l’aide"]}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INNOVKIT_JOURNAL", env["INNOVKIT_JOURNAL"])
        stored = _record(Context("fr"), card, draft)
    assert (stored.moment, stored.follows, stored.date) == (
        "report-back",
        first,
        date(2026, 11, 24),
    )
    (action,) = _shown(cli, env, first)["actions"]
    assert (action["status"], action["done_on"]) == ("done", "2026-11-24")
