"""Benchmark: how long ``innovkit run audace-up`` takes to open its screen (goal ≤ 0.5 s).

Two measures, each the median of several runs:

- **in a real terminal**: tmux (a Linux/macOS tool, so this part is not portable) starts the
  command in a fresh window and the screen is read every few milliseconds until the checklist
  is there; the time counts Python's start, the imports, loading the card and Textual's
  start-up, as a facilitator waits for it;
- **headless**: a fresh Python process imports the command's modules, opens the same app with
  Textual's ``run_test`` and stops once the checklist is drawn (portable; no terminal).

Run: ``.venv/bin/python benchmarks/run_screen.py [--runs 5]``.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_SECONDS = 0.5

HEADLESS = """
import asyncio, time
started = time.perf_counter()
from innovkit.cards.catalogue import load_catalogue
from innovkit.cli.lines import LineConsole
from innovkit.cli.screen import LiveApp
from innovkit.live.guide import DraftStore, GuidedRun, new_draft
from innovkit.live.timer import SystemClock
from pathlib import Path
card = load_catalogue().find("audace-up")
clock = SystemClock()
draft = new_draft(card, None, clock.now(), lang="en")
guided = GuidedRun(card, draft, clock, LineConsole(), DraftStore(Path({home!r})), None, False)
def work(console):
    guided.console = console
    return guided.run(until="debrief")
async def main():
    app = LiveApp(work, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        while app.run_console._screen is None:
            await pilot.pause(0.001)
        await pilot.pause(0)
        print(time.perf_counter() - started)
        app.keys.put("q"); app.keys.put("n")
asyncio.run(main())
"""


def headless(home: str) -> float:
    """Python's own start (a bare interpreter) plus, in a fresh process, the imports to the
    checklist drawn."""
    env = {**os.environ, "INNOVKIT_HOME": home, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", HEADLESS.format(home=home)],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return _bare_python() + float(done.stdout.split()[0])


def _bare_python() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - started


def in_tmux(home: str, tmux: str, run: int, bare: bool = False) -> float:
    """The seconds from starting tmux to the checklist on its screen; with ``bare``, for a
    command that prints the same words at once: what tmux itself takes, to compare."""
    socket = f"innovkit-bench-{os.getpid()}-{run}-{bare}"  # a server of its own each time
    base = [tmux, "-L", socket]
    env = f"INNOVKIT_HOME={shlex.quote(home)} INNOVKIT_LANG=en TERM=xterm-256color"
    command = f"env {env} {shlex.quote(sys.executable)} -m innovkit run audace-up; sleep 30"
    if bare:
        command = "echo Before you start; sleep 30"
    env_path = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    started = time.perf_counter()
    subprocess.run(
        [*base, "new-session", "-d", "-x", "80", "-y", "24", "-s", "b", command],
        check=True, env=env_path,
    )  # fmt: skip
    try:
        while True:
            screen = subprocess.run(
                [*base, "capture-pane", "-p", "-t", "b"], capture_output=True, text=True
            ).stdout
            if "Before you start" in screen:
                return time.perf_counter() - started
            if time.perf_counter() - started > 20:
                raise RuntimeError("the screen never opened:\n" + screen)
            time.sleep(0.005)
    finally:
        subprocess.run([*base, "kill-server"], capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as home:
        times = [headless(home) for _ in range(args.runs)]
        median = statistics.median(times)
        ok &= median <= GOAL_SECONDS
        print(f"headless (Textual run_test)  median {median:.3f} s of {args.runs} runs")
        tmux = shutil.which("tmux")
        if tmux is None:
            print("real terminal               skipped: tmux is not installed")
        else:
            times = []
            for run in range(args.runs):  # a home of its own: no draft left to offer to resume
                # the killed run saves its draft as it closes (nothing is lost on a hang-up),
                # which may land while the folder is removed: leave that to the system
                with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as fresh:
                    times.append(in_tmux(fresh, tmux, run))
            bare = statistics.median(in_tmux(home, tmux, run, True) for run in range(args.runs))
            median = statistics.median(times)
            ok &= median - bare <= GOAL_SECONDS
            print(f"real terminal (tmux, 80×24)  median {median:.3f} s of {args.runs} runs")
            print(f"  of which tmux itself       median {bare:.3f} s (an echo in its place)")
    print(f"goal                         ≤ {GOAL_SECONDS} s: " + ("met" if ok else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
