"""SIGTERM under load, as the platform sends it on every deploy and daily restart: every request
a client sent is answered (also those still in the listen backlog), /readyz says 503 while the
server drains, and it is gone well within the platform's 30 s.
"""

from __future__ import annotations

import collections
import signal
import socket
import threading
import time

import pytest

from tests.live import API_KEY, CHECK_BODY, request, running

CONNECTIONS = 64
DRAIN_SECONDS = 2
PLATFORM_LIMIT_SECONDS = 30
REQUEST = (
    "POST /v1/checks HTTP/1.1\r\nHost: presend\r\nContent-Type: application/json\r\n"
    f"Authorization: Bearer {API_KEY}\r\nContent-Length: {len(CHECK_BODY)}\r\n\r\n"
).encode() + CHECK_BODY


class Load:
    """CONNECTIONS clients, each sending checks one after another until it is refused."""

    def __init__(self, port: int):
        self.port = port
        self.outcomes: collections.Counter[str] = collections.Counter()
        self.answered_after_sigterm = 0
        self.sigterm_sent = threading.Event()
        self._lock = threading.Lock()
        self.clients = [threading.Thread(target=self._client) for _ in range(CONNECTIONS)]

    def _client(self) -> None:
        deadline = time.monotonic() + PLATFORM_LIMIT_SECONDS + 10
        while time.monotonic() < deadline:
            try:
                connection = socket.create_connection(("127.0.0.1", self.port), timeout=40)
            except ConnectionRefusedError:
                return  # nothing was sent: a router would send it elsewhere
            outcome = self._send(connection)
            with self._lock:
                self.outcomes[outcome] += 1
                if self.sigterm_sent.is_set() and outcome == "200":
                    self.answered_after_sigterm += 1

    @staticmethod
    def _send(connection: socket.socket) -> str:
        """The answer's status, or how the request was dropped."""
        with connection:
            try:
                connection.sendall(REQUEST)
                received = b""
                while chunk := connection.recv(65536):
                    received += chunk
            except OSError as error:
                return f"dropped: {type(error).__name__}"
        return received[9:12].decode() if received else "dropped: closed without an answer"


@pytest.mark.slow
def test_sigterm_under_load_answers_every_request_sent():
    with running(2, PRESEND_API_KEYS=API_KEY, PRESEND_DRAIN_SECONDS=str(DRAIN_SECONDS)) as server:
        load = Load(server.port)
        for client in load.clients:
            client.start()
        time.sleep(1.0)
        server.process.send_signal(signal.SIGTERM)
        signalled = time.monotonic()
        load.sigterm_sent.set()
        readiness = []
        while time.monotonic() - signalled < DRAIN_SECONDS - 0.5:
            readiness.append(request(server.port, "GET", "/readyz", timeout=5)[0])
            time.sleep(0.2)
        assert server.process.wait(timeout=PLATFORM_LIMIT_SECONDS) == 0
        stopped_after = time.monotonic() - signalled
        for client in load.clients:
            client.join(timeout=15)

    dropped = {outcome: n for outcome, n in load.outcomes.items() if outcome != "200"}
    assert dropped == {}
    assert load.answered_after_sigterm > 0
    assert 503 in readiness
    assert set(readiness) <= {200, 503}
    assert DRAIN_SECONDS <= stopped_after < PLATFORM_LIMIT_SECONDS
    assert server.logged("Drained")


@pytest.mark.slow
def test_a_reload_drains_the_old_workers_and_keeps_serving():
    """SIGHUP: gunicorn starts new workers and sends the old ones SIGTERM. They must not close
    the listeners the new ones accept from."""
    with running(2, PRESEND_API_KEYS=API_KEY, PRESEND_DRAIN_SECONDS="1") as server:
        old = set(server.worker_pids())
        server.process.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 15
        while old & set(server.worker_pids()) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not old & set(server.worker_pids()), "the old workers did not stop"
        for _ in range(20):
            status, _, _ = request(server.port, "GET", "/healthz", timeout=2)
            assert status == 200
            time.sleep(0.05)
