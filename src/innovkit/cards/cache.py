"""A cache of card files already read, so that ``innovkit list`` neither parses YAML nor builds
every card at each start.

Each file is read again when its modification time or size changes. Only files that passed the
checks are cached, in two files: a small index (each tool's catalogue entry, each levers file's
levers) read at every start, and the cards' plain data, read only when a full card is needed
and checked again then, so a cached card is never more lenient than its file. A cache that
cannot be read or written is ignored.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from innovkit import __version__

if TYPE_CHECKING:
    from innovkit.cards.catalogue import ToolEntry
    from innovkit.cards.model import Card, Lever

_FORMAT = 13  # raise it when the shape of the entries, or the checks a card passes, change


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class CardCache:
    def __init__(self, folder: Path) -> None:
        stem = f"cards-{__version__}-{_FORMAT}"
        self.index_path = folder / f"{stem}.json"
        self.data_path = folder / f"{stem}-data.json"
        self.index = _read_json(self.index_path)
        self._data: dict[str, Any] | None = None
        self.dirty = False

    @classmethod
    def open(cls) -> CardCache:
        from innovkit import paths

        return cls(paths.cache_dir())

    @property
    def data(self) -> dict[str, Any]:
        """Every cached card's data, read on first use."""
        if self._data is None:
            self._data = _read_json(self.data_path)
        return self._data

    def _fresh(self, path: Path, bilingual: bool) -> tuple[str, list[Any], dict | None]:
        from innovkit.cards.safe_read import card_file_stat

        stat = card_file_stat(path)  # a broken link, a FIFO… is a CardError, skipped by the caller
        key = str(path.resolve())
        stamp = [stat.st_mtime_ns, stat.st_size, bilingual]
        entry = self.index.get(key)
        fresh = isinstance(entry, dict) and entry.get("stamp") == stamp
        return key, stamp, entry if fresh else None

    def tool(self, path: Path, bilingual: bool) -> tuple[ToolEntry, Callable[[], Card]]:
        """The tool's catalogue entry, and a function that gives its full card.

        From a fresh cache entry nothing is parsed now: the card is built (and checked again)
        only if it is used. Otherwise the file is read and checked at once.
        """
        from innovkit.cards.catalogue import ToolEntry

        key, stamp, cached = self._fresh(path, bilingual)
        if cached is not None:
            with contextlib.suppress(Exception):  # a damaged entry: read the file itself
                entry = ToolEntry.from_data(cached["summary"], str(path))
                digest = cached["digest"]
                return entry, lambda: self._card(key, path, bilingual, digest)
        from innovkit.cards.checks import card_from_data
        from innovkit.cards.files import file_digest, parse_yaml, read_bytes

        raw = read_bytes(path)
        data = parse_yaml(raw, str(path))
        digest = file_digest(raw)
        card = card_from_data(data, path, bilingual, digest)
        entry = ToolEntry.of(card)
        self.index[key] = {"stamp": stamp, "digest": digest, "summary": entry.summary_data()}
        self.data[key] = json.loads(json.dumps(data))
        self.dirty = True
        return entry, lambda: card

    def _card(self, key: str, path: Path, bilingual: bool, digest: str) -> Card:
        from innovkit.cards.checks import card_from_data

        data = self.data.get(key)
        if data is not None:
            with contextlib.suppress(Exception):
                return card_from_data(data, path, bilingual, digest)
        # The YAML reader only now: a card rebuilt from the cache needs none (nor its import).
        from innovkit.cards.files import file_digest, parse_yaml, read_bytes

        raw = read_bytes(path)  # the data file went missing or is damaged
        return card_from_data(parse_yaml(raw, str(path)), path, bilingual, file_digest(raw))

    def levers(self, path: Path, bilingual: bool) -> list[Lever]:
        """The levers of a ``levers.yaml`` file."""
        from innovkit.cards.model import Lever, Text

        key, stamp, cached = self._fresh(path, bilingual)
        if cached is not None:
            with contextlib.suppress(Exception):
                return [
                    Lever(item["id"], Text(item["name"]), Text(item["description"]), str(path))
                    for item in cached["levers"]
                ]
        from innovkit.cards.checks import levers_from_data
        from innovkit.cards.files import read_yaml

        levers = levers_from_data(read_yaml(path), path, bilingual)
        self.index[key] = {
            "stamp": stamp,
            "levers": [
                {
                    "id": lv.id,
                    "name": dict(lv.name.values),
                    "description": dict(lv.description.values),
                }
                for lv in levers
            ],
        }
        self.dirty = True
        return levers

    def save(self) -> None:
        """Write the cache through the atomic writer; a cache that cannot be written is skipped."""
        if not self.dirty:
            return
        from innovkit.errors import InnovkitError
        from innovkit.output import write_file

        with contextlib.suppress(OSError, InnovkitError):
            self.index_path.parent.mkdir(parents=True, exist_ok=True)
            if self._data is not None:
                write_file(self.data_path, json.dumps(self._data, ensure_ascii=False), force=True)
            write_file(self.index_path, json.dumps(self.index, ensure_ascii=False), force=True)
