"""A report as PDF: the HTML report printed on A4 by WeasyPrint.

WeasyPrint draws the diagram from the SVG in the HTML, so no Graphviz
program is needed. It needs the Pango library, which pip cannot install;
so it is the optional extra ``resultaat[pdf]``, and its absence is a
:class:`MissingExtraError` that says how to get both.
"""

from __future__ import annotations

import datetime
from typing import Any

from resultaat._errors import MissingExtraError
from resultaat.present._colophon import Colophon
from resultaat.text._catalogue import DEFAULT, message

PRINT_CSS = """
@page{size:A4;margin:2cm 2.5cm;@bottom-right{content:counter(page) " / " counter(pages);
font:8pt Arial,Helvetica,sans-serif;color:#555}}
body{max-width:none;margin:0;padding:0;font-size:10pt}
h1{font-size:16pt}h2{font-size:13pt;break-after:avoid}h3{font-size:11pt;break-after:avoid}
table{font-size:7.5pt;width:100%}tr,figure,.claim{break-inside:avoid}
th,td{padding:2pt 3pt;overflow-wrap:break-word;hyphens:auto}
figure{overflow:visible}figure svg{width:100%;max-height:24cm;height:auto}
"""
"""What print needs beyond the HTML report's own style: A4, margins, page numbers.

Added to the page as the last author style, so it wins over the screen
style (a stylesheet given to WeasyPrint apart is a user style, which loses)."""


def pdf(page: str, about: Colophon) -> bytes:
    """The HTML report ``page`` as PDF bytes, dated ``about.day``.

    Nothing is fetched from outside: the page holds its picture and style.

    Raises:
        MissingExtraError: WeasyPrint or Pango is not installed.
    """
    weasyprint = _weasyprint()
    stamp = datetime.datetime.combine(about.day, datetime.time()).isoformat()
    printed = page.replace("</head>", f"<style>{PRINT_CSS}</style>\n</head>", 1)
    document = weasyprint.HTML(string=printed, url_fetcher=_refuse).render()
    document.metadata.created = document.metadata.modified = stamp
    document.metadata.generator = f"resultaat {about.version}"
    out: bytes = document.write_pdf()
    return out


def _weasyprint() -> Any:
    """The weasyprint module, or an error that says what to install."""
    try:
        import weasyprint
    except ImportError as e:
        raise MissingExtraError(message(DEFAULT, "error.pdf_missing",
                                        missing=_what_is_missing(e))) from None
    except OSError as e:  # WeasyPrint is there but cannot load Pango
        raise MissingExtraError(message(DEFAULT, "error.pdf_missing",
                                        missing=_what_is_missing(e))) from None
    return weasyprint


def _what_is_missing(e: BaseException) -> str:
    """Which of the two is missing, from the error importing WeasyPrint gave."""
    if isinstance(e, ImportError) and e.name is not None and e.name.startswith("weasyprint"):
        return "WeasyPrint is not installed"
    if isinstance(e, ImportError):
        return f"a package WeasyPrint needs is missing ({e.name})"
    return f"Pango could not be loaded ({e})"


def _refuse(url: str, *args: Any, **kwargs: Any) -> Any:
    """WeasyPrint's URL fetcher: a report loads nothing from outside."""
    raise ValueError(f"a report loads nothing from outside; not {url[:80]}")
