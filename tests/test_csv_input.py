"""Measurement CSV files as Excel and municipal systems write them, and how bad ones fail."""

import codecs
import math
import pathlib
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resultaat as r
from resultaat.cli._main import main
from resultaat.model._csvfile import readings

ROW = "working;hours worked;2025-H1"
SAVE = "save it from the spreadsheet as 'CSV UTF-8'"


@pytest.fixture(scope="module")
def model():
    return r.example("steering")


def load(tmp_path, data: bytes, model, **kw):
    path = tmp_path / "m.csv"
    path.write_bytes(data)
    return path, r.load_measurements(model, path, **kw)


def problems(tmp_path, data: bytes, model):
    path, got = load(tmp_path, data, model, keep_valid=True)
    return [str(p).replace(str(path), "m.csv") for p in got.problems], [m.value for m in got]


def refused(tmp_path, data: bytes, model):
    path = tmp_path / "m.csv"
    path.write_bytes(data)
    with pytest.raises(r.MeasurementError) as e:
        r.load_measurements(model, path, keep_valid=True)
    return [str(p).replace(str(path), "m.csv") for p in e.value.problems]


# --- encodings: the bytes Excel writes -------------------------------------------------

DUTCH = "case;area;result;indicator;period;value\r\nCafé;Oost;working;hours worked;2025-H1;12,5\r\n"


@pytest.mark.parametrize(("name", "data"), [
    ("CSV UTF-8 (with a byte order mark)", codecs.BOM_UTF8 + DUTCH.encode()),
    ("UTF-8 without a mark", DUTCH.encode()),
    ("CSV (puntkomma): Windows-1252", DUTCH.encode("cp1252")),
    ("UTF-16 LE", codecs.BOM_UTF16_LE + DUTCH.encode("utf-16-le")),
    ("UTF-16 BE", codecs.BOM_UTF16_BE + DUTCH.encode("utf-16-be")),
    ("UTF-32 LE", codecs.BOM_UTF32_LE + DUTCH.encode("utf-32-le")),
])
def test_excel_encodings(tmp_path, model, name, data):
    _, got = load(tmp_path, data, model)
    assert [(m.case, m.area, m.value, m.period.label) for m in got] == [
        ("Café", "Oost", 12.5, "2025-H1")], name


def test_windows_1252_bytes_are_what_excel_writes(tmp_path, model):
    data = b"case;result;indicator;period;value\r\nCaf\xe9 \x80;" + ROW.encode() + b";1\r\n"
    _, got = load(tmp_path, data, model)
    assert got[0].case == "Café €"


@pytest.mark.parametrize("end", [b"\n", b"\r\n", b"\r"])
def test_bytes_that_are_neither_utf8_nor_windows_1252(tmp_path, model, end):
    data = end.join([b"result;indicator;period;value", ROW.encode() + b";1", b"x\x81;y", b""])
    assert refused(tmp_path, data, model) == [
        f"m.csv:3: the file is neither UTF-8 nor Windows-1252 (byte 81); {SAVE}"]


def test_utf8_mixed_with_another_encoding(tmp_path, model):
    data = "case;result;indicator;period;value\nCafé;".encode() + ROW.encode() + b";1\nCaf\xe9\n"
    assert refused(tmp_path, data, model) == [
        f"m.csv:3: the file mixes UTF-8 with another encoding (byte E9); {SAVE}"]


def test_broken_utf16(tmp_path, model):
    data = codecs.BOM_UTF16_LE + f"result;indicator;period;value\r\n{ROW};3\r\n".encode(
        "utf-16-le") + b"x"
    assert refused(tmp_path, data, model) == [f"m.csv:3: the file is not UTF-16 (byte 78); {SAVE}"]


def test_utf16_without_a_byte_order_mark(tmp_path, model):
    data = f"result;indicator;period;value\r\n{ROW};3\r\n".encode("utf-16-le")
    assert problems(tmp_path, data, model) == ([
        f"m.csv:1: the file looks like UTF-16 without a byte order mark; {SAVE}"], [])


def test_byte_order_mark_in_text(model):
    got = r.load_measurements(model,
                              f"\ufeffresult,indicator,period,value\n{ROW.replace(';', ',')},2\n")
    assert [m.value for m in got] == [2.0]


# --- files that cannot be read -----------------------------------------------------


def test_missing_file_and_folder(tmp_path, model):
    with pytest.raises(r.MeasurementError) as e:
        r.load_measurements(model, tmp_path / "nope.csv", keep_valid=True)
    assert str(e.value.problems[0]) == f"{tmp_path / 'nope.csv'}: cannot read the file: no " \
                                       "such file; check the path"
    with pytest.raises(r.MeasurementError) as e:
        r.rollup_csv(model, tmp_path)
    assert str(e.value.problems[0]) == f"{tmp_path}: cannot read the file: it is not a file " \
                                       "but a folder or a device"


def test_name_with_a_nul(model):
    with pytest.raises(r.MeasurementError) as e:
        r.load_measurements(model, "m\x00.csv")
    assert str(e.value.problems[0]) == ("m\x00.csv: cannot read the file: the name is not a "
                                        "valid path")


def test_permission_denied(tmp_path, model, monkeypatch):
    path = tmp_path / "m.csv"
    path.write_text("result,indicator,period,value\n")

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(pathlib.Path, "open", deny)
    with pytest.raises(r.MeasurementError) as e:
        r.load_measurements(model, path)
    assert str(e.value.problems[0]) == f"{path}: cannot read the file: permission denied"


# --- separators and structure -------------------------------------------------------


def test_separator_is_decided_by_the_header(model):
    semi = r.load_measurements(model,
                               "result;indicator;period;value\nworking;hours worked;2025;1,5\n")
    comma = r.load_measurements(model,
                                'result,indicator,period,value\nworking,hours worked,2025,"1,5"\n')
    assert [m.value for m in semi] == [m.value for m in comma] == [1.5]


def test_tab_separated(tmp_path, model):
    data = b"result\tindicator\tperiod\tvalue\nworking\thours worked\t2025\t1\n"
    assert problems(tmp_path, data, model) == ([
        "m.csv:1: the columns are separated by tabs; save the file as CSV, separated by ',' "
        "or ';'"], [])


def test_duplicate_column(tmp_path, model):
    data = b"result,indicator,period,value,Value\nworking,hours worked,2025-H1,3,4\n"
    assert problems(tmp_path, data, model) == ([
        "m.csv:1 @ column 'value': appears 2 times (columns 4, 5); keep one"], [])


def test_cell_over_the_field_limit_is_located_and_the_rest_kept(tmp_path, model):
    data = (b"result,indicator,period,value\n"
            b'working,hours worked,2025-H1,"' + b"x" * 200_000 + b'"\n'
            b"working,hours worked,2025-H1,4\n")
    assert problems(tmp_path, data, model) == ([
        "m.csv:2: a cell is longer than 131,072 characters; is a quote (\") missing its "
        "closing quote?"], [4.0])


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"])
def test_line_ends(tmp_path, model, end):
    text = end.join(["result,indicator,period,value", "working,hours worked,2025-H1,3",
                     "working,hours,2025-H1,3", ""])
    _, got = load(tmp_path, text.encode(), model, keep_valid=True)
    assert [m.value for m in got] == [3.0]
    assert [p.line for p in got.problems] == [3]
    assert [m.value for m in r.load_measurements(model, text, keep_valid=True)] == [3.0]


def test_line_numbers_count_lines_inside_quoted_cells(tmp_path, model):
    data = (b'case,result,indicator,period,value\n"two\nlines",working,hours worked,2025,1\n'
            b"c,working,hours worked,2025,x\n")
    assert problems(tmp_path, data, model) == (["m.csv:4 @ value: not a number"], [1.0])


def test_spaces_around_cells_are_ignored(model):
    text = ("case;area;intervention;result;indicator;period;value\n"
            " a ;Oost ; coaching; working ;hours worked ; 2025-H1 ; 3 \n"
            "a;Oost;coaching;working;hours worked;2025-H2;5\n")
    got = r.load_measurements(model, text)
    assert [(m.case, m.area, m.intervention, m.result, m.indicator, m.period.label, m.value)
            for m in got] == [("a", "Oost", "coaching", "working", "hours worked", "2025-H1", 3.0),
                              ("a", "Oost", "coaching", "working", "hours worked", "2025-H2", 5.0)]
    (late,) = [u for u in r.rollup_csv(model, text, min_group=1) if u.period.label == "2025-H2"]
    assert late.change == (2.0, 2.0, 2.0, 2.0, 2.0)  # one case, not two


def test_keep_valid_skips_bad_cells_with_their_line(model):
    text = ("case;intervention;result;indicator;period;value\n"
            "a;coaching;working;hours worked;2025-H1;3\n"
            "b; coachign ;working;hours worked;2025-H1;3\n"
            "c;;working;hours worked;2025-H1;\n")
    got = r.load_measurements(model, text, keep_valid=True)
    assert [m.case for m in got] == ["a"]
    assert [str(p) for p in got.problems] == [
        "<text>:3 @ intervention: unknown intervention 'coachign' (did you mean 'coaching'?)",
        "<text>:4 @ value: the value is empty",
    ]


# --- numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "semicolon", "expected"), [
    ("17", True, (17.0, 17.0)),
    ("17.000", True, (17.0, 17000.0)),
    ("17.000,5", True, (None, 17000.5)),
    ("3,125", True, (None, 3.125)),
    ("3,125", False, (3125.0, 3.125)),
    ("1.234.567", True, (None, 1234567.0)),
    ("1,234,567", False, (1234567.0, None)),
    ("1,234,567", True, (None, None)),
    ("17,000.5", False, (17000.5, None)),
    ("0.125", True, (0.125, None)),
    ("-2,5", True, (None, -2.5)),
    (".5", False, (0.5, None)),
    ("1,5E+3", True, (None, 1500.0)),
    ("1.000E3", False, (1000.0, None)),
    ("12.34.5", True, (None, None)),
    ("1_000", False, (None, None)),
    ("١٢", False, (None, None)),
    ("17 000", True, (None, None)),
])
def test_readings(text, semicolon, expected):
    assert readings(text, semicolon=semicolon) == expected


def values(model, lines, sep=";", keep_valid=True):
    text = f"result{sep}indicator{sep}period{sep}value\n" + "".join(
        f"working{sep}hours worked{sep}2025-H1{sep}{v}\n" for v in lines)
    got = r.load_measurements(model, text, keep_valid=keep_valid)
    return [m.value for m in got], [str(p) for p in got.problems]


def test_dutch_notation(model):
    assert values(model, ["12,5", "17.000", "17.000,5", "3,125", "1.234.567"]) == (
        [12.5, 17000.0, 17000.5, 3.125, 1234567.0], [])


def test_ambiguous_value_is_decided_by_a_later_value(model):
    assert values(model, ["17.000", "3", "2,5"]) == ([17000.0, 3.0, 2.5], [])
    assert values(model, ["17.000", "3", "2.5"]) == ([17.0, 3.0, 2.5], [])


def test_ambiguous_value_without_evidence_is_refused(model):
    assert values(model, ["17.000", "3"]) == ([3.0], [
        "<text>:2 @ value: the value could be 17 or 17000, and no value in the file shows "
        "whether it writes decimals with a point or a comma; write 17 or 17000"])
    assert values(model, ['"1,250"'], sep=",") == ([], [
        "<text>:2 @ value: the value could be 1250 or 1.25, and no value in the file shows "
        "whether it writes decimals with a point or a comma; write 1250 or 1.25"])


def test_the_first_value_that_shows_the_sign_decides(model):
    assert values(model, ["2.5", "17.000", "3,5"]) == ([2.5, 17.0], [
        "<text>:4 @ value: the value can only be read with a decimal comma, but the file writes "
        "decimals with a point (as on line 2); write every number the same way"])
    assert values(model, ["2,5", "1.5"]) == ([2.5], [
        "<text>:3 @ value: the value can only be read with a decimal point, but the file writes "
        "decimals with a comma (as on line 2); write every number the same way"])


def test_comma_separated_file_with_english_grouping(model):
    assert values(model, ['"1,234,567"', '"17,000"', "2.5"], sep=",") == (
        [1234567.0, 17000.0, 2.5], [])


@pytest.mark.parametrize(("value", "expected"), [
    ("17.000", (17000.0, 17.0, 17.0)),
    ("17.000,5", (17000.5, None, None)),
    ("3,125", (3.125, None, 3125.0)),
    ("2.5", (None, 2.5, 2.5)),
    ("1.234.567", (1234567.0, None, None)),
])
def test_the_table_in_the_docs(model, value, expected):
    files = [(";", "2,5"), (";", "2.5"), (",", "2.5")]
    got = []
    for sep, shows in files:
        cell = f'"{value}"' if sep in value else value
        read, _ = values(model, [shows, cell], sep=sep)
        got.append(read[1] if len(read) == 2 else None)
    assert tuple(got) == expected
    assert f"| `{value}` | " + " | ".join(
        "refused" if x is None else format(x, ".15g") for x in expected) in (
        pathlib.Path("docs/model-file.md").read_text().replace(' (quoted: `"3,125"`)', ""))


def test_limits_and_non_finite_values(model):
    assert values(model, ["1e15", "-1e15", "1000000000000001", "nan", "-inf", "1e400"]) == (
        [1e15, -1e15], [
            "<text>:4 @ value: larger than 10^15, the largest value read",
            "<text>:5 @ value: not a finite number",
            "<text>:6 @ value: not a finite number",
            "<text>:7 @ value: larger than 10^15, the largest value read",
        ])


def test_not_numbers(model):
    assert values(model, ["1_000", "١٢", "3.5.1", "three"])[1] == [
        "<text>:2 @ value: not a number",
        "<text>:3 @ value: not a number",
        "<text>:4 @ value: not a number",
        "<text>:5 @ value: not a number",
    ]


# --- sums ---------------------------------------------------------------------------


def test_values_beyond_the_limit_never_reach_a_sum():
    with pytest.raises(r.ModelError, match="must be between"):
        r.Measurement("working", "in work after six months", "2025-H1", 1e308, case="a")


def test_sums_of_csv_values_at_the_limit(model):
    assert math.isfinite(sum(values(model, ["1e15"] * 1000)[0]))
    (p,) = r.progress(model, r.load_measurements(
        model,
        "result,indicator,period,value\n" + "working,in work after six months,2025,1e15\n" * 3))
    assert p.realised == 1e15


# --- the command line ----------------------------------------------------------------


def test_cli_reports_an_unreadable_measurement_file(capsys, tmp_path):
    model = str(r.example_path("steering"))
    code = main(["progress", model, "--measurements", str(tmp_path)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == ("resultaat: the measurement file cannot be used.\n1 measurement problem:\n"
                   f"  - {tmp_path}: cannot read the file: it is not a file but a folder or a "
                   "device\n")


def test_cli_bad_rows_are_a_measurement_problem_not_a_model_problem(capsys, tmp_path):
    model = str(r.example_path("steering"))
    path = tmp_path / "m.csv"
    path.write_bytes(b"case;result;indicator;period;value\r\n a;working;hours worked;2025-H1;1\r\n"
                     b"b;working;hours worked;2025-H1;17.000\r\n")
    code = main(["progress", model, "--measurements", str(path)])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.startswith("resultaat: the measurement file cannot be used.\n")
    assert err.endswith("(--keep-valid uses the valid rows and lists the rest)\n")
    assert "not a valid model" not in err
    code = main(["progress", model, "--measurements", str(path), "--keep-valid"])
    out, err = capsys.readouterr()
    assert code == 0
    assert err == (f"skipped: {path}:3 @ value: the value could be 17 or 17000, and no value in "
                   "the file shows whether it writes decimals with a point or a comma; write 17 "
                   "or 17000\n1 group of fewer than 5 residents is left out to protect their "
                   "privacy: - - 2025-H1 working/hours worked\n")
    assert "2025-H1  working/hours worked: realised 1" in out


# --- any bytes at all ---------------------------------------------------------------

HEADER = "case;area;intervention;result;indicator;period;value\n"
CELLS = st.sampled_from(["working", "hours worked", "2025-H1", "coaching", "Oost", "Café", "a",
                         " a ", "12,5", "17.000", "3.5", '"', ";", ",", "\r", "\n", "\t", "",
                         "1e400", "\x00", "x" * 200])


@st.composite
def csv_files(draw) -> bytes:
    lines = draw(st.lists(st.lists(CELLS, max_size=8).map(";".join), max_size=6))
    text = HEADER + "\n".join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-be"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=4)) + data[at:]
    return data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=300), csv_files()))
def test_any_bytes_load_or_raise_measurement_error(data):
    model = r.example("steering")
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "m.csv"
        path.write_bytes(data)
        for read in (lambda: r.load_measurements(model, path, keep_valid=True),
                     lambda: r.rollup_csv(model, path, keep_valid=True),
                     lambda: r.load_measurements(model, path)):
            try:
                read()
                found: tuple[r.Problem, ...] = ()
            except r.MeasurementError as e:
                found = e.problems
                assert found
            assert all(p.file == str(path) and p.line for p in found)


def test_only_the_first_hundred_wrong_ids_get_a_did_you_mean(model):
    text = "result,indicator,period,value\n" + "".join(
        f"workin{i},hours worked,2025,1\n" for i in range(150))
    got = r.load_measurements(model, text, keep_valid=True).problems
    assert [p.message for p in got[99:101]] == [
        "unknown result 'workin99' (did you mean 'working'?)", "unknown result 'workin100'"]
    assert [p.line for p in got[99:101]] == [101, 102]


def test_a_header_of_many_unknown_columns_is_reported_briefly(model):
    header = ",".join(["result", "indicator", "period", "value"] + [f"x{i}" for i in range(250)])
    got = r.load_measurements(model, header + "\n", keep_valid=True).problems
    assert len(got) == 101
    assert str(got[-1]) == "<text>:1: and 150 more unknown columns"


def test_a_row_wrong_for_another_reason_still_shows_the_sign(model):
    text = ("result;indicator;period;value\nworking;hours worked;2025-H1;17.000\n"
            "workng;hours worked;2025-H1;2.5\nworking;hours worked;2025-H1;3,5\n")
    got = r.load_measurements(model, text, keep_valid=True)
    assert [m.value for m in got] == [17.0]
    assert [p.line for p in got.problems] == [3, 4]
    assert got.problems[1].message.startswith(
        "the value can only be read with a decimal comma, but the file writes decimals with a "
        "point (as on line 3)")
