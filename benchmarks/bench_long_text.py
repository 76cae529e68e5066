"""Long user texts: time and size of a diagram and a report, against a short text.

A statement, name and policy of many megabytes are cut in every picture and
report (500 characters per text, 2,000 per tooltip); the model keeps them
whole. For each size, prints the seconds to build the DOT source and the
Markdown report, and their sizes, beside the same model with a 40-character
text measured in the same run.

Target: a 50 MB statement adds well under a second to ``to_dot`` and the
outputs stay within a few times the short model's (the issue measured 14.5 s
and a 250 MB report before the texts were cut).

    python benchmarks/bench_long_text.py [--mb 1 50]
"""

from __future__ import annotations

import argparse
import time

import resultaat as r


def model(text: str) -> r.Model:
    b = r.ModelBuilder(text, perspective="m")
    b.party("m", text, "municipality")
    b.intervention("i", text, by="m", policy=text)
    b.result("x", text, "micro", owner="m")
    b.contribute("i", "x", evidence=text)
    return b.build()


def measure(text: str) -> tuple[float, int, float, int]:
    m = model(text)
    t = time.perf_counter()
    dot = r.to_dot(m)
    t_dot = time.perf_counter() - t
    t = time.perf_counter()
    md = r.report(m)
    t_md = time.perf_counter() - t
    return t_dot, len(dot), t_md, len(md)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[1, 50])
    args = ap.parse_args()
    base = measure("Residents find work close to their home.")
    print(f"{'text':>10} {'dot s':>7} {'dot chars':>10} {'report s':>9} {'report chars':>13}")
    print(f"{'40 chars':>10} {base[0]:7.3f} {base[1]:10,} {base[2]:9.3f} {base[3]:13,}")
    for mb in args.mb:
        t_dot, n_dot, t_md, n_md = measure("word " * int(mb * 1_000_000 / 5))
        print(f"{f'{mb:g} MB':>10} {t_dot:7.3f} {n_dot:10,} {t_md:9.3f} {n_md:13,}")


if __name__ == "__main__":
    main()
