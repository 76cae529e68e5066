from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings

ROOT = Path(__file__).resolve().parent.parent

# Reports carry a date: a fixed one (as reproducible builds do), so that reports made by a
# test and by the command line it starts agree even across midnight. Tests of "today"
# remove it with monkeypatch.
os.environ["SOURCE_DATE_EPOCH"] = "1772323200"  # 2026-03-01


@pytest.fixture(autouse=True, scope="session")
def _run_from_root() -> None:
    # Docs and docstrings name files relative to the repository root.
    os.chdir(ROOT)


@pytest.fixture
def wheelchair():
    import resultaat

    return resultaat.example("wheelchair")


# Hypothesis: "fast" in every ordinary run (the same examples each time, no example
# database, so CI is deterministic; no shrinking, so a failure costs no more time than a
# pass); RESULTAAT_FUZZ=long for 10,000 examples per target in fresh random order,
# shrunk to a minimal failing example and kept in .hypothesis/ to replay.
settings.register_profile(
    "fast", max_examples=25, derandomize=True, database=None, deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate], print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile(
    "long", max_examples=10_000, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("RESULTAAT_FUZZ", "fast"))
