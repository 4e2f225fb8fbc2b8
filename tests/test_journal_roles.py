"""Who may do what on a shared journal (row-level security, issue 14 item 3), against the real,
throwaway PostgreSQL (tests/postgres.py): the README's administrator SQL, run as written (only
the names made unique in the cluster), then innovkit as each account over TCP, each password
in a ``.pgpass`` file of a temporary folder (``PGPASSFILE``), never in an address.

A facilitator changes their own sessions and no colleague's; the coordinator changes all and
the session stays its keeper's; the Direction's account lists and exports the report and
writes nothing. Every refusal is one sentence, no traceback, and nothing changed."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data" / "journal"
README = Path(__file__).resolve().parent.parent / "README.md"
SECRET = "Mot-de-passe-d-Antibes-42"
NOT_YOURS = (
    "only the account {owner} and the team's coordinators may change or delete it. Nothing was "
    "changed."
)
NOT_ALLOWED = "does not allow this for your account: nothing was changed"

_teams = itertools.count(1)


@pytest.fixture(autouse=True)
def test_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INNOVKIT_CARDS", str(DATA / "cards"))


def readme_sql() -> tuple[list[str], list[str]]:
    """The two SQL blocks of the README's PostgreSQL section, as statements: what the
    administrator runs as superuser, then in the database once innovkit made its tables."""
    section = README.read_text(encoding="utf-8").split("### A team's journal on PostgreSQL")[1]
    section = section.split("\n### ")[0]
    blocks = re.findall(r"```sql\n(.*?)```", section, re.S)
    assert len(blocks) == 2, blocks

    def statements(block: str) -> list[str]:
        text = "\n".join(line.split("--")[0] for line in block.splitlines())
        return [s.strip() for s in text.split(";") if s.strip()]

    return statements(blocks[0]), statements(blocks[1])


def rows(url: str, sql: str, values: Any = ()) -> list[tuple[Any, ...]]:
    import psycopg

    with psycopg.connect(url) as db:
        return db.execute(sql, values or None).fetchall()


@dataclass
class Team:
    """The README's accounts in a database of their own (names with a unique suffix)."""

    cluster: Any
    cli: Callable
    name: Callable[[str], str]  # README name -> its name here
    database: str
    env: dict[str, str]

    def run(self, role: str, *args: str) -> Any:
        address = self.cluster.tcp_url(self.name(role), self.database)
        assert SECRET not in address
        return self.cli(*args, env={**self.env, "INNOVKIT_JOURNAL": address})

    @property
    def url(self) -> str:  # the superuser's, to look at the tables
        return self.cluster.url(self.database)

    def state(self) -> list[Any]:
        """Everything a facilitator could change, to show that nothing did."""
        return [
            rows(self.url, f"SELECT * FROM {table} ORDER BY 1, 2")
            for table in ("sessions", "actions", "session_tags", "deletions", "conflicts")
        ]

    def add(self, role: str, day: str, action: str = "Suite") -> str:
        """A session recorded by ``role``; returns its id."""
        added = self.run(role, "journal", "add", "atelier-test", "--outcome", "defi=Oser",
                         "--date", day, "--action", action, "--tag", "pilote")  # fmt: skip
        assert added.exit_code == 0, added
        found = rows(self.url, "SELECT id FROM sessions WHERE date = %s", (day,))
        assert len(found) == 1
        return str(found[0][0])

    def action_of(self, session_id: str) -> str:
        return str(
            rows(self.url, "SELECT id FROM actions WHERE session_id = %s", (session_id,))[0][0]
        )

    def owner_of(self, session_id: str) -> str:
        return str(
            rows(self.url, "SELECT owner_role FROM sessions WHERE id = %s", (session_id,))[0][0]
        )


@pytest.fixture
def team(postgres_cluster: Any, cli: Callable, tmp_path: Path) -> Team:
    """The README's SQL run as written, each account given its password (as ``\\password``
    would), and one ``.pgpass`` that holds them all."""
    first, second = readme_sql()
    suffix = f"_t{next(_teams)}"
    names = sorted(
        set(re.findall(r"CREATE (?:ROLE|DATABASE) (\w+)", "\n".join(first))), key=len, reverse=True
    )
    pattern = re.compile(r"\b(" + "|".join(names) + r")\b")

    def name(readme_name: str) -> str:
        return pattern.sub(lambda m: m.group(1) + suffix, readme_name)

    for statement in first:
        postgres_cluster.sql(name(statement))
    logins = re.findall(r"CREATE ROLE (\w+) LOGIN", "\n".join(first))
    for role in logins:
        postgres_cluster.sql(f"ALTER ROLE {name(role)} PASSWORD '{SECRET}'")
    database = name("innovkit")
    pgpass = tmp_path / "secrets" / "pgpass"
    pgpass.parent.mkdir()
    pgpass.write_text(
        "".join(
            f"127.0.0.1:{postgres_cluster.port}:{database}:{name(r)}:{SECRET}\n" for r in logins
        ),
        encoding="utf-8",
    )
    pgpass.chmod(0o600)
    made = Team(postgres_cluster, cli, name, database, {"PGPASSFILE": str(pgpass)})
    created = made.run("innovkit_owner", "journal", "list")  # creates the tables and their rules
    assert created.exit_code == 0, created
    for statement in second:
        postgres_cluster.sql(name(statement), database)
    return made


def refused(result: Any, sentence: str) -> None:
    output = result.stdout + result.stderr
    assert result.exit_code == 1, result
    assert sentence in result.stderr, result
    assert len(result.stderr.strip().splitlines()) == 1, result
    assert "Traceback" not in output and SECRET not in output


def test_the_readmes_sql_gives_a_team_whose_rules_are_in_the_database(team: Team) -> None:
    policies = rows(team.url, "SELECT tablename, cmd FROM pg_policies ORDER BY 1, 2")
    for table in ("actions", "conflicts", "session_tags", "sessions"):
        assert [c for t, c in policies if t == table] == ["DELETE", "INSERT", "SELECT", "UPDATE"]
    secured = rows(team.url, "SELECT relname FROM pg_class WHERE relrowsecurity ORDER BY 1")
    assert [r for (r,) in secured] == ["actions", "conflicts", "session_tags", "sessions"]
    ident = team.add("claire", "2026-11-03")
    assert team.owner_of(ident) == team.name("claire")
    listed = team.run("paul", "journal", "list", "--month", "2026-11")
    assert listed.exit_code == 0 and "2026-11-03" in listed.stdout, listed


def test_a_facilitator_cannot_change_or_delete_a_colleagues_session(team: Team) -> None:
    ident = team.add("claire", "2026-11-03")
    action = team.action_of(ident)
    before = team.state()
    sentence = NOT_YOURS.format(owner=team.name("claire"))
    for command in (
        ("journal", "edit", ident[:8], "--note", "Pas la mienne"),
        ("journal", "delete", ident[:8], "--yes"),
        ("journal", "delete", ident[:8]),  # refused before the question, not after
        ("journal", "action-done", action[:8]),
        ("journal", "action-edit", action[:8], "--text", "Autre chose"),
        ("journal", "action-delete", action[:8], "--yes"),
    ):
        result = team.run("paul", *command)
        refused(result, sentence)
        # The tool by its name, the day, and who recorded it (issue 14, item 5).
        assert (
            f"Session {ident[:8]} (« atelier test », 3 November 2026) was recorded by the "
            f"account {team.name('claire')}:" in result.stderr
        )
    assert team.state() == before


def test_the_refusal_speaks_french_too(team: Team) -> None:
    ident = team.add("claire", "2026-11-03")
    result = team.run("paul", "journal", "delete", ident[:8], "--yes", "--lang", "fr")
    refused(
        result,
        f"La séance {ident[:8]} (« atelier test », 3 novembre 2026) a été enregistrée par le "
        f"compte {team.name('claire')}\u00a0:",
    )
    assert f"seuls le compte {team.name('claire')} et la coordination" in result.stderr


def test_the_refusal_names_the_facilitator_and_the_tool_in_the_runs_language(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """« audace-up » was the tool's id: the refusal says its name, in the run's language, and
    who facilitated it besides the account that recorded it."""
    from innovkit.cards.catalogue import load_catalogue

    monkeypatch.delenv("INNOVKIT_CARDS")  # the built-in cards
    name = load_catalogue().tools["audace-up"].name
    added = team.run("claire", "journal", "add", "audace-up", "--date", "2026-11-03", "-p", "8",
                     "--facilitator", "Claire Martin")  # fmt: skip
    assert added.exit_code == 0, added
    ident = added.stdout.strip()
    claire = team.name("claire")
    for lang, sentence in (
        ("fr", f"La séance {ident[:8]} ({name('fr')}, 3 novembre 2026) a été enregistrée par "
               f"Claire Martin (compte {claire})\u00a0: dans le journal partagé, seuls le compte "
               f"{claire} et la coordination de l’équipe peuvent la modifier"),
        ("en", f"Session {ident[:8]} ({name('en')}, 3 November 2026) was recorded by "
               f"Claire Martin (account {claire}): in the shared journal, only the account "
               f"{claire} and the team's coordinators"),
    ):  # fmt: skip
        result = team.run("paul", "journal", "edit", ident[:8], "--note", "Non", "--lang", lang)
        refused(result, sentence)
        assert "audace-up" not in result.stderr


def test_a_facilitator_changes_and_deletes_their_own(team: Team) -> None:
    ident = team.add("claire", "2026-11-03")
    action = team.action_of(ident)
    for command in (
        ("journal", "edit", ident[:8], "--note", "La mienne"),
        ("journal", "action-done", action[:8]),
        ("journal", "action-edit", action[:8], "--text", "Relancer"),
    ):
        result = team.run("claire", *command)
        assert result.exit_code == 0, result
    assert rows(team.url, "SELECT notes FROM sessions") == [("La mienne",)]
    assert rows(team.url, "SELECT text, status FROM actions") == [("Relancer", "done")]
    assert team.owner_of(ident) == team.name("claire")
    assert team.run("claire", "journal", "delete", ident[:8], "--yes").exit_code == 0
    assert rows(team.url, "SELECT count(*) FROM sessions") == [(0,)]
    assert rows(team.url, "SELECT count(*) FROM deletions") == [(1,)]


def test_the_coordinator_changes_all_and_the_session_stays_its_keepers(team: Team) -> None:
    claires = team.add("claire", "2026-11-03")
    pauls = team.add("paul", "2026-11-04")
    edited = team.run("sophie", "journal", "edit", claires[:8], "--note", "Vu par la coordination")
    assert edited.exit_code == 0, edited
    done = team.run("sophie", "journal", "action-done", team.action_of(claires)[:8])
    assert done.exit_code == 0, done
    assert team.owner_of(claires) == team.name("claire")  # still hers to change
    again = team.run("claire", "journal", "edit", claires[:8], "--note", "Merci")
    assert again.exit_code == 0, again
    assert team.run("sophie", "journal", "delete", pauls[:8], "--yes").exit_code == 0
    assert rows(team.url, "SELECT id, notes FROM sessions") == [(claires, "Merci")]


def test_the_direction_reads_the_report_and_writes_nothing(team: Team, tmp_path: Path) -> None:
    ident = team.add("claire", "2026-11-03")
    team.add("paul", "2026-11-04")
    listed = team.run("direction", "journal", "list", "--month", "2026-11")
    assert listed.exit_code == 0, listed
    assert "2026-11-03" in listed.stdout and "2026-11-04" in listed.stdout
    report = team.run("direction", "journal", "export", "--month", "2026-11", "--format", "md")
    assert report.exit_code == 0 and "atelier test" in report.stdout, report
    export = tmp_path / "novembre.json"
    exported = team.run("direction", "journal", "export", "--month", "2026-11", "-o", str(export))
    assert exported.exit_code == 0, exported
    document = json.loads(export.read_text(encoding="utf-8"))
    document["sessions"] = [
        {**s, "id": "0" * 8 + s["id"][8:], "actions": []} for s in document["sessions"]
    ]
    newer = tmp_path / "nouvelles.json"
    newer.write_text(json.dumps(document), encoding="utf-8")
    before = team.state()
    for command in (
        ("journal", "add", "atelier-test", "--outcome", "defi=Oser", "--date", "2026-11-05"),
        ("journal", "edit", ident[:8], "--note", "Relu"),
        ("journal", "import", str(newer)),
        ("journal", "delete", ident[:8], "--yes"),
        ("journal", "delete", ident[:8]),
        ("journal", "action-done", team.action_of(ident)[:8]),
    ):
        refused(team.run("direction", *command), NOT_ALLOWED)
    assert team.state() == before


def test_at_a_terminal_a_refused_account_is_told_before_any_question(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``journal add`` at a terminal opens the journal first: the Direction's read-only account
    (or a wrong password) is refused before anything is typed for nothing."""
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from innovkit.cli import ask
    from innovkit.cli.journal import common

    monkeypatch.setattr(common, "interactive", lambda no_input=False: not no_input)
    before = team.state()
    for role, env in (("direction", {}), ("claire", {"PGPASSFILE": "/nonexistent/pgpass"})):
        with create_pipe_input() as pipe, ask.talking_to(pipe, DummyOutput()):
            pipe.send_text("\r" * 40)
            monkeypatch.setattr(team, "env", {**team.env, **env})
            done = team.run(role, "journal", "add", "atelier-test", "--lang", "fr")
        assert done.exit_code == 1, done
        assert "Nombre de participants" not in done.stderr and "Animateur" not in done.stderr
        assert ("n’autorise pas cette opération" if role == "direction" else ".pgpass") in (
            done.stderr
        )
    assert team.state() == before


def test_an_import_that_would_change_a_colleagues_session_is_refused_whole(
    team: Team, tmp_path: Path
) -> None:
    claires = team.add("claire", "2026-11-03")
    export = tmp_path / "export.json"
    assert (
        team.run("claire", "journal", "export", "--month", "2026-11", "-o", str(export)).exit_code
        == 0
    )
    document = json.loads(export.read_text(encoding="utf-8"))
    (session,) = document["sessions"]
    session["notes"] = "Changé sur un autre portable"
    later = datetime.now(UTC) + timedelta(minutes=1)  # changed after claire's copy
    session["updated_at"] = later.isoformat()
    session["field_changes"] = {}  # every field as changed at updated_at
    new = {**session, "id": "f" * 8 + session["id"][8:], "date": "2026-11-06", "actions": []}
    document["sessions"].append(new)
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document), encoding="utf-8")
    before = team.state()
    refused(team.run("paul", "journal", "import", str(changed)),
            NOT_YOURS.format(owner=team.name("claire")))  # fmt: skip
    assert team.state() == before
    gone = {**document, "sessions": [], "deletions": [
        {"id": claires, "date": "2026-11-03", "deleted_at": later.isoformat(), "by": "Paul"}
    ]}  # fmt: skip
    deleting = tmp_path / "deleting.json"
    deleting.write_text(json.dumps(gone), encoding="utf-8")
    refused(team.run("paul", "journal", "import", str(deleting)),
            NOT_YOURS.format(owner=team.name("claire")))  # fmt: skip
    assert team.state() == before
    imported = team.run("claire", "journal", "import", str(changed))
    assert imported.exit_code == 0, imported
    assert rows(team.url, "SELECT notes FROM sessions WHERE id = %s", (claires,)) == [
        ("Changé sur un autre portable",)
    ]


def test_a_facilitator_imports_into_the_empty_shared_journal(team: Team, tmp_path: Path) -> None:
    """The first import into an empty journal (the fast path that rebuilds the indexes when the
    tables' owner runs it) works for a facilitator, and the sessions are theirs."""
    export = tmp_path / "portable.json"
    export.write_text((DATA / "journal-v4.json").read_text(encoding="utf-8"), encoding="utf-8")
    imported = team.run("paul", "journal", "import", str(export))
    assert imported.exit_code == 0, imported
    owners = rows(team.url, "SELECT DISTINCT owner_role FROM sessions")
    assert owners == [(team.name("paul"),)]
    indexes = rows(team.url, "SELECT count(*) FROM pg_indexes WHERE tablename = 'sessions'")
    assert indexes[0][0] >= 4


def test_a_colleagues_conflict_cannot_be_settled(team: Team) -> None:
    ident = team.add("claire", "2026-11-03")
    import psycopg

    with psycopg.connect(team.url, autocommit=True) as db:
        db.execute(
            "INSERT INTO conflicts (id, session_id, field, kept, other, kept_side, kept_at, "
            "other_at, found_at) VALUES ('abcdef0123456789', %s, 'notes', '\"a\"', '\"b\"', "
            "'here', '2026-11-04T10:00:00+00:00', '2026-11-04T09:00:00+00:00', "
            "'2026-11-05T10:00:00+00:00')",
            (ident,),
        )
    before = team.state()
    for option in ("--accept", "--keep-other"):
        refused(team.run("paul", "journal", "conflicts", option, "abcdef01"),
                NOT_YOURS.format(owner=team.name("claire")))  # fmt: skip
    assert team.state() == before
    settled = team.run("claire", "journal", "conflicts", "--accept", "abcdef01")
    assert settled.exit_code == 0, settled


def test_a_shared_journal_of_version_4_gets_its_keepers_and_rules(postgres_url: str) -> None:
    """Sessions recorded before version 6 belong to the role that migrates (the tables' owner,
    here the superuser); the rules are there afterwards; nothing else changed."""
    from innovkit.journal.migrations import migrate
    from innovkit.journal.records import Session
    from innovkit.journal.store import Journal
    from innovkit.journal.store.postgres import PostgresConnection

    db = PostgresConnection(postgres_url)
    try:
        assert migrate(db, target=4) == 4
    finally:
        db.close()
    with pytest.raises(Exception, match="owner_role"):
        rows(postgres_url, "SELECT owner_role FROM sessions")
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as raw:
        raw.execute(
            "INSERT INTO sessions (id, tool, lever, date, created_at, updated_at) VALUES "
            "('0123456789abcdef', 'audace-up', 'audace', '2026-11-03', "
            "'2026-11-03T10:00:00+00:00', '2026-11-03T10:00:00+00:00')"
        )
    with Journal(postgres_url) as journal:
        (session,) = journal.sessions()
        assert isinstance(session, Session) and session.id == "0123456789abcdef"
    assert rows(postgres_url, "SELECT owner_role FROM sessions") == [("postgres",)]
    secured = rows(postgres_url, "SELECT relname FROM pg_class WHERE relrowsecurity ORDER BY 1")
    assert [r for (r,) in secured] == ["actions", "conflicts", "session_tags", "sessions"]


def test_a_facilitators_newer_innovkit_says_the_owner_must_open_the_journal_first(
    postgres_cluster: Any, cli: Callable
) -> None:
    """A journal of version 4 opened by a facilitator: innovkit cannot change its tables, and
    says who can; nothing changed."""
    from innovkit.journal.migrations import migrate
    from innovkit.journal.store.postgres import PostgresConnection

    n = next(_teams)
    owner, facilitator, database = f"owner_v4_{n}", f"facilitator_v4_{n}", f"journal_v4_{n}"
    postgres_cluster.sql(f"CREATE ROLE {owner} LOGIN")
    postgres_cluster.sql(f"CREATE ROLE {facilitator} LOGIN")
    postgres_cluster.sql(f"CREATE DATABASE {database} OWNER {owner}")
    as_owner = postgres_cluster.url(database).replace("postgres@", f"{owner}@")
    db = PostgresConnection(as_owner)
    try:
        assert migrate(db, target=4) == 4
    finally:
        db.close()
    postgres_cluster.sql(
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {facilitator}",
        database,
    )
    address = postgres_cluster.url(database).replace("postgres@", f"{facilitator}@")
    for lang, sentence in (
        (
            "en",
            "is not ready for this version of innovkit yet (tables to create or update, version 4)",
        ),
        (
            "fr",
            "n’est pas encore prêt pour cette version d’innovkit (tables à créer ou à mettre à "
            "jour, version 4)",
        ),
    ):
        result = cli("journal", "list", "--lang", lang, env={"INNOVKIT_JOURNAL": address})
        refused(result, sentence)
    assert rows(postgres_cluster.url(database), "SELECT max(version) FROM migrations") == [(4,)]


def test_a_colleagues_report_back_is_recorded_and_leaves_her_follow_up_action_to_her(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Paul runs the report-back of Claire's audace up ! session: his session is recorded,
    linked to hers; her follow-up action is hers to close (row-level security), so it stays
    open instead of refusing his whole session — and one sentence tells Paul so, in his
    language, with ``journal add`` as with ``run --record`` (issue 14, item 1)."""
    monkeypatch.delenv("INNOVKIT_CARDS")  # the built-in cards: audace-up in two moments
    first = team.run("claire", "journal", "add", "audace-up", "--date", "2026-11-03", "-p", "8",
                     "--facilitator", "Claire Martin",
                     "--outcome", "report_back=2026-11-24")  # fmt: skip
    assert first.exit_code == 0, first
    ((ident,),) = rows(team.url, "SELECT id FROM sessions")
    ((action,),) = rows(team.url, "SELECT text FROM actions WHERE session_id = %s", (ident,))
    claire = team.name("claire")
    back = team.run("paul", "journal", "add", "audace-up", "--moment", "report-back",
                    "--follows", ident[:8], "--date", "2026-11-24", "-p", "7",
                    "--lang", "en")  # fmt: skip
    assert back.exit_code == 0, back
    assert (
        f"Your session is linked to session {ident[:8]} of 3 November 2026, recorded by Claire "
        f"Martin (account {claire}); its follow-up action ({action}) stays open: in the shared "
        f"journal, it is for the account {claire} (or the team's coordinators) to close it."
    ) in back.stderr, back
    again_by_paul = team.run("paul", "run", "audace-up", "--moment", "report-back", "--record",
                             "--no-input", "--follows", ident[:8], "--date", "2026-11-25",
                             "-p", "7", "--lang", "fr")  # fmt: skip
    assert again_by_paul.exit_code == 0, again_by_paul
    assert (
        f"Votre séance est reliée à la séance {ident[:8]} du 3 novembre 2026, enregistrée par "
        f"Claire Martin (compte {claire})\u00a0; son action de suivi ({action}) reste "
        f"ouverte\u00a0: dans le journal partagé, c’est au compte {claire} (ou à la "
        "coordination de l’équipe) de la clore."
    ) in again_by_paul.stderr, again_by_paul
    linked = rows(team.url, "SELECT owner_role, follows FROM sessions WHERE follows IS NOT NULL")
    assert linked == [(team.name("paul"), ident)] * 2
    assert rows(team.url, "SELECT status FROM actions WHERE session_id = %s", (ident,)) == [
        ("open",)
    ]
    # Claire's own report-back closes it, and nothing is said of it.
    again = team.run("claire", "journal", "add", "audace-up", "--moment", "report-back",
                     "--follows", ident[:8], "--date", "2026-11-25", "-p", "7")  # fmt: skip
    assert again.exit_code == 0, again
    assert "stays open" not in again.stderr and "reste ouverte" not in again.stderr
    assert rows(team.url, "SELECT status FROM actions WHERE session_id = %s", (ident,)) == [
        ("done",)
    ]
    # Once it is closed, a later report-back by Paul has nothing to say of it either.
    late = team.run("paul", "journal", "add", "audace-up", "--moment", "report-back",
                    "--follows", ident[:8], "--date", "2026-11-26", "-p", "7")  # fmt: skip
    assert late.exit_code == 0 and "stays open" not in late.stderr, late


def test_sync_sends_what_it_can_and_keeps_a_refused_session_with_its_reason(
    team: Team, tmp_path: Path
) -> None:
    """Paul's outbox holds, oldest first, a changed copy of Claire's session (row-level
    security refuses it) and two sessions of his own: ``journal sync`` sends his two, keeps
    hers with the reason, says so per session; ``journal status`` lists it; a second sync
    sends nothing twice (issue 14, item 2)."""
    from dataclasses import replace

    from innovkit.cards.catalogue import load_catalogue
    from innovkit.journal.outbox import outbox_path
    from innovkit.journal.outboxnotes import meant_for
    from innovkit.journal.records import new_session
    from innovkit.journal.store import Journal

    claires = team.add("claire", "2026-11-03")
    with Journal(team.url) as server:
        hers = server.get(claires)
    card = load_catalogue().tools["atelier-test"]
    pauls = [new_session(card, date=date(2026, 11, day), participants=6) for day in (4, 6)]
    changed = replace(hers, notes="Vu par Paul", updated_at=datetime.now(UTC) + timedelta(1))
    paul_address = team.cluster.tcp_url(team.name("paul"), team.database)
    with Journal(outbox_path()) as box:
        for session in (changed, *pauls):
            meant_for(session.id, paul_address)
            box.add(session)
    before = rows(team.url, "SELECT * FROM sessions WHERE id = %s", (claires,))

    synced = team.run("paul", "journal", "sync", "--lang", "en")
    assert synced.exit_code == 1, synced
    claire = team.name("claire")
    assert (
        f"Session {claires[:8]} of 3 November 2026 stays in the outbox, refused by the shared "
        f"journal: Session {claires[:8]} (« atelier test », 3 November 2026) was "
        f"recorded by the account {claire}: in the shared journal, only the account {claire}"
    ) in synced.stderr, synced
    assert "2 sessions sent, 0 in conflict." in synced.stderr
    assert "1 refused session stays in the outbox" in synced.stderr
    assert "Traceback" not in synced.stderr and SECRET not in synced.stdout + synced.stderr
    on_server = rows(team.url, "SELECT id, owner_role FROM sessions WHERE id <> %s", (claires,))
    assert sorted(on_server) == sorted((s.id, team.name("paul")) for s in pauls)
    assert rows(team.url, "SELECT * FROM sessions WHERE id = %s", (claires,)) == before
    with Journal(outbox_path()) as box:
        assert [s.id for s in box.sessions()] == [claires]

    status = team.run("paul", "journal", "status", "--lang", "fr")
    assert status.exit_code == 0, status
    assert "Boîte d’envoi\u00a0: 1 séance en attente, celle du 3 novembre 2026." in status.stdout
    assert (
        f"La séance {claires[:8]} du 3 novembre 2026 a été refusée par le journal "
        f"partagé\u00a0: La séance {claires[:8]}"
    ) in status.stdout, status
    assert "l’envoie maintenant" not in status.stdout  # refused: not sent by a new sync
    again = team.run("paul", "journal", "sync", "--lang", "en")
    assert again.exit_code == 1 and "0 sessions sent, 0 in conflict." in again.stderr, again
    assert rows(team.url, "SELECT count(*) FROM sessions") == [(3,)]

    # It can never go as Paul: he hands it over in a file, Claire imports it; nothing is lost
    # and his sync is no longer held by it.
    handed = tmp_path / "pour-claire.json"
    over = team.run("paul", "journal", "sync", "--refused-to", str(handed), "--lang", "en")
    assert over.exit_code == 0, over
    assert f"1 refused session is written to {handed} and taken out of the outbox" in " ".join(
        over.stderr.split()
    )
    with Journal(outbox_path()) as box:
        assert box.sessions() == []
    assert team.run("paul", "journal", "sync").exit_code == 0
    imported = team.run("claire", "journal", "import", str(handed))
    assert imported.exit_code == 0, imported
    assert rows(team.url, "SELECT notes FROM sessions WHERE id = %s", (claires,)) == [
        ("Vu par Paul",)
    ]


def test_mine_on_a_shared_journal_is_what_my_account_recorded(team: Team) -> None:
    """``--mine`` with row-level security: the sessions the connected account recorded (the
    ones it may change) and their actions — no configured name needed (issue 14, item 4)."""
    claires = team.add("claire", "2026-11-03", action="Relancer la DRH")
    pauls = team.add("paul", "2026-11-04", action="Réserver la salle")
    listed = team.run("paul", "journal", "list", "--mine", "--json")
    assert listed.exit_code == 0, listed
    assert [s["id"] for s in json.loads(listed.stdout)] == [pauls]
    actions = team.run("paul", "journal", "actions", "--mine", "--json")
    assert [a["text"] for a in json.loads(actions.stdout)] == ["Réserver la salle"]
    hers = team.run("claire", "journal", "list", "--mine", "--json")
    assert [s["id"] for s in json.loads(hers.stdout)] == [claires]


def test_a_colleagues_report_back_keeps_the_dares_statuses_for_the_first_sessions_owner(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Paul gathers the dares' statuses at the report-back of Claire's session: her session is
    hers to change, so his keeps them (nothing lost), and he is told she must confirm them;
    the report does not count the dares twice."""
    monkeypatch.delenv("INNOVKIT_CARDS")
    first = team.run("claire", "journal", "add", "audace-up", "--date", "2026-11-03", "-p", "8",
                     "--outcome", "dares=Oser dire non; Déléguer",
                     "--outcome", "report_back=2026-11-24")  # fmt: skip
    assert first.exit_code == 0, first
    ((ident,),) = rows(team.url, "SELECT id FROM sessions")
    back = team.run("paul", "journal", "add", "audace-up", "--moment", "report-back",
                    "--follows", ident[:8], "--date", "2026-11-24", "-p", "7",
                    "--outcome", "dares.2=fait", "--lang", "fr")  # fmt: skip
    assert back.exit_code == 0, back
    said = " ".join(back.stderr.split())
    confirm = f"innovkit journal edit {ident[:8]} --outcome dares.2=Fait"
    assert f"Les statuts sont gardés avec votre séance : la première ({ident[:8]})" in said
    assert f"Pour les y reporter : « {confirm} »" in said  # the very command, to copy
    kept = rows(team.url, "SELECT outcomes FROM sessions WHERE follows IS NOT NULL")
    assert "done" in str(kept[0][0])
    theirs = rows(team.url, "SELECT outcomes FROM sessions WHERE id = %s", (ident,))
    assert "done" not in str(theirs[0][0])
    report = team.run("claire", "journal", "export", "--format", "md", "--lang", "fr")
    assert report.exit_code == 0, report
    assert "2\u00a0annoncés" in report.stdout or "2 annoncés" in report.stdout
    # Claire sees it on her session, with the same command; Paul's names the dares.
    hers = " ".join(team.run("claire", "journal", "show", ident[:8], "--lang", "fr").stdout.split())
    assert "Suivie par : Retour d’expérience, 24 novembre 2026" in hers
    assert f"à reporter ici : « {confirm} »" in hers
    (back_id,) = [
        r[0] for r in rows(team.url, "SELECT id FROM sessions WHERE follows = %s", (ident,))
    ]
    his = " ".join(team.run("paul", "journal", "show", back_id[:8], "--lang", "fr").stdout.split())
    assert "2. Déléguer — Fait" in his, his
    # Claire copies the command she is given: her second dare is done, its text kept.
    confirmed = team.run("claire", *confirm.split()[1:])
    assert confirmed.exit_code == 0, confirmed
    ((stored,),) = rows(team.url, "SELECT outcomes FROM sessions WHERE id = %s", (ident,))
    data = json.loads(stored) if isinstance(stored, str) else stored
    assert [(d["text"], d["status"]) for d in data["dares"]] == [
        ("Oser dire non", "announced"),
        ("Déléguer", "done"),
    ]


def test_a_colleagues_report_back_kept_offline_is_sent_as_online(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Paul recorded the report-back of Claire's session offline: ``journal sync`` links it
    to her session as recording it online does — her follow-up action stays open for her,
    the dares' statuses stay on his session for her to confirm — and says so, in one
    sentence each, in his language (issue 14, pgsync item 1)."""
    import msgspec

    from innovkit.journal.outboxnotes import journal_address, keep, read_notes

    monkeypatch.delenv("INNOVKIT_CARDS")  # the built-in cards: audace-up in two moments
    first = team.run("claire", "journal", "add", "audace-up", "--date", "2026-11-03", "-p", "8",
                     "--facilitator", "Claire Martin", "--outcome", "dares=Oser dire non; Déléguer",
                     "--outcome", "report_back=2026-11-24")  # fmt: skip
    assert first.exit_code == 0, first
    ((ident,),) = rows(team.url, "SELECT id FROM sessions")
    ((action,),) = rows(team.url, "SELECT text FROM actions WHERE session_id = %s", (ident,))
    offline = {"INNOVKIT_JOURNAL": "postgresql://paul@127.0.0.1:1/innovkit",
               "PGCONNECT_TIMEOUT": "2"}  # fmt: skip
    kept = team.cli("journal", "add", "audace-up", "--moment", "report-back", "--follows",
                    ident[:8], "--date", "2026-11-24", "-p", "7", "--outcome", "dares.2=fait",
                    "--no-input", env=offline)  # fmt: skip
    assert kept.exit_code == 0 and "kept on this computer" in kept.stderr, kept
    back = kept.stdout.strip()
    paul = journal_address(team.cluster.tcp_url(team.name("paul"), team.database))
    keep(back, msgspec.structs.replace(read_notes()[back], journal=paul))

    synced = team.run("paul", "journal", "sync", "--lang", "en")
    assert synced.exit_code == 0, synced
    claire = team.name("claire")
    assert "Among them, 1 later moment, linked to its first session" in synced.stderr, synced
    assert (
        f"Session {back[:8]} of 24 November 2026 is linked to session {ident[:8]} of 3 November "
        f"2026, recorded by Claire Martin (account {claire}); its follow-up action ({action}) "
        f"stays open: in the shared journal, it is for the account {claire} (or the team's "
        "coordinators) to close it."
    ) in synced.stderr, synced
    assert (
        f"The first session ({ident[:8]}) of session {back[:8]} belongs to a colleague: the "
        f"statuses are kept with session {back[:8]}"
    ) in synced.stderr, synced
    assert rows(team.url, "SELECT follows, owner_role FROM sessions WHERE id = %s", (back,)) == [
        (ident, team.name("paul"))
    ]
    assert rows(team.url, "SELECT status FROM actions WHERE session_id = %s", (ident,)) == [
        ("open",)
    ]
    (his,) = rows(team.url, "SELECT outcomes FROM sessions WHERE id = %s", (back,))
    (hers,) = rows(team.url, "SELECT outcomes FROM sessions WHERE id = %s", (ident,))
    assert "done" in str(his[0]) and "done" not in str(hers[0])
    french = team.run("paul", "journal", "sync", "--lang", "fr")
    assert "La boîte d’envoi est vide" in french.stderr, french


def test_a_card_of_a_cards_folder_is_named_by_its_name_in_a_refusal(
    team: Team, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The refusal names the tool of a ``--cards`` folder as it names a built-in one: by its
    name, not its id — with ``journal edit`` and with ``journal sync`` (issue 14, pgsync
    item 3)."""
    from dataclasses import replace

    from innovkit.journal.outbox import outbox_path
    from innovkit.journal.outboxnotes import meant_for
    from innovkit.journal.store import Journal

    monkeypatch.delenv("INNOVKIT_CARDS")
    folder = tmp_path / "fiches"
    folder.mkdir()
    card = (DATA / "cards" / "atelier-test.yaml").read_text(encoding="utf-8")
    card = card.replace("id: atelier-test", "id: atelier-club")
    (folder / "atelier-club.yaml").write_text(
        card.replace("« atelier test »", "« atelier du club »"), encoding="utf-8"
    )
    cards = ("--cards", str(folder))
    added = team.run("claire", *cards, "journal", "add", "atelier-club", "--date", "2026-11-03",
                     "--outcome", "defi=Oser", "--no-input")  # fmt: skip
    assert added.exit_code == 0, added
    ident = added.stdout.strip()
    claire = team.name("claire")
    for lang, sentence in (
        ("en", f"Session {ident[:8]} (« atelier du club », 3 November 2026) was recorded by the "
               f"account {claire}:"),
        ("fr", f"La séance {ident[:8]} (« atelier du club », 3 novembre 2026) a été "
               f"enregistrée par le compte {claire}\u00a0:"),
    ):  # fmt: skip
        result = team.run("paul", *cards, "journal", "edit", ident[:8], "--note", "Non",
                          "--lang", lang)  # fmt: skip
        refused(result, sentence)
        assert "atelier-club" not in result.stderr

    with Journal(team.url) as server:
        hers = server.get(ident)
    changed = replace(hers, notes="Vu par Paul", updated_at=datetime.now(UTC) + timedelta(1))
    meant_for(ident, team.cluster.tcp_url(team.name("paul"), team.database))
    with Journal(outbox_path()) as box:
        box.add(changed)
    synced = team.run("paul", *cards, "journal", "sync", "--lang", "en")
    assert synced.exit_code == 1, synced
    assert f"Session {ident[:8]} (« atelier du club », 3 November 2026)" in synced.stderr, synced
