"""The PDFs innovkit writes itself (``--format pdf``, WeasyPrint), read back from their own text
with pypdf: no step of any run sheet is cut across pages or columns, each sheet stays within the
page budget the README states (and that budget is what the sheets really take), and the
booklet's contents give, in French and in English, the pages where the tools really start.

Skipped when WeasyPrint (or the system's Pango) is missing, unless ``INNOVKIT_REQUIRE_PDF=1``
(CI), where that is a failure. The PDFs are made on two processes: the machine has two cores.
"""

from __future__ import annotations

import io
import os
import re
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

import pytest

from innovkit.cards.catalogue import load_catalogue
from innovkit.documents.context import tool_context
from innovkit.documents.options import SheetOptions
from innovkit.documents.render import render_booklet, render_sheet
from innovkit.i18n import labelled, tr_in

pytestmark = pytest.mark.slow

README = Path(__file__).resolve().parent.parent / "README.md"
LANGS = ("fr", "en")


def require_engine() -> None:
    try:
        import pypdf  # noqa: F401
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:
        if os.environ.get("INNOVKIT_REQUIRE_PDF") == "1":
            pytest.fail(f"WeasyPrint required here (INNOVKIT_REQUIRE_PDF=1): {exc}")
        pytest.skip(f"WeasyPrint cannot run here: {exc}")


def squeezed(text: str) -> str:
    """Text without any white space (line breaks, spaces, non-breaking spaces): what is on a
    page, whatever the line breaks the layout chose."""
    return re.sub(r"\s+", "", text)


class PageText(str):
    """A page's text without white space, and for each of its characters the column it is
    printed in (``columns``: « 0 » left half of the page, « 1 » right half)."""

    columns: str


def page_text(page) -> PageText:
    """What pypdf reads on a page, each piece placed by where its line starts."""
    half = float(page.mediabox.width) / 2
    texts: list[str] = []
    columns: list[str] = []

    def visit(text, cm, tm, _font, _size) -> None:
        piece = squeezed(text)
        if piece:
            texts.append(piece)
            columns.append(("1" if tm[4] * cm[0] + cm[4] > half else "0") * len(piece))

    page.extract_text(visitor_text=visit)
    text = PageText("".join(texts))
    text.columns = "".join(columns)
    return text


def page_texts(data: bytes) -> list[PageText]:
    import pypdf

    return [page_text(page) for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def page_budget() -> dict[str, int]:
    """The README's page budget: « | `audace-up` | 5 | » rows of its printing section."""
    rows = re.findall(r"^\| `([a-z-]+)` \| (\d) \|", README.read_text(encoding="utf-8"), re.M)
    return {tool: int(pages) for tool, pages in rows}


def _pdf(job: tuple[str, str]) -> bytes:
    from innovkit.documents.pdf import pdf_bytes

    html, lang = job
    return pdf_bytes(html, lang)


@cache
def printed() -> dict[tuple[str, str], tuple[dict, list[str]]]:
    """Every sheet (12 tools × 2 languages) and the booklet in both languages, as (context, page
    texts)."""
    catalogue = load_catalogue()
    jobs: dict[tuple[str, str], tuple[str, str]] = {}
    contexts: dict[tuple[str, str], dict] = {}
    for lang in LANGS:
        options = SheetOptions(lang=lang)
        for card in catalogue.tools.values():
            jobs[card.id, lang] = (render_sheet(card, catalogue, options, "html"), lang)
            contexts[card.id, lang] = tool_context(card, catalogue, options)
    cards = list(catalogue.tools.values())
    for lang in LANGS:
        options = SheetOptions(lang=lang)
        jobs["*booklet*", lang] = (render_booklet(cards, catalogue, options, "html"), lang)
        contexts["*booklet*", lang] = {
            "tools": [tool_context(card, catalogue, options) for card in cards],
            "levers": [lever.name(lang) for lever in catalogue.levers.values()],
        }
    keys = sorted(jobs, key=lambda key: key[0] != "*booklet*")  # the longest first
    with ProcessPoolExecutor(max_workers=2) as pool:
        pdfs = dict(zip(keys, pool.map(_pdf, [jobs[key] for key in keys]), strict=True))
    return {key: (contexts[key], page_texts(pdfs[key])) for key in keys}


def step_blocks(tool: dict) -> list[tuple[str, str, str]]:
    """Each step as (its heading, its first words, its last words), white space removed."""
    blocks = []
    for step in tool["steps"]:
        words = step["instructions"].split()
        last = step["prompts"][-1].split() if step["prompts"] else words
        blocks.append(
            (
                squeezed(f"{step['number']}. {step['title']}"),
                squeezed(" ".join(words[:4])),
                squeezed(" ".join(last[-4:])),
            )
        )
    return blocks


def pages_of_steps(tool: dict, pages: list[PageText]) -> list[str]:
    """The steps that are not whole on one page, or in one column: heading, first and last
    words together."""
    cut = []
    for heading, first, last in step_blocks(tool):
        here = [number for number, text in enumerate(pages) if heading in text]
        assert here, f"{tool['id']}: step « {heading} » not found in the PDF"
        page = pages[here[-1]]  # the step's own heading, after the timeline's row
        start = page.find(heading)
        if first not in page[start:] or last not in page[start:]:
            cut.append(f"{tool['id']} ({tool['name']}): {heading}")
            continue
        end = page.find(last, start) + len(last) - 1
        if page.columns[start] != page.columns[end]:
            cut.append(f"{tool['id']} ({tool['name']}): {heading}, across two columns")
    return cut


@pytest.fixture(scope="module")
def documents() -> dict[tuple[str, str], tuple[dict, list[str]]]:
    require_engine()
    return printed()


@pytest.mark.parametrize("lang", LANGS)
def test_no_step_is_cut_and_each_sheet_keeps_its_page_budget(documents, lang) -> None:
    budget = page_budget()
    assert len(budget) == 12, "the README states a page budget for each of the 12 tools"
    cut, over = [], []
    for (tool_id, language), (tool, pages) in documents.items():
        if language != lang or tool_id == "*booklet*":
            continue
        cut += pages_of_steps(tool, pages)
        if len(pages) > budget[tool_id]:
            over.append(f"{tool_id}: {len(pages)} pages, budget {budget[tool_id]}")
    assert not cut, cut
    assert not over, over


def test_the_readme_states_the_pages_each_sheet_really_takes(documents) -> None:
    """The budget is the real count (the most of French and English), not a loose ceiling."""
    taken: dict[str, int] = {}
    for (tool_id, _lang), (_tool, pages) in documents.items():
        if tool_id != "*booklet*":
            taken[tool_id] = max(taken.get(tool_id, 0), len(pages))
    assert taken == page_budget()


@pytest.mark.parametrize("lang", LANGS)
def test_the_booklet_keeps_every_step_whole_and_its_contents_match_its_pages(
    documents, lang
) -> None:
    context, pages = documents["*booklet*", lang]
    tools = context["tools"]
    kicker = squeezed(tr_in(lang, "documents.kicker").upper())
    starts = [number for number, text in enumerate(pages, 1) if kicker in text]
    assert len(starts) == len(tools)
    heading = squeezed(tr_in(lang, "documents.contents").upper())
    contents = next(number for number, text in enumerate(pages) if heading in text)
    # the lever map whole on the cover, the first page: every lever's name is on it
    for lever in context["levers"]:
        assert squeezed(lever).upper() in pages[0].upper(), lever
    listing = "".join(pages[contents : starts[0] - 1])
    for tool, start in zip(tools, starts, strict=True):
        name = squeezed(tool["name"])
        assert name in pages[start - 1], tool["id"]
        entry = listing[listing.index(name) :]
        found = re.search(r"\.(\d+)", entry)
        assert found, f"no page number for {tool['id']} in the contents"
        assert int(found.group(1)) == start, (tool["id"], found.group(1), start)
        # the running head names the tool and its lever on every page of its part
        lever = squeezed(labelled(tr_in(lang, "documents.lever"), tool["lever"], lang))
        end = starts[starts.index(start) + 1] - 1 if start != starts[-1] else len(pages)
        for number in range(start + 1, end + 1):
            assert name in pages[number - 1], (tool["id"], number)
            assert lever in pages[number - 1], (tool["id"], number, lever)
    cut = []
    for index, tool in enumerate(tools):
        first = starts[index] - 1
        last = starts[index + 1] - 1 if index + 1 < len(starts) else len(pages)
        cut += pages_of_steps(tool, pages[first:last])
    assert not cut, cut


def test_sheet_checklist_and_plan_write_tagged_pdfs(cli, tmp_path: Path) -> None:
    require_engine()
    import pypdf

    for args, name in (
        (("sheet", "time-out", "--participants", "14", "--setting", "distanciel"), "f.pdf"),
        (("checklist", "time-out"), "c.pdf"),
        (("plan", "time-out", "point-silence", "--start", "9:00"), "p.pdf"),
    ):
        result = cli(*args, "--lang", "fr", "-o", str(tmp_path / name))
        assert result.exit_code == 0, result
        reader = pypdf.PdfReader(tmp_path / name)
        assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged, for screen readers
        text = squeezed(" ".join(page.extract_text() for page in reader.pages))
        if name == "f.pdf":
            assert squeezed("Groupe de 14 personnes") in text  # outside 3 to 10: said
            assert "Cadreàdistance" in text  # this session's setting, not the tool's
    again = cli("checklist", "time-out", "-o", str(tmp_path / "c.pdf"))
    assert again.exit_code == 2 and "--force" in again.stderr


def test_the_handouts_pdf_has_one_card_per_participant_four_or_two_to_a_sheet(
    cli, tmp_path: Path
) -> None:
    require_engine()
    import pypdf

    for tool, handout, per_sheet in (
        ("audace-up", "support-ma-carte-defi.pdf", 4),  # A6
        ("regard-en-visite", "support-carnet-de-regard.pdf", 2),  # A5
    ):
        folder = tmp_path / tool
        result = cli(
            "kit",
            tool,
            "-o",
            str(folder),
            "--participants",
            "12",
            "--format",
            "pdf",
            "--lang",
            "fr",
        )
        assert result.exit_code == 0, result
        assert {"fiche.pdf", "check-list.pdf", handout} <= {p.name for p in folder.iterdir()}
        pages = pypdf.PdfReader(folder / handout).pages
        assert len(pages) == 12 // per_sheet
        for page in pages:
            assert len(page.extract_text().split("\n")) > 4
        name = {"audace-up": "Macartedéfi", "regard-en-visite": "Carnetderegard"}[tool]
        last = squeezed(pages[-1].extract_text())  # (page 1 also has the document's heading)
        assert last.count(name) == per_sheet, tool


def test_a_door_sign_is_one_landscape_page_whatever_the_group(cli, tmp_path: Path) -> None:
    require_engine()
    import pypdf

    folder = tmp_path / "time-out"
    result = cli(
        "kit",
        "time-out",
        "-o",
        str(folder),
        "--participants",
        "12",
        "--format",
        "pdf",
        "--lang",
        "fr",
    )
    assert result.exit_code == 0, result
    pages = pypdf.PdfReader(folder / "support-affichette-de-porte.pdf").pages
    assert len(pages) == 1
    box = pages[0].mediabox
    assert float(box.width) > float(box.height)  # A4 landscape
    assert "TIMEOUTENCOURS" in squeezed(pages[0].extract_text())
    cards = pypdf.PdfReader(folder / "support-ma-carte-time-out.pdf").pages
    assert len(cards) == 12 // 4  # the card to hand out: one per participant, four to a sheet


def test_the_column_check_sees_text_that_runs_on_into_the_next_column() -> None:
    """The check behind « never across two columns » can fail: a long paragraph in two
    columns starts in the left one and ends in the right one."""
    require_engine()
    from innovkit.documents.pdf import pdf_bytes

    words = " ".join(f"mot{n}" for n in range(1500))
    html = (
        '<html lang="fr"><style>@page { size: A4 } div { column-count: 2 }</style>'
        f"<div><p>DÉBUT {words} FIN</p></div></html>"
    )
    page = page_texts(pdf_bytes(html, "fr"))[0]
    assert page.columns[page.find("DÉBUT")] == "0"
    assert page.columns[page.find("FIN")] == "1"


def test_the_role_cards_pdf_has_a_whole_deck_for_each_participant(cli, tmp_path: Path) -> None:
    """Six people of « dans la peau de Walt »: six decks of three role cards, 18 A6 cards on
    five A4 sheets (the card says « une série par participant »)."""
    require_engine()
    import pypdf

    folder = tmp_path / "walt"
    result = cli(
        "kit", "dans-la-peau-de-walt", "-o", str(folder), "-p", "6", "--format", "pdf",
        "--lang", "fr",
    )  # fmt: skip
    assert result.exit_code == 0, result
    pages = pypdf.PdfReader(folder / "support-cartes-de-role-reveur-realiste-critique.pdf").pages
    assert len(pages) == -(-18 // 4)
    text = squeezed(" ".join(page.extract_text() for page in pages))
    for role in ("LERÊVEUR", "LERÉALISTE", "LECRITIQUE"):
        assert text.count(role) == 6, role
