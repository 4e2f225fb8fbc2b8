"""The ``journal`` commands: record sessions, find them again, follow up actions, export the
monthly report, merge a colleague's journal. Each command resolves its inputs, calls the core
(``innovkit.journal``: records, store, report) and prints.

One module per concept: ``adding`` (``journal add`` and its questions), ``sessions`` (list,
edit, delete), ``shown`` (``journal show``'s page), ``summary`` (the participants' summary),
``actions``, ``exchange`` (export, import, path), ``conflicts`` (what imports left to
decide) and ``outbox`` (``sync`` and ``status``: sessions kept while the shared journal could
not be reached);
``common`` and ``merged`` hold what they share. ``register`` puts them under
``innovkit journal``: only the one being run, as ``cli.app`` does for the commands (a
month's report on a shared journal starts without the other fifteen), or all of them for a
help page, completion, or a subcommand that does not exist (said with its close matches).
"""

from __future__ import annotations

import importlib

import typer

from innovkit.cli.usage import command, group

# Each subcommand: the module and function that run it, its help, and whether it takes the
# session options (``with_session_options``; ``"edit"``: those of ``journal edit``).
SUBCOMMANDS = {
    "add": ("adding", "add", "help.journal_add", "add"),
    "list": ("sessions", "list_sessions", "help.journal_list", None),
    "show": ("shown", "show", "help.journal_show", None),
    "summary": ("summary", "summary", "help.journal_summary", None),
    "edit": ("sessions", "edit", "help.journal_edit", "edit"),
    "delete": ("sessions", "delete", "help.journal_delete", None),
    "actions": ("actions", "actions", "help.journal_actions", None),
    "action-done": ("actions", "action_done", "help.journal_action_done", None),
    "action-edit": ("actions", "action_edit", "help.journal_action_edit", None),
    "action-delete": ("actions", "action_delete", "help.journal_action_delete", None),
    "export": ("exchange", "export", "help.journal_export", None),
    "import": ("exchange", "import_sessions", "help.journal_import", None),
    "conflicts": ("conflicts", "conflicts", "help.journal_conflicts", None),
    "path": ("exchange", "journal_path", "help.journal_path", None),
    "status": ("outbox", "status", "help.journal_status", None),
    "sync": ("outbox", "sync", "help.journal_sync", None),
}


def register(app: typer.Typer, subcommand: str | None = None) -> None:
    """``innovkit journal`` and its subcommands: only ``subcommand`` when it is one of them."""
    journal = group(
        help="help.journal",
        no_args_is_help=True,
        subcommand_metavar="click.command_metavar",
    )
    names = [subcommand] if subcommand in SUBCOMMANDS else list(SUBCOMMANDS)
    for name in names:
        module, function, help_key, options = SUBCOMMANDS[name]
        run = getattr(importlib.import_module(f"innovkit.cli.journal.{module}"), function)
        if options is not None:
            from innovkit.cli.sessionoptions import with_session_options

            run = with_session_options(run, edit=options == "edit")
        command(journal, name, help_key)(run)
    app.add_typer(journal, name="journal")
