"""Two years of result-based steering: measured against the target in force.

Builds the same model as `resultaat example steering` and prints the signals:
better and worse than expected alike.

The people in it are fictional, as in every bundled example.
"""

import resultaat
from resultaat import Condition, Indicator, ModelBuilder, TargetRevision

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
                       Condition("Team may adjust the programme itself", "mandate", "met")])
    b.result("started", "Job seekers start coaching within four weeks", "micro",
             owner="municipality", indicators=[Indicator("started in time", "%", 60, 80)])
    revised = TargetRevision(30, "2025-H2", "the regional labour market cooled")
    b.result("working", "Job seekers find and keep paid work", "micro", owner="seekers",
             indicators=[Indicator("in work after six months", "%", 20, 35, revisions=[revised],
                                   purpose=IN_WORK),
                         Indicator("hours worked", "hours per week", 0, 12, purpose=HOURS)])
    b.result("unemployment", "Lower youth unemployment in the city", "macro",
             owner="collective",
             indicators=[Indicator("youth unemployment", "%", 9, 7, "lower")])
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
    for period, value in (("2024-H2", 88), ("2025-H1", 74), ("2025-H2", 79), ("2026-H1", 82)):
        b.measure("started", "started in time", period, value)
    for period, value in (("2024-H2", 24), ("2025-H1", 27), ("2025-H2", 31), ("2026-H1", 33)):
        b.measure("working", "in work after six months", period, value)
    b.measure("unemployment", "youth unemployment", "2024", 8.8)
    b.measure("unemployment", "youth unemployment", "2025", 8.1)
    return b.build()


if __name__ == "__main__":
    for p in resultaat.progress(build()):
        print(f"{p.period.label:8} {p.indicator:26} {p.realised:6g} vs {p.target:g}: {p.signal}")
