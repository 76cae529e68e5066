"""Pausing the cyclic garbage collector while many objects that live on are made."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (and resume it after, if it was running).

    Reading a model, writing one and judging many claims make many small
    objects that live on, and no cycles: the collector would only walk
    them again and again (10,000 results: 4.3 s to load with it, 1.6 s
    without; all claims of all parties of the deep model in
    benchmarks/bench_deep.py: a quarter of the time).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
