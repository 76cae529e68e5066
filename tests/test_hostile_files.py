"""Hostile and careless model files: each ends in a short, located ModelError, in bounded time.

The resource cases run in a subprocess limited to 1 GiB of address space
and 10 s; they assert that the library's own error ends the run.
"""

import json
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import resultaat as r
from helpers import MINIMAL, messages
from resultaat import ModelError, Party, Problem, Result
from resultaat._errors import Suggester
from resultaat.model import _reader

LIBYAML = _reader.Parser.__name__ == "CSafeLoader"  # libyaml stops at 1,000 levels itself



def with_result(extra):
    """MINIMAL with ``extra`` keys on the result (line 5)."""
    return MINIMAL.replace("owner: p}", f"owner: p, {extra}}}")


# --- numbers: read as decimals, bounded, never an OverflowError -------------------------------


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("value: 0x10", "results[0].value: must be a number, got the text '0x10'; write the "
         "number in plain decimals, such as 1500 or 2.75, without quotes"),
        ("value: 0o17", "results[0].value: must be a number, got the text '0o17'; write the "
         "number in plain decimals, such as 1500 or 2.75, without quotes"),
        ("value: 1_000", "results[0].value: must be a number, got the text '1_000'; write the "
         "number in plain decimals, such as 1500 or 2.75, without quotes"),
        ("value: 1:30", "results[0].value: must be a number, got the text '1:30'; write the "
         "number in plain decimals, such as 1500 or 2.75, without quotes"),
        ("value: ١٢", "results[0].value: must be a number, got the text '١٢'; write the "
         "number in plain decimals, such as 1500 or 2.75, without quotes"),
        ("value: .nan", "results[0].value: must be a finite number, got nan"),
        ("value: -.inf", "results[0].value: must be a finite number, got -inf"),
        ("value: 1.0e+308", "results[0].value: must be between -1,000,000,000,000,000 and "
         "1,000,000,000,000,000, got 1e+308"),
        ("value: 1e400", "results[0].value: the number 1e400 is too large; no number in a "
         "model may be larger than 1,000,000,000,000,000"),
        ("value: " + "9" * 99, "results[0].value: must be between -1,000,000,000,000,000 and "
         "1,000,000,000,000,000, got a number of 99 digits"),
        ("value: " + "9" * 320, "results[0].value: a number of 320 characters; no number in a "
         "model may be larger than 1,000,000,000,000,000"),
        ("value: " + "9" * 5000, "results[0].value: a number of 5,000 characters; no number in "
         "a model may be larger than 1,000,000,000,000,000"),
        ("duration: 2147483648", "results[0].duration: must be a whole number of years from 1 "
         "to 100, got 2147483648"),
        ("duration: 101", "results[0].duration: must be a whole number of years from 1 to 100, "
         "got 101"),
        ("duration: 1.5", "results[0].duration: must be a whole number of years from 1 to 100, "
         "got 1.5"),
        ("intended: yes", "results[0].intended: must be true or false, got 'yes'"),
        ("intended: off", "results[0].intended: must be true or false, got 'off'"),
    ],
)
def test_numbers_and_flags_are_read_as_written_or_refused(extra, expected):
    assert messages(with_result(extra)) == [f"m.yaml:5 @ {expected}"]


def test_decimal_numbers_are_read_the_way_people_mean_them():
    m = r.loads(with_result("value: 010, duration: 100, deadweight: .5"))
    assert (m.results["x"].value, m.results["x"].duration, m.results["x"].deadweight) == (
        10, 100, 0.5)
    m = r.loads(with_result("value: -1e15"))
    assert m.results["x"].value == -1e15


def test_yaml_11_words_stay_text():
    text = MINIMAL.replace("name: P", "name: no").replace("statement: X", "statement: 1:30")
    m = r.loads(text.replace("resultaat: 1", "resultaat: 1\ndescription: on\nname: 0x10"))
    assert (m.parties["p"].name, m.results["x"].statement, m.description, m.name) == (
        "no", "1:30", "on", "0x10")
    assert r.loads(r.dumps(m)) == m
    assert "name: '0x10'" not in r.dumps(m)  # read back as text without quotes


@pytest.mark.parametrize("word", ["1e3", "010", "true", "~", "null", ".5", "+1", "-.inf"])
def test_text_that_looks_like_a_number_is_quoted_when_written(word):
    m = r.loads(MINIMAL.replace("name: P", f"name: '{word}'"))
    assert r.loads(r.dumps(m)) == m
    assert f"name: '{word}'" in r.dumps(m)


BAD_VERSION = "the format version must be a whole number from 1 to 2, such as `resultaat: 2`, got "


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("true", f"{BAD_VERSION}True"),
        ("1.0", f"{BAD_VERSION}1.0"),
        ("'1'", f"{BAD_VERSION}'1'"),
        ("0x1", f"{BAD_VERSION}'0x1'"),
        ("0", "there is no format version 0; the versions are 1 to 2 (write `resultaat: 2`)"),
        ("[1]", f"{BAD_VERSION}[1]"),
        ("x" * 1000, f"{BAD_VERSION}a text of 1,000 characters"),
    ],
)
def test_the_format_version_is_a_whole_number_of_a_known_version(version, expected):
    assert messages(f"resultaat: {version}\n") == [f"m.yaml:1 @ resultaat: {expected}"]
    assert r.loads("resultaat: 01\n").name == "Model"


def test_json_numbers_are_bounded_too():
    base = {"resultaat": 1, "parties": [{"id": "p", "name": "P", "kind": "citizen"}],
            "results": [{"id": "x", "statement": "X", "level": "micro", "owner": "p"}]}
    text = json.dumps(base, indent=1).replace('"owner": "p"',
                                              '"owner": "p", "value": ' + "9" * 400)
    assert messages(text, "json") == [
        "m.yaml:15 @ results[0].value: a number of 400 characters; no number in a model may "
        "be larger than 1,000,000,000,000,000"]
    assert messages('{"resultaat": true}', "json") == [
        f"m.yaml:1 @ resultaat: {BAD_VERSION}True"]
    assert messages('{"resultaat": 1, "name": Infinity}', "json") == [
        "m.yaml:1 @ name: Infinity is not a number a model may hold; write a number"]


# --- tags ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("!!bool maybe", "'maybe' is not true or false, as its tag !!bool says; remove the tag "
         "and write the value plainly"),
        ("!!int ten", "'ten' is not a whole number, as its tag !!int says; remove the tag and "
         "write the value plainly"),
        ("!!float 0x10", "'0x10' is not a number, as its tag !!float says; remove the tag and "
         "write the value plainly"),
        ("!!null x", "'x' is not empty, as its tag !!null says; remove the tag and write the "
         "value plainly"),
        ("!!int 1", "must be text, got 1; put it in quotes"),
    ],
)
def test_core_tags_that_do_not_fit_their_value(value, expected):
    assert messages(MINIMAL.replace("name: P", f"name: {value}")) == [
        f"m.yaml:3 @ parties[0].name: {expected}"]


def test_a_string_tag_keeps_the_text():
    m = r.loads(MINIMAL.replace("name: P", "name: !!str 010"))
    assert m.parties["p"].name == "010"


# --- characters ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("escape", "expected"),
    [
        ("\\0", "a control character (U+0000)"),
        ("\\e", "a control character (U+001B)"),
        ("\\x7f", "a control character (U+007F)"),
        ("\\x85", "a control character (U+0085)"),
        ("\\r", "a carriage return (U+000D)"),
        ("\\uFFFE", "a Unicode noncharacter (U+FFFE)"),
        ("\\uFFFF", "a Unicode noncharacter (U+FFFF)"),
        ("\\uFDD0", "a Unicode noncharacter (U+FDD0)"),
        ("\\U0010FFFF", "a Unicode noncharacter (U+10FFFF)"),
    ],
)
def test_characters_no_output_can_carry_are_refused(escape, expected):
    fix = "end lines with a plain line break" if "000D" in expected else "remove it"
    text = MINIMAL.replace("statement: X", f'statement: "ab{escape}"')
    assert messages(text) == [
        f"m.yaml:5 @ results[0].statement: the text holds {expected} at character 3; {fix}"]


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\ufffe", "\uffff"])
def test_raw_characters_yaml_cannot_carry_are_refused_with_their_line(char):
    assert messages(f"resultaat: 1\nname: a{char}b\n") == [
        f"m.yaml:2: the file holds U+{ord(char):04X}, a control character or noncharacter that "
        "a model file may not hold; remove it"]


def test_bytes_are_read_as_utf8():
    assert r.loads("\ufeffresultaat: 1\nname: Café\n".encode()).name == "Café"
    assert messages(b"resultaat: 1\nname: caf\xe9\n") == [
        "m.yaml:2: the file is not UTF-8 text (bad byte at offset 22); save it as UTF-8"]


@settings(max_examples=300)
@given(st.text(max_size=12))
def test_any_text_round_trips_or_is_refused_by_its_character(statement):
    data = {"resultaat": 1, "parties": [{"id": "p", "name": "P", "kind": "citizen"}],
            "results": [{"id": "x", "statement": statement, "level": "micro", "owner": "p"}]}
    try:
        model = r.loads(json.dumps(data), "json")
    except ModelError as e:
        (problem,) = e.problems
        assert problem.where == "results[0].statement"
        assert problem.message.startswith(("the text holds ", "must not be empty"))
        return
    assert model.results["x"].statement == statement
    for fmt in ("yaml", "json"):
        assert r.loads(r.dumps(model, fmt), fmt) == model


def test_tab_and_line_break_are_fine():
    m = r.loads(MINIMAL.replace("statement: X", 'statement: "a\\tb\\nc"'))
    assert m.results["x"].statement == "a\tb\nc"


def test_lone_surrogates_are_refused_in_json_and_python_text():
    text = json.dumps({"resultaat": 1, "name": "a\ud800"})
    assert messages(text, "json") == [
        "m.yaml:1 @ name: the text holds half of a surrogate pair (a broken character) "
        "(U+D800) at character 2; remove it"]
    assert messages('{"resultaat": 1, "\\udfff": 1}', "json")[0].startswith(
        "m.yaml @ '\\udfff': unknown key '\\udfff'; the keys are resultaat,")
    assert messages("resultaat: 1\nname: a\udc80\n") == [
        "m.yaml:2: the text holds U+DC80, half of a surrogate pair (a broken character); "
        "save the file as UTF-8 again"]
    # libyaml refuses the escape ("not valid YAML"), the pure-Python parser reads it and the
    # text check refuses it: a located ModelError either way
    assert messages('resultaat: 1\nname: "\\ud800"\n')[0].startswith("m.yaml:2")


def test_python_records_refuse_the_same_characters_and_numbers():
    with pytest.raises(ModelError) as e:
        Party("p", "a\x00", "citizen")
    assert str(e.value.problems[0]) == (
        "name: the text holds a control character (U+0000) at character 2; remove it")
    with pytest.raises(ModelError) as e:
        Result("x", "X", "micro", owner="p", value=10**400)
    assert str(e.value.problems[0]) == (
        "value: must be between -1,000,000,000,000,000 and 1,000,000,000,000,000, got a number "
        "of 401 digits")


# --- structure -----------------------------------------------------------------------------------


def test_json_duplicate_keys_are_refused_like_yaml_ones():
    text = ('{"resultaat": 1,\n "parties": [{"id": "p", "name": "P", "kind": "citizen"}],\n'
            ' "parties": []}')
    assert messages(text, "json") == [
        "m.yaml:3 @ parties: the key 'parties' is given twice; keep one"]
    text = '{"resultaat": 1, "parties": [{"id": "p", "id": "q", "name": "a", "name": "b"}]}'
    assert messages(text, "json") == [
        "m.yaml:1 @ parties[0].id: the key 'id' is given twice; keep one",
        "m.yaml:1 @ parties[0].name: the key 'name' is given twice; keep one"]


def test_every_duplicate_yaml_key_is_reported_at_once():
    text = "resultaat: 1\nname: a\nname: b\nparties:\n  - {id: a, id: b}\n"
    assert messages(text) == [
        "m.yaml:3 @ name: the key 'name' is given twice; keep one",
        "m.yaml:5 @ parties[0].id: the key 'id' is given twice; keep one"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("resultaat: 1\n---\nresultaat: 1\n", "m.yaml:2: a model file holds one YAML document; "
         "remove this `---` and what follows, or put it in a file of its own"),
        ("a: &a [*a]\n", "m.yaml:1: the alias *a is inside the value it stands for; a model file "
         "cannot hold a value that contains itself"),
        ("a: *b\n", "m.yaml:1: the alias *b has no anchor &b before it"),
        ("? [a]\n: 1\n", "m.yaml:1: a key must be a word, got ['a']"),
        ("resultaat: 1\n2: x\n", "m.yaml:2: a key must be a word, got 2"),
        ("resultaat: 1\nx: !!set {a}\n", "m.yaml:2: the tag 'tag:yaml.org,2002:set' is not "
         "allowed: a model file holds only plain text, numbers, lists and mappings"),
        ("resultaat: 1\nx: !!timestamp 2025-01-01\n", "m.yaml:2: the tag "
         "'tag:yaml.org,2002:timestamp' is not allowed: a model file holds only plain text, "
         "numbers, lists and mappings"),
        ("%TAG !x! tag:yaml.org,2002:python/\n---\nresultaat: !x!none\n", "m.yaml:3: the tag "
         "'tag:yaml.org,2002:python/none' is not allowed: a model file holds only plain text, "
         "numbers, lists and mappings"),
        ("resultaat: 1\nparties:\n  - &p {id: p, name: P, kind: citizen}\n  - <<: *p\n"
         "    id: q\n", "m.yaml:4 @ parties[1].<<: a model file does not merge mappings "
         "(`<<: *anchor`); write the keys out in full"),
        ("x:\n" + "".join(f"{' ' * i}- \n" for i in range(40)), "m.yaml:33: the data is nested "
         "more than 32 deep; a model file is never that deep"),
        ("x: " + "[" * 5000, "m.yaml:1: not valid YAML: exceeded maximum nesting depth "
         "(column 1003)" if LIBYAML else "m.yaml:1: the data is nested more than 32 deep; a "
         "model file is never that deep"),
    ],
)
def test_structures_a_model_file_cannot_hold(text, expected):
    assert messages(text) == [expected]


def test_json_nested_too_deep():
    assert messages("[" * 100_000, "json") == [
        "m.yaml: the JSON is nested too deeply to be a model file"]


def test_small_shared_aliases_are_described_not_expanded():
    text = ("resultaat: &a [x, x, x, x, x, x, x, x, x, x]\n"
            "name: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            "parties: [{id: p, name: *b, kind: *b}]\n")
    assert messages(text) == [
        f"m.yaml:1 @ resultaat: {BAD_VERSION}a list of 10 items",
        "m.yaml:2 @ name: must be text, got a list of 10 items; put it in quotes",
        "m.yaml:3 @ parties[0].name: must be text, got a list of 10 items; put it in quotes",
        "m.yaml:3 @ parties[0].kind: must be one of citizen, network, municipality, provider, "
        "professional, school, employer, insurer, community, cooperation, other, got a list of "
        "10 items",
    ]


def test_an_error_lists_the_first_20_problems_and_counts_the_rest():
    err = ModelError([Problem(f"p[{i}]", "bad") for i in range(1_000_000)])
    lines = str(err).splitlines()
    assert lines[0] == "the model has 1,000,000 problems:"
    assert lines[20:] == ["  - p[19]: bad", "  … and 999,980 more problems (all are in .problems)"]
    assert len(err.problems) == 1_000_000


def test_did_you_mean_with_many_options_stays_close():
    options = [f"party{i}" for i in range(20_000)]
    suggest = Suggester(options)
    assert suggest("Party17") == " (did you mean 'party17'?)"
    assert suggest("zzz") == ""
    assert suggest("party1234" * 30) == ""
    assert suggest("part") == " (did you mean 'party0'?)"
    assert suggest("party19999x") == " (did you mean 'party19999'?)"


# --- resources: each case in a subprocess with 1 GiB and 10 s --------------------------------

BOUNDED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
import resultaat as r
{build}
try:
    r.loads(TEXT, {fmt!r}, source="m")
except r.ModelError as e:
    text = str(e)
    print(len(e.problems), len(text))
    print("\\n".join(text.splitlines()[1:3]))
else:
    print("loaded")
"""


def bounded(build, fmt="yaml"):
    """Run ``build`` (which sets TEXT) and load TEXT in a small, short-lived process."""
    code = BOUNDED.format(build=textwrap.dedent(build), fmt=fmt)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=10, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    first, *lines = done.stdout.splitlines()
    count, length = first.split()
    return int(count), int(length), lines


def laughs(key):
    """A billion-laughs bomb under ``key``: each anchor lists the one before ten times."""
    lines = [f"{key}:", "  a: &a [x, x, x, x, x, x, x, x, x, x]"]
    prev = "a"
    for i in range(9):
        lines.append(f"  b{i}: &b{i} [" + ", ".join([f"*{prev}"] * 10) + "]")
        prev = f"b{i}"
    return "\n".join(lines) + f"\nparties: *{prev}\n"


@pytest.mark.parametrize("key", ["x", "resultaat", "name"])
def test_billion_laughs_ends_at_once(key):
    count, _, lines = bounded(f"TEXT = {laughs(key)!r}")
    assert (count, lines[0]) == (1, "  - m:8: the alias *b4 stands for so many values that the "
                                 "file would hold more than 3,000,000; write them out instead "
                                 "of repeating aliases of aliases")


def test_nested_aliases_in_every_record_end_at_once():
    lines = ["resultaat: 1", "x: &x [{name: a, kind: method}]"]
    prev = "x"
    for i in range(8):
        lines.append(f"y{i}: &y{i} [" + ", ".join([f"*{prev}"] * 10) + "]")
        prev = f"y{i}"
    lines.append("interventions:")
    lines += [f"  - {{id: i{j}, name: I, by: p, conditions: *{prev}}}" for j in range(100)]
    count, _, out = bounded(f"TEXT = {chr(10).join(lines)!r}")
    assert count == 1
    assert out[0].startswith("  - m:8: the alias *y4 stands for so many values")


def test_22_mb_of_one_letter_items_is_refused_while_reading():
    count, _, lines = bounded('TEXT = "resultaat: 1\\nx: [" + "a," * 11_000_000 + "a]\\n"')
    assert (count, lines[0]) == (1, "  - m:2: the file holds more than 3,000,000 values; "
                                 "split the model")


def test_json_of_millions_of_empty_objects_is_refused_before_reading():
    count, _, lines = bounded('TEXT = "[" + "{}," * 7_000_000 + "{}]"', "json")
    assert (count, lines[0]) == (1, "  - m: the file holds more than 3,000,000 values "
                                 "(counting every text, list and object); split the model")


def test_100_000_duplicate_ids_give_a_short_message():
    count, length, lines = bounded("""
        import json
        TEXT = json.dumps({"resultaat": 1,
                           "parties": [{"id": "p", "name": "P", "kind": "citizen"}] * 100_000})
    """, "json")
    assert count == 99_999
    assert length < 3_000
    assert lines[0] == ("  - m:1 @ parties[1].id: duplicate id 'p', already used at "
                        "parties[0].id; ids must be unique in the whole model")


def test_3000_mistyped_ids_are_reported_quickly():
    count, length, lines = bounded("""
        n = 3000
        TEXT = "resultaat: 1\\nparties:\\n" + "".join(
            f"- {{id: party{i}, name: P, kind: citizen}}\\n" for i in range(n))
        TEXT += "results:\\n" + "".join(
            f"- {{id: r{i}, statement: S, level: micro, owner: pary{i}}}\\n" for i in range(n))
    """)
    assert count == 3000
    assert length < 3_000
    assert lines[0] == ("  - m:3004 @ results[0].owner: unknown party 'pary0' (did you mean "
                        "'party0'?); add it to parties or fix the id")


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [("level: micro", "level: {big}", "  - m:5 @ results[0].level: a text of 50,000,000 "
      "characters is not one of micro, meso, macro"),
     ("resultaat: 1", "resultaat: {big}", "  - m:1 @ resultaat: the format version must be "
      "a whole number from 1 to 2, such as `resultaat: 2`, got a text of 50,000,000 characters"),
     ("results:", "? {big}\n: 1\nresults:", "  - m:5 @ a text of 50,000,000 characters: "
      "unknown key a text of 50,000,000 characters; the keys are resultaat, written_by, name, "
      "description, language, perspective, audience, parties, interventions, results, factors, "
      "contributions, claims, measurements, adjustments"),
     ("results:", "measurements: [{{result: x, indicator: i, value: 1, period: {big}}}]\n"
      "results:", "  - m:4 @ measurements[0].period: a text of 50,000,000 characters is not a "
      "period; write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-07-15")],
)
def test_a_50_mb_value_is_described_by_its_size(before, after, expected):
    count, length, lines = bounded(f"""
        big = "x" * 50_000_000
        TEXT = {MINIMAL!r}.replace({before!r}, {after!r}.format(big=big))
    """)
    assert (count, lines[0]) == (1, expected)
    assert length < 1_000


def test_csv_values_share_the_model_bound(tmp_path):
    model = r.loads(MINIMAL.replace("owner: p}", "owner: p, indicators: [{name: n}]}"))
    csv = tmp_path / "m.csv"
    csv.write_text("result,indicator,period,value\nx,n,2025,1e300\nx,n,2025,1e15\n")
    with pytest.raises(r.MeasurementError) as e:
        r.load_measurements(model, csv)
    assert [str(p) for p in e.value.problems] == [
        f"{csv}:2 @ value: larger than 10^15, the largest value read"]


@pytest.mark.skipif(not __import__("os").path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_with_no_end_is_refused_after_the_size_limit():
    with pytest.raises(ModelError) as e:
        r.load("/dev/zero")
    assert [str(p) for p in e.value.problems] == [
        "/dev/zero: the file holds more than the 67,108,864 bytes a model file may have; "
        "split the model"]


def test_a_name_too_long_for_the_file_system_is_a_model_error():
    with pytest.raises(ModelError, match=r"the file cannot be read \(File name too long\)"):
        r.load("x" * 5000 + ".yaml")
