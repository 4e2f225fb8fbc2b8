"""A later moment gathers the statuses of the first session's items: audace-up's report-back
tells what became of each dare announced at the dare session (the card's ``reviewed_at``).

At the later moment the facilitator gives, item by item, a status (``dares.2=fait``, or
``dares=fait; adapté; passer; …`` in order). Until its cycle is known, the later session carries
this review as its own value of the field: one item per number, with the status given, or the
field's first status (« annoncé ») for an item left as it is. When it is stored
(``outbox._store``, in the same transaction as the session), ``apply_review`` writes the statuses
onto the first session's items and the later session lets go of its copy. When the first session
may not be changed (a colleague's, on a shared journal with row-level security) the later session
keeps the review as its own answer, nothing lost, for the first session's owner to confirm; the
report counts the first session's items only, so an item is never counted twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from innovkit.errors import BadInput, InnovkitError
from innovkit.journal.items import item, one_item_key, status_and_note, stored_items

if TYPE_CHECKING:
    from innovkit.cards.model import Card, Outcome
    from innovkit.journal.records import Session
    from innovkit.journal.store import Journal

SKIP = "-"  # the id of « (passer) » among an item's choices: its status stays as it is
# Typed for an item whose status stays as it is (« passer », as the other questions say).
KEEP_WORDS = frozenset({"", "-", "passer", "skip", "inchange", "unchanged"})


def reviewed_outcomes(card: Card) -> list[Outcome]:
    """The items outcomes whose statuses are gathered at the moment ``card`` is at."""
    if not card.moment:
        return []
    return [o for o in card.outcomes if o.kind == "items" and o.reviewed_at == card.moment]


def _reviewed(card: Card, key: str) -> Outcome | None:
    from innovkit.cards.lookup import normalise

    wanted = normalise(key)
    for outcome in reviewed_outcomes(card):
        names = {normalise(outcome.id), *(normalise(t) for t in outcome.label.values.values())}
        if wanted in names:
            return outcome
    return None


def _kept(typed: str) -> bool:
    from innovkit.cards.lookup import normalise

    return normalise(typed) in KEEP_WORDS


def split_review(card: Card, typed: Any) -> tuple[Any, dict[str, Any]]:
    """The outcomes typed at a later moment (``["key=value", …]`` or a mapping), less those
    that review the first session's items, and those as the later session's values (see the
    module); ``BadInput`` for a status the field does not have."""
    if not typed or not reviewed_outcomes(card):
        return typed, {}
    entries = (
        typed.items()
        if isinstance(typed, dict)
        else [tuple(str(t).partition("=")[::2]) for t in typed]
    )
    rest: list[Any] = []
    wanted: dict[str, dict[int, tuple[str, str]]] = {}
    for key, value in entries:
        number_key = one_item_key(str(key))
        outcome = _reviewed(card, number_key[0] if number_key else str(key))
        if outcome is None:
            rest.append(f"{key}={value}" if not isinstance(typed, dict) else (key, value))
            continue
        statuses: dict[int, tuple[str, str]] = wanted.setdefault(outcome.id, {})
        if number_key is not None:
            statuses[number_key[1]] = _status(outcome, str(value))
        elif isinstance(value, list):  # the run's answers: a status (or "") per item
            statuses.update({n: _status(outcome, str(v)) for n, v in enumerate(value, 1)})
        else:
            parts = str(value).split(";")
            statuses.update({n: _status(outcome, part) for n, part in enumerate(parts, 1)})
    values = {key: _as_items(card, key, statuses) for key, statuses in wanted.items()}
    return (dict(rest) if isinstance(typed, dict) else rest), values


def _status(outcome: Outcome, typed: str) -> tuple[str, str]:
    """The status typed and its note (« abandonné (pas le temps) »); the first for « passer »."""
    return (outcome.statuses[0].id, "") if _kept(typed) else status_and_note(outcome, typed)


def _as_items(card: Card, key: str, statuses: dict[int, tuple[str, str]]) -> list[dict[str, str]]:
    outcome = card.outcome(key)
    assert outcome is not None
    keep = (outcome.statuses[0].id, "")
    return [item("", *statuses.get(n, keep)) for n in range(1, max(statuses) + 1)]


def items_to_review(journal_path: Any, card: Card, first_id: str) -> dict[str, list]:
    """The first session's items whose statuses ``card`` (at a later moment) gathers, by
    outcome id, as the journal keeps them: what the run of that moment asks about."""
    from innovkit.journal.store import Journal

    outcomes = reviewed_outcomes(card)
    if not outcomes:
        return {}
    with Journal(journal_path) as journal:
        first = journal.get(first_id)
    found = {o.id: stored_items(o, first.outcomes.get(o.id)) for o in outcomes}
    return {key: items for key, items in found.items() if items}


def apply_review(journal: Journal, card: Card, session: Session) -> bool:
    """Inside the transaction that stores ``session`` (a later moment, linked to its cycle):
    its review written onto the first session's items. Returns ``True`` when the first
    session may not be changed here and the review stays with ``session`` (see the module).
    ``BadInput`` when the review names an item the first session does not have."""
    at = card.at_moment(session.moment) if session.moment else card
    outcomes = [o for o in reviewed_outcomes(at) if o.id in session.outcomes]
    if not outcomes or not session.follows:
        return False
    first = journal.get(session.follows)
    changed = dict(first.outcomes)
    for outcome in outcomes:
        changed[outcome.id] = reviewed_items(outcome, first.outcomes.get(outcome.id), session)
    try:
        journal.check_may_change(first.id)
    except InnovkitError:  # a colleague's session: the review stays here, hers to confirm,
        for outcome in outcomes:  # its items named by the first session's texts
            session.outcomes[outcome.id] = _named(outcome, first, session)
        return True
    from dataclasses import replace

    journal.save_edit(replace(first, outcomes=changed), base=first)
    for outcome in outcomes:
        session.outcomes.pop(outcome.id)
    return False


def _named(outcome: Outcome, first: Session, session: Session) -> list[dict[str, str]]:
    """The review ``session`` keeps, each item with the text it has in the ``first`` session
    (« Parler en réunion — Fait », not « (sans texte) — Fait »)."""
    texts = [entry["text"] for entry in stored_items(outcome, first.outcomes.get(outcome.id))]
    review = stored_items(outcome, session.outcomes[outcome.id])
    return [
        item(texts[n] if n < len(texts) else e["text"], e["status"], e.get("note", ""))
        for n, e in enumerate(review)
    ]


def reviewed_items(outcome: Outcome, value: Any, session: Session) -> list[dict[str, str]]:
    """The first session's items (``value``) with the statuses the later ``session`` gave."""
    items = stored_items(outcome, value)
    keep = outcome.statuses[0].id
    review = stored_items(outcome, session.outcomes[outcome.id])
    for number, entry in enumerate(review, 1):
        if entry["status"] == keep:
            continue
        if number > len(items):
            raise BadInput(
                "journal.item_number", label=outcome.label, number=number, count=len(items)
            )
        items[number - 1] = item(items[number - 1]["text"], entry["status"], entry.get("note", ""))
    return items


def review_question(
    outcome: Outcome, entry: dict[str, Any], number: int, lang: str
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """What the run and ``journal add`` ask of one item at the later moment: « Défis dits à voix
    haute — « Parler en réunion » (aujourd’hui : Annoncé) : qu’est-il devenu ? », and its
    choices — the statuses but the first, then « (passer) » (id ``SKIP``), the default."""
    from innovkit.i18n import tr

    labels = {s.id: s.label(lang) for s in outcome.statuses}
    text = entry.get("text") or tr("live.review_item_number", lang, number=number)
    now = labels.get(entry.get("status", ""), entry.get("status", ""))
    label = tr("live.review_item", lang, label=outcome.label(lang), item=text, status=now)
    choices = (
        *((s.id, s.label(lang)) for s in outcome.statuses[1:]),
        (SKIP, tr("journal.ask_skip", lang)),
    )
    return label, choices


def review_state(reviewing: list[str], session: Session, in_outbox: bool) -> str:
    """Once ``session`` is recorded, where the statuses of the fields ``reviewing`` went:
    ``"applied"`` onto the first session, ``"waits"`` with this one for its owner to confirm,
    ``""`` when there were none (or the session waits in the outbox, with them)."""
    if not reviewing or in_outbox:
        return ""
    return "waits" if any(key in session.outcomes for key in reviewing) else "applied"


def confirm_options(card: Card, session: Session, lang: str) -> str:
    """The options that write the statuses ``session`` (a later moment) keeps for its first
    session's owner onto that session (``--outcome dares.1=Fait --outcome "dares.3=Non
    rapporté"``): what she types to confirm them. An item left as it was is not named."""
    at = card.at_moment(session.moment) if session.moment else card
    options = []
    for outcome in reviewed_outcomes(at):
        labels = {s.id: s.label(lang) for s in outcome.statuses}
        value = session.outcomes.get(outcome.id)
        for number, entry in enumerate(value if isinstance(value, list) else [], 1):
            status = entry.get("status") if isinstance(entry, dict) else None
            if status in labels and status != outcome.statuses[0].id:
                option = f"{outcome.id}.{number}={labels[status]}"
                options.append(f'"{option}"' if " " in option else option)
    return " ".join(f"--outcome {option}" for option in options) or "--outcome …"


def is_pending_review(session: Session, outcome: Outcome) -> bool:
    """Whether ``session``'s value of ``outcome`` is a review kept for confirmation (a later
    moment's), not items of its own: the report leaves it out."""
    return bool(session.follows) and outcome.reviewed_at == session.moment
