"""Start-up time (process start to first 200, and create_app() alone) and memory per worker."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.machine import ROOT
from bench.report import Part, Row, at_most
from bench.server import Server, environment, free_port, running

SECTION = "start-up"
MEMORY = "memory"
MB = 1_000_000
MARKER = "BENCH "

# Run in a fresh interpreter, so imports are as cold as in a new gunicorn master.
_CREATE_APP = f"""
import json, time
started = time.perf_counter()
import service.app
imported = time.perf_counter()
service.app.create_app()
created = time.perf_counter()
service.app.create_app()
again = time.perf_counter()
print({MARKER!r} + json.dumps({{
    "import_s": imported - started,
    "create_app_s": created - imported,
    "create_app_again_s": again - created,
}}))
"""


@dataclass(frozen=True)
class Memory:
    """Resident memory of the master and each worker, in bytes (VmRSS, and Pss)."""

    master_rss: int
    worker_rss: tuple[int, ...]
    worker_pss: tuple[int, ...]


def _status_kb(pid: int, field: str, file: str = "status") -> int:
    """A `Field:   1234 kB` line of /proc/<pid>/status (or smaps_rollup), in bytes."""
    for line in Path(f"/proc/{pid}/{file}").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024
    raise KeyError(f"/proc/{pid}/{file} has no {field}")


def worker_memory(server: Server) -> Memory:
    """Read the master's and the workers' memory (call it after a warm-up load)."""
    workers = server.worker_pids()
    return Memory(
        master_rss=_status_kb(server.process.pid, "VmRSS"),
        worker_rss=tuple(_status_kb(pid, "VmRSS") for pid in workers),
        worker_pss=tuple(_status_kb(pid, "Pss", "smaps_rollup") for pid in workers),
    )


def time_to_ready(runs: int) -> list[float]:
    """Seconds from process start to the first 200 on /healthz, for fresh servers."""
    times = []
    with tempfile.TemporaryDirectory(prefix="bench-start-") as directory:
        for _ in range(runs):
            with running(Path(directory)) as server:
                times.append(server.ready_s)
    return times


def time_create_app(runs: int) -> dict[str, float]:
    """Median seconds of `import service.app`, the first create_app() and a second one."""
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _CREATE_APP],
            cwd=ROOT,
            env=environment(free_port()),
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        line = next(x for x in done.stdout.splitlines() if x.startswith(MARKER))
        results.append(json.loads(line.removeprefix(MARKER)))
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def memory_rows(memory: Memory, after: str = "") -> list[Row]:
    """Rows for the memory read after a load (`after` names it when it is not the mixed set)."""
    if after:
        return [
            Row(
                MEMORY,
                f"RSS per worker after {after} (max, VmRSS)",
                max(memory.worker_rss) / MB,
                "MB",
            ),
            Row(MEMORY, f"PSS per worker after {after} (max)", max(memory.worker_pss) / MB, "MB"),
        ]
    return [
        Row(MEMORY, "RSS per worker (max, VmRSS)", max(memory.worker_rss) / MB, "MB", at_most(80)),
        Row(
            MEMORY,
            "PSS per worker (max, shared pages split)",
            max(memory.worker_pss) / MB,
            "MB",
            note="with preload_app the workers share the master's pages; PSS counts each once",
        ),
        Row(MEMORY, "RSS of the master", memory.master_rss / MB, "MB"),
        Row(MEMORY, "workers (WEB_CONCURRENCY)", len(memory.worker_rss), ""),
    ]


def measure(runs: int) -> Part:
    """Start-up rows: median time to first 200 over fresh servers, and create_app() alone."""
    ready = time_to_ready(runs)
    app = time_create_app(runs)
    rows = [
        Row(
            SECTION,
            "process start to first 200 on /healthz",
            statistics.median(ready),
            "s",
            at_most(1.5),
        ),
        Row(SECTION, "import service.app (fresh interpreter)", app["import_s"] * 1000, "ms"),
        Row(SECTION, "create_app(), first call", app["create_app_s"] * 1000, "ms"),
        Row(SECTION, "create_app(), second call", app["create_app_again_s"] * 1000, "ms"),
    ]
    return Part(rows, {"ready_s": ready, "create_app": app})
