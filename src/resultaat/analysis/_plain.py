"""Analysis records as plain values: what every ``as_dict()`` is made of.

A plain value is one that JSON, CSV and a spreadsheet hold as it is: a
string, a whole or finite number, a boolean, ``None``, or a list or dict of
those. An enum becomes its value, a period its label, a date its ISO
spelling, a tuple a list; a number that is not finite (a deviation against a
planned change of zero) becomes ``None``, which JSON and a spreadsheet can
hold. Names and statements come from the model, next to the ids.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Iterable, Mapping
from typing import Any

from resultaat.model._model import COLLECTIVE, Model
from resultaat.model._periods import Period
from resultaat.text._catalogue import message

Plain = str | int | float | bool | None | list[Any] | dict[str, Any]


def plain(value: Any) -> Plain:
    """``value`` as a plain value (see the module doc).

    >>> plain((Period.parse("2025-Q3"), float("inf"), {"a": (1, 2)}))
    ['2025-Q3', None, {'a': [1, 2]}]
    """
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Period):
        return value.label
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [plain(v) for v in value]
    raise TypeError(f"no plain form for {type(value).__name__}")


def period_fields(p: Period) -> dict[str, Plain]:
    """A period as its label and its first and last day."""
    return {"period": p.label, "period_start": p.start.isoformat(),
            "period_end": p.end.isoformat()}


def name_of(model: Model, node: str | None, lang: str) -> str | None:
    """How a person names a node (``None`` for none); the collective in the language."""
    if node is None:
        return None
    if node == COLLECTIVE:
        return message(lang, "owner.collective")
    return model.label(node)


def names_of(model: Model, nodes: Iterable[str], lang: str) -> list[str | None]:
    """:func:`name_of` of each node."""
    return [name_of(model, n, lang) for n in nodes]
