import pytest

import resultaat as r


def test_wheelchair_findings(wheelchair):
    got = [(f.code, f.severity.value, f.subject) for f in r.check(wheelchair)]
    assert got == [
        ("overclaim", "error", "municipality→participates"),
        ("immodest", "warning", "municipality→mobility"),
        ("immodest", "warning", "municipality→participates"),
        ("conditions-not-met", "warning", "wheelchair"),
        ("uncontrollable-indicator", "warning", "municipality→mobility"),
        ("no-indicator", "warning", "lively"),
        ("no-side-effects", "warning", "activities"),
        ("weak-link", "warning", "municipality→mobility"),
        ("weak-link", "warning", "municipality→participates"),
        ("weak-link", "warning", "municipality→lively"),
        ("rival-unexamined", "warning", "mobility"),
        ("rival-unexamined", "warning", "participates"),
        ("rival-unexamined", "warning", "lively"),
        ("assumption-missing", "info", "wheelchair→mobility"),
        ("assumption-missing", "info", "mobility→moves"),
        ("assumption-missing", "info", "resident→moves"),
        ("assumption-missing", "info", "moves→participates"),
        ("assumption-missing", "info", "resident→participates"),
        ("assumption-missing", "info", "activities→lively"),
    ]


def test_overclaim_message_says_what_to_claim_instead(wheelchair):
    f = r.check(wheelchair)[0]
    assert f.message == (
        "Municipality of Nijkerk claims to own “Mrs Jansen takes part in neighbourhood life” "
        "(in Annual report 2025), but it belongs to Mrs Jansen and Municipality of Nijkerk only "
        "contributed. Claim instead: a contribution to “Mrs Jansen takes part in neighbourhood "
        "life”."
    )


def small(**claim):
    b = r.ModelBuilder("s")
    b.party("m", "Town", "municipality")
    b.party("c", "Citizen", "citizen")
    b.party("idle", "Idle club", "community")
    b.intervention("i", "Coaching", by="m", for_="c",
                   conditions=[r.Condition("Mandate", "mandate", "not_met")])
    b.result("x", "Out", "micro", owner="m")
    b.result("y", "City safer", "macro", owner="collective")
    b.result("lonely", "Nobody feeds me", "meso", owner="collective")
    b.contribute("i", "x")
    b.contribute("x", "y")
    b.claim("m", claim.get("result", "x"), claim.get("as_", "owns"))
    return b.build()


def codes(model):
    return [f.code for f in r.check(model)]


def test_contributes_claim_without_path_is_overclaim():
    m = small(result="lonely", as_="contributes")
    assert codes(m)[0] == "overclaim"
    assert r.check(m)[0].message == (
        "Town claims a contribution to “Nobody feeds me”, but the model shows no path from "
        "Town to it. Remove the claim or model the contribution.")


def test_conditions_not_met_is_an_error_when_claimed():
    f = next(f for f in r.check(small()) if f.code == "conditions-not-met")
    assert f.severity is r.Severity.ERROR
    assert f.message == "Town claims results of “Coaching”, but its conditions are not in " \
        "place: Mandate (not met)."


def test_collective_macro_claimed_as_own():
    m = small(result="y")
    assert codes(m)[:2] == ["overclaim", "immodest"]


def test_all_other_codes():
    got = [(f.code, f.subject) for f in r.check(small())]
    assert got == [("conditions-not-met", "i"), ("no-indicator", "x"), ("no-side-effects", "i"),
                   ("no-contributors", "lonely"), ("idle-party", "c"), ("idle-party", "idle"),
                   ("weak-link", "m→x"), ("rival-unexamined", "x")]


def test_acknowledging_makes_a_claim_modest():
    b = r.ModelBuilder("s")
    b.party("m", "Town", "municipality")
    b.party("p", "Provider", "provider")
    b.result("x", "Out", "meso", owner="m")
    b.contribute("m", "x")
    b.contribute("p", "x")
    b.claim("m", "x", "owns")
    assert codes(b.build()).count("immodest") == 1
    m = b.build()
    acknowledged = m.evolve(claims=[r.StatedClaim("m", "x", "owns", acknowledges=["p"])])
    assert "immodest" not in codes(acknowledged)


def test_dutch_findings(wheelchair):
    f = r.check(wheelchair, lang="nl")[0]
    assert f.message.startswith("Municipality of Nijkerk claimt “Mrs Jansen takes part")


def test_codes_come_from_the_registry_each_rule_with_a_docstring():
    from resultaat.analysis._check import RULES

    assert r.CODES == tuple(rule.code for rule in RULES) == (
        "overclaim", "immodest", "conditions-not-met", "uncontrollable-indicator",
        "no-indicator", "no-side-effects", "no-contributors", "idle-party", "weak-link",
        "rival-unexamined", "assumption-missing")
    assert [rule.code for rule in RULES if len(rule.doc) < 20] == []
    assert {rule.code: rule.severity.value for rule in RULES}["idle-party"] == "info"


def test_a_code_registered_twice_is_refused():
    from resultaat.analysis._check import rule

    with pytest.raises(ValueError, match="check code 'overclaim' is registered twice"):
        rule("overclaim", r.Severity.ERROR)


def test_findings_come_in_registry_order():
    m = r.example("debt-help")
    found = r.check(m)
    order = {code: i for i, code in enumerate(r.CODES)}
    assert [order[f.code] for f in found] == sorted(order[f.code] for f in found)
    assert len({f.code for f in found}) > 1
