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

from resultaat.analysis._claims import Ceiling, ceiling
from resultaat.analysis._index import Index, index
from resultaat.analysis._mention import link, links
from resultaat.analysis._perspective import (
    BELOW_CEILING,
    PERSONS,
    Control,
    Perspective,
    Seen,
    Standing,
    Verdict,
    owned_by,
    owners,
    perspective,
)
from resultaat.analysis._privacy import (
    free_texts,
    holds_bsn,
    holds_contact,
    is_personal,
    looks_like_person,
    mentions,
)
from resultaat.analysis._steering import progress, weak_method
from resultaat.analysis._story import GRADE, assess_in
from resultaat.model._model import (
    COLLECTIVE,
    Audience,
    ClaimAs,
    Level,
    Model,
    Role,
    StatedClaim,
    Status,
    Strength,
)
from resultaat.text._catalogue import (
    LEVEL,
    N_,
    RECOGNITION,
    STATUS,
    capitalised,
    join,
    message,
    plural,
)
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
        subject: the id the finding is about (for claims: ``party→result``;
            for a free text: where it is, such as ``results[2].statement``).
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
    message: str = attrs.field(converter=capitalised)
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
                verdict = message(lang, "check.verdict_collective",
                                  level=message(lang, LEVEL[r.level.value]))
            else:
                verdict = message(lang, "check.verdict_contributes",
                                  owner=ctx.label(seen.belongs_to or ""))
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
                                   result=r.statement, level=message(lang, LEVEL[r.level.value])))


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
            yield Found(it.id, plural(lang, "check.conditions", len(bad), party=ctx.label(it.by),
                                      name=it.name, conditions=listed), severity)


@rule("uncontrollable-indicator", Severity.WARNING)
def _uncontrollable(ctx: Context) -> Iterator[Found]:
    """A party claims to own a result it owns whose indicators it does not control (itself or
    by contract)."""
    model = ctx.model
    rank = {x: i for i, x in enumerate([*model.parties, *model.factors])}
    for s in model.claims:
        if s.claimed_as is not ClaimAs.OWNS or ctx.view(s.party).standing(
                s.result) is not Standing.OWN:
            continue
        loose = [ic for ic in ctx.ceiling(s.party).indicators
                 if ic.result == s.result and ic.control is Control.NOT_NECESSARILY_CONTROLLABLE]
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


@rule("indicator-without-purpose", Severity.WARNING)
def _indicator_without_purpose(ctx: Context) -> Iterator[Found]:
    """An indicator measured about residents (of a resident's or a network's own result, or
    measured per case) with no purpose a resident could be told."""
    model = ctx.model
    persons = {rid for pid, rids in owned_by(ctx.idx).items()
               if pid in model.parties and model.parties[pid].kind in PERSONS for rid in rids}
    per_case = {(m.result, m.indicator) for m in model.measurements if m.case is not None}
    for rid, r in model.results.items():
        for j, ind in enumerate(r.indicators):
            if ind.purpose is None and (rid in persons or (rid, ind.name) in per_case):
                yield Found(f"{rid}.indicators[{j}]", message(
                    ctx.lang, "check.indicator_without_purpose", indicator=ind.name,
                    result=r.statement))


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


def _owned(ctx: Context) -> list[tuple[str, str]]:
    """(owner, result) for every result a party owns, in model order."""
    owner = {rid: p for p, rids in owned_by(ctx.idx).items() for rid in rids}
    return [(owner[rid], rid) for rid in ctx.model.results if owner[rid] != COLLECTIVE]


def _persons_in(ctx: Context, rid: str) -> tuple[list[str], list[str]]:
    """The citizens and networks that are a necessary input of a result; those that reach it."""
    parties = ctx.model.parties
    necessary = [c.source for c in ctx.idx.inputs(rid)
                 if c.role is Role.NECESSARY and c.source in parties
                 and parties[c.source].kind in PERSONS]
    reaching = [p for p in ctx.idx.parties_upstream(rid) if parties[p].kind in PERSONS]
    return necessary, reaching


def _served_in(ctx: Context, rid: str, reaching: list[str]) -> list[str]:
    """The persons reaching a micro result that an intervention upstream of it is ``for``."""
    if ctx.model.results[rid].level is not Level.MICRO:
        return []
    interventions = ctx.model.interventions
    served = {interventions[n].beneficiary for n in ctx.idx.upstream(rid) if n in interventions}
    return [p for p in reaching if p in served]


@rule("ownership-doubt", Severity.ERROR)
def _ownership_doubt(ctx: Context) -> Iterator[Found]:
    """An organisation owns a result that a citizen or network is a necessary input of, that
    lies above the organisation's ceiling, or that is a micro result in the life of a person an
    intervention upstream is ``for`` and who contributes to it."""
    model, lang = ctx.model, ctx.lang
    for owner, rid in _owned(ctx):
        r = model.results[rid]
        if model.parties[owner].kind in PERSONS or not r.intended:
            continue
        necessary, reaching = _persons_in(ctx, rid)
        above = ctx.view(owner).control(rid) not in BELOW_CEILING
        served = _served_in(ctx, rid, reaching) if above else []
        if not (necessary or above):
            continue
        likely = necessary or served or reaching
        why = (message(lang, "check.doubt_necessary", names=join(lang, [
                   ctx.label(p) for p in necessary])) if necessary
               else message(lang, "check.doubt_above"))
        yield Found(rid, message(lang, "check.ownership_doubt", owner=ctx.label(owner),
                                 result=r.statement, why=why,
                                 likely=_likely(ctx, likely, r.level),
                                 own=_own_below(ctx, owner, rid)))


def _likely(ctx: Context, likely: list[str], level: Level) -> str:
    """Who the result likely belongs to, as a clause."""
    if likely:
        return message(ctx.lang, "check.likely_owner", names=join(ctx.lang, [
            ctx.label(p) for p in likely]))
    if level is not Level.MICRO:
        return message(ctx.lang, "check.likely_collective")
    return message(ctx.lang, "check.likely_unknown")


def _own_below(ctx: Context, owner: str, rid: str) -> str:
    """The owner's own results below its ceiling that feed the result, as a clause."""
    below = ctx.ceiling(owner).below
    upstream = set(ctx.idx.upstream(rid))
    feeding = [x for x in below if x in upstream] or list(below)
    if not feeding:
        return message(ctx.lang, "check.own_none", owner=ctx.label(owner))
    names = [f"“{ctx.label(x)}”" for x in feeding[:OWN_SHOWN]]
    if len(feeding) > OWN_SHOWN:
        names.append(message(ctx.lang, "check.own_more", n=len(feeding) - OWN_SHOWN))
    return plural(ctx.lang, "check.own_below", len(feeding), owner=ctx.label(owner),
                  results=join(ctx.lang, names))


OWN_SHOWN = 3
"""How many of the owner's own results an ``ownership-doubt`` names; the rest are counted."""


@rule("owner-not-contributing", Severity.WARNING)
def _owner_not_contributing(ctx: Context) -> Iterator[Found]:
    """A party owns an intended result it has no route to at all (a side effect belongs to whom
    it lands on)."""
    for owner, rid in _owned(ctx):
        r = ctx.model.results[rid]
        if r.intended and not ctx.idx.reaches(owner, rid):
            yield Found(rid, message(ctx.lang, "check.owner_not_contributing",
                                     owner=ctx.label(owner), result=r.statement))


@rule("weak-method", Severity.WARNING)
def _weak_method(ctx: Context) -> Iterator[Found]:
    """A ``method`` condition whose recognition is below ``well_founded``, or not given: it is
    not a proven method."""
    for it in ctx.model.interventions.values():
        for c in it.conditions:
            if weak_method(c):
                yield Found(it.id, message(ctx.lang, "check.weak_method", name=it.name,
                                           condition=c.name, recognition=message(
                                               ctx.lang, RECOGNITION[c.recognition])))


@rule("idle-party", Severity.INFO)
def _idle_party(ctx: Context) -> Iterator[Found]:
    """A party that contributes to nothing, owns nothing, gains from nothing and coordinates
    nothing."""
    owning = owners(ctx.model)
    gaining = {b.party for r in ctx.model.results.values() for b in r.beneficiaries}
    gaining.update(p.coordinator for p in ctx.model.parties.values() if p.coordinator)
    for pid, p in ctx.model.parties.items():
        if pid not in owning and pid not in gaining and not ctx.idx.takes_part(pid):
            yield Found(pid, message(ctx.lang, "check.idle_party", party=p.name))


@rule("personal-name", Severity.WARNING)
def _personal_name(ctx: Context) -> Iterator[Found]:
    """A resident whose real name would be published.

    In a model meant for publication (``audience: public``), a citizen or
    network party not marked ``publishable`` whose name looks like a real
    person's or a household's: a title (Mrs, Mr, mevrouw, meneer, de heer,
    familie, family), "the X family", or two capitalised words; and every
    other free text that names such a party or holds its surname.
    """
    model, lang = ctx.model, ctx.lang
    if model.audience is not Audience.PUBLIC:
        return
    named = [p for p in model.parties.values() if is_personal(p) and looks_like_person(p.name)]
    for p in named:
        yield Found(p.id, message(lang, "check.personal_name", name=p.name, kind=p.kind.value))
    own = {f"parties[{i}].name" for i, p in enumerate(model.parties.values()) if p in named}
    for where, text in free_texts(model):
        if where in own:
            continue
        for p in named:
            if mentions(text, p.name):
                yield Found(where, message(lang, "check.personal_name_in_text", where=where,
                                           name=p.name))
                break


@rule("bsn-in-text", Severity.ERROR)
def _bsn_in_text(ctx: Context) -> Iterator[Found]:
    """A free text holds a number that passes the BSN eleven-test; says where, never the number."""
    for where, text in free_texts(ctx.model):
        if holds_bsn(text):
            yield Found(where, message(ctx.lang, "check.bsn_in_text", where=where))


_CONTACT = {"email": N_("check.email_in_text"), "phone": N_("check.phone_in_text")}


@rule("contact-in-text", Severity.WARNING)
def _contact_in_text(ctx: Context) -> Iterator[Found]:
    """A free text holds an e-mail address or a Dutch phone number; never shows it."""
    for where, text in free_texts(ctx.model):
        kind = holds_contact(text)
        if kind is not None:
            yield Found(where, message(ctx.lang, _CONTACT[kind], where=where))
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
        yield Found(f"{s.party}→{s.result}", message(
            ctx.lang, "check.weak_link", party=ctx.label(s.party),
            result=ctx.model.results[s.result].statement,
            links=links(ctx.model, ctx.lang, a.weakest, a.links),
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
                ctx.lang, "check.assumption_missing",
                link=link(ctx.model, ctx.lang, c.source, c.target)))

@rule("signal-unanswered", Severity.WARNING)
def _signal_unanswered(ctx: Context) -> Iterator[Found]:
    """An indicator worse than expected for two periods or more in a row, with no adjustment
    logged since the first of them."""
    model = ctx.model
    if not model.measurements:
        return
    from resultaat.analysis._cycle import unanswered  # here: most models are not measured yet

    for u in unanswered(model, progress(model)):
        yield Found(u.result, message(
            ctx.lang, "check.signal_unanswered", result=model.results[u.result].statement,
            indicator=u.indicator, periods=join(ctx.lang, [p.label for p in u.periods]),
            first=u.periods[0].label))


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
