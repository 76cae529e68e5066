"""Reading model-file text into plain values (dicts, lists, text, numbers), in bounded time.

YAML is read event by event from PyYAML's safe parser (libyaml when it is
there), never composed into a node tree first, so the limits on size, depth
and aliases hold while reading. Plain scalars are resolved the way a policy
advisor means them, close to the YAML 1.2 core schema: ``010`` is ten,
``yes``, ``0x10``, ``1:30`` and ``1_000`` stay text (and are refused where a
number or ``true``/``false`` is wanted), only ``true`` and ``false`` are
booleans. No tag constructs an object.

A value that cannot be read as written (a key given twice, a number too
long to be real, ``!!bool maybe``) becomes a :class:`Bad` marker; the
caller reports every marker at once, located.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

import yaml

from resultaat._errors import ModelError, Problem, shown
from resultaat.model._values import MAX_NUMBER
from resultaat.text._catalogue import N_, message
from resultaat.text._languages import error_language as _lang
from resultaat.text._numbers import error_number as _num

MAX_DEPTH = 32
MAX_NODES = 3_000_000
MAX_DIGITS = 100
"""The longest number (in characters) that is read at all; anything longer is refused."""

CORE = "tag:yaml.org,2002:"

try:
    Parser: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    Parser = yaml.SafeLoader

_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False,
         "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_SPECIAL_FLOAT = {s: float(s.replace(".", "").lower()) for s in (
    ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    ".nan", ".NaN", ".NAN")}
_MAYBE_TYPED = frozenset("0123456789+-.~nNtTfF")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_TAG_KIND = {CORE + "int": N_("error.tag_int"), CORE + "float": N_("error.tag_float"),
             CORE + "bool": N_("error.tag_bool"), CORE + "null": N_("error.tag_null")}


class Bad:
    """A value that could not be read as written; ``message`` says why and what to write."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


def fail(name: str, message: str, line: int | None = None) -> ModelError:
    """A :class:`ModelError` about the file as a whole."""
    return ModelError([Problem("", message, name, line)])


def part(key: str) -> str:
    """A key as it appears in a place such as ``results[3].owner``: short and printable."""
    return key if len(key) <= 60 and key.isprintable() else shown(key)


def check_characters(text: str, name: str) -> None:
    """Refuse text (handed to ``loads`` as a Python string) that holds lone surrogates."""
    bad = _SURROGATE.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        raise fail(name, message(_lang(), "error.text_surrogate",
                                 code=f"U+{ord(bad.group()):04X}"), line)


def plain(value: str) -> Any:
    """The value of a plain (unquoted) YAML scalar: null, bool, decimal number or text."""
    if value and value[0] not in _MAYBE_TYPED:
        return value
    if value in _NULL:
        return None
    if value in _BOOL:
        return _BOOL[value]
    if value in _SPECIAL_FLOAT:
        return _SPECIAL_FLOAT[value]
    whole = _INT.fullmatch(value) is not None
    if not whole and _FLOAT.fullmatch(value) is None:
        return value
    return number(value, whole=whole)


def number(text: str, *, whole: bool) -> Any:
    """A decimal number written in ``text``; a :class:`Bad` when it is too long or too large."""
    if len(text) > MAX_DIGITS:
        return Bad(message(_lang(), "error.number_too_long", length=_num(len(text)),
                           most=_num(MAX_NUMBER)))
    if whole:
        return int(text)
    out = float(text)
    if not math.isfinite(out):
        return Bad(message(_lang(), "error.number_too_large", got=text,
                           most=_num(MAX_NUMBER)))
    return out


class YamlReader:
    """Reads one YAML document into plain values, counting values as it goes.

    Aliases share the value of their anchor, never copy it; they count as
    the number of values they stand for, so a file whose aliases would
    expand to more than ``MAX_NODES`` values is refused at once.
    """

    def __init__(self, text: str, name: str) -> None:
        self.text = text
        self.name = name
        self.count = 0
        self.bad = 0
        self.strings: dict[str, str] = {}

    def read(self) -> Any:
        """The document's value.

        Raises:
            ModelError: not YAML, more than one document, too big or too deep, a tag or alias
                that a model file may not hold.
        """
        parser = None
        try:
            parser = Parser(self.text)  # the pure-Python reader checks characters here
            return self._document(parser)
        except yaml.reader.ReaderError as e:
            code = e.character if isinstance(e.character, int) else ord(e.character)
            raise fail(self.name, message(_lang(), "error.file_bad_character",
                                          code=f"U+{code:04X}"),
                       self.text.count("\n", 0, e.position) + 1) from None
        except yaml.MarkedYAMLError as e:
            mark = e.problem_mark or e.context_mark
            what = e.problem or e.context or message(_lang(), "error.yaml_unreadable")
            line = mark.line + 1 if mark is not None else None
            col = (message(_lang(), "error.at_column", column=mark.column + 1)
                   if mark is not None else "")
            raise fail(self.name, message(_lang(), "error.not_yaml", what=what, column=col),
                       line) from None
        except yaml.YAMLError as e:
            raise fail(self.name, message(_lang(), "error.not_yaml", what=shown(str(e), 200),
                                          column="")) from None
        finally:
            if parser is not None:
                parser.dispose()

    def _document(self, parser: Any) -> Any:
        parser.get_event()  # stream start
        if parser.check_event(yaml.StreamEndEvent):
            raise fail(self.name, message(_lang(), "error.no_data"))
        parser.get_event()  # document start
        value = self._value(parser)
        parser.get_event()  # document end
        if not parser.check_event(yaml.StreamEndEvent):
            line = parser.peek_event().start_mark.line + 1
            raise fail(self.name, message(_lang(), "error.two_documents"), line)
        return value

    def _value(self, parser: Any) -> Any:
        anchors: dict[str, tuple[Any, int]] = {}
        opened: set[str] = set()
        stack: list[list[Any]] = []  # [container, size, anchor, pending key, key repeated]
        while True:
            event = parser.get_event()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                value, size = self._scalar(event), 1
                if event.anchor is not None:
                    anchors[event.anchor] = (value, 1)
                self.count += 1
            elif kind is yaml.AliasEvent:
                value, size = self._alias(event, anchors, opened)
                self.count += size
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                stack.append(self._start(event, kind, len(stack), anchors, opened))
                continue
            else:  # the end of a mapping or sequence
                frame = stack.pop()
                value, size = frame[0], frame[1]
                if frame[2] is not None:
                    opened.discard(frame[2])
                    anchors[frame[2]] = (value, size)
                self.count += 1
            if self.count > MAX_NODES:
                raise self._too_big(event)
            if not stack:
                return value
            self._attach(stack[-1], value, size, event)

    def _too_big(self, event: Any) -> ModelError:
        line = event.start_mark.line + 1
        if type(event) is yaml.AliasEvent:
            return fail(self.name, message(_lang(), "error.alias_too_big",
                                           alias=part(str(event.anchor)), most=_num(MAX_NODES)),
                        line)
        return fail(self.name, message(_lang(), "error.too_many_values", most=_num(MAX_NODES)),
                    line)

    def _start(self, event: Any, kind: type, depth: int, anchors: dict[str, tuple[Any, int]],
               opened: set[str]) -> list[Any]:
        line = event.start_mark.line + 1
        if depth >= MAX_DEPTH:
            raise fail(self.name, message(_lang(), "error.too_deep", most=MAX_DEPTH), line)
        mapping = kind is yaml.MappingStartEvent
        if event.tag not in (None, "!", CORE + ("map" if mapping else "seq")):
            raise self._tag(event.tag, line)
        container: Any = {} if mapping else []
        if event.anchor is not None:
            anchors[event.anchor] = (container, 1)
            opened.add(event.anchor)
        return [container, 1, event.anchor, _NO_KEY, False]

    def _alias(self, event: Any, anchors: dict[str, tuple[Any, int]],
               opened: set[str]) -> tuple[Any, int]:
        line = event.start_mark.line + 1
        if event.anchor not in anchors:
            raise fail(self.name, message(_lang(), "error.alias_no_anchor",
                                          alias=part(event.anchor)), line)
        if event.anchor in opened:
            raise fail(self.name, message(_lang(), "error.alias_inside",
                                          alias=part(event.anchor)), line)
        return anchors[event.anchor]

    def _attach(self, frame: list[Any], value: Any, size: int, event: Any) -> None:
        frame[1] += size
        container = frame[0]
        if type(container) is list:
            container.append(value)
        elif frame[3] is _NO_KEY:
            if not isinstance(value, str):
                raise fail(self.name, message(_lang(), "error.key_not_word", got=shown(value)),
                           event.start_mark.line + 1)
            frame[3], frame[4] = value, value in container
        else:
            if frame[4]:
                self.bad += 1
                value = Bad(message(_lang(), "error.key_twice", key=shown(frame[3])))
            elif frame[3] == "<<":
                self.bad += 1
                value = Bad(message(_lang(), "error.merge_key"))
            container[frame[3]] = value
            frame[3] = _NO_KEY

    def _scalar(self, event: Any) -> Any:
        tag, value = event.tag, event.value
        if tag is None and event.implicit[0]:
            out = plain(value)
            if type(out) is str:
                return self.strings.setdefault(out, out) if len(out) <= 64 else out
            if type(out) is Bad:
                self.bad += 1
            return out
        if tag is None or tag == "!" or tag == CORE + "str":
            return self.strings.setdefault(value, value) if len(value) <= 64 else value
        if tag in _TAG_KIND:
            return self._tagged(tag, value)
        raise self._tag(tag, event.start_mark.line + 1)

    def _tagged(self, tag: str, value: str) -> Any:
        out = plain(value)
        fits = {CORE + "int": type(out) is int, CORE + "null": out is None,
                CORE + "bool": type(out) is bool,
                CORE + "float": type(out) in (int, float)}[tag]
        if fits:
            return float(out) if tag == CORE + "float" else out
        self.bad += 1
        if type(out) is Bad:
            return out
        return Bad(message(_lang(), "error.tag_mismatch", got=shown(value),
                           kind=message(_lang(), _TAG_KIND[tag]), tag=tag.removeprefix(CORE)))

    def _tag(self, tag: str, line: int) -> ModelError:
        return fail(self.name, message(_lang(), "error.tag_not_allowed", tag=shown(tag)), line)


_NO_KEY = object()


def read_json(text: str, name: str) -> tuple[Any, int]:
    """The value of a JSON text, and how many :class:`Bad` markers it holds.

    Duplicate keys, numbers too long or too large, ``NaN`` and ``Infinity``
    become markers, so that they are reported with every other problem.
    """
    import json  # only for a JSON file: the command line starts without it

    brackets = text.count("[") + text.count("{")
    if brackets + text.count('"') // 2 > MAX_NODES:
        raise fail(name, message(_lang(), "error.json_too_many_values", most=_num(MAX_NODES)))
    bad = [0]

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)
        if len(out) != len(items):
            seen: set[str] = set()
            for key, _ in items:
                if key in seen:
                    out[key] = Bad(message(_lang(), "error.key_twice", key=shown(key)))
                    bad[0] += 1
                seen.add(key)
        return out

    def marked(value: Any) -> Any:
        if type(value) is Bad:
            bad[0] += 1
        return value

    def constant(word: str) -> Any:
        return marked(Bad(message(_lang(), "error.json_constant", word=word)))

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=constant,
                          parse_int=lambda s: marked(number(s, whole=True)),
                          parse_float=lambda s: marked(number(s, whole=False)))
    except json.JSONDecodeError as e:
        raise fail(name, message(_lang(), "error.not_json", what=e.msg, column=e.colno),
                   e.lineno) from None
    except RecursionError:
        raise fail(name, message(_lang(), "error.json_too_deep")) from None
    return data, bad[0]


def bad_places(data: Any) -> list[Problem]:
    """Every :class:`Bad` marker in ``data``, with its place (shared values visited once)."""
    problems: list[Problem] = []
    seen: set[int] = set()
    todo: list[tuple[str, Any]] = [("", data)]
    while todo:
        where, value = todo.pop()
        if type(value) is Bad:
            problems.append(Problem(where, value.message))
        elif isinstance(value, list | dict) and id(value) not in seen:
            seen.add(id(value))
            if isinstance(value, dict):
                todo.extend((f"{where}.{part(k)}" if where else part(k), x)
                            for k, x in value.items())
            else:
                todo.extend((f"{where}[{i}]", x) for i, x in enumerate(value))
    problems.reverse()
    return problems


def line_map(text: str, wanted: set[str]) -> dict[str, int]:
    """The line of each wanted place (``results[3].owner``), read from YAML or JSON text.

    A key given twice maps to its last line. Text that the YAML parser
    cannot read gives what was found before the trouble.
    """
    lines: dict[str, int] = {}
    text = _ESCAPED_SURROGATE.sub(r"\\u0020", text)  # refused later, but unreadable to libyaml
    try:
        for where, line in _places(text):
            if where in wanted:
                lines[where] = line
    except (yaml.YAMLError, UnicodeError):
        pass
    return lines


def _places(text: str) -> Iterator[tuple[str, int]]:
    parser = Parser(text)
    stack: list[list[Any]] = []  # [path, next index or key, is mapping, expecting a key]
    try:
        while not parser.check_event(yaml.DocumentEndEvent, yaml.StreamEndEvent):
            event = parser.get_event()
            kind = type(event)
            if kind in (yaml.StreamStartEvent, yaml.DocumentStartEvent):
                continue
            if kind in (yaml.MappingEndEvent, yaml.SequenceEndEvent):
                stack.pop()
                continue
            where = _place(stack, event)
            if where is None:
                continue
            yield where, event.start_mark.line + 1
            if kind in (yaml.MappingStartEvent, yaml.SequenceStartEvent):
                stack.append([where, 0 if kind is yaml.SequenceStartEvent else None,
                              kind is yaml.MappingStartEvent, True])
    finally:
        parser.dispose()


def _place(stack: list[list[Any]], event: Any) -> str | None:
    """The place of the node this event starts, or ``None`` when it is a key."""
    if not stack:
        return ""
    frame = stack[-1]
    if not frame[2]:
        frame[1] += 1
        return f"{frame[0]}[{frame[1] - 1}]"
    if frame[3]:
        frame[3] = False
        frame[1] = part(event.value) if type(event) is yaml.ScalarEvent else "?"
        if type(event) is not yaml.ScalarEvent and type(event) is not yaml.AliasEvent:
            return f"{frame[0]}.?"  # a mapping or list as a key: refused when read
        return None
    frame[3] = True
    return f"{frame[0]}.{frame[1]}" if frame[0] else frame[1]
