"""Small helpers shared by the model-file tests."""

import pytest

import resultaat as r
from resultaat import ModelError

MINIMAL = """\
resultaat: 1
parties:
  - {id: p, name: P, kind: citizen}
results:
  - {id: x, statement: X, level: micro, owner: p}
"""


def messages(text, fmt="yaml"):
    """The problems ``loads`` reports for a model file, as text."""
    with pytest.raises(ModelError) as e:
        r.loads(text, fmt, source="m.yaml")
    return [str(p) for p in e.value.problems]
