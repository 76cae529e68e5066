"""The one place that runs a layout engine.

Two engines lay out DOT:

``system``
    The Graphviz ``dot`` program, when it is installed (SVG, PNG, PDF).
``bundled``
    ``graphviz-pure``, a self-contained port of Graphviz that pip installs
    with resultaat: no system libraries, fonts bundled, the same bytes on
    every platform (SVG, PNG; no PDF).

``auto`` takes the system engine when it is there, else the bundled one.
The environment variable ``RESULTAAT_ENGINE`` (``auto``, ``system`` or
``bundled``) says what ``auto`` means: ``RESULTAAT_ENGINE=bundled`` makes it
take the bundled one always. Any other value is an error, as is any other
engine name (:func:`verify_engine`).
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Literal

import attrs

from resultaat._errors import RenderError, SettingError, did_you_mean, shown
from resultaat.present._settings import DPI, ENGINE_VARIABLE, ENGINES, FORMATS, SIZES, Engine

CM = 72 / 2.54
"""Points in a centimetre."""
TIMEOUT = 600
"""Seconds a layout may take before it is given up."""

_INSTALL = ("install the Graphviz programs (Debian/Ubuntu: apt-get install graphviz; macOS: "
            "brew install graphviz; Windows: winget install graphviz)")


def system_dot() -> str | None:
    """The path of the Graphviz ``dot`` program, or ``None``."""
    return shutil.which("dot")


@functools.cache
def bundled_dot() -> str | None:
    """The path of the ``graphviz-pure`` program installed with resultaat, or ``None``."""
    try:
        dist = metadata.distribution("graphviz-pure")
    except metadata.PackageNotFoundError:
        dist = None
    if dist is not None:
        for f in dist.files or ():
            if Path(str(f)).stem == "graphviz-pure" and not str(f).endswith((".txt", ".md")):
                path = Path(str(dist.locate_file(f))).resolve()
                if path.exists():
                    return str(path)
    beside = Path(sys.executable).parent / "graphviz-pure"
    if beside.exists():
        return str(beside)
    return shutil.which("graphviz-pure")


UNKNOWN_ENGINE = "unknown engine {engine}{hint}; the engines are {valid}"
UNKNOWN_ENGINE_VARIABLE = ("{variable}={engine} in the environment is not an engine{hint}; "
                           "set it to one of {valid}, or unset it")
UNKNOWN_FORMAT = "unknown picture format {format}{hint}; the formats are {valid}"


def verify_engine(engine: object) -> Engine:
    """The engine to use for ``engine``, checked, with ``RESULTAAT_ENGINE`` applied to ``auto``.

    The variable is checked whenever an engine is chosen, so a mistyped
    value is reported, never ignored.

    >>> verify_engine("system")
    'system'
    >>> try:
    ...     verify_engine("bundeld")
    ... except SettingError as e:
    ...     print(e)
    unknown engine 'bundeld' (did you mean 'bundled'?); the engines are auto, system, bundled

    Raises:
        SettingError: ``engine``, or the variable, is not one of :data:`ENGINES`.
    """
    chosen = _engine(engine, UNKNOWN_ENGINE)
    from_environment = os.environ.get(ENGINE_VARIABLE, "")
    if from_environment:
        default = _engine(from_environment, UNKNOWN_ENGINE_VARIABLE)
        if chosen == "auto":
            return default
    return chosen


def _engine(name: object, message: str) -> Engine:
    for engine in ENGINES:
        if name == engine:
            return engine
    hint = did_you_mean(name, ENGINES) if isinstance(name, str) else ""
    raise SettingError(message.format(engine=shown(name), hint=hint, valid=", ".join(ENGINES),
                                      variable=ENGINE_VARIABLE))


def verify_format(fmt: object) -> str:
    """The picture format ``fmt`` (any case), checked: one of :data:`FORMATS`.

    Raises:
        SettingError: it is not (a ``ValueError`` too).
    """
    lowered = fmt.lower() if isinstance(fmt, str) else fmt
    if lowered in FORMATS:
        return str(lowered)
    hint = did_you_mean(fmt, FORMATS) if isinstance(fmt, str) else ""
    raise SettingError(UNKNOWN_FORMAT.format(format=shown(fmt), hint=hint,
                                             valid=", ".join(FORMATS)))


UNKNOWN_SIZE = ("unknown picture size {size}{hint}; the sizes are {valid}, or a width from 1 to "
                "200 cm such as 12cm")
BAD_DPI = "dpi {dpi} is not a resolution; give a number of dots per inch from 30 to 1200"


@attrs.frozen
class Size:
    """The area a picture must fit, in points.

    Attributes:
        name: the size as the user gave it (``a4``, ``12cm``).
        width: the width of the area.
        height: its height, or ``None`` when a picture may be as tall as it needs.
    """

    name: str
    width: float
    height: float | None

    def scale(self, width: float, height: float) -> float:
        """The factor that fits a picture ``width`` × ``height`` points into the area.

        It fills the area's width, or its height when that is the tighter
        bound: a small picture grows, a large one shrinks.
        """
        fit = self.width / width
        return fit if self.height is None else min(fit, self.height / height)


def verify_size(size: object) -> Size:
    """The size ``size`` names: one of :data:`SIZES`, or a width in cm such as ``12cm``.

    >>> a4 = verify_size("a4")
    >>> round(a4.width / CM, 2), round(a4.height / CM, 2)
    (16.0, 24.0)
    >>> verify_size("12cm").height is None
    True
    >>> try:
    ...     verify_size("Slid")
    ... except SettingError as e:
    ...     print(e)
    unknown picture size 'Slid' (did you mean 'slide'?); the sizes are a4, a4-landscape, a4-third, \
slide, or a width from 1 to 200 cm such as 12cm

    Raises:
        SettingError: it is neither (a ``ValueError`` too).
    """
    if isinstance(size, str):
        name = size.strip().lower()
        if name in SIZES:
            width, height = SIZES[name]
            return Size(name, width * CM, height * CM)
        found = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*cm", name)
        if found and 1 <= float(found.group(1).replace(",", ".")) <= 200:
            return Size(name, float(found.group(1).replace(",", ".")) * CM, None)
    hint = did_you_mean(size.lower(), SIZES) if isinstance(size, str) else ""
    raise SettingError(UNKNOWN_SIZE.format(size=shown(size), hint=hint, valid=", ".join(SIZES)))


def verify_dpi(dpi: object) -> float:
    """The resolution ``dpi``, checked: a number of dots per inch from 30 to 1200.

    Raises:
        SettingError: it is not (a ``ValueError`` too).
    """
    if isinstance(dpi, int | float) and not isinstance(dpi, bool) and 30 <= dpi <= 1200:
        return float(dpi)
    raise SettingError(BAD_DPI.format(dpi=shown(dpi)))


def extent(svg: bytes) -> tuple[float, float, float]:
    """The width and height in points of an SVG the engine drew at scale 1, and its smallest
    font size (0 when it has no text)."""
    text = svg.decode("utf-8")
    head = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', text)
    if head is None:
        raise RenderError("the Graphviz engine wrote an SVG without a size in points")
    sizes = [float(x) for x in re.findall(r'font-size="([\d.]+)"', text)]
    return float(head.group(1)), float(head.group(2)), min(sizes, default=0.0)


def resized(svg: bytes, scale: float) -> bytes:
    """An SVG the engine drew at scale 1, to be shown ``scale`` times as large (in cm).

    Only the width and height change; the drawing keeps its coordinates (its ``viewBox``).
    """
    text = svg.decode("utf-8")
    width, height, _ = extent(svg)
    size = f'<svg width="{width * scale / CM:.2f}cm" height="{height * scale / CM:.2f}cm"'
    return re.sub(r'<svg width="[\d.]+pt" height="[\d.]+pt"', size, text, count=1).encode()


def choose(engine: Engine) -> tuple[Literal["system", "bundled"], str]:
    """The engine to use and its program."""
    engine = verify_engine(engine)
    if engine in ("auto", "system"):
        found = system_dot()
        if found:
            return "system", found
        if engine == "system":
            raise RenderError(f"the system engine needs the Graphviz `dot` program; {_INSTALL}")
    found = bundled_dot()
    if found:
        return "bundled", found
    raise RenderError("no layout engine: the graphviz-pure package that comes with resultaat "
                      f"is missing (pip install graphviz-pure), and so is Graphviz; or {_INSTALL}")


class LayoutTimeoutError(RenderError):
    """The engine did not finish a layout in the time it was given."""


def run(source: str, fmt: str, engine: Engine = "auto", *, dpi: float = DPI,
        timeout: float | None = None) -> bytes:
    """Lay out DOT ``source`` and return the picture in ``fmt`` (a PNG with ``dpi`` dots per
    inch of the drawing at scale 1), within ``timeout`` seconds (default :data:`TIMEOUT`).

    Raises:
        LayoutTimeoutError: the layout took longer (the engine is stopped).
        RenderError: the engine is missing or failed.
    """
    fmt = verify_format(fmt)
    engine = verify_engine(engine)
    if fmt == "dot":
        return source.encode("utf-8")
    chosen, program = choose(engine)
    if chosen == "bundled" and fmt == "pdf":
        raise RenderError(f"PDF needs the Graphviz programs, which are not installed: "
                          f"{_INSTALL}; or render SVG or PNG, which work without them")
    timeout = TIMEOUT if timeout is None else timeout
    args = [program, f"-T{fmt}", "-q"]
    if fmt == "png":
        args.append(f"-Gdpi={dpi:.4f}")
    try:
        done = subprocess.run(args, input=source.encode("utf-8"), capture_output=True,
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise LayoutTimeoutError(f"the {chosen} Graphviz engine did not finish the layout within "
                            f"{timeout:g} seconds; the model is too large to draw whole: draw "
                            "a part of it with focus= (a result or party id) and depth=") from None
    except OSError as e:
        raise RenderError(f"the {chosen} Graphviz engine could not run: {e}") from None
    if done.returncode != 0 or not done.stdout:
        raise RenderError(f"the {chosen} Graphviz engine failed: "
                          + done.stderr.decode("utf-8", "replace").strip())
    return done.stdout
