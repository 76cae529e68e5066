import json
import subprocess
import sys

import pytest

import resultaat as r
from resultaat._cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_exit_codes(capsys, tmp_path):
    path = r.example_path("wheelchair")
    code, out, _ = run(capsys, "check", str(path))
    assert code == 1  # valid, with an overclaim error
    assert "Errors (1):" in out
    assert "[overclaim]" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text("resultaat: 1\nresults:\n  - {id: x, statement: X, level: mikro}\n")
    code, out, _ = run(capsys, "check", str(bad))
    assert code == 2
    assert f"{bad}:3 @ results[0].level: 'mikro' is not one of micro, meso, macro" in out


def test_check_json(capsys):
    code, out, _ = run(capsys, "check", str(r.example_path("steering")), "--json")
    data = json.loads(out)
    assert code == 0
    assert data["valid"]
    assert [f["code"] for f in data["findings"]] == ["uncontrollable-indicator"]


def test_init_passes_check(capsys, tmp_path):
    for lang in ("en", "nl"):
        path = tmp_path / f"start-{lang}.yaml"
        assert run(capsys, "init", str(path), "--lang", lang)[0] == 0
        code, out, _ = run(capsys, "check", str(path))
        assert code == 0, out
        assert "The check found nothing." in out
    assert run(capsys, "init", str(path))[0] == 2  # no overwrite


def test_claims_text_and_json(capsys):
    path = str(r.example_path("wheelchair"))
    code, out, _ = run(capsys, "claims", path, "--party", "municipality")
    assert code == 0
    assert out.startswith("OWNS         Mrs Jansen's mobility is facilitated")
    code, out, _ = run(capsys, "claims", path, "--party", "resident", "--json")
    assert json.loads(out)[0]["verdict"] == "owns"
    code, _, err = run(capsys, "claims", path, "--party", "nobody")
    assert code == 2
    assert err == "resultaat: no party 'nobody' in the model\n"


def test_render_and_report(capsys, tmp_path):
    path = str(r.example_path("wheelchair"))
    out_file = tmp_path / "w.dot"
    assert run(capsys, "render", path, "-o", str(out_file), "--lang", "nl")[0] == 0
    assert "gezien vanuit" in out_file.read_text()
    html_file = tmp_path / "memo.html"
    assert run(capsys, "report", path, "-o", str(html_file))[0] == 0
    page = html_file.read_text()
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page
    _code, out, _ = run(capsys, "report", path, "--lang", "nl")
    assert "## Wat Municipality of Nijkerk mag claimen" in out


def test_progress_with_bad_csv(capsys, tmp_path):
    csv = tmp_path / "m.csv"
    csv.write_text("result,indicator,period,value\nstarted,started in time,2025-H1,x\n"
                   "started,started in time,2025-H2,90\n")
    model = str(r.example_path("steering"))
    code, _, err = run(capsys, "progress", model, "--measurements", str(csv))
    assert code == 2
    assert f"{csv}:2 @ value: 'x' is not a number" in err
    code, out, err = run(capsys, "progress", model, "--measurements", str(csv), "--keep-valid")
    assert code == 0
    assert "skipped:" in err
    assert "2025-H2  started/started in time: realised 90 against 80 → better" in out


@pytest.mark.engine
def test_example_writes_everything(capsys, tmp_path):
    code, out, _ = run(capsys, "example", "steering", "--dir", str(tmp_path))
    assert code == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["steering-cases.csv", "steering-report.html", "steering-report.md",
                     "steering.png", "steering.svg", "steering.yaml"]
    assert "reached their own target" in (tmp_path / "steering-report.md").read_text()
    code, out, _ = run(capsys, "example")
    assert "neighbourhood-team" in out


def test_unknown_example(capsys):
    code, _, err = run(capsys, "example", "wheelchairs")
    assert code == 2
    assert "did you mean 'wheelchair'" in err


def test_python_dash_m_and_help():
    done = subprocess.run([sys.executable, "-m", "resultaat", "render", "--help"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert "example:\n  resultaat render model.yaml -o model.png" in done.stdout
