"""Hostile input to the reports, exports and files: found by trying to break them."""

import json

import pytest

import resultaat as r
from resultaat.cli._main import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_refused_report_date_leaves_no_diagram_behind(capsys, tmp_path, monkeypatch):
    model = str(r.example_path("wheelchair"))
    memo = tmp_path / "memo.md"
    code, out, err = run(capsys, "report", model, "-o", str(memo), "--date", "2026-02-30")
    assert (code, out) == (2, "")
    assert err == ("resultaat: the report date '2026-02-30' is written YYYY-MM-DD but is no day "
                   "of the calendar; give a date that exists\n")
    code, out, err = run(capsys, "report", model, "-o", str(memo), "--date", "1-3-2026")
    assert err == "resultaat: the report date must be a date written YYYY-MM-DD, got '1-3-2026'\n"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "garbage")
    code, out, _ = run(capsys, "report", model, "-o", str(memo))
    assert (code, out) == (2, "")
    assert sorted(tmp_path.iterdir()) == []


def test_direction_controls_are_refused_with_where_and_the_fix():
    from helpers import messages

    text = json.dumps({"resultaat": 1, "name": "invoice \u202egnp.exe"})
    assert messages(text, "json") == [
        "m.yaml:1 @ name: the text holds a direction control character (U+202E) at character "
        "9, which shows the text around it in another order than it was written; remove it "
        "(text in a right-to-left script needs none)"]
    with pytest.raises(r.ModelError) as e:
        r.Party("p", "a\u2067b", "citizen")
    assert "(U+2067) at character 2" in str(e.value.problems[0])
    hebrew = "\u05e9\u05dc\u05d5\u05dd \u200f(Shalom)"  # right-to-left script and a mark: fine
    assert r.Party("p", hebrew, "citizen").name == hebrew


def test_a_pileup_scan_of_a_party_on_which_nothing_lands_is_refused_not_clean(capsys):
    m = r.example("debt-help")
    with pytest.raises(r.SettingError) as e:
        r.pileup(m, "municipality")
    assert str(e.value) == (
        "nothing in the model lands on 'municipality': no intervention is for it (for:) and "
        "nothing is measured about it, so there is no household to scan; the households of "
        "this model are: family")
    code, out, err = run(capsys, "household", str(r.example_path("schuldhulp")), "--party",
                         "municipality")
    assert (code, out) == (2, "")
    assert err.startswith("resultaat: niets in het model komt terecht bij 'municipality': ")
    assert r.pileup(m, "family").questions  # a household is scanned as before


def test_an_empty_model_is_refused_in_its_language_and_a_summary_is_no_report(capsys, tmp_path):
    empty = tmp_path / "leeg.json"
    empty.write_text('{"resultaat": 1, "name": "Leeg", "language": "nl"}')
    code, out, err = run(capsys, "render", str(empty), "-o", str(tmp_path / "x.svg"),
                         "--summary")
    assert (code, out) == (2, "")
    assert err == ("resultaat: het model heeft geen partijen, dus er is niemand om een "
                   "samenvatting voor te tekenen; zet de partijen onder parties\n")
    code, out, err = run(capsys, "report", str(empty), "-o", str(tmp_path / "x.md"))
    assert err == "resultaat: het model heeft geen partijen om een rapport voor te schrijven\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leeg.json"]


def test_a_text_longer_than_an_excel_cell_says_in_the_cell_that_it_was_cut():
    import io

    import attrs
    import openpyxl

    from resultaat.present._export import CELL_LIMIT, csv_text, tables, workbook

    m = r.example("wheelchair")
    long = "x" * 40_000
    m = m.evolve(factors=[attrs.evolve(f, description=long) for f in m.factors.values()])
    book = openpyxl.load_workbook(io.BytesIO(workbook(m)))
    cell = book["External factors"]["C2"].value
    assert len(cell) == CELL_LIMIT
    assert cell.endswith("x… [cut here: an Excel cell holds 32,767 characters of this text's "
                         "40,000; the model file and the CSV export hold it whole]")
    assert long in csv_text("factors", tables(m)["factors"], lang="en")


@pytest.mark.parametrize("name", ["ledger.png", "ledger.txt", "ledger"])
def test_the_ledger_figure_is_not_written_as_svg_under_another_suffix(capsys, tmp_path, name):
    out = tmp_path / name
    code, printed, err = run(capsys, "ledger", str(r.example_path("debt-help")), "-o", str(out))
    assert (code, printed) == (2, "")
    assert err == (f"resultaat: cannot write the ledger figure to {name!r}: it is drawn as SVG "
                   "only; end the name in .svg\n")
    assert not out.exists()
    assert run(capsys, "ledger", str(r.example_path("debt-help")), "-o",
               str(tmp_path / "L.SVG"))[0] == 0


def test_a_png_too_large_to_draw_is_refused_before_it_is_drawn():
    m = r.example("debt-help")
    with pytest.raises(r.SettingError) as e:
        r.render(m, format="png", size="200cm", dpi=1200, engine="bundled")
    assert str(e.value).startswith("a PNG of 94,488 by ")
    assert str(e.value).endswith(
        " pixels at 1,200 dpi is too large to draw (at most 100,000,000 pixels, and 32,767 on "
        "a side); choose a lower dpi or a smaller size, or draw an SVG, which prints sharp at "
        "any size")
    with pytest.raises(r.SettingError, match="too large to draw"):
        r.render(m, format="png", dpi=1200, engine="bundled")  # natural size
    with pytest.raises(r.SettingError, match="too large to draw"):
        r.summary_figure(m, format="png", size="200cm", dpi=1200, engine="bundled")
    png = r.render(m, format="png", size="a4", dpi=600, engine="bundled")
    assert png.startswith(b"\x89PNG")


def test_a_name_with_line_breaks_and_tabs_keeps_to_its_line_in_the_terminal(capsys, tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps({
        "resultaat": 1, "name": "M", "language": "en",
        "parties": [{"id": "p", "name": "Line one\n# Heading\n\n| a |", "kind": "municipality"},
                    {"id": "h", "name": "H\tT", "kind": "citizen"}],
        "interventions": [{"id": "i", "name": "I", "by": "p", "for": "h", "cost": 100}],
        "results": [{"id": "r", "statement": "A\nB", "level": "micro", "owner": "h",
                     "value": 50}],
        "contributions": [{"from": "i", "to": "r", "role": "necessary"}]}))
    code, out, _ = run(capsys, "ledger", str(path))
    assert code == 0
    assert out.splitlines()[1:] == [
        "Line one # Heading | a |                   €100             €0          -€100",
        "H T                                          €0            €50            €50"]
    code, out, _ = run(capsys, "claims", str(path), "--party", "p")
    assert out.splitlines()[:3] == [
        "CONTRIBUTES  A B",
        "  Line one # Heading | a | may claim a contribution to “A B”, not the result itself: it",
        "  belongs to H T."]
    code, out, _ = run(capsys, "household", str(path), "--party", "h")
    assert out.splitlines()[:2] == ["H T: 1 intervention from 1 organisation",
                                    "  -: I (Line one # Heading | a |)"]
