"""A card full of markup characters (``<script>``, ``|``, ``*``, ``#``, line breaks) prints as
text: nothing in it runs in HTML or turns into Markdown structure."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

CARDS = str(Path(__file__).resolve().parent / "data" / "documents" / "cards")
# Elements the card's texts try to smuggle in; the templates never write them.
SMUGGLED = {"script", "img", "b", "i", "u", "em"}


class Page(HTMLParser):
    """Every element and every piece of text of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def html_of(cli, *args: str) -> Page:
    result = cli("--cards", CARDS, *args)
    assert result.exit_code == 0, result
    page = Page()
    page.feed(result.stdout)
    return page


@pytest.mark.parametrize(
    "args",
    [
        ("sheet", "piege", "--format", "html", "--start", "10:00"),
        ("sheet", "piege", "audace-up", "--format", "html"),
        ("checklist", "piege", "--format", "html"),
    ],
)
def test_html_shows_the_markup_as_text(cli, args: tuple[str, ...]) -> None:
    page = html_of(cli, *args)
    assert not SMUGGLED & set(page.tags)
    text = "".join(page.text)
    if args[0] == "sheet":
        assert "Accueil | <script>alert(3)</script>" in text
        assert "Une <img src=x onerror=alert(2)> image" in text
        assert "Écrit pour les tests | *innovkit* <script>alert(7)</script>" in text
    else:
        assert "# Préparer" in text  # « avant »: the card's preparation, word for word
        assert "* étoile en tête" in text


def test_kit_pages_show_the_markup_as_text(cli, tmp_path: Path) -> None:
    folder = tmp_path / "kit"
    assert cli("--cards", CARDS, "kit", "piege", "-o", str(folder)).exit_code == 0
    for page_file in folder.glob("*.html"):
        page = Page()
        page.feed(page_file.read_text(encoding="utf-8"))
        assert not SMUGGLED & set(page.tags), page_file.name
    handout = Page()
    [handout_file] = folder.glob("handout-*.html")
    handout.feed(handout_file.read_text(encoding="utf-8"))
    text = "".join(handout.text)
    assert "| a | b |" in text and "<script>alert(6)</script>" in text
    assert "Fiche <script>alert(5)</script>" in text


def test_a_facilitator_name_with_markup_is_text(cli) -> None:
    page = html_of(cli, "sheet", "audace", "--format", "html", "--facilitator", "<b>Léa</b> | *A*")
    assert "b" not in page.tags
    assert "<b>Léa</b> | *A*" in "".join(page.text)


# --------------------------------------------------------------------------- Markdown


def tokens_of(text: str) -> list:
    from markdown_it import MarkdownIt

    # GFM-like: CommonMark (raw HTML allowed, as GitHub does) plus tables.
    return MarkdownIt("commonmark").enable("table").parse(text)


def flat(tokens: list) -> list:
    out = []
    for token in tokens:
        out.append(token)
        out.extend(flat(token.children or []))
    return out


@pytest.fixture
def sheet_md(cli) -> str:
    result = cli("--cards", CARDS, "sheet", "piege", "--start", "10:00", "--lang", "fr")
    assert result.exit_code == 0, result
    return result.stdout


def test_markdown_has_no_raw_html_from_the_card(sheet_md: str) -> None:
    html = [t.content for t in flat(tokens_of(sheet_md)) if t.type in ("html_inline", "html_block")]
    assert set(html) <= {"<br>"}  # only the line breaks innovkit writes in table cells
    assert "\\<script\\>alert(3)\\</script\\>" in sheet_md


def test_markdown_headings_are_only_the_sheets_own(sheet_md: str) -> None:
    tokens = tokens_of(sheet_md)
    headings = [
        (t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"
    ]
    assert [tag for tag, _ in headings].count("h1") == 1
    assert [tag for tag, _ in headings].count("h3") == 4  # the four steps
    assert all("Pas un titre" not in text and "Préparer" not in text for _, text in headings)
    assert all("paragraphe, pas un titre" not in text for _, text in headings)
    assert not any(t.type == "hr" for t in tokens)  # "---" in a step is text


def test_markdown_emphasis_comes_only_from_the_template(sheet_md: str) -> None:
    emphasised = []
    for token in tokens_of(sheet_md):
        depth, words = 0, []
        for child in token.children or []:
            if child.type in ("em_open", "strong_open"):
                depth += 1
            elif child.type in ("em_close", "strong_close"):
                depth -= 1
                if depth == 0:
                    emphasised.append("".join(words))
                    words = []
            elif depth and child.type == "text":
                words.append(child.content)
    assert "Durée" in emphasised  # the sheet's own bold labels are there…
    assert "Meneur *gras*" in emphasised  # …with the card's asterisks shown as typed
    card_spans = {
        "étoile",
        "gras",
        "fort",
        "pour rire",
        "en liste",
        "innovkit",
        "ça",
        "pas",
        "idée",
    }
    assert not card_spans & set(emphasised)


def test_markdown_lists_and_quotes_do_not_grow_from_the_card(sheet_md: str) -> None:
    tokens = tokens_of(sheet_md)
    inside_quote = 0
    for token in tokens:
        if token.type == "blockquote_open":
            inside_quote += 1
        elif token.type == "blockquote_close":
            inside_quote -= 1
        elif inside_quote and token.type in ("bullet_list_open", "ordered_list_open"):
            pytest.fail("the invitation's '- pas une liste' became a list")
    ordered = [t for t in tokens if t.type == "ordered_list_open"]
    assert len(ordered) == 1  # the debrief questions, not "1. pas une liste numérotée"


def test_markdown_table_cells_escape_pipes(sheet_md: str) -> None:
    tokens = tokens_of(sheet_md)
    rows = []
    row: list[str] = []
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            row = []
        elif token.type in ("td_open", "th_open"):
            cell = tokens[i + 1].children or []
            row.append("".join(c.content for c in cell if c.type == "text"))
        elif token.type == "tr_close":
            rows.append(row)
    assert all(len(r) == 5 for r in rows)
    assert rows[1][1] == "Accueil | <script>alert(3)</script>"  # as the reader sees it


def test_markdown_keeps_line_breaks(sheet_md: str) -> None:
    tokens = flat(tokens_of(sheet_md))
    texts = [t.content for t in tokens]
    index = texts.index("Ligne un")
    assert tokens[index + 1].type == "hardbreak"
    assert texts[index + 2] == "Ligne deux avec * étoile"
    paragraphs = [t for t in tokens if t.type == "inline" and "Premier paragraphe" in t.content]
    assert paragraphs and "Deuxième ligne" in paragraphs[0].content
    assert "# Deuxième paragraphe, pas un titre" in texts


def test_plain_text_keeps_the_card_as_typed(cli) -> None:
    result = cli("--cards", CARDS, "sheet", "piege", "--format", "txt", "--lang", "fr")
    assert "Accueil | <script>alert(3)</script>" in result.stdout
    assert "  # Pas un titre\n  Quelle *idée* | quel **pas** ?\n  - pas une liste" in result.stdout
