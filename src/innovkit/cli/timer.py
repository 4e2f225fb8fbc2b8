"""``innovkit timer``: a countdown in large digits, a run of one step on the run's screen."""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any

import typer

from innovkit.cli.console import say
from innovkit.cli.context import run_context
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
        str | None,
        typer.Argument(metavar="DURATION", help="help.timer_duration", show_default=False),
    ] = None,
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
    until: Annotated[
        str | None,
        typer.Option("--until", "-u", metavar="HH:MM", help="help.timer_until", show_default=False),
    ] = None,
    lang: LangOption = None,
) -> None:
    from innovkit.durations import clock_face, elapsed_face, parse_duration
    from innovkit.live.timer import Countdown, SystemClock, TimerRun

    lang = language(ctx, lang)
    clock = SystemClock()
    seconds = _how_long(duration, until, clock, run_context(ctx).lang)
    warnings = [parse_duration(text) for text in warn_at or []]
    for text, value in zip(warn_at or [], warnings, strict=True):
        if value >= seconds:
            raise BadInput(tr("live.warn_too_late", lang, warn=text, duration=clock_face(seconds)))
    if not warn_at and seconds > 120:
        warnings = [60.0]  # a default a room can read: the colour changes one minute before
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


def _how_long(duration: str | None, until: str | None, clock: Any, lang: str) -> float:
    """The seconds to count: a duration as typed, or until a clock time on ``clock``."""
    from innovkit.durations import parse_duration

    if duration is not None and until is not None:
        raise BadInput(tr("live.until_and_duration", lang))
    if until is not None:
        from innovkit.dates import parse_time
        from innovkit.live.timer import seconds_until

        return seconds_until(parse_time(until), clock.now(), lang)
    if duration is None:
        raise BadInput(tr("live.duration_or_until", lang))
    return parse_duration(duration)
