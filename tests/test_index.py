import ast
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings

import resultaat as r
from resultaat.analysis._index import Index, index
from strategies import tangled_models


def region():
    b = r.ModelBuilder("region")
    b.party("a", "Town A", "municipality")
    b.party("b", "Town B", "municipality")
    b.party("region", "Youth region", "cooperation", members=["a", "b"])
    b.party("child", "A child", "citizen")
    b.party("idle", "Idle", "other")
    b.factor("f", "F")
    b.intervention("care", "Care", by="region", for_="child")
    b.intervention("visit", "Visit", by="a", with_=["child"])
    b.result("safe", "Safe", "micro", owner="child")
    b.result("well", "Well", "micro", owner="child")
    b.result("top", "Top", "meso", owner="collective")
    b.contribute("care", "safe")
    b.contribute("child", "safe")
    b.contribute("visit", "well")
    b.contribute("f", "well")
    b.contribute("safe", "top")
    b.contribute("well", "top")
    return b.build()


def test_reach_through_cooperations_interventions_and_results():
    idx = index(region())
    assert idx.reaches("a", "safe")  # through the region's care
    assert not idx.reaches("region", "well")  # the region does not visit
    assert idx.reaches("child", "well")  # as partner of the visit
    assert not idx.reaches("idle", "top")
    assert idx.parties_upstream("top") == ["a", "b", "region", "child"]
    assert idx.parties_upstream("safe", besides="a") == ["b", "region", "child"]
    assert idx.parties_upstream("safe", besides="a", with_cooperations=False) == ["b", "child"]
    assert idx.parties_upstream("safe", besides="region") == ["child"]
    assert idx.seen_from("a", "safe") == (True, ("b", "child"), ())
    assert idx.seen_from("idle", "well") == (False, ("a", "child"), ("f",))
    assert idx.factors_upstream("top") == ["f"]
    assert idx.factors_upstream("safe") == []


def test_entries_and_routes():
    idx = index(region())
    assert idx.entries("a") == [("a",), ("a", "visit"), ("a", "region"),
                                ("a", "region", "care")]
    routes = idx.routes_of("a")
    assert routes.reached() == {"safe", "well", "top"}
    assert routes.to("top") == (("a", "visit", "well", "top"),
                                ("a", "region", "care", "safe", "top"))
    assert idx.routes_to("a", "top") == routes.to("top")
    assert idx.routes_to("idle", "top") == ()
    assert routes.to("top").entries() == [("a", "visit"), ("a", "region", "care")]


def test_reached_from_inputs_and_outputs():
    idx = index(region())
    assert idx.reached_from("a") == idx.routes_of("a").reached() == {"safe", "well", "top"}
    assert idx.reached_from("region") == {"safe", "top"}
    assert idx.reached_from("idle") == set()
    assert [(c.source, c.target) for c in idx.inputs("top")] == [("safe", "top"),
                                                                ("well", "top")]
    assert list(idx.inputs("care")) == []  # only results have inputs
    assert list(idx.outputs("visit")) == ["well"]
    assert list(idx.outputs("idle")) == []


def test_upstream_pass_computes_each_result_once_in_order():
    idx = Index(region())
    seen: list[str] = []
    cache: dict[str, int] = {}

    def compute(n: str) -> int:
        seen.append(n)
        return 1 + sum(cache[c.source] for c in idx.preds[n] if c.source in idx.preds)

    assert idx.upstream_pass(cache, "safe", compute) == 1
    assert idx.upstream_pass(cache, "top", compute) == 3
    assert idx.upstream_pass(cache, "top", compute) == 3
    assert seen == ["safe", "well", "top"]


def test_a_chain_shares_one_set_of_parties():
    b = r.ModelBuilder("chain")
    b.party("m", "M", "municipality")
    for k in range(50):
        b.intervention(f"i{k}", f"I{k}", by="m")
        b.result(f"r{k}", f"R{k}", "micro", owner="m")
        b.contribute(f"i{k}", f"r{k}")
        if k:
            b.contribute(f"r{k - 1}", f"r{k}")
    idx = index(b.build())
    assert idx.parties_upstream("r49") == ["m"]
    # No result makes a set of its own: each holds one of its interventions' sets.
    of_results = {id(idx._roots[f"r{k}"][0]) for k in range(50)}
    assert of_results <= {id(idx._roots[f"i{k}"][0]) for k in range(50)}


def test_analysis_modules_do_no_bit_arithmetic():
    src = Path(r.__file__).parent
    bits = (ast.BitAnd, ast.BitXor, ast.LShift, ast.RShift, ast.Invert)
    for name in ("_claims.py", "_views.py"):
        tree = ast.parse((src / "analysis" / name).read_text(encoding="utf-8"))
        found = [n.lineno for n in ast.walk(tree)
                 if isinstance(getattr(n, "op", None), bits)]
        assert found == [], f"{name} lines {found}"


@pytest.mark.parametrize("case", ["chain", "star1000", "parties"])
def test_hostile_sizes_end_in_bounded_time_and_memory(case):
    """Issue 17's resource cases, each in a fresh process with a generous limit."""
    out = subprocess.run([sys.executable, "benchmarks/bench_deep.py", "--one", case],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    figures = json.loads(out)
    assert figures["peak_mb"] < 1000
    assert figures["ours_s"] < 60


def naive_routes(m, party, node):
    """From each entry point that reaches ``node``, a shortest route to it (networkx)."""
    g = nx.DiGraph()
    g.add_nodes_from([*m.parties, *m.interventions, *m.results])
    g.add_edges_from((c.source, c.target) for c in m.contributions)
    out = []
    for chain in index(m).entries(party):
        paths = nx.single_source_shortest_path(g, chain[-1])
        if node in paths:
            out.append((*chain[:-1], *paths[node]))
    return out


@settings(max_examples=40, deadline=None)
@given(tangled_models())
def test_routes_reach_and_lengths_agree_with_networkx(m):
    idx = index(m)
    for p in m.parties:
        of = idx.routes_of(p)
        for rid in m.results:
            routes = of.to(rid)
            assert routes == idx.routes_to(p, rid)
            assert bool(routes) == idx.reaches(p, rid)
            expected = naive_routes(m, p, rid)
            assert [len(x) for x in routes] == [len(x) for x in expected]
            assert [x[-1] for x in routes] == [rid] * len(routes)


TABLES = {"preds", "succ", "interventions_of", "cooperations_of", "rank", "order", "position",
          "player_order", "owned_by", "_roots", "_closures", "_ordered", "_left_out"}
"""The index's own tables: read through its named methods elsewhere."""

READS_TABLES = {
    "analysis/_attribution.py": "the share algorithm walks the edges in topological order",
}


def test_the_index_tables_are_read_only_through_named_methods():
    src = Path(r.__file__).parent
    found = {}
    for path in sorted(src.rglob("*.py")):
        rel = path.relative_to(src).as_posix()
        if rel == "analysis/_index.py" or rel.split("/")[0] not in ("analysis", "present", "cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in TABLES:
                found.setdefault(rel, set()).add(node.attr)
    assert set(found) == set(READS_TABLES), found


def test_the_index_is_kept_with_its_model_and_goes_with_it():
    import copy
    import gc
    import pickle
    import weakref

    m = region()
    idx = index(m)
    assert index(m) is idx
    for other in (copy.deepcopy(m), pickle.loads(pickle.dumps(m)), m.evolve(name="B")):
        assert index(other) is not idx
        assert index(other).model is other
    probe = weakref.ref(m)
    del m, idx
    gc.collect()
    assert probe() is None


def test_threads_building_the_index_of_a_fresh_model_share_one():
    from concurrent.futures import ThreadPoolExecutor

    m = region()
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda _: index(m), range(32)))
    assert all(i is got[0] for i in got)
    assert index(m) is got[0]


def test_only_the_model_module_reads_the_models_private_memo():
    src = Path(r.__file__).parent
    readers = sorted(str(p.relative_to(src)) for p in src.rglob("*.py")
                     if any(isinstance(n, ast.Attribute) and n.attr == "_memo"
                            for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))))
    assert readers == ["model/_model.py"]
