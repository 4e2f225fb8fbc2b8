"""Reads that see one state of the journal (``Journal.snapshot``), on SQLite and on PostgreSQL:
a report's figures agree with each other while a colleague records, and on a shared journal
the month's report opens one read transaction, not one per read (each costs two exchanges
with the server)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from innovkit.cards.catalogue import load_catalogue
from innovkit.journal.period import month_period
from innovkit.journal.records import Action, Session, new_id
from innovkit.journal.report import build_report
from innovkit.journal.store import Journal


def session(day: int, facilitator: str = "Claire") -> Session:
    return Session(
        tool="audace-up",
        lever="audace",
        date=date(2026, 6, day),
        facilitator=facilitator,
        participants=8,
        actions=[Action(new_id(), "Relancer la DRH", facilitator, status="open")],
    )


def test_reads_in_a_snapshot_see_one_state_of_the_journal(journal_store: Path | str) -> None:
    with Journal(journal_store) as mine, Journal(journal_store) as colleague:
        mine.add(session(3))
        with mine.snapshot():
            assert mine.count() == 1
            colleague.add(session(4, "Paul"))  # committed while the snapshot is open
            assert mine.count() == 1
            assert [s.facilitator for s in mine.sessions()] == ["Claire"]
            assert len(mine.actions()) == 1
        assert mine.count() == 2  # once it is over, the journal as it is now
        assert colleague.count() == 2


def _statements(journal: Journal) -> list[str]:
    """Every statement the journal sends from now on (SQLite's own trace; on PostgreSQL what
    the store hands to its connection)."""
    sent: list[str] = []
    connection = journal._db
    if journal.on_postgres:
        execute: Callable[..., Any] = connection.execute

        def counted(sql: str, values: Any = ()) -> Any:
            sent.append(sql.strip())
            return execute(sql, values)

        connection.execute = counted  # type: ignore[method-assign]
    else:
        connection.set_trace_callback(lambda sql: sent.append(sql.strip()))
    return sent


def test_a_months_report_reads_in_one_transaction(journal_store: Path | str) -> None:
    with Journal(journal_store) as journal:
        journal.add_many([session(day) for day in (2, 9, 16)])
        sent = _statements(journal)
        report = build_report(
            journal, month_period(2026, 6), load_catalogue(), "fr", date(2026, 7, 20)
        )
    assert report.headline.sessions == 3
    assert sum(s.startswith("BEGIN") for s in sent) == 1, sent
    assert sent[-1] == "COMMIT"
    assert len([s for s in sent if s.upper().startswith("SELECT")]) >= 5  # every read inside
