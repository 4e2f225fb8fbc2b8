"""A later moment recorded offline arrives whole (issue 14, pgsync item 1): audace-up's
report-back kept in the outbox is sent by ``journal sync`` exactly as recording it online
stores it — linked to its cycle, the dares' statuses written onto the first session's items,
the first session's follow-up action closed — in the same transaction as its sending.

Offline is the real path: ``journal add`` against a server that does not answer keeps the
session in the outbox; its note is then pointed at the test's shared journal (as if that
server had been the one down). Against the real, throwaway PostgreSQL (tests/postgres.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from innovkit.journal.outbox import outbox_path
from innovkit.journal.records import Session
from innovkit.journal.store import Journal

ROOT = Path(__file__).resolve().parent.parent
UNREACHABLE = "postgresql://claire@127.0.0.1:1/journal"
OFFLINE = {"INNOVKIT_JOURNAL": UNREACHABLE, "PGCONNECT_TIMEOUT": "2"}
DARES = "dares=Parler en réunion; Déléguer un dossier"


def offline(cli: Callable, address: str, *args: str) -> str:
    """``journal add ARGS`` while the shared journal ``address`` cannot be reached: the
    session waits in the outbox, for that journal; its id."""
    added = cli("journal", "add", *args, "--no-input", "--lang", "en", env=OFFLINE)
    assert added.exit_code == 0 and "kept on this computer" in added.stderr, added
    ident = added.stdout.strip()
    meant_for_instead(ident, address)
    return ident


def meant_for_instead(ident: str, address: str) -> None:
    """The kept session ``ident``'s note, pointed at the journal ``address``."""
    import msgspec

    from innovkit.journal.outboxnotes import journal_address, keep, read_notes

    note = read_notes()[ident]
    keep(ident, msgspec.structs.replace(note, journal=journal_address(address)))


def online(cli: Callable, address: str, *args: str) -> str:
    added = cli("journal", "add", *args, "--no-input", env={"INNOVKIT_JOURNAL": address})
    assert added.exit_code == 0, added
    return added.stdout.strip()


def dare_session(add: Callable, cli: Callable, address: str, *more: str) -> str:
    return add(cli, address, "audace-up", "-d", "2026-11-03", "-p", "6", "-f", "Claire",
               "--outcome", DARES, "--outcome", "report_back=2026-11-24", *more)  # fmt: skip


def report_back(first: str, day: str = "2026-11-24", *more: str) -> tuple[str, ...]:
    return ("audace-up", "--moment", "report-back", "--follows", first[:8], "-d", day,
            "-p", "6", "--outcome", "dares.2=fait", *more)  # fmt: skip


def on_server(address: str, ident: str) -> Session:
    with Journal(address) as journal:
        return journal.get(ident)


def in_outbox() -> list[str]:
    if not outbox_path().is_file():
        return []
    with Journal(outbox_path()) as box:
        return [s.id for s in box.sessions()]


def statuses(session: Session) -> list[str]:
    return [item["status"] for item in session.outcomes["dares"]]


def assert_linked(address: str, first: str, back: str) -> None:
    """What recording the report-back online does: linked, statuses on the first session's
    items (the report-back keeps no copy), the first session's follow-up action done."""
    dared, came_back = on_server(address, first), on_server(address, back)
    assert came_back.follows == first
    assert statuses(dared) == ["announced", "done"]
    assert "dares" not in came_back.outcomes
    assert [a.status for a in dared.actions] == ["done"]


def sync(cli: Callable, address: str, lang: str = "en") -> Any:
    synced = cli("journal", "sync", "--lang", lang, env={"INNOVKIT_JOURNAL": address})
    assert synced.exit_code == 0, synced
    assert "Traceback" not in synced.stderr
    return synced


def test_a_report_back_recorded_offline_is_linked_as_online(
    cli: Callable, postgres_url: str
) -> None:
    first = dare_session(online, cli, postgres_url)
    newer = online(cli, postgres_url, "audace-up", "-d", "2026-11-10", "-p", "5",
                   "--outcome", "report_back=2026-12-01")  # fmt: skip
    back = offline(cli, postgres_url, *report_back(first))  # --follows: its first 8 letters
    synced = sync(cli, postgres_url)
    assert "1 session sent, 0 in conflict." in synced.stderr
    assert (
        "Among them, 1 later moment, linked to its first session as when recorded online."
    ) in synced.stderr, synced
    assert_linked(postgres_url, first, back)  # the one it follows, not the newest cycle
    assert [a.status for a in on_server(postgres_url, newer).actions] == ["open"]
    assert in_outbox() == []


def test_a_report_back_recorded_offline_without_follows_joins_the_newest_open_cycle(
    cli: Callable, postgres_url: str
) -> None:
    """Offline, nobody can look up which session a report-back follows: kept without
    ``--follows``, it is linked at ``sync`` as ``journal add`` online links it — to the
    tool's newest open cycle — not sent as a new cycle of its own (team trial A3)."""
    first = dare_session(online, cli, postgres_url)
    back = offline(cli, postgres_url, "audace-up", "--moment", "report-back", "-d", "2026-11-24",
                   "-p", "6", "--outcome", "dares.2=fait")  # fmt: skip
    synced = sync(cli, postgres_url)
    assert "Among them, 1 later moment, linked to its first session" in synced.stderr, synced
    assert_linked(postgres_url, first, back)


def test_the_first_session_kept_too_is_sent_first_by_the_order_of_recording(
    cli: Callable, postgres_url: str
) -> None:
    """Both kept offline, on the same day: the first session began at 14:00, the report-back
    was noted without a start time (a journal sorts it first on that day). ``sync`` sends
    them in the order they were recorded, so the report-back finds its first session."""
    first = dare_session(offline, cli, postgres_url, "--start", "14:00")
    back = offline(cli, postgres_url, *report_back(first, "2026-11-03"))
    synced = sync(cli, postgres_url, "fr")
    assert "2 séances envoyées, 0 en conflit." in synced.stderr, synced
    assert "Dont 1 moment suivant, relié à sa première séance" in synced.stderr
    on_first = on_server(postgres_url, first)
    assert on_first.start is not None and on_first.start.hour == 14
    assert_linked(postgres_url, first, back)
    assert in_outbox() == []


def test_a_report_back_sent_twice_is_not_applied_twice(
    cli: Callable, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sync is cut after the server committed the report-back, before the outbox let it
    go: the next sync finds it on the server and only takes it out of the outbox."""
    from innovkit.journal import outbox

    first = dare_session(online, cli, postgres_url)
    back = offline(cli, postgres_url, *report_back(first))

    def cut(self: Journal, session_id: str) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(Journal, "withdraw", cut)
        with pytest.raises(KeyboardInterrupt):
            outbox.sync(postgres_url)
    assert_linked(postgres_url, first, back)
    dared, came_back = on_server(postgres_url, first), on_server(postgres_url, back)
    assert in_outbox() == [back]
    assert outbox.sync(postgres_url) == outbox.Sent(already=1)
    assert in_outbox() == []
    assert on_server(postgres_url, first) == dared
    assert on_server(postgres_url, back) == came_back
    with Journal(postgres_url) as journal:
        assert journal.conflicts() == []


def test_a_report_back_whose_card_cannot_be_found_is_sent_as_recorded_and_said(
    cli: Callable, postgres_url: str, tmp_path: Path
) -> None:
    """Recorded offline with a card of a ``--cards`` folder; synced without that folder:
    sent as recorded (nothing lost), not linked, and ``sync`` says so, in both languages."""
    folder = tmp_path / "fiches"
    folder.mkdir()
    card = (ROOT / "toolcards" / "audace-up.yaml").read_text(encoding="utf-8")
    (folder / "audace-club.yaml").write_text(
        card.replace("id: audace-up", "id: audace-club"), encoding="utf-8"
    )
    env = {"INNOVKIT_JOURNAL": postgres_url}
    made = cli("--cards", str(folder), "journal", "add", "audace-club", "-d", "2026-11-03",
               "-p", "6", "--outcome", DARES, "--outcome", "report_back=2026-11-24",
               "--no-input", env=env)  # fmt: skip
    assert made.exit_code == 0, made
    first = made.stdout.strip()
    kept = cli("--cards", str(folder), "journal", "add", "audace-club", "--moment",
               "report-back", "--follows", first[:8], "-d", "2026-11-24", "-p", "6",
               "--outcome", "dares.2=fait", "--no-input", env=OFFLINE)  # fmt: skip
    assert kept.exit_code == 0, kept
    meant_for_instead(kept.stdout.strip(), postgres_url)
    synced = sync(cli, postgres_url)
    assert (
        "1 later moment (audace-club) was sent as recorded, not linked to its first session: "
        "the tool's card cannot be found on this computer"
    ) in synced.stderr, synced
    came_back = on_server(postgres_url, kept.stdout.strip())
    assert came_back.follows == first and statuses(came_back) == ["announced", "done"]
    assert in_outbox() == []
