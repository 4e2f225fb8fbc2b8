"""Outcomes recorded per item (a card's outcome of kind ``items``): each dare, trial or lesson
with its status, typed, checked, changed one at a time and counted.

A value is a list of ``{"text": …, "status": …}``: the text may be empty (in a small group a
facilitator may keep only the statuses), the status is one of the field's ``statuses`` ids. The
first status is the one true at the session itself (« annoncé »): an item typed without a
status gets it, and ``journal edit ID --outcome dares.2=fait`` changes it later.

Typed on one line, items are separated by « ; » and each is ``TEXT=STATUS``
(``Parler en réunion=fait; Déléguer un dossier=adapté; =abandonné``); a text with a « = » of
its own is kept whole unless words follow its last « = ». A status is typed as its
id, its label or its plural in either language, or one word of a single label, with or
without accents.

A list outcome recorded before its card gave it statuses (plain texts, or one text) still
reads: each of its texts counts as an item with the first status.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from innovkit import limits
from innovkit.errors import BadInput
from innovkit.i18n import tr

if TYPE_CHECKING:
    from innovkit.cards.model import Card, Outcome, Status

# What follows the last « = » of an item is its status when it reads like one (words, or
# nothing), with a note in brackets after it if any (« abandonné (pas le temps) »); else the
# « = » belongs to the text (a link, « 2+2=4 »): ``x=1=fait`` gives both.
_STATUS_LIKE = re.compile(
    r"^\s*$|^(?=[^(]*[^\W\d_])(?P<status>[\w\s'’-]{1,40})(\((?P<note>[^()]*)\))?\s*$"
)
# ``dares.2=fait``: the status of one item, by its number.
_ONE_ITEM = re.compile(r"^\s*(?P<key>[^=]+?)\s*\.\s*(?P<number>\d{1,4})\s*$")


def item(text: str, status: str, note: str = "") -> dict[str, str]:
    """One item as the journal keeps it; a note only when there is one."""
    return (
        {"text": text, "status": status, "note": note} if note else {"text": text, "status": status}
    )


def status_and_note(outcome: Outcome, typed: str) -> tuple[str, str]:
    """« abandonné (pas le temps) » → (``"dropped"``, ``"pas le temps"``)."""
    found = _STATUS_LIKE.match(typed)
    if found is None or found["status"] is None:
        return status_id(outcome, typed), ""
    return status_id(outcome, found["status"]), item_text(outcome, found["note"] or "")


def item_values(outcome: Outcome, given: Any) -> list[dict[str, str]]:
    """The items of ``outcome`` from what was typed (``"a=fait; b"``), a list of such texts,
    or a list of ``{"text", "status"}`` (an import, a run's answers); ``BadInput`` for an
    unknown status, a text too long, or nothing at all."""
    if isinstance(given, str):
        given = [part for part in given.split(";") if part.strip()]
    if not isinstance(given, list):
        raise BadInput("journal.outcome_empty", label=outcome.label, key=outcome.id)
    if given and all(_bare_status(outcome, entry) for entry in given):
        # « dares=fait; adapté » on a first session would make the statuses its texts
        raise BadInput(
            "journal.items_are_statuses",
            label=outcome.label,
            key=outcome.id,
            value="; ".join(str(entry).strip() for entry in given),
            status=lambda lang: (
                outcome.statuses[min(1, len(outcome.statuses) - 1)].label(lang).lower()
            ),
        )
    items = [_one(outcome, entry) for entry in given]
    if not items:
        raise BadInput("journal.outcome_empty", label=outcome.label, key=outcome.id)
    if len(items) > limits.MAX_ITEMS:
        raise BadInput("journal.items_too_many", label=outcome.label, most=limits.MAX_ITEMS)
    return items


def _bare_status(outcome: Outcome, entry: Any) -> bool:
    """Whether ``entry`` is typed as a status alone (« fait », « abandonné (pas le temps) »),
    with no text and no « = »."""
    if not isinstance(entry, str) or "=" in entry or not entry.strip():
        return False
    try:
        status_and_note(outcome, entry)
    except BadInput:
        return False
    return True


def _one(outcome: Outcome, entry: Any) -> dict[str, str]:
    if isinstance(entry, dict):
        unknown = set(entry) - {"text", "status", "note"}
        text, status, note = entry.get("text", ""), entry.get("status"), entry.get("note", "")
        if unknown or not all(isinstance(part, str) for part in (text, status, note)):
            raise BadInput("journal.item_bad", label=outcome.label, value=str(entry)[:60])
        return item(item_text(outcome, text), status_id(outcome, status), item_text(outcome, note))
    typed = str(entry)
    text, sign, status = typed.rpartition("=")
    if not sign or not _STATUS_LIKE.match(status):  # « a=b » in a text: kept whole
        text, status = typed, ""
    if not text.strip() and not status.strip():
        raise BadInput("journal.outcome_empty", label=outcome.label, key=outcome.id)
    if not status.strip():
        return item(item_text(outcome, text), outcome.statuses[0].id)
    return item(item_text(outcome, text), *status_and_note(outcome, status))


def item_text(outcome: Outcome, text: str) -> str:
    """An item's text, trimmed (« - » alone: no text); ``BadInput`` beyond the journal's
    length for a text."""
    text = " ".join(text.split())
    if text == "-":
        return ""
    if len(text) > limits.MAX_LONG_TEXT:
        raise BadInput("journal.item_too_long", label=outcome.label, most=limits.MAX_LONG_TEXT)
    return text


def status_id(outcome: Outcome, typed: str) -> str:
    """The id of the status typed: its id, label or plural in either language (any case, with
    or without accents), or one word of a single label; else ``BadInput`` listing them."""
    from innovkit.cards.lookup import name_words, normalise

    wanted = normalise(typed)
    for status in outcome.statuses:
        if wanted in {normalise(status.id), *(normalise(t) for t in _names(status))}:
            return status.id
    found = [s for s in outcome.statuses if wanted and wanted in name_words(_names(s))]
    if len(found) == 1:
        return found[0].id
    raise unknown_status(outcome, typed)


def unknown_status(outcome: Outcome, typed: str) -> BadInput:
    """The sentence for a status ``outcome`` does not have, with those it has."""

    def statuses(lang: str) -> str:
        return ", ".join(f"{s.label(lang)} ({s.id})" for s in outcome.statuses)

    return BadInput(
        "journal.item_status", label=outcome.label, value=typed.strip(), statuses=statuses
    )


def _names(status: Status) -> list[str]:
    names = list(status.label.values.values())
    if status.plural is not None:
        names += status.plural.values.values()
    return names


def stored_items(outcome: Outcome, value: Any) -> list[dict[str, str]]:
    """The items of a stored value, as they read today: plain texts (recorded before the card
    gave statuses) with the first status, an unknown status kept as it is."""
    if isinstance(value, str):  # one text, recorded when the field was not a list
        value = [value]
    if not isinstance(value, list):
        return []
    first = outcome.statuses[0].id
    found = []
    for entry in value:
        if isinstance(entry, dict):
            text, status = str(entry.get("text", "")), str(entry.get("status", first))
            found.append(item(text, status, str(entry.get("note", ""))))
        else:
            found.append(item(str(entry), first))
    return found


def one_item_key(key: str) -> tuple[str, int] | None:
    """``"dares.2"`` → ``("dares", 2)``: the item a ``journal edit`` changes; else ``None``."""
    found = _ONE_ITEM.match(key)
    return (found["key"], int(found["number"])) if found else None


def with_status(outcome: Outcome, value: Any, number: int, typed: str) -> list[dict[str, str]]:
    """The items of ``value`` with item ``number`` (from 1) given the status typed, or, if
    ``TEXT=STATUS`` is typed, a new text too."""
    items = stored_items(outcome, value)
    if not 1 <= number <= len(items):
        raise BadInput("journal.item_number", label=outcome.label, number=number, count=len(items))
    text, sign, status = typed.rpartition("=")
    if not sign:  # the status only (and its note): the text stays
        text, status = items[number - 1]["text"], typed
    items[number - 1] = item(item_text(outcome, text), *status_and_note(outcome, status))
    return items


def edited_item(card: Card, outcomes: dict[str, Any], typed: str) -> tuple[str, Any] | None:
    """``journal edit``'s ``--outcome dares.2=fait``: the field's id and its items with that
    one changed; ``None`` when ``typed`` names no item (``key=value``)."""
    from innovkit.journal.outcomes import find_outcome

    key, _, value = str(typed).partition("=")
    found = one_item_key(key)
    if found is None:
        return None
    outcome = find_outcome(card, found[0])
    if outcome.kind != "items":
        raise BadInput("journal.item_not_items", label=outcome.label, key=outcome.id)
    return outcome.id, with_status(outcome, outcomes.get(outcome.id), found[1], value)


def count_statuses(outcome: Outcome, values: Iterable[Any]) -> list[tuple[Status, int]]:
    """How many items have each status, over ``values`` (the field's value in each session),
    in the card's order of statuses; statuses no item has are left out."""
    counted: Counter[str] = Counter()
    for value in values:
        counted.update(entry["status"] for entry in stored_items(outcome, value))
    return [(s, counted[s.id]) for s in outcome.statuses if counted[s.id]]


def counted_words(counts: list[tuple[Status, int]], lang: str) -> str:
    """« 7 faits, 3 adaptés, 2 abandonnés »."""
    return ", ".join(f"{count} {status_words(status, count, lang)}" for status, count in counts)


def status_words(status: Status, count: int, lang: str) -> str:
    """The status as counted: its plural beyond one (in French from two, in English for all
    but one), else its label, beginning in lower case."""
    many = count > 1 if lang == "fr" else count != 1
    text = status.plural(lang) if many and status.plural is not None else status.label(lang)
    return text[:1].lower() + text[1:]


def status_said(entry: dict[str, str], labels: dict[str, str]) -> str:
    """« Abandonné (pas le temps) »: the status's label, and its note if any."""
    said = labels.get(entry["status"], entry["status"])
    return f"{said} ({entry['note']})" if entry.get("note") else said


def describe_items(outcome: Outcome, value: Any, lang: str) -> str:
    """The items in words, numbered as ``journal edit`` takes them, then their count:
    « 1. Parler en réunion — Fait ; 2. (sans texte) — Adapté (1 fait, 1 adapté) »."""
    items = stored_items(outcome, value)
    labels = {s.id: s.label(lang) for s in outcome.statuses}
    parts = [
        f"{n}. {entry['text'] or tr('journal.item_no_text', lang)} — {status_said(entry, labels)}"
        for n, entry in enumerate(items, 1)
    ]
    counts = counted_words(count_statuses(outcome, [value]), lang)
    return " ; ".join(parts) + (f" ({counts})" if counts else "")


def check_imported(exported: Any, cards: Iterable[Card], path: Any) -> None:
    """``BadInput`` naming the session, the field and the status when an export file gives an
    item a status its tool's card does not have (or an item that is not a text and a status);
    ``exported`` is what ``exchange.read_export`` read. Plain texts (items recorded before the
    card gave statuses) are taken as they are."""
    from innovkit.i18n import words

    fields = {c.id: [o for o in c.outcomes if o.kind == "items"] for c in cards}
    fields = {tool: found for tool, found in fields.items() if found}
    for number, tool, outcomes in exported.tools_outcomes(set(fields)):
        for outcome in fields[tool]:
            value = outcomes.get(outcome.id)
            if value is None:
                continue
            try:
                _check_stored(outcome, value)
            except BadInput as problem:
                raise BadInput(
                    "journal.import_bad_item",
                    where=words("journal.import_where", path=path, number=number),
                    problem=problem.words,
                ) from None


def _check_stored(outcome: Outcome, value: Any) -> None:
    if isinstance(value, str):
        return
    if not isinstance(value, list):
        raise BadInput("journal.item_bad", label=outcome.label, value=str(value)[:60])
    for entry in value:
        if isinstance(entry, dict):
            _one(outcome, entry)
            if entry["status"] not in {s.id for s in outcome.statuses}:  # an id, not a label
                raise unknown_status(outcome, entry["status"])
        elif not isinstance(entry, str):
            raise BadInput("journal.item_bad", label=outcome.label, value=str(entry)[:60])
