"""The model check: what people forget, and claims that say too much."""

from __future__ import annotations

import enum

import attrs

from resultaat.analysis._claims import Ceiling, Control, Verdict, ceiling, judge
from resultaat.analysis._index import index
from resultaat.analysis._privacy import (
    free_texts,
    holds_bsn,
    holds_contact,
    is_personal,
    looks_like_person,
    mentions,
)
from resultaat.model._model import COLLECTIVE, Audience, ClaimAs, Level, Model, Status
from resultaat.text._catalogue import N_, STATUS, join, message, plural
from resultaat.text._languages import verify_language


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


CODES = (
    "overclaim",
    "immodest",
    "conditions-not-met",
    "uncontrollable-indicator",
    "no-indicator",
    "no-side-effects",
    "no-contributors",
    "idle-party",
    "personal-name",
    "bsn-in-text",
    "contact-in-text",
)
"""Every finding code, in the order findings are reported."""


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


def check(model: Model, *, lang: str | None = None) -> list[Finding]:
    """Every finding on a model, grouped by code (see :data:`CODES`), in model order.

    >>> import resultaat
    >>> for f in check(resultaat.example("wheelchair"))[:2]:
    ...     print(f.severity, f.code, f.subject)
    error overclaim municipality→participates
    warning immodest municipality→mobility
    """
    lang = verify_language(model.language if lang is None else lang)
    idx = index(model)
    found: list[Finding] = []

    def add(code: str, severity: Severity, subject: str, message: str) -> None:
        found.append(Finding(code, severity, subject, message))

    for s in model.claims:
        c = judge(model, s.party, s.result, lang=lang)
        r = model.results[s.result]
        src = message(lang, "check.source", source=s.source) if s.source else ""
        subject = f"{s.party}→{s.result}"
        if s.claimed_as is ClaimAs.OWNS and c.verdict is not Verdict.OWNS:
            if c.verdict is Verdict.NONE:
                verdict = message(lang, "check.verdict_none", party=model.label(s.party))
            elif r.owner == COLLECTIVE:
                verdict = message(lang, "check.verdict_collective", level=r.level.value,
                                  party=model.label(s.party))
            else:
                verdict = message(lang, "check.verdict_contributes",
                                  owner=model.label(r.owner), party=model.label(s.party))
            instead = (message(lang, "check.instead_contrib", result=r.statement)
                       if c.verdict is Verdict.CONTRIBUTES else
                       message(lang, "check.instead_nothing", party=model.label(s.party)))
            add("overclaim", Severity.ERROR, subject, message(
                lang, "check.overclaim_owns", party=model.label(s.party), result=r.statement,
                source=src, verdict=verdict, instead=instead))
        elif s.claimed_as is ClaimAs.CONTRIBUTES and c.verdict is Verdict.NONE:
            add("overclaim", Severity.ERROR, subject, message(
                lang, "check.overclaim_none", party=model.label(s.party), result=r.statement,
                source=src))
        if s.claimed_as is ClaimAs.OWNS:
            missing = [x for x in (*c.co_contributors, *c.factors) if x not in s.acknowledges]
            if missing:
                add("immodest", Severity.WARNING, subject, message(
                    lang, "check.immodest", party=model.label(s.party), result=r.statement,
                    missing=join(lang, [model.label(x) for x in missing])))
            elif r.level is not Level.MICRO and not s.acknowledges:
                add("immodest", Severity.WARNING, subject, message(
                    lang, "check.immodest_level", party=model.label(s.party), result=r.statement,
                    level=r.level.value))

    claimed_by: dict[str, set[str]] = {}
    for s in model.claims:
        claimed_by.setdefault(s.party, set()).add(s.result)
    for it in model.interventions.values():
        bad = [cond for cond in it.conditions if cond.status is not Status.MET]
        if not bad:
            continue
        downstream = set(idx.results_downstream(it.id))
        if downstream & claimed_by.get(it.by, set()):
            severity = (Severity.ERROR if any(c.status is Status.NOT_MET for c in bad)
                        else Severity.WARNING)
            listed = ", ".join(f"{c.name} ({message(lang, STATUS[c.status.value])})"
                               for c in bad)
            add("conditions-not-met", severity, it.id, message(
                lang, "check.conditions", party=model.label(it.by), name=it.name,
                conditions=listed))

    ceilings: dict[str, Ceiling] = {}
    for s in model.claims:
        if s.claimed_as is not ClaimAs.OWNS or model.results[s.result].owner != s.party:
            continue
        if s.party not in ceilings:
            ceilings[s.party] = ceiling(model, s.party)
        ceil = ceilings[s.party]
        loose = [ic for ic in ceil.indicators
                 if ic.result == s.result and ic.control is not Control.CONTROLLABLE]
        if loose:
            rank = {x: i for i, x in enumerate([*model.parties, *model.factors])}
            outside = sorted({o for ic in loose for o in ic.outside}, key=rank.__getitem__)
            add("uncontrollable-indicator", Severity.WARNING, f"{s.party}→{s.result}", plural(
                lang, "check.uncontrollable", len(loose), party=model.label(s.party),
                result=model.results[s.result].statement,
                indicators=join(lang, [f"“{ic.indicator}”" for ic in loose]),
                others=join(lang, [model.label(o) for o in outside])))

    claimed = {s.result for s in model.claims}
    for rid, r in model.results.items():
        if rid in claimed and not r.indicators:
            add("no-indicator", Severity.WARNING, rid,
                message(lang, "check.no_indicator", result=r.statement))

    for it in model.interventions.values():
        if not any(not model.results[r].intended for r in idx.results_downstream(it.id)):
            add("no-side-effects", Severity.WARNING, it.id,
                message(lang, "check.no_side_effects", name=it.name))

    for rid, r in model.results.items():
        if not idx.preds[rid]:
            add("no-contributors", Severity.WARNING, rid,
                message(lang, "check.no_contributors", result=r.statement))

    owners = {r.owner for r in model.results.values()}
    for pid, p in model.parties.items():
        active = (pid in owners or pid in idx.succ or idx.interventions_of[pid]
                  or idx.cooperations_of[pid] or p.members)
        if not active:
            add("idle-party", Severity.INFO, pid,
                message(lang, "check.idle_party", party=p.name))

    for rule in PRIVACY_RULES:
        found.extend(rule(model, lang))

    order = {code: i for i, code in enumerate(CODES)}
    return sorted(found, key=lambda f: order[f.code])


def personal_name(model: Model, lang: str) -> list[Finding]:
    """``personal-name`` (warning): a resident whose real name would be published.

    In a model meant for publication (``audience: public``), a citizen or
    network party not marked ``publishable`` whose name looks like a real
    person's or a household's: a title (Mrs, Mr, mevrouw, meneer, de heer,
    familie, family), "the X family", or two capitalised words; and every
    other free text that names such a party or holds its surname.
    """
    if model.audience is not Audience.PUBLIC:
        return []
    named = [p for p in model.parties.values() if is_personal(p) and looks_like_person(p.name)]
    found = [Finding("personal-name", Severity.WARNING, p.id, message(
        lang, "check.personal_name", name=p.name, kind=p.kind.value)) for p in named]
    own = {f"parties[{i}].name" for i, p in enumerate(model.parties.values()) if p in named}
    for where, text in free_texts(model):
        if where in own:
            continue
        for p in named:
            if mentions(text, p.name):
                found.append(Finding("personal-name", Severity.WARNING, where, message(
                    lang, "check.personal_name_in_text", where=where, name=p.name)))
                break
    return found


def bsn_in_text(model: Model, lang: str) -> list[Finding]:
    """``bsn-in-text`` (error): a free text holds a number that passes the BSN eleven-test.

    The finding says where, never the number.
    """
    return [Finding("bsn-in-text", Severity.ERROR, where,
                    message(lang, "check.bsn_in_text", where=where))
            for where, text in free_texts(model) if holds_bsn(text)]


_CONTACT = {"email": N_("check.email_in_text"), "phone": N_("check.phone_in_text")}


def contact_in_text(model: Model, lang: str) -> list[Finding]:
    """``contact-in-text`` (warning): a free text holds an e-mail address or a Dutch phone number.

    The finding says where and what it looks like, never the address or number.
    """
    found = []
    for where, text in free_texts(model):
        kind = holds_contact(text)
        if kind is not None:
            found.append(Finding("contact-in-text", Severity.WARNING, where,
                                 message(lang, _CONTACT[kind], where=where)))
    return found


PRIVACY_RULES = (personal_name, bsn_in_text, contact_in_text)
"""The check's rules for personal data, each ``rule(model, lang) -> findings``."""
