"""Python's cyclic garbage collector, held back while a command builds a document.

A month's report reads thousands of sessions, actions and rows of words that all live until
the document is written: the collector's passes over them (and over every module loaded
before) find nothing to free, and cost a report on 100,000 sessions a tenth of its time.
Reference counting still frees everything as usual; only the search for cycles waits, and
starts again as it was once the document is built (``gc.disable`` and ``gc.enable``: the
``gc`` module's documented switch, nothing of the interpreter's inside).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_held() -> Iterator[None]:
    """No cycle collection inside; the collector as it was after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
