"""The interface speaks French and English completely: every sentence exists in both, with the
same placeholders."""

from __future__ import annotations

import string

import pytest

from innovkit.i18n import LANGUAGES, catalogue, detect_language, labelled, quoted, tr_in
from innovkit.messages import load_all


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_every_language_with_the_same_placeholders() -> None:
    for key, entry in load_all().items():
        assert set(entry) == set(LANGUAGES), key
        assert all(entry[lang].strip() for lang in LANGUAGES), key
        assert placeholders(entry["fr"]) == placeholders(entry["en"]), key


def test_french_messages_use_french_typography() -> None:
    for key, entry in catalogue().items():
        french = entry["fr"]
        assert "“" not in french and "”" not in french, key
        assert "« " not in french and " »" not in french, key  # non-breaking spaces only


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "fr_BE.UTF-8", "LANG": "en_GB.UTF-8"}, "fr"),
        ({"INNOVKIT_LANG": "en", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"INNOVKIT_LANG": "FR"}, "fr"),
    ],
)
def test_language_rule(environ: dict[str, str], expected: str) -> None:
    assert detect_language(None, None, environ) == expected


def test_explicit_language_wins_over_everything() -> None:
    assert detect_language("fr", "en", {"INNOVKIT_LANG": "en"}) == "fr"
    assert detect_language(None, "fr", {"LANG": "en_US.UTF-8"}) == "fr"


def test_typography_helpers() -> None:
    assert labelled("Durée", "45 min", "fr") == "Durée\u00a0: 45 min"
    assert labelled("Duration", "45 min", "en") == "Duration: 45 min"
    assert quoted("oui", "fr") == "«\u00a0oui\u00a0»"
    assert quoted("yes", "en") == "“yes”"
    assert tr_in("fr", "common.did_you_mean", choices="a") == "Vouliez-vous dire\u00a0: a\u202f?"


def test_counts_choose_singular_or_plural() -> None:
    from innovkit.i18n import tr_count

    assert tr_count("catalogue.validate_done", 1, "fr") == "1 fiche valide."
    assert tr_count("catalogue.validate_done", 0, "fr") == "0 fiche valide."
    assert tr_count("catalogue.validate_done", 12, "fr") == "12 fiches valides."
    assert tr_count("catalogue.validate_done", 0, "en") == "0 valid cards."
    assert tr_count("catalogue.validate_done", 1, "en") == "1 valid card."


def test_every_counted_message_has_both_forms() -> None:
    keys = set(load_all())
    for key in keys:
        stem, _, form = key.rpartition(".")
        if form in ("one", "other"):
            assert f"{stem}.one" in keys and f"{stem}.other" in keys, key
