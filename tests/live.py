"""Live presend servers for the tests that need one, each on 127.0.0.1 and a free port:
gunicorn started as the Procfile starts it (`running`), or the app in a werkzeug thread of
the test process (`live_server`, for a browser or a client example to talk to). Also the
programs those tests drive (`required_program`).

Only the standard library speaks HTTP here, and every wait is bounded.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
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
from werkzeug.serving import make_server

from service.app import create_app
from service.config import Settings

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
START_TIMEOUT = 30.0
API_KEY = "live-server-test-key-0123456789abcdef"

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
CHECK_BODY = json.dumps(CHECK).encode()


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


def read_answer(connection: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """Read one HTTP answer to its end (the server closes the connection after it)."""
    received = b""
    while chunk := connection.recv(65536):
        received += chunk
    return parse_answer(received)


def parse_answer(received: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(status_line.split()[1]), headers, body


def exchange(port: int, data: bytes, timeout: float = 10) -> bytes:
    """Send raw bytes on a new connection, half-close it, and read all that comes back."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        with contextlib.suppress(OSError):
            connection.sendall(data)
            connection.shutdown(socket.SHUT_WR)
        received = b""
        with contextlib.suppress(ConnectionResetError):
            while chunk := connection.recv(65536):
                received += chunk
        return received


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

    def worker_pids(self) -> list[int]:
        """The master's children: its workers."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def stop(self, timeout: float = 35) -> int:
        """SIGTERM, as the platform sends it; the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)

    def finish(self) -> None:
        for reader in self.readers:
            reader.join(timeout=5)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None and not any(reader.is_alive() for reader in self.readers):
                stream.close()


def _collect(stream: IO[bytes], lines: list[str]) -> None:
    for raw in iter(stream.readline, b""):
        lines.append(raw.decode("utf-8", "replace").rstrip("\n"))


def environment(port: int, workers: int, **variables: str) -> dict[str, str]:
    """The platform's environment: PORT, WEB_CONCURRENCY and the given PRESEND_* only (no
    DATABASE_URL)."""
    environ = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PRESEND_", "GUNICORN")) and k != "DATABASE_URL"
    }
    environ.update(
        PORT=str(port),
        WEB_CONCURRENCY=str(workers),
        PATH=f"{BIN}{os.pathsep}{environ.get('PATH', '')}",
        # Without a database of its own the server runs without a ledger: none in var/ here.
        **({} if "PRESEND_DATABASE_URL" in variables else {"PRESEND_LEDGER": "off"}),
        **variables,
    )
    if "PRESEND_API_KEYS" in variables or "PRESEND_WEBHOOK_SECRETS" in variables:
        # With credentials presend listens on every interface; tests stay on this machine.
        environ["GUNICORN_CMD_ARGS"] = f"--bind=127.0.0.1:{port}"
    return environ


@contextlib.contextmanager
def running(workers: int, **variables: str) -> Iterator[Server]:
    """gunicorn as the Procfile runs it, on a free port, until the block ends (then killed)."""
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 (the Procfile's own command)
        procfile_command(),
        cwd=REPO,
        env=environment(port, workers, **variables),
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
            lambda: len(started.logged("Booting worker")) >= workers,
            START_TIMEOUT,
            f"{workers} workers",
        )
        yield started
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        started.finish()


@contextlib.contextmanager
def live_server(settings: Settings) -> Iterator[str]:
    """The app served by werkzeug on 127.0.0.1 and a free port, in a thread; its base URL."""
    server = make_server("127.0.0.1", 0, create_app(settings), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def required_program(name: str) -> str:
    """The path of a program the test needs. Missing, the test is skipped on a developer's
    machine and fails in CI (CI=true), where .ci/run installs it."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path
