"""How long a step lasts for a given group: the one schedule model behind every timetable.

A step has a fixed part (``minutes``) and may grow with the group: so many seconds per person
(an exit round: everyone speaks in turn), so many minutes per sub-group (each trio presents), the
group being split in pairs, trios or tables of a given size. ``Card.plan`` gives the steps with
their minutes for a number of participants; the sheet, the plan, the run, ``list`` and ``suggest``
all go through it. Nothing here prints.
"""

from __future__ import annotations

from math import ceil
from typing import NamedTuple

from innovkit.limits import MAX_SESSION_MINUTES, MAX_STEP_MINUTES

# The named splits of the card format, and the sizes they stand for.
NAMED_SPLITS = {"pairs": (2, 2), "trios": (3, 3)}


class Split(NamedTuple):
    """How the group is split: sub-groups of ``smallest`` to ``largest`` people."""

    smallest: int
    largest: int
    name: str = ""  # « pairs », « trios », or empty for a range written as numbers

    def groups(self, participants: int) -> int:
        """The number of sub-groups ``participants`` people make.

        A fixed size (pairs, trios) makes as many full groups as possible, the odd ones out
        joining a group (7 people in pairs: 2 pairs and a trio). A range (tables of 4–6) makes
        the fewest groups that keep every table at or under its largest size (13 people: 3).
        """
        if participants <= 0:
            return 0
        if self.smallest == self.largest:
            return max(1, participants // self.largest)
        return max(1, ceil(participants / self.largest))


class Scaling(NamedTuple):
    """What a step adds for its group, on top of its fixed minutes."""

    per_person_seconds: int = 0
    per_group_minutes: int = 0
    split: Split | None = None
    min_seconds_per_person: int = 0

    @property
    def fixed(self) -> bool:
        return not self.per_person_seconds and not self.per_group_minutes


FIXED = Scaling()


def step_minutes(minutes: int, scaling: Scaling, participants: int) -> int:
    """Whole minutes of a step for ``participants`` people (``grown_minutes``), a day at most
    (``limits``), however large a group beyond the card's maximum."""
    return min(grown_minutes(minutes, scaling, participants), MAX_STEP_MINUTES)


def grown_minutes(minutes: int, scaling: Scaling, participants: int) -> int:
    """A step's fixed minutes, plus each person's seconds (added up, then rounded up to the
    minute), plus each sub-group's minutes."""
    total = minutes
    if scaling.per_person_seconds:
        total += ceil(scaling.per_person_seconds * participants / 60)
    if scaling.per_group_minutes and scaling.split is not None:
        total += scaling.per_group_minutes * scaling.split.groups(participants)
    return total


def session_minutes(minutes: int) -> int:
    """A session's planned minutes as the journal keeps them: a week at most (``limits``)."""
    return min(minutes, MAX_SESSION_MINUTES)


def seconds_per_person(minutes: int, participants: int) -> float:
    """The share of a step's time each person gets when everyone is heard in turn."""
    return minutes * 60 / participants if participants else float(minutes * 60)


def typical_size(low: int, high: int) -> int:
    """The group a card is timed for when none is given: the middle of its range, rounded up
    (4–12 people: 8; 3–8 people: 6)."""
    return (low + high + 1) // 2


def in_words(minutes: int, scaling: Scaling, lang: str) -> str | None:
    """How a step's time is made, for a sheet or ``show``: « 2 min + 3 min par personne »,
    « 6 min + 2 min par groupe de 4 à 6 »; ``None`` for a fixed step."""
    if scaling.fixed:
        return None
    from innovkit.i18n import tr_in

    parts = [tr_in(lang, "common.minutes", minutes=minutes)]
    seconds = scaling.per_person_seconds
    if seconds:
        each = (
            tr_in(lang, "common.minutes", minutes=seconds // 60)
            if seconds % 60 == 0
            else tr_in(lang, "cards.seconds", seconds=seconds)
        )
        parts.append(tr_in(lang, "cards.per_person", time=each))
    split = scaling.split
    if scaling.per_group_minutes and split is not None:
        each = tr_in(lang, "common.minutes", minutes=scaling.per_group_minutes)
        if split.name:
            parts.append(tr_in(lang, f"cards.per_{split.name}", time=each))
        elif split.smallest == split.largest:
            parts.append(tr_in(lang, "cards.per_group_of", time=each, size=split.largest))
        else:
            parts.append(
                tr_in(lang, "cards.per_group", time=each, min=split.smallest, max=split.largest)
            )
    return " + ".join(parts)


def scaling_data(scaling: Scaling) -> dict[str, object]:
    """How the step grows with the group, as in the card format (nothing for a fixed step)."""
    data: dict[str, object] = {}
    if scaling.per_person_seconds:
        data["per_person_seconds"] = scaling.per_person_seconds
    if scaling.per_group_minutes:
        data["per_group_minutes"] = scaling.per_group_minutes
    if scaling.split is not None:
        split = scaling.split
        data["split"] = split.name or {"min": split.smallest, "max": split.largest}
    if scaling.min_seconds_per_person:
        data["min_seconds_per_person"] = scaling.min_seconds_per_person
    return data
