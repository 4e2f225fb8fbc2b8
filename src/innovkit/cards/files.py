"""Reading tool card files: safe YAML that remembers lines, then a strict check of every field.

Every problem becomes a ``CardError`` naming the file, the line and the field (see
``docs/card-format.md``). The model the checks build lives in ``innovkit.cards.model``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

from innovkit.cards.model import (
    OUTCOME_KINDS,
    PHASES,
    SETTINGS,
    Card,
    Choice,
    Handout,
    Lever,
    Outcome,
    Role,
    Step,
    Text,
    Variant,
)
from innovkit.errors import CardError
from innovkit.i18n import LANGUAGES, tr

# --------------------------------------------------------------------------- YAML with lines


class _LineDict(dict):
    """A mapping read from YAML that remembers the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[Any, int]


class _LineList(list):
    line: int = 0
    item_lines: list[int]


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """``yaml.SafeLoader`` (the C one when available) that records line numbers."""


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> Iterator[_LineDict]:
    data = _LineDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            duplicate = key in data
        except TypeError:
            raise CardError("", line, None, tr("cards.key_not_text")) from None
        if duplicate:
            raise CardError("", line, str(key), tr("cards.duplicate_key"))
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_lines[key] = line


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> Iterator[_LineList]:
    data = _LineList()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_sequence(node, deep=True))


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def read_yaml(path: Path) -> Any:
    """Parse one YAML file safely; any problem becomes a ``CardError`` with file and line."""
    return parse_yaml(read_bytes(path), str(path))


def read_bytes(path: Path) -> bytes:
    """The bytes of a card file; a link to nowhere, a FIFO, a huge file… is a ``CardError``."""
    from innovkit.cards.safe_read import read_card_bytes

    return read_card_bytes(path)


def parse_yaml(raw: bytes, name: str) -> Any:
    """The data of a YAML document (UTF-8 bytes) read from the file called ``name``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CardError(name, None, None, tr("cards.not_utf8")) from None
    try:
        return yaml.load(text, Loader=_Loader)  # _Loader is a SafeLoader subclass
    except CardError as exc:
        raise CardError(name, exc.line, exc.field, exc.problem) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in str(exc.problem):
            problem = tr("cards.yaml_tag_refused")
        else:
            problem = tr("cards.bad_yaml", detail=exc.problem or exc.context or "")
        raise CardError(name, line, None, problem) from None
    except (yaml.YAMLError, RecursionError, ValueError, TypeError, OverflowError) as exc:
        raise CardError(name, None, None, tr("cards.bad_yaml", detail=type(exc).__name__)) from None


# --------------------------------------------------------------------------- validation


class _Checker:
    """Reads one card's data field by field, turning every problem into a ``CardError``."""

    def __init__(self, file: str, bilingual: bool) -> None:
        self.file = file
        self.bilingual = bilingual

    def fail(self, where: Any, path: str, key: str, **values: object) -> CardError:
        return CardError(self.file, _line_of(where), path or None, tr(key, **values))

    # mappings and scalars

    def mapping(
        self,
        value: Any,
        path: str,
        keys: Iterable[str],
        required: Iterable[str],
        where: Any = None,
    ) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where or value, path, "cards.expected_mapping")
        allowed = set(keys)
        for key in value:
            if key not in allowed:
                raise CardError(
                    self.file,
                    _key_line(value, key),
                    _join(path, key),
                    tr("cards.unknown_key", key=key, allowed=", ".join(sorted(allowed))),
                )
        for key in required:
            if key not in value or value[key] is None:
                raise self.fail(value, _join(path, key), "cards.missing_field")
        return value

    def slug(self, value: Any, where: Any, path: str, underscore: bool = False) -> str:
        allowed = "abcdefghijklmnopqrstuvwxyz0123456789" + ("_" if underscore else "-")
        if isinstance(value, bool):  # YAML reads a bare yes/no/on/off as true/false
            raise self.fail(where, path, "cards.id_is_boolean")
        if not isinstance(value, str) or not value or any(c not in allowed for c in value):
            key = "cards.bad_field_id" if underscore else "cards.bad_slug"
            raise self.fail(where, path, key, value=value)
        return value

    def integer(self, value: Any, where: Any, path: str, minimum: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, path, "cards.expected_integer", value=value)
        if value < minimum:
            raise self.fail(where, path, "cards.integer_too_small", value=value, minimum=minimum)
        return value

    def text(self, value: Any, where: Any, path: str) -> Text:
        if isinstance(value, dict) and len(value) == 2:  # the usual case: {fr: …, en: …}
            french, english = value.get("fr"), value.get("en")
            if (
                isinstance(french, str)
                and isinstance(english, str)
                and french.strip()
                and english.strip()
            ):
                return Text({"fr": french, "en": english})
        if isinstance(value, str):
            if not value.strip():
                raise self.fail(where, path, "cards.empty_text")
            if self.bilingual:
                raise self.fail(where, path, "cards.missing_translation", lang="fr, en")
            return Text({"*": value})
        if isinstance(value, dict):
            extra = [k for k in value if k not in LANGUAGES]
            if extra:
                raise self.fail(
                    value,
                    _join(path, str(extra[0])),
                    "cards.unknown_language",
                    lang=extra[0],
                    allowed=", ".join(LANGUAGES),
                )
            missing = [code for code in LANGUAGES if code not in value]
            if missing:
                raise self.fail(value, path, "cards.missing_translation", lang=missing[0])
            for code in LANGUAGES:
                item = value[code]
                if not isinstance(item, str) or not item.strip():
                    raise self.fail(value, _join(path, code), "cards.empty_text")
            return Text({code: value[code] for code in LANGUAGES})
        raise self.fail(where, path, "cards.expected_text")

    def items(self, value: Any, where: Any, path: str, minimum: int = 0) -> list[tuple[Any, Any]]:
        """The items of a list with, for each, something that knows its line."""
        if value is None:
            value = []
        if not isinstance(value, list):
            raise self.fail(where, path, "cards.expected_list")
        if len(value) < minimum:
            raise self.fail(where, path, "cards.list_too_short", minimum=minimum)
        lines = getattr(value, "item_lines", None) or [getattr(value, "line", None)] * len(value)
        return list(zip(value, lines, strict=False))

    def texts(self, value: Any, where: Any, path: str, minimum: int = 0) -> tuple[Text, ...]:
        return tuple(
            self.text(item, line, f"{path}[{i + 1}]")
            for i, (item, line) in enumerate(self.items(value, where, path, minimum))
        )

    def unique(self, ids: Sequence[str], where: Any, path: str) -> None:
        seen: set[str] = set()
        for ident in ids:
            if ident in seen:
                raise self.fail(where, path, "cards.duplicate_id", id=ident)
            seen.add(ident)


def _line_of(where: Any) -> int | None:
    """The line of ``where``: a line number itself, or something read from YAML."""
    if where is None or isinstance(where, int):
        return where or None
    return getattr(where, "line", None) or None


def _key_line(mapping: Any, key: str) -> int | None:
    lines = getattr(mapping, "key_lines", None)
    if lines and key in lines:
        return lines[key]
    return _line_of(mapping)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _at(mapping: dict, key: str) -> int | None:
    return _key_line(mapping, key)


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
)
_CARD_OPTIONAL = ("variants", "handouts")
_CARD_REQUIRED = tuple(key for key in _CARD_KEYS if key not in _CARD_OPTIONAL)


def parse_card(data: Any, file: str, bilingual: bool = False, digest: str = "") -> Card:
    """Check ``data`` (a parsed card file) against the card format and build a ``Card``.

    With ``bilingual``, every text must be given in both French and English (built-in cards).
    """
    c = _Checker(file, bilingual)
    d = c.mapping(data, "", _CARD_KEYS, _CARD_REQUIRED)
    ident = c.slug(d["id"], _at(d, "id"), "id")
    steps = _steps(c, d)
    step_ids = [s.id for s in steps]
    participants = c.mapping(d["participants"], "participants", ("min", "max"), ("min", "max"))
    low = c.integer(participants["min"], _at(participants, "min"), "participants.min", 1)
    high = c.integer(participants["max"], _at(participants, "max"), "participants.max", 1)
    if high < low:
        raise c.fail(participants, "participants", "cards.participants_order", min=low, max=high)
    settings = []
    for i, (item, where) in enumerate(c.items(d["setting"], _at(d, "setting"), "setting", 1)):
        if item not in SETTINGS:
            raise c.fail(
                where,
                f"setting[{i + 1}]",
                "cards.bad_choice",
                value=item,
                allowed=", ".join(SETTINGS),
            )
        settings.append(item)
    return Card(
        id=ident,
        version=c.integer(d["version"], _at(d, "version"), "version", 1),
        name=c.text(d["name"], _at(d, "name"), "name"),
        lever=c.slug(d["lever"], _at(d, "lever"), "lever"),
        summary=c.text(d["summary"], _at(d, "summary"), "summary"),
        invitation=c.text(d["invitation"], _at(d, "invitation"), "invitation"),
        objectives=c.texts(d["objectives"], _at(d, "objectives"), "objectives", 1),
        participants_min=low,
        participants_max=high,
        setting=tuple(settings),
        materials=c.texts(d["materials"], _at(d, "materials"), "materials"),
        roles=_roles(c, d),
        preparation=c.texts(d["preparation"], _at(d, "preparation"), "preparation"),
        steps=steps,
        variants=_variants(c, d, step_ids),
        debrief=c.texts(d["debrief"], _at(d, "debrief"), "debrief", 1),
        checklist=_checklist(c, d),
        outcomes=_outcomes(c, d),
        handouts=_handouts(c, d),
        pitfalls=c.texts(d["pitfalls"], _at(d, "pitfalls"), "pitfalls"),
        credits=c.text(d["credits"], _at(d, "credits"), "credits"),
        source=file,
        digest=digest,
    )


def _steps(c: _Checker, d: dict) -> tuple[Step, ...]:
    steps = []
    for i, (item, where) in enumerate(c.items(d["steps"], _at(d, "steps"), "steps", 1)):
        path = f"steps[{i + 1}]"
        s = c.mapping(
            item,
            path,
            ("id", "title", "minutes", "instructions", "prompts", "tips"),
            ("id", "title", "minutes", "instructions"),
            where,
        )
        steps.append(
            Step(
                id=c.slug(s["id"], _at(s, "id"), f"{path}.id"),
                title=c.text(s["title"], _at(s, "title"), f"{path}.title"),
                minutes=c.integer(s["minutes"], _at(s, "minutes"), f"{path}.minutes", 1),
                instructions=c.text(
                    s["instructions"], _at(s, "instructions"), f"{path}.instructions"
                ),
                prompts=c.texts(s.get("prompts"), _at(s, "prompts"), f"{path}.prompts"),
                tips=c.texts(s.get("tips"), _at(s, "tips"), f"{path}.tips"),
            )
        )
    c.unique([s.id for s in steps], _at(d, "steps"), "steps")
    return tuple(steps)


def _roles(c: _Checker, d: dict) -> tuple[Role, ...]:
    roles = []
    for i, (item, where) in enumerate(c.items(d["roles"], _at(d, "roles"), "roles", 1)):
        path = f"roles[{i + 1}]"
        r = c.mapping(item, path, ("id", "name", "does"), ("id", "name", "does"), where)
        roles.append(
            Role(
                id=c.slug(r["id"], _at(r, "id"), f"{path}.id"),
                name=c.text(r["name"], _at(r, "name"), f"{path}.name"),
                does=c.text(r["does"], _at(r, "does"), f"{path}.does"),
            )
        )
    c.unique([r.id for r in roles], _at(d, "roles"), "roles")
    return tuple(roles)


def _variants(c: _Checker, d: dict, step_ids: list[str]) -> tuple[Variant, ...]:
    variants = []
    for i, (item, where) in enumerate(c.items(d.get("variants"), _at(d, "variants"), "variants")):
        path = f"variants[{i + 1}]"
        v = c.mapping(item, path, ("id", "name", "description", "steps"), ("id", "name"), where)
        steps = None
        if v.get("steps") is not None:
            raw = c.mapping(v["steps"], f"{path}.steps", step_ids, ())
            if not raw:
                raise c.fail(raw, f"{path}.steps", "cards.list_too_short", minimum=1)
            steps = {
                key: c.integer(raw[key], _at(raw, key), f"{path}.steps.{key}", 1)
                for key in step_ids
                if key in raw
            }
        elif v.get("description") is None:
            raise c.fail(v, _join(path, "description"), "cards.variant_needs_description")
        description = v.get("description")
        variants.append(
            Variant(
                id=c.slug(v["id"], _at(v, "id"), f"{path}.id"),
                name=c.text(v["name"], _at(v, "name"), f"{path}.name"),
                description=None
                if description is None
                else c.text(description, _at(v, "description"), f"{path}.description"),
                steps=steps,
            )
        )
    c.unique([v.id for v in variants], _at(d, "variants"), "variants")
    return tuple(variants)


def _checklist(c: _Checker, d: dict) -> dict[str, tuple[Text, ...]]:
    raw = c.mapping(d["checklist"], "checklist", PHASES, PHASES)
    return {
        phase: c.texts(raw[phase], _at(raw, phase), f"checklist.{phase}", 1) for phase in PHASES
    }


def _outcomes(c: _Checker, d: dict) -> tuple[Outcome, ...]:
    outcomes = []
    for i, (item, where) in enumerate(c.items(d["outcomes"], _at(d, "outcomes"), "outcomes", 1)):
        path = f"outcomes[{i + 1}]"
        o = c.mapping(
            item,
            path,
            ("id", "kind", "label", "help", "choices", "required"),
            ("id", "kind", "label"),
            where,
        )
        kind = o["kind"]
        if kind not in OUTCOME_KINDS:
            raise c.fail(
                _at(o, "kind"),
                f"{path}.kind",
                "cards.bad_choice",
                value=kind,
                allowed=", ".join(OUTCOME_KINDS),
            )
        choices = []
        if kind == "choice":
            entries = c.items(o.get("choices"), _at(o, "choices"), f"{path}.choices", 2)
            for j, (entry, spot) in enumerate(entries):
                cpath = f"{path}.choices[{j + 1}]"
                ch = c.mapping(entry, cpath, ("id", "label"), ("id", "label"), spot)
                choices.append(
                    Choice(
                        id=c.slug(ch["id"], _at(ch, "id"), f"{cpath}.id", underscore=True),
                        label=c.text(ch["label"], _at(ch, "label"), f"{cpath}.label"),
                    )
                )
            c.unique([x.id for x in choices], _at(o, "choices"), f"{path}.choices")
        elif "choices" in o:
            raise c.fail(_at(o, "choices"), f"{path}.choices", "cards.choices_only_for_choice")
        required = o.get("required", False)
        if not isinstance(required, bool):
            raise c.fail(_at(o, "required"), f"{path}.required", "cards.expected_boolean")
        outcomes.append(
            Outcome(
                id=c.slug(o["id"], _at(o, "id"), f"{path}.id", underscore=True),
                kind=kind,
                label=c.text(o["label"], _at(o, "label"), f"{path}.label"),
                help=None
                if o.get("help") is None
                else c.text(o["help"], _at(o, "help"), f"{path}.help"),
                choices=tuple(choices),
                required=required,
            )
        )
    c.unique([o.id for o in outcomes], _at(d, "outcomes"), "outcomes")
    return tuple(outcomes)


def _handouts(c: _Checker, d: dict) -> tuple[Handout, ...]:
    handouts = []
    for i, (item, where) in enumerate(c.items(d.get("handouts"), _at(d, "handouts"), "handouts")):
        path = f"handouts[{i + 1}]"
        h = c.mapping(item, path, ("id", "title", "content"), ("id", "title", "content"), where)
        handouts.append(
            Handout(
                id=c.slug(h["id"], _at(h, "id"), f"{path}.id"),
                title=c.text(h["title"], _at(h, "title"), f"{path}.title"),
                content=c.text(h["content"], _at(h, "content"), f"{path}.content"),
            )
        )
    c.unique([h.id for h in handouts], _at(d, "handouts"), "handouts")
    return tuple(handouts)


def file_digest(raw: bytes) -> str:
    """A short content hash of a card file, recorded with each session of the tool."""
    import hashlib

    return hashlib.sha256(raw).hexdigest()[:16]


def parse_levers(data: Any, file: str, bilingual: bool = False) -> list[Lever]:
    """Check a ``levers.yaml`` document: a list of ``{id, name, description}``."""
    c = _Checker(file, bilingual)
    levers = []
    for i, (item, where) in enumerate(c.items(data, data, "", 1)):
        path = f"[{i + 1}]"
        lv = c.mapping(
            item, path, ("id", "name", "description"), ("id", "name", "description"), where
        )
        levers.append(
            Lever(
                id=c.slug(lv["id"], _at(lv, "id"), f"{path}.id"),
                name=c.text(lv["name"], _at(lv, "name"), f"{path}.name"),
                description=c.text(
                    lv["description"], _at(lv, "description"), f"{path}.description"
                ),
                source=file,
            )
        )
    c.unique([lv.id for lv in levers], _line_of(data), "")
    return levers


def levers_from_data(data: Any, path: Path, bilingual: bool) -> list[Lever]:
    return parse_levers(data, str(path), bilingual)


def card_from_data(data: Any, path: Path, bilingual: bool = False, digest: str = "") -> Card:
    """Check the data read from the card file ``path``; its id must be the file's name."""
    card = parse_card(data, str(path), bilingual, digest)
    if card.id != path.stem:
        raise CardError(
            str(path), None, "id", tr("cards.id_not_filename", id=card.id, stem=path.stem)
        )
    return card
