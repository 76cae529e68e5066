"""A neighbourhood team with its own contact person in finance: ready to steer itself?

Builds the same model as `resultaat example neighbourhood-team` and prints
what is missing before the team can steer itself.

The people in it are fictional, as in every bundled example.
"""

import resultaat
from resultaat import Condition, Indicator, ModelBuilder

SELF_RELIANCE = "The resident and the team see whether the support can be scaled down"

def build() -> resultaat.Model:
    b = ModelBuilder("Neighbourhood team with a finance contact", language="en",
                     perspective="team")
    b.party("family", "The Bakker family", "citizen")
    b.party("network", "Grandparents and neighbours", "network")
    b.party("team", "Neighbourhood team Oost", "professional")
    b.party("finance", "Contact person in finance", "professional")
    b.party("municipality", "Municipality of Venlo", "municipality")
    b.party("homecare", "Home care provider", "provider")
    b.intervention("plan", "Draw up a support plan with the family", by="team",
                   with_=["finance"], for_="family", commissioned_by="municipality",
                   policy="Wmo", cost=2400, reach=1, conditions=[
                       Condition("Kitchen-table conversation method", "method", "met",
                                 recognition="well_described"),
                       Condition("Generalists trained in debts and care", "staff", "met"),
                       Condition("Case discussed at every team meeting", "quality", "met"),
                       Condition("What each plan yields is tracked", "monitoring", "not_met",
                                 evidence="No follow-up after closing a case"),
                       Condition("Team decides on budgets up to 5000 euro", "mandate",
                                 "unknown")])
    b.intervention("advice", "Think along on budget and tailor-made financial solutions",
                   by="finance", with_=["team"], cost=900, conditions=[
                       Condition("Finance contact available one day a week", "staff", "met")])
    b.intervention("care", "Home care twice a week", by="homecare", for_="family",
                   policy="Wmo", cost=5200, reach=1)
    b.result("planned", "A support plan that fits, within six weeks", "micro", owner="team",
             indicators=[Indicator("weeks to a plan", "weeks", 10, 6, "lower")])
    b.result("solution", "A financial solution that fits the case", "micro", owner="team",
             indicators=[Indicator("cases with a tailored solution", "%", target=70)])
    b.result("manages", "The Bakker family manages daily life again", "micro", owner="family",
             indicators=[Indicator("self-reliance score", "1-5", 2, 3.5, purpose=SELF_RELIANCE)])
    b.result("within_budget", "The team works within its budget", "meso", owner="team",
             indicators=[Indicator("spent of budget", "%", target=100, direction="lower")])
    b.side_effect("finance_sees", "Finance staff see what their work achieves", "meso",
                  owner="finance", effect="positive")
    b.side_effect("waits", "Cases wait while finance is consulted", "micro", owner="family")
    for source, target, role, weight in (
        ("plan", "planned", "necessary", 3), ("advice", "solution", "necessary", 2),
        ("plan", "solution", "supporting", 1), ("planned", "manages", "supporting", 1),
        ("solution", "manages", "supporting", 1), ("family", "manages", "necessary", 3),
        ("network", "manages", "supporting", 1), ("care", "manages", "supporting", 1),
        ("advice", "within_budget", "supporting", 2), ("plan", "within_budget", "supporting", 1),
    ):
        b.contribute(source, target, role=role, weight=weight)
    b.contribute("advice", "finance_sees")
    b.contribute("advice", "waits")
    b.claim("team", "planned", "owns", source="Team report Q4", acknowledges=["finance"])
    b.claim("team", "manages", "owns", source="Team report Q4")
    return b.build()


if __name__ == "__main__":
    ready = resultaat.readiness(build(), "team")
    print("ready to steer itself" if ready.ready else "not ready yet:")
    for line in ready.missing:
        print(" -", line)
