"""Checking an outcome of kind ``items`` in a card file: its ``statuses`` and ``note``.

An ``items`` outcome records one entry per dare, trial or lesson, each with a status (« fait »,
« adapté », « abandonné ») and, if the card asks it (``note``), a note in a few words (why).
The first status is the one that is true at the session itself (« annoncé »): it is proposed
when the item is recorded, and changed later with ``journal edit``.
"""

from __future__ import annotations

from typing import Any

from innovkit.cards.checker import Checker, line_at
from innovkit.cards.model import Status, Text


def item_statuses(c: Checker, o: dict, path: str) -> tuple[tuple[Status, ...], Text | None]:
    """The statuses of an outcome of kind ``items`` (at least two, each id once) and the
    question of an item's note, if any; ``statuses`` and ``note`` anywhere else are refused."""
    if o["kind"] != "items":
        for key in ("statuses", "note"):
            if key in o:
                where = line_at(o, key)
                raise c.fail(where, f"{path}.{key}", "cards.statuses_only_for_items", field=key)
        return (), None
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
    note = None if o.get("note") is None else c.text(o["note"], line_at(o, "note"), f"{path}.note")
    return tuple(statuses), note


def _plural(c: Checker, st: dict[str, Any], spath: str) -> Any:
    if st.get("plural") is None:
        return None
    return c.text(st["plural"], line_at(st, "plural"), f"{spath}.plural")
