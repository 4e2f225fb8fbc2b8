"""Interface language: which language to speak, and the sentences to speak in it.

Every sentence the toolkit shows lives in the ``innovkit.messages`` catalogue, in French and in
English. ``tr(key, **values)`` returns it in the current language.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "en"

_current = DEFAULT_LANGUAGE
_catalogue: dict[str, Mapping[str, str]] | None = None


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

        raise BadInput(tr("common.bad_language", value=value, choices=", ".join(LANGUAGES)))
    return code


def set_language(lang: str) -> None:
    global _current
    _current = check_language(lang)


def current_language() -> str:
    return _current


def catalogue() -> dict[str, Mapping[str, str]]:
    """All the interface sentences, by key (loaded once)."""
    global _catalogue
    if _catalogue is None:
        from innovkit.messages import load_all

        _catalogue = load_all()
    return _catalogue


def tr(key: str, lang: str | None = None, /, **values: object) -> str:
    """The sentence ``key`` in ``lang`` (default: the current language), filled with ``values``.

    ``key`` and ``lang`` are positional only, so placeholders may use any name.
    """
    return tr_in(lang or _current, key, **values)


def tr_in(lang: str, key: str, /, **values: object) -> str:
    """The sentence ``key`` in ``lang``, filled with ``values``."""
    text = catalogue()[key][lang]
    return text.format(**values) if values else text


def tr_count(key: str, count: int, lang: str | None = None, /, **values: object) -> str:
    """The sentence for ``count`` things: ``key.one`` or ``key.other``, filled with ``count`` and
    ``values``. French counts 0 and 1 as singular (« 0 séance »), English only 1."""
    lang = lang or _current
    singular = count in (0, 1) if lang == "fr" else count == 1
    return tr_in(lang, f"{key}.{'one' if singular else 'other'}", count=count, **values)


def labelled(label: str, value: object, lang: str | None = None) -> str:
    """``label: value`` with the colon spacing of the language (« Durée : 45 min »)."""
    separator = "\u00a0: " if (lang or _current) == "fr" else ": "
    return f"{label}{separator}{value}"


def quoted(text: str, lang: str | None = None) -> str:
    """``text`` between the quotation marks of the language."""
    if (lang or _current) == "fr":
        return f"«\u00a0{text}\u00a0»"
    return f"“{text}”"
