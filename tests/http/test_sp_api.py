"""The API channel over HTTP (issue 14): empty bodies where the operation takes no text,
Amazon's eligibility list (`order.messaging_actions`), warranty coverage dates, and what
GET /v1/contact-reasons says about each reason's operation. Every response goes through the
contract-checking client."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from service.packs import load_pack

ORDER_ID = "302-1234567-1234567"
NOW = "2026-11-27T08:00:00Z"
PDF = {"filename": "rechnung.pdf", "content_type": "application/pdf", "size": 18342}
PROBLEM = "application/problem+json"


def api_check(**message: Any) -> dict[str, Any]:
    """A check on sp_api for a delivered order (the review window is open), buyer not opted
    out; keyword arguments replace fields of `message`."""
    document: dict[str, Any] = {
        "marketplace": "DE",
        "channel": "sp_api",
        "now": NOW,
        "order": {
            "id": ORDER_ID,
            "status": "Shipped",
            "purchased_at": "2026-11-10T10:00:00Z",
            "delivered_at": "2026-11-20T10:00:00Z",
        },
        "buyer": {"opted_out": False},
        "message": {"contact_reason": "review_request", "body": "", **message},
    }
    return copy.deepcopy(document)


def decide(client, document: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/v1/checks", json=document)
    assert response.status_code == 200, response.get_data(as_text=True)
    decision: dict[str, Any] = response.get_json()
    return decision


def errors(client, document: dict[str, Any]) -> dict[str, str]:
    """The 422's errors by field."""
    response = client.post("/v1/checks", json=document)
    assert (response.status_code, response.mimetype) == (422, PROBLEM)
    return {error["field"]: error["message"] for error in response.get_json()["errors"]}


def rules(decision: dict[str, Any]) -> list[str]:
    return [finding["rule"] for finding in decision["findings"]]


# Empty bodies (issue 10 point 4) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "status"),
    [
        pytest.param({}, "Shipped", id="review_request"),
        pytest.param(
            {"contact_reason": "createProductReviewAndSellerFeedbackSolicitation"},
            "Shipped",
            id="review_request-by-operation-name",
        ),
        pytest.param({"contact_reason": "invoice", "attachments": [PDF]}, "Shipped", id="invoice"),
        pytest.param(
            {"contact_reason": "legal_disclosure", "attachments": [PDF]},
            "Unshipped",
            id="legal_disclosure",
        ),
    ],
)
def test_an_empty_body_is_sent_unchanged_where_the_operation_takes_no_text(client, message, status):
    document = api_check(**message)
    document["order"]["status"] = status
    decision = decide(client, document)
    assert (decision["verdict"], decision["message"], decision["findings"]) == (
        "allow",
        {"subject": None, "body": ""},
        [],
    )


def test_text_where_the_operation_takes_none_is_a_warning_and_no_order_line(client):
    decision = decide(client, api_check(body="Vielen Dank für Ihren Einkauf!"))
    assert (decision["verdict"], rules(decision), decision["message"]["body"]) == (
        "allow",
        ["amazon.api.text_not_sent"],
        "Vielen Dank für Ihren Einkauf!",
    )


def test_an_empty_review_request_off_the_api_is_still_a_422(client):
    document = api_check()
    document["channel"] = "email"
    document["message"]["subject"] = f"Bestellung {ORDER_ID}"
    message = errors(client, document)["message.body"]
    assert ("invoice" in message, "review_request" in message) == (True, True)


def test_an_empty_body_on_an_operation_with_text_is_a_422(client):
    document = api_check(contact_reason="unexpected_problem")
    document["order"]["status"] = "Unshipped"
    assert list(errors(client, document)) == ["message.body"]


# Amazon's eligibility list -----------------------------------------------------------------


def test_a_listed_action_is_offered(client):
    document = api_check()
    document["order"]["messaging_actions"] = ["productReviewAndSellerFeedback"]
    assert decide(client, document)["verdict"] == "allow"


def test_an_unlisted_action_is_not_offered(client):
    document = api_check()
    document["order"]["messaging_actions"] = ["confirmDeliveryDetails", "attributes"]
    decision = decide(client, document)
    assert (decision["verdict"], rules(decision)) == ("reject", ["amazon.api.action_not_offered"])


def test_the_list_decides_over_the_status(client):
    """Amazon offers confirmOrderDetails for a shipped order: its list says so."""
    document = api_check(contact_reason="order_details", body="Welche Farbe wünschen Sie?")
    document["order"].update(status="Shipped", messaging_actions=["confirmOrderDetails"])
    decision = decide(client, document)
    assert (decision["verdict"], rules(decision)) == ("modify", ["amazon.order_id.missing"])


def test_no_list_is_the_same_as_none_given(client):
    document = api_check()
    document["order"]["messaging_actions"] = None
    assert decide(client, document)["verdict"] == "allow"


def test_an_unknown_action_is_a_422_listing_the_known_ones(client):
    document = api_check()
    document["order"]["messaging_actions"] = ["productReviewAndSellerFeedback", "sendInvoice"]
    found = errors(client, document)
    assert list(found) == ["order.messaging_actions[1]"]
    message = found["order.messaging_actions[1]"]
    assert "'sendInvoice'" in message
    for known in load_pack().sp_api_actions:
        assert known in message


@pytest.mark.parametrize(
    ("actions", "field"),
    [
        pytest.param("confirmOrderDetails", "order.messaging_actions", id="not-a-list"),
        pytest.param([7], "order.messaging_actions[0]", id="not-a-name"),
        pytest.param(["attributes"] * 51, "order.messaging_actions", id="too-many"),
    ],
)
def test_a_malformed_list_is_a_422(client, actions, field):
    document = api_check()
    document["order"]["messaging_actions"] = actions
    assert list(errors(client, document)) == [field]


# Warranty coverage dates -----------------------------------------------------------------


def warranty_check(**coverage: Any) -> dict[str, Any]:
    return api_check(contact_reason="warranty", attachments=[PDF], warranty=coverage)


def test_coverage_dates_in_order_pass(client):
    document = warranty_check(
        coverage_start="2026-11-27T00:00:00Z", coverage_end="2028-11-27T00:00:00Z"
    )
    assert decide(client, document)["verdict"] == "allow"


def test_coverage_that_starts_after_it_ends_is_rejected(client):
    document = warranty_check(
        coverage_start="2028-11-27T00:00:00Z", coverage_end="2026-11-27T00:00:00+01:00"
    )
    decision = decide(client, document)
    assert (decision["verdict"], [(f["rule"], f["field"]) for f in decision["findings"]]) == (
        "reject",
        [("amazon.api.warranty_coverage", "message.warranty")],
    )


@pytest.mark.parametrize(
    ("warranty", "field"),
    [
        pytest.param({"coverage_start": "2026-11-27T00:00:00"}, "message.warranty.coverage_start",
                     id="no-offset"),
        pytest.param({"coverage_end": "morgen"}, "message.warranty.coverage_end", id="not-a-time"),
        pytest.param({"start": "2026-11-27T00:00:00Z"}, "message.warranty.start", id="unknown"),
        pytest.param([], "message.warranty", id="not-an-object"),
    ],
)  # fmt: skip
def test_malformed_coverage_is_a_422(client, warranty, field):
    document = api_check(contact_reason="warranty", attachments=[PDF], warranty=warranty)
    assert list(errors(client, document)) == [field]


def test_coverage_dates_on_another_reason_are_a_422(client):
    document = api_check(
        contact_reason="invoice", attachments=[PDF], warranty={"coverage_start": NOW}
    )
    message = errors(client, document)["message.warranty"]
    assert "warranty" in message


def test_coverage_dates_may_be_null(client):
    document = api_check(contact_reason="invoice", attachments=[PDF], warranty=None)
    assert decide(client, document)["verdict"] == "allow"


# Reasons no operation sends, removed operations ------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "rule"),
    [
        pytest.param("return", "amazon.api.no_operation", id="return"),
        pytest.param("reply", "amazon.api.no_operation", id="reply"),
        pytest.param("feedback_removal", "amazon.api.operation_removed", id="feedback_removal"),
    ],
)
def test_reasons_nothing_sends_over_the_api_are_rejected(client, reason, rule):
    document = api_check(contact_reason=reason, body="Guten Tag, wie können wir helfen?")
    decision = decide(client, document)
    assert (decision["verdict"], rule in rules(decision)) == ("reject", True)


# The catalogue -----------------------------------------------------------------------------


def catalogue(client) -> dict[str, Any]:
    response = client.get("/v1/contact-reasons?marketplace=DE&status=delivered")
    assert response.status_code == 200
    return {reason["code"]: reason for reason in response.get_json()["contact_reasons"]}


def test_the_catalogue_says_what_each_operation_takes(client):
    reasons = catalogue(client)
    assert reasons["warranty"]["sp_api"] == {
        "action": "warranty",
        "api": "messaging",
        "operation": "warranty",
        "text_limit": None,
        "attachments": {"min": 1, "max": 5},
        "fields": ["coverageStartDate", "coverageEndDate"],
        "links": None,
        "removed": None,
    }
    assert (
        reasons["review_request"]["sp_api"]["action"],
        reasons["review_request"]["sp_api_operation"],
    ) == ("productReviewAndSellerFeedback", "createProductReviewAndSellerFeedbackSolicitation")


def test_the_catalogue_names_the_removal_and_the_link_scope(client):
    reasons = catalogue(client)
    assert (
        reasons["feedback_removal"]["sp_api"]["removed"],
        reasons["delivery_scheduling"]["sp_api"]["links"],
        reasons["reply"]["sp_api"],
    ) == ("2025-08-04", "order delivery", None)
