"""``journal conflicts``: what imports left to decide — the same field changed on both sides
since they last agreed — listed, and settled one by one (``--keep-other ID`` takes the value
set aside, ``--accept ID`` keeps the value kept)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from innovkit.cli.console import print_json, say, write_shown
from innovkit.cli.context import run_context
from innovkit.cli.journal import common, merged
from innovkit.cli.journal.common import opt
from innovkit.cli.options import JsonOption, LangOption, language
from innovkit.errors import BadInput
from innovkit.i18n import tr, tr_count

if TYPE_CHECKING:
    from innovkit.journal.conflicts import StoredConflict


def conflicts(
    ctx: typer.Context,
    keep_other: Annotated[str | None, opt("--keep-other", key="keep_other", metavar="ID")] = None,
    accept: Annotated[str | None, opt("--accept", key="accept", metavar="ID")] = None,
    json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    lang = language(ctx, lang)
    if keep_other is not None and accept is not None:
        raise BadInput(tr("merging.keep_and_accept", lang))
    names = common.tool_names(run_context(ctx).catalogue(quiet=True), lang)
    chosen = keep_other if keep_other is not None else accept
    if chosen is not None:
        with common.open_journal(ctx) as journal:
            settled = journal.resolve_conflict(chosen, keep_other is not None, lang)
        key, value = (
            ("merging.took_other", settled.other)
            if keep_other
            else (
                "merging.accepted",
                settled.kept,
            )
        )
        where = merged.session_words(names, settled.session_id, settled.tool, settled.date, lang)
        say(
            tr(
                key,
                lang,
                id=settled.id[:8],
                session=where,
                field=merged.field_words(settled.field, lang),
                value=merged.value_words(value, lang, settled.field),
            )
        )
        return
    with common.open_journal(ctx) as journal:
        found = journal.conflicts()
    if json:
        print_json([c.data() for c in found])
        return
    if not found:
        say(tr("merging.conflicts_none", lang))
        return
    from innovkit.cli.tables import terminal_width

    write_shown(_table(found, names, lang, terminal_width()))
    say(tr_count("merging.n_open", len(found), lang))
    say(tr("merging.settle_hint", lang))


def _table(found: list[StoredConflict], names: dict[str, str], lang: str, width: int | None) -> str:
    """One conflict a row: its id, the session, the field, the value kept, the value set
    aside, and where the kept value came from; fitted to ``width`` (the session, the values
    wrap between words; then where the value came from, then the session, are left out)."""
    from innovkit.cli.tables import plain_table

    rows = [
        (
            c.id[:8],
            merged.session_words(names, c.session_id, c.tool, c.date, lang),
            merged.field_words(c.field, lang),
            merged.value_words(c.kept, lang, c.field),
            merged.value_words(c.other, lang, c.field),
            tr("merging.from_edit", lang, by=c.kept_by)
            if c.kept_by
            else tr(f"merging.from_{c.kept_side}", lang),
        )
        for c in found
    ]
    columns = ("id", "session", "field", "kept", "other", "from")
    headers = tuple(tr(f"merging.col_{name}", lang) for name in columns)
    return plain_table(headers, rows, width, wrapping=(1, 3, 4), dropping=(5, 1))
