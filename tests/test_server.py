"""The real server, started as the Procfile starts it: gunicorn with gunicorn.conf.py.

Checks what only a running server can show: a check over HTTP, a graceful shutdown that answers
every request in flight when SIGTERM arrives (what the platform sends on every deploy and
restart), and logs on stdout that are one JSON object per line.

Only the standard library speaks HTTP here, and every wait is bounded.
"""

from __future__ import annotations

import http.client
import json
import os
import runpy
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CONFIG = runpy.run_path(str(REPO / "gunicorn.conf.py"))
WORKERS = 3
START_TIMEOUT = 30.0

CHECK = {
    "message_id": "server-test",
    "marketplace": "DE",
    "order": {"id": "302-1234567-1234567", "status": "unshipped"},
    "message": {
        "contact_reason": "shipping_address",
        "subject": "Rückfrage zu Ihrer Lieferadresse",
        "body": "Guten Tag, zu Ihrer Bestellung 302-1234567-1234567 fehlt die Hausnummer.",
    },
}


def procfile_command() -> list[str]:
    """The Procfile's web command, with its program taken from this interpreter's bin/."""
    for line in (REPO / "Procfile").read_text(encoding="utf-8").splitlines():
        if line.startswith("web:"):
            argv = shlex.split(line.removeprefix("web:"))
            program = shutil.which(argv[0], path=str(BIN))
            assert program, f"{argv[0]} is not installed next to {sys.executable}"
            return [program, *argv[1:]]
    raise AssertionError("Procfile has no web process")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    port: int
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    readers: list[threading.Thread] = field(default_factory=list)

    def read(self) -> None:
        """Collect both streams in the background, so a full pipe never blocks the server."""
        for stream, lines in (
            (self.process.stdout, self.stdout),
            (self.process.stderr, self.stderr),
        ):
            assert stream is not None
            reader = threading.Thread(target=_collect, args=(stream, lines), daemon=True)
            reader.start()
            self.readers.append(reader)

    def logged(self, text: str) -> list[str]:
        return [line for line in list(self.stdout) if text in line]

    def answers_health(self) -> bool:
        try:
            status, _, _ = request(self.port, "GET", "/healthz", timeout=1)
        except OSError:
            return False
        return status == 200

    def finish(self) -> None:
        for reader in self.readers:
            reader.join(timeout=5)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None and not any(reader.is_alive() for reader in self.readers):
                stream.close()


def _collect(stream: IO[bytes], lines: list[str]) -> None:
    for raw in iter(stream.readline, b""):
        lines.append(raw.decode("utf-8", "replace").rstrip("\n"))


def request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 10,
) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def server(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """gunicorn as the Procfile runs it, open mode, three workers, on a free port, its ledger
    a migrated SQLite file of its own."""
    database = tmp_path_factory.mktemp("server") / "presend.sqlite3"
    shutil.copyfile(sqlite_template, database)
    port = free_port()
    environ = {
        k: v for k, v in os.environ.items() if not k.startswith("PRESEND_") and k != "DATABASE_URL"
    }
    environ.update(
        PORT=str(port),
        WEB_CONCURRENCY=str(WORKERS),
        PATH=f"{BIN}{os.pathsep}{environ.get('PATH', '')}",
        PRESEND_DATABASE_URL=f"sqlite:///{database}",
    )
    process = subprocess.Popen(  # noqa: S603 (the Procfile's own command)
        procfile_command(),
        cwd=REPO,
        env=environ,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the finally below ends all of it
    )
    started = Server(process, port)
    started.read()
    try:
        wait_until(
            lambda: process.poll() is not None or started.answers_health(),
            START_TIMEOUT,
            "/healthz",
        )
        assert process.poll() is None, "gunicorn exited:\n" + "\n".join(started.stderr)
        wait_until(
            lambda: len(started.logged("Booting worker")) >= WORKERS,
            START_TIMEOUT,
            f"{WORKERS} workers",
        )
        yield started
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        started.finish()


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


def read_answer(connection: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """Read one HTTP answer to its end (the server closes the connection after it)."""
    received = b""
    while chunk := connection.recv(65536):
        received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(status_line.split()[1]), headers, body


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
