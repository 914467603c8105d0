"""POST /v1/checks through the contract-checking client: verdicts, fixes, spans, time,
languages, defaults and the aliases a seller's ERP sends."""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from service.config import Settings
from service.engine.rules import of_pack
from service.packs import load_pack

RULES = of_pack(load_pack())

ORDER_ID = "302-1234567-1234567"
OTHER_ORDER_ID = "111-2222222-3333333"
NOW = "2026-11-27T08:00:00Z"


def request_document(**changes: Any) -> dict[str, Any]:
    """A check that is allowed as it stands (amazon.de, unshipped FBM order, buyer not opted
    out, order number in the subject). Keyword arguments replace top-level fields; dicts given
    for `order`, `buyer` and `message` are merged into those objects."""
    document: dict[str, Any] = {
        "marketplace": "DE",
        "now": NOW,
        "order": {"id": ORDER_ID, "status": "unshipped", "purchased_at": "2026-11-24T10:00:00Z"},
        "buyer": {"opted_out": False},
        "message": {
            "contact_reason": "shipping_address",
            "subject": f"Rückfrage zu Ihrer Bestellung {ORDER_ID}",
            "body": "Guten Tag, in Ihrer Lieferadresse fehlt die Hausnummer. Wie lautet sie?",
        },
    }
    for key, value in changes.items():
        if key in ("order", "buyer", "message") and isinstance(value, dict):
            document[key] = {**document[key], **value}
        else:
            document[key] = value
    return copy.deepcopy(document)


def decide(client, document: dict[str, Any], **headers: str) -> dict[str, Any]:
    """POST a check that must run (200) and return the decision document."""
    response = client.post("/v1/checks", json=document, headers=headers)
    assert response.status_code == 200, response.get_data(as_text=True)
    decision: dict[str, Any] = response.get_json()
    return decision


def rule_ids(decision: dict[str, Any]) -> list[str]:
    return [finding["rule"] for finding in decision["findings"]]


def finding(decision: dict[str, Any], rule: str) -> dict[str, Any]:
    found = [f for f in decision["findings"] if f["rule"] == rule]
    assert len(found) == 1, f"expected one {rule} finding, got {rule_ids(decision)}"
    return found[0]


def rule_text(rule_id: str, language: str, **params: object) -> str:
    """A rule's message as the engine words it, to compare without copying its text here."""
    rule = next(rule for rule in RULES if rule.id == rule_id)
    return rule.message(params).in_language(language)


# Verdicts ----------------------------------------------------------------------------------


def test_allow_returns_the_message_exactly_as_sent(client):
    document = request_document()
    decision = decide(client, document)
    assert decision["verdict"] == "allow"
    assert decision["message"] == {
        "subject": document["message"]["subject"],
        "body": document["message"]["body"],
    }
    assert decision["changes"] == []
    assert decision["findings"] == []
    assert decision["not_before"] is None


def test_modify_returns_the_fixed_message_and_each_change(client):
    subject = f"[Wichtig] Ihre Bestellung {ORDER_ID}"
    document = request_document(message={"contact_reason": "order_details", "subject": subject})
    decision = decide(client, document)
    assert decision["verdict"] == "modify"
    assert decision["message"] == {
        "subject": f"Ihre Bestellung {ORDER_ID}",
        "body": document["message"]["body"],
    }
    assert decision["changes"] == [
        {
            "rule": "amazon.subject.tag_misuse",
            "field": "message.subject",
            "before": subject,
            "after": f"Ihre Bestellung {ORDER_ID}",
        }
    ]
    assert finding(decision, "amazon.subject.tag_misuse")["fixed"] is True


def test_changes_chain_each_after_into_the_next_before(client):
    # No subject: the label is put in, tagged, then the order number appended.
    document = request_document(buyer={"opted_out": None}, message={"subject": None})
    decision = decide(client, document)
    assert decision["verdict"] == "modify"
    changes = decision["changes"]
    assert [c["rule"] for c in changes] == [
        "amazon.subject.missing",
        "amazon.subject.tag_missing",
        "amazon.order_id.missing",
    ]
    assert changes[0]["before"] is None
    assert [c["before"] for c in changes[1:]] == [c["after"] for c in changes[:-1]]
    assert decision["message"]["subject"] == (
        f"[Wichtig] Problem mit der Lieferadresse (Bestellung {ORDER_ID})"
    )


def test_reject_returns_no_message(client):
    decision = decide(client, request_document(order={"status": "canceled"}))
    assert decision["verdict"] == "reject"
    assert decision["message"] is None
    assert finding(decision, "amazon.order.canceled")["fixed"] is False


def test_reject_when_a_fixed_error_sits_beside_an_unfixed_one(client):
    # The tag would be removed (fixed), but the buyer opted out of a non-critical message.
    document = request_document(
        buyer={"opted_out": True},
        message={"contact_reason": "order_details", "subject": f"[Wichtig] {ORDER_ID}"},
    )
    decision = decide(client, document)
    assert finding(decision, "amazon.subject.tag_misuse")["fixed"] is True
    assert finding(decision, "amazon.buyer.opted_out")["fixed"] is False
    assert decision["verdict"] == "reject"
    assert decision["message"] is None


def test_a_warning_alone_does_not_change_the_verdict(client):
    document = request_document(order={"fulfillment": "amazon"})
    decision = decide(client, document)
    assert finding(decision, "amazon.reason.fba_customer_service")["severity"] == "warning"
    assert decision["verdict"] == "allow"


def test_every_finding_names_its_source(client):
    decision = decide(client, request_document(order={"status": "canceled"}))
    assert all(f["reference"].startswith("https://") for f in decision["findings"])


# Spans ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "rule", "field", "text"),
    [
        pytest.param(
            {"contact_reason": "order_details", "subject": f"Rückfrage {ORDER_ID} (Wichtig)"},
            "amazon.subject.tag_misuse",
            "subject",
            "(Wichtig)",
            id="malformed-tag-after-umlaut",
        ),
        pytest.param(
            {"subject": f"【Wichtig】 Lieferadresse {ORDER_ID}"},
            "amazon.subject.tag_malformed",
            "subject",
            "【Wichtig】",
            id="cjk-brackets-at-start",
        ),
        pytest.param(
            {"body": f"Gilt das auch für Bestellung {OTHER_ORDER_ID}? Grüße"},
            "amazon.order_id.foreign",
            "body",
            OTHER_ORDER_ID,
            id="foreign-order-number-in-body",
        ),
    ],
)
def test_span_points_at_the_text_in_the_input_field(client, message, rule, field, text):
    document = request_document(message=message)
    span = finding(decide(client, document), rule)["span"]
    assert document["message"][field][span["start"] : span["end"]] == text


def test_the_wording_model_reports_under_the_rules_id_at_its_weightiest_sentence(client):
    # An ask no phrase or reading of the rules holds: the shipped wording model's finding.
    ask = "Una volta ricevuto, due righe sul portale per gli altri acquirenti sarebbero gradite."
    document = request_document(
        marketplace="IT",
        message={
            "contact_reason": "order_details",
            "subject": f"Il suo ordine {ORDER_ID}",
            "body": f"Buongiorno, il pacco parte domani. {ask}\nCordiali saluti",
        },
    )
    decision = decide(client, document)
    assert decision["verdict"] == "reject"
    assert rule_ids(decision) == ["amazon.content.review_request_misplaced"]
    span = finding(decision, "amazon.content.review_request_misplaced")["span"]
    assert document["message"]["body"][span["start"] : span["end"]] == ask


def test_span_is_null_when_the_finding_is_about_no_text(client):
    decision = decide(client, request_document(order={"status": "canceled"}))
    assert finding(decision, "amazon.order.canceled")["span"] is None


# Time ----------------------------------------------------------------------------------------


def review_request(**order: Any) -> dict[str, Any]:
    return request_document(
        order={"status": "delivered", **order},
        message={
            "contact_reason": "review_request",
            "subject": f"Ihre Meinung zu Bestellung {ORDER_ID}",
            "body": "Wir würden uns über eine Bewertung freuen.",
        },
    )


def test_not_before_is_when_the_review_window_opens_in_utc_with_z(client):
    # Delivered 2026-11-25 10:00 at +02:00 = 08:00 UTC; the window opens five days later.
    decision = decide(client, review_request(delivered_at="2026-11-25T10:00:00+02:00"))
    assert decision["verdict"] == "reject"
    assert decision["not_before"] == "2026-11-30T08:00:00Z"


@pytest.mark.parametrize(
    "delivered_at",
    [
        pytest.param("2026-11-25t10:00:00+02:00", id="rfc3339-lower-case-t"),
        pytest.param("2026-11-25t08:00:00z", id="rfc3339-lower-case-z"),
        pytest.param("2026-11-25T08:00:00.000Z", id="rfc3339-fraction"),
        pytest.param("2026-11-25T10:00:00+0200", id="iso8601-basic-offset"),
    ],
)
def test_an_instant_is_read_in_each_form_rfc_3339_allows(client, delivered_at):
    # Each names 2026-11-25 08:00 UTC, as the test above does.
    decision = decide(client, review_request(delivered_at=delivered_at))
    assert decision["not_before"] == "2026-11-30T08:00:00Z"


def test_not_before_is_null_once_the_review_window_has_closed(client):
    decision = decide(client, review_request(delivered_at="2026-09-01T08:00:00Z"))
    assert rule_ids(decision) == ["amazon.timing.review_window"]
    assert decision["not_before"] is None


def test_not_before_is_null_when_time_is_not_the_only_obstacle(client):
    document = review_request(delivered_at="2026-11-25T08:00:00Z")
    document["message"]["body"] += f" Auch für {OTHER_ORDER_ID}."
    decision = decide(client, document)
    assert {"amazon.timing.review_window", "amazon.order_id.foreign"} <= set(rule_ids(decision))
    assert decision["not_before"] is None


def test_review_request_inside_the_window_is_allowed(client):
    decision = decide(client, review_request(delivered_at="2026-11-20T08:00:00Z"))
    assert decision["verdict"] == "allow"


# Languages -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept_language", "language"),
    [
        pytest.param("de", "de", id="de"),
        pytest.param("de-DE,de;q=0.9", "de", id="de-DE-with-q"),
        pytest.param("de-AT", "de", id="de-AT"),
        pytest.param("fr-FR,de;q=0.5", "de", id="german-before-unsupported-french"),
        pytest.param("en-US,en;q=0.9,de;q=0.8", "en", id="english-preferred"),
        pytest.param("en-US,de;q=0.5", "en", id="regional-english-before-german"),
        pytest.param("fr-FR", "en", id="unsupported-language"),
        pytest.param(None, "en", id="no-header"),
    ],
)
def test_finding_messages_follow_accept_language(client, accept_language, language):
    headers = {} if accept_language is None else {"Accept-Language": accept_language}
    document = request_document(buyer={"opted_out": None})
    decision = decide(client, document, **headers)
    assert finding(decision, "amazon.subject.tag_missing")["message"] == rule_text(
        "amazon.subject.tag_missing", language, tag="[Wichtig]"
    )


def test_accept_language_does_not_change_the_fixed_message(client):
    # One message checked twice (the ledger would take a second message id for a duplicate).
    document = request_document(buyer={"opted_out": None}, message_id="erp-language")
    english = decide(client, document, **{"Accept-Language": "en"})
    german = decide(client, document, **{"Accept-Language": "de"})
    assert english["message"] == german["message"]
    assert english["changes"] == german["changes"]


def test_response_keeps_non_ascii_characters_readable(client):
    document = request_document(
        marketplace="JP",
        buyer={"opted_out": None},
        message={"contact_reason": "delivery_scheduling", "subject": f"配送について {ORDER_ID}"},
    )
    response = client.post("/v1/checks", json=document)
    assert response.status_code == 200
    raw = response.get_data()
    assert "[重要] 配送について".encode() in raw
    assert b"\\u" not in raw


# Response metadata ---------------------------------------------------------------------------


def test_response_is_not_cached(client):
    response = client.post("/v1/checks", json=request_document())
    assert response.headers["Cache-Control"] == "no-store"


def test_decision_id_is_a_fresh_uuid_for_each_evaluation(client):
    document = request_document(message_id="erp-twice")  # the same message, checked twice
    first, second = decide(client, document), decide(client, document)
    assert uuid.UUID(first["decision_id"]) != uuid.UUID(second["decision_id"])
    assert {**first, "decision_id": None} == {**second, "decision_id": None}


def test_message_id_is_echoed(client):
    decision = decide(client, request_document(message_id="erp-4711/ä"))
    assert decision["message_id"] == "erp-4711/ä"


def test_message_id_is_null_when_not_given(client):
    assert decide(client, request_document())["message_id"] is None


def test_response_names_the_marketplace_reason_and_edition_applied(client):
    decision = decide(client, request_document())
    assert decision["marketplace"] == {"code": "DE", "id": "A1PA6795UKMFR9"}
    assert decision["contact_reason"] == {"code": "shipping_address", "critical": True}
    assert decision["edition"] == "2020-11"


# Defaults ------------------------------------------------------------------------------------


def minimal_request(**message: Any) -> dict[str, Any]:
    """Only the required fields (plus `now`, so the result does not depend on the date)."""
    return {
        "marketplace": "DE",
        "now": NOW,
        "order": {"id": ORDER_ID, "status": "unshipped"},
        "message": {
            "contact_reason": "delivery_scheduling",
            "subject": f"Liefertermin {ORDER_ID}",
            "body": "Wann dürfen wir liefern?",
            **message,
        },
    }


def test_default_edition_is_2020_11(client):
    assert decide(client, minimal_request())["edition"] == "2020-11"


@pytest.mark.parametrize("settings", [Settings(default_edition="2025-04")], ids=["2025-04"])
def test_default_edition_comes_from_the_settings(client):
    decision = decide(client, minimal_request())
    assert decision["edition"] == "2025-04"
    assert "amazon.subject.tag_missing" not in rule_ids(decision)


def test_edition_in_the_request_wins_over_the_default(client):
    decision = decide(client, {**minimal_request(), "edition": "2025-04"})
    assert decision["edition"] == "2025-04"


def test_default_channel_is_email_and_opt_out_unknown(client):
    # Only on the e-mail channel, and only when the buyer may have opted out, is a tag added.
    decision = decide(client, minimal_request())
    assert decision["message"]["subject"] == f"[Wichtig] Liefertermin {ORDER_ID}"


def test_default_fulfillment_is_merchant(client):
    # delivery_scheduling warns on FBA orders only.
    decision = decide(client, minimal_request())
    assert "amazon.reason.fba_customer_service" not in rule_ids(decision)


def test_default_body_format_is_text(client):
    # Off the e-mail channel the order number goes on the body's first line: <p> only in HTML.
    document = {
        **minimal_request(subject=None, body="Wann dürfen wir liefern?"),
        "channel": "sp_api",
    }
    decision = decide(client, document)
    assert decision["message"]["body"] == f"Bestellung {ORDER_ID}\n\nWann dürfen wir liefern?"


@pytest.mark.parametrize("channel", ["sp_api", "seller_central"])
def test_order_number_in_an_ignored_subject_does_not_count(client, channel):
    document = {**minimal_request(body="Wann dürfen wir liefern?"), "channel": channel}
    assert ORDER_ID in document["message"]["subject"]
    decision = decide(client, document)
    assert decision["message"]["body"] == f"Bestellung {ORDER_ID}\n\nWann dürfen wir liefern?"


@pytest.mark.parametrize(
    ("days_ago", "too_late"),
    [pytest.param(20, False, id="purchased-20-days-ago"), pytest.param(40, True, id="40-days")],
)
def test_now_defaults_to_the_server_clock(client, days_ago, too_late):
    document = minimal_request()
    del document["now"]
    purchased = datetime.now(UTC) - timedelta(days=days_ago)
    document["order"]["purchased_at"] = purchased.isoformat()
    decision = decide(client, document)
    assert ("amazon.timing.too_late" in rule_ids(decision)) is too_late


def test_now_null_means_the_server_clock(client):
    document = minimal_request()
    document["now"] = None
    document["order"]["purchased_at"] = (datetime.now(UTC) - timedelta(days=40)).isoformat()
    assert "amazon.timing.too_late" in rule_ids(decide(client, document))


# Marketplaces, statuses and reasons by alias -------------------------------------------------


@pytest.mark.parametrize(
    ("given", "code", "marketplace_id"),
    [
        pytest.param("DE", "DE", "A1PA6795UKMFR9", id="code"),
        pytest.param("de", "DE", "A1PA6795UKMFR9", id="lower-case-code"),
        pytest.param("A1PA6795UKMFR9", "DE", "A1PA6795UKMFR9", id="sp-api-id"),
        pytest.param("a1pa6795ukmfr9", "DE", "A1PA6795UKMFR9", id="lower-case-sp-api-id"),
        pytest.param("GB", "UK", "A1F83G8C2ARO7P", id="GB-is-UK"),
        pytest.param("gb", "UK", "A1F83G8C2ARO7P", id="lower-case-gb"),
        pytest.param("A1F83G8C2ARO7P", "UK", "A1F83G8C2ARO7P", id="uk-sp-api-id"),
        pytest.param("JP", "JP", "A1VC38T7YXB528", id="JP"),
    ],
)
def test_marketplace_by_code_alias_or_id(client, given, code, marketplace_id):
    decision = decide(client, request_document(marketplace=given))
    assert decision["marketplace"] == {"code": code, "id": marketplace_id}


@pytest.mark.parametrize(
    ("given", "tag"),
    [pytest.param("GB", "[Important]", id="GB"), pytest.param("DE", "[Wichtig]", id="DE")],
)
def test_marketplace_alias_applies_that_sites_tag_word(client, given, tag):
    document = request_document(marketplace=given, buyer={"opted_out": None})
    decision = decide(client, document)
    assert decision["message"]["subject"].startswith(f"{tag} ")


@pytest.mark.parametrize(
    ("status", "rule"),
    [
        pytest.param("Pending", "amazon.order.pending", id="Pending"),
        pytest.param("PendingAvailability", "amazon.order.pending", id="PendingAvailability"),
        pytest.param("Canceled", "amazon.order.canceled", id="Canceled"),
        pytest.param("Cancelled", "amazon.order.canceled", id="Cancelled"),
        pytest.param("Unfulfillable", "amazon.order.canceled", id="Unfulfillable"),
        pytest.param("Shipped", "amazon.reason.not_allowed_for_status", id="Shipped"),
        pytest.param(
            "InvoiceUnconfirmed", "amazon.reason.not_allowed_for_status", id="InvoiceUnconfirmed"
        ),
        pytest.param("SHIPPED", "amazon.reason.not_allowed_for_status", id="upper-case"),
    ],
)
def test_amazon_order_status_aliases_are_understood(client, status, rule):
    # shipping_address is offered only for unshipped and partially shipped orders.
    decision = decide(client, request_document(order={"status": status}))
    assert rule_ids(decision) == [rule]


@pytest.mark.parametrize(
    "status",
    [
        pytest.param("PartiallyShipped", id="PartiallyShipped"),
        pytest.param("partially-shipped", id="hyphens"),
        pytest.param("Partially Shipped", id="spaces"),
        pytest.param("Unshipped", id="Unshipped"),
    ],
)
def test_statuses_that_offer_the_reason_are_allowed(client, status):
    assert decide(client, request_document(order={"status": status}))["verdict"] == "allow"


def test_shipped_alias_is_named_canonically_in_the_finding(client):
    decision = decide(client, request_document(order={"status": "Shipped"}))
    message = finding(decision, "amazon.reason.not_allowed_for_status")["message"]
    assert "'shipped'" in message


@pytest.mark.parametrize(
    ("given", "code", "critical"),
    [
        pytest.param("confirmDeliveryDetails", "delivery_scheduling", True, id="confirmDelivery"),
        pytest.param(
            "confirmCustomizationDetails", "customization", True, id="confirmCustomization"
        ),
        pytest.param("unexpectedProblem", "unexpected_problem", True, id="unexpectedProblem"),
        pytest.param("confirmOrderDetails", "order_details", False, id="confirmOrderDetails"),
        pytest.param("Arrange delivery", "delivery_scheduling", True, id="english-label"),
        pytest.param("Lieferung vereinbaren", "delivery_scheduling", True, id="german-label"),
        pytest.param("Problem mit der Lieferadresse", "shipping_address", True, id="de-label"),
        pytest.param("Shipping address problem", "shipping_address", True, id="en-label"),
        pytest.param("SHIPPING_ADDRESS", "shipping_address", True, id="upper-case-code"),
        pytest.param("shipping-address", "shipping_address", True, id="hyphenated-code"),
    ],
)
def test_contact_reason_by_sp_api_operation_or_label(client, given, code, critical):
    document = request_document(message={"contact_reason": given})
    decision = decide(client, document)
    assert decision["contact_reason"] == {"code": code, "critical": critical}


def test_reply_by_german_label_is_allowed_on_a_canceled_order(client):
    document = request_document(
        order={"status": "Cancelled"}, message={"contact_reason": "Antwort an den Käufer"}
    )
    decision = decide(client, document)
    assert decision["contact_reason"]["code"] == "reply"
    assert decision["verdict"] == "allow"


# Documents ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "status"),
    [
        pytest.param("invoice", "shipped", id="invoice"),
        pytest.param("legal_disclosure", "unshipped", id="legal_disclosure"),
    ],
)
def test_empty_body_is_accepted_for_reasons_that_carry_documents(client, reason, status):
    document = request_document(
        order={"status": status},
        message={
            "contact_reason": reason,
            "body": "",
            "attachments": [
                {"filename": "rechnung.pdf", "content_type": "application/pdf", "size": 18342}
            ],
        },
    )
    decision = decide(client, document)
    assert decision["contact_reason"]["code"] == reason
    assert decision["verdict"] != "reject", decision["findings"]


@pytest.mark.parametrize(
    "subject", ["Re: x\r\nBcc: y", "Zeile eins\nZeile zwei", "Re: x\rBcc: y", "Zeile eins\n"]
)
def test_a_subject_with_a_line_break_is_a_422(client, subject):
    response = client.post("/v1/checks", json=request_document(message={"subject": subject}))
    assert response.status_code == 422
    assert response.get_json()["errors"] == [
        {"field": "message.subject", "message": "A subject is one line: no line breaks."}
    ]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"message_id": "erp-\x001"}, "message_id", id="message_id"),
        pytest.param({"seller_id": "shop\x00"}, "seller_id", id="seller_id"),
        pytest.param({"buyer": {"id": "\x00buyer"}}, "buyer.id", id="buyer.id"),
    ],
)
def test_an_id_with_a_nul_character_is_a_422(client, changes, field):
    response = client.post("/v1/checks", json=request_document(**changes))
    assert response.status_code == 422
    assert response.get_json()["errors"] == [
        {"field": field, "message": "Must not contain a NUL character."}
    ]
