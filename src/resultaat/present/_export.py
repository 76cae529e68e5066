"""Exports for other tools: tables as CSV, a workbook for Excel, a map for Kumu.

A table is a list of plain rows: the ``as_dict()`` of the analysis records
(claims, findings, progress, roll-ups) and rows of the model's own parties,
results, interventions, factors and contributions (:func:`tables`). JSON
holds them as they are. CSV and the workbook show the columns of
:data:`COLUMNS` under headers in the language, with the words of that
language for a verdict, a signal or a level. No user text runs as a
formula: every CSV cell passes through
:func:`~resultaat.present._markup.spreadsheet_cell`, and a workbook cell
that :func:`~resultaat.present._markup.formula_like` finds is marked as text
(with Excel's quote prefix), so it shows exactly what the user wrote. The
Kumu map is a blueprint (Kumu's JSON import: ``elements`` and
``connections``), with the level, the owner and the verdict of each result
as fields. This module decides nothing: it lays out
what the analysis found.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from resultaat._errors import SettingError, UsageError
from resultaat._files import write_atomic
from resultaat.analysis._check import check
from resultaat.analysis._claims import claims
from resultaat.analysis._index import default_perspective, party_id
from resultaat.analysis._perspective import Perspective, perspective
from resultaat.analysis._plain import name_of, names_of, plain
from resultaat.analysis._privacy import publishable, small_progress, verify_audience
from resultaat.analysis._steering import (
    CHANGE,
    MIN_GROUP,
    TOLERANCE,
    progress,
    rollup,
    verify_min_group,
)
from resultaat.model._model import Measurement, Model, Party
from resultaat.present._markup import formula_like, markdown_text, spreadsheet_cell
from resultaat.present._story import GRADES
from resultaat.text._catalogue import (
    DEFAULT,
    LEVEL,
    N_,
    PARTY_KIND,
    ROLE,
    SIGNAL,
    TREND,
    message,
)
from resultaat.text._languages import verify_language
from resultaat.text._numbers import number

SHEETS = {"claims": N_("export.sheet.claims"), "findings": N_("export.sheet.findings"),
          "progress": N_("export.sheet.progress"), "rollups": N_("export.sheet.rollups"),
          "parties": N_("export.sheet.parties"), "results": N_("export.sheet.results"),
          "interventions": N_("export.sheet.interventions"),
          "factors": N_("export.sheet.factors"),
          "contributions": N_("export.sheet.contributions")}
"""Each table, in the order of the workbook's sheets → the sheet's name."""

COLUMNS: dict[str, tuple[str, ...]] = {
    "claims": ("party", "party_name", "result", "result_statement", "level", "owner_name",
               "verdict", "share", "share_low", "share_high", "share_exact", "claimable_value",
               "co_contributor_names", "factor_names", "reasons"),
    "findings": ("severity", "code", "subject", "message"),
    "progress": ("result", "result_statement", "indicator", "period", "period_start",
                 "period_end", "baseline", "target", "revision", "expected", "realised",
                 "count", "deviation", "relative", "signal", "marker", "trend"),
    "rollups": ("intervention", "intervention_name", "area", "period", "period_start",
                "period_end", "result", "result_statement", "indicator", "owner_name", "cases",
                "reached", "share_reached", "with_goal", "reached_goal", "share_reached_goal",
                *CHANGE),
    "parties": ("id", "name", "kind", "member_names"),
    "results": ("id", "statement", "level", "owner", "owner_name", "intended", "effect",
                "indicators", "value"),
    "interventions": ("id", "name", "by", "by_name", "partner_names", "commissioned_by_name",
                      "beneficiary_name", "cost", "policy"),
    "factors": ("id", "name", "description"),
    "contributions": ("from", "from_name", "to", "to_name", "role", "weight", "strength",
                      "evidence", "assumptions"),
}
"""The columns CSV and the workbook show of each table, in order."""

HEADERS = {
    "party": N_("export.col.party"), "party_name": N_("export.col.party_name"),
    "result": N_("export.col.result"), "result_statement": N_("export.col.result_statement"),
    "level": N_("export.col.level"), "owner": N_("export.col.owner"),
    "owner_name": N_("export.col.owner_name"), "verdict": N_("export.col.verdict"),
    "share": N_("export.col.share"), "share_low": N_("export.col.share_low"),
    "share_high": N_("export.col.share_high"), "share_exact": N_("export.col.share_exact"),
    "claimable_value": N_("export.col.claimable_value"),
    "co_contributor_names": N_("export.col.co_contributor_names"),
    "factor_names": N_("export.col.factor_names"), "reasons": N_("export.col.reasons"),
    "severity": N_("export.col.severity"), "code": N_("export.col.code"),
    "subject": N_("export.col.subject"), "message": N_("export.col.message"),
    "indicator": N_("export.col.indicator"), "period": N_("export.col.period"),
    "period_start": N_("export.col.period_start"), "period_end": N_("export.col.period_end"),
    "baseline": N_("export.col.baseline"), "target": N_("export.col.target"),
    "revision": N_("export.col.revision"), "realised": N_("export.col.realised"),
    "count": N_("export.col.count"), "deviation": N_("export.col.deviation"),
    "relative": N_("export.col.relative"), "signal": N_("export.col.signal"),
    "trend": N_("export.col.trend"), "intervention": N_("export.col.intervention"),
    "intervention_name": N_("export.col.intervention_name"), "area": N_("export.col.area"),
    "cases": N_("export.col.cases"), "reached": N_("export.col.reached"),
    "share_reached": N_("export.col.share_reached"), "with_goal": N_("export.col.with_goal"),
    "reached_goal": N_("export.col.reached_goal"),
    "share_reached_goal": N_("export.col.share_reached_goal"),
    "expected": N_("export.col.expected"), "marker": N_("export.col.marker"),
    "change_min": N_("export.col.change_min"), "change_q1": N_("export.col.change_q1"),
    "change_median": N_("export.col.change_median"), "change_q3": N_("export.col.change_q3"),
    "change_max": N_("export.col.change_max"), "id": N_("export.col.id"),
    "name": N_("export.col.name"), "kind": N_("export.col.kind"),
    "member_names": N_("export.col.member_names"), "statement": N_("export.col.statement"),
    "intended": N_("export.col.intended"), "effect": N_("export.col.effect"),
    "indicators": N_("export.col.indicators"), "value": N_("export.col.value"),
    "by": N_("export.col.by"), "by_name": N_("export.col.by_name"),
    "partner_names": N_("export.col.partner_names"),
    "commissioned_by_name": N_("export.col.commissioned_by_name"),
    "beneficiary_name": N_("export.col.beneficiary_name"), "cost": N_("export.col.cost"),
    "policy": N_("export.col.policy"), "description": N_("export.col.description"),
    "from": N_("export.col.from"), "from_name": N_("export.col.from_name"),
    "to": N_("export.col.to"), "to_name": N_("export.col.to_name"),
    "role": N_("export.col.role"), "weight": N_("export.col.weight"),
    "strength": N_("export.col.strength"), "evidence": N_("export.col.evidence"),
    "assumptions": N_("export.col.assumptions"),
}
"""A column → its header."""

VERDICT = {"owns": N_("export.verdict.owns"), "contributes": N_("export.verdict.contributes"),
           "none": N_("export.verdict.none")}
SEVERITY = {"error": N_("export.severity.error"), "warning": N_("export.severity.warning"),
            "info": N_("export.severity.info")}
EFFECT = {"positive": N_("export.effect.positive"), "negative": N_("export.effect.negative")}
MARKER = {"expect": N_("export.marker.expect"), "like": N_("export.marker.like"),
          "love": N_("export.marker.love")}

WORDS: dict[str, Mapping[str, str]] = {
    "verdict": VERDICT, "severity": SEVERITY, "effect": EFFECT, "signal": SIGNAL,
    "marker": MARKER, "trend": TREND, "level": LEVEL, "kind": PARTY_KIND, "role": ROLE,
    "strength": GRADES}
"""A column whose values are words → value → the message that says it."""

PERCENT = frozenset({"share", "share_low", "share_high", "share_reached",
                     "share_reached_goal"})
"""The columns a workbook shows as percentages."""

CELL_LIMIT = 32_767
"""The most characters an Excel cell holds."""

NEEDS_OPENPYXL = "pip install 'resultaat[excel]'"


def tables(model: Model, *, party: str | Party | None = None,
           measurements: Iterable[Measurement] | None = None, lang: str | None = None,
           audience: str = "internal", tolerance: float = TOLERANCE,
           min_group: int = MIN_GROUP) -> dict[str, list[dict[str, Any]]]:
    """Every table of a model and its analysis, as plain rows (see :data:`SHEETS`).

    Args:
        model: the model.
        party: whose claims (default: every party's, in model order).
        measurements: the measurements of progress and roll-ups (default:
            the model's own).
        lang: the language of names, reasons and messages (default: the
            model's).
        audience: ``"public"`` names residents by their role, leaves out
            what :func:`resultaat.publishable` leaves out, and the period
            means over fewer than ``min_group`` cases.
        tolerance: as in :func:`resultaat.progress`.
        min_group: roll-up groups of fewer cases are left out.

    >>> import resultaat
    >>> t = tables(resultaat.example("wheelchair"), party="municipality")
    >>> [(k, len(v)) for k, v in t.items()]
    [('claims', 7), ('findings', 20), ('progress', 0), ('rollups', 0), ('parties', 6),
     ('results', 7), ('interventions', 4), ('factors', 1), ('contributions', 16)]
    """
    lang = verify_language(model.language.value if lang is None else lang)
    public = verify_audience(audience) == "public"
    model = publishable(model, lang=lang, min_group=verify_min_group(min_group)) if public \
        else model
    rows = list(model.measurements if measurements is None else measurements)
    who = [party_id(model, party)] if party is not None else list(model.parties)
    measured = progress(model, rows, tolerance=tolerance)
    if public:
        measured = small_progress(measured, rows, min_group)[0]
    return {
        "claims": [c.as_dict(model, lang=lang) for p in who
                   for c in claims(model, p, lang=lang)],
        "findings": [f.as_dict() for f in check(model, lang=lang)],
        "progress": [p.as_dict(model, lang=lang) for p in measured],
        "rollups": [u.as_dict(model, lang=lang) for u in rollup(model, rows, min_group=min_group)],
        **model_tables(model, lang),
    }


def model_tables(model: Model, lang: str) -> dict[str, list[dict[str, Any]]]:
    """The model's own parties, results, interventions, factors and contributions as rows."""
    return {
        "parties": [{"id": p.id, "name": p.name, "kind": plain(p.kind),
                     "members": list(p.members),
                     "member_names": names_of(model, p.members, lang)}
                    for p in model.parties.values()],
        "results": [{"id": r.id, "statement": r.statement, "level": plain(r.level),
                     "owner": r.owner, "owner_name": name_of(model, r.owner, lang),
                     "intended": r.intended, "effect": plain(r.effect),
                     "indicators": [i.name for i in r.indicators], "value": r.value}
                    for r in model.results.values()],
        "interventions": [{"id": i.id, "name": i.name, "by": i.by,
                           "by_name": name_of(model, i.by, lang), "partners": list(i.partners),
                           "partner_names": names_of(model, i.partners, lang),
                           "commissioned_by": i.commissioned_by,
                           "commissioned_by_name": name_of(model, i.commissioned_by, lang),
                           "beneficiary": i.beneficiary,
                           "beneficiary_name": name_of(model, i.beneficiary, lang),
                           "cost": i.cost, "policy": i.policy}
                          for i in model.interventions.values()],
        "factors": [{"id": f.id, "name": f.name, "description": f.description}
                    for f in model.factors.values()],
        "contributions": [{"from": c.source, "from_name": name_of(model, c.source, lang),
                           "to": c.target, "to_name": name_of(model, c.target, lang),
                           "role": plain(c.role), "weight": plain(c.weight),
                           "strength": plain(c.strength), "evidence": c.evidence,
                           "assumptions": list(c.assumptions)}
                          for c in model.contributions],
    }


def cell(column: str, value: Any, lang: str) -> Any:
    """One value of a table as a CSV cell shows it (see the module doc).

    >>> cell("verdict", "contributes", "nl"), cell("reasons", ["A.", "B."], "en")
    ('bijdrage', 'A. B.')
    >>> cell("name", "=1+1", "en"), cell("deviation", -2.5, "en")
    ("'=1+1", -2.5)
    """
    return spreadsheet_cell(shown(column, value, lang))


def shown(column: str, value: Any, lang: str) -> Any:
    """One value of a table as a cell shows it: words in the language, lists joined.

    >>> shown("name", "=1+1", "en"), shown("weight", [0.2, 0.4], "en")
    ('=1+1', '0.2–0.4')
    """
    words = WORDS.get(column)
    if words is not None and isinstance(value, str) and value in words:
        return message(lang, words[value])
    if column == "weight" and isinstance(value, list):  # a range of weights
        return "–".join(str(v) for v in value)
    if isinstance(value, list):
        return (" " if column == "reasons" else "; ").join(
            " → ".join(map(str, v)) if isinstance(v, list) else str(v) for v in value)
    return value


def header(column: str, lang: str) -> str:
    """A column's header in the language."""
    return message(lang, HEADERS[column])


def csv_text(table: str, rows: Sequence[Mapping[str, Any]], *, lang: str) -> str:
    """One table as CSV: a header row, then a row per record (RFC 4180, through :mod:`csv`).

    >>> print(csv_text("findings", [{"severity": "error", "code": "overclaim",
    ...                              "subject": "p→r", "message": "-1 is wrong"}], lang="nl"),
    ...       end="")
    Ernst,Code,Over,Melding
    fout,overclaim,p→r,'-1 is wrong
    """
    lang = verify_language(lang)
    columns = COLUMNS[table]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header(c, lang) for c in columns)
    writer.writerows([cell(c, row[c], lang) for c in columns] for row in rows)
    return out.getvalue()


def workbook(model: Model, *, lang: str | None = None, **options: Any) -> bytes:
    """Every table of :func:`tables` as an Excel workbook, one sheet per table.

    Headers in bold and in the language, the header row frozen and filtered,
    columns as wide as their text (up to a limit, then wrapped); shares as
    percentages. Needs openpyxl (``pip install 'resultaat[excel]'``).

    Raises:
        UsageError: openpyxl is not installed.
    """
    lang = verify_language(model.language.value if lang is None else lang)
    found = tables(model, lang=lang, **options)
    try:
        from openpyxl import Workbook
    except ImportError:
        raise UsageError(message(DEFAULT, "error.needs_openpyxl", install=NEEDS_OPENPYXL)
                         ) from None
    book = Workbook()
    book.remove(book.active)
    for table, msgid in SHEETS.items():
        _sheet(book.create_sheet(message(lang, msgid)), table, found[table], lang)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


WIDEST = 60
"""The widest column of a workbook, in characters; longer text wraps."""


def _sheet(sheet: Any, table: str, rows: Sequence[Mapping[str, Any]], lang: str) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    columns = COLUMNS[table]
    sheet.append([header(c, lang) for c in columns])
    for each in sheet[1]:
        each.font = Font(bold=True)
    cells = [[_xlsx(shown(c, row[c], lang), lang) for c in columns] for row in rows]
    for line in cells:
        sheet.append(line)
    for each in (c for line in sheet.iter_rows(min_row=2) for c in line):
        if formula_like(each.value):  # text as the user wrote it, shown and never run
            each.data_type, each.quotePrefix = "s", True
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for i, column in enumerate(columns):
        letter = get_column_letter(i + 1)
        texts = [] if column in PERCENT else [str(line[i]) for line in cells[:200]
                                                  if line[i] is not None]
        wide = max(len(t) for t in (header(column, lang), *texts))
        sheet.column_dimensions[letter].width = min(wide, WIDEST) + 2
        for each in sheet[letter][1:]:
            if column in PERCENT:
                each.number_format = "0.0%"
            elif wide > WIDEST:
                each.alignment = Alignment(wrap_text=True, vertical="top")


def _xlsx(value: Any, lang: str) -> Any:
    """A cell value a workbook can hold: text without control characters, within Excel's limit.

    Longer text keeps its start and says in the cell that it was cut, and
    how long the whole text is (the model and CSV keep it whole).
    """
    if not isinstance(value, str):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = ILLEGAL_CHARACTERS_RE.sub("\N{REPLACEMENT CHARACTER}", value)
    if len(value) <= CELL_LIMIT:
        return value
    note = "… " + message(lang, "export.cell_cut", most=number(lang, CELL_LIMIT),
                          total=number(lang, len(value)))
    return value[:CELL_LIMIT - len(note)] + note


KUMU_TYPES = {"party": N_("export.kumu.party"), "result": N_("export.kumu.result"),
              "intervention": N_("export.kumu.intervention"),
              "factor": N_("export.kumu.factor")}
"""A kind of node → its element type in Kumu."""


def to_kumu(model: Model, *, party: str | Party | None = None,
         measurements: Iterable[Measurement] | None = None, lang: str | None = None,
         audience: str = "internal") -> dict[str, list[dict[str, Any]]]:
    """The model as a Kumu blueprint: elements and connections, ready to import.

    Each element has the node's id, its name as label, its kind as type,
    and fields: a party its kind; a result its level, its owner, the
    verdict of ``party`` (default: the model's point of view) and, where
    ``measurements`` (default: the model's own) give one, the signal of its
    latest period; an intervention who carries it out. Descriptions are Markdown in Kumu,
    so user text in them is escaped. Connections run from contributor to
    result, party to intervention and member to cooperation. ``audience``
    ``"public"`` names residents by their role (:func:`resultaat.publishable`).

    >>> import resultaat
    >>> k = to_kumu(resultaat.example("wheelchair"), party="municipality")
    >>> k["elements"][6]["label"], k["elements"][6]["Verdict"]
    ("Mrs Jansen's mobility is facilitated", 'own result')
    >>> k["connections"][0]["type"]
    'carries out'
    """
    lang = verify_language(model.language.value if lang is None else lang)
    if verify_audience(audience) == "public":
        model = publishable(model, lang=lang)
    pid = party_id(model, party) if party is not None else default_perspective(model)
    view = perspective(model, pid, measurements=measurements) if pid else None
    return {"elements": _elements(model, view, lang), "connections": _connections(model, lang)}


def _elements(model: Model, view: Perspective | None, lang: str) -> list[dict[str, Any]]:
    kind = message(lang, "export.kumu.kind")
    out: list[dict[str, Any]] = [
        {"id": p.id, "label": p.name, "type": message(lang, KUMU_TYPES["party"]),
         kind: message(lang, PARTY_KIND[p.kind.value])} for p in model.parties.values()]
    for r in model.results.values():
        element = {"id": r.id, "label": r.statement, "type": message(lang, KUMU_TYPES["result"]),
                   message(lang, "export.kumu.level"): message(lang, LEVEL[r.level.value]),
                   message(lang, "export.kumu.owner"): name_of(model, r.owner, lang)}
        if view is not None:
            seen = view[r.id]
            element[message(lang, "export.kumu.verdict")] = message(lang,
                                                                     VERDICT[seen.verdict.value])
            element[message(lang, "export.kumu.seen_from")] = model.label(view.party)
            if seen.signal is not None:
                element[message(lang, "export.kumu.signal")] = message(lang,
                                                                        SIGNAL[seen.signal.value])
        out.append(element)
    out += [{"id": i.id, "label": i.name, "type": message(lang, KUMU_TYPES["intervention"]),
             message(lang, "export.kumu.by"): model.label(i.by),
             **({"description": markdown_text(i.policy)} if i.policy else {})}
            for i in model.interventions.values()]
    out += [{"id": f.id, "label": f.name, "type": message(lang, KUMU_TYPES["factor"]),
             **({"description": markdown_text(f.description)} if f.description else {})}
            for f in model.factors.values()]
    return out


def _connections(model: Model, lang: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in model.interventions.values():
        out.append({"from": i.by, "to": i.id, "type": message(lang, "export.kumu.carries_out")})
        out += [{"from": p, "to": i.id, "type": message(lang, "export.kumu.co_produces")}
                for p in i.partners]
        if i.commissioned_by:
            out.append({"from": i.commissioned_by, "to": i.id,
                        "type": message(lang, "export.kumu.commissions")})
    for p in model.parties.values():
        out += [{"from": m, "to": p.id, "type": message(lang, "export.kumu.member_of")}
                for m in p.members]
    role, strength, weight = (message(lang, "export.kumu.role"),
                              message(lang, "export.kumu.strength"),
                              message(lang, "export.kumu.weight"))
    for c in model.contributions:
        link: dict[str, Any] = {"from": c.source, "to": c.target,
                "type": message(lang, "export.kumu.contributes"),
                role: message(lang, ROLE[c.role.value]),
                strength: message(lang, GRADES[c.strength.value])}
        if c.weight is not None:
            link[weight] = c.weight if isinstance(c.weight, float | int) else "–".join(
                str(w) for w in c.weight)
        if c.assumptions:
            link["description"] = markdown_text("; ".join(c.assumptions))
        out.append(link)
    return out


FORMATS = {".xlsx": "xlsx", ".json": "kumu"}
"""A file suffix → what :func:`export` writes."""


def export(model: Model, path: str | os.PathLike[str], *, party: str | Party | None = None,
           measurements: Iterable[Measurement] | None = None, lang: str | None = None,
           audience: str = "internal", tolerance: float = TOLERANCE,
           min_group: int = MIN_GROUP) -> Path:
    """Write an Excel workbook (``.xlsx``) or a Kumu map (``.json``); the suffix picks which.

    Args:
        model: the model.
        path: the file to write, whole or not at all.
        party: for the workbook, whose claims (default: every party's); for
            Kumu, whose verdicts (default: the model's point of view).
        measurements: the measurements of progress, roll-ups and signals
            (default: the model's own).
        lang: the language of headers, names and reasons (default: the model's).
        audience: ``"public"`` names residents by their role and leaves out
            what :func:`resultaat.publishable` leaves out.
        tolerance: as in :func:`resultaat.progress` (the workbook).
        min_group: roll-up groups of fewer cases are left out.

    Raises:
        SettingError: a suffix other than ``.xlsx`` or ``.json``.
        UsageError: openpyxl is missing for a workbook.
        WriteError: the file could not be written; an old file stays as it was.

    >>> import resultaat, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "wheelchair.json"
    >>> export(resultaat.example("wheelchair"), out).name
    'wheelchair.json'
    """
    p = Path(path)
    kind = FORMATS.get(p.suffix.lower())
    if kind is None:
        raise SettingError(message(DEFAULT, "error.export_suffix", name=repr(p.name),
                                   suffixes=", ".join(FORMATS)))
    if kind == "kumu":
        data: str | bytes = json.dumps(to_kumu(model, party=party, measurements=measurements,
                                            lang=lang, audience=audience),
                                       indent=2, ensure_ascii=False) + "\n"
    else:
        data = workbook(model, party=party, measurements=measurements, lang=lang,
                        audience=audience, tolerance=tolerance, min_group=min_group)
    return write_atomic(p, data)
