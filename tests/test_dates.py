"""Dates, times and durations as facilitators type them, and their limits."""

from __future__ import annotations

from datetime import date

import pytest

from innovkit.dates import days_in_month, parse_date, parse_month
from innovkit.durations import parse_duration
from innovkit.errors import BadInput


def test_months_have_their_days() -> None:
    assert days_in_month(2026, 2) == 28
    assert days_in_month(2028, 2) == 29
    assert days_in_month(2999, 12) == 31


@pytest.mark.parametrize("typed", ["9999-12-31", "0001-01-01", "1899-12-31", "3000-01-01"])
def test_dates_far_off_are_refused_with_a_sentence(typed: str) -> None:
    with pytest.raises(BadInput, match="the year must be between 1900 and 2999"):
        parse_date(typed)


@pytest.mark.parametrize("typed", ["9999-12", "0001-01"])
def test_months_far_off_are_refused_with_a_sentence(typed: str) -> None:
    with pytest.raises(BadInput, match="between 1900 and 2999"):
        parse_month(typed)


def test_the_limits_themselves_are_fine() -> None:
    assert parse_date("1900-01-01") == date(1900, 1, 1)
    assert parse_month("2999-12") == (2999, 12)


@pytest.mark.parametrize(
    ("typed", "seconds"),
    [("5 minutes", 300), ("2 heures", 7200), ("3 mins 20", 200), ("1h59", 7140), ("2m59", 179)],
)
def test_durations_in_words(typed: str, seconds: int) -> None:
    assert parse_duration(typed) == seconds


@pytest.mark.parametrize("typed", ["1h99", "1h60", "2m60", "5 ans"])
def test_durations_that_do_not_add_up_are_refused(typed: str) -> None:
    with pytest.raises(BadInput):
        parse_duration(typed)


@pytest.mark.parametrize(
    "command",
    [
        ["journal", "add", "audace-up", "--date", "9999-12-31", "--no-input"],
        ["journal", "export", "--month", "9999-12"],
        ["journal", "export", "--month", "0001-01"],
        ["sheet", "walt", "--date", "9999-12-31", "--start", "23:59"],
    ],
)
def test_far_dates_on_the_command_line_exit_2(cli, command: list[str]) -> None:
    result = cli(*command)
    assert result.exit_code == 2, result
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
