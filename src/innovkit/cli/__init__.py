"""The ``innovkit`` command: the one place where errors become messages and exit codes."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from innovkit import i18n
from innovkit.errors import ExitCode, InnovkitError


def _language_asked(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def choose_language(asked: str | None) -> str:
    """Set and return the interface language for this run (see ``i18n.detect_language``)."""
    from innovkit.settings import configured

    lang = i18n.detect_language(asked, configured("language"))
    i18n.set_language(lang)
    return lang


def _click_words(message: str) -> str:
    """Click's own English sentence, framed in the interface language."""
    if i18n.current_language() == "fr":
        return i18n.tr("click.generic", detail=message)
    return message


def _warn_if_settings_damaged() -> None:
    from innovkit.settings import damage_warning

    problem = damage_warning()
    if problem:
        from innovkit.cli.console import warn

        warn(problem)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the console script and of ``python -m innovkit``."""
    args = list(sys.argv[1:] if argv is None else argv)
    code = _run(args, "--debug" in args)
    sys.exit(_delivered(code))


def _delivered(code: int) -> int:
    """``code``, once standard output holds everything: a failure to write it is one sentence
    (exit 1); a reader that went away (``| head -1``) ends quietly, as Unix tools do — the
    person asked for less than everything — with exit 1, since not all was delivered."""
    from innovkit.cli import streams

    try:
        streams.flush_output()
    except streams.OutputFailed as error:
        streams.silence_output()
        _report(str(error))
        return int(error.exit_code)
    except BrokenPipeError:
        streams.silence_output()
        return int(ExitCode.ERROR)
    return code


def _report(message: str) -> None:
    from innovkit.cli.console import report_error

    report_error(message)


def _run(args: list[str], debug: bool) -> int:
    """Run the command ``args``; every error becomes one sentence and an exit code."""
    from innovkit.cli import streams

    try:
        try:
            lang = choose_language(_language_asked(args))
        except InnovkitError:
            lang = choose_language(None)  # the command itself reports the bad --lang
        streams.prepare(lang)
        return _command(args)
    except streams.OutputFailed as error:
        streams.silence_output()
        _report(str(error))
        return int(error.exit_code)
    except BrokenPipeError:  # the reader went away: quietly (see ``_delivered``)
        streams.silence_output()
        return int(ExitCode.ERROR)
    except InnovkitError as error:
        if debug:
            import traceback

            traceback.print_exc()
        _report(str(error))
        return int(error.exit_code)
    except KeyboardInterrupt:
        _report(i18n.tr("common.interrupted"))
        return int(ExitCode.INTERRUPTED)
    except Exception as error:
        if debug:
            raise
        _report(i18n.tr("common.unexpected", detail=type(error).__name__))
        return int(ExitCode.ERROR)


def _command(args: list[str]) -> int:
    import os

    import typer

    from innovkit.cli.app import build_app, command_of

    completing = any(name.endswith("_COMPLETE") for name in os.environ)
    if not completing and command_of(args) != "config":  # config says it as an error
        _warn_if_settings_damaged()
    app = build_app(None if completing else command_of(args))
    try:
        code = app(args=args, prog_name="innovkit", standalone_mode=False)
    except typer.TyperException as error:
        # What Click still says by itself (our own checks come first: see cli/usage.py).
        _report(_click_words(error.format_message()))
        return int(getattr(error, "exit_code", int(ExitCode.USAGE)))
    except typer.Abort:
        raise KeyboardInterrupt from None
    return code if isinstance(code, int) else int(ExitCode.OK)
