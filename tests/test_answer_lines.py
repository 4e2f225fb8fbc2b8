"""Room to write on a run sheet (issue 11): a list the journal gathers from the whole group gets
one writing line per person of this session's group (``--participants``), else of the card's
largest group — in HTML (and so in the PDF), Markdown and plain text alike."""

from __future__ import annotations

import re

import pytest

from innovkit.cards.catalogue import load_catalogue
from innovkit.documents.options import SheetOptions
from innovkit.documents.render import render_sheet


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def html_lines(html: str) -> list[int]:
    """The writing lines under each outcome field of an HTML sheet, field by field."""
    fields = html.split('<div class="field kind-')[1:]
    return [field.count('<span class="write ') for field in fields]


@pytest.mark.parametrize(("participants", "each"), [(6, 6), (None, 20), (9, 9), (25, 25)])
def test_each_list_has_one_line_per_person_of_the_session_s_group(
    catalogue, participants: int | None, each: int
) -> None:
    """audace-up (6 to 20 people) gathers two lists, the dares and the lessons: one line per
    person of the group given, the card's largest group (20) without one, and a group larger
    than the card's range gets its lines too."""
    card = catalogue.tools["audace-up"]
    kinds = [outcome.kind for outcome in card.outcomes]
    assert kinds.count("list") == 2
    html = render_sheet(card, catalogue, SheetOptions("fr", participants=participants), "html")
    expected = [each if kind == "list" else 0 for kind in kinds]
    assert html_lines(html) == expected


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_markdown_and_text_sheets_give_a_list_as_many_lines(catalogue, fmt: str) -> None:
    card = catalogue.tools["dans-la-peau-de-walt"]  # a text field, then two lists
    for participants, each in ((5, 5), (None, card.participants_max)):
        options = SheetOptions("en", participants=participants)
        page = render_sheet(card, catalogue, options, fmt)
        journal = page[page.index("NOTES FOR THE JOURNAL" if fmt == "txt" else "Notes for") :]
        blank = r"^  _{20,}$" if fmt == "txt" else r"^  …{10,}\\?$"  # a line to write on
        runs = [len(run.split("\n")) for run in _blank_runs(journal, blank)]
        # the dream statement: its label's blank and one more; each list: its label's blank and
        # one line per person after it
        assert runs == [1, each - 1, each - 1], (participants, runs)


def _blank_runs(text: str, blank: str) -> list[str]:
    """The runs of consecutive blank lines (lines of underscores alone) in ``text``."""
    lines = text.split("\n")
    runs, current = [], []
    for line in lines:
        if re.match(blank, line):
            current.append(line)
        elif current:
            runs.append("\n".join(current))
            current = []
    return runs
