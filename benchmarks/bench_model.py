"""Model size: build and validate in memory, dump, and load from YAML and JSON.

Prints, per size, the seconds for each step and the time per 1,000 results
relative to the smallest size (1.0 = perfectly linear growth).

Targets: a 10,000-result model validates in memory in under 1 s and loads
from YAML in under 3 s on one core.

    python benchmarks/bench_model.py [--sizes 2500 10000 40000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _generate import model

import resultaat as r
from resultaat.model import _io


def timed(fn, *args):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2500, 10000, 40000])
    args = ap.parse_args()
    print(f"YAML loader: {_io._Loader.__name__}")
    steps = ("build", "validate", "dump yaml", "dump json", "load yaml", "load json")
    print(f"{'results':>8} " + " ".join(f"{s:>10}" for s in steps) + "   per-1k growth")
    base = None
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            m, t_build = timed(model, n)
            again, t_valid = timed(m.evolve)  # validates every record and reference again
            assert again == m
            ypath, jpath = Path(tmp) / "m.yaml", Path(tmp) / "m.json"
            _, t_dy = timed(r.dump, m, ypath)
            _, t_dj = timed(r.dump, m, jpath)
            my, t_ly = timed(r.load, ypath)
            mj, t_lj = timed(r.load, jpath)
            assert my == m
            assert mj == m
            times = (t_build, t_valid, t_dy, t_dj, t_ly, t_lj)
            per_k = [t / n * 1000 for t in times]
            base = base or per_k
            growth = " ".join(f"{p / b:.2f}" for p, b in zip(per_k, base, strict=True))
            print(f"{n:>8} " + " ".join(f"{t:>10.2f}" for t in times) + f"   {growth}")


if __name__ == "__main__":
    main()
