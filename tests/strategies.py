"""Hypothesis strategies for hostile and careless input: model files and CSV files.

Four kinds of model file: random YAML/JSON-ish data, model-shaped documents,
mutations of the bundled examples (deleted, duplicated and retyped keys,
swapped ids, extreme values, YAML 1.1 oddities, anchors and aliases), and any
of these with arbitrary Unicode in the text fields. CSV files are random
bytes or what a spreadsheet writes (BOM, UTF-16, cp1252, ``;`` with decimal
commas, duplicate columns, long cells, ``\\r`` line ends).

Each strategy draws text that a user could have saved; none of it is trusted.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
import yaml
from hypothesis import strategies as st

import resultaat as r

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "src" / "resultaat" / "examples"
EXAMPLE_NAMES = ("wheelchair", "neighbourhood-team", "debt-help", "youth-region", "steering")

SECTIONS = ("parties", "interventions", "results", "factors", "contributions", "claims",
            "measurements", "adjustments")

FREE_TEXT = {
    "": ("name", "description"),
    "parties": ("name",),
    "interventions": ("name", "policy"),
    "conditions": ("name", "evidence"),
    "results": ("statement",),
    "indicators": ("unit", "purpose"),
    "commitments": ("puts_in", "expects"),
    "targets": ("why",),
    "factors": ("name", "description"),
    "contributions": ("evidence", "assumptions"),
    "rivals": ("explanation", "evidence"),
    "claims": ("source",),
    "adjustments": ("decision",),
    "changes": ("condition",),
}
"""Free-text keys per record kind (``""`` is the top level); ids are handled apart."""

ID_KEYS = ("id", "by", "for", "owner", "from", "to", "party", "result", "perspective",
           "intervention", "commissioned_by", "about", "member", "coordinator", "decided_by")
ID_LIST_KEYS = ("with", "members", "acknowledges")

PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<svg onload=alert(1)>",
    "[x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "![x](javascript:alert(1))",
    "x\n\n# Heading",
    "x\n\n- item\n- item",
    "x\n\n---\n\nbelow a rule",
    "**bold** and _em_ and *em*",
    '"quotes" {braces} <angles>',
    "]]><!-- comment -->",
    "a|b|c | d",
    "`code` and ```fence```",
    "&lt;b&gt; &amp; &#60;script&#62;",
    "line\r\nbreak\rcr",
    "record {a|b} \\l \\N \\G <port>",
    "back\\slash\\n and \\\"quote",
    "<b>bold</b> <i>it</i> <br/>",
    "=HYPERLINK(\"http://x\")",
    "[link][1]\n\n[1]: javascript:alert(1)",
    "<style>body{display:none}</style>",
    "x<!--",
    "<a href='javascript:alert(1)'>a</a>",
)
"""Texts that are markup in at least one output format."""

SPECIAL_CHARS = (
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\ud800",
    "\udfff", "\ufffe", "\uffff", "\ufeff", "\u200e", "\u200f", "\u202e", "\u2028",
    "\u2029", "\U0001f600", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "é", "ß", "\u0301",
    "Ω", "\ue000", "\U0010ffff", "\t", "\n", "\r", '"', "'", "\\", "<", ">", "&", "|", "{",
    "}", "#", "*", "`", "%", ":", "-", "\u00a0", "\u3000", "٣",
)

YAML_ODDITIES = (
    "010", "0x10", "0o10", "0b10", "1:30", "1:30:00", "1_000", "+12", "-0", ".5", "1e3",
    "1.0", "yes", "no", "on", "off", "y", "n", "Yes", "NO", "true", "True", "false", "~",
    "null", "Null", ".nan", ".NaN", ".inf", "-.inf", "2025-01-01", "2025-01-01 12:00:00",
    "2025-01-01T12:00:00Z", "١٠", "１０", "!!bool maybe", "!!int x", "!!float y",
    "!!str 10", "!!int '12'", "!!binary aGk=", "!!timestamp nope", "!!null x", "!!set {a}",
    "!!omap [a: 1]", "!!python/object/apply:os.system ['echo hi']", "!!python/name:os.system",
    "!foo bar", "!<tag:yaml.org,2002:str> x", "=", "<<", "'quoted'", '"\\ud800"',
    '"\\x00"', '"\\uFFFE"', "|", ">", "&a x", "*nope", "%YAML", "? x", "@at", "`tick",
)
"""Plain YAML tokens a careless (or hostile) file may hold where a value goes."""

EXTREME_NUMBERS: tuple[Any, ...] = (
    0, -1, -0.0, 1, 2**31, 2**31 - 1, 2**53 + 1, 2**63, 2**64, 10**30, 10**309, -(10**309),
    1e308, -1e308, 1.7976931348623157e308, 5e-324, 1e-300, float("nan"), float("inf"),
    float("-inf"), 1_000_000_000, 0.1, 3.5,
)


# --- markers for the emitters ------------------------------------------------------


@attrs.frozen
class Raw:
    """A token written into YAML text as it is (``010``, ``!!bool maybe``)."""

    token: str


@attrs.frozen
class Pairs:
    """A mapping written as these pairs, so a key may come twice."""

    items: tuple[tuple[Any, Any], ...]


@attrs.frozen
class Anchor:
    """A value written with ``&name``; :class:`Alias` refers to it."""

    name: str
    value: Any


@attrs.frozen
class Alias:
    name: str


def _pairs(obj: Any) -> tuple[tuple[Any, Any], ...]:
    return obj.items if isinstance(obj, Pairs) else tuple(obj.items())


def _is_map(obj: Any) -> bool:
    return isinstance(obj, dict | Pairs)


def plain(obj: Any) -> bool:
    """Whether ``obj`` needs nothing JSON cannot say (no raw tokens, anchors or aliases)."""
    if isinstance(obj, Raw | Anchor | Alias):
        return False
    if _is_map(obj):
        return all(plain(k) and plain(v) for k, v in _pairs(obj))
    if isinstance(obj, list):
        return all(plain(x) for x in obj)
    return True


def to_json(obj: Any, *, ascii_only: bool = True) -> str:
    """JSON text; :class:`Pairs` may repeat a key; ``nan`` and ``inf`` as JSON5 words."""
    if _is_map(obj):
        inner = ", ".join(f"{to_json(str(k), ascii_only=ascii_only)}: "
                          f"{to_json(v, ascii_only=ascii_only)}" for k, v in _pairs(obj))
        return "{" + inner + "}"
    if isinstance(obj, list):
        return "[" + ", ".join(to_json(x, ascii_only=ascii_only) for x in obj) + "]"
    if isinstance(obj, float) and not math.isfinite(obj):
        return "NaN" if math.isnan(obj) else ("Infinity" if obj > 0 else "-Infinity")
    return json.dumps(obj, ensure_ascii=ascii_only)


def _yaml_scalar(obj: Any, ascii_only: bool) -> str:
    if isinstance(obj, Raw):
        return obj.token
    if isinstance(obj, Alias):
        return f"*{obj.name}"
    if isinstance(obj, Anchor):
        return f"&{obj.name} {_yaml_flow(obj.value, ascii_only)}"
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, float) and not math.isfinite(obj):
        return ".nan" if math.isnan(obj) else (".inf" if obj > 0 else "-.inf")
    if isinstance(obj, int | float):
        return repr(obj)
    return json.dumps(str(obj), ensure_ascii=ascii_only)


def _yaml_flow(obj: Any, ascii_only: bool) -> str:
    if _is_map(obj):
        return "{" + ", ".join(f"{_yaml_flow(k, ascii_only)}: {_yaml_flow(v, ascii_only)}"
                               for k, v in _pairs(obj)) + "}"
    if isinstance(obj, list):
        return "[" + ", ".join(_yaml_flow(x, ascii_only) for x in obj) + "]"
    return _yaml_scalar(obj, ascii_only)


def _container(obj: Any) -> bool:
    return (_is_map(obj) and bool(_pairs(obj))) or (isinstance(obj, list) and bool(obj))


def _block(obj: Any, indent: int, ascii_only: bool) -> list[str]:
    pad = " " * indent
    if _is_map(obj):
        out = []
        for k, val in _pairs(obj):
            key = _yaml_scalar(k, ascii_only)
            if _container(val):
                out.append(f"{pad}{key}:")
                out += _block(val, indent + 2, ascii_only)
            else:
                out.append(f"{pad}{key}: {_yaml_flow(val, ascii_only)}")
        return out or [pad + "{}"]
    if isinstance(obj, list):
        out = []
        for item in obj:
            if _container(item):
                sub = _block(item, indent + 2, ascii_only)
                out.append(f"{pad}- {sub[0][indent + 2:]}")
                out += sub[1:]
            else:
                out.append(f"{pad}- {_yaml_flow(item, ascii_only)}")
        return out or [pad + "[]"]
    return [pad + _yaml_flow(obj, ascii_only)]


def to_yaml(obj: Any, *, ascii_only: bool = True, flow: bool = False) -> str:
    """YAML text in block (or flow) style; :class:`Raw` tokens go in as written."""
    if flow:
        return _yaml_flow(obj, ascii_only) + "\n"
    return "\n".join(_block(obj, 0, ascii_only)) + "\n"


@st.composite
def serialised(draw: st.DrawFn, data: Any) -> tuple[str, str]:
    """``(text, format)``: the data written as JSON or as YAML in one of several styles."""
    ascii_only = draw(st.booleans())
    if plain(data) and draw(st.booleans()):
        return to_json(data, ascii_only=ascii_only), "json"
    style = draw(st.sampled_from(["block", "flow", "pyyaml"]))
    if style == "pyyaml" and plain(data) and not isinstance(data, Pairs):
        try:
            return yaml.safe_dump(_unpair(data), allow_unicode=not ascii_only,
                                  sort_keys=False), "yaml"
        except (yaml.YAMLError, TypeError, ValueError):
            pass
    return to_yaml(data, ascii_only=ascii_only, flow=style == "flow"), "yaml"


def _unpair(obj: Any) -> Any:
    if _is_map(obj):
        return {k: _unpair(v) for k, v in _pairs(obj)}
    if isinstance(obj, list):
        return [_unpair(x) for x in obj]
    return obj


# --- text, ids and numbers ---------------------------------------------------------------


def unicode_text(max_size: int = 40) -> st.SearchStrategy[str]:
    """Any code point, surrogates and non-characters included, and the awkward ones often."""
    piece = st.characters(exclude_categories=()) | st.sampled_from(SPECIAL_CHARS)
    return st.lists(piece, min_size=1, max_size=max_size).map("".join)


def ordinary_text() -> st.SearchStrategy[str]:
    return st.from_regex(r"[A-Za-z][A-Za-z0-9 ,.'éë-]{0,30}", fullmatch=True).filter(
        lambda s: s.strip() == s)


def ordinary_id() -> st.SearchStrategy[str]:
    return st.from_regex(r"[a-z][a-z0-9_-]{0,10}", fullmatch=True)


def hostile_text() -> st.SearchStrategy[str]:
    """Ordinary, Unicode, markup and very long text."""
    return st.one_of(
        ordinary_text(), unicode_text(), st.sampled_from(PAYLOADS),
        st.builds(lambda c, n: c * n, st.sampled_from("x <&\n"),
                  st.sampled_from([1_000, 20_000])),
        st.sampled_from(["", " ", "\n", " lead", "trail ", "\t"]),
    )


def numbers(*, extreme: bool) -> st.SearchStrategy[Any]:
    ordinary = st.integers(0, 5_000) | st.floats(0, 1_000, allow_nan=False).map(
        lambda x: round(x, 2))
    if not extreme:
        return ordinary
    return st.one_of(ordinary, st.sampled_from(EXTREME_NUMBERS),
                     st.integers(-(10**400), 10**400), st.floats(),
                     st.sampled_from([Raw(t) for t in YAML_ODDITIES]))


PERIOD_LABELS = ("2024", "2025", "2025-H1", "2025-H2", "2025-Q3", "2025-07", "2025-07-15",
                 "2026-Q1")


def periods(*, extreme: bool) -> st.SearchStrategy[Any]:
    base = st.sampled_from(PERIOD_LABELS)
    if not extreme:
        return base
    odd = st.sampled_from(["0000", "9999-Q4", "2025-H3", "2025-Q0", "2025-13", "2025-02-30",
                           "99999", "-2025", "2025-W10", "2025 ", "٢٠٢٥", "2025/07", "2025-7"])
    return st.one_of(base, odd, st.integers(-(10**20), 10**20), unicode_text(12),
                     st.sampled_from([Raw("2025-07-15"), Raw("2025-01-01 10:00"), Raw("2025")]))


# --- (a) random structures ---------------------------------------------------------


MODEL_KEYS = ("resultaat", "name", "description", "language", "perspective", *SECTIONS,
              "id", "kind", "by", "with", "for", "owner", "level", "statement", "from", "to",
              "role", "weight", "cost", "indicators", "targets", "value", "period", "result",
              "indicator", "party", "as", "members", "conditions", "status", "duration")


def random_data() -> st.SearchStrategy[Any]:
    """Any JSON-ish value, with model words as keys and a version header now and then."""
    scalars = st.one_of(st.none(), st.booleans(), numbers(extreme=True), hostile_text(),
                        st.sampled_from(MODEL_KEYS))
    keys = st.sampled_from(MODEL_KEYS) | unicode_text(8)
    tree = st.recursive(scalars, lambda kids: st.lists(kids, max_size=4)
                        | st.dictionaries(keys, kids, max_size=4), max_leaves=25)
    with_header = st.dictionaries(keys, tree, max_size=6).map(lambda d: {"resultaat": 1, **d})
    return st.one_of(tree, with_header)


def yaml_soup() -> st.SearchStrategy[str]:
    """Lines of YAML-ish tokens: indentation, keys, dashes, flow brackets, tags, anchors."""
    piece = st.sampled_from([
        *YAML_ODDITIES, "resultaat: 1", "parties:", "- ", "  ", "    ", "{", "}", "[", "]",
        ", ", ": ", "id: a", "name: ", "&x ", "*x", "<<: *x", "#", "---", "...", "'", '"',
        "? ", "!", "\t", "%TAG ! tag:x,2002:", "- {id: p, name: P, kind: citizen}",
        "results: [{id: r, statement: S, level: micro, owner: p}]",
    ]) | unicode_text(6)
    line = st.lists(piece, max_size=6).map("".join)
    return st.lists(line, min_size=1, max_size=12).map("\n".join)


# --- (b) model-shaped documents ------------------------------------------------------------


@attrs.frozen
class Kinds:
    """Where a model-shaped document draws its texts, ids and numbers from."""

    text: st.SearchStrategy[Any]
    ident: st.SearchStrategy[Any]
    number: st.SearchStrategy[Any]
    period: st.SearchStrategy[Any]


ORDINARY = Kinds(ordinary_text(), ordinary_id(), numbers(extreme=False), periods(extreme=False))
EXTREME = Kinds(hostile_text(), ordinary_id() | unicode_text(10), numbers(extreme=True),
                periods(extreme=True))
UNICODE = Kinds(unicode_text(), ordinary_id() | unicode_text(10), numbers(extreme=False),
                periods(extreme=False))

PARTY_KINDS = ("citizen", "network", "municipality", "provider", "professional", "school",
               "employer", "insurer", "community", "cooperation", "other")


def _maybe(draw: st.DrawFn, record: dict[str, Any], key: str,
           strategy: st.SearchStrategy[Any]) -> None:
    if draw(st.booleans()):
        record[key] = draw(strategy)


@st.composite
def model_shaped(draw: st.DrawFn, kinds: Kinds = ORDINARY) -> dict[str, Any]:
    """A document that looks like a model: references mostly point at things that exist."""
    ids = draw(st.lists(kinds.ident, min_size=2, max_size=14, unique=True))
    n_parties = draw(st.integers(1, max(1, len(ids) // 3)))
    n_results = draw(st.integers(1, max(1, len(ids) // 3)))
    parties, results = ids[:n_parties], ids[n_parties:n_parties + n_results]
    rest = ids[n_parties + n_results:]
    n_int = draw(st.integers(0, len(rest)))
    interventions, factors = rest[:n_int], rest[n_int:]
    doc: dict[str, Any] = {"resultaat": 1}
    _maybe(draw, doc, "name", kinds.text)
    _maybe(draw, doc, "description", kinds.text)
    _maybe(draw, doc, "language", st.sampled_from(["en", "nl"]))
    _maybe(draw, doc, "perspective", st.sampled_from(parties))
    doc["parties"] = [_party(draw, kinds, pid, parties) for pid in parties]
    if interventions:
        doc["interventions"] = [_intervention(draw, kinds, iid, parties)
                                for iid in interventions]
    doc["results"] = [_result(draw, kinds, rid, parties) for rid in results]
    if factors:
        doc["factors"] = [_factor(draw, kinds, fid) for fid in factors]
    _contributions(draw, kinds, doc, ids, results)
    _claims(draw, kinds, doc, parties, results, factors)
    _measurements(draw, kinds, doc, interventions)
    return doc


def _party(draw: st.DrawFn, kinds: Kinds, pid: str, parties: list[str]) -> dict[str, Any]:
    kind = draw(st.sampled_from(PARTY_KINDS))
    party: dict[str, Any] = {"id": pid, "name": draw(kinds.text), "kind": kind}
    if kind == "cooperation" and len(parties) > 1:
        party["members"] = draw(st.lists(st.sampled_from(parties), max_size=3, unique=True))
    return party


def _intervention(draw: st.DrawFn, kinds: Kinds, iid: str,
                  parties: list[str]) -> dict[str, Any]:
    item: dict[str, Any] = {"id": iid, "name": draw(kinds.text),
                            "by": draw(st.sampled_from(parties))}
    _maybe(draw, item, "with", st.lists(st.sampled_from(parties), max_size=2, unique=True))
    _maybe(draw, item, "for", st.sampled_from(parties))
    _maybe(draw, item, "policy", kinds.text)
    _maybe(draw, item, "cost", kinds.number)
    others = [p for p in parties if p != item["by"] and p not in item.get("with", ())]
    if others:
        _maybe(draw, item, "commissioned_by", st.sampled_from(others))
    if draw(st.booleans()):
        item["conditions"] = draw(st.lists(_condition(kinds), max_size=3))
    return item


@st.composite
def _condition(draw: st.DrawFn, kinds: Kinds) -> dict[str, Any]:
    cond: dict[str, Any] = {"name": draw(kinds.text), "kind": draw(st.sampled_from(
        ["method", "staff", "quality", "monitoring", "mandate", "other"]))}
    _maybe(draw, cond, "status", st.sampled_from(["met", "not_met", "unknown"]))
    _maybe(draw, cond, "evidence", kinds.text)
    if cond["kind"] == "method":
        _maybe(draw, cond, "recognition", st.sampled_from(
            ["well_described", "well_founded", "effective_first", "effective_good",
             "effective_strong"]))
    return cond


def _result(draw: st.DrawFn, kinds: Kinds, rid: str, parties: list[str]) -> dict[str, Any]:
    level = draw(st.sampled_from(["micro", "meso", "macro"]))
    owners = parties + (["collective"] if level != "micro" else [])
    item: dict[str, Any] = {"id": rid, "statement": draw(kinds.text), "level": level,
                            "owner": draw(st.sampled_from(owners))}
    _maybe(draw, item, "intended", st.booleans())
    _maybe(draw, item, "effect", st.sampled_from(["positive", "negative"]))
    names = draw(st.lists(kinds.ident, max_size=2, unique=True))
    if names:
        item["indicators"] = [_indicator(draw, kinds, n) for n in names]
    _maybe(draw, item, "value", kinds.number)
    for key in ("deadweight", "displacement", "drop_off"):
        _maybe(draw, item, key, st.sampled_from([0, 0.25, 0.5, 1]) | kinds.number)
    _maybe(draw, item, "duration", st.integers(1, 10) | kinds.number)
    return item


def _indicator(draw: st.DrawFn, kinds: Kinds, name: str) -> dict[str, Any]:
    ind: dict[str, Any] = {"name": name}
    _maybe(draw, ind, "unit", kinds.text)
    _maybe(draw, ind, "baseline", kinds.number)
    _maybe(draw, ind, "target", kinds.number)
    _maybe(draw, ind, "direction", st.sampled_from(["higher", "lower"]))
    if draw(st.booleans()):
        ind["targets"] = [{"value": draw(kinds.number), "from": draw(kinds.period),
                           "why": draw(kinds.text)}]
    return ind


def _factor(draw: st.DrawFn, kinds: Kinds, fid: str) -> dict[str, Any]:
    item: dict[str, Any] = {"id": fid, "name": draw(kinds.text)}
    _maybe(draw, item, "description", kinds.text)
    return item


def _contributions(draw: st.DrawFn, kinds: Kinds, doc: dict[str, Any], ids: list[str],
                   results: list[str]) -> None:
    out = []
    for _ in range(draw(st.integers(0, 2 * len(ids)))):
        item: dict[str, Any] = {"from": draw(st.sampled_from(ids)),
                                "to": draw(st.sampled_from(results))}
        _maybe(draw, item, "role", st.sampled_from(["necessary", "supporting"]))
        _maybe(draw, item, "weight", st.integers(1, 5) | kinds.number)
        _maybe(draw, item, "evidence", kinds.text)
        out.append(item)
    if out:
        doc["contributions"] = out


def _claims(draw: st.DrawFn, kinds: Kinds, doc: dict[str, Any], parties: list[str],
            results: list[str], factors: list[str]) -> None:
    out = []
    for _ in range(draw(st.integers(0, 3))):
        item: dict[str, Any] = {"party": draw(st.sampled_from(parties)),
                                "result": draw(st.sampled_from(results)),
                                "as": draw(st.sampled_from(["owns", "contributes"]))}
        _maybe(draw, item, "source", kinds.text)
        if draw(st.booleans()):
            item["acknowledges"] = draw(st.lists(st.sampled_from(parties + factors),
                                                 max_size=2, unique=True))
        out.append(item)
    if out:
        doc["claims"] = out


def _measurements(draw: st.DrawFn, kinds: Kinds, doc: dict[str, Any],
                  interventions: list[str]) -> None:
    pairs = [(r["id"], i["name"]) for r in doc["results"] for i in r.get("indicators", ())]
    if not pairs:
        return
    out = []
    for _ in range(draw(st.integers(0, 6))):
        rid, name = draw(st.sampled_from(pairs))
        item: dict[str, Any] = {"result": rid, "indicator": name,
                                "period": draw(kinds.period), "value": draw(kinds.number)}
        _maybe(draw, item, "case", kinds.ident)
        _maybe(draw, item, "area", kinds.ident)
        if interventions:
            _maybe(draw, item, "intervention", st.sampled_from(interventions))
        out.append(item)
    if out:
        doc["measurements"] = out


# --- (c) mutations of the bundled examples -----------------------------------------------


def example_text(name: str) -> str:
    return (EXAMPLES_DIR / f"{name}.yaml").read_text(encoding="utf-8")


def example_data(name: str) -> dict[str, Any]:
    """An example's plain data, read as resultaat reads it (a date stays text, as in JSON)."""
    from resultaat.model._reader import YamlReader

    data: dict[str, Any] = YamlReader(example_text(name), name).read()
    return data


def _places(obj: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside ``obj`` (dict keys and list indices)."""
    out = [path]
    if isinstance(obj, dict):
        for k, val in obj.items():
            out += _places(val, (*path, k))
    elif isinstance(obj, list):
        for i, val in enumerate(obj):
            out += _places(val, (*path, i))
    return out


def _parent(obj: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        obj = obj[step]
    return obj


def _set(obj: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    _parent(obj, path)[path[-1]] = value
    return obj


def _get(obj: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        obj = obj[step]
    return obj


def _delete(draw: st.DrawFn, doc: Any, path: tuple[Any, ...]) -> Any:
    if path:
        del _parent(doc, path)[path[-1]]
    return doc


def _duplicate(draw: st.DrawFn, doc: Any, path: tuple[Any, ...]) -> Any:
    if not path:
        return doc
    parent = _parent(doc, path)
    if isinstance(parent, list):
        parent.insert(path[-1], parent[path[-1]])
        return doc
    again = draw(st.sampled_from(["same", "empty", "other"]))
    other = {"same": parent[path[-1]], "empty": [], "other": draw(_anything())}[again]
    dup = Pairs((*parent.items(), (path[-1], other)))
    return _set(doc, path[:-1], dup)


def _retype(draw: st.DrawFn, doc: Any, path: tuple[Any, ...]) -> Any:
    return _set(doc, path, draw(_anything()))


def _extreme(draw: st.DrawFn, doc: Any, path: tuple[Any, ...]) -> Any:
    return _set(doc, path, draw(numbers(extreme=True)))


def _oddity(draw: st.DrawFn, doc: Any, path: tuple[Any, ...]) -> Any:
    return _set(doc, path, Raw(draw(st.sampled_from(YAML_ODDITIES))))


def _retext(draw: st.DrawFn, doc: Any, path: tuple[Any, ...]) -> Any:
    return _set(doc, path, draw(hostile_text()))


def _swap_ids(draw: st.DrawFn, doc: Any, path: tuple[Any, ...]) -> Any:
    where = [p for p in _places(doc) if p and p[-1] in ID_KEYS and isinstance(_get(doc, p), str)]
    if len(where) < 2:
        return doc
    a, b = draw(st.lists(st.sampled_from(where), min_size=2, max_size=2, unique=True))
    va, vb = _get(doc, a), _get(doc, b)
    _set(doc, a, vb)
    if draw(st.booleans()):  # a swap, or the same id twice
        _set(doc, b, va)
    return doc


def _alias(draw: st.DrawFn, doc: Any, path: tuple[Any, ...]) -> Any:
    where = _places(doc)
    source = draw(st.sampled_from(where))
    if not path or not source or source == path[: len(source)] or path == source[: len(path)]:
        return doc
    name = f"a{len(where)}"
    value = _get(doc, source)
    _set(doc, source, Anchor(name, value))
    _set(doc, path, Alias(name))
    return doc


MUTATIONS: tuple[Callable[[st.DrawFn, Any, tuple[Any, ...]], Any], ...] = (
    _delete, _duplicate, _retype, _extreme, _oddity, _retext, _swap_ids, _alias,
)


def _anything() -> st.SearchStrategy[Any]:
    small = st.one_of(st.none(), st.booleans(), numbers(extreme=True), hostile_text())
    return st.one_of(small, st.lists(small, max_size=3),
                     st.dictionaries(st.sampled_from(MODEL_KEYS), small, max_size=3))


@st.composite
def mutated_example(draw: st.DrawFn, names: Sequence[str] = EXAMPLE_NAMES) -> Any:
    """One of the bundled examples as data, with one to four mutations applied."""
    doc: Any = example_data(draw(st.sampled_from(names)))
    for _ in range(draw(st.integers(1, 4))):
        places = _places(doc)
        path = draw(st.sampled_from(places))
        if any(isinstance(_get_safe(doc, path[:i]), Pairs | Anchor | Alias | Raw)
               for i in range(len(path) + 1)):
            continue  # inside an earlier mutation: leave it be
        doc = draw(st.sampled_from(MUTATIONS))(draw, doc, path)
    return doc


def _get_safe(obj: Any, path: tuple[Any, ...]) -> Any:
    try:
        for step in path:
            obj = obj[step]
    except (KeyError, IndexError, TypeError):
        return None
    return obj


@st.composite
def mutated_text(draw: st.DrawFn, names: Sequence[str] = EXAMPLE_NAMES) -> str:
    """An example file's own text with lines deleted, repeated, cut or re-indented."""
    lines = example_text(draw(st.sampled_from(names))).splitlines()
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "repeat", "cut", "indent", "token", "tab"]))
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "repeat":
            lines.insert(i, lines[i])
        elif op == "cut":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        elif op == "indent":
            lines[i] = " " * draw(st.integers(1, 3)) + lines[i]
        elif op == "tab":
            lines[i] = "\t" + lines[i]
        elif op == "token" and ": " in lines[i]:
            head = lines[i].rsplit(": ", 1)[0]
            lines[i] = f"{head}: {draw(st.sampled_from(YAML_ODDITIES))}"
    return "\n".join(lines) + "\n"


# --- CSV measurement files ------------------------------------------------------------------


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1")


@attrs.frozen
class CsvCase:
    """A generated CSV file and the values a person meant by it."""

    data: bytes
    meant: tuple[float, ...]
    """The value of each data row as the person who typed it meant it."""
    ambiguous: bool
    """Whether no reading is right (duplicate columns with different values)."""
    delimiter: str
    encoding: str


def dutch_number(value: float, *, thousands: bool) -> str:
    """``17000.5`` as ``17.000,5`` (or ``17000,5``), the way Dutch Excel shows it."""
    whole, _, frac = f"{abs(value):.2f}".partition(".")
    frac = frac.rstrip("0")
    if thousands:
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = ".".join([whole, *groups])
    sign = "-" if value < 0 else ""
    return sign + whole + ("," + frac if frac else "")


def english_number(value: float, *, thousands: bool) -> str:
    text = f"{value:,.2f}" if thousands else f"{value:.2f}"
    return text.rstrip("0").rstrip(".")


@st.composite
def spreadsheet_csv(draw: st.DrawFn, pairs: Sequence[tuple[str, str]],
                    interventions: Sequence[str]) -> CsvCase:
    """A measurement file the way a spreadsheet writes it, with the values meant."""
    dutch = draw(st.booleans())
    delimiter = ";" if dutch else draw(st.sampled_from([",", ";", "\t"]))
    thousands = draw(st.booleans())
    encoding = draw(st.sampled_from(ENCODINGS))
    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    columns = ["result", "indicator", "period", "value"]
    extra = draw(st.lists(st.sampled_from(["case", "area", "intervention"]), unique=True))
    columns += extra
    columns = draw(st.permutations(columns))
    duplicate = draw(st.booleans()) and draw(st.booleans())
    header = [*columns, "value"] if duplicate else list(columns)
    header = [draw(st.sampled_from([c, c.upper(), f" {c} ", c.title()])) for c in header]
    lines = [header]
    meant: list[float] = []
    ambiguous = False
    for _ in range(draw(st.integers(1, 6))):
        rid, ind = draw(st.sampled_from(list(pairs)))
        value = draw(st.sampled_from([17000.0, 1234.5, 3.5, 0.0, -2.25, 999.0, 1000.0])
                     | st.integers(-100_000, 100_000).map(float))
        fmt = dutch_number if dutch else english_number
        # In a file separated by ";" a comma is a decimal comma (docs/model-file.md), so
        # English thousands commas are written only where "," or a tab separates cells.
        grouped = thousands and abs(value) >= 1000 and (dutch or delimiter != ";")
        shown = fmt(value, thousands=grouped)
        cells = {"result": rid, "indicator": ind, "period": draw(st.sampled_from(PERIOD_LABELS)),
                 "value": shown, "case": draw(st.sampled_from(["c01", "Café 7", "c 3", "x"])),
                 "area": draw(st.sampled_from(["Oost", "Zuidoost", "Één", "’t Hoekje"])),
                 "intervention": draw(st.sampled_from([*interventions, ""])) if interventions
                 else ""}
        row = [cells[c] for c in columns]
        if duplicate:
            other = fmt(value + 1, thousands=False)
            row.append(other)
            ambiguous = True
        lines.append(row)
        meant.append(value)
    text = newline.join(_csv_line(r, delimiter) for r in lines) + newline
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        encoding = "utf-8"
        data = text.encode(encoding)
    return CsvCase(data, tuple(meant), ambiguous, delimiter, encoding)


def _csv_line(cells: Sequence[str], delimiter: str) -> str:
    out = []
    for c in cells:
        if any(ch in c for ch in (delimiter, '"', "\n", "\r")):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return delimiter.join(out)


def hostile_csv(pairs: Sequence[tuple[str, str]]) -> st.SearchStrategy[bytes]:
    """Random bytes, random text in any encoding, and CSV with long or odd cells."""
    header = "result,indicator,period,value,case,area,intervention"
    rid, ind = pairs[0]
    odd_cell = st.one_of(
        st.sampled_from(["x" * 140_000, " c01", "c01 ", "", '"', '"unclosed', "=1+1", "\x00",
                         "1e309", "nan", "inf", "1,2,3", "1.2.3", "١٠", "10**400",
                         "9" * 400, "17.000", "1.234,5", "-", "+", "\ufeff", "\ud800"]),
        unicode_text(20),
    )
    rows = st.lists(st.tuples(odd_cell, odd_cell, odd_cell, odd_cell), min_size=1, max_size=4)

    def build(cells: list[tuple[str, str, str, str]], newline: str, encoding: str) -> bytes:
        body = [f"{rid},{ind},{p},{val},{c},{a},".replace("\n", " ") for p, val, c, a in cells]
        text = newline.join([header, *body]) + newline
        return text.encode(encoding, "surrogatepass")

    structured = st.builds(build, rows, st.sampled_from(["\n", "\r\n", "\r"]),
                           st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
    return st.one_of(st.binary(max_size=300), structured,
                     st.builds(lambda s, enc: s.encode(enc, "surrogatepass"),
                               unicode_text(200), st.sampled_from(["utf-8", "utf-16"])))


# --- models -------------------------------------------------------------------------------


@st.composite
def tangled_models(draw: st.DrawFn) -> Any:
    """Cooperations, co-producers, commissioners, necessary inputs and side effects."""
    b = r.ModelBuilder("tangled")
    parties = [f"p{i}" for i in range(draw(st.integers(1, 4)))]
    for p in parties:
        b.party(p, p.upper(), "other")
    if len(parties) > 1 and draw(st.booleans()):
        b.party("coop", "Coop", "cooperation", members=parties[:2])
        parties.append("coop")
    b.factor("f", "F")
    nodes = [*parties, "f"]
    for k in range(draw(st.integers(0, 4))):
        by, other = draw(st.sampled_from(parties)), draw(st.sampled_from(parties))
        how = draw(st.sampled_from(["alone", "with", "commissioned"]))
        b.intervention(f"i{k}", f"I{k}", by=by,
                       with_=[other] if how == "with" and other != by else [],
                       commissioned_by=other if how == "commissioned" and other != by else None)
        nodes.append(f"i{k}")
    for j in range(draw(st.integers(1, 7))):
        b.result(f"r{j}", f"R{j}", "micro", owner=draw(st.sampled_from(parties)),
                 intended=draw(st.booleans()))
        for src in draw(st.lists(st.sampled_from(nodes), min_size=1, max_size=3, unique=True)):
            b.contribute(src, f"r{j}", role=draw(st.sampled_from(["supporting", "necessary"])),
                         weight=draw(st.sampled_from([None, 1, 3])))
        nodes.append(f"r{j}")
    return b.build()
