"""The sessions of the journal: ``journal list``, ``show``, ``edit`` and ``delete``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer

from innovkit.cli import ask
from innovkit.cli.completion import complete_lever, complete_tool
from innovkit.cli.console import print_json, say, write_shown
from innovkit.cli.context import run_context
from innovkit.cli.journal import common
from innovkit.cli.journal.common import (
    FromOpt,
    IdArg,
    LastMonthOpt,
    MonthOpt,
    ToOpt,
    WeekOpt,
    opt,
)
from innovkit.cli.options import JsonOption, LangOption, language
from innovkit.cli.recorded import say_review
from innovkit.errors import BadInput, ExitCode
from innovkit.i18n import tr, tr_count

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.journal.editing import Edited
    from innovkit.journal.records import Session


def list_sessions(
    ctx: typer.Context,
    month: MonthOpt = None,
    last_month: LastMonthOpt = False,
    week: WeekOpt = False,
    from_: FromOpt = None,
    to: ToOpt = None,
    tool: Annotated[
        str | None, opt("--tool", key="filter_tool", metavar="TOOL", complete=complete_tool)
    ] = None,
    lever: Annotated[
        str | None,
        opt("--lever", "-l", key="filter_lever", metavar="LEVER", complete=complete_lever),
    ] = None,
    facilitator: Annotated[
        str | None, opt("--facilitator", "-f", key="filter_facilitator", metavar="NAME")
    ] = None,
    tag: Annotated[str | None, opt("--tag", "-t", key="filter_tag", metavar="TAG")] = None,
    mine: Annotated[bool, opt("--mine", key="mine")] = False,
    json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    from innovkit.journal.period import choose_period
    from innovkit.journal.records import session_data

    lang = language(ctx, lang)
    me = common.mine(ctx, lang) if mine else None
    period = choose_period(
        month, from_, to, default="all", last_month=last_month, week=week, lang=lang
    )
    catalogue = run_context(ctx).catalogue()
    lever_id = catalogue.find_lever(lever).id if lever else None
    with common.open_journal(ctx) as journal:
        tool_id = common.tool_id(tool, journal, catalogue) if tool else None
        found = journal.sessions(
            period.start, period.end, tool_id, lever_id, facilitator, tag, timings=json, mine=me
        )
    if json:
        print_json([session_data(s) for s in found])
        return
    if not found:
        say(tr("journal.list_empty", lang))
        return
    from innovkit.cli.tables import terminal_width

    write_shown(session_table(found, catalogue, lang, terminal_width()))
    say(tr_count("journal.n_found", len(found), lang))


def session_table(
    found: Sequence[Any], catalogue: Catalogue, lang: str, width: int | None = None
) -> str:
    """``journal list``'s aligned columns, one session a row, fitted to ``width``: the tool and
    the facilitators wrap between words; then the time, the satisfaction, the duration and the
    participants are left out, in that order (``None``: piped, everything on one line)."""
    from innovkit.cli.tables import plain_table
    from innovkit.dates import format_clock

    names = common.tool_names(catalogue, lang)
    rows = [
        (
            s.id[:8],
            s.date.isoformat(),
            format_clock(s.start, lang) if s.start else "",
            names.get(s.tool, s.tool),
            ", ".join(s.facilitators),
            "" if s.participants is None else str(s.participants),
            _listed_minutes(s, lang),
            "" if s.satisfaction is None else f"{s.satisfaction}/5",
        )
        for s in found
    ]
    headers = tuple(tr(f"journal.col_{c}", lang) for c in SESSION_COLUMNS)
    return plain_table(headers, rows, width, wrapping=(3, 4), dropping=(2, 7, 6, 5))


SESSION_COLUMNS = (
    "id", "date", "start", "tool", "facilitator", "participants", "duration", "satisfaction",
)  # fmt: skip


def _listed_minutes(s: Session, lang: str) -> str:
    """The duration in a listing: the one recorded, else the planned one said as planned
    (never passed off as what happened)."""
    if s.actual_minutes is not None:
        return tr("common.minutes", lang, minutes=s.actual_minutes)
    if s.planned_minutes:
        return tr("journal.duration_planned", lang, planned=s.planned_minutes)
    return ""


def _clock(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}:{rest:02d}"


def edit(
    ctx: typer.Context,
    session_id: IdArg,
    *,
    lang: LangOption = None,
    **options: Any,
) -> None:
    """Options: one per field of the session schema (see ``cli/sessionoptions.py``)."""
    from innovkit.journal.followups import add_follow_ups
    from innovkit.journal.records import edit_session, session_data
    from innovkit.journal.schema import option_fields

    lang = language(ctx, lang)
    fields = option_fields(options)
    if all(value is None for value in fields.values()):
        raise BadInput(tr("journal.edit_nothing", lang))
    with common.open_journal(ctx) as journal:
        # The view this edit starts from; what it changes is written onto the session as it
        # is when it is saved, so that a colleague's change meanwhile is not lost.
        session = journal.get(session_id)
        card = run_context(ctx).catalogue().tools.get(session.tool)
        changed = edit_session(card, session, **fields)
        with journal.atomic():  # a later moment's review goes onto the first session with it
            review = _linked(journal, card, session, changed)
            add_follow_ups(card, changed, run_context(ctx).lang)
            before, after = session_data(session), session_data(changed)
            differences = [
                key for key in after if key not in ("updated_at",) and before[key] != after[key]
            ]
            edited = journal.save_edit(changed, base=session) if differences else None
    say_review(review, changed, lang, card)
    if edited is None:
        if not review:
            say(tr("journal.edit_unchanged", lang, id=session.id[:8]))
        return
    say(tr("journal.edited", lang, id=session.id[:8], fields=_field_names(differences, lang)))
    say_meanwhile(edited, lang)


def _linked(journal: Any, card: Any, session: Any, changed: Any) -> str:
    """Inside the edit's transaction: a later moment linked to its cycle, and the statuses it
    reviews written onto the first session's items (``journal.reviews``); where they went."""
    from innovkit.journal.cycles import link_to_cycle
    from innovkit.journal.reviews import apply_review, review_state, reviewed_outcomes

    if card is None:
        return ""
    link_to_cycle(journal, card, changed)
    at = card.at_moment(changed.moment) if changed.moment else card
    reviewing = [
        o.id
        for o in reviewed_outcomes(at)
        if o.id in changed.outcomes and changed.outcomes[o.id] != session.outcomes.get(o.id)
    ]
    if reviewing:
        apply_review(journal, card, changed)
    return review_state(reviewing, changed, False)


def say_meanwhile(edited: Edited, lang: str) -> None:
    """What a colleague changed in the session while this edit was being made: kept, and the
    fields both changed, in one sentence each."""
    from innovkit.cli.console import warn

    if edited.kept:
        say(tr("journal.edit_kept_theirs", lang, fields=_field_names(edited.kept, lang)))
    if edited.conflicts:
        keys = [c.field.partition(".")[0] for c in edited.conflicts]
        warn(tr("journal.edit_conflict", lang, fields=_field_names(keys, lang)), lang)


def _field_names(keys: Sequence[str], lang: str) -> str:
    """The changed fields in the facilitator's words (the schema's labels): « durée,
    résultats de l’outil »."""
    from innovkit.journal.schema import BY_NAME

    names: list[str] = []
    for key in keys:
        name = tr(BY_NAME[key].label or f"journal.label_{key}", lang)
        name = name[0].lower() + name[1:]
        if name not in names:
            names.append(name)
    return ", ".join(names)


def delete(
    ctx: typer.Context,
    session_id: IdArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="help.journal_yes")] = False,
    lang: LangOption = None,
) -> None:
    from innovkit.dates import format_date

    lang = language(ctx, lang)
    with common.open_journal(ctx) as journal:
        session = journal.get(session_id)
        journal.check_may_change(session.id)  # refused before the question, not after
        name = common.tool_names(run_context(ctx).catalogue(), lang).get(session.tool, session.tool)
        what = tr(
            "journal.session_words",
            lang,
            tool=name,
            date=format_date(session.date, lang),
            id=session.id[:8],
        )
        if not yes and not _confirmed(what, lang):
            say(tr("journal.delete_kept", lang))
            return
        from innovkit.settings import configured

        journal.delete(session.id, by=configured("facilitator") or "")
    say(tr("journal.deleted", lang, session=what))


def _confirmed(what: str, lang: str) -> bool:
    """Whether the facilitator, asked at the terminal, chose to delete ``what`` (Enter
    keeps it); without a terminal, ``--yes`` is needed."""
    if not common.interactive():
        raise BadInput(tr("journal.delete_needs_yes", lang, session=what))
    options = [
        ("keep", tr("journal.delete_keep", lang)),
        ("delete", tr("journal.delete_remove", lang)),
    ]
    try:
        answer = ask.choice(
            tr("journal.delete_confirm", lang, session=what), options, default="keep", lang=lang
        )
    except KeyboardInterrupt:
        say(tr("journal.delete_interrupted", lang))
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    return answer == "delete"
