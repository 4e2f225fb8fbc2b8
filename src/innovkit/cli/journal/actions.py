"""The actions decided in sessions: ``journal actions``, ``action-done``, ``action-edit`` and
``action-delete``."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer

from innovkit.cli.console import print_json, say, write_shown
from innovkit.cli.context import run_context
from innovkit.cli.journal import common
from innovkit.cli.options import JsonOption, LangOption, language
from innovkit.errors import BadInput, ExitCode
from innovkit.i18n import tr

if TYPE_CHECKING:
    from innovkit.journal.records import Action
    from innovkit.journal.store import ActionEntry


def actions(
    ctx: typer.Context,
    open_: Annotated[bool, typer.Option("--open", help="help.journal_open")] = False,
    overdue: Annotated[bool, typer.Option("--overdue", help="help.journal_overdue")] = False,
    mine: Annotated[bool, common.opt("--mine", key="mine_actions")] = False,
    json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    from innovkit.dates import todays_date
    from innovkit.journal.reportwords import actions_count

    lang = language(ctx, lang)
    me = common.mine(ctx, lang) if mine else None
    today = todays_date()
    with common.open_journal(ctx) as journal:
        entries = journal.actions(
            status="open" if (open_ or overdue) else None,
            due_before=today if overdue else None,
            mine=me,
        )
    if json:
        print_json([_action_data(entry, today) for entry in entries])
        return
    if not entries:
        say(tr("journal.actions_empty", lang))
        return
    from innovkit.cli.tables import terminal_width

    names = common.tool_names(run_context(ctx).catalogue(), lang)
    write_shown(action_table(entries, names, today, lang, terminal_width()))
    late = sum(e.action.overdue(today) for e in entries)
    say(actions_count(len(entries), late, lang))


def action_table(
    entries: list[ActionEntry],
    names: dict[str, str],
    today: date,
    lang: str,
    width: int | None = None,
) -> str:
    """``journal actions``'s columns, fitted to ``width``: the owner, the action and its
    session wrap between words; then the session, the lateness and the owner are left out, in
    that order (``None``: piped, everything on one line)."""
    from innovkit.cli.tables import plain_table

    rows = [
        (
            e.action.id[:8],
            _status(e.action),
            e.action.due.isoformat() if e.action.due else "",
            tr("journal.overdue_flag", lang) if e.action.overdue(today) else "",
            e.action.owner,
            e.action.text,
            f"{e.session_date.isoformat()} {names.get(e.tool, e.tool)}",
        )
        for e in entries
    ]
    headers = tuple(
        tr(f"journal.col_{c}", lang)
        for c in ("id", "status", "due", "late", "owner", "action", "session")
    )
    return plain_table(headers, rows, width, wrapping=(4, 5, 6), dropping=(6, 3, 4))


def _status(action: Action) -> str:
    """☐, or ☑ with the day it was done when it is known."""
    if action.status != "done":
        return "☐"
    return f"☑ {action.done_on.isoformat()}" if action.done_on else "☑"


def _action_data(entry: ActionEntry, today: date) -> dict[str, Any]:
    a = entry.action
    return {
        "id": a.id,
        "text": a.text,
        "owner": a.owner,
        "due": a.due.isoformat() if a.due else None,
        "status": a.status,
        "done_on": a.done_on.isoformat() if a.done_on else None,
        "overdue": a.overdue(today),
        "session": entry.session_id,
        "session_date": entry.session_date.isoformat(),
        "tool": entry.tool,
        "lever": entry.lever,
    }


ActionIdArg = Annotated[
    str, typer.Argument(metavar="ID", help="help.journal_action_id", show_default=False)
]


def _words(action: Action, lang: str) -> str:
    return tr("journal.action_words", lang, text=action.text, id=action.id[:8])


def action_done(
    ctx: typer.Context,
    action_id: ActionIdArg,
    reopen: Annotated[bool, typer.Option("--reopen", help="help.journal_reopen")] = False,
    lang: LangOption = None,
) -> None:
    from innovkit.dates import format_date

    lang = language(ctx, lang)
    lang = run_context(ctx).lang
    with common.open_journal(ctx) as journal:
        entry, changed = journal.set_action_status(action_id, "open" if reopen else "done")
    action = entry.action
    values = {"text": action.text, "id": action.id[:8]}
    if changed:
        key = "journal.action_reopened" if reopen else "journal.action_done"
        say(tr(key, lang, **values))
    elif reopen:
        say(tr("journal.action_already_open", lang, **values))
    else:
        when = action.done_on and tr(
            "journal.action_already_done_when", lang, date=format_date(action.done_on, lang)
        )
        say(tr("journal.action_already_done", lang, when=when or "", **values))


def _text_option(key: str, metavar: str) -> Any:
    return typer.Option(
        f"--{key}", help=f"help.journal_action_{key}", metavar=metavar, show_default=False
    )


def action_edit(
    ctx: typer.Context,
    action_id: ActionIdArg,
    text: Annotated[str | None, _text_option("text", "TEXT")] = None,
    owner: Annotated[str | None, _text_option("owner", "NAME")] = None,
    due: Annotated[str | None, _text_option("due", "YYYY-MM-DD")] = None,
    lang: LangOption = None,
) -> None:
    lang = language(ctx, lang)
    lang = run_context(ctx).lang
    changes: dict[str, Any] = {}
    if text is not None:
        changes["text"] = text
    if owner is not None:
        changes["owner"] = owner
    if due is not None:
        changes["due"] = _due(due)
    view = None  # what the questions showed, for a colleague's change meanwhile to be kept
    with common.open_journal(ctx) as journal:
        journal.check_may_change(journal.find_action(action_id).session_id)  # before questions
        if not changes:
            if not common.interactive():
                raise BadInput(tr("journal.action_edit_needs_change", lang))
            view = journal.find_action(action_id).action
            changes = _asked_changes(view, lang)
        entry, edited = journal.edit_action_from(view, action_id, changes)
    key = "journal.action_edited" if edited else "journal.action_unchanged"
    say(tr(key, lang, action=_words(entry.action, lang)))
    if edited:
        from innovkit.cli.journal.sessions import say_meanwhile

        say_meanwhile(edited, lang)


def _due(typed: str) -> date | None:
    """A due date as typed; « - » or nothing: no due date."""
    from innovkit.dates import parse_date

    return None if typed.strip() in ("", "-") else parse_date(typed)


def _owner(typed: str) -> str:
    """An owner as typed; « - »: nobody."""
    return "" if typed.strip() == "-" else typed.strip()


def _asked_changes(action: Action, lang: str) -> dict[str, Any]:
    """The action's fields asked at the terminal, each with its present value as the answer
    Enter keeps."""
    from innovkit.cli import ask

    try:
        return {
            "text": ask.text(tr("journal.ask_action_text", lang), default=action.text, lang=lang),
            "owner": ask.text(
                tr("journal.ask_action_owner", lang),
                default=action.owner or None,
                check=_owner,
                optional=True,
                lang=lang,
            )
            or "",
            "due": ask.text(
                tr("journal.ask_action_due", lang),
                default=action.due.isoformat() if action.due else None,
                check=_due,
                optional=True,
                lang=lang,
            ),
        }
    except KeyboardInterrupt:
        say(tr("journal.action_unchanged", lang, action=_words(action, lang)))
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None


def action_delete(
    ctx: typer.Context,
    action_id: ActionIdArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="help.journal_action_yes")] = False,
    lang: LangOption = None,
) -> None:
    lang = language(ctx, lang)
    lang = run_context(ctx).lang
    with common.open_journal(ctx) as journal:
        entry = journal.find_action(action_id)
        journal.check_may_change(entry.session_id)  # refused before the question, not after
        what = _words(entry.action, lang)
        if not yes and not _confirmed(what, lang):
            say(tr("journal.action_delete_kept", lang))
            return
        journal.delete_action(action_id)
    say(tr("journal.action_deleted", lang, action=what))


def _confirmed(what: str, lang: str) -> bool:
    """Whether the facilitator, asked at the terminal, chose to delete ``what`` (Enter keeps
    it); without a terminal, ``--yes`` is needed."""
    from innovkit.cli import ask

    if not common.interactive():
        raise BadInput(tr("journal.action_delete_needs_yes", lang, action=what))
    options = [
        ("keep", tr("journal.action_delete_keep", lang)),
        ("delete", tr("journal.action_delete_remove", lang)),
    ]
    try:
        answer = ask.choice(
            tr("journal.action_delete_confirm", lang, action=what), options, "keep", lang=lang
        )
    except KeyboardInterrupt:
        say(tr("journal.action_delete_kept", lang))
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    return answer == "delete"
