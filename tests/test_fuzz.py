"""Fuzzing: hostile and careless files get a model or the library's own error, never another.

Every loaded model gets every output (check, claims, DOT, exports, SVG,
Markdown, HTML) or a clean refusal, within a time limit; text put into any field of a
model shows up as text in every output and never as markup.

The normal test run uses the "fast" Hypothesis profile (a few dozen examples per
target, the same ones every run). The long run, 10,000 examples per target::

    RESULTAAT_FUZZ=long python -m pytest tests/test_fuzz.py
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import re
import signal
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import openpyxl
import pytest
from hypothesis import given, note
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import resultaat
import strategies as gen
from resultaat import MeasurementError, ModelError, ResultaatError

LIMIT = 10.0
"""Seconds that loading a file or making one output may take."""


class TookTooLong(Exception):  # noqa: N818 - reads as what happened
    """Not a ResultaatError: a test that hits it fails."""


@contextlib.contextmanager
def bounded(what: str, seconds: float = LIMIT) -> Iterator[None]:
    """Raise :class:`TookTooLong` in the middle of ``what`` once ``seconds`` have passed."""

    def alarm(signum: int, frame: Any) -> None:
        raise TookTooLong(f"{what} took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def short_messages(err: ResultaatError) -> None:
    """A refusal is short: each problem a few lines, however large the value it names."""
    for problem in getattr(err, "problems", ()):
        assert len(problem.message) <= 1_000, problem.message[:300] + "…"
    assert len(str(err)) <= 100_000, str(err)[:300] + "…"


def say(text: str) -> None:
    """Note ``text`` for a failing Hypothesis example; outside Hypothesis, nothing."""
    with contextlib.suppress(InvalidArgument):
        note(text)


def load_or_refuse(text: str, fmt: str) -> resultaat.Model | None:
    """The model, or ``None`` when the library refused it with its own error."""
    say(f"{fmt} text: {text[:2000]!r}")
    try:
        with bounded("loads"):
            return resultaat.loads(text, fmt)  # type: ignore[arg-type]
    except ResultaatError as e:
        short_messages(e)
        say(f"refused: {str(e)[:500]}")
        return None


def outputs(model: resultaat.Model, *, svg: bool = True) -> dict[str, Callable[[], Any]]:
    """Every output of a model, by name."""
    out: dict[str, Callable[[], Any]] = {"check": lambda: resultaat.check(model)}
    for pid in model.parties:
        out[f"claims {pid!r}"] = lambda pid=pid: resultaat.claims(model, pid)
    out["dot"] = lambda: resultaat.to_dot(model)
    out["exports"] = lambda: exports_stay_text(model)
    out["markdown"] = lambda: resultaat.report(model)
    if svg:
        out["svg"] = lambda: resultaat.render(model, format="svg", engine="bundled")
        out["html"] = lambda: resultaat.report(model, format="html")
    return out


FORMULA = ("=", "+", "-", "@", "\t", "\r")


def is_number(text: str) -> bool:
    """Whether a CSV cell is a number (a negative number is no formula)."""
    try:
        float(text)
    except ValueError:
        return False
    return True


def exports_stay_text(model: resultaat.Model) -> None:
    """CSV, the workbook and Kumu: valid, and no cell that a spreadsheet would run."""
    from resultaat.present._export import csv_text, workbook

    found = resultaat.tables(model)
    json.dumps(found, allow_nan=False)
    json.dumps(resultaat.to_kumu(model), allow_nan=False)
    for name, rows in found.items():
        for line in csv.reader(io.StringIO(csv_text(name, rows, lang="nl"))):
            assert not [c for c in line if c.startswith(FORMULA) and not is_number(c)], line
    book = openpyxl.load_workbook(io.BytesIO(workbook(model)))
    assert not [c.coordinate for sheet in book for row in sheet.iter_rows() for c in row
                if c.data_type == "f"]


def every_output_or_refusal(model: resultaat.Model, *, svg: bool = True) -> list[str]:
    """Make every output; return the names of those refused with a ResultaatError."""
    refused = []
    for name, make in outputs(model, svg=svg).items():
        try:
            with bounded(name):
                make()
        except ResultaatError as e:
            short_messages(e)
            refused.append(f"{name}: {str(e)[:200]}")
    return refused


def every_output(model: resultaat.Model) -> None:
    """A model the loader accepted gets every output, refused by none."""
    refused = every_output_or_refusal(model)
    assert not refused, "a model that loaded could not be shown: " + "; ".join(refused)


# --- loading ------------------------------------------------------------------------


@given(gen.random_data().flatmap(gen.serialised))
def test_random_data_loads_or_is_refused(case):
    text, fmt = case
    model = load_or_refuse(text, fmt)
    if model is not None:
        every_output_or_refusal(model)


@given(gen.yaml_soup())
def test_yaml_soup_loads_or_is_refused(text):
    for fmt in ("yaml", "json"):
        model = load_or_refuse(text, fmt)
        if model is not None:
            every_output_or_refusal(model)


@given(st.text(st.characters(exclude_categories=()), max_size=400))
def test_any_text_loads_or_is_refused(text):
    for fmt in ("yaml", "json"):
        load_or_refuse(text, fmt)


@given(gen.model_shaped(gen.ORDINARY).flatmap(gen.serialised))
def test_model_shaped_files_load_or_are_refused_and_every_output_works(case):
    text, fmt = case
    model = load_or_refuse(text, fmt)
    if model is not None:
        every_output(model)
        for out in ("yaml", "json"):
            assert resultaat.loads(resultaat.dumps(model, out), out) == model  # type: ignore[arg-type]


@given(gen.model_shaped(gen.EXTREME).flatmap(gen.serialised))
def test_extreme_values_load_or_are_refused(case):
    text, fmt = case
    model = load_or_refuse(text, fmt)
    if model is not None:
        every_output_or_refusal(model)


@given(gen.model_shaped(gen.UNICODE).flatmap(gen.serialised))
def test_unicode_text_is_refused_at_the_door_or_shown_everywhere(case):
    """Text the outputs cannot carry (surrogates, control characters) is refused on loading."""
    text, fmt = case
    model = load_or_refuse(text, fmt)
    if model is not None:
        every_output(model)


@pytest.mark.parametrize("escaped", [False, True])
@pytest.mark.parametrize("bad", gen.SPECIAL_CHARS)
def test_each_awkward_character_is_refused_at_the_door_or_shown_everywhere(bad, escaped):
    name = gen.to_json(f"a{bad}b", ascii_only=escaped)
    for text, fmt in ((f"resultaat: 1\nname: {name}\nparties: [{{id: p, name: P, kind: "
                       "citizen}]\n", "yaml"),
                      (f'{{"resultaat": 1, "name": {name}, "parties": [{{"id": "p", '
                       '"name": "P", "kind": "citizen"}]}', "json")):
        model = load_or_refuse(text, fmt)
        if model is not None:
            every_output(model)


@given(gen.mutated_example().flatmap(gen.serialised))
def test_mutated_examples_load_or_are_refused(case):
    text, fmt = case
    model = load_or_refuse(text, fmt)
    if model is not None:
        every_output_or_refusal(model)


@given(gen.mutated_text())
def test_examples_with_broken_lines_load_or_are_refused(text):
    model = load_or_refuse(text, "yaml")
    if model is not None:
        every_output_or_refusal(model, svg=False)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@given(st.one_of(
    gen.mutated_example().flatmap(gen.serialised),
    gen.model_shaped(gen.EXTREME).flatmap(gen.serialised),
), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
    st.sampled_from([".yaml", ".yml", ".json", ".YAML", ".txt"]))
def test_model_files_in_any_encoding_load_or_are_refused(folder, case, encoding, suffix):
    text, _ = case
    path = Path(folder) / f"model{suffix}"
    path.write_bytes(text.encode(encoding, "surrogatepass") if encoding.startswith("utf")
                     else text.encode(encoding, "replace"))
    refusal: ResultaatError | None = None
    try:
        with bounded("load"):
            model = resultaat.load(path)
    except ResultaatError as e:
        refusal = e
    if refusal is None:
        every_output_or_refusal(model, svg=False)
        return
    short_messages(refusal)
    assert str(path) in str(refusal), "the refusal names the file"


# --- nothing misread or silently dropped ----------------------------------------------------


@given(gen.model_shaped(gen.ORDINARY), st.data())
def test_a_key_given_twice_is_refused_in_json_as_in_yaml(doc, data):
    places = [p for p in gen._places(doc) if p and isinstance(p[-1], str)]
    path = data.draw(st.sampled_from(places))
    parent = gen._get(doc, path[:-1])
    first = parent[path[-1]]
    again = data.draw(st.sampled_from([first, []] if isinstance(first, list) else [first]))
    twice = gen.Pairs((*parent.items(), (path[-1], again)))
    root = gen._set(doc, path[:-1], twice)
    for text, fmt in ((gen.to_json(root), "json"), (gen.to_yaml(root), "yaml")):
        note(text)
        with pytest.raises(ModelError, match="twice"):
            resultaat.loads(text, fmt)  # type: ignore[arg-type]


MEANT = {
    "010": 10, "0x10": None, "0o10": None, "0b10": None, "1:30": None, "1:30:00": None,
    "1_000": 1000, "+12": 12, "١٠": 10, "１０": 10, "yes": None, "no": None, "on": None,
    "true": None, "!!bool maybe": None, "!!int '12'": 12, "2025-01-01": None,
}
"""What a policy advisor means by a number as typed (``None``: nothing a number may be)."""

NUMBER_FIELDS = (
    ("cost", "interventions", 0, None), ("weight", "contributions", 0, None),
    ("value", "results", 0, None), ("duration", "results", 0, None),
    ("baseline", "results", 0, "indicators"), ("target", "results", 0, "indicators"),
    ("value", "measurements", 0, None),
)


@pytest.mark.parametrize("token", sorted(MEANT))
@pytest.mark.parametrize(("key", "section", "index", "nested"), NUMBER_FIELDS)
def test_numbers_are_read_as_meant_or_refused(token, key, section, index, nested):
    doc = gen.example_data("steering")
    record = doc[section][index]
    if nested:
        record = record[nested][0]
    record[key] = gen.Raw(token)
    try:
        model = resultaat.loads(gen.to_yaml(doc))
    except ModelError:
        return
    value = _number_at(model, key, section, index, nested)
    assert MEANT[token] is not None, f"{key}: {token} was read as {value!r}"
    assert value == MEANT[token], f"{key}: {token} was read as {value!r}"


def _number_at(model: resultaat.Model, key: str, section: str, index: int,
               nested: str | None) -> Any:
    from resultaat.model._io import to_data

    record = to_data(model)[section][index]
    if nested:
        record = record[nested][0]
    return record.get(key)


@pytest.mark.parametrize("version", ["true", "yes", "on", "1.0", "0x1", "0o1", "'1'", "1_0"])
def test_only_the_version_1_is_version_1(version):
    with pytest.raises(ModelError, match="version"):
        resultaat.loads(f"resultaat: {version}\nparties: [{{id: p, name: P, kind: citizen}}]")


# --- escaping --------------------------------------------------------------------------------


FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "img", "link", "base", "form", "input",
                  "foreignobject", "svg:script", "frame", "frameset", "applet", "audio", "video",
                  "source", "a", "meta", "style"}
"""Tags a report may not get from user text (``meta`` and ``style``: the library's own once)."""


class _Tags(HTMLParser):
    """Every start tag of an HTML text, and every bad attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.outside_svg: Counter[str] = Counter()
        self.bad: list[str] = []
        self.depth_svg = 0
        self.text: list[str] = []
        self.in_h1 = False
        self.h1: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "svg":
            self.depth_svg += 1
        if not self.depth_svg:
            self.outside_svg[tag] += 1
        self.in_h1 = self.in_h1 or tag == "h1"
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(f"<{tag} {name}=…>")
            if value and re.sub(r"[\s\x00-\x1f]", "", value).lower().startswith(
                    ("javascript:", "vbscript:", "data:text/html")):
                self.bad.append(f"<{tag} {name}={value!r}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "svg":
            self.depth_svg -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self.depth_svg -= 1
        if tag == "h1":
            self.in_h1 = False

    def handle_data(self, data: str) -> None:
        if self.in_h1:
            self.h1.append(data)


def html_tags(text: str) -> _Tags:
    parser = _Tags()
    parser.feed(text)
    parser.close()
    return parser


def squeeze(s: str) -> str:
    return " ".join(s.split())


def svg_shape(svg: bytes) -> tuple[Counter[str], list[str], str]:
    """The classes of the ``<g>`` elements, the bad things in it, and all its text."""
    root = ET.fromstring(svg)
    shape: Counter[str] = Counter()
    bad, text = [], []
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1].lower()
        if tag in ("script", "foreignobject", "iframe", "object", "embed", "image"):
            bad.append(f"<{tag}>")
        for name, value in el.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()
            if local.startswith("on") or (local == "href" and "javascript" in value.lower()):
                bad.append(f"<{tag} {local}={value!r}>")
        if tag == "g":
            shape[el.get("class", "")] += 1
        if tag == "text":
            text.append(el.text or "")
    return shape, bad, " ".join(text)


def dot_label_tags(dot: str) -> Counter[str]:
    """The tags inside the HTML-like labels (``label=<…>``) of a DOT text, but line breaks."""
    tags: Counter[str] = Counter()
    i, n = 0, len(dot)
    while i < n:
        c = dot[i]
        if c == '"':
            i += 1
            while i < n and dot[i] != '"':
                i += 2 if dot[i] == "\\" else 1
        elif c == "<":
            depth, start = 1, i + 1
            i += 1
            while i < n and depth:
                depth += {"<": 1, ">": -1}.get(dot[i], 0)
                i += 1
            parser = html_tags(dot[start:i - 1])
            tags.update(t for t in parser.tags if t != "br")
            assert not parser.bad, parser.bad
            continue
        i += 1
    return tags


DOT_LABEL_TAGS = {"table", "tr", "td", "font", "b", "i", "u", "o", "s", "sub", "sup", "br",
                  "hr", "vr"}


def with_text(doc: dict[str, Any], text: str) -> dict[str, Any]:
    """The model ``doc`` with ``text`` in every free-text field, id, name, case and area."""
    counter = iter(range(10**6))
    ids = {item["id"]: f"{squeeze(text)} {next(counter)}"
           for section in ("parties", "interventions", "results", "factors")
           for item in doc.get(section, ())}
    names = {ind["name"]: f"{squeeze(text)} {next(counter)}"
             for r in doc.get("results", ()) for ind in r.get("indicators", ())}

    def swap(value: Any) -> Any:
        if isinstance(value, list):
            return [ids.get(x, x) for x in value]
        return ids.get(value, value)

    def one(key: str, value: Any, kind: str) -> Any:
        if key in gen.ID_KEYS or key in gen.ID_LIST_KEYS:
            return swap(value)
        if key in ("case", "area"):
            return f"{squeeze(text)} {value}"
        if key == "indicator" or (kind == "indicators" and key == "name"):
            return names[value]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            return [walk(x, key) for x in value]
        return walk(value, key) if isinstance(value, dict) else value

    def walk(record: dict[str, Any], kind: str) -> dict[str, Any]:
        out = {key: one(key, value, kind) for key, value in record.items()}
        for key in gen.FREE_TEXT.get(kind, ()):
            out[key] = text
        return out

    top = walk({k: v for k, v in doc.items() if k not in gen.SECTIONS}, "")
    for section in gen.SECTIONS:
        if section in doc:
            top[section] = [walk(x, section) for x in doc[section]]
    return top


NEUTRAL = "Plain words"


def _shown(name: str, text: str) -> dict[str, Any]:
    doc = with_text(gen.example_data(name), text)
    model = resultaat.loads(gen.to_json(doc), "json")
    dot = resultaat.to_dot(model)
    svg = resultaat.render(model, format="svg", engine="bundled")
    md = resultaat.report(model)
    page = resultaat.report(model, format="html")
    return {"dot": dot, "svg": svg, "md": md, "html": page,
            "md_html": markdown.markdown(md, extensions=["tables"])}


@pytest.fixture(scope="module")
def neutral() -> dict[str, dict[str, Any]]:
    return {name: _shown(name, NEUTRAL) for name in gen.EXAMPLE_NAMES}


LONG = os.environ.get("RESULTAAT_FUZZ") == "long"
PAYLOAD_CASES = [(name, payload) for i, payload in enumerate(gen.PAYLOADS)
                 for j, name in enumerate(gen.EXAMPLE_NAMES) if LONG or i % 5 == j]
"""Each payload in one example (a different one in turn); in the long run, in all five."""


@pytest.mark.engine
@pytest.mark.parametrize(("example", "payload"), PAYLOAD_CASES)
def test_text_is_never_markup(neutral, example, payload):
    """Text in every field of a model is text in every output: never a tag, link or heading."""
    plain = neutral[example]
    try:
        shown = _shown(example, payload)
    except ModelError:
        assert "\r" in payload, "only a carriage return may be refused"
        return
    problems: list[str] = []
    dot_tags = dot_label_tags(shown["dot"])
    if dot_tags != dot_label_tags(plain["dot"]) or not set(dot_tags) <= DOT_LABEL_TAGS:
        problems.append(f"DOT label tags changed: {dot_tags - dot_label_tags(plain['dot'])}")
    shape, bad, svg_text = svg_shape(shown["svg"])
    problems += [f"SVG: {b}" for b in bad]
    if shape != svg_shape(plain["svg"])[0]:
        problems.append("SVG: the drawing has other nodes or edges than with plain text")
    lost = [w for w in payload.split() if len(w) <= 20 and w not in svg_text]
    if lost:
        problems.append(f"SVG: the text does not show {lost}")
    for kind in ("html", "md_html"):
        tags = html_tags(shown[kind])
        problems += [f"{kind}: {b}" for b in tags.bad]
        extra = tags.outside_svg - html_tags(plain[kind]).outside_svg
        if extra:
            problems.append(f"{kind}: user text made markup {dict(extra)}")
        if squeeze("".join(tags.h1)) != squeeze(payload):
            problems.append(f"{kind}: the title shows {squeeze(''.join(tags.h1))!r}")
    assert not problems, "\n".join(problems)


@given(gen.model_shaped(gen.ORDINARY), st.lists(st.sampled_from(gen.PAYLOADS), min_size=1))
def test_mixed_payloads_are_never_markup(doc, payloads):
    """Each text field its own payload: outputs hold no script, handler or javascript: link."""
    texts = iter(payloads * 200)
    records = [("", doc)] + [(s, x) for s in gen.SECTIONS for x in doc.get(s, ())]
    for kind, record in records:
        for key in gen.FREE_TEXT.get(kind, ()):
            record[key] = next(texts)
    model = load_or_refuse(gen.to_json(doc), "json")
    if model is None:
        return
    with bounded("outputs"):
        svg = resultaat.render(model, format="svg", engine="bundled")
        md = resultaat.report(model)
        page = resultaat.report(model, format="html")
    assert not svg_shape(svg)[1]
    assert not html_tags(page).bad
    md_tags = html_tags(markdown.markdown(md, extensions=["tables"]))
    assert not md_tags.bad
    assert not set(md_tags.tags) & FORBIDDEN_TAGS, set(md_tags.tags) & FORBIDDEN_TAGS


# --- measurement CSV files ------------------------------------------------------------------


STEERING = resultaat.example("steering")
PAIRS = [(r.id, i.name) for r in STEERING.results.values() for i in r.indicators]


def load_csv(path: Path, *, keep_valid: bool = False) -> resultaat.MeasurementSet | None:
    refusal: MeasurementError | None = None
    try:
        with bounded("load_measurements"):
            return resultaat.load_measurements(STEERING, path, keep_valid=keep_valid)
    except MeasurementError as e:
        refusal = e
    say(str(refusal)[:500])
    short_messages(refusal)
    assert all(p.file == str(path) for p in refusal.problems), "every problem names the file"
    return None


@given(gen.hostile_csv(PAIRS), st.booleans())
def test_any_csv_reads_or_is_refused_with_a_measurement_error(folder, data, keep_valid):
    path = Path(folder) / "cases.csv"
    path.write_bytes(data)
    note(repr(data[:500]))
    load_csv(path, keep_valid=keep_valid)


@given(gen.spreadsheet_csv(PAIRS, list(STEERING.interventions)))
def test_spreadsheet_csv_is_read_as_meant_or_refused(folder, case):
    """What Excel writes is read as the person meant it, or refused; never guessed."""
    path = Path(folder) / "excel.csv"
    path.write_bytes(case.data)
    note(f"{case.encoding} {case.delimiter!r}: {case.data[:400]!r}")
    rows = load_csv(path)
    if rows is None:
        return
    assert not case.ambiguous, "a second column of the same name was silently ignored"
    assert [m.value for m in rows] == pytest.approx(list(case.meant))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_dutch_excel_csv_is_read(tmp_path, encoding, newline):
    """Dutch Excel's "CSV (puntkomma)": ``;``, decimal comma, thousands dot, "Café"."""
    rid, ind = PAIRS[0]
    lines = ["case;area;result;indicator;period;value",
             f"Café 1;Oost;{rid};{ind};2025-H1;17.000",
             f"c2;Zuid;{rid};{ind};2025-H1;3,5"]
    path = tmp_path / "cases.csv"
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    rows = load_csv(path)
    assert rows is not None
    assert [(m.case, m.value) for m in rows] == [("Café 1", 17000.0), ("c2", 3.5)]


def test_fuzz_strategies_emit_what_they_say():
    """The emitters write YAML and JSON that mean the data they were given."""
    doc = gen.example_data("wheelchair")
    assert resultaat.loads(gen.to_json(doc), "json") == resultaat.example("wheelchair")
    for flow in (False, True):
        assert resultaat.loads(gen.to_yaml(doc, flow=flow)) == resultaat.example("wheelchair")
    assert gen.to_yaml({"a": gen.Raw("010")}) == '"a": 010\n'
    assert gen.to_json(gen.Pairs((("a", 1), ("a", 2)))) == '{"a": 1, "a": 2}'
    assert gen.to_json(math.nan) == "NaN"
    assert gen.dutch_number(17000.5, thousands=True) == "17.000,5"
    assert gen.english_number(17000.5, thousands=True) == "17,000.5"


# --- small cases the fuzzers found ------------------------------------------------------


def test_a_model_without_parties_gets_every_output_or_the_librarys_own_error():
    model = resultaat.loads("resultaat: 1\nname: Empty\n")
    every_output_or_refusal(model)


@pytest.mark.engine
@pytest.mark.parametrize("escape", ["\\N", "\\G", "\\E", "\\T", "\\H", "\\L", "\\l", "\\n"])
def test_dot_escape_sequences_in_text_are_drawn_as_typed(escape):
    model = resultaat.loads("resultaat: 1\nparties: [{id: p, name: " + dot_text(f"Qq{escape}Zz")
                            + ", kind: municipality}]\n")
    _, _, text = svg_shape(resultaat.render(model, format="svg", engine="bundled"))
    shown = re.findall(r"Qq(.*?)Zz", text)
    assert shown, text
    assert set(shown) == {escape}, f"{escape} is drawn as {sorted(set(shown))}"


def dot_text(text: str) -> str:
    return gen.to_json(text)


@pytest.mark.parametrize("cell", ['"1,000"', '"17,000"', '"2,500.5"'])
def test_a_thousands_comma_in_a_comma_separated_file_is_not_a_decimal_comma(tmp_path, cell):
    rid, ind = PAIRS[0]
    path = tmp_path / "cases.csv"
    path.write_text(f"result,indicator,period,value\n{rid},{ind},2025-H1,{cell}\n")
    rows = load_csv(path)
    if rows is not None:
        assert [m.value for m in rows] == [float(cell.strip('"').replace(",", ""))]


def _read_both_ways(path: Path, keep_valid: bool) -> None:
    """``measure`` (DuckDB where the file allows) and the CSV reader agree, row for row.

    The same refusals with the same lines, or the same roll-up (exactly) and
    progress (counts exactly; means summed by the engine, so to 1e-9).
    """
    refused: list[str] | None = None
    try:
        rows = resultaat.load_measurements(STEERING, path, keep_valid=keep_valid)
    except MeasurementError as e:
        refused = [str(p) for p in e.problems]
    if refused is not None:
        with pytest.raises(MeasurementError) as got:
            resultaat.measure(STEERING, path, keep_valid=keep_valid)
        assert [str(p) for p in got.value.problems] == refused
        return
    found = resultaat.measure(STEERING, path, keep_valid=keep_valid, min_group=1)
    assert found.rollup == resultaat.rollup(STEERING, rows, min_group=1)
    assert [str(p) for p in found.problems] == [str(p) for p in rows.problems]
    want = resultaat.progress(STEERING, rows)
    assert [(p.result, p.indicator, p.period, p.count) for p in found.progress] == [
        (p.result, p.indicator, p.period, p.count) for p in want]
    assert [p.realised for p in found.progress] == pytest.approx(
        [p.realised for p in want], rel=1e-9, abs=1e-9)


@given(gen.spreadsheet_csv(PAIRS, list(STEERING.interventions)), st.booleans())
def test_measure_reads_spreadsheet_csv_as_the_reader_does(folder, case, keep_valid):
    path = Path(folder) / "excel.csv"
    path.write_bytes(case.data)
    note(f"{case.encoding} {case.delimiter!r}: {case.data[:400]!r}")
    _read_both_ways(path, keep_valid)


@given(gen.hostile_csv(PAIRS), st.booleans())
def test_measure_refuses_hostile_csv_as_the_reader_does(folder, data, keep_valid):
    path = Path(folder) / "cases.csv"
    path.write_bytes(data)
    note(repr(data[:500]))
    with bounded("measure"):
        _read_both_ways(path, keep_valid)
