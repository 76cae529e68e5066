"""The bundled examples, drawn from the source texts on municipal steering.

Each example exists in English and in Dutch. The English file is
``examples/<name>.yaml``; its Dutch twin has a Dutch name of its own
(``rolstoel.yaml`` for ``wheelchair``), the same ids and structure, Dutch
text and ``language: nl``. A measurements file is named after its example
(``steering-cases.csv``, ``sturing-cases.csv``): the same cases, with the
indicator named in the example's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the loader (and pathlib) when an example is loaded, not for the names
    from pathlib import Path

    from resultaat.model._model import Model

EXAMPLES: dict[str, str] = {
    "wheelchair": "A wheelchair and participation (Wmo): who owns which result at micro level.",
    "neighbourhood-team": "A neighbourhood team with a contact person from finance: process "
                          "conditions and readiness to steer itself.",
    "debt-help": "Debt help for a family touched by many policies at once: the pile-up scan, "
                 "and who pays while who gains.",
    "youth-region": "A regional cooperation for youth care: does it deliver what its members "
                    "expected?",
    "steering": "Two years of result-based steering: measurements, a revised target and an "
                "unexpected side effect.",
}
"""English example name → what it shows."""

EXAMPLES_NL: dict[str, str] = {
    "rolstoel": "wheelchair",
    "wijkteam": "neighbourhood-team",
    "schuldhulp": "debt-help",
    "jeugdregio": "youth-region",
    "sturing": "steering",
}
"""Dutch example name → the English example it is the Dutch version of."""

_NAMES: dict[str, dict[str, str]] = {
    "en": {name: name for name in EXAMPLES},
    "nl": {english: dutch for dutch, english in EXAMPLES_NL.items()},
}


def english_name(name: str) -> str:
    """The English name of a bundled example given by its English or Dutch name.

    >>> english_name("rolstoel"), english_name("wheelchair")
    ('wheelchair', 'wheelchair')

    Raises:
        UnknownIdError: no example of that name (a ``KeyError`` too).
    """
    from resultaat.model._lookup import unknown_id

    if name in EXAMPLES_NL:
        return EXAMPLES_NL[name]
    if name not in EXAMPLES:
        raise unknown_id("example", name, [*EXAMPLES, *EXAMPLES_NL])
    return name


def example_name(name: str, lang: str | None = None) -> str:
    """The name of the example ``name`` in the language ``lang`` (default: as given).

    >>> example_name("wheelchair", "nl"), example_name("rolstoel", "en")
    ('rolstoel', 'wheelchair')

    Raises:
        UnknownIdError: no example of that name (a ``KeyError`` too).
        SettingError: ``lang`` is not a language resultaat writes.
    """
    from resultaat.text._languages import verify_language

    english = english_name(name)
    if lang is None:
        return name
    return _NAMES[verify_language(lang)][english]


def example_path(name: str, lang: str | None = None) -> Path:
    """The model file of a bundled example.

    Args:
        name: the example's English name (a key of :data:`EXAMPLES`) or Dutch
            name (a key of :data:`EXAMPLES_NL`).
        lang: ``"nl"`` or ``"en"``: the version to pick (default: the one
            ``name`` names).

    >>> example_path("wheelchair", lang="nl").name
    'rolstoel.yaml'

    Raises:
        UnknownIdError: no example of that name (a ``KeyError`` too).
        SettingError: ``lang`` is not a language resultaat writes.
    """
    from importlib import resources
    from pathlib import Path

    chosen = example_name(name, lang)
    return Path(str(resources.files("resultaat") / "examples" / f"{chosen}.yaml"))


def cases_path(name: str) -> Path | None:
    """The measurements file an example comes with, in the example's language, if any.

    >>> cases_path("sturing").name, cases_path("steering").name, cases_path("wheelchair")
    ('sturing-cases.csv', 'steering-cases.csv', None)
    """
    path = example_path(name)
    path = path.with_name(f"{path.stem}-cases.csv")
    return path if path.exists() else None


def example(name: str, lang: str | None = None) -> Model:
    """Load a bundled example model, in English or in Dutch.

    >>> example("wheelchair").name
    'Wheelchair and participation'
    >>> example("wheelchair", lang="nl").name
    'Rolstoel en meedoen'
    >>> example("rolstoel").language.value
    'nl'

    Args:
        name: the example's English or Dutch name.
        lang: ``"nl"`` or ``"en"``: the version to load (default: the one
            ``name`` names).

    Raises:
        UnknownIdError: no example of that name (a ``KeyError`` too).
        SettingError: ``lang`` is not a language resultaat writes.
    """
    from resultaat.model._io import load

    return load(example_path(name, lang))
