"""Typer's own words in the interface language.

Typer (and the Click it carries) writes its help headings and its usage errors in English. This
module gives them the facilitator's language: help headings through Typer's ``gettext`` hook and
two small overrides, and usage errors rewritten from the exception's own fields into one of our
sentences (``explain``).
"""

from __future__ import annotations

import re
from typing import Any

from innovkit.i18n import current_language, labelled, tr

# Typer's gettext strings → our message keys.
_TYPER_STRINGS = {
    "Arguments": "click.arguments",
    "Options": "click.options",
    "Commands": "click.commands",
    "default: {default}": "click.default",
    "required": "click.required",
    "env var: {var}": "click.env_var",
    "(dynamic)": "click.dynamic",
    "Aborted!": "common.interrupted",
    "Missing command.": "click.missing_command",
}


def _gettext(text: str) -> str:
    key = _TYPER_STRINGS.get(text)
    return tr(key) if key else text


def speak_the_interface_language() -> None:
    """Make Typer's help pages speak the current language (idempotent)."""
    from typer import core as typer_core
    from typer._click import core as click_core
    from typer._click import formatting

    typer_core._ = _gettext
    if getattr(click_core.Command.get_help_option, "_innovkit", False):
        return
    original_help_option = click_core.Command.get_help_option
    original_usage = formatting.HelpFormatter.write_usage

    def get_help_option(self: Any, ctx: Any) -> Any:
        option = original_help_option(self, ctx)
        if option is not None:
            option.help = tr("click.help_option")
        return option

    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        original_usage(self, prog, args, prefix if prefix is not None else tr("click.usage"))

    def write_heading(self: Any, heading: str) -> None:
        # « Options : » takes the language's colon, as every other label does
        colon = labelled("", "").rstrip()
        self.write(f"{'':>{self.current_indent}}{heading}{colon}\n")

    from typer import main as typer_main

    original_completion = typer_main.get_install_completion_arguments

    def completion_arguments() -> Any:
        install, show = original_completion()
        install.help = tr("click.install_completion")
        show.help = tr("click.show_completion")
        return install, show

    get_help_option._innovkit = True  # type: ignore[attr-defined]
    click_core.Command.get_help_option = get_help_option
    formatting.HelpFormatter.write_usage = write_usage
    formatting.HelpFormatter.write_heading = write_heading
    typer_main.get_install_completion_arguments = completion_arguments


_DETAILS = [
    (
        re.compile(r"^'?(?P<value>.*?)'? is not a valid int(eger)?( range)?\.?$"),
        "click.not_integer",
    ),
    (re.compile(r"^'?(?P<value>.*?)'? is not a valid float( range)?\.?$"), "click.not_number"),
    (re.compile(r"^(?P<value>.*?) is not in the range (?P<range>.+?)\.?$"), "click.out_of_range"),
    (re.compile(r"^'?(?P<value>.*?)'? is not one of (?P<choices>.+?)\.?$"), "click.not_a_choice"),
]


def explain(error: Any) -> str:
    """One sentence, in the interface language, for a Click usage error."""
    from typer._click import exceptions as ex

    command = error.ctx.command_path if getattr(error, "ctx", None) else "innovkit"
    if isinstance(error, ex.NoSuchOption):
        message = tr("click.no_such_option", option=error.option_name)
        if error.possibilities:
            message += " " + tr("common.did_you_mean", choices=", ".join(error.possibilities))
    elif isinstance(error, ex.MissingParameter):
        name = _param_name(error.param, error.ctx)
        kind = "option" if getattr(error.param, "param_type_name", "") == "option" else "argument"
        message = tr(f"click.missing_{kind}", name=name)
    elif isinstance(error, ex.BadParameter):
        name = _param_name(error.param, error.ctx) if error.param else ""
        message = tr("click.bad_value", name=name, detail=_detail(error.message))
    else:
        message = _usage_message(error.format_message())
    return tr("common.usage_error", message=message, command=command)


def _param_name(param: Any, ctx: Any) -> str:
    if param is None:
        return ""
    if getattr(param, "param_type_name", "") == "option" and param.opts:
        return max(param.opts, key=len)
    return str(param.metavar or param.name.upper())


_RANGES = [
    (re.compile(r"^x>=(?P<low>-?\d+)$"), "click.range_at_least"),
    (re.compile(r"^x<=(?P<high>-?\d+)$"), "click.range_at_most"),
    (re.compile(r"^(?P<low>-?\d+)<=x<=(?P<high>-?\d+)$"), "click.range_between"),
]


def _range_words(text: str) -> str:
    """Click's ``x>=1`` as a person says it: « au moins 1 »."""
    for pattern, key in _RANGES:
        found = pattern.match(text.strip())
        if found:
            return tr(key, **found.groupdict())
    return text


def _detail(message: str) -> str:
    for pattern, key in _DETAILS:
        found = pattern.match(message.strip())
        if found:
            values = {
                k: v for k, v in found.groupdict().items() if k in ("value", "range", "choices")
            }
            if "range" in values:
                values["range"] = _range_words(values["range"])
            return tr(key, **values)
    return message


_USAGE = [
    (
        re.compile(r"^No such command '(?P<name>.+?)'\.?(?: Did you mean (?P<choices>.+)\?)?$"),
        "click.no_such_command",
    ),
    (
        re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((?P<args>.+)\)$"),
        "click.extra_arguments",
    ),
    (re.compile(r"^Option '(?P<option>.+)' requires an argument\.$"), "click.needs_value"),
    (re.compile(r"^Missing command\.$"), "click.missing_command"),
]


def _usage_message(message: str) -> str:
    for pattern, key in _USAGE:
        found = pattern.match(message.strip())
        if found:
            values = found.groupdict()
            choices = values.pop("choices", None)
            text = tr(key, **values)
            if choices:
                text += " " + tr("common.did_you_mean", choices=choices.replace("'", ""))
            return text
    if current_language() == "fr":
        return tr("click.generic", detail=message)
    return message
