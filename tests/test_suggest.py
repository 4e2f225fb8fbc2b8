"""``suggest`` and the lever balance, on a fixture journal with a known history."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from innovkit.cards.catalogue import load_catalogue
from innovkit.cards.suggest import is_neglected, lever_reason, months_between, suggest
from innovkit.journal.records import new_session
from innovkit.journal.store import Journal, Usage

TODAY = date(2026, 11, 25)


@pytest.fixture
def catalogue():
    return load_catalogue()


@pytest.fixture
def journal_path(innovkit_home: Path, catalogue) -> Path:
    """Curiosity last used 4 months ago; audacity, exchanges and constraint used this month."""
    path = innovkit_home / "data" / "journal.sqlite3"
    today = date.today()
    history = [
        ("regard-en-visite", today - timedelta(days=125)),
        ("audace-up", today - timedelta(days=3)),
        ("audace-up", today - timedelta(days=10)),
        ("la-balade", today - timedelta(days=5)),
        ("cadran-total", today - timedelta(days=20)),
    ]
    with Journal(path) as journal:
        for tool, day in history:
            journal.add(new_session(catalogue.tools[tool], date=day.isoformat(), participants="8"))
    return path


def test_hard_limits_are_never_bent(catalogue) -> None:
    found = suggest(catalogue, {}, TODAY, "en", minutes=40, participants=9, setting="indoor")
    assert found
    for s in found:
        assert s.minutes <= 40
        assert s.card.participants_min <= 9 <= s.card.participants_max
        assert "indoor" in s.card.setting
        if s.variant:
            assert s.card.minutes(9, s.variant) == s.minutes
    every = {
        c.id
        for c in catalogue.tools.values()
        if c.shortest <= 40 and c.fits(9) and "indoor" in c.setting
    }
    assert {s.card.id for s in found} == every


def test_no_fit_gives_nothing(catalogue) -> None:
    assert suggest(catalogue, {}, TODAY, "en", minutes=2) == []
    assert suggest(catalogue, {}, TODAY, "en", participants=500) == []


def test_neglected_levers_rise(catalogue) -> None:
    busy = Usage(12, TODAY - timedelta(days=2))
    history = {lever: busy for lever in catalogue.levers}
    history["curiosite"] = Usage(1, TODAY - timedelta(days=130))
    found = suggest(catalogue, history, TODAY, "en")
    assert found[0].card.id == "regard-en-visite"
    assert "curiosity: no session for 4 months" in found[0].reasons
    history["curiosite"] = busy
    history["reve"] = Usage(0, None)
    assert suggest(catalogue, history, TODAY, "en")[0].card.id == "dans-la-peau-de-walt"


def test_reasons_are_plain_sentences(catalogue) -> None:
    found = suggest(catalogue, {}, TODAY, "en", minutes=40, participants=9)
    colle = next(s for s in found if s.card.id == "colle-ton-avis")
    assert colle.reasons[0] == "the full version (39 min) fits in your 40 min"
    assert "9 participants: within 6–30" in colle.reasons
    assert "questioning: no session in the journal" in colle.reasons
    short = next(s for s in found if s.variant)
    assert "instead of" in short.reasons[0]


def test_whole_form_preferred_to_short_form_when_history_is_equal(catalogue) -> None:
    found = suggest(catalogue, {}, TODAY, "en", minutes=45)
    whole = [s.score for s in found if s.variant is None]
    short = [s.score for s in found if s.variant is not None]
    assert min(whole) > max(short) - 1.0  # a short form never jumps far ahead on time alone


def test_lever_reason_and_months() -> None:
    assert months_between(date(2026, 7, 26), TODAY) == 3
    assert months_between(date(2026, 7, 25), TODAY) == 4
    assert lever_reason("curiosity", None, TODAY, "en") == "curiosity: no session in the journal"
    recent = Usage(3, TODAY - timedelta(days=10))
    assert (
        lever_reason("curiosity", recent, TODAY, "en")
        == "curiosity: 3 sessions in the last 12 months"
    )
    assert is_neglected(Usage(1, TODAY - timedelta(days=91)), TODAY)
    assert not is_neglected(Usage(1, TODAY - timedelta(days=89)), TODAY)


def test_suggest_command_uses_the_journal(cli, journal_path: Path) -> None:
    result = cli("suggest", "--json")
    assert result.exit_code == 0, result
    ranked = [row["id"] for row in json.loads(result.stdout)]
    assert ranked.index("regard-en-visite") < ranked.index("audace-up")
    assert ranked[-1] == "audace-up"  # two sessions this month: the least urgent
    assert journal_path.exists()


def test_suggest_command_says_when_nothing_fits(cli) -> None:
    result = cli("suggest", "--minutes", "2", "--lang", "fr")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "Aucun outil ne tient" in result.stderr


def test_suggest_bad_setting(cli) -> None:
    result = cli("suggest", "--setting", "beach")
    assert result.exit_code == 2
    assert "not a known setting" in result.stderr
    french = cli("suggest", "--setting", "à distance", "--json")
    assert french.exit_code == 0
    assert all("remote" in row["reasons"][-1] for row in json.loads(french.stdout))


def test_suggest_without_a_journal_creates_nothing(cli, innovkit_home: Path) -> None:
    assert cli("suggest", "--minutes", "30").exit_code == 0
    assert not (innovkit_home / "data" / "journal.sqlite3").exists()


def test_levers_shows_the_journal_view(cli, journal_path: Path) -> None:
    rows = {row["id"]: row for row in json.loads(cli("levers", "--json").stdout)}
    assert rows["audace"]["sessions_12_months"] == 2
    assert rows["audace"]["neglected"] is False
    assert rows["curiosite"]["sessions_12_months"] == 1
    assert rows["curiosite"]["neglected"] is True
    assert rows["reve"]["last_session"] is None and rows["reve"]["neglected"] is True
    text = cli("levers", "--lang", "fr")
    assert "en sommeil" in text.stdout
    assert "3 leviers sur 12 actifs" in text.stderr
