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
from resultaat.text._catalogue import DEFAULT, N_, message
from resultaat.text._languages import verify_language

COLUMNS = ("claims", "contributes", "answers")
"""The three columns, left to right."""

_LOOK = {"claims": (BLUE, BLUE_LIGHT, "white"), "contributes": (ORANGE, ORANGE_LIGHT, INK),
         "answers": (VERMILLION_TEXT, "#FFFFFF", "white")}
"""Each column's heading fill, its fill and the heading's text colour (4.5:1 or more)."""

_HEADINGS = {"claims": N_("summary.claims"), "contributes": N_("summary.contributes"),
             "answers": N_("summary.answers")}
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
        raise UnknownIdError(message(DEFAULT, "error.report_no_parties"))
    name = cut(model.parties[pid].name)
    found = columns(perspective(model, pid, measurements=()), lang)
    heads = "".join(
        f'<TD BGCOLOR="{_LOOK[c][0]}" ALIGN="LEFT"><FONT COLOR="{_LOOK[c][2]}"><B>'
        + "<BR ALIGN=\"LEFT\"/>".join(_esc(x) for x in
                                       _wrap(message(lang, _HEADINGS[c], party=name), wrap))
        + '<BR ALIGN="LEFT"/></B></FONT></TD>' for c in COLUMNS)
    cells = "".join(f'<TD BGCOLOR="{_LOOK[c][1]}" ALIGN="LEFT" VALIGN="TOP">'
                    f'<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2" '
                    f'VALIGN="TOP">'
                    f'{"".join(_items(found[c], lang, wrap))}</TABLE></TD>' for c in COLUMNS)
    title = "<BR/>".join(_esc(x) for x in _wrap(
        message(lang, "summary.title", party=name, model=cut(model.name)), 3 * wrap))
    label = (f'<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="3" CELLPADDING="4" '
             f'COLOR="#999999"><TR><TD COLSPAN="3" BORDER="0"><FONT POINT-SIZE="10"><B>{title}'
             f"</B></FONT></TD></TR><TR>{heads}</TR><TR>{cells}</TR></TABLE>>")
    g = graphviz.Digraph("summary")
    g.attr(bgcolor="white", pad="0.1", fontname=FONT)
    g.node("summary", label, shape="plaintext", fontname=FONT, fontsize="9", fontcolor=INK)
    source: str = g.source
    return source


def _items(items: list[tuple[str, str, bool]], lang: str, wrap: int) -> Iterator[str]:
    """The rows of one column: each statement, and the small line under it."""
    if not items:
        yield f'<TR><TD ALIGN="LEFT"><I>{_esc(message(lang, "summary.none"))}</I></TD></TR>'
        return
    for statement, note, harmful in items:
        lines = _wrap(statement, wrap - 2)
        text = [f"<B>• {_esc(lines[0])}</B>", *(f"<B>  {_esc(x)}</B>" for x in lines[1:])]
        if note:
            colour = VERMILLION_TEXT if harmful else INK
            text += [f'<FONT COLOR="{colour}">  {_esc(x)}</FONT>' for x in _wrap(note, wrap - 2)]
        yield f'<TR><TD ALIGN="LEFT">{"".join(x + _LEFT for x in text)}</TD></TR>'


_LEFT = '<BR ALIGN="LEFT"/>'


def summary_layouts(model: Model, party: str | None, lang: str | None,
                    audience: str = "internal") -> Iterator[str]:
    """The summary as DOT in ever wider columns, for :func:`resultaat.summary_figure` to fit."""
    for wrap in (34, 40, 46, 52, 58):
        yield summary_dot(model, party, lang=lang, wrap=wrap, audience=audience)

