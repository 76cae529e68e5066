"""Pictures of a model: DOT → SVG, PNG or PDF, to bytes or to a file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from resultaat._errors import SettingError
from resultaat._files import write_atomic
from resultaat.model._model import Model
from resultaat.present._dot import to_dot
from resultaat.present._engine import run, verify_engine, verify_format
from resultaat.present._settings import FORMATS, Engine
from resultaat.text._catalogue import DEFAULT, message


def render(model: Model, *, format: str = "svg", engine: Engine = "auto",
           **options: Any) -> bytes:
    """The contribution graph as ``svg``, ``png``, ``pdf`` or ``dot`` bytes.

    ``options`` are those of :func:`to_dot` (``perspective``, ``lang``,
    ``focus``, ``depth``, ...). ``engine`` is ``"system"`` (the Graphviz
    programs), ``"bundled"`` (graphviz-pure) or ``"auto"`` (system when
    present; see :mod:`resultaat.present._engine` for ``RESULTAAT_ENGINE``).

    >>> import resultaat
    >>> svg = render(resultaat.example("wheelchair"))
    >>> svg[:5], b"</svg>" in svg
    (b'<?xml', True)
    """
    fmt, engine = verify_format(format), verify_engine(engine)
    return run(to_dot(model, **options), fmt, engine)


def render_to(model: Model, path: str | os.PathLike[str], *, engine: Engine = "auto",
              **options: Any) -> Path:
    """Write the contribution graph to ``path``; the suffix picks the format.

    The picture is written whole or not at all (see :func:`write_atomic`).

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
    return write_atomic(p, render(model, format=fmt, engine=engine, **options))


def _repr_svg_(self: Model) -> str:
    return render(self, format="svg").decode("utf-8")


# Jupyter shows a Model as its contribution graph. Attached here, on the
# presentation side, so the model module never imports rendering code.
Model._repr_svg_ = _repr_svg_  # type: ignore[attr-defined]
