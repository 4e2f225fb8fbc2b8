"""Benchmark of the printed documents: every built-in run sheet, in both languages and the three
formats (12 sheets × 2 languages × 3 formats = 72 documents), in one process.

Goal: ≤ 1 s in total, template compilation included (a fresh process, as ``innovkit sheet --all``
would be). Loading the catalogue is timed apart, as it is shared with every other command. The
booklet of all the tools is timed too, in each format.

Run: ``.venv/bin/python benchmarks/render.py [--runs N]``. Everything happens in a temporary
``INNOVKIT_HOME``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

GOAL = 1.0
LANGUAGES = ("fr", "en")
FORMATS = ("md", "html", "txt")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="warm runs after the first one")
    runs = parser.parse_args().runs
    os.environ["INNOVKIT_HOME"] = tempfile.mkdtemp(prefix="innovkit-bench-")

    started = time.perf_counter()
    from innovkit.cards.catalogue import load_catalogue
    from innovkit.documents.options import SheetOptions
    from innovkit.documents.render import render_booklet, render_sheet

    catalogue = load_catalogue()
    loading = time.perf_counter() - started
    cards = list(catalogue.tools.values())

    def every_sheet() -> tuple[float, int, int]:
        begin = time.perf_counter()
        count = size = 0
        for lang in LANGUAGES:
            options = SheetOptions(
                lang=lang, start=clock(14, 0), day=date(2026, 11, 3), facilitator="Camille"
            )
            for fmt in FORMATS:
                for card in cards:
                    size += len(render_sheet(card, catalogue, options, fmt))
                    count += 1
        return time.perf_counter() - begin, count, size

    first, count, size = every_sheet()  # cold: templates compiled on the way
    warm = [every_sheet()[0] for _ in range(runs)]
    booklets = {}
    for fmt in FORMATS:
        begin = time.perf_counter()
        render_booklet(cards, catalogue, SheetOptions(lang="fr"), fmt)
        booklets[fmt] = time.perf_counter() - begin

    print(f"catalogue loaded ({len(cards)} tools): {loading * 1000:.0f} ms")
    print(
        f"{count} sheets ({len(cards)} tools × {len(LANGUAGES)} languages × {len(FORMATS)} "
        f"formats, {size / 1e6:.1f} MB): first run {first * 1000:.0f} ms "
        f"(goal ≤ {GOAL * 1000:.0f} ms) — {'OK' if first <= GOAL else 'TOO SLOW'}"
    )
    if warm:
        print(
            f"warm runs ({runs}): median {statistics.median(warm) * 1000:.0f} ms, "
            f"best {min(warm) * 1000:.0f} ms, {statistics.median(warm) / count * 1000:.1f} ms "
            "per sheet"
        )
    print(
        "booklet of every tool (fr): "
        + ", ".join(f"{fmt} {seconds * 1000:.0f} ms" for fmt, seconds in booklets.items())
    )
    if first > GOAL:
        sys.exit(1)


if __name__ == "__main__":
    main()
