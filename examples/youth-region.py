"""A regional cooperation for youth care: does it deliver what its members expected?

Builds the same model as `resultaat example youth-region`; the region is a
party made of parties, and its members reach results through it. Each member
says what it puts in and expects; the monitor prints what came of it.

The people in it are fictional, as in every bundled example.
"""

import resultaat
from resultaat import Commitment, Condition, Indicator, ModelBuilder, Rival


def build() -> resultaat.Model:
    b = ModelBuilder("Youth care region Vallei", language="en", perspective="region")
    b.party("nijkerk", "Municipality of Nijkerk", "municipality")
    b.party("barneveld", "Municipality of Barneveld", "municipality")
    b.party("ede", "Municipality of Ede", "municipality")
    b.party("region", "Youth care region Vallei", "cooperation",
            members=["nijkerk", "barneveld", "ede"], commitments=[
                Commitment("nijkerk", "Its share of the regional budget, by number of young "
                           "residents", 9_000_000, "Children from Nijkerk get specialised care "
                           "within six weeks", "timely", "waiting time"),
                Commitment("barneveld", "Its share of the budget and the region's contract "
                           "manager", 9_000_000, "Outcome requirements in every contract",
                           "contracted", "contracts with outcome requirements"),
                Commitment("ede", "Its share of the budget", 24_000_000,
                           "Fewer children placed away from home", "fewer_placements",
                           "placements away from home")])
    b.party("providers", "Specialised youth care providers", "provider")
    b.party("child", "A child and its parents", "citizen")
    b.party("school", "The child's school", "school")
    b.factor("shortage", "Shortage of youth care staff")
    b.intervention("procurement", "Procure specialised youth care with quality requirements",
                   by="region", with_=["providers"], policy="Jeugdwet", cost=42_000_000,
                   conditions=[
                       Condition("Quality requirements in every contract", "quality", "met"),
                       Condition("Outcomes tracked per provider and per child", "monitoring",
                                 "not_met", evidence="Providers report costs, not outcomes"),
                       Condition("Region may renegotiate contracts", "mandate", "met")])
    b.intervention("local_team", "Local youth team refers children in time", by="nijkerk",
                   for_="child", policy="Jeugdwet", cost=1_800_000, reach=600, conditions=[
                       Condition("Referral protocol", "method", "met",
                                 recognition="well_described")])
    b.intervention("care", "Specialised care for the child", by="providers",
                   commissioned_by="region", for_="child", policy="Jeugdwet")
    b.result("contracted", "Specialised care is contracted with quality requirements", "meso",
             owner="region",
             indicators=[Indicator("contracts with outcome requirements", "%", 40, 100)],
             rivals=[Rival("Providers added outcome clauses themselves, after a national sector "
                           "agreement", "ruled_out", "The clauses are in the region's own wording "
                           "and missing from contracts elsewhere")])
    b.result("timely", "Children in the region get specialised care in time", "meso",
             owner="collective", indicators=[Indicator("waiting time", "weeks", 12, 6, "lower")],
             rivals=[Rival("Providers hired extra staff, so waiting fell anyway", "ruled_out",
                           "Provider staffing fell in 2025 (the shortage)", about="providers")])
    b.result("fewer_placements", "Fewer children in the region are placed away from home",
             "meso", owner="collective",
             indicators=[Indicator("placements away from home", "per 1000 children", 12, 9,
                                   "lower")],
             rivals=[Rival("Since 2025 short crisis stays are no longer counted as placements",
                           "unknown")])
    b.result("safe", "The child grows up safely at home", "micro", owner="child")
    b.side_effect("costs_shift", "Children are placed further from home where there is room",
                  "meso", owner="collective")
    b.contribute("procurement", "contracted", role="necessary", weight=3,
                 evidence="The 2025 contracts contain the region's outcome clauses",
                 strength="strong",
                 assumptions=["Providers accept outcome requirements at the offered price"])
    b.contribute("contracted", "timely", weight=2, evidence="Waiting fell after the new "
                 "contracts; other causes not excluded", strength="weak",
                 assumptions=["Providers meet the contracted waiting times"])
    b.contribute("local_team", "timely", weight=1, evidence="Referral dates in the team's case "
                 "files: a median of five days", strength="strong",
                 assumptions=["Providers have room to start care soon after a referral"])
    b.contribute("care", "timely", role="necessary", weight=2,
                 assumptions=["Providers have staff to start care"])
    b.contribute("shortage", "timely", weight=2)
    b.contribute("timely", "safe", weight=1)
    b.contribute("child", "safe", role="necessary", weight=3)
    b.contribute("school", "safe", weight=1)
    b.contribute("care", "safe", weight=2)
    b.contribute("timely", "fewer_placements", weight=(1, 3),
                 evidence="Plausible from the literature, not measured here", strength="weak",
                 assumptions=["Care that starts in time prevents a crisis"])
    b.contribute("local_team", "fewer_placements", weight=1, strength="moderate",
                 evidence="Fewer crisis referrals from Nijkerk's team",
                 assumptions=["Early help at home prevents a crisis placement"])
    b.contribute("procurement", "costs_shift")
    b.contribute("shortage", "costs_shift")
    b.claim("region", "contracted", "owns", source="Regional annual report 2025",
            acknowledges=["providers"])
    b.claim("nijkerk", "timely", "owns", source="Nijkerk council memo")
    b.claim("region", "fewer_placements", "contributes", source="Regional annual report 2025")
    b.measure("contracted", "contracts with outcome requirements", "2024", 55)
    b.measure("contracted", "contracts with outcome requirements", "2025", 92)
    b.measure("timely", "waiting time", "2024", 11)
    b.measure("timely", "waiting time", "2025", 9)
    return b.build()


if __name__ == "__main__":
    model = build()
    for p in resultaat.progress(model):
        print(f"{p.period.label} {p.indicator}: {p.realised:g} against {p.target:g} ({p.signal})")
    for claim in resultaat.claims(model, "nijkerk"):
        print(claim.reasons[0])
    for stake in resultaat.cooperation(model, "region").stakes:
        came = f"{stake.came.realised:g} ({stake.came.signal})" if stake.came else "not measured"
        print(f"{stake.member}: puts in € {stake.amount:,.0f}, expects {stake.expects}: {came}")
