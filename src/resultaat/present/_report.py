"""A memo section a council member can read, in Markdown or standalone HTML."""

from __future__ import annotations

import datetime
import functools
import html
import re
import urllib.parse
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal, overload

import attrs

from resultaat._errors import SettingError, UnknownIdError
from resultaat.analysis._check import Finding, Severity, check
from resultaat.analysis._claims import ceiling, claims
from resultaat.analysis._index import default_perspective, index, party_id
from resultaat.analysis._perspective import (
    BELOW_CEILING,
    PERSONS,
    Control,
    Perspective,
    Standing,
    Verdict,
    perspective,
)
from resultaat.analysis._privacy import (
    publishable,
    small_progress,
    verify_audience,
)
from resultaat.analysis._steering import (
    MIN_GROUP,
    Progress,
    Signal,
    latest_signals,
    progress,
    readiness,
    rollup,
    verify_min_group,
)
from resultaat.analysis._story import assess_in
from resultaat.analysis._views import budget, household, households, share_of_cost
from resultaat.model._model import (
    ConditionKind,
    Effect,
    Intervention,
    Measurement,
    Model,
    Party,
    Result,
)
from resultaat.present._colophon import colophon
from resultaat.present._markup import LIMIT, SENTENCE_LIMIT, cut, html_text, markdown_text
from resultaat.present._output import render
from resultaat.present._story import parts as story_parts
from resultaat.text._catalogue import (
    CHECK_CODE,
    CONDITION_KIND,
    DEFAULT,
    LEVEL,
    N_,
    RECOGNITION,
    SEVERITY,
    SIGNAL,
    STATUS,
    TREND,
    message,
    plural_template,
    template,
)
from resultaat.text._languages import error_language, verify_language
from resultaat.text._numbers import money, number, percent, signed

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


PRINTED = "a4"
"""The size of the diagram in a Word or PDF report: the text area of an A4 page, in the
print layout whose smallest text prints at 7 pt (see :func:`resultaat.render`)."""

PRINTED_DPI = 200
"""The resolution of the diagram in a Word report."""

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




@overload
def report(model: Model, *, party: str | Party | None = ..., lang: str | None = ...,
           measurements: Iterable[Measurement] | None = ...,
           format: Literal["markdown", "html"] = ..., diagram: str | None = ...,
           audience: Literal["internal", "public"] = ..., min_group: int | None = ...,
           shares: bool = ..., date: datetime.date | str | None = ...,
           interactive: bool = ...) -> str: ...


@overload
def report(model: Model, *, party: str | Party | None = ..., lang: str | None = ...,
           measurements: Iterable[Measurement] | None = ...,
           format: Literal["docx", "pdf"], diagram: str | None = ...,
           audience: Literal["internal", "public"] = ..., min_group: int | None = ...,
           shares: bool = ..., date: datetime.date | str | None = ...,
           interactive: bool = ...) -> bytes: ...


def report(
    model: Model,
    *,
    party: str | Party | None = None,
    lang: str | None = None,
    measurements: Iterable[Measurement] | None = None,
    format: Literal["markdown", "html", "docx", "pdf"] = "markdown",
    diagram: str | None = None,
    audience: Literal["internal", "public"] = "internal",
    min_group: int | None = None,
    shares: bool = True,
    date: datetime.date | str | None = None,
    interactive: bool = False,
    moment: str | None = None,
) -> str | bytes:
    """A memo section on a model, from one party's point of view.

    An internal report (the default) shows the model as it is and says on
    its first line that it may contain personal data. A public report is fit
    for publication: residents, households and their network appear by role
    (see :func:`resultaat.publishable`), no case id
    appears, and every table derived from case data leaves out the groups of
    fewer than ``min_group`` cases, saying how many it left out and why.

    Args:
        model: the model.
        party: whose point of view (default: the model's perspective, else
            its first municipality).
        lang: ``"nl"`` or ``"en"`` (default: the model's language).
        measurements: realised values (default: the model's own).
        format: ``"markdown"``; ``"html"``: one standalone file with the
            diagram embedded as SVG; ``"docx"``: a Word document (bytes) with
            the diagram at the A4 text width; ``"pdf"``: the HTML printed on
            A4 (bytes; needs ``pip install 'resultaat[pdf]'`` and Pango).
        diagram: for Markdown, the file name of a picture to show.
        audience: ``"internal"`` or ``"public"``.
        min_group: in a public report, the smallest group of cases shown
            (default :data:`resultaat.MIN_GROUP`, 5).
        shares: whether to show the shares of credit.
        date: the date the report carries (a date or ``YYYY-MM-DD``; default
            the date of ``SOURCE_DATE_EPOCH`` if set, else today).
        interactive: with ``format="html"``: a page on which the reader
            switches the point of view between the parties and clicks a
            result to read why (see :func:`resultaat.present._page.page`).

        moment: a moment of the planning and control cycle, by its Dutch
            name in every language: ``"begroting"`` (the budget: what do we
            want to achieve, do, spend; each target with its path),
            ``"bestuursrapportage"`` (the interim report: signals against
            the path, next to the adjustments) or ``"jaarrekening"`` (the
            annual accounts of the last year measured to its end: what did
            we achieve, do, spend, against what the budget promised).
            Default: the whole memo, for no moment in particular.

    Every report ends with its date, the model's name and
    :func:`resultaat.fingerprint`, and the version of resultaat.

    Raises:
        SettingError: an unknown format, or ``interactive`` with another
            format than HTML.
        MissingExtraError: ``"pdf"`` without WeasyPrint or Pango.

    >>> import resultaat
    >>> text = report(resultaat.example("wheelchair"))
    >>> print(text.splitlines()[0])
    This report may contain personal data.
    >>> text = report(resultaat.example("debt-help"), audience="public")
    >>> print(text.splitlines()[2])
    # Debt help for household A
    """
    lang = verify_language(model.language if lang is None else lang)
    if format not in ("markdown", "html", "docx", "pdf"):
        raise SettingError(message(DEFAULT, "error.report_format", got=repr(format)))
    _refuse_unused(format, interactive, diagram, measurements, moment)
    if interactive:
        from resultaat.present._page import page as interactive_page

        return interactive_page(model, party=party, lang=lang, audience=audience,
                                min_group=min_group, shares=shares, date=date)
    about = colophon(model, date)
    scene = _scene(model, party, lang, measurements, audience, min_group)
    least = scene.least
    if least is not None:
        about = attrs.evolve(about, name=scene.model.name)  # the fingerprint stays the file's
        notice = _t(plural_template(lang, "report.public", least), n=_t(str(least)))
    else:
        notice = _t(template(lang, "report.personal_data"))
    name, blocks = _memo(scene, lang, moment, shares=shares)
    blocks.append(("p", _t(template(lang, "report.colophon"), name=about.name,
                           **{k: _t(v) for k, v in about.words(lang).items()})))
    if format == "docx":
        from resultaat.present._docx import docx

        png = scene.draw("png", lang, shares, size=PRINTED, dpi=PRINTED_DPI)
        return docx(name, notice, blocks, png, lang, about, diagram_at=_last_page(blocks))
    if format in ("html", "pdf"):  # a page for a screen: the diagram at its natural size
        svg = scene.draw("svg", lang, shares, size=PRINTED if format == "pdf" else None)
        page = _html(name, notice, blocks, svg.decode("utf-8"), lang,
                     diagram_at=_last_page(blocks) if format == "pdf" else 0)
        if format == "html":
            return page
        from resultaat.present._pdf import pdf

        return pdf(page, about)
    if diagram:
        blocks.insert(1, ("p", _t("![{alt}](" + _link(diagram) + ")",
                              alt=_t(template(lang, "report.diagram")))))
    return _markdown(name, notice, blocks)


def report_diagram(model: Model, *, format: str = "svg", party: str | Party | None = None,
                   lang: str | None = None, measurements: Iterable[Measurement] | None = None,
                   audience: Literal["internal", "public"] = "internal",
                   min_group: int | None = None, shares: bool = True) -> bytes:
    """The diagram a report with these options shows, as ``svg`` or ``png`` bytes.

    For a Markdown report, whose picture is a file of its own; the HTML,
    Word and PDF reports embed this same picture.
    """
    lang = verify_language(model.language if lang is None else lang)
    return _scene(model, party, lang, measurements, audience, min_group).draw(format, lang,
                                                                               shares)


@attrs.frozen(slots=False)  # slots=False: the cached property needs a __dict__
class _Scene:
    """What a report shows: the model (renamed for the public), whose view, which cases."""

    model: Model
    pid: str
    rows: list[Measurement]
    least: int | None
    measured: list[Progress]

    @functools.cached_property
    def shown(self) -> list[Progress]:
        """The progress that may be shown: without the periods of small groups, for the public."""
        if self.least is None:
            return self.measured
        return small_progress(self.measured, self.rows, self.least)[0]

    def signals(self) -> dict[str, str] | None:
        """The latest signal of each indicator for the diagram, without small groups."""
        return latest_signals(self.shown) if self.rows else None

    def draw(self, format: str, lang: str, shares: bool, *, size: str | None = None,
             dpi: float | None = None) -> bytes:
        """The report's diagram: the scene's model from its party, with the signals."""
        return render(self.model, format=format, perspective=self.pid, lang=lang,
                      shares=shares, progress=self.signals(), size=size, dpi=dpi)


def _scene(model: Model, party: str | Party | None, lang: str,
           measurements: Iterable[Measurement] | None, audience: str,
           min_group: int | None) -> _Scene:
    least = _least(audience, min_group)
    pid = party_id(model, party) if party is not None else default_perspective(model)
    if pid is None:
        raise UnknownIdError(message(error_language(), "error.report_no_parties"))
    rows = list(model.measurements if measurements is None else measurements)
    if least is not None:
        model = publishable(model, lang=lang, min_group=least)
    return _Scene(model, pid, rows, least, progress(model, rows))


def _last_page(blocks: Sequence[Block]) -> int:
    """Where a printed report puts its diagram: after the text, before the colophon.

    Drawn for print, it fills the text area of a page (see :data:`PRINTED`);
    after the introduction it would leave the first page nearly empty.
    """
    return len(blocks) - 2


def _memo(scene: _Scene, lang: str, moment: str | None, *,
          shares: bool) -> tuple[str, list[Block]]:
    """The report's title and blocks: the whole memo, or the one for a moment of the cycle."""
    model, pid, rows, least = scene.model, scene.pid, scene.rows, scene.least
    if moment is None:
        return model.name, _blocks(model, pid, lang, rows, scene.measured, least, shares=shares)
    from resultaat.present import _cycle

    title = _cycle.title(lang, moment, _cycle.accounts_year(scene.shown))
    return f"{model.name} — {title}", _moment(model, pid, lang, moment, scene.shown,
                                              shares=shares)


def _refuse_unused(format: str, interactive: bool, diagram: str | None,
                   measurements: object, moment: str | None) -> None:
    """Refuse an option the format would not use, rather than drop it unsaid."""
    if moment is not None:
        from resultaat.present import _cycle

        _cycle.verify_moment(moment)
        if interactive:
            raise SettingError(message(DEFAULT, "error.interactive_moment"))
    if interactive and format != "html":
        raise SettingError(message(DEFAULT, "error.interactive_format", got=repr(format)))
    if diagram and format != "markdown":
        raise SettingError(message(DEFAULT, "error.report_diagram", format=format))
    if interactive and measurements is not None:
        raise SettingError(message(DEFAULT, "error.interactive_measurements"))


def _moment(model: Model, pid: str, lang: str, moment: str, measured: list[Progress], *,
            shares: bool) -> list[Block]:
    """The memo for one moment of the cycle: its sections, then the claims and the check."""
    from resultaat.present import _cycle

    w = _words(lang)
    out: list[Block] = [("p", w("report.intro", party=model.parties[pid].name))]
    out += _cycle.blocks(model, pid, lang, moment, measured)
    out += _claims(_cycle.as_of(model, moment, measured), pid, lang, shares=shares)
    return out + _findings(check(model, lang=lang), lang)


def _least(audience: str, min_group: int | None) -> int | None:
    """The smallest group a public report shows; ``None`` for an internal report."""
    if verify_audience(audience) == "public":
        return verify_min_group(MIN_GROUP if min_group is None else min_group)
    if min_group is not None:
        raise SettingError(message(DEFAULT, "error.min_group_internal"))
    return None


def _link(target: str) -> str:
    """A file name as a Markdown link target: percent-encoded, braces too."""
    return urllib.parse.quote(target, safe="/").replace("{", "%7B").replace("}", "%7D")


def _blocks(model: Model, pid: str, lang: str, rows: list[Measurement],
            measured: list[Progress], least: int | None, *, shares: bool = True) -> list[Block]:
    """The memo as blocks, section by section, from one party's point of view."""
    w = _words(lang)
    out: list[Block] = [("p", w("report.intro", party=model.parties[pid].name))]
    out.extend(_claims(model, pid, lang, shares=shares))
    if model.parties[pid].kind not in PERSONS:
        out.extend(_ceiling(model, pid, lang))
    out.extend(_conditions(model, lang))
    findings = check(model, lang=lang)
    out.extend(_side_effects(model, perspective(model, pid), lang, findings))
    out.extend(_findings(findings, lang))
    if model.parties[pid].kind not in PERSONS:
        out.extend(_stories(model, lang))
    if rows:
        out.extend(_realised(model, pid, lang, rows, measured, least))
    out.extend(_budget(model, pid, lang))
    from resultaat.present import _sections  # it builds on this module's blocks

    for hh in households(model):
        out.extend(_household(model, hh, lang))
        out.extend(_sections.pileup_blocks(model, hh, lang))
    out.extend(_sections.ledger_blocks(model, lang))
    out.extend(_sections.cooperation_blocks(model, lang, rows, least))
    out.extend(_readiness(model, pid, lang))
    return out


def _workers(model: Model, pid: str) -> list[str]:
    """The parties that carry out the work the party does, takes part in or commissions."""
    return list(dict.fromkeys(it.by for it in budget(model, pid).do))


def _claims(model: Model, pid: str, lang: str, *, shares: bool = True) -> list[Block]:
    """What the party may claim, and what it only contributed to."""
    w = _words(lang)
    name = model.parties[pid].name
    mine = claims(model, pid, lang=lang, shares=shares)
    out: list[Block] = []
    goals = [c for c in mine if model.results[c.result].intended]
    for verdict, head, none in (
            (Verdict.OWNS, N_("report.may_claim"), N_("report.may_claim_none")),
            (Verdict.CONTRIBUTES, N_("report.contributed"), N_("report.contributed_none"))):
        found = [c for c in goals if c.verdict is verdict]
        out.append(("h2", w(head, party=name)))
        if not found:
            out.append(("p", w(none, party=name)))
        out.extend(("claim", model.results[c.result].statement, _said(c.reasons))
                   for c in found)
    effects = [c for c in mine if not model.results[c.result].intended]
    if effects:
        out += [("h2", w("report.answers_for", party=name)),
                ("p", w("report.answers_for_text", party=name))]
        out.extend(("claim", model.results[c.result].statement, _said(c.reasons))
                   for c in effects)
    return out


def _stories(model: Model, lang: str) -> list[Block]:
    """The contribution story of every stated claim, in Mayne's steps."""
    w = _words(lang)
    out: list[Block] = [("h2", w("report.stories"))]
    if not model.claims:
        out.append(("p", w("report.stories_none")))
    idx = index(model)
    for s in dict.fromkeys((c.party, c.result) for c in model.claims):
        title, steps = story_parts(model, assess_in(idx, *s), lang, cut)
        out.append(("h3", _said([title])))
        out.extend(("claim", f"{n}. {head}", _said(body)) for n, (head, body) in
                   enumerate(steps, 1))
    return out


def _ceiling(model: Model, pid: str, lang: str) -> list[Block]:
    """The ceiling of accountability as a table, with each indicator's control."""
    w = _words(lang)
    ceil = ceiling(model, pid)
    out: list[Block] = [("h2", w("report.ceiling")),
                        ("p", w("report.ceiling_text", party=model.parties[pid].name))]
    table = []
    for rid in (*ceil.below, *ceil.above):
        r = model.results[rid]
        inds = []
        for ic in ceil.indicators:
            if ic.result == rid:
                inds.append(_t("{i}: {c}", i=ic.indicator, c=w(_CONTROL[ic.control])))
        table.append([r.statement, w(LEVEL[r.level.value]),
                      w("report.below") if rid in ceil.below else w("report.above"),
                      _joined("; ", inds) if inds else w("report.none")])
    out.append(("table", [w("report.result"), w("report.level"), w("report.place"),
                          w("report.indicators")], table))
    return out


_CONTROL = {Control.CONTROLLABLE: N_("report.controllable"),
            Control.CONTRACTED: N_("report.contracted"),
            Control.NOT_NECESSARILY_CONTROLLABLE: N_("report.not_controllable")}


def _findings(findings: Sequence[Finding], lang: str) -> list[Block]:
    """The check's findings, by severity."""
    w = _words(lang)
    out: list[Block] = [("h2", w("report.findings"))]
    if not findings:
        out.append(("p", w("check.nothing_found")))
    for sev in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        items = [_t("{m} `{c}`", m=_Said(f.message), c=w(CHECK_CODE[f.code])) for f in findings
                 if f.severity is sev]
        if items:
            out.append(("h3", w(SEVERITY[sev])))
            out.append(("ul", items))
    return out


def _readiness(model: Model, pid: str, lang: str) -> list[Block]:
    """Whether the parties that carry out the work are ready to steer themselves.

    Asked of each party that carries out what the party does, takes part
    in or commissions (a provider, a team); left out when there is none.
    """
    w = _words(lang)
    workers = _workers(model, pid)
    out: list[Block] = [("h2", w("report.readiness"))] if workers else []
    for worker in workers:
        name = model.parties[worker].name
        ready = readiness(model, worker, lang=lang)
        if len(workers) > 1:
            out.append(("h3", w("report.readiness_of", party=name)))
        if ready.ready:
            out.append(("p", w("report.ready", party=name)))
        else:
            out.append(("p", w("report.not_ready", party=name)))
            out.append(("ul", [_Said(x) for x in ready.missing]))
    return out


def _words(lang: str) -> Any:
    """``w(key, **values)``: a fixed text of the language, with user values in it."""
    def w(key: str, **values: Any) -> _Text:
        return _t(template(lang, key), **values)

    return w


def _count(lang: str, msgid: str, n: int) -> _Text:
    """``3 interventions``: a plural message with its number."""
    return _t(plural_template(lang, msgid, n), n=_t(number(lang, n)))


def _joined(sep: str, items: Sequence[Any]) -> _Text:
    """Items (user text or library text) joined by a library separator."""
    keys = [f"x{n}" for n in range(len(items))]
    return _t(sep.join("{" + k + "}" for k in keys), **dict(zip(keys, items, strict=True)))


def _titles(lang: str, names: Sequence[str]) -> _Text:
    """Names the user gave (interventions, results) in a sentence: each quoted."""
    w = _words(lang)
    return _joined(", ", [w("word.quoted", text=n) for n in names])


def _conditions(model: Model, lang: str) -> list[Block]:
    w = _words(lang)
    label = model.label
    out: list[Block] = [("h2", w("report.conditions")), ("p", w("report.conditions_text"))]
    table = []
    bare = []
    for it in model.interventions.values():
        if not it.conditions:
            bare.append(it.name)
        for cond in it.conditions:
            kind = w(CONDITION_KIND[cond.kind.value])
            if cond.kind is ConditionKind.METHOD:
                kind = w("report.recognition", kind=kind, recognition=w(
                    RECOGNITION[cond.recognition]))
            table.append([it.name, label(it.by), cond.name, kind,
                          w(STATUS[cond.status.value]), cond.evidence or ""])
    if table:
        out.append(("table", [w("report.intervention"), w("report.by"), w("report.condition"),
                              w("report.kind"), w("report.status"), w("report.evidence")],
                    table))
    if bare:
        out.append(("p", w("report.no_conditions", names=_titles(lang, bare))))
    return out


def _side_effects(model: Model, view: Perspective, lang: str,
                  findings: Sequence[Any]) -> list[Block]:
    w = _words(lang)
    out: list[Block] = [("h2", w("report.side_effects")), ("p", w("report.side_effects_text"))]
    effects = [r for r in model.results.values() if not r.intended]
    owners = {r.id: view.owner_of(r.id) for r in effects}
    if effects:
        out.append(("ul", [w(
            "report.side_effect_item",
            statement=r.statement,
            effect=w("report.negative") if r.effect is Effect.NEGATIVE else w("report.positive"),
            level=w(LEVEL[r.level.value]),
            owner=model.label(owner) if (owner := owners[r.id]) else w("owner.collective"))
            for r in effects]))
    else:
        out.append(("p", w("report.no_side_effects_at_all")))
    unseen = [model.interventions[f.subject].name for f in findings
              if f.code == "no-side-effects"]
    if unseen and effects:
        out.append(("p", w("report.not_considered", names=_titles(lang, unseen))))
    return out


def _num(lang: str, x: float | None) -> _Text:
    return _t("–") if x is None else _t(number(lang, x))


def _signed(lang: str, x: float | None) -> _Text:
    return _t("–") if x is None else _t(signed(lang, x))


def _suppressed(lang: str, hidden: int, least: int) -> list[Block]:
    """The sentence that says how many small groups a table leaves out, and why."""
    if not hidden:
        return []
    return [("p", _t(plural_template(lang, "report.suppressed", hidden),
                     n=_t(str(hidden)), least=_t(str(least))))]


def _realised(model: Model, pid: str, lang: str, rows: list[Measurement],
              measured: list[Progress], least: int | None) -> list[Block]:
    """Expected against realised, and the roll-up; without small groups when ``least`` is set."""
    w = _words(lang)
    out: list[Block] = [("h2", w("report.realised")), ("p", w("report.realised_text"))]
    hidden = 0
    from resultaat.present import _cycle

    if least is not None:
        measured, hidden = small_progress(measured, rows, least)
    paths = any(ind.deadline is not None for r in model.results.values() for ind in r.indicators)
    table = []
    for p in measured:
        target: _Text = _num(lang, p.target)
        if p.revision:
            target = _t("{t} ({r})", t=target, r=w("report.revised", why=p.revision))
        signal = w(SIGNAL[p.signal.value])
        if p.signal in (Signal.BETTER, Signal.WORSE):
            signal = _t("**{s}**", s=signal)
        table.append([model.results[p.result].statement, p.indicator, p.period.label,
                      _num(lang, p.baseline), target,
                      *([_num(lang, p.expected)] if paths else []), _num(lang, p.realised),
                      _signed(lang, p.deviation),
                      signal, w(TREND[p.trend.value]) if p.trend else _t("–"),
                      *([_cycle.done(model, lang, p)] if model.adjustments else [])])
    if table:
        out.append(("table", [w("report.result"), w("report.indicator"), w("report.period"),
                              w("report.baseline"), w("report.target"),
                              *([w("cycle.expected")] if paths else []), w("report.value"),
                              w("report.deviation"), w("report.signal"), w("report.trend"),
                              *([w("cycle.done")] if model.adjustments else [])],
                    table))
    if least is not None:
        out.extend(_suppressed(lang, hidden, least))
    out.extend(_cycle.answered(model, lang, measured))
    return out + _rolled_up(model, pid, lang, rows, least)


def _rolled_up(model: Model, pid: str, lang: str, rows: list[Measurement],
               least: int | None) -> list[Block]:
    """The roll-up from residents to the whole: served, reached the target, reached own goal."""
    w = _words(lang)
    out: list[Block] = []
    ups = rollup(model, rows, min_group=MIN_GROUP if least is None else least)
    hidden = len(ups.suppressed)
    if ups or hidden:
        out.append(("h3", w("report.rollup")))
        view = perspective(model, pid)
        for rid in dict.fromkeys([*(u.result for u in ups), *(s[3] for s in ups.suppressed)]):
            out.append(("p", _whose_rollup(model, view, rid, lang)))
    if ups:
        goals = any(u.with_goal for u in ups)
        table = []
        for u in ups:
            table.append([u.period.label, u.area or w("report.all_areas"),
                          model.interventions[u.intervention].name if u.intervention
                          else w("report.no_intervention"),
                          u.indicator, _num(lang, u.cases),
                          _t(f"{number(lang, u.reached)} ({percent(lang, u.share_reached)})"),
                          *([_goal(lang, u)] if goals else []),
                          _signed(lang, None if u.change is None else u.change[2])])
        out.append(("table", [w("report.period"), w("report.area"), w("report.intervention"),
                              w("report.indicator"), w("report.served"),
                              w("report.collective_target"),
                              *([w("report.own_goal")] if goals else []),
                              w("report.median_change")], table))
    if hidden:
        out.extend(_suppressed(lang, hidden, ups.min_group))
    return out


def _goal(lang: str, u: Any) -> _Text:
    """How many of the residents with their own goal reached it."""
    w: Callable[..., _Text] = _words(lang)
    if not u.with_goal:
        return _t("–")
    return w("report.goal_of", reached=_t(number(lang, u.reached_goal)),
                        with_goal=_t(number(lang, u.with_goal)),
                        share=_t(percent(lang, u.share_reached_goal)))


def _whose_rollup(model: Model, view: Perspective, rid: str, lang: str) -> _Text:
    """Whose result a rolled-up result is: the residents', the party's own, or another's."""
    w: Callable[..., _Text] = _words(lang)
    party = model.parties[view.party].name
    if view.persons_own(rid):
        return w("report.rollup_residents", party=party)
    if view.standing(rid) is Standing.OWN:
        return w("report.rollup_own", party=party)
    owner = view.owner_of(rid)
    return w("report.rollup_other", party=party,
             owner=model.label(owner) if owner else w("owner.collective"))


def _money(x: float, lang: str) -> _Text:
    return _t(money(lang, x))


def _budget(model: Model, pid: str, lang: str) -> list[Block]:
    w = _words(lang)
    b = budget(model, pid)
    if not b.do:
        return []
    view = perspective(model, pid)
    out: list[Block] = [("h2", w("report.budget")), ("h3", w("report.q_achieve")),
                        ("ul", [_whose(model, view, r, lang) for r, _ in b.achieve])]
    if b.side_effects:
        out += [("h3", w("report.q_side_effects")),
                ("ul", [_whose(model, view, r, lang) for r, _ in b.side_effects])]
    out.append(("h3", w("report.q_do")))
    out.append(("ul", [w(
        "report.cost_item", name=i.name,
        cost=_money(i.cost, lang) if i.cost is not None else w("report.no_cost")) for i in b.do]))
    out.append(("h3", w("report.q_cost")))
    out.append(("p", w("report.cost_total", cost=_money(b.cost, lang))))
    if b.uncosted:
        out.append(("p", w("report.cost_missing", names=_titles(
            lang, [model.interventions[i].name for i in b.uncosted]))))
    return out


def _whose(model: Model, view: Perspective, r: Result, lang: str) -> _Text:
    """A result in the budget, with whose it is and whether the party answers for it.

    Whether it answers for a result is the perspective's control, the one
    that also places the result below or above the ceiling.
    """
    w: Callable[..., _Text] = _words(lang)
    standing, owner = view.standing(r.id), view.owner_of(r.id)
    if not r.intended:
        if r.effect is Effect.NEGATIVE:
            return w("report.owner_harm", statement=r.statement)
        return w("report.owner_positive", statement=r.statement,
                 owner=model.label(owner) if owner else w("owner.collective"))
    below = view.control(r.id) in BELOW_CEILING
    if standing is Standing.OWN:
        return (w("report.owner_own", statement=r.statement) if below
                else w("report.owner_own_above", statement=r.statement))
    if below:
        return w("report.owner_other_below", statement=r.statement)
    if owner is None:
        return w("report.owner_collective", statement=r.statement, level=w(LEVEL[r.level.value]))
    return w("report.owner_other", statement=r.statement, owner=model.label(owner))


def _charge(it: Intervention, lang: str) -> _Text:
    """What one household carries of an intervention: cost / reach, or a programme cost."""
    w: Callable[..., _Text] = _words(lang)
    if it.cost is None:
        return w("report.no_cost")
    share = share_of_cost(it)
    if share is None:
        return w("report.programme_cost", cost=_money(it.cost, lang))
    if it.reach == 1:
        return _money(share, lang)
    return w("report.per_household", cost=_money(share, lang), total=_money(it.cost, lang),
             reach=_num(lang, it.reach))


def _household(model: Model, pid: str, lang: str) -> list[Block]:
    w = _words(lang)
    h = household(model, pid)
    name = model.parties[pid].name
    out: list[Block] = [("h2", _t("{h}: {n}", h=w("report.households"), n=name))]
    out.append(("p", _t(plural_template(lang, "report.household_text", len(h.interventions)),
                        interventions=_count(lang, "report.household_interventions",
                                             len(h.interventions)),
                        areas=_count(lang, "report.household_areas", len(h.by_policy)),
                        organisations=_count(lang, "report.household_organisations",
                                             len(h.providers)),
                        party=name, cost=_money(h.cost, lang))))
    table: list[list[Any]] = [
        [i.name, model.label(i.by), i.policy or w("report.no_policy"), _charge(i, lang)]
        for i in h.interventions]
    table.append([_t("**{t}**", t=w("report.total")), "", "",
                  _t("**{c}**", c=_money(h.cost, lang))])
    out.append(("table", [w("report.intervention"), w("report.by"), w("report.policy"),
                          w("report.cost")], table))
    if h.programme:
        out.append(("p", w("report.programme_note", party=name, names=_titles(
            lang, [model.interventions[i].name for i in h.programme]))))
    return out


# --- output ------------------------------------------------------------------------


def _markdown(title: str, notice: _Text, blocks: Sequence[Block]) -> str:
    lines = [notice.markdown(), "", f"# {markdown_text(title)}", ""]
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
        elif kind == "figure":  # an SVG figure shows in HTML only
            continue
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


def _html(title: str, notice: _Text, blocks: Sequence[Block], svg: str, lang: str, *,
          diagram_at: int = 0) -> str:
    """The report as a standalone HTML page, the diagram after block ``diagram_at``."""
    svg = svg[svg.index("<svg"):]
    parts = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
             f"<title>{html_text(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
             f'<p class="notice">{notice.html()}</p>\n<h1>{html_text(title)}</h1>']
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
        elif kind == "figure":  # an SVG the library drew, its texts escaped there
            parts.append(f"<figure>{block[1]}</figure>")
        elif kind == "table":
            head = "".join(f"<th>{_htm(h)}</th>" for h in block[1])
            body = "".join("<tr>" + "".join(f"<td>{_htm(c)}</td>" for c in row) + "</tr>"
                           for row in block[2])
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        if i == diagram_at:
            parts.append(f"<figure>{svg}</figure>")
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)
