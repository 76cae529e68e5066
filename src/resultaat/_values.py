"""Checks and conversions for single field values, shared by Python and model files.

Each coercer takes a raw value and returns the clean one, or raises
:class:`FieldError` with a message that says what was expected and what
arrived. The Python constructors and the file loader use the same coercers,
so a value means the same thing on both ways in.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable
from typing import Any, TypeVar

from resultaat._errors import did_you_mean

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


class FieldError(Exception):
    """One bad value; the message names what was expected."""


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def text(value: object) -> str:
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, str):
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
            hint = did_you_mean(value, allowed)
            raise FieldError(
                f"{value!r} is not one of {', '.join(allowed)}{hint}"
            )
        raise FieldError(f"must be one of {', '.join(allowed)}, got {_shown(value)}")

    inner.__name__ = f"choice_{kind.__name__}"
    return inner


def number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldError(f"must be a number, got {_shown(value)}")
    if not math.isfinite(value):
        raise FieldError(f"must be a finite number, got {value!r}")
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
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise FieldError(f"must be a whole number of years, 1 or more, got {_shown(value)}")
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
