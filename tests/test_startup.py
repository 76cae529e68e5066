"""Start-up: ``import resultaat`` and the command line import only what is used."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import resultaat as r

HEAVY = ["networkx", "graphviz", "yaml", "attrs", "babel", "ibis", "duckdb", "openpyxl"]
NOT_FOR_CHECK = ["json", "pathlib", "csv", "shutil", "bisect", "resultaat.model._csvfile",
                 "resultaat.analysis._cycle", "resultaat.analysis._rollup_query",
                 "resultaat.present._dot", "resultaat.present._output",
                 "resultaat.present._report", "resultaat.present._export"]
"""Modules ``resultaat check`` of the wheelchair example does not use: its start-up target
(benchmarks/bench_startup.py) rests on leaving them out."""


def imported_after(code: str, modules: list[str] = HEAVY) -> list[str]:
    """Which of ``modules`` a fresh interpreter holds after running ``code``."""
    script = (f"import sys\n{code}\n"
              f"found = [m for m in {modules!r} if m in sys.modules]\n"
              "print(__import__('json').dumps(found))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)
    return list(json.loads(done.stdout.splitlines()[-1]))


def test_import_resultaat_imports_no_heavy_module():
    assert imported_after("import resultaat") == []


def test_help_and_version_import_no_heavy_module():
    code = ("import contextlib, io, resultaat.cli._main as c\n"
            "for args in (['--help'], ['--version'], ['check', '--help']):\n"
            "    with contextlib.redirect_stdout(io.StringIO()), "
            "contextlib.suppress(SystemExit):\n"
            "        c.main(args)")
    assert imported_after(code) == []


CHECK = ("import contextlib, io, resultaat.cli._main as c\n"
         "with contextlib.redirect_stdout(io.StringIO()):\n"
         f"    c.main(['check', {str(r.example_path('wheelchair'))!r}])")


def test_check_does_not_import_the_drawing_modules():
    assert imported_after(CHECK) == ["yaml", "attrs"]  # small whole numbers need no Babel


def test_check_imports_no_module_it_does_not_use():
    assert imported_after(CHECK, NOT_FOR_CHECK) == []


def test_a_public_name_imports_its_module_when_used():
    assert imported_after("import resultaat; resultaat.to_dot") == ["graphviz", "attrs"]


def test_the_data_extra_is_imported_only_when_a_query_runs():
    assert "ibis" not in imported_after("import resultaat; resultaat.measure")
    assert "ibis" not in imported_after(
        "import resultaat; resultaat.rollup_csv(resultaat.example('steering'), "
        "'result,indicator,period,value\\nworking,hours worked,2025,1\\n')")


def test_lazy_table_matches_the_imports_type_checkers_read():
    tree = ast.parse(Path(r.__file__).read_text(encoding="utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If))  # if TYPE_CHECKING:
    imported = {a.name: node.module for node in block.body if isinstance(node, ast.ImportFrom)
                for a in node.names}
    assert imported == r._WHERE
    assert sorted(imported) == sorted(r.__all__)


def test_dir_lists_every_public_name_before_use():
    assert set(r.__all__) <= set(dir(r))


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match=r"^module 'resultaat' has no attribute 'nothing'$"):
        r.nothing  # noqa: B018
