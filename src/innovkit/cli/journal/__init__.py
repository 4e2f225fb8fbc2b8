"""The ``journal`` commands: record sessions, find them again, follow up actions, export the
monthly report, merge a colleague's journal. Each command resolves its inputs, calls the core
(``innovkit.journal``: records, store, report) and prints.

One module per concept: ``adding`` (``journal add`` and its questions), ``sessions`` (list,
show, edit, delete), ``summary`` (the participants' summary), ``actions``, ``exchange``
(export, import, path), ``conflicts`` (what imports left to decide) and ``outbox``
(``sync`` and ``status``: sessions kept while the shared journal could not be reached);
``common`` and ``merged`` hold what they share. ``register`` puts them all under
``innovkit journal``.
"""

from __future__ import annotations

import typer

from innovkit.cli.journal import (
    actions,
    adding,
    conflicts,
    exchange,
    outbox,
    sessions,
    summary,
)
from innovkit.cli.sessionoptions import with_session_options
from innovkit.cli.usage import command, group


def register(app: typer.Typer) -> None:
    journal = group(
        help="help.journal",
        no_args_is_help=True,
        subcommand_metavar="click.command_metavar",
    )
    command(journal, "add", "help.journal_add")(with_session_options(adding.add))
    command(journal, "list", "help.journal_list")(sessions.list_sessions)
    command(journal, "show", "help.journal_show")(sessions.show)
    command(journal, "summary", "help.journal_summary")(summary.summary)
    command(journal, "edit", "help.journal_edit")(with_session_options(sessions.edit, edit=True))
    command(journal, "delete", "help.journal_delete")(sessions.delete)
    command(journal, "actions", "help.journal_actions")(actions.actions)
    command(journal, "action-done", "help.journal_action_done")(actions.action_done)
    command(journal, "action-edit", "help.journal_action_edit")(actions.action_edit)
    command(journal, "action-delete", "help.journal_action_delete")(actions.action_delete)
    command(journal, "export", "help.journal_export")(exchange.export)
    command(journal, "import", "help.journal_import")(exchange.import_sessions)
    command(journal, "conflicts", "help.journal_conflicts")(conflicts.conflicts)
    command(journal, "path", "help.journal_path")(exchange.journal_path)
    command(journal, "status", "help.journal_status")(outbox.status)
    command(journal, "sync", "help.journal_sync")(outbox.sync)
    app.add_typer(journal, name="journal")
