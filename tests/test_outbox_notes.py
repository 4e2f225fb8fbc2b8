"""The outbox's notes (which shared journal each kept session is for) survive processes
recording offline at the same instant, and an ``outbox.json`` left by the previous version is
still read (issue 14, pgsync item 2): see ``journal.outboxnotes``."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from innovkit.journal import outbox
from innovkit.journal.outbox import outbox_path
from innovkit.journal.outboxnotes import journal_address
from innovkit.journal.store import Journal

DATA = Path(__file__).parent / "data" / "journal"
UNREACHABLE = "postgresql://claire@127.0.0.1:1/journal"
ELSEWHERE = "postgresql://paul@127.0.0.1:1/autre"
PROCESSES, EACH = 4, 12

# One facilitator's process: records EACH sessions offline, as fast as it can, once every
# process is ready (a file says go), so that their writes of the notes meet.
RECORDING = """
import sys, time
from datetime import date
from pathlib import Path
from innovkit.cards.catalogue import load_catalogue
from innovkit.journal.outbox import record
from innovkit.journal.records import new_session

card = load_catalogue().tools["atelier-test"]
go = Path(sys.argv[1])
while not go.exists():
    time.sleep(0.01)
for day in range(1, int(sys.argv[2]) + 1):
    assert record(new_session(card, date=date(2026, 11, day)), sys.argv[3]).in_outbox
"""


@pytest.fixture(autouse=True)
def test_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INNOVKIT_CARDS", str(DATA / "cards"))


def test_processes_recording_offline_at_once_each_keep_their_sessions_journal(
    tmp_path: Path,
) -> None:
    go = tmp_path / "go"
    env = {**os.environ, "PGCONNECT_TIMEOUT": "2"}
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", RECORDING, str(go), str(EACH), UNREACHABLE],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    go.touch()
    for worker in workers:
        _, errors = worker.communicate(timeout=300)
        assert worker.returncode == 0, errors
    # Seen from another shared journal, every kept session says it is for UNREACHABLE's.
    waiting = outbox.waiting(ELSEWHERE)
    assert waiting.count == PROCESSES * EACH
    assert waiting.elsewhere == ((journal_address(UNREACHABLE), PROCESSES * EACH),)


def test_the_notes_of_the_previous_version_are_read_and_nothing_is_lost(
    postgres_url: str,
) -> None:
    """``outbox.json`` (all the notes in one file) as the previous version left it: read as it
    is; ``sync`` sends what is for its journal, leaves the rest for the other, and moves that
    session's note into the notes' folder."""
    import msgspec

    from innovkit.cards.catalogue import load_catalogue
    from innovkit.journal.outboxnotes import read_notes
    from innovkit.journal.records import new_session

    card = load_catalogue().tools["atelier-test"]
    here, there = (new_session(card, date=date(2026, 11, day)) for day in (4, 5))
    with Journal(outbox_path()) as box:
        box.add_many([here, there])
    old = outbox_path().with_name("outbox.json")
    old.write_bytes(
        msgspec.json.encode(
            {
                "version": 1,
                "sessions": {
                    here.id: {"journal": journal_address(postgres_url)},
                    there.id: {"journal": journal_address(ELSEWHERE)},
                },
            }
        )
    )
    assert outbox.waiting(postgres_url).elsewhere == ((journal_address(ELSEWHERE), 1),)
    done = outbox.sync(postgres_url)
    assert done == outbox.Sent(sent=1, elsewhere=((journal_address(ELSEWHERE), 1),))
    assert not old.exists()
    assert read_notes() == {there.id: read_notes()[there.id]}
    assert read_notes()[there.id].journal == journal_address(ELSEWHERE)
    with Journal(outbox_path()) as box:
        assert [s.id for s in box.sessions()] == [there.id]
