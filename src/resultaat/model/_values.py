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
from resultaat.text._catalogue import DEFAULT, N_, message

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
        msgid = N_("error.carriage_return")
    elif 0xD800 <= code <= 0xDFFF:
        msgid = N_("error.surrogate")
    elif code >= 0xFDD0:
        msgid = N_("error.noncharacter")
    else:
        msgid = N_("error.control_character")
    raise FieldError(message(DEFAULT, msgid, code=f"U+{code:04X}", at=f"{bad.start() + 1:,}"))


def text(value: object) -> str:
    if isinstance(value, str) and value.strip():
        return clean_text(value)
    if isinstance(value, str):
        clean_text(value)
        raise FieldError(message(DEFAULT, "error.empty"))
    raise FieldError(message(DEFAULT, "error.not_text", got=_shown(value)))


def identifier(value: object) -> str:
    s = text(value)
    if s != s.strip():
        raise FieldError(message(DEFAULT, "error.id_spaces", got=_shown(s)))
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
                message(DEFAULT, "error.not_one_of", got=_shown(value), allowed=", ".join(allowed))
                + (_hint(value, kind) if len(value) <= 200 else "")
            )
        raise FieldError(message(DEFAULT, "error.must_be_one_of", allowed=", ".join(allowed),
                                 got=_shown(value)))

    inner.__name__ = f"choice_{kind.__name__}"
    return inner


@functools.lru_cache(maxsize=1024)
def _hint(value: str, kind: type[enum.Enum]) -> str:
    return did_you_mean(value, [m.value for m in kind])


def number(value: object) -> float:
    if isinstance(value, str):
        raise FieldError(message(DEFAULT, "error.number_as_text", got=_shown(value)))
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldError(message(DEFAULT, "error.not_a_number", got=_shown(value)))
    if isinstance(value, float) and not math.isfinite(value):
        raise FieldError(message(DEFAULT, "error.not_finite", got=repr(value)))
    if not -MAX_NUMBER <= value <= MAX_NUMBER:
        raise FieldError(message(DEFAULT, "error.number_range", low=f"-{MAX_NUMBER:,.0f}",
                                 high=f"{MAX_NUMBER:,.0f}", got=_shown(value)))
    return value


def positive(value: object) -> float:
    n = number(value)
    if n <= 0:
        raise FieldError(message(DEFAULT, "error.not_positive", got=repr(n)))
    return n


def non_negative(value: object) -> float:
    n = number(value)
    if n < 0:
        raise FieldError(message(DEFAULT, "error.negative", got=repr(n)))
    return n


def fraction(value: object) -> float:
    n = number(value)
    if not 0 <= n <= 1:
        raise FieldError(message(DEFAULT, "error.not_fraction", got=repr(n)))
    return n


def whole_years(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_YEARS:
        raise FieldError(message(DEFAULT, "error.not_years", most=MAX_YEARS, got=_shown(value)))
    return value


def flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise FieldError(message(DEFAULT, "error.not_flag", got=_shown(value)))


def identifiers(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (identifier(value),)
    if not isinstance(value, list | tuple):
        raise FieldError(message(DEFAULT, "error.not_id_list", got=_shown(value)))
    out = []
    for i, item in enumerate(value):
        try:
            out.append(identifier(item))
        except FieldError as e:
            raise FieldError(message(DEFAULT, "error.item", index=i, error=e)) from None
    return tuple(out)


def texts(value: object) -> tuple[str, ...]:
    """A list of texts (one text alone is a list of one)."""
    if isinstance(value, str):
        return (text(value),)
    if not isinstance(value, list | tuple):
        raise FieldError(message(DEFAULT, "error.not_text_list", got=_shown(value)))
    out = []
    for i, item in enumerate(value):
        try:
            out.append(text(item))
        except FieldError as e:
            raise FieldError(message(DEFAULT, "error.item", index=i, error=e)) from None
    return tuple(out)


def weight(value: object) -> float | tuple[float, float]:
    """A positive number, or a range ``[low, high]`` of two with low ≤ high."""
    if not isinstance(value, list | tuple):
        return positive(value)
    if len(value) != 2:
        raise FieldError(message(DEFAULT, "error.weight_range", got=_shown(value)))
    low, high = positive(value[0]), positive(value[1])
    if low > high:
        raise FieldError(message(DEFAULT, "error.weight_order", low=repr(low), high=repr(high)))
    return (low, high)
