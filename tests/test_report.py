"""The monthly report on a fixture journal whose figures are known by hand
(tests/data/journal/fixture-export.json), and the exports' safety: Markdown that parses,
HTML that escapes, CSV that cannot run formulas, JSON that comes back identical."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from innovkit.cards.catalogue import Catalogue, load_catalogue
from innovkit.documents.escaping import md_block, md_cell, md_inline
from innovkit.journal.exchange import export_json, export_stored, read_export
from innovkit.journal.period import Period, choose_period, month_period
from innovkit.journal.report import Report, build_report, summarise
from innovkit.journal.reportwords import render_report
from innovkit.journal.store import Journal

FIXTURE = Path(__file__).parent / "data" / "journal" / "fixture-export.json"
TODAY = date(2026, 12, 5)


@pytest.fixture
def journal(journal_store: Path | str) -> Journal:
    """The fixture journal, in an SQLite file, then on PostgreSQL (``conftest``)."""
    journal = Journal(journal_store)
    journal.merge(read_export(FIXTURE))
    yield journal
    journal.close()


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def november(journal: Journal, catalogue: Catalogue, lang: str = "fr") -> Report:
    return build_report(journal, month_period(2026, 11), catalogue, lang, TODAY)


# --------------------------------------------------------------------------- the figures


def test_headline_figures_and_their_change(journal: Journal, catalogue: Catalogue) -> None:
    report = november(journal, catalogue)
    h, p = report.headline, report.previous
    assert (h.sessions, h.participants, h.minutes) == (5, 40, 320)  # 75+50+45+30+120
    # « Claire Martin » and « claire martin » are one person; « DRH » and « drh » one service.
    assert (h.facilitators, h.services) == (4, 4)
    assert (p.sessions, p.participants, p.minutes, p.facilitators, p.services) == (2, 16, 105, 2, 2)
    assert report.previous_name == "octobre 2026"


@pytest.mark.parametrize(
    ("lang", "heading", "header"),
    [
        ("fr", "## Qui a animé", "| Nom | Séances animées | dont en co-animation | Participants |"),
        ("en", "## Facilitated by", "| Name | Sessions facilitated | of which co-facilitated |"),
    ],
)
def test_the_report_says_who_facilitated_what(
    journal: Journal, catalogue: Catalogue, lang: str, heading: str, header: str
) -> None:
    """The whole team in one report: each person's sessions (as facilitator or co-facilitator),
    « Claire Martin » and « claire martin » being one person."""
    report = november(journal, catalogue, lang)
    rows = [(r.name, r.sessions, r.co, r.participants) for r in report.facilitated]
    assert rows == [
        ("Claire Martin", 2, 0, 20),
        ("Paul Durand", 2, 1, 17),
        ("Hélène", 1, 0, 0),
        ("Zoé Petit", 1, 0, 15),
    ]
    assert sum(r.sessions - r.co for r in report.facilitated) == report.headline.sessions
    text = render_report(report, "md")
    section = text[text.index(heading) :].split("\n## ")[0]
    assert header in section
    assert "| Paul Durand | 2 | 1 | 17 |" in section
    page = render_report(report, "html")
    assert heading.removeprefix("## ") in page and "<td>Zoé Petit</td>" in page


def test_sessions_naming_nobody_are_counted_apart(catalogue: Catalogue) -> None:
    from innovkit.journal.records import Session

    sessions = [
        Session(tool="audace-up", lever="audace", date=date(2026, 11, 3), facilitator=name)
        for name in ("", "Claire", "")
    ]
    report = summarise(sessions, month_period(2026, 11), catalogue, "fr", TODAY)
    assert [(r.name, r.sessions) for r in report.facilitated] == [("Claire", 1)]
    assert report.unnamed == 2
    assert "Séances sans nom d’animateur ou d’animatrice\u00a0: 2." in render_report(report, "md")


def test_lever_coverage(journal: Journal, catalogue: Catalogue) -> None:
    report = november(journal, catalogue)
    assert len(report.levers) == 12
    in_order = [
        lever for lever in catalogue.levers if lever in {"audace", "echanges", "temps", "reve"}
    ]
    assert [row.id for row in report.active_levers] == in_order
    assert {row.id: row.sessions for row in report.active_levers} == {
        "audace": 2,
        "echanges": 1,
        "temps": 1,
        "reve": 1,
    }
    assert len(report.sleeping_levers) == 8
    assert "bien-etre" in {row.id for row in report.sleeping_levers}  # used in September only


def test_tools_satisfaction_and_time(journal: Journal, catalogue: Catalogue) -> None:
    report = november(journal, catalogue)
    tools = {row.id: row for row in report.tools}
    assert report.tools[0].id == "audace-up"
    audace = tools["audace-up"]
    assert (audace.sessions, audace.participants, audace.satisfaction) == (2, 20, 4.5)
    assert (audace.timed, audace.planned, audace.actual, audace.gap) == (2, 120, 125, 5)
    assert tools["la-balade"].timed == 0  # no actual duration recorded
    assert (tools["dans-la-peau-de-walt"].planned, tools["dans-la-peau-de-walt"].actual) == (
        90,
        120,
    )
    assert report.satisfaction_answers == 4
    assert report.satisfaction_average == 4.0
    assert report.satisfaction_marks == {5: 2, 4: 1, 3: 0, 2: 1, 1: 0}


def test_actions_and_overdue(journal: Journal, catalogue: Catalogue) -> None:
    report = november(journal, catalogue)
    assert [(a.text, a.overdue, a.done) for a in report.actions] == [
        ("Afficher le mur", True, False),
        ("Envoyer les photos", False, False),
        ("Rédiger la charte | version 2", False, False),
        ("Faire le bilan", False, True),
    ]
    assert [(a.text, a.overdue) for a in report.earlier_actions] == [
        ("Acheter un carillon", True),
        ("Présenter au comité de direction", False),
    ]
    assert report.overdue == 2
    # "Today" decides what is late.
    later = build_report(journal, month_period(2026, 11), catalogue, "fr", date(2027, 2, 1))
    assert later.overdue == 4


def test_ideas_decisions_notes(journal: Journal, catalogue: Catalogue) -> None:
    report = november(journal, catalogue)
    assert [i.text for i in report.ideas] == [
        "Un mur des défis",
        '=HYPERLINK("http://example.com","x")',
        "@cmd",
        "| tuyau | dans le texte",
    ]
    assert [d.text for d in report.decisions] == ["Refaire en janvier", "+SUM(A1:A9)"]
    assert len(report.notes) == 3


def test_titles_in_both_languages(journal: Journal, catalogue: Catalogue) -> None:
    assert november(journal, catalogue).title == (
        "Innovation organisationnelle — rapport de novembre 2026"
    )
    april = build_report(journal, month_period(2026, 4), catalogue, "fr", TODAY)
    assert april.title == "Innovation organisationnelle — rapport d’avril 2026"
    assert november(journal, catalogue, "en").title == (
        "Organisational innovation — report for November 2026"
    )
    span = build_report(
        journal, Period(date(2026, 11, 1), date(2026, 11, 15)), catalogue, "fr", TODAY
    )
    assert span.title.endswith("rapport du 1er au 15 novembre 2026")
    assert span.headline.sessions == 2
    assert span.previous is not None and span.previous.sessions == 1  # 17 Oct – 31 Oct
    whole = build_report(journal, Period(None, None), catalogue, "fr", TODAY)
    assert whole.previous is None and whole.headline.sessions == 9
    assert whole.title.endswith("de tout le journal (du 10 septembre au 1er décembre 2026)")


def test_periods_from_options() -> None:
    assert choose_period("2026-02") == Period(date(2026, 2, 1), date(2026, 2, 28), (2026, 2))
    assert choose_period(today=date(2026, 12, 31)).month == (2026, 12)
    assert choose_period(start="2026-01-01") == Period(date(2026, 1, 1), None)
    assert choose_period(everything=True) == Period(None, None)
    assert choose_period(default="all") == Period(None, None)
    assert month_period(2026, 1).previous() == month_period(2025, 12)
    from innovkit.errors import BadInput

    with pytest.raises(BadInput):
        choose_period("2026-11", start="2026-11-01")
    with pytest.raises(BadInput):
        choose_period(start="2026-12-01", end="2026-11-01")
    with pytest.raises(BadInput):
        choose_period("2026-13")


# --------------------------------------------------------------------------- Markdown


def tables(markdown: str) -> list[list[list[str]]]:
    """Every GFM table of the document, as rows of cell texts (header row first)."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    found: list[list[list[str]]] = []
    row: list[str] | None = None
    for token in tokens:
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(token.content)
        elif token.type == "tr_close":
            found[-1].append(row or [])
            row = None
    return found


def plain(cell: str) -> str:
    """A cell's text as a reader sees it: Markdown escapes removed."""
    return re.sub(r"\\(.)", r"\1", cell)


def test_markdown_parses_into_the_expected_tables(journal: Journal, catalogue: Catalogue) -> None:
    text = render_report(november(journal, catalogue), "md")
    found = tables(text)
    headline = found[0]
    # The month, the month before, the same month a year earlier (no session then).
    assert headline[0] == [
        "Indicateur",
        "Novembre 2026",
        "Octobre 2026",
        "Évolution",
        "Novembre 2025",
        "Évolution",
    ]
    hours = "\u00a0h\u00a0"
    assert [[plain(cell) for cell in row] for row in headline[1:]] == [
        ["Séances", "**5**", "2", "+3", "0", "+5"],
        ["Participants", "**40**", "16", "+24", "0", "+40"],
        [
            "Heures d’animation mesurées",
            f"**4{hours}35**",
            "1\u00a0h",
            f"+3{hours}35",
            "0\u00a0h",
            f"+4{hours}35",
        ],
        [
            "Heures prévues, durée non relevée",
            "**45\u00a0min**",
            "45\u00a0min",
            "=",
            "0\u00a0h",
            "+45\u00a0min",
        ],
        ["Personnes à l’animation", "**4**", "2", "+2", "0", "+4"],
        ["Services touchés", "**4**", "2", "+2", "0", "+4"],
        ["Satisfaction moyenne (sur 5)", "**4,0**", "4,0", "=", "—", "—"],
    ]
    levers = next(t for t in found if t[0][0] == "Levier")
    assert len(levers) == 13
    assert sum(row[3] == "activé" for row in levers[1:]) == 4
    assert sum(row[3] == "non activé" for row in levers[1:]) == 8
    late = next(t for t in found if t[0][0] == "Action")  # page 1: the late ones, with owners
    assert [row[:2] for row in late[1:]] == [
        ["Acheter un carillon", "**Zoé**"],
        ["Afficher le mur", "**Claire**"],
    ]
    actions = next(t for t in found if t[0][0] == "Action" and len(t[0]) == 5)
    assert [plain(row[0]) for row in actions[1:]] == [
        "Afficher le mur",
        "Envoyer les photos",
        "Rédiger la charte | version 2",
        "Faire le bilan",
    ]
    assert actions[1][2:4] == ["20 novembre 2026", "**en retard**"]
    assert all(len(row) == 5 for row in actions)  # the « | » in the text stayed in its cell
    sessions = found[-1]
    assert len(sessions) == 6
    assert sessions[1][0] == "3 novembre 2026, 14\u00a0h\u00a000"  # as on the run sheets


def test_markdown_lets_no_user_text_become_markup(journal: Journal, catalogue: Catalogue) -> None:
    text = render_report(november(journal, catalogue), "md")
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"html_inline", "html_block", "link_open", "image"}
    html = MarkdownIt("commonmark").enable("table").render(text)
    assert "<script>" not in html
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "text",
    [
        "<b>x</b>",
        "| a | b |",
        "*gras* _it_",
        "- liste",
        "1. one",
        "# titre",
        "[lien](http://x)",
        "`c`",
        "R&D &amp; co &#65;",
        "~barré~ = \\",
    ],
)
def test_escaped_text_reads_back_as_itself(text: str) -> None:
    html = MarkdownIt("commonmark").enable("table").render(f"- {md_inline(text)}\n")
    from html import unescape

    assert unescape(re.sub(r"</?(ul|li)>|\n", "", html)) == text


def test_escaping_keeps_french_no_break_spaces() -> None:
    assert md_inline("- Et ensuite\u00a0? <b>") == "\\- Et ensuite\u00a0? \\<b\\>"
    assert md_inline("«\u00a0x\u00a0»\u00a0: *y*") == "«\u00a0x\u00a0»\u00a0: \\*y\\*"


def test_the_report_escapes_markdown_as_the_sheets_do(catalogue: Catalogue) -> None:
    # One escaper for every document: what is inert on a sheet is inert in the report, alike.
    note = "R&D #1 ~ok~\n1) suite & fin"
    text = render_report(noted(catalogue, note), "md")
    assert f"\u00a0: {md_block(note, '  ')}\n" in text
    assert "R\\&D \\#1 \\~ok\\~\\\n  1\\) suite \\& fin\n" in text


@pytest.mark.parametrize("breaks", ["\r\n", "\r"])
def test_windows_and_old_mac_line_breaks_in_notes(catalogue: Catalogue, breaks: str) -> None:
    # Notes imported from another journal may carry « \r » line breaks: each is a line break,
    # never a stray one that would end a table row or a list item half-way.
    note = breaks.join(["Salle trop petite", "| pas une colonne", "Fin"])
    text = render_report(noted(catalogue, note), "md")
    assert "\r" not in text
    assert "Salle trop petite\\\n  \\| pas une colonne\\\n  Fin\n" in text
    assert md_inline(note) == "Salle trop petite \\| pas une colonne Fin"
    assert md_cell(note) == "Salle trop petite<br>\\| pas une colonne<br>Fin"


def test_markdown_in_english(journal: Journal, catalogue: Catalogue) -> None:
    text = render_report(november(journal, catalogue, "en"), "md")
    assert text.startswith("# Organisational innovation — report for November 2026\n")
    assert tables(text)[0][3][:4] == [
        "Facilitation hours measured",
        "**4\u00a0h\u00a035\u00a0min**",
        "1\u00a0h",
        "+3\u00a0h\u00a035\u00a0min",
    ]
    assert "Prepared on 5 December 2026" in text


# --------------------------------------------------------------------------- HTML


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls += [v or "" for k, v in attrs if k in ("src", "href")]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained_and_escapes_user_text(
    journal: Journal, catalogue: Catalogue
) -> None:
    html = render_report(november(journal, catalogue), "html")
    page = _Page()
    page.feed(html)
    assert page.tags.count("script") == 0
    assert "<script>alert('x')</script>" in "".join(page.text)
    assert "&lt;script&gt;" in html
    assert page.urls == []  # no link, no image, no stylesheet to fetch
    assert "@import" not in html
    # The only url() are the embedded font's data: (nothing fetched), as in the run sheets.
    assert html.count("url(") == html.count("url(data:font/woff2;base64,") == 3
    assert page.tags.count("svg") == 2
    assert page.tags.count("rect") == 12 + 4  # a bar per lever, a bar per tool
    assert "@media print" in html
    assert "<title>Innovation organisationnelle — rapport de novembre 2026</title>" in html


def test_html_embeds_the_run_sheets_font(journal: Journal, catalogue: Catalogue) -> None:
    from innovkit.documents.templates import embedded_fonts

    html = render_report(november(journal, catalogue), "html")
    fonts = str(embedded_fonts())
    assert fonts.count("@font-face") == 3 and fonts in html  # the sheets' rules, not a copy
    body = re.search(r"body \{ font-family: ([^;]+);", html)
    assert body is not None and body.group(1).startswith('"innovkit Sans", "Roboto Condensed"')


# --------------------------------------------------------------------------- notes

DEBRIEFED = (
    "Salle trop petite\n\nDébriefing\n- Sur ce sujet, qu’avez-vous appris\u00a0?\n"
    "  Beaucoup de monde\n- # Et ensuite\u00a0?\n  <b>rien</b> | 1. [lien](http://x)"
)


def noted(catalogue: Catalogue, notes: str, lang: str = "fr") -> Report:
    from innovkit.journal.records import Session

    session = Session(tool="audace-up", lever="audace", date=date(2026, 11, 3), notes=notes)
    return summarise([session], month_period(2026, 11), catalogue, lang, TODAY)


def test_markdown_notes_keep_their_lines(catalogue: Catalogue) -> None:
    text = render_report(noted(catalogue, DEBRIEFED), "md")
    section = text.split("## Notes des séances\n\n")[1].split("\n## ")[0]
    assert section.startswith("- 3 novembre 2026, «\u00a0audace up\u202f!\u00a0»\u00a0: Salle")
    html = MarkdownIt("commonmark").enable("table").render(section)
    assert html.count("<li>") == 1  # the debrief's « - » lines stay inside the one note
    assert "Salle trop petite</p>\n<p>Débriefing<br />\n- Sur ce sujet" in html
    assert "appris\u00a0?<br />\nBeaucoup de monde<br />\n- # Et ensuite" in html
    assert "&lt;b&gt;rien&lt;/b&gt; | 1. [lien](http://x)</p>" in html
    tokens = MarkdownIt("commonmark").enable("table").parse(section)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"html_inline", "html_block", "link_open", "heading_open", "table_open"}
    assert "bullet_list_open" in kinds and [t.type for t in tokens].count("bullet_list_open") == 1
    # A one-line note stays on its item's line.
    one = render_report(noted(catalogue, "Belle énergie"), "md")
    assert "- 3 novembre 2026, «\u00a0audace up\u202f!\u00a0»\u00a0: Belle énergie\n" in one


def test_html_notes_keep_their_lines(catalogue: Catalogue) -> None:
    html = render_report(noted(catalogue, DEBRIEFED, "en"), "html")
    notes = html.split('<ul class="items notes">')[1].split("</ul>")[0]
    assert "<p>Salle trop petite</p><p>Débriefing<br>- Sur ce sujet" in notes
    assert "<br>Beaucoup de monde<br>" in notes
    assert "&lt;b&gt;rien&lt;/b&gt;" in notes and "<b>" not in notes


def test_counts_in_the_report_agree(catalogue: Catalogue) -> None:
    from innovkit.journal.records import Action, Session

    one = Session(
        tool="audace-up",
        lever="audace",
        date=date(2026, 11, 3),
        satisfaction=4,
        actions=[Action(id="a1", text="Appeler", due=date(2026, 11, 20))],
    )
    for lang, words in (
        ("fr", ("(1 note donnée pour 1 séance)", "1 action\u00a0; 1 en retard.")),
        ("en", ("(1 mark given for 1 session)", "1 action; 1 overdue.")),
    ):
        report = summarise([one], month_period(2026, 11), catalogue, lang, TODAY)
        for fmt in ("md", "html"):
            text = render_report(report, fmt)
            assert all(word in text for word in words), (lang, fmt)
            assert "(s)" not in text


# --------------------------------------------------------------------------- CSV and JSON


def test_csv_neutralises_formulas(journal: Journal, catalogue: Catalogue) -> None:
    from innovkit.journal.spreadsheet import Names, sessions_csv

    names = Names("fr", catalogue.tools, catalogue.levers)
    text = sessions_csv(journal.sessions(date(2026, 11, 1), date(2026, 11, 30)), names)
    assert text.startswith("\ufeffDate;Début;")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert len(rows) == 5
    by_date = {row["Date"]: row for row in rows}
    assert by_date["12/11/2026"]["Idées"] == '\'=HYPERLINK("http://example.com","x")'
    assert by_date["18/11/2026"]["Décisions"] == "'+SUM(A1:A9)"
    assert by_date["18/11/2026"]["Notes"] == "'-2+3"
    assert by_date["25/11/2026"]["Idées"].startswith("'@cmd")
    assert by_date["30/11/2026"]["Notes"] == "'\tTabulation en tête"
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert by_date["03/11/2026"]["Participants"] == "12"


def test_json_export_import_round_trip(journal: Journal, tmp_path: Path) -> None:
    original = journal.sessions()
    path = tmp_path / "export.json"
    path.write_text(export_json(original), encoding="utf-8")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("innovkit-journal", 2)
    with Journal(tmp_path / "empty.sqlite3") as empty:
        counts = empty.merge(read_export(path))
        assert counts.added == 9
        assert empty.sessions() == original
        again = empty.merge(read_export(path))
        assert (again.added, again.updated, again.unchanged) == (0, 0, 9)
        assert empty.count() == 9


def test_old_open_actions_are_counted_not_listed(journal: Journal, catalogue: Catalogue) -> None:
    report = build_report(journal, month_period(2027, 11), catalogue, "fr", date(2027, 12, 1))
    assert [a.text for a in report.earlier_actions] == [
        "Afficher le mur",
        "Envoyer les photos",
        "Rédiger la charte | version 2",
    ]
    assert report.older_open == 2  # « Acheter un carillon », « Présenter au comité de direction »
    text = render_report(report, "md")
    assert "Actions encore ouvertes issues de séances de plus d’un an\u00a0: 2" in text
    # Years of them are grouped like every figure, and the command is marked as one.
    report.older_open = 3434
    text = render_report(report, "md")
    command = "innovkit journal actions --open"
    assert f"d’un an\u00a0: 3\u202f434 (voir «\u00a0`{command}`\u00a0»)" in text
    html = render_report(report, "html")
    assert f': 3\u202f434 (voir «\u00a0<code class="command">{command}</code>' in html


def test_the_export_of_stored_sessions_is_exactly_the_sessions_python_reads(
    journal: Journal, tmp_path: Path
) -> None:
    from innovkit.journal.records import session_data

    text = export_stored(journal.stored_sessions())
    lines = json.loads(text)["sessions"]
    assert lines == [session_data(s) for s in journal.sessions()]
    assert lines == json.loads(export_json(journal.sessions()))["sessions"]
    november = journal.stored_sessions(date(2026, 11, 1), date(2026, 11, 30))
    november_only = json.loads(export_stored(november))
    assert [s["date"][:7] for s in november_only["sessions"]] == ["2026-11"] * 5
    path = tmp_path / "export.json"
    path.write_bytes(text)
    assert read_export(path) == journal.sessions()
    assert len(path.read_text(encoding="utf-8").splitlines()) == 1 + 9  # a session per line
