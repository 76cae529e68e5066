import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import resultaat as r
from resultaat.analysis._attribution import EXACT_LIMIT


def star(roles, weights=None):
    """One result fed directly by one party per role."""
    b = r.ModelBuilder("star")
    for i, _ in enumerate(roles):
        b.party(f"p{i}", f"P{i}", "other")
    b.result("r", "R", "micro", owner="p0")
    for i, role in enumerate(roles):
        b.contribute(f"p{i}", "r", role=role, weight=None if weights is None else weights[i])
    return b.build()


def test_worked_example_in_docs():
    m = star(["necessary", "supporting"])
    assert dict(r.attribution(m, "r").shares) == {"p0": 0.75, "p1": 0.25}


def test_brute_force_agrees_with_definition():
    m = star(["necessary", "supporting", "supporting", "necessary"], [1, 2, 1, 3])
    att = r.attribution(m, "r")
    players = list(att.shares)

    def v(s):
        if not {"p0", "p3"} <= set(s):
            return 0.0
        w = {"p0": 1, "p1": 2, "p2": 1, "p3": 3}
        return sum(w[p] for p in s) / 7

    n = len(players)
    for p in players:
        total = 0.0
        for perm in itertools.permutations(players):
            before = perm[: perm.index(p)]
            total += v((*before, p)) - v(before)
        assert att.shares[p] == pytest.approx(total / math.factorial(n))


def test_party_without_path_gets_nothing(wheelchair):
    att = r.attribution(wheelchair, "mobility")
    assert "neighbours" not in att.shares
    assert att.share_of("neighbours", wheelchair) == 0


@st.composite
def layered(draw):
    b = r.ModelBuilder("g")
    n_parties = draw(st.integers(1, 6))
    for i in range(n_parties):
        b.party(f"p{i}", f"P{i}", "other")
    b.factor("f", "F")
    roots = [f"p{i}" for i in range(n_parties)] + ["f"]
    nodes = list(roots)
    for j in range(draw(st.integers(1, 5))):
        b.result(f"r{j}", f"R{j}", "micro", owner="p0")
        for src in draw(st.lists(st.sampled_from(nodes), min_size=1, max_size=3, unique=True)):
            b.contribute(src, f"r{j}", role=draw(st.sampled_from(["necessary", "supporting"])),
                         weight=draw(st.sampled_from([None, 1, 2, 0.5])))
        nodes.append(f"r{j}")
    return b.build(), f"r{j}"


@settings(max_examples=80, deadline=None)
@given(layered())
def test_shares_sum_to_one_and_are_non_negative(case):
    m, rid = case
    shares = r.attribution(m, rid).shares
    assert sum(shares.values()) == pytest.approx(1)
    assert all(s >= -1e-12 for s in shares.values())


def test_symmetric_positions_get_equal_shares():
    m = star(["necessary", "supporting", "supporting"], [1, 2, 2])
    s = r.attribution(m, "r").shares
    assert s["p1"] == pytest.approx(s["p2"])


@pytest.mark.parametrize("weight", [0.5, 1, 3])
def test_necessary_never_below_supporting_of_same_weight(weight):
    m = star(["necessary", "supporting", "supporting"], [weight, weight, 1])
    s = r.attribution(m, "r").shares
    assert s["p0"] >= s["p1"]


def test_sampling_beyond_the_exact_limit_is_close_and_bounded():
    n = EXACT_LIMIT + 3
    roles = ["necessary"] * 3 + ["supporting"] * (n - 3)
    m = star(roles)
    att = r.attribution(m, "r")
    assert not att.exact
    assert att.samples == 2000
    assert att.error_bound == pytest.approx(math.sqrt(math.log(40) / 4000))
    # Exact: v(S) = |S| / n when all three necessary are in S, else 0.
    # A supporting player adds 1/n whenever the three necessary came before it: 1/4 of orders.
    assert att.shares["p5"] == pytest.approx(1 / n / 4, abs=att.error_bound)
    assert sum(att.shares.values()) == pytest.approx(1)
    assert r.attribution(m, "r") == att  # a fixed seed: the same every time


def test_linear_games_are_exact_at_any_size():
    m = star(["supporting"] * 40, list(range(1, 41)))
    att = r.attribution(m, "r")
    assert att.exact
    assert att.shares["p39"] == pytest.approx(40 / sum(range(1, 41)))
