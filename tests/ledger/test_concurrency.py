"""Taking a slot cannot over-book, whichever process and worker a check lands on: real gunicorn
servers on one ledger, on each backend, with checks sent at the same moment."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor

from tests.ledger.requests import ORDER, check
from tests.ledger.servers import servers
from tests.live import request

HEADERS = {"Content-Type": "application/json"}


def send_together(ports: list[int], documents: list[dict]) -> list[dict]:
    """POST every document at once (a barrier releases them together), alternating servers."""
    barrier = threading.Barrier(len(documents))

    def send(position: int) -> dict:
        body = json.dumps(documents[position]).encode()
        barrier.wait(timeout=30)
        status, _, answer = request(
            ports[position % len(ports)], "POST", "/v1/checks", body, HEADERS, timeout=60
        )
        assert status == 200, answer
        return json.loads(answer)

    with ThreadPoolExecutor(len(documents)) as pool:
        return list(pool.map(send, range(len(documents))))


def test_of_20_concurrent_review_requests_for_one_order_exactly_one_is_cleared(ledger_url):
    documents = [
        check(
            "review_request",
            message_id=f"review-{n}",
            body=f"Guten Tag, wie gefällt Ihnen Bestellung {ORDER}? Bitte bewerten Sie sie ({n}).",
        )
        for n in range(20)
    ]
    with servers(ledger_url, count=2, workers=2) as (one, two):
        answers = send_together([one.port, two.port], documents)
        listed = request(one.port, "GET", f"/v1/orders/DE/{ORDER}/messages")[2]
    cleared = [a for a in answers if a["verdict"] != "reject"]
    assert len(cleared) == 1
    rejected = [a for a in answers if a["verdict"] == "reject"]
    for answer in rejected:
        # The verdict follows from its findings: each names the one cleared request.
        (finding,) = [f for f in answer["findings"] if f["severity"] == "error"]
        assert finding["rule"] == "amazon.ledger.review_already_requested"
        assert cleared[0]["decision_id"] in finding["message"]
    held = [m for m in json.loads(listed)["messages"] if m["slot"] == "held"]
    assert [m["decision_id"] for m in held] == [cleared[0]["decision_id"]]


def test_a_daily_limit_of_n_clears_exactly_n_of_3n_concurrent_messages(ledger_url):
    limit = 5
    documents = [
        check(
            "shipping_address",
            message_id=f"day-{n}",
            seller_id="busy",
            order=f"302-{n:07d}-1234567",
            body=f"Guten Tag, zu Bestellung 302-{n:07d}-1234567 fehlt die Hausnummer.",
        )
        for n in range(3 * limit)
    ]
    with servers(ledger_url, count=2, workers=2) as (one, two):
        status, _, _ = request(
            one.port,
            "PUT",
            "/v1/sellers/busy",
            json.dumps({"daily_limit": limit}).encode(),
            HEADERS,
        )
        assert status == 200
        answers = send_together([one.port, two.port], documents)
        seller = json.loads(request(two.port, "GET", "/v1/sellers/busy")[2])
    cleared = [a for a in answers if a["verdict"] != "reject"]
    assert len(cleared) == limit
    assert seller["cleared_today"] == limit
    for answer in answers:
        if answer["verdict"] == "reject":
            assert [f["rule"] for f in answer["findings"] if f["severity"] == "error"] == [
                "amazon.ledger.daily_limit"
            ]
            assert answer["not_before"] is not None
