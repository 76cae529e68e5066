"""Periods of time as municipalities report them: years, halves, quarters, months, days."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from resultaat._errors import shown
from resultaat.model._values import FieldError
from resultaat.text._catalogue import message
from resultaat.text._languages import error_language as _lang

_PATTERN = re.compile(
    r"(?P<year>[0-9]{4})(?:-(?:(?P<half>H[12])|(?P<quarter>Q[1-4])|(?P<month>[0-9]{2})"
    r"(?:-(?P<day>[0-9]{2}))?))?"
)


@attrs.frozen(eq=False, order=False)
class Period:
    """A span of days with the label a person wrote.

    Two periods are equal when they cover the same days, whatever their
    label; they sort by start, then by end. Comparison and hashing use a
    precomputed key, as roll-ups of millions of rows compare periods millions
    of times.

    >>> Period.parse("2025-Q3")
    Period(start=datetime.date(2025, 7, 1), end=datetime.date(2025, 9, 30), label='2025-Q3')
    >>> Period.parse("2025-H1").end
    datetime.date(2025, 6, 30)
    """

    start: dt.date
    end: dt.date
    label: str
    _key: tuple[int, int] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_key", (self.start.toordinal(), self.end.toordinal()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Period) and self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __lt__(self, other: Period) -> bool:
        return self._key < other._key

    def __le__(self, other: Period) -> bool:
        return self._key <= other._key

    def __gt__(self, other: Period) -> bool:
        return self._key > other._key

    def __ge__(self, other: Period) -> bool:
        return self._key >= other._key

    @classmethod
    def parse(cls, value: object) -> Period:
        """Read ``2025``, ``2025-H1``, ``2025-Q3``, ``2025-07`` or ``2025-07-15``.

        Raises:
            FieldError: the value is none of those forms.
        """
        if isinstance(value, Period):
            return value
        if isinstance(value, dt.date):
            return cls(value, value, value.isoformat())
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**9:
            value = str(value)
        if not isinstance(value, str):
            raise FieldError(message(_lang(), "error.not_a_period", got=shown(value)))
        m = _PATTERN.fullmatch(value.strip())
        if not m:
            raise FieldError(message(_lang(), "error.bad_period", got=shown(value)))
        year = int(m["year"])
        try:
            if m["half"]:
                h = int(m["half"][1])
                start, end = dt.date(year, 6 * h - 5, 1), _month_end(year, 6 * h)
            elif m["quarter"]:
                q = int(m["quarter"][1])
                start, end = dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
            elif m["day"]:
                start = end = dt.date(year, int(m["month"]), int(m["day"]))
            elif m["month"]:
                month = int(m["month"])
                start, end = dt.date(year, month, 1), _month_end(year, month)
            else:
                start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        except ValueError:
            raise FieldError(message(_lang(), "error.not_a_date", got=shown(value))) from None
        return cls(start, end, value.strip())

    def __str__(self) -> str:
        return self.label

    @property
    def months(self) -> float:
        """Where the period ends, in months since the year 0: a path's time axis.

        A path is drawn between period ends, so that from a 2024 baseline
        to a 2027 deadline, 2025 is a third of the way and 2025-H1 a sixth.

        >>> Period.parse("2025").months - Period.parse("2024").months
        12.0
        """
        end = self.end
        return end.year * 12 + end.month - 1 + end.day / _month_end(end.year, end.month).day


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def period(value: object) -> Period:
    """Coercer for model fields."""
    return Period.parse(value)
