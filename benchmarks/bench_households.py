"""The pile-up scan of every household, and the ledger, against the household view.

A report asks the scan of every household in the model. Prints, per size,
the seconds for the household view of every household (the baseline,
measured in the same run), for the pile-up scan of every household, and for
the ledger, and the scan's time per household.

Target: the scan of a household costs about what its own help costs, not
what the whole model costs: its time per household stays flat as the model
grows (it was 22 ms a household at 5,000 results before it followed the
index's routes).

    python benchmarks/bench_households.py [--sizes 2500 10000]
"""

from __future__ import annotations

import argparse
import time

from _generate import model

import resultaat as r
from resultaat.analysis._views import households


def seconds(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2500, 10000])
    args = ap.parse_args()
    print(f"{'results':>8} {'households':>10} {'views s':>8} {'scans s':>8} {'ledger s':>9} "
          f"{'ms/scan':>8}")
    for n in args.sizes:
        m = model(n)
        hh = households(m)
        r.check(m)  # the index and owners, as a report has them when it scans
        views = seconds(lambda: [r.household(m, h) for h in hh])  # noqa: B023
        scans = seconds(lambda: [r.pileup(m, h) for h in hh])  # noqa: B023
        book = seconds(lambda: r.ledger(m))  # noqa: B023
        print(f"{n:>8} {len(hh):>10} {views:8.3f} {scans:8.3f} {book:9.3f} "
              f"{1000 * scans / max(1, len(hh)):8.3f}")


if __name__ == "__main__":
    main()
