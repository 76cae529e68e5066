"""The bundled examples, drawn from the source texts on municipal steering."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the loader is imported when an example is loaded, not for the names
    from resultaat.model._model import Model

EXAMPLES: dict[str, str] = {
    "wheelchair": "A wheelchair and participation (Wmo): who owns which result at micro level.",
    "neighbourhood-team": "A neighbourhood team with a contact person from finance: process "
                          "conditions and readiness to steer itself.",
    "debt-help": "Debt help for a family touched by many policies at once: the household view.",
    "youth-region": "A regional cooperation for youth care: does it deliver what its members "
                    "expected?",
    "steering": "Two years of result-based steering: measurements, a revised target and an "
                "unexpected side effect.",
}
"""Example name → what it shows."""


def example_path(name: str) -> Path:
    """The model file of a bundled example.

    Raises:
        UnknownIdError: no example of that name (a ``KeyError`` too).
    """
    from importlib import resources

    from resultaat.model._lookup import unknown_id

    if name not in EXAMPLES:
        raise unknown_id("example", name, EXAMPLES)
    return Path(str(resources.files("resultaat") / "examples" / f"{name}.yaml"))


def example(name: str) -> Model:
    """Load a bundled example model.

    >>> example("wheelchair").name
    'Wheelchair and participation'
    """
    from resultaat.model._io import load

    return load(example_path(name))
