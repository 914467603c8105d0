"""The server under test: gunicorn started exactly as the Procfile says, on a free port."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bench.machine import ROOT
from bench.requests import API_KEY

PROCFILE = ROOT / "Procfile"
READY_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 30.0  # above gunicorn.conf.py's graceful_timeout


class ServerError(RuntimeError):
    """The server did not start, answer or stop as expected."""


def procfile_command() -> str:
    """The Procfile's `web:` command."""
    for line in PROCFILE.read_text().splitlines():
        if line.startswith("web:"):
            return line.removeprefix("web:").strip()
    raise ServerError(f"{PROCFILE} has no 'web:' line")


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def environment(port: int, database_url: str | None = None) -> dict[str, str]:
    """The platform's environment: PORT, the venv on PATH, an API key, the ledger's database
    (None: PRESEND_LEDGER=off, the stateless baseline); no other PRESEND_*."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("PRESEND_") and key != "DATABASE_URL"
    }
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PORT"] = str(port)
    env["PRESEND_API_KEYS"] = API_KEY
    # With credentials presend listens on every interface; the benchmark stays on this machine.
    env["GUNICORN_CMD_ARGS"] = f"--bind=127.0.0.1:{port}"
    if database_url is None:
        env["PRESEND_LEDGER"] = "off"
    else:
        env["PRESEND_DATABASE_URL"] = database_url
    return env


def answers(url: str, timeout: float = 1.0) -> bool:
    """Whether a GET on the URL answers 200."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (our server)
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@dataclass
class Server:
    """A running gunicorn master, its port and its log file."""

    process: subprocess.Popen[bytes]
    port: int
    log_path: Path
    started_ns: int
    ready_s: float = field(default=0.0)

    def url(self, path: str) -> str:
        """The URL of a path on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def wait_ready(self) -> float:
        """Poll /healthz until it answers 200; seconds from process start to that answer."""
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerError(f"gunicorn exited with {self.process.returncode}: {self.tail()}")
            if answers(self.url("/healthz"), timeout=0.5):
                self.ready_s = (time.perf_counter_ns() - self.started_ns) / 1e9
                return self.ready_s
            time.sleep(0.005)
        raise ServerError(f"/healthz did not answer within {READY_TIMEOUT_S} s: {self.tail()}")

    def worker_pids(self) -> list[int]:
        """The gunicorn workers: the master's child processes."""
        return sorted(pid for pid in _pids() if _parent(pid) == self.process.pid)

    def stop(self) -> int:
        """SIGTERM the master (graceful shutdown), then wait; SIGKILL our group only if stuck."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
            raise ServerError(
                "gunicorn did not stop on SIGTERM; killed its process group"
            ) from None

    def tail(self, lines: int = 20) -> str:
        """The end of the server's log, for error messages."""
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def _pids() -> Iterator[int]:
    return (int(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit())


def _parent(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None  # the process ended meanwhile
    # Field 4 is the parent; the command name (field 2) may contain spaces, so split after it.
    return int(stat.rpartition(")")[2].split()[1])


def start(log_dir: Path, database_url: str | None = None) -> Server:
    """Start the Procfile's command through a shell (as a platform does), in its own group."""
    port = free_port()
    log_path = log_dir / f"gunicorn-{port}.log"
    with log_path.open("wb") as log:
        started_ns = time.perf_counter_ns()
        process = subprocess.Popen(
            ["sh", "-c", f"exec {procfile_command()}"],
            cwd=ROOT,
            env=environment(port, database_url),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Server(process, port, log_path, started_ns)


@contextlib.contextmanager
def running(log_dir: Path | None = None, database_url: str | None = None) -> Iterator[Server]:
    """A started and ready server, stopped cleanly on exit."""
    with contextlib.ExitStack() as stack:
        if log_dir is None:
            log_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-")))
        server = start(log_dir, database_url)
        try:
            server.wait_ready()
            yield server
        finally:
            code = server.stop()
        if code != 0:
            raise ServerError(f"gunicorn exited with {code} on SIGTERM: {server.tail()}")
