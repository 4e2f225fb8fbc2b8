"""What frames a part of a tool, said in its own words instead of the card's: the invitation,
objectives, roles, materials, preparation and debrief questions.

A later moment has its own (audace-up's report-back invites to tell what became of each dare);
so may a variant (la-balade's short form walks a quarter of an hour, so its timekeeper does not
turn back « au bout de douze minutes »). ``check_framing`` reads these keys in a moment's or a
variant's entry; what it does not give stays the card's. Nothing here prints.
"""

from __future__ import annotations

from typing import Any

from innovkit.cards.checker import Checker, line_at
from innovkit.cards.roles import check_roles

FRAMING_LISTS = ("materials", "preparation", "debrief")
FRAMING = ("invitation", "objectives", "roles", *FRAMING_LISTS)


def check_framing(c: Checker, m: dict, path: str) -> dict[str, Any]:
    """The framing ``m`` gives of its own, by the card's field names: an ``invitation`` (a
    text), ``objectives`` (at least one text), ``roles`` (as the card's, at least one),
    ``materials``, ``preparation`` and ``debrief`` (lists of text; an empty one is the card's).
    Each problem is a ``CardError`` at ``path.field`` and its line."""
    own: dict[str, Any] = {}
    for key in FRAMING_LISTS:
        texts = c.texts(m.get(key), line_at(m, key), f"{path}.{key}")
        if texts:
            own[key] = texts
    if "invitation" in m:
        own["invitation"] = c.text(m["invitation"], line_at(m, "invitation"), f"{path}.invitation")
    if "objectives" in m:
        where = line_at(m, "objectives")
        own["objectives"] = c.texts(m["objectives"], where, f"{path}.objectives", 1)
    if "roles" in m:
        own["roles"] = check_roles(c, m["roles"], line_at(m, "roles"), f"{path}.roles")
    return own


def check_form_outcomes(c: Checker, v: dict, d: dict, path: str) -> dict[str, Any]:
    """A variant's ``outcomes: [id, …]``: the card's outcome fields this form gathers (a form
    without a final round records no « Mots du tour final »), or nothing (all of them). Each
    id must be one of the card's outcomes."""
    if v.get("outcomes") is None:
        return {}
    where, field = line_at(v, "outcomes"), f"{path}.outcomes"
    known = [o.get("id") for o in d.get("outcomes") or [] if isinstance(o, dict)]
    kept = []
    for n, (entry, spot) in enumerate(c.items(v["outcomes"], where, field, 1)):
        ident = c.slug(entry, spot, f"{field}[{n + 1}]", underscore=True)
        if ident not in known:
            allowed = ", ".join(str(k) for k in known)
            raise c.fail(
                spot, f"{field}[{n + 1}]", "cards.bad_choice", value=ident, allowed=allowed
            )
        kept.append(ident)
    c.unique(kept, where, field)
    return {"outcomes": tuple(kept)}


# A form's own checklist: what to watch during and after it (its « avant » is its preparation).
FORM_PHASES = ("during", "after")


def check_form_checklist(c: Checker, v: dict, path: str) -> dict[str, Any]:
    """A variant's ``checklist: {during: [...], after: [...]}`` (either or both, at least one
    text each), or nothing; the phases it does not give stay the card's."""
    if v.get("checklist") is None:
        return {}
    where, field = line_at(v, "checklist"), f"{path}.checklist"
    raw = c.mapping(v["checklist"], field, FORM_PHASES, (), where)
    phases = {
        phase: c.texts(raw[phase], line_at(raw, phase), f"{field}.{phase}", 1)
        for phase in FORM_PHASES
        if phase in raw
    }
    if not phases:
        raise c.fail(where, field, "cards.list_too_short", minimum=1)
    return {"checklist": phases}
