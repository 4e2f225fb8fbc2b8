"""The live session: ``innovkit timer`` and ``innovkit run``."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Annotated, Any

import typer

from innovkit.cli.completion import complete_tool
from innovkit.cli.console import err, say, warn, write_shown
from innovkit.cli.context import run_context
from innovkit.cli.groupsize import warn_variant_size
from innovkit.cli.options import LangOption, language
from innovkit.cli.recorded import say_left_open, say_recorded, say_review
from innovkit.cli.sessionoptions import with_session_options
from innovkit.cli.timer import NoBellOpt, at_terminal, timer
from innovkit.cli.usage import command
from innovkit.errors import BadInput, ExitCode, InnovkitError
from innovkit.i18n import tr
from innovkit.journal.schema import OPTIONS

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Card
    from innovkit.cli.context import Context
    from innovkit.journal.outbox import Stored
    from innovkit.live.guide import Draft, DraftStore, Finished, GuidedRun, Stopped


def register(app: typer.Typer) -> None:
    command(app, "timer", "help.timer")(timer)
    command(app, "run", "help.run")(with_session_options(run, after=True))


# --------------------------------------------------------------------------- run


def run(
    ctx: typer.Context,
    tool: Annotated[
        str | None,
        typer.Argument(
            metavar="TOOL",
            help="help.run_tool",
            show_default=False,
            autocompletion=complete_tool,  # as ToolArgument, but optional: --resume needs none
        ),
    ] = None,
    *,
    resume: Annotated[bool, typer.Option("--resume", help="help.run_resume")] = False,
    no_input: Annotated[bool, typer.Option("--no-input", help="help.run_no_input")] = False,
    no_record: Annotated[bool, typer.Option("--no-record", help="help.run_no_record")] = False,
    record: Annotated[bool, typer.Option("--record", help="help.run_record")] = False,
    no_bell: NoBellOpt = False,
    lang: LangOption = None,
    **options: Any,
) -> None:
    """Options: ``journal add``'s, one per field of the session schema (see
    ``cli/sessionoptions.py``); the run itself uses the variant, facilitator, group size and
    start, and records the others only with ``--record``."""
    lang = language(ctx, lang)
    if record and no_record:
        raise BadInput(tr("live.record_and_no_record", lang))
    variant, facilitator = options["variant"], options["facilitator"]
    context = run_context(ctx)
    catalogue = context.catalogue()
    card, people = _card_to_run(catalogue, tool, resume, variant, options["participants"])
    if card is not None:
        card = card.at_moment(options["moment"])
        warn_variant_size([card], variant or default_variant(card), people, lang)
    if card is not None and options["follows"] is not None:  # a wrong one: refused at once
        from innovkit.cli.cycles import moment_to_run

        moment_to_run(card, lang, context.journal(), options["follows"])
    if not (at_terminal() and not no_input):
        card, variant = _plain(card, resume, no_input, variant, lang)
        _run_script(context, card, variant, people, options, record)
        return
    if record or any(options[name] is not None for name in _RECORDED_ONLY):
        warn(tr("live.record_options_ignored", lang), lang)
    _on_the_terminal(
        context,
        card,
        resume,
        variant,
        facilitator,
        people,
        no_record,
        bell=not no_bell,
        follows=options["follows"],
    )


# The options only ``--record`` uses (the others shape the run too): from the schema.
_RUN_OPTIONS = ("variant", "facilitator", "participants", "start", "moment", "follows")
_RECORDED_ONLY = tuple(spec.parameter for spec in OPTIONS if spec.name not in _RUN_OPTIONS)


def _run_script(
    context: Context,
    card: Card,
    variant: str | None,
    people: int | None,
    options: dict[str, Any],
    record: bool,
) -> None:
    """The run printed as a script; with ``--record``, the session recorded as ``journal add``
    would (a wrong option is refused before anything is printed)."""
    from innovkit.journal.recording import prepare_session, record_session

    lang, catalogue = context.lang, context.catalogue()
    start, facilitator = options["start"], options["facilitator"]
    session = prepare_session(card, options, variant=variant) if record else None
    write_shown(run_script(card, catalogue, variant, start, facilitator, people, lang=lang))
    if session is not None:
        recorded = record_session(card, session, lang, context.journal())
        say_recorded(card, session, recorded, lang)


def _card_to_run(
    catalogue: Catalogue,
    tool: str | None,
    resume: bool,
    variant: str | None,
    participants: str | None,
) -> tuple[Card | None, int | None]:
    """The card asked for (none with ``--resume`` alone) and the group's size, checked before
    anything starts: an unknown tool or variant, a bad number, is an error at once."""
    from innovkit.journal.records import parse_participants

    if tool is None and not resume:
        raise BadInput("live.tool_missing")
    card = catalogue.find(tool) if tool else None
    people = parse_participants(participants) if participants else None
    if card is not None:
        card.plan(variant)  # an unknown or unstructured variant is an error before anything
    return card, people


def _plain(
    card: Card | None, resume: bool, no_input: bool, variant: str | None, lang: str
) -> tuple[Card, str | None]:
    """No full screen (``--no-input``, a pipe, ``TERM=dumb``): the card and variant of the
    script to print; ``--resume`` has nothing to print, so it is one sentence."""
    if resume:  # nothing to print instead: one sentence, and no script before it
        raise BadInput("live.resume_and_no_input" if no_input else "live.resume_needs_terminal")
    if not no_input:
        warn(tr("live.no_terminal", lang), lang)
    assert card is not None
    return card, variant or default_variant(card)


def _on_the_terminal(
    context: Context,
    card: Card | None,
    resume: bool,
    variant: str | None,
    facilitator: str | None,
    people: int | None,
    no_record: bool,
    bell: bool,
    follows: str | None = None,
) -> None:
    """The guided run at the terminal: a new one, or the draft to resume."""
    from innovkit import paths
    from innovkit.live.guide import DraftStore, fit_to_card

    lang = context.lang
    store = DraftStore(paths.drafts_dir())
    draft, resumed = _draft_to_run(
        card, store, resume, variant, facilitator, people, no_record, lang
    )
    if not resumed and card is not None:
        from innovkit.cli.cycles import moment_to_run

        draft.moment, draft.follows = moment_to_run(card, lang, context.journal(), follows)
        if draft.follows and draft.record:
            from innovkit.journal.reviews import items_to_review

            at = card.at_moment(draft.moment)
            draft.reviewed = items_to_review(context.journal(), at, draft.follows)
    card = context.catalogue().find(draft.tool).at_moment(draft.moment)
    if resumed and fit_to_card(draft, card):
        warn(tr("live.card_changed", lang, tool=card.name(lang)), lang)
    _guided(card, draft, store, resumed, bell, context)


def _draft_to_run(
    card: Card | None,
    store: DraftStore,
    resume: bool,
    variant: str | None,
    facilitator: str | None,
    people: int | None,
    no_record: bool,
    lang: str,
) -> tuple[Draft, bool]:
    """The draft to resume (asked for, or offered), else a new one."""
    from innovkit.live.guide import new_draft
    from innovkit.live.timer import SystemClock
    from innovkit.settings import configured

    existing = store.latest(card.id if card else None)
    if resume:
        if existing is None:
            name = card.name(lang) if card else None
            raise BadInput("live.no_draft_tool", tool=name) if name else BadInput("live.no_draft")
        return existing, True
    assert card is not None
    if existing is not None and _offer_resume(card, existing, lang):
        return existing, True
    chosen = facilitator or configured("facilitator") or ""
    variant = variant or default_variant(card)
    draft = new_draft(
        card, variant, SystemClock().now(), str(chosen), people, record=not no_record, lang=lang
    )
    _carry_preparation(card, draft)
    return draft, False


def _carry_preparation(card: Card, draft: Draft) -> None:
    """A new run starts from the ticks ``checklist --interactive`` kept for today's session
    (see ``live.preparation``)."""
    from innovkit.live.preparation import kept_ticks

    today = datetime.fromisoformat(draft.created).date()
    kept = kept_ticks(card.in_form(draft.variant), today)
    if kept is not None and "before" in kept.ticks:
        draft.checklist = list(kept.ticks["before"])
        draft.prepared = kept.ticked_on.isoformat()


def default_variant(card: Card) -> str | None:
    """The configured default variant (``innovkit config set variant short``) when this
    tool has it as a timed variant; else the whole card."""
    from innovkit.settings import configured

    wanted = configured("variant")
    for variant in card.variants:
        if variant.id == wanted and variant.structured:
            return variant.id
    return None


def _offer_resume(card: Card, draft: Draft, lang: str) -> bool:
    """An unfinished session of this tool is on disk: resume it? (Enter means yes.)"""
    from innovkit.cli import ask
    from innovkit.cli.timerview import clock_time
    from innovkit.dates import format_date

    saved = datetime.fromisoformat(draft.saved) if draft.saved else None
    when = f"{format_date(saved.date(), lang)}, {clock_time(saved, lang)}" if saved else "?"
    where = (
        tr("live.draft_at_step", lang, number=draft.current + 1, count=len(draft.steps))
        if draft.phase == "steps"
        else tr(f"live.draft_phase_{draft.phase}", lang)
    )
    say(tr("live.draft_found", lang, tool=card.name(lang), when=when, where=where))
    return ask.yes_no(tr("live.draft_resume_question", lang), default=True, lang=lang)


def _guided(
    card: Card, draft: Draft, store: DraftStore, resumed: bool, bell: bool, context: Context
) -> None:
    from functools import partial

    from innovkit.cli.lines import LineConsole
    from innovkit.live.guide import Finished, GuidedRun, TypingInterrupted
    from innovkit.live.timer import SystemClock

    lang = context.lang
    command = f"innovkit run {card.id} --resume"
    stored: list[Stored] = []
    record = partial(_record, context, stored=stored)
    guided = GuidedRun(card, draft, SystemClock(), LineConsole(), store, record, bell, resumed)
    try:
        result = _on_screen(guided, lang) if draft.phase in ("checklist", "steps") else None
        if result is None:  # the questions, on the normal screen
            guided.console = LineConsole(guided.keep_typing)
            result = guided.run()
    except KeyboardInterrupt as stop:
        say(tr("live.interrupted_saved", lang, command=command))
        if isinstance(stop, TypingInterrupted) and stop.typed.strip():
            say(tr("live.interrupted_typing_kept", lang))
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    except InnovkitError as error:  # the journal refused or could not be written
        from innovkit.cards.catalogue import named_in

        kept = tr("live.kept_after_error", lang, command=command)
        said = named_in(error, context.catalogue(quiet=True)).words(lang)
        wrapped = InnovkitError(f"{said} {kept}")
        wrapped.exit_code = error.exit_code
        raise wrapped from error
    assert result is not None
    if isinstance(result, Finished):
        from innovkit.live.preparation import forget_ticks

        if result.session is not None:
            forget_ticks(card.id)  # prepared, run, recorded: the next session starts afresh
        _report(card, result, lang, stored[-1] if stored else None)
    elif result.kept:
        say(tr("live.draft_kept", lang, command=command))
    else:
        say(tr("live.draft_deleted", lang))


def _on_screen(guided: GuidedRun, lang: str) -> Finished | Stopped | None:
    """The checklist and the steps on the full screen; ``None`` once they are done."""
    from innovkit.cli.screen import run_on_screen

    def work(console: Any) -> Finished | Stopped | None:
        guided.console = console
        return guided.run(until="debrief")

    return run_on_screen(work, lang)


def _record(context: Context, card: Card, draft: Draft, stored: list[Stored] | None = None) -> Any:
    """Stores the finished run in the run's journal (once: a retry after a crash finds it
    there), or in the outbox when the shared journal cannot be reached; where it went goes
    into ``stored``."""
    from innovkit.journal.followups import add_follow_ups
    from innovkit.journal.outbox import record
    from innovkit.journal.reviews import review_state, reviewed_outcomes
    from innovkit.live.capture import session_from_draft

    session = session_from_draft(card, draft)
    add_follow_ups(card, session, draft.lang)
    reviewing = [o.id for o in reviewed_outcomes(card) if o.id in session.outcomes]
    where = record(session, context.journal(), once=True, card=card)
    if stored is not None:
        stored.append(where)
    say_review(review_state(reviewing, session, where.in_outbox), session, draft.lang, card)
    return session


def _report(card: Card, result: Finished, lang: str, stored: Stored | None = None) -> None:
    """The planned and actual time of each step, then where the session went."""
    from rich.table import Table

    from innovkit.durations import elapsed_face
    from innovkit.live.capture import step_seconds

    def face(seconds: float) -> str:  # rounded as the journal keeps it: the same in both
        return elapsed_face(step_seconds(seconds))

    draft = result.draft
    table = Table(box=None, pad_edge=False, header_style="bold")
    for key in ("col_step", "col_planned", "col_actual", "col_note"):
        table.add_column(tr(f"live.{key}", lang))
    for number, step in enumerate(draft.steps, 1):
        notes = []
        if step.skipped:
            notes.append(tr("live.row_skipped", lang))
        if step_seconds(step.extended) > 0:
            notes.append(tr("live.row_extended", lang, extra=face(step.extended)))
        table.add_row(
            f"{number}. {step.title}",
            face(step.planned),
            face(step.wall),
            ", ".join(notes),
        )
    err().print()
    err().print(table)
    if result.session is None:
        say(tr("live.finished_not_recorded", lang))
        return
    if stored is not None and stored.in_outbox:
        say(tr("outbox.kept", lang, id=result.session.id[:8]))
    else:
        say(tr("live.recorded", lang, tool=card.name(lang), id=result.session.id[:8]))
        say_left_open(stored.left_open if stored else None, lang)
    typer.echo(result.session.id)


# --------------------------------------------------------------------------- the run script


def run_script(
    card: Card,
    catalogue: Catalogue,
    variant: str | None,
    start: str | None,
    facilitator: str | None = None,
    participants: int | None = None,
    *,
    lang: str,
) -> str:
    """The run on paper, for rehearsal and scripts: the tool's text run sheet (the ``txt``
    template of ``innovkit sheet``), timed from ``start``, else from the next whole minute."""
    from innovkit.dates import parse_time
    from innovkit.documents.render import SheetOptions, render_sheet

    if start:
        begins = parse_time(start)
    else:
        now = datetime.now().replace(second=0, microsecond=0)
        begins = (now + timedelta(minutes=1)).time()
    options = SheetOptions(
        lang=lang,
        start=begins,
        participants=participants,
        facilitator=facilitator,
        variant=variant,
    )
    return render_sheet(card, catalogue, options, "txt")
