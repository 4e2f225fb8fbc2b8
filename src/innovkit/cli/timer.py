"""``innovkit timer``: a countdown in large digits, a run of one step on the run's screen."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from innovkit.cli.console import say
from innovkit.cli.options import LangOption, language
from innovkit.errors import BadInput, ExitCode
from innovkit.i18n import tr

NoBellOpt = Annotated[bool, typer.Option("--no-bell", help="help.live_no_bell")]


def at_terminal() -> bool:
    """A person at a terminal that can draw full screens: keys can be read and screens drawn
    (never in a pipe or a test, nor with ``TERM=dumb``, which gets the plain line-by-line run)."""
    if os.environ.get("TERM") == "dumb":
        return False
    return all(stream.isatty() for stream in (sys.stdin, sys.stdout, sys.stderr))


def timer(
    ctx: typer.Context,
    duration: Annotated[
        str, typer.Argument(metavar="DURATION", help="help.timer_duration", show_default=False)
    ],
    label: Annotated[
        str | None, typer.Option("--label", "-l", help="help.timer_label", show_default=False)
    ] = None,
    warn_at: Annotated[
        list[str] | None,
        typer.Option(
            "--warn", "-w", metavar="DURATION", help="help.timer_warn", show_default=False
        ),
    ] = None,
    no_bell: NoBellOpt = False,
    lang: LangOption = None,
) -> None:
    from innovkit.durations import clock_face, elapsed_face, parse_duration
    from innovkit.live.timer import Countdown, SystemClock, TimerRun

    lang = language(ctx, lang)
    seconds = parse_duration(duration)
    warnings = [parse_duration(text) for text in warn_at or []]
    for text, value in zip(warn_at or [], warnings, strict=True):
        if value >= seconds:
            raise BadInput(tr("live.warn_too_late", lang, warn=text, duration=clock_face(seconds)))
    if not warn_at and seconds > 120:
        warnings = [60.0]  # a default a room can read: the colour changes one minute before
    clock = SystemClock()
    countdown = Countdown(seconds, clock, warnings)
    timer_run = TimerRun(countdown, clock, label, bell=not no_bell)
    try:
        if at_terminal():
            from innovkit.cli.screen import run_on_screen

            finished = run_on_screen(timer_run.run, lang)
        else:
            from innovkit.cli.lines import LineTimerConsole

            finished = timer_run.run(LineTimerConsole(clock, lang), keys=False)
    except KeyboardInterrupt:
        say(
            tr(
                "live.timer_interrupted",
                lang,
                elapsed=elapsed_face(countdown.elapsed()),
                left=clock_face(countdown.remaining()),
            )
        )
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    if not finished:
        say(tr("live.timer_stopped", lang, left=clock_face(countdown.remaining())))
