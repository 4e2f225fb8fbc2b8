"""The starter card written by ``innovkit cards new``: a real, valid card to adapt, written as
a draft (``status: draft``); ``mark_ready`` makes it ready once it validates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from innovkit.errors import BadInput, CardError


def starter_card(tool_id: str, lang: str, lever: str = "echanges") -> str:
    """The commented YAML of a new card called ``tool_id``, in ``lang``."""
    from innovkit import paths
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.documents.templates import render_template

    allowed = "abcdefghijklmnopqrstuvwxyz0123456789-"
    if not tool_id or any(ch not in allowed for ch in tool_id) or tool_id.strip("-") != tool_id:
        raise BadInput("catalogue.new_bad_id", id=tool_id)
    levers = ", ".join(load_catalogue().levers)
    target = paths.user_cards_dir() / f"{tool_id}.yaml"
    return render_template(
        f"cards/starter.{lang}.yaml.j2", id=tool_id, lever=lever, levers=levers, path=target
    )


def find_card_file(tool_id: str, extra: Sequence[Path] = ()) -> Path:
    """The file of the card ``tool_id`` in the card folders, first in search order (the built-in
    folder is not searched: its cards are never drafts)."""
    from innovkit.cards.catalogue import card_dirs

    for folder, origin in card_dirs(extra):
        path = folder / f"{tool_id.strip().lower()}.yaml"
        if origin != "builtin" and path.is_file():
            return path
    raise BadInput("catalogue.ready_no_file", id=tool_id.strip())


_DRAFT_LINE = re.compile(r"^status:[ \t]*['\"]?draft['\"]?[ \t]*(#.*)?$", re.MULTILINE)


def mark_ready(path: Path) -> tuple[list[CardError], bool]:
    """Mark the draft card at ``path`` ready, if it validates: returns the problems that keep
    it a draft (nothing written then) and whether the file changed (``False`` for a card
    already ready).

    Only the ``status: draft`` line changes: the file is edited as text, not written back
    through a YAML library, which would lose the facilitator's comments and layout."""
    from innovkit.cards.catalogue import validate_files
    from innovkit.output import write_file

    cards, problems = validate_files([path])
    if problems:
        return problems, False
    if not cards[0].draft:
        return [], False
    text = path.read_text(encoding="utf-8")
    changed, count = _DRAFT_LINE.subn("status: ready", text, count=1)
    if count != 1:
        raise BadInput("catalogue.ready_no_line", path=path)
    write_file(path, changed, force=True, card=True)
    return [], True
