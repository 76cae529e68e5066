import attrs
import pytest

import resultaat as r


def test_wheelchair_findings(wheelchair):
    got = [(f.code, f.severity.value, f.subject) for f in r.check(wheelchair)]
    assert got == [
        ("overclaim", "error", "municipality→participates"),
        ("immodest", "warning", "municipality→mobility"),
        ("immodest", "warning", "municipality→participates"),
        ("conditions-not-met", "warning", "wheelchair"),
        ("no-indicator", "warning", "lively"),
        ("no-side-effects", "warning", "activities"),
        ("weak-link", "warning", "municipality→mobility"),
        ("weak-link", "warning", "municipality→participates"),
        ("weak-link", "warning", "municipality→lively"),
        ("rival-unexamined", "warning", "mobility"),
        ("rival-unexamined", "warning", "participates"),
        ("rival-unexamined", "warning", "lively"),
        ("assumption-missing", "info", "wheelchair→mobility"),
        ("assumption-missing", "info", "delivery→delivered"),
        ("assumption-missing", "info", "delivered→mobility"),
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
        "(in Annual report 2025), but it belongs to Mrs Jansen, and only a contribution was made "
        "to it. Claim instead: a contribution to “Mrs Jansen takes part in neighbourhood life”."
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
        "Town claims a contribution to “Nobody feeds me”, but the model shows no route to it. "
        "Remove the claim or model the contribution.")


def test_conditions_not_met_is_an_error_when_claimed():
    f = next(f for f in r.check(small()) if f.code == "conditions-not-met")
    assert f.severity is r.Severity.ERROR
    assert f.message == "Town claims results of “Coaching”, but a condition is not in " \
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
        "no-indicator", "indicator-without-purpose", "no-side-effects", "no-contributors",
        "ownership-doubt",
        "owner-not-contributing", "weak-method", "idle-party", "personal-name", "bsn-in-text",
        "contact-in-text", "weak-link", "rival-unexamined", "assumption-missing",
        "signal-unanswered")
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


# --- ownership that is checked --------------------------------------------------------


def _flipped(model, result="participates", owner="municipality"):
    return model.evolve(results=[attrs.evolve(x, owner=owner) if x.id == result else x
                                 for x in model.results.values()])


DOUBT = (
    "Municipality of Nijkerk owns “Mrs Jansen takes part in neighbourhood life”, but {why}. "
    "Ownership is checked, not taken on faith: the likely owner is Mrs Jansen. The own results "
    "of Municipality of Nijkerk, below its ceiling: “Mrs Jansen's mobility is facilitated” and "
    "“The wheelchair is delivered within six weeks”. Give the result to its likely owner; "
    "Municipality of Nijkerk may claim its contribution."
)


def test_a_flipped_owner_is_an_ownership_doubt_naming_the_person_and_the_own_result(wheelchair):
    found = [f for f in r.check(_flipped(wheelchair)) if f.code == "ownership-doubt"]
    assert [(f.severity.value, f.subject) for f in found] == [("error", "participates")]
    assert found[0].message == DOUBT.format(why="it cannot be reached without Mrs Jansen")


def test_the_doubt_holds_when_the_person_is_not_marked_necessary(wheelchair):
    m = _flipped(wheelchair)
    m = m.evolve(contributions=[
        attrs.evolve(c, role="supporting") if (c.source, c.target) == ("resident", "participates")
        else c for c in m.contributions])
    found = [f for f in r.check(m) if f.code == "ownership-doubt"]
    assert [f.message for f in found] == [DOUBT.format(
        why="it lies above the owner's ceiling of accountability, out of its control")]


def test_the_command_line_fails_on_a_flipped_owner(wheelchair, tmp_path, capsys):
    from resultaat.cli._main import main

    path = tmp_path / "flipped.yaml"
    path.write_text(r.dumps(_flipped(wheelchair)), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "ownership-doubt" in out
    assert "Mrs Jansen" in out
    assert "mobility is facilitated" in out


def test_a_result_in_a_persons_life_is_presumed_theirs():
    b = r.ModelBuilder("life")
    b.party("m", "Town", "municipality")
    b.party("c", "Ann", "citizen")
    b.intervention("visit", "Visit", by="m", for_="c")
    b.result("seen", "Ann is visited", "micro", owner="m")
    b.result("calm", "Ann is calm", "micro", owner="m")
    b.contribute("visit", "seen", role="necessary")
    b.contribute("seen", "calm")
    b.contribute("c", "calm")
    found = [(f.subject, f.message) for f in r.check(b.build()) if f.code == "ownership-doubt"]
    assert found == [("calm", (
        "Town owns “Ann is calm”, but it lies above the owner's ceiling of accountability, out "
        "of its control. Ownership is checked, not taken on faith: the likely owner is Ann. The "
        "own result "
        "of Town, below its ceiling: “Ann is visited”. Give the result to its likely owner; Town "
        "may claim its contribution."))]


def test_an_organisation_above_its_ceiling_without_persons_is_told_it_is_collective():
    b = r.ModelBuilder("street")
    b.party("m", "Town", "municipality")
    b.party("p", "Shop", "provider")
    b.intervention("sweep", "Sweep", by="p")
    b.result("clean", "A clean street", "meso", owner="m")
    b.contribute("sweep", "clean")
    b.contribute("m", "clean")
    found = [f.message for f in r.check(b.build()) if f.code == "ownership-doubt"]
    assert found == [
        "Town owns “A clean street”, but it lies above the owner's ceiling of accountability, "
        "out of its control. Ownership is checked, not taken on faith: it likely belongs to no "
        "single "
        "party (collective). Town has no result below its ceiling yet: say what it controls. "
        "Give the result to its likely owner; Town may claim its contribution."]


def test_a_person_owning_a_result_is_never_doubted(wheelchair):
    assert not [f for f in r.check(wheelchair) if f.code == "ownership-doubt"]


def test_an_owner_without_a_route_is_warned_but_not_for_a_side_effect():
    b = r.ModelBuilder("apart")
    b.party("m", "Town", "municipality")
    b.party("c", "Ann", "citizen")
    b.intervention("visit", "Visit", by="m", for_="c")
    b.result("happy", "Ann is happy", "micro", owner="c")
    b.side_effect("tired", "Ann is tired", "micro", owner="c")
    b.contribute("visit", "happy")
    b.contribute("visit", "tired")
    found = [(f.code, f.severity.value, f.subject, f.message) for f in r.check(b.build())
             if f.code == "owner-not-contributing"]
    assert found == [("owner-not-contributing", "warning", "happy",
                      "Ann owns “Ann is happy” but has no route to it at all: nothing the "
                      "owner does leads there. Add the contribution, or give the result to "
                      "whoever achieves it.")]


@pytest.mark.parametrize(("recognition", "words"), [
    (None, "no recognition given"), ("well_described", "well described"),
    ("well_founded", None), ("effective_strong", None)])
def test_a_method_below_well_founded_is_a_weak_method(recognition, words):
    b = r.ModelBuilder("method")
    b.party("m", "Town", "municipality")
    b.intervention("talk", "Talk", by="m", conditions=[
        r.Condition("Kitchen table", "method", "met", recognition=recognition),
        r.Condition("Trained", "staff", "met")])
    m = b.build()
    found = [(f.severity.value, f.subject, f.message) for f in r.check(m)
             if f.code == "weak-method"]
    if words is None:
        assert found == []
        return
    assert found == [("warning", "talk", f"“Talk”: condition “Kitchen table” is not a proven "
                      f"method ({words}); a proven method is at least well founded.")]
    assert f"“Talk”: method “Kitchen table” is not a proven method ({words})." in (
        r.readiness(m, "m").missing)
    assert not r.readiness(m, "m").conditions_met
    nl = [f.message for f in r.check(m, lang="nl") if f.code == "weak-method"]
    assert "geen bewezen methode" in nl[0]


def test_a_doubt_names_at_most_three_own_results_and_counts_the_rest():
    b = r.ModelBuilder("many")
    b.party("m", "Town", "municipality")
    b.party("p", "Shop", "provider")
    b.intervention("work", "Work", by="m")
    for k in range(5):
        b.result(f"o{k}", f"Own {k}", "micro", owner="m")
        b.contribute("work", f"o{k}")
    b.intervention("sweep", "Sweep", by="p")
    b.result("clean", "A clean street", "meso", owner="m")
    b.contribute("sweep", "clean")
    found = [f.message for f in r.check(b.build()) if f.code == "ownership-doubt"]
    assert len(found) == 1
    assert ("The own results of Town, below its ceiling: “Own 0”, “Own 1”, “Own 2” and 2 more."
            in found[0])


def test_every_check_code_has_a_label_in_each_language():
    from resultaat.analysis._check import CODES
    from resultaat.text._catalogue import CHECK_CODE, message

    assert set(CHECK_CODE) == set(CODES)
    assert message("en", CHECK_CODE["ownership-doubt"]) == "ownership-doubt"
    assert message("nl", CHECK_CODE["ownership-doubt"]) == "eigenaar twijfelachtig"


def test_dutch_check_output_shows_dutch_labels_and_json_keeps_the_code(capsys):
    from resultaat.cli._main import main
    from resultaat.model._examples import example_path

    path = str(example_path("rolstoel"))
    main(["check", path])
    out = capsys.readouterr().out
    assert "  - [claim te ruim] Gemeente Nijkerk claimt “Mevrouw Jansen doet mee" in out
    assert "overclaim" not in out
    main(["check", "--json", path])
    assert '"code": "overclaim"' in capsys.readouterr().out
