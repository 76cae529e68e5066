"""Roll-ups as one query (Ibis) on DuckDB and SQLite, against the standard-library roll-up.

These tests need the ``data`` extra, which the ``test`` extra installs: a
missing Ibis fails them, it never skips them.
"""

import random
import sys

import ibis
import pytest

import resultaat as r
from resultaat._errors import MeasurementError, UsageError
from resultaat.analysis._rollup_query import _Query
from resultaat.cli._main import main
from resultaat.model._examples import example_path

COLUMNS = ("case", "area", "intervention", "result", "indicator", "period", "value", "goal")
PERIODS = ("2024-H2", "2025-H1", "2025-H2", "2026-H1")


@pytest.fixture
def steering():
    return r.example("steering")


def _rows(seed, n_cases=60):
    """Case rows of the steering model: one value per case, indicator and period.

    Most residents have a goal of their own, the same in every period; some have none.
    """
    rng = random.Random(seed)
    rows = []
    for c in range(n_cases):
        area, intervention = rng.choice(("Oost", "West", None)), rng.choice(("coaching", None))
        goal = rng.choice((None, 4.0, 12.0, 20.0))
        for period in PERIODS[rng.randrange(3):]:
            if rng.random() < 0.8:
                rows.append((f"c{c}", area, intervention, "working", "hours worked", period,
                             float(rng.choice((0, 4, 6.5, 12, 12.25, 20, 32))), goal))
    return rows


def _measurements(rows):
    return [r.Measurement(res, ind, r.Period.parse(p), v, case, area, it, *goal)
            for case, area, it, res, ind, p, v, *goal in rows]


def _duckdb(rows):
    con = ibis.duckdb.connect()
    return con.create_table("cases", ibis.memtable(_columns(rows)))


def _sqlite(rows, path=None):
    con = ibis.sqlite.connect(path)
    return con.create_table("cases", ibis.memtable(_columns(rows)))


def _columns(rows):
    """The rows as columns; a table without goals has no goal column."""
    columns = {name: [row[i] if i < len(row) else None for row in rows]
               for i, name in enumerate(COLUMNS)}
    if all(g is None for g in columns["goal"]):
        del columns["goal"]
    return columns


@pytest.mark.parametrize("backend", [_duckdb, _sqlite])
@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("min_group", [1, 5])
def test_query_equals_standard_library_including_quartiles(steering, backend, seed, min_group):
    rows = _rows(seed)
    got = r.measure(steering, backend(rows), min_group=min_group)
    records = _measurements(rows)
    want = r.rollup(steering, records, min_group=min_group)
    assert got.engine == "query"
    assert got.rollup == want
    assert got.rollup.suppressed == want.suppressed
    assert any(u.change and u.change[1] != u.change[2] for u in want)  # quartiles interpolate
    assert any(0 < u.reached_goal < u.with_goal < u.cases for u in want)  # own goals apart
    assert got.progress == r.progress(steering, records)


def test_progress_rows_without_a_case_count_too(steering):
    started = steering.results["started"].indicators[0].name
    rows = [(None, None, None, "started", started, "2025-H1", 3.0), *_rows(4)]
    got = r.measure(steering, _duckdb(rows))
    assert got.progress == r.progress(steering, _measurements(rows))


@pytest.mark.parametrize("backend", ["sqlite", "duckdb"])
def test_rollup_runs_in_the_database_and_only_aggregates_come_back(steering, monkeypatch,
                                                                   tmp_path, backend):
    rows = _rows(5, n_cases=600)
    if backend == "sqlite":
        table = _sqlite(rows, tmp_path / "cases.sqlite")
    else:
        _duckdb_file(rows, tmp_path / "cases.duckdb")
        table = ibis.duckdb.connect(tmp_path / "cases.duckdb").table("cases")
    fetched = []
    real = _Query.rows

    def counting(self, expr):  # every result the query's engine hands to Python
        result = real(self, expr)
        fetched.append((len(result), ibis.to_sql(expr)))
        return result

    def refused(*args, **kwargs):
        raise AssertionError("a result fetched past _Query.rows")

    monkeypatch.setattr(_Query, "rows", counting)
    for name in ("execute", "to_pandas"):
        monkeypatch.setattr(type(table._find_backend()), name, refused)
    got = r.measure(steering, table, min_group=1)
    assert got.rollup == r.rollup(steering, _measurements(rows), min_group=1)
    groups = len(got.rollup) + 8  # the roll-up's groups, plus progress per period
    assert len(rows) > 1000
    assert fetched
    assert all(n <= groups for n, _ in fetched), [n for n, _ in fetched]
    assert sum(n for n, _ in fetched) < len(rows) / 10
    assert all("GROUP BY" in sql or "LIMIT" in sql or "SUM(" in sql.upper()
               for _, sql in fetched)


def test_bad_rows_in_a_table_are_reported_by_case_and_period(steering):
    good = _rows(6)[:10]
    bad = [("x1", None, None, "workng", "hours worked", "2025-H1", 1.0),
           ("x2", None, None, "working", "hours worked", "2025-H9", 1.0),
           ("x3", None, None, "working", "hours worked", "2025-H1", float("nan")),
           ("x4", None, "cooking", "working", "hours worked", "2025-H1", 1.0),
           ("x5", " Oost", None, "working", "hours worked", "2025-H1", 1.0)]
    table = _duckdb(good + bad)
    with pytest.raises(MeasurementError) as e:
        r.measure(steering, table)
    got = sorted(str(p) for p in e.value.problems)
    assert got == sorted([
        "<table> @ case 'x1', period '2025-H1': result: unknown result 'workng' (did you "
        "mean 'working'?)",
        "<table> @ case 'x2', period '2025-H9': period: " + _period_error("2025-H9"),
        "<table> @ case 'x3', period '2025-H1': value: the value is empty, not finite, or "
        "beyond ±10^15",
        "<table> @ case 'x4', period '2025-H1': intervention: unknown intervention",
        "<table> @ case 'x5', period '2025-H1': area: the area is empty or starts or ends "
        "with spaces",
    ])
    kept = r.measure(steering, table, keep_valid=True, min_group=1)
    assert len(kept.problems) == 5
    assert kept.rollup == r.rollup(steering, _measurements(good), min_group=1)


@pytest.mark.parametrize("backend", [_duckdb, _sqlite])
def test_an_id_is_refused_exactly_where_it_starts_or_ends_with_whitespace(steering, backend):
    import string

    ids = [f"{w}x" for w in string.whitespace] + [f"x{w}" for w in string.whitespace] + [
        "x y", "x\ty", "xy", "x", "\u00a0x"]
    rows = _rows(6)[:10] + [(f"id{i}", a, None, "working", "hours worked", "2025-H1", 1.0)
                            for i, a in enumerate(ids)]
    kept = r.measure(steering, backend(rows), keep_valid=True, min_group=1)
    refused = sorted(int(str(p).split("'")[1][2:]) for p in kept.problems)
    assert refused == [i for i, a in enumerate(ids) if a.strip(string.whitespace) != a]


@pytest.mark.parametrize("backend", [_duckdb, _sqlite])
def test_a_period_written_with_spaces_is_that_period(steering, backend, tmp_path):
    rows = _rows(13)
    spaced = [(*row[:5], f" {row[5]}" if i % 3 == 0 else f"{row[5]} " if i % 3 == 1
               else row[5], *row[6:]) for i, row in enumerate(rows)]
    want = r.rollup(steering, _measurements(rows), min_group=1)
    assert r.measure(steering, backend(spaced), min_group=1).rollup == want
    path = _write(spaced, tmp_path / "spaced.csv")
    got = r.measure(steering, path, min_group=1)
    assert (got.engine, got.rollup) == ("query", want)
    assert r.rollup_csv(steering, path, min_group=1) == want


def _period_error(text):
    try:
        r.Period.parse(text)
    except ValueError as e:
        return str(e)
    raise AssertionError(text)


@pytest.mark.parametrize("backend", [_duckdb, _sqlite])
def test_two_values_for_one_case_and_period_are_refused_not_settled_by_order(steering,
                                                                            backend):
    rows = [("a", "Oost", "coaching", "working", "hours worked", "2025-H1", 1.0),
            ("a", "Oost", "coaching", "working", "hours worked", "2025-H1", 2.0),
            ("b", "Oost", "coaching", "working", "hours worked", "2025-H1", 2.0)]
    with pytest.raises(MeasurementError) as e:
        r.measure(steering, backend(rows))
    assert [str(p) for p in e.value.problems] == [
        "<table> @ case 'a', period '2025-H1': case 'a' has different values for "
        "working/hours worked in 2025-H1; a table has no row order, so keep one value per "
        "case, indicator and period"]
    kept = r.measure(steering, backend(rows), keep_valid=True, min_group=1)
    assert [(u.cases, u.reached) for u in kept.rollup] == [(1, 0)]
    # the standard library, reading a file, takes the first row instead
    assert [u.cases for u in r.rollup(steering, _measurements(rows), min_group=1)] == [2]


def _fetched(monkeypatch):
    """The number of rows of each result fetched from the engine, in order."""
    fetched = []
    real = _Query.rows

    def counting(self, expr):
        result = real(self, expr)
        fetched.append(len(result))
        return result

    monkeypatch.setattr(_Query, "rows", counting)
    return fetched


def _case(case, periods, value=1.0, intervention="coaching"):
    return [(case, "Oost", intervention, "working", "hours worked", p, value + i)
            for i, p in enumerate(periods)]


MONTHS = [f"{2020 + m // 12}-{m % 12 + 1:02d}" for m in range(70)]


@pytest.mark.parametrize("extra", [
    # a second intervention in a later period: no clash, but not one row per period
    _case("a", ["2025-H1"], 5.0, intervention=None),
    _case("b", ["2024-H2", "2025-H1"]),  # a row repeated, value and all
    _case("c", MONTHS),  # periods 62 apart share a bit of the proof
])
def test_rows_that_share_a_period_take_the_general_query_with_the_same_rollup(
        steering, monkeypatch, extra):
    rows = _case("a", ["2024-H2", "2025-H1"]) + _case("b", ["2024-H2", "2025-H1"]) + extra
    fetched = _fetched(monkeypatch)
    got = r.measure(steering, _duckdb(rows), min_group=1)
    assert got.rollup == r.rollup(steering, _measurements(rows), min_group=1)
    assert len(fetched) == 3  # the counts per key, the quick roll-up, the general one


def test_one_row_per_case_and_period_is_rolled_up_by_the_quick_query_alone(steering,
                                                                            monkeypatch):
    rows = _rows(11) + _case("d", MONTHS[:40])  # 44 periods in all
    fetched = _fetched(monkeypatch)
    got = r.measure(steering, _duckdb(rows), min_group=1)
    assert got.rollup == r.rollup(steering, _measurements(rows), min_group=1)
    assert len(fetched) == 2


def test_small_groups_are_suppressed_and_listed(steering):
    rows = _rows(7)
    got = r.measure(steering, _duckdb(rows), min_group=8)
    everything = r.rollup(steering, _measurements(rows), min_group=1)
    assert got.rollup == [u for u in everything if u.cases >= 8]
    assert got.rollup.suppressed == tuple(
        (u.intervention, u.area, u.period, u.result, u.indicator)
        for u in everything if u.cases < 8)
    assert got.rollup.suppressed
    assert got.rollup.note().startswith(f"{len(got.rollup.suppressed)} groups of fewer "
                                        "than 8 residents are left out to protect their "
                                        "privacy: ")
    with pytest.raises(ValueError, match="min_group must be a whole number of at least 1"):
        r.rollup(steering, min_group=0)


# --- files: CSV, Parquet, Excel, database files --------------------------------


def _write(rows, path, header=COLUMNS, sep=",", number=str):
    lines = [sep.join(header)]
    lines += [sep.join("" if x is None else number(x) if isinstance(x, float) else x
                       for x in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_plain_csv_goes_through_duckdb_with_the_readers_values(steering, tmp_path):
    rows = _rows(8)
    path = _write(rows, tmp_path / "cases.csv")
    got = r.measure(steering, path, min_group=1)
    assert got.engine == "query"
    assert got.rollup == r.rollup_csv(steering, path, min_group=1)
    assert got.progress == r.progress(steering, r.load_measurements(steering, path))


def test_dutch_csv_is_read_by_the_csv_reader(steering, tmp_path):
    rows = _rows(8)
    path = _write(rows, tmp_path / "cases.csv", sep=";",
                  number=lambda x: format(x, "g").replace(".", ","))
    got = r.measure(steering, path, min_group=1)
    assert got.engine == "python"
    assert got.rollup == r.rollup(steering, _measurements(rows), min_group=1)


def test_ambiguous_values_are_refused_as_the_reader_refuses_them(steering, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("result,indicator,period,value\nworking,hours worked,2025-H1,17.000\n")
    with pytest.raises(MeasurementError) as want:
        r.load_measurements(steering, path)
    with pytest.raises(MeasurementError) as got:
        r.measure(steering, path)
    assert [str(p) for p in got.value.problems] == [str(p) for p in want.value.problems]
    assert "could be 17 or 17000" in str(got.value.problems[0])
    path.write_text("result,indicator,period,value\nworking,hours worked,2025-H1,17.000\n"
                    "working,hours worked,2025-H2,2.25\n")
    shown = r.measure(steering, path)
    assert shown.engine == "query"
    assert [p.realised for p in shown.progress] == [17.0, 2.25]


def test_bad_csv_rows_keep_their_line_numbers(steering, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("result,indicator,period,value\nworking,hours worked,2025-H1,3\n"
                    "workng,hours worked,2025-H1,3\n")
    with pytest.raises(MeasurementError) as got:
        r.measure(steering, path)
    assert [str(p) for p in got.value.problems] == [
        f"{path}:3 @ result: unknown result 'workng' (did you mean 'working'?)"]


def test_parquet_excel_and_database_files_give_the_same_rollup(steering, tmp_path):
    import openpyxl
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = _rows(9)
    want = r.rollup(steering, _measurements(rows), min_group=1)
    pq.write_table(pa.table(_columns(rows)), tmp_path / "cases.parquet")
    book = openpyxl.Workbook()
    book.active.append(COLUMNS)
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / "cases.xlsx")
    _duckdb_file(rows, tmp_path / "cases.duckdb")
    _sqlite(rows, tmp_path / "cases.sqlite")
    for name, table in [("cases.parquet", None), ("cases.xlsx", None),
                        ("cases.duckdb", "cases"), ("cases.sqlite", "cases")]:
        got = r.measure(steering, tmp_path / name, table=table, min_group=1)
        assert got.rollup == want, name
    with pytest.raises(UsageError, match="is a database; name the table"):
        r.measure(steering, tmp_path / "cases.duckdb")


def test_a_folder_of_parquet_files_is_one_table(steering, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = _rows(10)
    (tmp_path / "exports").mkdir()
    half = len(rows) // 2
    for i, part in enumerate((rows[:half], rows[half:])):
        pq.write_table(pa.table(_columns(part)), tmp_path / "exports" / f"part{i}.parquet")
    got = r.measure(steering, tmp_path / "exports", min_group=1)
    assert got.engine == "query"
    assert got.rollup == r.rollup(steering, _measurements(rows), min_group=1)


@pytest.mark.parametrize("name", ["m[1]", "m*", "m?", "[m]"])
def test_a_file_name_that_looks_like_a_pattern_reads_that_file_alone(steering, tmp_path,
                                                                      name):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows, decoy = _rows(11), _rows(12)
    for stem, part in ((name, rows), ("m1", decoy), ("mx", decoy), ("m", decoy)):
        _write(part, tmp_path / f"{stem}.csv")
        pq.write_table(pa.table(_columns(part)), tmp_path / f"{stem}.parquet")
        (tmp_path / f"{stem}-folder").mkdir()
        pq.write_table(pa.table(_columns(part)), tmp_path / f"{stem}-folder" / "p.parquet")
    want = r.rollup(steering, _measurements(rows), min_group=1)
    for source in (f"{name}.csv", f"{name}.parquet", f"{name}-folder"):
        got = r.measure(steering, tmp_path / source, min_group=1)
        assert (got.engine, got.rollup) == ("query", want), source
    assert r.rollup_csv(steering, tmp_path / f"{name}.csv", min_group=1) == want


def _duckdb_file(rows, path):
    con = ibis.duckdb.connect(path)
    con.create_table("cases", ibis.memtable(_columns(rows)))
    con.disconnect()


def test_excel_rows_are_reported_with_their_excel_row(steering, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["result", "indicator", "period", "value"])
    book.active.append(["working", "hours worked", "2025-H1", 3])
    book.active.append(["working", "hours worked", "2025-H1", "three"])
    book.save(tmp_path / "m.xlsx")
    with pytest.raises(MeasurementError) as e:
        r.measure(steering, tmp_path / "m.xlsx")
    assert [str(p) for p in e.value.problems] == [
        f"{tmp_path / 'm.xlsx'}:3 @ value: not a number"]  # a cell's value is never echoed


def test_cli_progress_gives_the_same_output_from_every_source(capsys, tmp_path):
    import openpyxl
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    model, cases = str(example_path("steering")), example_path("steering").with_name(
        "steering-cases.csv")
    assert main(["progress", model, "--measurements", str(cases)]) == 0
    want = capsys.readouterr().out
    table = pacsv.read_csv(cases)
    pq.write_table(table, tmp_path / "cases.parquet")
    book = openpyxl.Workbook()
    book.active.append(table.column_names)
    for row in table.to_pylist():
        book.active.append(list(row.values()))
    book.save(tmp_path / "cases.xlsx")
    con = ibis.duckdb.connect(tmp_path / "cases.duckdb")
    con.create_table("cases", ibis.memtable(table))
    con.disconnect()
    for args in (["cases.parquet"], ["cases.xlsx"], ["cases.duckdb", "--table", "cases"]):
        path = str(tmp_path / args[0])
        assert main(["progress", model, "--measurements", path, *args[1:]]) == 0
        assert capsys.readouterr().out == want, args
    assert "better" in want
    assert "worse" in want


def test_cli_says_which_groups_were_suppressed(capsys):
    model = str(example_path("steering"))
    cases = str(example_path("steering").with_name("steering-cases.csv"))
    assert main(["progress", model, "--measurements", cases, "--min-group", "12"]) == 0
    note = capsys.readouterr().err.splitlines()[-1]  # a note about the output, on stderr
    assert note == (
        "4 groups of fewer than 12 residents are left out to protect their privacy: coaching "
        "West 2024-H2 working/hours worked; coaching West 2025-H1 working/hours worked; "
        "coaching West 2025-H2 working/hours worked; coaching West 2026-H1 working/hours worked")


def test_without_the_extra_other_sources_say_how_to_install_it(steering, tmp_path,
                                                               monkeypatch):
    monkeypatch.setitem(sys.modules, "ibis", None)  # import ibis now fails
    with pytest.raises(UsageError) as e:
        r.measure(steering, tmp_path / "cases.parquet")
    assert str(e.value) == (
        f"reading parquet ('{tmp_path / 'cases.parquet'}') needs the optional 'data' extra "
        "(Ibis, DuckDB, openpyxl); install it with: pip install 'resultaat[data]'")
    path = _write(_rows(1), tmp_path / "cases.csv")  # CSV still works, row by row
    got = r.measure(steering, path, min_group=1)
    assert got.engine == "python"
    assert got.rollup == r.rollup_csv(steering, path, min_group=1)


def test_load_measurements_takes_the_model_first_and_the_old_order_warns(steering):
    text = "result,indicator,period,value\nworking,hours worked,2025-H1,3\n"
    new = r.load_measurements(steering, text)
    assert r.load_measurements(model=steering, source=text) == new
    with pytest.warns(DeprecationWarning, match="write load_measurements"):
        assert r.load_measurements(text, steering) == new
