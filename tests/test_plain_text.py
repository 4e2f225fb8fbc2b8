"""Text is never interpreted: what a card says reaches the terminal and the text sheets as text,
with no escape sequence, bell, bidi override or Rich markup obeyed, and nothing printable lost."""

from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from innovkit.plaintext import is_visible, visible

GOOD = Path(__file__).resolve().parent / "data" / "cards" / "good" / "cafe-curieux.yaml"

ESC = "\x1b"
_SYMBOLS = {chr(c) for c in range(0x2400, 0x2422)} | {"\ufffd"}
_ALPHABET_CHARS = "ab [/]\x1b\x07\x9b\r\n\t\u202e\u2066\x00\x7f\u241b"
HOSTILE = (
    f"{ESC}[2J{ESC}[31mrouge{ESC}[0m \x07 {ESC}]8;;https://evil.example/{ESC}\\clic{ESC}]8;;{ESC}\\"
    " \u202eelbisivni\u202c \u2066iso\u2069 \x9b31m \x08\x08xx [notre sujet] [/] [bold]gras[/bold]"
)


def _is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc" and char != "\n"


def _bidi(char: str) -> bool:
    return 0x202A <= ord(char) <= 0x202E or 0x2066 <= ord(char) <= 0x2069


# --------------------------------------------------------------------------- the function


def test_control_characters_become_visible_symbols() -> None:
    assert visible(f"a{ESC}[31mb\x07c") == "a\u241b[31mb\u2407c"
    assert visible("x\x9by\x85z") == "x\ufffdy\ufffdz"
    assert visible("\x7f") == "\u2421"
    assert visible("ligne 1\r\nligne 2\tfin") == "ligne 1\nligne 2\tfin"
    assert visible("a\rb") == "a\u240db"
    assert visible("\u202eabc\u202c \u2067d\u2069") == "abc d"
    assert visible("\ud800") == "\ufffd"


def test_ordinary_text_is_left_as_it_is() -> None:
    text = "« Oser » : 14\u00a0h\u00a030 — [notre sujet] ; café, naïve, 𝔸, 😀\n\tfin"
    assert visible(text) == text and is_visible(text)


def test_is_visible_knows_every_character_visible_changes() -> None:
    # ``is_visible`` looks for the characters in one regular expression rather than by
    # translating the text (the report's speed): the two must agree on every code point.
    # Every code point up to U+2FFF (controls, C1, bidi) and the surrogates, then a sample.
    for code in (*range(0x3000), *range(0xD700, 0xE100), *range(0x3000, 0x110000, 97)):
        char = chr(code)
        assert is_visible(f"a{char}b") == (visible(f"a{char}b") == f"a{char}b"), hex(code)
    assert not is_visible("a\r\nb") and is_visible("a\nb\tc")


@given(st.text(st.characters(codec=None)) | st.text(_ALPHABET_CHARS))
def test_is_visible_is_visible_leaving_the_text_as_it_is(text: str) -> None:
    assert is_visible(text) == (visible(text) == text)


@given(st.text(st.characters(codec=None)) | st.text(_ALPHABET_CHARS))
def test_visible_keeps_every_printable_character(text: str) -> None:
    shown = visible(text)
    assert not any((_is_control(c) and c != "\t") or _bidi(c) for c in shown)
    plain = text.replace("\r\n", "\n")
    kept = [c for c in plain if not (_is_control(c) and c != "\t") and not _bidi(c)]
    kept = [c for c in kept if not 0xD800 <= ord(c) < 0xE000]
    assert [c for c in shown if c not in _SYMBOLS] == [c for c in kept if c not in _SYMBOLS]
    assert len(shown) == len(plain) - sum(map(_bidi, plain))
    assert visible(shown) == shown  # idempotent


# --------------------------------------------------------------------------- a hostile card


def _card_with(texts: dict[str, str], folder: Path) -> Path:
    """The good test card, every text field replaced by the text given for its path."""
    data = yaml.safe_load(GOOD.read_text(encoding="utf-8"))
    counter = itertools.count()

    def replace(value: Any, path: str) -> Any:
        if isinstance(value, str):
            return texts.get(path, texts["*"]) + f" #{next(counter)}"
        if isinstance(value, list):
            return [replace(item, f"{path}[]") for item in value]
        if isinstance(value, dict):
            return {
                key: (item if key in _NOT_TEXT else replace(item, f"{path}.{key}"))
                for key, item in value.items()
            }
        return value

    data = replace(data, "")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / GOOD.name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


_NOT_TEXT = {"id", "version", "lever", "participants", "setting", "minutes", "kind", "required"}
_NOT_TEXT_IN_STEPS = {"steps"}


def _printable_run(text: str) -> str:
    """What must appear, in order, once line breaks, wrapping and the symbols that stand for
    control characters are set aside (a wrapped line may show a control as a space)."""
    return _squeeze(visible(text))


def _squeeze(output: str) -> str:
    return "".join(c for c in output if not c.isspace() and c not in _SYMBOLS).upper()


def _texts_of(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    found: list[str] = []

    def walk(value: Any, key: str = "") -> None:
        if isinstance(value, str) and key not in _NOT_TEXT:
            found.append(value)
        elif isinstance(value, list):
            for item in value:
                walk(item, key)
        elif isinstance(value, dict):
            for k, item in value.items():
                if k == "steps" and isinstance(item, dict):  # a variant's minutes per step
                    continue
                walk(item, k)

    walk(data)
    return found


def _assert_plain(output: str) -> None:
    bad = sorted({repr(c) for c in output if (_is_control(c) and c != "\f") or _bidi(c)})
    assert not bad, bad


def test_a_hostile_card_is_shown_as_text(cli, tmp_path: Path) -> None:
    card = _card_with({"*": HOSTILE}, tmp_path / "fiches")
    for args in (
        ("show", "cafe-curieux"),
        ("list",),
        ("sheet", "cafe-curieux", "--format", "txt"),
        ("levers",),
        ("suggest", "--minutes", "45", "--participants", "6"),
    ):
        result = cli("--cards", str(card.parent), *args)
        assert result.exit_code == 0, result
        _assert_plain(result.stdout)
        _assert_plain(result.stderr)
        assert "[notre sujet]" in result.stdout
        assert "[/]" in result.stdout and "[bold]gras[/bold]" in result.stdout
        assert "\u241b[31mrouge" in result.stdout


def test_markup_in_a_card_neither_vanishes_nor_crashes_show(cli, tmp_path: Path) -> None:
    card = _card_with(
        {"*": "Parlons de [notre sujet] [/] [link=https://x.example]ici[/link]"},
        tmp_path / "fiches",
    )
    result = cli("--cards", str(card.parent), "show", "cafe-curieux")
    assert result.exit_code == 0, result
    squeezed = _squeeze(result.stdout)
    for text in _texts_of(card):
        assert _printable_run(text) in squeezed, text


_ALPHABET = st.sampled_from(
    [
        *"abcdefghijKLMNOP0123456789 ,.;:!?«»'\"-_/\\[]{}()<>*#&%$@=",
        "é",
        "à",
        "ç",
        "œ",
        "\u00a0",
        "\t",
        "\n",
        "\r",
        *[chr(c) for c in range(0x00, 0x20) if chr(c) not in "\t\n\r"],
        "\x7f",
        "\x85",
        "\x9b",
        "\x9d",
        *[chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]],
        "\x1b[31m",
        "\x1b]8;;https://evil.example/\x1b\\",
        "[/]",
        "[bold]",
        ":smile:",
    ]
)
_TEXT = (
    st.lists(_ALPHABET, min_size=1, max_size=20)
    .map("".join)
    .filter(lambda text: any(c.isalnum() for c in text))
)
_FIELDS = ["*", ".name", ".summary", ".invitation", ".steps[].title", ".steps[].instructions"]


def _shown_by(card: Path) -> dict[tuple[str, ...], list[str]]:
    """Each command, and the card's texts it shows (``show``: all of them)."""
    data = yaml.safe_load(card.read_text(encoding="utf-8"))
    steps = data["steps"]
    return {
        ("show", "cafe-curieux"): _texts_of(card),
        ("list",): [data["name"], data["summary"]],
        ("sheet", "cafe-curieux", "--format", "txt"): [
            data["name"],
            data["invitation"],
            *data["objectives"],
            *data["materials"],
            *[step["title"] for step in steps],
            *[step["instructions"] for step in steps],
            *data["debrief"],
        ],
    }


@settings(
    max_examples=40,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking a CLI run takes minutes
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.fixed_dictionaries({field: _TEXT for field in _FIELDS}))
def test_random_text_in_every_field_is_shown_plain_and_whole(
    cli, tmp_path_factory: pytest.TempPathFactory, texts: dict[str, str]
) -> None:
    card = _card_with(texts, tmp_path_factory.mktemp("fiches"))
    for args, expected in _shown_by(card).items():
        result = cli("--cards", str(card.parent), *args)
        assert result.exit_code == 0, result
        _assert_plain(result.stdout)
        _assert_plain(result.stderr)
        squeezed = _squeeze(result.stdout)
        for text in expected:
            assert _printable_run(text) in squeezed, (args, text)
