"""All claims of all parties, against a baseline that enumerates simple paths.

The baseline is what a straightforward implementation does: for every party
and every result, list all simple paths from the party to the result with
networkx, and judge from those. It does less than resultaat (no reasons, no
shares), and is still far slower, because the number of paths grows
exponentially with depth. It is stopped after --cap seconds per size.

Target: all claims of all parties of a 10,000-result model in under 2 s on
one core, and at least 50 times faster than the baseline where it finishes.

    python benchmarks/bench_claims.py [--sizes 1000 2500 10000 40000] [--cap 120]
"""

from __future__ import annotations

import argparse
import time

import networkx as nx
from _generate import model

import resultaat as r


def ours(m: r.Model) -> int:
    return sum(len(r.claims(m, p)) for p in m.parties)


def baseline(m: r.Model, cap: float) -> tuple[int, bool]:
    g = m.to_networkx()
    start = time.perf_counter()
    count = 0
    for p in m.parties:
        for rid, res in m.results.items():
            paths = list(nx.all_simple_paths(g, p, rid))
            if paths or res.owner == p:
                count += 1
            if time.perf_counter() - start > cap:
                return count, False
    return count, True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2500, 10000, 40000])
    ap.add_argument("--cap", type=float, default=120.0,
                    help="seconds the baseline may take per size")
    args = ap.parse_args()
    print(f"{'results':>8} {'parties':>8} {'claims':>8} {'resultaat s':>12} "
          f"{'baseline s':>11} {'speed-up':>9}")
    for n in args.sizes:
        m = model(n)
        t = time.perf_counter()
        n_claims = ours(m)  # a fresh model: the index is built inside the timing
        ours_s = time.perf_counter() - t
        if n <= 10000:
            t = time.perf_counter()
            n_base, finished = baseline(m, args.cap)
            base_s = time.perf_counter() - t
            if finished:
                assert n_base == n_claims, (n_base, n_claims)
                ratio = f"{base_s / ours_s:8.0f}x"
                base = f"{base_s:11.2f}"
            else:
                ratio = f"> {args.cap / ours_s:.0f}x"
                base = f"> {args.cap:.0f}".rjust(11)
        else:
            base, ratio = "skipped".rjust(11), "".rjust(9)
        print(f"{n:>8} {len(m.parties):>8} {n_claims:>8} {ours_s:>12.2f} {base} {ratio}")


if __name__ == "__main__":
    main()
