"""The docs cover what the code offers."""

import re
from pathlib import Path

import attrs
import pytest

import resultaat
from resultaat.model._model import SECTIONS

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_model_file_reference_names_every_key():
    text = (DOCS / "model-file.md").read_text()
    kinds = [*SECTIONS.values(), resultaat.Condition, resultaat.Indicator,
             resultaat.TargetRevision, resultaat.Beneficiary, resultaat.Commitment]
    for kind in kinds:
        for f in attrs.fields(kind):
            assert f"`{f.metadata['key']}`" in text, (kind.__name__, f.metadata["key"])
    for key in ("resultaat", "name", "description", "language", "perspective", *SECTIONS):
        assert f"`{key}`" in text, key


def test_api_reference_names_every_public_name():
    text = (DOCS / "api.md").read_text()
    for name in resultaat.__all__:
        assert re.search(rf"`{re.escape(name)}[`(]", text), name


def test_every_example_has_a_picture():
    for name in resultaat.EXAMPLES:
        assert (DOCS / "images" / f"{name}.png").exists(), name


def test_every_check_code_is_explained_with_its_severity():
    from resultaat.analysis._check import RULES

    rows = {}
    for line in (DOCS / "concepts.md").read_text().splitlines():
        found = re.match(r"\| `([a-z-]+)` \| ([^|]+) \| (.+) \|$", line)
        if found:
            rows[found.group(1)] = (found.group(2), found.group(3))
    assert [code for code in resultaat.CODES if code not in rows] == []
    for rule in RULES:
        severity, what = rows[rule.code]
        assert severity.startswith(rule.severity.value), (rule.code, severity)
        assert len(what) > 20, rule.code
def _blocks(text, kind):
    return re.findall(rf"^```{kind}\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


def test_handleiding_yaml_is_the_dutch_example():
    """Each YAML piece in the Dutch guide is a piece of the example it explains."""
    text = (DOCS / "handleiding.md").read_text(encoding="utf-8")
    model_file = resultaat.example_path("rolstoel").read_text(encoding="utf-8")
    pieces = _blocks(text, "yaml")
    assert len(pieces) >= 5
    for piece in pieces:
        assert piece in model_file, piece


@pytest.mark.engine
def test_handleiding_commands_run(tmp_path, monkeypatch, capsys):
    """The commands of the Dutch guide, run in order in an empty folder, all work."""
    import shlex

    from resultaat.cli._main import main

    text = (DOCS / "handleiding.md").read_text(encoding="utf-8")
    commands = [shlex.split(line)[1:] for block in _blocks(text, "sh")
                for line in block.splitlines() if line.startswith("resultaat ")]
    assert len(commands) >= 8
    monkeypatch.chdir(tmp_path)
    for argv in commands:
        code = main(argv)
        out, err = capsys.readouterr()
        expected = 1 if argv[0] == "check" else 0  # the example's overclaim
        assert code == expected, (argv, out, err)
    assert (tmp_path / "nota.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "nota.md").read_text(encoding="utf-8").startswith(
        "Dit rapport kan persoonsgegevens bevatten.\n\n# Rolstoel en meedoen")
