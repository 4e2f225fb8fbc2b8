"""Checking each section of a card file (and of a ``levers.yaml``) and building the model from it.

Every problem becomes a ``CardError`` naming the file, the line and the field (see
``docs/card-format.md``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from innovkit import limits
from innovkit.cards import groupchecks
from innovkit.cards.checker import Checker, join_path, line_at, line_of
from innovkit.cards.framing import (
    FRAMING,
    check_form_checklist,
    check_form_outcomes,
    check_framing,
)
from innovkit.cards.model import (
    HANDOUT_COPIES,
    PHASES,
    SETTINGS,
    SIGN_ENDINGS,
    TASTER,
    Card,
    Handout,
    Lever,
    Step,
    Text,
    Variant,
)
from innovkit.cards.moments import check_moments, check_outcome_moments
from innovkit.cards.outcomechecks import check_outcomes
from innovkit.cards.roles import check_roles
from innovkit.errors import CardError
from innovkit.i18n import words

_STEP_MOST = limits.MAX_STEP_MINUTES  # one step: a day at most

_CARD_KEYS = (
    "id",
    "version",
    "name",
    "lever",
    "summary",
    "invitation",
    "objectives",
    "participants",
    "setting",
    "materials",
    "roles",
    "preparation",
    "steps",
    "variants",
    "debrief",
    "checklist",
    "outcomes",
    "handouts",
    "pitfalls",
    "credits",
    "status",
    "moments",
)
_CARD_OPTIONAL = ("variants", "handouts", "status", "moments")
CARD_STATUSES = ("draft", "ready")
_CARD_REQUIRED = tuple(key for key in _CARD_KEYS if key not in _CARD_OPTIONAL)


def parse_card(data: Any, file: str, bilingual: bool = False, digest: str = "") -> Card:
    """Check ``data`` (a parsed card file) against the card format and build a ``Card``.

    With ``bilingual``, every text must be given in both French and English (built-in cards).
    """
    c = Checker(file, bilingual)
    d = c.mapping(data, "", _CARD_KEYS, _CARD_REQUIRED)
    ident = c.slug(d["id"], line_at(d, "id"), "id")
    every_step = _steps(c, d["steps"], line_at(d, "steps"), "steps")
    moments, steps = check_moments(c, d, every_step, lambda *found: _steps(c, *found))
    outcomes = check_outcomes(c, d)
    check_outcome_moments(c, d, outcomes, moments)
    low, high, typical = _participants(c, d)
    card = Card(
        id=ident,
        version=c.integer(d["version"], line_at(d, "version"), "version", 1, limits.MAX_VERSION),
        name=c.text(d["name"], line_at(d, "name"), "name"),
        lever=c.slug(d["lever"], line_at(d, "lever"), "lever"),
        summary=c.text(d["summary"], line_at(d, "summary"), "summary"),
        invitation=c.text(d["invitation"], line_at(d, "invitation"), "invitation"),
        objectives=c.texts(d["objectives"], line_at(d, "objectives"), "objectives", 1),
        participants_min=low,
        participants_max=high,
        setting=_settings(c, d),
        materials=c.texts(d["materials"], line_at(d, "materials"), "materials"),
        roles=check_roles(c, d["roles"], line_at(d, "roles"), "roles"),
        preparation=c.texts(d["preparation"], line_at(d, "preparation"), "preparation"),
        steps=steps,
        variants=_variants(c, d, steps, (low, high)),
        debrief=c.texts(d["debrief"], line_at(d, "debrief"), "debrief", 1),
        checklist=_checklist(c, d),
        outcomes=outcomes,
        handouts=_handouts(c, d),
        pitfalls=c.texts(d["pitfalls"], line_at(d, "pitfalls"), "pitfalls"),
        credits=c.text(d["credits"], line_at(d, "credits"), "credits"),
        source=file,
        digest=digest,
        participants_typical=typical,
        status=_status(c, d),
        moments=moments,
    )
    groupchecks.enough_for_everyone(c, card, d)
    if moments:
        written = [e for m in d["moments"][1:] for e in m["steps"] if isinstance(e, dict)]
        every_raw = {**d, "steps": [*d["steps"], *written]}
        for moment in moments[1:]:
            groupchecks.enough_for_everyone(c, card.at_moment(moment.id), every_raw)
    return card


def _status(c: Checker, d: dict) -> str:
    """``ready`` unless the card says ``status: draft`` (see ``Card.draft``)."""
    status = d.get("status", "ready")
    if status not in CARD_STATUSES:
        raise c.fail(d, "status", "cards.bad_status", value=status)
    return str(status)


def _participants(c: Checker, d: dict) -> tuple[int, int, int]:
    participants = c.mapping(
        d["participants"], "participants", ("min", "max", "typical"), ("min", "max")
    )
    most = limits.MAX_PARTICIPANTS
    low = c.integer(participants["min"], line_at(participants, "min"), "participants.min", 1, most)
    high = c.integer(participants["max"], line_at(participants, "max"), "participants.max", 1, most)
    if high < low:
        raise c.fail(participants, "participants", "cards.participants_order", min=low, max=high)
    return low, high, groupchecks.typical(c, participants, low, high)


def _settings(c: Checker, d: dict) -> tuple[str, ...]:
    settings = []
    for i, (item, where) in enumerate(c.items(d["setting"], line_at(d, "setting"), "setting", 1)):
        if item not in SETTINGS:
            raise c.fail(
                where,
                f"setting[{i + 1}]",
                "cards.bad_choice",
                value=item,
                allowed=", ".join(SETTINGS),
            )
        settings.append(item)
    return tuple(settings)


def _steps(c: Checker, raw: Any, at: Any, field: str) -> tuple[Step, ...]:
    """A list of steps: the card's ``steps:``, or those written in a moment."""
    steps = []
    for i, (item, where) in enumerate(c.items(raw, at, field, 1)):
        path = f"{field}[{i + 1}]"
        s = c.mapping(
            item,
            path,
            ("id", "title", "minutes", "instructions", "prompts", "tips", *groupchecks.STEP_KEYS),
            ("id", "title", "minutes", "instructions"),
            where,
        )
        steps.append(
            Step(
                id=c.slug(s["id"], line_at(s, "id"), f"{path}.id"),
                title=c.text(s["title"], line_at(s, "title"), f"{path}.title"),
                minutes=c.integer(
                    s["minutes"], line_at(s, "minutes"), f"{path}.minutes", 1, _STEP_MOST
                ),
                instructions=c.text(
                    s["instructions"], line_at(s, "instructions"), f"{path}.instructions"
                ),
                prompts=c.texts(s.get("prompts"), line_at(s, "prompts"), f"{path}.prompts"),
                tips=c.texts(s.get("tips"), line_at(s, "tips"), f"{path}.tips"),
                scaling=groupchecks.scaling(c, s, path),
            )
        )
    c.unique([s.id for s in steps], at, field)
    _check_total(c, raw, field, [s.minutes for s in steps])
    return tuple(steps)


def _check_total(c: Checker, where: Any, path: str, minutes: list[int]) -> None:
    """A card's steps (or a variant's) last a week at most in all (``limits``)."""
    total = sum(minutes)
    if total > limits.MAX_SESSION_MINUTES:
        raise c.fail(
            where, path, "cards.too_long_in_all", minutes=total, maximum=limits.MAX_SESSION_MINUTES
        )


def _variants(
    c: Checker, d: dict, card_steps: tuple[Step, ...], size: tuple[int, int]
) -> tuple[Variant, ...]:
    step_ids = [s.id for s in card_steps]
    step_scaling = {s.id: s.scaling for s in card_steps}
    variants = []
    for i, (item, where) in enumerate(
        c.items(d.get("variants"), line_at(d, "variants"), "variants")
    ):
        path = f"variants[{i + 1}]"
        keys = (
            *("id", "name", "description", "steps", "participants"),
            *(*FRAMING, "checklist", "outcomes"),
        )
        v = c.mapping(item, path, keys, ("id", "name"), where)
        steps = scaling = texts = None
        if v.get("id") == TASTER and v.get("steps") is not None:  # a taster is not the tool, timed
            raise c.fail(v["steps"], f"{path}.steps", "cards.taster_has_steps")
        if v.get("steps") is not None:
            raw = c.mapping(v["steps"], f"{path}.steps", step_ids, ())
            if not raw:
                raise c.fail(raw, f"{path}.steps", "cards.list_too_short", minimum=1)
            steps, scaling, texts = groupchecks.variant_steps(c, raw, path, step_scaling)
            _check_total(c, raw, f"{path}.steps", list(steps.values()))
        elif v.get("description") is None:
            raise c.fail(v, join_path(path, "description"), "cards.variant_needs_description")
        description = v.get("description")
        low, high = groupchecks.variant_size(c, v, path, size)
        variants.append(
            Variant(
                id=c.slug(v["id"], line_at(v, "id"), f"{path}.id"),
                name=c.text(v["name"], line_at(v, "name"), f"{path}.name"),
                description=None
                if description is None
                else c.text(description, line_at(v, "description"), f"{path}.description"),
                steps=steps,
                scaling=scaling,
                texts=texts or None,
                participants_min=low,
                participants_max=high,
                framing={
                    **check_framing(c, v, path),
                    **check_form_checklist(c, v, path),
                    **check_form_outcomes(c, v, d, path),
                }
                or None,
            )
        )
    c.unique([v.id for v in variants], line_at(d, "variants"), "variants")
    return tuple(variants)


def _checklist(c: Checker, d: dict) -> dict[str, tuple[Text, ...]]:
    raw = c.mapping(d["checklist"], "checklist", PHASES, PHASES)
    return {
        phase: c.texts(raw[phase], line_at(raw, phase), f"checklist.{phase}", 1) for phase in PHASES
    }


def _handouts(c: Checker, d: dict) -> tuple[Handout, ...]:
    handouts = []
    for i, (item, where) in enumerate(
        c.items(d.get("handouts"), line_at(d, "handouts"), "handouts")
    ):
        path = f"handouts[{i + 1}]"
        keys = ("id", "title", "content", "copies")
        h = c.mapping(item, path, keys, ("id", "title", "content"), where)
        ident = c.slug(h["id"], line_at(h, "id"), f"{path}.id")
        handouts.append(
            Handout(
                id=ident,
                title=c.text(h["title"], line_at(h, "title"), f"{path}.title"),
                content=c.text(h["content"], line_at(h, "content"), f"{path}.content"),
                copies=_copies(c, h, ident, path),
            )
        )
    c.unique([h.id for h in handouts], line_at(d, "handouts"), "handouts")
    return tuple(handouts)


def _copies(c: Checker, h: dict, ident: str, path: str) -> str:
    """How many copies a session prints (``HANDOUT_COPIES``): as the card says, else one for
    the session for a sign or a poster, one per person for anything else."""
    if "copies" not in h:
        return "session" if ident.endswith(SIGN_ENDINGS) else "person"
    copies = h["copies"]
    if copies not in HANDOUT_COPIES:
        raise c.fail(
            line_at(h, "copies"),
            f"{path}.copies",
            "cards.bad_choice",
            value=copies,
            allowed=", ".join(HANDOUT_COPIES),
        )
    return str(copies)


def parse_levers(data: Any, file: str, bilingual: bool = False) -> list[Lever]:
    """Check a ``levers.yaml`` document: a list of ``{id, name, description}``."""
    c = Checker(file, bilingual)
    levers = []
    for i, (item, where) in enumerate(c.items(data, data, "", 1)):
        path = f"[{i + 1}]"
        lv = c.mapping(
            item, path, ("id", "name", "description"), ("id", "name", "description"), where
        )
        levers.append(
            Lever(
                id=c.slug(lv["id"], line_at(lv, "id"), f"{path}.id"),
                name=c.text(lv["name"], line_at(lv, "name"), f"{path}.name"),
                description=c.text(
                    lv["description"], line_at(lv, "description"), f"{path}.description"
                ),
                source=file,
            )
        )
    c.unique([lv.id for lv in levers], line_of(data), "")
    return levers


def levers_from_data(data: Any, path: Path, bilingual: bool) -> list[Lever]:
    return parse_levers(data, str(path), bilingual)


def card_from_data(data: Any, path: Path, bilingual: bool = False, digest: str = "") -> Card:
    """Check the data read from the card file ``path``; its id must be the file's name."""
    card = parse_card(data, str(path), bilingual, digest)
    if card.id != path.stem:
        raise CardError(
            str(path), None, "id", words("cards.id_not_filename", id=card.id, stem=path.stem)
        )
    return card
