"""The ``journal`` commands: record sessions, find them again, follow up actions, export the
monthly report, merge a colleague's journal. Each command resolves its inputs, calls the core
(``innovkit.journal``: records, store, report) and prints."""

from __future__ import annotations

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

if TYPE_CHECKING:
    from innovkit.cards.model import Card, Catalogue
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


# Options shared by `add` and `edit` (all read as text: innovkit checks them itself, so that
# every mistake gets a sentence in the facilitator's language). `edit` has its own help where
# `add`'s speaks of a default: an edit changes only what it is given.
DateOpt = Annotated[str | None, _opt("--date", "-d", key="date", metavar="YYYY-MM-DD")]
EditDateOpt = Annotated[str | None, _opt("--date", "-d", key="edit_date", metavar="YYYY-MM-DD")]
StartOpt = Annotated[str | None, _opt("--start", key="start", metavar="HH:MM")]
MinutesOpt = Annotated[str | None, _opt("--minutes", "-m", key="minutes", metavar="N")]
FacilitatorOpt = Annotated[
    str | None, _opt("--facilitator", "-f", key="facilitator", metavar="NAME")
]
EditFacilitatorOpt = Annotated[
    str | None, _opt("--facilitator", "-f", key="edit_facilitator", metavar="NAME")
]
CoFacilitatorOpt = Annotated[
    list[str] | None, _opt("--co-facilitator", key="co_facilitator", metavar="NAME")
]
ParticipantsOpt = Annotated[
    str | None, _opt("--participants", "-p", key="participants", metavar="N")
]
ServiceOpt = Annotated[list[str] | None, _opt("--service", "-s", key="service", metavar="SERVICE")]
SettingOpt = Annotated[str | None, _opt("--setting", key="setting", metavar="SETTING")]
VariantOpt = Annotated[str | None, _opt("--variant", key="variant", metavar="VARIANT")]
SatisfactionOpt = Annotated[str | None, _opt("--satisfaction", key="satisfaction", metavar="1-5")]
IdeaOpt = Annotated[list[str] | None, _opt("--idea", key="idea", metavar="TEXT")]
DecisionOpt = Annotated[list[str] | None, _opt("--decision", key="decision", metavar="TEXT")]
ActionOpt = Annotated[
    list[str] | None, _opt("--action", "-a", key="action", metavar='"TEXT; OWNER; YYYY-MM-DD"')
]
OutcomeOpt = Annotated[list[str] | None, _opt("--outcome", key="outcome", metavar="KEY=VALUE")]
NoteOpt = Annotated[str | None, _opt("--note", "-n", key="note", metavar="TEXT")]
TagOpt = Annotated[list[str] | None, _opt("--tag", "-t", key="tag", metavar="TAG")]
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
    journal.command("add", help=tr("help.journal_add"))(add)
    journal.command("list", help=tr("help.journal_list"))(list_sessions)
    journal.command("show", help=tr("help.journal_show"))(show)
    journal.command("edit", help=tr("help.journal_edit"))(edit)
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


# The options of ``journal add`` (and of ``run --record``) and the session fields they fill.
OPTION_FIELDS = {
    "date_": "date",
    "start": "start",
    "minutes": "actual_minutes",
    "facilitator": "facilitator",
    "co_facilitator": "co_facilitators",
    "participants": "participants",
    "service": "services",
    "setting": "setting",
    "variant": "variant",
    "satisfaction": "satisfaction",
    "idea": "ideas",
    "decision": "decisions",
    "action": "actions",
    "outcome": "outcomes",
    "note": "notes",
    "tag": "tags",
}


def session_fields(**options: Any) -> dict[str, Any]:
    """The session fields that options of ``journal add`` fill, by the options' names."""
    return {OPTION_FIELDS[name]: value for name, value in options.items()}


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
    date_: DateOpt = None,
    start: StartOpt = None,
    minutes: MinutesOpt = None,
    facilitator: FacilitatorOpt = None,
    co_facilitator: CoFacilitatorOpt = None,
    participants: ParticipantsOpt = None,
    service: ServiceOpt = None,
    setting: SettingOpt = None,
    variant: VariantOpt = None,
    satisfaction: SatisfactionOpt = None,
    idea: IdeaOpt = None,
    decision: DecisionOpt = None,
    action: ActionOpt = None,
    outcome: OutcomeOpt = None,
    note: NoteOpt = None,
    tag: TagOpt = None,
    no_input: NoInputOpt = False,
    lang: LangOption = None,
) -> None:
    from innovkit.dates import format_date
    from innovkit.journal.records import missing_outcomes, new_session
    from innovkit.settings import configured

    language(lang)
    card = state.catalogue().find(tool)
    fields = session_fields(
        date_=date_, start=start, minutes=minutes,
        facilitator=facilitator or configured("facilitator"), co_facilitator=co_facilitator,
        participants=participants, service=service, setting=setting, variant=variant,
        satisfaction=satisfaction, idea=idea, decision=decision, action=action, outcome=outcome,
        note=note, tag=tag,
    )  # fmt: skip
    session = new_session(card, **fields)  # every typed value is checked before asking more
    if _interactive(no_input):
        try:
            session = _complete(card, session, fields)
        except (KeyboardInterrupt, EOFError):
            # Ctrl-C (or Ctrl-D) at a question: say that nothing was kept, rather than exit
            # without a word (Typer turns the interruption into a bare exit code).
            say(tr("journal.add_interrupted"))
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    with _open() as journal:
        journal.add(session)
    for missing in missing_outcomes(card, session.outcomes):
        warn(
            tr("journal.outcome_missing", label=missing.label(), key=missing.id, id=session.id[:8])
        )
    say(tr("journal.added", tool=card.name(), date=format_date(session.date), id=session.id[:8]))
    typer.echo(session.id)


def _complete(card: Card, session: Session, given: dict[str, Any]) -> Session:
    """Ask, at the terminal, for what the command line left out; an empty answer skips.

    Each answer is checked as it is typed (the same checks as the options), so a mistake is
    corrected on the spot and nothing typed before it is lost.
    """
    import questionary

    from innovkit.dates import parse_date, parse_time
    from innovkit.journal.records import (
        check_session,
        clean_list,
        outcome_value,
        parse_action,
        parse_minutes,
        parse_participants,
        parse_satisfaction,
        parse_text,
        split_list,
    )

    def ask(key: str, parse: Any, default: str = "") -> Any:
        text = questionary.text(
            tr(f"journal.ask_{key}"), default=default, validate=lambda t: _check(parse, t)
        ).unsafe_ask()
        return parse(text) if text.strip() else None

    def ask_many(key: str, parse: Any) -> list[Any]:
        items = []
        while (item := ask(key, parse)) is not None:
            items.append(item)
        return items

    if given["date"] is None:
        session.date = ask("date", parse_date, session.date.isoformat()) or session.date
    if given["start"] is None:
        session.start = ask("start", parse_time)
    if given["actual_minutes"] is None:
        planned = str(session.planned_minutes or "")
        session.actual_minutes = ask("minutes", parse_minutes, planned)
    if not given["facilitator"]:
        session.facilitator = ask("facilitator", lambda t: parse_text(t, "facilitator")) or ""
    if given["participants"] is None:
        session.participants = ask("participants", parse_participants)
    if not given["services"]:
        session.services = ask("services", lambda t: clean_list(split_list(t), "services")) or []
    if given["satisfaction"] is None:
        session.satisfaction = ask("satisfaction", parse_satisfaction)
    for outcome in card.outcomes:
        if outcome.id in session.outcomes:
            continue
        question = outcome.label() + (f" ({outcome.help()})" if outcome.help else "")
        if outcome.kind == "choice":
            skip = tr("journal.ask_skip")
            labels = [choice.label() for choice in outcome.choices]
            picked = questionary.select(
                question, choices=[*labels, skip], instruction=tr("journal.ask_arrows")
            ).unsafe_ask()
            if picked != skip:
                session.outcomes[outcome.id] = outcome.choices[labels.index(picked)].id
            continue
        hint = tr("journal.ask_list_hint") if outcome.kind == "list" else ""

        def parse(text: str, outcome: Any = outcome) -> Any:
            return outcome_value(outcome, text)

        answer = questionary.text(
            f"{question}{hint}", validate=lambda t, parse=parse: _check(parse, t)
        ).unsafe_ask()
        if answer.strip():
            session.outcomes[outcome.id] = parse(answer)
    if not given["ideas"]:
        session.ideas = ask_many("idea", lambda t: parse_text(t, "ideas"))
    if not given["decisions"]:
        session.decisions = ask_many("decision", lambda t: parse_text(t, "decisions"))
    if not given["actions"]:
        session.actions = ask_many("action", parse_action)
    if given["notes"] is None:
        session.notes = ask("notes", lambda t: t.strip()) or ""
    check_session(session)
    return session


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
    date_: EditDateOpt = None,
    start: StartOpt = None,
    minutes: MinutesOpt = None,
    facilitator: EditFacilitatorOpt = None,
    co_facilitator: CoFacilitatorOpt = None,
    participants: ParticipantsOpt = None,
    service: ServiceOpt = None,
    setting: SettingOpt = None,
    variant: VariantOpt = None,
    satisfaction: SatisfactionOpt = None,
    idea: IdeaOpt = None,
    decision: DecisionOpt = None,
    action: ActionOpt = None,
    outcome: OutcomeOpt = None,
    note: NoteOpt = None,
    tag: TagOpt = None,
    lang: LangOption = None,
) -> None:
    from innovkit.journal.records import edit_session, session_data

    language(lang)
    fields = session_fields(
        date_=date_, start=start, minutes=minutes, facilitator=facilitator,
        co_facilitator=co_facilitator, participants=participants, service=service,
        setting=setting, variant=variant, satisfaction=satisfaction, idea=idea, decision=decision,
        action=action, outcome=outcome, note=note, tag=tag,
    )  # fmt: skip
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
    """The changed fields in the facilitator's words: « durée, résultats de l’outil »."""
    labels = {"start": "col_start", "planned_minutes": "label_duration"}
    labels.update(actual_minutes="label_duration", step_timings="label_steps")
    names: list[str] = []
    for key in keys:
        name = tr("journal." + labels.get(key, f"label_{key}"))
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
    with _open() as journal:
        if fmt == "json":
            from innovkit.journal.store import export_text

            lines = journal.export_lines(period.start, period.end)
            text, count = export_text(lines), len(lines)
        elif fmt == "csv":
            from innovkit.journal.store import csv_separator, export_csv

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
        write_text(text)
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
    from innovkit.journal.store import read_export

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
