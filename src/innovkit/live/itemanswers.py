"""The end of a guided run for an outcome of kind ``items``: one item after another, its text
then its status (and, when the card asks one and the status is a later one, its note), each
kept in the draft as soon as it is typed (what an item still lacks is asked on resuming)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from innovkit.errors import BadInput
from innovkit.i18n import tr
from innovkit.journal.questions import Field
from innovkit.live.screens import Question


def ask_items(
    spec: Field,
    answers: dict[str, Any],
    ask: Callable[[Question], str],
    save: Callable[[], None],
    lang: str,
) -> None:
    """Items into ``answers[spec.key]`` as ``{"text", "status"}`` until an empty text; an
    item typed before a card gave its field statuses (a plain text) stays as it is."""
    items: list[Any] = answers.setdefault(spec.key, [])
    error = None
    while True:
        last = items[-1] if items and isinstance(items[-1], dict) else None
        if last is not None and "status" not in last:
            last["status"] = _status(spec, last["text"], ask, lang)
            save()
            continue
        if last is not None and "note" not in last and spec.wants_note(last["status"]):
            last["note"] = _note(spec, ask, lang)
            save()
            continue
        typed = ask(spec.question(error=error, item=len(items) + 1)).strip()
        if not typed:
            if spec.required and not items:
                error = tr("live.answer_required", lang)
                continue
            if not items:  # left empty: nothing to record
                answers.pop(spec.key, None)
            return
        try:
            text = spec.check(typed)
        except BadInput as exc:
            error = exc.words(lang)
            continue
        error = None
        items.append({"text": text})
        save()


def _status(spec: Field, text: str, ask: Callable[[Question], str], lang: str) -> str:
    assert spec.check_status is not None
    error = None
    while True:
        typed = ask(spec.status_question(text, lang, error))
        try:
            return spec.check_status(typed)
        except BadInput as exc:
            error = exc.words(lang)


def _note(spec: Field, ask: Callable[[Question], str], lang: str) -> str:
    """An item's note: optional, checked as its text is."""
    error = None
    while True:
        typed = ask(spec.note_question(error))
        try:
            return str(spec.check(typed)) if typed.strip() else ""
        except BadInput as exc:
            error = exc.words(lang)
