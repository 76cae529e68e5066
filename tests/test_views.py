"""The budget's three questions and the household view (analysis/_views.py)."""

import pytest

import resultaat as r
from resultaat import Verdict


def town():
    b = r.ModelBuilder("town")
    b.party("m", "Town", "municipality")
    b.party("p", "Provider", "provider")
    b.party("c", "Citizen", "citizen")
    b.party("d", "Other citizen", "citizen")
    b.intervention("plan", "Plan", by="m", for_="c", policy="Wmo", cost=1000, reach=1)
    b.intervention("help", "Help", by="p", with_=["m"], for_="c", policy="Wmo", cost=250.5,
                   reach=1)
    b.intervention("visit", "Visit", by="p", for_="c")
    b.intervention("else", "Elsewhere", by="p", for_="d", cost=99)
    b.result("planned", "Planned", "micro", owner="m")
    b.result("helped", "Helped", "micro", owner="c")
    b.result("street", "Street", "meso", owner="collective")
    b.result("far", "Far", "micro", owner="d")
    b.contribute("plan", "planned")
    b.contribute("help", "helped")
    b.contribute("helped", "street")
    b.contribute("else", "far")
    return b.build()


def test_budget_answers_the_three_questions_for_one_party():
    b = r.budget(town(), "m")
    assert [(res.id, v) for res, v in b.achieve] == [
        ("planned", Verdict.OWNS), ("helped", Verdict.CONTRIBUTES),
        ("street", Verdict.CONTRIBUTES)]
    assert [i.id for i in b.do] == ["plan", "help"]  # its own and the one it co-produces
    assert (b.party, b.cost, b.uncosted) == ("m", 1250.5, ())


def test_budget_lists_uncosted_interventions_and_defaults_to_the_municipality():
    b = r.budget(town())
    assert b.party == "m"
    provider = r.budget(town(), "p")
    assert [i.id for i in provider.do] == ["help", "visit", "else"]
    assert (provider.cost, provider.uncosted) == (349.5, ("visit",))


def test_budget_of_the_debt_help_example():
    b = r.budget(r.example("debt-help"))
    assert [(res.id, v.value) for res, v in b.achieve] == [
        ("stable", "contributes"), ("plan_in_place", "contributes"), ("calm", "contributes"),
        ("children_play", "contributes"), ("fewer_debts", "contributes"),
        ("fewer_evictions", "contributes"), ("help_checked", "owns")]
    assert [(res.id, v.value) for res, v in b.side_effects] == [
        ("seven_contacts", "contributes")]
    assert [i.id for i in b.do] == ["counselling", "youth_support", "sports_fund",
                                    "household_help", "energy_allowance", "reassessment"]
    assert (b.cost, b.uncosted) == (14950.0, ())


def test_household_gathers_what_lands_on_one_party():
    h = r.household(town(), "c")
    assert [i.id for i in h.interventions] == ["plan", "help", "visit"]
    assert h.by_policy == {"Wmo": ("plan", "help"), None: ("visit",)}
    assert (h.providers, h.cost) == (("m", "p"), 1250.5)
    assert r.household(town(), "m") == r.Household("m", (), {}, (), 0.0)


def test_household_of_the_debt_help_family():
    h = r.household(r.example("debt-help"), "family")
    assert [i.id for i in h.interventions] == ["counselling", "youth_support", "sports_fund",
                                               "homework", "household_help",
                                               "energy_allowance", "reassessment"]
    assert list(h.by_policy) == ["Debt help", "Youth", "Sport", "Education", "Wmo", "Poverty"]
    assert h.providers == ("creditbank", "youthcare", "municipality", "club", "school")
    assert (h.cost, h.programme, h.programme_cost) == (15750.0, (), 0.0)


def test_household_charges_cost_over_reach_and_keeps_programme_costs_apart():
    b = r.ModelBuilder("costs")
    b.party("m", "Town", "municipality")
    b.party("c", "Citizen", "citizen")
    b.intervention("team", "Youth team", by="m", for_="c", cost=1_800_000, reach=600)
    b.intervention("case", "Case help", by="m", for_="c", cost=300, reach=1)
    b.intervention("fund", "Programme", by="m", for_="c", cost=50_000)
    b.intervention("free", "Free advice", by="m", for_="c")
    h = r.household(b.build(), "c")
    assert (h.cost, h.programme, h.programme_cost) == (3300.0, ("fund",), 50_000.0)


def test_the_youth_region_family_no_longer_carries_the_whole_team_budget():
    h = r.household(r.example("youth-region"), "child")
    assert (h.cost, h.programme) == (3000.0, ())


def test_a_commissioner_budgets_what_it_commissions():
    b = r.budget(r.example("wheelchair"), "municipality")
    assert [i.id for i in b.do] == ["wheelchair", "delivery"]
    assert [res.id for res, _ in b.achieve] == [
        "mobility", "delivered", "moves", "participates", "lively"]
    assert [res.id for res, _ in b.side_effects] == ["relieved", "waiting"]


def test_households_are_the_parties_served():
    from resultaat.analysis._views import households

    assert households(town()) == ["c", "d"]


def test_views_refuse_an_unknown_party():
    with pytest.raises(KeyError, match="no party 'x'"):
        r.budget(town(), "x")
    with pytest.raises(KeyError, match="no party 'x'"):
        r.household(town(), "x")
