"""The ledger as a simple bar figure: plain SVG, every text escaped.

One row per party: what it invests (a blue bar) and what it gains (a green
bar, with a thin line over the range the weight ranges allow), and the
wrong-pocket word where the ledger gives one. The figure decides nothing:
it draws :func:`resultaat.ledger`.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from resultaat.analysis._ledger import Ledger, Pocket, ledger
from resultaat.model._model import Model
from resultaat.present._markup import cut
from resultaat.text._catalogue import N_, message
from resultaat.text._languages import verify_language
from resultaat.text._numbers import money

BLUE = "#0072B2"
GREEN = "#009E73"
VERMILLION = "#D55E00"
INK = "#1A1A1A"
FONT = "Arial, Helvetica, sans-serif"
LABEL_WIDTH = 210
BAR_WIDTH = 330
ROW = 46
TOP = 58
NAME_LIMIT = 34

POCKET = {Pocket.PAYS: N_("ledger.pays"), Pocket.COLLECTS: N_("ledger.collects")}


def ledger_svg(model: Model, *, lang: str | None = None, book: Ledger | None = None) -> str:
    """The ledger of a model as an SVG bar figure (text, UTF-8).

    ``book`` is the ledger to draw (default: :func:`resultaat.ledger` of the model).

    >>> import resultaat
    >>> svg = ledger_svg(resultaat.example("debt-help"))
    >>> svg.startswith("<svg"), "Housing corporation" in svg
    (True, True)
    """
    lang = verify_language(model.language if lang is None else lang)
    book = ledger(model) if book is None else book
    top = max([1.0, *(max(e.invests, e.gains, e.gains_range[1]) for e in book)])
    scale = BAR_WIDTH / top
    width = LABEL_WIDTH + BAR_WIDTH + 330
    height = TOP + ROW * len(book) + 12
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family={quoteattr(FONT)} font-size="12" '
           f'role="img" aria-label={quoteattr(message(lang, "ledger.figure_title"))}>',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           _text(8, 20, message(lang, "ledger.figure_title"), weight="bold", size=14),
           _key(8, 40, BLUE, message(lang, "ledger.invests")),
           _key(160, 40, GREEN, message(lang, "ledger.gains"))]
    for n, e in enumerate(book):
        y = TOP + n * ROW
        out.append(_text(8, y + 19, cut(model.label(e.party), NAME_LIMIT)))
        out.append(_bar(LABEL_WIDTH, y + 4, e.invests * scale, BLUE))
        out.append(_text(LABEL_WIDTH + e.invests * scale + 6, y + 14, money(lang, e.invests),
                         size=11))
        out.append(_bar(LABEL_WIDTH, y + 22, e.gains * scale, GREEN))
        low, high = e.gains_range
        if high > low:
            out.append(_range(LABEL_WIDTH + low * scale, LABEL_WIDTH + high * scale, y + 29))
        out.append(_text(LABEL_WIDTH + max(e.gains, high) * scale + 6, y + 32,
                         money(lang, e.gains), size=11))
        if e.wrong_pocket is not None:
            out.append(_text(LABEL_WIDTH + BAR_WIDTH + 90, y + 24,
                             message(lang, POCKET[e.wrong_pocket]), fill=VERMILLION,
                             weight="bold", size=11))
    out.append("</svg>\n")
    return "\n".join(out)


def _n(x: float) -> str:
    return f"{x:.1f}"


def _range(x1: float, x2: float, y: float) -> str:
    """A line from the least to the most, with a tick at each end."""
    return (f'<path d="M{_n(x1)},{_n(y - 5)}v10M{_n(x1)},{_n(y)}H{_n(x2)}M{_n(x2)},{_n(y - 5)}'
            f'v10" stroke="{INK}" stroke-width="1.5" fill="none"/>')


def _bar(x: float, y: float, w: float, colour: str) -> str:
    return f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="14" fill="{colour}"/>'


def _key(x: float, y: float, colour: str, label: str) -> str:
    return (f'<rect x="{_n(x)}" y="{_n(y - 10)}" width="14" height="12" fill="{colour}"/>'
            + _text(x + 20, y, label))


def _text(x: float, y: float, s: str, *, weight: str = "normal", size: int = 12,
          fill: str = INK) -> str:
    return (f'<text x="{_n(x)}" y="{_n(y)}" font-size="{size}" font-weight="{weight}" '
            f'fill="{fill}">{escape(s)}</text>')
