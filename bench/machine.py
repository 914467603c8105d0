"""The machine the numbers come from, and whether anything else used its CPUs meanwhile."""

from __future__ import annotations

import os
import platform
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# Above this share of all CPUs used by other processes, the numbers are not reliable.
BUSY_SHARE = 0.05


def first_line(command: list[str]) -> str:
    """The first line a command prints on stdout ("unknown" if none; wrk --version exits 1)."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=10)
    except OSError:
        return "unknown"
    lines = done.stdout.strip().splitlines()
    return lines[0].strip() if lines else "unknown"


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo."""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.partition(":")[2].strip()
    return platform.processor() or "unknown"


def describe() -> dict[str, Any]:
    """CPUs, interpreter, kernel, wrk, and the commit measured."""
    git = ["git", "-C", str(ROOT)]
    changed = first_line([*git, "status", "--porcelain", "--untracked-files=no"])
    return {
        "nproc": len(os.sched_getaffinity(0)),
        "cpu_model": cpu_model(),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "wrk": first_line(["wrk", "--version"]).split(" Copyright")[0],
        "commit": first_line([*git, "rev-parse", "--short", "HEAD"]),
        "worktree_modified": changed != "unknown",
    }


def _busy_seconds() -> float:
    """CPU seconds all processes have spent busy since boot (/proc/stat, every CPU)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _own_seconds() -> float:
    """CPU seconds of this process and of every child it has waited for (gunicorn, wrk)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


@dataclass
class CpuMeter:
    """Measures the CPU time other processes used between start() and share()."""

    busy: float = 0.0
    own: float = 0.0
    wall: float = 0.0

    def start(self) -> CpuMeter:
        """Remember the counters now."""
        self.busy, self.own, self.wall = _busy_seconds(), _own_seconds(), time.monotonic()
        return self

    def share(self) -> float:
        """Other processes' share of all CPUs since start() (0 on a quiet machine)."""
        others = (_busy_seconds() - self.busy) - (_own_seconds() - self.own)
        capacity = (time.monotonic() - self.wall) * (os.cpu_count() or 1)
        return max(0.0, others / capacity) if capacity > 0 else 0.0


def quiet_share(seconds: float = 1.0) -> float:
    """Other processes' share of all CPUs over a short idle sample."""
    meter = CpuMeter().start()
    time.sleep(seconds)
    return meter.share()
