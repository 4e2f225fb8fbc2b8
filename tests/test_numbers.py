"""One parser for every whole-number option: our sentence, never the library's."""

from __future__ import annotations

import pytest

from innovkit.errors import BadInput, ExitCode
from innovkit.numbers import parse_optional_whole, parse_whole


@pytest.mark.parametrize(("text", "number"), [("1", 1), (" 12 ", 12), ("+3", 3), ("0", 0)])
def test_whole_numbers_are_read(text: str, number: int) -> None:
    assert parse_whole(text, "--n") == number


@pytest.mark.parametrize("text", ["abc", "", "1.5", "2,5", "1e3", "12 people", "１２x"])
def test_what_is_not_a_whole_number_is_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(BadInput) as refused:
        parse_whole(text, "--participants")
    assert "n’est pas un nombre entier" in refused.value.words("fr")
    assert "--participants" in refused.value.words("fr")
    assert refused.value.exit_code == ExitCode.USAGE


def test_limits_are_said_as_a_person_says_them() -> None:
    with pytest.raises(BadInput, match="it must be at least 1"):
        parse_whole("0", "--minutes", minimum=1)
    with pytest.raises(BadInput, match="it must be at most 5"):
        parse_whole("6", "--mark", maximum=5)
    with pytest.raises(BadInput) as refused:
        parse_whole("9", "--note", minimum=1, maximum=5)
    assert "il faut de 1 à 5" in refused.value.words("fr")
    assert parse_optional_whole(None, "--minutes", minimum=1) is None


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--minutes", "abc"],
        ["suggest", "--participants", "zéro"],
        ["plan", "walt", "--break", "dix"],
        ["sheet", "walt", "--participants", "1.5"],
    ],
)
def test_every_count_option_goes_through_the_same_parser(cli, args: list[str]) -> None:
    fr = cli(*args, env={"INNOVKIT_LANG": "fr"})
    en = cli(*args, env={"INNOVKIT_LANG": "en"})
    assert fr.exit_code == en.exit_code == 2, (fr, en)
    assert "n’est pas un nombre entier" in fr.stderr, fr
    assert "is not a whole number" in en.stderr, en
    assert "Input should be" not in fr.stderr + en.stderr
    assert fr.stderr.count("\n") == en.stderr.count("\n") == 1


def test_a_bad_count_changes_nothing_on_disk(cli, tmp_path) -> None:
    sheet, agenda, event = tmp_path / "sheet.md", tmp_path / "plan.md", tmp_path / "plan.ics"
    refused = [
        cli("sheet", "walt", "-o", str(sheet), "--participants", "beaucoup"),
        cli("kit", "walt", "-o", str(tmp_path / "kit"), "--participants", "0"),
        cli(
            "plan", "walt", "--start", "9:00", "--date", "2026-12-01", "--break", "-5",
            "-o", str(agenda), "--ics", str(event),
        ),
    ]  # fmt: skip
    assert [result.exit_code for result in refused] == [2, 2, 2], refused
    assert "Traceback" not in "".join(result.stderr for result in refused)
    assert list(tmp_path.iterdir()) == []
