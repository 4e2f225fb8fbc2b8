"""A later moment gathers the statuses of the first session's items (``reviewed_at``):
audace-up's report-back writes what became of each dare onto the dare session, in the same
transaction; a bad number or status changes nothing. On both stores."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture(params=["sqlite", "postgres"])
def env(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, str]:
    if request.param == "sqlite":
        return {"INNOVKIT_JOURNAL": str(tmp_path / "journal.sqlite3")}
    return {"INNOVKIT_JOURNAL": request.getfixturevalue("postgres_url")}


def _add(cli: Callable, env: dict, *args: str, code: int = 0):
    done = cli("journal", "add", *args, "--no-input", "--lang", "fr", env=env)
    assert done.exit_code == code, done
    return done


def _dare_session(cli: Callable, env: dict) -> str:
    return _add(
        cli, env, "audace-up", "-d", "2026-11-03", "-p", "6", "-f", "Claire",
        "--outcome", "dares=Parler en réunion; Déléguer un dossier; =annoncé",
        "--outcome", "report_back=2026-11-24",
    ).stdout.strip()  # fmt: skip


def _shown(cli: Callable, env: dict, ident: str) -> dict:
    return json.loads(cli("journal", "show", ident, "--json", env=env).stdout)


def _statuses(cli: Callable, env: dict, ident: str) -> list[str]:
    return [d["status"] for d in _shown(cli, env, ident)["outcomes"]["dares"]]


def test_the_report_back_writes_each_dares_status_onto_the_dare_session(
    cli: Callable, env: dict
) -> None:
    first = _dare_session(cli, env)
    done = _add(cli, env, "audace-up", "--moment", "report-back", "-d", "2026-11-24",
                "--outcome", "dares.2=fait",
                "--outcome", "dares.3=abandonné (pas le temps)")  # fmt: skip
    assert f"reportés sur les éléments de la première séance ({first[:8]})" in done.stderr
    shown = _shown(cli, env, first)["outcomes"]["dares"]
    assert shown == [
        {"text": "Parler en réunion", "status": "announced"},
        {"text": "Déléguer un dossier", "status": "done"},
        {"text": "", "status": "dropped", "note": "pas le temps"},
    ]
    # The report-back keeps no copy: each dare is counted once.
    back = _shown(cli, env, done.stdout.strip())
    assert back["follows"] == first and "dares" not in back["outcomes"]


def test_the_statuses_may_be_given_in_order_with_passer(cli: Callable, env: dict) -> None:
    first = _dare_session(cli, env)
    _add(cli, env, "audace-up", "--moment", "report-back", "-d", "2026-11-24",
         "--outcome", "dares=adapté; passer; non rapporté")  # fmt: skip
    assert _statuses(cli, env, first) == ["adapted", "announced", "unreported"]
    report = cli("journal", "export", "--format", "md", "--lang", "fr", env=env)
    assert report.exit_code == 0, report
    assert "1 adapté, 1 annoncé, 1 non rapporté" in report.stdout.replace("\u00a0", " ") or (
        "1 annoncé, 1 adapté, 1 non rapporté" in report.stdout.replace("\u00a0", " ")
    )


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("dares.4=fait", "n’a pas d’élément n° 4 : il en a 3"),
        ("dares.2=bof", "« bof » n’est pas un statut"),
    ],
)
def test_a_bad_number_or_status_is_one_sentence_exit_2_and_nothing_changes(
    cli: Callable, env: dict, typed: str, words: str
) -> None:
    first = _dare_session(cli, env)
    before = _shown(cli, env, first)
    done = _add(cli, env, "audace-up", "--moment", "report-back", "-d", "2026-11-24",
                "--follows", first[:8], "--outcome", typed, code=2)  # fmt: skip
    assert words in done.stderr.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Traceback" not in done.stderr
    assert _shown(cli, env, first) == before
    listed = json.loads(cli("journal", "list", "--json", env=env).stdout)
    assert [s["id"] for s in listed] == [first]


def test_journal_edit_of_the_report_back_writes_the_statuses_onto_the_dare_session(
    cli: Callable, env: dict
) -> None:
    first = _dare_session(cli, env)
    back = _add(cli, env, "audace-up", "--moment", "report-back", "-d", "2026-11-24",
                "--outcome", "lessons=Oser demander").stdout.strip()  # fmt: skip
    edit = cli("journal", "edit", back[:8], "--outcome", "dares.1=fait", "--lang", "fr", env=env)
    assert edit.exit_code == 0, edit
    assert "reportés sur les éléments de la première séance" in edit.stderr
    assert _statuses(cli, env, first) == ["done", "announced", "announced"]
    assert "dares" not in _shown(cli, env, back)["outcomes"]
    before = _shown(cli, env, first)
    wrong = cli("journal", "edit", back[:8], "--outcome", "dares.9=fait", "--lang", "fr", env=env)
    assert wrong.exit_code == 2 and "n’a pas d’élément n°" in wrong.stderr
    assert _shown(cli, env, first) == before
