"""The live session: ``innovkit timer`` and ``innovkit run``."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Annotated, Any

import typer

from innovkit.cli import state
from innovkit.cli.catalogue import LangOption, language
from innovkit.cli.completion import complete_tool
from innovkit.cli.console import err, say, warn, write_text
from innovkit.cli.journal import (
    ActionOpt,
    CoFacilitatorOpt,
    DateOpt,
    DecisionOpt,
    FacilitatorOpt,
    IdeaOpt,
    MinutesOpt,
    NoteOpt,
    OutcomeOpt,
    ParticipantsOpt,
    SatisfactionOpt,
    ServiceOpt,
    SettingOpt,
    StartOpt,
    TagOpt,
    VariantOpt,
)
from innovkit.cli.timer import NoBellOpt, at_terminal, timer
from innovkit.errors import BadInput, ExitCode, InnovkitError
from innovkit.i18n import tr

if TYPE_CHECKING:
    from innovkit.cards.model import Card
    from innovkit.live.guide import Draft, DraftStore, Finished, GuidedRun, Stopped


def register(app: typer.Typer) -> None:
    app.command("timer", help=tr("help.timer"))(timer)
    app.command("run", help=tr("help.run"))(run)


# --------------------------------------------------------------------------- run


def run(
    tool: Annotated[
        str | None,
        typer.Argument(
            metavar="TOOL",
            help=tr("help.run_tool"),
            show_default=False,
            autocompletion=complete_tool,  # as ToolArgument, but optional: --resume needs none
        ),
    ] = None,
    variant: VariantOpt = None,
    facilitator: FacilitatorOpt = None,
    participants: ParticipantsOpt = None,
    resume: Annotated[bool, typer.Option("--resume", help=tr("help.run_resume"))] = False,
    no_input: Annotated[bool, typer.Option("--no-input", help=tr("help.run_no_input"))] = False,
    no_record: Annotated[bool, typer.Option("--no-record", help=tr("help.run_no_record"))] = False,
    record: Annotated[bool, typer.Option("--record", help=tr("help.run_record"))] = False,
    start: StartOpt = None,
    no_bell: NoBellOpt = False,
    date_: DateOpt = None,
    minutes: MinutesOpt = None,
    co_facilitator: CoFacilitatorOpt = None,
    service: ServiceOpt = None,
    setting: SettingOpt = None,
    satisfaction: SatisfactionOpt = None,
    idea: IdeaOpt = None,
    decision: DecisionOpt = None,
    action: ActionOpt = None,
    outcome: OutcomeOpt = None,
    note: NoteOpt = None,
    tag: TagOpt = None,
    lang: LangOption = None,
) -> None:
    language(lang)
    if record and no_record:
        raise BadInput(tr("live.record_and_no_record"))
    journal_options = {
        "date_": date_,
        "minutes": minutes,
        "co_facilitator": co_facilitator,
        "service": service,
        "setting": setting,
        "satisfaction": satisfaction,
        "idea": idea,
        "decision": decision,
        "action": action,
        "outcome": outcome,
        "note": note,
        "tag": tag,
    }
    card, people = _card_to_run(tool, resume, variant, participants)
    interactive = at_terminal() and not no_input
    if not interactive:
        card, variant = _plain(card, resume, no_input, variant)
        session = None
        if record:  # a wrong option is refused before anything is printed
            from innovkit.journal.recording import prepare_session

            session = prepare_session(
                card,
                journal_options,
                variant=variant,
                start=start,
                facilitator=facilitator,
                participants=participants,
            )
        write_text(run_script(card, variant, start, facilitator, people))
        if session is not None:
            from innovkit.cli.journal import say_recorded
            from innovkit.journal.recording import record_session

            say_recorded(card, session, record_session(card, session))
        return
    if record or any(v is not None for v in journal_options.values()):
        warn(tr("live.record_options_ignored"))
    _on_the_terminal(card, resume, variant, facilitator, people, no_record, bell=not no_bell)


def _card_to_run(
    tool: str | None, resume: bool, variant: str | None, participants: str | None
) -> tuple[Card | None, int | None]:
    """The card asked for (none with ``--resume`` alone) and the group's size, checked before
    anything starts: an unknown tool or variant, a bad number, is an error at once."""
    from innovkit.journal.records import parse_participants

    if tool is None and not resume:
        raise BadInput(tr("live.tool_missing"))
    card = state.catalogue().find(tool) if tool else None
    people = parse_participants(participants) if participants else None
    if card is not None:
        card.plan(variant)  # an unknown or unstructured variant is an error before anything
    return card, people


def _plain(
    card: Card | None, resume: bool, no_input: bool, variant: str | None
) -> tuple[Card, str | None]:
    """No full screen (``--no-input``, a pipe, ``TERM=dumb``): the card and variant of the
    script to print; ``--resume`` has nothing to print, so it is one sentence."""
    if resume:  # nothing to print instead: one sentence, and no script before it
        raise BadInput(tr("live.resume_and_no_input" if no_input else "live.resume_needs_terminal"))
    if not no_input:
        warn(tr("live.no_terminal"))
    assert card is not None
    return card, variant or default_variant(card)


def _on_the_terminal(
    card: Card | None,
    resume: bool,
    variant: str | None,
    facilitator: str | None,
    people: int | None,
    no_record: bool,
    bell: bool,
) -> None:
    """The guided run at the terminal: a new one, or the draft to resume."""
    from innovkit import paths
    from innovkit.live.guide import DraftStore, fit_to_card

    store = DraftStore(paths.drafts_dir())
    draft, resumed = _draft_to_run(card, store, resume, variant, facilitator, people, no_record)
    card = state.catalogue().find(draft.tool)
    if resumed and fit_to_card(draft, card):
        warn(tr("live.card_changed", tool=card.name()))
    _guided(card, draft, store, resumed, bell)


def _draft_to_run(
    card: Card | None,
    store: DraftStore,
    resume: bool,
    variant: str | None,
    facilitator: str | None,
    people: int | None,
    no_record: bool,
) -> tuple[Draft, bool]:
    """The draft to resume (asked for, or offered), else a new one."""
    from innovkit.live.guide import new_draft
    from innovkit.live.timer import SystemClock
    from innovkit.settings import configured

    existing = store.latest(card.id if card else None)
    if resume:
        if existing is None:
            name = card.name() if card else None
            raise BadInput(tr("live.no_draft_tool", tool=name) if name else tr("live.no_draft"))
        return existing, True
    assert card is not None
    if existing is not None and _offer_resume(card, existing):
        return existing, True
    chosen = facilitator or configured("facilitator") or ""
    variant = variant or default_variant(card)
    draft = new_draft(card, variant, SystemClock().now(), str(chosen), people, record=not no_record)
    return draft, False


def default_variant(card: Card) -> str | None:
    """The configured default variant (``innovkit config set variant short``) when this
    tool has it as a timed variant; else the whole card."""
    from innovkit.settings import configured

    wanted = configured("variant")
    for variant in card.variants:
        if variant.id == wanted and variant.structured:
            return variant.id
    return None


def _offer_resume(card: Card, draft: Draft) -> bool:
    """An unfinished session of this tool is on disk: resume it? (Enter means yes.)"""
    from innovkit.cli import ask
    from innovkit.cli.timerview import clock_time
    from innovkit.dates import format_date

    saved = datetime.fromisoformat(draft.saved) if draft.saved else None
    when = f"{format_date(saved.date())}, {clock_time(saved)}" if saved else "?"
    where = (
        tr("live.draft_at_step", number=draft.current + 1, count=len(draft.steps))
        if draft.phase == "steps"
        else tr(f"live.draft_phase_{draft.phase}")
    )
    say(tr("live.draft_found", tool=card.name(), when=when, where=where))
    return ask.yes_no(tr("live.draft_resume_question"), default=True)


def _guided(card: Card, draft: Draft, store: DraftStore, resumed: bool, bell: bool) -> None:
    from innovkit.cli.lines import LineConsole
    from innovkit.live.guide import Finished, GuidedRun, TypingInterrupted
    from innovkit.live.timer import SystemClock

    command = f"innovkit run {card.id} --resume"
    guided = GuidedRun(card, draft, SystemClock(), LineConsole(), store, _record, bell, resumed)
    try:
        result = _on_screen(guided) if draft.phase in ("checklist", "steps") else None
        if result is None:  # the questions, on the normal screen
            guided.console = LineConsole(guided.keep_typing)
            result = guided.run()
    except KeyboardInterrupt as stop:
        say(tr("live.interrupted_saved", command=command))
        if isinstance(stop, TypingInterrupted) and stop.typed.strip():
            say(tr("live.interrupted_typing_kept"))
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    except InnovkitError as error:  # the journal refused or could not be written
        kept = tr("live.kept_after_error", command=command)
        wrapped = InnovkitError(f"{error} {kept}")
        wrapped.exit_code = error.exit_code
        raise wrapped from error
    assert result is not None
    if isinstance(result, Finished):
        _report(card, result)
    elif result.kept:
        say(tr("live.draft_kept", command=command))
    else:
        say(tr("live.draft_deleted"))


def _on_screen(guided: GuidedRun) -> Finished | Stopped | None:
    """The checklist and the steps on the full screen; ``None`` once they are done."""
    from innovkit.cli.screen import run_on_screen

    def work(console: Any) -> Finished | Stopped | None:
        guided.console = console
        return guided.run(until="debrief")

    return run_on_screen(work)


def _record(card: Card, draft: Draft) -> Any:
    """Stores the finished run in the journal (once: a retry after a crash finds it there)."""
    from innovkit.journal.store import Journal
    from innovkit.live.capture import session_from_draft

    session = session_from_draft(card, draft)
    with Journal() as journal:
        try:
            return journal.get(session.id)
        except BadInput:
            return journal.add(session)


def _report(card: Card, result: Finished) -> None:
    """The planned and actual time of each step, then where the session went."""
    from rich.table import Table

    from innovkit.durations import elapsed_face
    from innovkit.live.capture import step_seconds

    def face(seconds: float) -> str:  # rounded as the journal keeps it: the same in both
        return elapsed_face(step_seconds(seconds))

    draft = result.draft
    table = Table(box=None, pad_edge=False, header_style="bold")
    for key in ("col_step", "col_planned", "col_actual", "col_note"):
        table.add_column(tr(f"live.{key}"))
    for number, step in enumerate(draft.steps, 1):
        notes = []
        if step.skipped:
            notes.append(tr("live.row_skipped"))
        if step_seconds(step.extended) > 0:
            notes.append(tr("live.row_extended", extra=face(step.extended)))
        table.add_row(
            f"{number}. {step.title}",
            face(step.planned),
            face(step.wall),
            ", ".join(notes),
        )
    err().print()
    err().print(table)
    if result.session is None:
        say(tr("live.finished_not_recorded"))
        return
    say(tr("live.recorded", tool=card.name(), id=result.session.id[:8]))
    typer.echo(result.session.id)


# --------------------------------------------------------------------------- the run script


def run_script(
    card: Card,
    variant: str | None,
    start: str | None,
    facilitator: str | None = None,
    participants: int | None = None,
) -> str:
    """The run on paper, for rehearsal and scripts: the tool's text run sheet (the ``txt``
    template of ``innovkit sheet``), timed from ``start``, else from the next whole minute."""
    from innovkit.dates import parse_time
    from innovkit.documents.render import SheetOptions, render_sheet
    from innovkit.i18n import current_language

    if start:
        begins = parse_time(start)
    else:
        now = datetime.now().replace(second=0, microsecond=0)
        begins = (now + timedelta(minutes=1)).time()
    options = SheetOptions(
        lang=current_language(),
        start=begins,
        participants=participants,
        facilitator=facilitator,
        variant=variant,
    )
    return render_sheet(card, state.catalogue(), options, "txt")
