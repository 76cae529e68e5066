"""Who may claim what: verdicts with reasons, and the ceiling of accountability."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, overload

import attrs

from resultaat._collector import paused
from resultaat.analysis._index import Routes, party_id, result_id
from resultaat.analysis._mention import route as steps
from resultaat.analysis._perspective import (
    BELOW_CEILING,
    Control,
    Facts,
    Perspective,
    Seen,
    Standing,
    Verdict,
    facts_of,
    perspective,
    verdict,
)
from resultaat.analysis._plain import name_of, names_of, plain
from resultaat.analysis._steering import Progress
from resultaat.model._model import COLLECTIVE, Effect, Level, Model, Party, PartyKind, Result
from resultaat.text._catalogue import (
    DEFAULT,
    LEVEL,
    SCOPE,
    SIGNAL,
    capitalised,
    join,
    message,
    plural,
)
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

    def __str__(self) -> str:
        """The first reason: what the party may claim, as a sentence."""
        return self.reasons[0] if len(self.reasons) else repr(self)

    def as_dict(self, model: Model | None = None, *, lang: str | None = None) -> dict[str, Any]:
        """The claim as plain values, with names and statements beside the ids.

        ``share_low`` and ``share_high`` are :attr:`share_range`; ``via``
        lists the routes, each a list of node ids.

        Args:
            model: the model the claim was judged in (default: the one it
                remembers; a claim that was copied, pickled or made by hand
                needs it, and keeps its reasons as they were written).
            lang: the language of the reasons and names (default: the
                language the claim was judged in).

        Raises:
            SettingError: the claim does not remember its model and none is given.

        >>> import resultaat
        >>> c = resultaat.judge(resultaat.example("rolstoel"), "municipality", "mobility")
        >>> row = c.as_dict()
        >>> row["party"], row["party_name"], row["verdict"], row["share"]
        ('municipality', 'Gemeente Nijkerk', 'owns', 0.833333333333)
        >>> print(row["reasons"][0])
        “De mobiliteit van mevrouw Jansen is gefaciliteerd” is een eigen resultaat van Gemeente
        Nijkerk en mag als zodanig geclaimd worden.
        >>> print(c.as_dict(lang="en")["reasons"][0])
        “De mobiliteit van mevrouw Jansen is gefaciliteerd” belongs to Gemeente Nijkerk and may
        be claimed as an own result.
        """
        reasons: Sequence[str] = self.reasons
        if isinstance(reasons, Reasons):
            model = reasons.model if model is None else model
            lang = verify_language(reasons.lang if lang is None else lang)
            if lang != reasons.lang:
                reasons = reasons.in_language(lang)
        if model is None:
            from resultaat._errors import SettingError

            raise SettingError(message(DEFAULT, "error.claim_alone"))
        lang = verify_language(model.language.value if lang is None else lang)
        low, high = self.share_range or (None, None)
        return {
            "party": self.party, "party_name": name_of(model, self.party, lang),
            "result": self.result, "result_statement": name_of(model, self.result, lang),
            "level": plain(model.results[self.result].level),
            "owner": self.owner, "owner_name": name_of(model, self.owner, lang),
            "verdict": plain(self.verdict), "via": plain(self.via),
            "co_contributors": list(self.co_contributors),
            "co_contributor_names": names_of(model, self.co_contributors, lang),
            "factors": list(self.factors), "factor_names": names_of(model, self.factors, lang),
            "share": plain(self.share), "share_low": plain(low), "share_high": plain(high),
            "share_exact": self.share_exact, "claimable_value": plain(self.claimable_value),
            "reasons": list(reasons),
        }


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
        return [_claim(model, view, facts, lang, shares) for facts in view.claim_facts()]


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
    view = perspective(model, pid)
    seen = view[rid]
    return _claim(model, view, facts_of(seen), lang, shares, seen)


def _claim(model: Model, view: Perspective, facts: Facts, lang: str, shares: bool,
           seen: Seen | None = None) -> Claim:
    rid, standing, _, routes, others, factors, belongs_to, att, share = facts
    r = model.results[rid]
    if not shares:
        share = None
    pid = view.party
    value = span = None
    if share is not None:
        value = claimable_value(r, share)
        if att is not None:  # without ranged weights the range is the point
            span = att.range_of(pid, model) if att.corners else (share, share)
    return Claim(  # by position: many are made (the order of Claim's attributes)
        pid, rid, belongs_to or COLLECTIVE, verdict(standing), routes, others, factors, share,
        att.exact if span is not None and att is not None else True, value,
        Reasons(model, pid, r, seen, value, span, lang, view, routes, shares), span,
    )


class Reasons(Sequence[str]):
    """A claim's reasons, written when first read (most claims listed are never read).

    Keeps what they are written from: the party's view and the claim's
    routes, from which the result's record (:class:`Seen`) is worked out
    when first read, or the record itself. Compares equal to the tuple of
    its sentences, and shows as one.
    """

    __slots__ = ("_lang", "_routes", "_seen", "_shares", "_text", "_view", "model", "party",
                 "result", "span", "value")

    def __init__(self, model: Model, party: str, result: Result, seen: Seen | None,
                 value: float | None, span: tuple[float, float] | None, lang: str,
                 view: Perspective, routes: Routes, shares: bool = True) -> None:
        self.model = model
        self.party = party
        self.result = result
        self._seen = seen
        self._view = view
        self._routes = routes
        self._shares = shares
        self.value = value
        self.span = span
        self._lang = lang
        self._text: tuple[str, ...] | None = None

    @property
    def seen(self) -> Seen:
        """The result as the party sees it (without its share, where the claim has none)."""
        seen = self._seen
        if seen is None:  # two threads may both work it out: the same record
            seen = self._view.record(self.result.id, self._routes)
        if not self._shares and seen.share is not None:
            seen = attrs.evolve(seen, share=None)
        self._seen = seen
        return seen

    def in_language(self, lang: str) -> Reasons:
        """The same reasons, to be written in ``lang``."""
        return Reasons(self.model, self.party, self.result, self._seen, self.value, self.span,
                       lang, self._view, self._routes, self._shares)

    @property
    def lang(self) -> str:
        """The language the reasons are written in."""
        return self._lang

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
        return (capitalised(message(lang, "claims.none", party=name, result=r.statement)),)
    harmful = not r.intended and r.effect is Effect.NEGATIVE
    reasons: list[str] = [message(lang, "claims.answers_for", party=name, result=r.statement)
                          if harmful else _standing_reason(f, lang)]
    if seen.routes:
        reasons += _route_reasons(model, pid, seen.routes, lang)
    if seen.others:
        names = join(lang, [model.label(p) for p in seen.others])
        reasons.append(plural(lang, "claims.others_harm", len(seen.others), names=names)
                       if harmful else
                       plural(lang, "claims.others", len(seen.others), names=names))
    if seen.factors:
        reasons.append(plural(lang, "claims.factors", len(seen.factors),
                              names=join(lang, [model.label(x) for x in seen.factors])))
    reasons += _share_reasons(f, lang)
    for p in seen.progress:
        reasons.append(_measured(model, p, lang))
    if not r.intended and not harmful:
        reasons.append(message(lang, "claims.side_effect_pos"))
    return tuple(capitalised(x) for x in reasons)


def _measured(model: Model, p: Progress, lang: str) -> str:
    """The latest measurement of an indicator, against what was expected then."""
    target = "–" if p.target is None else number(lang, p.target)
    signal = message(lang, SIGNAL[p.signal.value])
    ind = model.results[p.result].indicator(p.indicator)
    deadline = ind.deadline if ind is not None else None
    if deadline is not None and p.expected is not None:
        return message(lang, "claims.measured_path", indicator=p.indicator,
                       value=number(lang, p.realised), period=p.period.label,
                       expected=number(lang, p.expected), target=target,
                       deadline=deadline.label, signal=signal)
    return message(lang, "claims.measured", indicator=p.indicator,
                   value=number(lang, p.realised), period=p.period.label, target=target,
                   signal=signal)


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
    shown = [message(lang, "claims.through", path=steps(model, lang, chain[1:-1]))
             if len(chain) > 2 else message(lang, "claims.direct") for chain in routes[:3]]
    text = join(lang, shown) if len(routes) <= 3 else plural(
        lang, "claims.via_more", len(routes) - 3, paths=", ".join(shown))
    out = [message(lang, "claims.via", paths=text)]
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

    def as_dict(self, model: Model, *, lang: str | None = None) -> dict[str, Any]:
        """The ceiling as plain values, with names and statements beside the ids.

        >>> import resultaat
        >>> m = resultaat.example("wheelchair")
        >>> ceiling(m, "municipality").as_dict(m)["below_names"]
        ["Mrs Jansen's mobility is facilitated", 'The wheelchair is delivered within six weeks']
        """
        lang = verify_language(model.language.value if lang is None else lang)
        out: dict[str, Any] = {"party": self.party,
                               "party_name": name_of(model, self.party, lang)}
        for key, ids in (("below", self.below), ("above", self.above),
                         ("interventions", self.interventions),
                         ("commissioned", self.commissioned)):
            out[key] = list(ids)
            out[f"{key}_names"] = names_of(model, ids, lang)
        out["indicators"] = [
            {"result": i.result, "result_statement": name_of(model, i.result, lang),
             "indicator": i.indicator, "control": plain(i.control), "outside": list(i.outside),
             "outside_names": names_of(model, i.outside, lang)} for i in self.indicators]
        return out


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
    for rid in view.involved():
        (below if view.control(rid) in BELOW_CEILING else above).append(rid)
        control, outside = view.indicator_control(rid), tuple(view.outside(rid))
        classes.extend(IndicatorClass(rid, ind.name, control, outside)
                       for ind in model.results[rid].indicators)
    return Ceiling(view.party, tuple(below), tuple(above),
                   tuple(i for i in model.interventions if view.standing(i) is Standing.OWN),
                   tuple(classes),
                   tuple(i for i in model.interventions
                         if view.standing(i) is Standing.COMMISSIONED))

