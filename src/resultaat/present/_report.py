"""A memo section a council member can read, in Markdown or standalone HTML."""

from __future__ import annotations

import html
import re
import urllib.parse
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs

from resultaat.analysis._check import Finding, Severity, check
from resultaat.analysis._claims import Control, ceiling, claims
from resultaat.analysis._index import default_perspective, party_id
from resultaat.analysis._perspective import Perspective, Standing, Verdict, perspective
from resultaat.analysis._steering import (
    Progress,
    Signal,
    latest_signals,
    progress,
    readiness,
    rollup,
)
from resultaat.analysis._views import budget, household, households
from resultaat.model._model import Effect, Measurement, Model, Party
from resultaat.present._markup import LIMIT, SENTENCE_LIMIT, cut, html_text, markdown_text
from resultaat.present._output import render

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "intro": "This section is written from the point of view of **{party}**. It says what "
                 "{party} may claim as its own result, what it only contributed to, and who "
                 "else did: results are reached together, and claimed honestly.",
        "diagram": "Contribution graph",
        "may_claim": "What {party} may claim",
        "may_claim_none": "{party} owns none of the results in this model.",
        "contributed": "What {party} contributed to",
        "contributed_none": "{party} contributes to no result of someone else.",
        "ceiling": "The ceiling of accountability",
        "ceiling_text": "Below the ceiling are the results {party} answers for; above it the "
                        "results it can only contribute to. An indicator is controllable when "
                        "it shows what {party} did and nothing outside {party} feeds it.",
        "result": "Result", "level": "Level", "place": "Place", "indicators": "Indicators",
        "below": "below: answers for it", "above": "above: contributes only",
        "controllable": "controllable", "not_controllable": "not necessarily controllable",
        "none": "none",
        "conditions": "Process conditions",
        "conditions_text": "Results become likely when the conditions of the work are in "
                           "place: a proven method, trained staff, quality monitoring, "
                           "tracking what each effort yields, a mandate.",
        "intervention": "Intervention", "by": "By", "condition": "Condition", "kind": "Kind",
        "status": "Status", "evidence": "Evidence",
        "met": "met", "not_met": "not met", "unknown": "unknown",
        "no_conditions": "No conditions are stated for: {names}.",
        "side_effects": "Side effects",
        "side_effects_text": "Looking beyond the goal: what else do the interventions cause?",
        "side_effect_item": "{statement} ({effect}; {level}; owner: {owner})",
        "negative": "negative", "positive": "positive",
        "no_side_effects_at_all": "No side effects are modelled at all.",
        "not_considered": "No side effect was considered for: {names}.",
        "findings": "Findings of the check",
        "no_findings": "The check found nothing.",
        "errors": "Errors", "warnings": "Warnings", "infos": "Notes",
        "realised": "Expected and realised",
        "realised_text": "Deviations beyond the tolerance are signals in either direction: a "
                         "better result than expected asks for attention too.",
        "indicator": "Indicator", "period": "Period", "baseline": "Baseline",
        "target": "Target in force", "value": "Realised", "deviation": "Deviation",
        "signal": "Signal", "trend": "Trend",
        "better": "better than expected", "worse": "worse than expected",
        "on_track": "on track", "no_target": "no target",
        "improving": "improving", "worsening": "worsening", "stable": "stable",
        "revised": "revised {why}",
        "rollup": "From residents to the whole",
        "rollup_text": "What {party} delivered is the number of residents served. How many "
                       "reached their own target is their result, not {party}'s.",
        "area": "Area", "served": "Residents served", "reached": "Reached their own target",
        "median_change": "Median change",
        "all_areas": "all areas", "no_intervention": "no intervention named",
        "budget": "The budget's three questions",
        "q_achieve": "What do we want to achieve?",
        "q_do": "What will we do for it?",
        "q_cost": "What may it cost?",
        "owner_own": "{statement} (our own result)",
        "owner_other": "{statement} (not ours to claim: the result of {owner}; we contribute)",
        "owner_collective": "{statement} (not ours to claim: a collective {level} result; "
                            "we contribute)",
        "cost_total": "{cost} a year for the interventions above.",
        "cost_missing": "No cost is stated for: {names}.",
        "cost_item": "{name} ({cost})",
        "no_cost": "cost not stated",
        "households": "What lands on one household",
        "household_text": "{n} intervention(s) under {p} policy area(s), carried out by {k} "
                          "organisation(s), land on {party}, at a combined {cost} a year.",
        "collective": "collective",
        "policy": "Policy", "cost": "Cost a year", "total": "Total",
        "no_policy": "(no policy named)",
        "readiness": "Ready to steer itself?",
        "ready": "{party} is ready to steer itself: its results are clear, its conditions are "
                 "in place, and it has a mandate.",
        "not_ready": "{party} is not yet ready to steer itself. What is missing:",
        "micro": "micro", "meso": "meso", "macro": "macro",
    },
    "nl": {
        "intro": "Deze paragraaf is geschreven vanuit **{party}**. Ze zegt wat {party} als "
                 "eigen resultaat mag claimen, waaraan {party} alleen bijdroeg, en wie er nog "
                 "meer bijdroegen: resultaten bereik je samen, en claim je eerlijk.",
        "diagram": "Bijdragenkaart",
        "may_claim": "Wat {party} mag claimen",
        "may_claim_none": "{party} is van geen enkel resultaat in dit model eigenaar.",
        "contributed": "Waaraan {party} bijdroeg",
        "contributed_none": "{party} draagt niet bij aan resultaten van anderen.",
        "ceiling": "Het plafond van verantwoording",
        "ceiling_text": "Onder het plafond staan de resultaten waarop {party} aanspreekbaar is; "
                        "erboven de resultaten waaraan {party} alleen kan bijdragen. Een "
                        "indicator is beïnvloedbaar als die laat zien wat {party} deed en niets "
                        "buiten {party} eraan bijdraagt.",
        "result": "Resultaat", "level": "Niveau", "place": "Plaats", "indicators": "Indicatoren",
        "below": "onder: aanspreekbaar", "above": "boven: alleen bijdrage",
        "controllable": "beïnvloedbaar", "not_controllable": "niet zonder meer beïnvloedbaar",
        "none": "geen",
        "conditions": "Procesvoorwaarden",
        "conditions_text": "Resultaten worden waarschijnlijk als de voorwaarden op orde zijn: "
                           "een bewezen methode, geschoolde medewerkers, kwaliteitsbewaking, "
                           "bijhouden wat elke inspanning oplevert, en mandaat.",
        "intervention": "Interventie", "by": "Door", "condition": "Voorwaarde", "kind": "Soort",
        "status": "Stand", "evidence": "Onderbouwing",
        "met": "op orde", "not_met": "niet op orde", "unknown": "onbekend",
        "no_conditions": "Er zijn geen voorwaarden genoemd voor: {names}.",
        "side_effects": "Neveneffecten",
        "side_effects_text": "Verder kijken dan het doel: wat veroorzaken de interventies nog "
                             "meer?",
        "side_effect_item": "{statement} ({effect}; {level}; eigenaar: {owner})",
        "negative": "negatief", "positive": "positief",
        "no_side_effects_at_all": "Er zijn helemaal geen neveneffecten gemodelleerd.",
        "not_considered": "Geen neveneffect overwogen voor: {names}.",
        "findings": "Bevindingen van de controle",
        "no_findings": "De controle vond niets.",
        "errors": "Fouten", "warnings": "Waarschuwingen", "infos": "Opmerkingen",
        "realised": "Verwacht en gerealiseerd",
        "realised_text": "Afwijkingen buiten de marge zijn signalen, in beide richtingen: ook "
                         "een beter resultaat dan verwacht vraagt om aandacht.",
        "indicator": "Indicator", "period": "Periode", "baseline": "Nulmeting",
        "target": "Geldende streefwaarde", "value": "Gerealiseerd", "deviation": "Afwijking",
        "signal": "Signaal", "trend": "Trend",
        "better": "beter dan verwacht", "worse": "slechter dan verwacht",
        "on_track": "op koers", "no_target": "geen streefwaarde",
        "improving": "verbetert", "worsening": "verslechtert", "stable": "stabiel",
        "revised": "bijgesteld {why}",
        "rollup": "Van inwoners naar het geheel",
        "rollup_text": "Wat {party} leverde is het aantal bediende inwoners. Hoeveel inwoners "
                       "hun eigen doel bereikten is hun resultaat, niet dat van {party}.",
        "area": "Gebied", "served": "Inwoners bediend", "reached": "Eigen doel bereikt",
        "median_change": "Mediane verandering",
        "all_areas": "alle gebieden", "no_intervention": "geen interventie genoemd",
        "budget": "De drie W-vragen van de begroting",
        "q_achieve": "Wat willen we bereiken?",
        "q_do": "Wat gaan we daarvoor doen?",
        "q_cost": "Wat mag het kosten?",
        "owner_own": "{statement} (ons eigen resultaat)",
        "owner_other": "{statement} (niet door ons te claimen: resultaat van {owner}; wij "
                       "dragen bij)",
        "owner_collective": "{statement} (niet door ons te claimen: gezamenlijk resultaat op "
                            "{level}niveau; wij dragen bij)",
        "cost_total": "{cost} per jaar voor de interventies hierboven.",
        "cost_missing": "Geen kosten genoemd voor: {names}.",
        "cost_item": "{name} ({cost})",
        "no_cost": "kosten niet genoemd",
        "households": "Wat er op één huishouden afkomt",
        "household_text": "{n} interventie(s) onder {p} beleidsterrein(en), uitgevoerd door {k} "
                          "organisatie(s), komen af op {party}, samen {cost} per jaar.",
        "collective": "gezamenlijk",
        "policy": "Beleid", "cost": "Kosten per jaar", "total": "Totaal",
        "no_policy": "(geen beleid genoemd)",
        "readiness": "Klaar voor zelfsturing?",
        "ready": "{party} is klaar voor zelfsturing: de resultaten zijn helder, de voorwaarden "
                 "op orde en er is mandaat.",
        "not_ready": "{party} is nog niet klaar voor zelfsturing. Wat ontbreekt:",
        "micro": "micro", "meso": "meso", "macro": "macro",
    },
}

Block = tuple[Any, ...]


@attrs.frozen
class _Text:
    """Library text with user values filled in, each escaped for the output format.

    The template is resultaat's own and may use ``**bold**`` and
    ```code```; the values are user text (a ``str``, escaped and cut) or
    more library text (a ``_Text``). A ``str`` anywhere in a block is user
    text.
    """

    template: str
    values: tuple[tuple[str, Any], ...] = ()

    def markdown(self) -> str:
        return self.template.format(**{k: _md(v) for k, v in self.values})

    def html(self) -> str:
        return _html_markup(self.template).format(**{k: _htm(v) for k, v in self.values})


class _Said(str):
    """A sentence made by the library that carries user text (a reason, a finding)."""

    __slots__ = ()


def _t(template: str, **values: Any) -> _Text:
    return _Text(template, tuple(values.items()))


def _md(x: Any) -> str:
    if isinstance(x, _Text):
        return x.markdown()
    return markdown_text(x, SENTENCE_LIMIT if isinstance(x, _Said) else LIMIT)


def _htm(x: Any) -> str:
    if isinstance(x, _Text):
        return x.html()
    return html_text(x, SENTENCE_LIMIT if isinstance(x, _Said) else LIMIT)


def _said(texts: Iterable[str]) -> _Text:
    """Sentences that carry user text, each cut and escaped on its own."""
    return _joined(" ", [_Said(cut(x, SENTENCE_LIMIT)) for x in texts])




def report(
    model: Model,
    *,
    party: str | Party | None = None,
    lang: str | None = None,
    measurements: Iterable[Measurement] | None = None,
    format: Literal["markdown", "html"] = "markdown",
    diagram: str | None = None,
) -> str:
    """A memo section on a model, from one party's point of view.

    Args:
        model: the model.
        party: whose point of view (default: the model's perspective, else
            its first municipality).
        lang: ``"nl"`` or ``"en"`` (default: the model's language).
        measurements: realised values (default: the model's own).
        format: ``"markdown"``, or ``"html"``: one standalone file with the
            diagram embedded as SVG.
        diagram: for Markdown, the file name of a picture to show.

    >>> import resultaat
    >>> text = report(resultaat.example("wheelchair"))
    >>> print(text.splitlines()[0])
    # Wheelchair and participation
    """
    lang = (lang or model.language).lower()
    if lang not in WORDS:
        raise ValueError(f"lang must be one of {', '.join(WORDS)}, got {lang!r}")
    if format not in ("markdown", "html"):
        raise ValueError(f"format must be 'markdown' or 'html', got {format!r}")
    pid = party_id(model, party) if party is not None else default_perspective(model)
    if pid is None:
        raise ValueError("the model has no parties to write a report for")
    rows = list(model.measurements if measurements is None else measurements)
    measured = progress(model, rows)
    blocks = _blocks(model, pid, lang, rows, measured)
    if format == "html":
        svg = render(model, format="svg", perspective=pid, lang=lang,
                     progress=latest_signals(measured) if rows else None)
        return _html(model.name, blocks, svg.decode("utf-8"), lang)
    if diagram:
        blocks.insert(1, ("p", _t("![{alt}](" + _link(diagram) + ")",
                              alt=_t(WORDS[lang]["diagram"]))))
    return _markdown(model.name, blocks)


def _link(target: str) -> str:
    """A file name as a Markdown link target: percent-encoded, braces too."""
    return urllib.parse.quote(target, safe="/").replace("{", "%7B").replace("}", "%7D")


def _blocks(model: Model, pid: str, lang: str, rows: list[Measurement],
            measured: list[Progress]) -> list[Block]:
    """The memo as blocks, section by section, from one party's point of view."""
    w = _words(lang)
    out: list[Block] = [("p", w("intro", party=model.parties[pid].name))]
    out.extend(_claims(model, pid, lang))
    out.extend(_ceiling(model, pid, lang))
    out.extend(_conditions(model, lang))
    findings = check(model, lang=lang)
    out.extend(_side_effects(model, perspective(model, pid), lang, findings))
    out.extend(_findings(findings, lang))
    if rows:
        out.extend(_realised(model, pid, lang, rows, measured))
    out.extend(_budget(model, pid, lang))
    for hh in households(model):
        out.extend(_household(model, hh, lang))
    out.extend(_readiness(model, pid, lang))
    return out


def _claims(model: Model, pid: str, lang: str) -> list[Block]:
    """What the party may claim, and what it only contributed to."""
    w = _words(lang)
    name = model.parties[pid].name
    mine = claims(model, pid, lang=lang)
    out: list[Block] = []
    for verdict, head, none in ((Verdict.OWNS, "may_claim", "may_claim_none"),
                                (Verdict.CONTRIBUTES, "contributed", "contributed_none")):
        found = [c for c in mine if c.verdict is verdict]
        out.append(("h2", w(head, party=name)))
        if not found:
            out.append(("p", w(none, party=name)))
        out.extend(("claim", model.results[c.result].statement, _said(c.reasons))
                   for c in found)
    return out


def _ceiling(model: Model, pid: str, lang: str) -> list[Block]:
    """The ceiling of accountability as a table, with each indicator's control."""
    w = _words(lang)
    ceil = ceiling(model, pid)
    out: list[Block] = [("h2", w("ceiling")),
                        ("p", w("ceiling_text", party=model.parties[pid].name))]
    table = []
    for rid in (*ceil.below, *ceil.above):
        r = model.results[rid]
        inds = []
        for ic in ceil.indicators:
            if ic.result == rid:
                ok = ic.control is Control.CONTROLLABLE
                inds.append(_t("{i}: {c}", i=ic.indicator,
                               c=w("controllable" if ok else "not_controllable")))
        table.append([r.statement, w(r.level.value),
                      w("below") if rid in ceil.below else w("above"),
                      _joined("; ", inds) if inds else w("none")])
    out.append(("table", [w("result"), w("level"), w("place"), w("indicators")], table))
    return out


def _findings(findings: Sequence[Finding], lang: str) -> list[Block]:
    """The check's findings, by severity."""
    w = _words(lang)
    out: list[Block] = [("h2", w("findings"))]
    if not findings:
        out.append(("p", w("no_findings")))
    for sev, key in ((Severity.ERROR, "errors"), (Severity.WARNING, "warnings"),
                     (Severity.INFO, "infos")):
        items = [_t("{m} `" + f.code + "`", m=_Said(f.message)) for f in findings
                 if f.severity is sev]
        if items:
            out.append(("h3", w(key)))
            out.append(("ul", items))
    return out


def _readiness(model: Model, pid: str, lang: str) -> list[Block]:
    """Whether the party is ready to steer itself, and what is missing."""
    w = _words(lang)
    name = model.parties[pid].name
    ready = readiness(model, pid, lang=lang)
    out: list[Block] = [("h2", w("readiness"))]
    if ready.ready:
        out.append(("p", w("ready", party=name)))
    else:
        out.append(("p", w("not_ready", party=name)))
        out.append(("ul", [_Said(x) for x in ready.missing]))
    return out


def _words(lang: str) -> Any:
    """``w(key, **values)``: a fixed text of the language, with user values in it."""
    table = WORDS[lang]

    def w(key: str, **values: Any) -> _Text:
        return _t(table[key], **values)

    return w


def _joined(sep: str, items: Sequence[Any]) -> _Text:
    """Items (user text or library text) joined by a library separator."""
    keys = [f"x{n}" for n in range(len(items))]
    return _t(sep.join("{" + k + "}" for k in keys), **dict(zip(keys, items, strict=True)))


def _conditions(model: Model, lang: str) -> list[Block]:
    w = _words(lang)
    label = model.label
    out: list[Block] = [("h2", w("conditions")), ("p", w("conditions_text"))]
    table = []
    bare = []
    for it in model.interventions.values():
        if not it.conditions:
            bare.append(it.name)
        for cond in it.conditions:
            table.append([it.name, label(it.by), cond.name, _t(cond.kind.value),
                          w(cond.status.value), cond.evidence or ""])
    if table:
        out.append(("table", [w("intervention"), w("by"), w("condition"), w("kind"),
                              w("status"), w("evidence")], table))
    if bare:
        out.append(("p", w("no_conditions", names=_joined(", ", bare))))
    return out


def _side_effects(model: Model, view: Perspective, lang: str,
                  findings: Sequence[Any]) -> list[Block]:
    w = _words(lang)
    out: list[Block] = [("h2", w("side_effects")), ("p", w("side_effects_text"))]
    effects = [r for r in model.results.values() if not r.intended]
    owners = {r.id: view.owner_of(r.id) for r in effects}
    if effects:
        out.append(("ul", [w(
            "side_effect_item",
            statement=r.statement,
            effect=w("negative") if r.effect is Effect.NEGATIVE else w("positive"),
            level=w(r.level.value),
            owner=model.label(owner) if (owner := owners[r.id]) else w("collective"))
            for r in effects]))
    else:
        out.append(("p", w("no_side_effects_at_all")))
    unseen = [model.interventions[f.subject].name for f in findings
              if f.code == "no-side-effects"]
    if unseen and effects:
        out.append(("p", w("not_considered", names=_joined(", ", unseen))))
    return out


def _num(x: float | None) -> _Text:
    if x is None:
        return _t("–")
    return _t(f"{x:,.2f}".rstrip("0").rstrip("."))


def _signed(x: float | None) -> _Text:
    if x is None:
        return _t("–")
    return _t(("+" if x > 0 else "") + _num(x).template)


def _realised(model: Model, pid: str, lang: str, rows: list[Measurement],
              measured: list[Progress]) -> list[Block]:
    w = _words(lang)
    out: list[Block] = [("h2", w("realised")), ("p", w("realised_text"))]
    table = []
    for p in measured:
        target: _Text = _num(p.target)
        if p.revision:
            target = _t("{t} ({r})", t=target, r=w("revised", why=p.revision))
        signal = w(p.signal.value)
        if p.signal in (Signal.BETTER, Signal.WORSE):
            signal = _t("**{s}**", s=signal)
        table.append([model.results[p.result].statement, p.indicator, p.period.label,
                      _num(p.baseline), target, _num(p.realised), _signed(p.deviation),
                      signal, w(p.trend.value) if p.trend else _t("–")])
    if table:
        out.append(("table", [w("result"), w("indicator"), w("period"), w("baseline"),
                              w("target"), w("value"), w("deviation"), w("signal"), w("trend")],
                    table))
    ups = rollup(model, rows)
    if ups:
        out.append(("h3", w("rollup")))
        out.append(("p", w("rollup_text", party=model.parties[pid].name)))
        table = []
        for u in ups:
            table.append([u.period.label, u.area or w("all_areas"),
                          model.interventions[u.intervention].name if u.intervention
                          else w("no_intervention"),
                          u.indicator, _t(str(u.cases)),
                          _t(f"{u.reached} ({u.share_reached:.0%})"),
                          _signed(None if u.change is None else u.change[2])])
        out.append(("table", [w("period"), w("area"), w("intervention"), w("indicator"),
                              w("served"), w("reached"), w("median_change")], table))
    return out


def _money(x: float, lang: str) -> _Text:
    text = f"{x:,.0f}"
    if lang == "nl":
        text = text.replace(",", ".")
    return _t(f"€ {text}")


def _budget(model: Model, pid: str, lang: str) -> list[Block]:
    w = _words(lang)
    b = budget(model, pid)
    view = perspective(model, pid)
    achieve = []
    for r, _ in b.achieve:
        standing, owner = view.standing(r.id), view.owner_of(r.id)
        if standing is Standing.OWN:
            achieve.append(w("owner_own", statement=r.statement))
        elif owner is None:
            achieve.append(w("owner_collective", statement=r.statement, level=w(r.level.value)))
        else:
            achieve.append(w("owner_other", statement=r.statement, owner=model.label(owner)))
    out: list[Block] = [("h2", w("budget")), ("h3", w("q_achieve")), ("ul", achieve),
                        ("h3", w("q_do"))]
    out.append(("ul", [w(
        "cost_item", name=i.name,
        cost=_money(i.cost, lang) if i.cost is not None else w("no_cost")) for i in b.do]))
    out.append(("h3", w("q_cost")))
    out.append(("p", w("cost_total", cost=_money(b.cost, lang))))
    if b.uncosted:
        out.append(("p", w("cost_missing", names=_joined(
            ", ", [model.interventions[i].name for i in b.uncosted]))))
    return out


def _household(model: Model, pid: str, lang: str) -> list[Block]:
    w = _words(lang)
    h = household(model, pid)
    name = model.parties[pid].name
    out: list[Block] = [("h2", _t("{h}: {n}", h=w("households"), n=name))]
    out.append(("p", w("household_text", n=_t(str(len(h.interventions))),
                       p=_t(str(len(h.by_policy))), k=_t(str(len(h.providers))), party=name,
                       cost=_money(h.cost, lang))))
    table: list[list[Any]] = [
        [i.name, model.label(i.by), i.policy or w("no_policy"),
         _money(i.cost, lang) if i.cost is not None else w("no_cost")]
        for i in h.interventions]
    table.append([_t("**{t}**", t=w("total")), "", "", _t("**{c}**", c=_money(h.cost, lang))])
    out.append(("table", [w("intervention"), w("by"), w("policy"), w("cost")], table))
    return out


# --- output ------------------------------------------------------------------------


def _markdown(title: str, blocks: Sequence[Block]) -> str:
    lines = [f"# {markdown_text(title)}", ""]
    for block in blocks:
        kind = block[0]
        if kind == "h2":
            lines += [f"## {_md(block[1])}", ""]
        elif kind == "h3":
            lines += [f"### {_md(block[1])}", ""]
        elif kind == "p":
            lines += [_md(block[1]), ""]
        elif kind == "claim":
            lines += [f"**{_md(block[1])}.** {_md(block[2])}", ""]
        elif kind == "ul":
            lines += [f"- {_md(item)}" for item in block[1]] + [""]
        elif kind == "table":
            header, rows = block[1], block[2]
            lines.append("| " + " | ".join(_md(h) for h in header) + " |")
            lines.append("|" + "---|" * len(header))
            lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_INLINE = re.compile(r"\*\*(.+?)\*\*|`([^`]+)`")


def _html_markup(template: str) -> str:
    """A library template's ``**bold**`` and ```code``` as HTML; the rest escaped."""
    out, pos = [], 0
    for m in _INLINE.finditer(template):
        out.append(html.escape(template[pos:m.start()]))
        if m.group(1) is not None:
            out.append(f"<strong>{html.escape(m.group(1))}</strong>")
        else:
            out.append(f"<code>{html.escape(m.group(2))}</code>")
        pos = m.end()
    out.append(html.escape(template[pos:]))
    return "".join(out)


_CSS = """
body{font-family:Arial,Helvetica,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#1a1a1a;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}
h3{font-size:1.05rem}table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef3f8}figure{margin:1rem 0;overflow-x:auto}figure svg{max-width:100%;height:auto}
code{font-size:.8rem;color:#555}.claim{margin:.6rem 0}
"""


def _html(title: str, blocks: Sequence[Block], svg: str, lang: str) -> str:
    svg = svg[svg.index("<svg"):]
    parts = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
             f"<title>{html_text(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
             f"<h1>{html_text(title)}</h1>"]
    for i, block in enumerate(blocks):
        kind = block[0]
        if kind == "h2":
            parts.append(f"<h2>{_htm(block[1])}</h2>")
        elif kind == "h3":
            parts.append(f"<h3>{_htm(block[1])}</h3>")
        elif kind == "p":
            parts.append(f"<p>{_htm(block[1])}</p>")
        elif kind == "claim":
            parts.append(f'<p class="claim"><strong>{_htm(block[1])}.</strong> '
                         f"{_htm(block[2])}</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{_htm(x)}</li>" for x in block[1]) + "</ul>")
        elif kind == "table":
            head = "".join(f"<th>{_htm(h)}</th>" for h in block[1])
            body = "".join("<tr>" + "".join(f"<td>{_htm(c)}</td>" for c in row) + "</tr>"
                           for row in block[2])
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        if i == 0:
            parts.append(f"<figure>{svg}</figure>")
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)
