"""Result-based steering: measurements against expectations, roll-ups, readiness.

Measurements come from Python, from a model file's ``measurements`` list, or
from CSV files with one row per case × period (the form case systems and the
national monitor export). Every bad row is reported with file and line.
Large files are rolled up in one streaming pass with :func:`rollup_csv`,
which builds no record per row.
"""

from __future__ import annotations

import enum
import math
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from resultaat._errors import MeasurementError, ModelError, Problem, did_you_mean
from resultaat._errors import shown as _shown
from resultaat.analysis._index import party_id
from resultaat.analysis._plain import name_of, period_fields, plain
from resultaat.model import _values as v
from resultaat.model._model import (
    Condition,
    ConditionKind,
    Direction,
    Expected,
    Indicator,
    Intervention,
    Measurement,
    Model,
    Party,
    Recognition,
    Status,
)
from resultaat.model._periods import Period
from resultaat.model._values import MAX_NUMBER as LIMIT  # _csvfile's LIMIT
from resultaat.text._catalogue import DEFAULT, RECOGNITION, STATUS, message, plural
from resultaat.text._languages import error_language as _lang
from resultaat.text._languages import verify_language
from resultaat.text._numbers import error_number as _num

if TYPE_CHECKING:  # the CSV reader is imported when a file is read: every command starts faster
    from resultaat.model._csvfile import CsvFile, Numbers

COLUMNS = ("result", "indicator", "period", "value", "case", "area", "intervention", "goal")
REQUIRED = ("result", "indicator", "period", "value")
MIN_GROUP = 5
"""The smallest group of residents a roll-up returns: the usual rule for statistics on people."""

TOLERANCE = 0.1
"""The relative deviation from what was expected that becomes a signal (better or worse)."""


class MeasurementSet(tuple[Measurement, ...]):
    """Measurements read from a file, with the problems found in the rows left out."""

    problems: tuple[Problem, ...]

    def __new__(cls, rows: Iterable[Measurement],
                problems: Iterable[Problem] = ()) -> MeasurementSet:
        self = super().__new__(cls, rows)
        self.problems = tuple(problems)
        return self


def load_measurements(
    model: Model, source: str | os.PathLike[str], *, keep_valid: bool = False,
) -> MeasurementSet:
    """Read measurements from a CSV file (or CSV text, if it holds a line break).

    The model comes first, as in every other function; the old order
    ``load_measurements(source, model)`` still works, with a
    :class:`DeprecationWarning` (a :class:`~resultaat.Model` is never a
    source, so the two orders cannot be confused).

    The header names the columns: ``result``, ``indicator``, ``period`` and
    ``value`` are required; ``case``, ``area`` and ``intervention`` are
    optional, each at most once. Spaces around a cell are ignored. The file
    may be UTF-8 (with or without a byte order mark), UTF-16 or UTF-32 with
    one, or Windows-1252, as Excel saves it; columns are separated by ``,``
    or ``;``. The decimal sign is the one the file shows (see
    docs/model-file.md); values beyond ±10^15 are refused.

    Args:
        source: a path, or the CSV text itself.
        model: the model whose results and indicators the rows refer to.
        keep_valid: return the valid rows (with ``.problems`` listing the
            others) instead of raising.

    Raises:
        MeasurementError: a row is wrong (every problem is listed, and
            ``.valid`` holds the good rows), unless ``keep_valid``; or the
            file cannot be read or decoded at all, even with ``keep_valid``.
    """
    from resultaat.model._csvfile import CsvFile

    model, source = _model_first(model, source)
    reader = _Reader(model, CsvFile(source))
    rows = []
    for line, rec in reader:
        try:
            rows.append(Measurement(*rec))
        except ModelError as e:  # the reader checks each value; this is a safety net
            reader.problems.extend(attrs.evolve(p, file=reader.file.name, line=line)
                                   for p in e.problems)
    problems = reader.problems
    if problems and not keep_valid:
        raise MeasurementError(problems, rows)
    return MeasurementSet(rows, problems)


OLD_ORDER = ("load_measurements(source, model) is the old order; write "
             "load_measurements(model, source)")


def _model_first(model: Any, source: Any) -> tuple[Model, Any]:
    """(model, source), also from the old order (source, model), with a warning."""
    if isinstance(source, Model) and not isinstance(model, Model):
        import warnings

        warnings.warn(OLD_ORDER, DeprecationWarning, stacklevel=3)
        return source, model
    return model, source


_MISSING: Any = object()
_REMEMBERED = 4096  # distinct values whose reading is kept, for speed
_HINTED = 100  # distinct wrong ids that get a "did you mean"


class _Reader:
    """Checks CSV rows one by one; yields (line, values) for the good ones."""

    def __init__(self, model: Model, file: CsvFile) -> None:
        from resultaat.model._csvfile import Numbers

        self.model = model
        self.file = file
        self.name = file.name
        self.problems: list[Problem] = []
        self.periods: dict[str, Period] = {}
        self.ids: dict[str, str | None] = {}
        self.cases: dict[str, str | None] = {}
        self.values: dict[str, float] = {}
        self.goals: dict[str, float | None] = {"": None}
        self.wrong: dict[str, str] = {}
        self.numbers = Numbers(semicolon=file.delimiter == ";", ahead=self._ahead)
        self.unknown: dict[tuple[str, str], Problem] = {}
        self.hints: dict[tuple[str, str], str] = {}
        self.known: dict[tuple[str, str], Indicator] = {
            (r.id, i.name): i for r in model.results.values() for i in r.indicators}

    def _header(self) -> list[int] | None:
        """The position of each of COLUMNS (-1 if absent), or None after reporting why not."""
        header = self.file.header()
        if isinstance(header, Problem):
            self.problems.append(header)
            return None
        if not self.file.first.strip():
            self.problems.append(Problem("", message(_lang(), "error.csv_no_header",
                                                     columns=", ".join(COLUMNS)), self.name, 1))
            return None
        if len(header) == 1 and "\t" in header[0]:
            self.problems.append(Problem("", message(_lang(), "error.csv_tabs"), self.name, 1))
            return None
        found = len(self.problems)
        places: dict[str, list[str]] = {}
        for i, h in enumerate(header):
            places.setdefault(h, []).append(str(i + 1))
        unknown = [h for h in places if h not in COLUMNS]
        for h in unknown[:_HINTED]:
            self.problems.append(Problem(
                message(_lang(), "error.where_column", column=_shown(h)),
                message(_lang(), "error.csv_unknown_column", hint=did_you_mean(h, COLUMNS),
                        columns=", ".join(COLUMNS)), self.name, 1))
        if len(unknown) > _HINTED:
            self.problems.append(Problem("", plural(
                _lang(), "error.csv_more_unknown_columns", len(unknown) - _HINTED,
                count=_num(len(unknown) - _HINTED)), self.name, 1))
        for h, where in places.items():
            if h in COLUMNS and len(where) > 1:
                self.problems.append(Problem(
                    message(_lang(), "error.where_column", column=repr(h)),
                    message(_lang(), "error.csv_repeated_column", times=len(where),
                            columns=", ".join(where)), self.name, 1))
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            self.problems.append(Problem("", plural(
                _lang(), "error.csv_missing_columns", len(missing), missing=", ".join(missing),
                columns=", ".join(COLUMNS)), self.name, 1))
        if len(self.problems) > found:
            return None
        self.width = len(header)
        self._positions = [header.index(c) if c in header else -1 for c in COLUMNS]
        return self._positions

    def __iter__(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        import csv

        from resultaat.model._csvfile import csv_message

        pos = self._header()
        if pos is None:
            return
        p_result, p_indicator, p_period, p_value, p_case, p_area, p_int, p_goal = pos
        known, periods, values, ids = self.known, self.periods, self.values, self.ids
        cases, goals = self.cases, self.goals
        interventions, width, missing = self.model.interventions, self.width, _MISSING
        with self.file.reader() as reader:
            done = 0  # the lines read before this row, after the header
            while True:
                try:
                    for row in reader:
                        line_no = done + 2
                        done = reader.line_num
                        if len(row) == width:  # rows like those seen before: no call
                            value = values.get(row[p_value])
                            key = (row[p_result], row[p_indicator])
                            period = periods.get(row[p_period])
                            case = cases.get(row[p_case], missing) if p_case >= 0 else None
                            area = ids.get(row[p_area], missing) if p_area >= 0 else None
                            intervention = row[p_int] or None if p_int >= 0 else None
                            goal = goals.get(row[p_goal], missing) if p_goal >= 0 else None
                            if (value is not None and period is not None and key in known
                                    and case is not missing and area is not missing and (
                                        intervention is None or intervention in interventions)
                                    and goal is not missing):
                                yield line_no, (key[0], key[1], period, value, case, area,
                                                intervention, goal)
                                continue
                        rec = self._check(row, line_no, pos)
                        if rec is not None:
                            yield line_no, rec
                    return
                except csv.Error as e:
                    self.problems.append(Problem("", csv_message(e), self.name, done + 2))
                    done = reader.line_num

    def _holds_bsn(self, row: list[str], line_no: int, pos: list[int]) -> bool:
        """Whether a cell other than the value or the case holds a BSN (reported, never shown)."""
        for column, p in zip(COLUMNS, pos, strict=True):
            if p >= 0 and column not in ("value", "case", "goal") and v.is_bsn(row[p].strip()):
                self.problems.append(Problem(column, message(_lang(), "error.cell_bsn"),
                                             self.name, line_no))
                return True
        return False

    def _check(self, row: list[str], line_no: int, pos: list[int]
               ) -> tuple[Any, ...] | None:
        """The row's values, checked; None after reporting what is wrong."""
        if len(row) != self.width:
            if any(cell.strip() for cell in row):  # else a blank line
                self.problems.append(Problem("", plural(
                    _lang(), "error.csv_width", len(row), width=self.width), self.name, line_no))
            return None
        if self._holds_bsn(row, line_no, pos):
            return None
        raw = row[pos[3]]
        value = self.values.get(raw) or self._value(raw, line_no)
        key = (row[pos[0]], row[pos[1]])
        if key not in self.known:
            key = (key[0].strip(), key[1].strip())
            if key not in self.known:
                self.problems.append(self._unknown(*key, line_no))
                return None
        try:
            if isinstance(value, str):
                raise _CellError("value", value)
            period = self.periods.get(row[pos[2]])
            if period is None:
                period = self._period(row[pos[2]])
            ids = self.ids
            p_case, p_area, p_int, p_goal = pos[4:]
            case = self.cases.get(row[p_case], _MISSING) if p_case >= 0 else None
            if case is _MISSING:
                case = self._case(row[p_case])
            area = ids.get(row[p_area], _MISSING) if p_area >= 0 else None
            if area is _MISSING:
                area = self._id(row[p_area], "area")
            intervention = row[p_int] or None if p_int >= 0 else None
            if intervention is not None and intervention not in self.model.interventions:
                intervention = self._intervention(intervention)
            goal = self._goal(row[p_goal], line_no) if p_goal >= 0 else None
        except _CellError as e:
            self.problems.append(Problem(e.args[0], e.args[1], self.name, line_no))
            return None
        return (key[0], key[1], period, value, case, area, intervention, goal)

    def _goal(self, raw: str, line_no: int) -> float | None:
        """A resident's own goal: a number like a value, or nothing; a good one is remembered."""
        if raw in self.goals:
            return self.goals[raw]
        if not raw.strip():
            return None
        goal = self._value(raw, line_no)
        if isinstance(goal, str):
            raise _CellError("goal", goal)
        if len(self.goals) < _REMEMBERED:
            self.goals[raw] = goal
        return goal

    def _value(self, raw: str, line_no: int) -> float | str:
        """The value of a cell, or what is wrong with it; both are remembered."""
        wrong = self.wrong.get(raw)
        if wrong is not None:
            return wrong
        try:  # the common case first: a plain number, with a decimal point if any
            number = float(raw)
            plain = (raw.isascii() and "_" not in raw and ("." not in raw or
                     self.numbers.sign == ".") and -LIMIT <= number <= LIMIT)
        except ValueError:
            plain = False
        value = number if plain else self.numbers.read(raw, line_no)
        if isinstance(value, float) and len(self.values) < _REMEMBERED:
            self.values[raw] = value
        elif isinstance(value, str) and len(self.wrong) < _REMEMBERED:
            self.wrong[raw] = value
        return value

    def _period(self, raw: str) -> Period:
        try:
            period = Period.parse(raw)
        except v.FieldError as e:
            raise _CellError("period", str(e)) from None
        self.periods[raw] = period
        return period

    def _intervention(self, raw: str) -> str | None:
        text = raw.strip()
        if text and text not in self.model.interventions:
            raise _CellError("intervention", message(
                _lang(), "error.unknown_intervention", got=_shown(text),
                hint=self._hint(text, self.model.interventions, "intervention")))
        return text or None

    def _id(self, raw: str, column: str) -> str | None:
        """A case or area id, stripped and checked; remembered when it is good."""
        text = raw.strip()
        try:
            clean = v.identifier(text) if text else None
        except v.FieldError as e:
            raise _CellError(column, str(e)) from None
        self.ids[raw] = clean
        return clean

    def _case(self, raw: str) -> str | None:
        """A case id, stripped and checked; remembered when it is good.

        A case id is personal data: its errors never show it, and one that
        passes the BSN eleven-test is refused.
        """
        text = raw.strip()
        try:
            clean = v.case_id(text) if text else None
        except v.FieldError as e:
            raise _CellError("case", str(e)) from None
        self.cases[raw] = clean
        return clean

    def _ahead(self, numbers: Numbers) -> tuple[str, int, str] | None:
        """The first value in the file that shows its decimal sign."""
        p_value = self._positions[3]
        for line, row in self.file.rows():
            if len(row) == self.width:
                sign = numbers.shows(row[p_value])
                if sign:
                    return sign, line, row[p_value]
        return None

    def _unknown(self, result: str, indicator: str, line_no: int) -> Problem:
        found = self.unknown.get((result, indicator))
        if found is None:
            found = self.unknown[(result, indicator)] = self._unknown_text(result, indicator)
        return attrs.evolve(found, line=line_no)

    def _hint(self, word: str, options: Iterable[str], kind: str) -> str:
        """did_you_mean, for the first _HINTED distinct words: a file of wrong ids stays fast."""
        hint = self.hints.get((kind, word))
        if hint is None:
            hint = did_you_mean(word, options) if len(self.hints) < _HINTED else ""
            self.hints[(kind, word)] = hint
        return hint

    def _unknown_text(self, result: str, indicator: str) -> Problem:
        if result not in self.model.results:
            return Problem("result", message(_lang(), "error.unknown_result", got=_shown(result),
                                             hint=self._hint(result, self.model.results,
                                                             "result")), self.name)
        names = [i.name for i in self.model.results[result].indicators]
        hint = self._hint(indicator, names, f'indicator of {result}')
        return Problem("indicator", message(
            _lang(), "error.no_such_indicator", result=repr(result), got=_shown(indicator),
            hint=hint, names=", ".join(names) or message(_lang(), "error.none")), self.name)


class _CellError(Exception):
    """(column, message): one cell of a row is wrong."""


# --- progress ----------------------------------------------------------------


class Signal(enum.StrEnum):
    BETTER = "better"
    """Better than expected, beyond the tolerance: a reason to look too."""
    WORSE = "worse"
    """Worse than expected, beyond the tolerance."""
    ON_TRACK = "on_track"
    NO_TARGET = "no_target"


class Marker(enum.StrEnum):
    """The graduated progress marker a period's value reached (Outcome Mapping)."""

    EXPECT = "expect"
    """What we expect to see: on the path, or better."""
    LIKE = "like"
    """What we would like to see."""
    LOVE = "love"
    """What we would love to see."""


class Trend(enum.StrEnum):
    IMPROVING = "improving"
    WORSENING = "worsening"
    STABLE = "stable"


@attrs.frozen
class Progress:
    """One indicator in one period: expected against realised.

    Attributes:
        result, indicator: which indicator.
        period: the period.
        baseline: the indicator's baseline.
        target: the target in force during the period (to be reached by
            the indicator's deadline, if it has one).
        revision: why the target in force was set, if it was revised.
        realised: the mean of the values measured in the period.
        count: how many values (cases) that mean is over.
        deviation: realised − expected, signed so that positive is better
            whichever way the indicator should go: 5 weeks against 4
            expected, where fewer is better, is −1 (``None`` without a
            target).
        relative: the deviation as a fraction of the planned change
            (target − baseline), or of the target when there is no baseline.
        signal: see :class:`Signal`.
        trend: against the period before (``None`` for the first).
        expected: what was expected in this period: the value on the path
            to the target (see :meth:`~resultaat.Indicator.expected_at`),
            the target itself when the indicator has no deadline.
        marker: the graduated marker reached, where the path has them
            (``None`` below what was expected, or without markers).
    """

    result: str
    indicator: str
    period: Period
    baseline: float | None
    target: float | None
    revision: str | None
    realised: float
    count: int
    deviation: float | None
    relative: float | None
    signal: Signal
    trend: Trend | None
    expected: float | None = None
    marker: Marker | None = None

    def as_dict(self, model: Model, *, lang: str | None = None) -> dict[str, Any]:
        """The progress as plain values, with the result's statement beside its id.

        ``relative`` is ``None`` where the planned change is zero (it would
        be infinite); ``deviation`` still says by how much.

        >>> import resultaat
        >>> m = resultaat.example("steering")
        >>> row = progress(m)[0].as_dict(m)
        >>> row["period"], row["period_start"], row["realised"], row["signal"]
        ('2024-H2', '2024-07-01', 88.0, 'better')
        """
        lang = verify_language(model.language.value if lang is None else lang)
        return {
            "result": self.result, "result_statement": name_of(model, self.result, lang),
            "indicator": self.indicator, **period_fields(self.period), "baseline": self.baseline,
            "target": self.target, "revision": self.revision, "expected": self.expected,
            "realised": plain(self.realised), "count": self.count,
            "deviation": plain(self.deviation), "relative": plain(self.relative),
            "signal": plain(self.signal), "marker": plain(self.marker),
            "trend": plain(self.trend),
        }


def progress(model: Model, measurements: Iterable[Measurement] | None = None, *,
             tolerance: float = TOLERANCE) -> list[Progress]:
    """Expected against realised, per indicator and period, in model and time order.

    Measurements default to the model's own. Each period is judged against
    the value expected then: on the path to the target when the indicator
    has a deadline, else the target in force. A deviation beyond
    ``tolerance`` (a fraction of the planned change) is a signal, better or
    worse alike; where the path has graduated markers, reaching what we
    would like to see is better too.

    >>> import resultaat
    >>> m = resultaat.example("steering")
    >>> for p in progress(m)[:3]:
    ...     print(p.period, p.realised, p.target, p.signal, p.trend)
    2024-H2 88.0 80 better None
    2025-H1 74.0 80 worse worsening
    2025-H2 72.0 80 worse worsening
    >>> for p in progress(m)[8:]:
    ...     print(p.period, p.realised, p.expected, p.target, p.deviation, p.signal)
    2024 8.9 8.6 7 -0.3 worse
    2025 8.7 8.2 7 -0.5 worse
    """
    groups: dict[tuple[str, str], dict[Period, list[float]]] = {}
    for m in model.measurements if measurements is None else measurements:
        groups.setdefault((m.result, m.indicator), {}).setdefault(m.period, []).append(m.value)
    out: list[Progress] = []
    for rid, r in model.results.items():
        for ind in r.indicators:
            periods = groups.get((rid, ind.name))
            if not periods:
                continue
            previous: float | None = None
            for period in sorted(periods):
                values = periods[period]
                realised = mean(values)
                out.append(_judge(rid, ind, period, realised, len(values), previous, tolerance))
                previous = realised
    return out


def mean(values: Sequence[float]) -> float:
    """The mean of finite values, exact as :func:`math.fsum` and never overflowing.

    >>> mean([1e308, 1e308])
    1e+308
    """
    try:
        return math.fsum(values) / len(values)
    except OverflowError:  # the sum is beyond the largest float; the mean is not
        n = len(values)
        return math.fsum(x / n for x in values)


def _better(ind: Indicator) -> int:
    return 1 if ind.direction is Direction.HIGHER else -1


def _judge(rid: str, ind: Indicator, period: Period, realised: float, count: int,
           previous: float | None, tolerance: float) -> Progress:
    target, revision = ind.target_at(period)
    expected = ind.expected_at(period)
    sign = _better(ind)
    deviation = relative = None
    marker = None
    signal = Signal.NO_TARGET
    if target is not None and expected is not None:
        deviation = (realised - expected.value) * sign
        half = abs(target / 2 - ind.baseline / 2) if ind.baseline is not None else abs(target / 2)
        relative = (realised / 2 - expected.value / 2) * sign / half if half else (
            0.0 if deviation == 0 else math.copysign(math.inf, deviation))
        marker = _marker(expected, realised, sign)
        signal = _signal(relative, tolerance, marker)
    trend = None
    if previous is not None:
        step = (realised - previous) * sign
        trend = Trend.IMPROVING if step > 0 else Trend.WORSENING if step < 0 else Trend.STABLE
    why = None
    if revision is not None:
        why = f"{revision.since}: {revision.why}" if revision.why else str(revision.since)
    return Progress(rid, ind.name, period, ind.baseline, target, why, round(realised, 9), count,
                    None if deviation is None else round(deviation, 9),
                    None if relative is None else round(relative, 9), signal, trend,
                    None if expected is None else expected.value, marker)


def _marker(expected: Expected, realised: float, sign: int) -> Marker | None:
    """The highest graduated marker reached; ``None`` without markers or below expected."""
    if expected.like is None and expected.love is None:
        return None
    reached = None
    for marker, value in ((Marker.EXPECT, expected.value), (Marker.LIKE, expected.like),
                          (Marker.LOVE, expected.love)):
        if value is not None and (realised - value) * sign >= 0:
            reached = marker
    return reached


def _signal(relative: float, tolerance: float, marker: Marker | None) -> Signal:
    if relative < -tolerance:
        return Signal.WORSE
    if relative > tolerance or marker in (Marker.LIKE, Marker.LOVE):
        return Signal.BETTER
    return Signal.ON_TRACK


def latest(items: Iterable[Progress]) -> dict[tuple[str, str], Progress]:
    """(result, indicator) → its progress in the latest measured period."""
    out: dict[tuple[str, str], Progress] = {}
    for p in items:
        key = (p.result, p.indicator)
        if key not in out or out[key].period < p.period:
            out[key] = p
    return out


def latest_signals(items: Sequence[Progress]) -> dict[str, str]:
    """Result id → the signal of its latest period (worst of its indicators).

    For :func:`resultaat.to_dot`'s ``progress`` option.
    """
    marks: dict[str, str] = {}
    rank = {"worse": 0, "better": 1, "on": 2}
    for p in latest(items).values():
        mark = {Signal.WORSE: "worse", Signal.BETTER: "better",
                Signal.ON_TRACK: "on"}.get(p.signal)
        if mark and (p.result not in marks or rank[mark] < rank[marks[p.result]]):
            marks[p.result] = mark
    return marks


# --- roll-up from cases ----------------------------------------------------------


CHANGE = ("change_min", "change_q1", "change_median", "change_q3", "change_max")
"""The keys of a roll-up's :attr:`Rollup.change` in :meth:`Rollup.as_dict`."""


@attrs.frozen
class Rollup:
    """Case-level measurements rolled up per intervention, area and period.

    Attributes:
        intervention, area: the group (``None`` where the rows gave none).
        period: the period.
        result, indicator: what was measured.
        owner: the result's owner: when it is the resident, the share that
            reached their target is *their* result, not the municipality's.
        cases: how many cases were measured (what was delivered, in cases).
        reached: how many of them met the collective target in force.
        change: quartiles of the change per case against its first
            measurement (min, q1, median, q3, max), signed so that positive
            is better; ``None`` when no case has an earlier value.
        with_goal: how many of the cases had their own goal (``goal``).
        reached_goal: how many of those reached their own goal; kept apart
            from ``reached``: a resident may reach their own goal and not
            the collective target, or the other way round.
    """

    intervention: str | None
    area: str | None
    period: Period
    result: str
    indicator: str
    owner: str
    cases: int
    reached: int
    change: tuple[float, float, float, float, float] | None
    with_goal: int = 0
    reached_goal: int = 0

    @property
    def share_reached(self) -> float:
        return self.reached / self.cases if self.cases else 0.0

    def as_dict(self, model: Model, *, lang: str | None = None) -> dict[str, Any]:
        """The group as plain values, with names and statements beside the ids.

        ``change`` is spread over five columns (:data:`CHANGE`), ``None``
        where no case has an earlier value.
        """
        lang = verify_language(model.language.value if lang is None else lang)
        return {
            "intervention": self.intervention,
            "intervention_name": name_of(model, self.intervention, lang), "area": self.area,
            **period_fields(self.period), "result": self.result,
            "result_statement": name_of(model, self.result, lang), "indicator": self.indicator,
            "owner": self.owner, "owner_name": name_of(model, self.owner, lang),
            "cases": self.cases, "reached": self.reached, "share_reached": self.share_reached,
            "with_goal": self.with_goal, "reached_goal": self.reached_goal,
            "share_reached_goal": self.share_reached_goal,
            **{k: plain(x) for k, x in zip(CHANGE, self.change or (None,) * len(CHANGE),
                                           strict=True)},
        }

    @property
    def share_reached_goal(self) -> float:
        """The share of the cases with their own goal that reached it."""
        return self.reached_goal / self.with_goal if self.with_goal else 0.0


class Rollups(list[Rollup]):
    """A roll-up's groups, without those too small to publish.

    Attributes:
        suppressed: the groups left out, as (intervention, area, period,
            result, indicator), each with fewer than ``min_group`` cases.
        min_group: the smallest group returned.
    """

    suppressed: tuple[tuple[str | None, str | None, Period, str, str], ...]
    min_group: int

    def note(self, lang: str = DEFAULT) -> str:
        """One line that says which groups were left out ("" if none)."""
        if not self.suppressed:
            return ""
        groups = "; ".join(f"{i or '-'} {a or '-'} {p.label} {r}/{ind}"
                           for i, a, p, r, ind in self.suppressed)
        return plural(lang, "rollup.suppressed", len(self.suppressed), least=self.min_group,
                      groups=groups)


def verify_min_group(min_group: int) -> int:
    """``min_group`` if it is a whole number of at least 1: the one check of that setting.

    Raises:
        SettingError: anything else.
    """
    if isinstance(min_group, bool) or not isinstance(min_group, int) or min_group < 1:
        from resultaat._errors import SettingError

        raise SettingError(message(DEFAULT, "error.min_group", got=_shown(min_group)))
    return min_group


def private(items: Iterable[Rollup], min_group: int) -> Rollups:
    """The groups of at least ``min_group`` cases; the others listed as suppressed.

    Raises:
        SettingError: ``min_group`` is not a whole number of at least 1.
    """
    verify_min_group(min_group)
    items = list(items)
    out = Rollups(u for u in items if u.cases >= min_group)
    out.suppressed = tuple((u.intervention, u.area, u.period, u.result, u.indicator)
                           for u in items if u.cases < min_group)
    out.min_group = min_group
    return out


class _Rollup:
    """Streams rows into groups.

    Memory grows with the number of distinct (group, case) pairs, not with
    the rows: each keeps one float, and case ids are shared strings.
    """

    def __init__(self, model: Model) -> None:
        self.model = model
        self.first: dict[tuple[str, str, str], tuple[Period, float]] = {}
        self.groups: dict[tuple[Any, ...], dict[str, float]] = {}
        self.goals: dict[tuple[Any, ...], dict[str, float | None]] = {}
        self.canon: dict[str, str] = {}
        self.indicators = {(r.id, i.name): i for r in model.results.values()
                           for i in r.indicators}

    def add_all(self, rows: Iterable[tuple[str, str, Period, float, str | None, str | None,
                                            str | None, float | None]]) -> None:
        first = self.first
        groups = self.groups
        goals = self.goals
        canon = self.canon
        for result, indicator, period, value, case, area, intervention, goal in rows:
            if case is None:
                continue
            case = canon.setdefault(case, case)
            gkey = (intervention, area, period, result, indicator)
            g = groups.get(gkey)
            if g is None:
                g = groups[gkey] = {}
            if case in g:
                continue  # one row per case and period counts: the first
            g[case] = value
            if goal is not None:
                goals.setdefault(gkey, {})[case] = goal
            key = (case, result, indicator)
            seen = first.get(key)
            if seen is None or period < seen[0]:
                first[key] = (period, value)

    def result(self, min_group: int) -> Rollups:
        from array import array

        out = []
        order = {r: i for i, r in enumerate(self.model.results)}
        for key in sorted(self.groups, key=lambda k: (
                order[k[3]], k[4], k[0] or "", k[1] or "", k[2])):
            intervention, area, period, result, indicator = key
            ind = self.indicators[(result, indicator)]
            target = ind.target_at(period)[0]
            sign = _better(ind)
            cases = self.groups[key]
            goals = self.goals.get(key, {})
            reached = reached_goal = 0
            changes = array("d")
            for case, value in cases.items():
                if target is not None and (value - target) * sign >= 0:
                    reached += 1
                goal = goals.get(case)
                if goal is not None and (value - goal) * sign >= 0:
                    reached_goal += 1
                p0, v0 = self.first[(case, result, indicator)]
                if p0 < period:
                    changes.append((value - v0) * sign)
            out.append(Rollup(intervention, area, period, result, indicator,
                              self.model.results[result].owner, len(cases), reached,
                              _quartiles(changes), len(goals), reached_goal))
        return private(out, min_group)


def _quartiles(values: Sequence[float]) -> tuple[float, float, float, float, float] | None:
    if not values:
        return None
    s = sorted(values)
    if len(s) == 1:
        return (s[0], s[0], s[0], s[0], s[0])
    import statistics  # only case-level roll-ups need it; a slow import for every command

    q1, q2, q3 = statistics.quantiles(s, n=4, method="inclusive")
    return (s[0], round(q1, 9), round(q2, 9), round(q3, 9), s[-1])


def rollup(model: Model, measurements: Iterable[Measurement] | None = None, *,
           min_group: int = MIN_GROUP) -> Rollups:
    """Roll case-level measurements up per intervention, area and period.

    Rows without a ``case`` are aggregate values already and are left to
    :func:`progress`. Groups of fewer than ``min_group`` cases are left out
    and listed in the result's ``suppressed``. Where a case has more than one
    row in a group, its first row counts.
    """
    agg = _Rollup(model)
    agg.add_all((m.result, m.indicator, m.period, m.value, m.case, m.area, m.intervention,
                 m.goal) for m in (model.measurements if measurements is None else measurements))
    return agg.result(min_group)


def rollup_csv(model: Model, source: str | os.PathLike[str], *,
               keep_valid: bool = False, min_group: int = MIN_GROUP) -> Rollups:
    """:func:`rollup` straight from a CSV file, in one streaming pass.

    Raises:
        MeasurementError: bad rows (all listed), unless ``keep_valid``.
    """
    from resultaat.model._csvfile import CsvFile

    agg = _Rollup(model)
    reader = _Reader(model, CsvFile(source))
    agg.add_all(rec for _, rec in reader)
    if reader.problems and not keep_valid:
        raise MeasurementError(reader.problems)
    return agg.result(min_group)


# --- readiness ---------------------------------------------------------------------


PROVEN = frozenset({Recognition.WELL_FOUNDED, Recognition.EFFECTIVE_FIRST,
                    Recognition.EFFECTIVE_GOOD, Recognition.EFFECTIVE_STRONG})
"""The recognitions of a proven method: well founded or better."""



def weak_method(c: Condition) -> bool:
    """Whether a condition is a method that is not proven (below well founded, or not rated)."""
    return c.kind is ConditionKind.METHOD and c.recognition not in PROVEN


@attrs.frozen
class Readiness:
    """Whether a party (a team, a provider) is ready to steer itself.

    Attributes:
        party: the party id.
        ready: results clear and conditions in place.
        results_clear: every result it owns has an indicator with a target.
        conditions_met: every condition of its interventions is met, and
            every method among them is a proven one (see :func:`weak_method`).
        has_mandate: one of its interventions has a met ``mandate`` condition.
        missing: what is missing, in plain sentences.
    """

    party: str
    ready: bool
    results_clear: bool
    conditions_met: bool
    has_mandate: bool
    missing: tuple[str, ...]

    def as_dict(self, model: Model, *, lang: str | None = None) -> dict[str, Any]:
        """The readiness as plain values, with the party's name beside its id."""
        lang = verify_language(model.language.value if lang is None else lang)
        return {"party": self.party, "party_name": name_of(model, self.party, lang),
                "ready": self.ready, "results_clear": self.results_clear,
                "conditions_met": self.conditions_met, "has_mandate": self.has_mandate,
                "missing": list(self.missing)}


def _condition_gaps(it: Intervention, lang: str) -> list[str]:
    """What is missing in the conditions of one intervention: unmet ones, unproven methods."""
    gaps = []
    for c in it.conditions:
        if c.status is not Status.MET:
            gaps.append(message(lang, "ready.condition", intervention=it.name, condition=c.name,
                                status=message(lang, STATUS[c.status.value])))
        if weak_method(c):
            gaps.append(message(lang, "ready.weak_method", intervention=it.name,
                                condition=c.name,
                                recognition=message(lang, RECOGNITION[c.recognition])))
    return gaps


def readiness(model: Model, party: str | Party, *, lang: str | None = None) -> Readiness:
    """Is a party ready to steer itself? Results clear, conditions in place, a mandate.

    >>> import resultaat
    >>> r = readiness(resultaat.example("wheelchair"), "municipality")
    >>> r.ready, r.missing[0]
    (False, '“Provide a wheelchair”: condition “Delivery times monitored” is unknown.')
    """
    pid = party_id(model, party)
    lang = verify_language(model.language if lang is None else lang)
    name = model.parties[pid].name
    missing: list[str] = []
    from resultaat.analysis._perspective import perspective  # it reads progress from here

    owned = perspective(model, pid, measurements=()).owned()
    results_clear = bool(owned)
    if not owned:
        missing.append(message(lang, "ready.no_results", party=name))
    for rid in owned:
        r = model.results[rid]
        if not r.indicators:
            results_clear = False
            missing.append(message(lang, "ready.no_indicator", result=r.statement))
        for ind in r.indicators:
            if ind.target is None and not ind.revisions:
                results_clear = False
                missing.append(message(lang, "ready.no_target", result=r.statement,
                                       indicator=ind.name))
    mine = [it for it in model.interventions.values() if it.by == pid]
    conditions_met = bool(mine)
    if not mine:
        missing.append(message(lang, "ready.no_interventions", party=name))
    has_mandate = any(c.kind is ConditionKind.MANDATE and c.status is Status.MET
                      for it in mine for c in it.conditions)
    for it in mine:
        gaps = _condition_gaps(it, lang)
        conditions_met = conditions_met and not gaps
        missing.extend(gaps)
    if not has_mandate:
        missing.append(message(lang, "ready.no_mandate", party=name))
    return Readiness(pid, results_clear and conditions_met and has_mandate, results_clear,
                     conditions_met, has_mandate, tuple(missing))

