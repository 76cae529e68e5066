"""Roll-ups at 1M and 10M rows: the query (Ibis on DuckDB) against today's roll-up, pandas, polars.

Generates the rows once into a temporary folder (one row per resident ×
quarter, as in bench_measurements.py), as CSV and as Parquet, then runs each
contender in a fresh process, so the peak memory (max RSS) is honest:

* query: ``resultaat.measure`` (check every row against the model, progress,
  roll-up with quartiles, all in DuckDB; only aggregates come back), on the
  Parquet file and on the CSV file;
* stdlib: ``resultaat.rollup_csv``, the standard-library roll-up (the
  baseline; the query must be at least 5× faster at 1M rows);
* pandas and polars (``pip install 'resultaat[bench]'``): the same roll-up,
  without the checks;
* query in one process ("notebook"): as in a notebook, where Ibis and DuckDB
  are imported once and ``measure`` runs again: one process calls it once
  (its first call is printed apart), then ``--rounds`` times in turn with
  ``rollup_csv`` on the CSV file; the seconds are the medians of those calls,
  and "vs stdlib" the median of the ratios pair by pair, in that process.

The query's roll-up is compared with the standard library's, group for group
(a digest of both), wherever both ran. Targets: 10M rows in under 15 s and
under 2 GB.

    python benchmarks/bench_rollup_engines.py [--rows 1000000 10000000] [--skip stdlib@10000000]
        [--rounds 5]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_measurements import bench_model, run_pandas, write_csv

import resultaat as r


def digest(rollups: list[r.Rollup]) -> str:
    return hashlib.sha256(repr(list(rollups)).encode()).hexdigest()[:12]


def run_query(path: str) -> tuple[int, str]:
    found = r.measure(bench_model(), path)
    assert found.engine == "query", found.engine
    return len(found.rollup), digest(found.rollup)


def run_stdlib(path: str) -> tuple[int, str]:
    ups = r.rollup_csv(bench_model(), path)
    return len(ups), digest(ups)


def run_polars(path: str) -> tuple[int, str]:
    import polars as pl

    df = pl.scan_csv(path, schema_overrides={"case": pl.String, "value": pl.Float64})
    keys = ["intervention", "area", "period", "result", "indicator"]
    first = (df.sort("period").group_by(["case", "result", "indicator"])
             .agg(pl.col("period").first().alias("p0"), pl.col("value").first().alias("v0")))
    target = pl.when(pl.col("indicator") == "score").then(3.5).otherwise(0.0)
    sign = pl.when(pl.col("indicator") == "score").then(1).otherwise(-1)
    out = (df.join(first, on=["case", "result", "indicator"])
           .with_columns(reached=(pl.col("value") - target) * sign >= 0,
                         change=pl.when(pl.col("period") > pl.col("p0"))
                         .then((pl.col("value") - pl.col("v0")) * sign))
           .group_by(keys)
           .agg(pl.col("case").n_unique().alias("cases"), pl.col("reached").sum(),
                pl.col("change").quantile(0.25, interpolation="linear").alias("q1"),
                pl.col("change").median().alias("median"),
                pl.col("change").quantile(0.75, interpolation="linear").alias("q3"))
           .collect())
    return len(out), ""


RUNNERS = {"query": run_query, "stdlib": run_stdlib, "polars": run_polars,
           "pandas": lambda path: (run_pandas(path), "")}


def notebook(path: str, rounds: int) -> None:
    """``measure`` called again in one process, in turn with ``rollup_csv`` on the same rows."""
    import ibis

    ibis.duckdb.connect()
    model, csv_path = bench_model(), str(Path(path).with_suffix(".csv"))
    t = time.perf_counter()
    run_query(path)
    first = time.perf_counter() - t
    pairs, same = [], True
    for _ in range(rounds):
        t = time.perf_counter()
        want = r.rollup_csv(model, csv_path)
        base = time.perf_counter() - t
        t = time.perf_counter()
        found = r.measure(model, path)
        pairs.append((time.perf_counter() - t, base))
        same = same and digest(found.rollup) == digest(want)
    print(json.dumps({
        "seconds": statistics.median(q for q, _ in pairs),
        "stdlib": statistics.median(b for _, b in pairs),
        "ratio": statistics.median(b / q for q, b in pairs), "first": first, "same": same,
        "groups": len(want), "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def one(kind: str, path: str) -> None:
    t = time.perf_counter()
    if kind == "query":  # imported inside measure(); timed apart, counted in the total
        import ibis

        ibis.duckdb.connect()
    imported = time.perf_counter() - t
    groups, check = RUNNERS[kind](path)
    seconds = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "groups": groups,
                      "digest": check, "import": imported}))


def measure(kind: str, path: Path, rounds: int = 0) -> dict[str, object] | None:
    args = ["--notebook", str(path), str(rounds)] if kind == "notebook" else \
        ["--one", kind, str(path)]
    done = subprocess.run([sys.executable, __file__, *args],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["failed"])[-1]
        print(f"  {kind} on {path.name}: {last}")
        return None
    result: dict[str, object] = json.loads(done.stdout)
    return result


def generate(folder: Path, rows: int) -> tuple[Path, Path]:
    import duckdb

    csv_path, parquet = folder / f"m{rows}.csv", folder / f"m{rows}.parquet"
    t = time.perf_counter()
    write_csv(csv_path, rows)
    duckdb.sql(f"COPY (SELECT * REPLACE (value::DOUBLE AS value) FROM "
               f"read_csv('{csv_path}', all_varchar=true)) TO '{parquet}' (FORMAT parquet)")
    print(f"(generated {rows:,} rows in {time.perf_counter() - t:.0f} s: CSV "
          f"{csv_path.stat().st_size / 2**20:.0f} MiB, Parquet "
          f"{parquet.stat().st_size / 2**20:.0f} MiB)")
    return csv_path, parquet


def in_process(n: int, path: Path, label: str, rounds: int) -> None:
    got = measure("notebook", path, rounds)
    if got is None:
        return
    print(f"{n:>10} {'notebook ' + label:<16} {got['seconds']:>8.2f} {got['peak_mb']:>8.0f} "
          f"{got['groups']:>7} {got['ratio']:>8.1f}x  {'yes' if got['same'] else 'NO':<12}  "
          f"in one process, median of {rounds} calls after a first of {got['first']:.2f} s; "
          f"stdlib there {got['stdlib']:.2f} s", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rows", type=int, nargs="+", default=[1_000_000, 10_000_000])
    ap.add_argument("--skip", nargs="*", default=[], help="KIND@ROWS pairs not to run")
    ap.add_argument("--rounds", type=int, default=5,
                    help="calls of each in the one-process (notebook) runs")
    ap.add_argument("--one", nargs=2, metavar=("KIND", "FILE"), help=argparse.SUPPRESS)
    ap.add_argument("--notebook", nargs=2, metavar=("FILE", "ROUNDS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        one(*args.one)
        return
    if args.notebook:
        notebook(args.notebook[0], int(args.notebook[1]))
        return
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}, "
          f"{os.cpu_count()} cores")
    print(f"{'rows':>10} {'contender':<16} {'seconds':>8} {'peak MB':>8} {'groups':>7} "
          f"{'vs stdlib':>9}  same roll-up  (of which importing Ibis and DuckDB)")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.rows:
            csv_path, parquet = generate(Path(tmp), n)
            runs = [("stdlib", csv_path, "stdlib CSV"), ("query", parquet, "query Parquet"),
                    ("query", csv_path, "query CSV"), ("polars", csv_path, "polars CSV"),
                    ("pandas", csv_path, "pandas CSV")]
            base: dict[str, object] | None = None
            for kind, path, label in runs:
                if f"{kind}@{n}" in args.skip:
                    print(f"{n:>10} {label:<16} {'not run':>8}")
                    continue
                got = measure(kind, path)
                if got is None:
                    continue
                base = got if kind == "stdlib" else base
                ratio = same = ""
                if base is not None and kind != "stdlib":
                    ratio = f"{float(base['seconds']) / float(got['seconds']):.1f}x"  # type: ignore[arg-type]
                    if got["digest"]:
                        same = "yes" if got["digest"] == base["digest"] else "NO"
                imported = f"({got['import']:.2f} s)" if kind == "query" else ""
                print(f"{n:>10} {label:<16} {got['seconds']:>8.2f} {got['peak_mb']:>8.0f} "
                      f"{got['groups']:>7} {ratio:>9}  {same:<12}  {imported}", flush=True)
            for path, label in [(parquet, "Parquet"), (csv_path, "CSV")]:
                if f"notebook@{n}" not in args.skip:
                    in_process(n, path, label, args.rounds)
            print(f"load average now: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
