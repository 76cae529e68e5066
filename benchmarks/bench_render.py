"""Diagrams: time to build DOT against time for the engine to lay it out.

For generated models of about 100, 1,000 and 5,000 nodes, prints the seconds
to build the DOT source (best of three, each on a fresh model) and the
seconds each available engine takes to lay it out as SVG, side by side, and
DOT as a share of layout.

Targets: building DOT stays under 10% of layout time, and a 100-node diagram
renders in under 1 s with the bundled engine.

    python benchmarks/bench_render.py [--nodes 100 1000 5000]
"""

from __future__ import annotations

import argparse
import time

from _generate import model

import resultaat as r
from resultaat.present import _engine


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, nargs="+", default=[100, 1000, 5000])
    args = ap.parse_args()
    engines = ["bundled"] + (["system"] if _engine.system_dot() else [])
    print("engines: " + ", ".join(engines)
          + ("" if "system" in engines else " (no system Graphviz installed)"))
    print(f"{'nodes':>6} {'dot s':>7} " + " ".join(f"{e + ' s':>10} {'dot/layout':>10}"
                                                for e in engines))
    for n in args.nodes:
        t_dot = float("inf")
        for _ in range(3):  # best of three, each on a fresh model (nothing cached)
            m = model(max(10, round(n / 1.4)))
            t = time.perf_counter()
            source = r.to_dot(m, legend=True)
            t_dot = min(t_dot, time.perf_counter() - t)
        nodes = len(m.parties) + len(m.interventions) + len(m.results) + len(m.factors)
        cells = []
        for engine in engines:
            t = time.perf_counter()
            try:
                _engine.run(source, "svg", engine)  # type: ignore[arg-type]
            except r.RenderError as e:  # the engine's own time limit
                cells.append(f"{'failed':>10} {'':>10}")
                print(f"  {engine}: {str(e)[:100]}")
                continue
            t_layout = time.perf_counter() - t
            cells.append(f"{t_layout:>10.2f} {t_dot / t_layout:>9.1%}")
        print(f"{nodes:>6} {t_dot:>7.3f} " + " ".join(cells))


if __name__ == "__main__":
    main()
