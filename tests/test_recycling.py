"""docs/operations.md, "Memory": gunicorn's --max-requests, given in GUNICORN_CMD_ARGS, replaces
presend's worker after that many requests, and no request is lost on the way."""

from __future__ import annotations

import json

import pytest

from tests.live import CHECK_BODY, request, running, wait_until

CHECKS = 12


@pytest.mark.slow
def test_max_requests_replaces_the_worker_and_every_check_is_answered():
    recycling = "--max-requests=5 --max-requests-jitter=0"
    with running(1, GUNICORN_CMD_ARGS=recycling) as server:
        first = server.worker_pids()
        answers = [
            request(
                server.port, "POST", "/v1/checks", CHECK_BODY, {"Content-Type": "application/json"}
            )
            for _ in range(CHECKS)
        ]
        # Twelve requests at five a worker: the first worker and its successor replaced.
        wait_until(lambda: len(server.logged("Booting worker")) >= 3, 30, "two replacements")
        last = server.worker_pids()

    assert [status for status, _, _ in answers] == [200] * CHECKS
    assert {json.loads(body)["verdict"] for _, _, body in answers} == {"modify"}
    assert len(server.logged("Autorestarting worker")) >= 2
    assert set(last).isdisjoint(first)
