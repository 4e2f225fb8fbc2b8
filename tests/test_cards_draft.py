"""Draft cards: ``cards new`` writes a draft that ``list`` marks, that ``suggest``, ``levers``
and the report leave out, until ``cards ready`` (which refuses a card that does not validate)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def draft(cli: Callable, innovkit_home: Path) -> Path:
    done = cli("cards", "new", "cafe-curieux", "--lang", "fr")
    assert done.exit_code == 0, done
    path = Path(done.stdout.strip())
    assert "status: draft" in path.read_text(encoding="utf-8").splitlines()
    return path


def _ids(cli: Callable, *args: str) -> list[str]:
    result = cli(*args, "--json")
    assert result.exit_code == 0, result
    return [item["id"] for item in json.loads(result.stdout)]


def test_a_new_card_is_a_draft_that_list_marks(cli: Callable, draft: Path) -> None:
    listed = json.loads(cli("list", "--json").stdout)
    assert [t["id"] for t in listed if t["draft"]] == ["cafe-curieux"]
    for lang, mark, note in (
        ("en", "DRAFT · exchanges", "Draft cards are neither suggested"),
        ("fr", "BROUILLON · les échanges", "Les fiches en brouillon ne sont ni suggérées"),
    ):
        shown = cli("list", "--lang", lang)
        assert shown.exit_code == 0, shown
        assert mark in shown.stdout
        assert shown.stdout.count(mark.split(" ")[0]) == 1  # the built-in cards are ready
        assert note in shown.stderr
    # Still usable by its id, to try it out.
    assert cli("show", "cafe-curieux").exit_code == 0
    assert cli("sheet", "cafe-curieux").exit_code == 0


def test_suggest_levers_and_the_report_leave_a_draft_out(cli: Callable, draft: Path) -> None:
    assert "cafe-curieux" not in _ids(cli, "suggest", "--minutes", "30", "--lever", "echanges")
    levers = json.loads(cli("levers", "--json").stdout)
    assert all("cafe-curieux" not in lever["tools"] for lever in levers)
    add = cli("journal", "add", "la-balade", "-d", "2026-11-03", "--no-input")
    assert add.exit_code == 0, add
    report = cli("journal", "export", "--month", "2026-11")
    assert "cafe-curieux" not in report.stdout
    assert cli("cards", "ready", "cafe").exit_code == 0  # by a prefix, as everywhere
    assert "cafe-curieux" in _ids(cli, "suggest", "--minutes", "30", "--lever", "echanges")
    levers = json.loads(cli("levers", "--json").stdout)
    assert any("cafe-curieux" in lever["tools"] for lever in levers)
    assert "cafe-curieux" in cli("journal", "export", "--month", "2026-11").stdout
    assert not any(t["draft"] for t in json.loads(cli("list", "--json").stdout))


def test_cards_ready_refuses_a_card_that_does_not_validate(cli: Callable, draft: Path) -> None:
    broken = draft.read_text(encoding="utf-8").replace("\nversion: 1 ", "\nversion: zero ", 1)
    draft.write_text(broken, encoding="utf-8")
    for lang, words in (
        ("en", "The card “cafe-curieux” does not validate (1 problem above): it stays a draft."),
        ("fr", "La fiche «\u00a0cafe-curieux\u00a0» ne se valide pas (1 problème ci-dessus)"),
    ):
        refused = cli("cards", "ready", "cafe-curieux", "--lang", lang)
        assert refused.exit_code == 2, refused
        assert "version" in refused.stderr and words in refused.stderr
        assert "Traceback" not in refused.stderr
        assert draft.read_text(encoding="utf-8") == broken
    draft.write_text(broken.replace("\nversion: zero ", "\nversion: 1 ", 1), encoding="utf-8")
    done = cli("cards", "ready", "cafe-curieux", "--lang", "fr")
    assert done.exit_code == 0, done
    assert "La fiche «\u00a0cafe-curieux\u00a0» est prête" in done.stderr
    text = draft.read_text(encoding="utf-8")
    assert "status: ready" in text.splitlines() and "# Brouillon" in text  # comments kept
    again = cli("cards", "ready", "cafe-curieux")
    assert again.exit_code == 0 and "already ready: nothing changed" in again.stderr
    builtin = cli("cards", "ready", "audace")
    assert builtin.exit_code == 0 and "“audace-up” is already ready" in builtin.stderr
    unknown = cli("cards", "ready", "nulle-part")
    assert unknown.exit_code == 2 and "No card “nulle-part.yaml”" in unknown.stderr


def test_a_status_other_than_draft_or_ready_is_a_card_error(cli: Callable, draft: Path) -> None:
    draft.write_text(
        draft.read_text(encoding="utf-8").replace("status: draft", "status: fini"), encoding="utf-8"
    )
    checked = cli("cards", "validate", str(draft))
    assert checked.exit_code == 2
    assert "status: unknown status “fini” (possible statuses: draft, ready)." in checked.stderr


def test_a_card_edited_to_ready_by_hand_is_ready(cli: Callable, draft: Path) -> None:
    text = draft.read_text(encoding="utf-8").replace("status: draft", "status: ready")
    draft.write_text(text, encoding="utf-8")
    assert not any(t["draft"] for t in json.loads(cli("list", "--json").stdout))
