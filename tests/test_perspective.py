"""resultaat.perspective: what every node is to one party, decided in one place."""

import ast
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

import resultaat as r
from resultaat import Control, Standing, Verdict
from strategies import tangled_models

SRC = Path(r.__file__).parent


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
    b.result("visited", "Visited", "micro", owner="a")
    b.result("kept", "Kept", "micro", owner="idle")
    b.contribute("care", "safe")
    b.contribute("child", "safe")
    b.contribute("visit", "well")
    b.contribute("f", "well")
    b.contribute("safe", "top")
    b.contribute("well", "top")
    b.contribute("visit", "visited")
    b.contribute("b", "kept")
    return b.build()


def standings(view):
    return {node: seen.standing.value for node, seen in view.items()}


def test_every_node_seen_from_a_member_of_a_cooperation():
    view = r.perspective(region(), "a")
    assert view.party == "a"
    assert list(view) == ["a", "b", "region", "child", "idle", "f", "care", "visit",
                          "safe", "well", "top", "visited", "kept"]
    assert standings(view) == {
        "a": "own", "b": "other", "region": "partner", "child": "other", "idle": "other",
        "f": "factor", "care": "other", "visit": "own",
        "safe": "theirs", "well": "theirs", "top": "collective", "visited": "own",
        "kept": "out_of_reach"}


def test_a_cooperation_sees_its_members_as_partners_and_a_co_producer_its_intervention():
    assert standings(r.perspective(region(), "region")) == {
        "a": "partner", "b": "partner", "region": "own", "child": "other", "idle": "other",
        "f": "factor", "care": "own", "visit": "other",
        "safe": "theirs", "well": "out_of_reach", "top": "collective", "visited": "out_of_reach",
        "kept": "out_of_reach"}  # what a member does alone is not the cooperation's
    assert r.perspective(region(), "child").standing("visit") is Standing.PARTNER


def test_a_result_owned_without_a_route_is_own_and_unreached():
    seen = r.perspective(region(), "idle")["kept"]
    assert (seen.standing, seen.reached, seen.verdict, tuple(seen.routes)) == (
        Standing.OWN, False, Verdict.OWNS, ())
    assert seen.belongs_to == "idle"


def test_routes_others_factors_and_owner_of_a_result():
    view = r.perspective(region(), "a")
    safe, well, top = view["safe"], view["well"], view["top"]
    assert safe.routes == (("a", "region", "care", "safe"),)
    assert (safe.others, safe.factors, safe.belongs_to) == (("b", "child"), (), "child")
    assert well.routes == (("a", "visit", "well"),)
    assert (well.others, well.factors) == (("child",), ("f",))
    assert (top.belongs_to, top.verdict) == (None, Verdict.CONTRIBUTES)
    assert view.outside("safe") == ["b", "region", "child"]  # the cooperation is outside a
    assert (safe.share, safe.attribution.basis) == (None, False)  # no roles or weights


def test_claimable_are_the_owned_and_reached_results_in_model_order():
    view = r.perspective(region(), "a")
    assert [s.node for s in view.claimable()] == ["safe", "well", "top", "visited"]
    assert view.involved() == ["safe", "well", "top", "visited"]
    assert view.owned() == ["visited"]
    assert r.perspective(region(), "idle").involved() == ["kept"]


def test_claims_read_the_perspective():
    m = r.example("wheelchair")
    for pid in m.parties:
        view = r.perspective(m, pid)
        for claim, seen in zip(r.claims(m, pid), view.claimable(), strict=True):
            assert (claim.result, claim.verdict, claim.via, claim.co_contributors,
                    claim.factors, claim.share) == (seen.node, seen.verdict, seen.routes,
                                                    seen.others, seen.factors, seen.share)


def records_one_by_one_agree(m):
    for pid in m.parties:
        alone = r.perspective(m.evolve(), pid)  # a fresh copy: nothing worked out yet
        for seen in r.perspective(m, pid).claimable():
            assert seen == alone[seen.node]
            assert seen.control == alone.control(seen.node)


@settings(max_examples=100, deadline=None)
@given(tangled_models())
def test_the_claimable_records_of_one_pass_are_the_records_read_one_by_one(m):
    records_one_by_one_agree(m)


def claims_agree_with_judge(m):
    """claims() judges on the facts and works a record out when its reasons are read."""
    from resultaat.analysis._perspective import facts_of

    for pid in m.parties:
        view = r.perspective(m, pid)
        records = view.claimable()
        assert list(view.claim_facts()) == [facts_of(s) for s in records]
        for seen in records:
            assert r.perspective(m, pid).record(seen.node, seen.routes) == seen
        for shares in (True, False):
            for c in r.claims(m.evolve(), pid, shares=shares):  # nothing worked out yet
                alone = r.judge(m.evolve(), pid, c.result, shares=shares)
                assert c == alone
                assert c.as_dict(lang="nl") == alone.as_dict(lang="nl")
                if not shares:
                    assert not any("stated roles and weights" in x
                                   for x in c.as_dict(lang="en")["reasons"])


@settings(max_examples=60, deadline=None)
@given(tangled_models())
def test_claims_judged_on_the_facts_read_as_the_claims_judged_one_by_one(m):
    claims_agree_with_judge(m)


@pytest.mark.parametrize("name", ["wheelchair", "youth-region", "debt-help", "steering"])
def test_claims_of_the_examples_read_as_the_claims_judged_one_by_one(name):
    claims_agree_with_judge(r.example(name))


def test_a_deciding_input_out_of_reach_leaves_the_result_out_of_control():
    b = r.ModelBuilder("reach")
    b.party("a", "A", "other")
    b.party("b", "B", "other")
    b.result("theirs", "Theirs", "micro", owner="b")
    b.result("mine", "Mine", "micro", owner="a")
    b.contribute("b", "theirs")
    b.contribute("a", "mine")
    b.contribute("theirs", "mine")
    m = b.build()
    [seen] = r.perspective(m, "a").claimable()
    assert (seen.node, seen.control) == ("mine", Control.NOT_NECESSARILY_CONTROLLABLE)
    records_one_by_one_agree(m)


def test_shares_where_weights_are_declared():
    view = r.perspective(r.example("wheelchair"), "municipality")
    assert view["mobility"].share == pytest.approx(r.attribution(
        r.example("wheelchair"), "mobility").share_of("municipality", r.example("wheelchair")))
    assert view["mobility"].share is not None


def test_signals_follow_the_measurements_given():
    m = r.example("steering")
    view = r.perspective(m, "municipality")
    marks = {"worse": "worse", "better": "better", "on": "on_track"}
    expected = {rid: marks[mark] for rid, mark in r.latest_signals(r.progress(m)).items()}
    assert {rid: view[rid].signal.value for rid in m.results
            if view[rid].signal is not None} == expected
    assert expected  # the example has measurements against targets
    quiet = r.perspective(m, "municipality", measurements=())
    assert [(rid, quiet[rid].progress, quiet[rid].signal) for rid in m.results] == [
        (rid, (), None) for rid in m.results]


def test_unknown_party_and_node():
    with pytest.raises(KeyError, match="no party 'nobody'"):
        r.perspective(region(), "nobody")
    view = r.perspective(region(), "a")
    with pytest.raises(KeyError, match=r"no node 'saf' in the model \(did you mean 'safe'\?\)"):
        view["saf"]
    assert "saf" not in view
    assert len(view) == 13


# --- the ownership decision is made once ---------------------------------------------

ALLOWED = {"analysis/_perspective.py"}
"""Besides model/, whose validation checks that an owner exists."""

EXCEPTIONS = {
    "analysis/_steering.py": "a Rollup records each result's owner as data for its table",
    "analysis/_rollup_query.py": "the roll-up query records each result's owner the same way",
    "cli/_main.py": "writes a Claim's and a Rollup's owner out as data (JSON, text)",
    "analysis/_claims.py": "Claim.as_dict names the claim's owner beside its id",
    "present/_export.py": "the results table and the Kumu map name each result's owner as data",
}
"""Modules that read an ``owner`` attribute without deciding what a node is to a party."""


def test_only_the_perspective_reads_a_results_owner():
    found: dict[str, list[int]] = {}
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith("model/") or rel in ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "owner":
                found.setdefault(rel, []).append(node.lineno)
    assert {rel: lines for rel, lines in found.items() if rel not in EXCEPTIONS} == {}
    assert set(found) == set(EXCEPTIONS), "an exception is no longer needed: remove it"


# --- commissioning and control ---------------------------------------------------------


def test_a_commissioner_sees_the_intervention_as_commissioned_and_the_output_as_contracted():
    from resultaat.analysis._perspective import Control

    m = r.example("neighbourhood-team")
    view = r.perspective(m, "municipality")
    assert view["plan"].standing.value == "commissioned"
    assert view["planned"].control is Control.CONTRACTED
    assert view["planned"].below_ceiling
    assert view["manages"].control is Control.NOT_NECESSARILY_CONTROLLABLE
    assert r.perspective(m, "team")["planned"].control is Control.CONTROLLABLE


def test_a_municipality_that_only_commissions_a_team_is_not_idle_and_contributes():
    m = r.example("neighbourhood-team")
    assert not [f for f in r.check(m) if f.code == "idle-party"]
    got = {c.result: c.verdict.value for c in r.claims(m, "municipality")}
    assert got == {"planned": "contributes", "solution": "contributes",
                   "manages": "contributes", "within_budget": "contributes"}


def test_a_commissioner_that_owns_the_contracted_output_may_claim_it_undoubted():
    m = r.example("neighbourhood-team")
    m = m.evolve(results=[attrs.evolve(x, owner="municipality") if x.id == "planned" else x
                          for x in m.results.values()])
    assert r.judge(m, "municipality", "planned").verdict.value == "owns"
    assert "planned" in r.ceiling(m, "municipality").below
    assert not [f for f in r.check(m) if f.code == "ownership-doubt"]


def test_declaring_ownership_does_not_move_the_ceiling(wheelchair):
    m = wheelchair.evolve(results=[
        attrs.evolve(x, owner="municipality") if x.id == "participates" else x
        for x in wheelchair.results.values()])
    assert r.ceiling(m, "municipality").below == r.ceiling(wheelchair, "municipality").below
    assert "participates" in r.ceiling(m, "municipality").above


def test_a_side_effect_is_never_below_a_ceiling(wheelchair):
    view = r.perspective(wheelchair, "municipality")
    assert not view["waiting"].below_ceiling
    assert "waiting" in r.ceiling(wheelchair, "municipality").above


def _own_and_contracted(*, own_decides: bool):
    b = r.ModelBuilder("control")
    b.party("town", "Town", "municipality")
    b.party("firm", "Firm", "provider")
    b.party("res", "Resident", "citizen")
    b.intervention("decide", "Decide", by="town", for_="res")
    b.intervention("deliver", "Deliver", by="firm", commissioned_by="town", for_="res")
    b.result("done", "Done", "micro", owner="town",
             indicators=[r.Indicator("weeks", target=4, direction="lower")])
    b.contribute("decide", "done", role="necessary" if own_decides else "supporting")
    b.contribute("deliver", "done", role="necessary")
    return b.build()


def test_own_work_that_decides_a_result_is_direct_control_even_with_a_contract():
    from resultaat.analysis._perspective import Control

    view = r.perspective(_own_and_contracted(own_decides=True), "town")
    assert view["done"].control is Control.CONTROLLABLE
    assert view.indicator_control("done") is Control.CONTROLLABLE
    assert [(i.indicator, i.control, i.outside) for i in r.ceiling(
        _own_and_contracted(own_decides=True), "town").indicators] == [
        ("weeks", Control.CONTROLLABLE, ("firm",))]


def test_a_result_only_contracted_inputs_decide_is_controlled_by_contract():
    from resultaat.analysis._perspective import Control

    view = r.perspective(_own_and_contracted(own_decides=False), "town")
    assert view["done"].control is Control.CONTRACTED
    assert view.indicator_control("done") is Control.CONTRACTED


def test_an_indicator_others_feed_is_not_necessarily_controllable_below_the_ceiling():
    from resultaat.analysis._perspective import Control

    m = _own_and_contracted(own_decides=True)
    m = m.evolve(contributions=[*m.contributions, r.Contribution("res", "done")])
    view = r.perspective(m, "town")
    assert view["done"].control is Control.CONTROLLABLE
    assert view.indicator_control("done") is Control.NOT_NECESSARILY_CONTROLLABLE
