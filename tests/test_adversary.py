"""Hostile input to the reports, exports and files: found by trying to break them."""

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
    assert err == "resultaat: the report date must be a date written YYYY-MM-DD, got '2026-02-30'\n"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "garbage")
    code, out, _ = run(capsys, "report", model, "-o", str(memo))
    assert (code, out) == (2, "")
    assert sorted(tmp_path.iterdir()) == []
