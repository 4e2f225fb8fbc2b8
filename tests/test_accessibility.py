"""Accessible documents (issue 11, item 7): French public bodies publish accessible documents
(RGAA, built on WCAG 2.1 AA). Every kind of HTML document innovkit prints — a run sheet, the
booklet, a checklist, an agenda (``plan``), the kit's index, a handout and the monthly report —
passes axe-core in a real browser with zero violations, in French and in English, on screen and
in print (see ``tests/accessibility.py``).

Skipped when Chromium, Playwright or axe-playwright-python is missing, unless
``INNOVKIT_REQUIRE_CHROMIUM=1`` (CI), where that is a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from accessibility import Checker, describe, require_checker

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parent / "data" / "journal" / "fixture-export.json"
HANDOUT = {"fr": "support-ma-carte-defi.html", "en": "handout-my-dare-card.html"}


@pytest.fixture(scope="module")
def checker() -> Iterator[Checker]:
    checker = Checker(require_checker())
    yield checker
    checker.close()


def documents(cli, folder: Path, lang: str) -> dict[str, Path]:
    """Every kind of HTML document, written by the commands a facilitator types."""
    assert cli("journal", "import", str(FIXTURE)).exit_code == 0
    commands = {
        "sheet": ("sheet", "audace-up", "--participants", "8", "--start", "14:00"),
        "booklet": ("sheet", "--all"),
        "checklist": ("checklist", "audace-up"),
        "agenda": ("plan", "audace-up", "time-out", "--start", "9:00"),
        "report": ("journal", "export", "--month", "2026-11"),
    }
    paths = {}
    for name, args in commands.items():
        path = folder / f"{name}.html"
        result = cli(*args, "--format", "html", "-o", str(path), "--lang", lang)
        assert result.exit_code == 0, result
        paths[name] = path
    kit = folder / "kit"
    result = cli("kit", "audace-up", "-o", str(kit), "--format", "html", "--lang", lang)
    assert result.exit_code == 0, result
    paths["kit index"] = kit / "index.html"
    paths["handout"] = kit / HANDOUT[lang]
    return paths


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_document_passes_axe_core(cli, checker: Checker, tmp_path: Path, lang) -> None:
    found = {
        name: describe(violations)
        for name, path in documents(cli, tmp_path, lang).items()
        if (violations := checker.violations(path))
    }
    assert not found, "\n".join(f"{name}:\n{text}" for name, text in found.items())


def test_the_check_finds_what_is_wrong(checker: Checker, tmp_path: Path) -> None:
    """The check can fail: a page without a language, with a pale text and a table without
    headers is reported."""
    page = tmp_path / "bad.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>x</title></head><body><main><h1>x</h1>"
        '<p style="color:#bbb">pâle</p><img src="data:,"></main></body></html>',
        encoding="utf-8",
    )
    rules = {rule["id"] for rule in checker.violations(page)}
    assert {"html-has-lang", "color-contrast", "image-alt"} <= rules
