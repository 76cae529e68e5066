"""User text in outputs: cut to a readable length, and escaped so it is never markup.

Only resultaat's own markup may be markup. Every text a user gave (a name,
a statement, evidence) and every sentence that carries one passes through
:func:`markdown_text` or :func:`html_text` on its way into a report, and
through :func:`cut` on its way into a diagram, and every cell of a CSV
file or a workbook through :func:`spreadsheet_cell`, so that no text runs as
a formula. The model keeps the whole text; only what is shown is cut.
"""

from __future__ import annotations

import re

LIMIT = 500
"""The most characters of one user text a report or diagram shows."""

SENTENCE_LIMIT = 2000
"""The most characters of one sentence that carries user text (a reason, a finding)."""

_MD_INLINE = re.compile(r"[\\`*_{}\[\]|#]")
_MD_ENTITY = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "~": "&#126;"}
_MD_LEADING = re.compile(r"^(?:([>+-])|(\d+)([.)]))")


def cut(text: str, limit: int = LIMIT) -> str:
    """``text`` if it has at most ``limit`` characters, else its start and "…".

    >>> cut("a" * 10, 5)
    'aaaa…'
    """
    if len(text) <= limit:
        return text
    return text[:limit - 1] + "…"


def one_line(text: str, limit: int = LIMIT) -> str:
    """User text for a terminal line or a table cell: its white space (line breaks and tabs
    too) as single spaces, then cut, so that a name never breaks a line or a column.

    >>> one_line("Line one\\n# Heading\\tx", 12)
    'Line one # …'
    """
    return cut(" ".join(text.split()), limit)


def markdown_text(text: str, limit: int = LIMIT) -> str:
    """User text as Markdown that shows it literally, on one line.

    Markdown punctuation (including ``#`` and table pipes) is escaped with a
    backslash; ``<``, ``>``, ``&`` and ``~`` become entities, so no HTML,
    autolink, entity or strike-through can form; line breaks become spaces;
    a start that would open a quote or a list is escaped.

    >>> markdown_text("1. *bold* <b>&amp;</b> [x](javascript:y)")
    '1\\\\. \\\\*bold\\\\* &lt;b&gt;&amp;amp;&lt;/b&gt; \\\\[x\\\\](javascript:y)'
    >>> markdown_text("x\\n\\n# Heading")
    'x \\\\# Heading'
    """
    text = " ".join(cut(text, limit).split())
    text = _MD_INLINE.sub(lambda m: "\\" + m.group(), text)
    text = re.sub(r"[&<>~]", lambda m: _MD_ENTITY[m.group()], text)
    return _MD_LEADING.sub(_leading, text, count=1)


def _leading(m: re.Match[str]) -> str:
    if m.group(1):
        return "\\" + m.group(1)
    return f"{m.group(2)}\\{m.group(3)}"


def html_text(text: str, limit: int = LIMIT) -> str:
    """User text as HTML that shows it literally.

    >>> html_text('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    import html  # here, not above: the commands that print text start faster without it

    return html.escape(cut(text, limit), quote=True)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r",
                  "\N{FULLWIDTH EQUALS SIGN}", "\N{FULLWIDTH PLUS SIGN}",
                  "\N{FULLWIDTH HYPHEN-MINUS}", "\N{FULLWIDTH COMMERCIAL AT}")
"""What makes a spreadsheet read a cell as a formula (OWASP, "CSV injection").

The full-width forms too: an input method that turns them into their ASCII
twins would start a formula with them.
"""


def formula_like(value: object) -> bool:
    """Whether a spreadsheet could run ``value`` as a formula: text that starts like one.

    Spaces before it do not help: a spreadsheet that trims them runs what follows.

    >>> [formula_like(t) for t in ("=1+1", "  =1+1", "Ede = Bennekom", -1)]
    [True, True, False, False]
    """
    return isinstance(value, str) and (value.startswith(_FORMULA_START)
                                       or value.lstrip().startswith(_FORMULA_START))


def spreadsheet_cell(value: object) -> object:
    """A value for a CSV cell: text that could start a formula made inert.

    Text that :func:`formula_like` finds gets a leading apostrophe, so that
    Excel and LibreOffice show it rather than run it; a number (a negative
    one too) stays a number. A workbook needs no apostrophe: it marks such
    a cell as text (see :mod:`resultaat.present._export`).

    >>> spreadsheet_cell("=HYPERLINK(\\"http://x\\")"), spreadsheet_cell(-3.5)
    ('\\'=HYPERLINK("http://x")', -3.5)
    >>> spreadsheet_cell("Gemeente Nijkerk"), spreadsheet_cell(" @SUM(A1)")
    ('Gemeente Nijkerk', "' @SUM(A1)")
    """
    if formula_like(value):
        return "'" + str(value)
    return value
