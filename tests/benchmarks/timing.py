"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(action: Callable[[], object], runs: int = 5) -> float:
    """The median wall time of ``runs`` calls of ``action``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, seconds: float, target: float, decimals: int = 0, runs: int = 5) -> None:
    """Print a figure beside its target, as the closing notes quote them."""
    how = "timed once" if runs == 1 else f"median of {runs}"
    print(
        f"\n{name}: {seconds * 1000:.{decimals}f} ms ({how}; target under {target * 1000:.0f} ms)"
    )
