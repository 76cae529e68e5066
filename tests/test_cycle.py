"""The planning and control cycle: targets with a path, the adjustment log, report moments."""

import pytest

import resultaat as r
from resultaat import Indicator, Marker, Measurement, ModelError, PathPoint, Period, Signal

P = Period.parse


def debt_model(**indicator):
    """One result with one indicator, as the issue's debt case: 18,000 in 2024 to 12,000."""
    b = r.ModelBuilder("Debts")
    b.party("municipality", "Municipality", "municipality")
    b.party("resident", "Residents in debt", "citizen")
    b.party("team", "Debt team", "provider")
    b.intervention("help", "Debt counselling", by="team", commissioned_by="municipality",
                   cost=100000)
    values = {"name": "debt", "baseline": 18000, "target": 12000, "direction": "lower",
              **indicator}
    b.result("debts", "Debts are manageable", "micro", owner="resident",
             indicators=[Indicator(**values)])
    b.contribute("help", "debts")
    return b.build()


def judged(model, *values):
    rows = [Measurement("debts", "debt", period, value) for period, value in values]
    return r.progress(model, rows)


def linear(**extra):
    return debt_model(baseline_period=P("2024"), deadline=P("2027"), **extra)


# --- targets with a deadline and a path ------------------------------------------


def test_the_issue_case_reads_as_expected_not_worse():
    (p,) = judged(linear(), ("2025", 15500))
    assert (p.expected, p.target, p.deviation, p.signal) == (16000, 12000, 500, Signal.ON_TRACK)
    assert p.relative == pytest.approx(500 / 6000)
    # the same realised value against the final target alone, as before
    (old,) = judged(debt_model(), ("2025", 15500))
    assert (old.expected, old.deviation, old.signal) == (12000, -3500, Signal.WORSE)


def test_steady_improvement_on_the_path_is_never_worse():
    found = judged(linear(), ("2024-H2", 18000), ("2025-H1", 17000), ("2025", 16000),
                   ("2026", 14000), ("2027", 12000), ("2028", 11000))
    assert [p.expected for p in found] == [18000, 17000, 16000, 14000, 12000, 12000]
    assert [p.signal for p in found] == [Signal.ON_TRACK] * 5 + [Signal.BETTER]
    faster = judged(linear(), ("2025", 15000), ("2026", 12500))
    assert [p.signal for p in faster] == [Signal.BETTER, Signal.BETTER]


def test_waiting_time_of_eleven_weeks_in_the_first_year_of_four():
    model = debt_model(name="weeks", baseline=12, target=6, baseline_period=P("2024"),
                       deadline=P("2028"))
    (p,) = r.progress(model, [Measurement("debts", "weeks", "2025", 11)])
    assert (p.expected, p.deviation, p.signal) == (10.5, -0.5, Signal.ON_TRACK)


def test_weeks_to_a_plan_from_9_to_5_against_4_is_better_and_signed_as_better():
    model = debt_model(name="weeks", baseline=9, target=4, baseline_period=P("2024"),
                       deadline=P("2027"))
    (p,) = r.progress(model, [Measurement("debts", "weeks", "2026", 5)])
    assert p.expected == pytest.approx(5.666666667)
    assert p.deviation == pytest.approx(0.666666667)  # fewer weeks than expected: +
    assert p.signal is Signal.BETTER


def test_higher_is_better_both_ways():
    model = debt_model(name="work", baseline=20, target=35, direction="higher",
                       baseline_period=P("2023"), deadline=P("2027"))
    rows = [Measurement("debts", "work", "2025", v) for v in (27.5,)]
    assert r.progress(model, rows)[0].signal is Signal.ON_TRACK
    for value, signal, deviation in ((30, Signal.BETTER, 2.5), (24, Signal.WORSE, -3.5)):
        (p,) = r.progress(model, [Measurement("debts", "work", "2025", value)])
        assert (p.expected, p.deviation, p.signal) == (27.5, deviation, signal)


def test_interim_targets_bend_the_path():
    model = linear(path=(PathPoint(P("2025"), 17500), PathPoint(P("2026"), 15000)))
    ind = model.results["debts"].indicators[0]
    expected = {label: ind.expected_at(P(label)).value
                for label in ("2024-H1", "2024", "2025-H1", "2025", "2026-H1", "2026",
                              "2027", "2030")}
    assert expected == {"2024-H1": 18000, "2024": 18000, "2025-H1": 17750, "2025": 17500,
                        "2026-H1": 16250, "2026": 15000, "2027": 12000, "2030": 12000}


def test_interim_targets_without_a_baseline_period():
    model = debt_model(deadline=P("2027"), path=(PathPoint(P("2025"), 17000),))
    ind = model.results["debts"].indicators[0]
    assert [ind.expected_at(P(x)).value for x in ("2024", "2025", "2026")] == [17000, 17000,
                                                                             14500]


def test_graduated_markers():
    model = linear(path=(PathPoint(P("2025"), 17000, like=16500, love=16000),))
    ind = model.results["debts"].indicators[0]
    assert ind.expected_at(P("2025")) == r.Expected(17000, 16500, 16000)
    cases = {16900: (Marker.EXPECT, Signal.ON_TRACK), 16400: (Marker.LIKE, Signal.BETTER),
             15900: (Marker.LOVE, Signal.BETTER), 17400: (None, Signal.ON_TRACK),
             18000: (None, Signal.WORSE)}
    for value, (marker, signal) in cases.items():
        (p,) = judged(model, ("2025", value))
        assert (p.marker, p.signal) == (marker, signal), value
    (plain,) = judged(linear(), ("2025", 15900))
    assert plain.marker is None


def test_a_revision_changes_the_path_from_its_period_on_never_before():
    model = linear(revisions=(r.TargetRevision(13000, P("2026"), "budget cut"),))
    found = judged(model, ("2025", 16000), ("2026", 15000))
    assert [p.expected for p in found] == [16000, pytest.approx(14666.666666667)]
    assert [p.target for p in found] == [12000, 13000]
    assert found[0].revision is None
    ind = model.results["debts"].indicators[0]
    assert ind.expected_at(P("2025"), target=13000).value == pytest.approx(16333.333333333)


def test_the_jaarrekening_cites_no_measurement_after_its_year():
    text = r.report(r.example("steering"), moment="jaarrekening")
    assert "was 26.5 in 2025-H2, against 26 expected by then on the way to 32 by 2027" in text
    assert "2026-H1" not in text


@pytest.mark.parametrize(("keys", "problem"), [
    ("deadline: 2027", "results[0].indicators[0].deadline: a deadline needs a path from where "
     "things stood: add `baseline` and `baseline_period` (the period it was measured in), or "
     "interim targets in `path`"),
    ("baseline_period: 2024\n        path: [{period: 2025, value: 17000}]",
     "results[0].indicators[0].path: a path leads to a deadline; add `deadline: …`, the period "
     "by which the target is to be reached"),
    ("baseline_period: 2024\n        deadline: 2027\n        path: [{period: 2026, value: 1},"
     " {period: 2025, value: 2}]",
     "results[0].indicators[0].path[1].period: the interim target for 2025 must come after "
     "2026; list the path in time order, after the baseline period"),
    ("baseline_period: 2024\n        deadline: 2027\n        path: [{period: 2028, value: 1}]",
     "results[0].indicators[0].path[0].period: the interim target for 2028 lies after the "
     "deadline 2027; move the deadline or remove this step"),
    ("baseline_period: 2024\n        deadline: 2027\n        path: [{period: 2027, value: 1}]",
     "results[0].indicators[0].path[0].value: the value expected at the deadline is the "
     "target (12,000), not 1; write the target here or change `target`"),
    ("baseline_period: 2024\n        deadline: 2027\n        path: [{period: 2025, value: "
     "17000, like: 17500}]",
     "results[0].indicators[0].path[0].like: like (17,500) must be at least as good as 17,000,"
     " the marker before it (better is lower); order the markers value ≤ like ≤ love in the "
     "better direction"),
    ("baseline_period: 2027\n        deadline: 2027",
     "results[0].indicators[0].baseline_period: the baseline period 2027 must come before the "
     "deadline 2027"),
])
def test_a_wrong_path_is_refused_with_its_place_and_fix(keys, problem):
    text = f"""resultaat: 2
parties: [{{id: p, name: P, kind: municipality}}]
results:
  - id: r
    statement: S
    level: micro
    owner: p
    indicators:
      - name: debt
        baseline: 18000
        target: 12000
        direction: lower
        {keys}
"""
    with pytest.raises(ModelError) as e:
        r.loads(text, source="m.yaml")
    assert [p.where for p in e.value.problems] == [problem.split(": ", 1)[0]]
    assert e.value.problems[0].message == problem.split(": ", 1)[1]
    assert e.value.problems[0].file == "m.yaml"


def test_a_file_without_the_new_keys_reads_as_before():
    model = r.example("wheelchair")
    for res in model.results.values():
        for ind in res.indicators:
            assert (ind.deadline, ind.baseline_period, ind.path) == (None, None, ())
    assert r.dumps(model) == r.dumps(r.loads(r.dumps(model)))
    assert "deadline" not in r.dumps(model)
    assert "adjustments" not in r.dumps(model)


def test_the_new_keys_round_trip_in_yaml_and_json():
    model = r.example("steering")
    for fmt in ("yaml", "json"):
        again = r.loads(r.dumps(model, fmt), fmt)
        assert again == model, fmt
    text = r.dumps(model)
    assert "date: '2025-09-15'" in text or "date: 2025-09-15" in text
    assert "- {period: '2025', value: 8.2, like: 8, love: 7.8}" in text


# --- the adjustment log and signal-unanswered ----------------------------------------


def logged(*adjustments, values=(("2025", 17500), ("2026", 16500))):
    model = linear()
    rows = [Measurement("debts", "debt", P(p), v) for p, v in values]
    return model.evolve(measurements=rows, adjustments=adjustments)


def adjust(date, period="2025", result="debts", indicator="debt"):
    return r.Adjustment(date, r.SignalSeen(result, indicator, P(period)), "More counsellors",
                        "municipality")


def unanswered_codes(model):
    return [(f.code, f.subject) for f in r.check(model) if f.code == "signal-unanswered"]


def test_two_periods_worse_with_nothing_logged_is_flagged():
    model = logged()
    assert [p.signal for p in r.progress(model)] == [Signal.WORSE, Signal.WORSE]
    assert unanswered_codes(model) == [("signal-unanswered", "debts")]
    (f,) = [f for f in r.check(model) if f.code == "signal-unanswered"]
    assert f.message == ("“Debts are manageable”: “debt” was worse than expected in 2025 and "
                         "2026, and no adjustment is logged since 2025; log in adjustments what "
                         "was decided, even if it was to wait.")
    assert [[p.label for p in u.periods] for u in r.unanswered(model, r.progress(model))] == [
        ["2025", "2026"]]


def test_an_adjustment_after_the_first_signal_answers_it():
    assert unanswered_codes(logged(adjust("2026-02-01"))) == []
    assert unanswered_codes(logged(adjust("2025-01-01"))) == []  # within the first period
    assert unanswered_codes(logged(adjust("2024-12-31", "2024"))) == [
        ("signal-unanswered", "debts")]  # about an earlier signal: not an answer to 2025


def test_one_worse_period_or_a_broken_run_is_not_flagged():
    assert unanswered_codes(logged(values=(("2025", 17500),))) == []
    assert unanswered_codes(logged(values=(("2025", 17500), ("2026", 14000),
                                           ("2027", 14000)))) == []
    assert unanswered_codes(logged(values=(("2025", 17500), ("2026", 14000), ("2027", 14000),
                                           ("2028", 14000)))) == [("signal-unanswered", "debts")]


def test_answers_are_found_per_signal_by_date():
    model = logged(adjust("2026-03-01", "2026"), adjust("2025-09-01"), adjust("2026-01-01"))
    assert [a.when.isoformat() for a in r.answers(model, "debts", "debt")] == [
        "2025-09-01", "2026-01-01", "2026-03-01"]
    assert [a.when.isoformat() for a in r.answers(model, "debts", "debt", P("2026"))] == [
        "2026-03-01"]


def test_the_steering_example_answers_one_worse_signal_and_not_the_other():
    model = r.example("steering")
    found = r.unanswered(model, r.progress(model))
    assert [(u.result, u.indicator) for u in found] == [("unemployment", "youth unemployment")]
    started = [p for p in r.progress(model) if p.result == "started"]
    assert [p.signal for p in started][1:3] == [Signal.WORSE, Signal.WORSE]
    assert r.answers(model, "started", "started in time", P("2025-H1"))[0].decision == (
        "A second coach from September, paid from the programme reserve")
    assert all(p.signal is not Signal.WORSE for p in r.progress(model)
               if p.indicator == "in work after six months")


@pytest.mark.parametrize(("entry", "problem"), [
    ("{date: 2025-09-15, signal: {result: debts, indicator: debt, period: 2025}, decision: x, "
     "decided_by: nobody}",
     "adjustments[0].decided_by: unknown party 'nobody'; add it to parties or fix the id"),
    ("{date: 2025-09-15, signal: {result: debts, indicator: dbet, period: 2025}, decision: x, "
     "decided_by: p}",
     "adjustments[0].signal.indicator: result 'debts' has no indicator 'dbet' (did you mean "
     "'debt'?); it has: debt"),
    ("{date: 15-09-2025, signal: {result: debts, indicator: debt, period: 2025}, decision: x, "
     "decided_by: p}",
     "adjustments[0].date: must be a date such as 2025-09-15, got '15-09-2025'"),
    ("{date: 2024-06-01, signal: {result: debts, indicator: debt, period: 2025-H1}, "
     "decision: x, decided_by: p}",
     "adjustments[0].date: the decision of 2024-06-01 comes before the period of its signal "
     "(2025-H1) began, so it cannot answer it; fix the date, or the period of the signal"),
    ("{date: 2025-09-15, signal: {result: debts, indicator: debt, period: 2025}, decision: x, "
     "decided_by: p, changes: [{kind: intervention_stopped}]}",
     "adjustments[0].changes[0].intervention: a change of kind intervention_stopped needs "
     "`intervention`; add it"),
    ("{date: 2025-09-15, signal: {result: debts, indicator: debt, period: 2025}, decision: x, "
     "decided_by: p, changes: [{kind: target, value: 32}]}",
     "adjustments[0].changes[0].value: the target of 'debt' was never 32; add the revision to "
     "the indicator's `targets` (`{value: 32, from: …, why: …}`) or correct the value"),
    ("{date: 2025-09-15, signal: {result: debts, indicator: debt, period: 2025}, decision: x, "
     "decided_by: p, changes: [{kind: condition, intervention: help, condition: Staf}]}",
     "adjustments[0].changes[0].condition: intervention 'help' has no condition 'Staf' (did you "
     "mean 'Staff'?); it has: Staff"),
])
def test_a_wrong_adjustment_is_refused_with_its_place_and_fix(entry, problem):
    text = f"""resultaat: 2
parties: [{{id: p, name: P, kind: municipality}}]
interventions:
  - {{id: help, name: Help, by: p, conditions: [{{name: Staff, kind: staff}}]}}
results:
  - {{id: debts, statement: S, level: micro, owner: p, indicators: [{{name: debt}}]}}
adjustments:
  - {entry}
"""
    with pytest.raises(ModelError) as e:
        r.loads(text, source="m.yaml")
    assert [f"{p.where}: {p.message}" for p in e.value.problems] == [problem]
    assert e.value.problems[0].line == 8


def test_a_wrong_adjustment_is_refused_in_dutch_too():
    text = """resultaat: 2
language: nl
parties: [{id: p, name: P, kind: municipality}]
results:
  - {id: debts, statement: S, level: micro, owner: p, indicators: [{name: debt}]}
adjustments:
  - {date: 2025-09-15, signal: {result: debts, indicator: debt, period: 2025}, decision: x,
     decided_by: p, changes: [{kind: target}, {kind: target, value: 3}]}
"""
    with pytest.raises(ModelError) as e:
        r.loads(text)
    assert [p.message for p in e.value.problems] == [
        "een wijziging van de soort target heeft `value` nodig; vul die in"]
    with pytest.raises(ModelError) as e:
        r.loads(text.replace("[{kind: target}, ", "["))
    assert [p.message for p in e.value.problems] == [
        "de streefwaarde van 'debt' is nooit 3 geweest; zet de bijstelling bij de `targets` van "
        "de indicator (`{value: 3, from: …, why: …}`) of verbeter de waarde"]


# --- report moments --------------------------------------------------------------------


@pytest.mark.parametrize(("moment", "lang", "lines"), [
    ("begroting", "en", [
        "# Back to work in Nijkerk-Oost — Begroting (budget)",
        "The begroting is the municipality's budget for the coming year.",
        "| Job seekers find and keep paid work | in work after six months | 20 (2023) | "
        "2024: 23 · 2025: 26 · 2026: 29 | 32 (revised 2025-H2: the regional labour market "
        "cooled) | 2027 |",
        "### What will we do for it?"]),
    ("begroting", "nl", [
        "# Weer aan het werk in Nijkerk-Oost — Begroting",
        "De begroting beantwoordt vooraf drie vragen: wat willen we bereiken, wat gaan we "
        "daarvoor doen en wat mag het kosten?",
        "| Minder jeugdwerkloosheid in de gemeente | jeugdwerkloosheid | 9 (2023) | "
        "2024: 8,6 · 2025: 8,2 · 2026: 7,6 | 7 | 2027 |",
        "### Wat mag het kosten?"]),
    ("bestuursrapportage", "en", [
        "# Back to work in Nijkerk-Oost — Bestuursrapportage (interim report)",
        "## Signals against the path",
        "| Job seekers start coaching within four weeks | started in time | 2025-H1 | 80 | 74 | "
        "-6 | **worse than expected** | September 15, 2025: A second coach from September, "
        "paid from the programme reserve |",
        "| Lower youth unemployment in the city | youth unemployment | 2025 | 8.2 | 8.7 | -0.5 | "
        "**worse than expected** | **nothing logged** |",
        "- Lower youth unemployment in the city: “youth unemployment” was worse than expected "
        "in 2024 and 2025, and no adjustment is logged since.",
        "## Adjustment log (bijsturingslog)"]),
    ("bestuursrapportage", "nl", [
        "# Weer aan het werk in Nijkerk-Oost — Bestuursrapportage",
        "## Signalen ten opzichte van het groeipad",
        "### Signalen die nog op een antwoord wachten",
        "| 30 juni 2025 | aan het werk na zes maanden (2025-H1) | De streefwaarde vanaf 2025-H2 "
        "verlagen naar 32%, omdat de regionale arbeidsmarkt afkoelde | Gemeente Nijkerk | "
        "streefwaarde bijgesteld naar 32 |"]),
    ("jaarrekening", "en", [
        "# Back to work in Nijkerk-Oost — Jaarrekening 2025 (annual accounts)",
        "## What did we achieve in 2025?",
        "| Job seekers find and keep paid work (not ours to claim: the result of Job seekers in "
        "the programme; we contribute) | in work after six months | 2025-H2 | 26 | 26.5 | +0.5 "
        "| on track |",
        "## What did it cost in 2025?",
        "| Job coaching within four weeks | €250,000 | €281,000 | +€31,000 |"]),
    ("jaarrekening", "nl", [
        "# Weer aan het werk in Nijkerk-Oost — Jaarrekening 2025",
        "De jaarrekening beantwoordt achteraf drie vragen, gemeten aan wat de begroting "
        "beloofde: wat hebben we bereikt, wat hebben we daarvoor gedaan en wat heeft het "
        "gekost?",
        "## Wat hebben we in 2025 bereikt?",
        "## Wat hebben we daarvoor in 2025 gedaan?",
        "- 15 september 2025: Vanaf september een tweede coach, betaald uit de programmareserve",
        "## Wat heeft het in 2025 gekost?",
        "| Jobcoaching binnen vier weken | €\xa0250.000 | €\xa0281.000 | +€\xa031.000 |"]),
])
def test_each_moment_in_each_language(moment, lang, lines):
    model = r.example("steering" if lang == "en" else "sturing")
    text = r.report(model, moment=moment)
    for line in lines:
        assert line in text.splitlines() or line in text, line
    page = r.report(model, moment=moment, format="html")
    assert "<h1>" in page
    assert moment.capitalize() in page


def test_a_moment_report_of_a_model_without_a_year_measured_says_so():
    text = r.report(r.example("wheelchair"), moment="jaarrekening")
    assert "No year has been measured to its end yet" in text


def test_an_unknown_moment_is_refused_naming_the_moments():
    with pytest.raises(r.SettingError) as e:
        r.report(r.example("steering"), moment="budget")
    assert str(e.value) == ("moment must be one of begroting, bestuursrapportage, "
                            "jaarrekening, got 'budget'")


def test_the_command_line_writes_a_moment(capsys):
    from resultaat.cli._main import main

    assert main(["report", str(r.example_path("sturing")), "--moment", "bestuursrapportage"]) == 0
    assert "# Weer aan het werk in Nijkerk-Oost — Bestuursrapportage" in capsys.readouterr().out


def test_user_text_in_the_log_is_escaped():
    model = r.example("steering")
    entry = r.Adjustment(P("2025-10-01").start, r.SignalSeen("started", "started in time",
                                                              P("2025-H1")),
                         "<script>x</script> | **bold**", "municipality")
    model = model.evolve(adjustments=(entry,))
    text = r.report(model, moment="bestuursrapportage")
    assert "&lt;script&gt;x&lt;/script&gt; \\| \\*\\*bold\\*\\*" in text
    page = r.report(model, moment="bestuursrapportage", format="html")
    assert "<script>x" not in page


# --- each resident's own goal ------------------------------------------------------------


def goal_rows(goals):
    rows = []
    for n, (value, goal) in enumerate(goals):
        rows.append(Measurement("debts", "debt", "2025", value, case=f"c{n}", goal=goal))
    return rows


def test_own_goal_and_collective_target_are_counted_apart():
    model = debt_model()  # target 12,000, lower is better
    rows = goal_rows([(11000, 10000), (11000, 12000), (13000, 14000), (13000, 12000),
                      (9000, None)])
    (u,) = r.rollup(model, rows)
    assert (u.cases, u.reached, u.with_goal, u.reached_goal) == (5, 3, 4, 2)
    assert u.share_reached_goal == 0.5


def test_the_report_says_whose_result_it_is():
    model = debt_model()
    rows = goal_rows([(11000, 10000), (11000, 12000), (13000, 14000), (13000, 12000),
                      (9000, None)])
    text = r.report(model, measurements=rows)
    assert ("| 2025 | all areas | no intervention named | debt | 5 | 3 (60%) | 2 of 4 (50%) | – |"
            in text)
    assert "| Reached the collective target | Reached their own goal |" in text
    assert "is their result, not Municipality's; the two are counted apart." in text
    team = model.evolve(results=[r.Result("debts", "Plans within four weeks", "micro",
                                          owner="team",
                                          indicators=model.results["debts"].indicators)])
    text = r.report(team, measurements=rows)
    assert ("how many reached the target is the result of Debt team, not of the residents."
            in text)
    assert "their own goal, or the collective target, is their result" not in text


def test_a_goal_column_in_a_csv_file():
    model = debt_model()
    csv = ("result,indicator,period,value,case,goal\n"
           "debts,debt,2025,11000,a,10000\ndebts,debt,2025,11000,b,\n"
           "debts,debt,2025,9000,c,x\n")
    with pytest.raises(r.MeasurementError) as e:
        r.load_measurements(model, csv)
    assert [(p.where, p.line) for p in e.value.problems] == [("goal", 4)]
    rows = r.load_measurements(model, csv, keep_valid=True)
    assert [m.goal for m in rows] == [10000, None]


def test_a_public_report_names_no_resident_in_the_log():
    model = r.example("steering")
    b = r.ModelBuilder("Debts", audience="public")
    b.party("municipality", "Municipality", "municipality")
    b.party("jansen", "Mrs Jansen", "citizen")
    b.result("r", "Debts are manageable", "micro", owner="jansen",
             indicators=[Indicator("debt", target=1)])
    b.contribute("municipality", "r")
    b.measure("r", "debt", "2025", 3)
    b.adjust("2025-09-01", "r", "debt", "2025", "Call Mrs Jansen, 06-12345678", decided_by="jansen")
    model = b.build()
    findings = {(f.code, f.subject) for f in r.check(model)}
    assert ("personal-name", "adjustments[0].decision") in findings
    assert ("contact-in-text", "adjustments[0].decision") in findings
    text = r.report(model, audience="public", moment="bestuursrapportage")
    assert "Jansen" not in text
    assert "12345678" not in text
