"""Checking an outcome of kind ``items`` in a card file: its ``statuses``.

An ``items`` outcome records one entry per dare, trial or lesson, each with a status (« fait »,
« adapté », « abandonné »). The first status is the one that is true at the session itself
(« annoncé »): it is proposed when the item is recorded, and changed later with
``journal edit``.
"""

from __future__ import annotations

from typing import Any

from innovkit.cards.checker import Checker, line_at
from innovkit.cards.model import Status


def item_statuses(c: Checker, o: dict, path: str) -> tuple[Status, ...]:
    """The statuses of an outcome of kind ``items`` (at least two, each id once); ``statuses``
    anywhere else is refused."""
    if o["kind"] != "items":
        if "statuses" in o:
            raise c.fail(
                line_at(o, "statuses"), f"{path}.statuses", "cards.statuses_only_for_items"
            )
        return ()
    if "statuses" not in o:
        raise c.fail(line_at(o, "kind"), f"{path}.statuses", "cards.statuses_missing")
    statuses = []
    entries = c.items(o.get("statuses"), line_at(o, "statuses"), f"{path}.statuses", 2)
    for j, (entry, spot) in enumerate(entries):
        spath = f"{path}.statuses[{j + 1}]"
        st = c.mapping(entry, spath, ("id", "label", "plural"), ("id", "label"), spot)
        statuses.append(
            Status(
                id=c.slug(st["id"], line_at(st, "id"), f"{spath}.id", underscore=True),
                label=c.text(st["label"], line_at(st, "label"), f"{spath}.label"),
                plural=_plural(c, st, spath),
            )
        )
    c.unique([s.id for s in statuses], line_at(o, "statuses"), f"{path}.statuses")
    return tuple(statuses)


def _plural(c: Checker, st: dict[str, Any], spath: str) -> Any:
    if st.get("plural") is None:
        return None
    return c.text(st["plural"], line_at(st, "plural"), f"{spath}.plural")
