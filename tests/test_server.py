"""The real server, started as the Procfile starts it: gunicorn with gunicorn.conf.py.

Checks what only a running server can show: a check over HTTP, a graceful shutdown that answers
every request in flight when SIGTERM arrives (what the platform sends on every deploy and
restart), and logs on stdout that are one JSON object per line.

Only the standard library speaks HTTP here, and every wait is bounded.
"""

from __future__ import annotations

import json
import os
import runpy
import shutil
import signal
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.live import (
    CHECK,
    REPO,
    START_TIMEOUT,
    Server,
    read_answer,
    request,
    running,
    wait_until,
)

CONFIG = runpy.run_path(str(REPO / "gunicorn.conf.py"))
WORKERS = 3


@pytest.fixture(scope="module")
def server(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """gunicorn as the Procfile runs it, open mode, three workers, a one-second drain, its
    ledger a migrated SQLite file of its own."""
    database = tmp_path_factory.mktemp("server") / "presend.sqlite3"
    shutil.copyfile(sqlite_template, database)
    with running(
        WORKERS, PRESEND_DRAIN_SECONDS="1", PRESEND_DATABASE_URL=f"sqlite:///{database}"
    ) as started:
        yield started


def test_a_check_over_http(server):
    status, headers, body = request(
        server.port,
        "POST",
        "/v1/checks",
        json.dumps(CHECK).encode(),
        headers={"Content-Type": "application/json", "X-Request-Id": "over-http-1"},
    )
    assert status == 200, body
    document = json.loads(body)
    assert document["verdict"] in {"allow", "modify", "reject"}
    assert document["message_id"] == "server-test"
    assert headers["X-Request-Id"] == "over-http-1"
    assert headers["Cache-Control"] == "no-store"


def test_the_contract_and_errors_over_http(server):
    status, headers, body = request(server.port, "GET", "/openapi.yaml")
    assert status == 200
    assert body == (REPO / "openapi.yaml").read_bytes()
    status, headers, body = request(
        server.port, "POST", "/v1/checks", b"{", headers={"Content-Type": "application/json"}
    )
    assert status == 400
    assert headers["Content-Type"] == "application/problem+json"


def test_sigterm_lets_every_request_in_flight_finish(server):
    """Last: it stops the server."""
    body = json.dumps(CHECK).encode()
    connections = []
    for number in range(WORKERS):
        connection = socket.create_connection(("127.0.0.1", server.port), timeout=15)
        connection.sendall(
            (
                "POST /v1/checks HTTP/1.1\r\n"
                "Host: localhost\r\n"
                "Content-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n"
                f"X-Request-Id: in-flight-{number}\r\n"
                "\r\n"
            ).encode()
            + body[:10]
        )
        connections.append(connection)
    try:
        # Each sync worker takes one connection and blocks reading its body.
        time.sleep(0.5)
        server.process.send_signal(signal.SIGTERM)
        signalled = time.monotonic()
        wait_until(lambda: bool(server.logged("Handling signal: term")), 10, "the master's log")

        rest = body[10:]
        pieces = 10
        size = -(-len(rest) // pieces)
        for start in range(0, len(rest), size):  # the rest of each body over about 2 s
            time.sleep(2 / pieces)
            for connection in connections:
                connection.sendall(rest[start : start + size])
        # The master is still waiting for its workers: the requests really were in flight.
        assert server.process.poll() is None

        for number, connection in enumerate(connections):
            status, headers, answer = read_answer(connection)
            assert status == 200, answer
            assert int(headers["content-length"]) == len(answer)
            assert headers["x-request-id"] == f"in-flight-{number}"
            assert json.loads(answer)["message_id"] == "server-test"
    finally:
        for connection in connections:
            connection.close()

    graceful = float(CONFIG["graceful_timeout"])
    assert server.process.wait(timeout=graceful + 5) == 0
    assert time.monotonic() - signalled < graceful


def test_stdout_is_one_json_object_per_line(server):
    """After the shutdown above, so the whole life of the server is in the log."""
    if server.process.poll() is None:
        server.process.send_signal(signal.SIGTERM)
        server.process.wait(timeout=float(CONFIG["graceful_timeout"]) + 5)
    server.finish()
    lines = [line for line in server.stdout if line.strip()]
    assert lines, "nothing on stdout"
    for line in lines:
        assert isinstance(json.loads(line), dict), line
    records = [json.loads(line) for line in lines]
    messages = [record.get("message", "") for record in records]
    assert any("AUTHENTICATION IS OFF" in message for message in messages)
    assert any("Handling signal: term" in message for message in messages)
    assert any("Shutting down: Master" in message for message in messages)
    decisions = [r for r in records if r.get("message") == "decision"]
    assert {r["request_id"] for r in decisions} >= {f"in-flight-{n}" for n in range(WORKERS)}
    # Private: no message text in the log.
    assert not any("Hausnummer" in line for line in lines)
    assert not server.stderr, "\n".join(server.stderr)


# Metrics under several workers ---------------------------------------------------------------

METRICS_KEY = "server-metrics-key-0123456789abcdef0123456789"
METRICS_WORKERS = 2
BEARER = {"Authorization": f"Bearer {METRICS_KEY}", "Content-Type": "application/json"}


@pytest.fixture(scope="module")
def metered() -> Iterator[Server]:
    """gunicorn with the metrics on, two workers and an API key."""
    with running(METRICS_WORKERS, PRESEND_METRICS="1", PRESEND_API_KEYS=METRICS_KEY) as started:
        yield started


def workers_of(master: int) -> list[int]:
    """The master's child processes."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # ended meanwhile
            if int(stat.rpartition(")")[2].split()[1]) == master:
                found.append(int(entry.name))
    return sorted(found)


def counter_file(worker: int) -> Path:
    """The file a worker counts in: prometheus_client maps it into the worker's memory."""
    maps = Path(f"/proc/{worker}/maps").read_text().splitlines()
    (path,) = {line.split()[-1] for line in maps if line.endswith(f"/counter_{worker}.db")}
    return Path(path)


def total(port: int, name: str) -> float:
    """The sum of a counter's samples over all its labels, as one scrape reports it."""
    from prometheus_client.parser import text_string_to_metric_families

    status, _, body = request(port, "GET", "/metrics", headers=BEARER)
    assert status == 200, body
    return sum(
        sample.value
        for family in text_string_to_metric_families(body.decode())
        for sample in family.samples
        if sample.name == name
    )


def send_checks(port: int, clients: int, singles: int, batches: int) -> int:
    """From `clients` threads at once, each send singles and batches of 5; the checks sent."""

    def one_client(_: int) -> None:
        for _ in range(singles):
            status, _, body = request(
                port, "POST", "/v1/checks", json.dumps(CHECK).encode(), BEARER
            )
            assert status == 200, body
        for _ in range(batches):
            document = json.dumps({"checks": [CHECK] * 5}).encode()
            status, _, body = request(port, "POST", "/v1/checks/batch", document, BEARER)
            assert status == 200, body

    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(one_client, range(clients)))
    return clients * (singles + 5 * batches)


def test_metrics_add_up_across_workers_under_load(metered):
    sent = send_checks(metered.port, clients=8, singles=10, batches=2)
    for _ in range(6):
        status, _, _ = request(metered.port, "GET", "/v1/marketplaces")
        assert status == 401
    workers = workers_of(metered.process.pid)
    assert len(workers) == METRICS_WORKERS
    # Each worker counted in its own file of one private directory...
    files = [counter_file(worker) for worker in workers]
    assert len({file.parent for file in files}) == 1
    assert all(file.stat().st_size > 0 for file in files)
    # ... and every scrape, whichever worker answers it, reports the sum over all of them.
    for _ in range(6):
        assert total(metered.port, "presend_checks_total") == sent
        assert total(metered.port, "presend_authentication_refused_total") == 6


def test_a_replaced_worker_keeps_its_counts_in_the_sum(metered):
    before = total(metered.port, "presend_checks_total")
    victim = workers_of(metered.process.pid)[0]
    os.kill(victim, signal.SIGTERM)  # as when a worker is recycled; child_exit runs in the master
    wait_until(
        lambda: (
            victim not in workers_of(metered.process.pid)
            and len(workers_of(metered.process.pid)) == METRICS_WORKERS
        ),
        START_TIMEOUT,
        "gunicorn to replace the killed worker",
    )
    assert total(metered.port, "presend_checks_total") == before
    sent = send_checks(metered.port, clients=4, singles=5, batches=0)
    assert total(metered.port, "presend_checks_total") == before + sent
    # The master ran child_exit without an error (one there would have ended the master).
    assert not [line for line in metered.stdout if "Traceback" in line or '"ERROR"' in line]
    assert metered.process.poll() is None


def test_the_metrics_directory_goes_with_the_server(metered):
    """Last of the metered tests: it stops that server."""
    directory = counter_file(workers_of(metered.process.pid)[0]).parent
    assert directory.is_dir()
    metered.process.send_signal(signal.SIGTERM)
    assert metered.process.wait(timeout=float(CONFIG["graceful_timeout"]) + 5) == 0
    assert not directory.exists()
