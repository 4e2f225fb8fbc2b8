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


# --------------------------------------------------------------------------- at a terminal


def _typed(cli: Callable, env: dict, keys: str, *args: str, monkeypatch: pytest.MonkeyPatch):
    """``journal add`` at a terminal: ``keys`` are what the facilitator types."""
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from innovkit.cli import ask
    from innovkit.cli.journal import common

    monkeypatch.setattr(common, "interactive", lambda no_input=False: not no_input)
    with create_pipe_input() as pipe, ask.talking_to(pipe, DummyOutput()):
        pipe.send_text(keys)
        return cli("journal", "add", "audace-up", *args, "--lang", "fr", env=env)


def test_journal_add_at_a_terminal_asks_what_became_of_each_dare_first(
    cli: Callable, env: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As the run does: a report-back typed in by hand asks each dare's status (« (passer) » on
    # Enter), before the other questions, and writes them onto the dare session; its
    # follow-up action is done.
    first = _dare_session(cli, env)
    keys = "1\r\rabandonné\r3\r" + "\r" * 20  # a status typed as a word is asked again
    done = _typed(
        cli, env, keys, "--moment", "report-back", "-d", "2026-11-24", "-p", "6",
        monkeypatch=monkeypatch,
    )  # fmt: skip
    assert done.exit_code == 0, done
    asked = " ".join(done.stderr.split())
    assert f"Suite de la séance du mardi 3 novembre 2026, 6 participants, Claire ({first[:8]})" in (
        asked
    )
    assert "Défis dits à voix haute — « Parler en réunion » (aujourd’hui : Annoncé)" in asked
    assert "Un statut parmi" in asked or "1 à 5" in asked  # « abandonné »: a number, asked again
    assert asked.index("« Déléguer un dossier »") < asked.index("Co-animateurs")
    assert _statuses(cli, env, first) == ["done", "announced", "dropped"]
    shown = _shown(cli, env, first)
    assert [a["status"] for a in shown["actions"]] == ["done"]
    later = _shown(cli, env, done.stdout.strip())
    assert later["follows"] == first and "dares" not in later["outcomes"]


def test_journal_add_at_a_terminal_without_a_dare_session_says_so_before_asking(
    cli: Callable, env: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    done = _typed(cli, env, "\r" * 20, "--moment", "report-back", monkeypatch=monkeypatch)
    assert done.exit_code == 2, done
    said = " ".join(done.stderr.split())
    assert "Aucune séance" in said and "Nombre de participants" not in said  # asked for nothing
