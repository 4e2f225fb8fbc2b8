"""The catalogue: every tool and lever that can be used, where their files are, and how they load.

The catalogue knows each tool's summary at once (``entries``) and builds a tool's full card the
first time it is asked for (``tools``), so that ``innovkit list`` stays fast. A broken card is a
``problem`` of the catalogue, never fatal. Nothing here prints: the CLI decides.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from innovkit.cards.lookup import Index
from innovkit.cards.model import Card, Lever, Text
from innovkit.errors import CardError, InnovkitError
from innovkit.i18n import words

LEVERS_FILE = "levers.yaml"


class ToolEntry(NamedTuple):
    """What the catalogue knows of a tool without building its whole card: enough to list,
    filter and find it."""

    id: str
    name: Text
    lever: str
    summary: Text
    duration: int
    shortest: int
    participants_min: int
    participants_max: int
    setting: tuple[str, ...]
    source: str
    origin: str = "builtin"
    overrides: bool = False
    draft: bool = False  # see ``Card.draft``

    def fits(self, participants: int) -> bool:
        return self.participants_min <= participants <= self.participants_max

    def summary_data(self) -> dict[str, Any]:
        """The entry as plain data (kept in the card cache)."""
        return {
            "id": self.id,
            "name": self.name.data(),
            "lever": self.lever,
            "summary": self.summary.data(),
            "duration": self.duration,
            "shortest": self.shortest,
            "participants": [self.participants_min, self.participants_max],
            "setting": list(self.setting),
            "draft": self.draft,
        }

    @classmethod
    def of(cls, card: Card) -> ToolEntry:
        return cls(
            card.id,
            card.name,
            card.lever,
            card.summary,
            card.duration,
            card.shortest,
            card.participants_min,
            card.participants_max,
            card.setting,
            card.source,
            draft=card.draft,
        )

    @classmethod
    def from_data(cls, data: Mapping[str, Any], source: str) -> ToolEntry:
        def text(value: Any) -> Text:
            return Text(value if isinstance(value, dict) else {"*": value})

        low, high = data["participants"]
        return cls(
            data["id"],
            text(data["name"]),
            data["lever"],
            text(data["summary"]),
            data["duration"],
            data["shortest"],
            low,
            high,
            tuple(data["setting"]),
            source,
            draft=bool(data.get("draft")),
        )


class Tools(Mapping[str, Card]):
    """The tools' full cards by id, each built from its file (or the cache) when first used."""

    def __init__(self) -> None:
        self._entries: dict[str, ToolEntry] = {}
        self._makers: dict[str, Callable[[], Card]] = {}
        self._cards: dict[str, Card] = {}

    def add(self, entry: ToolEntry, make: Callable[[], Card]) -> None:
        self._entries[entry.id] = entry
        self._makers[entry.id] = make
        self._cards.pop(entry.id, None)

    def __getitem__(self, ident: str) -> Card:
        if ident not in self._cards:
            entry = self._entries[ident]
            card = self._makers[ident]()
            self._cards[ident] = card._replace(origin=entry.origin, overrides=entry.overrides)
        return self._cards[ident]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


@dataclass
class Catalogue:
    """Every tool and lever that can be used, with the problems met while loading them."""

    entries: dict[str, ToolEntry] = field(default_factory=dict)
    tools: Tools = field(default_factory=Tools)
    levers: dict[str, Lever] = field(default_factory=dict)
    problems: list[CardError] = field(default_factory=list)

    def add(self, entry: ToolEntry, make: Callable[[], Card]) -> None:
        self.entries[entry.id] = entry
        self.tools.add(entry, make)

    def find_entry(self, query: str) -> ToolEntry:
        """The tool named by ``query``: id, original name or unique prefix, any case or accent."""
        index = Index()
        for entry in self.entries.values():
            index.add(entry.id, entry.id, *entry.name.values.values())
        return self.entries[index.find(query, "cards.unknown_tool", "cards.ambiguous_tool")]

    def find(self, query: str) -> Card:
        """The full card of the tool named by ``query`` (see ``find_entry``)."""
        return self.tools[self.find_entry(query).id]

    def find_lever(self, query: str) -> Lever:
        index = Index()
        for lever in self.levers.values():
            index.add(lever.id, lever.id, *lever.name.values.values())
        return self.levers[index.find(query, "cards.unknown_lever", "cards.ambiguous_lever")]

    def entries_for(self, lever: str) -> list[ToolEntry]:
        """The tools of ``lever`` that are ready (drafts are left out: see ``Card.draft``)."""
        return [e for e in self.entries.values() if e.lever == lever and not e.draft]

    def tools_for(self, lever: str) -> list[Card]:
        return [self.tools[entry.id] for entry in self.entries_for(lever)]

    def ready_tools(self) -> list[Card]:
        """The full cards of every tool but the drafts (for suggestions)."""
        return [self.tools[ident] for ident, entry in self.entries.items() if not entry.draft]


def builtin_dirs() -> list[Path]:
    from innovkit import paths

    return [paths.builtin_cards_dir()]


def card_dirs(extra: Sequence[Path] = ()) -> list[tuple[Path, str]]:
    """The card folders in search order (first wins): ``--cards``/``INNOVKIT_CARDS``, the
    user's folder, then the built-in cards."""
    from innovkit import paths

    dirs = [(Path(p), "custom") for p in extra] + [(p, "custom") for p in paths.extra_card_dirs()]
    dirs.append((paths.user_cards_dir(), "user"))
    dirs.append((paths.builtin_cards_dir(), "builtin"))
    return dirs


def load_catalogue(extra: Sequence[Path] = ()) -> Catalogue:
    """Load every card and lever; a broken card is recorded in ``problems``, never fatal."""
    from innovkit.cards.cache import CardCache

    catalogue = Catalogue()
    cache = CardCache.open()
    found: dict[str, tuple[ToolEntry, Callable[[], Card]]] = {}
    for folder, origin in reversed(card_dirs(extra)):  # lowest priority first
        if not folder.is_dir():
            if origin == "custom":
                catalogue.problems.append(
                    CardError(str(folder), None, None, words("cards.folder_missing"))
                )
            continue
        _load_levers(folder, origin, catalogue, cache)
        # One tool per file: a card's id is its file's name, so a folder holds each id once.
        for path in sorted(folder.glob("*.yaml")):
            if path.name == LEVERS_FILE:
                continue
            try:
                entry, make = cache.tool(path, origin == "builtin")
            except CardError as problem:
                catalogue.problems.append(problem)
                continue
            entry = entry._replace(origin=origin, overrides=entry.id in found)
            found[entry.id] = (entry, make)
    cache.save()
    _check_levers(found, catalogue)
    return catalogue


def tool_name(tool: str, lang: str, catalogue: Catalogue | None = None) -> str:
    """The name of the tool ``tool`` in ``lang`` (« audace up ! »), for a sentence that only
    has its id (a journal's refusal), found in ``catalogue`` (by default the usual card
    folders: ``INNOVKIT_CARDS``, the user's, the built-in ones); the id itself when no card
    has it, or when the cards cannot be read (the sentence must still be said)."""
    try:
        entry = (catalogue or load_catalogue()).entries.get(tool)
    except (InnovkitError, OSError):
        return tool
    return entry.name(lang) if entry is not None else tool


@dataclass(frozen=True)
class ToolName:
    """The name of the tool ``tool``, in a sentence of the core, which knows only its id:
    said in the language asked, from ``catalogue`` — the run's, with its ``--cards``
    folders, once the edge that says the sentence gives it (``named_in``); until then the
    usual card folders'."""

    tool: str
    catalogue: Catalogue | None = None

    def __call__(self, lang: str) -> str:
        return tool_name(self.tool, lang, self.catalogue)


def named_in(error: InnovkitError, catalogue: Catalogue) -> InnovkitError:
    """``error`` with the tools it names (``ToolName``) found in ``catalogue``: a card of a
    ``--cards`` folder is then named by its name, as a built-in one. ``error`` itself when
    it names none."""
    import copy

    if not any(isinstance(value, ToolName) for value in error.values.values()):
        return error
    named = copy.copy(error)
    named.values = {
        key: ToolName(value.tool, catalogue) if isinstance(value, ToolName) else value
        for key, value in error.values.items()
    }
    return named


def _load_levers(folder: Path, origin: str, catalogue: Catalogue, cache: Any) -> None:
    path = folder / LEVERS_FILE
    if not os.path.lexists(path):  # a broken link or a FIFO is there: said by cache.levers
        return
    try:
        levers = cache.levers(path, origin == "builtin")
    except CardError as problem:
        catalogue.problems.append(problem)
        return
    for lever in levers:
        catalogue.levers[lever.id] = lever


def _check_levers(
    found: dict[str, tuple[ToolEntry, Callable[[], Card]]], catalogue: Catalogue
) -> None:
    order = {lever_id: i for i, lever_id in enumerate(catalogue.levers)}
    ranked = sorted(found.values(), key=lambda f: (order.get(f[0].lever, len(order)), f[0].id))
    for entry, make in ranked:
        if entry.lever not in catalogue.levers:
            problem = words(
                "cards.unknown_lever_in_card",
                lever=entry.lever,
                allowed=", ".join(catalogue.levers),
            )
            catalogue.problems.append(CardError(entry.source, None, "lever", problem))
            continue
        catalogue.add(entry, make)


def validate_files(paths: Sequence[Path]) -> tuple[list[Card], list[CardError]]:
    """Check the given card files or folders, with the levers they can see."""
    from innovkit.cards.checks import parse_levers
    from innovkit.cards.files import load_card, read_yaml
    from innovkit.cards.safe_read import card_file_stat

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in sorted(path.glob("*.yaml")))
        else:
            files.append(path)
    known = {lv.id for lv in load_catalogue().levers.values()}
    cards: list[Card] = []
    problems: list[CardError] = []
    for path in files:
        try:
            if path.name == LEVERS_FILE:
                parse_levers(read_yaml(path), str(path))
                continue
            card_file_stat(path)  # missing, a broken link, a FIFO…: said before anything else
            local = path.parent / LEVERS_FILE
            levers = set(known)
            if local.is_file():
                levers |= {lv.id for lv in parse_levers(read_yaml(local), str(local))}
            builtin = path.parent.resolve() == builtin_dirs()[0].resolve()
            card = load_card(path, bilingual=builtin)
            if card.lever not in levers:
                raise CardError(
                    str(path),
                    None,
                    "lever",
                    words(
                        "cards.unknown_lever_in_card", lever=card.lever, allowed=", ".join(levers)
                    ),
                )
            if any(c.id == card.id for c in cards):
                raise CardError(str(path), None, "id", words("cards.duplicate_tool", id=card.id))
            cards.append(card)
        except CardError as problem:
            problems.append(problem)
    return cards, problems
