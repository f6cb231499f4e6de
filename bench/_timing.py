"""Timing helper shared by the benchmark scripts (run as scripts from bench/)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")


def best_of(
    runs: int,
    func: Callable[..., T],
    *args: object,
    clock: Callable[[], float] = time.process_time,
) -> tuple[float, T]:
    """Best time of ``runs`` calls by ``clock``, and the last call's result.

    CPU time by default: on shared cores wall time also counts waiting.
    """
    best = float("inf")
    result = func(*args)
    for _ in range(runs):
        start = clock()
        result = func(*args)
        best = min(best, clock() - start)
    return best, result
