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
    debug = "--debug" in args
    try:
        try:
            choose_language(_language_asked(args))
        except InnovkitError:
            choose_language(None)  # the command itself reports the bad --lang
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
            from innovkit.cli.console import report_error

            report_error(_click_words(error.format_message()))
            sys.exit(getattr(error, "exit_code", int(ExitCode.USAGE)))
        except typer.Abort:
            raise KeyboardInterrupt from None
        sys.exit(code if isinstance(code, int) else int(ExitCode.OK))
    except InnovkitError as error:
        from innovkit.cli.console import report_error

        if debug:
            import traceback

            traceback.print_exc()
        report_error(str(error))
        sys.exit(int(error.exit_code))
    except KeyboardInterrupt:
        from innovkit.cli.console import report_error

        report_error(i18n.tr("common.interrupted"))
        sys.exit(int(ExitCode.INTERRUPTED))
    except Exception as error:
        if debug:
            raise
        from innovkit.cli.console import report_error

        report_error(i18n.tr("common.unexpected", detail=type(error).__name__))
        sys.exit(int(ExitCode.ERROR))
