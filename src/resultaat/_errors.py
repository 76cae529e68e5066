"""One exception root, and errors that say where, what and how to fix it."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterable, Iterator, Sequence

import attrs

HINT: contextvars.ContextVar[str] = contextvars.ContextVar(
    "resultaat_hint", default=" (did you mean {close}?)")
"""How a suggestion reads: the catalogue's ``error.did_you_mean`` in the language errors
are written in (``text.errors_in`` sets it; this base module cannot read the catalogue)."""

SHOWN_PROBLEMS = 20
"""How many problems the text of a :class:`ModelError` lists; ``problems`` holds all."""


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
        self.lang: str | None = None
        """The language the problems are written in, where the loader says (else English)."""
        super().__init__(self._text())

    def _text(self) -> str:
        n = len(self.problems)
        head = f"the model has {n:,} problem{'s' if n != 1 else ''}:"
        lines = [head, *(f"  - {p}" for p in self.problems[:SHOWN_PROBLEMS])]
        if n > SHOWN_PROBLEMS:
            rest = n - SHOWN_PROBLEMS
            lines.append(f"  … and {rest:,} more problem{'s' if rest != 1 else ''} "
                         "(all are in .problems)")
        return "\n".join(lines)


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


class UnknownIdError(KeyError, ResultaatError):
    """An id (of a party, result, node or example) that is not there.

    A ``KeyError`` too, as ``networkx.NodeNotFound`` is; ``str()`` gives the
    message without the quotes ``KeyError`` adds.

    >>> err = UnknownIdError("no party 'x' in the model", "x")
    >>> str(err), err.id
    ("no party 'x' in the model", 'x')
    """

    def __init__(self, message: str, id: str | None = None) -> None:
        super().__init__(message)
        self.id = id

    def __str__(self) -> str:
        return str(self.args[0])


class SettingError(ValueError, ResultaatError):
    """A setting or option that is not one of its valid values (engine, language, format)."""


class UsageError(TypeError, ResultaatError):
    """A function was called with an argument it does not take."""


class MissingExtraError(ImportError, ResultaatError):
    """An optional package or system library that a feature needs is not installed.

    The message says what is missing and how to install it.
    """


def listing(options: Iterable[str], most: int = SHOWN_PROBLEMS) -> str:
    """The valid options for a message: the first ``most``, then how many more.

    >>> listing(["a", "b"])
    'a, b'
    >>> listing([f"p{i}" for i in range(25)], most=3)
    'p0, p1, p2 … and 22 more'
    >>> listing([])
    'none'
    """
    first: list[str] = []
    n = 0
    for o in options:
        if n < most:
            first.append(o if len(o) <= 60 else shown(o))
        n += 1
    text = ", ".join(first) or "none"
    return text if n <= most else f"{text} … and {n - most:,} more"


def shown(value: object, limit: int = 60) -> str:
    """Describe a value for a message, in bounded time and length.

    Small values are shown as Python writes them; big ones by type and size,
    so a message never expands a huge text, a shared YAML alias or a number
    of thousands of digits.

    >>> shown("mezo")
    "'mezo'"
    >>> shown("x" * 50_000_000)
    'a text of 50,000,000 characters'
    >>> shown(list(range(1_000_000)))
    'a list of 1,000,000 items'
    >>> shown(10 ** 400)
    'a number of 401 digits'
    """
    if isinstance(value, str):
        return repr(value) if len(value) <= limit else f"a text of {len(value):,} characters"
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        if value.bit_length() <= 64:
            return repr(value)
        digits = len(str(abs(value))) if value.bit_length() < 4000 else None
        return f"a number of {digits} digits" if digits else "a number of more than 1,000 digits"
    if isinstance(value, list | tuple | dict):
        text = _small_repr(value, limit)
        if text is not None:
            return text
        what = "a mapping of" if isinstance(value, dict) else "a list of"
        unit = "keys" if isinstance(value, dict) else "items"
        n = len(value)
        return f"{what} {n:,} {unit[:-1] if n == 1 else unit}"
    return f"a {type(value).__name__}"


def _small_repr(value: list[object] | tuple[object, ...] | dict[object, object],
                limit: int) -> str | None:
    """``repr(value)`` if it holds only a few short plain values, else ``None``."""
    items = list(value.items()) if isinstance(value, dict) else list(value)
    if len(items) > 8:
        return None
    flat: list[object] = []
    for item in items:
        flat.extend(item if isinstance(item, tuple) and isinstance(value, dict) else (item,))
    plain = all(x is None or (isinstance(x, str | int | float) and not (
        (isinstance(x, str) and len(x) > limit) or (isinstance(x, int) and x.bit_length() > 64)))
        for x in flat)
    if not plain:
        return None
    text = repr(value)
    return text if len(text) <= limit else None


_HINTS: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar(
    "resultaat_hints", default=None)
HINT_BUDGET = 100_000
"""How many options the fuzzy "did you mean" searches of one load or validation may compare."""


@contextlib.contextmanager
def bounded_hints(budget: int = HINT_BUDGET) -> Iterator[None]:
    """Within this block, fuzzy searches compare at most ``budget`` options in all.

    Exact, case-insensitive and prefix matches are always suggested; the
    fuzzy search (``difflib``) costs time per option compared and runs only
    while the budget lasts (nested blocks share it), so thousands of
    mistyped ids cannot make a check take minutes.
    """
    if _HINTS.get() is not None:
        yield
        return
    token = _HINTS.set([budget])
    try:
        yield
    finally:
        _HINTS.reset(token)


def _may_search(cost: int) -> bool:
    left = _HINTS.get()
    if left is None:
        return True
    if left[0] < cost:
        left[0] = 0
        return False
    left[0] -= cost
    return True


class Suggester:
    """Suggestions among a fixed set of options, for many mistyped words.

    The options are indexed once; a lookup is then a dictionary probe, a
    binary search for a prefix, and a fuzzy search over at most
    ``WINDOW`` options near the word in sorted order (all options when there
    are no more than that, giving the same answer as :func:`did_you_mean`).
    A word longer than ``LONGEST`` characters gets no suggestion.
    """

    WINDOW = 5000
    LONGEST = 200

    def __init__(self, options: Iterable[str]) -> None:
        self.options = list(dict.fromkeys(options))
        self.order = {o: i for i, o in enumerate(self.options)}
        self.lowered: dict[str, list[str]] = {}
        for o in self.options:
            self.lowered.setdefault(o.lower(), []).append(o)
        self.sorted = sorted((o.lower(), self.order[o], o) for o in self.options)
        self.memo: dict[str, str | None] = {}

    def __call__(self, word: str) -> str:
        """`` (did you mean 'x'?)`` for the closest option, or an empty string."""
        if word in self.memo:
            close = self.memo[word]
        else:
            close = self._find(word)
            if len(self.memo) < 10_000:
                self.memo[word] = close
        return HINT.get().format(close=shown(close)) if close is not None else ""

    def _find(self, word: str) -> str | None:
        if len(word) > self.LONGEST:
            return None
        lowered = word.lower()
        same = [o for o in self.lowered.get(lowered, ()) if o != word]
        if same:
            return same[0]
        import bisect  # here: only a wrong name needs it

        at = bisect.bisect_left(self.sorted, (lowered,))
        if len(word) >= 3:
            run = []
            for low, i, o in self.sorted[at:at + self.WINDOW]:
                if not low.startswith(lowered):
                    break
                if o != word:
                    run.append((i, o))
            if run:
                return min(run)[1]
        if not _may_search(min(len(self.options), self.WINDOW)):
            return None
        if len(self.options) <= self.WINDOW:
            near = [o for o in self.options if o != word]
        else:
            lo = max(0, at - self.WINDOW // 2)
            near = [o for _, _, o in self.sorted[lo:lo + self.WINDOW] if o != word]
        import difflib  # only here: the command line starts without it

        close = difflib.get_close_matches(word, near, n=1, cutoff=0.6)
        return close[0] if close else None


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """Return `` (did you mean 'x'?)`` for the closest option, or an empty string.

    >>> did_you_mean("hours", ["in work", "hours worked"])
    " (did you mean 'hours worked'?)"
    """
    return Suggester(options)(word)
