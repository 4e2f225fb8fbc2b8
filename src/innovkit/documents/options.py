"""What a document is asked for: the formats and checklist phases the commands accept, and the
facilitator's own details for a run sheet (``SheetOptions``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from innovkit.errors import BadInput

FORMATS = ("md", "html", "txt")
# The printed documents (sheets, booklet, checklist, plan, kit) also come as PDF: their HTML
# laid out in pages by ``innovkit.documents.pdf``.
PRINT_FORMATS = (*FORMATS, "pdf")
PHASES = ("before", "during", "after")
_ALIASES = {"markdown": "md", "htm": "html", "text": "txt"}


@dataclass(frozen=True, slots=True)
class SheetOptions:
    """What the facilitator adds to a run sheet: language, start time, date, group, name."""

    lang: str
    start: time | None = None
    day: date | None = None
    participants: int | None = None
    facilitator: str | None = None
    variant: str | None = None
    setting: str | None = None  # this session's: indoor, outdoor or remote (``parse_setting``)
    # At a later moment (``--follows``): the first session's items, by outcome id, as the
    # journal keeps them; the sheet's grid then carries their texts.
    follows_items: dict[str, list] | None = None


def check_format(value: str, formats: Sequence[str] = FORMATS) -> str:
    """``value`` as one of ``formats``, or ``BadInput`` naming them."""
    wanted = value.strip().lower().lstrip(".")
    wanted = _ALIASES.get(wanted, wanted)
    if wanted not in formats:
        raise BadInput("documents.bad_format", value=value, choices=", ".join(formats))
    return wanted


def choose_format(asked: str | None, target: Path | None, formats: Sequence[str] = FORMATS) -> str:
    """``--format`` when given, else the output file's extension, else Markdown."""
    if asked:
        return check_format(asked, formats)
    suffix = target.suffix.lower().lstrip(".") if target is not None else ""
    suffix = _ALIASES.get(suffix, suffix)
    if suffix in formats:
        return suffix
    if suffix.isalpha():  # « fiche.pdf » would get Markdown inside: say how to get a PDF
        choices = ", ".join(f".{name}" for name in formats)
        raise BadInput("documents.unknown_extension", suffix=f".{suffix}", choices=choices)
    return "md"


def check_phase(value: str) -> str:
    wanted = value.strip().lower()
    aliases = {"avant": "before", "pendant": "during", "apres": "after", "après": "after"}
    wanted = aliases.get(wanted, wanted)
    if wanted not in PHASES:
        raise BadInput("documents.bad_phase", value=value, choices=", ".join(PHASES))
    return wanted
