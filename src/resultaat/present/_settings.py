"""The names of the rendering settings, importable at no cost: the command line lists them
before it knows which command runs. :mod:`resultaat.present._engine` checks them."""

from __future__ import annotations

from typing import Literal

Engine = Literal["auto", "system", "bundled"]
ENGINES: tuple[Engine, ...] = ("auto", "system", "bundled")
ENGINE_VARIABLE = "RESULTAAT_ENGINE"
FORMATS = ("svg", "png", "pdf", "dot")
