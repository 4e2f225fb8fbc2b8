"""What the ``journal`` commands share: opening the journal, knowing whether a person is
there to answer, finding a tool, the options of periods and ids."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from innovkit.errors import BadInput
from innovkit.i18n import tr

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.journal.rows import Mine
    from innovkit.journal.store import Journal


def mine(ctx: typer.Context, lang: str) -> Mine:
    """Whose sessions ``--mine`` shows (see ``Mine``): on a shared journal, those this
    account recorded, and those of the configured facilitator if there is one; on a journal
    file, the configured facilitator's — without one, a sentence saying how to set it."""
    from innovkit.cli.context import run_context
    from innovkit.journal.rows import Mine
    from innovkit.journal.store.postgres import is_database_address
    from innovkit.settings import configured

    name = configured("facilitator")
    if not name and not is_database_address(run_context(ctx).journal()):
        raise BadInput(tr("journal.mine_without_name", lang))
    return Mine(str(name) if name else None)


def opt(*names: str, key: str, metavar: str | None = None, complete: Any = None) -> Any:
    """An option of a ``journal`` command whose help is ``help.journal_KEY``."""
    return typer.Option(
        *names,
        help=f"help.journal_{key}",
        show_default=False,
        metavar=metavar,
        autocompletion=complete,
    )


# Options of the listings and exports.
MonthOpt = Annotated[str | None, opt("--month", key="month", metavar="YYYY-MM")]
FromOpt = Annotated[str | None, opt("--from", key="from", metavar="YYYY-MM-DD")]
ToOpt = Annotated[str | None, opt("--to", key="to", metavar="YYYY-MM-DD")]
LastMonthOpt = Annotated[bool, typer.Option("--last-month", help="help.journal_last_month")]
WeekOpt = Annotated[bool, typer.Option("--week", help="help.journal_week")]
IdArg = Annotated[str, typer.Argument(metavar="ID", help="help.journal_id", show_default=False)]


def open_journal(ctx: typer.Context) -> Journal:
    """The run's journal (where the run's context says it lives), opened."""
    from innovkit.cli.context import run_context
    from innovkit.journal.store import Journal

    return Journal(run_context(ctx).journal())


def interactive(no_input: bool = False) -> bool:
    """Questions only for a person at a terminal: never in a script, a pipe or a test."""
    return not no_input and sys.stdin.isatty() and sys.stdout.isatty()


def tool_id(query: str, journal: Journal, catalogue: Catalogue) -> str:
    """A tool from the catalogue, or the id of a tool whose card is gone but has sessions."""
    try:
        return catalogue.find(query).id
    except BadInput:
        if journal.has_tool(query.strip().lower()):
            return query.strip().lower()
        raise


def tool_names(catalogue: Catalogue, lang: str) -> dict[str, str]:
    return {ident: card.name(lang) for ident, card in catalogue.tools.items()}
