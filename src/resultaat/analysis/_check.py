"""The model check: what people forget, and claims that say too much.

Each check code is one small function in :data:`RULES`, registered with
:func:`rule` together with its severity; its docstring says what it finds.
:func:`check` runs them in the order they are registered, which is the
order of :data:`CODES`. A code is explained in docs/concepts.md (a test
keeps it so).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator

import attrs

from resultaat.analysis._claims import Ceiling, Control, ceiling
from resultaat.analysis._index import Index, index
from resultaat.analysis._perspective import (
    Perspective,
    Seen,
    Standing,
    Verdict,
    owners,
    perspective,
)
from resultaat.analysis._story import GRADE, assess_in
from resultaat.model._model import ClaimAs, Level, Model, Role, StatedClaim, Status, Strength
from resultaat.text._catalogue import N_, STATUS, join, message, plural
from resultaat.text._languages import verify_language


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen
class Finding:
    """One thing the check found.

    Attributes:
        code: one of :data:`CODES`.
        severity: ``error``, ``warning`` or ``info``.
        subject: the id the finding is about (for claims: ``party→result``).
        message: a sentence that says what is wrong and what to do.
    """

    code: str
    severity: Severity
    subject: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "severity": self.severity.value,
                "subject": self.subject, "message": self.message}


@attrs.frozen
class Found:
    """What a rule yields: the subject, the message, and a severity where it differs."""

    subject: str
    message: str
    severity: Severity | None = None


@attrs.define
class Context:
    """What the rules of one check share: the model, the language, and what was worked out."""

    model: Model
    lang: str
    idx: Index
    _views: dict[str, Perspective] = attrs.field(factory=dict)
    _seen: dict[tuple[str, str], Seen] = attrs.field(factory=dict)
    _ceilings: dict[str, Ceiling] = attrs.field(factory=dict)

    def view(self, party: str) -> Perspective:
        """The model seen from a party."""
        found = self._views.get(party)
        if found is None:
            found = self._views[party] = perspective(self.model, party)
        return found

    def seen(self, claim: StatedClaim) -> Seen:
        """The claimed result seen from the claiming party."""
        key = (claim.party, claim.result)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self.view(claim.party)[claim.result]
        return found

    def ceiling(self, party: str) -> Ceiling:
        found = self._ceilings.get(party)
        if found is None:
            found = self._ceilings[party] = ceiling(self.model, party)
        return found

    def label(self, node: str) -> str:
        return self.model.label(node)


Rule = Callable[[Context], Iterator[Found]]


@attrs.frozen
class Registered:
    """A check code: its severity (the highest it gives) and the rule that finds it."""

    code: str
    severity: Severity
    find: Rule

    @property
    def doc(self) -> str:
        """What the rule finds (its docstring)."""
        return (self.find.__doc__ or "").strip()


RULES: list[Registered] = []
"""Every check rule, in the order findings are reported."""


def rule(code: str, severity: Severity) -> Callable[[Rule], Rule]:
    """Register a function as the rule that finds ``code``."""
    if any(r.code == code for r in RULES):
        raise ValueError(f"check code {code!r} is registered twice")

    def register(find: Rule) -> Rule:
        RULES.append(Registered(code, severity, find))
        return find

    return register


@rule("overclaim", Severity.ERROR)
def _overclaim(ctx: Context) -> Iterator[Found]:
    """A stated claim says ``owns`` where the verdict is ``contributes`` or ``none``, or
    ``contributes`` where there is no path."""
    lang = ctx.lang
    for s in ctx.model.claims:
        seen = ctx.seen(s)
        r = ctx.model.results[s.result]
        src = message(lang, "check.source", source=s.source) if s.source else ""
        party = ctx.label(s.party)
        subject = f"{s.party}→{s.result}"
        if s.claimed_as is ClaimAs.OWNS and seen.verdict is not Verdict.OWNS:
            if seen.verdict is Verdict.NONE:
                verdict = message(lang, "check.verdict_none", party=party)
            elif seen.standing is Standing.COLLECTIVE:
                verdict = message(lang, "check.verdict_collective", level=r.level.value,
                                  party=party)
            else:
                verdict = message(lang, "check.verdict_contributes",
                                  owner=ctx.label(seen.belongs_to or ""), party=party)
            instead = (message(lang, "check.instead_contrib", result=r.statement)
                       if seen.verdict is Verdict.CONTRIBUTES else
                       message(lang, "check.instead_nothing", party=party))
            yield Found(subject, message(lang, "check.overclaim_owns", party=party,
                                         result=r.statement, source=src, verdict=verdict,
                                         instead=instead))
        elif s.claimed_as is ClaimAs.CONTRIBUTES and seen.verdict is Verdict.NONE:
            yield Found(subject, message(lang, "check.overclaim_none", party=party,
                                         result=r.statement, source=src))


@rule("immodest", Severity.WARNING)
def _immodest(ctx: Context) -> Iterator[Found]:
    """A party claims to own a result without acknowledging the other contributors and the
    external factors, or claims a meso or macro result as its own."""
    lang = ctx.lang
    for s in ctx.model.claims:
        if s.claimed_as is not ClaimAs.OWNS:
            continue
        seen = ctx.seen(s)
        r = ctx.model.results[s.result]
        subject = f"{s.party}→{s.result}"
        missing = [x for x in (*seen.others, *seen.factors) if x not in s.acknowledges]
        if missing:
            yield Found(subject, message(lang, "check.immodest", party=ctx.label(s.party),
                                         result=r.statement,
                                         missing=join(lang, [ctx.label(x) for x in missing])))
        elif r.level is not Level.MICRO and not s.acknowledges:
            yield Found(subject, message(lang, "check.immodest_level", party=ctx.label(s.party),
                                   result=r.statement, level=r.level.value))


@rule("conditions-not-met", Severity.ERROR)
def _conditions_not_met(ctx: Context) -> Iterator[Found]:
    """A party claims results of an intervention whose conditions are not in place: an error
    when one is not met, a warning when they are only unknown."""
    lang = ctx.lang
    claimed_by: dict[str, set[str]] = {}
    for s in ctx.model.claims:
        claimed_by.setdefault(s.party, set()).add(s.result)
    for it in ctx.model.interventions.values():
        bad = [cond for cond in it.conditions if cond.status is not Status.MET]
        if not bad:
            continue
        downstream = set(ctx.idx.results_downstream(it.id))
        if downstream & claimed_by.get(it.by, set()):
            severity = (Severity.ERROR if any(c.status is Status.NOT_MET for c in bad)
                        else Severity.WARNING)
            listed = ", ".join(f"{c.name} ({message(lang, STATUS[c.status.value])})"
                               for c in bad)
            yield Found(it.id, message(lang, "check.conditions", party=ctx.label(it.by),
                                       name=it.name, conditions=listed), severity)


@rule("uncontrollable-indicator", Severity.WARNING)
def _uncontrollable(ctx: Context) -> Iterator[Found]:
    """A party claims to own a result it owns whose indicators it does not control."""
    model = ctx.model
    rank = {x: i for i, x in enumerate([*model.parties, *model.factors])}
    for s in model.claims:
        if s.claimed_as is not ClaimAs.OWNS or ctx.view(s.party).standing(
                s.result) is not Standing.OWN:
            continue
        loose = [ic for ic in ctx.ceiling(s.party).indicators
                 if ic.result == s.result and ic.control is not Control.CONTROLLABLE]
        if loose:
            outside = sorted({o for ic in loose for o in ic.outside}, key=rank.__getitem__)
            yield Found(f"{s.party}→{s.result}", plural(
                ctx.lang, "check.uncontrollable", len(loose), party=ctx.label(s.party),
                result=model.results[s.result].statement,
                indicators=join(ctx.lang, [f"“{ic.indicator}”" for ic in loose]),
                others=join(ctx.lang, [ctx.label(o) for o in outside])))


@rule("no-indicator", Severity.WARNING)
def _no_indicator(ctx: Context) -> Iterator[Found]:
    """A claimed result without an indicator."""
    claimed = {s.result for s in ctx.model.claims}
    for rid, r in ctx.model.results.items():
        if rid in claimed and not r.indicators:
            yield Found(rid, message(ctx.lang, "check.no_indicator", result=r.statement))


@rule("no-side-effects", Severity.WARNING)
def _no_side_effects(ctx: Context) -> Iterator[Found]:
    """An intervention with no unintended result downstream."""
    model = ctx.model
    for it in model.interventions.values():
        if not any(not model.results[r].intended for r in ctx.idx.results_downstream(it.id)):
            yield Found(it.id, message(ctx.lang, "check.no_side_effects", name=it.name))


@rule("no-contributors", Severity.WARNING)
def _no_contributors(ctx: Context) -> Iterator[Found]:
    """A result nothing contributes to."""
    for rid, r in ctx.model.results.items():
        if not ctx.idx.inputs(rid):
            yield Found(rid, message(ctx.lang, "check.no_contributors", result=r.statement))


@rule("idle-party", Severity.INFO)
def _idle_party(ctx: Context) -> Iterator[Found]:
    """A party that contributes to nothing and owns nothing."""
    owning = owners(ctx.model)
    for pid, p in ctx.model.parties.items():
        if pid not in owning and not ctx.idx.takes_part(pid):
            yield Found(pid, message(ctx.lang, "check.idle_party", party=p.name))


_GRADES = {"strong": N_("strength.strong"), "moderate": N_("strength.moderate"),
           "weak": N_("strength.weak"), "untested": N_("strength.untested")}


@rule("weak-link", Severity.WARNING)
def _weak_link(ctx: Context) -> Iterator[Found]:
    """A stated claim whose best-supported route still rests on a link with weak or untested
    evidence."""
    for s in ctx.model.claims:
        a = assess_in(ctx.idx, s.party, s.result)
        if not a.weakest or GRADE[a.weakest[0].strength] > GRADE[Strength.WEAK]:
            continue
        links = join(ctx.lang, [f"{ctx.label(c.source)} → {ctx.label(c.target)}"
                                for c in a.weakest])
        yield Found(f"{s.party}→{s.result}", message(
            ctx.lang, "check.weak_link", party=ctx.label(s.party),
            result=ctx.model.results[s.result].statement, links=links,
            grade=message(ctx.lang, _GRADES[a.weakest[0].strength.value])))


@rule("rival-unexamined", Severity.WARNING)
def _rival_unexamined(ctx: Context) -> Iterator[Found]:
    """A result with a stated claim on it and no rival explanation of its change considered."""
    first: dict[str, str] = {}
    for s in ctx.model.claims:
        first.setdefault(s.result, s.party)
    for rid in ctx.idx.in_model_order(first):
        r = ctx.model.results[rid]
        if not r.rivals:
            yield Found(rid, message(ctx.lang, "check.rival_unexamined", result=r.statement,
                                     party=ctx.label(first[rid])))


@rule("assumption-missing", Severity.INFO)
def _assumption_missing(ctx: Context) -> Iterator[Found]:
    """A necessary contribution with no assumption written down: what must hold for it to
    work."""
    for c in ctx.model.contributions:
        if c.role is Role.NECESSARY and not c.assumptions:
            yield Found(f"{c.source}→{c.target}", message(
                ctx.lang, "check.assumption_missing", source=ctx.label(c.source),
                target=ctx.label(c.target)))


CODES = tuple(r.code for r in RULES)
"""Every finding code, in the order findings are reported."""


def check(model: Model, *, lang: str | None = None) -> list[Finding]:
    """Every finding on a model, grouped by code (see :data:`CODES`), in model order.

    >>> import resultaat
    >>> for f in check(resultaat.example("wheelchair"))[:2]:
    ...     print(f.severity, f.code, f.subject)
    error overclaim municipality→participates
    warning immodest municipality→mobility
    """
    ctx = Context(model, verify_language(model.language if lang is None else lang), index(model))
    return [Finding(r.code, found.severity or r.severity, found.subject, found.message)
            for r in RULES for found in r.find(ctx)]
