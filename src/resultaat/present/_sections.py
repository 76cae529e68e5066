"""Report sections for the pile-up scan, the ledger and the cooperations.

Each function returns the blocks of one section (see ``present/_report.py``)
from an analysis record; none decides anything itself. The report calls
them from ``_blocks``.
"""

from __future__ import annotations

from typing import Any

import attrs

from resultaat.analysis._claims import share_text
from resultaat.analysis._cooperation import Stake, cooperation, cooperations
from resultaat.analysis._ledger import Ledger, Pocket, ledger
from resultaat.analysis._pileup import pileup
from resultaat.analysis._privacy import small_progress
from resultaat.analysis._steering import progress
from resultaat.model._model import Measurement, Model
from resultaat.present._ledger import POCKET, ledger_svg
from resultaat.present._report import (
    Block,
    _joined,
    _money,
    _num,
    _Said,
    _t,
    _Text,
    _words,
)
from resultaat.text._catalogue import SIGNAL, join, template


def pileup_blocks(model: Model, pid: str, lang: str) -> list[Block]:
    """The pile-up scan of one household: its questions, coordinator and measurement burden."""
    w = _words(lang)
    scan = pileup(model, pid, lang=lang)
    name = model.label(pid)
    out: list[Block] = [("h3", w("report.pileup")), ("p", w("report.pileup_text"))]
    if scan.coordinator is not None:
        out.append(("p", w("report.coordinator", coordinator=model.label(scan.coordinator),
                           party=name)))
    if scan.questions:
        out.append(("ul", [_Said(q.text) for q in scan.questions]))
    else:
        out.append(("p", w("report.pileup_none", party=name)))
    if scan.measured:
        out.append(("p", w("report.measured", party=name)))
        out.append(("table", [w("report.indicator"), w("report.result"), w("report.purpose")],
                    [[m.indicator, model.results[m.result].statement,
                      m.purpose if m.purpose is not None else w("report.no_purpose")]
                     for m in scan.measured]))
    return out


def ledger_blocks(model: Model, lang: str) -> list[Block]:
    """Who pays and who gains: the table, the wrong pocket, what is not priced, the figure.

    Left out when no result has a value or a beneficiary: then there is nothing to weigh.
    """
    if not any(r.value is not None or r.beneficiaries for r in model.results.values()):
        return []
    w = _words(lang)
    book = ledger(model)
    out: list[Block] = [("h2", w("report.ledger")), ("p", w("report.ledger_text"))]
    rows = [[model.label(e.party), _money(e.invests, lang),
             _spread(e.gains, e.gains_range, lang), _spread(e.balance, e.balance_range, lang),
             w(POCKET[e.wrong_pocket]) if e.wrong_pocket is not None else _t("")]
            for e in book]
    out.append(("table", [w("report.party"), w("report.invests"), w("report.gains"),
                          w("report.balance"), w("report.wrong_pocket")], rows))
    out.extend(_pocket(model, book, lang))
    if book.ranged:
        out.append(("p", w("report.ledger_ranges")))
    for e in book:
        if e.unpriced:
            out.append(("p", w("report.unpriced", party=model.label(e.party), results=_joined(
                ", ", [_t("“{s}”", s=model.results[r].statement) for r in e.unpriced]))))
    if book.society:
        out.append(("p", w("report.society", value=_money(book.society, lang))))
    if book.uncosted:
        out.append(("p", w("report.uncosted", names=_joined(
            ", ", [model.interventions[i].name for i in book.uncosted]))))
    out.append(("figure", ledger_svg(model, lang=lang, book=book)))
    return out


def _spread(value: float, span: tuple[float, float], lang: str) -> _Text:
    """An amount, with its range over the weight ranges where that shows in whole euros."""
    low, high = span
    if round(low) == round(high):
        return _money(value, lang)
    return _t("{v} ({low}–{high})", v=_money(value, lang), low=_money(low, lang),
              high=_money(high, lang))


def _pocket(model: Model, book: Ledger, lang: str) -> list[Block]:
    """The wrong pocket in one sentence with a question, when the ledger gives it."""
    if not book.wrong_pocket:
        return []
    pays = [model.label(e.party) for e in book if e.wrong_pocket is Pocket.PAYS]
    collects = [model.label(e.party) for e in book if e.wrong_pocket is Pocket.COLLECTS]
    return [("p", _t(template(lang, "report.wrong_pocket_text"),
                     pays=_Said(join(lang, pays)), collects=_Said(join(lang, collects))))]


def cooperation_blocks(model: Model, lang: str, rows: list[Measurement] | None = None,
                       least: int | None = None) -> list[Block]:
    """For each cooperation: what each member put in, expected, and what came of it.

    With ``least`` (a public report), a measured period over fewer cases is not shown.
    """
    w = _words(lang)
    out: list[Block] = []
    shown = None
    if least is not None:
        measured = rows if rows is not None else list(model.measurements)
        shown = set(small_progress(progress(model, measured), measured, least)[0])
    for cid in cooperations(model):
        coop = cooperation(model, cid, measurements=rows)
        if shown is not None:
            coop = attrs.evolve(coop, stakes=tuple(
                attrs.evolve(s, came=None, hidden=True) if s.came is not None
                and s.came not in shown else s for s in coop.stakes))
        name = model.label(cid)
        out.append(("h2", w("report.cooperation", coop=name)))
        if not any(s.stated for s in coop.stakes):
            out.append(("p", w("report.cooperation_none", coop=name)))
            continue
        out.append(("p", w("report.cooperation_text", coop=name)))
        out.append(("table", [w("report.member"), w("report.puts_in"), w("report.expects"),
                              w("report.came")],
                    [[model.label(s.member), _put(s, lang), s.expects or w("report.not_stated"),
                      _came(model, s, lang)] for s in coop.stakes]))
        silent = [model.label(s.member) for s in coop.stakes if not s.stated]
        if silent:
            out.append(("p", w("report.cooperation_silent", members=_Said(join(lang, silent)),
                               coop=name)))
    return out


def _put(s: Stake, lang: str) -> Any:
    w = _words(lang)
    if s.amount is None:
        return s.puts_in or w("report.not_stated")
    if s.puts_in is None:
        return _money(s.amount, lang)
    return _t("{what} ({amount})", what=s.puts_in, amount=_money(s.amount, lang))


def _came(model: Model, s: Stake, lang: str) -> _Text:
    w = _words(lang)
    found: _Text
    if s.indicator is None:
        found = w("report.came_untracked")
    elif s.hidden:
        found = w("report.came_hidden", indicator=s.indicator)
    elif s.came is None:
        found = w("report.came_unmeasured", indicator=s.indicator)
    else:
        p = s.came
        found = w("report.came_measured", indicator=s.indicator, value=_num(lang, p.realised),
                  period=_t(p.period.label), target=_num(lang, p.target),
                  signal=w(SIGNAL[p.signal.value]))
    if s.share is None:
        return found
    low, high = s.share_range or (s.share, s.share)
    return _t("{found} {share}", found=found,
              share=w("report.came_share", share=_t(share_text(lang, s.share, low, high))))

