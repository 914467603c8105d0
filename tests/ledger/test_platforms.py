"""The ledger keeps each platform's history apart: an order is (platform, marketplace, order
id), each platform's history rules follow its own pack, and another platform's messages do not
use up the seller's day (the daily limit is Amazon's)."""

from __future__ import annotations

from typing import Any

from tests.ledger.requests import ORDER, check

EBAY_ORDER = "27-39624-70918"


def post(client, document: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/v1/checks", json=document)
    assert response.status_code == 200, response.get_json()
    answer: dict[str, Any] = response.get_json()
    return answer


def ebay(order: str = EBAY_ORDER, reason: str = "shipping_update", **fields: Any) -> dict:
    return {
        "platform": "ebay",
        "marketplace": "DE",
        "order": {"id": order, "status": "FULFILLED"},
        "message": {"contact_reason": reason, "body": "Guten Tag, Ihr Paket ist unterwegs."},
        **fields,
    }


def stored(client, order: str, platform: str | None = None) -> list[str]:
    query = "" if platform is None else f"?platform={platform}"
    response = client.get(f"/v1/orders/DE/{order}/messages{query}")
    assert response.status_code == 200, response.get_json()
    return [message["platform"] for message in response.get_json()["messages"]]


def test_an_order_is_listed_on_its_own_platform_only(ledger_client):
    post(ledger_client, check())
    post(ledger_client, ebay(order=ORDER))
    assert stored(ledger_client, ORDER) == ["amazon"]
    assert stored(ledger_client, ORDER, "amazon") == ["amazon"]
    assert stored(ledger_client, ORDER, "ebay") == ["ebay"]


def test_erasing_an_order_on_one_platform_keeps_the_others(ledger_client):
    post(ledger_client, check())
    post(ledger_client, ebay(order=ORDER))
    erased = ledger_client.delete(f"/v1/orders/DE/{ORDER}/messages?platform=ebay").get_json()
    assert erased["erased_decisions"] == 1
    assert stored(ledger_client, ORDER) == ["amazon"]


def test_the_same_text_on_two_platforms_is_no_duplicate(ledger_client):
    body = "Guten Tag, Ihr Paket ist unterwegs."
    post(ledger_client, check(body=body))
    answer = post(ledger_client, ebay(order=ORDER, message={"body": body}))
    assert answer["verdict"] == "allow"


def test_a_second_ebay_feedback_reminder_follows_the_ebay_packs_once_per_order(ledger_client):
    reminder = ebay(reason="feedback_reminder")
    reminder["message"]["body"] = "Guten Tag, wir freuen uns über Ihre Bewertung."
    assert post(ledger_client, {**reminder, "message_id": "first"})["verdict"] == "allow"
    again = post(ledger_client, {**reminder, "message_id": "second"})
    assert again["verdict"] == "reject"
    assert "ebay.ledger.feedback_reminder_repeated" in [f["rule"] for f in again["findings"]]


def test_ebay_messages_do_not_use_up_the_sellers_amazon_day(ledger_client):
    ledger_client.put("/v1/sellers/default", json={"daily_limit": 1})
    post(ledger_client, ebay())
    assert post(ledger_client, check())["verdict"] != "reject"
    assert ledger_client.get("/v1/sellers/default").get_json()["cleared_today"] == 1


def test_an_ebay_message_not_sent_gives_the_amazon_day_nothing_back(ledger_client):
    post(ledger_client, check())
    decision = post(ledger_client, ebay())["decision_id"]
    response = ledger_client.post(f"/v1/decisions/{decision}/outcome", json={"outcome": "not_sent"})
    assert response.status_code == 200
    assert ledger_client.get("/v1/sellers/default").get_json()["cleared_today"] == 1
