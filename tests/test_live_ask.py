"""``innovkit.cli.ask``, the one way the command line asks a line question, driven through
prompt_toolkit's pipe input and dummy output (no terminal)."""

from __future__ import annotations

import contextlib

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from innovkit.cli import ask
from innovkit.errors import BadInput
from innovkit.live.guide import TypingInterrupted


@contextlib.contextmanager
def typed(text: str):
    """Questions answered with ``text`` as typed keys (``\\r`` is Enter)."""
    with create_pipe_input() as pipe:
        pipe.send_text(text)
        yield pipe


def answered(text: str, question, *args, lang: str = "en", **kwargs):
    with typed(text) as pipe, ask.talking_to(pipe, DummyOutput()):
        return question(*args, lang=lang, **kwargs)


def test_text_with_a_default_and_a_check_asked_again_with_the_reason(capsys) -> None:

    def whole(value: str) -> int:
        if not value.isdigit():
            raise BadInput(f"“{value}” will not do: a whole number, please.")
        return int(value)

    assert answered("lots\r12\r", ask.text, "Participants", check=whole) == 12
    assert "“lots” will not do" in capsys.readouterr().err
    assert answered("\r", ask.text, "Participants", default="8", check=whole) == 8
    assert answered("  Camille \r", ask.text, "Facilitator") == "Camille"
    # a question one may skip: an empty answer is None and is not checked
    assert answered("\r", ask.text, "Participants", check=whole, optional=True) is None
    assert answered("x\r3\r", ask.text, "Participants", check=whole, optional=True) == 3


def test_choice_by_number_or_id_and_refused_otherwise(capsys) -> None:
    options = [("indoor", "En salle"), ("outdoor", "Dehors")]
    assert answered("2\r", ask.choice, "Lieu", options, lang="fr") == "outdoor"
    assert answered("indoor\r", ask.choice, "Lieu", options, lang="fr") == "indoor"
    assert answered("\r", ask.choice, "Lieu", options, lang="fr", default="outdoor") == "outdoor"
    assert answered("9\r1\r", ask.choice, "Lieu", options, lang="fr") == "indoor"
    said = capsys.readouterr().err
    assert "1. En salle" in said and "«\u00a09\u00a0» n’est pas dans la liste" in said


def test_yes_no_in_both_languages_with_a_default() -> None:
    assert answered("oui\r", ask.yes_no, "Reprendre ?") is True
    assert answered("n\r", ask.yes_no, "Resume?") is False
    assert answered("\r", ask.yes_no, "Resume? (Y/n)", default=True) is True
    assert answered("peut-être\ry\r", ask.yes_no, "Resume?") is True


def test_items_until_an_empty_line_each_checked(capsys) -> None:
    def short(value: str) -> str:
        if len(value) > 10:
            raise BadInput("Too long.")
        return value

    got = answered("calme\rbeaucoup trop long\récoute\r\r", ask.items, "Tags", check=short)
    assert got == ["calme", "écoute"]
    assert answered("2\r5\r\r", ask.items, "Numbers", check=int) == [
        2,
        5,
    ]  # as check turns them
    assert "Too long." in capsys.readouterr().err


def test_every_change_of_the_line_is_heard_and_ctrl_c_keeps_the_line() -> None:
    heard: list[str] = []
    with (
        typed("bonjx\x7four\x03") as pipe,
        ask.talking_to(pipe, DummyOutput()),
        pytest.raises(TypingInterrupted) as stop,
    ):
        ask.line("› ", typed="Salut, ", on_change=heard.append)
    assert stop.value.typed == "Salut, bonjour"
    assert heard[-1] == "Salut, bonjour" and "Salut, bonjx" in heard  # Backspace too


def test_input_that_ends_is_a_hangup() -> None:
    with typed("half") as pipe, ask.talking_to(pipe, DummyOutput()), pytest.raises(ask.Hangup):
        pipe.close()
        ask.line("› ")
