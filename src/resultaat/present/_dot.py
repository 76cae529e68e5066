"""Contribution graphs as DOT source: pure data, no engine runs here.

The picture is drawn from one party's point of view. Results fall in three
bands (micro at the bottom, macro at the top); what the party controls,
itself or by contract, sits inside a dashed frame: its ceiling of
accountability.
Colours follow the Okabe–Ito palette, and shapes, borders and a line of
text on every result carry the same meaning for black-and-white print.
"""

from __future__ import annotations

import collections
import html
import itertools
import textwrap
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs
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
# Darker shades for text, each at least 4.5:1 against every fill it is drawn on (WCAG AA).
BLUE_TEXT = "#005A8C"
ORANGE_TEXT = "#8F5000"
GREEN_TEXT = "#006B4E"
VERMILLION_TEXT = "#A33F00"
GREY_TEXT = "#5E5E5E"
BAND_FILLS = {"band_macro": "#EEF3F8", "band_meso": "#F3F7F0", "band_micro": "#FBF7EF",
              "band_work": "#F7F7F7", "band_who": "#FFFFFF"}
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
    "title_self": N_("dot.title_self"), "lg_side_negative": N_("dot.lg_side_negative"),
    "lg_signal": N_("dot.lg_signal"), "colour_own": N_("dot.colour_own"),
    "colour_theirs": N_("dot.colour_theirs"), "colour_collective": N_("dot.colour_collective"),
    "colour_unreached": N_("dot.colour_unreached"), "colour_side": N_("dot.colour_side"),
    "colour_negative": N_("dot.colour_negative"), "colour_factor": N_("dot.colour_factor"),
    "own_short": N_("dot.own_short"), "theirs_short": N_("dot.theirs_short"),
    "collective_short": N_("dot.collective_short"), "unreached_short": N_("dot.unreached_short"),
    "answers_for_short": N_("dot.answers_for_short"), "share_short": N_("dot.share_short"),
    "ceiling_short": N_("dot.ceiling_short"), "lg_ceiling": N_("dot.lg_ceiling"),
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
        legend: whether to draw the legend (without it, :func:`caption`
            gives the legend as a text to print under the picture).
        progress: result id → ``"better"``, ``"worse"`` or ``"on"``, to
            mark results by measured progress (▲ ▼ ●; see
            :func:`resultaat.latest_signals`).
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
    return drawing(model, perspective=perspective, lang=lang, focus=focus, depth=depth,
                   title=title, labels=labels, legend=legend, progress=progress,
                   audience=audience, shares=shares, highlight=highlight).source()


def caption(model: Model, **options: Any) -> str:
    """The legend of the picture :func:`to_dot` draws with ``options``, as one sentence.

    For a picture drawn without its legend (``legend=False``, or
    ``render(..., compact=True)``): print it under the picture. Like the
    legend, it names only what the picture shows.

    >>> import resultaat
    >>> print(caption(resultaat.example("steering"))[:60])
    Legend: dark blue, double border — result Municipality of Ni
    """
    return drawing(model, **options).caption()


def drawing(
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
    layout: Layout | None = None,
) -> _Drawing:
    """The drawing :func:`to_dot` makes, its options checked, arranged by ``layout``."""
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
                    highlight={(c.source, c.target) for c in highlight},
                    layout=layout or SCREEN)


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


_MARK_SYMBOL = {"better": "▲", "worse": "▼", "on": "●"}


@attrs.frozen
class Layout:
    """How big the texts are and how the picture is arranged.

    Attributes:
        wrap: characters per line of a statement.
        row: the widest a row of one band may be, in points, before the rest
            of the row goes one step up; ``None``: no limit.
        title, body, small, edge, band: font sizes in points (the title,
            statements and names, the lines under them, arrow labels, band
            names).
        nodesep, ranksep: the room between nodes and between steps, in inches.
        terse: whether the line under a result is short (``of Mrs Jansen``),
            leaving the rest to the legend; for print.
        legend_columns: how many columns the legend has.
        legend_flow: whether the legend is running text under the picture (as
            :func:`caption` gives it, colours named in words) rather than a
            table of swatches: a third as tall, for print.
        page: the widest the picture may be, in points, for its smallest text
            to print large enough (the running legend is as wide); ``None``:
            no limit.
        loose: whether the arrows of who carries out or commissions an
            intervention, and of external factors, leave their ends free to
            lie apart (``weight=0``): the bands then drift less sideways.
        em: how wide a character is taken to be, in ems, when rows are filled
            (texts are measured before the layout).
        roomy: how many characters a line of a statement may have in a band
            whose rows have room to spare (0: no more than ``wrap``).
        line: how much thicker lines and arrowheads are drawn, to print as
            thick as on a screen when the picture is scaled down.
        align: how hard the bands are pulled to stand one above the other
            (the weight of an invisible edge between their anchors; 0: not).
    """

    wrap: int = 30
    row: float | None = None
    title: float = 17
    body: float = 10
    small: float = 8
    edge: float = 9
    band: float = 11
    nodesep: float = 0.35
    ranksep: float = 0.45
    terse: bool = False
    legend_columns: int = 1
    legend_flow: bool = False
    page: float | None = None
    loose: bool = False
    em: float = 0.56
    roomy: int = 0
    align: int = 0
    line: float = 1.0


SCREEN = Layout(align=10)
"""The layout of a picture drawn at its natural size, for a screen."""


def print_layouts(width: float, smallest: float) -> tuple[Layout, ...]:
    """The layouts to try for a picture that must be ``width`` points wide, most spacious first.

    Each keeps its rows narrow enough that the picture, scaled to ``width``,
    prints no text smaller than ``smallest`` points (as far as the widths of
    texts can be told before the layout).
    """
    # Whole points: Graphviz rounds the sizes in a label down to them.
    # Large type, scaled down to print: the room between things, which does not grow with
    # the type, takes a smaller share of the page.
    fonts = {"title": 20.0, "body": 16.0, "small": 16.0, "edge": 16.0, "band": 16.0}
    room = width * fonts["small"] / smallest
    common: dict[str, Any] = {"nodesep": 0.07, "ranksep": 0.13, "terse": True, "page": room,
                              "line": 2.0, **fonts}
    tables = tuple(
        Layout(wrap=wrap, row=room * fill if fill else None, legend_columns=columns,
               align=align, **common)
        for wrap, fill, columns, align in (
            (24, 0.0, 2, 0), (24, 1.2, 2, 0), (24, 1.0, 2, 0), (24, 1.0, 2, 10),
            (24, 1.0, 3, 0), (20, 0.9, 2, 0), (20, 0.9, 2, 10), (20, 0.9, 3, 0),
            (17, 0.8, 2, 0), (17, 0.8, 2, 10), (17, 0.8, 3, 0), (17, 0.8, 3, 10),
            (15, 0.7, 2, 0), (15, 0.7, 3, 0)))
    # Then the legend as running text, a third as tall as its table, for the models where
    # the table costs the 7 pt; with the arrows that pull bands sideways let loose, wider
    # lines in bands with room to spare, and rows filled to what texts are wide on average.
    # Small changes move Graphviz's arrangement much: the first three are the ones the
    # widest bundled examples need, the rest a spread for other models.
    texts = tuple(
        Layout(wrap=wrap, row=room * fill, legend_flow=True, loose=True, roomy=roomy, em=em,
               **common)
        for wrap, fill, roomy, em in (
            (24, 0.9, 0, 0.56), (24, 0.7, 32, 0.5), (17, 0.7, 32, 0.5),
            *((wrap, fill, 32, 0.56) for wrap, fill in itertools.product(
                (24, 20, 17), (0.9, 0.8, 0.7)))))
    return tables + texts


def _wrap(s: str, width: int = WRAP) -> list[str]:
    """``s`` in lines of at most ``width`` characters, at most eight of them.

    A word longer than ``width`` (Dutch has many: "aanspreekbaarheid") gets a
    line of its own rather than being broken, unless it is longer than 24.
    """
    lines: list[str] = []
    longest = max((len(w) for w in s.split()), default=0)
    width = max(width, min(longest, 24))
    for para in cut(s, width * 9).splitlines() or [""]:
        lines.extend(textwrap.wrap(para, width, break_long_words=True,
                                   break_on_hyphens=False) or [""])
    return lines[:8] + (["…"] if len(lines) > 8 else [])


def _wrap_wide(s: str, width: int) -> list[str]:
    """``s`` in lines of at most ``width`` characters, however many lines it takes."""
    return textwrap.wrap(s, width, break_long_words=False, break_on_hyphens=False)


def _plain(s: str) -> Any:
    """A plain (non-HTML) DOT string, cut: backslashes and line breaks kept as text."""
    s = cut(s, SENTENCE_LIMIT)
    return graphviz.nohtml(s.replace("\\", "\\\\").replace("\r", "").replace("\n", "\\n"))


def _left(lines: list[str]) -> str:
    """Lines of text for an HTML-like label, escaped, each aligned left."""
    return "".join(f'{_esc(x)}<BR ALIGN="LEFT"/>' for x in lines)


def _text_width(lines: Iterable[str], size: float, em: float = 0.56) -> float:
    """About how wide the widest of ``lines`` is at ``size`` points, a character taken to be
    ``em`` times the size wide (Arial, bold or not)."""
    return max((len(line) for line in lines), default=0) * size * em


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


_SWATCHES = {
    "own": (f'BGCOLOR="{BLUE}"', "colour_own", "lg_own"),
    "theirs": (f'BGCOLOR="{ORANGE_LIGHT}"', "colour_theirs", "lg_theirs"),
    "collective": (f'BGCOLOR="{GREEN_LIGHT}"', "colour_collective", "lg_collective"),
    "unreached": ('BGCOLOR="white"', "colour_unreached", "lg_unreached"),
    "side": ('BGCOLOR="white"', "colour_side", "lg_side"),
    "negative": (f'BGCOLOR="white" COLOR="{VERMILLION}"', "colour_negative", "lg_side_negative"),
    "factor": (f'BGCOLOR="{GREY_LIGHT}"', "colour_factor", "lg_factor"),
}
"""The legend's coloured rows, in order: what was drawn → (swatch, its colour's name, meaning)."""

_SHAPED = frozenset({"side", "negative"})
"""The legend rows whose meaning is in a shape the swatch cannot show."""

_LINES = ("ceiling", "necessary", "supporting", "external", "against", "does", "commissions",
          "conditions", "strength", "signal")
"""The legend's text rows, in order (``lg_<name>``; strength is ``lg_strength``)."""


class _Drawing:
    def __init__(self, model: Model, pov: str | None, text: dict[str, str],
                 visible: set[str] | None, title: str | None, legend: bool,
                 progress: Mapping[str, str], lang: str, *, shares: bool,
                 highlight: set[tuple[str, str]], layout: Layout = SCREEN) -> None:
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
        self.lay = layout
        self.idx = index(model)
        self.view = perspective(model, pov, measurements=()) if pov else None
        self.graded = any(c.strength is not Strength.UNTESTED for c in model.contributions)
        self.names: dict[str, str] = {}
        for prefix, table in (("p", model.parties), ("f", model.factors),
                              ("i", model.interventions), ("r", model.results)):
            for n, key in enumerate(table):
                self.names[key] = f"{prefix}{n}"
        self.pov_name = cut(model.parties[pov].name) if pov else ""
        self.drawn: set[str] = set()
        """What the picture shows that the legend explains (keys of _SWATCHES and _LINES)."""
        self.marks: list[str] = []
        """The signal marks drawn, in the order of :data:`_MARK_SYMBOL`."""
        self.bottom: list[str] = []
        """The DOT names of the parties' first row."""
        self.widths: dict[str, float] = {}
        """About how wide each node is, in points (for splitting wide rows)."""
        self.wrap = layout.wrap
        """Characters per line of a statement in the band being drawn (see ``_roomy``)."""
        self.free = {"weight": "0"} if layout.loose else {}
        self.oval = {"margin": "0,0"} if layout.terse else {}
        """The attributes of an arrow that does not pull its ends together (see ``loose``)."""

    def shown(self, node: str) -> bool:
        return self.visible is None or node in self.visible

    def t(self, key: str, **kw: str) -> str:
        return self.text[key].format(party=self.pov_name, **kw)

    def brief(self, key: str, **kw: str) -> str:
        """``t(key)``, or its short form in a terse layout."""
        return self.t(f"{key}_short" if self.lay.terse else key, **kw)

    def pen(self, width: float) -> str:
        """A line width (or arrow size), as thick in print as on a screen."""
        return f"{width * self.lay.line:g}"

    def small(self, text: str, colour: str | None = None) -> str:
        """A line of small text in an HTML-like label (``text`` is escaped already)."""
        font = f'<FONT POINT-SIZE="{self.lay.small:g}"'
        return f'{font} COLOR="{colour}">{text}</FONT>' if colour else f"{font}>{text}</FONT>"

    def measure(self, node: str, bold: list[str], small: list[str], pad: float) -> None:
        """Remember about how wide ``node`` is: its widest line and ``pad`` points around it."""
        self.widths[node] = pad + max(_text_width(bold, self.lay.body * 1.06, self.lay.em),
                                      _text_width(small, self.lay.small, self.lay.em))

    def source(self) -> str:
        g = graphviz.Digraph("resultaat")
        self._head(g)
        anchors: list[str] = []
        ends: dict[str, tuple[list[str], list[str]]] = {}
        self._who(g, anchors, ends)
        self._work(g, anchors, ends)
        below = set(ceiling(self.model, self.pov).below) if self.pov else set()
        for level in Level:
            self._level(g, level, below, anchors, ends)
        self._stack(g, anchors, ends)
        self._edges(g)
        if self.legend and self.pov:
            self._legend(g)
        source: str = g.source
        return source

    def caption(self) -> str:
        """The legend as a sentence, for a picture drawn without it."""
        self.source()
        return f"{self.text['legend']}: " + "; ".join(self._legend_parts()) + "."

    def _legend_parts(self) -> list[str]:
        """The entries of the legend in words, for what the picture shows."""
        parts = [f"{self.t(colour)} — {self.t(meaning)}"
                 for key, (_, colour, meaning) in _SWATCHES.items() if key in self.drawn]
        return parts + [self._line(key) for key in _LINES if key in self.drawn]

    def _head(self, g: Any) -> None:
        """The title and the defaults of the whole picture."""
        m, lay = self.model, self.lay
        name = cut(m.name)
        if self.title is not None:
            title = self.title
        elif not self.pov:
            title = name
        elif self.pov_name.casefold() in name.casefold():
            title = self.t("title_self", model=name)
        else:
            title = self.t("title", model=name)
        lines = "<BR/>".join(_esc(x) for x in _wrap(title, 90 if lay.terse else 60))
        g.attr(rankdir="BT", newrank="true", nodesep=f"{lay.nodesep:g}",
               ranksep=f"{lay.ranksep:g}", splines="spline", fontname=FONT,
               fontsize=f"{lay.band:g}", labelloc="t", labeljust="c",
               label=f"<<FONT POINT-SIZE=\"{lay.title:g}\"><B>{lines}</B></FONT>>",
               bgcolor="white", pad="0.02" if lay.terse else "0.2", tooltip=_plain(title))
        g.attr("node", fontname=FONT, fontsize=f"{lay.body:g}", color=INK, fontcolor=INK,
               penwidth=self.pen(1.2),
               margin=f"{0.03 * lay.line:g},{0.02 * lay.line:g}" if lay.terse else "0.14,0.07")
        g.attr("edge", fontname=FONT, fontsize=f"{lay.edge:g}", color="#555555",
               arrowsize=self.pen(0.7))

    def _who(self, g: Any, anchors: list[str], ends: dict[str, tuple[list[str], list[str]]]
             ) -> None:
        """The band of parties and external factors, in rows as wide as the layout allows."""
        m = self.model
        with g.subgraph(name="cluster_who") as who:
            self._band(who, "band_who")
            for pid, p in m.parties.items():
                if self.shown(pid):
                    self._party(who, pid, p.name,
                                message(self.lang, PARTY_KIND[p.kind.value]))
            for fid, f in m.factors.items():
                if self.shown(fid):
                    self._factor(who, fid, f.name, f.description)
            row = [self.names[n] for n in [*m.parties, *m.factors] if self.shown(n)]
            rows = self._rows(row)
            self._anchor(who, "band_who", rows[0])
            self._lift(who, rows)
            anchors.append("band_who")
            ends["band_who"] = ([], rows[-1])
            self.bottom = rows[0]

    def _anchor(self, sub: Any, name: str, first: list[str]) -> None:
        """The invisible point a band is stacked by, level with the band's first row."""
        sub.node(name, "", shape="point", style="invis", width="0")
        with sub.subgraph() as same:
            same.attr(rank="same")
            for n in [name, *first]:
                same.node(n)

    def _rows(self, names: list[str]) -> list[list[str]]:
        """``names`` in rows no wider than the layout allows (one row when it sets no limit)."""
        limit = self.lay.row
        if limit is None:
            return [names]
        rows: list[list[str]] = [[]]
        used = 0.0
        gap = self.lay.nodesep * 72
        for n in names:
            wide = self.widths.get(n, 100.0) + gap
            if rows[-1] and used + wide > limit:
                rows.append([])
                used = 0.0
            rows[-1].append(n)
            used += wide
        return rows

    def _lift(self, sub: Any, rows: list[list[str]]) -> None:
        """Put each row one step above the one before it, side by side within the row."""
        for low, high in itertools.pairwise(rows):
            with sub.subgraph() as same:
                same.attr(rank="same")
                for n in high:
                    same.node(n)
            for i, n in enumerate(high):
                sub.edge(low[i % len(low)], n, style="invis")

    def _work(self, g: Any, anchors: list[str], ends: dict[str, tuple[list[str], list[str]]]
              ) -> None:
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
                    for i in own:
                        self._intervention(c, i)
                    self._ceiling_frame(c, "ceiling_work", self.names[own[0]], "ceiling_work")
            for i in rest:
                self._intervention(work, i)
            rows = self._rows([self.names[i] for i in own + rest])
            work.node("band_work", "", shape="point", style="invis", width="0")
            self._lift(work, rows)
            anchors.append("band_work")
            ends["band_work"] = (rows[0], rows[-1])

    def _level(self, g: Any, level: Level, below: set[str], anchors: list[str],
               ends: dict[str, tuple[list[str], list[str]]]) -> None:
        """The band of one result level; what the party answers for inside its ceiling frame."""
        ids = [r for r, res in self.model.results.items()
               if res.level is level and self.shown(r)]
        if not ids:
            return
        key = _BAND[level]
        steps = self._steps(ids)
        self.wrap = self._roomy(max(collections.Counter(steps.values()).values()))
        with g.subgraph(name=f"cluster_{level.value}") as band:
            self._band(band, key)
            mine = [r for r in ids if r in below]
            if mine:
                with band.subgraph(name=f"cluster_{level.value}_ceiling") as c:
                    for r in mine:
                        self._result(c, r)
                    self._ceiling_frame(c, f"ceiling_{level.value}",
                                        self._ends(mine, top=False)[0])
            for r in ids:
                if r not in below:
                    self._result(band, r)
            band.node(key, "", shape="point", style="invis", width="0")
            self._split(band, ids, steps)
            anchors.append(key)
            ends[key] = (self._ends(ids, top=False), self._ends(ids, top=True))
        self.wrap = self.lay.wrap

    def _roomy(self, most: int) -> int:
        """How many characters a line of a statement may have in a band with at most ``most``
        results side by side: in print, wider than the layout's lines where a row has room
        to spare (a band of two results is then less tall)."""
        if self.lay.row is None or not self.lay.roomy:
            return self.lay.wrap
        fits = int(self.lay.row / most / (self.lay.body * 1.06 * self.lay.em)) - 2
        return max(self.lay.wrap, min(self.lay.roomy, fits))

    def _split(self, sub: Any, ids: list[str], step: dict[str, int]) -> None:
        """Lift part of any step of a band that is wider than the layout allows.

        Where one step (see :meth:`_steps`) holds more than fits in a row, the
        rest of it goes a step up.
        """
        if self.lay.row is None:
            return
        for k in sorted(set(step.values())):
            rows = self._rows([self.names[n] for n in ids if step[n] == k])
            for low, high in itertools.pairwise(rows):
                for i, n in enumerate(high):
                    sub.edge(low[i % len(low)], n, style="invis")

    def _steps(self, ids: list[str]) -> dict[str, int]:
        """Each result's step in its band: the longest chain of the band's own contributions
        below it."""
        band = set(ids)
        step: dict[str, int] = {}

        def height(n: str, seen: frozenset[str] = frozenset()) -> int:
            if n not in step:
                below = [c.source for c in self.idx.inputs(n)
                         if c.source in band and c.source not in seen]
                step[n] = 1 + max((height(b, seen | {n}) for b in below), default=-1)
            return step[n]

        for n in ids:
            height(n)
        return step

    def _stack(self, g: Any, anchors: list[str],
               ends: dict[str, tuple[list[str], list[str]]]) -> None:
        """Stack the bands with a few invisible edges.

        Each band's anchor sits above the tops of the band below it and below
        the bottoms of its own band. Everything else in a band lies between
        its bottoms and its tops.
        """
        for low, high in itertools.pairwise(anchors):
            for n in ends[low][1] or [low]:
                g.edge(n, high, style="invis")
            for n in ends[high][0]:
                g.edge(high, n, style="invis")
            if self.lay.align:  # one above the other, not drifting sideways into a wide picture
                g.edge(low, high, style="invis", weight=str(self.lay.align))

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
        sub.attr(label=f"<<B>{_esc(self.text[key])}</B>>", labeljust="l", labelloc="t",
                 style="filled", fillcolor=BAND_FILLS[key], color="#BBBBBB",
                 fontsize=f"{self.lay.band:g}", fontcolor="#444444",
                 margin="2" if self.lay.terse else "14")

    def _ceiling_frame(self, sub: Any, name: str, beside: str, key: str = "ceiling") -> None:
        """The dashed frame around what the party answers for.

        On a screen its text is a node of its own, level with ``beside`` (a
        node at the frame's bottom): arrows are laid out around it instead of
        through it. In print the legend (or the caption) says what the frame is.
        """
        sub.attr(label="", style="dashed,rounded", color=BLUE, penwidth=self.pen(2),
                 margin=f"{2 * self.lay.line:g}" if self.lay.terse else "8")
        self.drawn.add("ceiling")
        if self.lay.terse:
            return
        text = f"<<I>{_left(_wrap(self.t(key), 40))}</I>>"
        sub.node(name, text, shape="plaintext", fontcolor=BLUE_TEXT,
                 fontsize=f"{self.lay.small:g}", margin="0.02")
        with sub.subgraph() as same:
            same.attr(rank="same")
            same.node(name)
            same.node(beside)

    def _mine(self, node: str) -> bool:
        """Whether the node is the party's own (itself, or what it carries out)."""
        return self.view is not None and self.view.standing(node) is Standing.OWN

    def _commissioned(self, node: str) -> bool:
        """Whether the party commissions the intervention (it is in the party's frame too)."""
        return self.view is not None and self.view.standing(node) is Standing.COMMISSIONED

    def _party(self, sub: Any, pid: str, name: str, kind: str) -> None:
        mine = self._mine(pid)
        wrapped = _wrap(name, 16 if self.lay.terse else 22)
        lines = "<BR/>".join(_esc(x) for x in wrapped)
        label = f"<<B>{lines}</B><BR/>{self.small(_esc(kind))}>"
        self.measure(self.names[pid], wrapped, [kind], 40)
        sub.node(self.names[pid], label, shape="ellipse", **self.oval,
                 style="filled,bold" if mine else "filled",
                 fillcolor=BLUE if mine else "white", fontcolor="white" if mine else INK,
                 color=BLUE if mine else INK, penwidth=self.pen(2.4 if mine else 1.2),
                 tooltip=_plain(f"{cut(name)} ({kind})"))

    def _factor(self, sub: Any, fid: str, name: str, description: str | None) -> None:
        self.drawn.add("factor")
        wrapped = _wrap(name, 18 if self.lay.terse else 24)
        lines = "<BR/>".join(_esc(x) for x in wrapped)
        note = self.text["factor"]
        small = _wrap(note, 26 if self.lay.terse else 40)
        label = f"<{lines}<BR/>{self.small('<BR/>'.join(f'<I>{_esc(x)}</I>' for x in small))}>"
        self.measure(self.names[fid], wrapped, small, 20)
        sub.node(self.names[fid], label, shape="box", style="dashed,rounded,filled",
                 fillcolor=GREY_LIGHT, color=GREY, fontcolor=GREY_TEXT,
                 tooltip=_plain(cut(description or name)))

    def _conditions(self, counts: Mapping[Status, int], stated: bool) -> tuple[str, str]:
        """The line on an intervention about its conditions, and its colour."""
        self.drawn.add("conditions")
        if not stated:
            return self.text["none_stated"], ORANGE_TEXT
        parts = [f"{number(self.lang, counts[s])} {self.text[_STATUS[s]]}"
                 for s in Status if counts[s]]
        colour = VERMILLION_TEXT if counts[Status.NOT_MET] else (
            ORANGE_TEXT if counts[Status.UNKNOWN] else GREEN_TEXT)
        return f"{self.text['conditions']}: " + " · ".join(parts), colour

    def _intervention(self, sub: Any, iid: str) -> None:
        it = self.model.interventions[iid]
        mine = self._mine(iid)
        by = cut(self.model.parties[it.by].name)
        meta = self.text["by"].format(party=by) + (f" · {cut(it.policy)}" if it.policy else "")
        counts = {s: sum(1 for c in it.conditions if c.status is s) for s in Status}
        cond, colour = self._conditions(counts, bool(it.conditions))
        wide = self.lay.terse
        wrapped = _wrap(it.name, self.lay.wrap)
        small = _wrap(meta, self.lay.wrap + 8) if wide else [meta]
        conds = _wrap(cond, self.lay.wrap + 8) if wide else [cond]
        self.measure(self.names[iid], wrapped, small + conds, 16)
        name = "<BR/>".join(_esc(x) for x in wrapped)
        label = (f"<<B>{name}</B><BR/>{self.small('<BR/>'.join(_esc(x) for x in small))}<BR/>"
                 f"{self.small('<BR/>'.join(_esc(x) for x in conds), colour)}>")
        tip = [f"{cut(it.name)} — {meta}"]
        lang = self.lang
        tip += [f"{cut(c.name)} [{message(lang, CONDITION_KIND[c.kind.value])}]: "
                f"{self.text[_STATUS[c.status]]}"
                + (f" — {cut(c.evidence)}" if c.evidence else "")
                + (f" ({message(lang, RECOGNITION[c.recognition])})"
                   if c.recognition else "") for c in it.conditions]
        sub.node(self.names[iid], label, shape="box", style="filled,bold" if mine else "filled",
                 fillcolor=BLUE_LIGHT if mine else "white", color=BLUE if mine else INK,
                 penwidth=self.pen(2 if mine else 1.2), tooltip=_plain("\n".join(tip)))

    def _result(self, sub: Any, rid: str) -> None:
        r = self.model.results[rid]
        seen = self.view[rid] if self.view is not None else None
        meta, attrs = self._standing_style(seen, rid)
        extra = []
        if not r.intended and r.effect is Effect.NEGATIVE and seen is not None and (
                seen.reached or seen.standing is Standing.OWN):  # a harm is never to claim
            meta = self.brief("answers_for")
        if not r.intended:
            self.drawn.add("side")
            attrs["shape"] = "note"
            attrs["style"] = attrs["style"].replace(",rounded", "")
            if r.effect is Effect.NEGATIVE:
                self.drawn.add("negative")
                extra.append("(!) " + self.text["side_negative"])
                attrs.update(color=VERMILLION, penwidth=self.pen(3))
            else:
                extra.append(self.text["side_positive"])
        if seen is not None and seen.share is not None and self.shares:
            share = self.brief("share", share=self._share(seen))
            if self.lay.terse:
                meta = f"{meta} · {share}"
            else:
                extra.append(share)
        extra.extend(self._mark(rid))
        wrapped = _wrap(r.statement, self.wrap)
        small_wrap = self.wrap + 8 if self.lay.terse else 40
        small = [*_wrap(meta, small_wrap),
                 *(line for x in extra for line in
                   (_wrap(x, small_wrap) if self.lay.terse else [x]))]
        self.measure(self.names[rid], wrapped, small, 24)
        body = "<BR/>".join(_esc(x) for x in wrapped)
        label = f"<<B>{body}</B><BR/>{self.small('<BR/>'.join(_esc(x) for x in small))}>"
        lang = self.lang
        tip = f"{cut(r.statement)} [{message(lang, LEVEL[r.level.value])}] — {meta}"
        if r.indicators:
            tip += "\n" + "\n".join(
                message(lang, "dot.indicator_tip", name=cut(i.name),
                        baseline=_maybe(lang, i.baseline), target=_maybe(lang, i.target),
                        direction=message(lang, DIRECTION[i.direction.value]))
                for i in r.indicators)
        sub.node(self.names[rid], label, tooltip=_plain(tip), **attrs)

    def _mark(self, rid: str) -> list[str]:
        """The line under a result that gives its measured signal, if it has one."""
        mark = self.progress.get(rid)
        if not mark:
            return []
        if mark not in _PROGRESS:
            return [mark]
        self.drawn.add("signal")
        if mark not in self.marks:
            self.marks.append(mark)
        return [f"{_MARK_SYMBOL[mark]} {self.text[_PROGRESS[mark]]}"]

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
            self.drawn.add("own")
            return self.brief("own"), {"shape": "box", "style": "filled,rounded", "fillcolor": BLUE,
                                   "fontcolor": "white", "color": BLUE, "penwidth": self.pen(2.4),
                                   "peripheries": "2"}
        if standing is Standing.COLLECTIVE:
            self.drawn.add("collective")
            return self.brief("collective"), {"shape": "octagon", "style": "filled",
                                          "fillcolor": GREEN_LIGHT, "color": GREEN}
        if standing is Standing.THEIRS:
            self.drawn.add("theirs")
            return self.brief("theirs", owner=owner_name), {
                "shape": "box", "style": "filled,rounded", "fillcolor": ORANGE_LIGHT,
                "color": ORANGE}
        self.drawn.add("unreached")
        grey = {"fillcolor": "white", "color": GREY, "fontcolor": GREY_TEXT}
        if belongs_to is None:
            return self.text["collective_only"], {"shape": "octagon", "style": "dashed", **grey}
        return self.brief("unreached", owner=owner_name), {"shape": "box",
                                                       "style": "dashed,rounded", **grey}

    def _edges(self, g: Any) -> None:
        m = self.model
        for it in m.interventions.values():
            if not self.shown(it.id):
                continue
            for p in (it.by, *it.partners):
                if self.shown(p):
                    self.drawn.add("does")
                    g.edge(self.names[p], self.names[it.id], style="dotted", color=GREY,
                           arrowhead="none" if p != it.by else "normal", penwidth=self.pen(1.2),
                           **self.free)
            boss = it.commissioned_by
            if boss is not None and self.shown(boss):
                self.drawn.add("commissions")
                g.edge(self.names[boss], self.names[it.id], style="dashed", color=BLUE,
                       arrowhead="empty", penwidth=self.pen(1.4), **self.free)
        for coop in m.parties.values():
            for member in coop.members:
                if self.shown(member) and self.shown(coop.id):
                    self.drawn.add("does")
                    g.edge(self.names[member], self.names[coop.id], style="dotted", color=GREY,
                           arrowhead="odot", **self.free)
        for c in m.contributions:
            if self.shown(c.source) and self.shown(c.target):
                self._contribution(g, c)

    def _contribution(self, g: Any, c: Contribution) -> None:
        """One contribution arrow: thick when necessary, dashed from a factor, ×weight.

        Its label is an ``xlabel``: placed beside the arrow once the layout
        is done, rather than as a step of its own that the arrow bends to.
        """
        necessary = c.role is Role.NECESSARY
        self.drawn.add("necessary" if necessary else "supporting")
        attrs = {"penwidth": self.pen(2.6), "color": INK} if necessary else {
            "penwidth": self.pen(1.1), "color": "#666666"}
        if c.source in self.model.factors:
            self.drawn.add("external")
            attrs.update(style="dashed", color=GREY, **self.free)
        shown = _weight(c, self.lang)
        label = f"×{shown}" if shown else ""
        if c.effect is Effect.NEGATIVE:  # works against the result: a red bar, not an arrow
            self.drawn.add("against")
            attrs.update(color=VERMILLION, arrowhead="tee")
            label = f"−{label}"
        if self.graded:
            self.drawn.add("strength")
            label += f" {_MARKS[c.strength]}"
        if (c.source, c.target) in self.highlight:
            attrs.update(color=VERMILLION, penwidth=self.pen(3.4))
            label += f" ({self.text['weakest']})"
        if label:
            attrs["xlabel"] = label.strip()
        tip = (message(self.lang, "dot.against_tip") if c.effect is Effect.NEGATIVE
               else message(self.lang, ROLE[c.role.value])) + (
            message(self.lang, "dot.weight_tip", weight=shown) if shown else "")
        if c.evidence:
            tip += f" — {cut(c.evidence)}"
        g.edge(self.names[c.source], self.names[c.target], tooltip=_plain(tip), **attrs)

    def _swatch(self, key: str) -> str:
        """The meaning of a coloured row of the legend; with its shape, where the swatch
        cannot show it."""
        _, colour, meaning = _SWATCHES[key]
        return f"{self.t(colour)}: {self.t(meaning)}" if key in _SHAPED else self.t(meaning)

    def _line(self, key: str) -> str:
        """One text row of the legend."""
        if key == "strength":
            return self.t("lg_strength")
        if key == "signal":
            return self.t("lg_signal") + ": " + " · ".join(
                f"{_MARK_SYMBOL[m]} {self.text[_PROGRESS[m]]}" for m in _MARK_SYMBOL
                if m in self.marks)
        return self.t(f"lg_{key}")

    def _legend(self, g: Any) -> None:
        label = self._legend_text() if self.lay.legend_flow else self._legend_table()
        # Below the parties' band (the graph is drawn bottom to top), not beside
        # it: a legend beside the widest row would make the picture wider still.
        g.node("legend", label, shape="plaintext", fontsize=f"{self.lay.small:g}")
        g.edge("legend", "band_who", style="invis")
        if self.bottom:  # under the parties' first row, not beside the picture
            ends = [self.bottom[-1]] if self.lay.terse else [self.bottom[0], self.bottom[-1]]
            for n in dict.fromkeys(ends):
                g.edge("legend", n, style="invis")

    def _legend_text(self) -> str:
        """The legend as running text, about as wide as a row of the picture."""
        wide = 0.98 * (self.lay.page or self.lay.row or 110 * self.lay.small * 0.56)
        words = f"{self.text['legend']}: " + "; ".join(self._legend_parts()) + "."
        text = _left(_wrap_wide(words, int(wide / (self.lay.small * 0.54))))
        head = f"{_esc(self.text['legend'])}:"
        return f"<<B>{head}</B>{text.removeprefix(head)}>"

    def _legend_table(self) -> str:
        columns = self.lay.legend_columns
        wrap = {1: 200, 2: 44, 3: 30}[columns]
        entries = [
            f'<TD {style} BORDER="1" WIDTH="{18 * self.lay.line:.0f}" '
            f'HEIGHT="{11 * self.lay.line:.0f}" FIXEDSIZE="TRUE"></TD>'
            f'<TD ALIGN="LEFT">{_left(_wrap(self._swatch(key), wrap))}</TD>'
            for key, (style, _, _) in _SWATCHES.items() if key in self.drawn]
        entries += [f'<TD></TD><TD ALIGN="LEFT">{_left(_wrap(self._line(key), wrap))}</TD>'
                    for key in _LINES if key in self.drawn]
        # In print, side by side: half as tall. Read down the first column, then the next.
        tall = -(-len(entries) // columns)
        rows = ["".join(entries[k] for k in range(j, len(entries), tall)) for j in range(tall)]
        return (f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1" CELLPADDING="1" '
                f'COLOR="#999999"><TR><TD COLSPAN="{2 * columns}" ALIGN="LEFT"><B>'
                f'{_esc(self.text["legend"])}</B></TD></TR>'
                + "".join(f"<TR>{row}</TR>" for row in rows) + "</TABLE>>")
