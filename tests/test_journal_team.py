"""A team on one journal (issue 14, items 2 and 5): an edit made on a stale view of a session is
written field by field onto the session as it is now — a colleague's change meanwhile is kept,
the same field changed by both is a conflict kept for ``journal conflicts`` and said in one
sentence — on SQLite and on a real PostgreSQL; and, on PostgreSQL, writers and editors at the
same time (separate processes, made to meet by a barrier, not by timing luck)."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from innovkit.journal.records import Action, Session, new_id
from innovkit.journal.store import Journal

DATA = Path(__file__).parent / "data" / "journal"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def test_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INNOVKIT_CARDS", str(DATA / "cards"))


def _stored(journal_store: Path | str, **fields: Any) -> str:
    """A session in the journal; its id."""
    values: dict[str, Any] = {
        "tool": "audace-up",
        "lever": "audace",
        "date": date(2026, 11, 3),
        "participants": 8,
        "satisfaction": 3,
        "notes": "Première",
        "facilitator": "Claire",
        "actions": [Action(new_id(), "Envoyer le compte rendu", "Claire", None)],
    }
    values.update(fields)
    with Journal(journal_store) as journal:
        return journal.add(Session(**values)).id


def _copy(session: Session, **fields: Any) -> Session:
    """The session as an edit leaves it: a copy with ``fields`` changed."""
    import copy

    changed = copy.deepcopy(session)
    for name, value in fields.items():
        setattr(changed, name, value)
    return changed


def _colleague(journal_store: Path | str, sid: str, **fields: Any) -> None:
    """A colleague's edit, on their own connection, made and saved at once."""
    with Journal(journal_store) as theirs:
        theirs.update(_copy(theirs.get(sid), **fields))


# --------------------------------------------------------------------------- a stale view


def test_a_colleagues_change_to_another_field_is_kept(journal_store: Path | str) -> None:
    sid = _stored(journal_store)
    with Journal(journal_store) as journal:
        view = journal.get(sid)  # the edit starts here…
        _colleague(journal_store, sid, participants=12)  # …a colleague saves meanwhile…
        edited = journal.save_edit(_copy(view, satisfaction=5, notes="Très bien"), base=view)
        stored = journal.get(sid)
        assert journal.conflicts() == []
    assert (stored.participants, stored.satisfaction, stored.notes) == (12, 5, "Très bien")
    assert edited.kept == ["participants"]
    assert edited.changed == ["satisfaction", "notes"]
    assert edited.conflicts == []


def test_the_same_field_changed_by_both_is_a_conflict_never_silently_lost(
    journal_store: Path | str,
) -> None:
    sid = _stored(journal_store)
    with Journal(journal_store) as journal:
        view = journal.get(sid)
        _colleague(journal_store, sid, notes="Version de Paul")
        edited = journal.save_edit(_copy(view, notes="Version de Claire"), base=view)
        assert journal.get(sid).notes == "Version de Claire"  # the more recent change
        [conflict] = journal.conflicts()
        assert (conflict.session_id, conflict.field) == (sid, "notes")
        assert (conflict.kept, conflict.other) == ("Version de Claire", "Version de Paul")
        assert [c.field for c in edited.conflicts] == ["notes"]
        journal.resolve_conflict(conflict.id, keep_other=True, lang="fr")
        assert journal.get(sid).notes == "Version de Paul"
        assert journal.conflicts() == []


def test_the_same_value_from_both_is_no_conflict(journal_store: Path | str) -> None:
    sid = _stored(journal_store)
    with Journal(journal_store) as journal:
        view = journal.get(sid)
        _colleague(journal_store, sid, satisfaction=4)
        edited = journal.save_edit(_copy(view, satisfaction=4), base=view)
        assert journal.conflicts() == [] and edited.conflicts == []
        assert journal.get(sid).satisfaction == 4


def test_actions_merge_part_by_part(journal_store: Path | str) -> None:
    """Marked done by a colleague, reworded here: both. An action a colleague added meanwhile
    stays; one this edit removed goes."""
    first = Action(new_id(), "Réserver la salle", "", None)
    second = Action(new_id(), "Écrire", "", None)
    sid = _stored(journal_store, actions=[first, second])
    with Journal(journal_store) as journal:
        view = journal.get(sid)
        theirs = journal.get(sid)
        theirs.actions[0].status, theirs.actions[0].done_on = "done", date(2026, 11, 4)
        theirs.actions.append(Action(new_id(), "Appeler la DRH", "Paul", None))
        with Journal(journal_store) as colleague:
            colleague.update(theirs)
        mine = _copy(view)
        mine.actions[0].text = "Réserver la grande salle"
        del mine.actions[1]
        journal.save_edit(mine, base=view)
        stored = journal.get(sid)
        assert journal.conflicts() == []
    assert [(a.text, a.status, a.done_on) for a in stored.actions] == [
        ("Réserver la grande salle", "done", date(2026, 11, 4)),
        ("Appeler la DRH", "open", None),
    ]


def test_without_a_view_an_edit_writes_the_session_as_given(journal_store: Path | str) -> None:
    sid = _stored(journal_store)
    with Journal(journal_store) as journal:
        journal.update(_copy(journal.get(sid), notes="Deuxième", participants=9))
        stored = journal.get(sid)
    assert (stored.notes, stored.participants) == ("Deuxième", 9)


# --------------------------------------------------------------------------- the command


@pytest.mark.parametrize(
    ("lang", "kept", "conflict"),
    [
        ("fr", "sont gardés (participants)", "a aussi changé cette séance (notes)"),
        ("en", "are kept (participants)", "also changed this session (notes)"),
    ],
)
def test_journal_edit_on_a_stale_view_says_what_it_kept_and_the_conflict(
    cli: Callable,
    journal_store: Path | str,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    kept: str,
    conflict: str,
) -> None:
    """A colleague saves while ``journal edit`` is between its read and its write."""
    sid = _stored(journal_store)
    read = Journal.get

    def read_then_colleague(journal: Journal, ident: str) -> Session:
        view = read(journal, ident)
        monkeypatch.setattr(Journal, "get", read)
        _colleague(journal_store, sid, participants=12, notes="Version de Paul")
        return view

    monkeypatch.setattr(Journal, "get", read_then_colleague)
    result = cli("--lang", lang, "journal", "edit", sid[:8], "--note", "Version de Claire")
    assert result.exit_code == 0, result
    lines = result.stderr.replace("\u00a0", " ").strip().splitlines()
    assert len(lines) == 3, result
    assert kept in lines[1] and conflict in lines[2] and "journal conflicts" in lines[2]
    with Journal(journal_store) as journal:
        stored = journal.get(sid)
        assert (stored.notes, stored.participants) == ("Version de Claire", 12)
    listed = cli("journal", "conflicts", "--json")
    assert listed.exit_code == 0, listed
    assert '"other": "Version de Paul"' in listed.stdout.replace('":"', '": "')


def _stale_edit(cli: Callable, journal_store: Path | str, monkeypatch: pytest.MonkeyPatch) -> str:
    """``journal edit`` of the notes while a colleague changes them too: one conflict."""
    sid = _stored(journal_store)
    read = Journal.get

    def read_then_colleague(journal: Journal, ident: str) -> Session:
        view = read(journal, ident)
        monkeypatch.setattr(Journal, "get", read)
        _colleague(journal_store, sid, notes="Version de Paul")
        return view

    monkeypatch.setattr(Journal, "get", read_then_colleague)
    result = cli("journal", "edit", sid[:8], "--note", "Version de Claire")
    assert result.exit_code == 0, result
    return sid


def test_an_edits_conflict_says_whose_change_was_kept_not_here(
    cli: Callable, journal_store: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """« ici » said nothing on a shared journal: the conflict keeps who made the change it
    kept — the configured facilitator (issue 14, item 6)."""
    assert cli("config", "set", "facilitator", "Claire Martin").exit_code == 0
    _stale_edit(cli, journal_store, monkeypatch)
    for lang, words in (("fr", "une modification de Claire Martin"), ("en", "a change by Claire")):
        listed = cli("journal", "conflicts", "--lang", lang, env={"COLUMNS": "200"})
        assert listed.exit_code == 0, listed
        assert words in listed.stdout, listed
        assert " ici" not in listed.stdout and " here" not in listed.stdout
    data = cli("journal", "conflicts", "--json")
    assert '"kept_by": "Claire Martin"' in data.stdout.replace('":"', '": "')


def test_without_a_name_an_edits_conflict_names_the_account_or_the_computer(
    cli: Callable, journal_store: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No facilitator configured: on a shared journal the account that edited; on a journal
    file, this computer's name."""
    import json
    import platform

    _stale_edit(cli, journal_store, monkeypatch)
    data = cli("journal", "conflicts", "--json")
    (conflict,) = json.loads(data.stdout)
    on_postgres = str(journal_store).startswith("postgresql")
    assert conflict["kept_by"] == ("postgres" if on_postgres else platform.node())


# --------------------------------------------------------------------------- at the same time


def _edit_at_once(address: str, sid: str, fields: dict[str, Any], meet: Any) -> None:
    """One facilitator's edit in a process of its own: read, wait for the other to have read
    too, then save (both views are then stale for whoever saves second)."""
    with Journal(address) as journal:
        view = journal.get(sid)
        meet.wait(timeout=300)  # a loaded machine may be slow to start the other
        journal.save_edit(_copy(view, **fields), base=view)


def _two_editors_at_once(address: str, sid: str, *edits: dict[str, Any]) -> None:
    context = multiprocessing.get_context("spawn")
    meet = context.Barrier(len(edits))
    editors = [
        context.Process(target=_edit_at_once, args=(address, sid, fields, meet)) for fields in edits
    ]
    for editor in editors:
        editor.start()
    for editor in editors:
        editor.join(timeout=600)
        assert editor.exitcode == 0


def test_two_edits_at_once_of_different_fields_are_both_kept(postgres_cluster: Any) -> None:
    address = postgres_cluster.new_journal()
    sid = _stored(address)
    _two_editors_at_once(address, sid, {"satisfaction": 5}, {"participants": 12})
    with Journal(address) as journal:
        stored = journal.get(sid)
        assert journal.conflicts() == []
    assert (stored.satisfaction, stored.participants, stored.notes) == (5, 12, "Première")


def test_two_edits_at_once_of_the_same_field_are_one_conflict(postgres_cluster: Any) -> None:
    address = postgres_cluster.new_journal()
    sid = _stored(address)
    _two_editors_at_once(address, sid, {"notes": "Claire"}, {"notes": "Paul"})
    with Journal(address) as journal:
        stored = journal.get(sid)
        [conflict] = journal.conflicts()
    assert conflict.field == "notes"
    assert {conflict.kept, conflict.other} == {"Claire", "Paul"}
    assert stored.notes == conflict.kept  # the one saved second, the more recent change


WRITER = """
    import sys, time
    from datetime import date
    from pathlib import Path
    from innovkit.journal.store import Journal
    from innovkit.journal.records import Action, Session, new_id

    address, name, start = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    with Journal(address) as journal:
        print("ready", flush=True)
        while not start.exists():  # every writer starts at once
            time.sleep(0.01)
        for n in range(200):
            action = Action(new_id(), f"{name} {n}", "", None)
            journal.add(Session(tool="audace-up", lever="audace", date=date(2026, 11, 1 + n % 28),
                                facilitator=name, actions=[action], tags=[name]))
    print("done")
"""


def test_eight_writers_at_once_lose_nothing(postgres_cluster: Any, tmp_path: Path) -> None:
    address = postgres_cluster.new_journal()
    names = ["Claire", "Paul", "Inès", "Marc", "Léa", "Hugo", "Sami", "Zoé"]
    start = tmp_path / "start"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(WRITER), address, name, str(start)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in names
    ]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    began = time.monotonic()
    start.touch()
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert (writer.returncode, out.strip()) == (0, "done"), err
    print(f"8 writers × 200 sessions: {1600 / (time.monotonic() - began):.0f} sessions/s")
    with Journal(address) as journal:
        assert journal.count() == 1600
        # Tags are found in any case (« claire » finds « Claire »), on PostgreSQL too.
        per_writer = {name: len(journal.sessions(tag=name.lower())) for name in names}
        assert per_writer == dict.fromkeys(names, 200)
        assert len({a.action.id for a in journal.actions()}) == 1600
