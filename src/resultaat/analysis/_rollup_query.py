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
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
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
    open_table,
    xlsx_text,
)

SHOWN = 20
"""Keys shown per kind of problem; the rest are counted."""

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


class _Query:
    """One source table, checked against one model."""

    def __init__(self, model: Model, table: Any, name: str) -> None:
        self.ibis = ibis_module()
        self.model = model
        self.name = name
        self.problems: list[Problem] = []
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
        return t.select(**cols)

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
        return list(expr.to_pyarrow().to_pylist())

    def check(self, keep_valid: bool) -> Any:
        """The valid rows, joined with each row's target, sign and period order."""
        t = self.table
        keys = self.rows(t.group_by("result", "indicator", "period").agg(n=t.count()))
        known = {(r.id, i.name): i for r in self.model.results.values() for i in r.indicators}
        periods: dict[str, Period | None] = {}
        good = []
        for k in keys:
            ind = known.get((k["result"], k["indicator"]))
            period = self._period(k["period"], periods)
            if ind is None:
                self._report(t, k, self._unknown(k["result"], k["indicator"]), "result")
            elif period is None:
                pass
            else:
                target = ind.target_at(period)[0]
                good.append((k["result"], k["indicator"], k["period"], target, _better(ind)))
        for raw, period in periods.items():
            if period is None:
                self._report_period(t, raw)
        order = {p: i for i, p in enumerate(sorted(p for p in periods.values() if p))}
        table = self.ibis.memtable(
            {"result": [g[0] for g in good], "indicator": [g[1] for g in good],
             "period": [g[2] for g in good], "target": [g[3] for g in good],
             "sign": [g[4] for g in good],
             "prank": [order[periods[g[2]]] for g in good]},  # type: ignore[index]
            schema={"result": "string", "indicator": "string", "period": "string",
                    "target": "float64", "sign": "int64", "prank": "int64"})
        t = t.inner_join(table, ["result", "indicator", "period"])
        t = self._cells(t)
        if self.problems and not keep_valid:
            raise MeasurementError(self.problems)
        return t

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
        if count is None:
            count = self.rows(rows.agg(n=rows.count()))[0]["n"]
        shown = self.rows(rows.select("case", "period").limit(SHOWN))
        for r in shown:
            self.problems.append(Problem(_key(r["case"], r["period"]), message, self.name))
        if count > len(shown):
            self.problems.append(Problem("", f"{message}: " + _TEXT["more"].format(
                count=count - len(shown)), self.name))

    def _cells(self, t: Any) -> Any:
        """Report rows with a bad value or id; keep the others."""
        value = t.value
        bad_value = value.isnull() | ~(value.abs() <= LIMIT)  # NaN compares false
        checks = [(bad_value, _TEXT["value"], "value")]
        for column in ("case", "area"):
            col = t[column]
            checks.append((col.notnull() & (col.strip() != col),
                           _TEXT["case"].format(column=column), column))
        interventions = list(self.model.interventions)
        col = t.intervention
        unknown = col.notnull() & ~col.isin(interventions) if interventions else col.notnull()
        checks.append((unknown, "unknown intervention", "intervention"))
        bad = self.ibis.or_(*(c for c, _, _ in checks))
        found = self.rows(t.agg(**{f"n{i}": c.sum() for i, (c, _, _) in enumerate(checks)}))[0]
        for i, (cond, message, column) in enumerate(checks):
            if found[f"n{i}"]:
                self._listed(t.filter(cond), f"{column}: {message}", found[f"n{i}"])
        return t.filter(~bad) if any(found.values()) else t


def _quartile_positions(n: int) -> list[tuple[int, int]]:
    """(j, delta) of statistics.quantiles(n=4, method='inclusive') for n sorted values."""
    return [divmod(i * (n - 1), 4) for i in (1, 2, 3)]


def query_rollup(q: _Query, t: Any, *, keep_valid: bool, min_group: int) -> Rollups:
    """The roll-up of the checked rows ``t`` (see :func:`resultaat.rollup`).

    One query in the usual case; where a case has two values for one period
    (``clash`` > 0), a second lists them and, with ``keep_valid``, a third
    rolls up without those cases.
    """
    t = t.filter(t.case.notnull())
    d = t.group_by("case", *_GROUP).agg(  # prank, target and sign follow from the group
        value=t.value.min(), high=t.value.max(), prank=t.prank.min(), target=t.target.min(),
        sign=t.sign.min(), goal=t.goal.min(), goal_high=t.goal.max())
    groups = q.rows(_groups(q.ibis, d))
    if any(g["clash"] for g in groups):
        groups = q.rows(_groups(q.ibis, _without_conflicts(q, d, keep_valid)))
    return _finish(q.model, groups, min_group)


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
    change = ibis.ifelse(j.prank > j.p0, (j.value - j.v0) * j.sign, ibis.null("float64"))
    reached = (j.target.notnull() & ((j.value - j.target) * j.sign >= 0)).cast("int64")
    reached_goal = (j.goal.notnull() & ((j.value - j.goal) * j.sign >= 0)).cast("int64")
    clash = ((j.value != j.high) | ((j.prank == j.p0) & (j.value != j.v0))
             | (j.goal != j.goal_high)).cast("int64")
    j = j.mutate(change=change, reached=reached, clash=clash, reached_goal=reached_goal)
    if duckdb:
        return _sorted_lists(j, _counts(j))
    gw = ibis.window(group_by=list(_GROUP), order_by=[j.change.isnull(), j.change])
    j = j.mutate(rn=ibis.row_number().over(gw),
                 m=j.change.count().over(ibis.window(group_by=list(_GROUP))))
    pos: dict[str, Any] = {}
    for i in (1, 2, 3):
        jj = (j.m - 1) * i // 4
        pos[f"lo{i}"] = j.change.max(where=j.rn == jj)
        pos[f"hi{i}"] = j.change.max(where=j.rn == jj + 1)
    return j.group_by(*_GROUP).agg(**_counts(j), **pos)


def _counts(j: Any) -> dict[str, Any]:
    return {"cases": j.count(), "reached": j.reached.sum(), "with_goal": j.goal.count(),
            "reached_goal": j.reached_goal.sum(), "low": j.change.min(),
            "top": j.change.max(), "m": j.change.count(), "clash": j.clash.sum()}


def _sorted_lists(j: Any, counts: dict[str, Any]) -> Any:
    """The order statistics from each group's sorted list of changes (DuckDB: no window)."""
    g = j.group_by(*_GROUP).agg(**counts, changes=j.change.collect())
    s = g.changes.sort()
    pos: dict[str, Any] = {}
    for i in (1, 2, 3):
        jj = (g.m - 1) * i // 4
        pos[f"lo{i}"] = s[jj]
        pos[f"hi{i}"] = s[jj + 1]
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
    return d.anti_join(conflicts.select(*per), per)


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


def query_progress(q: _Query, t: Any, *, tolerance: float) -> list[Progress]:
    """Expected against realised per indicator and period (see :func:`resultaat.progress`)."""
    sums: dict[tuple[str, str, Period], list[float]] = {}
    for g in q.rows(t.group_by("result", "indicator", "period").agg(
            total=t.value.sum(), n=t.count())):
        both = sums.setdefault((g["result"], g["indicator"], Period.parse(g["period"])), [0, 0])
        both[0] += g["total"]
        both[1] += g["n"]
    out: list[Progress] = []
    for rid, r in q.model.results.items():
        for ind in r.indicators:
            mine = sorted((k[2], g) for k, g in sums.items() if k[:2] == (rid, ind.name))
            previous: float | None = None
            for period, (total, n) in mine:
                realised = _mean(total, int(n))
                out.append(_judge(rid, ind, period, realised, int(n), previous, tolerance))
                previous = realised
    return out


def _mean(total: float, n: int) -> float:
    return total / n if math.isfinite(total) else math.nan


def summarise(model: Model, table: Any, *, name: str = "<table>", keep_valid: bool = False,
              min_group: int = MIN_GROUP, tolerance: float = TOLERANCE
              ) -> tuple[list[Progress], Rollups, Sequence[Problem]]:
    """Check the rows of an Ibis table once; return progress, roll-up and the problems."""
    q = _Query(model, table, name)
    t = q.check(keep_valid)
    ups = query_rollup(q, t, keep_valid=keep_valid, min_group=min_group)
    return query_progress(q, t, tolerance=tolerance), ups, tuple(q.problems)


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
    with tempfile.TemporaryDirectory(prefix="resultaat-") as work:
        fast = _csv_table(model, source, Path(work))
        if fast is not None:
            try:
                return _query(model, fast, str(source), False, min_group, tolerance)
            except MeasurementError:
                pass  # the reader below says where, line by line
            finally:
                fast._find_backend().disconnect()
    return _python(model, source, None, keep_valid, min_group, tolerance)


def _query(model: Model, t: Any, name: str, keep_valid: bool, min_group: int,
           tolerance: float) -> Measured:
    found = summarise(model, t, name=name, keep_valid=keep_valid, min_group=min_group,
                      tolerance=tolerance)
    return Measured(found[0], found[1], tuple(found[2]), "query")


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


def _csv_table(model: Model, source: Any, work: Path) -> Any | None:
    """A DuckDB table of a CSV file whose every cell both readers read alike; else None.

    That is: UTF-8 without a byte order mark, a header the CSV reader
    accepts, values written ``-123`` or ``-123.45`` (and, if any value
    could be read two ways, like ``17.000``, another that shows the decimal
    point), ids of printable characters. The file is read once, into a
    DuckDB file in ``work`` (compressed, and spilled to disk when large).
    Anything else (decimal commas,
    Windows-1252, spaces, a bad row) goes to the CSV reader, which reads it
    as always and says where what is wrong.
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
    con = duckdb_connection(ibis, work / "rows.duckdb")
    try:
        t = con.create_table("rows", con.read_csv(
            str(file.path), delim=file.delimiter, header=True, all_varchar=True, quote='"',
            escape='"', auto_detect=False, columns=dict.fromkeys(_header_names(file),
                                                                "VARCHAR")))
    except Exception:  # DuckDB cannot read it: the reader will say why
        con.disconnect()
        return None
    names = {c.strip().lower(): c for c in t.columns}
    value = t[names["value"]]
    checks = {"bad": (value.isnull() | ~value.re_search(_NUMBER)).sum(),
              "dots": value.contains(".").sum(),
              "shown": (value.contains(".") & ~value.re_search(_AMBIGUOUS)).sum()}
    for c in ("case", "area"):
        if c in names:
            checks[c] = (t[names[c]].notnull() & ~t[names[c]].re_search(_ID)).sum()
    if "goal" in names:
        goal = t[names["goal"]]
        checks["goal"] = (goal.notnull() & (goal != "") & ~goal.re_search(_NUMBER)).sum()
    found = t.agg(**checks).to_pyarrow().to_pylist()[0]
    if found["bad"] or any(found.get(c) for c in ("case", "area", "goal")) or (
            found["dots"] and not found["shown"]):
        con.disconnect()
        return None
    return t.mutate(**{names["value"]: value.cast("float64")})


def _header_names(file: CsvFile) -> list[str]:
    return next(csv.reader([file.first], delimiter=file.delimiter))
