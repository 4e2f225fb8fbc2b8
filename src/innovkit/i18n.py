"""Interface language: which language to speak, and the sentences to speak in it.

Every sentence the toolkit shows lives in the ``innovkit.messages`` catalogue, in French and in
English. ``tr(key, lang, **values)`` returns it in ``lang``: the language is always given, never
read from a module variable. The run's language is decided once at the root of the command line
(``detect_language``) and travels in the run's context (``innovkit.cli.context``).

A core error or a warning that has no language at hand carries ``Words`` instead: a key and its
values, put into words by whoever knows the language (the CLI's edge).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "en"


def language_from_locale(environ: Mapping[str, str] = os.environ) -> str | None:
    """The language named by the POSIX locale variables, if it is one we speak."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else None
    return None


def detect_language(
    explicit: str | None = None,
    configured: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> str:
    """Pick the language: ``--lang``, then ``INNOVKIT_LANG``, then the config, then the locale."""
    for candidate in (explicit, environ.get("INNOVKIT_LANG"), configured):
        if candidate:
            return check_language(candidate)
    return language_from_locale(environ) or DEFAULT_LANGUAGE


def check_language(value: str) -> str:
    """Return ``value`` as a language code, or raise ``BadInput`` with the accepted ones."""
    code = value.strip().lower()
    if code not in LANGUAGES:
        from innovkit.errors import BadInput

        raise BadInput("common.bad_language", value=value, choices=", ".join(LANGUAGES))
    return code


@cache
def catalogue() -> dict[str, Mapping[str, str]]:
    """All the interface sentences, by key: immutable data, loaded once per process (the only
    cache of this module; it does not depend on the run)."""
    from innovkit.messages import load_all

    return load_all()


def tr(key: str, lang: str, /, **values: object) -> str:
    """The sentence ``key`` in ``lang``, filled with ``values``.

    ``key`` and ``lang`` are positional only, so placeholders may use any name. A value that is
    ``Words`` (or any callable taking the language) is put into words in ``lang`` first.
    """
    text = catalogue()[key][lang]
    if not values:
        return text
    if any(callable(value) for value in values.values()):
        values = {name: in_language(value, lang) for name, value in values.items()}
    return text.format(**values)


def tr_in(lang: str, key: str, /, **values: object) -> str:
    """The sentence ``key`` in ``lang``, filled with ``values`` (``tr`` with the language first)."""
    return tr(key, lang, **values)


def tr_count(key: str, count: int, lang: str, /, **values: object) -> str:
    """The sentence for ``count`` things: ``key.one`` or ``key.other``, filled with ``count`` and
    ``values``. French counts 0 and 1 as singular (« 0 séance »), English only 1."""
    singular = count in (0, 1) if lang == "fr" else count == 1
    return tr(f"{key}.{'one' if singular else 'other'}", lang, count=count, **values)


def labelled(label: str, value: object, lang: str) -> str:
    """``label: value`` with the colon spacing of the language (« Durée : 45 min »)."""
    separator = "\u00a0: " if lang == "fr" else ": "
    return f"{label}{separator}{value}"


def quoted(text: str, lang: str) -> str:
    """``text`` between the quotation marks of the language."""
    if lang == "fr":
        return f"«\u00a0{text}\u00a0»"
    return f"“{text}”"


@dataclass(frozen=True)
class Words:
    """A sentence not yet put into a language: the message ``key`` with its ``values`` (which
    may be ``Words`` themselves). ``words(lang)`` says it; core errors and warnings carry one."""

    key: str
    values: Mapping[str, Any]

    def __call__(self, lang: str) -> str:
        return tr(self.key, lang, **self.values)


def words(key: str, /, **values: object) -> Words:
    """``Words`` for ``key``, to be said later in the language of whoever shows them."""
    return Words(key, values)


def in_language(value: object, lang: str) -> object:
    """``value`` as shown in ``lang``: ``Words`` (or any callable of the language) are said,
    anything else is left as it is."""
    if isinstance(value, Words) or (callable(value) and not isinstance(value, type)):
        return value(lang)  # type: ignore[operator]
    return value


Said = Callable[[str], str]
"""A piece of text that depends on the language (``Words``, or a function of the language)."""
