"""What the commands of one run share: the extra card folders and the loaded catalogue.

Kept in module variables, reset by the root callback at each run: only for the commands not yet
moved onto the run's explicit context (``innovkit.cli.context``, which ``list``, ``show``,
``levers``, ``cards``, ``config`` and shell completion use). It goes once the others have moved.
"""

from __future__ import annotations

from pathlib import Path

from innovkit.cards.catalogue import Catalogue

_extra_cards: list[Path] = []
_catalogue: Catalogue | None = None


def reset(extra_cards: list[Path]) -> None:
    global _extra_cards, _catalogue
    _extra_cards = list(extra_cards)
    _catalogue = None


def catalogue(quiet: bool = False) -> Catalogue:
    """The tools and levers, loaded once; each problem is one warning on stderr."""
    global _catalogue
    if _catalogue is None:
        from innovkit.cards.catalogue import load_catalogue

        _catalogue = load_catalogue(_extra_cards)
        if not quiet:
            from innovkit.cli.console import warn
            from innovkit.i18n import tr

            for problem in _catalogue.problems:
                warn(tr("cards.skipped", problem=str(problem)))
    return _catalogue


def extra_folders() -> list[Path]:
    """The folders given with ``--cards`` for this run."""
    return list(_extra_cards)
