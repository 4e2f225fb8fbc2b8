"""Broken cards: each problem is one sentence with file, line and field, never a crash."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innovkit.cards.files import load_card
from innovkit.errors import CardError

DATA = Path(__file__).resolve().parent / "data"

BAD = DATA / "cards" / "bad"
CASES = {
    # fixture: (line, field, words of the message)
    "malformed": (14, None, "not valid YAML"),
    "unknown-key": (12, "colour", "unknown key"),
    "missing-translation": (22, "steps[2].title", "“en” translation is missing"),
    "duplicate-step": (16, "steps", "“objets” is used twice"),
    "duplicate-key": (4, "version", "written twice"),
    "no-steps": (16, "steps", "at least 1"),
    "negative-minutes": (23, "steps[2].minutes", "-20 is too small"),
    "python-tag": (6, None, "YAML tags that build objects"),
    "timed-taster": (34, "variants[1].steps", "a taster (variant “taster”) is described"),
    "bad-copies": (52, "handouts[1].copies", "“table” is not allowed"),
    "variant-too-big": (34, "variants[1].participants.max", "16 people is outside the tool"),
    "variant-size-order": (35, "variants[1].participants", "the minimum (8) is larger"),
    "at-most-on-choice": (44, "outcomes[2].at_most", "at_most only goes with a field of kind list"),
    "action-on-list": (43, "outcomes[1].action", "action (what is to be done that day) only"),
    "variant-unknown-outcome": (43, "variants[1].outcomes[1]", "“objets” is not allowed"),
    # a short form's own framing is checked like the card's
    "variant-role-without-does": (25, "variants[1].roles[2].does", "this field is required"),
    "variant-checklist-before": (25, "variants[1].checklist.before", "unknown key “before”"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_card_is_reported_with_file_line_and_field(name: str) -> None:
    line, field, words = CASES[name]
    path = BAD / f"{name}.yaml"
    with pytest.raises(CardError) as caught:
        load_card(path)
    error = caught.value
    assert error.file == str(path)
    assert error.line == line
    assert error.field == field
    assert words in str(error)
    assert str(error).startswith(f"{path}:{line}: ")


@pytest.mark.parametrize("name", sorted(CASES))
def test_cards_validate_exits_2_with_one_clear_line(cli, name: str) -> None:
    result = cli("cards", "validate", str(BAD / f"{name}.yaml"))
    assert result.exit_code == 2, result
    assert "Traceback" not in result.stderr
    assert f"{name}.yaml:{CASES[name][0]}" in result.stderr
    assert result.stdout == ""


def test_python_tag_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "hacked"
    card = tmp_path / "python-tag.yaml"
    text = (BAD / "python-tag.yaml").read_text(encoding="utf-8")
    card.write_text(text.replace("echo hacked", f"touch {marker}"), encoding="utf-8")
    with pytest.raises(CardError):
        load_card(card)
    assert not marker.exists()


def test_broken_custom_card_warns_once_and_the_rest_still_works(cli, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    shutil.copy(BAD / "negative-minutes.yaml", folder)
    shutil.copy(DATA / "cards" / "good" / "cafe-curieux.yaml", folder)
    result = cli("--cards", str(folder), "list", "--json")
    assert result.exit_code == 0, result
    assert result.stderr.count("negative-minutes.yaml") == 1
    assert "cafe-curieux" in result.stdout
    assert "audace-up" in result.stdout


# --------------------------------------------------------------------------- property-based

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 10**6),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.sampled_from(["id", "steps", "minutes", "fr", "en", "audace"]),
)
keys = st.one_of(
    st.sampled_from(
        [
            "id",
            "version",
            "name",
            "lever",
            "steps",
            "minutes",
            "title",
            "fr",
            "en",
            "participants",
            "min",
            "max",
            "outcomes",
            "kind",
            "variants",
            "checklist",
        ]
    ),
    st.text(max_size=8),
    st.integers(),
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5), st.dictionaries(keys, children, max_size=6)
    ),
    max_leaves=40,
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=documents)
def test_random_documents_raise_only_card_errors(tmp_path: Path, document: object) -> None:
    path = tmp_path / "random-card.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    with contextlib.suppress(CardError):
        load_card(path)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(alphabet=st.sampled_from(list("{}[]:-!&*?|>'\"#%@`,\n \tab0é«»")), max_size=80))
def test_random_text_raises_only_card_errors(tmp_path: Path, text: str) -> None:
    path = tmp_path / "random-text.yaml"
    path.write_text(text, encoding="utf-8")
    with contextlib.suppress(CardError):
        load_card(path)


def test_random_valid_card_mutations_raise_only_card_errors(tmp_path: Path) -> None:
    """Every single-line deletion of a good card either loads or is a CardError."""
    good = (DATA / "cards" / "good" / "cafe-curieux.yaml").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "cafe-curieux.yaml"
    for index in range(len(good)):
        path.write_text("\n".join(good[:index] + good[index + 1 :]), encoding="utf-8")
        with contextlib.suppress(CardError):
            load_card(path)


def test_a_bare_yes_as_a_choice_id_says_to_quote_it(tmp_path: Path) -> None:
    good = (DATA / "cards" / "good" / "cafe-curieux.yaml").read_text(encoding="utf-8")
    path = tmp_path / "cafe-curieux.yaml"
    path.write_text(good.replace("{id: calm,", "{id: yes,"), encoding="utf-8")
    with pytest.raises(CardError) as caught:
        load_card(path)
    assert caught.value.field == "outcomes[2].choices[1].id"
    assert "put this id in quotes" in str(caught.value)
