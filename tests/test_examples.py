import runpy
from pathlib import Path

import attrs
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


# The Dutch examples: the same models as their English twins, in Dutch words.

TEXT_KEYS = {"name", "statement", "description", "evidence", "source", "why", "unit",
             "explanation", "assumptions", "purpose", "puts_in", "expects", "decision",
             "condition"}


def skeleton(model):
    """The model without its words: ids, kinds, numbers and arrows, as in the file.

    Indicator names become their place in the result (measurements refer to
    them), policies their order of first appearance (the household view groups
    by them).
    """
    from resultaat.model._io import to_data

    data = to_data(model)
    places = {(r.id, ind.name): j for r in model.results.values()
              for j, ind in enumerate(r.indicators)}
    policies = list(dict.fromkeys(i.policy for i in model.interventions.values()))
    for m in data.get("measurements", []):
        m["indicator"] = places[m["result"], m["indicator"]]
    for p in data.get("parties", []):
        for c in p.get("commitments", []):
            c["indicator"] = places[c["result"], c["indicator"]]
    for a in data.get("adjustments", []):
        a["signal"]["indicator"] = places[a["signal"]["result"], a["signal"]["indicator"]]
    for i in data.get("interventions", []):
        if "policy" in i:
            i["policy"] = policies.index(i["policy"])

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in TEXT_KEYS}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    out = strip(data)
    del out["language"]
    return out


@pytest.mark.parametrize(("dutch", "english"), list(r.EXAMPLES_NL.items()))
def test_dutch_example_is_its_english_twin_in_dutch_words(dutch, english):
    nl, en = r.example(dutch), r.example(english)
    assert nl.language == "nl"
    assert en.language == "en"
    assert skeleton(nl) == skeleton(en)
    assert nl.name != en.name


@pytest.mark.parametrize(("dutch", "english"), list(r.EXAMPLES_NL.items()))
def test_dutch_example_gets_the_same_verdicts_and_findings(dutch, english):
    nl, en = r.example(dutch), r.example(english)
    assert [(f.code, f.severity, f.subject) for f in r.check(nl)] == [
        (f.code, f.severity, f.subject) for f in r.check(en)]
    for party in en.parties:
        assert [(c.result, c.verdict, c.share) for c in r.claims(nl, party)] == [
            (c.result, c.verdict, c.share) for c in r.claims(en, party)], party


@pytest.mark.parametrize("dutch", list(r.EXAMPLES_NL))
def test_dutch_example_renders_and_reports_in_dutch(dutch):
    model = r.example(dutch)
    assert r.to_dot(model).startswith("digraph")
    assert r.to_dot(model) != r.to_dot(model, lang="en")
    text = r.report(model)
    assert text.startswith(f"Dit rapport kan persoonsgegevens bevatten.\n\n# {model.name}\n")
    assert text == r.report(model, lang="nl")
    assert text != r.report(model, lang="en")
    assert "geschreven vanuit" in text

    def headings(report):
        return {line for line in report.splitlines() if line.startswith("#")}

    english = r.report(r.example(r.EXAMPLES_NL[dutch]))
    assert len(headings(text)) == len(headings(english)) > 3
    assert not headings(text) & headings(english)


def test_every_text_of_a_dutch_example_is_its_own():
    """No statement, name or piece of evidence is left in English by mistake."""
    from resultaat.model._io import to_data

    def words(model):
        data = to_data(model)
        found = set()

        def walk(value, key=None):
            if isinstance(value, dict):
                for k, v in value.items():
                    walk(v, k)
            elif isinstance(value, list):
                for v in value:
                    walk(v, key)
            elif key in TEXT_KEYS and isinstance(value, str):
                found.add(value)

        walk(data)
        return found

    shared = {"%", "1-5", "euro", "per week"}  # the same in both languages
    for dutch, english in r.EXAMPLES_NL.items():
        same = words(r.example(dutch)) & words(r.example(english))
        assert same <= shared, (dutch, same - shared)


def test_example_by_language():
    assert r.example_path("wheelchair", lang="nl").name == "rolstoel.yaml"
    assert r.example_path("rolstoel", lang="en").name == "wheelchair.yaml"
    assert r.example_path("rolstoel").name == "rolstoel.yaml"
    assert r.example("steering", lang="nl") == r.example("sturing")
    with pytest.raises(ValueError, match="unknown language 'NL'"):
        r.example("wheelchair", lang="NL")
    with pytest.raises(KeyError, match="did you mean 'rolstoel'"):
        r.example("rolstoelen")


def test_each_language_has_its_measurements_file_with_the_same_cases():
    from resultaat.model._examples import cases_path

    assert cases_path("steering").name == "steering-cases.csv"
    assert cases_path("sturing").name == "sturing-cases.csv"
    assert cases_path("steering") != cases_path("sturing")
    en = r.load_measurements(r.example("steering"), cases_path("steering"))
    nl = r.load_measurements(r.example("sturing"), cases_path("sturing"))
    assert len(en) == len(nl) == 96
    assert {m.indicator for m in en} == {"hours worked"}
    assert {m.indicator for m in nl} == {"gewerkte uren"}
    assert [attrs.evolve(m, indicator="hours worked") for m in nl] == list(en)


@pytest.mark.parametrize("name", [*r.EXAMPLES, *r.EXAMPLES_NL])
def test_every_example_says_its_people_are_fictional(name):
    """Models end up in public memos: an example shows that its people are made up (AVG)."""
    comments = " ".join(line for line in r.example_path(name).read_text().splitlines()
                        if line.startswith("#"))
    word = {"en": "are fictional", "nl": "zijn verzonnen"}[r.example(name).language.value]
    assert word in comments
