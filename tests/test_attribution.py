import itertools
import math

import attrs
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


def test_one_term_per_player_beyond_the_exact_limit_is_exact():
    n = EXACT_LIMIT + 3
    m = star(["necessary"] * 3 + ["supporting"] * (n - 3))
    att = r.attribution(m, "r")
    assert att.exact
    assert att.samples is None
    # v(S) = |S| / n when all three necessary are in S, else 0.
    # A supporting player adds 1/n whenever the three necessary came before it: 1/4 of orders.
    assert att.shares["p5"] == pytest.approx(1 / n / 4, abs=1e-12)
    assert att.shares["p0"] == pytest.approx((1 - (n - 3) / n / 4) / 3, abs=1e-12)


def test_sampling_past_the_budget_is_close_and_bounded():
    """Many supporting inputs into a necessary one: "any of them" has 2^17 terms: sampled."""
    b = r.ModelBuilder("wide")
    for i in range(18):
        b.party(f"p{i}", f"P{i}", "other")
    b.result("mid", "Mid", "micro", owner="p0")
    b.result("r", "R", "micro", owner="p0")
    for i in range(17):
        b.contribute(f"p{i}", "mid")
    b.contribute("mid", "r", role="necessary")
    b.contribute("p17", "r")
    m = b.build()
    att = r.attribution(m, "r")
    assert not att.exact
    assert att.samples == 2000
    assert att.error_bound == pytest.approx(math.sqrt(math.log(40) / 4000))
    # v(S) = [some of p0..p16 in S] * (|S ∩ p0..p16| / 17 + [p17 in S]) / 2.
    # p17 adds 1/2 whenever one of the other 17 came before it: 17/18 of orders.
    assert att.shares["p17"] == pytest.approx(17 / 18 / 2, abs=att.error_bound)
    assert sum(att.shares.values()) == pytest.approx(1)
    assert r.attribution(m, "r") == att  # a fixed seed: the same every time


def test_linear_games_are_exact_at_any_size():
    m = star(["supporting"] * 40, list(range(1, 41)))
    att = r.attribution(m, "r")
    assert att.exact
    assert att.shares["p39"] == pytest.approx(40 / sum(range(1, 41)))


def brute_force(m, rid):
    """Shapley values from the definition: every coalition evaluated on the graph."""

    def value(coalition):
        memo = {}

        def val(n):
            if n not in memo:
                memo[n] = compute(n)
            return memo[n]

        def compute(n):
            if n in m.parties or n in m.factors:
                return 1.0 if n in coalition else 0.0
            if n in m.interventions:
                it = m.interventions[n]
                boss = () if it.commissioned_by is None else (it.commissioned_by,)
                ps = (it.by, *it.partners, *boss)
                return sum(val(p) for p in ps) / len(ps)
            ins = [c for c in m.contributions if c.target == n]
            if any(c.role is r.Role.NECESSARY and val(c.source) == 0 for c in ins):
                return 0.0
            total = sum(c.weight or 1 for c in ins)
            return sum((c.weight or 1) * val(c.source) for c in ins) / total if ins else 0.0

        return val(rid)

    players = list(r.attribution(m, rid).shares)
    n = len(players)
    shares = {}
    for p in players:
        others = [q for q in players if q != p]
        total = 0.0
        for k in range(n):
            w = math.factorial(k) * math.factorial(n - k - 1) / math.factorial(n)
            for s in itertools.combinations(others, k):
                total += w * (value({*s, p}) - value(set(s)))
        shares[p] = total
    return shares


@st.composite
def small_models(draw, *, necessary=True):
    """Up to five parties and a factor, interventions with partners and perhaps a commissioner,
    results on results."""
    b = r.ModelBuilder("g")
    n_parties = draw(st.integers(1, 5))
    parties = [f"p{i}" for i in range(n_parties)]
    for p in parties:
        b.party(p, p.upper(), "other")
    b.factor("f", "F")
    nodes = [*parties, "f"]
    for k in range(draw(st.integers(0, 3))):
        by = draw(st.sampled_from(parties))
        partners = draw(st.lists(st.sampled_from([p for p in parties if p != by]), max_size=2,
                                 unique=True)) if n_parties > 1 else []
        rest = [p for p in parties if p != by and p not in partners]
        boss = draw(st.sampled_from([None, *rest]))
        b.intervention(f"i{k}", f"I{k}", by=by, with_=partners, commissioned_by=boss)
        nodes.append(f"i{k}")
    roles = ["necessary", "supporting"] if necessary else ["supporting"]
    for j in range(draw(st.integers(1, 5))):
        b.result(f"r{j}", f"R{j}", "micro", owner="p0")
        for src in draw(st.lists(st.sampled_from(nodes), min_size=1, max_size=3, unique=True)):
            b.contribute(src, f"r{j}", role=draw(st.sampled_from(roles)),
                         weight=draw(st.sampled_from([None, 1, 2, 0.5])))
        nodes.append(f"r{j}")
    return b.build()


@settings(max_examples=60, deadline=None)
@given(small_models(necessary=False))
def test_linear_shares_in_one_pass_equal_brute_force(m):
    for rid in m.results:
        att = r.attribution(m, rid)
        assert att.exact
        assert dict(att.shares) == pytest.approx(brute_force(m, rid), abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(small_models())
def test_dividend_shares_equal_brute_force(m):
    from resultaat.analysis._attribution import _dividend_shares
    from resultaat.analysis._index import index

    for rid in m.results:
        expected = brute_force(m, rid)
        assert dict(r.attribution(m, rid).shares) == pytest.approx(expected, abs=1e-9)
        found = _dividend_shares(index(m), rid)
        assert found is not None
        assert {p: found.get(p, 0.0) for p in expected} == pytest.approx(expected, abs=1e-9)
        assert sum(found.values()) == pytest.approx(1 if expected else 0, abs=1e-9)


def test_many_parties_with_one_necessary_input_are_exact():
    m = star(["necessary"] + ["supporting"] * 999)
    att = r.attribution(m, "r")
    assert att.exact
    # v(S) = [p0 in S] * |S| / 1000: p0 gets 1/1000 plus half of every other's 1/1000.
    assert att.shares["p0"] == pytest.approx(0.001 + 999 * 0.0005, abs=1e-12)
    assert att.shares["p7"] == pytest.approx(0.0005, abs=1e-12)


@settings(max_examples=25, deadline=None)
@given(small_models())
def test_incremental_sampling_estimates_the_exact_shares(m):
    import random

    from resultaat.analysis._attribution import _Game
    from resultaat.analysis._index import index

    for rid in m.results:
        game = _Game(index(m), rid)
        if not game.players:
            continue
        sampled = game.sampled_shares(2000, random.Random(7))
        bound = math.sqrt(math.log(2 / 0.05) / (2 * 2000))
        assert sampled == pytest.approx(game.exact_shares(), abs=bound)
        assert sum(sampled) == pytest.approx(sum(game.exact_shares()), abs=1e-9)


def test_a_wide_supporting_input_does_not_force_sampling():
    """"Some input of mid is on" would have 2^30 terms, but nothing needs it: exact."""
    b = r.ModelBuilder("wide")
    for i in range(30):
        b.party(f"a{i}", f"A{i}", "other")
    b.party("q", "Q", "other")
    b.result("mid", "Mid", "micro", owner="q")
    b.result("r", "R", "micro", owner="q")
    for i in range(30):
        b.contribute(f"a{i}", "mid")
    b.contribute("mid", "r")
    b.contribute("q", "r", role="necessary")
    att = r.attribution(b.build(), "r")
    assert att.exact
    # v(S) = [q in S] * (|S ∩ A| / 30 + 1) / 2: q gets 1/2 and half of each 1/60.
    assert att.shares["q"] == pytest.approx(0.75, abs=1e-12)
    assert att.shares["a3"] == pytest.approx(1 / 120, abs=1e-12)


def test_twenty_thousand_parties_with_one_necessary_input_are_exact():
    m = star(["necessary"] + ["supporting"] * 19_999)
    att = r.attribution(m, "r")
    assert att.exact
    assert att.shares["p0"] == pytest.approx(1 / 20_000 + 19_999 / 40_000, abs=1e-12)


@st.composite
def commissioned(draw):
    """A provider, a commissioner and a citizen: one commissioned intervention feeds a result."""
    b = r.ModelBuilder("c")
    b.party("town", "Town", "municipality")
    b.party("team", "Team", "provider")
    b.party("ann", "Ann", "citizen")
    b.intervention("work", "Work", by="team", commissioned_by="town")
    roles = st.sampled_from(["necessary", "supporting"])
    weights = st.sampled_from([None, 1, 2, 0.5])
    b.result("r", "R", "micro", owner="ann")
    b.contribute("work", "r", role=draw(roles), weight=draw(weights))
    if draw(st.booleans()):
        b.contribute("ann", "r", role=draw(roles), weight=draw(weights))
    return b.build()


@settings(max_examples=40, deadline=None)
@given(commissioned())
def test_the_commissioner_and_the_provider_both_get_an_equal_positive_share(m):
    shares = r.attribution(m, "r").shares
    assert shares["town"] > 0
    assert shares["town"] == pytest.approx(shares["team"], abs=1e-12)
    assert sum(shares.values()) == pytest.approx(1, abs=1e-9)
    assert dict(shares) == pytest.approx(brute_force(m, "r"), abs=1e-9)


def test_the_commissioner_shares_like_the_worked_example():
    b = r.ModelBuilder("c")
    b.party("town", "Town", "municipality")
    b.party("team", "Team", "provider")
    b.party("ann", "Ann", "citizen")
    b.intervention("work", "Work", by="team", commissioned_by="town")
    b.result("r", "R", "micro", owner="ann")
    b.contribute("work", "r", role="necessary")
    b.contribute("ann", "r", role="necessary")
    shares = dict(r.attribution(b.build(), "r").shares)
    # v(S) = [work on and ann in] · (work + ann) / 2, work = (team + town) / 2
    assert shares == pytest.approx({"town": 5 / 24, "team": 5 / 24, "ann": 14 / 24}, abs=1e-12)
# --- share ranges (issue 11) --------------------------------------------------------

_WEIGHT = st.one_of(st.integers(1, 5), st.tuples(st.integers(1, 3), st.integers(3, 6)))


def _ranged_model(weights, necessary, chain_weight):
    """Parties p0.. into r1; r1 and a factor into r2 (a second level, so weights compose)."""
    parties = [r.Party(f"p{i}", f"P{i}", "citizen") for i in range(len(weights))]
    contributions = [r.Contribution(f"p{i}", "r1", weight=list(w) if isinstance(w, tuple) else w,
                                    role="necessary" if i in necessary else "supporting")
                     for i, w in enumerate(weights)]
    contributions += [r.Contribution("r1", "r2", weight=list(chain_weight)),
                      r.Contribution("f", "r2", weight=2)]
    return r.Model(parties=parties, factors=[r.Factor("f", "F")],
                   results=[r.Result("r1", "R1", "micro", owner="p0"),
                            r.Result("r2", "R2", "micro", owner="p0")],
                   contributions=contributions)


def _at(m, fractions):
    """The model with every ranged weight moved to low + fraction × (high − low)."""
    out, k = [], 0
    for c in m.contributions:
        if isinstance(c.weight, tuple):
            low, high = c.weight
            c = attrs.evolve(c, weight=low + fractions[k % len(fractions)] * (high - low))
            k += 1
        out.append(c)
    return m.evolve(contributions=out)


@settings(max_examples=25, deadline=None)
@given(weights=st.lists(_WEIGHT, min_size=2, max_size=4),
       necessary=st.sets(st.integers(0, 3), max_size=1),
       chain=st.tuples(st.integers(1, 2), st.integers(2, 4)),
       inside=st.lists(st.floats(0, 1), min_size=1, max_size=4))
def test_a_share_range_contains_the_point_and_every_weight_inside_the_box(
        weights, necessary, chain, inside):
    m = _ranged_model(weights, necessary, chain)
    att = r.attribution(m, "r2")
    assert sum(att.shares.values()) == pytest.approx(1)
    moved = r.attribution(_at(m, inside), "r2").shares
    for p, (low, high) in att.ranges.items():
        assert low - 1e-9 <= att.shares[p] <= high + 1e-9
        assert low - 1e-9 <= moved[p] <= high + 1e-9


@settings(max_examples=25, deadline=None)
@given(weights=st.lists(st.integers(1, 5), min_size=2, max_size=4),
       necessary=st.sets(st.integers(0, 3), max_size=1))
def test_exact_weights_give_ranges_that_are_the_point(weights, necessary):
    m = _ranged_model(weights, necessary, (2, 2))
    att = r.attribution(m, "r2")
    assert att.ranges == {p: (s, s) for p, s in att.shares.items()}
    assert att.corners == ()


def test_a_ranged_weight_gives_its_contributor_a_range_and_the_claim_says_so():
    m = r.Model(parties=[r.Party("a", "A", "municipality"), r.Party("b", "B", "network")],
                results=[r.Result("x", "X", "micro", owner="b")],
                contributions=[r.Contribution("a", "x", weight=[1, 3]),
                               r.Contribution("b", "x", weight=2)])
    att = r.attribution(m, "x")
    assert att.shares == {"a": 0.5, "b": 0.5}
    assert att.ranges == {"a": (pytest.approx(1 / 3), 0.6), "b": (0.4, pytest.approx(2 / 3))}
    c = r.judge(m, "a", "x")
    assert c.share == 0.5
    assert c.share_range == (pytest.approx(1 / 3), 0.6)
    assert c.reasons[-1] == ("On the stated roles and weights (a judgement, not a "
                             "measurement), the share of A in the credit is 33–60%.")
    assert r.judge(m, "a", "x", lang="nl").reasons[-1].endswith("aandeel van A 33–60%.")
    none = r.judge(m, "a", "x", shares=False)
    assert (none.share, none.share_range) == (None, None)
    assert not any("share" in x for x in none.reasons)


def test_beyond_the_corner_limit_ranges_are_an_inner_estimate():
    from resultaat.analysis._attribution import RANGE_LIMIT

    n = RANGE_LIMIT + 1
    m = r.Model(parties=[r.Party(f"p{i}", f"P{i}", "citizen") for i in range(n)],
                results=[r.Result("x", "X", "micro", owner="p0")],
                contributions=[r.Contribution(f"p{i}", "x", weight=[1, 2]) for i in range(n)])
    att = r.attribution(m, "x")
    assert not att.ranges_exact
    assert len(att.corners) == 2 + 2 * n
    low, high = att.ranges["p0"]
    assert low < att.shares["p0"] < high
