"""Command-line start-up: each command as a whole process, against a bare Python start.

Runs ``python -c pass`` (the baseline) and each ``resultaat`` command as a
subprocess, in turn, several rounds after one warm-up round, and prints each
command's median wall-clock seconds and the median of its ratio to the
baseline in the same round (so a machine that slows down for a while moves
both sides of a ratio alike).

The processes run as an installed package runs: with compiled bytecode
(``PYTHONDONTWRITEBYTECODE`` is removed from their environment, so the
warm-up writes the caches a source checkout lacks; pip compiles a wheel's
modules when it installs them).

Targets: ``resultaat --help`` within 4× and ``resultaat check`` on the
wheelchair example within 8× the bare Python start.

    python benchmarks/bench_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import resultaat as r


def resultaat_command() -> list[str]:
    """The ``resultaat`` script beside this Python, else ``python -m resultaat``."""
    script = shutil.which("resultaat", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "resultaat"]


def commands() -> dict[str, tuple[list[str], float | None]]:
    """Label → (argument list, target ratio against the baseline)."""
    cli = resultaat_command()
    wheelchair = str(r.example_path("wheelchair"))
    return {
        "python -c pass": ([sys.executable, "-c", "pass"], None),
        "resultaat --version": ([*cli, "--version"], None),
        "resultaat --help": ([*cli, "--help"], 4.0),
        "resultaat check wheelchair": ([*cli, "check", wheelchair], 8.0),
        "resultaat claims wheelchair": ([*cli, "claims", wheelchair, "--party",
                                         "municipality"], None),
    }


def run_once(argv: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - t
    if done.returncode not in (0, 1):
        raise SystemExit(f"{argv} exited {done.returncode}: {done.stderr.decode()}")
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15, help="counted runs of each command")
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    todo = commands()
    times: dict[str, list[float]] = {label: [] for label in todo}
    for _ in range(args.runs + 1):  # the first round is the warm-up
        for label, (argv, _target) in todo.items():
            times[label].append(run_once(argv, env))
    base = times["python -c pass"][1:]
    print(f"{'command':30} {'median s':>9} {'ratio':>7} {'target':>7}")
    for label, (_argv, target) in todo.items():
        ratio = statistics.median(t / b for t, b in zip(times[label][1:], base, strict=True))
        verdict = "" if target is None else (
            f"{target:6.0f}×  {'met' if ratio <= target else 'MISSED'}")
        print(f"{label:30} {statistics.median(times[label][1:]):9.3f} {ratio:6.1f}× "
              f"{verdict:>7}")


if __name__ == "__main__":
    main()
