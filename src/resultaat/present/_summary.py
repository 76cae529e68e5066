"""The one-glance summary figure: for one party, what it may claim, what it contributes to
that belongs to others, and what it answers for.

It reads what each result is to the party from :mod:`resultaat.analysis._perspective`;
it decides nothing about ownership itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import graphviz

from resultaat._errors import UnknownIdError
from resultaat.analysis._index import default_perspective, party_id
from resultaat.analysis._perspective import Perspective, Standing, perspective
from resultaat.analysis._privacy import publishable, verify_audience
from resultaat.model._model import Effect, Model
from resultaat.present._dot import (
    BLUE,
    BLUE_LIGHT,
    FONT,
    INK,
    ORANGE,
    ORANGE_LIGHT,
    VERMILLION_TEXT,
    _esc,
    _wrap,
)
from resultaat.present._markup import cut
from resultaat.text._catalogue import N_, message
from resultaat.text._languages import error_language, verify_language

COLUMNS = ("claims", "contributes", "answers")
"""The three columns, left to right."""

_LOOK = {"claims": (BLUE, BLUE_LIGHT, "white"), "contributes": (ORANGE, ORANGE_LIGHT, INK),
         "answers": (VERMILLION_TEXT, "#FCEDE8", "white")}
"""Each column's heading fill, its fill and the heading's text colour (4.5:1 or more)."""

_HEADINGS = {"claims": N_("summary.claims"), "contributes": N_("summary.contributes"),
             "answers": N_("summary.answers")}
_TITLES = {False: N_("summary.title"), True: N_("summary.title_self")}
_SIDE = {True: N_("dot.side_negative"), False: N_("dot.side_positive")}


def columns(view: Perspective, lang: str) -> dict[str, list[tuple[str, str, bool]]]:
    """The results in each of :data:`COLUMNS`: (statement, the small line under it, harmful).

    Own results go left; results of others and collective ones the party
    contributes to go in the middle; side effects it has a part in go right,
    whoever owns them.
    """
    model = view.model
    found: dict[str, list[tuple[str, str, bool]]] = {c: [] for c in COLUMNS}
    for rid, r in model.results.items():
        seen = view[rid]
        if not r.intended:
            if seen.reached:
                harmful = r.effect is Effect.NEGATIVE
                note = message(lang, _SIDE[harmful])
                found["answers"].append((r.statement, note, harmful))
            continue
        if seen.standing is Standing.OWN:
            found["claims"].append((r.statement, "", False))
        elif seen.standing in (Standing.THEIRS, Standing.COLLECTIVE):
            owner = (message(lang, "owner.collective") if seen.belongs_to is None else
                     message(lang, "dot.theirs_only", owner=model.parties[seen.belongs_to].name))
            found["contributes"].append((r.statement, owner, False))
    return found


def summary_dot(model: Model, party: str | None = None, *, lang: str | None = None,
                wrap: int = 30, audience: str = "internal") -> str:
    """The summary figure of ``party`` (default: the model's perspective) as DOT source.

    With ``audience="public"`` residents and their network are named by
    their role, as in a public report.
    """
    lang = verify_language(model.language if lang is None else lang)
    if verify_audience(audience) == "public":
        model = publishable(model, lang=lang)
    pid = party_id(model, party) if party else default_perspective(model)
    if pid is None:
        raise UnknownIdError(message(error_language(), "error.summary_no_parties"))
    name = cut(model.parties[pid].name)
    found = columns(perspective(model, pid, measurements=()), lang)
    gap = '<TD WIDTH="6"></TD>'
    heads = gap.join(
        f'<TD BGCOLOR="{_LOOK[c][0]}" ALIGN="LEFT"><FONT COLOR="{_LOOK[c][2]}"><B>'
        + _lines(_wrap(message(lang, _HEADINGS[c], party=name), wrap)) + "</B></FONT></TD>"
        for c in COLUMNS)
    cells = {c: list(_items(found[c], lang, wrap)) for c in COLUMNS}
    # One row per item, read across; a column's cells share its colour, so each
    # column reads as one block from the top down.
    rows = "".join(
        "<TR>" + gap.join(f'<TD BGCOLOR="{_LOOK[c][1]}" ALIGN="LEFT" VALIGN="TOP">'
                          f'{cells[c][k] if k < len(cells[c]) else ""}</TD>' for c in COLUMNS)
        + "</TR>" for k in range(max(len(x) for x in cells.values())))
    model_name = cut(model.name)
    named = name.casefold() in model_name.casefold()  # "Region X" seen from Region X
    title = "<BR/>".join(_esc(x) for x in _wrap(
        message(lang, _TITLES[named], party=name, model=model_name), 3 * wrap))
    label = (f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="3">'
             f'<TR><TD COLSPAN="5"><FONT POINT-SIZE="10"><B>{title}</B></FONT></TD></TR>'
             f'<TR>{heads}</TR>{rows}</TABLE>>')
    g = graphviz.Digraph("summary")
    g.attr(bgcolor="white", pad="0.1", fontname=FONT)
    g.node("summary", label, shape="plaintext", fontname=FONT, fontsize="9", fontcolor=INK)
    source: str = g.source
    return source


def _items(items: list[tuple[str, str, bool]], lang: str, wrap: int) -> Iterator[str]:
    """The text of each item of one column: its statement, and the small line under it."""
    if not items:
        yield f'<I>{_esc(message(lang, "summary.none"))}</I>'
        return
    for statement, note, harmful in items:
        lines = _wrap(statement, wrap - 2)
        text = f"<B>{_lines(['• ' + lines[0], *('  ' + x for x in lines[1:])])}</B>"
        if note:
            colour = VERMILLION_TEXT if harmful else INK
            text += (f'<FONT COLOR="{colour}">'
                     f'{_lines(["  " + x for x in _wrap(note, wrap - 2)])}</FONT>')
        yield text


def _lines(lines: list[str]) -> str:
    """Lines of text, escaped, each aligned left."""
    return "".join(f'{_esc(x)}<BR ALIGN="LEFT"/>' for x in lines)


def summary_layouts(model: Model, party: str | None, lang: str | None,
                    audience: str = "internal") -> Iterator[str]:
    """The summary as DOT in ever wider columns, for :func:`resultaat.summary_figure` to fit."""
    for wrap in (34, 40, 46, 52, 58, 64):
        yield summary_dot(model, party, lang=lang, wrap=wrap, audience=audience)

