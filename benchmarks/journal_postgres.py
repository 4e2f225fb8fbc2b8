"""Benchmark of a team's journal on PostgreSQL: 100,000 synthetic sessions (those of
``benchmarks/journal.py``) in one database.

Times, as whole ``innovkit`` processes (start-up included, ``INNOVKIT_JOURNAL=postgresql://…``):

- ``journal list --month``               goal ≤ 0.5 s
- a month's report (``journal export --month``, md then html)   goal ≤ 0.5 s each

and the throughput of 8 facilitators recording at the same time: 8 processes, each adding
sessions one by one (one transaction each, as ``journal add`` and ``run --record`` do), in
sessions per second.

Run: ``.venv/bin/python benchmarks/journal_postgres.py [--sessions N] [--runs N] [--address URL]``.
Without ``--address`` a throwaway cluster is started in a temporary folder (as the tests do:
``tests/postgres.py``, Debian's ``postgresql`` package); with it, the database given must be
empty and is filled. The real journal is never touched (``INNOVKIT_HOME`` is temporary).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks"), str(ROOT / "tests")]

from journal import CPU, report, synthetic, timed  # noqa: E402

from innovkit.journal.store import Journal  # noqa: E402

WRITERS = 8

WRITER = """
    import sys, time
    from datetime import date
    from pathlib import Path
    from innovkit.journal.store import Journal
    from innovkit.journal.records import Action, Session, new_id

    address, name, count, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    with Journal(address) as journal:
        print("ready", flush=True)
        while not start.exists():
            time.sleep(0.005)
        for n in range(count):
            journal.add(Session(tool="audace-up", lever="audace", date=date(2026, 12, 1 + n % 28),
                                facilitator=name, participants=8,
                                actions=[Action(new_id(), f"{name} {n}", name, None)]))
"""


@contextlib.contextmanager
def database(address: str | None) -> Iterator[str]:
    """The address given, or a fresh database on a throwaway cluster."""
    if address:
        yield address
        return
    import pytest

    from postgres import throwaway_cluster

    try:
        with throwaway_cluster() as cluster:
            yield cluster.new_database()
    except pytest.skip.Exception as skipped:  # no PostgreSQL here: nothing to measure
        print(f"skipped: {skipped}")
        raise SystemExit(0) from None


def fill(address: str, count: int) -> None:
    begin = time.perf_counter()
    sessions = synthetic(count)
    made = time.perf_counter() - begin
    begin = time.perf_counter()
    with Journal(address) as journal:
        for first in range(0, len(sessions), 10_000):
            journal.add_many(sessions[first : first + 10_000])
        journal._db.execute("ANALYZE")  # what autovacuum does on a real server
        total = journal.count()
        in_month = len(journal.sessions(date(2026, 6, 1), date(2026, 6, 30)))
    stored = time.perf_counter() - begin
    print(f"journal on PostgreSQL: {total:,} sessions over 5 years")
    print(f"  (made in {made:.1f} s; stored in {stored:.1f} s)")
    print(f"  June 2026 holds {in_month:,} sessions")


def writers(address: str, env: dict[str, str], each: int, folder: Path) -> float:
    """Sessions per second of ``WRITERS`` processes adding ``each`` sessions at once."""
    start = folder / "start"
    script = textwrap.dedent(WRITER)
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, address, f"W{n}", str(each), str(start)],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(WRITERS)
    ]
    for process in processes:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    begin = time.perf_counter()
    start.touch()
    for process in processes:
        if process.wait() != 0:
            raise SystemExit("a writer failed")
    return WRITERS * each / (time.perf_counter() - begin)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--each", type=int, default=200, help="sessions per writer")
    parser.add_argument("--address", help="an empty PostgreSQL database (else a throwaway one)")
    options = parser.parse_args()

    with (
        tempfile.TemporaryDirectory(prefix="innovkit-bench-") as folder,
        database(options.address) as address,
    ):
        home = Path(folder)
        env = {
            **os.environ,
            "INNOVKIT_HOME": str(home),
            "INNOVKIT_JOURNAL": address,
            "PYTHONPATH": str(ROOT / "src"),
            "LANG": "fr_FR.UTF-8",
            "PYTHONPYCACHEPREFIX": str(home / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["INNOVKIT_HOME"] = str(home)
        fill(address, options.sessions)
        month = "2026-06"
        rows = [
            ("journal list --month", ["journal", "list", "--month", month], 0.5),
            ("journal export --month (md)", ["journal", "export", "--month", month], 0.5),
            (
                "journal export --month (html)",
                ["journal", "export", "--month", month, "--format", "html"],
                0.5,
            ),
        ]
        print(f"\nwhole processes, median of {options.runs} runs after one untimed run:")
        met = [
            report(label, timed(args, env, options.runs)[0], goal, CPU[" ".join(args)])
            for label, args, goal in rows
        ]
        rate = writers(address, env, options.each, home)
        print(f"\n{WRITERS} writers at once, {options.each} sessions each: {rate:.0f} sessions/s")
        startup, _ = timed(["--version"], env, options.runs)
        print(f"for comparison, `innovkit --version` takes {startup:.2f} s")
        print("all goals met" if all(met) else f"{met.count(False)} goal(s) missed")


if __name__ == "__main__":
    main()
