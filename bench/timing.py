"""Timing a call many times with perf_counter_ns, and the percentiles of what was measured."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

NS_PER_US = 1_000
NS_PER_S = 1_000_000_000


@dataclass(frozen=True)
class Samples:
    """Durations of one call in nanoseconds (sorted), and the wall time of the whole loop."""

    ns: tuple[int, ...]
    wall_ns: int

    @property
    def runs(self) -> int:
        """How many calls were timed."""
        return len(self.ns)

    def percentile_us(self, percent: float) -> float:
        """The nearest-rank percentile of the call durations, in microseconds."""
        rank = max(1, math.ceil(percent / 100 * len(self.ns)))
        return self.ns[rank - 1] / NS_PER_US

    @property
    def p50_us(self) -> float:
        """The median call, in microseconds."""
        return self.percentile_us(50)

    @property
    def p99_us(self) -> float:
        """The 99th percentile call, in microseconds."""
        return self.percentile_us(99)

    @property
    def mean_us(self) -> float:
        """The mean call, in microseconds."""
        return sum(self.ns) / len(self.ns) / NS_PER_US

    @property
    def per_second(self) -> float:
        """Calls per second over the whole timed loop, timer overhead included."""
        return self.runs * NS_PER_S / self.wall_ns

    def summary(self) -> dict[str, float]:
        """The numbers a report keeps."""
        return {
            "runs": self.runs,
            "p50_us": round(self.p50_us, 2),
            "p99_us": round(self.p99_us, 2),
            "per_second": round(self.per_second, 1),
        }


def _loop(call: Callable[[], object], seconds: float, min_runs: int) -> Samples:
    clock = time.perf_counter_ns
    durations: list[int] = []
    started = clock()
    deadline = started + int(seconds * NS_PER_S)
    while len(durations) < min_runs or clock() < deadline:
        before = clock()
        call()
        durations.append(clock() - before)
    return Samples(tuple(sorted(durations)), clock() - started)


def once(calls: Sequence[Callable[[], object]]) -> Samples:
    """Each call timed once, in turn (work that is new every time, as a service's messages)."""
    clock = time.perf_counter_ns
    durations = []
    started = clock()
    for call in calls:
        before = clock()
        call()
        durations.append(clock() - before)
    return Samples(tuple(sorted(durations)), clock() - started)


def measure(call: Callable[[], object], seconds: float, min_runs: int = 20) -> Samples:
    """Warm up for a fifth of the budget, then time every call for `seconds` (>= min_runs)."""
    _loop(call, seconds / 5, min_runs=max(1, min_runs // 5))
    return _loop(call, seconds, min_runs)
