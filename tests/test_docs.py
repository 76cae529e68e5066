"""The docs cover what the code offers."""

import re
from pathlib import Path

import attrs

import resultaat
from resultaat.model._model import SECTIONS

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_model_file_reference_names_every_key():
    text = (DOCS / "model-file.md").read_text()
    kinds = [*SECTIONS.values(), resultaat.Condition, resultaat.Indicator,
             resultaat.TargetRevision]
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
