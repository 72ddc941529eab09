"""Seconds spent per pipeline stage, summed across documents and batches."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager


class StageTimer(Counter[str]):
    """A Counter of seconds by stage name; ``with timer("nlp"): ...`` adds to it."""

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self[stage] += time.perf_counter() - start
