"""The ``innovkit`` command: the one place where errors become messages and exit codes."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from innovkit.errors import ExitCode, InnovkitError
from innovkit.i18n import DEFAULT_LANGUAGE, tr

if TYPE_CHECKING:
    from innovkit.cli.context import Context


def _language_asked(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def run_language(argv: Sequence[str]) -> str:
    """The language of the run ``argv``: its ``--lang`` (before or after the command, so that
    help pages and usage errors speak it too), else ``INNOVKIT_LANG``, the config, the locale.
    A bad ``--lang`` is left for the command line to refuse (in the language it would have had
    without it); a bad ``INNOVKIT_LANG`` is refused here."""
    from innovkit.cli.context import decide_language

    try:
        return decide_language(_language_asked(argv))
    except InnovkitError:
        return decide_language(None)


def _click_words(message: str, lang: str) -> str:
    """Click's own English sentence, framed in the interface language."""
    if lang == "fr":
        return tr("click.generic", lang, detail=message)
    return message


def _warn_if_settings_damaged(lang: str) -> None:
    from innovkit.settings import damage_warning

    problem = damage_warning()
    if problem:
        from innovkit.cli.console import warn

        warn(problem(lang), lang)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the console script and of ``python -m innovkit``."""
    from innovkit.cli.context import Context

    args = list(sys.argv[1:] if argv is None else argv)
    context = Context(lang=DEFAULT_LANGUAGE)  # the run's: its language is decided in ``_run``
    code = _run(args, "--debug" in args, context)
    sys.exit(_delivered(code, context.lang))


def _delivered(code: int, lang: str) -> int:
    """``code``, once standard output holds everything: a failure to write it is one sentence
    (exit 1); a reader that went away (``| head -1``) ends quietly, as Unix tools do — the
    person asked for less than everything — with exit 1, since not all was delivered."""
    from innovkit.cli import streams

    try:
        streams.flush_output()
    except streams.OutputFailed as error:
        streams.silence_output()
        _report(error.words(lang), lang)
        return int(error.exit_code)
    except BrokenPipeError:
        streams.silence_output()
        return int(ExitCode.ERROR)
    return code


def _report(message: str, lang: str) -> None:
    from innovkit.cli.console import report_error

    report_error(message, lang)


def _run(args: list[str], debug: bool, context: Context) -> int:
    """Run the command ``args``; every error becomes one sentence (in the run's language, which
    a ``--lang`` after the command may still change) and an exit code."""
    from innovkit.cli import streams

    try:
        context.lang = run_language(args)
        streams.prepare()
        return _command(args, context)
    except streams.OutputFailed as error:
        streams.silence_output()
        _report(error.words(context.lang), context.lang)
        return int(error.exit_code)
    except BrokenPipeError:  # the reader went away: quietly (see ``_delivered``)
        streams.silence_output()
        return int(ExitCode.ERROR)
    except InnovkitError as error:
        if debug:
            import traceback

            traceback.print_exc()
        _report(error.words(context.lang), context.lang)
        return int(error.exit_code)
    except KeyboardInterrupt:
        _report(tr("common.interrupted", context.lang), context.lang)
        return int(ExitCode.INTERRUPTED)
    except Exception as error:
        if debug:
            raise
        _report(tr("common.unexpected", context.lang, detail=type(error).__name__), context.lang)
        return int(ExitCode.ERROR)


def _command(args: list[str], context: Context) -> int:
    import os

    import typer

    from innovkit.cli.app import build_app, words_of

    completing = any(name.endswith("_COMPLETE") for name in os.environ)
    words = [] if completing else words_of(args)
    if not completing and words[:1] != ["config"]:  # config says it as an error
        _warn_if_settings_damaged(context.lang)
    app = build_app(*words[:2])
    try:
        code = app(args=args, prog_name="innovkit", standalone_mode=False, obj=context)
    except typer.TyperException as error:
        # What Click still says by itself (our own checks come first: see cli/usage.py).
        _report(_click_words(error.format_message(), context.lang), context.lang)
        return int(getattr(error, "exit_code", int(ExitCode.USAGE)))
    except typer.Abort:
        raise KeyboardInterrupt from None
    return code if isinstance(code, int) else int(ExitCode.OK)
