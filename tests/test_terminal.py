"""Any terminal: commands on a cp1252 or ASCII console, output redirected, files in UTF-8."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import resultaat as r

EXAMPLES = Path(r.example_path("wheelchair")).parent
WHEELCHAIR = str(EXAMPLES / "wheelchair.yaml")
STEERING = str(EXAMPLES / "steering.yaml")
CASES = str(EXAMPLES / "steering-cases.csv")

COMMANDS = {  # arguments → (exit code, characters the output must hold on a UTF-8 console)
    ("check", WHEELCHAIR): (1, "“”"),
    ("claims", WHEELCHAIR, "--party", "municipality"): (0, "“”"),
    ("report", WHEELCHAIR, "--lang", "nl"): (0, "€“ï"),
    ("progress", STEERING, "--measurements", CASES): (0, "→"),
    ("example",): (0, ""),
    ("--help",): (0, ""),
}


def run(args, encoding, cwd):
    """Run the command with its output redirected to pipes the console encoding decides."""
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    env.pop("PYTHONUTF8", None)
    return subprocess.run([sys.executable, "-m", "resultaat", *args], capture_output=True,
                          env=env, cwd=cwd, timeout=120, check=False)


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
@pytest.mark.parametrize("args", list(COMMANDS), ids=[a[0] for a in COMMANDS])
def test_characters_the_console_cannot_show_are_replaced(args, encoding, tmp_path):
    code, shown = COMMANDS[args]
    utf8 = run(args, "utf-8", tmp_path)
    done = run(args, encoding, tmp_path)
    assert (utf8.returncode, done.returncode) == (code, code)
    assert b"Traceback" not in done.stderr
    text = utf8.stdout.decode("utf-8")
    assert all(c in text for c in shown)
    assert done.stdout == text.encode(encoding, errors="replace")
    assert done.stderr == utf8.stderr.decode("utf-8").encode(encoding, errors="replace")


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_a_problem_on_stderr_is_replaced_too(encoding, tmp_path):
    model = tmp_path / "m.yaml"
    model.write_text("resultaat: 1\nname: Café → één\nparties: [{id: p, name: P, kind: "
                     "citizen}]\nresults: [{id: x, statement: S, level: micro, owner: "
                     "gemeente→}]\n", encoding="utf-8")
    done = run(["check", str(model)], encoding, tmp_path)
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert b"gemeente?" in done.stderr


def test_example_files_are_utf8_whatever_the_console(tmp_path):
    for encoding in ("utf-8", "ascii"):
        assert run(["example", "wheelchair", "--dir", encoding], encoding, tmp_path
                   ).returncode == 0
    for name in ("wheelchair.yaml", "wheelchair-report.md", "wheelchair-report.html",
                 "wheelchair.svg"):
        data = (tmp_path / "ascii" / name).read_bytes()
        assert data == (tmp_path / "utf-8" / name).read_bytes()
        data.decode("utf-8")
    assert "€" in (tmp_path / "ascii" / "wheelchair-report.md").read_text(encoding="utf-8")


def test_a_report_file_is_utf8_on_an_ascii_console(tmp_path):
    done = run(["report", WHEELCHAIR, "-o", "memo.md"], "ascii", tmp_path)
    assert done.returncode == 0
    assert "€" in (tmp_path / "memo.md").read_text(encoding="utf-8")


def test_a_file_name_with_undecodable_bytes_does_not_crash_a_utf8_console(tmp_path):
    done = subprocess.run([sys.executable, "-m", "resultaat", "check", b"\xff.yaml", "--json"],
                          capture_output=True, cwd=tmp_path, timeout=60, check=False,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert b'"file": "?.yaml"' in done.stdout


def opens_text_without_encoding(call: ast.Call) -> bool:
    """An open(), Path.open(), read_text() or write_text() in text mode with no encoding."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name not in ("open", "read_text", "write_text", "TextIOWrapper", "fdopen"):
        return False
    if any(k.arg == "encoding" for k in call.keywords):
        return False
    if isinstance(func, ast.Attribute) and func.attr == "open" and (
            isinstance(func.value, ast.Name) and func.value.id == "os"):
        return False  # os.open works on bytes
    modes = [a.value for a in call.args if isinstance(a, ast.Constant)]
    modes += [k.value.value for k in call.keywords
              if k.arg == "mode" and isinstance(k.value, ast.Constant)]
    return not any(isinstance(m, str) and "b" in m for m in modes)


def test_every_text_file_in_src_is_opened_with_an_encoding():
    src = Path(r.__file__).parent
    found = []
    for path in sorted(src.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.name}:{node.lineno}" for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and opens_text_without_encoding(node)]
    assert found == []


def test_the_encoding_check_finds_an_open_without_encoding():
    calls = [node for node in ast.walk(ast.parse(
        "open(p)\np.read_text()\nopen(p, 'rb')\nos.open(p, 1)\np.write_text(s, encoding='utf-8')"
    )) if isinstance(node, ast.Call)]
    assert [opens_text_without_encoding(c) for c in calls] == [True, True, False, False, False]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_csv_and_json_are_utf8_on_any_console(fmt, tmp_path):
    args = ["claims", WHEELCHAIR, "--party", "municipality", "--format", fmt]
    utf8 = run(args, "utf-8", tmp_path)
    done = run(args, "cp1252", tmp_path)
    assert (utf8.returncode, done.returncode) == (0, 0)
    assert done.stdout == utf8.stdout
    assert "“" in done.stdout.decode("utf-8")
