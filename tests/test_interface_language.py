"""The whole interface speaks one language at a time: run the main commands in French and find no
English sentence, then in English and find no French one.

Card texts are in the language asked for too, so they are part of what is checked; only the tools'
own names (« échecs and mates », “time out”…) are set aside, as they are proper names.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from innovkit.cards.catalogue import load_catalogue

ENGLISH_WORDS = {
    "the",
    "and",
    "with",
    "your",
    "you",
    "this",
    "is",
    "are",
    "of",
    "to",
    "for",
    "show",
    "error",
    "warning",
    "usage",
    "missing",
    "invalid",
    "no",
    "not",
    "which",
    "what",
    "when",
    "session",
    "sessions",
    "tool",
    "tools",
    "lever",
    "levers",
}
FRENCH_WORDS = {
    "le",
    "les",
    "des",
    "une",
    "est",
    "avec",
    "pour",
    "vous",
    "votre",
    "séance",
    "séances",
    "outil",
    "outils",
    "levier",
    "leviers",
    "erreur",
    "aucun",
    "aucune",
    "sur",
    "dans",
    "qui",
    "que",
    "être",
    "à",
    "où",
    "au",
    "aux",
    "du",
}


RECORD = [
    "journal", "add", "audace-up", "--date", "2026-11-03", "--start", "14:00", "--minutes", "50",
    "--participants", "12", "--satisfaction", "4", "--idea", "x", "--decision", "y",
    "--action", "z; Camille; 2026-11-20", "--outcome", "zone=stretch", "--no-input",
]  # fmt: skip


def commands(tmp: Path, lang: str) -> list[tuple[list[str], int]]:
    """What a facilitator runs, with the exit status each must give."""
    fine = [
        ["--help"],
        ["list"],
        ["list", "--help"],
        ["show", "audace-up"],
        ["levers"],
        ["suggest", "--minutes", "40", "--participants", "9"],
        ["plan", "point-silence", "audace-up:short", "--start", "14:00", "--end", "14:30",
         "--format", "txt"],
        ["sheet", "point-silence", "--format", "txt", "--start", "9:00"],
        ["checklist", "audace-up", "--format", "txt"],
        ["kit", "audace-up", "-o", str(tmp / f"kit-{lang}")],
        ["run", "point-silence", "--variant", "short", "--no-input"],
        ["timer", "--help"],
        ["journal", "--help"],
        ["journal", "list"],
        ["journal", "actions"],
        ["journal", "export", "--month", "2026-11"],
        ["config", "show"],
        ["config", "set", {"fr": "langue", "en": "language"}[lang], lang],
        ["cards", "path"],
    ]  # fmt: skip
    fine += [
        ["show", "cadran-total"],
        ["journal", "add", "cadran-total", "--no-input", "--date", "2026-11-03", "--setting",
         {"fr": "en salle", "en": "indoor"}[lang], "--outcome",
         {"fr": "Contrainte tirée=deux mots", "en": "Constraint drawn=two words"}[lang],
         "--outcome", {"fr": "constraint_effect=aidé", "en": "constraint_effect=helped"}[lang]],
        ["sheet", "audace-up", "--variant", {"fr": "courte", "en": "short"}[lang],
         "--format", "txt"],
        ["journal", "list", "--month", {"fr": "novembre 2026", "en": "November 2026"}[lang]],
        ["journal", "list", "--month", "11/2026"],
        ["journal", "list", "--last-month"],
        ["config", "get", {"fr": "langue", "en": "language"}[lang]],
    ]  # fmt: skip
    bad = [
        ["journal", "add", "cadran-total", "--no-input", "--outcome", "constraint_effect=bof"],
        ["journal", "add", "cadran-total", "--no-input", "--outcome", "zz=bof"],
        ["journal", "add", "audace-up", "--no-input", "--date", "2999-03-11"],
        ["sheet", "audace-up", "--variant", "zzz"],
        ["journal", "list", "--from", "12/31"],
        ["show", "audase"],
        ["list", "--minutes", "abc"],
        ["config", "set", "language", "de"],
        ["sheet", "audace-up", "--start", "25:00"],
        ["timer", "5 ans"],
        ["journal", "add", "audace-up", "--satisfaction", "9"],
        ["journal", "list", "--month", "2026-13"],
    ]
    return [(args, 0) for args in fine] + [(args, 2) for args in bad]


COMMANDS = {
    "list",
    "show",
    "levers",
    "suggest",
    "plan",
    "sheet",
    "checklist",
    "kit",
    "timer",
    "run",
    "journal",
    "config",
    "cards",
    "add",
    "edit",
    "delete",
    "export",
    "import",
    "actions",
    "validate",
    "new",
    "path",
    "get",
    "set",
    "unset",
    "action",
    "done",
}


def _words(text: str, names: list[str]) -> set[str]:
    for name in names:
        text = text.replace(name, " ")
    # quoted titles of works and methods keep their own language (« The Time Famine »)
    text = re.sub(r"«[^»]*»|“[^”]*”", " ", text)
    text = re.sub(r"--?[a-z][a-z-]*", " ", text)  # options are the same in both languages
    text = re.sub(r"\S+[/\\]\S+", " ", text)  # paths
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)} - COMMANDS


@pytest.fixture(scope="module")
def names() -> list[str]:
    catalogue = load_catalogue()
    found = []
    for card in catalogue.tools.values():
        found += [card.name("fr"), card.name("en"), card.id]
    return sorted(found, key=len, reverse=True)


def _run(args: list[str], lang: str, home: Path) -> tuple[int, str]:
    # One process per command, as a facilitator runs them: help texts are read once per process.
    env = {**os.environ, "INNOVKIT_LANG": lang, "INNOVKIT_HOME": str(home), "COLUMNS": "200"}
    result = subprocess.run(
        [sys.executable, "-m", "innovkit", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
        timeout=60,
    )
    return result.returncode, result.stdout + "\n" + result.stderr


@pytest.mark.parametrize(("lang", "foreign"), [("fr", ENGLISH_WORDS), ("en", FRENCH_WORDS)])
def test_one_language_at_a_time(tmp_path: Path, names, lang: str, foreign: set[str]) -> None:
    home = tmp_path / "home"
    recorded, _ = _run(RECORD, lang, home)  # a session for the journal commands to show
    assert recorded == 0
    every = commands(tmp_path, lang)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda item: _run(item[0], lang, home), every))
    leaks, codes = {}, {}
    for (args, expected), (code, output) in zip(every, results, strict=True):
        found = _words(output, names) & foreign
        if found:
            leaks[" ".join(args)] = sorted(found)
        if code != expected:
            codes[" ".join(args)] = (code, output[-300:])
    assert codes == {}
    assert leaks == {}


# The placeholders of help pages, as Click writes them in English, and as innovkit writes them
# in French: none may show in the other language (case-sensitive: « NOM », not « nom »).
ENGLISH_PLACEHOLDERS = {
    "NAME", "TEXT", "FILE", "KEY", "VALUE", "YYYY", "TOOL", "LEVER", "DURATION", "DIR", "PATH",
    "TAG", "OWNER", "VARIANT", "SETTING", "COMMAND", "ARGS", "str", "int", "x",
}  # fmt: skip
FRENCH_PLACEHOLDERS = {
    "NOM", "TEXTE", "FICHIER", "CLÉ", "VALEUR", "AAAA", "OUTIL", "LEVIER", "DURÉE", "DOSSIER",
    "CHEMIN", "ÉTIQUETTE", "RESPONSABLE", "VARIANTE", "LIEU", "COMMANDE", "ARGUMENTS",
}  # fmt: skip


def every_command() -> list[list[str]]:
    """The words that reach each command and group of innovkit, the root's included."""
    import typer

    from innovkit.cli.app import build_app

    found: list[list[str]] = []

    def walk(command: object, path: list[str]) -> None:
        found.append(path)
        for name, sub in sorted((getattr(command, "commands", None) or {}).items()):
            walk(sub, [*path, name])

    walk(typer.main.get_command(build_app()), [])
    return found


def _placeholders(text: str) -> set[str]:
    """The help page's placeholders: the upper-case words after an option or in the usage line,
    and Click's ``<str>`` and ``[x>=1]``."""
    found = set(re.findall(r"<(\w+)>|\[(x)[<>=]", text))
    found = {word for pair in found for word in pair if word}
    for line in text.splitlines():
        head = line.split("  ", 2)[:2] if line.startswith("  ") else [line]
        found |= set(re.findall(r"(?<![\w-])([A-ZÀ-Ý][A-ZÀ-Ý]+)(?![\w])", " ".join(head)))
    return found


@pytest.mark.parametrize(
    ("lang", "foreign", "placeholders"),
    [("fr", ENGLISH_WORDS, ENGLISH_PLACEHOLDERS), ("en", FRENCH_WORDS, FRENCH_PLACEHOLDERS)],
)
def test_every_help_page_in_one_language(
    tmp_path: Path, names, lang: str, foreign: set[str], placeholders: set[str]
) -> None:
    """Every command's ``--help``: no sentence and no placeholder (``NAME``, ``YYYY-MM-DD``,
    ``<str>``, ``[x>=1]`` / ``NOM``, ``AAAA-MM-JJ``) of the other language."""
    every = every_command()
    assert len(every) >= 30
    home = tmp_path / "home"
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda path: _run([*path, "--help"], lang, home), every))
    leaks = {}
    for path, (code, output) in zip(every, results, strict=True):
        assert code == 0, (path, output)
        found = (_words(output, names) & foreign) | (_placeholders(output) & placeholders)
        if found:
            leaks[" ".join(path) or "innovkit"] = sorted(found)
    assert leaks == {}
