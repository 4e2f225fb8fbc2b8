"""The end of a guided run for an outcome of kind ``items``: one item after another, its text
then its status, each kept in the draft as soon as it is typed (an item whose status is not
yet given is asked again on resuming)."""

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
        if items and isinstance(items[-1], dict) and "status" not in items[-1]:
            items[-1]["status"] = _status(spec, items[-1]["text"], ask, lang)
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
