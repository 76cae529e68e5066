"""Deep, wide and hostile models: analysis stays linear and memory bounded.

Each case runs in a fresh process, so its time includes building the
analysis index and its memory is the process's peak (resident set). The
baseline, measured in the same run on the same model, is bare networkx
reachability: ``descendants`` of every party and of each of its
interventions (what any answer to "who reaches what" must at least do).

Cases and targets:

* deep: ten layers of 1,000 results, each fed by three results of the layer
  below (layer 0 by parties, interventions and factors), 50 parties, 500
  interventions, weights on the contributions: all claims of all parties,
  with shares, in under 3 s and within 5x the baseline.
* parties: 100,000 residents feeding 1,000 neighbourhoods and one city
  result, with stated claims: building the model and ``check()`` in under
  10 s and 500 MB.
* chain: one municipality, 1,000 interventions into a chain of 1,000
  results: its ``claims()`` in under 10 s and 500 MB.
* star: 1,000 and 3,000 parties feeding one result, one of them necessary:
  ``claims()`` of every party (exact shares) in under 10 s.
* wide1000: 999 parties feeding a result that is the necessary input of
  another: too large for the exact methods, so shares are sampled (2,000
  orders, ±3.0%); ``claims()`` of one party in under 10 s.
* (``duration: 1000000000`` is refused when the model is read: at most
  100 years, so ``claimable_value`` adds at most 100 terms.)

    python benchmarks/bench_deep.py [--cases deep parties chain star1000 star3000 wide1000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable

import networkx as nx

import resultaat as r


def deep(layers: int = 10, width: int = 1000, n_parties: int = 50,
         n_interventions: int = 500, *, seed: int = 1) -> r.Model:
    rng = random.Random(seed)
    parties = [r.Party("municipality", "Municipality", "municipality")]
    parties += [r.Party(f"p{i}", f"Party {i}", "provider") for i in range(1, n_parties)]
    factors = [r.Factor("economy", "The economy"), r.Factor("weather", "The weather")]
    pids = [p.id for p in parties]
    interventions = [r.Intervention(f"i{k}", f"Intervention {k}", rng.choice(pids))
                     for k in range(n_interventions)]
    below = [*pids, *(i.id for i in interventions), "economy", "weather"]
    results, contributions = [], []
    for layer in range(layers):
        ids = [f"r{layer}_{k}" for k in range(width)]
        for rid in ids:
            results.append(r.Result(rid, f"Result {rid}", "micro", rng.choice(pids)))
            contributions += [r.Contribution(s, rid, weight=rng.choice([None, 1, 2, 3]))
                              for s in rng.sample(below, 3)]
        below = ids
    return r.Model(name="deep", parties=parties, factors=factors, interventions=interventions,
                   results=results, contributions=contributions)


def many_parties(n: int = 100_000, areas: int = 1000) -> r.Model:
    parties = [r.Party("municipality", "Municipality", "municipality")]
    parties += [r.Party(f"res{i}", f"Resident {i}", "citizen") for i in range(n)]
    results = [r.Result(f"area{a}", f"Neighbourhood {a} is liveable", "meso", "municipality",
                        indicators=(r.Indicator("score"),)) for a in range(areas)]
    results.append(r.Result("city", "The city does well", "macro", "collective"))
    contributions = [r.Contribution(f"res{i}", f"area{i % areas}") for i in range(n)]
    contributions += [r.Contribution(f"area{a}", "city") for a in range(areas)]
    claims = [r.StatedClaim("municipality", f"area{a}", "owns") for a in range(0, areas, 100)]
    claims += [r.StatedClaim(f"res{i}", "city", "contributes") for i in range(0, n, 10_000)]
    return r.Model(name="parties", parties=parties, results=results,
                   contributions=contributions, claims=claims)


def chain(n: int = 1000) -> r.Model:
    parties = [r.Party("municipality", "Municipality", "municipality")]
    interventions = [r.Intervention(f"i{k}", f"Intervention {k}", "municipality")
                     for k in range(n)]
    results = [r.Result(f"r{k}", f"Result {k}", "micro", "municipality", value=1000,
                        duration=5, drop_off=0.2) for k in range(n)]
    contributions = [r.Contribution(f"i{k}", f"r{k}", weight=1) for k in range(n)]
    contributions += [r.Contribution(f"r{k - 1}", f"r{k}", weight=2) for k in range(1, n)]
    return r.Model(name="chain", parties=parties, interventions=interventions,
                   results=results, contributions=contributions)


def star(n: int) -> r.Model:
    parties = [r.Party(f"p{i}", f"Party {i}", "other") for i in range(n)]
    results = [r.Result("r", "The result", "micro", "p0", value=1000)]
    contributions = [r.Contribution(f"p{i}", "r", role="necessary" if i == 0 else "supporting")
                     for i in range(n)]
    return r.Model(name="star", parties=parties, results=results, contributions=contributions)


def wide(n: int) -> r.Model:
    """Parties feeding a result that is the necessary input of another: sampled shares."""
    parties = [r.Party(f"p{i}", f"Party {i}", "other") for i in range(n)]
    results = [r.Result("mid", "Many hands", "micro", "p0"),
               r.Result("r", "The result", "micro", "p0", value=1000)]
    contributions = [r.Contribution(f"p{i}", "mid") for i in range(n - 1)]
    contributions += [r.Contribution("mid", "r", role="necessary"),
                      r.Contribution(f"p{n - 1}", "r")]
    return r.Model(name="wide", parties=parties, results=results, contributions=contributions)


def reach_baseline(m: r.Model) -> float:
    """Seconds for networkx ``descendants`` of every party and each of its interventions."""
    g = nx.DiGraph()
    g.add_nodes_from([*m.parties, *m.factors, *m.interventions, *m.results])
    g.add_edges_from((c.source, c.target) for c in m.contributions)
    start = time.perf_counter()
    of: dict[str, list[str]] = {p: [] for p in m.parties}
    for it in m.interventions.values():
        for p in dict.fromkeys((it.by, *it.partners)):
            of[p].append(it.id)
    for p in m.parties:
        for node in (p, *of[p]):
            nx.descendants(g, node)
    return time.perf_counter() - start


def all_claims(m: r.Model) -> int:
    return sum(len(r.claims(m, p)) for p in m.parties)


CASES: dict[str, tuple[Callable[[], r.Model], Callable[[r.Model], object], str]] = {
    "deep": (deep, all_claims, "all claims of all parties"),
    "parties": (many_parties, lambda m: len(r.check(m)), "check()"),
    "chain": (chain, lambda m: len(r.claims(m, "municipality")), "claims(municipality)"),
    "star1000": (lambda: star(1000), all_claims, "all claims of all parties"),
    "star3000": (lambda: star(3000), all_claims, "all claims of all parties"),
    "wide1000": (lambda: wide(1000), lambda m: len(r.claims(m, "p0")), "claims(p0), sampled"),
}


def run_case(name: str) -> None:
    """Run one case in this process and print its figures as JSON."""
    make, work, _ = CASES[name]
    t = time.perf_counter()
    m = make()
    build_s = time.perf_counter() - t
    t = time.perf_counter()
    answer = work(m)
    ours_s = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    base_s = reach_baseline(m)
    print(json.dumps({"build_s": build_s, "ours_s": ours_s, "peak_mb": peak_mb,
                      "base_s": base_s, "answer": answer, "nodes": _size(m)}))


def _size(m: r.Model) -> int:
    return len(m.parties) + len(m.interventions) + len(m.results) + len(m.factors)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", nargs="+", default=list(CASES), choices=list(CASES))
    ap.add_argument("--one", choices=list(CASES), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        run_case(args.one)
        return
    print(f"{'case':>9} {'nodes':>7} {'what':<26} {'answer':>8} {'model s':>8} "
          f"{'resultaat s':>11} {'peak MB':>8} {'baseline s':>10} {'ratio':>6}")
    for name in args.cases:
        out = subprocess.run([sys.executable, __file__, "--one", name], check=True,
                             capture_output=True, text=True).stdout
        f = json.loads(out)
        ratio = f"{f['ours_s'] / f['base_s']:5.1f}x" if f["base_s"] > 0.001 else "".rjust(6)
        print(f"{name:>9} {f['nodes']:>7} {CASES[name][2]:<26} {f['answer']:>8} "
              f"{f['build_s']:>8.2f} {f['ours_s']:>11.2f} {f['peak_mb']:>8.0f} "
              f"{f['base_s']:>10.2f} {ratio}")


if __name__ == "__main__":
    main()
