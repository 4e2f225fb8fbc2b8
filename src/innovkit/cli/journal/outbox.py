"""``journal sync`` (the outbox sent to the shared journal) and ``journal status`` (where the
journal is, whether it answers, what waits in the outbox): the core is ``journal.outbox``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from innovkit.cli.console import say
from innovkit.cli.context import run_context
from innovkit.cli.options import ForceOption, LangOption, language
from innovkit.errors import BadInput, ExitCode
from innovkit.i18n import tr, tr_count

if TYPE_CHECKING:
    from innovkit.journal.outbox import KeptBack, Sent


RefusedToOpt = Annotated[
    Path | None,
    typer.Option("--refused-to", metavar="FILE", help="help.journal_sync_refused_to"),
]


def sync(
    ctx: typer.Context,
    refused_to: RefusedToOpt = None,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    from innovkit.journal import outbox
    from innovkit.journal.store.postgres import is_database_address

    lang = language(ctx, lang)
    where = run_context(ctx).journal()
    if not is_database_address(where):
        if outbox.waiting().count:
            raise BadInput("outbox.local_waiting", path=where)
        say(tr("outbox.local_nothing", lang, path=where))
        return
    box = outbox.waiting(where)
    if not box.for_here:
        say(tr("outbox.nothing_here" if box.count else "outbox.nothing", lang))
        _say_elsewhere(box.elsewhere, lang)
        return
    done = outbox.sync(where, run_context(ctx).catalogue(quiet=True))
    for line in _kept_back_lines(done.refused, "outbox.sync_refused", lang):
        say(line)
    sent = tr_count("outbox.n_sent", done.sent, lang)
    say(tr("outbox.sync_done", lang, sent=sent, conflicts=done.conflicts))
    for line in _later_moments_lines(done, lang):
        say(line)
    if done.already:
        say(tr_count("outbox.n_already", done.already, lang))
    if done.conflicts:
        say(tr("outbox.sync_conflicts", lang))
    _say_elsewhere(done.elsewhere, lang)
    if done.refused and refused_to is not None:  # handed over: nothing lost, nothing stuck
        handed = outbox.hand_over(where, refused_to, force)
        say(tr_count("outbox.n_handed_over", len(handed), lang, path=refused_to))
    elif done.refused:
        say(tr_count("outbox.n_refused", len(done.refused), lang))
        raise typer.Exit(int(ExitCode.ERROR))  # not everything went: said above, per session


def _later_moments_lines(done: Sent, lang: str) -> list[str]:
    """The later moments sent: how many were linked to their cycle (a count, not a sentence
    each), then one sentence for each that left a colleague's follow-up action open or keeps
    its statuses for her, and one for those sent as recorded, their card not found."""
    from innovkit.dates import format_date
    from innovkit.journal.store.roles import recorded_by

    lines = [tr_count("outbox.n_linked", len(done.linked), lang)] if done.linked else []
    for moment in done.linked:
        day = format_date(moment.date, lang)
        if moment.left_open is not None:
            first = moment.left_open.session
            lines.append(
                tr("outbox.moment_action_open", lang, id=moment.id[:8], date=day,
                   first=first.id[:8], first_date=format_date(first.date, lang),
                   who=recorded_by(first.facilitator, moment.left_open.keeper),
                   action=moment.left_open.action, owner=moment.left_open.keeper)
            )  # fmt: skip
        if moment.review_waits:
            lines.append(
                tr("outbox.moment_review_waits", lang, id=moment.id[:8], first=moment.first[:8])
            )
    if done.unlinked:
        tools = ", ".join(sorted({moment.tool for moment in done.unlinked}))
        lines.append(tr_count("outbox.n_unlinked", len(done.unlinked), lang, tools=tools))
    return lines


def _say_elsewhere(elsewhere: tuple[tuple[str, int], ...], lang: str) -> None:
    for address, count in elsewhere:
        say(tr_count("outbox.elsewhere", count, lang, path=address))


def _kept_back_lines(refused: tuple[KeptBack, ...], key: str, lang: str) -> list[str]:
    """One sentence per session the shared journal refused: the session, and its reason."""
    from innovkit.dates import format_date

    return [
        tr(
            key,
            lang,
            id=kept.id[:8],
            date=format_date(kept.date, lang),
            reason=kept.reason.get(lang, ""),
        )
        for kept in refused
    ]


def status(ctx: typer.Context, lang: LangOption = None) -> None:
    from innovkit.dates import format_date
    from innovkit.journal.outbox import status as find_out

    lang = language(ctx, lang)
    found = find_out(run_context(ctx).journal())
    lines = []
    if not found.shared:
        lines.append(tr("outbox.status_file", lang, path=found.shown))
    else:
        lines.append(tr("outbox.status_shared", lang, path=found.shown))
        if found.refusal is not None:  # its own sentence: who refused, and what to do
            lines.append(found.refusal.words(lang))
        elif found.reachable:
            lines.append(tr("outbox.status_reachable", lang))
        else:
            lines.append(tr("outbox.status_unreachable", lang))
    box = found.outbox
    if box.count and box.oldest is not None:
        date = format_date(box.oldest, lang)
        lines.append(tr_count("outbox.status_waiting", box.count, lang, date=date))
        lines += _kept_back_lines(box.refused, "outbox.status_kept_back", lang)
        lines += [tr_count("outbox.elsewhere", n, lang, path=a) for a, n in box.elsewhere]
        sendable = box.for_here - len(box.refused)  # the refused ones wait for their cause
        if found.shared and sendable:
            ready = found.reachable and found.refusal is None
            hint = "outbox.hint_now" if ready else "outbox.hint_later"
            lines.append(tr_count(hint, sendable, lang))
    else:
        lines.append(tr("outbox.status_empty" if found.shared else "outbox.status_none", lang))
    for line in lines:
        typer.echo(line)
    if found.refusal is not None:  # a script checking the journal before a workshop sees it
        raise typer.Exit(int(found.refusal.exit_code))
