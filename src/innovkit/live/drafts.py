"""The draft of a run in progress: what the facilitator did and typed, written to disk after
every step, every answer and every few seconds, so ``innovkit run TOOL --resume`` picks it up
after a Ctrl-C, a closed laptop or a crash; and how a draft follows a card edited meanwhile."""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from innovkit.cards.model import Card
from innovkit.errors import InnovkitError

DRAFT_FORMAT = "innovkit-draft"
DRAFT_VERSION = 1
PHASES = ("checklist", "steps", "debrief", "outcomes", "done")


@dataclass(slots=True)
class StepState:
    """One step of the run: planned, and what really happened so far."""

    step_id: str
    title: str
    planned: float  # seconds
    active: float = 0.0  # counted by the step's countdown (pauses excluded)
    wall: float = 0.0  # time on this step, pauses included: what the group really spent
    extended: float = 0.0
    skipped: bool = False
    visits: int = 0


@dataclass(slots=True)
class Draft:
    """Everything about a run in progress, as saved to disk."""

    session_id: str
    tool: str
    tool_version: int
    card_digest: str
    variant: str | None
    lang: str
    created: str  # ISO wall-clock time the run was opened
    steps: list[StepState]
    facilitator: str = ""
    participants: int | None = None
    record: bool = True
    phase: str = "checklist"
    checklist: list[bool] = field(default_factory=list)
    prepared: str | None = None  # ISO day of the ``checklist --interactive`` ticks it took
    started: str | None = None  # ISO wall-clock time the first step began
    current: int = 0
    paused: bool = False
    debrief: list[str] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)  # what was typed, by field key
    answered: list[str] = field(default_factory=list)  # field keys finished
    typing: dict[str, str] = field(default_factory=dict)  # an answer not yet validated, by slot
    saved: str | None = None
    moment: str | None = None  # a tool in several moments: the one run (``cards.moments``)
    follows: str | None = None  # a later moment: the first session of its cycle
    # A later moment that gathers the statuses of the first session's items (``reviewed_at``):
    # those items as the journal kept them, by outcome id, to ask each one's status.
    reviewed: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def to_json(self) -> str:
        data = {"format": DRAFT_FORMAT, "version": DRAFT_VERSION, **asdict(self)}
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> Draft:
        data = json.loads(text)
        if data.pop("format", None) != DRAFT_FORMAT or data.pop("version", None) != DRAFT_VERSION:
            raise ValueError("not a draft of this version")
        data["steps"] = [StepState(**step) for step in data["steps"]]
        draft = cls(**data)
        if draft.phase not in PHASES or not 0 <= draft.current < len(draft.steps):
            raise ValueError("inconsistent draft")
        return draft

    @property
    def step(self) -> StepState:
        return self.steps[self.current]


def new_draft(
    card: Card,
    variant: str | None,
    now: datetime,
    facilitator: str = "",
    participants: int | None = None,
    record: bool = True,
    *,
    lang: str,
) -> Draft:
    """A fresh draft for running ``card`` (or its structured ``variant``) in ``lang``, its steps
    timed for ``participants`` (the card's typical group when not given)."""
    from innovkit.journal.records import new_id

    plan = card.plan(variant, participants)
    return Draft(
        session_id=new_id(),
        tool=card.id,
        tool_version=card.version,
        card_digest=card.digest,
        variant=card.variant(variant).id if variant else None,
        lang=lang,
        created=now.isoformat(timespec="seconds"),
        steps=[StepState(s.id, s.title(lang), s.minutes * 60.0) for s in plan],
        facilitator=facilitator,
        participants=participants,
        record=record,
        checklist=[False] * len(card.in_form(variant).checklist_phase("before")),
    )


def fit_to_card(draft: Draft, card: Card) -> bool:
    """Adapts ``draft`` to ``card`` when the card was edited since the run began; ``True`` if
    it was. Checklist ticks are kept as far as the items go (new items unticked); steps are
    matched by id: a step taken off the card is dropped with its time, a new one starts from
    zero, and the run goes on at the same step (or, if it is gone, just after the last step
    done still there). A variant that
    is no more gives the whole card; answers to outcomes taken off the card are dropped."""
    if draft.card_digest == card.digest:
        return False
    lang = draft.lang
    # By its id only: a variant renamed on the card is no more (its name may still match).
    if draft.variant not in {v.id for v in card.variants if v.structured}:
        draft.variant = None
    count = len(card.in_form(draft.variant).checklist_phase("before"))
    draft.checklist = (list(draft.checklist) + [False] * count)[:count]
    plan = card.plan(draft.variant, draft.participants)
    kept = {state.step_id: state for state in draft.steps}
    steps = []
    for step in plan:
        state = kept.get(step.id) or StepState(step.id, step.title(lang), step.minutes * 60.0)
        state.title, state.planned = step.title(lang), step.minutes * 60.0
        steps.append(state)
    ids = [state.step_id for state in steps]
    current = draft.steps[draft.current].step_id
    if current in ids:
        draft.current = ids.index(current)
    else:  # the step after the last one done that is still there: nothing new is passed by
        done = [ids.index(s.step_id) for s in draft.steps[: draft.current] if s.step_id in ids]
        draft.current = min(max(done, default=-1) + 1, len(steps) - 1)
    draft.steps = steps
    _drop_answers_off_the_card(draft, card)
    draft.card_digest, draft.tool_version = card.digest, card.version
    return True


def _drop_answers_off_the_card(draft: Draft, card: Card) -> None:
    from innovkit.live.capture import capture_fields

    keys = {spec.key for spec in capture_fields(card, draft)}
    draft.answers = {k: v for k, v in draft.answers.items() if k in keys}
    draft.answered = [k for k in draft.answered if k in keys]
    # An answer being typed is kept unless its question is gone (a slot is "key" or "key.N").
    draft.typing = {
        slot: typed
        for slot, typed in draft.typing.items()
        if slot.startswith("debrief.") or slot in keys or slot.rsplit(".", 1)[0] in keys
    }


class DraftStore:
    """The drafts folder: one JSON file per run in progress, written atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path(self, draft: Draft) -> Path:
        return self.folder / f"{draft.tool}-{draft.session_id[:8]}.json"

    def save(self, draft: Draft, now: datetime | None = None) -> Path:
        from innovkit.output import write_file

        draft.saved = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
        self.folder.mkdir(parents=True, exist_ok=True)
        # Drafts may hold the facilitator's notes: readable by their owner only.
        return write_file(self.path(draft), draft.to_json(), force=True, mode=0o600)

    def load(self, path: Path) -> Draft:
        try:
            return Draft.from_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise InnovkitError("live.draft_unreadable", path=path) from exc

    def drafts(self, tool: str | None = None) -> list[Path]:
        """Draft files, newest first; only those of ``tool`` when given."""
        if not self.folder.is_dir():
            return []
        found = [
            p
            for p in self.folder.glob("*.json")
            if tool is None or p.name.rsplit("-", 1)[0] == tool
        ]
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def latest(self, tool: str | None = None) -> Draft | None:
        paths = self.drafts(tool)
        return self.load(paths[0]) if paths else None

    def delete(self, draft: Draft) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path(draft).unlink()
