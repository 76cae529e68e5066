"""One exception root, and errors that say where, what and how to fix it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

import attrs


class ResultaatError(Exception):
    """Root of every error that resultaat raises on purpose."""


@attrs.frozen
class Problem:
    """One thing wrong with a model, with where it is.

    Attributes:
        where: the path inside the model, such as ``results[3].owner``
            (empty for the file as a whole).
        message: what is wrong and what to do about it.
        file: the file it came from, if any.
        line: the 1-based line in that file, if known.
    """

    where: str
    message: str
    file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        place = ""
        if self.file is not None:
            place = self.file + (f":{self.line}" if self.line is not None else "")
        if self.where:
            place = f"{place} @ {self.where}" if place else self.where
        return f"{place}: {self.message}" if place else self.message


class ModelError(ValueError, ResultaatError):
    """A model (or model file) is wrong; ``problems`` lists every problem found.

    >>> err = ModelError([Problem("results[0].owner", "missing")])
    >>> str(err)
    'the model has 1 problem:\\n  - results[0].owner: missing'
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(self._text())

    def _text(self) -> str:
        n = len(self.problems)
        head = f"the model has {n} problem{'s' if n != 1 else ''}:"
        return "\n".join([head, *(f"  - {p}" for p in self.problems)])


class RenderError(RuntimeError, ResultaatError):
    """A diagram could not be rendered (engine missing, format not available)."""


class MeasurementError(ValueError, ResultaatError):
    """Measurements are wrong; ``problems`` lists every bad row, ``valid`` the good ones."""

    def __init__(self, problems: Sequence[Problem], valid: Sequence[object] = ()) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.valid: tuple[object, ...] = tuple(valid)
        n = len(self.problems)
        lines = [f"{n} measurement problem{'s' if n != 1 else ''}:"]
        lines += [f"  - {p}" for p in self.problems[:50]]
        if n > 50:
            lines.append(f"  … and {n - 50} more (see .problems)")
        super().__init__("\n".join(lines))


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """Return `` (did you mean 'x'?)`` for the closest option, or an empty string.

    >>> did_you_mean("hours", ["in work", "hours worked"])
    " (did you mean 'hours worked'?)"
    """
    options = [o for o in options if o != word]
    lowered = word.lower()
    close = [o for o in options if o.lower() == lowered]
    close = close or [o for o in options if len(word) >= 3 and o.lower().startswith(lowered)]
    close = close or difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
