"""Preparation carried over: the ticks of ``checklist TOOL --interactive``, kept for that
tool and day until ``run TOOL`` starts from them.

One small file per tool (``preparation/TOOL.json`` in the data folder, owner only): the day
the ticks are for (``checklist --date``; none: the tool's next run), the day they were made,
and the ticked items of each phase, written as the card words them (both languages), so that
a tick follows its item and an item the card no longer has is simply dropped.

Which ticks a run takes: those for today, or those made without a day no more than
``WAITING_DAYS`` ago (a checklist ticked the day before, or on Friday for Monday). The
recorded run forgets them: the next session of the tool is prepared afresh.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from innovkit.cards.model import Card

WAITING_DAYS = 7  # ticks made without a day wait this long for the tool's run


@dataclass(frozen=True, slots=True)
class Preparation:
    """The kept ticks of one tool: ``ticks`` maps a phase to its items' ticks, in the card's
    order today."""

    day: date | None
    ticked_on: date
    ticks: dict[str, list[bool]] = field(default_factory=dict)

    def ticked(self, phase: str) -> int:
        return sum(self.ticks.get(phase, ()))


def preparation_folder() -> Path:
    from innovkit import paths

    return paths.data_dir() / "preparation"


def _file(tool: str, folder: Path | None) -> Path:
    return (folder or preparation_folder()) / f"{tool}.json"


def _identity(item: Any) -> Any:
    """An item as the file keeps it: its words in every language of the card."""
    return item.data()


def keep_ticks(
    card: Card,
    ticks: dict[str, Sequence[bool]],
    today: date,
    day: date | None = None,
    folder: Path | None = None,
) -> Path:
    """Keep the ticks of ``card``'s checklist (``{phase: ticks}``, in the card's order) for
    ``day`` (``None``: the next run); returns the file written."""
    import msgspec

    from innovkit.output import write_file
    from innovkit.paths import make_folder

    ticked = {
        phase: [
            _identity(item)
            for item, done in zip(card.checklist_phase(phase), marks, strict=False)
            if done
        ]
        for phase, marks in ticks.items()
    }
    document = {
        "tool": card.id,
        "day": day.isoformat() if day else None,
        "ticked_on": today.isoformat(),
        "ticked": ticked,
    }
    path = _file(card.id, folder)
    make_folder(path.parent)
    # Owner only, as the drafts: what a facilitator prepares is their own business.
    return write_file(path, msgspec.json.encode(document), force=True, mode=0o600)


def kept_ticks(
    card: Card, today: date, folder: Path | None = None, *, any_day: bool = False
) -> Preparation | None:
    """The ticks kept for ``card`` that a run today takes (see the module's rule; with
    ``any_day``, whatever is kept, as ``checklist --interactive`` goes on from it). ``None``
    when there are none, or the file cannot be read (it is only a convenience)."""
    import msgspec

    try:
        document = msgspec.json.decode(_file(card.id, folder).read_bytes())
        day = date.fromisoformat(document["day"]) if document.get("day") else None
        ticked_on = date.fromisoformat(document["ticked_on"])
        kept = document["ticked"]
        if not isinstance(kept, dict):
            return None
    except (OSError, ValueError, TypeError, KeyError, msgspec.DecodeError):
        return None
    waited = (today - ticked_on).days
    fresh = day == today if day is not None else 0 <= waited <= WAITING_DAYS
    if not (fresh or any_day):
        return None
    ticks = {}
    for phase, items in kept.items():
        if phase in card.checklist and isinstance(items, list):
            ticks[phase] = [_identity(item) in items for item in card.checklist_phase(phase)]
    return Preparation(day, ticked_on, ticks)


def forget_ticks(tool: str, folder: Path | None = None) -> None:
    """The session is recorded: its preparation is done with."""
    with contextlib.suppress(OSError):
        _file(tool, folder).unlink()


def still_to_do(items: Sequence[str], ticks: Sequence[bool]) -> list[str]:
    """The items not ticked, in order."""
    return [item for item, done in zip(items, ticks, strict=False) if not done]


def preparation_notes(
    prepared: str | None, items: Sequence[str], ticks: Sequence[bool], lang: str
) -> list[str]:
    """The lines above the run's checklist: where its ticks came from (``prepared``: the day
    of the kept ticks it took), and the items still to do, by name, once some are ticked (a
    checklist not begun says it by its empty boxes)."""
    from innovkit.dates import format_date
    from innovkit.i18n import tr, tr_count

    notes = []
    if prepared:
        day = format_date(date.fromisoformat(prepared), lang)
        notes.append(tr("live.preparation_carried", lang, day=day))
    left = [
        f"{number}. {_opening(item)}"
        for number, (item, done) in enumerate(zip(items, ticks, strict=False), 1)
        if not done
    ]
    if left and (prepared or len(left) < len(items)):
        notes.append(tr_count("live.preparation_left", len(left), lang, items=" ; ".join(left)))
    return notes


def _opening(item: str, width: int = 40) -> str:
    """The first words of an item, enough to know it (the item is in full just below)."""
    if len(item) <= width:
        return item.rstrip(".")
    cut = item[:width].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return f"{cut}…"


def moment_notes(card: Card, lang: str, variant: str | None = None) -> list[str]:
    """At a later moment, the moment's own invitation above its checklist (the report-back
    opens on what became of each dare, not on the first day's question); in a form with an
    invitation of its own (a short form's), that one; none otherwise."""
    from innovkit.cards.moments import current_moment, is_follow_up
    from innovkit.i18n import tr

    if is_follow_up(card):
        moment = current_moment(card)
        name = moment.name(lang) if moment is not None else card.name(lang)
    elif variant and card.variants and "invitation" in (card.variant(variant).framing or {}):
        name = card.variant(variant).name(lang)
    else:
        return []
    invitation = card.in_form(variant).invitation(lang)
    return [tr("live.moment_invitation", lang, moment=name, invitation=invitation)]
