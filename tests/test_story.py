"""The contribution story: each step of the strength rule, the best route, the written story."""

import json

import attrs
import pytest

import resultaat as r
from resultaat.analysis._story import Gap, assess


def model(*, grade="strong", assumptions=("Residents come",), rivals=("ruled_out",),
          condition="met", extra=()):
    """Town's coaching → its own output → the resident's result, each link graded."""
    return r.Model(
        parties=[r.Party("m", "Town", "municipality"), r.Party("c", "Resident", "citizen")],
        factors=[r.Factor("f", "Economy")],
        interventions=[r.Intervention("i", "Coaching", by="m",
                                      conditions=[r.Condition("Method", "method", condition)])],
        results=[r.Result("out", "Coaching given", "micro", owner="m"),
                 r.Result("x", "Resident works", "micro", owner="c",
                          rivals=[r.Rival(f"Reason {n}", status) for n, status in
                                  enumerate(rivals)])],
        contributions=[
            r.Contribution("i", "out", role="necessary", strength="strong",
                           assumptions=["Coaches are trained"], evidence="Case files"),
            r.Contribution("out", "x", strength=grade, assumptions=list(assumptions)),
            r.Contribution("f", "x"), *extra,
        ],
    )


def strength(m, party="m", result="x"):
    return r.story(m, party, result).strength.value


def test_all_four_conditions_hold_credible():
    assert strength(model()) == "credible"
    assert assess(model(), "m", "x").gaps == ()


@pytest.mark.parametrize(("grade", "expected"), [
    ("strong", "credible"), ("moderate", "plausible"), ("weak", "weak"),
    ("untested", "unsupported")])
def test_the_weakest_grade_caps_the_story(grade, expected):
    assert strength(model(grade=grade)) == expected


def test_a_link_without_assumptions_caps_at_plausible():
    assert strength(model(assumptions=())) == "plausible"
    assert strength(model(assumptions=(), grade="weak")) == "weak"


def test_a_condition_not_met_caps_at_plausible_and_unknown_does_not():
    assert strength(model(condition="not_met")) == "plausible"
    assert strength(model(condition="unknown")) == "credible"


@pytest.mark.parametrize(("rivals", "expected"), [
    (("ruled_out",), "credible"), (("ruled_out", "plausible"), "plausible"),
    (("ruled_out", "unknown"), "weak"), ((), "weak"), (("plausible", "unknown"), "weak")])
def test_rivals_cap_the_story(rivals, expected):
    assert strength(model(rivals=rivals)) == expected


def test_no_route_is_unsupported():
    a = assess(model(), "c", "out")
    assert (a.strength.value, a.route, a.gaps) == ("unsupported", (), ((Gap.NO_ROUTE,
                                                                        a.strength),))


def test_the_best_supported_route_wins_over_a_shorter_weak_one():
    direct = r.Contribution("m", "x", strength="weak", assumptions=["Town talks to employers"])
    a = assess(model(extra=[direct]), "m", "x")
    assert a.route == ("m", "i", "out", "x")
    assert a.strength.value == "credible"
    weak = assess(model(grade="untested", extra=[direct]), "m", "x")
    assert weak.route == ("m", "x")
    assert weak.strength.value == "weak"


def test_gaps_are_lowest_cap_first():
    a = assess(model(grade="moderate", rivals=("unknown",), assumptions=()), "m", "x")
    assert [(g.value, s.value) for g, s in a.gaps] == [
        ("rivals_unexamined", "weak"), ("evidence", "plausible"), ("assumptions", "plausible")]


def test_story_record_names_weakest_links_and_open_rivals():
    s = r.story(model(grade="weak", rivals=("ruled_out", "plausible")), "m", "x")
    assert [(c.source, c.target, c.assumptions) for c in s.weakest] == [
        ("out", "x", ("Residents come",))]
    assert [v.explanation for v in s.rivals_open] == ["Reason 1"]
    assert s.strengthen == ("Gather evidence for the link from “Coaching given” to “Resident "
                            "works”: its evidence is weak now.",
                            "Find evidence that rules out, or sizes, the rival explanation: "
                            "Reason 1.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        s.strength = "credible"  # type: ignore[misc]


STORY_EN = """\
### The contribution of Town to “Resident works”: weak

**1. The cause–effect question.** Has Town contributed to “Resident works” (a result of \
Resident)?

**2. The postulated chain and its risks.** The contribution of Town runs through “Coaching” (1 \
step on to “Resident works”). The link from “Coaching” to “Coaching given”: evidence strong. \
Evidence: Case files. Assumes: Coaches are trained. The link from “Coaching given” to “Resident \
works”: evidence weak. Assumes: Residents come.

**3. Other influences and rival explanations.** An external factor plays a part: Economy. Rival \
explanation: Reason 0 (ruled out).

**4. The contribution story and its weak points.** The story is weak: the evidence for the link \
from “Coaching given” to “Resident works” is weak.

**5. What would strengthen it most.** Gather evidence for the link from “Coaching given” to \
“Resident works”: its evidence is weak now.
"""

STORY_NL = """\
### De bijdrage van Town aan “Resident works”: zwak

**1. De oorzaak-gevolgvraag.** Heeft Town bijgedragen aan “Resident works” (een resultaat van \
Resident)?

**2. De veronderstelde keten en haar risico's.** De bijdrage van Town loopt via “Coaching” (met \
1 tussenstap naar “Resident works”). De schakel van “Coaching” naar “Coaching given”: bewijs \
sterk. Bewijs: Case files. Veronderstelt: Coaches are trained. De schakel van “Coaching given” \
naar “Resident works”: bewijs zwak. Veronderstelt: Residents come.

**3. Andere invloeden en andere verklaringen.** Een externe factor speelt mee: Economy. Andere \
verklaring: Reason 0 (uitgesloten).

**4. Het bijdrageverhaal en zijn zwakke plekken.** Het verhaal is zwak: het bewijs voor de \
schakel van “Coaching given” naar “Resident works” is zwak.

**5. Wat het verhaal het meest zou versterken.** Verzamel bewijs voor de schakel van “Coaching \
given” naar “Resident works”: het bewijs is nu zwak.
"""


def test_story_text_in_english_and_dutch():
    m = model(grade="weak")
    assert r.story(m, "m", "x").text == STORY_EN
    assert r.story(m, "m", "x", lang="nl").text == STORY_NL


def test_user_text_in_the_story_is_escaped():
    m = model()
    m = m.evolve(results=[attrs.evolve(x, statement="*bold* <b>") if x.id == "x" else x
                          for x in m.results.values()])
    text = r.story(m, "m", "x").text
    assert "\\*bold\\* &lt;b&gt;" in text
    assert "<b>" not in text


def test_the_examples_stories_differ():
    got = {}
    for name in ("debt-help", "youth-region"):
        m = r.example(name)
        for c in m.claims:
            got[(name, c.party, c.result)] = strength(m, c.party, c.result)
    assert got == {
        ("debt-help", "municipality", "stable"): "plausible",
        ("debt-help", "municipality", "fewer_debts"): "unsupported",
        ("debt-help", "municipality", "fewer_evictions"): "weak",
        ("youth-region", "region", "contracted"): "plausible",
        ("youth-region", "nijkerk", "timely"): "credible",
        ("youth-region", "region", "fewer_placements"): "weak",
    }


def test_the_report_has_a_story_for_every_stated_claim():
    text = r.report(r.example("youth-region"))
    section = text.split("## Contribution stories\n")[1].split("\n## ")[0]
    assert [line for line in section.splitlines() if line.startswith("### ")] == [
        "### The contribution of Youth care region Vallei to “Specialised care is contracted "
        "with quality requirements”: plausible",
        "### The contribution of Municipality of Nijkerk to “Children in the region get "
        "specialised care in time”: credible",
        "### The contribution of Youth care region Vallei to “Fewer children in the region are "
        "placed away from home”: weak",
    ]
    assert "<h3>" in r.report(r.example("youth-region"), format="html")


def test_story_on_the_command_line(capsys):
    from resultaat.cli._main import main

    path = str(r.example_path("debt-help"))
    assert main(["story", path, "--party", "municipality", "--result", "stable"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("### The contribution of Municipality of Nijkerk to “The family's "
                          "debts are stable”: plausible\n")
    assert main(["story", path, "--party", "municipality", "--result", "fewer_evictions",
                 "--json", "--lang", "nl"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["strength"] == "weak"
    assert data["weakest"] == [{"from": "stable", "from_name": "The family's debts are stable",
                                "to": "fewer_evictions",
                                "to_name": "Fewer families in the city are evicted for rent "
                                           "arrears", "strength": "weak",
                                "assumptions": ["Households with a stable debt situation pay "
                                                "their rent"]}]
    assert data["party_name"] == "Municipality of Nijkerk"
    assert [v["status"] for v in data["rivals_open"]] == ["plausible"]
    assert data["text"].startswith("### De bijdrage van Municipality of Nijkerk")
    assert main(["story", path, "--party", "municipality", "--result", "nope"]) == 2


def test_check_codes_of_contribution_analysis():
    m = model(grade="weak", rivals=())
    got = [(f.code, f.severity.value, f.subject) for f in r.check(m)
           if f.code in ("weak-link", "rival-unexamined", "assumption-missing")]
    assert got == []  # no stated claim, and the necessary link has its assumption
    m = m.evolve(claims=[r.StatedClaim("m", "x", "contributes")],
                 contributions=[attrs.evolve(c, assumptions=()) for c in m.contributions])
    found = {f.code: f for f in r.check(m)}
    assert found["weak-link"].message == (
        "Town claims “Resident works”, but even its best-supported route rests on weak "
        "evidence for the link from “Coaching given” to “Resident works”; gather evidence "
        "there, or claim less.")
    assert found["rival-unexamined"].subject == "x"
    assert found["assumption-missing"].subject == "i→out"
    assert found["assumption-missing"].severity is r.Severity.INFO
    strong = m.evolve(contributions=[attrs.evolve(c, strength="moderate")
                                     for c in m.contributions])
    assert "weak-link" not in {f.code for f in r.check(strong)}


def test_a_link_short_of_evidence_and_assumptions_is_named_once():
    nl = r.story(r.example("wijkteam"), "team", "waits").text
    assert ("is niet getoetst, andere verklaringen zijn niet onderzocht en voor diezelfde "
            "schakel is geen veronderstelling opgeschreven.") in nl
    en = r.story(r.example("neighbourhood-team"), "team", "waits").text
    assert "no assumption is written down for that same link." in en
