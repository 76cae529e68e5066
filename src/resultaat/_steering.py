"""Result-based steering: measurements against expectations, roll-ups, readiness.

Measurements come from Python, from a model file's ``measurements`` list, or
from CSV files with one row per case × period (the form case systems and the
national monitor export). Every bad row is reported with file and line.
Large files are rolled up in one streaming pass with :func:`rollup_csv`,
which builds no record per row.
"""

from __future__ import annotations

import csv
import enum
import io
import math
import os
import statistics
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from resultaat import _values as v
from resultaat._errors import MeasurementError, Problem, did_you_mean
from resultaat._graph import party_id
from resultaat._model import (
    ConditionKind,
    Direction,
    Indicator,
    Measurement,
    Model,
    Party,
    Status,
)
from resultaat._periods import Period

COLUMNS = ("result", "indicator", "period", "value", "case", "area", "intervention")
REQUIRED = ("result", "indicator", "period", "value")


class MeasurementSet(tuple[Measurement, ...]):
    """Measurements read from a file, with the problems found in the rows left out."""

    problems: tuple[Problem, ...]

    def __new__(cls, rows: Iterable[Measurement],
                problems: Iterable[Problem] = ()) -> MeasurementSet:
        self = super().__new__(cls, rows)
        self.problems = tuple(problems)
        return self


def load_measurements(
    source: str | os.PathLike[str], model: Model, *, keep_valid: bool = False,
) -> MeasurementSet:
    """Read measurements from a CSV file (or CSV text, if it holds a new line).

    The header names the columns: ``result``, ``indicator``, ``period`` and
    ``value`` are required; ``case``, ``area`` and ``intervention`` are
    optional. Values may use a decimal comma (``3,5``). The delimiter may be
    ``,`` or ``;`` (as Dutch spreadsheets write it).

    Args:
        source: a path, or the CSV text itself.
        model: the model whose results and indicators the rows refer to.
        keep_valid: return the valid rows (with ``.problems`` listing the
            others) instead of raising.

    Raises:
        MeasurementError: a row is wrong (every problem is listed, and
            ``.valid`` holds the good rows), unless ``keep_valid``.
    """
    name, lines = _open(source)
    with lines:
        reader = _Reader(model, name, lines)
        rows = [Measurement(*rec) for _, rec in reader]  # each value checked already
    problems = reader.problems
    if problems and not keep_valid:
        raise MeasurementError(problems, rows)
    return MeasurementSet(rows, problems)


def _open(source: str | os.PathLike[str]) -> tuple[str, Any]:
    if isinstance(source, str) and "\n" in source:
        return "<text>", io.StringIO(source)
    path = Path(source)
    try:
        return str(path), path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise MeasurementError([Problem("", "no such file; check the path", str(path))]) from None


class _Reader:
    """Checks CSV rows one by one; yields (line, values) for the good ones."""

    def __init__(self, model: Model, name: str, lines: Any) -> None:
        self.model = model
        self.name = name
        self.lines = lines
        self.problems: list[Problem] = []
        self.periods: dict[str, Period | str] = {}
        self.known: dict[tuple[str, str], Indicator] = {
            (r.id, i.name): i for r in model.results.values() for i in r.indicators}

    def __iter__(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        first = self.lines.readline()
        if not first.strip():
            self.problems.append(Problem("", "the file is empty; the first line names the "
                                         f"columns: {', '.join(COLUMNS)}", self.name, 1))
            return
        delimiter = ";" if first.count(";") > first.count(",") else ","
        header = [h.strip().lower() for h in next(csv.reader([first], delimiter=delimiter))]
        missing = [c for c in REQUIRED if c not in header]
        unknown = [h for h in header if h not in COLUMNS]
        for h in unknown:
            self.problems.append(Problem(
                f"column {h!r}", f"unknown column{did_you_mean(h, COLUMNS)}; the columns are "
                f"{', '.join(COLUMNS)}", self.name, 1))
        if missing:
            self.problems.append(Problem("", f"missing column(s) {', '.join(missing)}; the "
                                         f"columns are {', '.join(COLUMNS)}", self.name, 1))
        if missing or unknown:
            return
        pos = [header.index(c) if c in header else -1 for c in COLUMNS]
        p_case, p_area, p_int = pos[4:]
        interventions = self.model.interventions
        width = len(header)
        known = self.known
        periods = self.periods
        bad = self.problems.append
        for line_no, row in enumerate(csv.reader(self.lines, delimiter=delimiter), start=2):
            if len(row) != width:
                if not any(cell.strip() for cell in row):
                    continue  # a blank line
                bad(Problem("", f"{len(row)} cells where the header has {width}",
                            self.name, line_no))
                continue
            result, indicator, when, raw = (row[pos[0]], row[pos[1]], row[pos[2]], row[pos[3]])
            if (result, indicator) not in known:
                bad(self._unknown(result, indicator, line_no))
                continue
            try:
                value = float(raw)
            except ValueError:
                try:
                    value = float(raw.replace(",", "."))
                except ValueError:
                    bad(Problem("value", f"{raw!r} is not a number", self.name, line_no))
                    continue
            if not math.isfinite(value):
                bad(Problem("value", f"{raw!r} is not a finite number", self.name, line_no))
                continue
            if abs(value) > v.MAX_NUMBER:
                bad(Problem("value", f"must be between -{v.MAX_NUMBER:,.0f} and "
                            f"{v.MAX_NUMBER:,.0f}, got {raw[:30]!r}", self.name, line_no))
                continue
            period = periods.get(when)
            if period is None:
                try:
                    period = periods[when] = Period.parse(when)
                except v.FieldError as e:
                    period = periods[when] = str(e)
            if isinstance(period, str):
                bad(Problem("period", period, self.name, line_no))
                continue
            case = row[p_case] or None if p_case >= 0 else None
            area = row[p_area] or None if p_area >= 0 else None
            intervention = row[p_int] or None if p_int >= 0 else None
            if intervention is not None and intervention not in interventions:
                bad(Problem("intervention", f"unknown intervention {intervention!r}"
                            f"{did_you_mean(intervention, interventions)}",
                            self.name, line_no))
                continue
            yield line_no, (result, indicator, period, value, case, area, intervention)

    def _unknown(self, result: str, indicator: str, line_no: int) -> Problem:
        if result not in self.model.results:
            return Problem("result", f"unknown result {result!r}"
                           f"{did_you_mean(result, self.model.results)}", self.name, line_no)
        names = [i.name for i in self.model.results[result].indicators]
        return Problem("indicator", f"result {result!r} has no indicator {indicator!r}"
                       f"{did_you_mean(indicator, names)}; it has: {', '.join(names) or 'none'}",
                       self.name, line_no)


# --- progress ----------------------------------------------------------------


class Signal(enum.StrEnum):
    BETTER = "better"
    """Better than expected, beyond the tolerance: a reason to look too."""
    WORSE = "worse"
    """Worse than expected, beyond the tolerance."""
    ON_TRACK = "on_track"
    NO_TARGET = "no_target"


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
        target: the target in force during the period.
        revision: why the target in force was set, if it was revised.
        realised: the mean of the values measured in the period.
        count: how many values (cases) that mean is over.
        deviation: realised − target, signed so that positive is better
            (``None`` without a target).
        relative: the deviation as a fraction of the planned change
            (target − baseline), or of the target when there is no baseline.
        signal: see :class:`Signal`.
        trend: against the period before (``None`` for the first).
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


def progress(model: Model, measurements: Iterable[Measurement] | None = None, *,
             tolerance: float = 0.1) -> list[Progress]:
    """Expected against realised, per indicator and period, in model and time order.

    Measurements default to the model's own. A deviation beyond
    ``tolerance`` (a fraction of the planned change) is a signal, better or
    worse alike.

    >>> import resultaat
    >>> m = resultaat.example("steering")
    >>> for p in progress(m)[:3]:
    ...     print(p.period, p.realised, p.target, p.signal, p.trend)
    2024-H2 88.0 80 better None
    2025-H1 74.0 80 worse worsening
    2025-H2 79.0 80 on_track improving
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
                realised = math.fsum(values) / len(values)
                out.append(_judge(rid, ind, period, realised, len(values), previous, tolerance))
                previous = realised
    return out


def _better(ind: Indicator) -> int:
    return 1 if ind.direction is Direction.HIGHER else -1


def _judge(rid: str, ind: Indicator, period: Period, realised: float, count: int,
           previous: float | None, tolerance: float) -> Progress:
    target, revision = ind.target_at(period)
    sign = _better(ind)
    deviation = relative = None
    if target is None:
        signal = Signal.NO_TARGET
    else:
        deviation = (realised - target) * sign
        scale = abs(target - ind.baseline) if ind.baseline is not None else abs(target)
        relative = deviation / scale if scale else (0.0 if deviation == 0 else math.copysign(
            math.inf, deviation))
        if relative > tolerance:
            signal = Signal.BETTER
        elif relative < -tolerance:
            signal = Signal.WORSE
        else:
            signal = Signal.ON_TRACK
    trend = None
    if previous is not None:
        step = (realised - previous) * sign
        trend = Trend.IMPROVING if step > 0 else Trend.WORSENING if step < 0 else Trend.STABLE
    why = None
    if revision is not None:
        why = f"{revision.since}: {revision.why}" if revision.why else str(revision.since)
    return Progress(rid, ind.name, period, ind.baseline, target, why, round(realised, 9), count,
                    None if deviation is None else round(deviation, 9),
                    None if relative is None else round(relative, 9), signal, trend)


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
        reached: how many of them met the target in force.
        change: quartiles of the change per case against its first
            measurement (min, q1, median, q3, max), signed so that positive
            is better; ``None`` when no case has an earlier value.
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

    @property
    def share_reached(self) -> float:
        return self.reached / self.cases if self.cases else 0.0


class _Rollup:
    """Streams rows into groups.

    Memory grows with the number of distinct (group, case) pairs, not with
    the rows: each keeps one float, and case ids are shared strings.
    """

    def __init__(self, model: Model) -> None:
        self.model = model
        self.first: dict[tuple[str, str, str], tuple[Period, float]] = {}
        self.groups: dict[tuple[Any, ...], dict[str, float]] = {}
        self.canon: dict[str, str] = {}
        self.indicators = {(r.id, i.name): i for r in model.results.values()
                           for i in r.indicators}

    def add_all(self, rows: Iterable[tuple[str, str, Period, float, str | None, str | None,
                                            str | None]]) -> None:
        first = self.first
        groups = self.groups
        canon = self.canon
        for result, indicator, period, value, case, area, intervention in rows:
            if case is None:
                continue
            case = canon.setdefault(case, case)
            gkey = (intervention, area, period, result, indicator)
            g = groups.get(gkey)
            if g is None:
                g = groups[gkey] = {}
            g.setdefault(case, value)  # one value per case and period counts: the first
            key = (case, result, indicator)
            seen = first.get(key)
            if seen is None or period < seen[0]:
                first[key] = (period, value)

    def result(self) -> list[Rollup]:
        out = []
        order = {r: i for i, r in enumerate(self.model.results)}
        for key in sorted(self.groups, key=lambda k: (
                order[k[3]], k[4], k[0] or "", k[1] or "", k[2])):
            intervention, area, period, result, indicator = key
            ind = self.indicators[(result, indicator)]
            target = ind.target_at(period)[0]
            sign = _better(ind)
            cases = self.groups[key]
            reached = 0
            changes = array("d")
            for case, value in cases.items():
                if target is not None and (value - target) * sign >= 0:
                    reached += 1
                p0, v0 = self.first[(case, result, indicator)]
                if p0 < period:
                    changes.append((value - v0) * sign)
            out.append(Rollup(intervention, area, period, result, indicator,
                              self.model.results[result].owner, len(cases), reached,
                              _quartiles(changes)))
        return out


def _quartiles(values: Sequence[float]) -> tuple[float, float, float, float, float] | None:
    if not values:
        return None
    s = sorted(values)
    if len(s) == 1:
        return (s[0], s[0], s[0], s[0], s[0])
    q1, q2, q3 = statistics.quantiles(s, n=4, method="inclusive")
    return (s[0], round(q1, 9), round(q2, 9), round(q3, 9), s[-1])


def rollup(model: Model, measurements: Iterable[Measurement] | None = None) -> list[Rollup]:
    """Roll case-level measurements up per intervention, area and period.

    Rows without a ``case`` are aggregate values already and are left to
    :func:`progress`.
    """
    agg = _Rollup(model)
    agg.add_all((m.result, m.indicator, m.period, m.value, m.case, m.area, m.intervention)
                for m in (model.measurements if measurements is None else measurements))
    return agg.result()


def rollup_csv(model: Model, source: str | os.PathLike[str], *,
               keep_valid: bool = False) -> list[Rollup]:
    """:func:`rollup` straight from a CSV file, in one streaming pass.

    Raises:
        MeasurementError: bad rows (all listed), unless ``keep_valid``.
    """
    name, lines = _open(source)
    agg = _Rollup(model)
    with lines:
        reader = _Reader(model, name, lines)
        agg.add_all(rec for _, rec in reader)
    if reader.problems and not keep_valid:
        raise MeasurementError(reader.problems)
    return agg.result()


# --- readiness ---------------------------------------------------------------------


@attrs.frozen
class Readiness:
    """Whether a party (a team, a provider) is ready to steer itself.

    Attributes:
        party: the party id.
        ready: results clear and conditions in place.
        results_clear: every result it owns has an indicator with a target.
        conditions_met: every condition of its interventions is met.
        has_mandate: one of its interventions has a met ``mandate`` condition.
        missing: what is missing, in plain sentences.
    """

    party: str
    ready: bool
    results_clear: bool
    conditions_met: bool
    has_mandate: bool
    missing: tuple[str, ...]


_READY = {
    "en": {
        "no_results": "{party} owns no result yet: say what it answers for.",
        "no_indicator": "“{result}” has no indicator: how will anyone see it was reached?",
        "no_target": "“{result}”: indicator “{indicator}” has no target.",
        "condition": "“{intervention}”: condition “{condition}” is {status}.",
        "no_mandate": "No intervention of {party} has a met mandate condition: who may decide?",
        "no_interventions": "{party} carries out no intervention.",
        "not_met": "not met",
        "unknown": "unknown",
    },
    "nl": {
        "no_results": "{party} is nog van geen enkel resultaat eigenaar: zeg waarop zij "
                      "aanspreekbaar is.",
        "no_indicator": "“{result}” heeft geen indicator: hoe ziet iemand dat het bereikt is?",
        "no_target": "“{result}”: indicator “{indicator}” heeft geen streefwaarde.",
        "condition": "“{intervention}”: voorwaarde “{condition}” is {status}.",
        "no_mandate": "Geen interventie van {party} heeft een mandaat dat op orde is: wie mag "
                      "beslissen?",
        "no_interventions": "{party} voert geen interventie uit.",
        "not_met": "niet op orde",
        "unknown": "onbekend",
    },
}


def readiness(model: Model, party: str | Party, *, lang: str | None = None) -> Readiness:
    """Is a party ready to steer itself? Results clear, conditions in place, a mandate.

    >>> import resultaat
    >>> r = readiness(resultaat.example("wheelchair"), "municipality")
    >>> r.ready, r.missing[0]
    (False, '“Provide a wheelchair”: condition “Delivery times monitored” is unknown.')
    """
    pid = party_id(model, party)
    text = _READY.get(lang or model.language, _READY["en"])
    name = model.parties[pid].name
    missing: list[str] = []
    owned = [rid for rid, r in model.results.items() if r.owner == pid]
    results_clear = bool(owned)
    if not owned:
        missing.append(text["no_results"].format(party=name))
    for rid in owned:
        r = model.results[rid]
        if not r.indicators:
            results_clear = False
            missing.append(text["no_indicator"].format(result=r.statement))
        for ind in r.indicators:
            if ind.target is None and not ind.revisions:
                results_clear = False
                missing.append(text["no_target"].format(result=r.statement,
                                                        indicator=ind.name))
    mine = [it for it in model.interventions.values() if it.by == pid]
    conditions_met = bool(mine)
    if not mine:
        missing.append(text["no_interventions"].format(party=name))
    has_mandate = False
    for it in mine:
        for c in it.conditions:
            if c.kind is ConditionKind.MANDATE and c.status is Status.MET:
                has_mandate = True
            if c.status is not Status.MET:
                conditions_met = False
                missing.append(text["condition"].format(
                    intervention=it.name, condition=c.name, status=text[c.status.value]))
    if not has_mandate:
        missing.append(text["no_mandate"].format(party=name))
    return Readiness(pid, results_clear and conditions_met and has_mandate, results_clear,
                     conditions_met, has_mandate, tuple(missing))

