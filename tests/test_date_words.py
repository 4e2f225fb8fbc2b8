"""Dates and months as people say them, in French and in English, on a fixed « today »
(Wednesday 2 December 2026); the month a report takes by default; a session dated in the future
refused."""

from __future__ import annotations

import json
from datetime import date

import pytest

from innovkit.dates import parse_date, parse_month
from innovkit.errors import BadInput
from innovkit.journal.period import choose_period

TODAY = date(2026, 12, 2)  # a Wednesday


@pytest.fixture
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    """The CLI's today (``dates.todays_date``, its one seam to the calendar) is TODAY."""
    from innovkit import dates

    monkeypatch.setattr(dates, "todays_date", lambda: TODAY)
    return TODAY


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("hier", date(2026, 12, 1)),
        ("Avant-hier", date(2026, 11, 30)),
        ("aujourd’hui", TODAY),
        ("vendredi", date(2026, 11, 27)),
        ("vendredi dernier", date(2026, 11, 27)),
        ("mercredi", date(2026, 11, 25)),  # the last one: today is « aujourd'hui »
        ("31/12", date(2025, 12, 31)),
        ("1/12", date(2026, 12, 1)),
        ("3 novembre", date(2026, 11, 3)),
        ("1er novembre", date(2026, 11, 1)),
        ("3 nov. 2025", date(2025, 11, 3)),
        ("25 décembre", date(2025, 12, 25)),
        ("29 février", date(2024, 2, 29)),
        ("yesterday", date(2026, 12, 1)),
        ("Friday", date(2026, 11, 27)),
        ("last friday", date(2026, 11, 27)),
        ("November 3", date(2026, 11, 3)),
        ("3 November 2026", date(2026, 11, 3)),
        ("31/12", date(2025, 12, 31)),
        ("2026-11-03", date(2026, 11, 3)),
        ("03/11/2026", date(2026, 11, 3)),
    ],
)
def test_dates_as_people_say_them(typed: str, expected: date) -> None:
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("vendredi", date(2026, 12, 4)), ("31/12", date(2026, 12, 31)), ("1/12", date(2027, 12, 1))],
)
def test_planning_looks_ahead(typed: str, expected: date) -> None:
    assert parse_date(typed, TODAY, ahead=True) == expected


@pytest.mark.parametrize(
    ("typed", "lang", "words"),
    [
        ("12/31", "en", "write the day first, then the month (31/12)"),
        ("12/31", "fr", "le jour vient d’abord, puis le mois (31/12)"),
        ("31/02", "fr", "n’est pas une date"),
        ("3 brumaire", "fr", "« hier », « vendredi », « 3 novembre »"),
        ("someday", "en", "“yesterday”, “friday”, “3 November”"),
    ],
)
def test_wrong_dates_say_why_in_the_users_language(typed: str, lang: str, words: str) -> None:
    with pytest.raises(BadInput) as problem:
        parse_date(typed, TODAY, lang)
    assert words.replace(" »", "\u00a0»").replace("« ", "«\u00a0") in problem.value.words(lang)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-11", (2026, 11)),
        ("11/2026", (2026, 11)),
        ("novembre 2025", (2025, 11)),
        ("novembre", (2026, 11)),
        ("décembre", (2026, 12)),
        ("janvier", (2026, 1)),
        ("le mois dernier", (2026, 11)),
        ("ce mois-ci", (2026, 12)),
        ("November", (2026, 11)),
        ("last month", (2026, 11)),
        ("this month", (2026, 12)),
    ],
)
def test_months_as_people_say_them(typed: str, expected: tuple[int, int]) -> None:
    assert parse_month(typed, TODAY) == expected


def test_month_refused_with_the_forms_it_takes() -> None:
    with pytest.raises(BadInput) as problem:
        parse_month("brumaire", TODAY, "fr")
    assert "MM/AAAA (11/2026)" in problem.value.words("fr")
    with pytest.raises(BadInput) as problem:
        parse_month("13/2026", TODAY, "en")
    assert "13/2026" in problem.value.words("en")


def test_periods_last_month_and_week() -> None:
    assert choose_period(last_month=True, today=TODAY).month == (2026, 11)
    week = choose_period(week=True, today=TODAY)
    assert (week.start, week.end) == (date(2026, 11, 30), date(2026, 12, 6))
    assert choose_period("novembre", today=TODAY).month == (2026, 11)
    period = choose_period(start="vendredi", end="hier", today=TODAY)
    assert (period.start, period.end) == (date(2026, 11, 27), date(2026, 12, 1))
    with pytest.raises(BadInput, match="--last-month"):
        choose_period("2026-11", last_month=True, today=TODAY)


@pytest.mark.parametrize(
    ("today", "month"),
    [
        (date(2026, 12, 1), (2026, 11)),
        (date(2026, 12, 7), (2026, 11)),
        (date(2026, 12, 8), (2026, 12)),
        (date(2027, 1, 3), (2026, 12)),
    ],
)
def test_a_report_without_a_period_in_the_first_week_takes_the_month_just_ended(
    today: date, month: tuple[int, int]
) -> None:
    assert choose_period(today=today).month == month


def _add(cli, *args: str):
    return cli("journal", "add", "atelier-test", "--no-input", "--outcome", "defi=Oser", *args)


@pytest.fixture
def test_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    monkeypatch.setenv("INNOVKIT_CARDS", str(Path(__file__).parent / "data" / "journal" / "cards"))


def test_cli_takes_spoken_dates_and_months(cli, fixed_today, test_cards) -> None:
    assert _add(cli, "-d", "vendredi").exit_code == 0
    assert _add(cli, "-d", "3 novembre").exit_code == 0
    assert _add(cli, "-d", "hier").exit_code == 0

    def days(*args):
        return [s["date"] for s in json.loads(cli("journal", "list", "--json", *args).stdout)]

    assert days("--month", "novembre") == ["2026-11-03", "2026-11-27"]
    assert days("--month", "11/2026") == ["2026-11-03", "2026-11-27"]
    assert days("--last-month") == ["2026-11-03", "2026-11-27"]
    assert days("--week") == ["2026-12-01"]
    assert days("--from", "1/11", "--to", "3 nov") == ["2026-11-03"]
    export = cli("journal", "export", "--format", "json")
    assert export.exit_code == 0, export
    assert len(json.loads(export.stdout)["sessions"]) == 2  # November, the month just ended
    assert "novembre 2026" in cli("journal", "export", "--lang", "fr").stderr


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_session_in_the_future_is_refused(cli, fixed_today, test_cards, lang: str) -> None:
    refused = _add(cli, "-d", "2027-03-11", "--lang", lang)
    assert refused.exit_code == 2, refused
    words = {"fr": "jeudi 11 mars 2027, qui n’est pas encore arrivé", "en": "has not come yet"}
    assert words[lang] in refused.stderr and "Traceback" not in refused.stderr
    assert json.loads(cli("journal", "list", "--json").stdout) == []
    added = _add(cli, "-d", "2026-11-03")
    session = json.loads(cli("journal", "list", "--json").stdout)[0]
    assert added.exit_code == 0
    edited = cli("journal", "edit", session["id"][:8], "-d", "demain", "--lang", lang)
    later = {"fr": "3 décembre 2026, qui n’est pas encore arrivé", "en": "has not come yet"}
    assert edited.exit_code == 2 and later[lang] in edited.stderr
    assert json.loads(cli("journal", "list", "--json").stdout)[0]["date"] == "2026-11-03"


def test_due_dates_and_follow_ups_look_ahead(fixed_today) -> None:
    """An action's due date and a follow-up date are to come: « vendredi » is the next one."""
    from innovkit.journal.records import parse_action

    assert parse_action("Afficher le mur ; Camille ; vendredi").due == date(2026, 12, 4)
    assert parse_action("Afficher le mur ; 31/12").due == date(2026, 12, 31)
    assert parse_action("Afficher le mur ; Camille").owner == "Camille"
