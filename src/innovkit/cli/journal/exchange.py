"""The journal in and out: ``journal export`` (the monthly report, JSON, CSV), ``journal
import`` (a colleague's export merged) and ``journal path``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from innovkit.cli.console import say, write_text
from innovkit.cli.context import run_context
from innovkit.cli.journal import common
from innovkit.cli.journal.common import FromOpt, LastMonthOpt, MonthOpt, ToOpt, WeekOpt, opt
from innovkit.cli.options import LangOption, language
from innovkit.i18n import tr, tr_count

if TYPE_CHECKING:
    from innovkit.journal.period import Period
    from innovkit.journal.store import Journal

FORMATS = ("md", "html", "pdf", "json", "csv")
QuarterOpt = Annotated[str | None, opt("--quarter", key="quarter", metavar="YYYY-QN")]
YearOpt = Annotated[str | None, opt("--year", key="year", metavar="YYYY")]


def export(
    ctx: typer.Context,
    month: MonthOpt = None,
    quarter: QuarterOpt = None,
    year: YearOpt = None,
    last_month: LastMonthOpt = False,
    week: WeekOpt = False,
    from_: FromOpt = None,
    to: ToOpt = None,
    all_: Annotated[bool, typer.Option("--all", help="help.journal_all")] = False,
    format_: Annotated[
        str | None, opt("--format", key="format", metavar="md|html|pdf|json|csv")
    ] = None,
    output: Annotated[Path | None, opt("--output", "-o", key="output", metavar="FILE")] = None,
    actions: Annotated[Path | None, opt("--actions", key="actions_csv", metavar="FILE")] = None,
    force: Annotated[bool, typer.Option("--force", help="help.journal_force")] = False,
    lang: LangOption = None,
) -> None:
    from innovkit.journal.period import choose_report_period
    from innovkit.output import check_writable, write_file

    lang = language(ctx, lang)
    fmt = _format(format_, output)
    period = choose_report_period(
        quarter,
        year,
        lang,
        month=month,
        start=from_,
        end=to,
        everything=all_,
        last_month=last_month,
        week=week,
    )
    actions = _actions_file(fmt, output, actions, lang)
    for path in (output, actions):
        if path is not None:
            check_writable(path, force)  # before any work: a refusal costs nothing
    if fmt == "pdf":
        _check_pdf(output, lang)
    from innovkit.collector import collector_held

    with collector_held(), common.open_journal(ctx) as journal:
        text, actions_text, count = _export_text(ctx, journal, period, fmt, lang)
    sessions_words = tr_count("journal.n_sessions", count, lang)
    done = tr("journal.exported", lang, period=period.name(lang), sessions=sessions_words)
    if output is None:
        write_text(text.decode("utf-8") if isinstance(text, bytes) else text)
    else:
        # Every export and report holds journal content (names included): owner-only, like it.
        write_file(output, text, force=force, mode=0o600)
    if actions is not None:
        write_file(actions, actions_text, force=force, mode=0o600)
    say(done)
    if output is not None:
        say(tr("common.written", lang, path=output))
    if actions is not None:
        say(tr("spreadsheet.actions_written", lang, path=actions))


def _check_pdf(output: Path | None, lang: str) -> None:
    """A PDF needs a file and the PDF engine: both checked before the journal is read."""
    from innovkit.documents.pdf import check_engine
    from innovkit.errors import BadInput

    if output is None:
        raise BadInput(tr("report.pdf_needs_output", lang))
    check_engine()


def _export_text(
    ctx: typer.Context, journal: Journal, period: Period, fmt: str, lang: str
) -> tuple[str | bytes, str, int]:
    """The export's content in ``fmt``, the actions' CSV (with ``csv``, else empty) and how
    many sessions it holds."""
    if fmt == "json":
        from innovkit.journal.exchange import export_stored

        stored = journal.stored_sessions(period.start, period.end)
        deletions = journal.deletions(period.start, period.end)
        # Bytes, written as they are: a full journal's export is never copied as text.
        return export_stored(stored, deletions), "", len(stored)
    if fmt == "csv":
        from innovkit.journal.spreadsheet import actions_csv, sessions_csv

        sessions = journal.sessions(period.start, period.end)
        names = _names(ctx, lang)
        return sessions_csv(sessions, names), actions_csv(sessions, names), len(sessions)
    from innovkit.dates import todays_date
    from innovkit.journal.report import build_report
    from innovkit.journal.reportwords import render_report

    report = build_report(journal, period, run_context(ctx).catalogue(), lang, todays_date())
    count = report.headline.sessions
    if fmt == "pdf":
        from innovkit.documents.pdf import pdf_bytes

        return pdf_bytes(render_report(report, "html"), lang), "", count
    return render_report(report, fmt), "", count


def _actions_file(fmt: str, output: Path | None, asked: Path | None, lang: str) -> Path | None:
    """Where the actions of a CSV export go: ``--actions``, else beside ``-o``
    (``NAME-actions.csv``); nowhere when the sessions go to the screen without ``--actions``."""
    from innovkit.errors import BadInput

    if fmt != "csv":
        if asked is not None:
            raise BadInput(tr("spreadsheet.actions_only_csv", lang))
        return None
    if asked is not None or output is None:
        return asked
    from innovkit.journal.spreadsheet import actions_path

    return actions_path(output)


def _names(ctx: typer.Context, lang: str) -> Any:
    """What the CSV names tools, levers and choices with, in ``lang``."""
    from innovkit.journal.spreadsheet import Names

    catalogue = run_context(ctx).catalogue()
    return Names(lang, catalogue.tools, catalogue.levers)


def _format(asked: str | None, output: Path | None) -> str:
    from innovkit.documents.options import choose_format

    return choose_format(asked, output, FORMATS)


def import_sessions(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(metavar="FILE", help="help.journal_import_file", show_default=False),
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="help.journal_dry_run")] = False,
    lang: LangOption = None,
) -> None:
    from innovkit.cli.journal import merged
    from innovkit.journal.exchange import read_export
    from innovkit.journal.items import check_imported

    lang = language(ctx, lang)
    sessions = read_export(file)  # the whole file is checked before the journal is opened
    catalogue = run_context(ctx).catalogue(quiet=True)
    check_imported(sessions, (catalogue.tools[t] for t in catalogue.tools), file)
    with common.open_journal(ctx) as journal:
        counts = journal.merge(
            sessions, dry_run=dry_run, checked=True, deletions=sessions.deletions
        )
    if dry_run:
        words = ("n_to_add", "n_to_update", "n_unchanged", "n_to_keep")
    else:
        words = ("n_added", "n_updated", "n_unchanged", "n_kept")
    added, updated, unchanged, kept = (
        tr_count(f"journal.{key}", count, lang)
        for key, count in zip(
            words, (counts.added, counts.updated, counts.unchanged, counts.kept), strict=True
        )
    )
    key = "journal.imported_dry" if dry_run else "journal.imported"
    say(tr(key, lang, added=added, updated=updated, unchanged=unchanged, kept=kept))
    extra = merged.summary_extra(counts, dry_run, lang)
    if extra:
        say(extra)
    names = common.tool_names(run_context(ctx).catalogue(quiet=True), lang)
    for line in merged.report_lines(counts, names, dry_run, lang):
        say(line)


def journal_path(ctx: typer.Context) -> None:
    from innovkit.cli.context import run_context
    from innovkit.journal.store.postgres import is_database_address, redacted

    where = run_context(ctx).journal()
    # A shared journal's address is shown without its password, if one was given in it.
    typer.echo(redacted(str(where)) if is_database_address(where) else str(where))
