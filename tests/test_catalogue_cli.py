"""``list``, ``show``, ``levers`` and ``cards``: what a facilitator types and reads."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from innovkit.cards.files import load_card

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize(
    "query",
    ["audace-up", "Audace up !", "AUDACE-UP", "audace", "« audace up ! »", "  audace_UP "],
)
def test_tool_is_found_whatever_the_spelling(cli, query: str) -> None:
    result = cli("show", query, "--json")
    assert result.exit_code == 0, result
    assert json.loads(result.stdout)["id"] == "audace-up"


@pytest.mark.parametrize(
    ("query", "tool"),
    [
        ("walt", "dans-la-peau-de-walt"),
        ("échecs and mates", "echecs-and-mates"),
        ("ECHECS", "echecs-and-mates"),
        ("Time Out", "time-out"),
        ("la balade", "la-balade"),
        ("colle", "colle-ton-avis"),
        ("apprenons-nous", "apprenons-nous"),
    ],
)
def test_tool_is_found_by_name_word_or_prefix(cli, query: str, tool: str) -> None:
    result = cli("show", query, "--json")
    assert result.exit_code == 0, result
    assert json.loads(result.stdout)["id"] == tool


def test_unknown_tool_suggests_the_closest(cli) -> None:
    result = cli("show", "audase-up")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0
    assert "audace-up" in result.stderr and "Did you mean" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_tool_in_french(cli) -> None:
    result = cli("show", "audase", "--lang", "fr")
    assert result.exit_code == 2
    assert "Aucun outil ne s’appelle" in result.stderr
    assert "Vouliez-vous dire" in result.stderr


def test_ambiguous_prefix_names_the_candidates(cli) -> None:
    result = cli("show", "e")
    assert result.exit_code == 2
    assert "echecs-and-mates" in result.stderr and "essais-libres" in result.stderr


def test_list_json_has_the_twelve_tools_with_stable_keys(cli) -> None:
    result = cli("list", "--json")
    assert result.exit_code == 0, result
    tools = json.loads(result.stdout)
    assert len(tools) == 12
    first = tools[0]
    assert set(first) >= {
        "id",
        "name",
        "lever",
        "duration",
        "shortest",
        "participants",
        "summary",
        "setting",
        "origin",
        "overrides",
    }
    assert first["id"] == "cadran-total"  # in the ecosystem's lever order


def test_list_minutes_keeps_tools_whose_shortest_form_fits(cli) -> None:
    every = json.loads(cli("list", "--json").stdout)
    limit = sorted(tool["shortest"] for tool in every)[3]
    kept = json.loads(cli("list", "--minutes", str(limit), "--json").stdout)
    assert {t["id"] for t in kept} == {t["id"] for t in every if t["shortest"] <= limit}
    assert any(t["duration"] > limit for t in kept)  # kept thanks to its short form


def test_list_participants_and_lever_filters(cli) -> None:
    every = json.loads(cli("list", "--json").stdout)
    kept = json.loads(cli("list", "--participants", "25", "--json").stdout)
    expected = {
        t["id"] for t in every if t["participants"]["min"] <= 25 <= t["participants"]["max"]
    }
    assert {t["id"] for t in kept} == expected
    curious = json.loads(cli("list", "--lever", "Curiosité", "--json").stdout)
    assert [t["id"] for t in curious] == ["regard-en-visite"]


def test_list_table_in_french_and_english(cli) -> None:
    french = cli("list", "--lang", "fr")
    assert french.exit_code == 0
    assert "«\u00a0audace up" in french.stdout
    assert "l’audace" in french.stdout
    english = cli("list", "--lang", "en")
    assert "audacity" in english.stdout


def test_nothing_fits_is_said_not_an_error(cli) -> None:
    result = cli("list", "--minutes", "1")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No tool matches" in result.stderr


def test_bad_filter_values_exit_2(cli) -> None:
    assert cli("list", "--minutes", "abc").exit_code == 2
    assert cli("list", "--participants", "0").exit_code == 2
    result = cli("list", "--lever", "courage")
    assert result.exit_code == 2
    assert "No lever is called" in result.stderr
    bad_lang = cli("list", "--lang", "de")
    assert bad_lang.exit_code == 2
    assert "not available" in bad_lang.stderr


def test_show_json_is_the_whole_card_in_one_language(cli) -> None:
    english = json.loads(cli("show", "audace-up", "--json", "--lang", "en").stdout)
    french = json.loads(cli("show", "audace-up", "--json", "--lang", "fr").stdout)
    card = load_card(
        Path(english["source"])
        if "source" in english
        else Path(__file__).resolve().parent.parent / "toolcards" / "audace-up.yaml"
    )
    for key in (
        "objectives",
        "materials",
        "roles",
        "preparation",
        "steps",
        "variants",
        "debrief",
        "checklist",
        "outcomes",
        "pitfalls",
        "credits",
        "invitation",
    ):
        assert key in english
    assert english["duration"] == card.duration
    assert english["summary"] == card.summary("en")
    assert french["summary"] == card.summary("fr")
    assert [s["title"] for s in french["steps"]] == [s.title("fr") for s in card.steps]


def test_show_is_readable_text(cli) -> None:
    result = cli("show", "walt", "--lang", "fr")
    assert result.exit_code == 0
    for heading in (
        "L’invitation",
        "Objectifs",
        "Matériel",
        "Déroulé",
        "Questions de débriefing",
        "Check-list",
        "Pièges à éviter",
        "Crédits",
    ):
        assert heading in result.stdout


def test_language_follows_the_rule(cli) -> None:
    assert "Objectifs" in cli("show", "walt", env={"INNOVKIT_LANG": "fr"}).stdout
    assert "Objectifs" in cli("show", "walt", env={"LANG": "fr_FR.UTF-8"}).stdout
    assert "Objectives" in cli("show", "walt", env={"LANG": "de_DE.UTF-8"}).stdout
    assert "Objectives" in cli("show", "walt", "--lang", "en", env={"INNOVKIT_LANG": "fr"}).stdout


def test_levers(cli) -> None:
    rows = json.loads(cli("levers", "--json").stdout)
    assert len(rows) == 12
    assert rows[5]["id"] == "audace" and rows[5]["tools"] == ["audace-up"]
    text = cli("levers", "--lang", "fr").stdout
    assert "la curiosité" in text


def test_custom_card_overrides_the_builtin_and_list_says_so(cli) -> None:
    folder = DATA / "cards" / "override"
    tools = json.loads(cli("--cards", str(folder), "list", "--json").stdout)
    audace = next(t for t in tools if t["id"] == "audace-up")
    assert audace["overrides"] is True and audace["origin"] == "custom"
    assert audace["duration"] == 25
    table = cli("--cards", str(folder), "list")
    assert "audace-up*" in table.stdout
    assert "replacing the built-in card" in table.stderr


def test_env_cards_folder_and_custom_lever(cli) -> None:
    folder = DATA / "cards" / "newlever"
    result = cli("list", "--json", env={"INNOVKIT_CARDS": str(folder)})
    assert "juste-assez" in result.stdout, result
    levers = json.loads(cli("levers", "--json", env={"INNOVKIT_CARDS": str(folder)}).stdout)
    assert levers[-1]["id"] == "sobriete" and levers[-1]["tools"] == ["juste-assez"]


def test_user_cards_folder_is_searched(cli, innovkit_home: Path) -> None:
    created = cli("cards", "new", "cafe-du-lundi")
    assert created.exit_code == 0, created
    path = Path(created.stdout.strip())
    assert path.parent == innovkit_home / "data" / "cards"
    assert "cafe-du-lundi" in cli("list", "--json").stdout


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cards_new_writes_a_valid_card(cli, lang: str) -> None:
    created = cli("cards", "new", "mon-atelier", "--lang", lang)
    assert created.exit_code == 0, created
    path = Path(created.stdout.strip())
    card = load_card(path)
    assert card.id == "mon-atelier" and card.duration > 0
    assert cli("cards", "validate", str(path)).exit_code == 0
    assert "replace the built-in" not in created.stderr
    again = cli("cards", "new", "mon-atelier")
    assert again.exit_code == 2 and "--force" in again.stderr
    override = cli("cards", "new", "audace-up")
    assert override.exit_code == 0
    assert "will replace the built-in tool “audace-up”" in override.stderr


def test_cards_new_refuses_a_bad_id(cli) -> None:
    result = cli("cards", "new", "Mon Atelier")
    assert result.exit_code == 2
    assert "cannot be used as an id" in result.stderr


def test_cards_path_lists_the_search_order(cli, tmp_path: Path) -> None:
    lines = cli("--cards", str(tmp_path), "cards", "path").stdout.splitlines()
    assert lines[0].endswith(str(tmp_path))
    assert "your cards" in lines[1]
    assert lines[2].endswith("toolcards")


def test_cards_validate_all(cli, tmp_path: Path) -> None:
    shutil.copy(DATA / "cards" / "good" / "cafe-curieux.yaml", tmp_path)
    assert cli("--cards", str(tmp_path), "cards", "validate").exit_code == 0
    shutil.copy(DATA / "cards" / "bad" / "no-steps.yaml", tmp_path)
    assert cli("--cards", str(tmp_path), "cards", "validate").exit_code == 2


def test_debug_shows_the_traceback_and_default_does_not(cli) -> None:
    quiet = cli("show", "nope")
    assert "Traceback" not in quiet.stderr
    loud = cli("--debug", "show", "nope")
    assert loud.exit_code == 2  # the same exit status, with the details
    assert "Traceback" in loud.stderr and "No tool is called “nope”" in loud.stderr


def test_python_dash_m_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "innovkit", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("innovkit ")


def test_usage_error_exits_2(cli) -> None:
    result = cli("show")
    assert result.exit_code == 2
    assert cli("frobnicate").exit_code == 2


@pytest.mark.parametrize(
    ("words", "cword", "expected"),
    [("innovkit show au", "2", "audace-up"), ("innovkit list --lever cu", "3", "curiosite")],
)
def test_shell_completion_offers_tool_and_lever_ids(words: str, cword: str, expected: str) -> None:
    import os

    env = {
        **os.environ,
        "_INNOVKIT_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": cword,
    }
    result = subprocess.run(
        [sys.executable, "-m", "innovkit"], capture_output=True, text=True, env=env, check=False
    )
    assert result.stdout.split() == [expected], result


def test_lang_before_the_command_is_kept(cli) -> None:
    assert "Objectifs" in cli("--lang", "fr", "show", "walt").stdout
    assert "Objectives" in cli("--lang", "en", "show", "walt", env={"INNOVKIT_LANG": "fr"}).stdout


def test_each_command_is_loaded_by_its_own_module() -> None:
    import importlib

    import typer

    from innovkit.cli.app import COMMAND_MODULES, MODULES, build_app, command_of

    every = build_app()
    names = {c.name for c in every.registered_commands} | {g.name for g in every.registered_groups}
    assert names == set(COMMAND_MODULES)
    for module in MODULES:
        app = typer.Typer()
        importlib.import_module(f"innovkit.cli.{module}").register(app)
        own = {c.name for c in app.registered_commands} | {g.name for g in app.registered_groups}
        assert own == {name for name, home in COMMAND_MODULES.items() if home == module}
    assert command_of(["--cards", "list", "--lang", "fr", "show", "walt"]) == "show"
    assert command_of(["--debug", "list"]) == "list"
    assert command_of(["--version"]) is None


def test_a_journal_subcommand_is_loaded_alone() -> None:
    """``journal export`` builds only its own command (the others' modules cost start-up time
    to a month's report); help, and a subcommand that does not exist, get them all."""
    import typer

    from innovkit.cli.app import build_app, words_of
    from innovkit.cli.journal import SUBCOMMANDS

    def journal_commands(*words: str) -> set[str]:
        root = typer.main.get_command(build_app(*words))
        return set(root.commands["journal"].commands)  # type: ignore[attr-defined]

    assert journal_commands("journal", "export") == {"export"}
    assert journal_commands("journal", "action-done") == {"action-done"}
    assert journal_commands("journal") == set(SUBCOMMANDS)
    assert journal_commands("journal", "exprot") == set(SUBCOMMANDS)
    assert words_of(["--lang", "fr", "journal", "--cards", "d", "export", "-m", "2026-06"]) == [
        "journal",
        "export",
        "2026-06",
    ]


def test_a_journal_subcommand_runs_without_the_others_modules(tmp_path) -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from innovkit.cli import main\n"
        "try:\n"
        "    main(['journal', 'path'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('innovkit.cli.journal.')))\n"
    )
    env = {**os.environ, "INNOVKIT_HOME": str(tmp_path)}
    env.pop("INNOVKIT_JOURNAL", None)
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    loaded = out.strip().splitlines()[-1]
    assert "innovkit.cli.journal.exchange" in loaded
    for other in ("adding", "sessions", "actions", "conflicts", "outbox", "summary"):
        assert f"innovkit.cli.journal.{other}'" not in loaded


@pytest.mark.parametrize("width", [40, 53, 67, 80])
def test_french_lines_never_break_at_a_non_breaking_space(cli, width: int) -> None:
    """« », : ; stay with their words when Rich wraps a card, the levers or the suggestions."""
    env = {"INNOVKIT_LANG": "fr", "COLUMNS": str(width)}
    pages = [cli("show", tool, env=env).stdout for tool in ("audace-up", "walt", "time-out")]
    pages += [cli("levers", env=env).stdout, cli("suggest", "-m", "60", env=env).stdout]
    broken = [
        line
        for page in pages
        for line in page.splitlines()
        if line.strip().startswith(("»", ":", ";")) or line.rstrip().endswith("«")
    ]
    assert broken == []
    assert any("\u00a0»" in page for page in pages)  # there were some to keep together


@pytest.mark.parametrize(
    ("lang", "label", "choice"),
    [
        ("fr", "Contrainte tirée", "Elle a aidé (helped)"),
        ("en", "Constraint drawn", "It helped (helped)"),
    ],
)
def test_show_gives_each_outcomes_key(cli, lang: str, label: str, choice: str) -> None:
    """The key ``journal add --outcome`` takes, next to each outcome's label."""
    page = " ".join(cli("show", "cadran-total", "--lang", lang).stdout.split())
    assert f"{label} (" in page and "--outcome constraint=…" in page
    assert choice in page and "--outcome constraint_effect=…" in page
