"""Timing for the growth tests (tests/engine/test_scanners.py, tests/test_worker.py): how much
CPU a run costs, with a run that takes too long stopped instead of waited for."""

from __future__ import annotations

import math
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class _TooSlow(Exception):
    pass


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise _TooSlow

    # A wall-clock timer: with a CPU-time one (ITIMER_PROF or ITIMER_VIRTUAL) armed, Linux
    # reads the process's CPU clock at its 4 ms tick, so a 3 ms run read 0.0 ms about one time
    # in ten and its best of three made a ratio out of nothing (CI, 2026-11-27).
    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def best_of_three(run: Callable[[], object], cutoff: float) -> float:
    """The fastest of three runs in seconds of this process's CPU time (`cutoff` when a run had
    taken that long on the clock without finishing: a run that slow is no measuring noise, and
    a quadratic case then costs seconds, not minutes). CPU time, not the clock: on a loaded
    machine a run waits for a core, and that wait said nothing about the code but failed the
    ratio."""
    best = math.inf
    for _ in range(3):
        start = time.process_time()
        try:
            with _alarm(cutoff):
                run()
        except _TooSlow:
            return cutoff
        best = min(best, time.process_time() - start)
    return best
