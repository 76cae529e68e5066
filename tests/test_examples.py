import runpy
from pathlib import Path

import pytest

import resultaat as r

SCRIPTS = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize("name", list(r.EXAMPLES))
def test_script_builds_the_same_model_as_the_file(name):
    build = runpy.run_path(str(SCRIPTS / f"{name}.py"))["build"]
    assert build() == r.example(name)


@pytest.mark.parametrize("name", list(r.EXAMPLES))
def test_every_example_is_valid_and_has_something_to_say(name):
    model = r.example(name)
    assert r.check(model), "an example without findings teaches nothing about the check"
    assert r.to_dot(model).startswith("digraph")
    assert r.report(model).startswith(f"This report may contain personal data.\n\n# {model.name}")


def test_unknown_example():
    with pytest.raises(KeyError, match="did you mean 'wheelchair'"):
        r.example("wheelchairs")
