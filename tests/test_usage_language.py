"""Typer's own words (help headings, usage errors) follow the interface language."""

from __future__ import annotations

import pytest


def test_help_headings_in_french(cli) -> None:
    text = cli("list", "--help", "--lang", "fr").stdout
    assert text.startswith("Utilisation\u00a0: innovkit list")
    assert "Afficher cette aide et quitter." in text
    assert "Show this message" not in text and "Usage:" not in text
    assert "Options\u00a0:" in text


def test_help_headings_in_english(cli) -> None:
    text = cli("list", "--help", "--lang", "en").stdout
    assert text.startswith("Usage: innovkit list")
    assert "Show this message and exit." in text


@pytest.mark.parametrize(
    ("args", "french", "english"),
    [
        (["list", "--minutes", "abc"], "n’est pas un nombre entier", "is not a whole number"),
        (["list", "--participants", "0"], "il faut au moins 1", "it must be at least 1"),
        (["list", "--bogus"], "L’option --bogus n’existe pas", "option --bogus does not exist"),
        (["show"], "Il manque l’argument OUTIL", "argument TOOL is missing"),
        (["frobnicate"], "La commande", "There is no command"),
        (["jornal"], "Vouliez-vous dire\u00a0: journal", "Did you mean: journal"),
        (["show", "walt", "extra"], "Je ne sais pas quoi faire", "Unexpected extra"),
        (["list", "--json=yes"], "--json ne prend pas de valeur", "--json takes no value"),
        (["list", "--minutes"], "--minutes attend une valeur", "--minutes needs a value"),
        (["kit", "walt"], "Il manque l’option --output", "option --output is missing"),
        (["journal", "frobnicate"], "La commande «\u00a0frobnicate", "no command “frobnicate”"),
        (["journal", "add", "walt", "--bogus"], "--bogus n’existe pas", "--bogus does not"),
        (["journal", "--help", "--bogus"], "--bogus n’existe pas", "--bogus does not exist"),
    ],
)
def test_usage_errors_are_one_sentence_in_the_language(cli, args, french, english) -> None:
    fr = cli(*args, env={"INNOVKIT_LANG": "fr"})
    en = cli(*args, env={"INNOVKIT_LANG": "en"})
    for result, words in ((fr, french), (en, english)):
        assert result.exit_code == 2, result
        assert words in result.stderr, result
        assert result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr
    assert fr.stderr.startswith("Erreur\u00a0:") or fr.stderr.startswith("Erreur :")


def test_every_command_and_group_is_registered_with_our_classes() -> None:
    """Each ``register()`` passes ``cls=`` (through ``usage.command`` and ``usage.group``):
    Typer's registration records are never changed after the fact."""
    import typer

    from innovkit.cli.app import build_app
    from innovkit.cli.usage import InnovkitCommand, InnovkitGroup

    app = build_app()
    for record in app.registered_commands:
        assert record.cls is InnovkitCommand, record.name
    for group in app.registered_groups:
        assert group.typer_instance is not None
        assert group.typer_instance.info.cls is InnovkitGroup, group.name
        for record in group.typer_instance.registered_commands:
            assert record.cls is InnovkitCommand, (group.name, record.name)

    def built(command: object) -> int:
        subcommands = getattr(command, "commands", None)
        if subcommands is None:
            assert isinstance(command, InnovkitCommand), command
            return 1
        assert isinstance(command, InnovkitGroup), command
        return sum(built(sub) for sub in subcommands.values())

    assert built(typer.main.get_command(app)) >= 25
