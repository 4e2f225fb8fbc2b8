"""Offline is normal (issue 14, item 4): the shared journal's server stopped mid-month, the
sessions recorded meanwhile wait in the outbox, ``journal sync`` sends each exactly once when it
is back, ``journal status`` says what waits; a wrong password or a refused permission stay
errors; passwords are never shown.

These tests stop and start their own throwaway cluster (tests/postgres.py): the session's shared
cluster must stay up for the other tests."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from innovkit.journal import outbox
from innovkit.journal.outbox import Stored, outbox_path
from innovkit.journal.records import Session
from innovkit.journal.store import Journal
from innovkit.journal.store.postgres import redacted

DATA = Path(__file__).parent / "data" / "journal"
SECRET = "Hors-Ligne-S3cret"
UNREACHABLE = f"postgresql://claire:{SECRET}@127.0.0.1:1/journal"
_roles = itertools.count(1)


@pytest.fixture(autouse=True)
def test_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INNOVKIT_CARDS", str(DATA / "cards"))


@pytest.fixture(scope="module")
def own_cluster() -> Iterator[Any]:
    """A throwaway cluster of this module only, which the tests stop and start again."""
    from postgres import throwaway_cluster

    with throwaway_cluster() as cluster:
        yield cluster


@pytest.fixture
def cluster(own_cluster: Any) -> Iterator[Any]:
    """The module's cluster, running at the start of each test and again after it."""
    yield own_cluster
    import psycopg

    try:
        psycopg.connect(own_cluster.url("postgres"), connect_timeout=2).close()
    except psycopg.OperationalError:
        own_cluster.start_again()


@pytest.fixture
def team_journal(cluster: Any) -> tuple[str, str]:
    """A fresh database owned by a role that logs in with a password over TCP: its address
    with the password in it (as ``INNOVKIT_JOURNAL`` may hold it), and the superuser's."""
    name = f"claire_off{next(_roles)}"
    cluster.sql(f"CREATE ROLE {name} LOGIN PASSWORD '{SECRET}'")
    superuser_url = cluster.new_database()
    database = urlsplit(superuser_url).path.lstrip("/")
    cluster.sql(f"ALTER DATABASE {database} OWNER TO {name}")
    return cluster.tcp_url(name, database, SECRET), superuser_url


def on_server(url: str, sql: str) -> list[tuple[Any, ...]]:
    import psycopg

    with psycopg.connect(url) as db:
        return db.execute(sql).fetchall()


def card() -> Any:
    from innovkit.cards.catalogue import load_catalogue

    return load_catalogue().tools["atelier-test"]


def notes_files() -> list[Path]:
    """The outbox's notes, one file per kept session (``journal.outboxnotes``)."""
    from innovkit.journal.outboxnotes import notes_folder

    return sorted(notes_folder().glob("*.json")) if notes_folder().is_dir() else []


def in_outbox() -> list[Session]:
    if not outbox_path().is_file():
        return []
    with Journal(outbox_path()) as box:
        return box.sessions()


def test_the_server_stopped_mid_month_then_back_each_session_sent_exactly_once(
    cli: Callable, cluster: Any, team_journal: tuple[str, str]
) -> None:
    address, server = team_journal
    env = {"INNOVKIT_JOURNAL": address}
    said: list[str] = []

    def run(*args: str) -> Any:
        result = cli(*args, "--lang", "en", env=env)
        said.append(result.stdout + result.stderr)
        assert "Traceback" not in said[-1]
        return result

    assert run("journal", "add", "atelier-test", "--date", "2026-11-03").exit_code == 0
    cluster.stop(mode="fast")  # mid-month: the server is gone
    added = run("journal", "add", "atelier-test", "--date", "2026-11-12", "--outcome", "defi=Oser")
    assert added.exit_code == 0, added
    assert "cannot be reached: session" in added.stderr
    assert "kept on this computer" in added.stderr
    recorded = run(
        "run", "atelier-test", "--record", "--no-input", "--date", "2026-11-19", "-p", "9"
    )
    assert recorded.exit_code == 0, recorded
    assert "kept on this computer" in recorded.stderr
    waiting_ids = {added.stdout.strip(), recorded.stdout.strip().splitlines()[-1]}
    assert {s.id for s in in_outbox()} == waiting_ids
    actions_waiting = sum(len(s.actions) for s in in_outbox())

    listed = run("journal", "list")
    assert listed.exit_code == 1
    assert "cannot be reached" in listed.stderr
    assert "2 sessions wait in this computer's outbox" in listed.stderr
    status = run("journal", "status")
    assert status.exit_code == 0
    assert "cannot be reached at the moment" in status.stdout
    assert "Outbox: 2 sessions waiting, the oldest of 12 November 2026." in status.stdout
    early = run("journal", "sync")  # still offline: nothing leaves the outbox
    assert early.exit_code == 1 and "cannot be reached" in early.stderr
    assert len(in_outbox()) == 2

    cluster.start_again()
    synced = run("journal", "sync")
    assert synced.exit_code == 0, synced
    assert "2 sessions sent, 0 in conflict." in synced.stderr
    assert in_outbox() == []
    ids = [row[0] for row in on_server(server, "SELECT id FROM sessions")]
    assert len(ids) == 3 and len(set(ids)) == 3
    assert waiting_ids <= set(ids)
    assert on_server(server, "SELECT count(*) FROM actions") == [(actions_waiting,)]
    again = run("journal", "sync")
    assert again.exit_code == 0 and "The outbox is empty: nothing to send." in again.stderr
    assert on_server(server, "SELECT count(*) FROM sessions") == [(3,)]
    status = run("journal", "status")
    assert "The server answers." in status.stdout and "Outbox: empty." in status.stdout
    shown = run("journal", "show", added.stdout.strip()[:8])
    assert "Oser" in shown.stdout
    for output in said:
        assert SECRET not in output
    assert SECRET.encode() not in outbox_path().read_bytes()


def test_a_sync_interrupted_after_the_first_of_three_sends_the_other_two_once(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from innovkit.journal.records import new_session

    sessions = [new_session(card(), date=date(2026, 11, day)) for day in (4, 5, 6)]
    with Journal(outbox_path()) as box:
        for session in sessions:
            box.add(session)
    real_merge, calls = Journal.merge, itertools.count(1)

    def cut_after_the_first(self: Journal, *args: Any, **kwargs: Any) -> Any:
        if next(calls) == 2:
            raise KeyboardInterrupt  # the laptop closed, the network lost…
        return real_merge(self, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(Journal, "merge", cut_after_the_first)
        with pytest.raises(KeyboardInterrupt):
            outbox.sync(postgres_url)
    assert on_server(postgres_url, "SELECT id FROM sessions") == [(sessions[0].id,)]
    assert [s.id for s in in_outbox()] == [s.id for s in sessions[1:]]
    assert outbox.sync(postgres_url) == outbox.Sent(sent=2)
    assert outbox.sync(postgres_url) == outbox.Sent()
    ids = sorted(row[0] for row in on_server(postgres_url, "SELECT id FROM sessions"))
    assert ids == sorted(s.id for s in sessions)


def test_a_session_committed_but_still_in_the_outbox_is_not_sent_twice(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cut between the server's commit and the outbox's removal: the next sync finds it there."""
    from innovkit.journal.records import new_session

    sessions = [new_session(card(), date=date(2026, 11, day)) for day in (4, 5, 6)]
    with Journal(outbox_path()) as box:
        box.add_many(sessions)

    def cut(self: Journal, session_id: str) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(Journal, "withdraw", cut)
        with pytest.raises(KeyboardInterrupt):
            outbox.sync(postgres_url)
    assert len(in_outbox()) == 3
    assert outbox.sync(postgres_url) == outbox.Sent(sent=2, already=1)
    assert on_server(postgres_url, "SELECT count(*) FROM sessions") == [(3,)]
    assert in_outbox() == []


def test_a_wrong_password_or_a_refused_permission_stay_errors(
    cli: Callable, cluster: Any, team_journal: tuple[str, str]
) -> None:
    address, _ = team_journal
    parts = urlsplit(address)
    database, role = parts.path.lstrip("/"), parts.username
    wrong = address.replace(SECRET, SECRET + "-not")
    result = cli("journal", "add", "atelier-test", env={"INNOVKIT_JOURNAL": wrong})
    assert result.exit_code == 1 and ".pgpass" in result.stderr
    outsider = f"outsider{next(_roles)}"
    cluster.sql(f"CREATE ROLE {outsider} LOGIN PASSWORD '{SECRET}'")
    cluster.sql(f"REVOKE CONNECT ON DATABASE {database} FROM PUBLIC")
    refused = cluster.tcp_url(outsider, database, SECRET)
    result = cli("journal", "add", "atelier-test", env={"INNOVKIT_JOURNAL": refused})
    assert result.exit_code == 1 and "does not allow" in result.stderr, result
    assert role and SECRET not in result.stdout + result.stderr
    assert not outbox_path().exists()


def test_the_french_sentences(cli: Callable) -> None:
    env = {"INNOVKIT_JOURNAL": UNREACHABLE, "PGCONNECT_TIMEOUT": "2"}
    added = cli("journal", "add", "atelier-test", "--lang", "fr", env=env)
    assert added.exit_code == 0, added
    assert (
        "Le serveur du journal est injoignable\u00a0: la séance "
        f"{added.stdout.strip()[:8]} est gardée sur cet ordinateur\u00a0; "
        "«\u00a0innovkit journal sync\u00a0» l’enverra." in added.stderr
    )
    # the missing outcome is for once it is sent: journal edit cannot reach it now
    assert "une fois la séance envoyée («\u00a0innovkit journal sync\u00a0»)" in added.stderr
    listed = cli("journal", "list", "--lang", "fr", env=env)
    assert "1 séance attend dans la boîte d’envoi de cet ordinateur" in listed.stderr
    status = cli("journal", "status", "--lang", "fr", env=env)
    assert (
        status.stdout.splitlines()[0]
        == "Journal partagé\u00a0: postgresql://claire@127.0.0.1:1/journal"
    )
    assert "Boîte d’envoi\u00a0: 1 séance en attente" in status.stdout
    for result in (added, listed, status):
        assert SECRET not in result.stdout + result.stderr


def test_status_and_sync_on_a_journal_on_this_computer(cli: Callable) -> None:
    status = cli("journal", "status", "--lang", "en")
    assert status.exit_code == 0
    assert status.stdout.startswith("Journal: the file ")
    assert "No outbox: a journal on this computer records everything directly." in status.stdout
    synced = cli("journal", "sync", "--lang", "en")
    assert synced.exit_code == 0 and "there is nothing to send" in synced.stderr
    assert not outbox_path().exists()


def test_sessions_kept_for_a_shared_journal_are_not_sent_to_a_local_file(cli: Callable) -> None:
    env = {"INNOVKIT_JOURNAL": UNREACHABLE, "PGCONNECT_TIMEOUT": "2"}
    assert cli("journal", "add", "atelier-test", env=env).exit_code == 0
    synced = cli("journal", "sync", "--lang", "en")
    assert synced.exit_code == 2 and "Nothing was sent." in synced.stderr
    assert len(in_outbox()) == 1
    status = cli("journal", "status", "--lang", "en")
    assert "Outbox: 1 session waiting" in status.stdout


def test_a_guided_run_finished_offline_waits_in_the_outbox(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime

    from innovkit.cards.catalogue import load_catalogue
    from innovkit.cli.context import Context
    from innovkit.cli.live import _record, _report
    from innovkit.live.guide import Finished, new_draft

    monkeypatch.setenv("INNOVKIT_JOURNAL", UNREACHABLE)
    monkeypatch.setenv("PGCONNECT_TIMEOUT", "2")
    card = load_catalogue().tools["atelier-test"]
    draft = new_draft(
        card,
        card.variants[0].id if card.variants else None,
        datetime(2026, 11, 3, 14, 0).astimezone(),
        lang="en",
    )
    draft.started = "2026-11-03T14:00:00"
    draft.phase = "done"
    kept: list[Stored] = []
    session = _record(Context(lang="en"), card, draft, stored=kept)
    assert kept == [Stored(in_outbox=True)] and [s.id for s in in_outbox()] == [session.id]
    # Recorded again after a crash: still once.
    _record(Context(lang="en"), card, draft, stored=kept)
    assert len(in_outbox()) == 1
    capsys.readouterr()
    _report(card, Finished(draft, session), "en", kept[-1])
    assert "kept on this computer" in capsys.readouterr().err


def test_a_short_wait_for_the_server_unless_the_address_says_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("psycopg")
    from innovkit.journal.store.postgres import CONNECT_TIMEOUT, _timeout

    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    assert CONNECT_TIMEOUT <= 10
    assert _timeout("postgresql://claire@server/journal") == {"connect_timeout": CONNECT_TIMEOUT}
    assert _timeout("postgresql://claire@server/journal?connect_timeout=30") == {}
    monkeypatch.setenv("PGCONNECT_TIMEOUT", "12")
    assert _timeout("postgresql://claire@server/journal") == {}


def test_a_session_changed_on_both_sides_is_sent_as_a_conflict(postgres_url: str) -> None:
    """The same field changed on the server and in the outbox since they last agreed: the
    merge's rules decide (the more recent change wins) and ``sync`` counts a conflict, which
    ``journal conflicts`` then lists."""
    import copy

    from innovkit.journal.records import new_session

    session = new_session(card(), date=date(2026, 11, 4), notes="Avant")
    with Journal(postgres_url) as server:
        server.add(copy.deepcopy(session))
    with Journal(outbox_path()) as box:
        box.add(copy.deepcopy(session))
        kept = box.get(session.id)
        kept.notes = "Dans la salle sans réseau"
        box.update(kept)
    with Journal(postgres_url) as server:
        theirs = server.get(session.id)
        theirs.notes = "Au bureau, plus tard"
        server.update(theirs)
    assert outbox.sync(postgres_url) == outbox.Sent(conflicts=1)
    with Journal(postgres_url) as server:
        assert server.get(session.id).notes == "Au bureau, plus tard"
        (conflict,) = server.conflicts()
    assert conflict.session_id == session.id
    assert in_outbox() == []


def test_the_server_lost_in_the_middle_of_a_write_the_session_waits_in_the_outbox(
    cluster: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from innovkit.journal.records import new_session

    url = cluster.new_database()
    Journal(url).close()
    session = new_session(card(), date=date(2026, 11, 4))
    real_insert = Journal._insert

    def server_gone(self: Journal, sessions: list[Session]) -> None:
        if self.on_postgres:
            cluster.stop(mode="fast")  # the network drops after the transaction began
        real_insert(self, sessions)

    with monkeypatch.context() as patch:
        patch.setattr(Journal, "_insert", server_gone)
        assert outbox.record(session, url).in_outbox is True
    assert [s.id for s in in_outbox()] == [session.id]
    cluster.start_again()
    assert on_server(url, "SELECT count(*) FROM sessions") == [(0,)]
    assert outbox.sync(url) == outbox.Sent(sent=1)
    assert on_server(url, "SELECT id FROM sessions") == [(session.id,)]


@pytest.mark.parametrize(
    ("message", "meaning"),
    [
        (
            'connection to server at "controle.ville.example" (10.0.0.1), port 5432 failed: '
            "Connection refused",
            "journal.pg_unreachable",
        ),
        (
            "failed to resolve host 'role-password.invalid': Name or service not known",
            "journal.pg_unreachable",
        ),
        ("connection timeout expired", "journal.pg_unreachable"),
        (
            'connection to server at "127.0.0.1", port 5432 failed: FATAL:  the database system '
            "is shutting down",
            "journal.pg_unreachable",
        ),
        ("FATAL:  sorry, too many clients already", "journal.pg_unreachable"),
        (
            'failed: FATAL:  password authentication failed for user "claire"',
            "journal.pg_login_refused",
        ),
        ("fe_sendauth: no password supplied", "journal.pg_login_refused"),
        ('failed: FATAL:  permission denied for database "innovkit"', "journal.pg_not_allowed"),
        ('failed: FATAL:  no pg_hba.conf entry for host "10.0.0.2"', "journal.pg_not_allowed"),
        ('failed: FATAL:  database "nowhere" does not exist', "journal.pg_no_database"),
        ("failed: FATAL:  a refusal innovkit has never seen", "journal.pg_failed"),
    ],
)
def test_only_a_server_that_did_not_answer_is_unreachable(message: str, meaning: str) -> None:
    """Offline (the outbox) only when the server did not answer; a refusal stays an error,
    whatever words the host's or the database's name hold."""
    from innovkit.journal.store.postgres_errors import _connection_failure

    found = _connection_failure(message, "postgresql://claire@server/innovkit", "server")
    assert found.message == meaning


def test_sessions_kept_for_one_shared_journal_are_never_sent_to_another(
    cli: Callable, cluster: Any, team_journal: tuple[str, str]
) -> None:
    """Kept offline for journal A; the facilitator then points innovkit at journal B: ``sync``
    sends nothing to B and says what waits for A (its address without the password);
    ``status`` says it too; back on A, ``sync`` sends them there (issue 14, item 3)."""
    journal_a, server_a = team_journal
    server_b = cluster.new_database()
    shown_a = redacted(journal_a)
    cluster.stop(mode="fast")
    for day in ("2026-11-12", "2026-11-13"):
        added = cli(
            "journal", "add", "atelier-test", "--date", day, env={"INNOVKIT_JOURNAL": journal_a}
        )
        assert added.exit_code == 0 and "kept on this computer" in added.stderr, added
    # Another shared journal, unreachable too: the sessions waiting for A are not its own.
    other = {"INNOVKIT_JOURNAL": UNREACHABLE, "PGCONNECT_TIMEOUT": "2"}
    elsewhere = cli("journal", "list", "--lang", "en", env=other)
    assert "cannot be reached" in elsewhere.stderr, elsewhere
    assert "wait in this computer's outbox" not in elsewhere.stderr, elsewhere
    cluster.start_again()
    notes = "".join(p.read_text(encoding="utf-8") for p in notes_files())
    assert shown_a in notes and SECRET not in notes

    on_b = {"INNOVKIT_JOURNAL": server_b}
    for lang, sentence in (
        ("en", f"2 sessions wait in the outbox for another shared journal, {shown_a}: they are "
               "not sent to this one"),
        ("fr", f"2 séances attendent dans la boîte d’envoi pour un autre journal partagé, "
               f"{shown_a}\u00a0: elles ne sont pas envoyées à celui-ci"),
    ):  # fmt: skip
        synced = cli("journal", "sync", "--lang", lang, env=on_b)
        assert synced.exit_code == 0, synced
        assert sentence in synced.stderr, synced
        assert SECRET not in synced.stderr + synced.stdout
        status = cli("journal", "status", "--lang", lang, env=on_b)
        assert sentence in status.stdout, status
    english = cli("journal", "sync", "--lang", "en", env=on_b)
    assert "Nothing to send to this shared journal." in english.stderr
    assert on_server(server_b, "SELECT count(*) FROM sessions") == [(0,)]
    assert len(in_outbox()) == 2

    back = cli("journal", "sync", "--lang", "en", env={"INNOVKIT_JOURNAL": journal_a})
    assert back.exit_code == 0 and "2 sessions sent, 0 in conflict." in back.stderr, back
    assert on_server(server_a, "SELECT count(*) FROM sessions") == [(2,)]
    assert in_outbox() == [] and notes_files() == []


def test_a_session_kept_by_an_older_innovkit_goes_to_the_current_shared_journal(
    postgres_url: str,
) -> None:
    """An outbox from before the notes: its sessions do not say their journal, and are sent
    to the shared journal ``sync`` is given, as they were then."""
    from innovkit.journal.records import new_session

    session = new_session(card(), date=date(2026, 11, 4))
    with Journal(outbox_path()) as box:
        box.add(session)
    assert outbox.waiting(postgres_url).for_here == 1
    assert outbox.sync(postgres_url) == outbox.Sent(sent=1)


def test_a_guided_run_says_when_a_colleagues_follow_up_action_stays_open(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The full-screen run's last words, as ``journal add``'s (issue 14, item 1)."""
    from datetime import datetime

    from innovkit.cli.live import _report
    from innovkit.journal.cycles import LeftOpen
    from innovkit.journal.records import new_session
    from innovkit.live.guide import Finished, new_draft

    card_ = card()
    draft = new_draft(card_, None, datetime(2026, 11, 24, 14, 0).astimezone(), lang="fr")
    draft.phase = "done"
    hers = new_session(card_, date=date(2026, 11, 3), facilitator="Claire Martin")
    mine = new_session(card_, date=date(2026, 11, 24))
    left = LeftOpen(hers, "Retour d’expérience — « atelier test »", "claire")
    capsys.readouterr()
    _report(card_, Finished(draft, mine), "fr", Stored(left_open=left))
    said = capsys.readouterr().err
    assert f"reliée à la séance {hers.id[:8]} du 3 novembre 2026" in said
    assert "Claire Martin (compte claire)" in said and "reste ouverte" in said
