"""The report at each moment of the planning and control cycle.

A Dutch municipality accounts for its results three times a year, under
names that are terms of art in every language: the ``begroting`` (the
budget: what do we want to achieve, do, spend), the
``bestuursrapportage`` (the interim report: signals against the path and
what was done about them) and the ``jaarrekening`` (the annual accounts:
what did we achieve, do, spend, against what the budget promised). Each
moment's sections are built here; :func:`resultaat.report` puts them in
its memo.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from resultaat._errors import SettingError
from resultaat.analysis._cycle import answers, spent, unanswered
from resultaat.analysis._perspective import perspective
from resultaat.analysis._steering import Progress, Signal, latest
from resultaat.analysis._views import budget
from resultaat.model._model import Adjustment, Indicator, Model, TargetRevision
from resultaat.model._periods import Period
from resultaat.present._report import (
    Block,
    _budget,
    _joined,
    _money,
    _num,
    _signed,
    _t,
    _Text,
    _whose,
    _words,
)
from resultaat.text._catalogue import DEFAULT, N_, SIGNAL, join, message
from resultaat.text._numbers import date

MOMENTS = ("begroting", "bestuursrapportage", "jaarrekening")
"""The moments of the cycle a report can be written for, in the order of the year."""

_CHANGE = {"target": N_("cycle.change_target"),
           "intervention_started": N_("cycle.change_started"),
           "intervention_stopped": N_("cycle.change_stopped"),
           "condition": N_("cycle.change_condition")}
_TITLE = {"begroting": N_("cycle.title_begroting"),
          "bestuursrapportage": N_("cycle.title_bestuursrapportage"),
          "jaarrekening": N_("cycle.title_jaarrekening")}
_INTRO = {"begroting": N_("cycle.intro_begroting"),
          "bestuursrapportage": N_("cycle.intro_bestuursrapportage"),
          "jaarrekening": N_("cycle.intro_jaarrekening")}


def verify_moment(moment: str | None) -> str | None:
    """``moment`` if it is one of :data:`MOMENTS` (or ``None``): the one check of that setting.

    Raises:
        SettingError: anything else, naming the moments.
    """
    if moment is None or moment in MOMENTS:
        return moment
    raise SettingError(message(DEFAULT, "error.moment", got=repr(moment),
                               moments=", ".join(MOMENTS)))


def accounts_year(items: Sequence[Progress]) -> int | None:
    """The year the annual accounts are about: the last one measured up to 31 December."""
    ends = [p.period.end.year for p in items if (p.period.end.month, p.period.end.day) == (12, 31)]
    return max(ends) if ends else None


def as_of(model: Model, moment: str, measured: Sequence[Progress]) -> Model:
    """The model as the moment sees it: the annual accounts cite no later measurement."""
    year = accounts_year(measured) if moment == "jaarrekening" else None
    if year is None:
        return model
    return model.evolve(measurements=[m for m in model.measurements
                                      if m.period.end.year <= year])


def title(lang: str, moment: str, year: int | None) -> str:
    """The moment's name for the report's title (the Dutch term, explained in English)."""
    return message(lang, _TITLE[moment], year="" if year is None else f" {year}")


def blocks(model: Model, pid: str, lang: str, moment: str, measured: list[Progress]
           ) -> list[Block]:
    """The sections of one moment's report, from one party's point of view."""
    w = _words(lang)
    out: list[Block] = [("p", w(_INTRO[moment]))]
    if moment == "begroting":
        out += _begroting(model, pid, lang)
    elif moment == "bestuursrapportage":
        out += _signals(model, lang, measured) + _log(model, lang, model.adjustments)
    else:
        out += _jaarrekening(model, pid, lang, measured)
    return out


# --- begroting -------------------------------------------------------------------


def _begroting(model: Model, pid: str, lang: str) -> list[Block]:
    """The budget's three questions, each target with its path year by year."""
    w = _words(lang)
    out = _budget(model, pid, lang)
    rows = []
    for r, _ in budget(model, pid).achieve:
        for ind in r.indicators:
            if ind.target is not None:
                rows.append([r.statement, ind.name, _from(lang, ind), _path(lang, ind),
                             _target(lang, ind),
                             _t(ind.deadline.label) if ind.deadline else w("cycle.no_deadline")])
    if rows:
        at = next((i for i, b in enumerate(out) if b[0] == "h3"), len(out)) + 2
        out[at:at] = [("p", w("cycle.path_text")), ("table", [
            w("report.result"), w("report.indicator"), w("report.baseline"), w("cycle.path"),
            w("cycle.target"), w("cycle.deadline")], rows)]
    return out


def _latest(ind: Indicator) -> tuple[float | None, TargetRevision | None]:
    """The target as it stands now, and the revision that set it (if any)."""
    if not ind.revisions:
        return ind.target, None
    last = max(ind.revisions, key=lambda rev: rev.since.start)
    return last.value, last


def _target(lang: str, ind: Indicator) -> _Text:
    """The target as it stands now, with when and why it was revised."""
    value, last = _latest(ind)
    if last is None:
        return _num(lang, value)
    why = f"{last.since}: {last.why}" if last.why else str(last.since)
    return _t("{t} ({r})", t=_num(lang, value), r=_words(lang)("report.revised", why=why))


def _from(lang: str, ind: Indicator) -> _Text:
    if ind.baseline is None:
        return _t("–")
    if ind.baseline_period is None:
        return _num(lang, ind.baseline)
    return _t("{v} ({p})", v=_num(lang, ind.baseline), p=_t(ind.baseline_period.label))


def _path(lang: str, ind: Indicator) -> _Text:
    """What is expected each year on the way to the deadline, to the target as it stands now."""
    target = _latest(ind)[0]
    if ind.deadline is None or target is None:
        return _t("–")
    first = ind.baseline_period.end.year + 1 if ind.baseline_period else min(
        p.period.end.year for p in ind.path)
    steps = []
    for year in range(first, ind.deadline.end.year):
        expected = ind.expected_at(Period.parse(str(year)), target=target)
        if expected is not None:
            steps.append(_t("{y}: {v}", y=_t(str(year)), v=_num(lang, expected.value)))
    return _joined(" · ", steps) if steps else _t("–")


# --- bestuursrapportage ------------------------------------------------------------


def _signals(model: Model, lang: str, measured: list[Progress]) -> list[Block]:
    """Every period against the value expected then, next to what was done about it."""
    w = _words(lang)
    out: list[Block] = [("h2", w("cycle.signals")), ("p", w("cycle.signals_text"))]
    if not measured:
        return [*out, ("p", w("cycle.no_measurements"))]
    rows = []
    for p in measured:
        signal = w(SIGNAL[p.signal.value])
        if p.signal in (Signal.BETTER, Signal.WORSE):
            signal = _t("**{s}**", s=signal)
        rows.append([model.results[p.result].statement, p.indicator, p.period.label,
                     _num(lang, p.expected), _num(lang, p.realised), _signed(lang, p.deviation),
                     signal, done(model, lang, p)])
    out.append(("table", [w("report.result"), w("report.indicator"), w("report.period"),
                          w("cycle.expected"), w("report.value"), w("cycle.deviation"),
                          w("report.signal"), w("cycle.done")], rows))
    return out + _waiting(model, lang, measured)


def _waiting(model: Model, lang: str, measured: list[Progress]) -> list[Block]:
    """The runs of signals worse than expected with nothing logged since the first."""
    w = _words(lang)
    late = unanswered(model, measured)
    if not late:
        return []
    return [("h3", w("cycle.unanswered")), ("ul", [w(
        "cycle.unanswered_item", result=model.results[u.result].statement,
        indicator=u.indicator, periods=_t(join(lang, [x.label for x in u.periods])))
        for u in late])]


def done(model: Model, lang: str, p: Progress) -> Any:
    """What was decided about a period's signal: the decisions, or that nothing is logged."""
    w = _words(lang)
    found = answers(model, p.result, p.indicator, p.period)
    if found:
        return _joined("; ", [_t("{d}: {x}", d=_t(date(lang, a.when)), x=a.decision)
                              for a in found])
    if p.signal in (Signal.BETTER, Signal.WORSE):
        return w("cycle.nothing_logged")
    return _t("–")


def _log(model: Model, lang: str, entries: Sequence[Adjustment]) -> list[Block]:
    """The adjustment log (bijsturingslog) as a table, by date."""
    w = _words(lang)
    out: list[Block] = [("h2", w("cycle.log"))]
    if not entries:
        return [*out, ("p", w("cycle.log_none"))]
    rows = []
    for a in sorted(entries, key=lambda a: a.when):
        rows.append([_t(date(lang, a.when)),
                     _t("{i} ({p})", i=a.signal.indicator, p=_t(a.signal.period.label)),
                     a.decision, model.label(a.decided_by), _changes(model, lang, a)])
    out.append(("table", [w("cycle.date"), w("cycle.signal"), w("cycle.decision"),
                          w("cycle.decided_by"), w("cycle.changes")], rows))
    return out


def _changes(model: Model, lang: str, a: Adjustment) -> Any:
    w = _words(lang)
    items = []
    for c in a.changes:
        name = model.interventions[c.intervention].name if c.intervention else ""
        items.append(w(_CHANGE[c.kind.value], intervention=name, condition=c.condition or "",
                       value=_num(lang, c.value)))
    return _joined("; ", items) if items else _t("–")


def answered(model: Model, lang: str, measured: list[Progress]) -> list[Block]:
    """For the full memo: the signals still waiting for an answer, and the log (if any)."""
    out = _waiting(model, lang, measured)
    if model.adjustments:
        out += [("h3", b[1]) if b[0] == "h2" else b
                for b in _log(model, lang, model.adjustments)]
    return out


# --- jaarrekening ------------------------------------------------------------------


def _jaarrekening(model: Model, pid: str, lang: str, measured: list[Progress]) -> list[Block]:
    """What did we achieve, do and spend in the year, against what the budget promised."""
    w = _words(lang)
    year = accounts_year(measured)
    if year is None:
        return [("p", w("cycle.no_year"))]
    view = perspective(model, pid)
    b = budget(model, pid)
    mine = {r.id for r, _ in b.achieve}
    last = latest(p for p in measured if p.period.end.year == year and p.result in mine)
    rows = [[_whose(model, view, model.results[p.result], lang), p.indicator, p.period.label,
             _num(lang, p.expected), _num(lang, p.realised), _signed(lang, p.deviation),
             w(SIGNAL[p.signal.value])] for p in last.values()]
    out: list[Block] = [("h2", w("cycle.q_achieved", year=_t(str(year))))]
    if rows:
        out.append(("table", [w("report.result"), w("report.indicator"), w("report.period"),
                              w("cycle.promised"), w("report.value"), w("cycle.deviation"),
                              w("report.signal")], rows))
    else:
        out.append(("p", w("cycle.no_measurements")))
    out.append(("h2", w("cycle.q_done", year=_t(str(year)))))
    out.append(("ul", [w("cycle.done_item", name=i.name, by=model.label(i.by)) for i in b.do]))
    decided = [a for a in model.adjustments if a.when.year == year]
    if decided:
        out.append(("p", w("cycle.adjusted", year=_t(str(year)))))
        out.append(("ul", [_t("{d}: {x}", d=_t(date(lang, a.when)), x=a.decision)
                           for a in sorted(decided, key=lambda a: a.when)]))
    return out + _costs(model, lang, b.do, year)


def _costs(model: Model, lang: str, done: Sequence[Any], year: int) -> list[Block]:
    """What each intervention cost in the year, against its budget."""
    w = _words(lang)
    rows = []
    planned = real = 0.0
    for it in done:
        used = spent(it, year)
        planned += it.cost or 0
        real += used or 0
        rows.append([it.name, _money(it.cost, lang) if it.cost is not None else
                     w("report.no_cost"), _money(used, lang) if used is not None else
                     w("cycle.not_given"), _signed_money(lang, it.cost, used)])
    rows.append([_t("**{t}**", t=w("report.total")), _t("**{c}**", c=_money(planned, lang)),
                 _t("**{c}**", c=_money(real, lang)), _t("")])
    missing = [it.name for it in done if spent(it, year) is None]
    out: list[Block] = [("h2", w("cycle.q_cost", year=_t(str(year)))),
                        ("table", [w("report.intervention"), w("cycle.budgeted"),
                                   w("cycle.spent"), w("cycle.difference")], rows)]
    if missing:
        out.append(("p", w("cycle.spent_missing", names=_joined(", ", missing))))
    return out


def _signed_money(lang: str, planned: float | None, used: float | None) -> _Text:
    """Spent − budgeted, with its sign (``–`` when either is not known)."""
    if planned is None or used is None:
        return _t("–")
    diff = used - planned
    text = _money(abs(diff), lang)
    return text if diff == 0 else _t("{s}{m}", s=_t("+" if diff > 0 else "−"), m=text)
