"""The pieces under the printed documents: clock times, dates, formats and the text filters."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innovkit.dates import format_clock, format_date, format_duration, parse_date, parse_time
from innovkit.documents.escaping import md_block, md_cell, md_inline
from innovkit.documents.options import check_phase, choose_format
from innovkit.documents.templates import render_template
from innovkit.errors import BadInput
from innovkit.live.schedule import timetable
from innovkit.wrapping import paragraphs, wrap_text

# --------------------------------------------------------------------------- schedule


def test_timetable_gives_each_item_its_start_and_end() -> None:
    slots = timetable([("Accueil", 10), ("Pause", 15), ("Atelier", 45)], time(9, 30))
    assert [(s.label, s.start.strftime("%H:%M"), s.end.strftime("%H:%M")) for s in slots] == [
        ("Accueil", "09:30", "09:40"),
        ("Pause", "09:40", "09:55"),
        ("Atelier", "09:55", "10:40"),
    ]
    assert [s.offset for s in slots] == [0, 10, 25]
    assert slots[-1].offset_end == 70


def test_timetable_without_start_gives_offsets_only() -> None:
    slots = timetable([("a", 5), ("b", 20)])
    assert [(s.offset, s.offset_end, s.start, s.end) for s in slots] == [
        (0, 5, None, None),
        (5, 25, None, None),
    ]


def test_timetable_runs_past_midnight_on_the_given_day() -> None:
    slots = timetable([("veillée", 40), ("nuit", 30)], time(23, 30), date(2026, 12, 31))
    assert slots[1].start == datetime(2027, 1, 1, 0, 10)
    assert slots[1].end == datetime(2027, 1, 1, 0, 40)
    assert format_clock(slots[1].end, "fr", since=slots[0].start) == "0\u00a0h\u00a040 (+1\u00a0j)"
    assert format_clock(slots[1].end, "en", since=slots[0].start) == "00:40 (+1\u00a0d)"


def test_timetable_accepts_a_datetime_start() -> None:
    slots = timetable([("x", 90)], datetime(2026, 11, 3, 14, 0))
    assert slots[0].end == datetime(2026, 11, 3, 15, 30)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14:00", time(14, 0)),
        ("9:30", time(9, 30)),
        ("09:05", time(9, 5)),
        ("14h", time(14, 0)),
        ("14h05", time(14, 5)),
        ("14 h 05", time(14, 5)),
        (" 0:00 ", time(0, 0)),
        ("23:59", time(23, 59)),
    ],
)
def test_start_times_as_facilitators_type_them(typed: str, expected: time) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["24:00", "14:60", "2pm", "", "14:5", "quatorze", "-1:00"])
def test_a_bad_start_time_is_refused_with_an_example(typed: str) -> None:
    with pytest.raises(BadInput, match="14:00"):
        parse_time(typed)


def test_dates_are_checked() -> None:
    assert parse_date("2026-11-03") == date(2026, 11, 3)
    assert parse_date("03/11/2026") == date(2026, 11, 3)
    for typed in ("2026-02-30", "bientôt", "2026-11"):
        with pytest.raises(BadInput, match=typed):
            parse_date(typed)


def test_dates_are_written_in_each_language_without_the_locale() -> None:
    assert format_date(date(2026, 11, 3), "fr", weekday=True) == "mardi 3 novembre 2026"
    assert format_date(date(2026, 11, 1), "fr", weekday=True) == "dimanche 1er novembre 2026"
    assert format_date(date(2027, 2, 15), "fr", weekday=True) == "lundi 15 février 2027"
    assert format_date(date(2026, 11, 3), "en", weekday=True) == "Tuesday 3 November 2026"


def test_clock_and_duration_wording() -> None:
    assert format_clock(time(9, 5), "fr") == "9\u00a0h\u00a005"
    assert format_clock(time(9, 5), "en") == "09:05"
    assert format_duration(45, "fr") == "45\u00a0min"
    assert format_duration(60, "en") == "1\u00a0h"
    assert format_duration(320, "fr") == "5\u00a0h\u00a020"
    assert format_duration(95, "en") == "1\u00a0h\u00a035\u00a0min"
    # A year's hours are grouped like every other figure of the report: « 2 262 h 13 ».
    assert format_duration(135_733, "fr") == "2\u202f262\u00a0h\u00a013"
    assert format_duration(135_720, "en") == "2,262\u00a0h"


# --------------------------------------------------------------------------- formats


def test_the_format_comes_from_the_option_then_the_file_name() -> None:
    from pathlib import Path

    assert choose_format("HTML", Path("x.md")) == "html"
    assert choose_format(None, Path("fiche.html")) == "html"
    assert choose_format(None, Path("fiche.TXT")) == "txt"
    assert choose_format(None, Path("fiche")) == "md"
    assert choose_format(None, Path("séance du 3.11")) == "md"
    assert choose_format(None, None) == "md"
    assert choose_format("txt", Path("fiche.pdf")) == "txt"
    with pytest.raises(BadInput, match="PDF"):
        choose_format(None, Path("fiche.pdf"))
    with pytest.raises(BadInput, match="md, html, txt"):
        choose_format("pdf", None)


def test_phases_in_english_or_french() -> None:
    assert check_phase("during") == "during"
    assert check_phase("Après") == "after"
    with pytest.raises(BadInput):
        check_phase("bientôt")


# --------------------------------------------------------------------------- Markdown escaping


def markdown_tokens(text: str) -> list:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").parse(text)


def inline_text(text: str) -> str:
    """What a Markdown reader shows for ``text`` once rendered (text nodes only)."""
    tokens = markdown_tokens(text)
    out = []
    for token in tokens:
        if token.type == "inline":
            for child in token.children or []:
                assert child.type in ("text", "softbreak", "hardbreak"), (child.type, text)
                out.append(child.content if child.type == "text" else "\n")
    return "".join(out)


@pytest.mark.parametrize(
    "text",
    [
        "# pas un titre",
        "- pas une liste",
        "+ non plus",
        "1. ni ceci",
        "12) ni cela",
        "> pas une citation",
        "*gras* et _italique_ et **fort**",
        "`code` [lien](http://x.invalid) ![img](x.png)",
        "<script>alert(1)</script> & &amp; &copy;",
        "a | b | c",
        "~~barré~~",
        "===",
        "---",
        "***",
        "    quatre espaces",
        "back\\slash\\",
    ],
)
def test_markdown_escaping_keeps_the_text_as_typed(text: str) -> None:
    tokens = markdown_tokens(md_block(text))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], tokens
    assert inline_text(md_block(text)) == text.strip()


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1))
def test_any_single_line_survives_markdown(text: str) -> None:
    line = " ".join(text.split())
    if not line:
        return
    rendered = md_inline(line)
    assert "\n" not in rendered
    assert inline_text(rendered) == line


def test_markdown_paragraphs_and_line_breaks_are_kept() -> None:
    text = "Ligne un\nLigne deux\n\n# Second paragraphe"
    tokens = markdown_tokens(md_block(text))
    assert [t.type for t in tokens].count("paragraph_open") == 2
    first = tokens[1].children
    assert [c.type for c in first] == ["text", "hardbreak", "text"]


def test_markdown_table_cells_keep_pipes_inside() -> None:
    two_lines = md_cell("ligne 1\nligne 2")
    row = f"| {md_cell('a | b')} | {two_lines} |"
    table = "| x | y |\n|---|---|\n" + row + "\n"
    tokens = markdown_tokens(table)
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 2
    inline = [t for t in tokens if t.type == "inline"]
    assert inline[2].content == "a | b"


# --------------------------------------------------------------------------- plain text


def test_wrap_keeps_80_columns_paragraphs_and_indents() -> None:
    text = ("mot " * 60).strip() + "\n\nSecond paragraphe.\nAvec un saut de ligne."
    wrapped = wrap_text(text, indent="    ", first="  - ")
    lines = wrapped.split("\n")
    assert all(len(line) <= 80 for line in lines)
    assert lines[0].startswith("  - mot")
    assert all(line.startswith("    ") for line in lines[1:] if line)
    assert "" in lines  # the paragraph break
    assert lines[-2].strip() == "Second paragraphe."
    assert lines[-1].strip() == "Avec un saut de ligne."


def test_wrap_never_breaks_at_a_non_breaking_space() -> None:
    text = "x" * 76 + " mot\u00a0:"
    assert wrap_text(text).split("\n")[1] == "mot\u00a0:"


def test_paragraphs_split_on_blank_lines_only() -> None:
    assert paragraphs("a\nb\n\n\nc\n") == ["a\nb", "c"]
    assert paragraphs("  ") == []


# --------------------------------------------------------------------------- environment


def test_starter_card_template_still_renders() -> None:
    text = render_template(
        "cards/starter.fr.yaml.j2", id="mon-outil", lever="audace", levers="audace", path="x"
    )
    assert "mon-outil" in text


def test_one_wrap_function() -> None:
    """Text is wrapped in one place (``innovkit.wrapping``), which keeps non-breaking spaces.

    KNOWN, TO BE EMPTIED BY THE LEAD AFTER MERGING issue 9: ``cli/live.py``'s text script,
    which the live engineer moves onto the ``txt`` template."""
    from pathlib import Path

    import innovkit
    from innovkit import wrapping
    from innovkit.documents import templates

    assert templates.wrap_text is wrapping.wrap_text
    src = Path(innovkit.__file__).parent
    known = {"wrapping.py", "cli/live.py"}
    wrapping_by_hand = [
        path.relative_to(src).as_posix()
        for path in src.rglob("*.py")
        if "textwrap" in path.read_text(encoding="utf-8")
        and path.relative_to(src).as_posix() not in known
    ]
    assert wrapping_by_hand == []
    assert wrapping.wrap_lines("un «\u00a0mot\u00a0» ici", 8) == ["un", "«\u00a0mot\u00a0»", "ici"]
