"""The one place that runs a layout engine.

Two engines lay out DOT:

``system``
    The Graphviz ``dot`` program, when it is installed (SVG, PNG, PDF).
``bundled``
    ``graphviz-pure``, a self-contained port of Graphviz that pip installs
    with resultaat: no system libraries, fonts bundled, the same bytes on
    every platform (SVG, PNG; no PDF).

``auto`` takes the system engine when it is there, else the bundled one;
``RESULTAAT_ENGINE=bundled`` in the environment makes ``auto`` take the
bundled one always.
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

from resultaat._errors import RenderError

Engine = Literal["auto", "system", "bundled"]
FORMATS = ("svg", "png", "pdf", "dot")
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


def choose(engine: Engine) -> tuple[Literal["system", "bundled"], str]:
    """The engine to use and its program."""
    if engine not in ("auto", "system", "bundled"):
        raise ValueError(f"engine must be 'auto', 'system' or 'bundled', got {engine!r}")
    if engine == "auto" and os.environ.get("RESULTAAT_ENGINE") == "bundled":
        engine = "bundled"  # set in the environment: "auto" means the bundled engine
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
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
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
