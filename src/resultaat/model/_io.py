"""Model files: YAML and JSON in, YAML and JSON out, with located plain errors.

Model files are data. :mod:`resultaat.model._reader` turns the text into plain
values (no tag can construct an object, limits hold while reading); this
module builds the model from them and locates every problem.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Literal

import attrs
import yaml

from resultaat._collector import paused
from resultaat._errors import (
    ModelError,
    Problem,
    SettingError,
    bounded_hints,
    did_you_mean,
    shown,
)
from resultaat._files import write_atomic
from resultaat.model import _formats
from resultaat.model import _values as v
from resultaat.model._formats import FORMAT_VERSION
from resultaat.model._model import SECTIONS, TABLES, Audience, Model, header_problem, validate
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
from resultaat.text._catalogue import DEFAULT, N_, message
from resultaat.text._languages import LANGUAGES, errors_in
from resultaat.text._languages import error_language as _lang
from resultaat.text._numbers import error_number as _num

Format = Literal["yaml", "json"]

MAX_BYTES = 64 * 1024 * 1024


_HEADER_KEYS = ("resultaat", "written_by", "name", "description", "language", "perspective",
                "audience")
_TOP_KEYS = (*_HEADER_KEYS, *SECTIONS)

_Loader = Parser
try:
    _Dumper: Any = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Dumper = yaml.SafeDumper


def load(path: str | os.PathLike[str], *, lang: str | None = None) -> Model:
    """Read a model file (``.yaml``, ``.yml`` or ``.json``).

    Args:
        path: the file.
        lang: the language of the error messages (default: the language the
            file declares, once it is read that far; else English).

    Raises:
        ModelError: the file is missing, unreadable, or the model is wrong;
            every problem is listed with file, line and place.
    """
    with errors_in(lang or DEFAULT), _in_language():
        text, fmt = read_file(path)
    return loads(text, fmt, source=str(path), lang=lang)


@contextlib.contextmanager
def _in_language() -> Iterator[None]:
    """Note on a ModelError the language its problems are written in."""
    try:
        yield
    except ModelError as e:
        if e.lang is None:  # the innermost block wrote the problems
            e.lang = _lang()
        raise


def read_file(path: str | os.PathLike[str]) -> tuple[str, Format]:
    """The text of a model file and its format (from the suffix), read within the limits.

    Raises:
        ModelError: the file is missing, unreadable, too large or not UTF-8.
    """
    p = _system_path(path)
    name = str(path)
    fmt: Format = "json" if _suffix(p).lower() == ".json" else "yaml"
    try:
        size = os.stat(p).st_size
        if size > MAX_BYTES:
            raise fail(name, message(_lang(), "error.file_too_big", size=_num(size),
                                     most=_num(MAX_BYTES)))
        with open(p, "rb") as f:
            raw = f.read(MAX_BYTES + 1)  # a device or a growing file has no honest size
    except FileNotFoundError:
        raise fail(name, message(_lang(), "error.file_missing")) from None
    except IsADirectoryError:
        raise fail(name, message(_lang(), "error.file_is_folder")) from None
    except PermissionError:
        raise fail(name, message(_lang(), "error.file_cannot_read",
                                 why=message(_lang(), "error.file_permission"))) from None
    except OSError as e:
        raise fail(name, message(_lang(), "error.file_cannot_read",
                                 why=e.strerror or type(e).__name__)) from None
    if len(raw) > MAX_BYTES:
        raise fail(name, message(_lang(), "error.file_grew_too_big", most=_num(MAX_BYTES)))
    return _decode(raw, name), fmt


def _system_path(path: str | os.PathLike[str]) -> str:
    """``path`` as :class:`pathlib.Path` hands it to the system, for a file to read.

    Only a path that pathlib would change where the system would not take
    it the same way (empty, or ending in a separator or a dot) is made a
    Path: the command line starts without pathlib (2 ms).
    """
    p = os.fspath(path)
    if p and not p.endswith((os.sep, os.altsep or os.sep, ".")):
        return p
    from pathlib import Path

    return str(Path(p))


def _suffix(path: str) -> str:
    """The suffix, as :attr:`pathlib.PurePath.suffix` gives it: ``.json``, or ``""``."""
    name = os.path.basename(path)
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise fail(name, message(_lang(), "error.not_utf8", offset=e.start), line) from None


def loads(text: str | bytes, format: Format = "yaml", *, source: str | None = None,
          lang: str | None = None) -> Model:
    """Read a model from text in YAML or JSON (bytes are read as UTF-8).

    >>> m = loads('''
    ... resultaat: 1
    ... parties: [{id: resident, name: Mrs Jansen, kind: citizen}]
    ... results: [{id: moves, statement: Moves around, level: micro, owner: resident}]
    ... ''')
    >>> m.results["moves"].owner
    'resident'

    ``lang`` is the language of the error messages (default: the one the
    text declares, else English).

    Raises:
        ModelError: every problem, each with its line and place.
    """
    with errors_in(lang or DEFAULT), _in_language():
        return _loads_in(text, format, source, follow=lang is None)


def _loads_in(text: str | bytes, format: Format, source: str | None, *, follow: bool) -> Model:
    name = source if source is not None else "<text>"
    if format not in ("yaml", "json"):
        raise SettingError(message(_lang(), "error.bad_format", got=repr(format)))
    if len(text) > MAX_BYTES:
        raise fail(name, message(_lang(), "error.text_too_long", most=_num(MAX_BYTES)))
    if isinstance(text, bytes):
        text = _decode(text, name)
    if not text.strip():
        raise fail(name, message(_lang(), "error.empty_file"))
    with paused():
        return _loads(text, format, name, follow)


def _loads(text: str, format: Format, name: str, follow: bool) -> Model:
    check_characters(text, name)
    if format == "yaml":
        reader = YamlReader(text, name)
        data, bad = reader.read(), reader.bad
    else:
        data, bad = read_json(text, name)
    declared = data.get("language") if follow and isinstance(data, dict) else None
    with errors_in(declared) if declared in LANGUAGES else contextlib.nullcontext(), \
            _in_language():
        return _build_located(data, bad, text, name)


def _build_located(data: Any, bad: Any, text: str, name: str) -> Model:
    try:
        if isinstance(data, dict):
            _refuse_newer(data)
        if bad:
            raise ModelError(bad_places(data))
        if isinstance(data, dict):
            _formats.migrate(data)
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


def _refuse_newer(data: dict[str, Any]) -> None:
    """A file of a newer format is refused on its version alone: its other keys may be new."""
    version = data.get("resultaat")
    if type(version) is int and version > FORMAT_VERSION:
        why = _formats.too_new(version, data.get("written_by"))
        raise ModelError([Problem("resultaat", why)])


def _parent(where: str) -> str:
    cut = max(where.rfind("."), where.rfind("["))
    return where[:cut] if cut > 0 else ""


def dump(model: Model, path: str | os.PathLike[str]) -> None:
    """Write a model file; the format follows the suffix (``.json``, else YAML)."""
    fmt: Format = "json" if _suffix(_system_path(path)).lower() == ".json" else "yaml"
    write_atomic(path, dumps(model, fmt))  # whole or not at all


def dumps(model: Model, format: Format = "yaml") -> str:
    """Write a model as YAML or JSON text that reads like a hand-written file.

    The text is in the newest format version, and says which resultaat wrote it.

    >>> m = loads("resultaat: 1\\nparties: [{id: p, name: P, kind: citizen}]")
    >>> print(dumps(m), end="")
    resultaat: 2
    written_by: resultaat ...
    name: Model
    language: en
    parties:
    - {id: p, name: P, kind: citizen}
    """
    with paused():
        return _dumps(model, format)


def _dumps(model: Model, format: Format) -> str:
    data = to_data(model)
    if format == "json":
        import json  # only for a JSON file: the command line starts without it

        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if format != "yaml":
        raise SettingError(message(_lang(), "error.bad_format", got=repr(format)))
    flowed = {k: [_flow(x) for x in val] if isinstance(val, list) else val
              for k, val in data.items()}
    out: str = yaml.dump(flowed, Dumper=_FileDumper, sort_keys=False, allow_unicode=True,
                         width=100, default_flow_style=False)
    return out


def to_data(model: Model) -> dict[str, Any]:
    """The model as plain data (dicts, lists, str, numbers), as in a model file."""
    data: dict[str, Any] = {"resultaat": FORMAT_VERSION}
    written_by = _formats.written_by()
    if written_by is not None:
        data["written_by"] = written_by
    data["name"] = model.name
    if model.description is not None:
        data["description"] = model.description
    data["language"] = model.language.value
    if model.perspective is not None:
        data["perspective"] = model.perspective
    if model.audience is not Audience.INTERNAL:
        data["audience"] = model.audience.value
    for section in SECTIONS:
        part = getattr(model, section)
        if part:
            items = part.values() if section in TABLES else part
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
    if isinstance(value, dt.date):
        return value.isoformat()
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


def _build(data: Any) -> Model:
    """The model from a file's plain data; every problem at once, the model validated once.

    Records that cannot be made are reported here, with the references
    among the rest (references to a broken record's id are not reported
    again); when every record is sound, building the ``Model`` checks
    the model as a whole.
    """
    if not isinstance(data, dict):
        raise ModelError([Problem("", message(_lang(), "error.not_a_mapping",
                                              version=FORMAT_VERSION,
                                              got=type(data).__name__))])
    problems = _top_problems(data)
    lists: dict[str, list[Any]] = {}
    broken: set[str] = set()
    for section, kind in SECTIONS.items():
        lists[section] = _section(section, kind, data.get(section), problems, broken)
    problems.extend(_header_problems(data))
    header = {k: data[k] for k in _MODEL_HEADER if k in data}
    if problems:
        perspective = header.get("perspective")
        problems.extend(validate(perspective if isinstance(perspective, str) else None,
                                 lists, tolerate=broken))
        raise ModelError(problems)
    try:
        return Model(**header, **lists)  # type: ignore[arg-type]
    except ModelError as e:
        raise ModelError([Problem(p.where, p.message) for p in e.problems]) from None


_MODEL_HEADER = ("name", "description", "language", "perspective", "audience")


def _top_problems(data: dict[Any, Any]) -> list[Problem]:
    """Unknown top-level keys and a format version that cannot be read."""
    problems = [Problem(part(key), message(
        _lang(), "error.unknown_top_key", key=shown(key),
        hint=did_you_mean(key, _TOP_KEYS), keys=", ".join(_TOP_KEYS)))
        for key in data if key not in _TOP_KEYS]
    version = _formats.problem(data.get("resultaat"))
    if version is not None:
        problems.append(Problem("resultaat", version))
    return problems


def _section(section: str, kind: type, raw: Any, problems: list[Problem],
             broken: set[str]) -> list[Any]:
    """The records of one section, ``None`` for each broken one (its id goes in ``broken``)."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(Problem(section, message(_lang(), "error.not_a_list",
                                                 got=type(raw).__name__)))
        return []
    items: list[Any] = []
    for i, item in enumerate(raw):
        record = _record(kind, item, f"{section}[{i}]", problems)
        if record is None and isinstance(item, dict) and isinstance(item.get("id"), str):
            broken.add(item["id"])
        items.append(record)
    return items


def _header_problems(data: dict[Any, Any]) -> list[Problem]:
    """What is wrong with the values at the top of the file, checked as ``Model`` checks them."""
    found = [header_problem(key, data[key]) for key in _MODEL_HEADER if key in data]
    if "written_by" in data:
        try:
            _WRITTEN_BY(data["written_by"])
        except v.FieldError as e:
            found.append(Problem("written_by", str(e)))
    return [p for p in found if p is not None]


_WRITTEN_BY = v.optional(v.text)
_BROKEN = object()
"""A field value that could not be read (its problem is already reported)."""


def _record(kind: type, item: Any, where: str, problems: list[Problem]) -> Any:
    """One record of ``kind`` from a mapping, or ``None`` with its problems reported."""
    if not isinstance(item, dict):
        problems.append(Problem(where, message(_lang(), "error.not_a_record",
                                               example=_example(kind), got=type(item).__name__)))
        return None
    fields = attrs.fields(kind)
    ok = _known_keys(kind, item, where, problems)
    kwargs: dict[str, Any] = {}
    for f in fields:
        value = _field(kind, f, item, where, problems)
        if value is _BROKEN:
            ok = False
        elif f.metadata["key"] in item:
            kwargs[f.name] = value
    if not ok:
        return None
    try:
        return kind(**kwargs)
    except ModelError as e:
        problems.extend(Problem(f"{where}.{p.where}", p.message) for p in e.problems)
        return None


def _known_keys(kind: type, item: dict[Any, Any], where: str, problems: list[Problem]) -> bool:
    """Whether every key of ``item`` names a field of ``kind`` (the others are reported)."""
    keys = [f.metadata["key"] for f in attrs.fields(kind)]
    ok = True
    for key in item:
        if key not in keys:
            problems.append(Problem(f"{where}.{part(key)}", message(
                _lang(), "error.unknown_key", key=shown(key), hint=did_you_mean(key, keys),
                kind=_kind(kind), keys=", ".join(keys))))
            ok = False
    return ok


def _field(kind: type, f: Any, item: dict[Any, Any], where: str,
           problems: list[Problem]) -> Any:
    """The checked value of one field, ``None`` if absent, ``_BROKEN`` if wrong (reported)."""
    key = f.metadata["key"]
    if key not in item:
        if f.default is attrs.NOTHING:
            problems.append(Problem(f"{where}.{key}", _missing(kind, key)))
            return _BROKEN
        return None
    raw = item[key]
    nested = f.metadata["nested"]
    if nested is not None and f.metadata.get("one"):
        raw = _record(nested, raw, f"{where}.{key}", problems)
        if raw is None:
            return _BROKEN
    elif nested is not None:
        if not isinstance(raw, list):
            problems.append(Problem(f"{where}.{key}", message(_lang(), "error.not_a_list",
                                                              got=type(raw).__name__)))
            return _BROKEN
        raw = [_record(nested, x, f"{where}.{key}[{j}]", problems) for j, x in enumerate(raw)]
        if any(s is None for s in raw):
            return _BROKEN
    try:
        return f.metadata["coerce"](raw)
    except v.FieldError as e:
        problems.append(Problem(f"{where}.{key}", str(e)))
        return _BROKEN


_RECORD = {
    "Commitment": N_("record.commitment"),
    "Party": N_("record.party"),
    "Condition": N_("record.condition"),
    "Spent": N_("record.spent"),
    "Intervention": N_("record.intervention"),
    "TargetRevision": N_("record.target_revision"),
    "PathPoint": N_("record.path_point"),
    "Indicator": N_("record.indicator"),
    "Rival": N_("record.rival"),
    "Beneficiary": N_("record.beneficiary"),
    "Result": N_("record.result"),
    "Factor": N_("record.factor"),
    "Contribution": N_("record.contribution"),
    "StatedClaim": N_("record.stated_claim"),
    "Measurement": N_("record.measurement"),
    "SignalSeen": N_("record.signal_seen"),
    "Changed": N_("record.changed"),
    "Adjustment": N_("record.adjustment"),
}
"""How a file error names each kind of record (the class name is for Python, not for the file)."""


def _kind(kind: type) -> str:
    return message(_lang(), _RECORD[kind.__name__])


def _missing(kind: type, key: str) -> str:
    if key == "owner":
        return message(_lang(), "error.no_owner")
    return message(_lang(), "error.missing_key", key=key, kind=_kind(kind),
                   example=_example(kind))


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
        "Beneficiary": "party: housing, value: 6000",
        "Commitment": "member: nijkerk, puts_in: two staff, expects: shorter waiting",
        "PathPoint": "period: 2025, value: 16000",
        "Spent": "period: 2025, amount: 240000",
        "Adjustment": "date: 2025-09-15, signal: {result: r, indicator: i, period: 2025-H1}, "
                      "decision: …, decided_by: municipality",
        "SignalSeen": "result: debts, indicator: debt, period: 2025-H1",
        "Changed": "kind: intervention_started, intervention: coaching",
    }.get(kind.__name__, "…")
