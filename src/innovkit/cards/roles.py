"""The roles of a card, or of one of its later moments (the follow-up's own « Animateur »)."""

from __future__ import annotations

from typing import Any

from innovkit.cards.checker import Checker, line_at
from innovkit.cards.model import Role


def check_roles(c: Checker, raw: Any, where: Any, path: str) -> tuple[Role, ...]:
    """``roles:``: at least one ``{id, name, does}``, each id once."""
    roles = []
    for i, (item, spot) in enumerate(c.items(raw, where, path, 1)):
        here = f"{path}[{i + 1}]"
        r = c.mapping(item, here, ("id", "name", "does"), ("id", "name", "does"), spot)
        roles.append(
            Role(
                id=c.slug(r["id"], line_at(r, "id"), f"{here}.id"),
                name=c.text(r["name"], line_at(r, "name"), f"{here}.name"),
                does=c.text(r["does"], line_at(r, "does"), f"{here}.does"),
            )
        )
    c.unique([r.id for r in roles], where, path)
    return tuple(roles)
