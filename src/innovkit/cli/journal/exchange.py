"""The journal in and out: ``journal export`` (the monthly report, JSON, CSV), ``journal
import`` (a colleague's export merged) and ``journal path``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from innovkit.cli.console import say, write_text
from innovkit.cli.context import run_context
from innovkit.cli.journal import common
from innovkit.cli.journal.common import FromOpt, LastMonthOpt, MonthOpt, ToOpt, WeekOpt, opt
from innovkit.cli.options import LangOption, language
from innovkit.i18n import tr, tr_count

FORMATS = ("md", "html", "json", "csv")


def export(
    ctx: typer.Context,
    month: MonthOpt = None,
    last_month: LastMonthOpt = False,
    week: WeekOpt = False,
    from_: FromOpt = None,
    to: ToOpt = None,
    all_: Annotated[bool, typer.Option("--all", help=tr("help.journal_all"))] = False,
    format_: Annotated[
        str | None, opt("--format", key="format", metavar="md|html|json|csv")
    ] = None,
    output: Annotated[Path | None, opt("--output", "-o", key="output", metavar="FILE")] = None,
    force: Annotated[bool, typer.Option("--force", help=tr("help.journal_force"))] = False,
    lang: LangOption = None,
) -> None:
    from innovkit.dates import todays_date
    from innovkit.journal.period import choose_period
    from innovkit.output import check_writable, write_file

    lang = language(lang)
    fmt = _format(format_, output)
    period = choose_period(month, from_, to, all_, last_month=last_month, week=week, lang=lang)
    if output is not None:
        check_writable(output, force)  # before any work: a refusal costs nothing
    text: str | bytes
    with common.open_journal() as journal:
        if fmt == "json":
            from innovkit.journal.exchange import export_stored

            stored = journal.stored_sessions(period.start, period.end)
            # Bytes, written as they are: a full journal's export is never copied as text.
            text, count = export_stored(stored), len(stored)
        elif fmt == "csv":
            from innovkit.journal.exchange import csv_separator, export_csv

            sessions = journal.sessions(period.start, period.end)
            text, count = export_csv(sessions, csv_separator(lang)), len(sessions)
        else:
            from innovkit.journal.report import build_report
            from innovkit.journal.reportwords import render_report

            report = build_report(
                journal, period, run_context(ctx).catalogue(), lang, todays_date()
            )
            text = render_report(report, fmt)
            count = report.headline.sessions
    sessions_words = tr_count("journal.n_sessions", count)
    done = tr("journal.exported", period=period.name(lang), sessions=sessions_words)
    if output is None:
        write_text(text.decode("utf-8") if isinstance(text, bytes) else text)
        say(done)
        return
    # Every export and report holds journal content (names included): owner-only, like it.
    write_file(output, text, force=force, mode=0o600)
    say(done)
    say(tr("common.written", path=output))


def _format(asked: str | None, output: Path | None) -> str:
    from innovkit.documents.render import choose_format

    return choose_format(asked, output, FORMATS)


def import_sessions(
    file: Annotated[
        Path,
        typer.Argument(metavar="FILE", help=tr("help.journal_import_file"), show_default=False),
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help=tr("help.journal_dry_run"))] = False,
    lang: LangOption = None,
) -> None:
    from innovkit.journal.exchange import read_export

    language(lang)
    sessions = read_export(file)  # the whole file is checked before the journal is opened
    with common.open_journal() as journal:
        counts = journal.merge(sessions, dry_run=dry_run, checked=True)
    if dry_run:
        words = ("n_to_add", "n_to_update", "n_unchanged", "n_to_keep")
    else:
        words = ("n_added", "n_updated", "n_unchanged", "n_kept")
    added, updated, unchanged, kept = (
        tr_count(f"journal.{key}", count)
        for key, count in zip(
            words, (counts.added, counts.updated, counts.unchanged, counts.kept), strict=True
        )
    )
    key = "journal.imported_dry" if dry_run else "journal.imported"
    say(tr(key, added=added, updated=updated, unchanged=unchanged, kept=kept))


def journal_path() -> None:
    from innovkit.journal.store import default_path

    typer.echo(str(default_path()))
