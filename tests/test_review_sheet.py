"""The sheet of a later moment that gathers the statuses of the first session's items prints a
grid in « À noter pour le journal »: a row per item, a box per status but « annoncé »."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _grid_lines(text: str) -> list[str]:
    start = text.index("où en est chaque ligne")
    return [
        line
        for line in text[start:].splitlines()[2:]
        if line.strip().startswith(tuple("0123456789"))
    ]


def test_the_report_back_sheet_prints_a_blank_grid_one_row_per_person(cli: Callable) -> None:
    done = cli("sheet", "audace-up", "--moment", "report-back", "--format", "txt", "-p", "8",
               "--lang", "fr")  # fmt: skip
    assert done.exit_code == 0, done
    assert "Fait  Adapté  Abandonné  Non rapporté" in done.stdout
    rows = _grid_lines(done.stdout)
    assert len(rows) == 8 and rows[0].startswith("   1. ____") and rows[0].count("[\u00a0]") == 4
    assert "Annoncé" not in done.stdout.split("où en est chaque ligne")[1]
    html = cli("sheet", "audace-up", "--moment", "report-back", "--format", "html", "--lang", "en")
    assert html.exit_code == 0, html
    assert "Dares said out loud: where each line stands" in html.stdout
    grid = html.stdout.split('class="review-grid"')[1].split("</table>")[0]
    assert grid.count('<tr><th scope="row">') == 13  # the card's typical group
    assert '<th scope="col">Not reported</th>' in html.stdout
    review = cli("sheet", "essais-libres", "--moment", "review", "--format", "md", "--lang", "fr")
    assert review.exit_code == 0 and "où en est chaque ligne" in review.stdout


def test_the_first_moments_sheet_has_no_grid(cli: Callable) -> None:
    done = cli("sheet", "audace-up", "--format", "txt", "--lang", "fr")
    assert done.exit_code == 0 and "où en est chaque ligne" not in done.stdout


def test_with_follows_the_grid_carries_the_first_sessions_items(cli: Callable) -> None:
    first = cli("journal", "add", "audace-up", "-d", "2026-11-03", "-p", "6", "--no-input",
                "--outcome", "dares=Parler en réunion; =annoncé",
                "--outcome", "report_back=2026-11-24").stdout.strip()  # fmt: skip
    done = cli("sheet", "audace-up", "--moment", "report-back", "--follows", first[:8],
               "--format", "txt", "--lang", "fr")  # fmt: skip
    assert done.exit_code == 0, done
    rows = _grid_lines(done.stdout)
    assert [row.split("[")[0].strip() for row in rows] == [
        "1. Parler en réunion",
        "2. (sans texte)",
    ]
    html = cli("sheet", "audace-up", "--moment", "report-back", "--follows", first[:8],
               "--format", "html", "--lang", "fr")  # fmt: skip
    assert '<tr><th scope="row">1. Parler en réunion</th>' in html.stdout
    alone = cli("sheet", "audace-up", "--follows", first[:8], "--lang", "fr")
    assert alone.exit_code == 2 and "--follows va avec --moment" in alone.stderr


def test_a_field_that_gathers_three_changes_prints_three_lines_not_one_per_person(cli) -> None:
    """colle-ton-avis keeps « une à trois modifications » (``at_most: 3``): thirty people still
    get three lines at the session, and three grid rows at the follow-up — not thirty."""
    session = cli("--lang", "fr", "sheet", "colle-ton-avis", "--format", "txt", "-p", "30")
    assert session.exit_code == 0, session
    part = session.stdout.split("Modifications retenues")[1].split("Croyance")[0]
    assert sum("___" in line for line in part.splitlines()) == 3, part  # the label's, then two
    later = cli("--lang", "fr", "sheet", "colle-ton-avis", "--moment", "follow-up",
                "--format", "txt", "-p", "30")  # fmt: skip
    assert later.exit_code == 0, later
    grid = later.stdout.split("où en est chaque ligne")[1].split("\n\n")[0]
    assert [line.split(".")[0].strip() for line in grid.splitlines()[2:]] == ["1", "2", "3"]


def test_a_long_item_is_wrapped_in_the_txt_grid_not_cut(cli: Callable) -> None:
    """The grid cut texts at 26 characters (« Proposer un circuit court… »): the whole text
    is now printed, on as many lines as it needs under its number, the boxes on its first."""
    long = "Proposer un circuit court du courrier à ma cheffe de service jeudi"
    first = cli("journal", "add", "audace-up", "-d", "2026-11-03", "-p", "6", "--no-input",
                "--outcome", f"dares={long}; Parler en réunion",
                "--outcome", "report_back=2026-11-24").stdout.strip()  # fmt: skip
    done = cli("sheet", "audace-up", "--moment", "report-back", "--follows", first[:8],
               "--format", "txt", "--lang", "fr")  # fmt: skip
    assert done.exit_code == 0, done
    assert "…" not in done.stdout.split("où en est chaque ligne")[1]
    grid = done.stdout.split("où en est chaque ligne")[1].split("\n\n")[0].splitlines()[2:]
    assert grid[0].startswith("   1. Proposer un circuit court") and "[\u00a0]" in grid[0]
    assert " ".join(line.split("[")[0].strip() for line in grid[:-1]) == f"1. {long}"
    assert all(len(line) <= 80 for line in grid)
    assert grid[-1].startswith("   2. Parler en réunion")


def test_essais_libres_review_prints_four_trial_rows_not_one_per_person(cli: Callable) -> None:
    """« quatre essais au plus » (``at_most: 4``): four grid rows at sixteen, not sixteen."""
    later = cli("--lang", "fr", "sheet", "essais-libres", "--moment", "review",
                "--format", "txt", "-p", "16")  # fmt: skip
    assert later.exit_code == 0, later
    assert [row.split(".")[0].strip() for row in _grid_lines(later.stdout)] == ["1", "2", "3", "4"]


@pytest.mark.parametrize(
    ("tool", "label", "lines"),
    [("la-balade", "Questions posées", 2), ("colle-ton-avis", "Thèmes en tête du vote", 4)],
)
def test_a_field_of_a_few_entries_prints_a_few_lines_at_the_largest_group(
    cli, tool: str, label: str, lines: int
) -> None:
    """The fourth read: 24 lines of « Questions posées » for la-balade's two questions, 30 of
    « Thèmes en tête du vote » for three or four themes."""
    sheet = cli("--lang", "fr", "sheet", tool, "--format", "txt", "-p", "24")
    assert sheet.exit_code == 0, sheet
    part = sheet.stdout.split(label)[1].split("\n")
    following = next(i for i, line in enumerate(part[1:], 1) if not line.strip().startswith("___"))
    assert following == lines, "\n".join(part[:8])  # the label's line, then the rest
