"""The pile-up scan, the negative contribution, purposes and coordinators."""

import pytest

import resultaat as r
from resultaat import Contribution, Indicator, Intervention, Model, Party, Result


def home(*, coordinator=None, purpose=None, against=True, extra=()):
    """A family helped by three organisations; the check-up works against calm at home."""
    return Model(
        parties=[Party("fam", "the Bakker family", "citizen", coordinator=coordinator),
                 Party("town", "Town", "municipality"), Party("care", "Care", "provider"),
                 Party("school", "School", "school")],
        interventions=[
            Intervention("talk", "Family talks", by="care", beneficiary="fam", policy="Youth"),
            Intervention("tutor", "Tutoring", by="school", beneficiary="fam"),
            Intervention("check", "Yearly check-up", by="town", beneficiary="fam", policy="Wmo"),
            *extra],
        results=[Result("calm", "Calm at home", "micro", owner="fam",
                        indicators=[Indicator("score", purpose=purpose)]),
                 Result("grades", "Better grades", "micro", owner="fam"),
                 Result("checked", "Help goes to who needs it", "meso", owner="town")],
        contributions=[Contribution("talk", "calm"), Contribution("tutor", "grades"),
                       Contribution("grades", "calm"), Contribution("check", "checked"),
                       *([Contribution("check", "calm", effect="negative")] if against
                         else [])])


def test_scan_finds_conflict_coordination_stop_and_purpose():
    scan = r.pileup(home(), "fam")
    assert scan.organisations == ("care", "school", "town")
    assert scan.conflicts == (r.Conflict("check", "calm", ("talk", "tutor")),)
    assert scan.unrelated == ("check",)
    assert scan.measured == (r.MeasuredAbout("calm", "score", None),)
    assert [(q.ask.value, q.subject) for q in scan.questions] == [
        ("conflict", "check→calm"), ("coordination", "fam"), ("stop", "check"),
        ("purpose", "calm.score")]
    assert [q.text for q in scan.questions] == [
        "“Yearly check-up” works against “Calm at home”, the very result that other help for "
        "the Bakker family aims at (“Family talks” and “Tutoring”): does the help pull this "
        "household two ways, and which should give way?",
        "The Bakker family gets help from 3 organisations (Care, School and Town) and no one is "
        "named to coordinate: who keeps the overview, and does the household have one person "
        "to turn to?",
        "“Yearly check-up” (Wmo) lands on the Bakker family but feeds none of the household's "
        "own results: what does it do for this household, and could it stop?",
        "Why is “score” measured about the Bakker family, and who uses it? No purpose is "
        "written down; if no one can explain it to the household, should it still be "
        "measured?"]


def test_scan_in_dutch_asks_the_same_questions():
    texts = [q.text for q in r.pileup(home(), "fam", lang="nl").questions]
    assert texts[1] == (
        "The Bakker family krijgt hulp van 3 organisaties (Care, School en Town) en niemand is "
        "aangewezen om die hulp af te stemmen: wie houdt het overzicht, en heeft dit "
        "huishouden één vast aanspreekpunt?")
    assert texts[2] == (
        "“Yearly check-up” (Wmo) komt bij the Bakker family terecht, maar draagt aan geen "
        "enkel eigen resultaat van dit huishouden bij: wat levert het op, en kan het stoppen?")
    assert texts[3] == (
        "Waarom wordt “score” bij the Bakker family gemeten, en wie gebruikt de uitkomst? Er "
        "staat geen doel bij. Als niemand dit huishouden kan uitleggen waarvoor de meting "
        "dient, moet die dan doorgaan?")
    assert texts[0].startswith("“Yearly check-up” werkt “Calm at home” tegen, terwijl andere "
                               "hulp voor the Bakker family daar juist op gericht is")


def test_a_coordinator_and_a_purpose_answer_their_questions():
    scan = r.pileup(home(coordinator="care", purpose="The family sees its progress"), "fam")
    assert [q.ask.value for q in scan.questions] == ["conflict", "stop"]
    assert scan.coordinator == "care"
    assert scan.measured[0].purpose == "The family sees its progress"


def test_without_the_negative_arrow_there_is_no_conflict():
    assert r.pileup(home(against=False), "fam").conflicts == ()


def test_working_against_the_households_own_result_that_nothing_else_serves():
    m = home(extra=[Intervention("fine", "Fine for late papers", by="town", beneficiary="fam")])
    m = m.evolve(results=[*m.results.values(), Result("free", "Free of debt", "micro",
                                                       owner="fam")],
                 contributions=[*m.contributions,
                                Contribution("fine", "free", effect="negative")])
    scan = r.pileup(m, "fam")
    assert r.Conflict("fine", "free", ()) in scan.conflicts
    assert ("“Fine for late papers” works against “Free of debt”, a result in the life of "
            "the Bakker family itself: is that a price worth paying, and does the household "
            "know it?") in [q.text for q in scan.questions]


def test_debt_help_scan_has_a_coordination_question_and_a_candidate_to_stop():
    for name in ("debt-help", "schuldhulp"):
        scan = r.pileup(r.example(name), "family")
        assert [q.ask.value for q in scan.questions] == [
            "conflict", "coordination", "stop", "purpose"]
        assert scan.unrelated == ("reassessment",)


def test_a_negative_contribution_gets_no_share_and_takes_none():
    parties = [Party("a", "A", "citizen"), Party("b", "B", "network"),
               Party("c", "C", "provider")]
    results = [Result("x", "X", "micro", owner="a")]
    plain = Model(parties=parties, results=results,
                  contributions=[Contribution("a", "x", role="necessary"), Contribution("b", "x")])
    against = plain.evolve(contributions=[*plain.contributions,
                                          Contribution("c", "x", weight=5, effect="negative")])
    assert dict(r.attribution(plain, "x").shares) == {"a": 0.75, "b": 0.25}
    assert dict(r.attribution(against, "x").shares) == {"a": 0.75, "b": 0.25}
    assert r.judge(against, "c", "x").verdict is r.Verdict.NONE  # no route runs against it
    assert r.claims(against, "c") == []


def test_a_negative_contribution_is_drawn_as_such():
    dot = r.to_dot(home())
    assert [x.strip() for x in dot.splitlines() if "arrowhead=tee" in x] == [
        'i2 -> r0 [arrowhead=tee color="#D55E00" penwidth=1.1 '
        'tooltip="works against the result" xlabel="−"]']
    assert "works against the result; no share of the credit" in dot
    assert "works against" not in r.to_dot(home(against=False))


def test_indicator_without_purpose_is_found_in_english_and_dutch():
    found = [f for f in r.check(home()) if f.code == "indicator-without-purpose"]
    assert [(f.severity.value, f.subject, f.message) for f in found] == [(
        "warning", "calm.indicators[0]",
        "“score” of “Calm at home” is measured about residents, but no purpose says why and "
        "who uses it; write one a resident could be told (purpose), or stop measuring it.")]
    nl = [f.message for f in r.check(home(), lang="nl") if f.code == "indicator-without-purpose"]
    assert nl == ["“score” bij “Calm at home” wordt over inwoners gemeten, maar er staat niet "
                  "bij waarom, en wie het gebruikt; schrijf onder `purpose` een doel op dat je "
                  "aan een inwoner kunt uitleggen, of stop met meten."]
    assert not [f for f in r.check(home(purpose="Shown to the family"))
                if f.code == "indicator-without-purpose"]


def test_an_indicator_measured_per_case_needs_a_purpose_too():
    m = Model(parties=[Party("town", "Town", "municipality")],
              results=[Result("r", "R", "meso", owner="town", indicators=[Indicator("n")])],
              measurements=[r.Measurement("r", "n", "2025", 1, case="c1")])
    assert [f.subject for f in r.check(m) if f.code == "indicator-without-purpose"] == [
        "r.indicators[0]"]
    m = m.evolve(measurements=[r.Measurement("r", "n", "2025", 1)])
    assert [f.subject for f in r.check(m) if f.code == "indicator-without-purpose"] == []


def test_a_coordinator_must_be_a_party():
    with pytest.raises(r.ModelError) as e:
        Model(parties=[Party("fam", "F", "citizen", coordinator="nobody")])
    assert str(e.value.problems[0]) == (
        "parties[0].coordinator: unknown party 'nobody'; add it to parties or fix the id")


def test_household_command(capsys):
    from resultaat.cli._main import main

    code = main(["household", str(r.example_path("debt-help")), "--party", "family"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("The Yilmaz family: 7 interventions from 5 organisations\n"
                          "  Debt help: Debt counselling and a payment plan (Credit bank)\n")
    assert "Questions for the team:\n  - “Yearly reassessment" in out
    assert "  - safety checklist score: not stated\n" in out
    code = main(["household", str(r.example_path("schuldhulp")), "--party", "family",
                 "--json"])
    import json

    data = json.loads(capsys.readouterr().out)
    assert (data["unrelated"], data["coordinator"]) == (["reassessment"], None)
    assert [q["ask"] for q in data["questions"]] == ["conflict", "coordination", "stop",
                                                     "purpose"]
    assert data["questions"][1]["text"].startswith(
        "Het gezin Yilmaz krijgt hulp van 5 organisaties")


def test_report_section_under_each_household():
    text = r.report(home(coordinator="care", purpose="The family sees its progress",
                         against=False), party="town")
    part = text.split("### What piles up: questions for the team", 1)[1]
    assert part.startswith(
        "\n\nThe scan gives no verdicts. These are questions to talk through with the "
        "professionals and the household before adding help, or to decide what can stop.\n\n"
        "Care coordinates the help for the Bakker family.\n\n"
        "- “Yearly check-up” (Wmo) lands on the Bakker family")
    assert ("What is measured about the Bakker family, and why:\n\n| Indicator | Result | "
            "Why it is measured |") in part
    assert "| score | Calm at home | The family sees its progress |" in part
    quiet = Model(parties=[Party("fam", "the Bakker family", "citizen"),
                           Party("town", "Town", "municipality")],
                  interventions=[Intervention("talk", "Talks", by="town", beneficiary="fam")],
                  results=[Result("calm", "Calm", "micro", owner="fam")],
                  contributions=[Contribution("talk", "calm")])
    assert ("De scan roept geen vragen op over wat er op the Bakker family afkomt."
            in r.report(quiet, lang="nl"))
