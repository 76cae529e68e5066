"""Pictures of a model: DOT → SVG, PNG or PDF, to bytes or to a file, at a size fit for print."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from resultaat._errors import SettingError
from resultaat._files import write_atomic
from resultaat.model._model import Model
from resultaat.present._dot import caption, drawing, print_layouts, to_dot
from resultaat.present._engine import (
    LayoutTimeoutError,
    Size,
    extent,
    resized,
    run,
    verify_dpi,
    verify_engine,
    verify_format,
    verify_size,
)
from resultaat.present._settings import DPI, FORMATS, SMALLEST_TEXT, Engine
from resultaat.present._summary import summary_layouts
from resultaat.text._catalogue import DEFAULT, message
from resultaat.text._languages import error_language
from resultaat.text._numbers import number

DPI_NOT_PNG = "dpi is the resolution of a PNG picture; leave it out for {format}"
PDF_SIZED = ("a PDF picture cannot be drawn at a size: Graphviz does not scale its PDF pages; "
             "draw an SVG or PNG at size {size}, or a PDF without a size")


def render(model: Model, *, format: str = "svg", engine: Engine = "auto",
           size: str | None = None, dpi: float | None = None, compact: bool = False,
           **options: Any) -> bytes:
    """The contribution graph as ``svg``, ``png``, ``pdf`` or ``dot`` bytes.

    ``options`` are those of :func:`to_dot` (``perspective``, ``lang``,
    ``focus``, ``depth``, ...). ``engine`` is ``"system"`` (the Graphviz
    programs), ``"bundled"`` (graphviz-pure) or ``"auto"`` (system when
    present; see :mod:`resultaat.present._engine` for ``RESULTAAT_ENGINE``).

    Args:
        model: the model to draw.
        format: ``svg``, ``png``, ``pdf`` or ``dot``.
        engine: the layout engine.
        size: ``None`` for the picture's natural size (for a screen), or the
            area it must fit in print: ``"a4"`` (the text area of an A4 page,
            16 × 24 cm), ``"a4-landscape"``, ``"a4-third"``, ``"slide"``
            (16:9), or a width such as ``"12cm"``. At a named size no text
            prints smaller than 7 pt: long texts wrap and wide rows split.
        dpi: the resolution of a PNG (default 144).
        compact: leave the legend out, to print :func:`caption` under the
            picture instead.
        **options: those of :func:`to_dot`.

    >>> import resultaat
    >>> svg = render(resultaat.example("wheelchair"))
    >>> svg[:5], b"</svg>" in svg
    (b'<?xml', True)
    >>> b'<svg width="12.00cm"' in render(resultaat.example("wheelchair"), size="12cm")
    True

    Raises:
        SettingError: an unknown format, engine or size, a ``dpi`` that is
            not a resolution or not for a PNG, or a PDF at a size.
    """
    fmt, engine = verify_format(format), verify_engine(engine)
    if dpi is not None and fmt != "png":
        raise SettingError(DPI_NOT_PNG.format(format=fmt.upper()))
    resolution = DPI if dpi is None else verify_dpi(dpi)
    if compact:
        options["legend"] = False
    if size is None:
        source = to_dot(model, **options)
        if fmt == "png":
            _verify_pixels(run(source, "svg", engine), 1.0, resolution)
        return run(source, fmt, engine, dpi=resolution)
    layouts = print_layouts(verify_size(size).width, SMALLEST_TEXT)
    sources = (drawing(model, layout=layout, **options).source() for layout in layouts)
    return _sized(sources, fmt, engine, verify_size(size), resolution)


def summary_figure(model: Model, party: str | None = None, *, lang: str | None = None,
                   format: str = "svg", size: str = "a4-third", dpi: float | None = None,
                   engine: Engine = "auto", audience: str = "internal") -> bytes:
    """The one-glance summary of one party's results, for the front page of a memo.

    Three columns: what the party may claim (its own results), what it
    contributes to that belongs to others (residents, the collective), and
    what it answers for (the side effects it has a part in). What each
    result is to the party comes from :func:`resultaat.perspective`.

    Args:
        model: the model.
        party: whose results (default: the model's ``perspective``).
        lang: ``"nl"`` or ``"en"`` (default: the model's language).
        format: ``svg``, ``png``, ``pdf`` or ``dot``.
        size: the area it must fit (see :func:`render`); by default a third
            of an A4 page (16 × 8 cm).
        dpi: the resolution of a PNG (default 144).
        engine: the layout engine.
        audience: ``"internal"``, or ``"public"`` to name residents and their
            network by role (as a public report does).

    >>> import resultaat
    >>> svg = summary_figure(resultaat.example("wheelchair"))
    >>> b"May claim" in svg, b'width="16.00cm"' in svg
    (True, True)
    """
    fmt, engine = verify_format(format), verify_engine(engine)
    if dpi is not None and fmt != "png":
        raise SettingError(DPI_NOT_PNG.format(format=fmt.upper()))
    resolution = DPI if dpi is None else verify_dpi(dpi)
    return _sized(summary_layouts(model, party, lang, audience), fmt, engine,
                  verify_size(size), resolution)


def _sized(sources: Iterable[str], fmt: str, engine: Engine, area: Size, dpi: float
           ) -> bytes:
    """The first of ``sources`` whose smallest text prints at 7 pt in ``area`` (else the one
    whose smallest text prints largest), as ``fmt``, scaled to fit ``area``."""
    if fmt == "pdf":
        raise SettingError(PDF_SIZED.format(size=area.name))
    source, svg, scale = fitted(sources, area, engine)
    if fmt == "svg":
        return resized(svg, scale)
    if fmt == "dot":
        return source.encode("utf-8")
    _verify_pixels(svg, scale, dpi)
    return run(source, fmt, engine, dpi=dpi * scale)


SEARCH_SECONDS = 10.0
"""How long the layouts after the first may take together when a picture is fitted to a size."""

MAX_PIXELS = 100_000_000
"""The most pixels of a PNG (an A4 page at 1200 dpi has some 86 million)."""

MAX_SIDE = 32_767
"""The most pixels on either side of a PNG; Graphviz silently shrinks a larger one."""


def _verify_pixels(svg: bytes, scale: float, dpi: float) -> None:
    """Refuse a PNG larger than :data:`MAX_PIXELS` or :data:`MAX_SIDE` before it is drawn.

    ``svg`` is the picture at scale 1, to be drawn ``scale`` times as large
    at ``dpi``: larger, Graphviz would shrink it without a word (so it would
    not print at the size and resolution asked) after taking gigabytes.
    """
    width, height, _ = extent(svg)
    wide, high = (round(x * scale / 72 * dpi) for x in (width, height))
    if wide * high > MAX_PIXELS or max(wide, high) > MAX_SIDE:
        lang = error_language()
        raise SettingError(message(lang, "error.png_too_large", width=number(lang, wide),
                                   height=number(lang, high), most=number(lang, MAX_PIXELS),
                                   side=number(lang, MAX_SIDE), dpi=number(lang, dpi)))


def fitted(sources: Iterable[str], area: Size, engine: Engine) -> tuple[str, bytes, float]:
    """The DOT of the picture that fits ``area`` with the largest smallest text, its SVG at
    scale 1 and the scale that fits it.

    The ``sources`` are tried in turn, most spacious first; the first whose
    smallest text prints at 7 pt or more is taken. The first layout may take
    the engine's whole time; the others share :data:`SEARCH_SECONDS` after it,
    and when they are spent (a large model, whose wrapped layouts Graphviz can
    take minutes over) the best picture so far is taken.
    """
    best: tuple[float, str, bytes, float] | None = None
    deadline: float | None = None
    for source in sources:
        if deadline is None:
            svg = run(source, "svg", engine)
            deadline = time.monotonic() + SEARCH_SECONDS
        else:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                svg = run(source, "svg", engine, timeout=left)
            except LayoutTimeoutError:
                break
        width, height, smallest = extent(svg)
        scale = area.scale(width, height)
        if best is None or smallest * scale > best[0]:
            best = (smallest * scale, source, svg, scale)
        if smallest * scale >= SMALLEST_TEXT:
            break
    assert best is not None  # there is always a layout to try
    return best[1], best[2], best[3]


def render_to(model: Model, path: str | os.PathLike[str], *, engine: Engine = "auto",
              **options: Any) -> Path:
    """Write the contribution graph to ``path``; the suffix picks the format.

    ``options`` are those of :func:`render`. With ``compact=True`` the
    legend is written beside the picture as a caption text: ``NAME.caption.txt``.
    Each file is written whole or not at all (see :func:`write_atomic`).

    Raises:
        WriteError: the file could not be written; an old file stays as it was.
    """
    p = Path(path)
    fmt = p.suffix.lower().lstrip(".")
    if fmt == "gv":
        fmt = "dot"
    if fmt not in FORMATS:
        raise SettingError(message(DEFAULT, "error.unknown_suffix", name=repr(p.name),
                                   suffixes=", ".join("." + f for f in FORMATS)))
    picture = render(model, format=fmt, engine=engine, **options)
    if options.get("compact"):
        drawn = {k: v for k, v in options.items() if k not in ("size", "dpi", "compact")}
        write_atomic(caption_path(p), (caption(model, **drawn) + "\n").encode("utf-8"))
    return write_atomic(p, picture)


def caption_path(picture: Path) -> Path:
    """Where :func:`render_to` writes the caption of a compact picture."""
    return picture.with_name(picture.stem + ".caption.txt")


def _repr_svg_(self: Model) -> str:
    return render(self, format="svg").decode("utf-8")


# Jupyter shows a Model as its contribution graph. Attached here, on the
# presentation side, so the model module never imports rendering code.
Model._repr_svg_ = _repr_svg_  # type: ignore[attr-defined]
