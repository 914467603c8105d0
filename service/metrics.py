"""Prometheus metrics (PRESEND_METRICS=1), counted in every gunicorn worker and summed at scrape.

prometheus_client's multiprocess mode: each process writes its counts to files in one private
directory, made when the service starts, and a scrape reads them all. With the metrics off,
every function here does nothing. Labels are codes from small fixed sets (verdict,
marketplace, channel, rule id, endpoint): never a seller, order, buyer or message.

prometheus_client is imported only where the metrics are on: with them off (the default) a
worker never loads it (1.1 MB of each worker's memory, bench/README.md).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time
from typing import Literal

from service.engine import Decision

# Seconds; a check takes about a millisecond in process, an HTTP answer a few.
_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)

LedgerError = Literal["unavailable", "timeout", "conflict", "error"]


class _Metrics:
    """The service's metrics, written to files under `directory`."""

    def __init__(self, directory: str):
        from prometheus_client import Counter, Histogram

        self.directory = directory
        self.checks = Counter(
            "presend_checks",
            "Checks answered with a decision, by verdict, marketplace and channel.",
            ["verdict", "marketplace", "channel"],
        )
        self.findings = Counter(
            "presend_findings", "Findings in the decisions, by rule id.", ["rule"]
        )
        self.check_seconds = Histogram(
            "presend_check_duration_seconds",
            "Time to validate, evaluate and answer one check (each item of a batch counts).",
            buckets=_BUCKETS,
        )
        self.request_seconds = Histogram(
            "presend_http_request_duration_seconds",
            "HTTP requests by endpoint (the route, not the path) and status.",
            ["endpoint", "status"],
            buckets=_BUCKETS,
        )
        self.refused = Counter(
            "presend_authentication_refused",
            "Requests refused with 401: missing, wrong, stale or replayed credentials.",
        )
        self.ledger_errors = Counter(
            "presend_ledger_errors",
            "Send-ledger operations that failed, by kind.",
            ["kind"],
        )


_metrics: _Metrics | None = None


def enable() -> None:
    """Turn the metrics on for this process and the workers it forks (once per process)."""
    global _metrics
    if _metrics is not None:
        return
    directory = tempfile.mkdtemp(prefix="presend-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = directory
    from prometheus_client import values

    # prometheus_client chooses between in-memory and file-backed values when it is first
    # imported, which may have been before the directory existed: choose again before any
    # metric is made.
    values.ValueClass = values.get_value_class()  # type: ignore[no-untyped-call]
    _metrics = _Metrics(directory)
    atexit.register(_remove, directory, os.getpid())


def _remove(directory: str, creator: int) -> None:
    # Forked workers run exit handlers too; only the process that made the directory removes it.
    if os.getpid() == creator:
        shutil.rmtree(directory, ignore_errors=True)


def record_check(decision: Decision, seconds: float) -> None:
    """Count one decision and its findings, and how long the check took."""
    if _metrics is None:
        return
    request = decision.request
    _metrics.checks.labels(
        decision.verdict.value, request.marketplace.code, request.channel.name
    ).inc()
    for finding in decision.findings:
        _metrics.findings.labels(finding.rule).inc()
    _metrics.check_seconds.observe(seconds)


def record_request(endpoint: str, status: int, started: float) -> None:
    """One HTTP request, from `started` (time.perf_counter()) to now."""
    if _metrics is not None:
        _metrics.request_seconds.labels(endpoint, str(status)).observe(
            time.perf_counter() - started
        )


def record_refused_authentication() -> None:
    """A request refused for its credentials."""
    if _metrics is not None:
        _metrics.refused.inc()


def record_ledger_error(kind: LedgerError) -> None:
    """A send-ledger operation failed: the database was unreachable, too slow, in conflict or
    answered with another error."""
    if _metrics is not None:
        _metrics.ledger_errors.labels(kind).inc()


def worker_exited(pid: int) -> None:
    """gunicorn's child_exit: drop a dead worker's live gauges (its counts stay in the sums)."""
    if _metrics is not None:
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid, _metrics.directory)  # type: ignore[no-untyped-call]


def exposition(accept: str | None) -> tuple[bytes, str]:
    """Every process's counts summed, in the format the scraper asks for (Prometheus text by
    default, OpenMetrics on request), and its content type."""
    if _metrics is None:
        raise RuntimeError("metrics are off")
    from prometheus_client import CollectorRegistry, multiprocess
    from prometheus_client.exposition import choose_encoder

    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=_metrics.directory)  # type: ignore[no-untyped-call]
    try:
        encode, content_type = choose_encoder(accept or "")
    except (TypeError, ValueError):
        # prometheus_client compares a `version=` parameter as numbers and fails on one it
        # cannot read ("version=abc"): like an Accept header it does not know, the default.
        encode, content_type = choose_encoder("")
    return encode(registry), content_type
