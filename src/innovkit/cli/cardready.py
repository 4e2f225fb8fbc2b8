"""``innovkit cards ready ID``: a draft card (``status: draft``) becomes ready once it
validates; otherwise its problems are listed and it stays a draft."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from innovkit.cli.console import say, warn
from innovkit.cli.context import run_context
from innovkit.cli.options import LangOption, language
from innovkit.errors import BadInput
from innovkit.i18n import tr, tr_count


def ready_card(
    ctx: typer.Context,
    tool_id: Annotated[str, typer.Argument(metavar="ID", help="help.ready_id", show_default=False)],
    lang: LangOption = None,
) -> None:
    from innovkit.cards.starter import find_card_file, mark_ready

    lang = language(ctx, lang)
    context = run_context(ctx)
    lang = context.lang
    entry = context.catalogue(quiet=True).entries.get(tool_id.strip().lower())
    if entry is None:
        try:  # by its name or a prefix, as everywhere; a card that fails to load by its file
            entry = context.catalogue(quiet=True).find_entry(tool_id)
        except BadInput:
            entry = None
    if entry is not None and entry.origin == "builtin":
        say(tr("catalogue.ready_already", lang, id=entry.id, path=entry.source))
        return
    path = Path(entry.source) if entry is not None else find_card_file(tool_id, context.extra_cards)
    ident = path.stem
    problems, changed = mark_ready(path)
    for problem in problems:
        warn(str(problem), lang)
    if problems:
        raise BadInput(tr_count("catalogue.ready_refused", len(problems), lang, id=ident))
    key = "catalogue.ready_done" if changed else "catalogue.ready_already"
    say(tr(key, lang, id=ident, path=path))
