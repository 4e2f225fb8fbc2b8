"""The journal file: migrations, permissions, refusals, queries, concurrent writers and a
writer killed half-way."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from innovkit.errors import BadInput, ExitCode, InnovkitError
from innovkit.journal.exchange import export_document, export_stored, read_export
from innovkit.journal.migrations import MIGRATIONS, SCHEMA_VERSION
from innovkit.journal.records import Action, Session, StepTiming
from innovkit.journal.store import Journal

DATA = Path(__file__).parent / "data" / "journal"
ROOT = Path(__file__).resolve().parent.parent


def make_session(**fields) -> Session:
    values = {
        "tool": "audace-up",
        "lever": "audace",
        "date": date(2026, 11, 3),
        "facilitator": "Claire",
        "participants": 8,
    }
    values.update(fields)
    return Session(**values)


def schema(path: Path | str) -> str:
    db = sqlite3.connect(path)
    rows = db.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
    ).fetchall()
    db.close()
    return "".join(f"{sql};\n\n" for (sql,) in rows).rstrip() + "\n"


def expected_schema() -> str:
    text = (DATA / "schema-v7.sql").read_text(encoding="utf-8")
    return (
        "\n".join(line for line in text.splitlines() if not line.startswith("--")).lstrip() + "\n"
    )


def user_version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


# --------------------------------------------------------------------------- migrations


def test_the_schema_file_is_for_the_current_version() -> None:
    assert SCHEMA_VERSION == 7
    assert "user_version = 7" in (DATA / "schema-v7.sql").read_text(encoding="utf-8")


def test_a_new_journal_has_the_exact_schema(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "journal.sqlite3"
    Journal(path).close()
    assert schema(path) == expected_schema()
    assert user_version(path) == SCHEMA_VERSION
    db = sqlite3.connect(path)
    recorded = db.execute("SELECT version, name FROM migrations ORDER BY version").fetchall()
    assert recorded == [(i + 1, name) for i, (name, _) in enumerate(MIGRATIONS)]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_empty_file_becomes_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"")
    with Journal(path) as journal:
        assert journal.count() == 0
    assert schema(path) == expected_schema()


# Journals as each shipped version of innovkit wrote them: files made once and committed, never
# made again with today's migrations (which could not then show that a shipped one was edited).
FROZEN = {
    1: DATA / "journal-v1.sqlite3",
    2: DATA / "journal-v2.sqlite3",
    3: DATA / "journal-v3.sqlite3",
    4: DATA / "journal-v4.sqlite3",
    5: DATA / "journal-v5.sqlite3",
    6: DATA / "journal-v6.sqlite3",
    7: DATA / "journal-v7.sqlite3",
}


def _load_script(name: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expected_sessions(version: int) -> list[dict]:
    """Every session of the frozen journal of ``version``, in the export's shape, as the data
    it was made from says (not as today's code reads it)."""
    if version >= 2:  # versions 2 and 3 from one export; 4 and 5 from their own; 6, 7 from 5's
        name = {
            4: "journal-v4.json",
            5: "journal-v5.json",
            6: "journal-v5.json",
            7: "journal-v5.json",
        }.get(version, "journal-v2.json")
        document = json.loads((DATA / name).read_text(encoding="utf-8"))
        sessions = sorted(document["sessions"], key=lambda s: (s["date"], s["start"] or ""))
        for session in sessions:
            for action in session["actions"]:
                action.setdefault("done_on", None)  # before version 4: the day is unknown
            session.setdefault("moment", None)  # before version 5: each tool in one moment
            session.setdefault("follows", None)
        # Field change times (version 3) are unknown before: none.
        return [{**s, "field_changes": {}} for s in sessions]
    v1 = _load_script("make_v1")
    sessions = []
    for row in v1.SESSIONS:
        data = dict(zip(V1_COLUMNS, row, strict=True))
        for key in ("co_facilitators", "services", "ideas", "decisions", "outcomes"):
            data[key] = json.loads(data[key])
        if data["start"] is not None:
            data["start"] = data["start"].removesuffix(":00")  # "14:00:00" is shown as typed
        data["actions"] = [
            {"id": a[0], "text": a[3], "owner": a[4], "due": a[5], "status": a[6], "done_on": None}
            for a in sorted(v1.ACTIONS, key=lambda a: a[2])
            if a[1] == data["id"]
        ]
        data["step_timings"], data["tags"] = [], []  # not in version 1
        data["field_changes"] = {}  # not before version 3
        data["moment"] = data["follows"] = None  # not before version 5
        sessions.append(data)
    return sessions


V1_COLUMNS = [
    "id",
    "tool",
    "tool_version",
    "card_digest",
    "lever",
    "variant",
    "date",
    "start",
    "planned_minutes",
    "actual_minutes",
    "facilitator",
    "co_facilitators",
    "participants",
    "services",
    "setting",
    "satisfaction",
    "ideas",
    "decisions",
    "outcomes",
    "notes",
    "created_at",
    "updated_at",
]


def test_there_is_a_frozen_journal_for_every_shipped_version() -> None:
    # A new migration comes with a journal written by the version before it... and this one.
    assert sorted(FROZEN) == list(range(1, SCHEMA_VERSION + 1))
    for version, path in FROZEN.items():
        assert user_version(path) == version, path


@pytest.mark.parametrize("version", sorted(FROZEN))
def test_every_earlier_version_is_migrated(tmp_path: Path, version: int) -> None:
    from innovkit.journal.records import session_data

    path = tmp_path / f"journal-v{version}.sqlite3"
    shutil.copy(FROZEN[version], path)
    with Journal(path) as journal:
        stored = [session_data(s) for s in journal.sessions()]
        assert stored == expected_sessions(version)
        exported = json.loads(export_stored(journal.stored_sessions()))["sessions"]
        assert exported == stored
        # Every table of the current schema works on the migrated journal.
        journal.add(make_session(tags=["pilote"], step_timings=[StepTiming("a", "A", 60, 70)]))
        assert len(journal.sessions(tag="PILOTE")) == 1 + sum(
            "pilote" in (t.lower() for t in s["tags"]) for s in stored
        )
    assert user_version(path) == SCHEMA_VERSION
    assert schema(path) == expected_schema()
    db = sqlite3.connect(path)
    recorded = db.execute("SELECT version, name FROM migrations ORDER BY version").fetchall()
    assert recorded == [(i + 1, name) for i, (name, _) in enumerate(MIGRATIONS)]
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_migration_that_fails_leaves_the_journal_at_its_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal-v1.sqlite3"
    shutil.copy(DATA / "journal-v1.sqlite3", path)

    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk full")

    import innovkit.journal.migrations as migrations

    monkeypatch.setattr(migrations, "MIGRATIONS", (MIGRATIONS[0], ("broken", broken)))
    with pytest.raises(RuntimeError):
        Journal(path)
    assert user_version(path) == 1
    db = sqlite3.connect(path)
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names
    assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 3


# --------------------------------------------------------------------------- refusals


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Mes notes de séance, pas un journal.\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(BadInput) as problem:
        Journal(path)
    assert "is not an innovkit journal" in str(problem.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_journal_from_a_newer_innovkit_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    Journal(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(BadInput) as problem:
        Journal(path)
    # The user pointed innovkit at a file it cannot use (as with any other bad input).
    assert problem.value.exit_code == ExitCode.USAGE
    assert "newer version of innovkit" in str(problem.value)
    assert "Update innovkit" in str(problem.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_another_programs_database_is_refused_untouched(tmp_path: Path, journal_mode: str) -> None:
    path = tmp_path / "contacts.db"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"PRAGMA journal_mode = {journal_mode}")
    db.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    db.execute("INSERT INTO contacts VALUES ('Claire', '04 93 00 00 00')")
    db.close()
    path.chmod(0o644)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(BadInput) as problem:
        Journal(path)
    assert "another program’s SQLite database, not an innovkit journal" in str(problem.value)
    assert "\n" not in str(problem.value)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    db = sqlite3.connect(path)
    assert [row[0] for row in db.execute("SELECT name FROM sqlite_master")] == ["contacts"]
    assert db.execute("PRAGMA user_version").fetchone()[0] == 0


def test_a_folder_is_not_a_journal(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        Journal(tmp_path)


def test_a_journal_that_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")  # a folder cannot go inside a file
    with pytest.raises(InnovkitError) as problem:
        Journal(tmp_path / "a-file" / "sub" / "journal.sqlite3")
    assert "cannot be created" in str(problem.value)


def test_the_journal_is_for_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        journal.add(make_session())
        for name in (path, Path(f"{path}-wal")):
            if name.exists():
                assert stat.S_IMODE(name.stat().st_mode) == 0o600, name
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_default_path_follows_the_environment(
    tmp_path: Path, innovkit_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal() as journal:
        assert journal.path == innovkit_home / "data" / "journal.sqlite3"
    monkeypatch.setenv("INNOVKIT_JOURNAL", str(tmp_path / "elsewhere.db"))
    with Journal() as journal:
        assert journal.path == tmp_path / "elsewhere.db"
    assert (tmp_path / "elsewhere.db").exists()


# --------------------------------------------------------------------------- sessions


def test_add_get_update_delete(journal_at: str) -> None:
    with Journal(journal_at) as journal:
        session = make_session(
            id="3f2a9c1e-0000-4000-8000-000000000001",
            start=time(14, 0),
            actions=[Action("b1000000-0000-4000-8000-000000000001", "Écrire", "Paul", None)],
            step_timings=[StepTiming("accueil", "Accueil", 600, 660, False, 60)],
            outcomes={"dares": ["Oser"], "score": 2.5},
            tags=["pilote", "DRH"],
        )
        journal.add(session)
        assert journal.get("3f2a") == session
        assert journal.get("3F2A9C1E-0000-4000-8000-000000000001") == session
        with pytest.raises(BadInput):
            journal.add(make_session(id=session.id))
        session.participants = 11
        before = session.updated_at
        journal.update(session)
        stored = journal.get("3f2a")
        assert stored.participants == 11
        assert stored.updated_at > before
        assert journal.delete("3f2a").id == session.id
        assert journal.count() == 0
        assert journal.actions() == []
        with pytest.raises(BadInput):
            journal.get("3f2a")


def test_prefixes_as_git_does_them(journal_at: str) -> None:
    with Journal(journal_at) as journal:
        journal.add(make_session(id="abcd0000-0000-4000-8000-000000000001"))
        journal.add(make_session(id="abce0000-0000-4000-8000-000000000002"))
        assert journal.get("abcd").id.startswith("abcd")
        with pytest.raises(BadInput) as problem:
            journal.get("abc")
        assert "Several sessions start with “abc”" in str(problem.value)
        assert "abcd0000" in str(problem.value) and "abce0000" in str(problem.value)
        for unknown in ("fff", "zz", "", "abc%"):
            with pytest.raises(BadInput) as problem:
                journal.get(unknown)
            assert "No session has the id" in str(problem.value)


def test_listing_filters(journal_at: str) -> None:
    with Journal(journal_at) as journal:
        journal.add(make_session(date=date(2026, 10, 31), facilitator="Paul"))
        journal.add(make_session(date=date(2026, 11, 1), tags=["Pilote"]))
        journal.add(
            make_session(
                date=date(2026, 11, 30),
                tool="la-balade",
                lever="echanges",
                facilitator="Zoé",
                co_facilitators=["Hélène Petit"],
            )
        )
        journal.add(make_session(date=date(2026, 12, 1)))
        november = journal.sessions(date(2026, 11, 1), date(2026, 11, 30))
        assert [s.date.day for s in november] == [1, 30]
        assert len(journal.sessions(tool="la-balade")) == 1
        assert len(journal.sessions(lever="audace")) == 3
        assert len(journal.sessions(facilitator="helene petit")) == 1
        assert len(journal.sessions(facilitator="ZOE")) == 1
        assert len(journal.sessions(tag="pilote")) == 1
        assert len(journal.sessions(start=date(2026, 11, 2))) == 2


def test_actions_follow_up(journal_at: str) -> None:
    with Journal(journal_at) as journal:
        journal.add(
            make_session(
                actions=[
                    Action(
                        "c1000000-0000-4000-8000-000000000001", "Late", "Paul", date(2026, 11, 1)
                    ),
                    Action("c2000000-0000-4000-8000-000000000002", "Later", "", date(2026, 12, 24)),
                    Action("c3000000-0000-4000-8000-000000000003", "Whenever", "", None),
                    Action(
                        "c4000000-0000-4000-8000-000000000004", "Done", "", date(2026, 1, 1), "done"
                    ),
                ]
            )
        )
        assert [e.action.text for e in journal.actions()] == ["Done", "Late", "Later", "Whenever"]
        assert len(journal.actions(status="open")) == 3
        late = journal.actions(status="open", due_before=date(2026, 11, 25))
        assert [e.action.text for e in late] == ["Late"]
        before = journal.sessions()[0].updated_at
        entry, changed = journal.set_action_status("c1", "done", today=date(2026, 11, 28))
        assert changed and entry.action.status == "done"
        assert entry.action.done_on == date(2026, 11, 28)
        assert journal.sessions()[0].updated_at > before
        # Done again: nothing changes, not even the session's time of update.
        before = journal.sessions()[0].updated_at
        entry, changed = journal.set_action_status("c1", "done", today=date(2026, 12, 1))
        assert not changed and entry.action.done_on == date(2026, 11, 28)
        assert journal.sessions()[0].updated_at == before
        reopened, changed = journal.set_action_status("c1", "open")
        assert changed and reopened.action.done_on is None
        journal.set_action_status("c1", "done", today=date(2026, 11, 28))
        assert journal.actions(status="open", due_before=date(2026, 11, 25)) == []
        with pytest.raises(BadInput):
            journal.set_action_status("c", "done")  # ambiguous


def test_lever_usage_for_suggest_and_levers(journal_at: str) -> None:
    with Journal(journal_at) as journal:
        journal.add(make_session(date=date(2025, 1, 10)))
        journal.add(make_session(date=date(2026, 3, 10)))
        journal.add(make_session(date=date(2026, 6, 1), tool="la-balade", lever="echanges"))
        usage = journal.lever_usage(since=date(2025, 11, 25))
        assert usage["audace"].sessions == 1
        assert usage["audace"].last_date == date(2026, 3, 10)
        assert usage["echanges"].sessions == 1
        assert journal.lever_usage()["audace"].sessions == 2
        assert journal.tool_usage()["la-balade"].last_date == date(2026, 6, 1)
        assert "temps" not in usage


def test_the_reports_reads_of_older_actions_and_lever_usage(journal_at: str) -> None:
    # The monthly report reads the open actions before its period once: those of the year
    # before listed, older ones counted; and the lever usage of named levers only.
    def action(n: int, due: date, status: str = "open") -> Action:
        return Action(f"d{n}000000-0000-4000-8000-00000000000{n}", f"Action {n}", "", due, status)

    with Journal(journal_at) as journal:
        journal.add(make_session(date=date(2025, 3, 1), actions=[action(1, date(2025, 4, 1))]))
        journal.add(make_session(date=date(2025, 12, 1), actions=[action(2, date(2026, 2, 1))]))
        journal.add(make_session(date=date(2026, 2, 1), actions=[action(3, date(2026, 1, 1))]))
        journal.add(make_session(date=date(2026, 2, 2), actions=[action(4, None, "done")]))
        journal.add(make_session(date=date(2026, 3, 1), actions=[action(5, date(2026, 3, 2))]))
        journal.add(make_session(date=date(2026, 2, 3), tool="la-balade", lever="echanges"))
        listed, older = journal.open_actions_before(date(2026, 3, 1), date(2025, 3, 2))
        assert [e.action.text for e in listed] == ["Action 3", "Action 2"]  # soonest due first
        assert [e.session_date for e in listed] == [date(2026, 2, 1), date(2025, 12, 1)]
        assert older == 1
        assert journal.open_actions_before(date(2026, 3, 2), date(2025, 3, 1))[1] == 0
        usage = journal.lever_usage_between(date(2025, 6, 1), date(2026, 2, 28), ["audace", "x"])
        assert list(usage) == ["audace"]  # « echanges » was not asked for
        assert (usage["audace"].sessions, usage["audace"].last_date) == (3, date(2026, 2, 2))
        assert journal.lever_usage_between(date(2025, 6, 1), date(2026, 2, 28), []) == {}


def test_atomic_all_or_nothing(journal_at: str) -> None:
    with Journal(journal_at) as journal:
        with pytest.raises(RuntimeError), journal.atomic():
            journal.add(make_session())
            with journal.atomic():
                journal.add(make_session())
            raise RuntimeError("stop")
        assert journal.count() == 0
        with journal.atomic():
            journal.add(make_session())
            with pytest.raises(RuntimeError), journal.atomic():
                journal.add(make_session())
                raise RuntimeError("only the inner block")
        assert journal.count() == 1


# --------------------------------------------------------------------------- merge


def test_merge_adds_skips_and_keeps_the_newer(journal_at: str) -> None:
    ours = make_session(id="d1000000-0000-4000-8000-000000000001")
    same = make_session(id="d2000000-0000-4000-8000-000000000002")
    with Journal(journal_at) as journal:
        journal.add(ours)
        journal.add(same)
        theirs_newer = make_session(
            id=ours.id,
            participants=20,
            created_at=ours.created_at,
            updated_at=datetime(2099, 1, 1, tzinfo=UTC),
        )
        theirs_older = make_session(
            id=same.id,
            participants=1,
            created_at=same.created_at,
            updated_at=datetime(2000, 1, 1, tzinfo=UTC),
        )
        brand_new = make_session(id="d3000000-0000-4000-8000-000000000003")
        counts = journal.merge([theirs_newer, theirs_older, brand_new], dry_run=True)
        assert (counts.added, counts.updated, counts.unchanged, counts.kept) == (1, 1, 0, 1)
        assert journal.count() == 2
        counts = journal.merge([theirs_newer, theirs_older, brand_new])
        assert (counts.added, counts.updated, counts.unchanged, counts.kept) == (1, 1, 0, 1)
        assert journal.get("d1").participants == 20
        assert journal.get("d2").participants == 8
        again = journal.merge([theirs_newer, brand_new, same])
        assert (again.added, again.updated, again.unchanged) == (0, 0, 3)


def _with_action(ident: str, action_id: str, **fields) -> Session:
    return make_session(
        id=ident, actions=[Action(action_id, "Écrire le compte rendu", "", None)], **fields
    )


def test_merge_refuses_an_action_id_already_under_another_session(journal_at: str) -> None:
    ours = _with_action(
        "e1000000-0000-4000-8000-000000000001", "ea000000-0000-4000-8000-000000000001"
    )
    with Journal(journal_at) as journal:
        journal.add(ours)
        # The same session exported, then given a new session id by hand: its action keeps its id.
        copy = _with_action(
            "e2000000-0000-4000-8000-000000000002", ours.actions[0].id, participants=12
        )
        other = make_session(id="e3000000-0000-4000-8000-000000000003")
        for dry_run in (True, False):
            with pytest.raises(BadInput) as problem:
                journal.merge([other, copy], dry_run=dry_run)
            message = str(problem.value)
            assert copy.id in message and ours.id in message and "Nothing was recorded" in message
        assert [s.id for s in journal.sessions()] == [ours.id]
        assert [e.session_id for e in journal.actions()] == [ours.id]
        # Two incoming sessions that share an action id are refused the same way.
        twin = _with_action(
            "e4000000-0000-4000-8000-000000000004", "eb000000-0000-4000-8000-000000000002"
        )
        twin_copy = _with_action("e5000000-0000-4000-8000-000000000005", twin.actions[0].id)
        with pytest.raises(BadInput) as problem:
            journal.merge([twin, twin_copy])
        assert twin.id in str(problem.value) and twin_copy.id in str(problem.value)
        assert journal.count() == 1
        # A newer version of our own session keeps its action ids: that is an update.
        newer = _with_action(
            ours.id,
            ours.actions[0].id,
            participants=20,
            created_at=ours.created_at,
            updated_at=datetime(2099, 1, 1, tzinfo=UTC),
        )
        assert journal.merge([newer]).updated == 1
        assert journal.get(ours.id).participants == 20
        assert [e.action.id for e in journal.actions()] == [ours.actions[0].id]


def test_add_refuses_an_action_id_already_in_the_journal(journal_at: str) -> None:
    with Journal(journal_at) as journal:
        first = _with_action(
            "f1000000-0000-4000-8000-000000000001", "fa000000-0000-4000-8000-000000000001"
        )
        journal.add(first)
        second = _with_action("f2000000-0000-4000-8000-000000000002", first.actions[0].id)
        with pytest.raises(BadInput) as problem:
            journal.add(second)
        assert second.id in str(problem.value) and first.id in str(problem.value)
        with pytest.raises(BadInput):
            journal.add_many(
                [
                    _with_action(
                        "f3000000-0000-4000-8000-000000000003",
                        "fb000000-0000-4000-8000-000000000002",
                    ),
                    _with_action(
                        "f4000000-0000-4000-8000-000000000004",
                        "fb000000-0000-4000-8000-000000000002",
                    ),
                ]
            )
        assert journal.count() == 1


def test_export_then_read_back(tmp_path: Path) -> None:
    sessions = [make_session(notes="Line 1\nLine 2", tags=["x"]), make_session(satisfaction=5)]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export_document(sessions)), encoding="utf-8")
    assert read_export(path) == sessions


@pytest.mark.parametrize(
    "content",
    [
        b"not json at all",
        b"\xff\xfe\x00garbage",
        b"[]",
        b'{"format": "something-else", "version": 1, "sessions": []}',
        b'{"format": "innovkit-journal", "version": "1", "sessions": []}',
        b'{"format": "innovkit-journal", "version": 1, "sessions": {}}',
        b'{"format": "innovkit-journal", "version": 1, "sessions": [{"id": 3}]}',
        b'{"format": "innovkit-journal", "version": 9, "sessions": []}',
    ],
)
def test_anything_else_is_not_an_export(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "file.json"
    path.write_bytes(content)
    with pytest.raises(BadInput):
        read_export(path)


# --------------------------------------------------------------------------- processes


def run_python(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


WRITER = """
    import sys, time
    from datetime import date
    from pathlib import Path
    from innovkit.journal.store import Journal
    from innovkit.journal.records import Action, Session, new_id

    path, go, name = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    with Journal(path) as journal:
        while not go.exists():  # both writers start together
            time.sleep(0.005)
        for i in range(500):
            journal.add(Session(
                tool="audace-up", lever="audace", date=date(2026, 11, 1 + i % 28),
                facilitator=name, participants=1 + i % 30,
                actions=[Action(new_id(), f"{name} {i}", name, None)],
            ))
    print("done")
"""


def test_two_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    path, go = tmp_path / "journal.sqlite3", tmp_path / "go"
    Journal(path).close()
    writers = [run_python(WRITER, str(path), str(go), name) for name in ("Claire", "Paul")]
    go.touch()
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert out.strip() == "done"
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1000
    assert db.execute("SELECT count(*) FROM actions").fetchone()[0] == 1000
    per_writer = dict(db.execute("SELECT facilitator, count(*) FROM sessions GROUP BY 1"))
    assert per_writer == {"Claire": 500, "Paul": 500}


KILLED = """
    import os, signal, sys
    from datetime import date
    from pathlib import Path
    import innovkit.journal.rows as rows
    import innovkit.journal.store as store
    import innovkit.journal.store.queries as queries
    from innovkit.journal.records import Action, Session, new_id

    path, how = Path(sys.argv[1]), sys.argv[2]

    def session(n):
        return Session(tool="audace-up", lever="audace", date=date(2026, 11, n),
                       actions=[Action(new_id(), f"action {n}", "Paul", None)], tags=["t"])

    journal = store.Journal(path)
    journal.add(session(1))  # committed before the crash
    if how == "inside-atomic":
        with journal.atomic():
            journal.add(session(2))
            journal.add(session(3))
            os.kill(os.getpid(), signal.SIGKILL)
    else:  # half-way through storing one session: its row is written, its actions are not
        def insert_then_die(self, sessions):
            self._db.executemany(queries._INSERT, [rows.session_row(s) for s in sessions])
            os._exit(9)
        store.Journal._insert = insert_then_die
        journal.add(session(4))
"""


@pytest.mark.parametrize("how", ["inside-atomic", "inside-add"])
def test_a_writer_killed_mid_transaction_leaves_no_partial_session(
    tmp_path: Path, how: str
) -> None:
    path = tmp_path / "journal.sqlite3"
    writer = run_python(KILLED, str(path), how)
    _, err = writer.communicate(timeout=60)
    assert writer.returncode != 0, err
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert [r[0] for r in db.execute("SELECT date FROM sessions")] == ["2026-11-01"]
    assert db.execute("SELECT count(*) FROM actions").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM session_tags").fetchone()[0] == 1
    db.close()
    with Journal(path) as journal:
        (survivor,) = journal.sessions()
        assert [a.text for a in survivor.actions] == ["action 1"]


def test_the_version_1_journal_exports_like_a_new_one(tmp_path: Path) -> None:
    from innovkit.journal.records import session_data

    path = tmp_path / "journal-v1.sqlite3"
    shutil.copy(DATA / "journal-v1.sqlite3", path)
    with Journal(path) as journal:
        exported = json.loads(export_stored(journal.stored_sessions()))["sessions"]
        assert exported == [session_data(s) for s in journal.sessions()]
        assert exported[0]["start"] == "14:00"  # stored as 14:00:00 by version 1
