"""The names of the rendering settings, importable at no cost: the command line lists them
before it knows which command runs. :mod:`resultaat.present._engine` checks them."""

from __future__ import annotations

from typing import Literal

Engine = Literal["auto", "system", "bundled"]
ENGINES: tuple[Engine, ...] = ("auto", "system", "bundled")
ENGINE_VARIABLE = "RESULTAAT_ENGINE"
FORMATS = ("svg", "png", "pdf", "dot")

SIZES: dict[str, tuple[float, float]] = {
    "a4": (16.0, 24.0),
    "a4-landscape": (24.7, 16.0),
    "a4-third": (16.0, 8.0),
    "slide": (25.4, 14.29),
}
"""Named picture sizes → the width and height in cm of the area the picture must fit.

``a4`` is the text area of an A4 page in portrait (2.5 cm margins), ``a4-landscape``
that of a page on its side, ``a4-third`` a third of a portrait page (the summary
figure's size), ``slide`` a 16:9 slide of 25.4 × 14.29 cm. Any width in cm
(``12cm``) is a size too: the picture is that wide and as tall as it needs.
"""
SMALLEST_TEXT = 7.0
"""Points: no text of a picture drawn at a named size prints smaller."""
DPI = 144
"""Dots per inch of a PNG when no ``dpi`` is given."""
