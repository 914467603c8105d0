"""The real server, started as the Procfile starts it: gunicorn with gunicorn.conf.py.

Checks what only a running server can show: a check over HTTP, a graceful shutdown that answers
every request in flight when SIGTERM arrives (what the platform sends on every deploy and
restart), and logs on stdout that are one JSON object per line.

Only the standard library speaks HTTP here, and every wait is bounded.
"""

from __future__ import annotations

import json
import runpy
import signal
import socket
import time
from collections.abc import Iterator

import pytest

from tests.live import CHECK, REPO, Server, read_answer, request, running, wait_until

CONFIG = runpy.run_path(str(REPO / "gunicorn.conf.py"))
WORKERS = 3


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """gunicorn as the Procfile runs it, open mode, three workers, a one-second drain."""
    with running(WORKERS, PRESEND_DRAIN_SECONDS="1") as started:
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
