"""Exports: as_dict on the analysis records, CSV, the Excel workbook and the Kumu map."""

import csv
import io
import json
import math
import pickle

import openpyxl
import pytest

import resultaat as r
from resultaat import (
    Contribution,
    Factor,
    Indicator,
    Measurement,
    Model,
    Party,
    Period,
    Result,
)
from resultaat.present._export import COLUMNS, HEADERS, SHEETS, csv_text, tables, to_kumu, workbook
from resultaat.present._markup import spreadsheet_cell

PLAIN = (str, int, float, bool, type(None))


def small(name="Mrs Jansen", statement="Mrs Jansen moves around", language="en"):
    """A resident and a municipality; a wheelchair-like chain with a weight range."""
    return Model(
        name="Small", language=language,
        parties=[Party("res", name, "citizen"), Party("gem", "Gemeente Ede", "municipality")],
        results=[Result("mob", "Mobility is facilitated", "micro", owner="gem"),
                 Result("moves", statement, "micro", owner="res",
                        indicators=[Indicator("km", baseline=0, target=8)])],
        contributions=[Contribution("gem", "mob", role="necessary"),
                       Contribution("mob", "moves", weight=(1, 3)),
                       Contribution("res", "moves", role="necessary")],
        measurements=[Measurement("moves", "km", Period.parse("2025-Q1"), 12)],
    )


def only_plain(value):
    """Whether ``value`` holds nothing but JSON's own kinds of value."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and only_plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(only_plain(v) for v in value)
    return isinstance(value, PLAIN) and not (isinstance(value, float) and not math.isfinite(value))


# --- as_dict ----------------------------------------------------------------------


def test_claim_as_dict_names_the_ids_and_gives_the_share_range():
    m = small()
    c = r.judge(m, "gem", "moves")
    row = c.as_dict()
    assert {k: row[k] for k in ("party", "party_name", "result", "result_statement", "owner",
                                "owner_name", "verdict", "level", "co_contributors",
                                "co_contributor_names", "factors", "factor_names")} == {
        "party": "gem", "party_name": "Gemeente Ede", "result": "moves",
        "result_statement": "Mrs Jansen moves around", "owner": "res",
        "owner_name": "Mrs Jansen", "verdict": "contributes", "level": "micro",
        "co_contributors": ["res"], "co_contributor_names": ["Mrs Jansen"], "factors": [],
        "factor_names": []}
    assert row["via"] == [["gem", "mob", "moves"]]
    assert (row["share_low"], row["share_high"]) == pytest.approx((0.25, 0.375))
    assert row["reasons"] == list(c.reasons)
    assert only_plain(row)
    assert json.loads(json.dumps(row, allow_nan=False)) == row


def test_claim_as_dict_writes_reasons_and_names_in_the_language_asked():
    c = r.judge(small(), "gem", "moves")
    row = c.as_dict(lang="nl")
    assert row["reasons"][0] == ("Voor Gemeente Ede is een bijdrage aan “Mrs Jansen moves "
                                 "around” te claimen, niet het resultaat zelf: dat is van Mrs "
                                 "Jansen.")
    assert c.reasons[0].startswith("Gemeente Ede may claim a contribution")  # unchanged
    collective = Result("c", "Safer streets", "meso", owner="collective")
    m = Model(parties=[Party("gem", "G", "municipality")], results=[collective],
              contributions=[Contribution("gem", "c")])
    assert r.judge(m, "gem", "c").as_dict(lang="nl")["owner_name"] == "gezamenlijk"
    assert r.judge(m, "gem", "c").as_dict()["owner_name"] == "collective"


def test_a_pickled_claim_needs_its_model_for_as_dict():
    m = small()
    c = pickle.loads(pickle.dumps(r.judge(m, "gem", "moves")))
    with pytest.raises(r.SettingError) as e:
        c.as_dict()
    assert str(e.value) == (
        "this claim does not remember the model it was judged in (it was copied or made by "
        "hand): pass the model, claim.as_dict(model)")
    assert c.as_dict(m)["party_name"] == "Gemeente Ede"


def test_str_of_a_claim_is_its_first_reason_and_repr_is_unchanged():
    c = r.judge(small(), "gem", "mob")
    assert str(c) == "“Mobility is facilitated” belongs to Gemeente Ede and may be claimed as " \
                     "an own result."
    assert repr(c).startswith("Claim(party='gem', result='mob', owner='gem', verdict=")


def test_claims_as_dicts_make_a_table_with_the_same_columns_in_every_row():
    rows = [c.as_dict() for c in r.claims(r.example("wheelchair"), "municipality")]
    assert len(rows) == 7
    assert len({tuple(row) for row in rows}) == 1
    assert all(only_plain(row) for row in rows)
    assert set(COLUMNS["claims"]) <= set(rows[0])


def test_progress_as_dict_gives_iso_dates_and_no_infinity():
    m = Model(parties=[Party("p", "P", "citizen")],
              results=[Result("x", "X", "micro", owner="p",
                              indicators=[Indicator("n", baseline=5, target=5)])],
              contributions=[Contribution("p", "x")],
              measurements=[Measurement("x", "n", Period.parse("2025-H1"), 7)])
    [p] = r.progress(m)
    assert p.relative == math.inf
    assert p.as_dict(m) == {
        "result": "x", "result_statement": "X", "indicator": "n", "period": "2025-H1",
        "period_start": "2025-01-01", "period_end": "2025-06-30", "baseline": 5, "target": 5,
        "revision": None, "expected": 5, "realised": 7.0, "count": 1, "deviation": 2.0,
        "relative": None, "signal": "better", "marker": None, "trend": None}


def test_rollup_as_dict_spreads_the_change_over_named_columns():
    m = small()
    rows = [Measurement("moves", "km", Period.parse(q), v, case=f"c{i}", area="north")
            for q, v0 in (("2025-Q1", 0), ("2025-Q2", 5)) for i, v in
            enumerate(range(v0, v0 + 5))]
    [_, second] = r.rollup(m, rows)
    assert second.as_dict(m) == {
        "intervention": None, "intervention_name": None, "area": "north", "period": "2025-Q2",
        "period_start": "2025-04-01", "period_end": "2025-06-30", "result": "moves",
        "result_statement": "Mrs Jansen moves around", "indicator": "km", "owner": "res",
        "owner_name": "Mrs Jansen", "cases": 5, "reached": 2, "share_reached": 0.4,
        "with_goal": 0, "reached_goal": 0, "share_reached_goal": 0.0,
        "change_min": 5.0, "change_q1": 5.0, "change_median": 5.0, "change_q3": 5.0,
        "change_max": 5.0}


def test_every_other_record_as_dict_is_plain():
    m = r.example("debt-help")
    records = [
        *(f.as_dict() for f in r.check(m)),
        *(s.as_dict(m) for s in r.perspective(m, "municipality").values()),
        r.attribution(m, "stable").as_dict(m),
        r.story(m, "municipality", "stable").as_dict(m),
        r.readiness(m, "municipality").as_dict(m),
        r.ceiling(m, "municipality").as_dict(m),
        r.budget(m).as_dict(m),
        r.household(m, "family").as_dict(m),
    ]
    assert all(only_plain(x) for x in records)
    shares = r.attribution(m, "stable").as_dict(m)["shares"]
    assert math.isclose(sum(s["share"] for s in shares), 1)
    assert {s["contributor"]: s["name"] for s in shares}["municipality"] == \
        m.parties["municipality"].name


# --- CSV ----------------------------------------------------------------------------


def test_claims_csv_has_a_header_row_in_english_or_dutch_and_one_row_per_claim():
    m = small()
    rows = [c.as_dict() for c in r.claims(m, "gem")]
    for lang, first in (("en", "Party id,Party,Result id,Result,Level,Owner,Verdict,"),
                        ("nl", "Partij-id,Partij,Resultaat-id,Resultaat,Niveau,Eigenaar,"
                               "Oordeel,")):
        text = csv_text("claims", rows, lang=lang)
        assert text.startswith(first)
        read = list(csv.reader(io.StringIO(text)))
        assert len(read) == 1 + len(rows)
        assert len({len(line) for line in read}) == 1
    nl = list(csv.DictReader(io.StringIO(csv_text("claims", rows, lang="nl"))))
    assert [(x["Resultaat"], x["Oordeel"], x["Aandeel minstens"]) for x in nl] == [
        ("Mobility is facilitated", "eigen resultaat", "1.0"),
        ("Mrs Jansen moves around", "bijdrage", "0.25")]


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://evil\",\"x\")", "+31 6 1234", "-1+1",
                                  "@SUM(A1:A2)", "\tindent", "=cmd|' /C calc'!A0",
                                  " =1+1", "\u3000+1", "\uff1d1+1"])
def test_text_that_could_start_a_formula_is_neutralised_in_csv(text):
    m = small(name=text, statement=text)
    t = tables(m)
    for table in ("claims", "parties", "results"):
        cells = [c for line in csv.reader(io.StringIO(csv_text(table, t[table], lang="en")))
                 for c in line]
        assert not [c for c in cells if c.lstrip()[:1] in ("=", "+", "-", "@", "\t", "\r", "\uff1d")
                    ], table
        assert "'" + text in cells


def test_numbers_stay_numbers_and_negative_ones_are_not_escaped():
    assert spreadsheet_cell(-3) == -3
    assert spreadsheet_cell(-0.5) == -0.5
    assert spreadsheet_cell("-0.5") == "'-0.5"
    assert spreadsheet_cell(None) is None
    assert spreadsheet_cell("Ede = Bennekom") == "Ede = Bennekom"


# --- the workbook -------------------------------------------------------------------


def test_the_workbook_reopens_with_a_sheet_per_table_and_bold_dutch_headers(tmp_path):
    m = r.example("sturing")
    path = r.export(m, tmp_path / "sturing.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Claims", "Bevindingen", "Voortgang", "Casussen per groep",
                               "Partijen", "Resultaten", "Interventies", "Externe factoren",
                               "Bijdragen"]
    claims = book["Claims"]
    assert [c.value for c in claims[1]][:7] == [
        "Partij-id", "Partij", "Resultaat-id", "Resultaat", "Niveau", "Eigenaar", "Oordeel"]
    assert all(c.font.bold for c in claims[1])
    assert claims["G2"].value == "eigen resultaat"
    assert (claims["H1"].value, claims["H2"].number_format) == ("Toe te rekenen aandeel", "0.0%")
    assert claims.freeze_panes == "A2"
    found = tables(m)
    for table, name in zip(SHEETS, book.sheetnames, strict=True):
        assert book[name].max_row == 1 + len(found[table]), table
    progress = book["Voortgang"]
    column = [c.value for c in progress[1]].index("Afwijking")
    deviation = [row[column].value for row in progress.iter_rows(min_row=2)]
    assert any(isinstance(v, float) and v < 0 for v in deviation)  # a number, not text
    assert claims.column_dimensions["B"].width >= len("Gemeente Nijkerk")
    assert claims.column_dimensions["O"].width <= 62  # the reasons wrap


def test_no_cell_of_the_workbook_is_a_formula(tmp_path):
    text = "=1+1"
    m = small(name=text, statement="@SUM(A1)")
    book = openpyxl.load_workbook(io.BytesIO(workbook(m)))
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    marked = [c.value for c in cells if c.quotePrefix]
    assert "=1+1" in marked  # as the user wrote it, no apostrophe shown
    assert "@SUM(A1)" in marked
    assert "'=1+1" not in [c.value for c in cells]


def test_export_refuses_a_suffix_it_cannot_write(tmp_path):
    with pytest.raises(r.SettingError) as e:
        r.export(small(), tmp_path / "out.csv")
    assert str(e.value) == ("cannot export to 'out.csv': the suffix picks what is written, one "
                            "of .xlsx, .json (.xlsx an Excel workbook, .json a map for Kumu)")
    assert not (tmp_path / "out.csv").exists()


def test_a_public_export_names_the_resident_by_role():
    t = tables(small(), audience="public")
    assert "Mrs Jansen" not in json.dumps(t, ensure_ascii=False)
    assert t["parties"][0]["name"] == "the resident"


def test_every_column_has_a_header():
    assert {c for cols in COLUMNS.values() for c in cols} <= set(HEADERS)


# --- Kumu ---------------------------------------------------------------------------


def test_kumu_map_has_elements_with_level_owner_and_verdict_and_connections_by_id():
    k = to_kumu(small(), party="gem")
    assert k["elements"] == [
        {"id": "res", "label": "Mrs Jansen", "type": "Party", "Kind": "citizen"},
        {"id": "gem", "label": "Gemeente Ede", "type": "Party", "Kind": "municipality"},
        {"id": "mob", "label": "Mobility is facilitated", "type": "Result", "Level": "micro",
         "Owner": "Gemeente Ede", "Verdict": "own result", "Seen from": "Gemeente Ede"},
        {"id": "moves", "label": "Mrs Jansen moves around", "type": "Result", "Level": "micro",
         "Owner": "Mrs Jansen", "Verdict": "contribution", "Seen from": "Gemeente Ede",
         "Signal": "better than expected"},
    ]
    assert k["connections"] == [
        {"from": "gem", "to": "mob", "type": "contributes to", "Role": "necessary",
         "Strength of evidence": "untested"},
        {"from": "mob", "to": "moves", "type": "contributes to", "Role": "supporting",
         "Strength of evidence": "untested", "Weight": "1–3"},
        {"from": "res", "to": "moves", "type": "contributes to", "Role": "necessary",
         "Strength of evidence": "untested"},
    ]
    ids = {e["id"] for e in k["elements"]}
    assert all(c["from"] in ids and c["to"] in ids for c in k["connections"])


def test_kumu_fields_are_dutch_for_a_dutch_model_and_descriptions_are_escaped():
    m = r.example("rolstoel")
    k = to_kumu(m)
    result = next(e for e in k["elements"] if e["id"] == "moves")
    assert set(result) == {"id", "label", "type", "Niveau", "Eigenaar", "Oordeel",
                           "Gezien vanuit"}
    assert result["type"] == "Resultaat"
    hostile = Model(parties=[Party("p", "P", "municipality")],
                    factors=[Factor("f", "F", description="<script>x</script> *b*")],
                    results=[Result("x", "X", "micro", owner="p")],
                    contributions=[Contribution("f", "x", assumptions=["[a](javascript:1)"])])
    k = to_kumu(hostile)
    assert k["elements"][-1]["description"] == "&lt;script&gt;x&lt;/script&gt; \\*b\\*"
    assert k["connections"][0]["description"] == "\\[a\\](javascript:1)"


def test_export_writes_the_kumu_map_as_json(tmp_path):
    path = r.export(r.example("wheelchair"), tmp_path / "map.json", party="resident")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) == {"elements", "connections"}
    verdicts = {e["id"]: e.get("Verdict") for e in data["elements"]}
    assert verdicts["moves"] == "own result"


# --- the command line ------------------------------------------------------------------


def run(capsys, *args):
    from resultaat.cli._main import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_claims_format_json_is_the_as_dict_records_and_json_is_the_same(capsys):
    path = str(r.example_path("wheelchair"))
    _, by_format, _ = run(capsys, "claims", path, "--party", "municipality", "--format", "json")
    _, by_flag, _ = run(capsys, "claims", path, "--party", "municipality", "--json")
    assert by_format == by_flag
    m = r.load(path)
    assert json.loads(by_format) == [c.as_dict() for c in r.claims(m, "municipality")]


def test_claims_format_csv_in_dutch(capsys):
    code, out, _ = run(capsys, "claims", str(r.example_path("rolstoel")), "--party",
                       "municipality", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(x["Resultaat-id"], x["Oordeel"]) for x in rows] == [
        ("mobility", "eigen resultaat"), ("delivered", "eigen resultaat"),
        ("moves", "bijdrage"), ("participates", "bijdrage"), ("lively", "bijdrage"),
        ("relieved", "bijdrage"), ("waiting", "bijdrage")]
    assert rows[0]["Partij"] == "Gemeente Nijkerk"


def test_check_format_csv_keeps_the_exit_code(capsys):
    code, out, _ = run(capsys, "check", str(r.example_path("wheelchair")), "--format", "csv")
    assert code == 1
    lines = list(csv.reader(io.StringIO(out)))
    assert lines[0] == ["Severity", "Code", "About", "Message"]
    assert lines[1][:3] == ["error", "overclaim", "municipality→participates"]
    assert len(lines) == 1 + len(r.check(r.example("wheelchair")))


def test_progress_format_csv_and_the_rollup_table(capsys):
    path, cases = str(r.example_path("steering")), str(r.example_path("steering").with_name(
        "steering-cases.csv"))
    code, out, err = run(capsys, "progress", path, "--measurements", cases, "--format", "csv")
    assert code == 0
    assert out.splitlines()[0].startswith("Result id,Result,Indicator,Period,")
    assert "The roll-up (" in err
    assert "--rollup writes it" in err
    code, out, _ = run(capsys, "progress", path, "--measurements", cases, "--format", "csv",
                       "--rollup")
    assert code == 0
    assert out.splitlines()[0].startswith("Intervention id,Intervention,Area,Period,")
    assert len(out.splitlines()) > 1
    code, _, err = run(capsys, "progress", path, "--rollup")
    assert code == 2
    assert err == "resultaat: --rollup picks the table of --format csv; add --format csv\n"


def test_progress_json_is_valid_json_with_as_dict_records(capsys):
    code, out, _ = run(capsys, "progress", str(r.example_path("steering")), "--json")
    assert code == 0
    data = json.loads(out)
    m = r.example("steering")
    assert data["progress"] == [p.as_dict(m) for p in r.progress(m)]


def test_export_command_writes_a_workbook_and_refuses_to_overwrite_its_input(capsys, tmp_path):
    model = tmp_path / "model.yaml"
    model.write_bytes(r.example_path("wijkteam").read_bytes())
    code, out, _ = run(capsys, "export", str(model), "-o", str(tmp_path / "t.xlsx"))
    assert (code, out) == (0, f"{tmp_path / 't.xlsx'} geschreven\n")
    assert "Bijdragen" in openpyxl.load_workbook(tmp_path / "t.xlsx").sheetnames
    code, _, err = run(capsys, "export", str(model), "-o", str(model))
    assert code == 2
    assert "it was not overwritten" in err
    code, _, err = run(capsys, "export", str(model), "-o", str(tmp_path / "t.docx"))
    assert code == 2
    assert err.startswith("resultaat: cannot export to 't.docx': the suffix picks")


def test_without_openpyxl_the_workbook_says_how_to_install_it(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(__import__("sys").modules, "openpyxl", None)
    with pytest.raises(r.UsageError) as e:
        r.export(small(), tmp_path / "t.xlsx")
    assert str(e.value) == ("writing an Excel workbook needs openpyxl; install it with: "
                            "pip install 'resultaat[excel]'")
    assert not (tmp_path / "t.xlsx").exists()
    model = tmp_path / "m.yaml"
    r.dump(small(), model)
    code, out, err = run(capsys, "export", str(model), "-o", str(tmp_path / "t.xlsx"))
    assert (code, out) == (2, "")
    assert err == ("resultaat: writing an Excel workbook needs openpyxl; install it with: "
                   "pip install 'resultaat[excel]'\n")
    assert r.export(small(), tmp_path / "map.json").exists()  # Kumu needs nothing more


def test_household_as_dict_keeps_interventions_without_a_policy():
    m = r.example("debt-help")
    row = r.household(m, "family").as_dict(m, lang="nl")
    assert sum(len(g["interventions"]) for g in row["by_policy"]) == len(row["interventions"])
    assert row["party_name"] == m.parties["family"].name
    c = r.ceiling(m, "municipality").as_dict(m)
    assert len(c["below"]) == len(c["below_names"])
    assert {i["control"] for i in c["indicators"]} <= {"controllable", "contracted",
                                                       "not_necessarily_controllable"}


@pytest.mark.parametrize(("lang", "hint"), [("", ""), ("fr", ""),
                                          ("NL", " (did you mean 'nl'?)")])
def test_as_dict_and_the_tables_refuse_an_unknown_language(lang, hint):
    m = small()
    for make in (lambda: r.judge(m, "gem", "moves").as_dict(lang=lang),
                 lambda: r.progress(m)[0].as_dict(m, lang=lang),
                 lambda: tables(m, lang=lang), lambda: to_kumu(m, lang=lang)):
        with pytest.raises(r.SettingError) as e:
            make()
        assert str(e.value) == f"unknown language {lang!r}{hint}; the languages are en, nl"
