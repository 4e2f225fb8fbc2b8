"""The starter card written by ``innovkit cards new``: a real, valid card to adapt."""

from __future__ import annotations

from innovkit.errors import BadInput


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
