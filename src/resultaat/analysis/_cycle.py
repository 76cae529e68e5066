"""The planning and control cycle: signals, what was done about them, and the accounts.

Result-based steering is a loop: set a result, measure, see deviations,
adjust, account for it. :func:`answers` finds the adjustments logged for a
signal, :func:`unanswered` the signals nothing was logged for, and
:func:`spent` what the interventions really cost in a year.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from resultaat.analysis._steering import Progress, Signal
from resultaat.model._model import Adjustment, Intervention, Model
from resultaat.model._periods import Period


@attrs.frozen
class Unanswered:
    """An indicator worse than expected in consecutive periods, with no adjustment logged.

    Attributes:
        result, indicator: which indicator.
        periods: the periods it was worse than expected in, in order (two or more).
    """

    result: str
    indicator: str
    periods: tuple[Period, ...]


def answers(model: Model, result: str, indicator: str, period: Period | None = None
            ) -> list[Adjustment]:
    """The adjustments logged for an indicator's signal (in ``period``, if given), by date."""
    found = [a for a in model.adjustments
             if a.signal.result == result and a.signal.indicator == indicator
             and (period is None or a.signal.period == period)]
    return sorted(found, key=lambda a: a.when)


def unanswered(model: Model, items: Iterable[Progress]) -> list[Unanswered]:
    """The runs of two periods or more worse than expected with nothing logged since the first.

    An adjustment answers a run when it is about the same indicator and is
    dated on or after the start of the run's first period.

    >>> import resultaat
    >>> m = resultaat.example("steering")
    >>> [(u.indicator, [p.label for p in u.periods])
    ...  for u in unanswered(m, resultaat.progress(m))]
    [('youth unemployment', ['2024', '2025'])]
    """
    runs: dict[tuple[str, str], list[Progress]] = {}
    for p in items:
        runs.setdefault((p.result, p.indicator), []).append(p)
    out = []
    for (rid, name), found in runs.items():
        for run in _worse_runs(found):
            if len(run) >= 2 and not _answered(model, rid, name, run[0]):
                out.append(Unanswered(rid, name, tuple(run)))
    return out


def _worse_runs(found: Iterable[Progress]) -> list[list[Period]]:
    """The runs of consecutive measured periods worse than expected, in time order."""
    runs: list[list[Period]] = [[]]
    for p in sorted(found, key=lambda p: p.period):
        if p.signal is Signal.WORSE:
            runs[-1].append(p.period)
        elif runs[-1]:
            runs.append([])
    return runs


def _answered(model: Model, result: str, indicator: str, first: Period) -> bool:
    return any(a.when >= first.start for a in answers(model, result, indicator))


def spent(it: Intervention, year: int) -> float | None:
    """What an intervention really cost in a year: the sum of its ``spent`` in that year.

    ``None`` when nothing is given for that year.
    """
    amounts = [s.amount for s in it.spent if s.period.start.year == year
               and s.period.end.year == year]
    return sum(amounts) if amounts else None


def years(items: Sequence[Progress]) -> list[int]:
    """The calendar years with measurements, in order."""
    return sorted({p.period.end.year for p in items})
