"""``innovkit config``: settings saved as TOML, every value checked before it is kept."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest


def test_round_trip(cli, innovkit_home: Path) -> None:
    assert cli("config", "set", "facilitator", "Claire   Martin").exit_code == 0
    assert cli("config", "set", "language", "FR").exit_code == 0
    assert cli("config", "set", "variant", "short").exit_code == 0
    journal = innovkit_home / "elsewhere" / "journal.sqlite3"
    journal.parent.mkdir(parents=True)
    assert cli("config", "set", "journal", str(journal)).exit_code == 0
    path = innovkit_home / "config" / "config.toml"
    with path.open("rb") as handle:
        saved = tomllib.load(handle)
    assert saved == {
        "facilitator": "Claire Martin",
        "language": "fr",
        "variant": "short",
        "journal": str(journal),
    }
    assert cli("config", "get", "facilitator").stdout == "Claire Martin\n"
    shown = json.loads(cli("config", "show", "--json").stdout)
    assert shown["settings"]["language"] == "fr"
    assert cli("config", "unset", "variant").exit_code == 0
    assert cli("config", "get", "variant").exit_code == 1
    assert path.stat().st_mode & 0o077 == 0


def test_configured_language_is_used(cli) -> None:
    cli("config", "set", "language", "fr")
    assert "Objectifs" in cli("show", "walt").stdout
    assert "Objectives" in cli("show", "walt", "--lang", "en").stdout
    assert "Objectives" in cli("show", "walt", env={"INNOVKIT_LANG": "en"}).stdout


def test_quotes_and_backslashes_survive(cli, innovkit_home: Path) -> None:
    name = 'Zoé "la" \\ Dupont'
    assert cli("config", "set", "facilitator", name).exit_code == 0
    assert cli("config", "get", "facilitator").stdout.strip() == name


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("language", "de", "not available"),
        ("facilitator", "   ", "1 to 80 characters"),
        ("variant", "très court", "No tool has a timed variant"),
        ("variant", "tres-longue", "No tool has a timed variant"),
        ("colour", "blue", "no setting called"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(
    cli, innovkit_home: Path, key: str, value: str, words: str
) -> None:
    cli("config", "set", "facilitator", "Claire")
    path = innovkit_home / "config" / "config.toml"
    before = path.read_bytes()
    result = cli("config", "set", key, value)
    assert result.exit_code == 2, result
    assert words in result.stderr
    assert path.read_bytes() == before


def test_journal_setting_must_be_a_file_in_an_existing_folder(cli, tmp_path: Path) -> None:
    result = cli("config", "set", "journal", str(tmp_path))
    assert result.exit_code == 2
    assert "journal file" in result.stderr
    typo = cli("config", "set", "journal", str(tmp_path / "nonexist" / "j.sqlite3"))
    assert typo.exit_code == 2
    assert "does not exist" in typo.stderr
    assert not (tmp_path / "nonexist").exists()


def test_damaged_settings_file_is_reported_but_never_blocks(cli, innovkit_home: Path) -> None:
    path = innovkit_home / "config" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text("language = [unclosed", encoding="utf-8")
    assert cli("list", "--json").exit_code == 0
    result = cli("config", "show")
    assert result.exit_code == 1
    assert "damaged" in result.stderr


@pytest.mark.parametrize(
    "line", ['language = "de"', "journal = 5", 'facilitator = ["a"]', 'variant = "très court"']
)
def test_a_bad_value_written_by_hand_never_blocks(cli, innovkit_home: Path, line: str) -> None:
    path = innovkit_home / "config" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text(line + "\n", encoding="utf-8")
    assert cli("list", "--json").exit_code == 0
    journal = cli("journal", "list", "--json")  # issue 10: a bad journal setting stops it
    assert journal.exit_code == (2 if line.startswith("journal") else 0), journal
    shown = cli("config", "show")
    assert shown.exit_code == 1 and "bad value" in shown.stderr
    assert cli("config", "unset", line.split()[0]).exit_code == 0  # repairs the file
    assert cli("config", "show").exit_code == 0


@pytest.mark.parametrize(
    "name",
    ["Camille 𝔸", 'Dominique "Dom" O\'Neil', "Zoé \\ back", "Ana\u00a0Lía", "emoji 🎉 ok"],
)
def test_any_name_round_trips_through_the_toml_library(cli, innovkit_home: Path, name: str) -> None:
    assert cli("config", "set", "facilitator", name).exit_code == 0
    path = innovkit_home / "config" / "config.toml"
    with path.open("rb") as handle:
        saved = tomllib.load(handle)  # the file parses: no setting is silently ignored
    kept = " ".join(name.split())
    assert saved == {"facilitator": kept}
    shown = cli("config", "show")
    assert shown.exit_code == 0, shown
    assert f"facilitator = {kept}\n" in shown.stdout
    assert cli("config", "get", "facilitator").stdout == kept + "\n"
    assert json.loads(cli("config", "show", "--json").stdout)["settings"] == {"facilitator": kept}


@pytest.mark.parametrize(
    ("key", "value", "saved"),
    [
        ("langue", "fr", "language = fr"),
        ("Langue", "en", "language = en"),
        ("variante", "courte", "variant = short"),
        ("variant", "Version courte", "variant = short"),
        ("animation", "Claire M.", "facilitator = Claire M."),
    ],
)
def test_french_names_of_settings_and_variants(cli, key: str, value: str, saved: str) -> None:
    assert cli("config", "set", key, value).exit_code == 0
    assert saved in cli("config", "show").stdout
    assert cli("config", "unset", key).exit_code == 0
    assert saved not in cli("config", "show").stdout


def test_unknown_variant_lists_the_choices_in_french(cli) -> None:
    refused = cli("config", "set", "variante", "tres-longue", env={"INNOVKIT_LANG": "fr"})
    assert refused.exit_code == 2
    assert "Version courte (short)" in refused.stderr
