from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True, scope="session")
def _run_from_root() -> None:
    # Docs and docstrings name files relative to the repository root.
    os.chdir(ROOT)


@pytest.fixture
def wheelchair():
    import resultaat

    return resultaat.example("wheelchair")
