"""The replay memory is the ledger's: a signed request replayed to another worker or another
server process on the same database is refused."""

from __future__ import annotations

import base64
import json
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

from service.http.auth import sign
from tests.ledger.requests import check
from tests.ledger.servers import gunicorn, servers
from tests.live import request

KEY = bytes(range(32))
SECRET = "whsec_" + base64.b64encode(KEY).decode()
BODY = json.dumps(check()).encode()


def signed_headers(webhook_id: str) -> dict[str, str]:
    timestamp = str(int(time.time()))
    return {
        "Content-Type": "application/json",
        "webhook-id": webhook_id,
        "webhook-timestamp": timestamp,
        "webhook-signature": sign(KEY, webhook_id, timestamp, BODY),
    }


def deliver(port: int, headers: dict[str, str]) -> int:
    status, _, _ = request(port, "POST", "/v1/checks", BODY, headers)
    return status


def test_a_replay_to_any_of_two_workers_is_refused(ledger_url):
    with gunicorn(ledger_url, workers=2, PRESEND_WEBHOOK_SECRETS=SECRET) as server:
        headers = signed_headers(f"msg_{uuid.uuid4().hex}")
        with ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(lambda _: deliver(server.port, headers), range(16)))
        assert sorted(statuses) == [200] + [401] * 15
        assert deliver(server.port, signed_headers(f"msg_{uuid.uuid4().hex}")) == 200


def test_a_replay_to_another_server_process_is_refused(ledger_url):
    with servers(ledger_url, count=2, workers=1, PRESEND_WEBHOOK_SECRETS=SECRET) as (one, two):
        headers = signed_headers(f"msg_{uuid.uuid4().hex}")
        assert deliver(one.port, headers) == 200
        assert deliver(two.port, headers) == 401
        assert deliver(one.port, headers) == 401
