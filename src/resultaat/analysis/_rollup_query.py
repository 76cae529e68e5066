"""Roll-ups and progress as queries, run where the rows are (Ibis; DuckDB by default).

The rows never come into Python: the engine checks them against the model,
groups them and returns only aggregates (counts, means, the order
statistics behind the quartiles) and, for bad rows, their keys (case,
period). Python then finishes exactly as :mod:`resultaat.analysis._steering`
does (targets, signals, rounding), so both give the same numbers on the same
rows. Needs ``pip install 'resultaat[data]'``; Ibis is imported only here.

A table has no row order, so where :func:`~resultaat.rollup` takes a case's
*first* row, a query cannot: a case with two different values for one
indicator in one period (in one group, or in its first period) is reported
as a problem instead of being settled by position.
"""

from __future__ import annotations

import csv
import math
import string
import uuid
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from resultaat._errors import MeasurementError, Problem, UsageError, did_you_mean
from resultaat._errors import shown as _shown
from resultaat.analysis._steering import (
    COLUMNS,
    MIN_GROUP,
    REQUIRED,
    TOLERANCE,
    Progress,
    Rollup,
    Rollups,
    _better,
    _judge,
    _Reader,
    private,
    progress,
    rollup,
)
from resultaat.model import _values as v
from resultaat.model._csvfile import LIMIT, CsvFile
from resultaat.model._model import Measurement, Model
from resultaat.model._periods import Period
from resultaat.model._sources import (
    NO_TABLE,
    duckdb_connection,
    ibis_module,
    is_table,
    kind,
    literal,
    open_table,
    xlsx_text,
)

SHOWN = 20
_WHITESPACE = list(string.whitespace)
"""What Ibis's ``strip()`` trims: an id starting or ending with one of these is refused."""
"""Keys shown per kind of problem; the rest are counted."""

_TARGETS = {"result": "string", "indicator": "string", "period": "string", "target": "float64",
            "sign": "int64", "prank": "int64", "label": "string"}
"""The table of targets: per key as written, the target, the sign, the period's order and its
label as the model writes it (``2025-H1 `` is 2025-H1, as the CSV reader reads it)."""
_DUCKDB = {"string": "VARCHAR", "float64": "DOUBLE", "int64": "BIGINT"}

_GROUP = ("intervention", "area", "period", "result", "indicator")
_TEXT = {
    "missing": "missing column(s) {names}; the columns are {columns}",
    "value_type": "the value column holds {type}, not numbers; store the values as numbers",
    "goal_type": "the goal column holds {type}, not numbers; store the goals as numbers",
    "value": "the value is empty, not finite, or beyond ±10^15",
    "case": "the {column} is empty or starts or ends with spaces",
    "conflict": "case {case} has different values for {result}/{indicator} in {period}; a "
                "table has no row order, so keep one value per case, indicator and period",
    "more": "and {count:,} more rows like this",
}


def _key(case: Any, period: Any) -> str:
    return f"case {_shown(case)}, period {_shown(period)}" if case is not None else \
        f"period {_shown(period)}"


class _UnsureError(Exception):
    """The CSV reader, not the query, must read this file: it reads it as always and names lines."""


class _Query:
    """One source table, checked against one model.

    ``guards`` (CSV files only) are columns counted in the first query: a
    ``refuse`` of their counts, or any problem, hands the file to the CSV
    reader (:class:`_UnsureError`) before anything else runs.
    """

    def __init__(self, model: Model, table: Any, name: str, *,
                 guards: tuple[str, ...] = (),
                 refuse: Callable[[dict[str, int]], bool] | None = None) -> None:
        self.ibis = ibis_module()
        self.model = model
        self.name = name
        self.problems: list[Problem] = []
        self.sums: dict[tuple[str, str, Period], list[float]] = {}
        self.guards = guards
        self.refuse = refuse
        self.temporary = ""
        self.backend = table._find_backend()
        self.duckdb = self.backend.name == "duckdb"
        self.table = self._columns(table)

    def _columns(self, t: Any) -> Any:
        ibis = self.ibis
        lower = {c.strip().lower(): c for c in t.columns}
        missing = [c for c in REQUIRED if c not in lower]
        if missing:
            raise MeasurementError([Problem("", _TEXT["missing"].format(
                names=", ".join(missing), columns=", ".join(COLUMNS)), self.name)])
        value = t[lower["value"]]
        if not value.type().is_numeric():
            raise MeasurementError([Problem("column 'value'", _TEXT["value_type"].format(
                type=value.type()), self.name)])
        cols = {}
        for c in COLUMNS:
            if c not in lower:
                cols[c] = ibis.null("float64" if c == "goal" else "string")
            elif c == "value":
                cols[c] = value.cast("float64")
            elif c == "goal":
                cols[c] = self._goal(t[lower[c]])
            else:
                col = t[lower[c]].cast("string")
                cols[c] = col if c in ("result", "indicator", "period") else \
                    ibis.ifelse(col == "", ibis.null("string"), col)
        return t.select(**cols, **{g: t[g] for g in self.guards})

    def _goal(self, goal: Any) -> Any:
        """The goal column as numbers (empty text is no goal)."""
        if goal.type().is_numeric():
            return goal.cast("float64")
        if goal.type().is_string():
            return self.ibis.ifelse(goal.strip() == "", self.ibis.null("float64"),
                                    goal.cast("float64"))
        raise MeasurementError([Problem("column 'goal'", _TEXT["goal_type"].format(
            type=goal.type()), self.name)])

    def rows(self, expr: Any) -> list[dict[str, Any]]:
        """The rows of a (small) result, as plain Python values.

        On DuckDB straight from the relation Ibis's ``to_pyarrow`` makes,
        without the imports of pandas and pyarrow's compute functions that
        come with it (0.2 to 0.3 s in a fresh process).
        """
        relation = getattr(self.backend, "_to_duckdb_relation", None) if self.duckdb else None
        if relation is None:
            return list(expr.to_pyarrow().to_pylist())
        found = relation(expr)
        return [dict(zip(found.columns, row, strict=True)) for row in found.fetchall()]

    def _targets(self, rows: list[tuple[Any, ...]]) -> Any:
        """The small table of targets, signs and period order, in the source's database.

        On DuckDB a temporary table filled with parameters (:meth:`close`
        drops it); elsewhere Ibis uploads it (``memtable``), which on DuckDB
        would import pandas.
        """
        if not self.duckdb:
            return self.ibis.memtable(
                {c: [r[i] for r in rows] for i, c in enumerate(_TARGETS)}, schema=_TARGETS)
        self.temporary = f"resultaat_targets_{uuid.uuid4().hex}"
        con = self.backend.con
        columns = ", ".join(f"{c} {_DUCKDB[t]}" for c, t in _TARGETS.items())
        con.execute(f"CREATE TEMPORARY TABLE {self.temporary} ({columns})")
        if rows:
            marks = ", ".join("?" * len(_TARGETS))
            con.executemany(f"INSERT INTO {self.temporary} VALUES ({marks})", rows)
        return self.backend.table(self.temporary)

    def close(self) -> None:
        """Drop what :meth:`_targets` made."""
        if self.temporary:
            self.backend.con.execute(f"DROP TABLE IF EXISTS {self.temporary}")
            self.temporary = ""

    def check(self, keep_valid: bool) -> Any:
        """The valid rows, joined with each row's target, sign and period order.

        One query counts every (result, indicator, period) with its bad cells
        and the sum behind progress; only problems need more.
        """
        t = self.table
        checks = self._checks(t)
        f = t.mutate(**{f"n{i}": c for i, (c, _, _) in enumerate(checks)})  # each check once
        flags = [f[f"n{i}"] for i in range(len(checks))]
        bad = self.ibis.or_(*flags)
        keys = self.rows(f.group_by("result", "indicator", "period").agg(
            n=f.count(), total=f.value.sum(where=~bad), good=f.count(where=~bad),
            **{f"n{i}": flag.sum() for i, flag in enumerate(flags)},
            **{g: f[g].sum() for g in self.guards}))
        if self.refuse is not None and self.refuse(
                {g: sum(k[g] or 0 for k in keys) for g in self.guards}):
            raise _UnsureError
        periods: dict[str, Period | None] = {}
        good = self._known(t, keys, periods)
        order = {p: i for i, p in enumerate(sorted(p for p in periods.values() if p))}
        table = self._targets([(*g, order[p], p.label) for g in good
                               if (p := periods[g[2]]) is not None])
        t = t.inner_join(table, ["result", "indicator", "period"])
        t = t.mutate(period=t.label).drop("label")  # one group per period, however written
        known = {g[:3] for g in good}
        t = self._cells(t, checks, [k for k in keys
                                    if (k["result"], k["indicator"], k["period"]) in known])
        if self.problems and not keep_valid:
            raise MeasurementError(self.problems)
        return t

    def _known(self, t: Any, keys: list[dict[str, Any]],
               periods: dict[str, Period | None]) -> list[tuple[Any, ...]]:
        """The keys the model knows, with target and sign; the others reported."""
        known = {(r.id, i.name): i for r in self.model.results.values() for i in r.indicators}
        good = []
        for k in keys:
            ind = known.get((k["result"], k["indicator"]))
            period = self._period(k["period"], periods)
            if ind is None:
                self._report(t, k, self._unknown(k["result"], k["indicator"]), "result")
            elif period is not None:
                target = ind.target_at(period)[0]
                good.append((k["result"], k["indicator"], k["period"], target, _better(ind)))
                if k["good"]:
                    both = self.sums.setdefault((k["result"], k["indicator"], period), [0, 0])
                    both[0] += k["total"]
                    both[1] += k["good"]
        for raw, period in periods.items():
            if period is None:
                self._report_period(t, raw)
        return good

    def _period(self, raw: str | None, periods: dict[str, Period | None]) -> Period | None:
        if raw not in periods:
            try:
                periods[raw] = Period.parse(raw)  # type: ignore[index]
            except v.FieldError:
                periods[raw] = None  # type: ignore[index]
        return periods[raw]  # type: ignore[index]

    def _unknown(self, result: str, indicator: str) -> str:
        if result not in self.model.results:
            return f"unknown result {_shown(result)}{did_you_mean(str(result), self.model.results)}"
        names = [i.name for i in self.model.results[result].indicators]
        return (f"result {result!r} has no indicator {_shown(indicator)}"
                f"{did_you_mean(str(indicator), names)}; it has: {', '.join(names) or 'none'}")

    def _report(self, t: Any, k: dict[str, Any], message: str, where: str) -> None:
        rows = t.filter(*(t[c].isnull() if k[c] is None else t[c] == k[c]
                          for c in ("result", "indicator", "period")))
        self._listed(rows, f"{where}: {message}", k["n"])

    def _report_period(self, t: Any, raw: str | None) -> None:
        try:
            Period.parse(raw)
        except v.FieldError as e:
            message = str(e)
        rows = t.filter(t.period.isnull() if raw is None else t.period == raw)
        self._listed(rows, f"period: {message}", None)

    def _listed(self, rows: Any, message: str, count: int | None) -> None:
        if self.refuse is not None:
            raise _UnsureError
        if count is None:
            count = self.rows(rows.agg(n=rows.count()))[0]["n"]
        shown = self.rows(rows.select("case", "period").limit(SHOWN))
        for r in shown:
            self.problems.append(Problem(_key(r["case"], r["period"]), message, self.name))
        if count > len(shown):
            self.problems.append(Problem("", f"{message}: " + _TEXT["more"].format(
                count=count - len(shown)), self.name))

    def _checks(self, t: Any) -> list[tuple[Any, str, str]]:
        """Each cell check: (the rows it finds, its message, the column)."""
        value = t.value
        checks = [(value.isnull() | ~(value.abs() <= LIMIT), _TEXT["value"], "value")]  # NaN too
        for column in ("case", "area"):
            col = t[column]  # col.strip() != col, without trimming every cell
            edge = col.substr(0, 1).isin(_WHITESPACE) | col.right(1).isin(_WHITESPACE)
            checks.append((col.notnull() & edge, _TEXT["case"].format(column=column), column))
        interventions = list(self.model.interventions)
        col = t.intervention
        unknown = col.notnull() & ~col.isin(interventions) if interventions else col.notnull()
        checks.append((unknown, "unknown intervention", "intervention"))
        return checks

    def _cells(self, t: Any, checks: list[tuple[Any, str, str]],
               keys: list[dict[str, Any]]) -> Any:
        """Report the known keys' rows with a bad value or id; keep the others."""
        found = [sum(k[f"n{i}"] for k in keys) for i in range(len(checks))]
        for n, (_, message, column) in zip(found, checks, strict=True):
            if n:
                cond = next(c for c, _, col in self._checks(t) if col == column)
                self._listed(t.filter(cond), f"{column}: {message}", n)
        if not any(found):
            return t
        return t.filter(~self.ibis.or_(*(c for c, _, _ in self._checks(t))))


def _quartile_positions(n: int) -> list[tuple[int, int]]:
    """(j, delta) of statistics.quantiles(n=4, method='inclusive') for n sorted values."""
    return [divmod(i * (n - 1), 4) for i in (1, 2, 3)]


def query_rollup(q: _Query, t: Any, *, keep_valid: bool, min_group: int) -> Rollups:
    """The roll-up of the checked rows ``t`` (see :func:`resultaat.rollup`).

    On DuckDB, first one query that takes every row as it is; it also proves
    that no case has two rows in one period for an indicator (so no row
    repeats another and no first value is in doubt), else the general query
    below runs instead. That one groups each case's rows per group first; a
    case with two values for one period (``clash`` > 0) is listed by a second
    query and, with ``keep_valid``, a third rolls up without those cases.
    """
    t = t.filter(t.case.notnull())
    if q.duckdb:
        groups = q.rows(_distinct_periods(q.ibis, t))
        if not any(g["unproven"] for g in groups):
            return _finish(q.model, groups, min_group)
    d = t.group_by("case", *_GROUP).agg(  # prank, target and sign follow from the group
        value=t.value.min(), high=t.value.max(), prank=t.prank.min(), target=t.target.min(),
        sign=t.sign.min(), goal=t.goal.min(), goal_high=t.goal.max())
    groups = q.rows(_groups(q.ibis, d))
    if any(g["clash"] for g in groups):
        groups = q.rows(_groups(q.ibis, _without_conflicts(q, d, keep_valid)))
    return _finish(q.model, groups, min_group)


_BITS = 62
"""Periods per bit set in the proof of distinct periods (1 << 61 still fits in 64 bits)."""


def _distinct_periods(ibis: Any, t: Any) -> Any:
    """The groups straight from the rows (DuckDB), with ``unproven`` rows to fall back on.

    A case's rows for one indicator are proven to lie in distinct periods
    when the sum of one bit per row's period equals their bitwise or (a
    period shared, or two periods ``_BITS`` apart, leave a row unproven).
    Then each row is its case's only one in its group, and its first value
    is the one row of its first period.
    """
    per = ["case", "result", "indicator"]
    bit = ibis.literal(1, "int64") << (t.prank % _BITS)
    first = t.group_by(per).agg(p0=t.prank.min(), v0=t.value.argmin(t.prank), bits=bit.sum(),
                                seen=bit.bit_or())
    j = t.inner_join(first, per)
    j = j.mutate(**_row_measures(ibis, j), unproven=(j.bits != j.seen).cast("int64"))
    return _sorted_lists(j, {**_counts(j), "unproven": j.unproven.sum()})


def _row_measures(ibis: Any, j: Any) -> dict[str, Any]:
    """Per row: its change since the case's first period, and whether it reached the targets."""
    return {"change": ibis.ifelse(j.prank > j.p0, (j.value - j.v0) * j.sign,
                                  ibis.null("float64")),
            "reached": (j.target.notnull() & ((j.value - j.target) * j.sign >= 0)).cast("int64"),
            "reached_goal": (j.goal.notnull() & ((j.value - j.goal) * j.sign >= 0)).cast("int64")}


def _groups(ibis: Any, d: Any) -> Any:
    """Per group: cases, reached, the change's order statistics, and clashes."""
    per = ["case", "result", "indicator"]
    duckdb = d._find_backend().name == "duckdb"
    if duckdb:  # one aggregation; any other row of the first period that differs is a clash
        first = d.group_by(per).agg(p0=d.prank.min(), v0=d.value.argmin(d.prank))
    else:
        e = d.group_by(*per, "prank").agg(v0=d.value.min())
        p0 = e.group_by(per).agg(p0=e.prank.min())
        first = e.inner_join(p0, [*[e[c] == p0[c] for c in per], e.prank == p0.p0]).select(
            *per, "p0", "v0")
    j = d.inner_join(first, per)
    clash = ((j.value != j.high) | ((j.prank == j.p0) & (j.value != j.v0))
             | (j.goal != j.goal_high)).cast("int64")
    j = j.mutate(**_row_measures(ibis, j), clash=clash)
    if duckdb:
        return _sorted_lists(j, {**_counts(j), "clash": j.clash.sum()})
    gw = ibis.window(group_by=list(_GROUP), order_by=[j.change.isnull(), j.change])
    j = j.mutate(rn=ibis.row_number().over(gw),
                 m=j.change.count().over(ibis.window(group_by=list(_GROUP))))
    pos: dict[str, Any] = {}
    for i in (1, 2, 3):
        jj = (j.m - 1) * i // 4
        pos[f"lo{i}"] = j.change.max(where=j.rn == jj)
        pos[f"hi{i}"] = j.change.max(where=j.rn == jj + 1)
    return j.group_by(*_GROUP).agg(**_counts(j), clash=j.clash.sum(), **pos)


def _counts(j: Any) -> dict[str, Any]:
    return {"cases": j.count(), "reached": j.reached.sum(), "with_goal": j.goal.count(),
            "reached_goal": j.reached_goal.sum(), "low": j.change.min(),
            "top": j.change.max(), "m": j.change.count()}


def _sorted_lists(j: Any, counts: dict[str, Any]) -> Any:
    """The order statistics from each group's sorted list of changes (DuckDB: no window)."""
    g = j.group_by(*_GROUP).agg(**counts, changes=j.change.collect())
    g = g.mutate(changes=g.changes.sort())
    pos: dict[str, Any] = {}
    for i in (1, 2, 3):
        jj = (g.m - 1) * i // 4
        pos[f"lo{i}"] = g.changes[jj]
        pos[f"hi{i}"] = g.changes[jj + 1]
    return g.select(*_GROUP, *counts, **pos)


def _without_conflicts(q: _Query, d: Any, keep_valid: bool) -> Any:
    ibis = q.ibis
    per = ["case", "result", "indicator"]
    w = ibis.window(group_by=per)
    f = d.mutate(p0=d.prank.min().over(w))
    f = f.filter(f.prank == f.p0).group_by(*per, "period").agg(
        low=f.value.min(), high=f.high.max())
    inside = d.filter((d.value != d.high) | (d.goal != d.goal_high)).select(*per, "period")
    conflicts = f.filter(f.low != f.high).select(*per, "period").union(inside, distinct=True)
    found = q.rows(conflicts.order_by(*per, "period").limit(SHOWN + 1))
    for r in found[:SHOWN]:
        q.problems.append(Problem(_key(r["case"], r["period"]), _TEXT["conflict"].format(
            case=_shown(r["case"]), result=r["result"], indicator=r["indicator"],
            period=r["period"]), q.name))
    if len(found) > SHOWN:
        q.problems.append(Problem("", "and more cases with different values in one period",
                                  q.name))
    if not keep_valid:
        raise MeasurementError(q.problems)
    marked = conflicts.select(*per).distinct().mutate(conflict=ibis.literal(1))
    j = d.left_join(marked, per)  # not anti_join: SQLite has no such join
    return j.filter(j.conflict.isnull()).select(*d.columns)


def _finish(model: Model, groups: Iterable[dict[str, Any]], min_group: int) -> Rollups:
    order = {r: i for i, r in enumerate(model.results)}
    items = []
    for g in groups:
        change = None
        if g["m"]:
            qs = []
            for i, (_, delta) in enumerate(_quartile_positions(g["m"]), 1):
                lo, hi = g[f"lo{i}"], g[f"hi{i}"]
                qs.append(round((lo * (4 - delta) + (hi or 0.0) * delta) / 4, 9)
                          if g["m"] > 1 else lo)
            change = (g["low"], qs[0], qs[1], qs[2], g["top"])
        items.append(Rollup(g["intervention"], g["area"], Period.parse(g["period"]),
                            g["result"], g["indicator"], model.results[g["result"]].owner,
                            g["cases"], g["reached"], change, g["with_goal"],
                            g["reached_goal"] or 0))
    items.sort(key=lambda u: (order[u.result], u.indicator, u.intervention or "",
                              u.area or "", u.period))
    return private(items, min_group)


def query_progress(q: _Query, *, tolerance: float) -> list[Progress]:
    """Expected against realised per indicator and period (see :func:`resultaat.progress`).

    From the sums and counts the first query of :meth:`_Query.check` took.
    """
    out: list[Progress] = []
    for rid, r in q.model.results.items():
        for ind in r.indicators:
            mine = sorted((k[2], g) for k, g in q.sums.items() if k[:2] == (rid, ind.name))
            previous: float | None = None
            for period, (total, n) in mine:
                realised = _mean(total, int(n))
                out.append(_judge(rid, ind, period, realised, int(n), previous, tolerance))
                previous = realised
    return out


def _mean(total: float, n: int) -> float:
    return total / n if math.isfinite(total) else math.nan


# --- sources -------------------------------------------------------------------


@attrs.frozen
class Measured:
    """Measurements from one source, checked, compared and rolled up.

    Attributes:
        progress: as :func:`resultaat.progress` gives it.
        rollup: as :func:`resultaat.rollup` gives it (``.suppressed`` lists
            the groups too small to show).
        problems: the rows left out (with ``keep_valid``), by line in a file
            or by key (case, period) in a table.
        engine: ``"query"`` when the rows were rolled up where they are,
            ``"python"`` when they were read row by row.
    """

    progress: list[Progress]
    rollup: Rollups
    problems: tuple[Problem, ...]
    engine: str


def measure(model: Model, source: Any, *, table: str | None = None, keep_valid: bool = False,
            min_group: int = MIN_GROUP, tolerance: float = TOLERANCE) -> Measured:
    """Progress and roll-up from any source, checked row by row against the model.

    Args:
        model: the model the rows refer to.
        source: a CSV file (or CSV text), a Parquet file or folder, an Excel
            workbook (``.xlsx``, first sheet), a DuckDB or SQLite file or a
            database URL (with ``table``), or an Ibis table from any backend.
            Tables and Parquet are checked and rolled up by a query in their
            engine; only aggregates and the keys of bad rows leave it. CSV
            works without the ``data`` extra; with it, a plain UTF-8 file is
            rolled up by DuckDB, any other is read as before.
        table: the table's name, for a database file or URL.
        keep_valid: leave bad rows out (listed in ``problems``) instead of raising.
        min_group: the smallest group the roll-up returns.
        tolerance: as for :func:`resultaat.progress`.

    Raises:
        MeasurementError: bad rows, unless ``keep_valid``; or an unreadable source.
        UsageError: the source needs the ``data`` extra, or a table name.
    """
    if is_table(source):
        return _query(model, source, "<table>", keep_valid, min_group, tolerance)
    what = kind(source)
    if what == "excel":
        text = xlsx_text(source)
        return _python(model, text, str(source), keep_valid, min_group, tolerance)
    if what != "csv":
        t = open_table(source, table)
        return _query(model, t, str(source), keep_valid, min_group, tolerance)
    if table:
        raise UsageError(NO_TABLE.format(name=_shown(str(source))))
    fast = _csv_table(model, source)
    if fast is not None:
        import duckdb

        try:
            return _query(model, fast, str(source), False, min_group, tolerance, guards=_GUARDS,
                          refuse=_refuse)
        except (_UnsureError, MeasurementError, duckdb.Error):
            pass  # the reader below says where, line by line
        finally:
            fast._find_backend().disconnect()
    return _python(model, source, None, keep_valid, min_group, tolerance)


def _query(model: Model, t: Any, name: str, keep_valid: bool, min_group: int,
           tolerance: float, **csv: Any) -> Measured:
    q = _Query(model, t, name, **csv)
    try:
        checked = q.check(keep_valid)
        ups = query_rollup(q, checked, keep_valid=keep_valid, min_group=min_group)
    finally:
        q.close()
    return Measured(query_progress(q, tolerance=tolerance), ups, tuple(q.problems), "query")


def _python(model: Model, source: Any, name: str | None, keep_valid: bool, min_group: int,
            tolerance: float) -> Measured:
    file = CsvFile(source)
    if name is not None:
        file.name = name
    reader = _Reader(model, file)
    rows = [Measurement(*rec) for _, rec in reader]
    if reader.problems and not keep_valid:
        raise MeasurementError(reader.problems, rows)
    return Measured(progress(model, rows, tolerance=tolerance),
                    rollup(model, rows, min_group=min_group), tuple(reader.problems), "python")


_NUMBER = r"^-?[0-9]{1,15}(\.[0-9]+)?$"
_AMBIGUOUS = r"^-?[1-9][0-9]{0,2}\.[0-9]{3}$"
_ID = "^[ -~\u00a0-\ufdcf\ufdf0-\ufffd]*$"


_GUARDS = ("__form", "__dots", "__shown")


def _refuse(counts: dict[str, int]) -> bool:
    """Whether the CSV reader must read the file: a cell in another form, or only ``17.000``."""
    return bool(counts["__form"] or (counts["__dots"] and not counts["__shown"]))


def _csv_table(model: Model, source: Any) -> Any | None:
    """A DuckDB view of a CSV file, with the checks that both readers read it alike; or None.

    That is: UTF-8 without a byte order mark, a header the CSV reader
    accepts, values written ``-123`` or ``-123.45`` (and, if any value
    could be read two ways, like ``17.000``, another that shows the decimal
    point), ids of printable characters. The view's columns ``__form``,
    ``__dots`` and ``__shown`` say, per row, whether a cell is in another
    form, whether the value has a dot and whether that dot is surely a
    decimal point; the first query counts them (:func:`_refuse`). DuckDB
    reads the file where a query needs it (as text, with the column names
    given: nothing is sniffed), so nothing is copied. Any other file
    (decimal commas, Windows-1252, spaces, a bad row) goes to the CSV
    reader, which reads it as always and says where what is wrong.
    """
    try:
        ibis = ibis_module()
    except UsageError:
        return None
    file = CsvFile(source)  # refuses an unreadable file, as the reader does
    if file.path is None or file.encoding != "utf-8" or file.skip:
        return None
    reader = _Reader(model, file)
    if reader._header() is None:
        return None
    con = duckdb_connection(ibis)
    try:
        t = con.read_csv(literal(file.path), delim=file.delimiter, header=True, all_varchar=True,
                         quote='"', escape='"', auto_detect=False,
                         columns=dict.fromkeys(_header_names(file), "VARCHAR"))
    except Exception:  # DuckDB cannot read it: the reader will say why
        con.disconnect()
        return None
    names = {c.strip().lower(): c for c in t.columns}
    value = t[names["value"]]
    form = value.isnull() | ~value.re_search(_NUMBER)
    for c in ("case", "area"):
        if c in names:
            form |= t[names[c]].notnull() & ~t[names[c]].re_search(_ID)
    columns = {names["value"]: value.try_cast("float64")}
    if "goal" in names:
        goal = t[names["goal"]]
        form |= goal.notnull() & (goal != "") & ~goal.re_search(_NUMBER)
        columns[names["goal"]] = goal.try_cast("float64")
    dots = value.contains(".")
    return t.mutate(**columns, __form=form, __dots=dots,
                    __shown=dots & ~value.re_search(_AMBIGUOUS))


def _header_names(file: CsvFile) -> list[str]:
    return next(csv.reader([file.first], delimiter=file.delimiter))
