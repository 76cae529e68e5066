"""Case-level measurements at scale: resultaat's roll-up against pandas.

Generates CSV files of 100,000 and 1,000,000 rows (one row per resident ×
quarter, as case systems and the national monitor export them) and, for
each, runs in a fresh process (so peak memory is honest):

* resultaat: ``rollup_csv`` (read, check every row, roll up per
  intervention × area × period: cases, how many reached their target, the
  quartiles of change);
* pandas: the same roll-up with ``read_csv`` and ``groupby``.

It prints seconds and peak memory (max RSS) side by side, and the ratio.
Targets: 1,000,000 rows in under 10 s and under 1 GB peak, and no worse
than 3 times the pandas figure. pandas is optional (pip install pandas).

    python benchmarks/bench_measurements.py [--rows 100000 1000000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import resultaat as r

PERIODS = [f"{y}-Q{q}" for y in (2023, 2024, 2025) for q in (1, 2, 3, 4)]
INTERVENTIONS = ["coaching", "debt_help", "youth_team", "home_care", "sport"]


def bench_model() -> r.Model:
    b = r.ModelBuilder("measurements benchmark")
    b.party("municipality", "Municipality", "municipality")
    b.party("residents", "Residents", "citizen")
    for i in INTERVENTIONS:
        b.intervention(i, i, by="municipality")
    b.result("self_reliant", "Residents manage on their own", "micro", owner="residents",
             indicators=[r.Indicator("score", target=3.5), r.Indicator("debt", target=0,
                                                                       direction="lower")])
    for i in INTERVENTIONS:
        b.contribute(i, "self_reliant")
    return b.build()


def write_csv(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    per_case = len(PERIODS)
    cases = rows // per_case
    with path.open("w", encoding="utf-8") as f:
        f.write("case,area,intervention,result,indicator,period,value\n")
        written = 0
        for c in range(cases):
            area = f"area{c % 40:02d}"
            intervention = INTERVENTIONS[c % len(INTERVENTIONS)]
            score = rng.uniform(1, 3)
            for period in PERIODS:
                score = min(5.0, max(1.0, score + rng.uniform(-0.4, 0.6)))
                f.write(f"c{c},{area},{intervention},self_reliant,score,{period},{score:.2f}\n")
                written += 1
                if written >= rows:
                    return


def run_resultaat(path: str) -> int:
    return len(r.rollup_csv(bench_model(), path))


def run_pandas(path: str) -> int:
    import pandas as pd

    df = pd.read_csv(path, dtype={"case": "string", "area": "string", "intervention": "string",
                                  "result": "string", "indicator": "string",
                                  "period": "string", "value": "float64"})
    target = {("self_reliant", "score"): (3.5, 1), ("self_reliant", "debt"): (0.0, -1)}
    keys = list(zip(df["result"], df["indicator"], strict=True))
    df["target"] = [target[k][0] for k in keys]
    df["sign"] = [target[k][1] for k in keys]
    df["reached"] = (df["value"] - df["target"]) * df["sign"] >= 0
    first = df.sort_values("period").groupby(["case", "result", "indicator"]).first()
    df = df.join(first[["period", "value"]].rename(columns={"period": "p0", "value": "v0"}),
                 on=["case", "result", "indicator"])
    df["change"] = ((df["value"] - df["v0"]) * df["sign"]).where(df["period"] > df["p0"])
    keys = ["intervention", "area", "period", "result", "indicator"]
    out = df.groupby(keys).agg(cases=("case", "nunique"), reached=("reached", "sum"),
                               q1=("change", lambda s: s.quantile(0.25)),
                               median=("change", "median"),
                               q3=("change", lambda s: s.quantile(0.75)))
    return len(out)


def one(kind: str, path: str) -> None:
    t = time.perf_counter()
    groups = run_resultaat(path) if kind == "resultaat" else run_pandas(path)
    seconds = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "groups": groups}))


def measure(kind: str, path: Path) -> dict[str, float] | None:
    done = subprocess.run([sys.executable, __file__, "--one", kind, str(path)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["failed"])[-1]
        print(f"  {kind}: {last}")
        return None
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--one", nargs=2, metavar=("KIND", "CSV"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        one(*args.one)
        return
    idle = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(a Python process with resultaat imported starts at about {idle:.0f} MB)")
    print(f"{'rows':>9} {'groups':>7} {'resultaat s':>12} {'MB':>6} {'pandas s':>9} {'MB':>6} "
          f"{'time ratio':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.rows:
            path = Path(tmp) / f"m{n}.csv"
            write_csv(path, n)
            ours = measure("resultaat", path)
            theirs = measure("pandas", path)
            if ours is None:
                continue
            if theirs is not None:
                assert theirs["groups"] == ours["groups"], (theirs, ours)
                pd_cells = f"{theirs['seconds']:>9.2f} {theirs['peak_mb']:>6.0f} " \
                           f"{ours['seconds'] / theirs['seconds']:>9.2f}x"
            else:
                pd_cells = f"{'n/a':>9} {'':>6} {'':>10}"
            print(f"{n:>9} {ours['groups']:>7.0f} {ours['seconds']:>12.2f} "
                  f"{ours['peak_mb']:>6.0f} {pd_cells}")


if __name__ == "__main__":
    main()
