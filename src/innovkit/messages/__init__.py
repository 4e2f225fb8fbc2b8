"""The interface's sentences, one module per area, each a ``MESSAGES`` dict of
``key: {"fr": …, "en": …}``. Keys start with their area's name. Placeholders use
``str.format`` syntax and must be the same in both languages (a test checks it).
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module

AREAS = (
    "common",
    "catalogue",
    "journal",
    "spreadsheet",
    "merging",
    "followup",
    "documents",
    "live",
    "planning",
    "opendata",
    "report",
    "moments",
    "outbox",
    "sizes",
)


def load_all() -> dict[str, Mapping[str, str]]:
    merged: dict[str, Mapping[str, str]] = {}
    for area in AREAS:
        module = import_module(f"innovkit.messages.{area}")
        for key, entry in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"message key defined twice: {key}")
            merged[key] = entry
    return merged
