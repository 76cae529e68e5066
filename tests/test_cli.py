import json
import subprocess
import sys

import pytest

import resultaat as r
from resultaat._files import write_atomic
from resultaat.cli._main import main


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
    code, out, err = run(capsys, "check", str(bad))
    assert code == 2
    assert out == ""
    assert f"{bad}:3 @ results[0].level: 'mikro' is not one of micro, meso, macro" in err


def test_check_json(capsys):
    code, out, _ = run(capsys, "check", str(r.example_path("steering")), "--json")
    data = json.loads(out)
    assert code == 0
    assert data["valid"]
    assert [f["code"] for f in data["findings"]] == [
        "uncontrollable-indicator", "weak-link", "weak-link", "rival-unexamined",
        "rival-unexamined", "assumption-missing", "assumption-missing", "assumption-missing",
        "signal-unanswered"]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_init_passes_check(capsys, tmp_path, lang):
    path = tmp_path / f"start-{lang}.yaml"
    assert run(capsys, "init", str(path), "--lang", lang)[0] == 0
    code, out, _ = run(capsys, "check", str(path), "--json")
    assert code == 0, out
    assert json.loads(out) == {"valid": True, "findings": []}
    assert r.load(path).language == lang
    assert run(capsys, "init", str(path))[0] == 2  # no overwrite


def test_init_teaches_the_right_owner_of_a_side_effect(capsys, tmp_path):
    """A harm to other residents is a meso result, owned by nobody in particular."""
    for lang in ("en", "nl"):
        path = tmp_path / f"start-{lang}.yaml"
        run(capsys, "init", str(path), "--lang", lang)
        waiting = r.load(path).results["waiting"]
        assert (waiting.level, waiting.owner, waiting.intended) == ("meso", "collective", False)


def test_dutch_starter_is_dutch(capsys, tmp_path):
    en, nl = tmp_path / "en.yaml", tmp_path / "nl.yaml"
    run(capsys, "init", str(en), "--lang", "en")
    run(capsys, "init", str(nl), "--lang", "nl")
    english, dutch = r.load(en), r.load(nl)
    assert [x.statement for x in dutch.results.values()] == [
        "De inwoner heeft binnen vier weken een ondersteuningsplan",
        "De inwoner redt zich thuis",
        "Andere inwoners wachten langer op een gesprek",
    ]
    verdicts = [[c.verdict for c in r.claims(m, "municipality")] for m in (english, dutch)]
    assert verdicts[0] == verdicts[1]
    comments = [line for line in nl.read_text().splitlines() if line.startswith("#")]
    assert comments[0] == ("# Een modelbestand van resultaat. Toets het met:  "
                           f"resultaat check {nl.name}")
    english_comments = {line for line in en.read_text().splitlines() if line.startswith("#")}
    assert not english_comments & set(comments)


def test_claims_text_and_json(capsys):
    path = str(r.example_path("wheelchair"))
    code, out, _ = run(capsys, "claims", path, "--party", "municipality")
    assert code == 0
    assert out.startswith("OWNS         Mrs Jansen's mobility is facilitated")
    code, out, _ = run(capsys, "claims", path, "--party", "resident", "--json")
    assert json.loads(out)[0]["verdict"] == "owns"
    code, _, err = run(capsys, "claims", path, "--party", "nobody")
    assert code == 2
    assert err == ("resultaat: no party 'nobody' in the model; the parties are: resident, "
                   "family, neighbours, municipality, supplier, association\n")


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
    assert f"{csv}:2 @ value: not a number" in err
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
    assert "Reached their own goal" in (tmp_path / "steering-report.md").read_text()
    code, out, _ = run(capsys, "example")
    assert "neighbourhood-team" in out
    assert "  sturing              Dutch version of steering\n" in out


@pytest.mark.engine
@pytest.mark.parametrize("how", [["steering", "--lang", "nl"], ["sturing"]])
def test_example_writes_the_dutch_version(capsys, tmp_path, how):
    code, out, _ = run(capsys, "example", *how, "--dir", str(tmp_path))
    assert code == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["sturing-cases.csv", "sturing-report.html", "sturing-report.md",
                     "sturing.png", "sturing.svg", "sturing.yaml"]
    assert (tmp_path / "sturing.yaml").read_bytes() == r.example_path("sturing").read_bytes()
    assert out.startswith("sturing: Nederlandse versie van steering\n")
    assert out.endswith("De toets vindt 9 punten om naar te kijken: resultaat check "
                        f"{tmp_path / 'sturing.yaml'}\n")
    report = (tmp_path / "sturing-report.md").read_text()
    assert report == r.report(r.example("sturing"), diagram="sturing.svg", measurements=[
        *r.example("sturing").measurements,
        *r.load_measurements(r.example("sturing"), tmp_path / "sturing-cases.csv")])
    assert report.startswith("Dit rapport kan persoonsgegevens bevatten.\n\n"
                             "# Weer aan het werk in Nijkerk-Oost\n\nDeze paragraaf is "
                             "geschreven vanuit het perspectief van **Gemeente Nijkerk**.")
    assert '<html lang="nl">' in (tmp_path / "sturing-report.html").read_text()


def test_example_lists_in_dutch(capsys):
    code, out, _ = run(capsys, "example", "--lang", "nl")
    assert code == 0
    assert out.startswith("De meegeleverde voorbeelden (resultaat example NAAM --dir MAP):\n")
    assert "  rolstoel             Nederlandse versie van wheelchair\n" in out


def test_example_in_english_from_a_dutch_name(capsys, tmp_path):
    assert run(capsys, "example", "rolstoel", "--lang", "en", "--dir", str(tmp_path))[0] == 0
    assert (tmp_path / "wheelchair.yaml").exists()
    assert not (tmp_path / "rolstoel.yaml").exists()


def test_unknown_example(capsys):
    code, _, err = run(capsys, "example", "wheelchairs")
    assert code == 2
    assert "did you mean 'wheelchair'" in err


def test_python_dash_m_and_help():
    done = subprocess.run([sys.executable, "-m", "resultaat", "render", "--help"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert "example:\n  resultaat render model.yaml -o model.png" in done.stdout


def test_report_refuses_to_overwrite_its_input(capsys, tmp_path):
    model = tmp_path / "model.yaml"
    model.write_bytes(r.example_path("wheelchair").read_bytes())
    before = model.read_bytes()
    (tmp_path / "sub").mkdir()
    (tmp_path / "hard.yaml").hardlink_to(model)
    for output in (model, tmp_path / "sub" / ".." / "model.yaml", tmp_path / "hard.yaml"):
        code, out, err = run(capsys, "report", str(model), "-o", str(output))
        assert code == 2
        assert out == ""
        assert err == (f"resultaat: {output} is the input file {model}; it was not "
                       "overwritten: choose another output file\n")
    assert model.read_bytes() == before


def test_report_refuses_to_overwrite_its_measurements(capsys, tmp_path):
    csv = tmp_path / "m.csv"
    csv.write_text("result,indicator,period,value\nstarted,started in time,2025-H2,90\n")
    model = str(r.example_path("steering"))
    code, _, err = run(capsys, "report", model, "--measurements", str(csv), "-o", str(csv))
    assert code == 2
    assert err == (f"resultaat: {csv} is the input file {csv}; it was not overwritten: "
                   "choose another output file\n")
    assert csv.read_text().startswith("result,indicator")


def test_render_refuses_to_overwrite_its_input(capsys, tmp_path):
    model = tmp_path / "model.svg"  # a model file named like its default picture
    model.write_bytes(r.example_path("wheelchair").read_bytes())
    code, _, err = run(capsys, "render", str(model))
    assert code == 2
    assert err == (f"resultaat: {model} is the input file {model}; it was not overwritten: "
                   "choose another output file\n")
    code, _, err = run(capsys, "render", str(model), "-o", str(tmp_path / "." / "model.svg"))
    assert code == 2
    assert model.read_bytes() == r.example_path("wheelchair").read_bytes()


def test_report_that_cannot_be_written(capsys, tmp_path):
    path = str(r.example_path("wheelchair"))
    target = tmp_path / "nope" / "memo.md"
    code, out, err = run(capsys, "report", path, "-o", str(target), "--no-diagram")
    assert code == 3
    assert out == ""
    assert err == (f"resultaat: cannot write {target}: No such file or directory; the file "
                   "was left as it was\n")
    code, out, err = run(capsys, "report", path, "-o", str(target))
    assert (code, out) == (3, "")
    assert err == (f"resultaat: cannot write {target.with_suffix('.svg')}: No such file or "
                   "directory; the file was left as it was\n")


@pytest.mark.engine
def test_example_refuses_to_overwrite_without_force(capsys, tmp_path):
    assert run(capsys, "example", "wheelchair", "--dir", str(tmp_path))[0] == 0
    model = tmp_path / "wheelchair.yaml"
    model.write_text("edited", encoding="utf-8")
    code, out, err = run(capsys, "example", "wheelchair", "--dir", str(tmp_path))
    assert code == 2
    assert out == ""
    assert err == (f"resultaat: {tmp_path} already holds wheelchair.yaml, wheelchair.svg, "
                   "wheelchair.png, wheelchair-report.md, wheelchair-report.html; add "
                   "--force to overwrite, or choose another --dir\n")
    assert model.read_text(encoding="utf-8") == "edited"
    assert run(capsys, "example", "wheelchair", "--dir", str(tmp_path), "--force")[0] == 0
    assert model.read_bytes() == r.example_path("wheelchair").read_bytes()


def test_interrupted_example_says_what_it_wrote(capsys, tmp_path, monkeypatch):
    calls = []

    def write(path, data):
        if len(calls) == 2:
            raise KeyboardInterrupt
        calls.append(path)
        return write_atomic(path, data)

    monkeypatch.setattr("resultaat._files.write_atomic", write)
    code, out, err = run(capsys, "example", "steering", "--dir", str(tmp_path))
    assert code == 130
    assert out == ""
    assert err.endswith(f"resultaat: stopped after writing {tmp_path / 'steering.yaml'}, "
                        f"{tmp_path / 'steering-cases.csv'}; the other files were not "
                        "written\nresultaat: interrupted\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["steering-cases.csv",
                                                          "steering.yaml"]


def test_ctrl_c_is_one_line_and_130(capsys, monkeypatch):
    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("resultaat.model._io.load", interrupt)
    code, out, err = run(capsys, "check", str(r.example_path("wheelchair")))
    assert (code, out, err) == (130, "", "resultaat: interrupted\n")


def test_ctrl_c_in_a_real_process(tmp_path):
    script = ("import signal, os, resultaat.analysis._check as checking, resultaat.cli._main as c\n"
              "checking.check = lambda *a, **k: os.kill(os.getpid(), signal.SIGINT)\n"
              f"raise SystemExit(c.main(['check', {str(r.example_path('wheelchair'))!r}]))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 130
    assert done.stderr == "resultaat: interrupted\n"
    assert done.stdout == ""


def closed_pipe(*args):
    """Run the command line with its output read by nobody (like `| head` that has quit)."""
    proc = subprocess.Popen([sys.executable, "-m", "resultaat", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    proc.stdout.close()
    err = proc.stderr.read()
    return proc.wait(60), err


def test_broken_pipe_keeps_the_exit_code():
    code, err = closed_pipe("check", str(r.example_path("wheelchair")))
    assert (code, err) == (1, "")  # the check found an error
    code, err = closed_pipe("check", str(r.example_path("steering")))
    assert (code, err) == (0, "")
    code, err = closed_pipe("--help")
    assert (code, err) == (0, "")


def test_bad_check_through_a_closed_pipe(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("resultaat: 1\nresults: 3\n")
    code, err = closed_pipe("check", str(bad))
    assert code == 2
    assert err.startswith(f"{bad} is not a valid model.\n")


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--tolerance", "nan", "expected a number of at least 0, such as 0.1 for 10%, got 'nan'"),
    ("--tolerance", "inf", "expected a number of at least 0, such as 0.1 for 10%, got 'inf'"),
    ("--tolerance", "-0.1", "expected a number of at least 0, such as 0.1 for 10%, got "
                            "'-0.1'"),
    ("--tolerance", "ten", "expected a number of at least 0, such as 0.1 for 10%, got 'ten'"),
    ("--depth", "-5", "expected a whole number of at least 0, such as 2, got '-5'"),
    ("--depth", "2.5", "expected a whole number of at least 0, such as 2, got '2.5'"),
    ("--depth", "1" * 5000, "expected a whole number of at least 0, such as 2, got '"
                            + "1" * 5000 + "'"),
])
def test_bad_option_values(capsys, option, value, message):
    command = "progress" if option == "--tolerance" else "render"
    extra = ["--focus", "x"] if command == "render" else []
    with pytest.raises(SystemExit) as info:
        main([command, "model.yaml", *extra, f"{option}={value}"])
    _, err = capsys.readouterr()
    assert info.value.code == 2
    assert err.splitlines()[-1] == f"resultaat {command}: error: argument {option}: {message}"


def test_good_option_values(capsys):
    path = str(r.example_path("steering"))
    assert run(capsys, "progress", path, "--tolerance", "0")[0] == 0
    assert run(capsys, "render", path, "--focus", "started", "--depth", "0", "-o",
               "/dev/null/x.dot")[0] == 3


def test_exit_codes_are_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out, _ = capsys.readouterr()
    assert "130  interrupted (Ctrl-C)" in out
    assert "never over an input file" in out


def test_report_under_a_file_size_limit_keeps_the_good_file(tmp_path):
    good = tmp_path / "good.html"
    good.write_text("<p>a good report</p>", encoding="utf-8")
    script = ("import resource, sys\n"
              "from resultaat.cli._main import main\n"
              "resource.setrlimit(resource.RLIMIT_FSIZE, (5000, 5000))\n"
              "sys.exit(main(sys.argv[1:]))\n")
    done = subprocess.run([sys.executable, "-c", script, "report",
                           str(r.example_path("wheelchair")), "-o", str(good)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 3
    assert done.stderr == (f"resultaat: cannot write {good}: File too large; the file was "
                           "left as it was\n")
    assert good.read_text(encoding="utf-8") == "<p>a good report</p>"
    assert [p.name for p in tmp_path.iterdir()] == ["good.html"]


def test_errors_through_a_closed_stderr_keep_the_exit_code(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "resultaat", "claims",
                             str(r.example_path("wheelchair")), "--party", "nobody"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stderr.close()
    out = proc.stdout.read()
    assert proc.wait(60) == 2
    assert out == b""


def test_long_texts_are_cut_in_claims_text_but_whole_in_json(capsys, tmp_path):
    model = tmp_path / "long.yaml"
    long = "x" * 5000
    model.write_text("resultaat: 1\nname: Long\nparties:\n  - {id: m, name: M, kind: "
                     f"municipality}}\nresults:\n  - {{id: r, statement: {long}, level: "
                     "micro, owner: m}\ncontributions:\n  - {from: m, to: r}\n")
    code, out, _ = run(capsys, "claims", str(model), "--party", "m")
    assert code == 0
    assert out.splitlines()[0] == "OWNS         " + "x" * 499 + "…"
    code, out, _ = run(capsys, "claims", str(model), "--party", "m", "--json")
    assert long in json.loads(out)[0]["reasons"][0]


def test_four_processes_writing_one_report_leave_one_whole_report(tmp_path):
    target = tmp_path / "memo.md"
    names = ["wheelchair", "debt-help", "steering", "youth-region"]
    procs = [subprocess.Popen([sys.executable, "-m", "resultaat", "report",
                               str(r.example_path(n)), "-o", str(target), "--no-diagram"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for n in names]
    assert [p.wait(120) for p in procs] == [0, 0, 0, 0]
    text = target.read_text(encoding="utf-8")
    assert text in [r.report(r.example(n)) for n in names]
    assert [p.name for p in tmp_path.iterdir()] == ["memo.md"]


def test_no_shares_leaves_the_shares_out(capsys):
    path = str(r.example_path("debt-help"))
    code, out, _ = run(capsys, "claims", path, "--party", "municipality", "--json")
    data = {c["result"]: c for c in json.loads(out)}
    row = data["fewer_evictions"]
    assert [row["share_low"], row["share_high"]] == [pytest.approx(0.021212121212),
                                                     pytest.approx(0.051851851852)]
    assert "share of Municipality of Nijkerk in the credit is 2–5%." in \
        data["fewer_evictions"]["reasons"][-1]
    code, out, _ = run(capsys, "claims", path, "--party", "municipality", "--no-shares")
    assert code == 0
    assert "share" not in out
    code, out, _ = run(capsys, "report", path, "--no-shares")
    assert "share of" not in out


def test_a_command_runs_with_fewer_collections_and_restores_them(monkeypatch):
    import gc

    from resultaat.cli import _main

    during = []
    monkeypatch.setitem(_main._COMMANDS, "check",
                        lambda args: during.append(gc.get_threshold()[0]) or 0)
    before = gc.get_threshold()
    assert main(["check", "model.yaml"]) == 0
    assert during == [_main.GC_ALLOCATIONS]
    assert gc.get_threshold() == before


def test_the_command_does_not_go_over_its_objects_once_more_at_the_end():
    """Putting the threshold back to 700 at the end of a process would collect everything."""
    code = ("import gc, sys\n"
            "from resultaat.cli._main import run\n"
            "seen = []\n"
            "gc.callbacks.append(lambda phase, info: phase == 'start' and seen.append(info))\n"
            f"sys.argv = ['resultaat', 'check', {str(r.example_path('wheelchair'))!r}]\n"
            "try:\n"
            "    run()\n"
            "except SystemExit as e:\n"
            "    print(e.code, len(seen), gc.get_freeze_count() > 0)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.splitlines()[-1] == "1 0 True"  # exit 1: the check finds an error


def test_the_command_exits_with_the_code_of_main():
    done = subprocess.run([sys.executable, "-m", "resultaat", "check",
                           str(r.example_path("wheelchair"))],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1  # valid, with an overclaim error
    assert "[overclaim]" in done.stdout


def test_a_command_alone_has_the_parser_it_has_among_all():
    """The parser made for one command's arguments holds that command exactly as the whole."""
    import argparse

    from resultaat.cli._main import _COMMANDS, _parser

    def helps(parser: argparse.ArgumentParser) -> dict[str, str]:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return {name: c.format_help() for name, c in sub.choices.items()}

    every = helps(_parser())
    assert sorted(every) == sorted(_COMMANDS)
    for name in _COMMANDS:
        assert helps(_parser([name, "model.yaml"])) == {name: every[name]}
    assert helps(_parser(["--help", "check"])) == every
    assert helps(_parser(["chek", "model.yaml"])) == every


@pytest.mark.parametrize("columns", ["40", "100"])
def test_help_is_laid_out_as_argparse_lays_it_out(monkeypatch, columns):
    """The layout that asks the terminal's width late writes what argparse's own writes."""
    import argparse

    from resultaat.cli import _main

    def helps() -> list[str]:
        parser = _main._parser()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return [parser.format_help(), parser.format_usage(),
                *(c.format_help() for c in sub.choices.values())]

    monkeypatch.setenv("COLUMNS", columns)
    ours = helps()
    assert ours[2].startswith("usage: resultaat check [-h]")
    monkeypatch.setattr(_main, "_Layout", argparse.RawDescriptionHelpFormatter)
    assert ours == helps()


def test_the_command_line_tolerance_is_the_librarys():
    from resultaat.analysis._steering import TOLERANCE
    from resultaat.cli._main import _parser

    parser = _parser()
    for command in ("progress", "export"):
        args = parser.parse_args([command, "m.yaml", *(["-o", "x.xlsx"] * (command == "export"))])
        assert args.tolerance == TOLERANCE
