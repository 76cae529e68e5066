"""The contribution story: Mayne's steps written out for one party and one result.

The strength and what decides it come from :mod:`resultaat.analysis._story`;
this module only writes them, as plain sentences and as Markdown in which
every user text is escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from resultaat.analysis._index import index, party_id, result_id
from resultaat.analysis._mention import link, links
from resultaat.analysis._mention import route as steps
from resultaat.analysis._perspective import perspective
from resultaat.analysis._plain import name_of, names_of, plain
from resultaat.analysis._story import Assessment, Gap, StoryStrength, assess_in
from resultaat.model._model import Contribution, Model, Party, Result, Rival, Status
from resultaat.present._markup import markdown_text
from resultaat.text._catalogue import N_, capitalised, join, message, plural
from resultaat.text._languages import verify_language

Escape = Callable[[str], str]

GRADES = {"strong": N_("strength.strong"), "moderate": N_("strength.moderate"),
          "weak": N_("strength.weak"), "untested": N_("strength.untested")}
STRENGTHS = {"credible": N_("story.credible"), "plausible": N_("story.plausible"),
             "weak": N_("story.weak"), "unsupported": N_("story.unsupported")}
RIVALS = {"ruled_out": N_("rival.ruled_out"), "plausible": N_("rival.plausible"),
          "unknown": N_("rival.unknown")}
_GAPS = {Gap.NO_ROUTE: N_("story.gap.no_route"), Gap.EVIDENCE: N_("story.gap.evidence"),
         Gap.ASSUMPTIONS: N_("story.gap.assumptions"),
         Gap.IMPLEMENTATION: N_("story.gap.implementation"),
         Gap.RIVALS_UNEXAMINED: N_("story.gap.rivals_unexamined"),
         Gap.RIVALS_OPEN: N_("story.gap.rivals_open")}


@attrs.frozen
class Story:
    """A party's contribution story for one result, judged and written.

    Attributes:
        party: the party id.
        result: the result id.
        strength: ``credible``, ``plausible``, ``weak`` or ``unsupported``.
        route: the best-supported route (node ids), empty when there is none.
        weakest: the links of the route with the weakest evidence (each
            with its ``assumptions``).
        rivals_open: the rival explanations not ruled out.
        strengthen: what evidence would strengthen the story most, as
            sentences, the most pressing first.
        text: the story as Markdown, following Mayne's steps.
        lang: the language of ``strengthen`` and ``text``.
    """

    party: str
    result: str
    strength: StoryStrength
    route: tuple[str, ...]
    weakest: tuple[Contribution, ...]
    rivals_open: tuple[Rival, ...]
    strengthen: tuple[str, ...]
    text: str
    lang: str

    def as_dict(self, model: Model) -> dict[str, Any]:
        """The story as plain values, with names and statements beside the ids.

        Its texts stay in the language it was written in (``lang``).

        >>> import resultaat
        >>> m = resultaat.example("debt-help")
        >>> row = story(m, "municipality", "stable").as_dict(m)
        >>> row["strength"], row["weakest"][0]["strength"], row["lang"]
        ('plausible', 'moderate', 'en')
        """
        lang = self.lang
        return {
            "party": self.party, "party_name": name_of(model, self.party, lang),
            "result": self.result, "result_statement": name_of(model, self.result, lang),
            "strength": plain(self.strength), "route": list(self.route),
            "route_names": names_of(model, self.route, lang),
            "weakest": [{"from": c.source, "from_name": name_of(model, c.source, lang),
                         "to": c.target, "to_name": name_of(model, c.target, lang),
                         "strength": plain(c.strength), "assumptions": list(c.assumptions)}
                        for c in self.weakest],
            "rivals_open": [{"explanation": r.explanation, "status": plain(r.status)}
                            for r in self.rivals_open],
            "strengthen": list(self.strengthen), "text": self.text, "lang": lang,
        }


def story(model: Model, party: str | Party, result: str | Result, *,
          lang: str | None = None) -> Story:
    """The contribution story of ``party`` for ``result`` (see docs/concepts.md).

    >>> import resultaat
    >>> s = story(resultaat.example("debt-help"), "municipality", "stable")
    >>> s.strength
    <StoryStrength.PLAUSIBLE: 'plausible'>
    """
    lang = verify_language(model.language if lang is None else lang)
    pid, rid = party_id(model, party), result_id(model, result)
    a = assess_in(index(model), pid, rid)
    return Story(pid, rid, a.strength, a.route, a.weakest, a.rivals_open,
                 tuple(_strengthen(model, a, lang, str)),
                 _markdown(model, a, lang), lang)


def _question(model: Model, a: Assessment, lang: str, esc: Escape) -> str:
    """Step 1: the cause–effect question, naming whose result it is."""
    party, result = esc(model.label(a.party)), esc(model.results[a.result].statement)
    owner = perspective(model, a.party).owner_of(a.result)
    if owner is None:
        return message(lang, "story.question_collective", party=party, result=result)
    return message(lang, "story.question", party=party, result=result,
                   owner=esc(model.label(owner)))


def _links(model: Model, a: Assessment, lang: str, chosen: tuple[Contribution, ...],
           esc: Escape) -> str:
    return links(model, lang, chosen, a.links, esc)


def _grade(lang: str, c: Contribution) -> str:
    return message(lang, GRADES[c.strength.value])


def _unmet(model: Model, a: Assessment) -> list[tuple[str, str]]:
    return [(it.name, cond.name) for n in a.route if (it := model.interventions.get(n))
            for cond in it.conditions if cond.status is Status.NOT_MET]


def _gap(model: Model, a: Assessment, gap: Gap, lang: str, esc: Escape) -> str:
    """Why the story is held down, as a clause."""
    rivals = model.results[a.result].rivals
    values = {
        Gap.NO_ROUTE: {"party": esc(model.label(a.party))},
        Gap.EVIDENCE: {"grade": _grade(lang, a.weakest[0]) if a.weakest else "",
                       "links": _links(model, a, lang, a.weakest, esc)},
        Gap.ASSUMPTIONS: {"links": _links(model, a, lang, tuple(
            c for c in a.links if not c.assumptions), esc)},
        Gap.IMPLEMENTATION: {"names": join(lang, [message(lang, "word.quoted", text=esc(i))
                                                  for i in dict.fromkeys(
            i for i, _ in _unmet(model, a))])},
        Gap.RIVALS_UNEXAMINED: {},
        Gap.RIVALS_OPEN: {"names": join(lang, [esc(r.explanation) for r in rivals
                                               if r.status.value == "plausible"])},
    }[gap]
    if gap is Gap.EVIDENCE:
        return plural(lang, _GAPS[gap], len(a.weakest), **values)
    unassumed = [c for c in a.links if not c.assumptions]
    order = [g for g, _ in a.gaps]
    if gap is Gap.ASSUMPTIONS and unassumed == list(a.weakest) and Gap.EVIDENCE in order[
            :order.index(gap)]:
        return plural(lang, "story.gap.assumptions_same", len(unassumed))  # named just before
    if gap is Gap.RIVALS_OPEN:
        return plural(lang, _GAPS[gap], sum(r.status.value == "plausible" for r in rivals),
                      **values)
    return message(lang, _GAPS[gap], **values)


def _strengthen(model: Model, a: Assessment, lang: str, esc: Escape) -> list[str]:
    """What would raise the story most: resolving every gap at the lowest cap first."""
    if not a.gaps:
        return [message(lang, "story.do.nothing")]
    return [_do(model, a, gap, lang, esc) for gap, _ in a.gaps]


def _do(model: Model, a: Assessment, gap: Gap, lang: str, esc: Escape) -> str:
    rivals = model.results[a.result].rivals
    if gap is Gap.NO_ROUTE:
        return message(lang, "story.do.no_route", party=esc(model.label(a.party)))
    if gap is Gap.EVIDENCE:
        return message(lang, "story.do.evidence", links=_links(model, a, lang, a.weakest, esc),
                       grade=_grade(lang, a.weakest[0]))
    if gap is Gap.ASSUMPTIONS:
        return message(lang, "story.do.assumptions", links=_links(
            model, a, lang, tuple(c for c in a.links if not c.assumptions), esc))
    if gap is Gap.IMPLEMENTATION:
        return message(lang, "story.do.implementation", conditions=join(
            lang, [esc(f"{c} ({i})") for i, c in _unmet(model, a)]))
    if gap is Gap.RIVALS_OPEN:
        open_ = [esc(r.explanation) for r in rivals if r.status.value == "plausible"]
        return plural(lang, "story.do.rivals_open", len(open_), names=join(lang, open_))
    unknown = [esc(r.explanation) for r in rivals if r.status.value == "unknown"]
    return (plural(lang, "story.do.rivals_unknown", len(unknown), names=join(lang, unknown))
            if unknown
            else message(lang, "story.do.rivals_unexamined"))


Step = tuple[str, list[str]]


def parts(model: Model, a: Assessment, lang: str, esc: Escape = str) -> tuple[str, list[Step]]:
    """The story's title and Mayne's steps, each a heading and its sentences.

    ``esc`` is applied to every user text (``str`` leaves it as it is).
    """
    r = model.results[a.result]
    party = esc(model.label(a.party))
    strength = message(lang, STRENGTHS[a.strength.value])
    title = message(lang, "story.title", party=party, result=esc(r.statement), strength=strength)
    verdict = (message(lang, "story.verdict_credible") if not a.gaps else
               message(lang, "story.verdict", strength=strength,
                       gaps=join(lang, [_gap(model, a, g, lang, esc) for g, _ in a.gaps])))
    weakest = ([plural(lang, "story.weakest", len(a.weakest),
                       links=_links(model, a, lang, a.weakest, esc))]
               if a.weakest and Gap.EVIDENCE not in dict(a.gaps) else [])
    steps = [
        (message(lang, "story.step_question"), [_question(model, a, lang, esc)]),
        (message(lang, "story.step_chain"), _chain(model, a, lang, esc)),
        (message(lang, "story.step_others"), _others(model, a, lang, esc)),
        (message(lang, "story.step_story"), [verdict, *weakest]),
        (message(lang, "story.step_strengthen"), _strengthen(model, a, lang, esc)),
    ]
    return title, [(head, [capitalised(x) for x in body]) for head, body in steps]


def _markdown(model: Model, a: Assessment, lang: str) -> str:
    """The story in Markdown: a heading, then Mayne's steps, each a short paragraph."""
    title, steps = parts(model, a, lang, markdown_text)
    out = ["### " + title, ""]
    for n, (head, body) in enumerate(steps, 1):
        out.extend([f"**{n}. {head}.** " + " ".join(body), ""])
    return "\n".join(out).rstrip("\n") + "\n"


def _chain(model: Model, a: Assessment, lang: str, esc: Escape) -> list[str]:
    party = esc(model.label(a.party))
    if not a.route:
        return [message(lang, "story.no_chain", party=party)]
    path = steps(model, lang, a.route[1:], esc) if len(a.route) > 1 else party
    out = [message(lang, "story.chain", party=party, path=path)]
    for c in a.links:
        out.append(message(lang, "story.link", link=link(model, lang, c.source, c.target, esc),
                           grade=_grade(lang, c)))
        if c.evidence:
            out.append(message(lang, "story.link_evidence", evidence=esc(c.evidence)))
        out.append(message(lang, "story.link_assumptions", assumptions="; ".join(
            esc(x) for x in c.assumptions)) if c.assumptions else
            message(lang, "story.link_no_assumptions"))
    return out


def _others(model: Model, a: Assessment, lang: str, esc: Escape) -> list[str]:
    idx = index(model)
    _, others, factors = idx.seen_from(a.party, a.result)
    out = []
    if others:
        out.append(plural(lang, "story.others", len(others), names=join(
            lang, [esc(model.label(p)) for p in others])))
    if factors:
        out.append(plural(lang, "story.factors", len(factors), names=join(
            lang, [esc(model.label(f)) for f in factors])))
    rivals = model.results[a.result].rivals
    if not rivals:
        out.append(message(lang, "story.no_rivals"))
    for rv in rivals:
        out.append(message(lang, "story.rival", explanation=esc(rv.explanation),
                           status=message(lang, RIVALS[rv.status.value])))
        if rv.evidence:
            out.append(message(lang, "story.link_evidence", evidence=esc(rv.evidence)))
    return out
