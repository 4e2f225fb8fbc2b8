"""The live session: ``innovkit timer`` and ``innovkit run``."""

from __future__ import annotations

import re
import sys
import textwrap
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
from innovkit.errors import BadInput, ExitCode, InnovkitError
from innovkit.i18n import labelled, quoted, tr

if TYPE_CHECKING:
    from innovkit.cards.model import Card
    from innovkit.live.guide import Draft, DraftStore, Finished

NoBellOpt = Annotated[bool, typer.Option("--no-bell", help=tr("help.live_no_bell"))]


def register(app: typer.Typer) -> None:
    app.command("timer", help=tr("help.timer"))(timer)
    app.command("run", help=tr("help.run"))(run)


def at_terminal() -> bool:
    """A person at a terminal: keys can be read and screens drawn (never in a pipe or a test)."""
    return all(stream.isatty() for stream in (sys.stdin, sys.stdout, sys.stderr))


# --------------------------------------------------------------------------- timer


def timer(
    duration: Annotated[
        str, typer.Argument(metavar="DURATION", help=tr("help.timer_duration"), show_default=False)
    ],
    label: Annotated[
        str | None, typer.Option("--label", "-l", help=tr("help.timer_label"), show_default=False)
    ] = None,
    warn_at: Annotated[
        list[str] | None,
        typer.Option(
            "--warn", "-w", metavar="DURATION", help=tr("help.timer_warn"), show_default=False
        ),
    ] = None,
    no_bell: NoBellOpt = False,
    lang: LangOption = None,
) -> None:
    from innovkit.cli.countdown import BigDisplay, LineDisplay, count_down
    from innovkit.durations import clock_face, elapsed_face, parse_duration
    from innovkit.live.timer import Countdown, SystemClock

    language(lang)
    seconds = parse_duration(duration)
    warnings = [parse_duration(text) for text in warn_at or []]
    for text, value in zip(warn_at or [], warnings, strict=True):
        if value >= seconds:
            raise BadInput(tr("live.warn_too_late", warn=text, duration=clock_face(seconds)))
    if not warn_at and seconds > 120:
        warnings = [60.0]  # a default a room can read: the colour changes one minute before
    clock = SystemClock()
    countdown = Countdown(seconds, clock, warnings)
    try:
        if at_terminal():
            from innovkit.cli.keys import KeyReader

            with KeyReader() as keys, BigDisplay(err(), label, clock, not no_bell) as display:
                finished = count_down(countdown, clock, display, keys)
        else:
            finished = count_down(countdown, clock, LineDisplay(label, clock))
    except KeyboardInterrupt:
        say(
            tr(
                "live.timer_interrupted",
                elapsed=elapsed_face(countdown.elapsed()),
                left=clock_face(countdown.remaining()),
            )
        )
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    if not finished:
        say(tr("live.timer_stopped", left=clock_face(countdown.remaining())))


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
    from innovkit import paths
    from innovkit.journal.records import parse_participants
    from innovkit.live.guide import DraftStore, fit_to_card

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
    catalogue = state.catalogue()
    store = DraftStore(paths.drafts_dir())
    if tool is None and not resume:
        raise BadInput(tr("live.tool_missing"))
    card = catalogue.find(tool) if tool else None
    people = parse_participants(participants) if participants else None
    if card is not None:
        card.plan(variant)  # an unknown or unstructured variant is an error before anything
    interactive = at_terminal() and not no_input
    if not interactive:
        if resume:  # nothing to print instead: one sentence, and no script before it
            raise BadInput(
                tr("live.resume_and_no_input" if no_input else "live.resume_needs_terminal")
            )
        if not no_input:
            warn(tr("live.no_terminal"))
        assert card is not None
        variant = variant or default_variant(card)
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
        write_text(run_script(card, variant, start))
        if session is not None:
            from innovkit.cli.journal import say_recorded
            from innovkit.journal.recording import record_session

            say_recorded(card, session, record_session(card, session))
        return
    if record or any(v is not None for v in journal_options.values()):
        warn(tr("live.record_options_ignored"))
    draft, resumed = _draft_to_run(card, store, resume, variant, facilitator, people, no_record)
    card = catalogue.find(draft.tool)
    if resumed and fit_to_card(draft, card):
        warn(tr("live.card_changed", tool=card.name()))
    _guided(card, draft, store, resumed, bell=not no_bell)


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
    from innovkit.cli.countdown import clock_time
    from innovkit.cli.terminal import ask_line
    from innovkit.dates import format_date
    from innovkit.live.guide import parse_yes_no

    saved = datetime.fromisoformat(draft.saved) if draft.saved else None
    when = f"{format_date(saved.date())}, {clock_time(saved)}" if saved else "?"
    where = (
        tr("live.draft_at_step", number=draft.current + 1, count=len(draft.steps))
        if draft.phase == "steps"
        else tr(f"live.draft_phase_{draft.phase}")
    )
    say(tr("live.draft_found", tool=card.name(), when=when, where=where))
    while True:
        answer = ask_line(tr("live.draft_resume_question") + " ")
        try:
            return parse_yes_no(answer or "o")
        except BadInput as problem:
            say(str(problem))


def _guided(card: Card, draft: Draft, store: DraftStore, resumed: bool, bell: bool) -> None:
    from innovkit.cli.keys import KeyReader
    from innovkit.cli.terminal import TerminalConsole
    from innovkit.live.guide import Finished, GuidedRun, TypingInterrupted
    from innovkit.live.timer import SystemClock

    clock = SystemClock()
    command = f"innovkit run {card.id} --resume"
    try:
        with KeyReader() as keys, TerminalConsole(err(), keys, clock) as console:
            run_ = GuidedRun(card, draft, clock, console, store, _record, bell, resumed)
            result = run_.run()
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
    if isinstance(result, Finished):
        _report(card, result)
    elif result.kept:
        say(tr("live.draft_kept", command=command))
    else:
        say(tr("live.draft_deleted"))


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


def run_script(card: Card, variant: str | None, start: str | None) -> str:
    """The run on paper: each step with its planned clock times, for rehearsal and scripts."""
    from innovkit.dates import format_clock, format_duration, parse_time
    from innovkit.i18n import current_language
    from innovkit.live.schedule import timetable

    lang = current_language()
    plan = card.plan(variant)
    if start:
        begins = datetime.combine(datetime.now().date(), parse_time(start))
    else:  # from the next whole minute
        now = datetime.now().replace(second=0, microsecond=0)
        begins = now + timedelta(minutes=1)
    slots = timetable([(s.title(lang), s.minutes) for s in plan], begins)
    total = sum(s.minutes for s in plan)
    name = card.name(lang)
    if variant:
        name += " — " + card.variant(variant).name(lang)
    lines = [name, "=" * len(name), ""]
    end = begins + timedelta(minutes=total)
    times = f"{format_clock(begins, lang)} → {format_clock(end, lang)}"
    lines.append(
        labelled(tr("live.script_duration"), format_duration(total, lang))
        + " · "
        + labelled(tr("live.script_times"), times)
    )
    lines += ["", tr("live.script_checklist")]
    lines += [f"[ ] {item(lang)}" for item in card.checklist.get("before", ())]
    wrap = textwrap.TextWrapper(width=78, initial_indent="    ", subsequent_indent="    ")
    quote = textwrap.TextWrapper(width=78, initial_indent="      ", subsequent_indent="        ")
    for number, (step, slot) in enumerate(zip(plan, slots, strict=True), 1):
        assert slot.start is not None and slot.end is not None
        times = f"{format_clock(slot.start, lang)} – {format_clock(slot.end, lang)}"
        lines += [
            "",
            f"{times}  {number}. {step.title(lang)} ({format_duration(step.minutes, lang)})",
        ]
        # Only ASCII spaces are folded: French non-breaking spaces must stay where they are.
        lines += wrap.wrap(re.sub(r"[ \t\n]+", " ", step.instructions(lang).strip()))
        lines += [line for p in step.prompts for line in quote.wrap(quoted(p(lang), lang))]
        lines += [
            line for t in step.tips for line in wrap.wrap(labelled(tr("live.tip"), t(lang), lang))
        ]
    lines += ["", f"{format_clock(end, lang)}  {tr('live.debrief_heading')}"]
    bullet = textwrap.TextWrapper(width=78, initial_indent="    - ", subsequent_indent="      ")
    lines += [line for q in card.debrief for line in bullet.wrap(q(lang))]
    return "\n".join(lines) + "\n"
