"""A cache of card files already read, so that ``innovkit list`` does not parse YAML each time.

Each file is read again when its modification time or size changes. Only files that passed
validation are cached, as plain JSON data that is validated again on the way out, so a
cached card is never more lenient than its file. A cache that cannot be read or written is
ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from innovkit import __version__

T = TypeVar("T")
_NAME = f"cards-{__version__}.json"


class CardCache:
    def __init__(self, path: Path | None, entries: dict[str, Any]) -> None:
        self.path = path
        self.entries = entries
        self.dirty = False

    @classmethod
    def open(cls) -> CardCache:
        from innovkit import paths

        path = paths.cache_dir() / _NAME
        try:
            entries = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            entries = {}
        return cls(path, entries if isinstance(entries, dict) else {})

    def load(self, path: Path, bilingual: bool, build: Callable[[Any, Path, bool], T]) -> T:
        """``build(data, path, bilingual)`` on the file's data, from the cache when it is fresh."""
        from innovkit.cards import read_yaml

        key = str(path.resolve())
        stat = path.stat()
        stamp = [stat.st_mtime_ns, stat.st_size, bilingual]
        entry = self.entries.get(key)
        if isinstance(entry, dict) and entry.get("stamp") == stamp:
            with contextlib.suppress(Exception):  # stale or damaged: read the file itself
                return build(entry["data"], path, bilingual)
        data = read_yaml(path)
        result = build(data, path, bilingual)
        self.entries[key] = {"stamp": stamp, "data": json.loads(json.dumps(data))}
        self.dirty = True
        return result

    def save(self) -> None:
        if not self.dirty:
            return
        tmp = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self.entries, handle, ensure_ascii=False)
            os.replace(tmp, self.path)
        except OSError:
            if tmp:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
