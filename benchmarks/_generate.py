"""Generated models for the benchmarks: many residents, layered results.

Each case is one resident with their network: ten results in four layers,
fed by the resident, the network, interventions of the municipality and of
a provider, and an external factor. Every result gets exactly three
contributions. Every tenth case also feeds a neighbourhood (meso) result,
and the neighbourhoods feed one city-wide (macro) result, so a few results
have very many contributors, as in a real city.
"""

from __future__ import annotations

import random

import resultaat as r

LAYERS = (3, 3, 2, 2)  # results per layer in one case: ten in all


def model(n_results: int, *, seed: int = 1) -> r.Model:
    rng = random.Random(seed)
    n_areas = max(1, n_results // 500)
    n_cases = max(1, (n_results - n_areas - 1) // 10)
    n_providers = max(2, n_cases // 100)
    parties = [r.Party("municipality", "Municipality", "municipality")]
    parties += [r.Party(f"provider{i}", f"Provider {i}", "provider") for i in range(n_providers)]
    factors = [r.Factor("economy", "The economy"), r.Factor("labour", "The labour market")]
    interventions, results, contributions = [], [], []
    tops: list[str] = []
    for c in range(n_cases):
        res, net = f"res{c}", f"net{c}"
        parties += [r.Party(res, f"Resident {c}", "citizen"),
                    r.Party(net, f"Network {c}", "network")]
        provider = f"provider{c % n_providers}"
        interventions += [
            r.Intervention(f"m{c}", f"Support {c}", "municipality", beneficiary=res, cost=1000,
                           conditions=(r.Condition("method", "method", "met"),)),
            r.Intervention(f"p{c}", f"Care {c}", provider, beneficiary=res, cost=2000),
        ]
        below: list[str] = [res, net, f"m{c}", f"p{c}", "economy"]
        k = 0
        for width in LAYERS:
            layer = []
            for _ in range(width):
                rid = f"r{c}_{k}"
                owner = "municipality" if k < 2 else res
                results.append(r.Result(rid, f"Result {k} of resident {c}", "micro", owner,
                                        indicators=(r.Indicator("score", target=1.0),)))
                for source in rng.sample(below, 3):
                    contributions.append(r.Contribution(
                        source, rid, role="necessary" if rng.random() < 0.3 else "supporting",
                        weight=rng.choice([None, 1, 2, 3])))
                layer.append(rid)
                k += 1
            below = layer + below[-5:] if len(layer) >= 3 else layer + below[:3]
        tops.append(f"r{c}_{k - 1}")
    areas = [f"area{a}" for a in range(n_results - len(results) - 1)]
    for a, rid in enumerate(areas):
        results.append(r.Result(rid, f"Neighbourhood {a} is liveable", "meso", "collective"))
        feeders = [*tops[a::len(areas)][:2], "labour"]
        contributions += [r.Contribution(s, rid) for s in feeders[:3]]
    results.append(r.Result("city", "The city does well", "macro", "collective"))
    contributions += [r.Contribution(s, "city") for s in [*areas[:2], "economy"][:3]]
    return r.Model(name=f"generated {len(results)}", parties=parties, factors=factors,
                   interventions=interventions, results=results, contributions=contributions)
