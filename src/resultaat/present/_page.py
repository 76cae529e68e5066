"""An interactive page: the reader switches the point of view and clicks a result to read why.

Everything is worked out here, in Python, from the analysis: every party's
claims with their reasons, and the diagram seen from every party. The page
holds it all in one file (the data as JSON, the diagrams as SVG, the style
and the script inline) and loads nothing from outside; its script only
shows and hides. User text reaches the page only as JSON data that the
script puts into the page as text (``textContent``), never as markup, and
a Content-Security-Policy lets only the page's own script run.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import html
import json
from typing import Any, Literal

import attrs

from resultaat.analysis._claims import Claim, claims
from resultaat.analysis._perspective import Verdict
from resultaat.model._model import Model, Party
from resultaat.present._colophon import colophon
from resultaat.present._markup import SENTENCE_LIMIT, cut, html_text
from resultaat.present._output import render
from resultaat.present._report import _scene
from resultaat.text._catalogue import message, plural, template
from resultaat.text._languages import verify_language

_SCRIPT = """
"use strict";
const data = JSON.parse(document.getElementById("resultaat-data").textContent);
const choice = document.getElementById("party");
const list = document.getElementById("results");
const why = document.getElementById("reasons");
function el(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}
function explain(result) {
  why.replaceChildren(el("h2", data.labels.reasons + ": " + result.statement));
  const reasons = el("ul");
  for (const reason of result.reasons) reasons.append(el("li", reason));
  why.append(reasons);
  for (const b of list.querySelectorAll("button")) {
    b.setAttribute("aria-pressed", String(b.dataset.result === result.id));
  }
}
function show(id) {
  const party = data.parties.find((p) => p.id === id);
  list.replaceChildren();
  why.replaceChildren(el("p", data.labels.hint));
  for (const group of party.groups) {
    list.append(el("h2", group.title));
    const items = el("ul");
    for (const result of group.results) {
      const item = el("li");
      if (result.reasons.length) {
        const button = el("button", result.statement);
        button.type = "button";
        button.dataset.result = result.id;
        button.addEventListener("click", () => explain(result));
        item.append(button);
      } else {
        item.textContent = result.statement;
      }
      items.append(item);
    }
    list.append(items);
  }
  for (const figure of document.querySelectorAll("figure[data-party]")) {
    figure.hidden = figure.dataset.party !== id;
  }
}
for (const party of data.parties) {
  const option = el("option", party.name);
  option.value = party.id;
  choice.append(option);
}
choice.value = data.start;
choice.addEventListener("change", () => show(choice.value));
show(data.start);
"""

_CSS = """
*{box-sizing:border-box}
body{font-family:Arial,Helvetica,sans-serif;max-width:75rem;margin:1.5rem auto;padding:0 1rem;
color:#1a1a1a;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.1rem;margin:1.2rem 0 .4rem}
label{font-weight:bold;margin-right:.5rem}select{font-size:1rem;padding:.2rem}
.panes{display:grid;grid-template-columns:1fr 1fr;gap:2rem}
#results ul{list-style:none;padding:0;margin:0}#results li{margin:.25rem 0}
#results button{font:inherit;text-align:left;width:100%;padding:.35rem .5rem;cursor:pointer;
background:#eef3f8;border:1px solid #9ab;border-radius:4px;color:#1a1a1a}
#results button[aria-pressed=true]{background:#0b5394;color:#fff}
#reasons{border-left:4px solid #0b5394;padding:0 1rem;overflow-wrap:anywhere}
figure{margin:1.5rem 0;overflow-x:auto}figure svg{max-width:100%;height:auto}
.colophon{color:#444;font-size:.85rem}
"""


def page(model: Model, *, party: str | Party | None = None, lang: str | None = None,
         audience: Literal["internal", "public"] = "internal", min_group: int | None = None,
         shares: bool = True, date: datetime.date | str | None = None) -> str:
    """One self-contained HTML page on which the reader switches the point of view.

    For each party: what it may claim, what it contributed to, the side
    effects it had a part in (each with the reasons, shown on a click) and
    the results it does not reach; and the diagram seen from it.

    >>> import resultaat
    >>> text = page(resultaat.example("wheelchair"), date="2026-03-01")
    >>> '<script type="application/json" id="resultaat-data">' in text
    True

    Args:
        model: the model.
        party: the party seen from first (default as in :func:`report`).
        lang: ``"nl"`` or ``"en"`` (default: the model's language).
        audience: ``"internal"``, or ``"public"``: residents and their
            network by role (see :func:`resultaat.publishable`).
        min_group: in a public page, the smallest group of cases shown.
        shares: whether to show the shares of credit.
        date: the date the page carries (see :func:`report`).
    """
    lang = verify_language(model.language if lang is None else lang)
    about = colophon(model, date)
    scene = _scene(model, party, lang, (), audience, min_group)
    model = scene.model
    if scene.least is not None:
        about = attrs.evolve(about, name=model.name)  # the fingerprint stays the file's
        notice = plural(lang, "report.public", scene.least)
    else:
        notice = message(lang, "report.personal_data")
    parties = [p.id for p in model.parties.values()]
    data = {"start": scene.pid, "labels": {
        "hint": message(lang, "page.hint"), "reasons": message(lang, "page.reasons")},
        "parties": [_party(model, pid, lang, shares) for pid in parties]}
    figures = [_figure(model, pid, lang, shares, pid == data["start"]) for pid in parties]
    said = template(lang, "report.colophon").replace("`", "").format(
        name=model.name, **about.words(lang))
    return _document(model.name, lang, notice, data, figures, said)


def _party(model: Model, pid: str, lang: str, shares: bool) -> dict[str, Any]:
    """One party's point of view: its results in groups, each result with its reasons."""
    name = model.parties[pid].name
    found = claims(model, pid, lang=lang, shares=shares)
    intended = [c for c in found if model.results[c.result].intended]
    groups = [
        (message(lang, "report.may_claim", party=name),
         [c for c in intended if c.verdict is Verdict.OWNS]),
        (message(lang, "report.contributed", party=name),
         [c for c in intended if c.verdict is Verdict.CONTRIBUTES]),
        (message(lang, "report.answers_for", party=name),
         [c for c in found if not model.results[c.result].intended]),
    ]
    out = [{"title": title, "results": [_result(model, c) for c in group]}
           for title, group in groups if group]
    reached = {c.result for c in found}
    others = [r for r in model.results.values() if r.id not in reached]
    if others:
        out.append({"title": message(lang, "page.others", party=name), "results": [
            {"id": r.id, "statement": cut(r.statement), "reasons": []} for r in others]})
    return {"id": pid, "name": cut(name), "groups": out}


def _result(model: Model, c: Claim) -> dict[str, Any]:
    return {"id": c.result, "statement": cut(model.results[c.result].statement),
            "reasons": [cut(x, SENTENCE_LIMIT) for x in c.reasons]}


def _figure(model: Model, pid: str, lang: str, shares: bool, shown: bool) -> str:
    """The diagram seen from one party, hidden unless it is the first shown."""
    svg = render(model, format="svg", perspective=pid, lang=lang, shares=shares).decode("utf-8")
    hidden = "" if shown else " hidden"
    return (f'<figure data-party="{html.escape(pid, quote=True)}"{hidden}>'
            f'{svg[svg.index("<svg"):]}</figure>')


def script_json(data: Any) -> str:
    """Data as JSON that is safe inside ``<script>``: no ``<``, ``>``, ``&``, U+2028 or U+2029.

    >>> script_json({"x": "</script><b>&\\u2028"})
    '{"x": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(data, ensure_ascii=False)
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _csp() -> str:
    """The page's Content-Security-Policy: nothing from outside; only its own script runs."""
    digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode()
    return (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def _document(title: str, lang: str, notice: str, data: dict[str, Any], figures: list[str],
              said: str) -> str:
    label = html_text(message(lang, "page.point_of_view"))
    return "\n".join([
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_csp()}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html_text(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>",
        f"<p>{html_text(notice)}</p>\n<h1>{html_text(title)}</h1>",
        f'<noscript><p>{html_text(message(lang, "page.noscript"))}</p></noscript>',
        f'<p><label for="party">{label}</label><select id="party"></select></p>',
        '<div class="panes"><section id="results"></section>'
        '<section id="reasons" aria-live="polite"></section></div>',
        *figures,
        f'<p class="colophon">{html_text(said)}</p>',
        f'<script type="application/json" id="resultaat-data">{script_json(data)}</script>',
        f"<script>{_SCRIPT}</script>",
        "</body>\n</html>\n",
    ])

