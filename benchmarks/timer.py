"""Benchmark of ``innovkit timer``: a real 30 s countdown through the very loop the command uses.

The big-digit display draws on a pseudo-terminal (drained by a separate ``cat`` so its work is
not counted here), and keys are read from that terminal as on a facilitator's laptop. Prints:

- the error at the end: when the loop noticed the end, minus the deadline (goal < 20 ms);
- the CPU time this process used while counting, as a share of one core (goal < 2 %);
- how many times it redrew the screen.

Run: ``.venv/bin/python benchmarks/timer.py [--seconds 30]``.
"""

from __future__ import annotations

import argparse
import os
import pty
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.pop("INNOVKIT_TIME_SCALE", None)  # real time only

from rich.console import Console  # noqa: E402

from innovkit.cli.countdown import BigDisplay, count_down  # noqa: E402
from innovkit.cli.keys import KeyReader  # noqa: E402
from innovkit.live.timer import Countdown, SystemClock  # noqa: E402

GOAL_ERROR_MS = 20.0
GOAL_CPU_PERCENT = 2.0


class CountingDisplay(BigDisplay):
    """The real display, counting its redraws."""

    redraws = 0

    def draw(self, countdown: Countdown) -> None:
        before = self._shown
        super().draw(countdown)
        if self._shown != before:
            self.redraws += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()

    master, slave = pty.openpty()
    # cat sees an input/output error when the terminal closes at the end: that is expected.
    drain = subprocess.Popen(
        ["cat"], stdin=master, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    screen = os.fdopen(os.dup(slave), "w", encoding="utf-8")
    console = Console(file=screen, force_terminal=True, width=100, height=30, color_system="256")
    clock = SystemClock(scale=1.0)
    try:
        countdown = Countdown(args.seconds, clock, warnings=[10.0])
        deadline = countdown.deadline
        assert deadline is not None
        cpu_before = time.process_time()
        wall_before = time.monotonic()
        with (
            KeyReader(slave) as keys,
            CountingDisplay(console, "Benchmark", clock, bell=True) as display,
        ):
            finished = count_down(countdown, clock, display, keys)
        wall = time.monotonic() - wall_before
        cpu = time.process_time() - cpu_before
    finally:
        screen.close()
        os.close(slave)
        drain.terminate()
        drain.wait()
        os.close(master)

    assert finished and countdown.finished_at is not None
    error_ms = (countdown.finished_at - deadline) * 1000
    cpu_percent = cpu / wall * 100
    print(f"countdown            {args.seconds:.0f} s (real time, big digits on a pseudo-terminal)")
    goal = f"(goal < {GOAL_ERROR_MS:.0f} ms)"
    print(f"end noticed          {error_ms:+.2f} ms after the deadline   {goal}")
    print(f"CPU time             {cpu * 1000:.0f} ms in {wall:.2f} s")
    print(
        f"CPU share            {cpu_percent:.2f} % of one core   (goal < {GOAL_CPU_PERCENT:.0f} %)"
    )
    print(f"redraws              {display.redraws}")
    ok = abs(error_ms) < GOAL_ERROR_MS and cpu_percent < GOAL_CPU_PERCENT
    print("result               " + ("goals met" if ok else "GOALS MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
