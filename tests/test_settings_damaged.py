"""A damaged settings file is said, once per command, with its file and line; and a ``journal``
setting that cannot be read stops the journal commands instead of quietly using another
journal."""

from __future__ import annotations

from pathlib import Path

import pytest

JOURNAL_CARDS = Path(__file__).resolve().parent / "data" / "journal" / "cards"


@pytest.fixture
def config(innovkit_home: Path) -> Path:
    path = innovkit_home / "config" / "config.toml"
    path.parent.mkdir(parents=True)
    return path


@pytest.fixture(autouse=True)
def test_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INNOVKIT_CARDS", str(JOURNAL_CARDS))


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(("Warning", "Attention"))]


@pytest.mark.parametrize(
    ("args", "code"),
    [(("list",), 0), (("show", "walt"), 0), (("sheet", "walt", "--format", "txt"), 0)],
)
def test_a_damaged_file_is_one_warning_naming_file_and_line(
    cli, config: Path, args: tuple[str, ...], code: int
) -> None:
    config.write_text('language = "fr"\nfacilitator = "Camille\nvariant = "short"\n', "utf-8")
    result = cli(*args)
    assert result.exit_code == code, result
    warnings = _warnings(result.stderr)
    assert len(warnings) == 1, result
    assert str(config) in warnings[0] and "line 2" in warnings[0]
    assert "unexpected" not in result.stderr


def test_the_warning_is_in_french_too(cli, config: Path) -> None:
    config.write_text("facilitator = [\n", "utf-8")
    result = cli("list", "--lang", "fr")
    warnings = _warnings(result.stderr)
    assert len(warnings) == 1 and "ligne 1" in warnings[0] and str(config) in warnings[0]


def test_a_sound_file_gives_no_warning(cli, config: Path) -> None:
    config.write_text('facilitator = "Camille"\n', "utf-8")
    assert _warnings(cli("list").stderr) == []


def test_config_show_says_it_once(cli, config: Path) -> None:
    config.write_text("language = [unclosed", "utf-8")
    result = cli("config", "show")
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1, result


JOURNAL_COMMANDS = [
    ("journal", "list"),
    ("journal", "add", "atelier-test", "--outcome", "defi=x"),
    ("journal", "export", "--all", "--format", "json"),
]


@pytest.mark.parametrize("args", JOURNAL_COMMANDS)
@pytest.mark.parametrize(
    "content",
    [
        'journal = "/srv/equipe/journal.sqlite3\nfacilitator = "Camille"\n',  # damaged file
        "journal = 42\n",  # not a text
        'journal = ""\n',  # empty
    ],
)
def test_an_unreadable_journal_setting_stops_the_journal_commands(
    cli, config: Path, innovkit_home: Path, args: tuple[str, ...], content: str
) -> None:
    config.write_text(content, "utf-8")
    default = innovkit_home / "data" / "journal.sqlite3"
    result = cli(*args)
    assert result.exit_code == 2, result
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1, result
    assert "journal" in errors[0] and str(config) in errors[0]
    assert "unexpected" not in result.stderr
    assert not default.exists()  # no session went quietly into the default journal


def test_innovkit_journal_still_names_the_journal(cli, config: Path, tmp_path: Path) -> None:
    config.write_text("journal = 42\n", "utf-8")
    journal = tmp_path / "equipe.sqlite3"
    result = cli(
        "journal", "add", "atelier-test", "--outcome", "defi=x",
        env={"INNOVKIT_JOURNAL": str(journal)},
    )  # fmt: skip
    assert result.exit_code == 0, result
    assert journal.is_file()


def test_a_damaged_file_without_a_journal_line_keeps_the_journal(cli, config: Path) -> None:
    config.write_text('facilitator = "Camille\n', "utf-8")
    result = cli("journal", "add", "atelier-test", "--outcome", "defi=x")
    assert result.exit_code == 0, result
    assert len(_warnings(result.stderr)) == 1


def test_other_commands_still_work_with_a_bad_journal_setting(cli, config: Path) -> None:
    config.write_text("journal = 42\n", "utf-8")
    assert cli("list").exit_code == 0
    assert cli("sheet", "walt", "--format", "txt").exit_code == 0
