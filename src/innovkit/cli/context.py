"""What one run of the command line shares, built once from the root options and passed down.

A command that needs the catalogue takes a ``ctx: typer.Context`` parameter (Typer fills it in,
help does not show it) and asks ``run_context(ctx)``: the first call builds the ``Context`` from
the options given before the command (``--cards``) and keeps it in the root's ``ctx.obj``, so
every later call of the same run gets the same one. Every command takes its catalogue from
here, and passes it down to the helpers that need it: nothing of one run outlives it in a module
variable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from innovkit.cards.catalogue import Catalogue


@dataclass
class Context:
    """The interface language of this run, its extra card folders (``--cards``) and its
    catalogue, loaded once."""

    lang: str = "en"
    extra_cards: tuple[Path, ...] = ()
    _catalogue: Catalogue | None = field(default=None, init=False, repr=False)

    def catalogue(self, quiet: bool = False) -> Catalogue:
        """The tools and levers, loaded on first use; each problem is one warning on stderr
        (unless ``quiet``)."""
        if self._catalogue is None:
            from innovkit.cards.catalogue import load_catalogue

            self._catalogue = load_catalogue(self.extra_cards)
            if not quiet:
                from innovkit.cli.console import warn
                from innovkit.i18n import tr

                for problem in self._catalogue.problems:
                    warn(tr("cards.skipped", problem=str(problem)))
        return self._catalogue


def run_context(ctx: typer.Context) -> Context:
    """The context of the run ``ctx`` belongs to, built on first use from the root options.

    Shell completion parses the line the same way (without running any callback), so a
    ``--cards`` typed before the command counts there too.
    """
    root = ctx.find_root()
    if not isinstance(root.obj, Context):
        from innovkit.i18n import current_language

        cards = root.params.get("cards") or ()
        root.obj = Context(
            lang=current_language(), extra_cards=tuple(Path(folder) for folder in cards)
        )
    return root.obj
