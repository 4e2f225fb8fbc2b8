"""An edit written onto the session as it is now, not over it. No SQL here: the store reads the
session inside its write transaction and applies these rules (SQLite and PostgreSQL alike).

An edit starts from a view of the session (``base``: the session as read when the edit began,
maybe minutes ago) and ends with the session as the facilitator wants it (``edited``). Only
what this edit changed is written, onto the session as it is ``now``:

- a field this edit did not change keeps its value now, whoever changed it meanwhile;
- a field this edit changed and nobody else did takes the edit's value;
- a field changed by this edit and, meanwhile, by a colleague to another value is a conflict
  (``reconcile.Conflict``): the edit's value, the more recent change, is kept and the
  colleague's is kept aside for ``journal conflicts`` — never silently overwritten.

Actions go by id and part (text, owner, due date, status), as in a merge: an action a colleague
added meanwhile stays; an action this edit removed goes; an action this edit changed and a
colleague removed comes back (work is never lost).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from innovkit.journal.data import read_session, session_data
from innovkit.journal.reconcile import (
    ACTION_PARTS,
    ACTIONS,
    MERGED,
    Conflict,
    action_key,
    stamp_edit,
    times,
)
from innovkit.journal.records import Session


@dataclass(slots=True)
class Edited:
    """What an edit wrote: the ``session`` as stored, the fields this edit changed (names;
    ``actions`` for any action), those a colleague changed meanwhile and which stay as they
    are now (``kept``), and the ``conflicts``."""

    session: Session
    changed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    by: str = ""

    def _note(self, target: list[str], name: str) -> None:
        if name not in target:
            target.append(name)


def edit_onto(
    now: Session, base: Session, edited: Session, moment: datetime, by: str = ""
) -> Edited:
    """``edited`` (made from ``base``) written onto ``now`` at ``moment`` by ``by`` (the
    facilitator's name, the account or the computer: what a conflict says kept; see the
    module)."""
    current, was, wanted = session_data(now), session_data(base), session_data(edited)
    result, outcome = dict(current), Edited(now, by=by)
    for name in MERGED:
        value = _field(outcome, now, name, (was[name], current[name], wanted[name]), moment)
        result[name] = value
    result[ACTIONS] = _actions(outcome, now, (was, current, wanted), moment)
    result["updated_at"] = moment.isoformat()
    session = read_session(result)
    session.field_changes = stamp_edit(now, session, moment)
    outcome.session = session
    return outcome


def _field(
    outcome: Edited, now: Session, key: str, values: tuple[Any, Any, Any], moment: datetime
) -> Any:
    """The value of field (or action part) ``key`` after the edit, from its value in the view
    the edit started from, now, and in the edit."""
    was, current, wanted = values
    name = ACTIONS if key.startswith(f"{ACTIONS}.") else key
    if wanted == was:
        if current != was:
            outcome._note(outcome.kept, name)
        return current
    outcome._note(outcome.changed, name)
    if current not in (was, wanted):
        changed_at = times(now, key).changed
        found = Conflict(now.id, key, wanted, current, "here", moment, changed_at, outcome.by)
        outcome.conflicts.append(found)
    return wanted


def _actions(
    outcome: Edited,
    now: Session,
    data: tuple[dict[str, Any], dict[str, Any], dict[str, Any]],
    moment: datetime,
) -> list[dict[str, Any]]:
    """The actions after the edit: those of now, in their order, with the edit's changes; then
    those this edit added (or changed, when a colleague removed them meanwhile)."""
    was, current, wanted = ({a["id"]: a for a in d[ACTIONS]} for d in data)
    kept: list[dict[str, Any]] = []
    for ident, action in current.items():
        if ident in was and ident not in wanted:
            outcome._note(outcome.changed, ACTIONS)  # removed by this edit
            continue
        if ident not in wanted:
            outcome._note(outcome.kept, ACTIONS)  # added meanwhile by a colleague
            kept.append(action)
            continue
        before = was.get(ident, action)
        result = dict(action)
        for part in ACTION_PARTS:
            trio = (before[part], action[part], wanted[ident][part])
            result[part] = _field(outcome, now, action_key(part, ident), trio, moment)
        if result["status"] != action["status"]:
            result["done_on"] = wanted[ident].get("done_on")  # the day goes with the status
        kept.append(result)
    for ident, action in wanted.items():
        if ident in current:
            continue
        if ident not in was or action != was[ident]:
            outcome._note(outcome.changed, ACTIONS)
            kept.append(action)
    return kept
