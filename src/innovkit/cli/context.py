"""What one run of the command line shares, built once at the root and passed down.

``main`` decides the run's language (``--lang``, ``INNOVKIT_LANG``, the config, the locale: see
``i18n.detect_language``) and hands the command line a ``Context`` holding it; the root
command adds the extra card folders (``--cards``). A command takes a ``ctx: typer.Context``
parameter (Typer fills it in, help does not show it) and asks ``run_context(ctx)`` for the
language, the catalogue (loaded once) and the journal's location (resolved once), and passes
them down to the helpers and the core: nothing of one run lives in a module variable, so two
runs in one process never hear each other.
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
    """The interface language of this run, its extra card folders (``--cards``), and its
    catalogue and journal location, each found on first use."""

    lang: str
    extra_cards: tuple[Path, ...] | None = None  # None: the root has not said yet
    _catalogue: Catalogue | None = field(default=None, init=False, repr=False)
    _journal: Path | str | None = field(default=None, init=False, repr=False)

    def catalogue(self, quiet: bool = False) -> Catalogue:
        """The tools and levers, loaded on first use; each problem is one warning on stderr
        (unless ``quiet``)."""
        if self._catalogue is None:
            from innovkit.cards.catalogue import load_catalogue

            self._catalogue = load_catalogue(self.extra_cards or ())
            if not quiet:
                from innovkit.cli.console import warn
                from innovkit.i18n import tr

                for problem in self._catalogue.problems:
                    warn(tr("cards.skipped", self.lang, problem=problem.words), self.lang)
        return self._catalogue

    def journal(self) -> Path | str:
        """Where the journal lives: ``INNOVKIT_JOURNAL``, else the configured path (or a
        shared journal's ``postgresql://`` address), else the data folder (resolved once; a
        setting that cannot be read is ``BadInput``)."""
        if self._journal is None:
            from innovkit.journal.store.base import default_path

            self._journal = default_path()
        return self._journal


def run_context(ctx: typer.Context) -> Context:
    """The context of the run ``ctx`` belongs to.

    ``main`` gives the root a ``Context``; an application run another way (a test's own
    runner) gets one here, its language decided the same way. The extra card folders are the
    root's ``--cards``; shell completion parses the line the same way (without running any
    callback), so a ``--cards`` typed before the command counts there too.
    """
    root = ctx.find_root()
    if not isinstance(root.obj, Context):
        root.obj = Context(lang=decide_language(root.params.get("lang")))
    context: Context = root.obj
    if context.extra_cards is None and "cards" in root.params:
        context.extra_cards = tuple(Path(folder) for folder in root.params["cards"] or ())
    return context


def decide_language(asked: str | None) -> str:
    """The run's language: ``asked`` (``--lang``), then ``INNOVKIT_LANG``, the config, the
    locale. A bad ``asked`` is ``BadInput``."""
    from innovkit.i18n import detect_language
    from innovkit.settings import configured

    return detect_language(asked, configured("language"))
