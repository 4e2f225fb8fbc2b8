"""Benchmark of the session journal: 100,000 synthetic sessions over five years.

Times, as whole ``innovkit`` processes (start-up included), what a facilitator runs:

- ``journal list --month``                      goal ≤ 0.5 s
- ``journal export --month`` (md, then html)    goal ≤ 0.5 s each
- ``journal export --all --format json``        goal ≤ 5 s
- ``journal import`` of that JSON, empty journal goal ≤ 10 s
- ``opendata`` (the whole journal summed by month and tool) goal ≤ 1 s

Run: ``.venv/bin/python benchmarks/journal.py [--sessions N] [--runs N] [--month-only]``
(``--month-only``: the month's list and exports alone, the figures to watch while working on
them). Everything happens in a temporary folder (``INNOVKIT_HOME``); the real journal is never
touched.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from innovkit.cards.catalogue import load_catalogue  # noqa: E402
from innovkit.journal.records import Action, Session, StepTiming  # noqa: E402
from innovkit.journal.store import Journal  # noqa: E402

FACILITATORS = ["Claire Martin", "Paul Durand", "Zoé Petit", "Hélène Roux", "Karim Benali"]
SERVICES = ["DRH", "Culture", "Sports", "Police municipale", "Finances", "Urbanisme", "Jeunesse"]
WORDS = ["idée", "atelier", "service", "usager", "accueil", "projet", "essai", "retour", "défi"]


def synthetic(count: int, seed: int = 2026) -> list[Session]:
    """``count`` sessions spread over five years, with the content a real one has."""
    rng = random.Random(seed)
    cards = list(load_catalogue().tools.values())
    first = date(2022, 1, 1)
    days = (date(2026, 12, 31) - first).days + 1

    def phrase(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()

    def uuid() -> str:
        return "%08x-%04x-4%03x-8%03x-%012x" % (  # noqa: UP031 — fast and seeded
            rng.getrandbits(32),
            rng.getrandbits(16),
            rng.getrandbits(12),
            rng.getrandbits(12),
            rng.getrandbits(48),
        )

    def action(day: date) -> Action:
        due = day + timedelta(days=rng.randint(7, 60))
        # Most actions of past months were followed up; a few linger.
        done = rng.random() < (0.95 if due < date(2026, 9, 1) else 0.4)
        return Action(uuid(), phrase(4), rng.choice(FACILITATORS), due, "done" if done else "open")

    sessions = []
    for _ in range(count):
        card = rng.choice(cards)
        day = first + timedelta(days=rng.randrange(days))
        stamp = datetime(day.year, day.month, day.day, 18, tzinfo=UTC)
        steps = card.steps
        sessions.append(
            Session(
                id=uuid(),
                tool=card.id,
                tool_version=card.version,
                card_digest=card.digest,
                lever=card.lever,
                date=day,
                start=None,
                planned_minutes=card.duration,
                actual_minutes=card.duration + rng.randint(-10, 15),
                facilitator=rng.choice(FACILITATORS),
                co_facilitators=rng.sample(FACILITATORS, rng.randint(0, 1)),
                participants=rng.randint(3, 30),
                services=rng.sample(SERVICES, rng.randint(0, 3)),
                setting=card.setting[0],
                satisfaction=rng.choice([None, 3, 4, 4, 5, 5]),
                ideas=[phrase(5) for _ in range(rng.randint(0, 3))],
                decisions=[phrase(4) for _ in range(rng.randint(0, 2))],
                actions=[action(day) for _ in range(rng.randint(0, 2))],
                step_timings=[
                    StepTiming(
                        s.id, s.title("fr"), s.minutes * 60, s.minutes * 60 + rng.randint(-60, 120)
                    )
                    for s in steps
                ],
                outcomes={card.outcomes[0].id: phrase(3)}
                if card.outcomes[0].kind == "text"
                else {},
                notes=phrase(12) if rng.random() < 0.3 else "",
                tags=rng.sample(["pilote", "DRH", "2025", "comité"], rng.randint(0, 2)),
                created_at=stamp,
                updated_at=stamp,
            )
        )
    return sessions


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far; 0 where the
    ``resource`` module does not exist (Windows)."""
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


CPU: dict[str, float] = {}  # label -> median CPU seconds of the timed runs
BEST: dict[str, float] = {}  # label -> the fastest timed run (wall seconds)


def timed(
    args: list[str], env: dict[str, str], runs: int, warm: bool = True
) -> tuple[float, subprocess.CompletedProcess[str]]:
    """The median wall time of ``runs`` runs of ``innovkit ARGS`` as a fresh process, after
    one untimed run (``warm``) that compiles the bytecode and fills the system's file cache.
    The median CPU time of the same runs goes into ``CPU`` (a machine shared with other work
    stretches the wall time, much less the CPU time)."""
    times, cpu = [], []
    for n in range(runs + warm):
        begin, used = time.perf_counter(), _children_cpu()
        result = subprocess.run(
            [sys.executable, "-m", "innovkit", *args], env=env, capture_output=True, text=True
        )
        if n or not warm:
            times.append(time.perf_counter() - begin)
            cpu.append(_children_cpu() - used)
        if result.returncode != 0:
            raise SystemExit(f"innovkit {' '.join(args)} failed:\n{result.stderr}")
    CPU[" ".join(args)] = statistics.median(cpu)
    BEST[" ".join(args)] = min(times)
    return statistics.median(times), result


def report(
    label: str, seconds: float, goal: float, cpu: float | None = None, best: float | None = None
) -> bool:
    ok = seconds <= goal
    spent = f"   (CPU {cpu:.2f} s)" if cpu else ""
    spent += f"   (best {best:.2f} s)" if best else ""
    print(
        f"  {label:<40} {seconds:6.2f} s   goal ≤ {goal:g} s   {'ok' if ok else 'OVER GOAL'}"
        + spent
    )
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--month-only", action="store_true", help="the month's rows alone")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="innovkit-bench-") as folder:
        home = Path(folder)
        env = {
            **os.environ,
            "INNOVKIT_HOME": str(home),
            "PYTHONPATH": str(ROOT / "src"),
            "LANG": "fr_FR.UTF-8",
            # An installed innovkit runs from compiled bytecode: let the untimed first run
            # write it (outside the repository) so that the timed runs measure the same thing.
            "PYTHONPYCACHEPREFIX": str(home / "pycache"),
        }
        for name in ("INNOVKIT_JOURNAL", "PYTHONDONTWRITEBYTECODE"):
            env.pop(name, None)
        os.environ["INNOVKIT_HOME"] = str(home)
        journal_path = home / "data" / "journal.sqlite3"

        begin = time.perf_counter()
        sessions = synthetic(options.sessions)
        made = time.perf_counter() - begin
        begin = time.perf_counter()
        with Journal(journal_path) as journal:
            journal.add_many(sessions)
            count = journal.count()
            in_month = len(journal.sessions(date(2026, 6, 1), date(2026, 6, 30)))
        stored = time.perf_counter() - begin
        size = journal_path.stat().st_size / 1e6
        print(f"journal: {count:,} sessions over 5 years, {size:.0f} MB on disk")
        print(f"  (made in {made:.1f} s; stored in one transaction in {stored:.1f} s)")
        print(f"  June 2026 holds {in_month:,} sessions")

        month = "2026-06"
        json_file = home / "all.json"
        json_args = ["journal", "export", "--all", "--format", "json", "-o", str(json_file)]
        rows = [
            ("journal list --month", ["journal", "list", "--month", month], 0.5),
            ("journal export --month (md)", ["journal", "export", "--month", month], 0.5),
            (
                "journal export --month (html)",
                ["journal", "export", "--month", month, "--format", "html"],
                0.5,
            ),
            ("journal export --all --format json", [*json_args, "--force"], 5.0),
            ("opendata (whole journal)", ["opendata", "-o", str(home / "open"), "--force"], 1.0),
        ]
        if options.month_only:
            rows = rows[:3]
        print(f"\nwhole processes, median of {options.runs} runs after one untimed run:")
        met = [
            report(
                label,
                timed(args, env, options.runs)[0],
                goal,
                CPU[" ".join(args)],
                BEST[" ".join(args)],
            )
            for label, args, goal in rows
        ]
        if options.month_only:
            print("all goals met" if all(met) else f"{met.count(False)} goal(s) missed")
            return
        print(f"  (the JSON export is {json_file.stat().st_size / 1e6:.0f} MB)")

        times, cpu = [], []
        for run in range(options.runs):
            target = home / f"import-{run}.sqlite3"
            run_env = {**env, "INNOVKIT_JOURNAL": str(target)}
            seconds, result = timed(["journal", "import", str(json_file)], run_env, 1, warm=False)
            times.append(seconds)
            cpu.append(CPU[" ".join(["journal", "import", str(json_file)])])
            target.unlink()  # 200 MB each: keep the temporary folder small
        met.append(
            report(
                "journal import (into an empty journal)",
                statistics.median(times),
                10,
                statistics.median(cpu),
            )
        )
        print(f"  {result.stderr.strip()}")
        startup, _ = timed(["--version"], env, options.runs)
        print(f"\nfor comparison, `innovkit --version` takes {startup:.2f} s")
        print("all goals met" if all(met) else f"{met.count(False)} goal(s) missed")


if __name__ == "__main__":
    main()
