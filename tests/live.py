"""What the tests against a live server share: the app on a free local port, and the
programs (a browser, PHP, Node.js) those tests drive."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from werkzeug.serving import make_server

from service import create_app
from service.config import Settings


@contextmanager
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
