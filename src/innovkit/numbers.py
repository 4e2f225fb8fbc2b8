"""Whole numbers as people type them on a command line: one parser for every count option.

The command line reads ``--minutes``, ``--participants``, ``--break``… as text and hands it
here, so a refusal is one of our sentences, in the user's language, whatever Typer's version.
"""

from __future__ import annotations

import re

from innovkit.errors import BadInput
from innovkit.i18n import words

_WHOLE = re.compile(r"[+-]?\d{1,9}")


def parse_whole(
    text: str, name: str, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    """The whole number ``text`` means, within ``minimum``..``maximum`` (each optional).

    ``name`` says what is being read (an option such as ``--minutes``) in the refusal.
    """
    value = str(text).strip()
    if not _WHOLE.fullmatch(value):
        raise BadInput("common.not_whole_number", name=name, value=value)
    number = int(value)
    too_low = minimum is not None and number < minimum
    too_high = maximum is not None and number > maximum
    if too_low or too_high:
        if maximum is None:
            limits = words("common.range_at_least", low=minimum)
        elif minimum is None:
            limits = words("common.range_at_most", high=maximum)
        else:
            limits = words("common.range_between", low=minimum, high=maximum)
        raise BadInput("common.number_out_of_range", name=name, value=number, range=limits)
    return number


def parse_optional_whole(
    text: str | None, name: str, *, minimum: int | None = None, maximum: int | None = None
) -> int | None:
    """``parse_whole`` for an option that may be left out."""
    if text is None:
        return None
    return parse_whole(text, name, minimum=minimum, maximum=maximum)
