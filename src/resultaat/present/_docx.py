"""A report as a Word document: headings, tables and the diagram at the A4 text width.

User text goes into Word as the text of a run, never as markup: python-docx
writes it as XML character data. Only resultaat's own templates mark text
bold (``**…**``) or as code (```…```).
"""

from __future__ import annotations

import datetime
import io
import re
import string
import struct
import zipfile
from collections.abc import Iterator, Sequence
from typing import Any

from resultaat._errors import MissingExtraError
from resultaat.present._colophon import Colophon
from resultaat.present._markup import LIMIT, SENTENCE_LIMIT, cut
from resultaat.present._report import Block, _Said, _Text
from resultaat.text._catalogue import DEFAULT, message, template

TEXT_WIDTH_CM = 16.0
"""The text width of an A4 page in portrait with margins of 2.5 cm."""
MAX_PICTURE_HEIGHT_CM = 24.0
"""The tallest a diagram may be on its page (25.7 cm of text height), leaving room for its
caption: the height of the print layout (``size="a4"``), so its text prints at 7 pt."""
LANDSCAPE_WIDTH_CM = 24.7
"""The text width of an A4 page in landscape with margins of 2.5 cm."""
WIDE = 6
"""A table with more columns than this gets a landscape page."""
TABLE_PT = 8
"""The font size of tables, so that wide ones fit the text width."""
CHAR_CM = 0.16
"""About the width of a character of 8 pt Calibri (Word's font), bold, in cm."""
CELL_PADDING_CM = 0.4
"""The margins left and right inside a table cell."""

_LANGUAGE = {"nl": "nl-NL", "en": "en-GB"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_MARK = re.compile(r"\*\*|`")

Run = tuple[str, bool, bool]
"""A piece of text and whether it is bold and whether it is code."""


def docx(title: str, notice: _Text, blocks: Sequence[Block], png: bytes, lang: str,
         about: Colophon, *, diagram_at: int = 0) -> bytes:
    """The report as the bytes of a .docx file, the same bytes for the same input and date;
    the diagram after block ``diagram_at``.

    Raises:
        MissingExtraError: python-docx is not installed.
    """
    try:
        import docx as python_docx
        from docx.shared import Cm
    except ImportError:
        raise MissingExtraError(message(DEFAULT, "error.docx_missing")) from None
    doc = python_docx.Document()
    _page_setup(doc, Cm, lang)
    _paragraph(doc, notice, style=None, italic=True)
    doc.add_heading(_clean(cut(title)), level=0)
    for i, block in enumerate(blocks):
        _block(doc, block)
        if i == diagram_at:
            _picture(doc, png, Cm, template(lang, "report.diagram"))
    props = doc.core_properties
    props.title, props.language = _clean(cut(title)), _LANGUAGE[lang]
    props.author = props.last_modified_by = f"resultaat {about.version}"
    moment = datetime.datetime.combine(about.day, datetime.time())
    props.created = props.modified = moment
    props.revision = 1
    out = io.BytesIO()
    doc.save(out)
    return _fixed_zip(out.getvalue(), moment)


def _page_setup(doc: Any, cm: Any, lang: str) -> None:
    """A4 portrait, margins of 2.5 cm left and right and 2 cm at the top and bottom (as the
    PDF report); the text in the report's language."""
    from docx.oxml.ns import qn

    for section in doc.sections:
        section.page_width, section.page_height = cm(21), cm(29.7)
        section.left_margin = section.right_margin = cm(2.5)
        section.top_margin = section.bottom_margin = cm(2)
    doc.styles["Normal"].font.name = "Calibri"  # not left to the theme: LibreOffice misreads it
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), _LANGUAGE[lang])


def _block(doc: Any, block: Block) -> None:
    kind = block[0]
    if kind in ("h2", "h3"):
        heading = doc.add_heading(level=1 if kind == "h2" else 2)
        _add_runs(heading, block[1])
    elif kind == "p":
        _paragraph(doc, block[1])
    elif kind == "claim":
        p = doc.add_paragraph()
        _add_runs(p, block[1], bold=True)
        p.add_run(". ").bold = True
        _add_runs(p, block[2])
    elif kind == "ul":
        for item in block[1]:
            _paragraph(doc, item, style="List Bullet")
    elif kind == "table":
        _table(doc, block[1], block[2])


def _paragraph(doc: Any, value: Any, *, style: str | None = None, italic: bool = False) -> None:
    p = doc.add_paragraph(style=style)
    for run in _add_runs(p, value):
        run.italic = italic or None


def _table(doc: Any, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> None:
    """A Word table in 8 pt, its columns as wide as their text needs, the header bold.

    A table of more than :data:`WIDE` columns gets a page in landscape.
    """
    wide = len(header) > WIDE
    if wide:
        _orient(doc, landscape=True)
    _fill_table(doc, header, rows, LANDSCAPE_WIDTH_CM if wide else TEXT_WIDTH_CM)
    if wide:
        _orient(doc, landscape=False)
    else:
        doc.add_paragraph()


def _orient(doc: Any, *, landscape: bool) -> None:
    """Start a new page in landscape or portrait A4, with the same margins."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    long, short = Cm(29.7), Cm(21)
    section.page_width, section.page_height = (long, short) if landscape else (short, long)


def _fill_table(doc: Any, header: Sequence[Any], rows: Sequence[Sequence[Any]],
                width: float) -> None:
    from docx.shared import Cm, Pt

    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    for cell, value in zip(table.rows[0].cells, header, strict=True):
        _add_runs(cell.paragraphs[0], value, bold=True, size=Pt(TABLE_PT))
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            _add_runs(cell.paragraphs[0], value, size=Pt(TABLE_PT))
    for column, cm in zip(table.columns, column_widths([header, *rows], width), strict=True):
        column.width = Cm(cm)
        for cell in column.cells:
            cell.width = Cm(cm)


def column_widths(rows: Sequence[Sequence[Any]], width: float = TEXT_WIDTH_CM) -> list[float]:
    """Column widths in cm that fill the text width, each after the text it holds.

    Each column first gets room for its longest word (up to 12 characters)
    on one line; what is left of the text width goes to the columns after
    their mean length (up to 40 characters).

    >>> column_widths([["Period", "A long statement of a result"], ["2025-H1", "x"]])
    [5.43, 10.57]
    """
    texts = [["".join(t for t, _b, _c in runs(value)) for value in column]
             for column in zip(*rows, strict=True)]
    least, weights = [], []
    for column in texts:
        longest = max((len(word) for text in column for word in text.split()), default=1)
        least.append(min(longest, 12) * CHAR_CM + CELL_PADDING_CM)
        weights.append(max(sum(len(text) for text in column) / len(column), 1.0))
    spare = width - sum(least)
    if spare <= 0:
        return [round(width * w / sum(least), 2) for w in least]
    weights = [min(w, 40.0) for w in weights]
    return [round(w + spare * m / sum(weights), 2) for w, m in zip(least, weights, strict=True)]


def _picture(doc: Any, png: bytes, cm: Any, caption: str) -> None:
    """The diagram at the text width, or narrower when it would be taller than the page allows."""
    width, height = _png_size(png)
    width_cm = TEXT_WIDTH_CM
    if height * TEXT_WIDTH_CM / width > MAX_PICTURE_HEIGHT_CM:
        width_cm = MAX_PICTURE_HEIGHT_CM * width / height
    doc.add_picture(io.BytesIO(png), width=cm(width_cm))
    doc.add_paragraph(caption, style="Caption")


def _png_size(png: bytes) -> tuple[int, int]:
    """The width and height in pixels that a PNG's header gives."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or len(png) < 24:
        raise ValueError("the diagram is not a PNG")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def _add_runs(paragraph: Any, value: Any, *, bold: bool = False, size: Any = None) -> list[Any]:
    """Add ``value`` (user text or library text) to a paragraph as runs; return them."""
    made = []
    for text, strong, code in runs(value):
        run = paragraph.add_run(_clean(text))
        run.bold = (bold or strong) or None
        run.font.size = size
        if code:
            run.font.name = "Consolas"
        made.append(run)
    return made


def runs(value: Any) -> list[Run]:
    """The pieces of a report value with their style: user text plain, templates marked.

    >>> from resultaat.present._report import _t
    >>> runs(_t("**{x}** is `{c}`", x="<b>*y*</b>", c="z"))
    [('<b>*y*</b>', True, False), (' is ', False, False), ('z', False, True)]
    """
    return [run for run in _pieces(value, False, False) if run[0]]


def _pieces(value: Any, bold: bool, code: bool) -> Iterator[Run]:
    if not isinstance(value, _Text):
        yield cut(value, SENTENCE_LIMIT if isinstance(value, _Said) else LIMIT), bold, code
        return
    values = dict(value.values)
    for literal, field, _spec, _conv in string.Formatter().parse(value.template):
        pos = 0
        for m in _MARK.finditer(literal):
            yield literal[pos:m.start()], bold, code
            if m.group() == "**":
                bold = not bold
            else:
                code = not code
            pos = m.end()
        yield literal[pos:], bold, code
        if field is not None:
            yield from _pieces(values[field], bold, code)


def _clean(text: str) -> str:
    """Text that XML can hold: a character it cannot becomes U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _fixed_zip(data: bytes, moment: datetime.datetime) -> bytes:
    """The same .docx with every entry dated ``moment``, so equal input gives equal bytes."""
    out = io.BytesIO()
    stamp = (max(moment.year, 1980), moment.month, moment.day, 0, 0, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()
