"""Two years of result-based steering: measured against the path to the target.

Builds the same model as `resultaat example steering` and prints the signals,
better and worse than expected alike, each against what was expected by then.

The people in it are fictional, as in every bundled example.
"""

import resultaat
from resultaat import (
    Changed,
    Condition,
    Indicator,
    ModelBuilder,
    PathPoint,
    Period,
    Spent,
    TargetRevision,
)

IN_WORK = "The job coach and the job seeker see whether the job lasts"
HOURS = "The job coach and the job seeker see whether the work can grow to a living income"

def build() -> resultaat.Model:
    b = ModelBuilder("Back to work in Nijkerk-Oost", language="en", perspective="municipality")
    b.party("municipality", "Municipality of Nijkerk", "municipality")
    b.party("seekers", "Job seekers in the programme", "citizen", publishable=True)
    b.party("coaches", "Job coaching provider", "provider")
    b.party("employers", "Local employers", "employer")
    b.factor("market", "The regional labour market")
    b.intervention("coaching", "Job coaching within four weeks", by="municipality",
                   with_=["coaches"], policy="Participatiewet", cost=250000, conditions=[
                       Condition("Coaching method with first indications of effect", "method",
                                 "met", recognition="effective_first"),
                       Condition("Coaches trained in the method", "staff", "met"),
                       Condition("Half-yearly results per participant", "monitoring", "met"),
                       Condition("Team may adjust the programme itself", "mandate", "met")],
                   spent=[Spent("2024", 125000), Spent("2025", 281000)])
    b.result("started", "Job seekers start coaching within four weeks", "micro",
             owner="municipality", indicators=[Indicator("started in time", "%", 60, 80)])
    revised = TargetRevision(32, "2025-H2", "the regional labour market cooled")
    start, deadline = Period.parse("2023"), Period.parse("2027")
    b.result("working", "Job seekers find and keep paid work", "micro", owner="seekers",
             indicators=[Indicator("in work after six months", "%", 20, 35, revisions=[revised],
                                   purpose=IN_WORK, baseline_period=start, deadline=deadline),
                         Indicator("hours worked", "hours per week", 0, 12, purpose=HOURS)])
    b.result("unemployment", "Lower youth unemployment in the city", "macro",
             owner="collective",
             indicators=[Indicator("youth unemployment", "%", 9, 7, "lower",
                                   baseline_period=start, deadline=deadline,
                                   path=[PathPoint("2025", 8.2, like=8, love=7.8)])])
    b.side_effect("displaced", "Other local job seekers lose out on the same vacancies", "meso",
                  owner="collective")
    b.contribute("coaching", "started", role="necessary", weight=3)
    b.contribute("started", "working", weight=1)
    b.contribute("seekers", "working", role="necessary", weight=3)
    b.contribute("employers", "working", role="necessary", weight=2)
    b.contribute("market", "working", weight=2)
    b.contribute("working", "unemployment")
    b.contribute("market", "unemployment", weight=4)
    b.contribute("working", "displaced")
    b.claim("municipality", "started", "owns", source="Programme report 2025",
            acknowledges=["coaches"])
    b.claim("municipality", "working", "contributes", source="Programme report 2025")
    for period, value in (("2024-H2", 88), ("2025-H1", 74), ("2025-H2", 72), ("2026-H1", 82)):
        b.measure("started", "started in time", period, value)
    for period, value in (("2024-H2", 24), ("2025-H1", 25.5), ("2025-H2", 26.5),
                          ("2026-H1", 28)):
        b.measure("working", "in work after six months", period, value)
    b.measure("unemployment", "youth unemployment", "2024", 8.9)
    b.measure("unemployment", "youth unemployment", "2025", 8.7)
    b.adjust("2025-09-15", "started", "started in time", "2025-H1",
             "A second coach from September, paid from the programme reserve",
             decided_by="municipality", changes=[Changed(
                 "condition", "coaching", "Coaches trained in the method")])
    b.adjust("2025-06-30", "working", "in work after six months", "2025-H1",
             "Lower the target to 32% from 2025-H2, as the regional labour market cooled",
             decided_by="municipality", changes=[Changed("target", value=32)])
    b.adjust("2026-02-10", "started", "started in time", "2025-H2",
             "Keep the second coach in 2026 and look again after the first half year",
             decided_by="municipality")
    return b.build()


if __name__ == "__main__":
    for p in resultaat.progress(build()):
        print(f"{p.period.label:8} {p.indicator:26} {p.realised:6g} "
              f"expected {p.expected:g}: {p.signal}")
