"""Benchmark of ``innovkit timer``: a real 30 s countdown on the command's own Textual screen.

The timer (``TimerRun``, on the one countdown loop shared with ``innovkit run``) runs in the
app's thread exactly as in the command; the app runs headless (Textual's ``run_test``: it lays
out and renders every screen, but writes no terminal), so the figures hold on any system — no
pseudo-terminal, nothing Linux-only. Prints:

- the error at the end: when the loop noticed the end, minus the deadline (goal < 20 ms);
- the CPU time this process used while counting (Textual included, from the first screen
  drawn: opening the screen is ``benchmarks/run_screen.py``'s), as a share of one core
  (goal < 2 %);
- how many screens the timer handed to the app.

Run: ``.venv/bin/python benchmarks/timer.py [--seconds 30]``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from innovkit.cli.screen import LiveApp  # noqa: E402
from innovkit.live.timer import Countdown, SystemClock, TimerRun  # noqa: E402

GOAL_ERROR_MS = 20.0
GOAL_CPU_PERCENT = 2.0


class Counting:
    """The app's console, counting the screens handed to it."""

    def __init__(self, console: Any) -> None:
        self.console = console
        self.screens = 0

    def show(self, screen: Any) -> None:
        self.screens += 1
        self.console.show(screen)

    def key(self, timeout: float | None) -> str | None:
        return self.console.key(timeout)

    def ring(self) -> None:
        self.console.ring()


async def count(seconds: float) -> tuple[Countdown, float, float, float, int]:
    clock = SystemClock()
    countdown = Countdown(seconds, clock, warnings=[10.0])
    deadline = countdown.deadline
    assert deadline is not None
    timer = TimerRun(countdown, clock, "Benchmark", bell=True)
    counted: list[Counting] = []

    def work(console: Any) -> bool:
        counted.append(Counting(console))
        return timer.run(counted[0])

    app = LiveApp(work, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        while not counted or not counted[0].screens:  # open (measured by run_screen.py)
            await pilot.pause(0.01)
        cpu_before = time.process_time()
        wall_before = time.monotonic()
        await asyncio.get_running_loop().run_in_executor(None, app.done.wait)
        wall = time.monotonic() - wall_before
        cpu = time.process_time() - cpu_before
    assert app.outcome() is True
    return countdown, deadline, wall, cpu, counted[0].screens


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    countdown, deadline, wall, cpu, screens = asyncio.run(count(args.seconds))
    assert countdown.finished_at is not None
    error_ms = (countdown.finished_at - deadline) * 1000
    cpu_percent = cpu / wall * 100
    print(f"countdown            {args.seconds:.0f} s (real time, Textual screen, headless)")
    goal = f"(goal < {GOAL_ERROR_MS:.0f} ms)"
    print(f"end noticed          {error_ms:+.2f} ms after the deadline   {goal}")
    print(f"CPU time             {cpu * 1000:.0f} ms in {wall:.2f} s")
    print(
        f"CPU share            {cpu_percent:.2f} % of one core   (goal < {GOAL_CPU_PERCENT:.0f} %)"
    )
    print(f"screens              {screens}")
    ok = abs(error_ms) < GOAL_ERROR_MS and cpu_percent < GOAL_CPU_PERCENT
    print("result               " + ("goals met" if ok else "GOALS MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
