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
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Literal

from resultaat._errors import RenderError, SettingError, did_you_mean, shown
from resultaat.present._settings import ENGINE_VARIABLE, ENGINES, FORMATS, Engine

PNG_DPI = 144
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


def run(source: str, fmt: str, engine: Engine = "auto") -> bytes:
    """Lay out DOT ``source`` and return the picture in ``fmt``."""
    fmt = verify_format(fmt)
    engine = verify_engine(engine)
    if fmt == "dot":
        return source.encode("utf-8")
    chosen, program = choose(engine)
    if chosen == "bundled" and fmt == "pdf":
        raise RenderError(f"PDF needs the Graphviz programs, which are not installed: "
                          f"{_INSTALL}; or render SVG or PNG, which work without them")
    args = [program, f"-T{fmt}", "-q"]
    if fmt == "png":
        args.append(f"-Gdpi={PNG_DPI}")
    try:
        done = subprocess.run(args, input=source.encode("utf-8"), capture_output=True,
                              timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise RenderError(f"the {chosen} Graphviz engine did not finish the layout within "
                          f"{TIMEOUT} seconds; the model is too large to draw whole: draw a "
                          "part of it with focus= (a result or party id) and depth=") from None
    except OSError as e:
        raise RenderError(f"the {chosen} Graphviz engine could not run: {e}") from None
    if done.returncode != 0 or not done.stdout:
        raise RenderError(f"the {chosen} Graphviz engine failed: "
                          + done.stderr.decode("utf-8", "replace").strip())
    return done.stdout
