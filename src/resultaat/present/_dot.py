"""Contribution graphs as DOT source: pure data, no engine runs here.

The picture is drawn from one party's point of view. Results fall in three
bands (micro at the bottom, macro at the top); what the party controls,
itself or by contract, sits inside a dashed frame: its ceiling of
accountability.
Colours follow the Okabe–Ito palette, and shapes, borders and a line of
text on every result carry the same meaning for black-and-white print.
"""

from __future__ import annotations

import html
import itertools
import textwrap
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import graphviz

from resultaat._errors import SettingError, UnknownIdError, did_you_mean, listing, shown
from resultaat.analysis._claims import ceiling, share_text
from resultaat.analysis._index import default_perspective, index, party_id
from resultaat.analysis._perspective import Seen, Standing, perspective
from resultaat.analysis._privacy import publishable, verify_audience
from resultaat.model._model import Contribution, Effect, Level, Model, Role, Status, Strength
from resultaat.present._markup import SENTENCE_LIMIT, cut
from resultaat.text._catalogue import (
    CONDITION_KIND,
    DEFAULT,
    DIRECTION,
    LEVEL,
    N_,
    PARTY_KIND,
    RECOGNITION,
    ROLE,
    message,
    template,
)
from resultaat.text._languages import verify_language
from resultaat.text._numbers import number

# Okabe–Ito, with light tints for fills so black text stays readable.
BLUE = "#0072B2"
BLUE_LIGHT = "#D5E8F4"
ORANGE = "#E69F00"
ORANGE_LIGHT = "#FBE5B3"
GREEN = "#009E73"
GREEN_LIGHT = "#C7EADF"
VERMILLION = "#D55E00"
GREY = "#8C8C8C"
GREY_LIGHT = "#F2F2F2"
INK = "#1A1A1A"
FONT = "Arial"  # the bundled engine draws it with Arimo, metrically the same

LABELS: dict[str, str] = {
    "title": N_("dot.title"), "band_macro": N_("dot.band_macro"), "band_meso": N_("dot.band_meso"),
    "band_micro": N_("dot.band_micro"), "band_work": N_("dot.band_work"),
    "band_who": N_("dot.band_who"), "ceiling": N_("dot.ceiling"),
    "ceiling_work": N_("dot.ceiling_work"), "own": N_("dot.own"), "theirs": N_("dot.theirs"),
    "collective": N_("dot.collective"), "collective_only": N_("owner.collective"),
    "theirs_only": N_("dot.theirs_only"), "unreached": N_("dot.unreached"),
    "share": N_("dot.share"), "side_negative": N_("dot.side_negative"),
    "side_positive": N_("dot.side_positive"), "factor": N_("dot.factor"), "by": N_("dot.by"),
    "conditions": N_("dot.conditions"), "met": N_("status.met"), "not_met": N_("status.not_met"),
    "unknown": N_("status.unknown"), "none_stated": N_("dot.none_stated"),
    "legend": N_("dot.legend"), "lg_own": N_("dot.lg_own"), "lg_theirs": N_("dot.lg_theirs"),
    "lg_collective": N_("dot.lg_collective"), "lg_unreached": N_("dot.lg_unreached"),
    "lg_side": N_("dot.lg_side"), "lg_factor": N_("dot.lg_factor"),
    "lg_necessary": N_("dot.lg_necessary"), "lg_supporting": N_("dot.lg_supporting"),
    "lg_external": N_("dot.lg_external"), "lg_does": N_("dot.lg_does"),
    "lg_conditions": N_("dot.lg_conditions"), "lg_commissions": N_("dot.lg_commissions"),
    "answers_for": N_("dot.answers_for"), "progress_better": N_("signal.better"),
    "lg_strength": N_("dot.strength_legend"), "weakest": N_("dot.weakest"),
    "progress_worse": N_("signal.worse"), "progress_on": N_("signal.on_track"),
    "lg_against": N_("dot.lg_against"),
}
"""The diagram's fixed texts: the name ``labels=`` uses → the message id."""

_BAND = {Level.MICRO: "band_micro", Level.MESO: "band_meso", Level.MACRO: "band_macro"}
_STATUS = {Status.MET: "met", Status.NOT_MET: "not_met", Status.UNKNOWN: "unknown"}
_PROGRESS = {"better": "progress_better", "worse": "progress_worse", "on": "progress_on"}

WRAP = 30


def to_dot(
    model: Model,
    *,
    perspective: str | None = None,
    lang: str | None = None,
    focus: str | None = None,
    depth: int | None = None,
    title: str | None = None,
    labels: Mapping[str, str] | None = None,
    legend: bool = True,
    progress: Mapping[str, str] | None = None,
    audience: str = "internal",
    shares: bool = True,
    highlight: Iterable[Contribution] = (),
) -> str:
    """The contribution graph of a model as DOT source.

    Args:
        model: the model to draw.
        perspective: the party whose point of view is drawn (default: the
            model's ``perspective``, else its first municipality).
        lang: ``"nl"`` or ``"en"`` (default: the model's language).
        focus: a result id (draw only what feeds it) or a party id (draw
            only what it reaches and what feeds that).
        depth: with ``focus``, how many steps away from it to draw.
        title: replaces the title.
        labels: replaces any of the fixed texts (see ``LABELS``).
        legend: whether to draw the legend.
        progress: result id → ``"better"``, ``"worse"`` or ``"on"``, to
            mark results by measured progress.
        audience: ``"internal"``, or ``"public"`` to draw residents and
            their network by role (as a public report names them).
        shares: whether to show the shares of credit.
        highlight: contributions to mark as a story's weakest links (for
            example ``story(...).weakest``).

    Returns:
        DOT source; the same model and options always give the same text.

    >>> import resultaat
    >>> dot = to_dot(resultaat.example("wheelchair"))
    >>> dot.startswith("digraph resultaat {")
    True
    """
    lang = verify_language(model.language if lang is None else lang)
    if verify_audience(audience) == "public":
        model = publishable(model, lang=lang)
    text = {name: template(lang, msgid) for name, msgid in LABELS.items()}
    if labels:
        unknown = set(labels) - set(text)
        if unknown:
            raise SettingError(message(DEFAULT, "error.unknown_label",
                                       label=repr(sorted(unknown)[0]),
                                       labels=", ".join(sorted(text))))
        text.update(labels)
    pov = party_id(model, perspective) if perspective else default_perspective(model)
    return _Drawing(model, pov, text, _visible(model, focus, depth), title, legend,
                    progress or {}, lang, shares=shares,
                    highlight={(c.source, c.target) for c in highlight}).source()


def _visible(model: Model, focus: str | None, depth: int | None) -> set[str] | None:
    if focus is None:
        if depth is not None:
            raise SettingError(message(DEFAULT, "error.depth_without_focus"))
        return None
    idx = index(model)
    if focus in model.results:

        def feeding(n: str) -> Iterator[str]:
            yield from (c.source for c in idx.inputs(n))
            if n in model.interventions:
                it = model.interventions[n]
                yield from it.players

        keep = _spread({focus}, feeding, depth)
        # keep the accountable party of every intervention shown
        return keep | {model.interventions[n].by for n in keep if n in model.interventions}
    if focus in model.parties:
        start = {focus}
        for chain in idx.entries(focus):
            start.update(chain)
        return _spread(start, idx.outputs, depth)
    ids = [*model.results, *model.parties]
    raise UnknownIdError(message(DEFAULT, "error.unknown_focus", focus=shown(focus),
                                 hint=did_you_mean(focus, ids), ids=listing(ids)), focus)


def _maybe(lang: str, x: float | None) -> str:
    """A number in the language's notation, or a dash where there is none."""
    return "–" if x is None else number(lang, x)


def _spread(start: set[str], step: Callable[[str], Iterable[str]],
            depth: int | None) -> set[str]:
    """``start`` and what ``step`` leads to from it, at most ``depth`` steps away."""
    keep = set(start)
    frontier = list(start)
    steps = 0
    while frontier and (depth is None or steps < depth):
        nxt = []
        for n in frontier:
            for s in step(n):
                if s not in keep:
                    keep.add(s)
                    nxt.append(s)
        frontier, steps = nxt, steps + 1
    return keep


def _esc(s: str) -> str:
    """Text for an HTML-like label: cut to :data:`LIMIT` and escaped.

    Backslashes are doubled: Graphviz expands ``\\N``, ``\\G`` and friends
    even inside HTML-like labels (also when written ``&#92;``), and reads
    ``\\\\`` as one backslash.
    """
    return html.escape(cut(s), quote=True).replace("\\", "\\\\")


def _wrap(s: str, width: int = WRAP) -> list[str]:
    lines: list[str] = []
    for para in cut(s, width * 9).splitlines() or [""]:
        lines.extend(textwrap.wrap(para, width, break_long_words=True,
                                   break_on_hyphens=False) or [""])
    return lines[:8] + (["…"] if len(lines) > 8 else [])


def _plain(s: str) -> Any:
    """A plain (non-HTML) DOT string, cut: backslashes and line breaks kept as text."""
    s = cut(s, SENTENCE_LIMIT)
    return graphviz.nohtml(s.replace("\\", "\\\\").replace("\r", "").replace("\n", "\\n"))


_MARKS = {Strength.STRONG: "●●●", Strength.MODERATE: "●●○", Strength.WEAK: "●○○",
          Strength.UNTESTED: "○○○"}
"""The small mark beside an arrow that says how strong its evidence is (legend: lg_strength)."""


def _weight(c: Contribution, lang: str) -> str:
    """A weight as drawn: ``3``, or a range ``1–3``; empty when not given."""
    b = c.bounds
    if b is None:
        return ""
    low, high = number(lang, b[0]), number(lang, b[1])
    return low if b[0] == b[1] else f"{low}–{high}"


class _Drawing:
    def __init__(self, model: Model, pov: str | None, text: dict[str, str],
                 visible: set[str] | None, title: str | None, legend: bool,
                 progress: Mapping[str, str], lang: str, *, shares: bool,
                 highlight: set[tuple[str, str]]) -> None:
        self.model = model
        self.lang = lang
        self.shares = shares
        self.highlight = highlight
        self.pov = pov
        self.text = text
        self.visible = visible
        self.title = title
        self.legend = legend
        self.progress = progress
        self.idx = index(model)
        self.view = perspective(model, pov, measurements=()) if pov else None
        self.graded = any(c.strength is not Strength.UNTESTED for c in model.contributions)
        self.names: dict[str, str] = {}
        for prefix, table in (("p", model.parties), ("f", model.factors),
                              ("i", model.interventions), ("r", model.results)):
            for n, key in enumerate(table):
                self.names[key] = f"{prefix}{n}"
        self.pov_name = cut(model.parties[pov].name) if pov else ""

    def shown(self, node: str) -> bool:
        return self.visible is None or node in self.visible

    def t(self, key: str, **kw: str) -> str:
        return self.text[key].format(party=self.pov_name, **kw)

    def source(self) -> str:
        g = graphviz.Digraph("resultaat")
        self._head(g)
        anchors: list[str] = []
        members: dict[str, list[str]] = {}
        self._who(g, anchors)
        self._work(g, anchors, members)
        below = set(ceiling(self.model, self.pov).below) if self.pov else set()
        for level in Level:
            self._level(g, level, below, anchors, members)
        self._stack(g, anchors, members)
        self._edges(g)
        if self.legend and self.pov:
            self._legend(g)
        source: str = g.source
        return source

    def _head(self, g: Any) -> None:
        """The title and the defaults of the whole picture."""
        m = self.model
        title = self.title if self.title is not None else (
            self.t("title", model=cut(m.name)) if self.pov else cut(m.name))
        g.attr(rankdir="BT", newrank="true", nodesep="0.35", ranksep="0.45", splines="spline",
               fontname=FONT, fontsize="11", labelloc="t", labeljust="c",
               label=f"<<FONT POINT-SIZE=\"17\"><B>{_esc(title)}</B></FONT>>",
               bgcolor="white", pad="0.3", tooltip=_plain(title))
        g.attr("node", fontname=FONT, fontsize="10", color=INK, fontcolor=INK, penwidth="1.2",
               margin="0.14,0.07")
        g.attr("edge", fontname=FONT, fontsize="9", color="#555555", arrowsize="0.7")

    def _who(self, g: Any, anchors: list[str]) -> None:
        """The band of parties and external factors, in one row."""
        m = self.model
        with g.subgraph(name="cluster_who") as who:
            self._band(who, "band_who")
            for pid, p in m.parties.items():
                if self.shown(pid):
                    self._party(who, pid, p.name,
                                message(self.lang, PARTY_KIND[p.kind.value]))
            for fid, f in m.factors.items():
                if self.shown(fid):
                    who.node(self.names[fid], self._factor_label(f.name),
                             shape="box", style="dashed,rounded,filled", fillcolor=GREY_LIGHT,
                             color=GREY, fontcolor="#555555",
                             tooltip=_plain(cut(f.description or f.name)))
            who.node("band_who", "", shape="point", style="invis", width="0")
            anchors.append("band_who")
            row = [self.names[n] for n in [*m.parties, *m.factors] if self.shown(n)]
            with who.subgraph() as same:
                same.attr(rank="same")
                for n in ["band_who", *row]:
                    same.node(n)

    def _work(self, g: Any, anchors: list[str], members: dict[str, list[str]]) -> None:
        """The band of interventions; the party's own inside its ceiling frame."""
        m = self.model
        if not any(self.shown(i) for i in m.interventions):
            return
        with g.subgraph(name="cluster_work") as work:
            self._band(work, "band_work")
            own = [i for i in m.interventions if self.shown(i) and (
                self._mine(i) or self._commissioned(i))]
            rest = [i for i in m.interventions if self.shown(i) and i not in own]
            if own:
                with work.subgraph(name="cluster_work_ceiling") as c:
                    self._ceiling_frame(c, "ceiling_work")
                    for i in own:
                        self._intervention(c, i)
            for i in rest:
                self._intervention(work, i)
            work.node("band_work", "", shape="point", style="invis", width="0")
            anchors.append("band_work")
            members["band_work"] = own + rest

    def _level(self, g: Any, level: Level, below: set[str], anchors: list[str],
               members: dict[str, list[str]]) -> None:
        """The band of one result level; what the party answers for inside its ceiling frame."""
        ids = [r for r, res in self.model.results.items()
               if res.level is level and self.shown(r)]
        if not ids:
            return
        with g.subgraph(name=f"cluster_{level.value}") as band:
            self._band(band, _BAND[level])
            mine = [r for r in ids if r in below]
            if mine:
                with band.subgraph(name=f"cluster_{level.value}_ceiling") as c:
                    self._ceiling_frame(c)
                    for r in mine:
                        self._result(c, r)
            for r in ids:
                if r not in below:
                    self._result(band, r)
            band.node(_BAND[level], "", shape="point", style="invis", width="0")
            anchors.append(_BAND[level])
            members[_BAND[level]] = ids

    def _stack(self, g: Any, anchors: list[str], members: dict[str, list[str]]) -> None:
        """Stack the bands with a few invisible edges.

        Each band's anchor sits above the tops of the band below it (what
        feeds nothing else in that band) and below the bottoms of its own
        band (what nothing else in the band feeds). Everything else in a
        band lies between its bottoms and its tops.
        """
        members["band_who"] = []
        for low, high in itertools.pairwise(anchors):
            for n in self._ends(members[low], top=True) or [low]:
                g.edge(n, high, style="invis")
            for n in self._ends(members[high], top=False):
                g.edge(high, n, style="invis")

    def _ends(self, ids: list[str], *, top: bool) -> list[str]:
        """The DOT names of the band members no other member follows (top) or precedes."""
        band = set(ids)
        idx = self.idx
        out = []
        for n in ids:
            if top:
                linked = any(s in band for s in idx.outputs(n))
            else:
                linked = any(c.source in band for c in idx.inputs(n))
            if not linked:
                out.append(self.names[n])
        return out

    def _band(self, sub: Any, key: str) -> None:
        fills = {"band_macro": "#EEF3F8", "band_meso": "#F3F7F0", "band_micro": "#FBF7EF",
                 "band_work": "#F7F7F7", "band_who": "#FFFFFF"}
        sub.attr(label=f"<<B>{_esc(self.text[key])}</B>>", labeljust="l", labelloc="t",
                 style="filled", fillcolor=fills[key], color="#BBBBBB", fontsize="11",
                 fontcolor="#444444", margin="14")

    def _ceiling_frame(self, sub: Any, key: str = "ceiling") -> None:
        sub.attr(label=f"<<I>{_esc(self.t(key))}</I>>", style="dashed,rounded",
                 color=BLUE, penwidth="2", fontcolor=BLUE, fontsize="10", labeljust="l",
                 margin="10")

    def _mine(self, node: str) -> bool:
        """Whether the node is the party's own (itself, or what it carries out)."""
        return self.view is not None and self.view.standing(node) is Standing.OWN

    def _commissioned(self, node: str) -> bool:
        """Whether the party commissions the intervention (it is in the party's frame too)."""
        return self.view is not None and self.view.standing(node) is Standing.COMMISSIONED

    def _party(self, sub: Any, pid: str, name: str, kind: str) -> None:
        mine = self._mine(pid)
        lines = "<BR/>".join(_esc(x) for x in _wrap(name, 22))
        label = f"<<B>{lines}</B><BR/><FONT POINT-SIZE=\"8\">{_esc(kind)}</FONT>>"
        sub.node(self.names[pid], label, shape="ellipse",
                 style="filled,bold" if mine else "filled",
                 fillcolor=BLUE if mine else "white", fontcolor="white" if mine else INK,
                 color=BLUE if mine else INK, penwidth="2.4" if mine else "1.2",
                 tooltip=_plain(f"{cut(name)} ({kind})"))

    def _factor_label(self, name: str) -> str:
        lines = "<BR/>".join(_esc(x) for x in _wrap(name, 24))
        return (f"<{lines}<BR/><FONT POINT-SIZE=\"8\"><I>{_esc(self.text['factor'])}"
                f"</I></FONT>>")

    def _intervention(self, sub: Any, iid: str) -> None:
        it = self.model.interventions[iid]
        mine = self._mine(iid)
        by = cut(self.model.parties[it.by].name)
        meta = self.text["by"].format(party=by) + (f" · {cut(it.policy)}" if it.policy else "")
        counts = {s: sum(1 for c in it.conditions if c.status is s) for s in Status}
        if it.conditions:
            parts = []
            for status in Status:
                if counts[status]:
                    parts.append(f"{number(self.lang, counts[status])} "
                                 f"{self.text[_STATUS[status]]}")
            cond = f"{self.text['conditions']}: " + " · ".join(parts)
        else:
            cond = self.text["none_stated"]
        colour = VERMILLION if counts[Status.NOT_MET] else (
            ORANGE if counts[Status.UNKNOWN] or not it.conditions else GREEN)
        name = "<BR/>".join(_esc(x) for x in _wrap(it.name))
        label = (f"<<B>{name}</B><BR/><FONT POINT-SIZE=\"8\">{_esc(meta)}</FONT><BR/>"
                 f"<FONT POINT-SIZE=\"8\" COLOR=\"{colour}\">{_esc(cond)}</FONT>>")
        tip = [f"{cut(it.name)} — {meta}"]
        lang = self.lang
        tip += [f"{cut(c.name)} [{message(lang, CONDITION_KIND[c.kind.value])}]: "
                f"{self.text[_STATUS[c.status]]}"
                + (f" — {cut(c.evidence)}" if c.evidence else "")
                + (f" ({message(lang, RECOGNITION[c.recognition])})"
                   if c.recognition else "") for c in it.conditions]
        sub.node(self.names[iid], label, shape="box", style="filled,bold" if mine else "filled",
                 fillcolor=BLUE_LIGHT if mine else "white", color=BLUE if mine else INK,
                 penwidth="2" if mine else "1.2", tooltip=_plain("\n".join(tip)))

    def _result(self, sub: Any, rid: str) -> None:
        r = self.model.results[rid]
        seen = self.view[rid] if self.view is not None else None
        meta, attrs = self._standing_style(seen, rid)
        extra = []
        if not r.intended and r.effect is Effect.NEGATIVE and seen is not None and seen.reached:
            meta = self.t("answers_for")
        if not r.intended:
            attrs["shape"] = "note"
            attrs["style"] = attrs["style"].replace(",rounded", "")
            if r.effect is Effect.NEGATIVE:
                extra.append("(!) " + self.text["side_negative"])
                attrs.update(color=VERMILLION, penwidth="3")
            else:
                extra.append(self.text["side_positive"])
        if seen is not None and seen.share is not None and self.shares:
            extra.append(self.text["share"].format(share=self._share(seen)))
        mark = self.progress.get(rid)
        if mark:
            extra.append({"better": "▲ ", "worse": "▼ ", "on": "● "}.get(mark, "")
                         + (self.text[_PROGRESS[mark]] if mark in _PROGRESS else mark))
        body = "<BR/>".join(_esc(x) for x in _wrap(r.statement))
        small = "<BR/>".join(_esc(x) for x in [*_wrap(meta, 40), *extra])
        label = f"<<B>{body}</B><BR/><FONT POINT-SIZE=\"8\">{small}</FONT>>"
        lang = self.lang
        tip = f"{cut(r.statement)} [{message(lang, LEVEL[r.level.value])}] — {meta}"
        if r.indicators:
            tip += "\n" + "\n".join(
                message(lang, "dot.indicator_tip", name=cut(i.name),
                        baseline=_maybe(lang, i.baseline), target=_maybe(lang, i.target),
                        direction=message(lang, DIRECTION[i.direction.value]))
                for i in r.indicators)
        sub.node(self.names[rid], label, tooltip=_plain(tip), **attrs)

    def _share(self, seen: Seen) -> str:
        """The party's share as a range or a rounded figure (see :func:`share_text`)."""
        share = seen.share or 0.0
        low, high = (seen.attribution.range_of(self.pov, self.model)
                     if seen.attribution is not None and self.pov else (share, share))
        return share_text(self.lang, share, low, high)

    def _standing_style(self, seen: Seen | None, rid: str) -> tuple[str, dict[str, str]]:
        """The line under a result that says what it is to the party, and its look."""
        standing = seen.standing if seen is not None else Standing.OUT_OF_REACH
        belongs_to = seen.belongs_to if seen is not None else None
        owner_name = cut(self.model.parties[belongs_to].name) if belongs_to else ""
        if standing is Standing.OWN:
            return self.t("own"), {"shape": "box", "style": "filled,rounded", "fillcolor": BLUE,
                                   "fontcolor": "white", "color": BLUE, "penwidth": "2.4",
                                   "peripheries": "2"}
        if standing is Standing.COLLECTIVE:
            return self.t("collective"), {"shape": "octagon", "style": "filled",
                                          "fillcolor": GREEN_LIGHT, "color": GREEN}
        if standing is Standing.THEIRS:
            return self.t("theirs", owner=owner_name), {
                "shape": "box", "style": "filled,rounded", "fillcolor": ORANGE_LIGHT,
                "color": ORANGE}
        grey = {"fillcolor": "white", "color": GREY, "fontcolor": GREY}
        if belongs_to is None:
            return self.text["collective_only"], {"shape": "octagon", "style": "dashed", **grey}
        return self.t("unreached", owner=owner_name), {"shape": "box",
                                                       "style": "dashed,rounded", **grey}

    def _edges(self, g: Any) -> None:
        m = self.model
        for it in m.interventions.values():
            if not self.shown(it.id):
                continue
            for p in (it.by, *it.partners):
                if self.shown(p):
                    g.edge(self.names[p], self.names[it.id], style="dotted", color=GREY,
                           arrowhead="none" if p != it.by else "normal", penwidth="1.2")
            boss = it.commissioned_by
            if boss is not None and self.shown(boss):
                g.edge(self.names[boss], self.names[it.id], style="dashed", color=BLUE,
                       arrowhead="empty", penwidth="1.4")
        for coop in m.parties.values():
            for member in coop.members:
                if self.shown(member) and self.shown(coop.id):
                    g.edge(self.names[member], self.names[coop.id], style="dotted", color=GREY,
                           arrowhead="odot")
        for c in m.contributions:
            if self.shown(c.source) and self.shown(c.target):
                self._contribution(g, c)

    def _contribution(self, g: Any, c: Contribution) -> None:
        """One contribution arrow: thick when necessary, dashed from a factor, ×weight."""
        attrs = {"penwidth": "2.6", "color": INK} if c.role is Role.NECESSARY else {
            "penwidth": "1.1", "color": "#666666"}
        if c.source in self.model.factors:
            attrs.update(style="dashed", color=GREY)
        shown = _weight(c, self.lang)
        label = f" ×{shown}" if shown else ""
        if c.effect is Effect.NEGATIVE:  # works against the result: a red bar, not an arrow
            attrs.update(color=VERMILLION, arrowhead="tee")
            label = f" −{label}"
        if self.graded:
            label += f" {_MARKS[c.strength]}"
        if (c.source, c.target) in self.highlight:
            attrs.update(color=VERMILLION, penwidth="3.4")
            label += f" ({self.text['weakest']})"
        if label:
            attrs["label"] = label
        tip = (message(self.lang, "dot.against_tip") if c.effect is Effect.NEGATIVE
               else message(self.lang, ROLE[c.role.value])) + (
            message(self.lang, "dot.weight_tip", weight=shown) if shown else "")
        if c.evidence:
            tip += f" — {cut(c.evidence)}"
        g.edge(self.names[c.source], self.names[c.target], tooltip=_plain(tip), **attrs)

    def _legend(self, g: Any) -> None:
        rows = [
            (f'BGCOLOR="{BLUE}"', self.t("lg_own")),
            (f'BGCOLOR="{ORANGE_LIGHT}"', self.t("lg_theirs")),
            (f'BGCOLOR="{GREEN_LIGHT}"', self.t("lg_collective")),
            ('BGCOLOR="white"', self.t("lg_unreached")),
            (f'BGCOLOR="white" COLOR="{VERMILLION}"', self.t("lg_side")),
            (f'BGCOLOR="{GREY_LIGHT}"', self.t("lg_factor")),
        ]
        cells = "".join(
            f'<TR><TD {style} WIDTH="22" HEIGHT="12" FIXEDSIZE="TRUE"></TD>'
            f'<TD ALIGN="LEFT">{_esc(label)}</TD></TR>' for style, label in rows)
        lines = "".join(
            f'<TR><TD COLSPAN="2" BORDER="0" ALIGN="LEFT">{_esc(self.t(key))}</TD></TR>'
            for key in ("lg_necessary", "lg_supporting", "lg_external", "lg_does",
                        "lg_commissions", "lg_conditions",
                        *(("lg_against",) if any(c.effect is Effect.NEGATIVE
                                                 for c in self.model.contributions) else ()),
                        *(("lg_strength",) if self.graded else ())))
        label = (f'<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="3" CELLPADDING="3" '
                 f'COLOR="#999999"><TR><TD COLSPAN="2" BORDER="0" ALIGN="LEFT"><B>'
                 f'{_esc(self.text["legend"])}</B></TD></TR>{cells}{lines}</TABLE>>')
        # Below the parties' band (the graph is drawn bottom to top), not beside
        # it: a legend beside the widest row would make the picture wider still.
        g.node("legend", label, shape="plaintext", fontsize="9")
        g.edge("legend", "band_who", style="invis")
