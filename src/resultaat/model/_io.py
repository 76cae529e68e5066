"""Model files: YAML and JSON in, YAML and JSON out, with located plain errors.

Model files are data. :mod:`resultaat.model._reader` turns the text into plain
values (no tag can construct an object, limits hold while reading); this
module builds the model from them and locates every problem.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import attrs
import yaml

from resultaat._errors import ModelError, Problem, bounded_hints, did_you_mean, shown
from resultaat._files import write_atomic
from resultaat.model import _values as v
from resultaat.model._model import SECTIONS, Model, validate
from resultaat.model._periods import Period
from resultaat.model._reader import (
    CORE,
    Parser,
    YamlReader,
    bad_places,
    check_characters,
    fail,
    line_map,
    part,
    plain,
    read_json,
)

Format = Literal["yaml", "json"]

FORMAT_VERSION = 1
MAX_BYTES = 64 * 1024 * 1024


_HEADER_KEYS = ("resultaat", "name", "description", "language", "perspective")
_TOP_KEYS = (*_HEADER_KEYS, *SECTIONS)

_Loader = Parser
try:
    _Dumper: Any = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Dumper = yaml.SafeDumper


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
            raise fail(name, f"the file is {size:,} bytes, more than the "
                       f"{MAX_BYTES:,} a model file may have; split the model")
        with p.open("rb") as f:
            raw = f.read(MAX_BYTES + 1)  # a device or a growing file has no honest size
    except FileNotFoundError:
        raise fail(name, "no such file; check the path") from None
    except IsADirectoryError:
        raise fail(name, "this is a folder, not a model file") from None
    except PermissionError:
        raise fail(name, "the file cannot be read (permission denied)") from None
    except OSError as e:
        raise fail(name, f"the file cannot be read ({e.strerror or type(e).__name__})") from None
    if len(raw) > MAX_BYTES:
        raise fail(name, f"the file holds more than the {MAX_BYTES:,} bytes a model file may "
                   "have; split the model")
    return loads(_decode(raw, name), fmt, source=name)


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise fail(name, f"the file is not UTF-8 text (bad byte at offset {e.start}); "
                   "save it as UTF-8", line) from None


def loads(text: str | bytes, format: Format = "yaml", *, source: str | None = None) -> Model:
    """Read a model from text in YAML or JSON (bytes are read as UTF-8).

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
        raise fail(name, f"the text is longer than {MAX_BYTES:,} characters; split the model")
    if isinstance(text, bytes):
        text = _decode(text, name)
    if not text.strip():
        raise fail(name, "the model file is empty; start from `resultaat init`")
    with _no_gc():
        return _loads(text, format, name)


def _loads(text: str, format: Format, name: str) -> Model:
    check_characters(text, name)
    if format == "yaml":
        reader = YamlReader(text, name)
        data, bad = reader.read(), reader.bad
    else:
        data, bad = read_json(text, name)
    try:
        if bad:
            raise ModelError(bad_places(data))
        with bounded_hints():
            return _build(data)
    except ModelError as e:
        raise _located(e.problems, text, name) from None


def _located(problems: Sequence[Problem], text: str, name: str) -> ModelError:
    """The problems with file and line; JSON is YAML, so one parser finds lines for both."""
    wanted: set[str] = set()
    for p in problems:
        probe = p.where
        while probe and probe not in wanted:
            wanted.add(probe)
            probe = _parent(probe)
    lines = line_map(text, wanted)
    located = [_locate(p, name, lines) for p in problems]
    located.sort(key=lambda p: p.line if p.line is not None else 0)
    return ModelError(located)


def _parent(where: str) -> str:
    cut = max(where.rfind("."), where.rfind("["))
    return where[:cut] if cut > 0 else ""


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
    """Writes plain words only where the reader reads them back as the same text."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode and implicit[0]:
            read = type(plain(value))
            return CORE + {str: "str", bool: "bool", float: "float", type(None): "null"}.get(
                read, "int")
        return super().resolve(kind, value, implicit)


def _represent_flow(dumper: Any, data: _Flow) -> Any:
    return dumper.represent_mapping(CORE + "map", data, flow_style=True)


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


def _locate(problem: Problem, name: str, lines: Mapping[str, int]) -> Problem:
    where = problem.where
    line = None
    probe = where
    while probe:
        if probe in lines:
            line = lines[probe]
            break
        probe = _parent(probe)
    return Problem(where, problem.message, name, line)


def _build(data: Any) -> Model:  # noqa: C901, PLR0912 (being reworked by the Model change)
    if not isinstance(data, dict):
        raise ModelError([Problem("", "a model file is a mapping of keys such as "
                                  "`resultaat: 1`, `parties:` and `results:`; "
                                  f"this one is a {type(data).__name__}")])
    problems: list[Problem] = []
    for key in data:
        if key not in _TOP_KEYS:
            problems.append(Problem(part(key), f"unknown key {shown(key)}"
                                    f"{did_you_mean(key, _TOP_KEYS)}; the keys are "
                                    f"{', '.join(_TOP_KEYS)}"))
    version = _version_problem(data.get("resultaat"))
    if version is not None:
        problems.append(Problem("resultaat", version))
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


def _version_problem(version: Any) -> str | None:
    """What is wrong with the format version, if anything: it must be the whole number 1."""
    if type(version) is int and version == FORMAT_VERSION:
        return None
    if version is None:
        return ("missing `resultaat: 1` at the top, which says this is a resultaat model "
                "file, version 1")
    if type(version) is int:
        return (f"this file is format version {shown(version)}; this version of resultaat "
                f"reads version {FORMAT_VERSION}")
    return f"the format version must be written `resultaat: 1`, got {shown(version)}"


def _record(kind: type, item: Any, where: str, problems: list[Problem]) -> Any:  # noqa: C901 (being reworked by the Model change)
    if not isinstance(item, dict):
        problems.append(Problem(where, f"must be a mapping such as `{{{_example(kind)}}}`, "
                                f"got {type(item).__name__}"))
        return None
    fields = attrs.fields(kind)
    keys = [f.metadata["key"] for f in fields]
    ok = True
    for key in item:
        if key not in keys:
            problems.append(Problem(f"{where}.{part(key)}", f"unknown key {shown(key)}"
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
