"""The ``journal`` commands: record sessions, find them again, follow up actions, export the
monthly report, merge a colleague's journal. Each command resolves its inputs, calls the core
(``innovkit.journal``: records, store, report) and prints."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from innovkit.cli import state
from innovkit.cli.catalogue import JsonOption, LangOption, language
from innovkit.cli.completion import complete_lever, complete_tool
from innovkit.cli.console import print_json, say, warn, write_text
from innovkit.errors import BadInput, ExitCode
from innovkit.i18n import labelled, tr, tr_count
from innovkit.journal.schema import OPTIONS, SessionField

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Card
    from innovkit.journal.records import Session
    from innovkit.journal.store import ActionEntry, Journal

FORMATS = ("md", "html", "json", "csv")


def _opt(*names: str, key: str, metavar: str | None = None, complete: Any = None) -> Any:
    return typer.Option(
        *names,
        help=tr(f"help.journal_{key}"),
        show_default=False,
        metavar=metavar,
        autocompletion=complete,
    )


def _schema_option(spec: SessionField, edit: bool = False) -> Any:
    """The option of ``journal add`` (or ``edit``) that sets one field of the session schema,
    read as text: innovkit checks it itself, so that every mistake gets a sentence in the
    facilitator's language. ``edit`` has its own help where ``add``'s speaks of a default."""
    names = [spec.option, spec.short] if spec.short else [spec.option]
    help_key = spec.edit_help if edit and spec.edit_help else spec.help
    info = typer.Option(*names, help=tr(help_key), show_default=False, metavar=spec.metavar)
    kind = list[str] | None if spec.many else str | None
    return Annotated[kind, info]  # type: ignore[valid-type]


def _schema_parameters(edit: bool = False) -> list[inspect.Parameter]:
    return [
        inspect.Parameter(
            spec.parameter,
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=_schema_option(spec, edit),
        )
        for spec in OPTIONS
    ]


def _with_schema_options(function: Any, edit: bool = False) -> Any:
    """``function`` taking ``**options`` gets one option per field of the session schema:
    Typer reads the signature, whose ``**options`` is replaced by those parameters."""
    if "__signature__" in vars(function):
        return function  # done at an earlier registration (several runs in one process)
    signature = inspect.signature(function, eval_str=True)
    before = [p for p in signature.parameters.values() if p.kind is not p.VAR_KEYWORD]
    positional = [p for p in before if p.kind is not p.KEYWORD_ONLY]
    keyword = [p for p in before if p.kind is p.KEYWORD_ONLY]
    function.__signature__ = signature.replace(
        parameters=[*positional, *_schema_parameters(edit), *keyword]
    )
    return function


# The options of the session schema, for ``run --record`` (which takes the same).
_BY_NAME = {spec.name: spec for spec in OPTIONS}
DateOpt = _schema_option(_BY_NAME["date"])
StartOpt = _schema_option(_BY_NAME["start"])
MinutesOpt = _schema_option(_BY_NAME["actual_minutes"])
FacilitatorOpt = _schema_option(_BY_NAME["facilitator"])
CoFacilitatorOpt = _schema_option(_BY_NAME["co_facilitators"])
ParticipantsOpt = _schema_option(_BY_NAME["participants"])
ServiceOpt = _schema_option(_BY_NAME["services"])
SettingOpt = _schema_option(_BY_NAME["setting"])
VariantOpt = _schema_option(_BY_NAME["variant"])
SatisfactionOpt = _schema_option(_BY_NAME["satisfaction"])
IdeaOpt = _schema_option(_BY_NAME["ideas"])
DecisionOpt = _schema_option(_BY_NAME["decisions"])
ActionOpt = _schema_option(_BY_NAME["actions"])
OutcomeOpt = _schema_option(_BY_NAME["outcomes"])
NoteOpt = _schema_option(_BY_NAME["notes"])
TagOpt = _schema_option(_BY_NAME["tags"])
NoInputOpt = Annotated[bool, typer.Option("--no-input", help=tr("help.journal_no_input"))]

# Options of the listings and exports.
MonthOpt = Annotated[str | None, _opt("--month", key="month", metavar="YYYY-MM")]
FromOpt = Annotated[str | None, _opt("--from", key="from", metavar="YYYY-MM-DD")]
ToOpt = Annotated[str | None, _opt("--to", key="to", metavar="YYYY-MM-DD")]
IdArg = Annotated[str, typer.Argument(metavar="ID", help=tr("help.journal_id"), show_default=False)]


def register(app: typer.Typer) -> None:
    journal = typer.Typer(
        help=tr("help.journal"),
        no_args_is_help=True,
        subcommand_metavar=tr("click.command_metavar"),
    )
    journal.command("add", help=tr("help.journal_add"))(_with_schema_options(add))
    journal.command("list", help=tr("help.journal_list"))(list_sessions)
    journal.command("show", help=tr("help.journal_show"))(show)
    journal.command("edit", help=tr("help.journal_edit"))(_with_schema_options(edit, edit=True))
    journal.command("delete", help=tr("help.journal_delete"))(delete)
    journal.command("actions", help=tr("help.journal_actions"))(actions)
    journal.command("action-done", help=tr("help.journal_action_done"))(action_done)
    journal.command("export", help=tr("help.journal_export"))(export)
    journal.command("import", help=tr("help.journal_import"))(import_sessions)
    journal.command("path", help=tr("help.journal_path"))(journal_path)
    app.add_typer(journal, name="journal")


def _open() -> Journal:
    from innovkit.journal.store import Journal

    return Journal()


def _interactive(no_input: bool = False) -> bool:
    """Questions only for a person at a terminal: never in a script, a pipe or a test."""
    return not no_input and sys.stdin.isatty() and sys.stdout.isatty()


# --------------------------------------------------------------------------- add


def session_fields(**options: Any) -> dict[str, Any]:
    """The session fields that options of ``journal add`` fill, by the options' names."""
    from innovkit.journal.schema import option_fields

    return option_fields(options)


def add(
    tool: Annotated[
        str,
        typer.Argument(
            metavar="TOOL",
            help=tr("help.journal_tool"),
            show_default=False,
            autocompletion=complete_tool,
        ),
    ],
    *,
    no_input: NoInputOpt = False,
    lang: LangOption = None,
    **options: Any,
) -> None:
    """Options: one per field of the session schema (see ``_with_schema_options``)."""
    from innovkit.journal.recording import prepare_session, record_session

    language(lang)
    card = state.catalogue().find(tool)
    session = prepare_session(card, options)  # every typed value is checked before asking more
    if _interactive(no_input):
        try:
            session = _complete(card, session, options)
        except (KeyboardInterrupt, EOFError):
            # Ctrl-C (or Ctrl-D) at a question: say that nothing was kept, rather than exit
            # without a word (Typer turns the interruption into a bare exit code).
            say(tr("journal.add_interrupted"))
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    say_recorded(card, session, record_session(card, session))


def say_recorded(card: Card, session: Session, missing: Sequence[Any]) -> None:
    """What ``journal add`` (and ``run --record``) print once a session is recorded: a
    warning per required outcome left empty, the sentence, and the id on stdout."""
    from innovkit.dates import format_date

    for outcome in missing:
        warn(
            tr("journal.outcome_missing", label=outcome.label(), key=outcome.id, id=session.id[:8])
        )
    say(tr("journal.added", tool=card.name(), date=format_date(session.date), id=session.id[:8]))
    typer.echo(session.id)


def _complete(card: Card, session: Session, options: dict[str, Any]) -> Session:
    """Ask, at the terminal, the session schema's questions (the same as at the end of a
    guided run) that the command line left unanswered; an empty answer skips.

    Each answer is checked as it is typed (the same checks as the options), so a mistake is
    corrected on the spot and nothing typed before it is lost.
    """
    from innovkit.i18n import current_language
    from innovkit.journal.questions import OUTCOME_PREFIX, answers_fields, session_questions
    from innovkit.journal.records import new_session
    from innovkit.journal.schema import option_fields

    given = {k: v for k, v in option_fields(options).items() if v not in (None, [])}
    defaults = {"facilitator": session.facilitator or None}
    answers: dict[str, Any] = {}
    for question in session_questions(card, current_language(), defaults):
        outcome = question.key.removeprefix(OUTCOME_PREFIX)
        if question.key in given or (question.key != outcome and outcome in session.outcomes):
            continue
        answers[question.key] = _ask(question)
    fields = {**given, "variant": session.variant, "date": session.date}
    for name, value in answers_fields(answers).items():
        if name == "outcomes":
            fields[name] = {**session.outcomes, **value}
        elif name not in given and value not in (None, []):
            fields[name] = value
    fields.setdefault("facilitator", session.facilitator)
    return new_session(card, **fields)


def _ask(question: Any) -> Any:
    """One question with questionary: a choice from a list, several lines, or one line."""
    import questionary

    def check(text: str) -> bool | str:
        try:
            question.check(text)  # an empty answer too: it may be required
        except BadInput as problem:
            return str(problem)
        return True

    if question.choices:
        skip = tr("journal.ask_skip")
        labels = [label for _, label in question.choices]
        picked = questionary.select(
            question.label,
            choices=[*labels, skip],
            default=question.default if question.default in labels else None,
            instruction=tr("journal.ask_arrows"),
        ).unsafe_ask()
        return None if picked == skip else question.choices[labels.index(picked)][0]
    if question.many:
        items: list[Any] = []
        while True:
            text = questionary.text(
                question.label,
                instruction=f"({len(items) + 1})" if items else question.help,
                validate=lambda t: True if not t.strip() else _check(question.check, t),
            ).unsafe_ask()
            if not text.strip():
                if items or not question.required:
                    return items
                continue
            items.append(question.check(text))
    text = questionary.text(
        question.label,
        default=question.default or "",
        instruction=question.help,
        validate=check,
    ).unsafe_ask()
    return question.check(text)


def _check(parse: Any, text: str) -> bool | str:
    """For questionary: ``True`` when ``text`` is empty or reads well, else the sentence."""
    if not text.strip():
        return True
    try:
        parse(text)
    except BadInput as problem:
        return str(problem)
    return True


# --------------------------------------------------------------------------- list and show


def _tool_id(query: str, journal: Journal) -> str:
    """A tool from the catalogue, or the id of a tool whose card is gone but has sessions."""
    try:
        return state.catalogue().find(query).id
    except BadInput:
        if journal.has_tool(query.strip().lower()):
            return query.strip().lower()
        raise


def list_sessions(
    month: MonthOpt = None,
    from_: FromOpt = None,
    to: ToOpt = None,
    tool: Annotated[
        str | None, _opt("--tool", key="filter_tool", metavar="TOOL", complete=complete_tool)
    ] = None,
    lever: Annotated[
        str | None,
        _opt("--lever", "-l", key="filter_lever", metavar="LEVER", complete=complete_lever),
    ] = None,
    facilitator: Annotated[
        str | None, _opt("--facilitator", "-f", key="filter_facilitator", metavar="NAME")
    ] = None,
    tag: Annotated[str | None, _opt("--tag", "-t", key="filter_tag", metavar="TAG")] = None,
    json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    from innovkit.dates import format_clock
    from innovkit.journal.records import session_data
    from innovkit.journal.report import choose_period

    lang = language(lang)
    period = choose_period(month, from_, to, default="all")
    lever_id = state.catalogue().find_lever(lever).id if lever else None
    with _open() as journal:
        tool_id = _tool_id(tool, journal) if tool else None
        found = journal.sessions(
            period.start, period.end, tool_id, lever_id, facilitator, tag, timings=json
        )
    if json:
        print_json([session_data(s) for s in found])
        return
    if not found:
        say(tr("journal.list_empty"))
        return
    names = _tool_names(state.catalogue())
    rows = [
        (
            s.id[:8],
            s.date.isoformat(),
            format_clock(s.start, lang) if s.start else "",
            names.get(s.tool, s.tool),
            ", ".join(s.facilitators),
            "" if s.participants is None else str(s.participants),
            tr("common.minutes", minutes=s.minutes) if s.minutes else "",
            "" if s.satisfaction is None else f"{s.satisfaction}/5",
        )
        for s in found
    ]
    headers = tuple(tr(f"journal.col_{c}") for c in ("id", "date", "start", "tool", "facilitator"))
    headers += tuple(tr(f"journal.col_{c}") for c in ("participants", "duration", "satisfaction"))
    write_text(_columns(headers, rows))
    say(tr_count("journal.n_found", len(found)))


def _tool_names(catalogue: Catalogue) -> dict[str, str]:
    return {ident: card.name() for ident, card in catalogue.tools.items()}


def _columns(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Plain aligned columns: fast for thousands of rows, and still readable when piped."""
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in (headers, *rows)
    ]
    return "\n".join(lines) + "\n"


def show(session_id: IdArg, json: JsonOption = False, lang: LangOption = None) -> None:
    from innovkit.journal.records import session_data

    lang = language(lang)
    with _open() as journal:
        session = journal.get(session_id)
    if json:
        print_json(session_data(session))
        return
    catalogue = state.catalogue()
    write_text(_describe(session, catalogue.tools.get(session.tool), catalogue, lang))


def _describe(s: Session, card: Card | None, catalogue: Catalogue, lang: str) -> str:
    from innovkit.dates import format_date
    from innovkit.journal.records import describe_outcome, outcome_label
    from innovkit.journal.report import Words

    def line(key: str, value: object) -> None:
        if value not in (None, "", []):
            lines.append(labelled(tr(f"journal.label_{key}"), value, lang))

    def block(key: str, items: Sequence[str], mark: str = "•") -> None:
        if items:
            lines.append(labelled(tr(f"journal.label_{key}"), "", lang).rstrip())
            lines.extend(f"  {mark} {item}" if mark else f"  {item}" for item in items)

    lever = catalogue.levers.get(s.lever)
    lines = [tr("journal.show_title", id=s.id)]
    line("tool", card.name(lang) if card else s.tool)
    line("lever", lever.name(lang) if lever else s.lever)
    if s.variant:
        variant = next((v for v in card.variants if v.id == s.variant), None) if card else None
        line("variant", variant.name(lang) if variant else s.variant)
    line("date", Words(lang).when(s.date, s.start))
    if s.actual_minutes is not None:
        line(
            "duration",
            tr("journal.duration_both", actual=s.actual_minutes, planned=s.planned_minutes or 0),
        )
    elif s.planned_minutes:
        line("duration", tr("journal.duration_planned", planned=s.planned_minutes))
    line("facilitator", s.facilitator)
    line("co_facilitators", ", ".join(s.co_facilitators))
    line("participants", s.participants)
    line("services", " ; ".join(s.services))
    line("setting", tr(f"journal.setting_{s.setting}") if s.setting else None)
    line("satisfaction", f"{s.satisfaction}/5" if s.satisfaction else None)
    block("ideas", s.ideas)
    block("decisions", s.decisions)
    today = date.today()
    block("actions", [_action_text(a, today) for a in s.actions], mark="")
    block(
        "outcomes",
        [
            labelled(outcome_label(card, k, lang), describe_outcome(card, k, v, lang), lang)
            for k, v in s.outcomes.items()
        ],
    )
    block(
        "steps",
        [
            tr(
                "journal.step_timing",
                title=t.title or t.step_id,
                planned=_clock(t.planned_seconds),
                actual=_clock(t.actual_seconds),
            )
            + (" " + tr("journal.step_skipped") if t.skipped else "")
            for t in s.step_timings
        ],
    )
    if s.notes:
        lines.append(labelled(tr("journal.label_notes"), "", lang).rstrip())
        lines.extend(f"  {text}".rstrip() for text in s.notes.splitlines())
    line("tags", ", ".join(s.tags))
    lines.append(
        tr(
            "journal.show_stamps",
            created=format_date(s.created_at.date(), lang),
            updated=format_date(s.updated_at.date(), lang),
        )
    )
    return "\n".join(lines) + "\n"


def _clock(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}:{rest:02d}"


def _action_text(action: Any, today: date) -> str:
    from innovkit.dates import format_date

    box = "☑" if action.status == "done" else "☐"
    parts = [action.text]
    if action.owner:
        parts.append(action.owner)
    if action.due:
        parts.append(tr("journal.due_on", date=format_date(action.due)))
    text = f"{box} " + " — ".join(parts)
    if action.overdue(today):
        text += " " + tr("journal.overdue_flag")
    return f"{text}  [{action.id[:8]}]"


# --------------------------------------------------------------------------- edit and delete


def edit(
    session_id: IdArg,
    *,
    lang: LangOption = None,
    **options: Any,
) -> None:
    """Options: one per field of the session schema (see ``_with_schema_options``)."""
    from innovkit.journal.records import edit_session, session_data

    language(lang)
    fields = session_fields(**options)
    if all(value is None for value in fields.values()):
        raise BadInput(tr("journal.edit_nothing"))
    with _open() as journal, journal.atomic():
        session = journal.get(session_id)
        card = state.catalogue().tools.get(session.tool)
        changed = edit_session(card, session, **fields)
        before, after = session_data(session), session_data(changed)
        differences = [
            key for key in after if key not in ("updated_at",) and before[key] != after[key]
        ]
        if not differences:
            say(tr("journal.edit_unchanged", id=session.id[:8]))
            return
        journal.update(changed)
    say(tr("journal.edited", id=session.id[:8], fields=_field_names(differences)))


def _field_names(keys: Sequence[str]) -> str:
    """The changed fields in the facilitator's words (the schema's labels): « durée,
    résultats de l’outil »."""
    from innovkit.journal.schema import BY_NAME

    names: list[str] = []
    for key in keys:
        name = tr(BY_NAME[key].label or f"journal.label_{key}")
        name = name[0].lower() + name[1:]
        if name not in names:
            names.append(name)
    return ", ".join(names)


def delete(
    session_id: IdArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=tr("help.journal_yes"))] = False,
    lang: LangOption = None,
) -> None:
    from innovkit.dates import format_date

    language(lang)
    with _open() as journal:
        session = journal.get(session_id)
        name = _tool_names(state.catalogue()).get(session.tool, session.tool)
        what = tr(
            "journal.session_words", tool=name, date=format_date(session.date), id=session.id[:8]
        )
        if not yes:
            if not _interactive():
                raise BadInput(tr("journal.delete_needs_yes", session=what))
            import questionary

            keep, remove = tr("journal.delete_keep"), tr("journal.delete_remove")
            try:
                answer = questionary.select(
                    tr("journal.delete_confirm", session=what),
                    choices=[keep, remove],
                    default=keep,
                    instruction=tr("journal.ask_arrows"),
                ).unsafe_ask()
            except (KeyboardInterrupt, EOFError):
                say(tr("journal.delete_interrupted"))
                raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
            if answer != remove:
                say(tr("journal.delete_kept"))
                return
        journal.delete(session.id)
    say(tr("journal.deleted", session=what))


# --------------------------------------------------------------------------- actions


def actions(
    open_: Annotated[bool, typer.Option("--open", help=tr("help.journal_open"))] = False,
    overdue: Annotated[bool, typer.Option("--overdue", help=tr("help.journal_overdue"))] = False,
    json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    from innovkit.journal.report import actions_count

    language(lang)
    today = date.today()
    with _open() as journal:
        entries = journal.actions(
            status="open" if (open_ or overdue) else None,
            due_before=today if overdue else None,
        )
    if json:
        print_json([_action_data(entry, today) for entry in entries])
        return
    if not entries:
        say(tr("journal.actions_empty"))
        return
    names = _tool_names(state.catalogue())
    rows = [
        (
            e.action.id[:8],
            "☑" if e.action.status == "done" else "☐",
            e.action.due.isoformat() if e.action.due else "",
            tr("journal.overdue_flag") if e.action.overdue(today) else "",
            e.action.owner,
            e.action.text,
            f"{e.session_date.isoformat()} {names.get(e.tool, e.tool)}",
        )
        for e in entries
    ]
    headers = tuple(
        tr(f"journal.col_{c}")
        for c in ("id", "status", "due", "late", "owner", "action", "session")
    )
    write_text(_columns(headers, rows))
    late = sum(e.action.overdue(today) for e in entries)
    say(actions_count(len(entries), late))


def _action_data(entry: ActionEntry, today: date) -> dict[str, Any]:
    a = entry.action
    return {
        "id": a.id,
        "text": a.text,
        "owner": a.owner,
        "due": a.due.isoformat() if a.due else None,
        "status": a.status,
        "overdue": a.overdue(today),
        "session": entry.session_id,
        "session_date": entry.session_date.isoformat(),
        "tool": entry.tool,
        "lever": entry.lever,
    }


def action_done(
    action_id: Annotated[
        str, typer.Argument(metavar="ID", help=tr("help.journal_action_id"), show_default=False)
    ],
    reopen: Annotated[bool, typer.Option("--reopen", help=tr("help.journal_reopen"))] = False,
    lang: LangOption = None,
) -> None:
    language(lang)
    with _open() as journal:
        entry = journal.set_action_status(action_id, "open" if reopen else "done")
    key = "journal.action_reopened" if reopen else "journal.action_done"
    say(tr(key, text=entry.action.text, id=entry.action.id[:8]))


# --------------------------------------------------------------------------- export and import


def export(
    month: MonthOpt = None,
    from_: FromOpt = None,
    to: ToOpt = None,
    all_: Annotated[bool, typer.Option("--all", help=tr("help.journal_all"))] = False,
    format_: Annotated[
        str | None, _opt("--format", key="format", metavar="md|html|json|csv")
    ] = None,
    output: Annotated[Path | None, _opt("--output", "-o", key="output", metavar="FILE")] = None,
    force: Annotated[bool, typer.Option("--force", help=tr("help.journal_force"))] = False,
    lang: LangOption = None,
) -> None:
    from innovkit.journal.report import choose_period
    from innovkit.output import check_writable, write_file

    lang = language(lang)
    fmt = _format(format_, output)
    period = choose_period(month, from_, to, all_)
    if output is not None:
        check_writable(output, force)  # before any work: a refusal costs nothing
    text: str | bytes
    with _open() as journal:
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
            from innovkit.journal.report import build_report, render_report

            report = build_report(journal, period, state.catalogue(), lang, date.today())
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
    with _open() as journal:
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
