"""A short form says what its shorter steps do: a structured variant may give a step its own
instructions, prompts and tips, and its sheet prints the form's description above the timeline
(the facilitator's third read, issue 12: the short sheets kept the full form's « dix minutes »)."""

from __future__ import annotations

from pathlib import Path

import pytest

from innovkit.cards.files import load_card
from innovkit.errors import CardError

GOOD = Path(__file__).resolve().parent / "data" / "cards" / "good" / "cafe-curieux.yaml"
OWN = """    description: "Pour une fin de réunion : un seul objet par binôme."
    steps:
      objets:
        minutes: 10
        instructions: "Un seul objet par binôme, cinq minutes chacun, sans question."
        prompts: ["En une phrase : que dit cet objet de votre journée ?"]
      cloture: 3
"""


def short_card(tmp_path: Path, steps: str = OWN) -> Path:
    text = GOOD.read_text(encoding="utf-8")
    text = text.replace("    steps: {objets: 10, cloture: 3}\n", steps)
    path = tmp_path / "cafe-curieux.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_short_form_step_says_its_own_words(tmp_path: Path) -> None:
    card = load_card(short_card(tmp_path))
    short = {s.id: s for s in card.form("short")}
    assert short["objets"].instructions("fr").startswith("Un seul objet par binôme")
    assert [p("fr") for p in short["objets"].prompts] == [
        "En une phrase : que dit cet objet de votre journée ?"
    ]
    assert short["objets"].tips == card.steps[1].tips  # not given: the card's
    assert short["cloture"].instructions("fr") == card.steps[2].instructions("fr")
    full = {s.id: s for s in card.form(None)}
    assert full["objets"].instructions("fr").startswith("Chacun présente son objet")


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_the_short_sheet_prints_the_form_and_its_own_steps(cli, tmp_path: Path, fmt) -> None:
    folder = short_card(tmp_path).parent
    sheet = cli("--cards", str(folder), "--lang", "fr", "sheet", "cafe-curieux", "--variant",
                "short", "--format", fmt)  # fmt: skip
    assert sheet.exit_code == 0, sheet
    said = sheet.stdout.replace("\n", " ").replace("  ", " ")
    assert "Pour une fin de réunion" in said
    assert "Un seul objet par binôme" in said
    assert "l’autre pose trois questions" not in said


def test_a_step_s_words_in_a_variant_are_checked_with_file_line_and_field(tmp_path: Path) -> None:
    bad = OWN.replace('        prompts: ["En une phrase', '        prompts: [42, "En une phrase')
    path = short_card(tmp_path, bad)
    with pytest.raises(CardError) as caught:
        load_card(path)
    assert caught.value.field == "variants[1].steps.objets.prompts[1]"
    assert caught.value.line == 39
