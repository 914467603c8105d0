"""The bench's request set: what it claims to measure is what it sends."""

from __future__ import annotations

import json

from bench.requests import MIXED, fresh


def test_fresh_requests_are_each_a_new_message_on_a_new_order():
    """Each check of the ledger bench is a first check: no two requests, of one sample or of
    two, name the same message (seller and message id) or the same order."""
    requests = [fresh(sample) for sample in MIXED]
    sent = [json.loads(request()) for _ in range(3) for request in requests]
    messages = {(r.get("seller_id"), r["message_id"]) for r in sent}
    orders = {r["order"]["id"] for r in sent}
    assert len(messages) == len(orders) == len(sent)
