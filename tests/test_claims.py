import math

import pytest

import resultaat as r
from resultaat import Verdict


def test_municipality_claims_on_the_wheelchair_case(wheelchair):
    got = {c.result: c.verdict for c in r.claims(wheelchair, "municipality")}
    assert got == {
        "mobility": Verdict.OWNS,
        "delivered": Verdict.OWNS,
        "moves": Verdict.CONTRIBUTES,
        "participates": Verdict.CONTRIBUTES,
        "lively": Verdict.CONTRIBUTES,
        "relieved": Verdict.CONTRIBUTES,
        "waiting": Verdict.CONTRIBUTES,
    }


def test_reasons_name_owner_others_and_factors(wheelchair):
    c = r.judge(wheelchair, "municipality", "participates")
    assert c.reasons[:2] == (
        "Municipality of Nijkerk may claim a contribution to “Mrs Jansen takes part in "
        "neighbourhood life”, not the result itself: it belongs to Mrs Jansen.",
        "The contribution runs through “Provide a wheelchair” (1 step on to “Mrs Jansen moves "
        "around independently”) and through “Deliver the wheelchair within the contracted time” "
        "(2 steps on to “Mrs Jansen moves around independently”).",
    )
    assert c.co_contributors == ("resident", "family", "neighbours", "supplier", "association")
    assert c.factors == ("pavements",)
    assert c.reasons[2:] == (
        "Municipality of Nijkerk contributes as commissioner of “Deliver the wheelchair within "
        "the contracted time”, carried out by Aids supplier: what was contracted, the "
        "commissioner controls by contract.",
        "Mrs Jansen, Her daughter and son-in-law, Her neighbours, Aids supplier and "
        "Neighbourhood association contributed too; acknowledge them.",
        "This result also depends on Accessible pavements, outside anyone's control.",
        "On the stated roles and weights (a judgement, not a measurement), the share of "
        "Municipality of Nijkerk in the credit is about 42%.")
    assert c.via == (("municipality", "wheelchair", "mobility", "moves", "participates"),
                     ("municipality", "delivery", "delivered", "mobility", "moves",
                      "participates"))


def test_owner_claims_and_dutch_reasons(wheelchair):
    m = wheelchair.evolve(language="nl")
    c = r.judge(m, "municipality", "mobility")
    assert c.verdict is Verdict.OWNS
    assert c.reasons[0] == ("“Mrs Jansen's mobility is facilitated” is een eigen resultaat van "
                            "Municipality of Nijkerk en mag als zodanig geclaimd worden.")
    assert r.judge(m, "municipality", "participates", lang="en").reasons[0].startswith(
        "Municipality of Nijkerk may claim a contribution")


def test_no_path_gives_none(wheelchair):
    c = r.judge(wheelchair, "neighbours", "mobility")
    assert c.verdict is Verdict.NONE
    assert c.via == ()
    assert c.share is None
    assert c.reasons == ("No claim on “Mrs Jansen's mobility is facilitated” for Her "
                         "neighbours: nothing it does leads to this result.",)


def test_unknown_ids_raise_key_error(wheelchair):
    with pytest.raises(KeyError, match="did you mean 'municipality'"):
        r.claims(wheelchair, "municipalty")


def test_objects_or_ids(wheelchair):
    assert r.judge(wheelchair, wheelchair.parties["resident"], wheelchair.results["moves"]) \
        == r.judge(wheelchair, "resident", "moves")


def test_cooperation_members_reach_through_the_cooperation():
    b = r.ModelBuilder("region")
    b.party("a", "Town A", "municipality")
    b.party("b", "Town B", "municipality")
    b.party("region", "Youth region", "cooperation", members=["a", "b"])
    b.party("child", "A child", "citizen")
    b.intervention("care", "Specialised youth care", by="region", for_="child")
    b.result("safe", "The child grows up safely", "micro", owner="child")
    b.contribute("care", "safe", weight=1)
    b.contribute("child", "safe", role="necessary")
    m = b.build()
    c = r.judge(m, "a", "safe")
    assert c.verdict is Verdict.CONTRIBUTES
    assert c.via == (("a", "region", "care", "safe"),)
    assert c.reasons == (
        "Town A may claim a contribution to “The child grows up safely”, not the result "
        "itself: it belongs to A child.",
        "The contribution runs through Youth region (then “Specialised youth care”).",
        "It also runs through Youth region, together with Town B.",
        "Town B and A child contributed too; acknowledge them.",
        "On the stated roles and weights (a judgement, not a measurement), the share of Town A "
        "in the credit is about 12%.")
    att = r.attribution(m, "safe")
    assert c.share == pytest.approx(att.shares["region"] / 2)
    assert c.co_contributors == ("b", "child")  # Town B takes part through the region too


def test_ceiling_and_controllability():
    b = r.ModelBuilder("team")
    b.party("team", "Neighbourhood team", "municipality")
    b.party("res", "Resident", "citizen")
    b.intervention("plan", "Support plan", by="team", for_="res")
    b.result("plan_made", "A support plan within 4 weeks", "micro", owner="team",
             indicators=[r.Indicator("weeks", target=4, direction="lower")])
    b.result("self", "The resident manages again", "micro", owner="res",
             indicators=[r.Indicator("score")])
    b.contribute("plan", "plan_made")
    b.contribute("plan_made", "self")
    b.contribute("res", "self")
    c = r.ceiling(b.build(), "team")
    assert c.below == ("plan_made",)
    assert c.above == ("self",)
    assert [(i.indicator, i.control) for i in c.indicators] == [
        ("weeks", r.Control.CONTROLLABLE),
        ("score", r.Control.NOT_NECESSARILY_CONTROLLABLE),
    ]
    assert c.indicators[1].outside == ("res",)


def test_claimable_value_multiplies_deductions():
    res = r.Result("r", "R", "micro", owner="p", value=1000, deadweight=0.2, displacement=0.1,
                   drop_off=0.5, duration=3)
    # 1000 × 0.8 × 0.9 × 0.5 = 360 in year one, then 180 and 90.
    assert r.claimable_value(res, 0.5) == pytest.approx(630)
    assert r.claimable_value(r.Result("s", "S", "micro", owner="p"), 0.5) is None


def test_routes_one_per_entry_point():
    b = r.ModelBuilder("x")
    b.party("m", "M", "municipality")
    b.party("c", "C", "citizen")
    b.intervention("i1", "I1", by="m")
    b.intervention("i2", "I2", by="m")
    b.result("a", "A", "micro", owner="c")
    b.result("z", "Z", "micro", owner="c")
    b.contribute("i1", "a")
    b.contribute("i2", "a")
    b.contribute("a", "z")
    b.contribute("m", "z")
    assert r.judge(b.build(), "m", "z").via == (("m", "z"), ("m", "i1", "a", "z"),
                                                 ("m", "i2", "a", "z"))


def test_claims_and_judge_give_the_same_routes():
    m = r.example("youth-region")
    for p in m.parties:
        for c in r.claims(m, p):
            assert r.judge(m, p, c.result) == c
            assert tuple(c.via) == tuple(r.judge(m, p, c.result).via)


def test_routes_read_as_a_tuple():
    b = r.ModelBuilder("x")
    b.party("m", "M", "municipality")
    b.intervention("i1", "I1", by="m")
    b.result("a", "A", "micro", owner="m")
    b.result("z", "Z", "micro", owner="m")
    b.contribute("i1", "a")
    b.contribute("a", "z")
    b.contribute("m", "z")
    via = r.claims(b.build(), "m")[1].via
    assert len(via) == 2
    assert via[1] == ("m", "i1", "a", "z")
    assert via[-1:] == (("m", "i1", "a", "z"),)
    assert list(via) == [("m", "z"), ("m", "i1", "a", "z")]
    assert repr(via) == "(('m', 'z'), ('m', 'i1', 'a', 'z'))"
    assert hash(via) == hash(tuple(via))


def test_a_duration_beyond_a_century_is_refused_so_the_value_sum_stays_short():
    with pytest.raises(r.ModelError, match="whole number of years from 1 to 100"):
        r.Result("r", "R", "micro", owner="p", value=10, duration=500_000_000)


@pytest.mark.parametrize("duration", [1, 2, 7, 100])
def test_claimable_value_sums_the_years(duration):
    res = r.Result("r", "R", "micro", owner="p", value=1000, drop_off=0.25, duration=duration)
    years = [1000 * 0.5 * 0.75**k for k in range(duration)]
    assert r.claimable_value(res, 0.5) == pytest.approx(math.fsum(years), rel=1e-12)


def test_claims_pickle_and_copy_as_plain_tuples(wheelchair):
    import copy
    import pickle

    c = r.judge(wheelchair, "municipality", "participates")
    for again in (pickle.loads(pickle.dumps(c)), copy.deepcopy(c)):
        assert again == c
        assert type(again.via) is tuple
        assert type(again.reasons) is tuple
        assert again.reasons == c.reasons


def test_threads_on_one_fresh_model_give_the_same_claims():
    from concurrent.futures import ThreadPoolExecutor

    expected = {p: r.claims(r.example("youth-region"), p)
                for p in r.example("youth-region").parties}
    m = r.example("youth-region")
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda p: (p, r.claims(m, p)), [*m.parties] * 4))
    for p, cs in got:
        assert cs == expected[p]
        assert [c.reasons for c in cs] == [c.reasons for c in expected[p]]


def test_the_commissioner_route_has_its_own_reason_in_both_languages():
    m = r.example("neighbourhood-team")
    en = r.judge(m, "municipality", "planned").reasons
    assert en[2] == ("Municipality of Venlo contributes as commissioner of “Draw up a support "
                     "plan with the family”, carried out by Neighbourhood team Oost: what was "
                     "contracted, the commissioner controls by contract.")
    nl = r.judge(m, "municipality", "planned", lang="nl").reasons
    assert nl[2] == ("“Draw up a support plan with the family” wordt in opdracht van "
                     "Municipality of Venlo uitgevoerd door Neighbourhood team Oost: wat "
                     "gecontracteerd is, heeft de opdrachtgever via het contract in de hand.")


def test_a_cooperations_collective_result_speaks_of_the_region():
    m = r.example("youth-region")
    assert r.judge(m, "region", "timely").reasons[0].endswith("belongs to the region.")
    assert r.judge(m, "nijkerk", "timely").reasons[0].endswith("belongs to the region.")
    assert r.judge(r.example("wheelchair"), "municipality", "lively").reasons[0].endswith(
        "belongs to the neighbourhood or the institution.")


def test_a_harmful_side_effect_is_answered_for_not_claimed(wheelchair):
    reasons = r.judge(wheelchair, "municipality", "waiting").reasons
    assert reasons[0] == ("“Other residents wait longer for their aids” is a harmful side "
                          "effect, not a goal: not for Municipality of Nijkerk to claim, though "
                          "its own part in it is one to answer for.")
    assert not any("may claim" in x for x in reasons[1:])


def test_claims_leave_the_garbage_collector_as_they_found_it(wheelchair):
    import gc

    assert gc.isenabled()
    r.claims(wheelchair, "municipality")
    assert gc.isenabled()
    gc.disable()
    try:
        r.claims(wheelchair, "municipality")
        assert not gc.isenabled()
    finally:
        gc.enable()
