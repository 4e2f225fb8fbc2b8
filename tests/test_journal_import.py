"""An export imported into an empty journal: stored straight from the file's checked rows
(``journal.imports``), with the same result as a session-by-session merge."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from innovkit.errors import BadInput
from innovkit.journal import data, exchange
from innovkit.journal.exchange import export_document, read_export
from innovkit.journal.records import Action, Session, StepTiming
from innovkit.journal.store import Journal

DATA = Path(__file__).parent / "data" / "journal"


def _session(number: int, **fields: object) -> Session:
    values: dict[str, object] = {
        "id": f"{number:08x}-0000-4000-8000-000000000000",
        "tool": "audace-up",
        "lever": "audace",
        "date": date(2026, 11, 1 + number % 28),
        "facilitator": "Zoé",
        "participants": 3 + number,
        "created_at": datetime(2026, 11, 1, 18, tzinfo=UTC),
        "updated_at": datetime(2026, 11, 1, 18, tzinfo=UTC),
    }
    values.update(fields)
    return Session(**values)  # type: ignore[arg-type]


def _export(tmp_path: Path) -> Path:
    sessions = [
        _session(
            1,
            start=time(14, 0),
            co_facilitators=["Paul"],
            services=["DRH", "Culture"],
            ideas=["Une « idée »"],
            decisions=["Oui"],
            outcomes={"dare": "Oser", "score": 3, "list": ["a", "b"], "ratio": 2.5},
            notes="Ligne 1\nLigne 2",
            tags=["pilote", "DRH"],
            actions=[
                Action("a1000000-0000-4000-8000-000000000001", "Faire", "Zoé", date(2026, 12, 1)),
                Action("a1000000-0000-4000-8000-000000000002", "Finir", status="done"),
            ],
            step_timings=[
                StepTiming("intro", "Intro", 300, 290),
                StepTiming("x", "X", 60, 0, True),
            ],
        ),
        _session(2, start=time(9, 30, 15), satisfaction=5, setting="remote"),
        _session(3, actual_minutes=45),
        # The same id twice: the one updated last is kept.
        _session(4, notes="old"),
        _session(4, notes="new", updated_at=datetime(2026, 11, 2, 8, tzinfo=UTC)),
    ]
    document = export_document(sessions)
    # Times as another journal may write them: seconds shown, another time zone.
    document["sessions"][0]["start"] = "14:00:00"
    document["sessions"][2]["created_at"] = "2026-11-01T20:00:00+02:00"
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document, indent=1, ensure_ascii=True), encoding="utf-8")
    return path


def test_an_import_into_an_empty_journal_matches_a_session_by_session_merge(
    tmp_path: Path, journal_at: str
) -> None:
    path = _export(tmp_path)
    with Journal(tmp_path / "bulk.sqlite3") as bulk, Journal(journal_at) as merged:
        counts = bulk.merge(read_export(path), checked=True)
        assert (counts.added, counts.updated, counts.unchanged, counts.kept) == (4, 0, 0, 0)
        # A plain list of sessions has no rows to store: the session-by-session path.
        merged.merge(list(read_export(path)))
        assert bulk.sessions() == merged.sessions()
        stored = {s.id: s for s in bulk.sessions()}
    assert stored["00000001-0000-4000-8000-000000000000"].start == time(14, 0)
    assert stored["00000003-0000-4000-8000-000000000000"].created_at == datetime(
        2026, 11, 1, 18, tzinfo=UTC
    )
    assert stored["00000004-0000-4000-8000-000000000000"].notes == "new"
    db = sqlite3.connect(tmp_path / "bulk.sqlite3")
    start, created = db.execute(
        "SELECT start, created_at FROM sessions WHERE id LIKE '00000001%'"
    ).fetchone()
    db.close()
    assert (start, created) == ("14:00", "2026-11-01T18:00:00+00:00")


def test_the_indexes_are_all_there_after_an_import(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite3"
    Journal(fresh).close()
    target = tmp_path / "imported.sqlite3"
    with Journal(target) as journal:
        journal.merge(read_export(_export(tmp_path)), checked=True)

    def definitions(path: Path) -> list[tuple[str, str]]:
        db = sqlite3.connect(path)
        try:
            return db.execute(
                "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
            ).fetchall()
        finally:
            db.close()

    assert definitions(target) == definitions(fresh)
    db = sqlite3.connect(target)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()


def test_an_import_into_an_empty_journal_builds_no_session_object(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _export(tmp_path)

    def no_sessions(*args: object) -> None:
        raise AssertionError("a Session was built")

    monkeypatch.setattr(exchange, "to_session", no_sessions)
    monkeypatch.setattr(exchange, "read_session", no_sessions)
    monkeypatch.setattr(data, "to_session", no_sessions)
    with Journal(tmp_path / "journal.sqlite3") as journal:
        assert journal.merge(read_export(path), checked=True).added == 4
        assert journal.count() == 4


def test_a_dry_run_into_an_empty_journal_counts_and_writes_nothing(tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        counts = journal.merge(read_export(_export(tmp_path)), dry_run=True, checked=True)
        assert counts.added == 4
        assert journal.count() == 0


def test_two_sessions_sharing_an_action_id_are_refused_in_an_empty_journal(
    tmp_path: Path,
) -> None:
    shared = "ab000000-0000-4000-8000-000000000001"
    sessions = [_session(n, actions=[Action(shared, "Même action")]) for n in (1, 2)]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export_document(sessions)), encoding="utf-8")
    with Journal(tmp_path / "journal.sqlite3") as journal:
        with pytest.raises(BadInput) as problem:
            journal.merge(read_export(path), checked=True)
        assert sessions[0].id in str(problem.value) and sessions[1].id in str(problem.value)
        assert journal.count() == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"step_timings": [{"step_id": "a", "title": "A", "planned_seconds": -1,
                            "actual_seconds": 0}]}, "step_timings"),
        ({"tags": ["Pilote", "pilote"]}, "tags"),
        ({"services": ["DRH", 3]}, "services"),
        ({"outcomes": {"dare": {"deep": 1}}}, "outcomes"),
        ({"ideas": "not a list"}, "ideas"),
    ],
)  # fmt: skip
def test_a_wrong_json_column_is_named_and_nothing_is_written(
    tmp_path: Path, change: dict[str, object], field: str
) -> None:
    document = export_document([_session(1)])
    document["sessions"][0].update(change)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(BadInput) as problem:
        read_export(path)
    assert field in str(problem.value)


def test_an_imported_file_exports_one_session_per_line(tmp_path: Path) -> None:
    # The file is indented: its lists and mappings are stored minified all the same.
    with Journal(tmp_path / "journal.sqlite3") as journal:
        journal.merge(read_export(_export(tmp_path)), checked=True)
        text = exchange.export_stored(journal.stored_sessions())
    lines = text.decode("utf-8").splitlines()
    assert len(lines) == 1 + 4
    assert len(json.loads(text)["sessions"]) == 4


def test_the_export_built_by_sqlite_reads_back_as_the_sessions(tmp_path: Path) -> None:
    tricky = 'Guillemets « " » \\ barre, tab\tretour\r\nnul\x01, 𝔸, \u2028, </script>'
    sessions = [
        _session(
            1,
            notes=tricky,
            facilitator=tricky,
            ideas=[tricky],
            outcomes={"dare": tricky, "score": 2.5, "n": 3, "list": [tricky]},
            tags=[tricky],
            actions=[Action("a1000000-0000-4000-8000-000000000001", tricky, tricky)],
            step_timings=[StepTiming("intro", tricky, 300, 290, extended_seconds=30)],
        ),
        _session(2),
    ]
    with Journal(tmp_path / "journal.sqlite3") as journal:
        journal.add_many(sessions)
        text = exchange.export_stored(journal.stored_sessions())
        assert json.loads(text)["sessions"] == [data.session_data(s) for s in journal.sessions()]
    assert len(text.decode("utf-8").split("\n")) == 1 + 2 + 1  # a session per line
    path = tmp_path / "export.json"
    path.write_bytes(text)
    assert list(read_export(path)) == sessions
