import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resultaat as r
from helpers import MINIMAL, messages
from resultaat import ModelError
from resultaat.model import _reader


def test_wheelchair_round_trips_yaml_and_json(wheelchair, tmp_path):
    for name in ("m.yaml", "m.json"):
        r.dump(wheelchair, tmp_path / name)
        assert r.load(tmp_path / name) == wheelchair


def test_dumped_yaml_reads_like_a_person_wrote_it(wheelchair):
    text = r.dumps(wheelchair)
    assert "- {id: resident, name: Mrs Jansen, kind: citizen}" in text
    assert "!!" not in text
    assert "&id" not in text
    assert "role: supporting" not in text  # defaults are left out


def test_errors_have_file_line_and_fix():
    text = MINIMAL + "  - {id: y, statement: Y, level: mezo, owner: q}\n" \
        "contributions:\n  - {from: p, to: x, rol: necessary}\n"
    assert messages(text) == [
        "m.yaml:6 @ results[1].level: 'mezo' is not one of micro, meso, macro "
        "(did you mean 'meso'?)",
        "m.yaml:8 @ contributions[0].rol: unknown key 'rol' (did you mean 'role'?); "
        "a contribution has the keys from, to, role, weight, evidence, assumptions, strength, "
        "effect",
    ]


def test_missing_owner_says_how_to_name_one():
    (msg,) = messages("resultaat: 1\nresults:\n  - {id: x, statement: X, level: micro}\n")
    assert msg.startswith("m.yaml:3 @ results[0].owner: every result needs an owner")
    assert "`collective`" in msg


def test_reference_to_broken_item_is_not_reported_twice():
    text = "resultaat: 1\nparties:\n  - {id: p, name: P, kind: wrong}\n" \
           "results:\n  - {id: x, statement: X, level: micro, owner: p}\n"
    assert len(messages(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "m.yaml: the model file is empty; start from `resultaat init`"),
        ("resultaat: 1\nparties: [\n", "m.yaml:3: not valid YAML"),
        ("- a\n- b\n", "m.yaml: a model file is a mapping"),
        ("resultaat: 1\nx: !!python/object:os.system {}\n", "m.yaml:2: the tag"),
        ("resultaat: 1\nname: a\nname: b\n", "m.yaml:3 @ name: the key 'name' is given twice"),
        ("resultaat: 1\nparties:\n  - {id: a, id: b}\n",
         "m.yaml:3 @ parties[0].id: the key 'id' is given twice; keep one"),
        ("resultaat: 3\n", "m.yaml:1 @ resultaat: this file is format version 3"),
        ("name: x\n", "m.yaml @ resultaat: missing `resultaat: 2`"),
        ("resultaat: 1\npartys: []\n", "m.yaml:2 @ partys: unknown key 'partys' (did you mean "
                                       "'parties'?)"),
        ("x: " + "[" * 40 + "]" * 40, "m.yaml:1: the data is nested more than 32 deep"),
        ("[" * 5000, "m.yaml:1: not valid YAML" if _reader.Parser.__name__ == "CSafeLoader"
         else "m.yaml:1: the data is nested more than 32 deep"),
    ],
)
def test_bad_files_get_plain_errors(text, expected):
    assert messages(text)[0].startswith(expected)


def test_a_bad_language_is_reported_beside_the_other_problems():
    text = ("resultaat: 2\nlanguage: fr\nname: 3\n"
            "results: [{id: a, statement: A, level: micro, owner: nobody}]\n")
    assert messages(text) == [
        "m.yaml:2 @ language: unknown language 'fr'; the languages are en, nl",
        "m.yaml:3 @ name: must be text, got 3; put it in quotes",
        "m.yaml:4 @ results[0].owner: unknown party 'nobody'; add it to parties or fix the id",
    ]
    assert messages("resultaat: 2\nlanguage: fr\n"
                    "results: [{id: a, statement: A, level: micro, owner: nobody}]\n") == [
        "m.yaml:2 @ language: unknown language 'fr'; the languages are en, nl",
        "m.yaml:3 @ results[0].owner: unknown party 'nobody'; add it to parties or fix the id",
    ]


UNKNOWN_OWNER = MINIMAL + "  - {id: y, statement: Y, level: micro, owner: q}\n"


@pytest.mark.parametrize("text", [MINIMAL, UNKNOWN_OWNER])
def test_loading_validates_the_model_once(text, monkeypatch):
    from resultaat.model import _model

    calls = []
    real = _model._validate
    monkeypatch.setattr(_model, "_validate", lambda *a: calls.append(a) or real(*a))
    with contextlib.suppress(ModelError):
        r.loads(text)
    assert len(calls) == 1


def test_json_errors_are_located_too():
    data = {"resultaat": 1, "parties": [{"id": "p", "name": "P", "kind": "citizn"}]}
    text = json.dumps(data, indent=2)
    (msg,) = messages(text, "json")
    assert msg.startswith("m.yaml:7 @ parties[0].kind: 'citizn' is not one of")
    assert messages("{", "json")[0].startswith("m.yaml:1: not valid JSON")
    assert messages('{"resultaat": NaN}', "json") == [
        "m.yaml:1 @ resultaat: NaN is not a number a model may hold; write a number"]


def test_file_errors(tmp_path):
    with pytest.raises(ModelError, match="no such file"):
        r.load(tmp_path / "missing.yaml")
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("resultaat: 1\nname: caf\xe9\n".encode("latin-1"))
    with pytest.raises(ModelError, match=r"latin1.yaml:2: the file is not UTF-8"):
        r.load(bad)


def test_a_file_name_reads_as_pathlib_reads_it(tmp_path, monkeypatch):
    """The command line reads a name without pathlib; every spelling still means what it did."""
    from pathlib import Path

    from resultaat.model._io import read_file

    monkeypatch.chdir(tmp_path)
    Path("m.yaml").write_text(MINIMAL, encoding="utf-8")
    Path("m.json").write_text('{"resultaat": 1}', encoding="utf-8")
    Path("..json").write_text('{"resultaat": 1}', encoding="utf-8")
    Path("d.json").mkdir()

    def outcome(path: str | Path) -> tuple[str, str]:
        try:
            return read_file(path)
        except ModelError as e:
            return "error", e.problems[0].message

    for name in ("m.yaml", "m.yaml/", "m.yaml/.", ".//m.yaml", "m.yaml/..", "m.json", "m.json/",
                 "..json", "d.json", "d.json/", "", ".", "missing.json",
                 str(tmp_path / "m.json")):
        assert outcome(name) == outcome(Path(name)), name
    assert outcome("m.json/") == ('{"resultaat": 1}', "json")
    assert outcome("")[1] == "this is a folder, not a model file"


def test_shared_aliases_are_not_expanded():
    text = MINIMAL + "a: &a [x, x]\nb: &b [*a, *a]\ninterventions: [*b, *b]\n"
    assert messages(text) == [
        "m.yaml:6 @ a: unknown key 'a'; the keys are resultaat, written_by, name, description, "
        "language, perspective, audience, parties, interventions, results, factors, "
        "contributions, claims, measurements, adjustments",
        "m.yaml:7 @ b: unknown key 'b'; the keys are resultaat, written_by, name, description, "
        "language, perspective, audience, parties, interventions, results, factors, "
        "contributions, claims, measurements, adjustments",
        "m.yaml:8 @ interventions[0]: must be a mapping such as `{id: wheelchair, name: "
        "Provide a wheelchair, by: municipality}`, got list",
        "m.yaml:8 @ interventions[1]: must be a mapping such as `{id: wheelchair, name: "
        "Provide a wheelchair, by: municipality}`, got list",
    ]


# --- Hypothesis -------------------------------------------------------------

ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789", min_size=1, max_size=8)
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn")),
                min_size=1, max_size=30).filter(lambda s: s.strip() != "")


@st.composite
def models(draw):
    b = r.ModelBuilder(draw(texts), language=draw(st.sampled_from(["nl", "en"])))
    used = set()

    def fresh():
        x = draw(ids.filter(lambda s: s not in used and s != "collective"))
        used.add(x)
        return x

    parties = [fresh() for _ in range(draw(st.integers(1, 4)))]
    for p in parties:
        b.party(p, draw(texts), draw(st.sampled_from([k.value for k in r.PartyKind
                                                      if k != "cooperation"])))
    results = []
    for _ in range(draw(st.integers(1, 6))):
        rid = fresh()
        level = draw(st.sampled_from(["micro", "meso", "macro"]))
        owner = draw(st.sampled_from(parties + ([] if level == "micro" else ["collective"])))
        ind = [r.Indicator("n", unit=draw(st.none() | texts),
                           target=draw(st.none() | st.floats(-1e6, 1e6)))] if draw(
            st.booleans()) else []
        b.result(rid, draw(texts), level, owner=owner, intended=draw(st.booleans()),
                 indicators=ind)
        for source in draw(st.lists(st.sampled_from(parties + results), max_size=3, unique=True)):
            b.contribute(source, rid, role=draw(st.sampled_from(["necessary", "supporting"])),
                         weight=draw(st.none() | st.floats(0.1, 10)))
        results.append(rid)
    return b.build()


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(models(), st.sampled_from(["yaml", "json"]))
def test_round_trip(model, fmt):
    assert r.loads(r.dumps(model, fmt), fmt) == model


@settings(max_examples=200)
@given(st.text(max_size=300))
def test_random_text_only_gives_model_error(text):
    for fmt in ("yaml", "json"):
        with contextlib.suppress(ModelError):
            r.loads(text, fmt)


@settings(max_examples=100)
@given(st.data())
def test_mutated_files_only_give_model_error(data):
    text = MINIMAL + "contributions:\n  - {from: p, to: x, role: necessary}\n"
    pos = data.draw(st.integers(0, len(text) - 1))
    insert = data.draw(st.text(alphabet=":-{}[]&*!|>'\"#\n x", max_size=5))
    broken = text[:pos] + insert + text[pos + data.draw(st.integers(0, 3)):]
    with contextlib.suppress(ModelError):
        r.loads(broken)


def test_absurdly_large_files_are_refused_before_reading(tmp_path, monkeypatch):
    from resultaat.model import _io

    monkeypatch.setattr(_io, "MAX_BYTES", 100)
    big = tmp_path / "big.yaml"
    big.write_text("resultaat: 1\n" + "# padding\n" * 20)
    with pytest.raises(ModelError, match=r"big.yaml: the file is 213 bytes, more than the 100"):
        r.load(big)
    with pytest.raises(ModelError, match="longer than 100 characters"):
        r.loads("x" * 101)


def test_contribution_analysis_keys_round_trip_and_bad_ones_are_named():
    m = r.example("debt-help")
    again = r.loads(r.dumps(m))
    assert again == m
    c = next(c for c in again.contributions if c.source == "eviction_rule")
    assert (c.weight, c.point_weight, c.bounds) == ((1, 3), 2.0, (1, 3))
    assert again.results["fewer_evictions"].rivals[0].about == "eviction_rule"
    assert r.loads(r.dumps(m, "json"), "json") == m
    text = MINIMAL + "contributions:\n  - {from: p, to: x, weight: [3, 1], strength: strng}\n" \
        "  - {from: p, to: x, weight: [1, 2, 3], assumptions: [ok, 7]}\n"
    assert messages(text) == [
        "m.yaml:7 @ contributions[0].weight: the low end 3 of a weight range is above its "
        "high end 1",
        "m.yaml:7 @ contributions[0].strength: 'strng' is not one of strong, moderate, weak, "
        "untested (did you mean 'strong'?)",
        "m.yaml:8 @ contributions[1].weight: a weight range is [low, high], two numbers; got "
        "[1, 2, 3]",
        "m.yaml:8 @ contributions[1].assumptions: item 1: must be text, got 7; put it in quotes",
    ]


def test_a_rival_may_point_only_at_a_party_or_factor():
    text = MINIMAL.replace("owner: p}", "owner: p, rivals: [{explanation: E, about: x}]}")
    assert messages(text) == [
        "m.yaml:5 @ results[0].rivals[0].about: 'x' is a result, not a party or factor"]
