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
