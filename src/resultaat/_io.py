"""Model files: YAML and JSON in, YAML and JSON out, with located plain errors.

Model files are data. YAML is composed with the safe loader into nodes and
turned into plain Python values here, so no tag can construct an object; a
tag outside the YAML core schema is refused.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

import attrs
import yaml

from resultaat import _values as v
from resultaat._errors import ModelError, Problem, did_you_mean
from resultaat._files import write_atomic
from resultaat._model import SECTIONS, Model, validate
from resultaat._periods import Period

Format = Literal["yaml", "json"]

FORMAT_VERSION = 1
MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32
MAX_NODES = 20_000_000


_HEADER_KEYS = ("resultaat", "name", "description", "language", "perspective")
_TOP_KEYS = (*_HEADER_KEYS, *SECTIONS)

try:
    _Loader: Any = yaml.CSafeLoader
    _Dumper: Any = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader
    _Dumper = yaml.SafeDumper

_CORE = "tag:yaml.org,2002:"


def load(path: str | os.PathLike[str]) -> Model:
    """Read a model file (``.yaml``, ``.yml`` or ``.json``).

    Raises:
        ModelError: the file is missing, unreadable, or the model is wrong;
            every problem is listed with file, line and place.
    """
    p = Path(path)
    name = str(path)
    fmt: Format = "json" if p.suffix.lower() == ".json" else "yaml"
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise _fail(name, f"the file is {size:,} bytes, more than the "
                        f"{MAX_BYTES:,} a model file may have; split the model")
        raw = p.read_bytes()
    except FileNotFoundError:
        raise _fail(name, "no such file; check the path") from None
    except IsADirectoryError:
        raise _fail(name, "this is a folder, not a model file") from None
    except PermissionError:
        raise _fail(name, "the file cannot be read (permission denied)") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise _fail(name, f"the file is not UTF-8 text (bad byte at offset {e.start}); "
                    "save it as UTF-8", line) from None
    return loads(text, fmt, source=name)


def loads(text: str, format: Format = "yaml", *, source: str | None = None) -> Model:
    """Read a model from text in YAML or JSON.

    >>> m = loads('''
    ... resultaat: 1
    ... parties: [{id: resident, name: Mrs Jansen, kind: citizen}]
    ... results: [{id: moves, statement: Moves around, level: micro, owner: resident}]
    ... ''')
    >>> m.results["moves"].owner
    'resident'

    Raises:
        ModelError: every problem, each with its line and place.
    """
    name = source if source is not None else "<text>"
    if format not in ("yaml", "json"):
        raise ValueError(f"format must be 'yaml' or 'json', got {format!r}")
    if len(text) > MAX_BYTES:
        raise _fail(name, f"the text is longer than {MAX_BYTES:,} characters; split the model")
    if not text.strip():
        raise _fail(name, "the model file is empty; start from `resultaat init`")
    with _no_gc():
        return _loads(text, format, name)


def _loads(text: str, format: Format, name: str) -> Model:
    node = _compose(text, name) if format == "yaml" else None
    data = _NodeReader(name).read(node) if node is not None else _parse_json(text, name)
    try:
        return _build(data)
    except ModelError as e:
        lines: dict[str, int] = {}
        if node is None:  # JSON is YAML: borrow its line numbers
            try:
                node = _compose(text, name)
            except ModelError:
                node = None
        if node is not None:
            _line_map(node, "", lines, set())
        located = [_locate(p, name, lines) for p in e.problems]
        located.sort(key=lambda p: p.line if p.line is not None else 0)
        raise ModelError(located) from None


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector.

    Reading and writing make millions of small objects and no cycles; the
    collector would only walk them again and again (10,000 results: 4.3 s
    to load with it, 1.6 s without).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def dump(model: Model, path: str | os.PathLike[str]) -> None:
    """Write a model file; the format follows the suffix (``.json``, else YAML)."""
    fmt: Format = "json" if Path(path).suffix.lower() == ".json" else "yaml"
    write_atomic(path, dumps(model, fmt))  # whole or not at all


def dumps(model: Model, format: Format = "yaml") -> str:
    """Write a model as YAML or JSON text that reads like a hand-written file.

    >>> m = loads("resultaat: 1\\nparties: [{id: p, name: P, kind: citizen}]")
    >>> print(dumps(m), end="")
    resultaat: 1
    name: Model
    language: en
    parties:
    - {id: p, name: P, kind: citizen}
    """
    with _no_gc():
        return _dumps(model, format)


def _dumps(model: Model, format: Format) -> str:
    data = to_data(model)
    if format == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if format != "yaml":
        raise ValueError(f"format must be 'yaml' or 'json', got {format!r}")
    flowed = {k: [_flow(x) for x in val] if isinstance(val, list) else val
              for k, val in data.items()}
    out: str = yaml.dump(flowed, Dumper=_FileDumper, sort_keys=False, allow_unicode=True,
                         width=100, default_flow_style=False)
    return out


def to_data(model: Model) -> dict[str, Any]:
    """The model as plain data (dicts, lists, str, numbers), as in a model file."""
    data: dict[str, Any] = {"resultaat": FORMAT_VERSION, "name": model.name}
    if model.description is not None:
        data["description"] = model.description
    data["language"] = model.language.value
    if model.perspective is not None:
        data["perspective"] = model.perspective
    parts: dict[str, Any] = {
        "parties": model.parties.values(), "interventions": model.interventions.values(),
        "results": model.results.values(), "factors": model.factors.values(),
        "contributions": model.contributions, "claims": model.claims,
        "measurements": model.measurements,
    }
    for section, items in parts.items():
        if items:
            data[section] = [_record_data(x) for x in items]
    return data


def _record_data(record: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in attrs.fields(type(record)):
        value = getattr(record, f.name)
        if f.default is not attrs.NOTHING and value == f.default:
            continue
        out[f.metadata["key"]] = _plain(value)
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(x) for x in value]
    if attrs.has(type(value)) and not isinstance(value, Period):
        return _record_data(value)
    if isinstance(value, Period):
        return value.label
    if isinstance(value, str):
        return str(value)
    return value


class _Flow(dict[str, Any]):
    """A record short enough to write on one line."""


class _FileDumper(_Dumper):  # type: ignore[misc]
    pass


def _represent_flow(dumper: Any, data: _Flow) -> Any:
    return dumper.represent_mapping(_CORE + "map", data, flow_style=True)


_FileDumper.add_representer(_Flow, _represent_flow)


def _flow(record: Any) -> Any:
    if not isinstance(record, dict):
        return record
    simple = all(not isinstance(x, list | dict) or (isinstance(x, list) and
                 all(isinstance(y, str) for y in x)) for x in record.values())
    if simple and sum(len(str(k)) + len(str(x)) + 4 for k, x in record.items()) <= 90:
        return _Flow(record)
    return {k: [_flow(y) for y in x] if isinstance(x, list) else x for k, x in record.items()}


# --- reading -----------------------------------------------------------------


def _fail(name: str, message: str, line: int | None = None) -> ModelError:
    return ModelError([Problem("", message, name, line)])


def _parse_json(text: str, name: str) -> Any:
    def no_constant(word: str) -> Any:
        raise ValueError(word)

    try:
        return json.loads(text, parse_constant=no_constant)
    except json.JSONDecodeError as e:
        raise _fail(name, f"not valid JSON: {e.msg} (column {e.colno})", e.lineno) from None
    except ValueError as e:
        raise _fail(name, f"not valid JSON: {e} is not a number a model may hold") from None
    except RecursionError:
        raise _fail(name, "the JSON is nested too deeply to be a model file") from None


class _FastLoader(_Loader):  # type: ignore[misc]
    """The safe loader, with a shortcut past the implicit resolvers for plain words.

    A plain scalar whose first character starts no implicit type (number,
    bool, null, timestamp, merge, value) is a string; only the others go
    through the regular expressions.
    """

    _SPECIAL = frozenset("0123456789+-.~nNtTfFyYoO=<")

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if (kind is yaml.ScalarNode and implicit[0] and value
                and value[0] not in self._SPECIAL):
            return _CORE + "str"
        return super().resolve(kind, value, implicit)


def _compose(text: str, name: str) -> Any:
    try:
        node = yaml.compose(text, Loader=_FastLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        what = e.problem or e.context or "cannot be read"
        line = mark.line + 1 if mark is not None else None
        col = f" (column {mark.column + 1})" if mark is not None else ""
        raise _fail(name, f"not valid YAML: {what}{col}", line) from None
    except yaml.YAMLError as e:
        raise _fail(name, f"not valid YAML: {e}") from None
    except RecursionError:  # the pure-Python parser; libyaml stops at depth 1000 itself
        raise _fail(name, "the YAML is nested too deeply to be a model file") from None
    if node is None:
        raise _fail(name, "the model file holds no data; start from `resultaat init`")
    return node


class _NodeReader:
    """Turns YAML nodes into plain values; refuses tags outside the core schema."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.count = 0
        self.seen: dict[int, Any] = {}
        self.constructor = yaml.constructor.SafeConstructor()
        self.scalar: dict[str, Callable[[Any], Any]] = {
            _CORE + "int": self.constructor.construct_yaml_int,
            _CORE + "float": self.constructor.construct_yaml_float,
            _CORE + "bool": self.constructor.construct_yaml_bool,
            _CORE + "null": lambda node: None,
            _CORE + "timestamp": lambda node: node.value,
        }

    def read(self, node: Any, depth: int = 0) -> Any:
        if node.tag == _CORE + "str" and isinstance(node, yaml.ScalarNode):
            return node.value
        if id(node) in self.seen:  # an alias: share the value, never expand it again
            return self.seen[id(node)]
        self.count += 1
        if self.count > MAX_NODES:
            raise _fail(self.name, f"the file holds more than {MAX_NODES:,} values; "
                        "split the model")
        if depth > MAX_DEPTH:
            raise _fail(self.name, f"the data is nested more than {MAX_DEPTH} deep; "
                        "a model file is never that deep", node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode):
            make = self.scalar.get(node.tag)
            if make is None:
                raise self._tag(node)
            try:
                return make(node)
            except (ValueError, yaml.YAMLError):
                return node.value
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _CORE + "seq":
                raise self._tag(node)
            items: list[Any] = []
            self.seen[id(node)] = items
            items.extend(self.read(n, depth + 1) for n in node.value)
            return items
        if node.tag != _CORE + "map":
            raise self._tag(node)
        out: dict[Any, Any] = {}
        self.seen[id(node)] = out
        for k_node, v_node in node.value:
            key = self.read(k_node, depth + 1)
            if not isinstance(key, str):
                raise _fail(self.name, f"a key must be a word, got {key!r}",
                            k_node.start_mark.line + 1)
            if key in out:
                raise ModelError([Problem(key, f"the key {key!r} is given twice; keep one",
                                          self.name, k_node.start_mark.line + 1)])
            out[key] = self.read(v_node, depth + 1)
        return out

    def _tag(self, node: Any) -> ModelError:
        return _fail(self.name, f"the tag {node.tag!r} is not allowed: a model file holds "
                     "only plain text, numbers, lists and mappings", node.start_mark.line + 1)


def _line_map(node: Any, where: str, lines: dict[str, int], seen: set[int]) -> None:
    """The line of every place (``results[3].owner``) in a composed document."""
    lines.setdefault(where, node.start_mark.line + 1)
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        for i, n in enumerate(node.value):
            _line_map(n, f"{where}[{i}]", lines, seen)
    elif isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode):
                _line_map(v, f"{where}.{k.value}" if where else str(k.value), lines, seen)


def _locate(problem: Problem, name: str, lines: Mapping[str, int]) -> Problem:
    where = problem.where
    line = None
    probe = where
    while probe:
        if probe in lines:
            line = lines[probe]
            break
        cut = max(probe.rfind("."), probe.rfind("["))
        probe = probe[:cut] if cut > 0 else ""
    return Problem(where, problem.message, name, line)


def _build(data: Any) -> Model:
    if not isinstance(data, dict):
        raise ModelError([Problem("", "a model file is a mapping of keys such as "
                                  "`resultaat: 1`, `parties:` and `results:`; "
                                  f"this one is a {type(data).__name__}")])
    problems: list[Problem] = []
    for key in data:
        if key not in _TOP_KEYS:
            problems.append(Problem(str(key), f"unknown key {key!r}"
                                    f"{did_you_mean(str(key), _TOP_KEYS)}; the keys are "
                                    f"{', '.join(_TOP_KEYS)}"))
    version = data.get("resultaat")
    if version is None:
        problems.append(Problem("resultaat", "missing `resultaat: 1` at the top, which says "
                                "this is a resultaat model file, version 1"))
    elif version != FORMAT_VERSION:
        problems.append(Problem("resultaat", f"this file is format version {version!r}; this "
                                f"version of resultaat reads version {FORMAT_VERSION}"))
    header = {k: data[k] for k in ("name", "description", "language", "perspective") if k in data}
    lists: dict[str, list[Any]] = {}
    broken: set[str] = set()
    for section, kind in SECTIONS.items():
        raw = data.get(section)
        if raw is None:
            lists[section] = []
            continue
        if not isinstance(raw, list):
            problems.append(Problem(section, f"must be a list (each item starting with `- `), "
                                    f"got {type(raw).__name__}"))
            lists[section] = []
            continue
        items: list[Any] = []
        for i, item in enumerate(raw):
            record = _record(kind, item, f"{section}[{i}]", problems)
            if record is None and isinstance(item, dict) and isinstance(item.get("id"), str):
                broken.add(item["id"])
            items.append(record)
        lists[section] = items
    for key, coerce in (("name", v.text), ("description", v.optional(v.text)),
                        ("perspective", v.optional(v.identifier))):
        if key in header:
            try:
                coerce(header[key])
            except v.FieldError as e:
                problems.append(Problem(key, str(e)))
    cross = validate(header.get("perspective") if isinstance(header.get("perspective"), str)
                     else None, lists, tolerate=broken)
    problems.extend(cross)
    if problems:
        raise ModelError(problems)
    try:
        return Model(**header, **lists)  # type: ignore[arg-type]
    except ModelError as e:
        raise ModelError([Problem(p.where, p.message) for p in e.problems]) from None


def _record(kind: type, item: Any, where: str, problems: list[Problem]) -> Any:
    if not isinstance(item, dict):
        problems.append(Problem(where, f"must be a mapping such as `{{{_example(kind)}}}`, "
                                f"got {type(item).__name__}"))
        return None
    fields = attrs.fields(kind)
    keys = [f.metadata["key"] for f in fields]
    ok = True
    for key in item:
        if key not in keys:
            problems.append(Problem(f"{where}.{key}", f"unknown key {key!r}"
                                    f"{did_you_mean(key, keys)}; a {kind.__name__} has "
                                    f"{', '.join(keys)}"))
            ok = False
    kwargs: dict[str, Any] = {}
    for f in fields:
        key = f.metadata["key"]
        if key not in item:
            if f.default is attrs.NOTHING:
                problems.append(Problem(f"{where}.{key}", _missing(kind, key)))
                ok = False
            continue
        raw = item[key]
        nested = f.metadata["nested"]
        if nested is not None:
            if not isinstance(raw, list):
                problems.append(Problem(f"{where}.{key}", "must be a list (each item starting "
                                        f"with `- `), got {type(raw).__name__}"))
                ok = False
                continue
            subs = [_record(nested, x, f"{where}.{key}[{j}]", problems) for j, x in enumerate(raw)]
            if any(s is None for s in subs):
                ok = False
                continue
            raw = subs
        try:
            kwargs[f.name] = f.metadata["coerce"](raw)
        except v.FieldError as e:
            problems.append(Problem(f"{where}.{key}", str(e)))
            ok = False
    if not ok:
        return None
    try:
        return kind(**kwargs)
    except ModelError as e:
        problems.extend(Problem(f"{where}.{p.where}", p.message) for p in e.problems)
        return None


def _missing(kind: type, key: str) -> str:
    if key == "owner":
        return ("every result needs an owner: the id of the party whose result it is "
                "(at micro level usually the resident), or `collective` for a meso or macro "
                "result that belongs to the neighbourhood or society")
    return f"missing `{key}`, which every {kind.__name__} needs; e.g. `{{{_example(kind)}}}`"


def _example(kind: type) -> str:
    return {
        "Party": "id: resident, name: Mrs Jansen, kind: citizen",
        "Intervention": "id: wheelchair, name: Provide a wheelchair, by: municipality",
        "Result": "id: mobility, statement: Mobility facilitated, level: micro, "
                  "owner: municipality",
        "Factor": "id: pavements, name: Accessible pavements",
        "Contribution": "from: wheelchair, to: mobility, role: necessary",
        "StatedClaim": "party: municipality, result: mobility, as: owns",
        "Measurement": "result: mobility, indicator: trips, period: 2025-Q1, value: 4",
        "Condition": "name: Proven method, kind: method, status: met",
        "Indicator": "name: trips, unit: per week, target: 5",
        "TargetRevision": "value: 8, from: 2026, why: budget",
    }.get(kind.__name__, "…")
