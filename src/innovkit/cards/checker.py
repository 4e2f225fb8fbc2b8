"""The checks every field of a card file goes through: mappings, ids, whole numbers, texts, lists.

Each problem becomes a ``CardError`` naming the file, the line and the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from innovkit import limits
from innovkit.cards.model import Text
from innovkit.errors import CardError
from innovkit.i18n import LANGUAGES, words


class Checker:
    """Reads one card's data field by field, turning every problem into a ``CardError``."""

    def __init__(self, file: str, bilingual: bool) -> None:
        self.file = file
        self.bilingual = bilingual

    def fail(self, where: Any, path: str, key: str, **values: object) -> CardError:
        return CardError(self.file, line_of(where), path or None, words(key, **values))

    # mappings and scalars

    def mapping(
        self,
        value: Any,
        path: str,
        keys: Iterable[str],
        required: Iterable[str],
        where: Any = None,
    ) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where or value, path, "cards.expected_mapping")
        allowed = set(keys)
        for key in value:
            if key not in allowed:
                raise CardError(
                    self.file,
                    key_line(value, key),
                    join_path(path, key),
                    words("cards.unknown_key", key=key, allowed=", ".join(sorted(allowed))),
                )
        for key in required:
            if key not in value or value[key] is None:
                raise self.fail(value, join_path(path, key), "cards.missing_field")
        return value

    def slug(self, value: Any, where: Any, path: str, underscore: bool = False) -> str:
        allowed = "abcdefghijklmnopqrstuvwxyz0123456789" + ("_" if underscore else "-")
        if isinstance(value, bool):  # YAML reads a bare yes/no/on/off as true/false
            raise self.fail(where, path, "cards.id_is_boolean")
        if not isinstance(value, str) or not value or any(c not in allowed for c in value):
            key = "cards.bad_field_id" if underscore else "cards.bad_slug"
            raise self.fail(where, path, key, value=value)
        if len(value) > limits.MAX_SHORT_TEXT:  # the journal keeps ids as short texts
            raise self.fail(where, path, "cards.id_too_long", maximum=limits.MAX_SHORT_TEXT)
        return value

    def integer(
        self, value: Any, where: Any, path: str, minimum: int, maximum: int | None = None
    ) -> int:
        """A whole number from ``minimum`` to ``maximum`` (one of ``innovkit.limits``)."""
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, path, "cards.expected_integer", value=value)
        if value < minimum:
            raise self.fail(where, path, "cards.integer_too_small", value=value, minimum=minimum)
        if maximum is not None and value > maximum:
            raise self.fail(where, path, "cards.integer_too_big", value=value, maximum=maximum)
        return value

    def text(self, value: Any, where: Any, path: str) -> Text:
        """A text in the card's language, or ``{fr: …, en: …}``; ``MAX_LONG_TEXT`` characters at
        most in each language (the journal keeps a step's title as a long text)."""
        text = self._text(value, where, path)
        if any(len(item) > limits.MAX_LONG_TEXT for item in text.values.values()):
            raise self.fail(where, path, "cards.text_too_long", maximum=limits.MAX_LONG_TEXT)
        return text

    def _text(self, value: Any, where: Any, path: str) -> Text:
        if isinstance(value, dict) and len(value) == 2:  # the usual case: {fr: …, en: …}
            french, english = value.get("fr"), value.get("en")
            if (
                isinstance(french, str)
                and isinstance(english, str)
                and french.strip()
                and english.strip()
            ):
                return Text({"fr": french, "en": english})
        if isinstance(value, str):
            if not value.strip():
                raise self.fail(where, path, "cards.empty_text")
            if self.bilingual:
                raise self.fail(where, path, "cards.missing_translation", lang="fr, en")
            return Text({"*": value})
        if isinstance(value, dict):
            extra = [k for k in value if k not in LANGUAGES]
            if extra:
                raise self.fail(
                    value,
                    join_path(path, str(extra[0])),
                    "cards.unknown_language",
                    lang=extra[0],
                    allowed=", ".join(LANGUAGES),
                )
            missing = [code for code in LANGUAGES if code not in value]
            if missing:
                raise self.fail(value, path, "cards.missing_translation", lang=missing[0])
            for code in LANGUAGES:
                item = value[code]
                if not isinstance(item, str) or not item.strip():
                    raise self.fail(value, join_path(path, code), "cards.empty_text")
            return Text({code: value[code] for code in LANGUAGES})
        raise self.fail(where, path, "cards.expected_text")

    def items(self, value: Any, where: Any, path: str, minimum: int = 0) -> list[tuple[Any, Any]]:
        """The items of a list with, for each, something that knows its line."""
        if value is None:
            value = []
        if not isinstance(value, list):
            raise self.fail(where, path, "cards.expected_list")
        if len(value) < minimum:
            raise self.fail(where, path, "cards.list_too_short", minimum=minimum)
        lines = getattr(value, "item_lines", None) or [getattr(value, "line", None)] * len(value)
        return list(zip(value, lines, strict=False))

    def texts(self, value: Any, where: Any, path: str, minimum: int = 0) -> tuple[Text, ...]:
        return tuple(
            self.text(item, line, f"{path}[{i + 1}]")
            for i, (item, line) in enumerate(self.items(value, where, path, minimum))
        )

    def unique(self, ids: Sequence[str], where: Any, path: str) -> None:
        seen: set[str] = set()
        for ident in ids:
            if ident in seen:
                raise self.fail(where, path, "cards.duplicate_id", id=ident)
            seen.add(ident)


def line_of(where: Any) -> int | None:
    """The line of ``where``: a line number itself, or something read from YAML."""
    if where is None or isinstance(where, int):
        return where or None
    return getattr(where, "line", None) or None


def key_line(mapping: Any, key: str) -> int | None:
    lines = getattr(mapping, "key_lines", None)
    if lines and key in lines:
        return lines[key]
    return line_of(mapping)


def join_path(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def line_at(mapping: dict, key: str) -> int | None:
    return key_line(mapping, key)
