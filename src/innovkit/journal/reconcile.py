"""The rules of a merge, field by field. No SQL here: any store (SQLite today, a team's
PostgreSQL tomorrow) applies them to two copies of one session.

Every field of a session (and every action, by its id) carries two moments in
``Session.field_changes``: when its value last changed (``changed``) and the ``changed`` of the
value both sides last agreed on (``agreed``). A field without an entry takes the entry ``"*"``,
else the session's ``updated_at`` for both: what a journal older than these rules knows.

A field's entry may go on with the ``changed`` of the values this side replaced by its own
edits since it last agreed (``superseded``, the last few): a colleague who took one of them
did not change anything, and gets ours.

For one field whose values differ between ours and theirs:

- theirs did not change since we last agreed (their ``changed`` ≤ our ``agreed``, or one of our
  ``superseded``): ours stays;
- ours did not change since we last agreed (our ``changed`` ≤ their ``agreed``, or one of their
  ``superseded``): theirs is taken;
- both changed since: a conflict. The more recent change wins (ours on a tie), and the other
  value is reported.

Changes to different fields on the two sides are therefore both kept. Actions merge by id, and
each part of an action (text, owner, due date, status) as a field of its own, under the key
``actions.<part>/<action id>``: an action added on one side is kept, an action marked done on
one side and reworded on the other keeps both changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import msgspec

from innovkit.journal.data import read_session, session_data
from innovkit.journal.records import Session
from innovkit.journal.schema import JSON_KEYS, Moment

DEFAULT_KEY = "*"
ACTIONS = "actions"
ACTION_PARTS = ("text", "owner", "due", "status")
# What a merge never compares: who the session is, and its own bookkeeping.
NOT_MERGED = ("id", "created_at", "updated_at", "field_changes")
MERGED = tuple(name for name in JSON_KEYS if name not in NOT_MERGED and name != ACTIONS)


KEPT_SUPERSEDED = 8  # the entry's list stays short (``schema.FieldTimes``)


@dataclass(frozen=True, slots=True)
class Times:
    """When a field last changed, when the value both sides last agreed on changed, and the
    ``changed`` of the values our own edits replaced since."""

    changed: datetime
    agreed: datetime
    superseded: tuple[datetime, ...] = ()

    def stored(self) -> list[str]:
        return [m.isoformat() for m in (self.changed, self.agreed, *self.superseded)]

    def outdates(self, other: Times) -> bool:
        """Whether this side has already seen ``other``'s value and moved on from it."""
        return other.changed <= self.agreed or other.changed in self.superseded

    def edited(self, moment: datetime) -> Times:
        """The times of a value changed here at ``moment``, replacing this one."""
        replaced = (*self.superseded, self.changed) if self.changed != self.agreed else ()
        return Times(moment, self.agreed, replaced[-KEPT_SUPERSEDED:])


@dataclass(frozen=True, slots=True)
class Conflict:
    """The same field changed on both sides since they last agreed: ``kept`` stays in the
    journal (``kept_side``: ``here`` or ``theirs``; ``kept_by``: who, for an edit), ``other``
    is the value that lost. Values
    are in the export's shape (``session_data``); ``field`` is a field name or
    ``actions.<part>/<action id>``."""

    session_id: str
    field: str
    kept: Any
    other: Any
    kept_side: str
    kept_at: datetime
    other_at: datetime
    kept_by: str = ""  # an edit's: who made the change kept (see ``editing``)


@dataclass(slots=True)
class Merged:
    """Ours and theirs brought together: the resulting ``session``, the fields whose value
    changes here (``changed``), the ``conflicts``, and whether theirs differed at all."""

    session: Session
    changed: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    differed: bool = False
    rewritten: bool = False  # something to store (values or times)


_moment = msgspec.json.Decoder(Moment).decode


def _parse(text: str) -> datetime:
    return _moment(msgspec.json.encode(text))


def times(session: Session, key: str) -> Times:
    """The moments of field ``key`` of ``session`` (see the module's docstring)."""
    entry = session.field_changes.get(key) or session.field_changes.get(DEFAULT_KEY)
    if entry is None:
        return Times(session.updated_at, session.updated_at)
    changed, agreed, *superseded = map(_parse, entry)
    return Times(changed, agreed, tuple(superseded))


def _pick(key: str, ours: Any, theirs: Any, mine: Times, other: Times, sid: str) -> tuple:
    """The value kept for one field, its new times, whether theirs was taken, and the
    conflict if there is one."""
    if ours == theirs:
        latest = max(mine.changed, other.changed)
        return ours, Times(latest, latest), False, None
    if mine.outdates(other):
        return ours, mine, False, None
    if other.outdates(mine):
        return theirs, Times(other.changed, other.changed), True, None
    if other.changed > mine.changed:
        found = Conflict(sid, key, theirs, ours, "theirs", other.changed, mine.changed)
        return theirs, Times(other.changed, other.changed), True, found
    found = Conflict(sid, key, ours, theirs, "here", mine.changed, other.changed)
    return ours, Times(mine.changed, mine.changed), False, found


def merge_sessions(ours: Session, theirs: Session) -> Merged:
    """Ours and theirs (the same id) merged field by field, as the module's docstring says."""
    mine, other = session_data(ours), session_data(theirs)
    result, stamps, merged = dict(mine), {}, Merged(ours)
    for name in MERGED:
        value, stamp, taken, found = _pick(
            name, mine[name], other[name], times(ours, name), times(theirs, name), ours.id
        )
        result[name], stamps[name] = value, stamp
        _note(merged, name, taken, found)
    result[ACTIONS] = _merge_actions(ours, theirs, mine, other, stamps, merged)
    merged.differed = any(mine[n] != other[n] for n in (*MERGED, ACTIONS))
    result["field_changes"] = {key: stamp.stored() for key, stamp in stamps.items()}
    if merged.changed:
        result["updated_at"] = max(ours.updated_at, theirs.updated_at).isoformat()
    merged.rewritten = any(result[k] != mine[k] for k in (*MERGED, ACTIONS, "updated_at")) or any(
        stamp != times(ours, key) for key, stamp in stamps.items()
    )
    if merged.rewritten:
        merged.session = read_session(result)
    return merged


def _note(merged: Merged, name: str, taken: bool, found: Conflict | None) -> None:
    if taken and name not in merged.changed:
        merged.changed.append(name)
    if found is not None:
        merged.conflicts.append(found)


def _merge_actions(
    ours: Session,
    theirs: Session,
    mine: dict[str, Any],
    other: dict[str, Any],
    stamps: dict[str, Times],
    merged: Merged,
) -> list[Any]:
    """The actions of both sides by id: ours in their order, then theirs that are new here."""
    their_actions = {action["id"]: action for action in other[ACTIONS]}
    kept = []
    for action in mine[ACTIONS]:
        theirs_too = their_actions.pop(action["id"], None)
        result = dict(action)
        for part in ACTION_PARTS:
            key = action_key(part, action["id"])
            if theirs_too is None:
                stamps[key] = times(ours, key)
                continue
            mine_at, theirs_at = times(ours, key), times(theirs, key)
            value, stamp, taken, found = _pick(
                key, action[part], theirs_too[part], mine_at, theirs_at, ours.id
            )
            result[part], stamps[key] = value, stamp
            _note(merged, ACTIONS, taken, found)
        _done_day(result, action, theirs_too)
        kept.append(result)
    for ident, action in their_actions.items():
        kept.append(action)
        for part in ACTION_PARTS:
            moment = times(theirs, action_key(part, ident)).changed
            stamps[action_key(part, ident)] = Times(moment, moment)
        _note(merged, ACTIONS, True, None)
    return kept


def _done_day(result: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any] | None) -> None:
    """The day an action was done goes with its status: the side whose status was kept gives
    it (when both say done, the day one side knows)."""
    if theirs is None or "done_on" not in result:
        return
    taken = result["status"] != ours["status"]
    unknown_here = result["status"] == theirs["status"] and result.get("done_on") is None
    if taken or unknown_here:
        result["done_on"] = theirs.get("done_on")


def action_key(part: str, ident: str) -> str:
    """The key of one part of an action in ``field_changes``: ``actions.status/<id>``."""
    return f"{ACTIONS}.{part}/{ident}"


def action_part(key: str) -> tuple[str, str] | None:
    """``(part, action id)`` of an action's key, ``None`` for a field of the session."""
    if not key.startswith(f"{ACTIONS}."):
        return None
    part, _, ident = key.removeprefix(f"{ACTIONS}.").partition("/")
    return part, ident


def adopted(session: Session) -> Session:
    """A session new here, taken from another journal as it is: both sides now agree on every
    field, as of when it last changed."""
    if session.field_changes:
        session.field_changes = {
            key: [entry[0], entry[0]] for key, entry in session.field_changes.items()
        }
    return session


def stamp_edit(before: Session, after: Session, moment: datetime) -> dict[str, list[str]]:
    """``after``'s ``field_changes``: ``before``'s, with every field (and action) whose value
    differs marked as changed at ``moment``, keeping what it last agreed on."""
    changes = dict(before.field_changes)
    if DEFAULT_KEY not in changes:
        # The fields without an entry took ``updated_at``, which is about to move.
        changes[DEFAULT_KEY] = Times(before.updated_at, before.updated_at).stored()
    old, new = session_data(before), session_data(after)
    for name in MERGED:
        if old[name] != new[name]:
            changes[name] = times(before, name).edited(moment).stored()
    previous = {action["id"]: action for action in old[ACTIONS]}
    for action in new[ACTIONS]:
        known = previous.get(action["id"])
        for part in ACTION_PARTS:
            if known is None or known[part] != action[part]:
                key = action_key(part, action["id"])
                changes[key] = times(before, key).edited(moment).stored()
    return changes


def with_value(session: Session, key: str, value: Any) -> Session:
    """A checked copy of ``session`` whose field ``key`` (or part of an action,
    ``actions.<part>/<id>``) holds ``value`` (in the export's shape)."""
    data = session_data(session)
    found = action_part(key)
    if found is None:
        data[key] = value
    else:
        part, ident = found
        for action in data[ACTIONS]:
            if action["id"] == ident:
                action[part] = value
    return read_session(data)
