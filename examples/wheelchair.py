"""A wheelchair and participation (Wmo): who owns which result?

Builds the same model as `resultaat example wheelchair`, then prints what the
municipality may claim and draws the contribution graph.

The people in it are fictional, as in every bundled example.
"""

import resultaat
from resultaat import Condition, Indicator, ModelBuilder

TRIPS = (
    "The resident and the occupational therapist see whether the wheelchair gets her out as planned"
)
ACTIVITIES = "The resident and the neighbourhood team see whether she takes part as she wishes"

def build() -> resultaat.Model:
    b = ModelBuilder("Wheelchair and participation", language="en", perspective="municipality")
    b.party("resident", "Mrs Jansen", "citizen")
    b.party("family", "Her daughter and son-in-law", "network")
    b.party("neighbours", "Her neighbours", "network")
    b.party("municipality", "Municipality of Nijkerk", "municipality")
    b.party("supplier", "Aids supplier", "provider")
    b.party("association", "Neighbourhood association", "community")
    b.factor("pavements", "Accessible pavements", "Kerbs and pavements the resident depends on")
    b.intervention("wheelchair", "Provide a wheelchair", by="municipality",
                   for_="resident", policy="Wmo", cost=3200, reach=1, conditions=[
                       Condition("Needs assessed with a proven method", "method", "met",
                                 recognition="well_founded"),
                       Condition("Assessors trained and up to date", "staff", "met"),
                       Condition("Delivery times monitored", "quality", "unknown")])
    b.intervention("fitting", "Fit and maintain the wheelchair", by="supplier",
                   for_="resident", policy="Wmo", cost=450, reach=1)
    b.intervention("delivery", "Deliver the wheelchair within the contracted time", by="supplier",
                   commissioned_by="municipality", for_="resident", policy="Wmo")
    b.intervention("activities", "Organise neighbourhood activities", by="association")
    b.result("mobility", "Mrs Jansen's mobility is facilitated", "micro", owner="municipality",
             indicators=[Indicator("weeks to a decision", "weeks", 8, 4, "lower")])
    b.result("delivered", "The wheelchair is delivered within six weeks", "micro",
             owner="municipality",
             indicators=[Indicator("weeks to delivery", "weeks", 10, 6, "lower")])
    b.result("moves", "Mrs Jansen moves around independently", "micro", owner="resident",
             indicators=[Indicator("trips outside", "per week", 0, 3, purpose=TRIPS)])
    b.result("participates", "Mrs Jansen takes part in neighbourhood life", "micro",
             owner="resident", indicators=[Indicator("activities attended", "per month", 0, 2,
                                              purpose=ACTIVITIES)])
    b.result("lively", "More residents take part in neighbourhood activities", "meso",
             owner="collective")
    b.side_effect("relieved", "Her daughter spends less time taking her out", "micro",
                  owner="family", effect="positive")
    b.side_effect("waiting", "Other residents wait longer for their aids", "meso",
                  owner="collective")
    b.contribute("wheelchair", "mobility", role="necessary", weight=3,
                 evidence="Delivered in week 5")
    b.contribute("fitting", "mobility", weight=1)
    b.contribute("delivery", "delivered", role="necessary")
    b.contribute("delivered", "mobility", role="necessary", weight=2)
    b.contribute("mobility", "moves", role="necessary")
    b.contribute("resident", "moves", role="necessary", weight=2)
    b.contribute("family", "moves")
    b.contribute("pavements", "moves")
    b.contribute("moves", "participates", role="necessary", weight=2)
    b.contribute("resident", "participates", role="necessary", weight=2)
    b.contribute("neighbours", "participates")
    b.contribute("activities", "participates")
    b.contribute("participates", "lively")
    b.contribute("activities", "lively", role="necessary", weight=2)
    b.contribute("moves", "relieved")
    b.contribute("wheelchair", "waiting")
    for result, as_ in (("mobility", "owns"), ("participates", "owns"), ("lively", "contributes")):
        b.claim("municipality", result, as_, source="Annual report 2025")
    return b.build()


if __name__ == "__main__":
    model = build()
    for claim in resultaat.claims(model, "municipality"):
        print(f"{claim.verdict.value:12} {model.results[claim.result].statement}")
    print(resultaat.render_to(model, "wheelchair.svg"))
