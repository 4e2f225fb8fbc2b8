"""Typer's own words in the interface language, through public API only.

Typer (and the Click it carries) writes its help pages and usage errors in English. innovkit's
commands and groups are built from two subclasses of Typer's public ``TyperCommand`` and
``TyperGroup``, given at registration by ``command`` and ``group`` (every ``register()`` uses
them), which:

- write the help page's usage line, headings and the ``--help`` option's text in our words;
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
from innovkit.i18n import labelled, tr

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


def _lang(ctx: Any) -> str:
    from innovkit.cli.context import run_context

    return run_context(ctx).lang


def usage_error(ctx: Any, message: str) -> BadInput:
    """A usage error: the sentence, then where to look (« voir innovkit list --help »)."""
    return BadInput(tr("common.usage_error", message=message, command=ctx.command_path))


def _suggestion(word: str, known: list[str]) -> str:
    close = get_close_matches(word, known)
    return " " + tr("common.did_you_mean", choices=", ".join(close)) if close else ""


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
            raise usage_error(ctx, tr("common.option_takes_no_value", option=name))
        if known[name] and not equals:
            if index >= len(args):
                raise usage_error(ctx, tr("click.needs_value", option=name))
            index += 1
    return positional


def _unknown_option(ctx: Any, name: str, known: dict[str, bool]) -> BadInput:
    message = tr("click.no_such_option", option=name)
    return usage_error(ctx, message + _suggestion(name, [k for k in known if k.startswith("--")]))


def _check_arguments(command: Any, ctx: Any, args: list[str], positional: list[str]) -> None:
    """Refuse a missing required option or argument, and words no argument takes."""
    words = set(args[: args.index("--")] if "--" in args else args)
    for param in command.get_params(ctx):
        if param.param_type_name != "option" or not param.required:
            continue
        spellings = {*param.opts, *param.secondary_opts}
        typed = any(word.split("=", 1)[0] in spellings or word[:2] in spellings for word in words)
        if not typed:
            raise usage_error(ctx, tr("click.missing_option", name=max(param.opts, key=len)))
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
            name = placeholders(param.metavar or param.human_readable_name, _lang(ctx))
            raise usage_error(ctx, tr("click.missing_argument", name=name))
    if left and not unlimited and not ctx.allow_extra_args:
        raise usage_error(ctx, tr("click.extra_arguments", args=" ".join(left)))


def _show_help_and_stop(ctx: Any) -> None:
    """A command that needs words, given none: its help page on stdout, exit status 2."""
    typer.echo(ctx.get_help())
    raise typer.Exit(2)


class _OurWords:
    """Help page pieces in the interface language (mixed into both classes below)."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = tr("click.help_option")
        return option

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        words = placeholders(" ".join(pieces), _lang(ctx))
        formatter.write_usage(ctx.command_path, words, prefix=tr("click.usage", _lang(ctx)))

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            record = _help_record(param, ctx)
            if record is not None:
                (arguments if param.param_type_name == "argument" else options).append(record)
        _section(formatter, tr("click.arguments"), arguments)
        _section(formatter, tr("click.options"), options)


def _help_record(param: Any, ctx: Any) -> tuple[str, str] | None:
    """The two columns of one parameter, its remarks (default, required) in our words."""
    record = param.get_help_record(ctx)
    if record is None:
        return None
    names = placeholders(record[0], _lang(ctx))
    own = {
        "install_completion": tr("click.install_completion"),
        "show_completion": tr("click.show_completion"),
    }
    text = own.get(param.name) or (param.help or "")
    remarks = []
    default = param.default
    shown = getattr(param, "show_default", None)
    if shown and default not in (None, False, (), []) and not getattr(param, "is_flag", False):
        remarks.append(tr("click.default", default=shown if isinstance(shown, str) else default))
    if param.required:
        remarks.append(tr("click.required"))
    if remarks:
        text = f"{text}  [{'; '.join(remarks)}]" if text else f"[{'; '.join(remarks)}]"
    return names, text


def _section(formatter: Any, heading: str, rows: list[tuple[str, str]]) -> None:
    if not rows:
        return
    colon = labelled("", "").rstrip()  # « Options : » takes the language's colon
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
                raise usage_error(ctx, tr("click.missing_command"))
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        if not ctx.resilient_parsing and self.get_command(ctx, name) is None:
            message = tr("click.no_such_command", name=name)
            raise usage_error(ctx, message + _suggestion(name, self.list_commands(ctx)))
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(formatter.width - 6 - len(name))))
        _section(formatter, tr("click.commands"), rows)

    def format_options(self, ctx: Any, formatter: Any) -> None:
        super().format_options(ctx, formatter)
        self.format_commands(ctx, formatter)


def command(app: typer.Typer, name: str, help_key: str, **settings: Any) -> Any:
    """``app.command(name, …)`` built from ``InnovkitCommand``, its help the message
    ``help_key``: how every ``register()`` adds a command."""
    return app.command(name, help=tr(help_key), cls=InnovkitCommand, **settings)


def group(**settings: Any) -> typer.Typer:
    """A group of commands (``innovkit journal``, ``innovkit cards``) built from
    ``InnovkitGroup``."""
    return typer.Typer(cls=InnovkitGroup, **settings)
