"""The HTML sheets in a real browser: headless Chromium prints them to PDF, as a facilitator's
"Print → Save as PDF" would. Each tool's sheet keeps the README's page budget; the booklet has one
part per tool, each starting on its own page.

Skipped when Chromium (or poppler's ``pdfinfo``) is missing, unless ``INNOVKIT_REQUIRE_CHROMIUM=1``
(CI), where that is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from innovkit.cards.catalogue import load_catalogue
from innovkit.i18n import tr_in

pytestmark = pytest.mark.slow

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
SHEET_OPTIONS = ("--start", "14:00", "--date", "2026-11-03", "--participants", "8")
FACILITATOR = ("--facilitator", "Marie-Christine Delacroix-Fontaine")


def require_tools() -> str:
    browser = next((found for name in BROWSERS if (found := shutil.which(name))), None)
    found = {"chromium": browser, "pdfinfo": shutil.which("pdfinfo")}
    missing = [name for name, path in found.items() if path is None]
    if missing:
        if os.environ.get("INNOVKIT_REQUIRE_CHROMIUM") == "1":
            pytest.fail(f"{', '.join(missing)} required here (INNOVKIT_REQUIRE_CHROMIUM=1)")
        pytest.skip(f"{', '.join(missing)} not installed")
    assert browser is not None
    return browser


def print_to_pdf(browser: str, page: Path, pdf: Path) -> Path:
    """Print ``page`` with headless Chromium, offline and with a profile of its own."""
    profile = pdf.with_suffix(".profile")
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert pdf.is_file(), done.stderr[-2000:]
    shutil.rmtree(profile, ignore_errors=True)
    return pdf


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])


def page_texts(pdf: Path) -> list[str]:
    """The text of each page (poppler's ``pdftotext``), spaces and accents normalised."""
    texts = []
    for number in range(1, page_count(pdf) + 1):
        done = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        )
        texts.append(plain(done.stdout))
    return texts


def plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def print_all(browser: str, pages: list[Path]) -> dict[Path, Path]:
    with ThreadPoolExecutor(max_workers=3) as pool:
        pdfs = pool.map(lambda page: print_to_pdf(browser, page, page.with_suffix(".pdf")), pages)
        return dict(zip(pages, pdfs, strict=True))


def page_budget() -> dict[str, int]:
    """The README's page budget per tool (its printing section's table)."""
    readme = Path(__file__).resolve().parent.parent / "README.md"
    rows = re.findall(r"^\| `([a-z-]+)` \| (\d) \|", readme.read_text(encoding="utf-8"), re.M)
    return {tool: int(pages) for tool, pages in rows}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_sheet_keeps_its_page_budget(cli, tmp_path: Path, lang: str) -> None:
    browser = require_tools()
    folder = tmp_path / "sheets"
    result = cli(
        "sheet",
        "--all",
        "--format",
        "html",
        "-o",
        f"{folder}/",
        "--lang",
        lang,
        *SHEET_OPTIONS,
        *FACILITATOR,
    )
    assert result.exit_code == 0, result
    sheets = sorted(folder.glob("*.html"))
    assert len(sheets) == len(load_catalogue().tools)
    pdfs = print_all(browser, sheets)
    pages = {sheet.stem: page_count(pdf) for sheet, pdf in pdfs.items()}
    budget = page_budget()
    assert all(1 <= count <= budget[tool] for tool, count in pages.items()), pages
    fonts = subprocess.run(
        ["pdffonts", str(next(iter(pdfs.values())))], capture_output=True, text=True
    )
    assert "RobotoCondensed" in fonts.stdout  # the embedded font was used, not the computer's


def test_the_booklet_has_one_part_per_tool(cli, tmp_path: Path) -> None:
    browser = require_tools()
    booklet = tmp_path / "livret.html"
    result = cli("sheet", "--all", "-o", str(booklet), "--lang", "fr", *SHEET_OPTIONS)
    assert result.exit_code == 0, result
    texts = page_texts(print_to_pdf(browser, booklet, tmp_path / "livret.pdf"))
    catalogue = load_catalogue()
    cover = plain(tr_in("fr", "documents.booklet_title"))
    assert texts[0].startswith(plain(tr_in("fr", "documents.booklet_kicker")).upper())
    assert cover in texts[0]
    assert plain(tr_in("fr", "documents.contents")).upper() in texts[1]
    kicker = plain(tr_in("fr", "documents.kicker")).upper()
    starts = [n for n, text in enumerate(texts) if kicker in text]
    assert len(starts) == len(catalogue.tools)
    for start, card in zip(starts, catalogue.tools.values(), strict=True):
        assert plain(card.name("fr")) in texts[start], card.id  # its name heads its first page
    ends = [*starts[1:], len(texts)]
    budget = page_budget()
    lengths = {
        card.id: end - start
        for card, start, end in zip(catalogue.tools.values(), starts, ends, strict=True)
    }
    assert all(1 <= lengths[tool] <= budget[tool] for tool in lengths), lengths
