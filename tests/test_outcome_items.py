"""Outcomes per item (issue 12, item 4): a card's outcome of kind ``items`` keeps each dare,
trial or exchange with its own status, and every way into the journal and out of it keeps and
counts them — the run, ``journal add`` (options and terminal), ``journal edit``, the JSON export
and import, the CSV and the report (« 7 faits, 3 adaptés, 2 abandonnés »)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from innovkit.cards.catalogue import load_catalogue
from innovkit.cards.files import load_card
from innovkit.errors import BadInput, CardError
from innovkit.journal.items import count_statuses, counted_words, item_values, with_status
from innovkit.journal.store import Journal
from innovkit.live.guide import DraftStore, Finished, GuidedRun, Question, new_draft
from innovkit.live.screens import TypingInterrupted

ITEMS = Path(__file__).resolve().parent / "data" / "items"
TYPED = "dares=Parler en réunion=fait; Déléguer un dossier; =abandonné"


def dares() -> Any:
    return load_catalogue().tools["audace-up"].outcome("dares")


# --------------------------------------------------------------------------- the card format


def test_a_card_declares_its_statuses_the_first_true_at_the_session() -> None:
    card = load_card(ITEMS / "defis-du-mois.yaml")
    (outcome,) = card.outcomes
    assert outcome.kind == "items" and outcome.required
    assert [s.id for s in outcome.statuses] == ["told", "lent", "kept"]
    assert outcome.statuses[0].plural("fr") == "Racontés" and outcome.statuses[2].plural is None


BAD = {
    # fixture: (line, field, words of the message)
    "items-without-statuses": (42, "outcomes[1].statuses", "lists its statuses"),
    "items-one-status": (44, "outcomes[1].statuses", "at least 2"),
    "statuses-on-a-list": (44, "outcomes[1].statuses", "only for fields of kind items"),
    "note-on-a-list": (44, "outcomes[1].note", "“note” is only for fields of kind items"),
    "items-status-twice": (44, "outcomes[1].statuses", "“told” is used twice"),
    "items-status-no-label": (46, "outcomes[1].statuses[2].label", "required"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_items_outcome_is_refused_with_file_line_and_field(name: str) -> None:
    line, field, words = BAD[name]
    path = ITEMS / f"{name}.yaml"
    with pytest.raises(CardError) as caught:
        load_card(path)
    assert (caught.value.line, caught.value.field) == (line, field)
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_the_built_in_cards_keep_dares_trials_exchanges_and_intentions_per_item() -> None:
    tools = load_catalogue().tools
    kept = {tool: [o.id for o in tools[tool].outcomes if o.kind == "items"] for tool in tools}
    assert {tool: ids for tool, ids in kept.items() if ids} == {
        "audace-up": ["dares"],
        "essais-libres": ["probes"],
        "apprenons-nous": ["exchanges"],
        "time-out": ["intentions"],
        "la-balade": ["connections"],
        "colle-ton-avis": ["changes"],
        "en-immersion": ["proposals"],
    }
    # « the most frequent » is gone: the per-item record replaces it
    assert tools["audace-up"].outcome("result") is None
    assert tools["essais-libres"].outcome("status") is None
    # where an item keeps what people said, its help keeps the small-group rule
    for tool, ident in (("audace-up", "dares"), ("essais-libres", "probes"),
                        ("apprenons-nous", "exchanges"), ("time-out", "intentions")):  # fmt: skip
        outcome = tools[tool].outcome(ident)
        assert "regroupez" in outcome.help("fr") and "group" in outcome.help("en")


# --------------------------------------------------------------------------- typing items


def test_items_are_typed_text_equals_status_the_status_by_any_of_its_names() -> None:
    typed = "Parler en réunion=fait; Déléguer un dossier; =ABANDONNES; Dire non=adapted"
    assert item_values(dares(), typed) == [
        {"text": "Parler en réunion", "status": "done"},
        {"text": "Déléguer un dossier", "status": "announced"},  # true at the session
        {"text": "", "status": "dropped"},  # no text, in a small group
        {"text": "Dire non", "status": "adapted"},
    ]
    # a text with an « = » of its own is kept whole; words after the last « = » are a status
    assert item_values(dares(), "voir https://a.example/?x=1") == [
        {"text": "voir https://a.example/?x=1", "status": "announced"}
    ]
    assert item_values(dares(), "2+2=4")[0] == {"text": "2+2=4", "status": "announced"}
    assert item_values(dares(), "2+2=4=fait")[0] == {"text": "2+2=4", "status": "done"}


@pytest.mark.parametrize("typed", ["Parler=fini", "Parler=", "", " ; "])
def test_an_unknown_status_or_nothing_is_refused_with_a_sentence(typed: str) -> None:
    if typed == "Parler=":
        assert item_values(dares(), typed) == [{"text": "Parler", "status": "announced"}]
        return
    with pytest.raises(BadInput) as caught:
        item_values(dares(), typed)
    said = caught.value.words("fr")
    if "fini" in typed:
        assert (
            "«\u00a0fini\u00a0» n’est pas un statut de «\u00a0Défis dits à voix haute\u00a0»"
            in said
        )
        assert "Fait (done)" in said and "TEXTE=STATUT" in said
    else:
        assert "est vide" in said


def test_an_item_s_note_follows_its_status_in_brackets() -> None:
    assert item_values(dares(), "Déléguer=abandonné (pas le temps)") == [
        {"text": "Déléguer", "status": "dropped", "note": "pas le temps"}
    ]
    items = item_values(dares(), "a=fait; b")
    changed = with_status(dares(), items, 2, "adapté (en décembre)")
    assert changed[1] == {"text": "b", "status": "adapted", "note": "en décembre"}
    assert with_status(dares(), changed, 2, "fait")[1] == {"text": "b", "status": "done"}
    assert load_card(ITEMS / "defis-du-mois.yaml").outcomes[0].item_note is None
    assert dares().item_note("fr") == "Pourquoi, en un mot (facultatif)"


def test_one_item_s_status_changes_by_its_number() -> None:
    items = item_values(dares(), "a=fait; b")
    assert with_status(dares(), items, 2, "adapté")[1] == {"text": "b", "status": "adapted"}
    assert with_status(dares(), items, 2, "c=abandonné")[1] == {"text": "c", "status": "dropped"}
    with pytest.raises(BadInput) as caught:
        with_status(dares(), items, 3, "fait")
    assert "has no item number 3: it has 2" in caught.value.words("en")


def test_counts_read_like_a_sentence_in_both_languages() -> None:
    values = [
        item_values(dares(), "=fait; =fait; =adapté"),
        ["an old dare, before statuses"],  # counted with the status true at the session
        item_values(dares(), "=fait; =abandonné; =abandonné"),
    ]
    counts = count_statuses(dares(), values)
    assert counted_words(counts, "fr") == "1 annoncé, 3 faits, 1 adapté, 2 abandonnés"
    assert counted_words(counts, "en") == "1 announced, 3 done, 1 adapted, 2 dropped"


# --------------------------------------------------------------------------- the guided run


class Clock:
    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return datetime(2026, 11, 3, 14, 0).astimezone() + timedelta(seconds=self.seconds)


class Answering:
    """Keys given in advance; answers by question key (each a queue), Enter elsewhere; an
    answer ``TypingInterrupted`` is raised (Ctrl-C)."""

    def __init__(self, keys: list[Any], answers: dict[str, list[Any]]) -> None:
        self.keys, self.answers = list(keys), answers
        self.questions: list[Question] = []

    def show(self, screen: Any) -> None:
        pass

    def key(self, timeout: float | None) -> str | None:
        return self.keys.pop(0)

    def ask(self, question: Question) -> str:
        self.questions.append(question)
        queue = self.answers.get(question.key) or []
        answer = queue.pop(0) if queue else ""
        if isinstance(answer, TypingInterrupted):
            raise answer
        return str(answer)

    def ring(self) -> None:
        pass


STEPS = ["enter", *["n"] * 7]  # the checklist, then audace-up's seven steps at once


def _run(tmp_path: Path, console: Answering, draft: Any = None) -> Any:
    card = load_catalogue().tools["audace-up"]
    clock = Clock()
    resumed = draft is not None
    draft = draft or new_draft(card, None, clock.now(), lang="fr")
    store = DraftStore(tmp_path / "drafts")

    def record(card: Any, draft: Any) -> Any:
        from innovkit.live.capture import session_from_draft

        return session_from_draft(card, draft)

    run = GuidedRun(card, draft, clock, console, store, record, bell=False, resumed=resumed)
    return run.run(), store


def test_the_run_asks_each_item_s_text_then_its_status_and_an_empty_text_ends(
    tmp_path: Path,
) -> None:
    console = Answering(
        STEPS,
        {
            "outcome.dares": ["Parler en réunion", "-", "Dire non", ""],
            "outcome.dares.status": ["", "fiat", "4", "fait"],  # Enter: « annoncé »
            "outcome.dares.note": ["pas le temps", ""],  # asked after a later status only
            "outcome.zone": ["2"],
            "outcome.report_back": ["2026-11-24"],
        },
    )
    result, _ = _run(tmp_path, console)
    assert isinstance(result, Finished)
    assert result.session.outcomes["dares"] == [
        {"text": "Parler en réunion", "status": "announced"},
        {"text": "", "status": "dropped", "note": "pas le temps"},  # « fiat » refused, then 4
        {"text": "Dire non", "status": "done"},  # its note left empty
    ]
    notes = [q for q in console.questions if q.key == "outcome.dares.note"]
    assert [q.label for q in notes] == ["Pourquoi, en un mot (facultatif)"] * 2
    asked = [q for q in console.questions if q.key == "outcome.dares.status"]
    assert asked[0].label == "Statut de «\u00a0Parler en réunion\u00a0»"
    assert asked[0].default == "Annoncé" and asked[0].choices[1] == ("done", "Fait")
    assert asked[1].label == "Statut de «\u00a0(sans texte)\u00a0»"
    assert asked[2].error == (
        "«\u00a0fiat\u00a0» n’est pas un de ces statuts\u00a0: "
        "tapez son numéro, de 1 à 5, ou son nom."
    )
    items = [q.item for q in console.questions if q.key == "outcome.dares"]
    assert items == [1, 2, 3, 4]


def test_ctrl_c_between_an_item_s_text_and_its_status_asks_the_status_on_resuming(
    tmp_path: Path,
) -> None:
    stop = TypingInterrupted("")
    console = Answering(STEPS, {"outcome.dares": ["Oser dire non"], "outcome.dares.status": [stop]})
    with pytest.raises(KeyboardInterrupt):
        _run(tmp_path, console)
    store = DraftStore(tmp_path / "drafts")
    draft = store.latest("audace-up")
    assert draft.answers["outcome.dares"] == [{"text": "Oser dire non"}]  # kept on disk

    console = Answering(
        [],
        {
            "outcome.dares": [""],
            "outcome.dares.status": ["adapté"],
            "outcome.zone": ["1"],
            "outcome.report_back": ["2026-11-24"],
        },
    )
    result, _ = _run(tmp_path, console, draft)
    assert console.questions[0].key == "outcome.dares.status"  # its status first
    assert result.session.outcomes["dares"] == [{"text": "Oser dire non", "status": "adapted"}]


# --------------------------------------------------------------------------- the journal


def _add(cli: Callable, *extra: str) -> Any:
    return cli(
        "journal", "add", "audace-up", "-d", "2026-11-03", "-p", "8", "--outcome", TYPED,
        "--outcome", "zone=stretch", "--outcome", "report_back=2026-11-24", *extra, "--no-input",
    )  # fmt: skip


def test_journal_add_takes_items_as_options_and_adds_a_repeated_outcome_s_items(
    cli: Callable, journal_path_items: Path
) -> None:
    done = _add(cli, "--outcome", "dares=Dire non=adaptés")
    assert done.exit_code == 0, done
    with Journal(journal_path_items) as journal:
        (session,) = journal.sessions()
    assert [d["status"] for d in session.outcomes["dares"]] == [
        "done", "announced", "dropped", "adapted"
    ]  # fmt: skip
    shown = cli("journal", "show", done.stdout.strip()[:8], "--lang", "fr").stdout
    assert "1. Parler en réunion — Fait ; 2. Déléguer un dossier — Annoncé" in shown
    assert "3. (sans texte) — Abandonné" in shown
    assert "(1 annoncé, 1 fait, 1 adapté, 1 abandonné)" in shown


def test_journal_add_refuses_an_unknown_status_and_records_nothing(
    cli: Callable, journal_path_items: Path
) -> None:
    refused = _add(cli, "--outcome", "dares=Parler=fini", "--lang", "fr")
    assert refused.exit_code == 2, refused
    assert "«\u00a0fini\u00a0» n’est pas un statut" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not journal_path_items.exists() or Journal(journal_path_items).count() == 0


def test_journal_edit_changes_one_item_s_status(cli: Callable, journal_path_items: Path) -> None:
    ident = _add(cli).stdout.strip()[:8]
    assert cli("journal", "edit", ident, "--outcome", "dares.2=fait").exit_code == 0
    changed = cli("journal", "edit", ident, "--outcome", "Défis dits à voix haute.3=non rapporté")
    assert changed.exit_code == 0, changed
    with Journal(journal_path_items) as journal:
        (session,) = journal.sessions()
    assert [d["status"] for d in session.outcomes["dares"]] == ["done", "done", "unreported"]
    for args, words in (
        (("dares.9=fait",), "n’a pas d’élément n°\u00a09"),
        (("dares.1=fini",), "n’est pas un statut"),
        (("zone.1=fait",), "n’a pas d’éléments numérotés"),
    ):
        refused = cli("journal", "edit", ident, "--outcome", *args, "--lang", "fr")
        assert refused.exit_code == 2 and words in refused.stderr, refused
    with Journal(journal_path_items) as journal:
        assert journal.sessions()[0].outcomes == session.outcomes  # left as it was


def test_export_then_import_keeps_items_and_an_unknown_status_is_refused(
    cli: Callable, journal_path_items: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(cli)
    exported = tmp_path / "camille.json"
    assert cli("journal", "export", "--all", "-o", str(exported)).exit_code == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    items = document["sessions"][0]["outcomes"]["dares"]
    assert items[0] == {"text": "Parler en réunion", "status": "done"}

    other = tmp_path / "claire.sqlite3"
    monkeypatch.setenv("INNOVKIT_JOURNAL", str(other))
    assert cli("journal", "import", str(exported)).exit_code == 0
    with Journal(other) as journal:
        assert journal.sessions()[0].outcomes["dares"] == items  # round trip

    items[1]["status"] = "reussi"
    document["sessions"][0]["id"] = "5e551011-0000-4000-8000-00000000000a"
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(document), encoding="utf-8")
    refused = cli("journal", "import", str(wrong), "--lang", "fr")
    assert refused.exit_code == 2, refused
    assert "séance n° 1" in refused.stderr and "«\u00a0reussi\u00a0»" in refused.stderr
    assert "Rien n’a été importé" in refused.stderr
    with Journal(other) as journal:
        assert journal.count() == 1  # left as it was


def test_an_old_session_s_list_and_former_result_still_show(
    cli: Callable, journal_path_items: Path, tmp_path: Path
) -> None:
    old = {
        "id": "5e551011-0000-4000-8000-00000000000b",
        "date": "2026-10-06",
        "tool": "audace-up",
        "lever": "audace",
        "outcomes": {"dares": ["Parler en premier", "Dire non"], "result": "done"},
        "created_at": "2026-10-06T18:00:00+00:00",
        "updated_at": "2026-10-06T18:00:00+00:00",
    }
    file = tmp_path / "old.json"
    file.write_text(json.dumps({"format": "innovkit-journal", "version": 1, "sessions": [old]}))
    assert cli("journal", "import", str(file)).exit_code == 0
    shown = cli("journal", "show", "5e551011", "--lang", "fr").stdout
    assert "1. Parler en premier — Annoncé ; 2. Dire non — Annoncé (2 annoncés)" in shown
    assert "result\u00a0: done" in shown
    # and it is counted, then edited like any other
    assert cli("journal", "edit", "5e551011", "--outcome", "dares.2=fait").exit_code == 0
    report = cli("journal", "export", "--month", "2026-10", "--format", "md", "--lang", "fr")
    assert "| 1 annoncé, 1 fait |" in report.stdout


def test_the_csv_counts_each_status_and_the_report_says_it_in_a_sentence(
    cli: Callable, journal_path_items: Path, tmp_path: Path
) -> None:
    _add(cli)
    _add(cli, "--outcome", "dares=Dire non=fait")
    report = cli("journal", "export", "--month", "2026-11", "--format", "md", "--lang", "fr")
    assert "| Défis dits à voix haute | 2 annoncés, 3 faits, 2 abandonnés | 2 |" in report.stdout
    english = cli("journal", "export", "--month", "2026-11", "--format", "md", "--lang", "en")
    assert "2 announced, 3 done, 2 dropped" in english.stdout
    target = tmp_path / "séances.csv"
    assert cli("journal", "export", "--all", "-o", str(target), "--lang", "en").exit_code == 0
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [row["Dares said out loud: Done"] for row in rows] == ["1", "2"]
    assert rows[0]["Dares said out loud"] == (
        "Parler en réunion (Done) ; Déléguer un dossier (Announced) ; (no text) (Dropped)"
    )


# --------------------------------------------------------------------------- at a terminal


def test_journal_add_at_a_terminal_asks_each_item_then_its_status(
    cli: Callable, journal_path_items: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from innovkit.cli import ask
    from innovkit.cli.journal import common

    monkeypatch.setattr(common, "interactive", lambda no_input=False: not no_input)
    keys = (
        "\r"  # co-facilitators: none
        "Parler en réunion\r2\r\r"  # an item, its status by number, no note
        "-\r\r"  # no text; Enter: the status true at the session
        "Dire non\rfiat\r4\rpas le temps\r"  # a status refused, asked again; a note
        "\r" + "\r" * 12  # an empty text ends the list  # the other questions: skipped
    )
    with create_pipe_input() as pipe, ask.talking_to(pipe, DummyOutput()):
        pipe.send_text(keys)
        done = cli(
            "journal", "add", "audace-up", "-d", "2026-11-03", "-p", "8", "-f", "Camille",
            "-s", "DRH", "--setting", "indoor", "--satisfaction", "4",
            "--outcome", "zone=stretch", "--outcome", "report_back=2026-11-24", "--lang", "fr",
        )  # fmt: skip
    assert done.exit_code == 0, done
    assert "Statut de «\u00a0Parler en réunion\u00a0»" in done.stderr
    with Journal(journal_path_items) as journal:
        (session,) = journal.sessions()
    assert session.outcomes["dares"] == [
        {"text": "Parler en réunion", "status": "done"},
        {"text": "", "status": "announced"},
        {"text": "Dire non", "status": "dropped", "note": "pas le temps"},
    ]


@pytest.fixture
def journal_path_items(innovkit_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = innovkit_home / "journal-items.sqlite3"
    monkeypatch.setenv("INNOVKIT_JOURNAL", str(path))
    return path


def test_the_printed_sheet_leaves_lines_to_write_the_items_on(cli: Callable) -> None:
    sheet = cli("sheet", "audace-up", "--format", "txt", "--lang", "fr").stdout.splitlines()
    at = next(i for i, line in enumerate(sheet) if "Défis dits à voix haute" in line)
    assert sheet[at + 1].strip().startswith("____")  # like a list's, not a bare label


def test_both_stores_keep_items_and_one_item_s_new_status(journal_at: str) -> None:
    from innovkit.journal.building import edit_session, new_session

    card = load_catalogue().tools["audace-up"]
    session = new_session(card, date="2026-11-03", outcomes=[TYPED, "zone=stretch"])
    with Journal(journal_at) as journal:
        journal.add(session)
        stored = journal.get(session.id[:8])
        assert stored.outcomes["dares"] == session.outcomes["dares"]
        journal.update(edit_session(card, stored, outcomes=["dares.2=adapté"]))
        statuses = [d["status"] for d in journal.get(session.id[:8]).outcomes["dares"]]
    assert statuses == ["done", "adapted", "dropped"]


@pytest.mark.parametrize("typed", ["fait; adapté; abandonné (pas le temps)", "Fait"])
def test_statuses_alone_are_not_taken_for_the_items_texts(
    cli: Callable, journal_path_items: Path, typed: str
) -> None:
    """« dares=fait; adapté » — the form a later moment takes — given to the first session
    would have replaced the dares' texts with status words: refused, with the two right forms,
    and the session stays as it was."""
    ident = cli("journal", "add", "audace-up", "--no-input", "-d", "2026-11-03", "-p", "6",
                "--outcome", "dares=Parler en réunion; Déléguer un dossier",
                "--lang", "fr").stdout.strip()  # fmt: skip
    refused = cli("journal", "edit", ident[:8], "--outcome", f"dares={typed}", "--lang", "fr")
    assert refused.exit_code == 2, refused
    said = " ".join(refused.stderr.split())
    assert "ne donne que des statuts de « Défis dits à voix haute », sans leurs textes" in said
    assert "« --outcome dares.1=fait »" in said and "« =fait »" in said
    with Journal(journal_path_items) as journal:
        (session,) = journal.sessions()
    assert [d["text"] for d in session.outcomes["dares"]] == [
        "Parler en réunion",
        "Déléguer un dossier",
    ]
    # an item without a text is still written « =fait »
    assert (
        cli("journal", "edit", ident[:8], "--outcome", "dares=Parler=fait; =adapté").exit_code == 0
    )
