"""The merge field by field (``journal.reconcile``) and what the store keeps of it: conflicts,
tombstones of deleted sessions, exports that carry both, dry runs that write nothing."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from innovkit.errors import BadInput
from innovkit.journal.exchange import export_stored, read_export
from innovkit.journal.reconcile import adopted, merge_sessions, stamp_edit, times
from innovkit.journal.records import Action, Session
from innovkit.journal.store import Journal
from journal_state import snapshot

DATA = Path(__file__).parent / "data" / "journal"
SID = "5e550000-0000-4000-8000-000000000001"
T0 = datetime(2026, 11, 3, 18, 0, tzinfo=UTC)
T1 = datetime(2026, 11, 4, 9, 0, tzinfo=UTC)
T2 = datetime(2026, 11, 5, 9, 0, tzinfo=UTC)
T3 = datetime(2026, 11, 6, 9, 0, tzinfo=UTC)


def _session(**fields: object) -> Session:
    values: dict[str, object] = {
        "id": SID,
        "tool": "audace-up",
        "lever": "audace",
        "date": date(2026, 11, 3),
        "participants": 8,
        "satisfaction": 3,
        "notes": "Première",
        "created_at": T0,
        "updated_at": T0,
    }
    values.update(fields)
    return Session(**values)


def _edited(before: Session, moment: datetime, **fields: object) -> Session:
    """``before`` with ``fields`` changed at ``moment``, as ``Journal.update`` stamps it."""
    after = _session(**{**_plain(before), **fields})
    after.updated_at = moment
    after.field_changes = stamp_edit(before, after, moment)
    return after


def _plain(s: Session) -> dict[str, object]:
    return {
        "participants": s.participants,
        "satisfaction": s.satisfaction,
        "notes": s.notes,
        "actions": list(s.actions),
        "field_changes": dict(s.field_changes),
        "updated_at": s.updated_at,
    }


# --------------------------------------------------------------------------- the rules


def test_changes_to_different_fields_are_both_kept() -> None:
    base = _session()
    mine = _edited(base, T1, satisfaction=5, notes="Très bien")
    theirs = _edited(base, T2, participants=12)
    merged = merge_sessions(mine, theirs)
    assert (merged.session.participants, merged.session.satisfaction) == (12, 5)
    assert merged.session.notes == "Très bien"
    assert merged.changed == ["participants"] and merged.conflicts == []
    # And the other way round: the same result.
    back = merge_sessions(theirs, mine).session
    assert (back.participants, back.satisfaction, back.notes) == (12, 5, "Très bien")


def test_the_same_field_changed_on_both_sides_is_a_conflict_the_recent_change_wins() -> None:
    base = _session()
    mine = _edited(base, T3, satisfaction=4)
    theirs = _edited(base, T2, satisfaction=2)
    merged = merge_sessions(mine, theirs)
    assert merged.session.satisfaction == 4 and merged.changed == []
    [conflict] = merged.conflicts
    assert (conflict.field, conflict.kept, conflict.other, conflict.kept_side) == (
        "satisfaction",
        4,
        2,
        "here",
    )
    assert (conflict.kept_at, conflict.other_at) == (T3, T2)
    # Seen from the other side, the more recent change (ours, at T3) wins there too.
    there = merge_sessions(theirs, mine)
    assert there.session.satisfaction == 4 and there.conflicts[0].kept_side == "theirs"
    # Once merged, importing the same copy again is no conflict.
    assert merge_sessions(merged.session, theirs).conflicts == []


def test_a_stale_copy_never_undoes_a_change() -> None:
    base = _session()
    mine = _edited(base, T1, satisfaction=5)
    merged = merge_sessions(mine, base)
    assert merged.session.satisfaction == 5 and not merged.changed and not merged.rewritten
    assert merged.differed  # « kept because newer here »
    taken = merge_sessions(base, mine)
    assert taken.session.satisfaction == 5 and taken.changed == ["satisfaction"]


def test_sessions_without_change_times_merge_as_before_by_updated_at() -> None:
    # Journals and exports of before these rules: every field as of the session's updated_at.
    ours = _session(updated_at=T1)
    theirs = _session(participants=20, updated_at=T2)
    assert merge_sessions(ours, theirs).session.participants == 20
    assert merge_sessions(theirs, ours).session.participants == 20
    assert merge_sessions(ours, theirs).conflicts == []


def test_actions_merge_by_id() -> None:
    first = Action("ac000000-0000-4000-8000-000000000001", "Écrire le compte rendu", "Camille")
    base = _session(actions=[first])
    new_here = Action("ac000000-0000-4000-8000-000000000002", "Réserver la salle")
    new_there = Action("ac000000-0000-4000-8000-000000000003", "Envoyer les photos")
    done = Action(first.id, first.text, first.owner, status="done")
    mine = _edited(base, T1, actions=[first, new_here])
    theirs = _edited(base, T2, actions=[done, new_there])
    merged = merge_sessions(mine, theirs)
    assert [(a.id, a.status) for a in merged.session.actions] == [
        (first.id, "done"),
        (new_here.id, "open"),
        (new_there.id, "open"),
    ]
    assert merged.changed == ["actions"] and merged.conflicts == []
    # Reworded here, marked done there: both kept.
    renamed = Action(first.id, "Écrire et envoyer le compte rendu", first.owner)
    both = merge_sessions(_edited(base, T3, actions=[renamed]), theirs).session
    assert (both.actions[0].text, both.actions[0].status) == (renamed.text, "done")
    assert not merge_sessions(_edited(base, T3, actions=[renamed]), theirs).conflicts
    # The same part of an action changed on both sides: one conflict, named by the action.
    reopened = _edited(_edited(base, T1, actions=[done]), T3, actions=[first])
    owner_here = _edited(base, T2, actions=[Action(first.id, first.text, "Paul")])
    owner_there = _edited(base, T3, actions=[Action(first.id, first.text, "Zoé")])
    [conflict] = merge_sessions(owner_here, owner_there).conflicts
    assert conflict.field == f"actions.owner/{first.id}"
    assert (conflict.kept, conflict.other, conflict.kept_side) == ("Zoé", "Paul", "theirs")
    assert merge_sessions(reopened, owner_there).session.actions[0].owner == "Zoé"


def test_a_value_taken_from_us_and_replaced_here_since_is_no_conflict() -> None:
    base = _session()
    mine = _edited(base, T1, satisfaction=4)
    theirs = merge_sessions(base, mine).session  # they take our 4, at T1
    mine = _edited(mine, T2, satisfaction=5)  # then we change our mind
    merged = merge_sessions(mine, theirs)
    assert merged.session.satisfaction == 5 and merged.conflicts == []
    back = merge_sessions(theirs, mine)
    assert back.session.satisfaction == 5 and back.conflicts == [] and back.changed
    # Only the last few replaced values are remembered: the entry stays short.
    for hour in range(20):
        mine = _edited(mine, T2.replace(hour=hour), satisfaction=1 + hour % 5)
    assert len(mine.field_changes["satisfaction"]) <= 10


def test_a_session_taken_whole_agrees_with_its_source() -> None:
    edited = _edited(_session(), T1, satisfaction=5)
    assert times(edited, "satisfaction").agreed == T0
    taken = adopted(_edited(_session(), T1, satisfaction=5))
    assert times(taken, "satisfaction") == times(edited, "satisfaction").__class__(T1, T1)


# --------------------------------------------------------------------------- the store


def _export(journal: Journal, path: Path) -> Path:
    path.write_bytes(export_stored(journal.stored_sessions(), journal.deletions()))
    return path


@pytest.fixture(params=["sqlite", "postgres"])
def places(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Any, Any]:
    """Where Claire's and Camille's journals are: two SQLite files, then two databases on the
    throwaway PostgreSQL (skipped when it is missing, unless required)."""
    if request.param == "sqlite":
        return tmp_path / "claire.sqlite3", tmp_path / "camille.sqlite3"
    cluster = request.getfixturevalue("postgres_cluster")
    return cluster.new_database(), cluster.new_database()


def _two_journals(tmp_path: Path, places: tuple[Any, Any] | None = None) -> tuple[Any, Any]:
    """Claire's journal with one session, and Camille's, which imported Claire's export."""
    claire, camille = places or (tmp_path / "claire.sqlite3", tmp_path / "camille.sqlite3")
    with Journal(claire) as journal:
        journal.add(_session(actions=[Action("ac000000-0000-4000-8000-00000000000a", "CR")]))
        shared = _export(journal, tmp_path / "shared.json")
    with Journal(camille) as journal:
        assert journal.merge(read_export(shared)).added == 1
    return claire, camille


def _edit(path: Path, **fields: object) -> None:
    with Journal(path) as journal:
        session = journal.get(SID)
        for name, value in fields.items():
            setattr(session, name, value)
        journal.update(session)


def _files(path: Path | str) -> dict[str, object]:
    """The journal's files (WAL included) with their bytes; a PostgreSQL journal's rows."""
    if isinstance(path, str):
        return snapshot(path)
    return {
        p.name: p.read_bytes()
        for p in sorted(path.parent.iterdir())
        if p.name.startswith(path.name)
    }


def test_two_journals_keep_both_sides_and_report_a_conflict(
    tmp_path: Path, places: tuple[Any, Any]
) -> None:
    claire, camille = _two_journals(tmp_path, places)
    _edit(camille, participants=12, satisfaction=2)
    _edit(claire, satisfaction=5, notes="Très bien")  # after Camille's: the recent change
    from_camille = tmp_path / "camille.json"
    with Journal(camille) as journal:
        _export(journal, from_camille)
    before = _files(claire)
    with Journal(claire) as journal:
        dry = journal.merge(read_export(from_camille), dry_run=True)
    assert _files(claire) == before  # a dry run writes nothing, not even the WAL
    with Journal(claire) as journal:
        done = journal.merge(read_export(from_camille))
        session = journal.get(SID)
        assert (session.participants, session.satisfaction, session.notes) == (12, 5, "Très bien")
        [stored] = journal.conflicts()
        assert (stored.field, stored.kept, stored.other, stored.kept_side) == (
            "satisfaction",
            5,
            2,
            "here",
        )
        assert (stored.tool, stored.date) == ("audace-up", date(2026, 11, 3))
    for counts in (dry, done):
        assert (counts.added, counts.updated, counts.unchanged, counts.kept) == (0, 1, 0, 0)
        assert [c.fields for c in counts.changes] == [("participants",)]
        assert [(c.field, c.kept, c.other) for c in counts.conflicts] == [("satisfaction", 5, 2)]
    # The same file twice: nothing more, no second conflict.
    with Journal(claire) as journal:
        again = journal.merge(read_export(from_camille))
        assert (again.added, again.updated, again.conflicts) == (0, 0, ())
        assert len(journal.conflicts()) == 1


def test_a_conflict_is_settled_either_way(tmp_path: Path, places: tuple[Any, Any]) -> None:
    claire, camille = _two_journals(tmp_path, places)
    _edit(camille, satisfaction=2)
    _edit(claire, satisfaction=5)
    with Journal(camille) as journal:
        from_camille = _export(journal, tmp_path / "camille.json")
    with Journal(claire) as journal:
        journal.merge(read_export(from_camille))
        [conflict] = journal.conflicts()
        journal.resolve_conflict(conflict.id[:6], keep_other=True, lang="en")
        assert journal.get(SID).satisfaction == 2
        assert journal.conflicts() == []
        assert journal.conflicts(open_only=False)[0].resolution == "other"
        with pytest.raises(BadInput, match="already settled"):
            journal.resolve_conflict(conflict.id, keep_other=False, lang="en")
        with pytest.raises(BadInput, match="No conflict has the id"):
            journal.resolve_conflict("abc", keep_other=False, lang="en")
        back = _export(journal, tmp_path / "claire.json")
    # Claire's choice travels back to Camille as an agreement, not a new conflict.
    with Journal(camille) as journal:
        counts = journal.merge(read_export(back))
        assert counts.conflicts == () and journal.get(SID).satisfaction == 2
    _edit(claire, satisfaction=4)
    _edit(camille, satisfaction=1)
    with Journal(camille) as journal:
        from_camille = _export(journal, tmp_path / "camille2.json")
    with Journal(claire) as journal:
        journal.merge(read_export(from_camille))
        [conflict] = journal.conflicts()
        assert (conflict.kept, conflict.other, conflict.kept_side) == (1, 4, "theirs")
        journal.resolve_conflict(conflict.id, keep_other=False, lang="fr")
        assert journal.get(SID).satisfaction == 1 and journal.conflicts() == []


def test_a_deletion_travels_and_an_older_copy_does_not_come_back(
    tmp_path: Path, places: tuple[Any, Any]
) -> None:
    claire, camille = _two_journals(tmp_path, places)
    with Journal(camille) as journal:
        older = _export(journal, tmp_path / "camille-older.json")
    with Journal(claire) as journal:
        journal.delete(SID, by="Claire")
        [tombstone] = journal.deletions()
        assert (tombstone.session_id, tombstone.deleted_by) == (SID, "Claire")
        counts = journal.merge(read_export(older))
        assert (counts.added, counts.not_restored) == (0, 1)
        assert journal.count() == 0
        deleted = _export(journal, tmp_path / "claire.json")
    document = json.loads(deleted.read_text(encoding="utf-8"))
    assert document["version"] == 2 and document["sessions"] == []
    assert [d["id"] for d in document["deletions"]] == [SID]
    before = _files(camille)
    with Journal(camille) as journal:
        dry = journal.merge(read_export(deleted), dry_run=True)
        assert [d.session_id for _, d in dry.deleted] == [SID]
    assert _files(camille) == before
    with Journal(camille) as journal:
        done = journal.merge(read_export(deleted))
        assert [c.session_id for c, _ in done.deleted] == [SID]
        assert journal.count() == 0 and [d.session_id for d in journal.deletions()] == [SID]
        assert journal.merge(read_export(deleted)).deleted == ()  # twice: nothing more


def test_a_copy_changed_after_the_deletion_comes_back(
    tmp_path: Path, places: tuple[Any, Any]
) -> None:
    claire, camille = _two_journals(tmp_path, places)
    with Journal(claire) as journal:
        journal.delete(SID)
        deleted = _export(journal, tmp_path / "claire.json")
    _edit(camille, notes="Compte rendu ajouté après coup")  # after Claire's deletion
    with Journal(camille) as journal:
        counts = journal.merge(read_export(deleted))
        assert counts.deleted == () and [c.session_id for c in counts.kept_after_deletion] == [SID]
        assert journal.count() == 1
        changed = _export(journal, tmp_path / "camille.json")
    with Journal(claire) as journal:
        counts = journal.merge(read_export(changed))
        assert counts.added == 1 and [c.session_id for c in counts.restored] == [SID]
        assert journal.get(SID).notes == "Compte rendu ajouté après coup"
        assert journal.deletions() == []


def test_an_import_into_an_empty_journal_keeps_the_tombstones(tmp_path: Path) -> None:
    claire, _ = _two_journals(tmp_path)
    with Journal(claire) as journal:
        journal.add(_session(id="5e550000-0000-4000-8000-000000000002"))
        journal.delete(SID)
        export = _export(journal, tmp_path / "claire.json")
    fresh = tmp_path / "fresh.sqlite3"
    with Journal(fresh) as journal:
        assert journal.merge(read_export(export)).added == 1  # the fast path
        assert [d.session_id for d in journal.deletions()] == [SID]
    # A journal with tombstones but no sessions compares session by session.
    older = tmp_path / "shared.json"
    with Journal(fresh) as journal:
        journal.delete("5e550000-0000-4000-8000-000000000002")
        counts = journal.merge(read_export(older))
        assert (counts.added, counts.not_restored) == (0, 1) and journal.count() == 0


def test_bad_deletions_are_refused_and_nothing_is_written(
    tmp_path: Path, places: tuple[Any, Any]
) -> None:
    claire, camille = _two_journals(tmp_path, places)
    with Journal(claire) as journal:
        journal.delete(SID)
        export = _export(journal, tmp_path / "claire.json")
    document = json.loads(export.read_text(encoding="utf-8"))
    for wrong in ({"id": "not an id"}, {"id": SID, "date": "2026-11-03", "deleted_at": "hier"}):
        document["deletions"] = [wrong]
        export.write_text(json.dumps(document), encoding="utf-8")
        before = _files(camille)
        with pytest.raises(BadInput, match="deleted sessions"):
            read_export(export)
        assert _files(camille) == before


def test_a_version_1_export_is_still_read(tmp_path: Path) -> None:
    sessions = read_export(DATA / "journal-v2.json")  # written as format 1
    assert len(sessions) == 4 and sessions.deletions == []
    with Journal(tmp_path / "j.sqlite3") as journal:
        assert journal.merge(sessions).added == 4
        assert journal.merge(read_export(DATA / "journal-v2.json")).unchanged == 4


def test_an_older_journal_migrated_merges_field_by_field(tmp_path: Path) -> None:
    path = tmp_path / "journal-v2.sqlite3"
    shutil.copy(DATA / "journal-v2.sqlite3", path)
    other = tmp_path / "other.sqlite3"
    with Journal(path) as journal:
        first = journal.sessions()[0]
        assert first.field_changes == {}
        _export(journal, tmp_path / "v2.json")
    with Journal(other) as journal:
        journal.merge(read_export(tmp_path / "v2.json"))
        copy = journal.get(first.id)
        copy.participants = 99
        journal.update(copy)
        _export(journal, tmp_path / "other.json")
    with Journal(path) as journal:
        mine = journal.get(first.id)
        mine.notes = "Ajouté ici"
        journal.update(mine)
        counts = journal.merge(read_export(tmp_path / "other.json"))
        merged = journal.get(first.id)
        assert (merged.participants, merged.notes) == (99, "Ajouté ici")
        assert counts.conflicts == ()


def test_the_day_an_action_was_done_travels_with_its_status() -> None:
    first = Action("ac000000-0000-4000-8000-000000000001", "Écrire le compte rendu", "Camille")
    base = _session(actions=[first])
    day = date(2026, 11, 5)
    done = Action(first.id, first.text, first.owner, status="done", done_on=day)
    renamed = Action(first.id, "Écrire et envoyer le compte rendu", first.owner)
    merged = merge_sessions(_edited(base, T1, actions=[renamed]), _edited(base, T2, actions=[done]))
    action = merged.session.actions[0]
    assert (action.text, action.status, action.done_on) == (renamed.text, "done", day)
    # Done here, still open there: the day stays ours.
    kept = merge_sessions(_edited(base, T2, actions=[done]), _edited(base, T1, actions=[renamed]))
    assert (kept.session.actions[0].status, kept.session.actions[0].done_on) == ("done", day)
