"""``journal import`` and ``journal conflicts`` as two facilitators use them: two real journal
files, exports passed between them, the screen read in French and in English."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from journal_state import snapshot


def _files(path: Path | str) -> dict[str, object]:
    """The journal's files (WAL included) with their bytes; a PostgreSQL journal's rows."""
    if isinstance(path, str):
        return snapshot(path)
    return {
        p.name: p.read_bytes()
        for p in sorted(path.parent.iterdir())
        if p.name.startswith(path.name)
    }


class Two:
    """Claire's and Camille's journals, one session recorded by Claire and passed to Camille."""

    def __init__(self, cli: Callable, folder: Path, claire: Path | str | None = None) -> None:
        self.cli, self.folder = cli, folder
        self.claire = claire or folder / "claire.sqlite3"
        self.camille = folder / "camille.sqlite3"
        added = self.run(self.claire, "journal", "add", "audace-up", "--date", "2026-11-03",
                         "--participants", "8", "--satisfaction", "3", "--note", "Première",
                         "--no-input")  # fmt: skip
        assert added.exit_code == 0, added
        listed = self.run(self.claire, "journal", "list", "--json")
        self.id = json.loads(listed.stdout)[0]["id"]
        shared = self.export(self.claire, "shared.json")
        assert self.run(self.camille, "journal", "import", str(shared)).exit_code == 0

    def run(self, journal: Path | str, *args: str) -> object:
        return self.cli(*args, env={"INNOVKIT_JOURNAL": str(journal)})

    def export(self, journal: Path | str, name: str) -> Path:
        path = self.folder / name
        done = self.run(journal, "journal", "export", "--all", "-o", str(path), "--force")
        assert done.exit_code == 0, done
        return path

    def edit(self, journal: Path | str, *options: str) -> None:
        done = self.run(journal, "journal", "edit", self.id[:8], *options)
        assert done.exit_code == 0, done

    def show(self, journal: Path | str) -> dict:
        return json.loads(self.run(journal, "journal", "show", self.id, "--json").stdout)


@pytest.fixture(params=["sqlite", "postgres"])
def two(cli: Callable, tmp_path: Path, request: pytest.FixtureRequest) -> Two:
    """Claire's journal is a file, then the team's PostgreSQL; Camille's is a file."""
    if request.param == "sqlite":
        return Two(cli, tmp_path)
    return Two(cli, tmp_path, request.getfixturevalue("postgres_cluster").new_journal())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_different_fields_are_both_kept_and_the_same_field_is_a_listed_conflict(
    two: Two, lang: str
) -> None:
    two.edit(two.camille, "--participants", "12", "--satisfaction", "2")
    two.edit(two.claire, "--satisfaction", "5", "--note", "Très bien")  # the later change
    from_camille = two.export(two.camille, "camille.json")
    before = _files(two.claire)
    dry = two.run(two.claire, "journal", "import", str(from_camille), "--dry-run", "--lang", lang)
    assert dry.exit_code == 0, dry
    assert _files(two.claire) == before  # the journal's bytes, WAL included
    done = two.run(two.claire, "journal", "import", str(from_camille), "--lang", lang)
    assert done.exit_code == 0, done
    session = two.show(two.claire)
    assert (session["participants"], session["satisfaction"], session["notes"]) == (
        12,
        5,
        "Très bien",
    )
    if lang == "fr":
        assert "Simulation, rien n’a été écrit" in dry.stderr
        assert "à mettre à jour\u00a0: participants." in dry.stderr
        assert "mis à jour\u00a0: participants." in done.stderr
        assert "Et aussi\u00a0: 1 conflit." in done.stderr
        assert "⚠ Conflit, «\u00a0audace up" in done.stderr
        assert "du 3 novembre 2026 (" in done.stderr
        assert "Gardé\u00a0: «\u00a05\u00a0» (la valeur d’ici" in done.stderr
        assert "mis de côté\u00a0: «\u00a02\u00a0»" in done.stderr
    else:
        assert (
            "Dry run, nothing was written" in dry.stderr
            and "to update: participants." in dry.stderr
        )
        assert "updated: participants." in done.stderr and "Also: 1 conflict." in done.stderr
        assert "Kept: “5” (this journal’s value, the more recent change)" in done.stderr
        assert "set aside: “2”" in done.stderr
    listed = two.run(two.claire, "journal", "conflicts", "--lang", lang)
    assert listed.exit_code == 0, listed
    header, row = listed.stdout.splitlines()
    words = ("Séance", "Champ", "Gardé", "Mis de côté") if lang == "fr" else (
        "Session", "Field", "Kept", "Set aside")  # fmt: skip
    assert all(word in header for word in words)
    assert "satisfaction" in row and " 5 " in row and " 2 " in row
    assert ("1 conflit ouvert." if lang == "fr" else "1 open conflict.") in listed.stderr
    conflict = json.loads(two.run(two.claire, "journal", "conflicts", "--json").stdout)[0]
    assert (conflict["field"], conflict["kept"], conflict["other"]) == ("satisfaction", 5, 2)
    settled = two.run(two.claire, "journal", "conflicts", "--keep-other", conflict["id"][:8],
                      "--lang", lang)  # fmt: skip
    assert settled.exit_code == 0, settled
    assert two.show(two.claire)["satisfaction"] == 2
    empty = two.run(two.claire, "journal", "conflicts", "--lang", lang)
    assert (
        empty.stdout == ""
        and ("Aucun conflit ouvert" if lang == "fr" else "No open conflict") in empty.stderr
    )


def test_accepting_the_kept_value_closes_the_conflict(two: Two) -> None:
    two.edit(two.camille, "--satisfaction", "2")
    two.edit(two.claire, "--satisfaction", "5")
    imported = two.run(two.claire, "journal", "import", str(two.export(two.camille, "c.json")))
    assert imported.exit_code == 0, imported
    # Nothing else changed: the conflict's line still names the session.
    [line] = [line for line in imported.stderr.splitlines() if "⚠" in line]
    assert "of 3 November 2026 (" in line and "satisfaction" in line
    [conflict] = json.loads(two.run(two.claire, "journal", "conflicts", "--json").stdout)
    both = two.run(two.claire, "journal", "conflicts", "--accept", conflict["id"], "--keep-other",
                   conflict["id"])  # fmt: skip
    assert both.exit_code == 2 and "Choose one" in both.stderr
    done = two.run(two.claire, "journal", "conflicts", "--accept", conflict["id"][:8])
    assert done.exit_code == 0 and "keeps “5”" in done.stderr
    assert two.show(two.claire)["satisfaction"] == 5
    assert json.loads(two.run(two.claire, "journal", "conflicts", "--json").stdout) == []
    unknown = two.run(two.claire, "journal", "conflicts", "--accept", "ffff")
    assert unknown.exit_code == 2 and "No conflict has the id" in unknown.stderr
    assert "Traceback" not in unknown.stderr


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_deletion_travels_and_an_older_copy_does_not_come_back(two: Two, lang: str) -> None:
    older = two.export(two.camille, "camille-older.json")
    deleted = two.run(two.claire, "journal", "delete", two.id, "--yes")
    assert deleted.exit_code == 0, deleted
    again = two.run(two.claire, "journal", "import", str(older), "--lang", lang)
    assert again.exit_code == 0, again
    assert ("1 séance supprimée ici non reprise" if lang == "fr" else
            "1 session deleted here not brought back") in again.stderr  # fmt: skip
    assert json.loads(two.run(two.claire, "journal", "list", "--json").stdout) == []
    from_claire = two.export(two.claire, "claire.json")
    before = _files(two.camille)
    dry = two.run(two.camille, "journal", "import", str(from_claire), "--dry-run", "--lang", lang)
    assert _files(two.camille) == before
    assert ("à supprimer, comme dans le fichier importé" if lang == "fr" else
            "to delete, as in the imported file") in dry.stderr  # fmt: skip
    done = two.run(two.camille, "journal", "import", str(from_claire), "--lang", lang)
    assert ("supprimée, comme dans le fichier importé" if lang == "fr" else
            "deleted, as in the imported file") in done.stderr  # fmt: skip
    assert json.loads(two.run(two.camille, "journal", "list", "--json").stdout) == []


def test_the_same_file_twice_adds_nothing_and_a_refused_file_changes_nothing(two: Two) -> None:
    two.edit(two.camille, "--participants", "12")
    from_camille = two.export(two.camille, "camille.json")
    first = two.run(two.claire, "journal", "import", str(from_camille), "--lang", "en")
    assert "1 updated" in first.stderr
    before = _files(two.claire)
    second = two.run(two.claire, "journal", "import", str(from_camille), "--lang", "en")
    assert "0 sessions added, 0 updated, 1 already there" in second.stderr
    assert _files(two.claire) == before
    document = json.loads(from_camille.read_text(encoding="utf-8"))
    document["deletions"] = [{"id": two.id, "when": "yesterday"}]
    from_camille.write_text(json.dumps(document), encoding="utf-8")
    refused = two.run(two.claire, "journal", "import", str(from_camille), "--lang", "en")
    assert refused.exit_code == 2 and "nothing was imported" in refused.stderr
    assert _files(two.claire) == before


def test_actions_merge_part_by_part(two: Two) -> None:
    added = two.run(two.claire, "journal", "edit", two.id[:8], "--action", "Réserver la salle")
    assert added.exit_code == 0, added
    shared = two.export(two.claire, "with-action.json")
    assert two.run(two.camille, "journal", "import", str(shared)).exit_code == 0
    # [0] is the report-back's own action, added with the session (audace-up's later moment).
    action = two.show(two.claire)["actions"][1]["id"]
    # Camille marks it done; Claire adds another action: both kept.
    assert two.run(two.camille, "journal", "action-done", action[:8]).exit_code == 0
    assert (
        two.run(
            two.claire, "journal", "edit", two.id[:8], "--action", "Envoyer les photos"
        ).exit_code
        == 0
    )
    from_camille = two.export(two.camille, "camille.json")
    done = two.run(two.claire, "journal", "import", str(from_camille), "--lang", "fr")
    assert "mis à jour\u00a0: actions." in done.stderr and "⚠" not in done.stderr
    actions = two.show(two.claire)["actions"]
    assert [(a["text"], a["status"]) for a in actions] == [
        ("Report-back — “audace up!” (dare up)", "open"),
        ("Réserver la salle", "done"),
        ("Envoyer les photos", "open"),
    ]
    # Claire reopens it; Camille takes that, then Claire marks it done again: no conflict
    # (Camille's « open » is Claire's own, replaced since).
    assert two.run(two.claire, "journal", "action-done", action[:8], "--reopen").exit_code == 0
    two.export(two.claire, "claire.json")
    assert two.run(two.camille, "journal", "import", str(two.folder / "claire.json")).exit_code == 0
    assert two.run(two.claire, "journal", "action-done", action[:8]).exit_code == 0
    calm = two.run(two.claire, "journal", "import", str(two.export(two.camille, "c1.json")))
    assert "⚠" not in calm.stderr and two.show(two.claire)["actions"][1]["status"] == "done"
    # Now Camille marks it done and reopens it, after Claire: one conflict on its status.
    assert two.run(two.camille, "journal", "action-done", action[:8]).exit_code == 0
    assert two.run(two.camille, "journal", "action-done", action[:8], "--reopen").exit_code == 0
    clash = two.run(two.claire, "journal", "import", str(two.export(two.camille, "c2.json")),
                    "--lang", "fr")  # fmt: skip
    assert f"état de l’action {action[:8]}" in clash.stderr
    assert "Gardé\u00a0: «\u00a0à faire\u00a0» (la valeur importée" in clash.stderr
    assert "mis de côté\u00a0: «\u00a0faite\u00a0»" in clash.stderr
    [conflict] = json.loads(two.run(two.claire, "journal", "conflicts", "--json").stdout)
    assert conflict["field"] == f"actions.status/{action}"
    kept = two.run(two.claire, "journal", "conflicts", "--keep-other", conflict["id"][:8])
    assert kept.exit_code == 0, kept
    assert two.show(two.claire)["actions"][1]["status"] == "done"
