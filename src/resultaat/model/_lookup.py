"""The error for an id that is not there, worded from the text catalogue."""

from __future__ import annotations

from collections.abc import Iterable

from resultaat._errors import UnknownIdError, did_you_mean, listing, shown
from resultaat.text._catalogue import N_, message
from resultaat.text._languages import error_language as _lang

_MESSAGES = {
    "party": N_("error.no_such_party"),
    "result": N_("error.no_such_result"),
    "node": N_("error.no_such_node"),
    "example": N_("error.no_example"),
}


def unknown_id(what: str, key: object, options: Iterable[str]) -> UnknownIdError:
    """The error for an unknown id: what was asked, the closest option, and the valid ones.

    >>> print(unknown_id("party", "gemeent", ["gemeente", "resident"]))
    no party 'gemeent' in the model (did you mean 'gemeente'?); the parties are: gemeente, resident
    """
    names = list(options)
    hint = did_you_mean(key, names) if isinstance(key, str) else ""
    return UnknownIdError(message(_lang(), _MESSAGES[what], id=shown(key), hint=hint,
                                  names=listing(names)), key if isinstance(key, str) else None)
