"""Printed documents as a facilitator gets them: ``innovkit sheet``, ``checklist`` and ``kit``."""

from __future__ import annotations

import html
import re
from datetime import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from innovkit.cards.catalogue import load_catalogue
from innovkit.dates import format_duration
from innovkit.documents.escaping import md_inline
from innovkit.documents.handouts import handout_copies, handout_layout
from innovkit.documents.kit import file_slug
from innovkit.documents.options import SheetOptions
from innovkit.documents.render import render_booklet, render_sheet

DATA = Path(__file__).resolve().parent / "data" / "documents"
CARDS = str(DATA / "cards")
FORMATS = ("md", "html", "txt")


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def words(text: str) -> str:
    """The text with every run of spaces (non-breaking ones too) made one space."""
    return " ".join(text.split())


class Tables(HTMLParser):
    """The text of every table cell of an HTML page, row by row, table by table."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(words("".join(self._cell)))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def timeline_rows(text: str, fmt: str) -> list[tuple[str, str, str]]:
    """(title, duration, time span) of each step row in a sheet's timeline table."""
    if fmt == "html":
        parser = Tables()
        parser.feed(text)
        # N°, step, length, time, done, notes
        table = next(t for t in parser.tables if len(t[0]) == 6)
        return [(row[1], row[2], row[3]) for row in table[1:] if row[0].isdigit()]
    if fmt == "md":
        rows = []
        for line in text.splitlines():
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            if len(cells) == 5 and cells[0].isdigit():
                rows.append((cells[1], cells[2], cells[3]))
        return rows
    rows = []
    pattern = re.compile(r"^  \[ \] +\d+\. (.+?)  +(\S+(?:\s\S+)*?)  (.+)$")
    lines = text.splitlines()
    for n, line in enumerate(lines):
        found = pattern.match(line)
        if found:
            title = found.group(3)
            for more in lines[n + 1 :]:  # a long title continues on indented lines
                if not more.startswith(" " * 20) or not more.strip():
                    break
                title += " " + more.strip()
            rows.append((title, found.group(2), found.group(1)))
    return rows


# --------------------------------------------------------------------------- content


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_step_title_and_duration_is_in_the_timeline(catalogue, lang: str, fmt: str) -> None:
    assert len(catalogue.tools) >= 7
    for card in catalogue.tools.values():
        text = render_sheet(card, catalogue, SheetOptions(lang=lang), fmt)
        rows = timeline_rows(text, fmt)
        expected = []
        for step in card.plan():  # timed for the card's typical group
            title = step.title(lang)
            title = md_inline(title) if fmt == "md" else title
            expected.append((words(title), words(format_duration(step.minutes, lang))))
        assert [(words(r[0]), words(r[1])) for r in rows] == expected, (card.id, fmt)
        for step in card.steps:  # and each step has its own part with its instructions
            first_words = " ".join(step.instructions(lang).split()[:4])
            if fmt == "md":
                first_words = md_inline(first_words)
            assert words(first_words) in words(text), (card.id, step.id)


@pytest.mark.parametrize("fmt", FORMATS)
def test_start_time_gives_the_hand_computed_clock_times(cli, fmt: str) -> None:
    # piege-a-balises: 7 + 25 + 13 + 50 minutes from 14:00.
    result = cli("--cards", CARDS, "sheet", "piege", "--start", "14:00", "--format", fmt)
    assert result.exit_code == 0, result
    spans = [words(span) for _, _, span in timeline_rows(result.stdout, fmt)]
    assert spans == ["14:00 – 14:07", "14:07 – 14:32", "14:32 – 14:45", "14:45 – 15:35"]
    assert "15:35" in result.stdout
    assert re.search(r"ends at 15:35|1 h 35 min \(14:00 – 15:35\)", words(result.stdout))


def test_start_time_in_french_and_past_midnight(cli) -> None:
    result = cli("--cards", CARDS, "sheet", "piege", "--start", "23h30", "--lang", "fr")
    assert result.exit_code == 0, result
    spans = [words(span) for _, _, span in timeline_rows(result.stdout, "md")]
    assert spans == [
        "23 h 30 – 23 h 37",
        "23 h 37 – 0 h 02 (+1 j)",
        "0 h 02 (+1 j) – 0 h 15 (+1 j)",
        "0 h 15 (+1 j) – 1 h 05 (+1 j)",
    ]
    assert "fin à 1 h 05 (+1 j)" in words(result.stdout)


def test_without_start_the_timeline_counts_minutes(cli) -> None:
    result = cli("--cards", CARDS, "sheet", "piege", "--format", "txt")
    spans = [words(span) for _, _, span in timeline_rows(result.stdout, "txt")]
    assert spans == ["0–7 min", "7–32 min", "32–45 min", "45–95 min"]


def test_a_short_variant_uses_its_own_steps_and_minutes(cli) -> None:
    result = cli("--cards", CARDS, "sheet", "piege", "--variant", "short", "--start", "9:00")
    assert result.exit_code == 0, result
    rows = timeline_rows(result.stdout, "md")
    assert [(words(d), words(s)) for _, d, s in rows] == [
        ("5 min", "09:00 – 09:05"),
        ("10 min", "09:05 – 09:15"),
    ]
    assert "Version \\| courte" in result.stdout
    assert "Travail" not in result.stdout


def test_french_and_english_sheets_differ(cli) -> None:
    french = cli("sheet", "audace-up", "--lang", "fr", "--date", "2026-11-03", "--format", "txt")
    english = cli("sheet", "audace-up", "--lang", "en", "--date", "2026-11-03", "--format", "txt")
    assert french.exit_code == english.exit_code == 0
    assert french.stdout != english.stdout
    assert "DÉROULÉ MINUTÉ" in french.stdout and "mardi 3 novembre 2026" in french.stdout
    assert "TIMELINE" in english.stdout and "Tuesday 3 November 2026" in english.stdout
    assert "Timeline" not in french.stdout and "Déroulé" not in english.stdout


def test_the_header_carries_what_the_facilitator_added(cli) -> None:
    result = cli(
        "sheet",
        "audace-up",
        "--lang",
        "fr",
        "--participants",
        "12",
        "--facilitator",
        "Camille <Martin>",
        "--date",
        "2026-11-01",
        "--format",
        "html",
    )
    assert result.exit_code == 0, result
    assert "dimanche 1er novembre 2026" in result.stdout
    assert "Camille &lt;Martin&gt;" in result.stdout
    assert "12 personnes" in words(result.stdout)
    assert result.stderr == ""


def test_a_group_outside_the_range_is_a_warning_not_a_refusal(cli) -> None:
    result = cli("sheet", "audace-up", "--participants", "90", "--lang", "fr")
    assert result.exit_code == 0
    assert "90" in result.stderr and "prévu pour" in result.stderr


def test_txt_fits_in_80_columns(catalogue) -> None:
    for lang in ("fr", "en"):
        texts = [
            render_sheet(c, catalogue, SheetOptions(lang=lang), "txt")
            for c in catalogue.tools.values()
        ]
        texts.append(
            render_booklet(
                list(catalogue.tools.values()), catalogue, SheetOptions(lang=lang), "txt"
            )
        )
        for text in texts:
            too_long = [line for line in text.splitlines() if len(line) > 80]
            assert not too_long, too_long[:3]


def test_html_sheet_is_self_contained_accessible_and_print_ready(cli) -> None:
    result = cli("sheet", "cadran-total", "--format", "html", "--lang", "fr")
    html = result.stdout
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="fr">' in html
    assert html.count("<h1") == 1 and "<h2" in html and "<h3" in html
    assert 'scope="col"' in html and 'scope="row"' in html
    assert "size: A4" in html and "break-inside" in html and "font-size: 10.5pt" in html
    assert "@font-face" in html and "data:font/woff2;base64," in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    assert "<script" not in html and "<link" not in html and "@import" not in html
    # read at arm's length: nothing under 10.5 pt but the sources' fine print
    rules = re.findall(r"^([^{}\n]*)\{[^}]*font-size: ([\d.]+)pt", html, re.M)
    small = {selector.strip() for selector, size in rules if float(size) < 10.5}
    assert small == {".credits"}, small


# --------------------------------------------------------------------------- several tools


def test_all_makes_one_booklet_with_cover_map_and_contents(cli, catalogue) -> None:
    result = cli("sheet", "--all", "--lang", "fr")
    assert result.exit_code == 0, result
    text = result.stdout
    assert text.startswith("# Les outils de l’écosystème")
    assert "## La carte des 12 leviers" in text and "## Sommaire" in text
    for card in catalogue.tools.values():
        assert f"\n## {md_inline(card.name('fr'))}\n" in text, card.id
    html = cli("sheet", "--all", "--format", "html").stdout
    assert html.count('<article class="tool"') == len(catalogue.tools)
    txt = cli("sheet", "--all", "--format", "txt").stdout
    assert txt.count("\f") == len(catalogue.tools)


def test_several_tools_make_a_booklet_in_the_order_given(cli) -> None:
    result = cli("sheet", "cadran", "audace", "cadran-total", "--format", "html")
    assert result.exit_code == 0, result
    html = result.stdout
    assert html.count('<article class="tool"') == 2
    assert html.index('id="tool-cadran-total"') < html.index('id="tool-audace-up"')


def test_output_folder_gets_one_file_per_tool(cli, tmp_path: Path) -> None:
    folder = tmp_path / "fiches"
    result = cli("sheet", "cadran-total", "audace-up", "-o", f"{folder}/", "--format", "txt")
    assert result.exit_code == 0, result
    assert sorted(p.name for p in folder.iterdir()) == ["audace-up.txt", "cadran-total.txt"]
    assert result.stdout == ""


# --------------------------------------------------------------------------- files are never lost


def test_an_existing_file_is_refused_without_force_and_left_untouched(cli, tmp_path: Path) -> None:
    target = tmp_path / "fiche.html"
    target.write_text("mes notes", encoding="utf-8")
    before = target.stat().st_mtime_ns
    result = cli("sheet", "audace-up", "-o", str(target), "--lang", "fr")
    assert result.exit_code == 2
    assert "--force" in result.stderr and "Traceback" not in result.stderr
    assert target.read_text(encoding="utf-8") == "mes notes"
    assert target.stat().st_mtime_ns == before
    assert result.stdout == ""
    forced = cli("sheet", "audace-up", "-o", str(target), "--force")
    assert forced.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")  # from the extension


def test_a_folder_with_one_existing_sheet_gets_nothing_written(cli, tmp_path: Path) -> None:
    folder = tmp_path / "fiches"
    folder.mkdir()
    (folder / "audace-up.md").write_text("à garder", encoding="utf-8")
    result = cli("sheet", "cadran-total", "audace-up", "-o", str(folder))
    assert result.exit_code == 2
    assert sorted(p.name for p in folder.iterdir()) == ["audace-up.md"]
    assert (folder / "audace-up.md").read_text(encoding="utf-8") == "à garder"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--start", "25:00"], "HH:MM"),
        (["--start", "midi"], "14:00"),
        (["--date", "bientôt"], "YYYY-MM-DD"),
        (["--date", "2026-02-30"], "28 days"),
        (["--format", "docx"], "md, html, txt, pdf"),
        (["--format", "pdf"], "add -o"),  # a PDF is written to a file, never to the terminal
        (["--variant", "longue"], "short"),
        (["--participants", "0"], "--participants"),
    ],
)
def test_bad_input_is_one_clear_sentence_and_exit_2(cli, args: list[str], says: str) -> None:
    result = cli("sheet", "audace-up", *args)
    assert result.exit_code == 2, result
    assert says in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_bad_start_time_in_french(cli) -> None:
    result = cli("sheet", "audace-up", "--start", "25h", "--lang", "fr")
    assert result.exit_code == 2
    assert "«\u00a025h\u00a0» n’est pas une heure" in result.stderr


def test_no_tool_or_tools_and_all(cli) -> None:
    assert "--all" in cli("sheet").stderr
    both = cli("sheet", "audace", "--all")
    assert both.exit_code == 2 and "--all" in both.stderr
    unknown = cli("sheet", "audaec")
    assert unknown.exit_code == 2 and "audace-up" in unknown.stderr


# --------------------------------------------------------------------------- checklist


def test_the_checklists_before_is_the_sheets_preparation_word_for_word(cli, catalogue) -> None:
    for card in catalogue.tools.values():
        for lang in ("fr", "en"):
            sheet = cli("sheet", card.id, "--lang", lang, "--format", "html").stdout
            checklist = cli("checklist", card.id, "--phase", "before", "--lang", lang).stdout
            items = [item(lang) for item in card.preparation]
            assert checklist.count("\n- [ ] ") == len(items), (card.id, lang)
            for text in items:
                assert html.escape(text) in sheet, (card.id, lang, text)
                assert md_inline(text) in checklist, (card.id, lang, text)


def test_checklist_in_each_format(cli, catalogue) -> None:
    card = catalogue.tools["cadran-total"]
    items = [item("fr") for item in card.preparation] + [
        item("fr") for phase in ("during", "after") for item in card.checklist[phase]
    ]
    md = cli("checklist", "cadran", "--lang", "fr").stdout
    assert md.count("\n- [ ] ") == len(items)
    txt = cli("checklist", "cadran", "--lang", "fr", "--format", "txt").stdout
    assert txt.count("[ ] ") == len(items)
    assert "AVANT LA SÉANCE" in txt and "APRÈS LA SÉANCE" in txt
    html = cli("checklist", "cadran", "--lang", "fr", "--format", "html").stdout
    assert html.count('class="box"') == len(items)


def test_checklist_of_one_phase(cli, catalogue) -> None:
    card = catalogue.tools["cadran-total"]
    result = cli("checklist", "cadran", "--phase", "pendant", "--lang", "fr")
    assert result.stdout.count("\n- [ ] ") == len(card.checklist["during"])
    assert "Avant la séance" not in result.stdout


def test_interactive_checklist_refuses_without_a_terminal(cli) -> None:
    result = cli("checklist", "cadran", "--interactive", "--lang", "fr")
    assert result.exit_code == 2
    assert "terminal" in result.stderr and "--interactive" in result.stderr
    assert result.stdout == ""
    mixed = cli("checklist", "cadran", "-i", "-o", "x.html")
    assert mixed.exit_code == 2


def test_checklist_to_a_file(cli, tmp_path: Path) -> None:
    target = tmp_path / "check-list.txt"
    result = cli("checklist", "cadran", "-o", str(target))
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8").count("[ ]") >= 3
    again = cli("checklist", "cadran", "-o", str(target))
    assert again.exit_code == 2


# --------------------------------------------------------------------------- room kit


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        values = dict(attrs)
        if "href" in values:
            self.links.append(values["href"])
        if "src" in values:
            self.sources.append(values["src"])


def test_kit_is_a_folder_that_works_offline(cli, tmp_path: Path, catalogue) -> None:
    folder = tmp_path / "kit"
    result = cli("kit", "cadran-total", "-o", str(folder), "--lang", "fr", "--start", "14:00")
    assert result.exit_code == 0, result
    card = catalogue.tools["cadran-total"]
    expected = {"index.html", "fiche.html", "fiche.md", "check-list.html", "check-list.md"}
    expected |= {f"support-{file_slug(h.title('fr'))}.html" for h in card.handouts}
    assert "support-cartes-contrainte.html" in expected  # in the session's language
    assert {p.name for p in folder.iterdir()} == expected
    assert result.stdout.strip() == str(folder / "index.html")
    parser = Links()
    parser.feed((folder / "index.html").read_text(encoding="utf-8"))
    assert set(parser.links) == expected - {"index.html"}
    for page in folder.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        found = Links()
        found.feed(html)
        assert not found.sources, page
        assert all("//" not in link for link in found.links), page
        assert "<script" not in html and "<link" not in html, page
    handout = (folder / "support-feuille-des-huit-cases.html").read_text(encoding="utf-8")
    # without --participants, one sheet per person of the card's typical group
    assert handout.count('class="card"') == card.typical and 'class="fill' in handout
    assert "____" not in handout and "[ ]" not in handout  # real lines and boxes
    assert "14 h 00" in words((folder / "fiche.md").read_text(encoding="utf-8"))


def test_kit_refuses_a_folder_that_is_not_empty(cli, tmp_path: Path) -> None:
    folder = tmp_path / "salle"
    folder.mkdir()
    (folder / "notes.txt").write_text("à garder", encoding="utf-8")
    result = cli("kit", "audace-up", "-o", str(folder), "--lang", "fr")
    assert result.exit_code == 2
    assert "n’est pas vide" in result.stderr and "--force" in result.stderr
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    forced = cli("kit", "audace-up", "-o", str(folder), "--force")
    assert forced.exit_code == 0
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "à garder"
    assert (folder / "index.html").exists()


def test_kit_refuses_a_file_and_leaves_no_folder_on_bad_input(cli, tmp_path: Path) -> None:
    target = tmp_path / "fichier"
    target.write_text("x", encoding="utf-8")
    assert cli("kit", "audace-up", "-o", str(target)).exit_code == 2
    folder = tmp_path / "nouveau"
    result = cli("kit", "audace-up", "-o", str(folder), "--start", "99:99")
    assert result.exit_code == 2
    assert not folder.exists()


def test_kit_of_a_card_with_an_english_name_in_english(cli, tmp_path: Path) -> None:
    result = cli("kit", "audace-up", "-o", str(tmp_path / "k"), "--lang", "en")
    assert result.exit_code == 0
    assert (tmp_path / "k" / "sheet.html").exists() and (tmp_path / "k" / "checklist.md").exists()


def test_start_time_is_the_same_at_the_cli_and_in_the_core(catalogue) -> None:
    card = catalogue.tools["cadran-total"]
    text = render_sheet(card, catalogue, SheetOptions(lang="en", start=time(14, 0)), "md")
    total = sum(step.minutes for step in card.steps)
    end = f"{14 + total // 60:02d}:{total % 60:02d}"
    assert f"ends at {end}" in text


# --------------------------------------------------------------------------- PDF


@pytest.mark.parametrize(
    "args",
    [
        ("sheet", "audace-up", "-o", "fiche.pdf"),
        ("sheet", "--all", "--format", "pdf", "-o", "livret"),
        ("checklist", "audace-up", "-o", "liste.pdf"),
        ("plan", "audace-up", "time-out", "--start", "9:00", "-o", "atelier.pdf"),
    ],
)
def test_without_the_pdf_engine_one_sentence_says_what_to_install(
    cli, tmp_path: Path, monkeypatch, args: tuple[str, ...]
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # `import weasyprint` fails
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.chdir(folder)
    result = cli(*args, "--lang", "fr")
    assert result.exit_code == 1, result
    assert "pip install 'innovkit[pdf]'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []  # nothing written


def test_handouts_are_cards_with_the_title_once_one_per_participant(catalogue) -> None:
    dare = catalogue.tools["audace-up"].handouts[0]
    size, sheets = handout_layout(dare.content("fr"), dare.title("fr"), copies=12)
    assert size == "a6" and [len(sheet) for sheet in sheets] == [4, 4, 4]
    blocks = sheets[0][0]["blocks"]
    assert not any("Ma carte défi" in str(block) for block in blocks)  # the title once
    kinds = {block["kind"] for block in blocks}
    assert {"text", "write"} <= kinds
    boxes = [p for b in blocks if b["kind"] == "text" for p in b["parts"] if p["kind"] == "box"]
    assert len(boxes) == 3  # « [ ] Fait [ ] Adapté [ ] Abandonné »: three boxes to tick
    walk = catalogue.tools["la-balade"].handouts[0]
    size, sheets = handout_layout(walk.content("fr"), walk.title("fr"), copies=12)
    assert size == "a5" and len(sheets) == 6  # too long for A6: two to a sheet
    cadran = catalogue.tools["cadran-total"]
    deck = cadran.handouts[0]
    copies = handout_copies(cadran, deck, 12)
    assert copies == 1  # the constraint is drawn once for the session: one deck
    size, sheets = handout_layout(deck.content("fr"), deck.title("fr"), copies=copies)
    cards = [card for sheet in sheets for card in sheet]
    assert len(cards) == 9  # eight constraints and a blank card
    assert "Zéro euro" in str(cards[0]["blocks"])


def test_every_handout_the_materials_name_exists_in_both_languages(catalogue) -> None:
    """Role cards, constraint cards, the host's aide-mémoire, pairing forms (issue 11)."""
    named = {
        "dans-la-peau-de-walt": "role-cards",
        "cadran-total": "constraint-cards",
        "en-immersion": "host-reminder",
        "apprenons-nous": "offers-requests",
    }
    for tool, handout in named.items():
        assert handout in {h.id for h in catalogue.tools[tool].handouts}, tool
    immersion = {h.id: h for h in catalogue.tools["en-immersion"].handouts}
    assert "pairing-form" in immersion
    for handout in immersion.values():
        for lang in ("fr", "en"):
            size, sheets = handout_layout(handout.content(lang), handout.title(lang))
            assert sheets and size in ("a6", "a5"), (handout.id, lang)
    french = immersion["host-reminder"].content("fr")
    assert "«\u00a0en immersion\u00a0»" in french and "journée\u00a0:" in french


def test_the_sheet_head_asks_for_this_session_group_and_setting(cli) -> None:
    """Given, the session's setting and group are printed; not given, the sheet has boxes to
    tick for the tool's settings and a blank for the people present, not the tool's list."""
    blank = cli("sheet", "point-silence", "--format", "html", "--lang", "fr").stdout
    head = blank[blank.index('<table class="meta">') : blank.index("</table>")]
    row = head[head.index("Cadre") :]
    assert row.count('class="box"') == 3 and "en extérieur" in row
    assert "présents\u00a0:" in head and 'class="blank short"' in head
    given = cli(
        "sheet",
        "point-silence",
        "--format",
        "html",
        "--lang",
        "fr",
        "--setting",
        "distanciel",
        "--participants",
        "9",
    ).stdout
    head = given[given.index('<table class="meta">') : given.index("</table>")]
    assert 'class="box"' not in head and "à distance" in head and "9 personnes" in head
