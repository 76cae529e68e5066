"""Checks and conversions for single field values, shared by Python and model files.

Each coercer takes a raw value and returns the clean one, or raises
:class:`FieldError` with a message that says what was expected and what
arrived. The Python constructors and the file loader use the same coercers,
so a value means the same thing on both ways in.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
import re
from collections.abc import Callable
from typing import Any, TypeVar

from resultaat._errors import ResultaatError, did_you_mean, shown
from resultaat.model._dutch import english_for
from resultaat.text._catalogue import N_, message
from resultaat.text._languages import error_language as _lang
from resultaat.text._numbers import error_number as _num

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
    + "\u202a-\u202e\u2066-\u2069]"
)
"""Characters no text may hold: control characters other than tab and line feed
(carriage return included), lone surrogates, Unicode noncharacters, and the
direction embeddings, overrides and isolates, which show the text around them
in another order than it is stored ("Trojan Source"; right-to-left script needs
none of them, and the marks U+200E and U+200F stay allowed)."""


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
    elif 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        msgid = N_("error.direction_control")
    elif code >= 0xFDD0:
        msgid = N_("error.noncharacter")
    else:
        msgid = N_("error.control_character")
    raise FieldError(message(_lang(), msgid, code=f"U+{code:04X}", at=_num(bad.start() + 1)))


def text(value: object) -> str:
    if isinstance(value, str) and value.strip():
        return clean_text(value)
    if isinstance(value, str):
        clean_text(value)
        raise FieldError(message(_lang(), "error.empty"))
    raise FieldError(message(_lang(), "error.not_text", got=_shown(value)))


def identifier(value: object) -> str:
    s = text(value)
    if s != s.strip():
        raise FieldError(message(_lang(), "error.id_spaces", got=_shown(s)))
    return s


_BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def is_bsn(digits: str) -> bool:
    """Whether ``digits`` are nine digits that pass the BSN eleven-test (elfproef).

    A citizen service number (burgerservicenummer) has nine digits d1…d9
    with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11; nine zeros are not one.

    >>> is_bsn("111222333"), is_bsn("123456789"), is_bsn("000000000")
    (True, False, False)
    """
    if len(digits) != 9 or not (digits.isascii() and digits.isdigit()) or digits == "0" * 9:
        return False
    return sum(int(d) * w for d, w in zip(digits, _BSN_WEIGHTS, strict=True)) % 11 == 0


def case_id(value: object) -> str:
    """A case id: an id that is not a citizen service number.

    A case id is personal data, so no error shows the value: only what is
    wrong with it.
    """
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 10**9:
        value = str(value).zfill(9)  # a number in a model file: a BSN may lose its leading 0
        if is_bsn(value):
            raise FieldError(message(_lang(), "error.case_bsn"))
        raise FieldError(message(_lang(), "error.case_not_id"))
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise FieldError(message(_lang(), "error.case_not_id"))
    if is_bsn(value):
        raise FieldError(message(_lang(), "error.case_bsn"))
    return text(value)


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
                message(_lang(), "error.not_one_of", got=_shown(value), allowed=", ".join(allowed))
                + (_hint(value, kind, _lang()) if len(value) <= 200 else "")
            )
        raise FieldError(message(_lang(), "error.must_be_one_of", allowed=", ".join(allowed),
                                 got=_shown(value)))

    inner.__name__ = f"choice_{kind.__name__}"
    return inner


@functools.lru_cache(maxsize=1024)
def _hint(value: str, kind: type[enum.Enum], lang: str) -> str:
    """The right word for a Dutch one (``buurt`` → ``meso``), else the closest value."""
    right = english_for(kind.__name__, value)
    if right is not None:
        return message(lang, "error.dutch_word", got=_shown(value), right=_shown(right))
    return did_you_mean(value, [m.value for m in kind])


def number(value: object) -> float:
    if isinstance(value, str):
        raise FieldError(message(_lang(), "error.number_as_text", got=_shown(value)))
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldError(message(_lang(), "error.not_a_number", got=_shown(value)))
    if isinstance(value, float) and not math.isfinite(value):
        raise FieldError(message(_lang(), "error.not_finite", got=repr(value)))
    if not -MAX_NUMBER <= value <= MAX_NUMBER:
        raise FieldError(message(_lang(), "error.number_range", low=_num(-MAX_NUMBER),
                                 high=_num(MAX_NUMBER), got=_shown(value)))
    return value


def positive(value: object) -> float:
    n = number(value)
    if n <= 0:
        raise FieldError(message(_lang(), "error.not_positive", got=repr(n)))
    return n


def non_negative(value: object) -> float:
    n = number(value)
    if n < 0:
        raise FieldError(message(_lang(), "error.negative", got=repr(n)))
    return n


def fraction(value: object) -> float:
    n = number(value)
    if not 0 <= n <= 1:
        raise FieldError(message(_lang(), "error.not_fraction", got=repr(n)))
    return n


def whole_years(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_YEARS:
        raise FieldError(message(_lang(), "error.not_years", most=MAX_YEARS, got=_shown(value)))
    return value


def day(value: object) -> dt.date:
    """A date written ``2025-09-15`` (or a ``datetime.date``)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and _DAY.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise FieldError(message(_lang(), "error.not_a_day", got=_shown(value)))


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise FieldError(message(_lang(), "error.not_flag", got=_shown(value)))


def identifiers(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (identifier(value),)
    if not isinstance(value, list | tuple):
        raise FieldError(message(_lang(), "error.not_id_list", got=_shown(value)))
    out = []
    for i, item in enumerate(value):
        try:
            out.append(identifier(item))
        except FieldError as e:
            raise FieldError(message(_lang(), "error.item", index=i, error=e)) from None
    return tuple(out)


def texts(value: object) -> tuple[str, ...]:
    """A list of texts (one text alone is a list of one)."""
    if isinstance(value, str):
        return (text(value),)
    if not isinstance(value, list | tuple):
        raise FieldError(message(_lang(), "error.not_text_list", got=_shown(value)))
    out = []
    for i, item in enumerate(value):
        try:
            out.append(text(item))
        except FieldError as e:
            raise FieldError(message(_lang(), "error.item", index=i, error=e)) from None
    return tuple(out)


def weight(value: object) -> float | tuple[float, float]:
    """A positive number, or a range ``[low, high]`` of two with low ≤ high."""
    if not isinstance(value, list | tuple):
        return positive(value)
    if len(value) != 2:
        raise FieldError(message(_lang(), "error.weight_range", got=_shown(value)))
    low, high = positive(value[0]), positive(value[1])
    if low > high:
        raise FieldError(message(_lang(), "error.weight_order", low=repr(low), high=repr(high)))
    return (low, high)
