"""HTTP end to end: wrk against gunicorn (Procfile settings): POST /v1/checks against GET /healthz,
and the same checks in batches of 50 (POST /v1/checks/batch) against one check per request."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench.report import Part, Row, Target, at_least, at_most
from bench.requests import (
    API_KEY,
    BATCH_SIZE,
    MIXED,
    VARIED_CORPORA,
    batch_payloads,
    corpus_payloads,
    encode,
)
from bench.server import Server, ServerError

SECTION = "http"
SCRIPT = Path(__file__).with_name("wrk.lua")
CONNECTIONS = 16
THREADS = 2
MARKER = "BENCH "
# A batch comes from a job (a morning's shipping notices), not from 16 users at once: a few
# connections keep both workers busy; 16 batches of 50 would only queue past wrk's timeout.
BATCH_CONNECTIONS = 4


class WrkMissing(RuntimeError):
    """wrk is not installed: the HTTP benchmark cannot run."""


@dataclass(frozen=True)
class Load:
    """How hard and how long wrk runs."""

    seconds: float
    warmup_seconds: float
    connections: int = CONNECTIONS
    threads: int = THREADS


@dataclass(frozen=True)
class WrkResult:
    """One wrk run: requests/s, latency percentiles in µs, and every kind of error."""

    raw: dict[str, Any]

    @property
    def per_second(self) -> float:
        """Completed requests per second."""
        return float(self.raw["requests"] / (self.raw["duration_us"] / 1e6))

    def latency_ms(self, key: str) -> float:
        """A latency percentile (p50_us, p99_us, ...) in milliseconds."""
        return float(self.raw[key] / 1000)

    @property
    def errors(self) -> int:
        """Socket errors, timeouts and non-2xx/3xx answers."""
        keys = ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts")
        return sum(int(self.raw[key]) for key in keys)


def wrk_path() -> str:
    """The wrk binary, or WrkMissing with how to install it."""
    found = shutil.which("wrk")
    if found is None:
        raise WrkMissing(
            "wrk is not installed, so the HTTP benchmark cannot run. "
            "Install it with: apt-get update && apt-get install -y wrk"
        )
    return found


def wrk(url: str, load: Load, seconds: float, bodies: Path | None = None) -> WrkResult:
    """Run wrk once against a URL (POSTing the bodies in turn, if given) and parse done()."""
    command = [
        wrk_path(),
        f"--threads={load.threads}",
        f"--connections={load.connections}",
        f"--duration={max(1, round(seconds))}s",
        "--timeout=5s",
        f"--script={SCRIPT}",
        url,
    ]
    if bodies is not None:
        command += ["--", str(bodies), f"Bearer {API_KEY}"]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    lines = [line for line in done.stdout.splitlines() if line.startswith(MARKER)]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr or done.stdout}")
    return WrkResult(json.loads(lines[-1].removeprefix(MARKER)))


def write_bodies(directory: Path) -> Path:
    """The mixed request bodies, one JSON document a line, for the Lua script."""
    path = directory / "bodies.jsonl"
    path.write_bytes(b"\n".join(sample.raw for sample in MIXED) + b"\n")
    return path


def write_varied(directory: Path) -> Path:
    """The corpus messages' request bodies, one JSON document a line, for the Lua script."""
    path = directory / "varied.jsonl"
    path.write_bytes(b"\n".join(encode(payload) for payload in corpus_payloads(VARIED_CORPORA)))
    return path


def write_batches(directory: Path) -> Path:
    """The batch bodies, one JSON document a line, for the Lua script."""
    path = directory / "batches.jsonl"
    path.write_bytes(b"\n".join(encode(payload) for payload in batch_payloads()) + b"\n")
    return path


def _post(server: Server, path: str, body: bytes, name: str) -> Any:
    """POST a JSON body with the benchmark's key; the answer's JSON, or ServerError."""
    request = urllib.request.Request(  # noqa: S310 (our own server)
        server.url(path),
        data=body,
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {API_KEY}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
            return json.load(response)
    except urllib.error.HTTPError as error:
        raise ServerError(f"{name}: {error.code} {error.read()[:300]!r}") from None


def verify(server: Server) -> dict[str, str]:
    """Send each mixed request once, alone and in a batch; every one must answer 200 with the
    expected verdict."""
    verdicts = {}
    for sample in MIXED:
        verdicts[sample.name] = _post(server, "/v1/checks", sample.raw, sample.name)["verdict"]
        if verdicts[sample.name] != sample.verdict:
            raise ServerError(
                f"{sample.name}: verdict {verdicts[sample.name]}, expected {sample.verdict}"
            )
    payload = batch_payloads()[0]
    results = _post(server, "/v1/checks/batch", encode(payload), "batch")["results"]
    expected = [MIXED[n % len(MIXED)].verdict for n in range(BATCH_SIZE)]
    if [result.get("verdict") for result in results] != expected:
        raise ServerError("batch: the verdicts differ from the same checks sent one by one")
    return verdicts


def _batch_rows(checks: WrkResult, batches: WrkResult, load: Load, ledger: str) -> list[Row]:
    """The rows comparing batches with single checks: checks per second either way."""
    at = f"{load.connections} connections"
    per_second = batches.per_second * BATCH_SIZE
    on = _on(ledger)
    return [
        Row(
            SECTION,
            f"POST /v1/checks/batch of {BATCH_SIZE}{on}, checks/s ({at})",
            per_second,
            "/s",
        ),
        Row(
            SECTION,
            f"POST /v1/checks/batch of {BATCH_SIZE}{on}, p50",
            batches.latency_ms("p50_us"),
            "ms",
        ),
        Row(
            SECTION,
            f"POST /v1/checks/batch of {BATCH_SIZE}{on}, p99",
            batches.latency_ms("p99_us"),
            "ms",
        ),
        Row(
            SECTION,
            f"batch / single checks throughput{on}",
            per_second / checks.per_second,
            "",
            _target(ledger, at_least(4)),
        ),
        Row(
            SECTION, f"batch errors{on} (socket, timeout, non-2xx)", batches.errors, "", at_most(0)
        ),
    ]


def _on(ledger: str) -> str:
    """What a row's name says of the ledger: nothing for the stateless baseline."""
    return "" if ledger == "off" else f", ledger {ledger}"


def _target(ledger: str, target: Target) -> Target | None:
    """Issue 13's throughput and latency targets are for the stateless service; with the
    ledger on the same figures are reported, against no target."""
    return target if ledger == "off" else None


def _rows(health: WrkResult, checks: WrkResult, load: Load, ledger: str) -> list[Row]:
    """The table rows of one HTTP run."""
    at = f"{load.connections} connections"
    on = _on(ledger)
    return [
        Row(SECTION, f"GET /healthz{on}, requests/s ({at})", health.per_second, "/s"),
        Row(SECTION, f"GET /healthz{on}, p50", health.latency_ms("p50_us"), "ms"),
        Row(SECTION, f"GET /healthz{on}, p99", health.latency_ms("p99_us"), "ms"),
        Row(SECTION, f"POST /v1/checks mixed{on}, requests/s ({at})", checks.per_second, "/s"),
        Row(SECTION, f"POST /v1/checks{on}, p50", checks.latency_ms("p50_us"), "ms"),
        Row(
            SECTION,
            f"POST /v1/checks{on}, p99",
            checks.latency_ms("p99_us"),
            "ms",
            _target(ledger, at_most(15)),
        ),
        Row(
            SECTION,
            f"checks / healthz throughput{on}",
            checks.per_second / health.per_second,
            "",
            _target(ledger, at_least(0.5)),
        ),
        Row(
            SECTION,
            f"errors{on} (socket, timeout, non-2xx)",
            health.errors + checks.errors,
            "",
            at_most(0),
        ),
    ]


def measure(server: Server, load: Load, ledger: str = "off") -> Part:
    """Warm up, then run wrk on GET /healthz, POST /v1/checks and POST /v1/checks/batch
    against the same server, whose ledger is `ledger` (off, sqlite or postgresql)."""
    verdicts = verify(server)
    with tempfile.TemporaryDirectory(prefix="bench-wrk-") as directory:
        bodies = write_bodies(Path(directory))
        if load.warmup_seconds > 0:
            wrk(server.url("/v1/checks"), load, load.warmup_seconds, bodies)
        health = wrk(server.url("/healthz"), load, load.seconds)
        checks = wrk(server.url("/v1/checks"), load, load.seconds, bodies)
        batch_load = replace(load, connections=BATCH_CONNECTIONS)
        batches = wrk(
            server.url("/v1/checks/batch"),
            batch_load,
            load.seconds,
            write_batches(Path(directory)),
        )
    details = {
        "ledger": ledger,
        "workers": len(server.worker_pids()),
        "connections": load.connections,
        "threads": load.threads,
        "seconds": load.seconds,
        "verdicts": verdicts,
        "healthz": health.raw,
        "checks": checks.raw,
        "batch_size": BATCH_SIZE,
        "batch_connections": BATCH_CONNECTIONS,
        "batches": batches.raw,
    }
    rows = _rows(health, checks, load, ledger) + _batch_rows(checks, batches, batch_load, ledger)
    return Part(rows, details)


def measure_varied(server: Server, load: Load) -> Part:
    """wrk on POST /v1/checks with the corpus messages in turn (thousands, each new to the
    workers on its first round): the throughput of traffic whose every message is new, which
    the mixed set's five, repeated, do not show."""
    with tempfile.TemporaryDirectory(prefix="bench-wrk-") as directory:
        bodies = write_varied(Path(directory))
        messages = len(bodies.read_bytes().splitlines())
        varied = wrk(server.url("/v1/checks"), load, load.seconds, bodies)
    name = f"POST /v1/checks, {messages:,} corpus messages in turn"
    rows = [
        Row(SECTION, f"{name}, requests/s", varied.per_second, "/s"),
        Row(SECTION, f"{name}, p50", varied.latency_ms("p50_us"), "ms"),
        Row(SECTION, f"{name}, p99", varied.latency_ms("p99_us"), "ms"),
        Row(SECTION, f"{name}, errors", varied.errors, "", at_most(0)),
    ]
    return Part(rows, {"messages": messages, "varied": varied.raw})
