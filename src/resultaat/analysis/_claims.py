"""Who may claim what: verdicts with reasons, and the ceiling of accountability."""

from __future__ import annotations

import enum
from collections.abc import Sequence

import attrs

from resultaat.analysis._attribution import attribution
from resultaat.analysis._index import Index, index, party_id, result_id
from resultaat.analysis._steering import Progress, latest, progress
from resultaat.model._model import COLLECTIVE, Effect, Model, Party, Result
from resultaat.text._catalogue import SCOPE, SIGNAL, check_language, join, message, plural


class Verdict(enum.StrEnum):
    """What a party may claim of a result."""

    OWNS = "owns"
    """The party owns the result: it may claim it, and acknowledges the others."""
    CONTRIBUTES = "contributes"
    """The result is someone else's or collective: the party may claim its contribution only."""
    NONE = "none"
    """Nothing the party does leads to the result."""


@attrs.frozen
class Claim:
    """The judgement of "party achieved result", with its reasons.

    Attributes:
        party: the party id.
        result: the result id.
        owner: the result's owner (a party id or ``"collective"``).
        verdict: see :class:`Verdict`.
        via: the routes by which the party reaches the result: one shortest
            route from each of its entry points (itself, each intervention it
            carries out or co-produces, each cooperation it belongs to).
        co_contributors: the other parties with a path into the result.
        factors: the external factors upstream of the result.
        share: the party's share of the credit (see :func:`attribution`), or
            ``None`` where no contribution upstream declares a role or weight.
        share_exact: whether ``share`` is exact (else estimated).
        claimable_value: value × (1 − deadweight) × (1 − displacement) ×
            share, over the duration with drop-off, where the result has a value.
        reasons: plain sentences a council memo can quote.
    """

    party: str
    result: str
    owner: str
    verdict: Verdict
    via: tuple[tuple[str, ...], ...]
    co_contributors: tuple[str, ...]
    factors: tuple[str, ...]
    share: float | None
    share_exact: bool
    claimable_value: float | None
    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        """The reasons as one paragraph."""
        return " ".join(self.reasons)


def claims(model: Model, party: str | Party, *, lang: str | None = None) -> list[Claim]:
    """Every result a party owns or contributes to, judged, in model order.

    >>> import resultaat
    >>> m = resultaat.example("wheelchair")
    >>> for c in claims(m, "municipality"):
    ...     print(f"{c.verdict:12} {c.result}")
    owns         mobility
    contributes  moves
    contributes  participates
    contributes  lively
    contributes  relieved
    contributes  waiting
    """
    pid = party_id(model, party)
    idx = index(model)
    routes = idx.routes(pid)
    found = sorted({*routes, *idx.owned_by.get(pid, ())}, key=idx.position.__getitem__)
    lang = check_language(model.language if lang is None else lang)
    return [_judge(idx, pid, model.results[rid], routes.get(rid, []), lang) for rid in found]


def judge(model: Model, party: str | Party, result: str | Result, *,
          lang: str | None = None) -> Claim:
    """The claim of one party on one result, also when there is no path.

    >>> import resultaat
    >>> m = resultaat.example("wheelchair")
    >>> c = judge(m, "municipality", "participates")
    >>> c.verdict
    <Verdict.CONTRIBUTES: 'contributes'>
    >>> print(c.reasons[0])
    Municipality of Nijkerk may claim a contribution to “Mrs Jansen takes part in ...”, not the
    result itself: it belongs to Mrs Jansen.
    """
    pid = party_id(model, party)
    rid = result_id(model, result)
    idx = index(model)
    return _judge(idx, pid, model.results[rid], idx.routes(pid).get(rid, []),
                  check_language(model.language if lang is None else lang))


def _judge(idx: Index, pid: str, r: Result, routes: Sequence[tuple[str, ...]],
           lang: str) -> Claim:
    model = idx.model
    reached = bool(idx.up_parties[r.id] & idx.pbit[pid])
    own_coops = _coops_of(idx, pid)
    others = [p for p in idx.parties_in(idx.up_parties[r.id] & ~idx.closure[pid])
              if p not in own_coops]
    factors = idx.factors_in(idx.up_factors[r.id])
    name = model.label(pid)
    if r.owner == pid:
        verdict = Verdict.OWNS
    elif reached:
        verdict = Verdict.CONTRIBUTES
    else:
        verdict = Verdict.NONE
    share: float | None = None
    exact = True
    value: float | None = None
    reasons: list[str] = []
    if verdict is Verdict.NONE:
        reasons.append(message(lang, "claims.none", party=name, result=r.statement))
    else:
        if verdict is Verdict.OWNS:
            reasons.append(message(lang, "claims.owns", party=name, result=r.statement)
                           if reached else
                           message(lang, "claims.owns_no_path", party=name, result=r.statement))
        elif r.owner == COLLECTIVE:
            reasons.append(message(lang, "claims.contributes_collective", party=name,
                                   result=r.statement, level=r.level.value,
                                   scope=message(lang, SCOPE[r.level.value])))
        else:
            reasons.append(message(lang, "claims.contributes_owner", party=name,
                                   result=r.statement, owner=model.label(r.owner)))
        if routes:
            shown = [message(lang, "claims.through",
                             path=" → ".join(model.label(n) for n in route[1:-1]))
                     if len(route) > 2 else message(lang, "claims.direct")
                     for route in routes[:3]]
            text = join(lang, shown) if len(routes) <= 3 else plural(
                lang, "claims.via_more", len(routes) - 3, paths=", ".join(shown))
            reasons.append(message(lang, "claims.via", party=name, paths=text))
            coops = [n for n in dict.fromkeys(route[1] for route in routes if len(route) > 1)
                     if n in model.parties]
            for coop in coops:
                members = [model.label(m) for m in model.parties[coop].members if m != pid]
                reasons.append(message(lang, "claims.member", party=name, coop=model.label(coop),
                                       others=join(lang, members)) if members else
                               message(lang, "claims.member_alone", party=name,
                                       coop=model.label(coop)))
        if others:
            reasons.append(message(lang, "claims.others",
                                   names=join(lang, [model.label(p) for p in others])))
        if factors:
            reasons.append(plural(lang, "claims.factors", len(factors),
                                  names=join(lang, [model.label(f) for f in factors])))
        if reached:
            att = attribution(model, r.id)
            if att.basis:
                share = att.share_of(pid, model)
                exact = att.exact
                pct = percent(share)
                if att.exact:
                    reasons.append(message(lang, "claims.share", party=name, share=pct))
                else:
                    reasons.append(message(lang, "claims.share_sampled", party=name, share=pct,
                                           samples=att.samples,
                                           bound=percent(att.error_bound)))
                value = claimable_value(r, share)
                if value is not None:
                    reasons.append(plural(lang, "claims.value", r.duration or 1,
                                          value=f"{value:,.0f}"))
        for p in _measured(idx).get(r.id, ()):
            target = "–" if p.target is None else f"{p.target:g}"
            reasons.append(message(lang, "claims.measured", indicator=p.indicator,
                                   value=f"{p.realised:g}", period=p.period.label, target=target,
                                   signal=message(lang, SIGNAL[p.signal.value])))
        if not r.intended:
            reasons.append(message(lang, "claims.side_effect_neg", party=name)
                           if r.effect is Effect.NEGATIVE
                           else message(lang, "claims.side_effect_pos"))
    return Claim(
        party=pid, result=r.id, owner=r.owner, verdict=verdict,
        via=tuple(routes), co_contributors=tuple(others), factors=tuple(factors),
        share=share, share_exact=exact, claimable_value=value, reasons=tuple(reasons),
    )


def _measured(idx: Index) -> dict[str, list[Progress]]:
    """Result id → the latest progress of each of its indicators (model measurements)."""
    found: dict[str, list[Progress]] | None = idx.memo.get("measured")
    if found is None:
        found = {}
        for p in latest(progress(idx.model)).values():
            found.setdefault(p.result, []).append(p)
        idx.memo["measured"] = found
    return found


def _coops_of(idx: Index, pid: str) -> set[str]:
    out: set[str] = set()
    stack = list(idx.cooperations_of[pid])
    while stack:
        c = stack.pop()
        if c not in out:
            out.add(c)
            stack.extend(idx.cooperations_of[c])
    return out


def percent(x: float) -> str:
    """A share as a percentage: whole numbers, one decimal below 1%."""
    return f"{x * 100:.0f}%" if x >= 0.01 or x == 0 else f"{x * 100:.1f}%"


def claimable_value(result: Result, share: float) -> float | None:
    """The value a party may claim for its share of a result (``None`` without a value).

    value × (1 − deadweight) × (1 − displacement) × share in the first
    year; each later year of ``duration`` keeps (1 − drop_off) of the
    year before. The deductions multiply.

    >>> r = Result("r", "R", "micro", owner="p", value=1000, deadweight=0.2,
    ...            displacement=0.1, drop_off=0.5, duration=3)
    >>> claimable_value(r, 0.5)
    630.0
    """
    if result.value is None:
        return None
    year = result.value * (1 - (result.deadweight or 0)) * (1 - (result.displacement or 0)) * share
    total = 0.0
    for _ in range(result.duration or 1):
        total += year
        year *= 1 - (result.drop_off or 0)
    return round(total, 9)


class Control(enum.StrEnum):
    CONTROLLABLE = "controllable"
    NOT_NECESSARILY_CONTROLLABLE = "not_necessarily_controllable"


@attrs.frozen
class IndicatorClass:
    """How far an indicator shows what one party did."""

    result: str
    indicator: str
    control: Control
    outside: tuple[str, ...]
    """The other parties and factors that feed the result (empty when controllable)."""


@attrs.frozen
class Ceiling:
    """The ceiling of accountability of a party.

    Attributes:
        party: the party id.
        below: the results the party answers for (it owns them), in model order.
        above: the results it can only contribute to.
        interventions: what it carries out itself (its outputs).
        indicators: every indicator of those results, classed.
    """

    party: str
    below: tuple[str, ...]
    above: tuple[str, ...]
    interventions: tuple[str, ...]
    indicators: tuple[IndicatorClass, ...]


def ceiling(model: Model, party: str | Party) -> Ceiling:
    """Split what a party answers for from what it can only contribute to.

    >>> import resultaat
    >>> c = ceiling(resultaat.example("wheelchair"), "municipality")
    >>> c.below, c.above
    (('mobility',), ('moves', 'participates', 'lively', 'relieved', 'waiting'))
    """
    pid = party_id(model, party)
    idx = index(model)
    bit = idx.pbit[pid]
    below: list[str] = []
    above: list[str] = []
    classes: list[IndicatorClass] = []
    for rid, r in model.results.items():
        reached = idx.up_parties[rid] & bit
        if r.owner == pid:
            below.append(rid)
        elif reached:
            above.append(rid)
        else:
            continue
        outside = idx.parties_in(idx.up_parties[rid] & ~idx.closure[pid])
        outside += idx.factors_in(idx.up_factors[rid])
        control = (Control.CONTROLLABLE if r.owner == pid and reached and not outside
                   else Control.NOT_NECESSARILY_CONTROLLABLE)
        classes.extend(IndicatorClass(rid, ind.name, control, tuple(outside))
                       for ind in r.indicators)
    return Ceiling(pid, tuple(below), tuple(above),
                   tuple(i for i, it in model.interventions.items() if it.by == pid),
                   tuple(classes))
