"""Who may claim what: verdicts with reasons, and the ceiling of accountability."""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

import attrs

from resultaat._collector import paused
from resultaat.analysis._index import Routes, party_id, result_id
from resultaat.analysis._perspective import (
    BELOW_CEILING,
    Control,
    Seen,
    Standing,
    Verdict,
    perspective,
)
from resultaat.model._model import COLLECTIVE, Effect, Level, Model, Party, PartyKind, Result
from resultaat.text._catalogue import LEVEL, SCOPE, SIGNAL, join, message, plural
from resultaat.text._languages import verify_language
from resultaat.text._numbers import number, percent


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
            carries out or co-produces, each cooperation it belongs to), each
            spelled out when read (a sequence that compares equal to a tuple).
        co_contributors: the other parties with a path into the result.
        factors: the external factors upstream of the result.
        share: the party's share of the credit (see :func:`attribution`), or
            ``None`` where no contribution upstream declares a role or weight.
        share_exact: whether ``share`` is exact (else estimated).
        share_range: the least and the most ``share`` can be over the weights
            given as ranges (``(share, share)`` when every weight is a single
            number), or ``None`` with ``share``.
        claimable_value: value × (1 − deadweight) × (1 − displacement) ×
            share, over the duration with drop-off, where the result has a value.
        reasons: plain sentences a council memo can quote (written when
            first read; a sequence that compares equal to a tuple).
    """

    party: str
    result: str
    owner: str
    verdict: Verdict
    via: Sequence[tuple[str, ...]]
    co_contributors: tuple[str, ...]
    factors: tuple[str, ...]
    share: float | None
    share_exact: bool
    claimable_value: float | None
    reasons: Sequence[str]
    share_range: tuple[float, float] | None = None

    @property
    def text(self) -> str:
        """The reasons as one paragraph."""
        return " ".join(self.reasons)


def claims(model: Model, party: str | Party, *, lang: str | None = None,
           shares: bool = True) -> list[Claim]:
    """Every result a party owns or contributes to, judged, in model order.

    ``shares=False`` leaves the shares of credit (and the value that follows
    from them) out of the claims and their reasons.

    >>> import resultaat
    >>> m = resultaat.example("wheelchair")
    >>> for c in claims(m, "municipality"):
    ...     print(f"{c.verdict:12} {c.result}")
    owns         mobility
    owns         delivered
    contributes  moves
    contributes  participates
    contributes  lively
    contributes  relieved
    contributes  waiting
    """
    lang = verify_language(model.language if lang is None else lang)
    view = perspective(model, party)
    with paused():  # many records that live on, and no cycles
        return [_claim(model, view.party, seen, lang, shares=shares) for seen in view.claimable()]


def judge(model: Model, party: str | Party, result: str | Result, *,
          lang: str | None = None, shares: bool = True) -> Claim:
    """The claim of one party on one result, also when there is no path.

    ``shares=False`` leaves the share of credit out, as in :func:`claims`.

    >>> import resultaat
    >>> m = resultaat.example("wheelchair")
    >>> c = judge(m, "municipality", "participates")
    >>> c.verdict
    <Verdict.CONTRIBUTES: 'contributes'>
    >>> print(c.reasons[0])
    Municipality of Nijkerk may claim a contribution to “Mrs Jansen takes part in ...”, not the
    result itself: it belongs to Mrs Jansen.
    """
    lang = verify_language(model.language if lang is None else lang)
    pid = party_id(model, party)
    rid = result_id(model, result)
    return _claim(model, pid, perspective(model, pid)[rid], lang, shares=shares)


def _claim(model: Model, pid: str, seen: Seen, lang: str, *, shares: bool = True) -> Claim:
    r = model.results[seen.node]
    if not shares:
        seen = attrs.evolve(seen, share=None)
    share, att = seen.share, seen.attribution
    value = span = None
    if share is not None:
        value = claimable_value(r, share)
        if att is not None:  # without ranged weights the range is the point
            span = att.range_of(pid, model) if att.corners else (share, share)
    return Claim(
        party=pid, result=r.id, owner=seen.belongs_to or COLLECTIVE, verdict=seen.verdict,
        via=seen.routes, co_contributors=seen.others, factors=seen.factors, share=share,
        share_exact=att.exact if span is not None and att is not None else True,
        claimable_value=value, reasons=Reasons(model, pid, r, seen, value, span, lang),
        share_range=span,
    )


class Reasons(Sequence[str]):
    """A claim's reasons, written when first read (most claims listed are never read).

    Keeps what they are written from (one is made per claim, so it holds the
    facts itself). Compares equal to the tuple of its sentences, and shows as one.
    """

    __slots__ = ("_lang", "_text", "model", "party", "result", "seen", "span", "value")

    def __init__(self, model: Model, party: str, result: Result, seen: Seen,
                 value: float | None, span: tuple[float, float] | None, lang: str) -> None:
        self.model = model
        self.party = party
        self.result = result
        self.seen = seen
        self.value = value
        self.span = span
        self._lang = lang
        self._text: tuple[str, ...] | None = None

    def _get(self) -> tuple[str, ...]:
        if self._text is None:  # two threads may both write it: the same text
            self._text = _reasons(self, self._lang)
        return self._text

    def __len__(self) -> int:
        return len(self._get())

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[str, ...]: ...

    def __getitem__(self, i: int | slice) -> str | tuple[str, ...]:
        return self._get()[i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return self._get() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._get())

    def __repr__(self) -> str:
        return repr(self._get())

    def __reduce__(self) -> tuple[type, tuple[tuple[str, ...]]]:
        return tuple, (self._get(),)  # pickled and copied as the plain tuple


def _reasons(f: Reasons, lang: str) -> tuple[str, ...]:
    model, r, pid, seen = f.model, f.result, f.party, f.seen
    name = model.label(pid)
    if seen.standing is Standing.OUT_OF_REACH:
        return (message(lang, "claims.none", party=name, result=r.statement),)
    harmful = not r.intended and r.effect is Effect.NEGATIVE
    reasons: list[str] = [message(lang, "claims.answers_for", party=name, result=r.statement)
                          if harmful else _standing_reason(f, lang)]
    if seen.routes:
        reasons += _route_reasons(model, pid, seen.routes, lang)
    if seen.others:
        reasons.append(message(lang, "claims.others",
                               names=join(lang, [model.label(p) for p in seen.others])))
    if seen.factors:
        reasons.append(plural(lang, "claims.factors", len(seen.factors),
                              names=join(lang, [model.label(x) for x in seen.factors])))
    reasons += _share_reasons(f, lang)
    for p in seen.progress:
        target = "–" if p.target is None else number(lang, p.target)
        reasons.append(message(lang, "claims.measured", indicator=p.indicator,
                               value=number(lang, p.realised), period=p.period.label,
                               target=target,
                               signal=message(lang, SIGNAL[p.signal.value])))
    if not r.intended and not harmful:
        reasons.append(message(lang, "claims.side_effect_pos"))
    return tuple(reasons)


def _standing_reason(f: Reasons, lang: str) -> str:
    """The first reason: what the result is to the party."""
    model, r, seen = f.model, f.result, f.seen
    name = model.label(f.party)
    if seen.standing is Standing.OWN:
        return (message(lang, "claims.owns", party=name, result=r.statement) if seen.reached
                else message(lang, "claims.owns_no_path", party=name, result=r.statement))
    if seen.standing is Standing.COLLECTIVE:
        return message(lang, "claims.contributes_collective", party=name, result=r.statement,
                       level=message(lang, LEVEL[r.level.value]), scope=_scope(f, lang))
    return message(lang, "claims.contributes_owner", party=name, result=r.statement,
                   owner=model.label(seen.belongs_to or COLLECTIVE))


def _scope(f: Reasons, lang: str) -> str:
    """Whose a collective result is: a cooperation's meso results are the region's."""
    model = f.model
    through_coop = model.parties[f.party].kind is PartyKind.COOPERATION or any(
        len(chain) > 1 and chain[1] in model.parties for chain in f.seen.routes.entries())
    if f.result.level is Level.MESO and through_coop:
        return message(lang, "claims.scope_region")
    return message(lang, SCOPE[f.result.level.value])


def _share_reasons(f: Reasons, lang: str) -> list[str]:
    """The party's share of the credit, and the value it may claim."""
    seen, att = f.seen, f.seen.attribution
    if seen.share is None or att is None:
        return []
    name = f.model.label(f.party)
    low, high = f.span or (seen.share, seen.share)
    pct = share_text(lang, seen.share, low, high)
    out = [message(lang, "claims.share", party=name, share=pct) if att.exact else
           message(lang, "claims.share_sampled", party=name, share=pct,
                   samples=number(lang, att.samples or 0), bound=percent(lang, att.error_bound))]
    if f.value is not None:
        out.append(plural(lang, "claims.value", f.result.duration or 1,
                          value=number(lang, round(f.value))))
    return out


def _route_reasons(model: Model, pid: str, routes: Routes, lang: str) -> list[str]:
    name = model.label(pid)
    shown = [message(lang, "claims.through",
                     path=" → ".join(model.label(n) for n in route[1:-1]))
             if len(route) > 2 else message(lang, "claims.direct") for route in routes[:3]]
    text = join(lang, shown) if len(routes) <= 3 else plural(
        lang, "claims.via_more", len(routes) - 3, paths=", ".join(shown))
    out = [message(lang, "claims.via", party=name, paths=text)]
    for iid in dict.fromkeys(chain[1] for chain in routes.entries() if len(chain) == 2):
        it = model.interventions.get(iid)
        if it is not None and it.commissioned_by == pid:
            out.append(message(lang, "claims.commissioner", party=name, name=it.name,
                               provider=model.label(it.by)))
    coops = [n for n in dict.fromkeys(chain[1] for chain in routes.entries() if len(chain) > 1)
             if n in model.parties]
    for coop in coops:
        members = [model.label(m) for m in model.parties[coop].members if m != pid]
        out.append(message(lang, "claims.member", party=name, coop=model.label(coop),
                           others=join(lang, members)) if members else
                   message(lang, "claims.member_alone", party=name, coop=model.label(coop)))
    return out


def share_text(lang: str, share: float, low: float, high: float) -> str:
    """A share of credit as people should read it: a range, or a rounded figure.

    The one place a share is written for a reader (reasons, diagram,
    report): ``"10–20%"`` where the weight ranges give a spread that shows
    after rounding, else ``"about 13%"``. The sentence around it says the
    share rests on stated weights, not on measurement.

    >>> share_text("en", 0.13, 0.13, 0.13), share_text("en", 0.15, 0.1, 0.2)
    ('about 13%', '10–20%')
    """
    lo, hi = percent(lang, low), percent(lang, high)
    if lo == hi:
        return message(lang, "share.point", share=percent(lang, share))
    return message(lang, "share.range", low=number(lang, round(low * 100)), high=hi)


def claimable_value(result: Result, share: float) -> float | None:
    """The value a party may claim for its share of a result (``None`` without a value).

    value × (1 − deadweight) × (1 − displacement) × share in the first
    year; each later year of ``duration`` keeps (1 − drop_off) of the
    year before. The deductions multiply. A model holds at most 100 years
    (``MAX_YEARS``), so the sum stays short.

    >>> r = Result("r", "R", "micro", owner="p", value=1000, deadweight=0.2,
    ...            displacement=0.1, drop_off=0.5, duration=3)
    >>> claimable_value(r, 0.5)
    630.0
    """
    if result.value is None:
        return None
    year = result.value * (1 - (result.deadweight or 0)) * (1 - (result.displacement or 0)) * share
    keep = 1 - (result.drop_off or 0)
    years = result.duration or 1
    total = 0.0
    for _ in range(years):
        total += year
        year *= keep
    return round(total, 9)


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

    The ceiling is defined by control, not by ownership: below it are the
    results the party controls itself or by contract (see :class:`Control`),
    owned or not; declaring a result one's own does not move it.

    Attributes:
        party: the party id.
        below: the results the party answers for (it controls them), in model order.
        above: the results it owns or contributes to but does not control.
        interventions: what it carries out itself (its outputs).
        commissioned: what it commissions others to carry out.
        indicators: every indicator of those results, classed.
    """

    party: str
    below: tuple[str, ...]
    above: tuple[str, ...]
    interventions: tuple[str, ...]
    indicators: tuple[IndicatorClass, ...]
    commissioned: tuple[str, ...] = ()


def ceiling(model: Model, party: str | Party) -> Ceiling:
    """Split what a party answers for from what it can only contribute to.

    >>> import resultaat
    >>> c = ceiling(resultaat.example("wheelchair"), "municipality")
    >>> c.below, c.above
    (('mobility', 'delivered'), ('moves', 'participates', 'lively', 'relieved', 'waiting'))
    """
    view = perspective(model, party)
    below: list[str] = []
    above: list[str] = []
    classes: list[IndicatorClass] = []
    contracted = {p for it in model.interventions.values() if it.commissioned_by == view.party
                  for p in (it.by, *it.partners)}
    for rid in view.involved():
        held = view.control(rid)
        (below if held in BELOW_CEILING else above).append(rid)
        outside = view.outside(rid)
        control = _indicator_control(held, outside, contracted)
        classes.extend(IndicatorClass(rid, ind.name, control, tuple(outside))
                       for ind in model.results[rid].indicators)
    return Ceiling(view.party, tuple(below), tuple(above),
                   tuple(i for i in model.interventions if view.standing(i) is Standing.OWN),
                   tuple(classes),
                   tuple(i for i in model.interventions
                         if view.standing(i) is Standing.COMMISSIONED))


def _indicator_control(held: Control, outside: list[str], contracted: set[str]) -> Control:
    """An indicator shows what the party did when nobody outside it (or its contract) feeds it."""
    if held is Control.CONTROLLABLE and not outside:
        return Control.CONTROLLABLE
    if held in BELOW_CEILING and outside and set(outside) <= contracted:
        return Control.CONTRACTED
    return Control.NOT_NECESSARILY_CONTROLLABLE
