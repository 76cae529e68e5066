import pytest

import resultaat as r
from resultaat import Signal, Trend


@pytest.fixture
def steering():
    return r.example("steering")


def test_progress_against_the_path_to_the_target_in_force(steering):
    rows = [p for p in r.progress(steering) if p.indicator == "in work after six months"]
    assert [(p.period.label, p.target, p.expected, p.signal, p.trend) for p in rows] == [
        ("2024-H2", 35, 23.75, Signal.ON_TRACK, None),
        ("2025-H1", 35, 25.625, Signal.ON_TRACK, Trend.IMPROVING),
        ("2025-H2", 32, 26, Signal.ON_TRACK, Trend.IMPROVING),
        ("2026-H1", 32, 27.5, Signal.ON_TRACK, Trend.IMPROVING),
    ]
    assert rows[2].revision == "2025-H2: the regional labour market cooled"
    assert rows[0].revision is None  # the revision does not rewrite the past
    assert rows[1].deviation == -0.125
    assert rows[1].relative == pytest.approx(-0.125 / 15)


def test_lower_is_better_and_both_directions_signal(steering):
    rows = [p for p in r.progress(steering) if p.result == "unemployment"]
    assert [p.expected for p in rows] == [8.6, 8.2]
    assert [p.deviation for p in rows] == [pytest.approx(-0.3), pytest.approx(-0.5)]
    assert rows[1].trend is Trend.IMPROVING
    better = [p for p in r.progress(steering) if p.signal is Signal.BETTER]
    assert {p.period.label for p in better} == {"2024-H2"}


def test_tolerance(steering):
    first = r.progress(steering, tolerance=0.5)[0]
    assert first.signal is Signal.ON_TRACK  # 40% better is within 50%


def test_latest_signals(steering):
    assert r.latest_signals(r.progress(steering)) == {
        "started": "on", "working": "on", "unemployment": "worse"}


CSV = """case;area;intervention;result;indicator;period;value
a;Oost;coaching;working;hours worked;2025-H1;0
a;Oost;coaching;working;hours worked;2025-H2;12,5
b;Oost;coaching;working;hours worked;2025-H1;4
b;Oost;coaching;working;hours worked;2025-H2;6
c;West;coaching;working;hours worked;2025-H2;20
"""


def test_rollup_from_csv_text(steering):
    rows = r.rollup_csv(steering, CSV, min_group=1)
    assert [(x.area, x.period.label, x.cases, x.reached, x.change) for x in rows] == [
        ("Oost", "2025-H1", 2, 0, None),
        ("Oost", "2025-H2", 2, 1, (2.0, 4.625, 7.25, 9.875, 12.5)),
        ("West", "2025-H2", 1, 1, None),
    ]
    assert rows[1].owner == "seekers"
    assert rows[1].share_reached == 0.5
    assert r.rollup(steering, r.load_measurements(steering, CSV), min_group=1) == rows


def test_bad_rows_are_all_reported_with_lines(steering, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(
        "result,indicator,period,value\n"
        "working,hours worked,2025-H1,3\n"
        "workng,hours worked,2025-H1,3\n"
        "working,hours,2025-H1,3\n"
        "working,hours worked,2025-Q5,3\n"
        "working,hours worked,2025-H1,three\n"
        "working,hours worked,2025-H1\n"
    )
    with pytest.raises(r.MeasurementError) as e:
        r.load_measurements(steering, path)
    assert [str(p) for p in e.value.problems] == [
        f"{path}:3 @ result: unknown result 'workng' (did you mean 'working'?)",
        f"{path}:4 @ indicator: result 'working' has no indicator 'hours' (did you mean "
        "'hours worked'?); it has: in work after six months, hours worked",
        f"{path}:5 @ period: '2025-Q5' is not a period; write 2025, 2025-H1, 2025-Q3, "
        "2025-07 or 2025-07-15",
        f"{path}:6 @ value: not a number",
        f"{path}:7: 3 cells where the header has 4",
    ]
    assert len(e.value.valid) == 1
    kept = r.load_measurements(steering, path, keep_valid=True)
    assert len(kept) == 1
    assert len(kept.problems) == 5


def test_unknown_and_missing_columns(steering):
    with pytest.raises(r.MeasurementError, match="unknown column \\(did you mean 'value'"):
        r.load_measurements(steering, "result,indicator,period,valeu\nx,y,2025,1\n")
    with pytest.raises(r.MeasurementError, match="missing column value; the columns are"):
        r.load_measurements(steering, "result,indicator,period\nx,y,2025\n")


def test_readiness(steering, wheelchair):
    ready = r.readiness(steering, "municipality")
    assert ready.ready
    assert ready.missing == ()
    not_ready = r.readiness(wheelchair, "municipality")
    assert not not_ready.ready
    assert not_ready.missing == (
        "“Provide a wheelchair”: condition “Delivery times monitored” is unknown.",
        "No intervention of Municipality of Nijkerk has a met mandate condition: who may "
        "decide?",
    )
    assert r.readiness(wheelchair, "neighbours", lang="nl").missing[0] == (
        "Er is nog geen resultaat van Her neighbours: leg vast waarop deze partij "
        "aanspreekbaar is.")


def test_progress_marks_in_the_graph(steering):
    dot = r.to_dot(steering, progress=r.latest_signals(r.progress(steering)))
    assert "▼ worse than expected" in dot
    assert "▲ better than expected" not in dot
    dot = r.to_dot(steering, progress={"working": "better"})
    assert "▲ better than expected" in dot


def test_claims_cite_realised_values(steering):
    reasons = r.judge(steering, "municipality", "working").reasons
    assert reasons[-1] == ("Measured: “in work after six months” was 28 in 2026-H1, against "
                           "27.5 expected by then on the way to 32 by 2027: on track.")
    dutch = r.judge(steering, "municipality", "unemployment", lang="nl").reasons[-1]
    assert dutch == ("Gemeten: “youth unemployment” was 8,7 in 2025; op weg naar 7 in 2027 "
                     "werd toen 8,2 verwacht: slechter dan verwacht.")
    started = r.judge(steering, "municipality", "started").reasons[-1]
    assert started == ("Measured: “started in time” was 82 in 2026-H1, against a target of "
                       "80: on track.")
