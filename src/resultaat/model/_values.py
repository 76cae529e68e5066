"""Checks and conversions for single field values, shared by Python and model files.

Each coercer takes a raw value and returns the clean one, or raises
:class:`FieldError` with a message that says what was expected and what
arrived. The Python constructors and the file loader use the same coercers,
so a value means the same thing on both ways in.
"""

from __future__ import annotations

import enum
import functools
import math
import re
from collections.abc import Callable
from typing import Any, TypeVar

from resultaat._errors import ResultaatError, did_you_mean, shown

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


class FieldError(ValueError, ResultaatError):
    """One bad value; the message names what was expected.

    Usually caught and reported with its place as a :class:`ModelError`; a
    public function that checks a single value (``Period.parse``) lets it
    through, so it is a ``ResultaatError`` and a ``ValueError`` as well.
    """


MAX_NUMBER = 1e15
"""The largest size of any number in a model: amounts, values, targets, weights."""

MAX_YEARS = 100
"""The longest ``duration`` of a result, in years."""

_shown = shown

_BAD_CHARACTER = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
    + "]"
)
"""Characters no text may hold: control characters other than tab and line feed
(carriage return included), lone surrogates and Unicode noncharacters."""


def clean_text(value: str) -> str:
    """Refuse text with characters that no file, picture or report can carry.

    Raises:
        FieldError: naming the first bad character and where it is.
    """
    bad = _BAD_CHARACTER.search(value)
    if bad is None:
        return value
    code = ord(bad.group())
    if code == 0x0D:
        what, fix = "a carriage return", "end lines with a plain line break"
    elif 0xD800 <= code <= 0xDFFF:
        what, fix = "half of a surrogate pair (a broken character)", "remove it"
    elif code >= 0xFDD0:
        what, fix = "a Unicode noncharacter", "remove it"
    else:
        what, fix = "a control character", "remove it"
    raise FieldError(f"the text holds {what} (U+{code:04X}) at character {bad.start() + 1:,}; "
                     f"{fix}")


def text(value: object) -> str:
    if isinstance(value, str) and value.strip():
        return clean_text(value)
    if isinstance(value, str):
        clean_text(value)
        raise FieldError("must not be empty")
    raise FieldError(f"must be text, got {_shown(value)}; put it in quotes")


def identifier(value: object) -> str:
    s = text(value)
    if s != s.strip():
        raise FieldError(f"an id must not start or end with spaces, got {_shown(s)}")
    return s


def optional(coerce: Callable[[Any], T]) -> Callable[[Any], T | None]:
    def inner(value: object) -> T | None:
        return None if value is None else coerce(value)

    inner.__name__ = f"optional_{coerce.__name__}"
    return inner


def choice(kind: type[E]) -> Callable[[Any], E]:
    allowed = [m.value for m in kind]

    def inner(value: object) -> E:
        if isinstance(value, kind):
            return value
        if isinstance(value, str):
            for member in kind:
                if member.value == value:
                    return member
            raise FieldError(
                f"{_shown(value)} is not one of {', '.join(allowed)}"
                f"{_hint(value, kind) if len(value) <= 200 else ''}"
            )
        raise FieldError(f"must be one of {', '.join(allowed)}, got {_shown(value)}")

    inner.__name__ = f"choice_{kind.__name__}"
    return inner


@functools.lru_cache(maxsize=1024)
def _hint(value: str, kind: type[enum.Enum]) -> str:
    return did_you_mean(value, [m.value for m in kind])


def number(value: object) -> float:
    if isinstance(value, str):
        raise FieldError(f"must be a number, got the text {_shown(value)}; write the number "
                         "in plain decimals, such as 1500 or 2.75, without quotes")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldError(f"must be a number, got {_shown(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise FieldError(f"must be a finite number, got {value!r}")
    if not -MAX_NUMBER <= value <= MAX_NUMBER:
        raise FieldError(f"must be between -{MAX_NUMBER:,.0f} and {MAX_NUMBER:,.0f}, got "
                         f"{_shown(value)}")
    return value


def positive(value: object) -> float:
    n = number(value)
    if n <= 0:
        raise FieldError(f"must be a number greater than 0, got {n!r}")
    return n


def non_negative(value: object) -> float:
    n = number(value)
    if n < 0:
        raise FieldError(f"must be 0 or more, got {n!r}")
    return n


def fraction(value: object) -> float:
    n = number(value)
    if not 0 <= n <= 1:
        raise FieldError(f"must be a fraction from 0 to 1, got {n!r}")
    return n


def whole_years(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_YEARS:
        raise FieldError(f"must be a whole number of years from 1 to {MAX_YEARS}, "
                         f"got {_shown(value)}")
    return value


def flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise FieldError(f"must be true or false, got {_shown(value)}")


def identifiers(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (identifier(value),)
    if not isinstance(value, list | tuple):
        raise FieldError(f"must be a list of ids, got {_shown(value)}")
    out = []
    for i, item in enumerate(value):
        try:
            out.append(identifier(item))
        except FieldError as e:
            raise FieldError(f"item {i}: {e}") from None
    return tuple(out)
