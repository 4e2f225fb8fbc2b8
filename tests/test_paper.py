"""What facilitators still did on paper: the attendance sheet (``sheet TOOL --attendance``) and
the participants' summary (``journal summary ID``), in both languages and every format."""

from __future__ import annotations

import html.parser
import os
from collections.abc import Callable
from pathlib import Path

import pytest


def test_attendance_sheet_has_one_line_per_participant(cli: Callable) -> None:
    done = cli(
        "sheet", "audace-up", "--attendance", "--participants", "7", "--date", "2026-12-08",
        "--start", "14:00", "--facilitator", "Camille Martin", "--format", "md", "--lang", "fr",
    )  # fmt: skip
    assert done.exit_code == 0, done
    page = done.stdout
    assert page.startswith("# Feuille d’émargement — «\u00a0audace up\u202f!\u00a0»")
    assert "| N° | Nom et prénom | Service | Signature |" in page
    assert [n for n in range(1, 20) if f"\n| {n} | | | |" in page] == list(range(1, 8))
    # audace up timed for 7 people: « say it » takes 2 min + 45 s each, 43 min in all
    assert "mardi 8 décembre 2026" in page and "14\u00a0h\u00a000 – 14\u00a0h\u00a043" in page
    assert "Camille Martin" in page
    assert "innovkit n’enregistre aucun nom" in page


def test_attendance_sheet_defaults_to_the_card_s_largest_group(cli: Callable) -> None:
    done = cli("sheet", "audace", "--attendance", "--format", "txt")
    assert done.exit_code == 0, done
    numbered = [line for line in done.stdout.splitlines() if line.strip()[:1].isdigit()]
    assert len(numbered) == 20  # audace-up is for 6 to 20 people
    assert "No.  Name" in done.stdout and "Department" in done.stdout
    assert "Signature" in done.stdout and "records no name" in done.stdout


class _Rows(html.parser.HTMLParser):
    """Counts the rows of the tables' bodies."""

    def __init__(self) -> None:
        super().__init__()
        self.body_rows = 0
        self.in_body = False

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "tbody":
            self.in_body = True
        elif tag == "tr" and self.in_body:
            self.body_rows += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "tbody":
            self.in_body = False


def test_attendance_sheet_in_html_and_nothing_stored(
    cli: Callable, innovkit_home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "emargement.html"
    done = cli("sheet", "la-balade", "--attendance", "-p", "12", "-o", str(target))
    assert done.exit_code == 0, done
    rows = _Rows()
    rows.feed(target.read_text(encoding="utf-8"))
    assert rows.body_rows == 3 + 12  # the facts at the top, then one line per participant
    assert not (innovkit_home / "data" / "journal.sqlite3").exists()  # no name, no journal
    two = cli("sheet", "audace", "la-balade", "--attendance")
    assert two.exit_code == 2
    assert "An attendance sheet is for one tool at a time" in two.stderr


def test_attendance_sheet_as_pdf(cli: Callable, tmp_path: Path) -> None:
    try:
        import pypdf
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:
        if os.environ.get("INNOVKIT_REQUIRE_PDF") == "1":
            pytest.fail(f"WeasyPrint required here (INNOVKIT_REQUIRE_PDF=1): {exc}")
        pytest.skip(f"WeasyPrint cannot run here: {exc}")
    target = tmp_path / "emargement.pdf"
    done = cli("sheet", "audace", "--attendance", "-p", "8", "--lang", "fr", "-o", str(target))
    assert done.exit_code == 0, done
    reader = pypdf.PdfReader(str(target))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "ÉMARGEMENT" in text.upper() and "Signature" in text


# --------------------------------------------------------------------------- summary


@pytest.fixture
def session_id(cli: Callable) -> str:
    done = cli(
        "journal", "add", "audace-up", "--no-input", "--date", "2026-11-20", "--start", "14:00",
        "-p", "8", "--facilitator", "Claire Martin", "-s", "DRH", "--outcome",
        "report_back=2026-12-10", "--idea", "Un mur des défis", "--decision",
        "On recommence en janvier", "-a", "Envoyer le compte rendu; Camille; 2026-11-30",
        "--note", "Paul était fatigué", "--satisfaction", "2", "--lang", "fr",
    )  # fmt: skip
    assert done.exit_code == 0, done
    return done.stdout.strip()[:8]


def test_summary_in_markdown_for_an_e_mail(cli: Callable, session_id: str) -> None:
    done = cli("journal", "summary", session_id, "--lang", "fr")
    assert done.exit_code == 0, done
    page = done.stdout
    assert page.startswith(
        "## Compte rendu — «\u00a0audace up\u202f!\u00a0», 20 novembre 2026, 14\u00a0h\u00a000\n"
    )
    assert "Animation\u00a0: Claire Martin · 8 participants · Services\u00a0: DRH" in page
    assert "- Un mur des défis" in page and "- On recommence en janvier" in page
    assert "- Envoyer le compte rendu — Camille — pour le 30 novembre 2026" in page
    # The follow-up date: an action, and the next date.
    # (audace-up's report-back is a moment of its own: its action says so.)
    assert (
        "- Retour d’expérience — «\u00a0audace up\u202f!\u00a0» — Claire Martin — pour le "
        "10 décembre 2026" in page
    )
    assert "**Prochain rendez-vous**" in page
    assert "Date du point d’étape\u00a0: jeudi 10 décembre 2026" in page
    # Nothing private.
    assert "fatigué" not in page and "2/5" not in page


def test_summary_in_text_and_html(cli: Callable, session_id: str, tmp_path: Path) -> None:
    text = cli("journal", "summary", session_id, "--format", "txt", "--lang", "en")
    assert text.exit_code == 0, text
    assert text.stdout.startswith("Summary — “audace up!” (dare up), 20 November 2026, 14:00\n===")
    assert "Who does what\n- Envoyer le compte rendu — Camille — by 30 November 2026" in text.stdout
    assert "Next date\n- Report-back date: Thursday 10 December 2026" in text.stdout
    assert max(len(line) for line in text.stdout.splitlines()) <= 80
    target = tmp_path / "compte-rendu.html"
    written = cli("journal", "summary", session_id, "-o", str(target), "--lang", "fr")
    assert written.exit_code == 0 and written.stdout == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fr">' in page
    assert '<td style="padding: 2px 8px;">Camille</td>' in page
    again = cli("journal", "summary", session_id, "-o", str(target))
    assert again.exit_code != 0 and target.read_text(encoding="utf-8") == page  # no --force


def test_summary_of_an_empty_session_and_bad_input(cli: Callable) -> None:
    ident = cli("journal", "add", "la-balade", "--no-input", "-d", "2026-11-03").stdout.strip()
    done = cli("journal", "summary", ident[:8], "--lang", "fr")
    assert "Aucune idée, décision ni action n’a été notée" in done.stdout
    bad = cli("journal", "summary", ident[:8], "--format", "docx")
    assert bad.exit_code == 2 and "Traceback" not in bad.stderr
    unknown = cli("journal", "summary", "abcdef12")
    assert unknown.exit_code == 2 and "No session has the id" in unknown.stderr
