"""The languages resultaat writes in, and the one check of a language setting.

Kept free of heavy imports: the command line lists the languages before it
knows which command runs.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections.abc import Iterator

_ERRORS: contextvars.ContextVar[str] = contextvars.ContextVar(
    "resultaat_error_language", default="en")

LANGUAGES: tuple[str, ...] = tuple(sorted(
    name[:-3] for name in os.listdir(os.path.dirname(__file__))
    if name.endswith(".py") and not name.startswith("_")))
"""The language codes with a catalogue: one per module in this folder (``en.py``, ``nl.py``)."""

DEFAULT = "en"
"""The language of texts that have no language setting yet (validation errors)."""


def verify_language(lang: object) -> str:
    """The language code ``lang``, checked: one of :data:`LANGUAGES`, exactly as written.

    Every function that takes ``lang`` checks it here, so ``"fr"`` or ``"NL"``
    fail the same way everywhere.

    >>> verify_language("nl")
    'nl'
    >>> from resultaat import SettingError
    >>> try:
    ...     verify_language("NL")
    ... except SettingError as e:
    ...     print(e)
    unknown language 'NL' (did you mean 'nl'?); the languages are en, nl

    Raises:
        SettingError: ``lang`` is not one of :data:`LANGUAGES` (a ``ValueError`` too).
    """
    if isinstance(lang, str) and lang in LANGUAGES:
        return LANGUAGES[LANGUAGES.index(lang)]
    from resultaat._errors import SettingError, did_you_mean, shown  # only when refusing
    from resultaat.text._catalogue import message

    hint = did_you_mean(lang, LANGUAGES) if isinstance(lang, str) else ""
    raise SettingError(message(DEFAULT, "error.unknown_language", lang=shown(lang), hint=hint,
                               languages=", ".join(LANGUAGES)))


def error_language() -> str:
    """The language error messages are written in now: English, unless inside :func:`errors_in`."""
    return _ERRORS.get()


def write_errors_in(lang: str) -> None:
    """From now on in this context, write error messages in ``lang`` (see :func:`errors_in`).

    For a caller that runs in a context of its own, such as one command of
    the command line; anything else uses :func:`errors_in`. Like it, it sets
    how a suggestion ("did you mean …?") reads, too.
    """
    from resultaat._errors import HINT
    from resultaat.text._catalogue import message

    _ERRORS.set(verify_language(lang))
    HINT.set(message(lang, "error.did_you_mean", close="{close}"))


@contextlib.contextmanager
def errors_in(lang: str) -> Iterator[None]:
    """Within this block, the library writes its error messages in ``lang``.

    The model loader enters it with the language asked for, or the language
    the model file declares once it is read that far; it is a context
    variable, so threads and tasks each keep their own.

    >>> from resultaat import loads, ModelError
    >>> try:
    ...     loads("resultaat: 1\\nlanguage: nl\\nparties: [{id: p, name: P, kind: x}]")
    ... except ModelError as e:
    ...     print(e.problems[0].message[:31])
    'x' is geen geldige keuze; kies
    """
    from resultaat._errors import HINT  # the base holds how a suggestion reads
    from resultaat.text._catalogue import message

    token = _ERRORS.set(verify_language(lang))
    hint = HINT.set(message(lang, "error.did_you_mean", close="{close}"))
    try:
        yield
    finally:
        HINT.reset(hint)
        _ERRORS.reset(token)
