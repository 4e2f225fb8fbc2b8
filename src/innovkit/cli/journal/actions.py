"""The actions decided in sessions: ``journal actions`` and ``journal action-done``."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer

from innovkit.cli.console import print_json, say, write_shown
from innovkit.cli.context import run_context
from innovkit.cli.journal import common
from innovkit.cli.options import JsonOption, LangOption, language
from innovkit.i18n import tr

if TYPE_CHECKING:
    from innovkit.journal.store import ActionEntry


def actions(
    ctx: typer.Context,
    open_: Annotated[bool, typer.Option("--open", help=tr("help.journal_open"))] = False,
    overdue: Annotated[bool, typer.Option("--overdue", help=tr("help.journal_overdue"))] = False,
    mine: Annotated[bool, common.opt("--mine", key="mine_actions")] = False,
    json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    from innovkit.journal.reportwords import actions_count

    lang = language(lang)
    person = common.my_name(lang) if mine else None
    today = date.today()
    with common.open_journal() as journal:
        entries = journal.actions(
            status="open" if (open_ or overdue) else None,
            due_before=today if overdue else None,
            person=person,
        )
    if json:
        print_json([_action_data(entry, today) for entry in entries])
        return
    if not entries:
        say(tr("journal.actions_empty"))
        return
    names = common.tool_names(run_context(ctx).catalogue())
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
    write_shown(common.columns(headers, rows))
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
    with common.open_journal() as journal:
        entry = journal.set_action_status(action_id, "open" if reopen else "done")
    key = "journal.action_reopened" if reopen else "journal.action_done"
    say(tr(key, text=entry.action.text, id=entry.action.id[:8]))
