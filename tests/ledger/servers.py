"""Real gunicorn servers on one ledger, started as the Procfile starts them (see
tests/test_server.py), for what only several processes can show."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from tests.test_server import (
    BIN,
    REPO,
    START_TIMEOUT,
    Server,
    free_port,
    procfile_command,
    wait_until,
)


@contextmanager
def gunicorn(database_url: str, workers: int, **variables: str) -> Iterator[Server]:
    """One server with `workers` sync workers on the ledger at `database_url`."""
    port = free_port()
    environ = {
        k: v for k, v in os.environ.items() if not k.startswith("PRESEND_") and k != "DATABASE_URL"
    }
    environ.update(
        PORT=str(port),
        WEB_CONCURRENCY=str(workers),
        PATH=f"{BIN}{os.pathsep}{environ.get('PATH', '')}",
        PRESEND_DATABASE_URL=database_url,
        PRESEND_LOG_LEVEL="WARNING",
        **variables,
    )
    process = subprocess.Popen(  # noqa: S603 (the Procfile's own command)
        procfile_command(),
        cwd=REPO,
        env=environ,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
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


@contextmanager
def servers(
    database_url: str, count: int, workers: int, **variables: str
) -> Iterator[list[Server]]:
    """`count` separate servers on the same ledger."""
    with ExitStack() as stack:
        yield [
            stack.enter_context(gunicorn(database_url, workers, **variables)) for _ in range(count)
        ]
