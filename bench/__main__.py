"""`python -m bench [--quick] [--json PATH] [--only PARTS] [--check]`: run, print one table."""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from bench import http, ledger, machine, startup
from bench.engine import run_engine, run_path
from bench.instructions import run_instructions
from bench.report import Part, Row, notes, table, verdict, write_json
from bench.server import running

PARTS = ("engine", "instructions", "http", "ledger", "startup")
# Instruction counts do not move with other processes' CPU use; the other parts' numbers do.
TIMED = frozenset(PARTS) - {"instructions"}
_T = TypeVar("_T")


@dataclass(frozen=True)
class Durations:
    """How long each measurement runs."""

    engine_seconds: float  # per case, after a warm-up of a fifth of it
    load: http.Load
    startup_runs: int
    quiet_seconds: float  # the idle sample before the run
    fewer_instruction_runs: bool  # N / 10 under callgrind


FULL = Durations(
    1.5,
    http.Load(seconds=10, warmup_seconds=3),
    startup_runs=5,
    quiet_seconds=2,
    fewer_instruction_runs=False,
)
QUICK = Durations(
    0.05,
    http.Load(seconds=1, warmup_seconds=0),
    startup_runs=1,
    quiet_seconds=0.3,
    fewer_instruction_runs=True,
)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="short runs: a smoke check")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the table as JSON")
    parser.add_argument(
        "--only",
        default=",".join(PARTS),
        help=f"comma-separated parts to run, of {', '.join(PARTS)} (default: all)",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)
    args.parts = [part.strip() for part in args.only.split(",") if part.strip()]
    unknown = set(args.parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    return args


def _timed(name: str, run: Callable[[], _T]) -> _T:
    """Run one part, telling stderr what runs and how long it took."""
    print(f"bench: {name} ...", file=sys.stderr, flush=True)
    started = time.monotonic()
    result = run()
    print(f"bench: {name} done in {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)
    return result


def http_and_memory(durations: Durations) -> tuple[Part, Part]:
    """The HTTP run without the ledger, then the workers' memory read from the same server
    after that load, the corpus messages over HTTP and the memory after them; then the same
    HTTP run with the ledger on SQLite and on PostgreSQL."""
    with running() as server:
        stateless = http.measure(server, durations.load)
        memory = startup.worker_memory(server)
        varied = http.measure_varied(server, durations.load)
        after_varied = startup.worker_memory(server)
    rows, details = [*stateless.rows, *varied.rows], {"off": stateless.details, **varied.details}
    with ledger.ledgers() as found:
        for backend in ("sqlite", "postgresql"):
            url = found.urls.get(backend)
            if url is None:
                note = found.missing.get(backend, "not available")
                rows.append(Row(http.SECTION, f"ledger {backend}", None, "", note=note))
                continue
            with running(database_url=url) as server:
                part = http.measure(server, durations.load, ledger=backend)
            rows += part.rows
            details[backend] = part.details
    memory_rows = startup.memory_rows(memory) + startup.memory_rows(
        after_varied, "the corpus messages"
    )
    return Part(rows, details), Part(
        memory_rows, {"memory": asdict(memory), "after_varied": asdict(after_varied)}
    )


def run(parts: Sequence[str], durations: Durations) -> dict[str, Part]:
    """Run the chosen parts in order: engine, request path, instructions, HTTP and memory,
    start-up."""
    done: dict[str, Part] = {}
    if "engine" in parts:
        done["engine"] = _timed("engine", lambda: run_engine(durations.engine_seconds))
        done["path"] = _timed("request path", lambda: run_path(durations.engine_seconds))
    if "instructions" in parts:
        done["instructions"] = _timed(
            "instructions (callgrind)",
            lambda: run_instructions(quick=durations.fewer_instruction_runs),
        )
    if "http" in parts:
        done["http"], done["memory"] = _timed(
            "http (wrk) and memory", lambda: http_and_memory(durations)
        )
    if "ledger" in parts:
        done["ledger"] = _timed(
            "ledger (off, SQLite, PostgreSQL)",
            lambda: ledger.measure_ledger(durations.engine_seconds, durations.load),
        )
    if "startup" in parts:
        done["startup"] = _timed("start-up", lambda: startup.measure(durations.startup_runs))
    return done


def _heading(context: dict[str, Any]) -> str:
    """The lines above the table: the command, the machine and the commit."""
    m = context["machine"]
    modified = " (work tree modified)" if m["worktree_modified"] else ""
    return (
        f"$ {context['command']}\n"
        f"{context['when']}: {m['nproc']} CPUs ({m['cpu_model']}), Python {m['python']}, "
        f"Linux {m['kernel']}, {m['wrk']}, commit {m['commit']}{modified}\n"
    )


def _noise(before: float, during: float) -> str:
    """A line on other processes' CPU use, with a warning when the numbers are unreliable."""
    line = f"other processes used {before:.0%} of the CPUs before and {during:.0%} during the run"
    if max(before, during) > machine.BUSY_SHARE:
        line = f"WARNING: {line}; the numbers are not reliable, run again on a quiet machine"
    return line


def main(argv: Sequence[str] | None = None) -> int:
    """Run the harness; 2 if it cannot run, 1 with --check when a target is missed."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if {"http", "ledger"} & set(args.parts):
        try:
            http.wrk_path()
        except http.WrkMissing as error:
            print(f"bench: {error}", file=sys.stderr)
            return 2
    durations = QUICK if args.quick else FULL
    context: dict[str, Any] = {
        "command": shlex.join(["python", "-m", "bench", *argv]),
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine.describe(),
        "others_cpu_before": machine.quiet_share(durations.quiet_seconds),
    }
    meter = machine.CpuMeter().start()
    parts = run(args.parts, durations)
    context["others_cpu_during"] = meter.share()
    rows: list[Row] = [row for part in parts.values() for row in part.rows]
    print(_heading(context))
    print(table(rows))
    for line in (notes(rows), verdict(rows)):
        if line:
            print(line)
    if TIMED & set(args.parts):
        print(_noise(context["others_cpu_before"], context["others_cpu_during"]))
    if args.json:
        details = {name: part.details for name, part in parts.items()}
        write_json(args.json, rows, {**context, "details": details})
    failed = any(row.status == "FAIL" for row in rows)
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
