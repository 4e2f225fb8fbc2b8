"""Start-up cost of ``innovkit list`` against its unavoidable imports.

Runs ``innovkit list`` and ``python -c "import typer, rich.console, yaml"`` alternately as whole
processes and prints both medians and their ratio. Goal: ratio <= 1.25, i.e. innovkit's own work
(loading the 12 cards, building the table) adds at most a quarter to the imports it cannot avoid.

    python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 1.25


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, INNOVKIT_HOME=home, NO_COLOR="1")
        # As installed by pip, modules load from compiled bytecode: let the warm-up write it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # The command facilitators type: the console script installed beside this Python.
        script = Path(sys.executable).with_name("innovkit")
        innovkit = (
            [str(script), "list"] if script.exists() else [sys.executable, "-m", "innovkit", "list"]
        )
        baseline = [sys.executable, "-c", "import typer, rich.console, yaml"]
        timed(innovkit, env)  # first run fills the card cache, as on any facilitator's machine
        timed(baseline, env)
        ours, theirs = [], []
        for _ in range(args.runs):
            ours.append(timed(innovkit, env))
            theirs.append(timed(baseline, env))
    mine, base = statistics.median(ours), statistics.median(theirs)
    ratio = mine / base
    print(f"innovkit list            median {mine * 1000:7.1f} ms  ({args.runs} runs)")
    print(f"import typer, rich, yaml median {base * 1000:7.1f} ms  ({args.runs} runs)")
    print(f"ratio {ratio:.2f}  (goal <= {GOAL})  {'OK' if ratio <= GOAL else 'OVER GOAL'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
