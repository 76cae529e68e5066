"""Debt help for a family touched by many policies at once: the pile-up and the ledger.

Builds the same model as `resultaat example debt-help`, prints everything
that lands on the family, by whom and under which policy, the questions the
pile-up scan asks, and who pays and who gains.

The people in it are fictional, as in every bundled example.
"""

import resultaat
from resultaat import Beneficiary, Condition, Indicator, ModelBuilder, Rival


def build() -> resultaat.Model:
    b = ModelBuilder("Debt help for the Yilmaz family", language="en",
                     perspective="municipality")
    for pid, name, kind in (
        ("family", "The Yilmaz family", "citizen"),
        ("relatives", "Relatives and friends", "network"),
        ("municipality", "Municipality of Nijkerk", "municipality"),
        ("creditbank", "Credit bank", "provider"),
        ("youthcare", "Youth care provider", "provider"),
        ("school", "Primary school", "school"), ("club", "Football club", "community"),
        ("employer", "Employer of the father", "employer"),
        ("housing", "Housing corporation", "other"), ("insurer", "Health insurer", "insurer"),
    ):
        b.party(pid, name, kind)
    b.factor("energy", "Rising energy prices")
    b.factor("eviction_rule", "National rule: landlords must offer debt help before going to "
             "court")
    b.intervention("counselling", "Debt counselling and a payment plan", by="creditbank",
                   commissioned_by="municipality", for_="family", policy="Debt help", cost=3500,
                   reach=1,
                   conditions=[Condition("Counsellors certified", "staff", "met"),
                               Condition("Stabilisation phase method", "method", "met",
                                         recognition="well_founded")])
    b.intervention("youth_support", "Parenting support at home", by="youthcare",
                   commissioned_by="municipality", for_="family", policy="Youth", cost=6200,
                   reach=1)
    b.intervention("sports_fund", "Sports membership paid for the children", by="municipality",
                   with_=["club"], for_="family", policy="Sport", cost=350, reach=1)
    b.intervention("homework", "Homework support after school", by="school", for_="family",
                   policy="Education", cost=800, reach=1)
    b.intervention("household_help", "Household help for the mother", by="municipality",
                   for_="family", policy="Wmo", cost=4100, reach=1)
    b.intervention("energy_allowance", "Energy allowance", by="municipality", for_="family",
                   policy="Poverty", cost=500, reach=1)
    b.intervention("reassessment", "Yearly reassessment for the household help",
                   by="municipality", for_="family", policy="Wmo", cost=300, reach=1)
    b.result("stable", "The family's debts are stable", "micro", owner="family",
             indicators=[Indicator("monthly arrears", "euro", 450, 0, "lower",
                                   purpose="The counsellor and the family see each month "
                                   "whether the payment plan holds")],
             value=14000, deadweight=0.2,
             beneficiaries=[Beneficiary("housing", 5000), Beneficiary("insurer", 1500),
                            Beneficiary("employer", 3500)],
             rivals=[Rival("Lower energy prices eased the family's monthly budget", "ruled_out",
                           "The family's energy contract was fixed at the 2023 price until "
                           "2026", about="energy")])
    b.result("plan_in_place", "A payment plan is in place within three months", "micro",
             owner="creditbank",
             indicators=[Indicator("weeks to a plan", "weeks", target=13, direction="lower")])
    b.result("calm", "Calm at home and the children grow up safely", "micro", owner="family",
             indicators=[Indicator("safety checklist score", "points")])
    b.result("children_play", "The children play football every week", "micro", owner="family")
    b.result("fewer_debts", "Fewer households in the city with problematic debts", "macro",
             owner="collective",
             indicators=[Indicator("households with problematic debts", "%", 8, 6, "lower")])
    b.result("fewer_evictions", "Fewer families in the city are evicted for rent arrears",
             "macro", owner="collective",
             indicators=[Indicator("evictions for rent arrears", "per year", 40, 25, "lower")],
             rivals=[Rival("Evictions fell after the national rule change, in every city, with "
                           "or without debt help", "plausible", "National eviction figures "
                           "fell by a similar share in the same year", about="eviction_rule")],
             beneficiaries=[Beneficiary("housing")])
    b.side_effect("seven_contacts", "The family deals with seven professionals who do not "
                  "know of each other", "micro", owner="family")
    b.result("help_checked", "Household help goes only to residents who still need it", "meso",
             owner="municipality")
    b.contribute("counselling", "plan_in_place", role="necessary", weight=3,
                 evidence="Case files: plans in place within nine weeks on average",
                 strength="strong", assumptions=["The family brings its papers to the counsellor",
                                                 "Creditors accept a payment plan"])
    b.contribute("family", "plan_in_place", weight=2)
    b.contribute("plan_in_place", "stable", weight=2,
                 evidence="Arrears fell from 450 to 80 euro a month once the plan ran",
                 strength="moderate",
                 assumptions=["The family's income stays at least at its current level"])
    b.contribute("family", "stable", role="necessary", weight=3)
    b.contribute("employer", "stable", weight=1, evidence="Kept the father on during the crisis")
    b.contribute("energy_allowance", "stable", weight=1,
                 evidence="Paid; its effect is not measured", strength="weak")
    b.contribute("energy", "stable", weight=(1, 3))
    for source, target, weight in (("relatives", "stable", 1), ("stable", "calm", 2),
                                   ("youth_support", "calm", 2), ("household_help", "calm", 1)):
        b.contribute(source, target, weight=weight)
    b.contribute("family", "calm", role="necessary", weight=3)
    b.contribute("sports_fund", "children_play", role="necessary")
    b.contribute("family", "children_play", role="necessary")
    b.contribute("homework", "calm")
    b.contribute("stable", "fewer_debts")
    b.contribute("stable", "fewer_evictions", evidence="Evictions among debt-help clients fell; "
                 "no comparison with other households", strength="weak",
                 assumptions=["Households with a stable debt situation pay their rent"])
    b.contribute("eviction_rule", "fewer_evictions", weight=(1, 3))
    b.contribute("energy", "fewer_debts", weight=3)
    for source in ("counselling", "youth_support", "sports_fund", "homework", "household_help",
                   "energy_allowance"):
        b.contribute(source, "seven_contacts")
    b.contribute("reassessment", "help_checked", role="necessary",
                 assumptions=["Needs change within a year"])
    b.contribute("reassessment", "calm", effect="negative",
                 evidence="The family dreads the yearly visit; the mother once stopped the help "
                 "after one")
    b.contribute("reassessment", "seven_contacts")
    b.claim("municipality", "stable", "owns", source="Debt policy evaluation 2025")
    b.claim("municipality", "fewer_debts", "contributes", source="Debt policy evaluation 2025")
    b.claim("municipality", "fewer_evictions", "contributes",
            source="Debt policy evaluation 2025")
    return b.build()


if __name__ == "__main__":
    model = build()
    home = resultaat.household(model, "family")
    for policy, ids in home.by_policy.items():
        print(f"{policy:10} {', '.join(model.interventions[i].name for i in ids)}")
    print(f"combined cost: € {home.cost:,.0f} a year\n")
    for question in resultaat.pileup(model, "family").questions:
        print(f"- {question.text}")
    print()
    for e in resultaat.ledger(model):
        print(f"{model.label(e.party):28} pays € {e.invests:>6,.0f}  gains € {e.gains:>6,.0f}"
              f"  {e.wrong_pocket or ''}")
