"""The tools' own results in the report, from the outcome fields their cards declare.

Each tool's card says what the journal records for it (``outcomes``); the report sums them the
way their kind allows: a choice is counted per answer (Walt's go / iterate / park), items
per status (audace up !'s « 7 faits, 3 adaptés, 2 abandonnés », essais libres' trials
amplified / stopped), a number is added up, a list's items are counted, a scale is
averaged. Text and dates are left to the session list: they do not add up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from innovkit.i18n import tr_count
from innovkit.journal.reviews import is_pending_review

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue
    from innovkit.cards.model import Outcome
    from innovkit.journal.records import Session
    from innovkit.journal.reportwords import Words


@dataclass(frozen=True, slots=True)
class ResultLine:
    """One outcome field of one tool, summed over the period: « Résultat au point d'étape :
    réalisé 2 · adapté 1 · abandonné 0 (3 séances) »."""

    tool: str
    label: str
    summary: str
    sessions: int  # sessions that recorded it
    counts: tuple[tuple[str, int], ...] = ()  # a choice's answers, in the card's order


def tool_results(
    sessions: Sequence[Session], catalogue: Catalogue, words: Words
) -> list[ResultLine]:
    """Every outcome that adds up, for every tool of the period with a card, in the order of the
    tools' cards."""
    groups: dict[str, list[Session]] = {}
    for session in sessions:
        groups.setdefault(session.tool, []).append(session)
    lines = []
    for ident, group in groups.items():
        card = catalogue.tools.get(ident)
        if card is None:
            continue
        for outcome in card.outcomes:
            # A later moment's review kept for confirmation is not counted again (``reviews``).
            values = [
                s.outcomes[outcome.id]
                for s in group
                if s.outcomes.get(outcome.id) and not is_pending_review(s, outcome)
            ]
            line = _line(card.name(words.lang), outcome, values, words)
            if line is not None:
                lines.append(line)
    return lines


def _line(tool: str, outcome: Outcome, values: list[Any], words: Words) -> ResultLine | None:
    if not values:
        return None
    label, lang = outcome.label(words.lang), words.lang
    if outcome.kind == "choice":
        counted = Counter(str(value) for value in values)
        counts = [(choice.label(lang), counted.pop(choice.id, 0)) for choice in outcome.choices]
        counts += sorted(counted.items())  # answers no longer among the card's choices
        summary = " · ".join(f"{name} {words.number(count)}" for name, count in counts)
        return ResultLine(tool, label, summary, len(values), tuple(counts))
    if outcome.kind == "items":  # « 7 faits, 3 adaptés, 2 abandonnés »
        from innovkit.journal.items import count_statuses, counted_words

        found = count_statuses(outcome, values)
        every = dict((status.id, count) for status, count in found)
        counts = tuple((st.label(lang), every.get(st.id, 0)) for st in outcome.statuses)
        return ResultLine(tool, label, counted_words(found, lang), len(values), counts)
    if outcome.kind == "number":
        numbers = [value for value in values if isinstance(value, int | float)]
        if not numbers:
            return None
        return ResultLine(tool, label, words.number(sum(numbers)), len(numbers))
    if outcome.kind == "list":
        items = sum(len(value) if isinstance(value, list) else 1 for value in values)
        return ResultLine(tool, label, tr_count("report.n_items", items, lang), len(values))
    if outcome.kind == "scale":
        marks = [value for value in values if isinstance(value, int | float)]
        if not marks:
            return None
        return ResultLine(tool, label, words.number(sum(marks) / len(marks), 1), len(marks))
    return None
