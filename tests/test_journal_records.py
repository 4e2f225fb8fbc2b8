"""What a facilitator types, checked: dates, times, months, marks, actions, outcomes, and the
sessions built from them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innovkit.cards.files import load_card
from innovkit.cards.model import Card
from innovkit.dates import format_date, format_month, parse_date, parse_month, parse_time
from innovkit.errors import BadInput
from innovkit.journal.records import (
    Action,
    Session,
    StepTiming,
    check_session,
    edit_session,
    missing_outcomes,
    new_session,
    parse_action,
    parse_minutes,
    parse_outcome,
    parse_participants,
    parse_satisfaction,
    parse_setting,
    session_data,
    session_from_data,
)

CARDS = Path(__file__).parent / "data" / "journal" / "cards"


@pytest.fixture
def card() -> Card:
    return load_card(CARDS / "atelier-test.yaml")


def one_sentence(problem: BadInput) -> str:
    text = str(problem)
    assert "\n" not in text and text.endswith("."), text
    return text


# --------------------------------------------------------------------------- dates and times


def test_dates_in_both_spellings() -> None:
    assert parse_date("2026-11-03") == date(2026, 11, 3)
    assert parse_date(" 03/11/2026 ") == date(2026, 11, 3)
    assert parse_date("2028-02-29") == date(2028, 2, 29)
    assert parse_date("today", today=date(2026, 5, 1)) == date(2026, 5, 1)
    assert parse_date("hier", today=date(2026, 5, 1)) == date(2026, 4, 30)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("2026-02-30", "February 2026 has only 28 days"),
        ("2027-02-29", "February 2027 has only 28 days"),
        ("2026-04-31", "April 2026 has only 30 days"),
        ("2026-13-01", "the month goes from 01 to 12"),
        ("3 brumaire", "write it as YYYY-MM-DD"),
        ("12/31", "write the day first, then the month (31/12)"),
        ("", "write it as YYYY-MM-DD"),
        ("2026-11-03T10:00", "write it as YYYY-MM-DD"),
    ],
)
def test_impossible_dates_say_why(typed: str, words: str) -> None:
    with pytest.raises(BadInput) as problem:
        parse_date(typed)
    assert words in one_sentence(problem.value)


def test_impossible_date_in_french() -> None:
    with pytest.raises(BadInput) as problem:
        parse_date("2026-02-30")
    assert problem.value.words("fr") == (
        "«\u00a02026-02-30\u00a0» n’est pas une date qui existe\u00a0: "
        "février 2026 n’a que 28 jours."
    )


def test_times() -> None:
    assert parse_time("14:00") == time(14, 0)
    assert parse_time("9:05") == time(9, 5)
    assert parse_time("14h30") == time(14, 30)
    assert parse_time("14h") == time(14, 0)
    for typed in ("24:00", "12:60", "14", "noon", "-1:00"):
        with pytest.raises(BadInput):
            parse_time(typed)


def test_months() -> None:
    assert parse_month("2026-11") == (2026, 11)
    assert parse_month("novembre 2026") == (2026, 11)
    assert parse_month("Août 2026") == (2026, 8)
    assert parse_month("February 2027") == (2027, 2)
    with pytest.raises(BadInput) as problem:
        parse_month("2026-13")
    assert "from 01 to 12" in one_sentence(problem.value)
    with pytest.raises(BadInput):
        parse_month("2026/11")


def test_dates_and_months_in_words() -> None:
    assert format_date(date(2026, 11, 3), "fr") == "3 novembre 2026"
    assert format_date(date(2026, 11, 1), "fr") == "1er novembre 2026"
    assert format_date(date(2026, 8, 15), "fr") == "15 août 2026"
    assert format_date(date(2026, 11, 1), "en") == "1 November 2026"
    assert format_month(2026, 12, "fr") == "décembre 2026"


# --------------------------------------------------------------------------- numbers


def test_marks_counts_and_minutes() -> None:
    assert parse_satisfaction(" 4 ") == 4
    assert parse_participants("12") == 12
    assert parse_minutes("45") == 45
    assert parse_minutes("1h30") == 90
    assert parse_minutes("2h") == 120
    assert parse_minutes("45 min") == 45


@pytest.mark.parametrize("typed", ["9", "0", "4.5", "quatre", "", "-1"])
def test_bad_satisfaction(typed: str) -> None:
    with pytest.raises(BadInput) as problem:
        parse_satisfaction(typed)
    assert "from 1 to 5" in one_sentence(problem.value)


@pytest.mark.parametrize("typed", ["-3", "0", "douze", "3.5", "1000001"])
def test_bad_participants(typed: str) -> None:
    with pytest.raises(BadInput) as problem:
        parse_participants(typed)
    assert "at least 1" in one_sentence(problem.value)


@pytest.mark.parametrize("typed", ["-5", "0", "beaucoup", "h"])
def test_bad_minutes(typed: str) -> None:
    with pytest.raises(BadInput):
        parse_minutes(typed)


def test_settings_in_either_language() -> None:
    assert parse_setting("remote") == "remote"
    assert parse_setting("À distance") == "remote"
    assert parse_setting("en salle") == "indoor"
    with pytest.raises(BadInput):
        parse_setting("sur la lune")


@pytest.mark.parametrize(
    ("typed", "setting"),
    [
        ("indoor", "indoor"),
        ("OUTDOOR", "outdoor"),
        ("Remote", "remote"),
        ("en salle", "indoor"),
        ("salle", "indoor"),
        ("en extérieur", "outdoor"),
        ("exterieur", "outdoor"),
        ("dehors", "outdoor"),
        ("à distance", "remote"),
        ("a distance", "remote"),
        ("distanciel", "remote"),
        ("en visio", "remote"),
        ("online", "remote"),
    ],
)
def test_every_word_for_a_setting(typed: str, setting: str) -> None:
    """The one function that reads a typed setting (``journal add --setting``, ``suggest
    --setting``, the live run) takes the ids, the French and English names and common words,
    whatever the interface language."""
    assert parse_setting(typed) == setting


@pytest.mark.parametrize("typed", ["", "  ", "!!", "lune"])
def test_settings_that_mean_nothing(typed: str) -> None:
    with pytest.raises(BadInput) as problem:
        parse_setting(typed)
    assert "indoor, outdoor, remote" in one_sentence(problem.value)


# --------------------------------------------------------------------------- actions


def test_actions() -> None:
    action = parse_action("Préparer la salle ; Paul ; 2026-12-01")
    assert (action.text, action.owner, action.due, action.status) == (
        "Préparer la salle",
        "Paul",
        date(2026, 12, 1),
        "open",
    )
    assert len(action.id) == 36
    assert parse_action("Écrire le compte rendu").owner == ""
    assert parse_action("Écrire; 2026-12-01").due == date(2026, 12, 1)
    assert parse_action("Écrire; Claire").owner == "Claire"
    assert parse_action("Lire; Claire; ").due is None
    # A « ; » inside the text: the last two parts are the owner and the date.
    assert parse_action("A; B; Claire; 2026-12-01").text == "A; B"


def test_bad_actions() -> None:
    with pytest.raises(BadInput) as problem:
        parse_action(" ; Paul; 2026-12-01")
    assert "text; owner; YYYY-MM-DD" in str(problem.value)
    with pytest.raises(BadInput) as problem:
        parse_action("Préparer; Paul; 2026-02-30")
    assert "February 2026" in str(problem.value)


# --------------------------------------------------------------------------- outcomes


def test_outcome_kinds(card: Card) -> None:
    assert parse_outcome(card, "defi=Parler en premier") == ("defi", "Parler en premier")
    assert parse_outcome(card, "pistes=Un ; Deux;; Trois ") == ("pistes", ["Un", "Deux", "Trois"])
    assert parse_outcome(card, "binomes=4") == ("binomes", 4)
    assert parse_outcome(card, "binomes=2,5") == ("binomes", 2.5)
    assert parse_outcome(card, "energie=5") == ("energie", 5)
    assert parse_outcome(card, "retour=2026-12-01") == ("retour", "2026-12-01")
    assert parse_outcome(card, "resultat=en_partie") == ("resultat", "en_partie")
    assert parse_outcome(card, "resultat=Pas encore") == ("resultat", "pas_encore")
    assert parse_outcome(card, "RESULTAT=réussi") == ("resultat", "reussi")
    # Only the first « = » separates the key: the value may hold more.
    assert parse_outcome(card, "defi=a=b") == ("defi", "a=b")


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("inconnu=3", "has no outcome “inconnu”: its outcomes are Défi relevé (defi), Pistes"),
        ("defi", "write KEY=VALUE"),
        ("defi=  ", "is empty"),
        ("binomes=beaucoup", "takes a positive number"),
        ("binomes=-2", "takes a positive number"),
        ("energie=6", "from 1 to 5"),
        ("retour=2026-02-30", "February 2026"),
        ("resultat=peut-être", "choose one of Réussi (reussi), En partie (en_partie)"),
    ],
)
def test_bad_outcomes(card: Card, typed: str, words: str) -> None:
    with pytest.raises(BadInput) as problem:
        parse_outcome(card, typed)
    assert words in str(problem.value)


# --------------------------------------------------------------------------- sessions


def test_new_session_takes_what_the_card_knows(card: Card) -> None:
    session = new_session(
        card,
        date="2026-11-03",
        start="14:00",
        actual_minutes="50",
        facilitator=" Claire ",
        co_facilitators=["Paul", "paul", " "][:2],
        participants="12",
        services=["DRH", "Culture", "drh"],
        satisfaction="4",
        ideas=["Une idée"],
        actions=["Préparer; Paul; 2026-12-01"],
        outcomes=["defi=Oser", "pistes=a; b"],
        tags=["pilote"],
    )
    assert (session.tool, session.lever, session.tool_version) == ("atelier-test", "audace", 3)
    assert session.card_digest == card.digest
    assert session.planned_minutes == 45
    assert session.setting == "indoor"  # the card's only setting
    assert session.facilitator == "Claire"
    assert session.co_facilitators == ["Paul"]
    assert session.services == ["DRH", "Culture"]
    assert session.outcomes == {"defi": "Oser", "pistes": ["a", "b"]}
    assert session.actions[0].owner == "Paul"
    assert session.created_at.tzinfo is not None


def test_new_session_with_a_variant_plans_its_minutes(card: Card) -> None:
    assert new_session(card, variant="courte").planned_minutes == 20
    # A described variant runs the card's own steps.
    assert new_session(card, variant="dehors").planned_minutes == 45
    with pytest.raises(BadInput):
        new_session(card, variant="nocturne")


def test_new_session_accepts_python_values(card: Card) -> None:
    timings = [
        StepTiming("accueil", "Accueil", 600, 640),
        StepTiming("travail", "Travail", 1800, 0, True),
    ]
    session = new_session(
        card,
        date=date(2026, 11, 3),
        start=time(9, 30),
        participants=5,
        outcomes={"binomes": 3, "retour": date(2026, 12, 1)},
        step_timings=timings,
    )
    assert session.outcomes == {"binomes": 3, "retour": "2026-12-01"}
    assert session.step_timings == timings
    with pytest.raises(BadInput):
        new_session(card, participants=0)
    with pytest.raises(TypeError):
        new_session(card, participant=5)


def test_required_outcomes_left_out_are_reported(card: Card) -> None:
    session = new_session(card)
    assert [o.id for o in missing_outcomes(card, session.outcomes)] == ["defi"]


def test_edit_replaces_adds_and_removes(card: Card) -> None:
    session = new_session(
        card,
        participants="12",
        ideas=["Une"],
        actions=["Garder; Paul"],
        outcomes=["defi=Oser", "binomes=3"],
    )
    changed = edit_session(
        card,
        session,
        participants="10",
        ideas=["Deux", "Trois"],
        actions=["Nouvelle; Claire"],
        outcomes=["binomes=", "energie=4"],
        variant="courte",
    )
    assert changed.participants == 10
    assert changed.ideas == ["Deux", "Trois"]
    assert [a.text for a in changed.actions] == ["Garder", "Nouvelle"]
    assert changed.outcomes == {"defi": "Oser", "energie": 4}
    assert changed.planned_minutes == 20
    assert session.participants == 12  # the original is left alone
    with pytest.raises(BadInput):
        edit_session(None, session, outcomes=["energie=2"])


def test_check_session_refuses_what_cannot_be_stored(card: Card) -> None:
    good = new_session(card)
    check_session(good)
    bad = [
        replace(good, satisfaction=9),
        replace(good, participants=-3),
        replace(good, date="2026-11-03"),
        replace(good, setting="moon"),
        replace(good, tags=["a", "A"]),
        replace(good, actions=[Action("x", "", "", None)]),
        replace(good, actions=[Action("x", "t", "", None, "maybe")]),
        replace(good, step_timings=[StepTiming("a", "A", -1, 0)]),
        replace(good, outcomes={"k": {"nested": 1}}),
        replace(good, created_at=datetime(2026, 1, 1)),
        replace(good, id="not an id"),
    ]
    for session in bad:
        with pytest.raises(BadInput):
            check_session(session)


# --------------------------------------------------------------------------- as data

texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=30,
)
words = texts.map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
    start=st.none() | st.times(),
    participants=st.none() | st.integers(1, 500),
    satisfaction=st.none() | st.integers(1, 5),
    ideas=st.lists(words, max_size=3),
    notes=texts,
    outcome=st.one_of(words, st.integers(0, 10**6), st.lists(words, min_size=1, max_size=3)),
    owner=texts,
    due=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)),
)
def test_session_data_round_trip(
    day, start, participants, satisfaction, ideas, notes, outcome, owner, due
) -> None:
    session = Session(
        tool="atelier-test",
        lever="audace",
        date=day,
        start=start,
        participants=participants,
        satisfaction=satisfaction,
        ideas=ideas,
        notes=notes,
        outcomes={"k": outcome},
        actions=[Action("a1", "Faire", owner, due, "done")],
        step_timings=[StepTiming("s", "S", 60, 75, False, 15)],
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    assert session_from_data(session_data(session), "test") == session


def test_session_from_data_names_the_wrong_field() -> None:
    data = session_data(Session(tool="t", lever="l", date=date(2026, 1, 1)))
    data["date"] = "2026-02-30"
    with pytest.raises(BadInput) as problem:
        session_from_data(data, "export.json, session 3")
    assert str(problem.value).startswith("export.json, session 3: the field “date”")
    data["date"] = "2026-01-01"
    data["surprise"] = 1
    with pytest.raises(BadInput) as problem:
        session_from_data(data, "here")
    assert "“surprise”" in str(problem.value)


@pytest.mark.parametrize(
    ("typed", "key", "value"),
    [
        ("Défi relevé=Oser", "defi", "Oser"),
        ("defi relevé=Oser", "defi", "Oser"),
        ("resultat=Réussi", "resultat", "reussi"),
        ("Résultat=partie", "resultat", "en_partie"),
    ],
)
def test_outcomes_by_label_and_choices_by_a_word(typed: str, key: str, value: str) -> None:
    """The key may be the outcome's label; a choice, a word only its label has."""
    from innovkit.journal.outcomes import parse_outcome

    card = load_card(CARDS / "atelier-test.yaml")
    assert parse_outcome(card, typed) == (key, value)
