"""A short form frames itself: a structured variant may give its own invitation, objectives,
roles, materials, preparation, debrief and checklist (during, after), and its sheet, kit,
checklist, agenda and guided run say them instead of the full form's (the facilitator's fourth
read, issue 12: la-balade's short sheet gave the timekeeper « douze minutes » in a form that
walks eight)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from innovkit.cards.files import load_card

FOLDER = Path(__file__).resolve().parent / "data" / "cards" / "framing"
CARD = FOLDER / "cafe-court.yaml"
# what only the short form says, and what only the full form says
SHORT = (
    "Un seul objet, cinq minutes chacun",  # invitation
    "Forme les binômes et annonce la mi-temps.",  # role
    "Un objet par binôme",  # materials
    "Demander à chaque binôme d’apporter un seul objet.",  # preparation
    "Qu’a dit l’objet de l’autre ?",  # debrief
)
FULL = (
    "Quel objet de votre bureau raconte le mieux votre métier",
    "Sert le café pendant les vingt minutes",
    "Café pour une heure",
    "Réserver la salle pour une heure.",
    "Qu’avez-vous découvert en vingt minutes ?",
)


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def says(text: str, words: str) -> bool:
    """Whether ``text`` (a sheet in any format) says ``words``."""
    return flat(words) in flat(text).replace("&#39;", "’")


def test_a_form_takes_its_own_framing_and_keeps_the_cards_for_the_rest() -> None:
    card = load_card(CARD)
    short = card.in_form("short")
    assert short.invitation("fr").startswith("Un seul objet")
    assert [r.id for r in short.roles] == ["animateur"]
    assert [m("fr") for m in short.materials] == ["Un objet par binôme"]
    assert [p("fr") for p in short.checklist_phase("before")] == [SHORT[3]]
    assert [d("fr") for d in short.debrief] == [SHORT[4]]
    assert [t("fr") for t in short.checklist_phase("during")] == [
        "Annoncer la mi-temps à cinq minutes"
    ]
    # not given: the card's
    assert short.objectives == card.objectives
    assert short.checklist_phase("after") == card.checklist_phase("after")
    # the form's steps are unchanged, and asking twice changes nothing
    assert short.plan("short") == card.plan("short")
    assert short.in_form("short") == short
    assert card.in_form(None) is card
    assert card.in_form("Version courte") == short  # by its name too


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_the_short_sheet_says_the_forms_own_framing(cli, fmt: str) -> None:
    base = ("--cards", str(FOLDER), "--lang", "fr", "sheet", "cafe-court", "--format", fmt)
    short = cli(*base, "--variant", "short")
    assert short.exit_code == 0, short
    for words in SHORT:
        assert says(short.stdout, words), words
    for words in FULL:
        assert not says(short.stdout, words), words
    full = cli(*base)
    assert full.exit_code == 0, full
    for words in FULL:
        assert says(full.stdout, words), words


def test_the_checklist_of_a_form_is_its_own(cli) -> None:
    base = ("--cards", str(FOLDER), "--lang", "fr", "checklist", "cafe-court", "--format", "md")
    short = cli(*base, "--variant", "short")
    assert short.exit_code == 0, short
    assert says(short.stdout, SHORT[3])
    assert says(short.stdout, "Annoncer la mi-temps à cinq minutes")
    assert says(short.stdout, "Séance notée au journal")  # « après »: the card's
    assert not says(short.stdout, "Réserver la salle pour une heure.")
    assert not says(short.stdout, "Servir le café pendant les objets")
    full = cli(*base)
    assert says(full.stdout, "Réserver la salle pour une heure.")
    unknown = cli(*base, "--variant", "longue")
    assert unknown.exit_code == 2, unknown
    assert "Traceback" not in unknown.stderr


def test_the_kit_of_a_form_prints_its_framing(cli, tmp_path: Path) -> None:
    folder = tmp_path / "kit"
    result = cli(
        "--cards", str(FOLDER), "--lang", "fr", "kit", "cafe-court", "--variant", "short",
        "-o", str(folder),
    )  # fmt: skip
    assert result.exit_code == 0, result
    sheet = (folder / "fiche.md").read_text(encoding="utf-8")
    checklist = (folder / "check-list.md").read_text(encoding="utf-8")
    assert says(sheet, SHORT[0]) and says(sheet, SHORT[2])
    assert says(checklist, SHORT[3]) and not says(checklist, FULL[3])


def test_the_agenda_lists_the_preparation_of_the_form_it_runs(cli) -> None:
    result = cli(
        "--cards", str(FOLDER), "--lang", "fr", "plan", "cafe-court:short", "--format", "md",
    )  # fmt: skip
    assert result.exit_code == 0, result
    assert says(result.stdout, SHORT[3])
    assert not says(result.stdout, FULL[3])


def test_the_run_on_paper_says_the_forms_framing(cli) -> None:
    result = cli(
        "--cards", str(FOLDER), "--lang", "fr", "run", "cafe-court", "--variant", "short",
        "--no-input", "--start", "14:00",
    )  # fmt: skip
    assert result.exit_code == 0, result
    for words in SHORT:
        assert says(result.stdout, words), words
    assert not says(result.stdout, FULL[0])


def test_the_guided_run_ticks_and_asks_the_forms_own_lists(tmp_path: Path) -> None:
    from datetime import datetime

    from innovkit.live.guide import DraftStore, GuidedRun, new_draft
    from innovkit.live.preparation import moment_notes

    card = load_card(CARD)
    now = datetime(2026, 12, 3, 14, 0)
    draft = new_draft(card, "short", now, lang="fr")
    assert draft.checklist == [False]  # one item of preparation, not the card's two
    run = GuidedRun(card, draft, lambda: 0.0, None, DraftStore(tmp_path))  # type: ignore[arg-type]
    assert [p("fr") for p in run.card.checklist_phase("before")] == [SHORT[3]]
    assert [q("fr") for q in run.card.debrief] == [SHORT[4]]
    notes = moment_notes(run.card, "fr", "short")
    assert len(notes) == 1 and "Version courte" in notes[0] and SHORT[0] in flat(notes[0])
    # the whole card has no note: its invitation is on its sheet
    assert moment_notes(card, "fr", None) == []


def test_show_json_gives_each_forms_own_framing(cli) -> None:
    result = cli("--cards", str(FOLDER), "--lang", "fr", "show", "cafe-court", "--json")
    assert result.exit_code == 0, result
    short = json.loads(result.stdout)["variants"][0]
    framing = short["framing"]
    assert set(framing) == {
        "invitation", "roles", "materials", "preparation", "checklist", "debrief",
    }  # fmt: skip
    assert framing["roles"] == [{"id": "animateur", "name": "Animateur", "does": SHORT[1]}]
    assert framing["checklist"] == {"during": ["Annoncer la mi-temps à cinq minutes"]}


def test_a_cached_card_keeps_its_forms_framing(cli) -> None:
    for _ in range(2):  # the second read comes from the card cache
        result = cli("--cards", str(FOLDER), "--lang", "fr", "sheet", "cafe-court",
                     "--variant", "short", "--format", "txt")  # fmt: skip
        assert result.exit_code == 0, result
        assert says(result.stdout, SHORT[0])


@pytest.mark.parametrize(("tool", "left_out"), [
    ("point-silence", "Mots du tour final"),
    ("time-out", "Heures protégées"),
])  # fmt: skip
def test_a_form_records_only_the_fields_it_gathers(cli, tool: str, left_out: str) -> None:
    """point-silence's micro form has no final round: its sheet prints no « Mots du tour
    final » to fill (twenty lines on paper); the whole form still does; the guided run of the
    form does not ask it."""
    from datetime import datetime

    from innovkit.cards.catalogue import load_catalogue
    from innovkit.live.capture import capture_fields
    from innovkit.live.guide import new_draft

    short = cli("sheet", tool, "--variant", "short", "--format", "txt", "--lang", "fr").stdout
    whole = cli("sheet", tool, "--format", "txt", "--lang", "fr").stdout
    assert left_out in whole and left_out not in short
    card = load_catalogue().tools[tool]
    draft = new_draft(card, "short", datetime(2026, 12, 3, 14, 0), lang="fr")
    asked = [f.label for f in capture_fields(card.in_form("short"), draft)]
    assert left_out not in asked and len(asked) > 3
    whole_asked = [
        f.label
        for f in capture_fields(card, new_draft(card, None, datetime(2026, 12, 3, 14), lang="fr"))
    ]
    assert left_out in whole_asked


def test_journal_add_of_a_short_form_warns_only_of_the_fields_it_gathers(cli) -> None:
    done = cli("journal", "add", "time-out", "--variant", "short", "--no-input", "-p", "8",
               "--lang", "fr")  # fmt: skip
    assert done.exit_code == 0, done
    assert "Heures protégées" not in done.stderr  # a sixteen-minute block counts no hours
    whole = cli("journal", "add", "time-out", "--no-input", "-p", "8", "--lang", "fr")
    assert "Heures protégées" in whole.stderr
