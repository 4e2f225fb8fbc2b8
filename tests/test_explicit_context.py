"""The language is explicit: no module of ``src/`` keeps run state in a module variable, and
every sentence is asked for in a language given by the caller.

Scans every module for ``global`` statements and for calls of ``tr`` (and its siblings) without
their language argument; then runs the command line twice in one process, in French then in
English (and the other way), and checks that each run speaks its own language, help included.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

# How many positional arguments these functions need, their language included: the sentences of
# ``innovkit.i18n``, the core's dates and durations in words, the CLI's warnings and errors.
NEEDS_LANGUAGE = {
    "tr": 2,
    "tr_in": 2,
    "tr_count": 3,
    "labelled": 3,
    "quoted": 2,
    "month_name": 2,
    "format_date": 2,
    "format_month": 3,
    "minutes_text": 2,
    "clock_time": 2,
    "actions_count": 3,
    "warn": 2,
    "report_error": 2,
}

# What the hidden global language was read and set with: gone for good.
HIDDEN_LANGUAGE = {"current_language", "set_language", "_current"}

# ``global`` statements allowed, with why: none. (A cache of immutable data, like the message
# catalogue, is kept with ``functools.cache``, not with a ``global``.)
GLOBALS_ALLOWED: dict[str, str] = {}


def problems(source: str, module: str = "") -> list[str]:
    """What in ``source`` (one module's text) hides the language or keeps run state."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Global) and module not in GLOBALS_ALLOWED:
            found.append(f"line {node.lineno}: global {', '.join(node.names)}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            needed = NEEDS_LANGUAGE.get(name)
            positional = [arg for arg in node.args if not isinstance(arg, ast.Starred)]
            if needed and len(positional) < needed and len(positional) == len(node.args):
                found.append(f"line {node.lineno}: {name}() without its language")
        elif isinstance(node, ast.Name | ast.Attribute | ast.ImportFrom):
            if isinstance(node, ast.ImportFrom):
                names = [alias.name for alias in node.names]
            else:
                names = [node.id if isinstance(node, ast.Name) else node.attr]
            for name in names:
                if name in HIDDEN_LANGUAGE:
                    found.append(f"line {node.lineno}: {name}")
    return found


def modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_hidden_language_nor_global_state(path: Path) -> None:
    module = str(path.relative_to(SRC))
    assert problems(path.read_text(encoding="utf-8"), module) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f():\n    global x\n", ["line 2: global x"]),
        ("tr('a.b')", ["line 1: tr() without its language"]),
        ("tr('a.b', value=1)", ["line 1: tr() without its language"]),
        ("i18n.tr_count('a', n)", ["line 1: tr_count() without its language"]),
        ("labelled('Durée', 4)", ["line 1: labelled() without its language"]),
        ("quoted(text)", ["line 1: quoted() without its language"]),
        ("from innovkit.i18n import current_language", ["line 1: current_language"]),
        ("tr('a.b', lang, value=1); tr_count('a', n, lang); quoted(t, 'fr')", []),
        ("tr(*args)", []),
    ],
)
def test_the_scan_finds_what_it_looks_for(source: str, expected: list[str]) -> None:
    assert problems(source) == expected


# --------------------------------------------------------------------------- two runs, one process


def test_two_runs_in_one_process_each_speak_their_own_language(cli) -> None:
    """The real entry point, twice in a row in one process: what each run says, its errors and
    its help pages are in its own language, whatever ran before it."""
    for _ in range(2):  # French after English, English after French
        fr = cli("--lang", "fr", "show", "audace-up")
        en = cli("--lang", "en", "show", "audace-up")
        assert fr.exit_code == en.exit_code == 0, (fr, en)
        assert "Levier\u00a0: l’audace" in fr.stdout and "Lever: " not in fr.stdout
        assert "Lever: " in en.stdout and "Levier" not in en.stdout

        fr = cli("--lang", "fr", "show", "no-such-tool")
        en = cli("--lang", "en", "show", "no-such-tool")
        assert fr.exit_code == en.exit_code == 2
        assert fr.stderr.startswith("Erreur\u00a0:") and "Aucun outil" in fr.stderr
        assert en.stderr.startswith("Error:") and "No tool" in en.stderr

        fr = cli("list", "--help", "--lang", "fr")
        en = cli("list", "--help", "--lang", "en")
        assert fr.stdout.startswith("Utilisation\u00a0: innovkit list")
        assert "Le catalogue des outils" in fr.stdout and "Options\u00a0:" in fr.stdout
        assert en.stdout.startswith("Usage: innovkit list")
        assert "The catalogue of tools" in en.stdout and "Options:" in en.stdout
        assert "Afficher cette aide" in fr.stdout and "Show this message" in en.stdout


def test_one_application_serves_both_languages() -> None:
    """Help texts are not put into words when the application is built: the same application
    object, invoked twice, writes each help page in the language of its run."""
    from typer.testing import CliRunner

    from innovkit.cli.app import build_app

    app = build_app()
    runner = CliRunner()
    first, second, third = (
        runner.invoke(app, ["--lang", lang, "journal", "--help"]).output
        for lang in ("fr", "en", "fr")
    )
    assert first.startswith("Utilisation\u00a0: innovkit journal") and "Commandes\u00a0:" in first
    assert second.startswith("Usage: innovkit journal") and "Commands:" in second
    assert third == first
    shown = {
        lang: runner.invoke(app, ["--lang", lang, "show", "audace-up"]).output
        for lang in ("en", "fr")
    }
    assert "Levier\u00a0:" in shown["fr"] and "Lever:" in shown["en"]


def test_core_errors_are_said_in_the_language_of_whoever_shows_them() -> None:
    """A core error carries its message's key and values; the same error is said in French
    or in English by the edge that shows it (``str`` is for logs: English)."""
    from innovkit.dates import parse_date
    from innovkit.errors import BadInput

    with pytest.raises(BadInput) as refused:
        parse_date("2026-02-30")
    assert refused.value.words("fr").endswith("février 2026 n’a que 28 jours.")
    assert refused.value.words("en").endswith("February 2026 has only 28 days.")
    assert str(refused.value) == refused.value.words("en")


@pytest.mark.parametrize(
    ("lang", "typed", "expected"),
    [
        ("en", "innovkit l", '"list":"The catalogue of tools, filtered by what..."'),
        ("fr", "innovkit journal a", '"action-done":"Marquer une action comme faite."'),
        ("en", "innovkit list --le", '"--lever":"Only the tools of this lever, for example'),
    ],
)
def test_shell_completion_describes_choices_in_words(lang: str, typed: str, expected: str) -> None:
    """zsh shows each choice's help beside it: put into words, never a message key."""
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "INNOVKIT_LANG": lang,
        "_INNOVKIT_COMPLETE": "complete_zsh",
        "_TYPER_COMPLETE_ARGS": typed,
    }
    result = subprocess.run(
        [sys.executable, "-m", "innovkit"], capture_output=True, text=True, env=env, check=False
    )
    assert expected in result.stdout, result
    assert '"help.' not in result.stdout
