"""A short fingerprint of a model's content, for a report to say which model it is about."""

from __future__ import annotations

import hashlib
import json

from resultaat.model._io import to_data
from resultaat.model._model import Model

LENGTH = 12
"""How many hexadecimal digits of the SHA-256 a fingerprint keeps (48 bits)."""


def fingerprint(model: Model) -> str:
    """The first 12 hex digits of the SHA-256 of the model's canonical content.

    The content is the model as plain data (what :func:`resultaat.dumps`
    writes), without the format version and the ``written_by`` line, as
    compact JSON with sorted keys. So a model has one fingerprint whether it
    was read from YAML or JSON or built in Python, with or without comments,
    and whichever version of resultaat wrote it; any change of what the model
    says changes it.

    >>> import resultaat
    >>> m = resultaat.example("wheelchair")
    >>> fingerprint(m) == fingerprint(resultaat.loads(resultaat.dumps(m, "json"), "json"))
    True
    >>> len(fingerprint(m))
    12
    """
    data = to_data(model)
    data.pop("resultaat", None)
    data.pop("written_by", None)
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:LENGTH]
