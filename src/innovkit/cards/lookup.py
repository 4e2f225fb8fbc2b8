"""Finding a thing from what a facilitator types: any case, any accents, any punctuation,
by its id, by one of its names, or by the unique beginning of either."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from innovkit.errors import BadInput
from innovkit.i18n import tr


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` without accents or punctuation (« Échecs » → ``echecs``)."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    if not plain.isascii():  # an ASCII text has no accent to drop
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return _NOT_ALNUM.sub(" ", plain).split()


# Whatever ``str.isalnum`` refuses: ``\W`` is exactly that, but for the underscore.
_NOT_ALNUM = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """``text`` reduced to its letters and digits: ``"Audace up !"`` → ``audaceup``."""
    return "".join(words(text))


# Words that name nothing by themselves: « Version courte » is found by « courte ».
_EMPTY_WORDS = {"version", "elle", "avec", "sans", "pour", "dans", "with", "without", "from"}


def name_words(texts: Iterable[str]) -> set[str]:
    """What a thing with these names may be called: each whole name, and each word of it that
    says something (four letters or more: « courte », « aidé », not « version »)."""
    found: set[str] = set()
    for text in texts:
        found.add(normalise(text))
        found |= {word for word in words(text) if len(word) >= 4 and word not in _EMPTY_WORDS}
    return found


class Index:
    """Names of things, each leading to one target id."""

    def __init__(self) -> None:
        self._full: dict[str, set[str]] = {}
        self._tails: dict[str, set[str]] = {}
        self._targets: list[str] = []

    def add(self, target: str, *names: str) -> None:
        self._targets.append(target)
        for name in names:
            parts = words(name)
            if not parts:
                continue
            self._full.setdefault("".join(parts), set()).add(target)
            for start in range(1, len(parts)):
                self._tails.setdefault("".join(parts[start:]), set()).add(target)

    def find(self, query: str, unknown: str, ambiguous: str) -> str:
        """The one target ``query`` designates; ``BadInput`` with a suggestion otherwise."""
        wanted = normalise(query)
        if wanted:
            for keys in (self._full, self._tails):
                exact = keys.get(wanted, set())
                if len(exact) == 1:
                    return next(iter(exact))
                matches = set().union(*(t for k, t in keys.items() if k.startswith(wanted)))
                if len(matches) == 1:
                    return next(iter(matches))
                if matches:
                    choices = ", ".join(t for t in self._targets if t in matches)
                    raise BadInput(ambiguous, query=query, choices=choices)
        raise BadInput(self._unknown(query, wanted, unknown))

    def _unknown(self, query: str, wanted: str, unknown: str) -> Callable[[str], str]:
        """The refusal of ``query``, with the close names, in the language asked for."""
        import difflib

        close = difflib.get_close_matches(wanted, list(self._full), n=3, cutoff=0.6)
        suggestions: list[str] = []
        for key in close:
            for target in sorted(self._full[key]):
                if target not in suggestions:
                    suggestions.append(target)

        def message(lang: str) -> str:
            said = tr(unknown, lang, query=query)
            if suggestions:
                said += " " + tr("common.did_you_mean", lang, choices=", ".join(suggestions))
            return said

        return message
