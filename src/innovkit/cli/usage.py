"""Typer's own words in the interface language, through public API only.

Typer (and the Click it carries) writes its help pages and usage errors in English. innovkit's
commands and groups are built from two subclasses of Typer's public ``TyperCommand`` and
``TyperGroup``, given at registration by ``command`` and ``group`` (every ``register()`` uses
them), which:

- write the help page's usage line, headings and the ``--help`` option's text in our words;
- put the help texts, given as message keys (``help="help.list"``), into the run's language
  when a help page is shown: nothing is translated at import, one application serves both
  languages;
- check the words typed (unknown option or command, option without its value, missing or extra
  argument) before Click does, and refuse them with one of our sentences (``BadInput``, exit 2).

Values are not checked here: options that need checking are read as text and parsed by the
core (see ``cli/options.py``). What Click may still say by itself is shown as it is (English).
"""

from __future__ import annotations

import re
from difflib import get_close_matches
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from innovkit.errors import BadInput
from innovkit.i18n import catalogue, labelled, tr


def language(ctx: Any) -> str:
    """The language of the run ``ctx`` belongs to."""
    from innovkit.cli.context import run_context

    return run_context(ctx).lang


def said(text: str | None, lang: str) -> str:
    """A help text in ``lang``: a message key is put into words, any other text is kept."""
    if not text:
        return ""
    return tr(text, lang) if text in catalogue() else text


# The placeholders of a help page: ``NAME``, ``YYYY-MM-DD``, ``<str>``, ``before|during|after``.
_PLACEHOLDER = re.compile(r"<\w+>|[a-z]+(?:\|[a-z]+)+|(?<![\w-])[A-Z]+(?:-[A-Z]+)*(?![\w])")


def placeholders(text: str, lang: str) -> str:
    """``text`` with each placeholder in ``lang``'s words: ``--date YYYY-MM-DD`` →
    ``--date AAAA-MM-JJ``, ``KEY=VALUE`` → ``CLÉ=VALEUR``, ``<str>`` → ``TEXTE``."""
    from innovkit.i18n import catalogue

    words = catalogue()

    def swap(match: re.Match[str]) -> str:
        entry = words.get(f"metavar.{match.group(0)}")
        return entry[lang] if entry else match.group(0)

    text = _PLACEHOLDER.sub(swap, text)
    # « TEXTE ; RESPONSABLE » in French, "TEXT; OWNER" in English
    return re.sub(r"(\w); ", "\\1\u00a0; ", text) if lang == "fr" else text


def usage_error(ctx: Any, message: str) -> BadInput:
    """A usage error: the sentence, then where to look (« voir innovkit list --help »)."""
    lang = language(ctx)
    return BadInput(tr("common.usage_error", lang, message=message, command=ctx.command_path))


def _suggestion(word: str, known: list[str], lang: str) -> str:
    close = get_close_matches(word, known)
    return " " + tr("common.did_you_mean", lang, choices=", ".join(close)) if close else ""


def _options(command: Any, ctx: Any) -> dict[str, bool]:
    """Every spelling of every option of ``command`` → whether it takes a value."""
    known: dict[str, bool] = {}
    for param in command.get_params(ctx):
        if param.param_type_name == "option":
            takes_value = not (param.is_flag or param.count)
            for name in (*param.opts, *param.secondary_opts):
                known[name] = takes_value
    return known


def _asks_eager(command: Any, ctx: Any, args: list[str]) -> bool:
    """``--help``, ``--version``…: options that answer at once, whatever else was typed."""
    words = set(args[: args.index("--")] if "--" in args else args)
    for param in command.get_params(ctx):
        if getattr(param, "is_eager", False) and words & {*param.opts, *param.secondary_opts}:
            return True
    return False


def _read_words(command: Any, ctx: Any, args: list[str], stop_at_first: bool) -> list[str]:
    """The positional words of ``args``; an unknown option or one missing its value is refused.

    ``stop_at_first``: a group stops at its sub-command's name (the rest is the sub-command's).
    """
    known = _options(command, ctx)
    positional: list[str] = []
    index = 0
    while index < len(args):
        word = args[index]
        index += 1
        if word == "--":
            positional += args[index:]
            break
        if not word.startswith("-") or word == "-":
            positional.append(word)
            if stop_at_first:
                break
            continue
        name, equals, _ = word.partition("=")
        if name not in known and not name.startswith("--") and word[:2] in known:
            name, equals = word[:2], "attached"  # -fmd is -f md; -iy is -i -y
            if not known[name]:
                for letter in word[2:]:
                    if f"-{letter}" not in known:
                        raise _unknown_option(ctx, f"-{letter}", known)
                continue
        if name not in known:
            if ctx.ignore_unknown_options:  # the command asked to receive them
                continue
            raise _unknown_option(ctx, name, known)
        if equals == "=" and not known[name]:
            raise usage_error(ctx, tr("common.option_takes_no_value", language(ctx), option=name))
        if known[name] and not equals:
            if index >= len(args):
                raise usage_error(ctx, tr("click.needs_value", language(ctx), option=name))
            index += 1
    return positional


def _unknown_option(ctx: Any, name: str, known: dict[str, bool]) -> BadInput:
    lang = language(ctx)
    message = tr("click.no_such_option", lang, option=name)
    others = [k for k in known if k.startswith("--")]
    return usage_error(ctx, message + _suggestion(name, others, lang))


def _check_arguments(command: Any, ctx: Any, args: list[str], positional: list[str]) -> None:
    """Refuse a missing required option or argument, and words no argument takes."""
    words = set(args[: args.index("--")] if "--" in args else args)
    for param in command.get_params(ctx):
        if param.param_type_name != "option" or not param.required:
            continue
        spellings = {*param.opts, *param.secondary_opts}
        typed = any(word.split("=", 1)[0] in spellings or word[:2] in spellings for word in words)
        if not typed:
            raise usage_error(
                ctx, tr("click.missing_option", language(ctx), name=max(param.opts, key=len))
            )
    left = list(positional)
    unlimited = False
    for param in command.get_params(ctx):
        if param.param_type_name != "argument":
            continue
        if param.nargs == -1:
            unlimited = True
            taken, left = left, []
        else:
            taken, left = left[: param.nargs], left[param.nargs :]
        if param.required and (not taken or len(taken) < max(param.nargs, 1)):
            lang = language(ctx)
            name = placeholders(param.metavar or param.human_readable_name, lang)
            raise usage_error(ctx, tr("click.missing_argument", lang, name=name))
    if left and not unlimited and not ctx.allow_extra_args:
        raise usage_error(ctx, tr("click.extra_arguments", language(ctx), args=" ".join(left)))


def _show_help_and_stop(ctx: Any) -> None:
    """A command that needs words, given none: its help page on stdout, exit status 2."""
    typer.echo(ctx.get_help())
    raise typer.Exit(2)


class _OurWords:
    """Help page pieces in the interface language (mixed into both classes below)."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = "click.help_option"
        return option

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        lang = language(ctx)
        pieces = [said(p, lang) for p in self.collect_usage_pieces(ctx)]  # type: ignore[attr-defined]
        words = placeholders(" ".join(pieces), lang)
        formatter.write_usage(ctx.command_path, words, prefix=tr("click.usage", lang))

    def shell_complete(self, ctx: Any, incomplete: str) -> list[Any]:
        """The completions, each with its help (a message key) in the run's language: zsh and
        fish show it beside the choice."""
        items = super().shell_complete(ctx, incomplete)  # type: ignore[misc]
        lang = language(ctx)
        for item in items:
            if item.help:  # a command's first sentence (as Click gives it), an option's help
                text = said(item.help, lang)
                item.help = text if str(item.value).startswith("-") else short_help(text, 45)
        return items

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        """The command's help text (a message key) in the run's language."""
        text = said(self.help, language(ctx))  # type: ignore[attr-defined]
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            record = _help_record(param, ctx)
            if record is not None:
                (arguments if param.param_type_name == "argument" else options).append(record)
        lang = language(ctx)
        _section(formatter, tr("click.arguments", lang), arguments, lang)
        _section(formatter, tr("click.options", lang), options, lang)


def _help_record(param: Any, ctx: Any) -> tuple[str, str] | None:
    """The two columns of one parameter, its remarks (default, required) in our words."""
    record = param.get_help_record(ctx)
    if record is None:
        return None
    lang = language(ctx)
    names = placeholders(record[0], lang)
    own = {
        "install_completion": tr("click.install_completion", lang),
        "show_completion": tr("click.show_completion", lang),
    }
    text = own.get(param.name) or said(param.help, lang)
    remarks = []
    default = param.default
    shown = getattr(param, "show_default", None)
    if shown and default not in (None, False, (), []) and not getattr(param, "is_flag", False):
        remarks.append(
            tr("click.default", lang, default=shown if isinstance(shown, str) else default)
        )
    if param.required:
        remarks.append(tr("click.required", lang))
    if remarks:
        text = f"{text}  [{'; '.join(remarks)}]" if text else f"[{'; '.join(remarks)}]"
    return names, text


def _section(formatter: Any, heading: str, rows: list[tuple[str, str]], lang: str) -> None:
    if not rows:
        return
    colon = labelled("", "", lang).rstrip()  # « Options : » takes the language's colon
    formatter.write_paragraph()
    formatter.write(f"{'':>{formatter.current_indent}}{heading}{colon}\n")
    with formatter.indentation():
        formatter.write_dl(rows)


class InnovkitCommand(_OurWords, TyperCommand):
    """A command whose help and usage errors speak the interface language."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not ctx.resilient_parsing:
            if not args and self.no_args_is_help:
                _show_help_and_stop(ctx)
            positional = _read_words(self, ctx, args, stop_at_first=False)
            if not _asks_eager(self, ctx, args):  # --help answers even without the arguments
                _check_arguments(self, ctx, args, positional)
        return super().parse_args(ctx, args)


class InnovkitGroup(_OurWords, TyperGroup):
    """A group of commands whose help and usage errors speak the interface language."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not ctx.resilient_parsing:
            if not args and self.no_args_is_help:
                _show_help_and_stop(ctx)
            named = _read_words(self, ctx, args, stop_at_first=True)
            if not named and not _asks_eager(self, ctx, args):
                raise usage_error(ctx, tr("click.missing_command", language(ctx)))
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        if not ctx.resilient_parsing and self.get_command(ctx, name) is None:
            lang = language(ctx)
            message = tr("click.no_such_command", lang, name=name)
            raise usage_error(ctx, message + _suggestion(name, self.list_commands(ctx), lang))
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        lang = language(ctx)
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                text = said(command.short_help or command.help, lang)
                rows.append((name, short_help(text, formatter.width - 6 - len(name))))
        _section(formatter, tr("click.commands", lang), rows, lang)

    def format_options(self, ctx: Any, formatter: Any) -> None:
        super().format_options(ctx, formatter)
        self.format_commands(ctx, formatter)


def command(app: typer.Typer, name: str, help_key: str, **settings: Any) -> Any:
    """``app.command(name, …)`` built from ``InnovkitCommand``, its help the message
    ``help_key``: how every ``register()`` adds a command."""
    return app.command(name, help=help_key, cls=InnovkitCommand, **settings)


def group(**settings: Any) -> typer.Typer:
    """A group of commands (``innovkit journal``, ``innovkit cards``) built from
    ``InnovkitGroup``; its ``help`` and ``subcommand_metavar`` are message keys."""
    return typer.Typer(cls=InnovkitGroup, **settings)


def short_help(text: str, limit: int) -> str:
    """The first sentence of ``text``, shortened with « ... » to ``limit`` characters: the
    commands' column of a help page. Click does the same for an untranslated help text, in a
    function of its private ``utils``; this is that rule, written here in the open."""
    words = text.partition("\n\n")[0].split()
    total = 0
    for index, word in enumerate(words):
        total += len(word) + (index > 0)
        if total > limit:
            break
        if word.endswith("."):
            return " ".join(words[: index + 1])
        if total == limit and index != len(words) - 1:
            break
    else:
        return " ".join(words)
    total += len("...")
    while index > 0:
        total -= len(words[index]) + (index > 0)
        if total <= limit:
            break
        index -= 1
    return " ".join(words[:index]) + "..."
