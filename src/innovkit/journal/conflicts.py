"""What a merge leaves behind and reports: conflicts kept in the journal until the facilitator
decides, deletions (tombstones) that travel in exports, and the sessions an import updated.
No SQL here (the store keeps them); the rules that produce them are in ``journal.reconcile``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

import msgspec

from innovkit.journal.schema import Moment

SessionId = Annotated[str, msgspec.Meta(pattern=r"^[0-9a-f-]{8,64}$")]


class DeletionData(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A deleted session as an export carries it: its id, its date (so that an export of a
    period carries the deletions of that period), when and by whom it was deleted."""

    id: SessionId
    date: date
    deleted_at: Moment
    by: Annotated[str, msgspec.Meta(max_length=200)] = ""


@dataclass(frozen=True, slots=True)
class Deletion:
    """A tombstone: session ``session_id`` (of ``date``) was deleted at ``deleted_at``."""

    session_id: str
    date: date
    deleted_at: datetime
    deleted_by: str = ""

    def data(self) -> dict[str, Any]:
        """The export's shape (``DeletionData``)."""
        return {
            "id": self.session_id,
            "date": self.date.isoformat(),
            "deleted_at": self.deleted_at.isoformat(),
            "by": self.deleted_by,
        }


def deletion_of(data: DeletionData) -> Deletion:
    from datetime import UTC

    return Deletion(data.id, data.date, data.deleted_at.astimezone(UTC), data.by)


@dataclass(frozen=True, slots=True)
class SessionChange:
    """A session an import updates, and which of its fields (names, ``actions`` for any of
    its actions)."""

    session_id: str
    tool: str
    date: date
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoredConflict:
    """An open (or resolved) conflict as the journal keeps it (see ``reconcile.Conflict``),
    with the session's tool and date when the session is still there."""

    id: str
    session_id: str
    field: str
    kept: Any
    other: Any
    kept_side: str  # "here" | "theirs"
    kept_at: datetime
    other_at: datetime
    found_at: datetime
    tool: str | None = None
    date: date | None = None
    resolution: str | None = None  # None (open) | "kept" | "other"
    kept_by: str = ""  # an edit's: who made the change kept

    def data(self) -> dict[str, Any]:
        """``journal conflicts --json``: stable English keys."""
        return {
            "id": self.id,
            "session_id": self.session_id,
            "tool": self.tool,
            "date": self.date and self.date.isoformat(),
            "field": self.field,
            "kept": self.kept,
            "other": self.other,
            "kept_side": self.kept_side,
            "kept_changed_at": self.kept_at.isoformat(),
            "other_changed_at": self.other_at.isoformat(),
            "found_at": self.found_at.isoformat(),
            "resolution": self.resolution,
            "kept_by": self.kept_by,
        }
