"""GET /v1/contact-reasons and GET /v1/marketplaces: the pack as a caller sees it, checked
against tables of marketplaces and contact reasons written from Amazon's pages."""

from __future__ import annotations

from typing import Any

import pytest

from service.config import Settings

PROBLEM = "application/problem+json"


def reasons(client, **query: str) -> dict[str, Any]:
    """GET /v1/contact-reasons with this query; it must answer 200."""
    headers = {}
    if "accept_language" in query:
        headers["Accept-Language"] = query.pop("accept_language")
    response = client.get("/v1/contact-reasons", query_string=query, headers=headers)
    assert response.status_code == 200, response.get_data(as_text=True)
    document: dict[str, Any] = response.get_json()
    return document


def by_code(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {reason["code"]: reason for reason in document["contact_reasons"]}


def allowed(document: dict[str, Any]) -> set[str]:
    return {reason["code"] for reason in document["contact_reasons"] if reason["allowed"]}


def rules_of(reason: dict[str, Any]) -> list[str]:
    return [finding["rule"] for finding in reason["findings"]]


# /v1/contact-reasons -------------------------------------------------------------------------

ALL_REASONS = [
    "additional_information_required",
    "customization",
    "delivery_scheduling",
    "shipping_address",
    "unexpected_problem",
    "legal_disclosure",
    "order_details",
    "service_appointment",
    "digital_access_key",
    "invoice",
    "warranty",
    "return",
    "review_request",
    "feedback_removal",
    "reply",
    "order_confirmation",
    "shipping_confirmation",
    "thank_you",
    "marketing",
    "out_of_stock",
]

# The contact reasons read by status ("allowed in" column), edition 2020-11.
ALLOWED_BY_STATUS = {
    "pending": {"reply"},
    "unshipped": {
        "additional_information_required",
        "customization",
        "delivery_scheduling",
        "shipping_address",
        "unexpected_problem",
        "legal_disclosure",
        "order_details",
        "service_appointment",
        "digital_access_key",
        "reply",
    },
    "shipped": {
        "additional_information_required",
        "delivery_scheduling",
        "unexpected_problem",
        "legal_disclosure",
        "service_appointment",
        "digital_access_key",
        "invoice",
        "warranty",
        "reply",
    },
    "delivered": {
        "legal_disclosure",
        "digital_access_key",
        "invoice",
        "warranty",
        "return",
        "review_request",
        "feedback_removal",
        "reply",
    },
    "return_requested": {"legal_disclosure", "invoice", "return", "reply"},
    "refunded": {"legal_disclosure", "invoice", "reply"},
    "canceled": {"reply"},
}
ALLOWED_BY_STATUS["partially_shipped"] = ALLOWED_BY_STATUS["unshipped"]
ALLOWED_BY_STATUS["returned"] = ALLOWED_BY_STATUS["return_requested"]


def test_lists_every_reason_in_the_packs_order(client):
    document = reasons(client, marketplace="DE", status="shipped")
    assert [reason["code"] for reason in document["contact_reasons"]] == ALL_REASONS


def test_echoes_the_resolved_query(client):
    document = reasons(client, marketplace="DE", status="shipped")
    assert document["marketplace"] == {"code": "DE", "id": "A1PA6795UKMFR9"}
    assert document["edition"] == "2020-11"
    assert document["status"] == "shipped"
    assert document["fulfillment"] == "merchant"


@pytest.mark.parametrize("status", sorted(ALLOWED_BY_STATUS))
def test_allowed_flags_match_the_design_table(client, status):
    assert allowed(reasons(client, marketplace="DE", status=status)) == ALLOWED_BY_STATUS[status]


@pytest.mark.parametrize("status", ["unshipped", "shipped", "delivered", "canceled"])
def test_a_reason_is_allowed_exactly_when_no_error_says_why_not(client, status):
    for reason in reasons(client, marketplace="DE", status=status)["contact_reasons"]:
        errors = [f for f in reason["findings"] if f["severity"] == "error"]
        assert reason["allowed"] is not errors, (reason["code"], errors)


def test_why_not_lists_the_reasons_that_are_allowed(client):
    customization = by_code(reasons(client, marketplace="DE", status="shipped"))["customization"]
    (finding,) = customization["findings"]
    assert finding["rule"] == "amazon.reason.not_allowed_for_status"
    assert finding["severity"] == "error"
    assert finding["fixed"] is False
    assert "'shipped'" in finding["message"]
    for code in ("delivery_scheduling", "invoice", "warranty", "reply"):
        assert code in finding["message"]


@pytest.mark.parametrize(
    "code", ["order_confirmation", "shipping_confirmation", "thank_you", "marketing"]
)
def test_prohibited_reasons_say_so_in_every_status(client, code):
    reason = by_code(reasons(client, marketplace="DE", status="delivered"))[code]
    assert rules_of(reason) == ["amazon.reason.prohibited"]


@pytest.mark.parametrize(
    ("status", "rule"),
    [("canceled", "amazon.order.canceled"), ("pending", "amazon.order.pending")],
)
def test_canceled_and_pending_orders_explain_with_the_order_rule(client, status, rule):
    reason = by_code(reasons(client, marketplace="DE", status=status))["delivery_scheduling"]
    assert rules_of(reason) == [rule]


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        ("Shipped", "shipped"),
        ("PartiallyShipped", "partially_shipped"),
        ("Cancelled", "canceled"),
        ("Unfulfillable", "canceled"),
        ("PendingAvailability", "pending"),
        ("partially shipped", "partially_shipped"),
    ],
)
def test_status_alias_is_answered_canonically(client, given, canonical):
    document = reasons(client, marketplace="DE", status=given)
    assert document["status"] == canonical
    assert allowed(document) == ALLOWED_BY_STATUS[canonical]


@pytest.mark.parametrize(
    ("given", "code"),
    [("gb", "UK"), ("GB", "UK"), ("A1PA6795UKMFR9", "DE"), ("jp", "JP")],
)
def test_marketplace_alias_is_answered_canonically(client, given, code):
    assert reasons(client, marketplace=given, status="shipped")["marketplace"]["code"] == code


FBA_REASONS = {"delivery_scheduling", "shipping_address", "unexpected_problem", "return"}


@pytest.mark.parametrize("status", ["unshipped", "delivered"])
def test_fba_orders_warn_on_reasons_amazon_customer_service_handles(client, status):
    document = reasons(client, marketplace="DE", status=status, fulfillment="amazon")
    warned = {
        reason["code"]
        for reason in document["contact_reasons"]
        if "amazon.reason.fba_customer_service" in rules_of(reason)
    }
    assert warned == FBA_REASONS
    assert allowed(document) == ALLOWED_BY_STATUS[status]


def test_fba_warning_is_a_warning_and_keeps_the_reason_allowed(client):
    document = reasons(client, marketplace="DE", status="unshipped", fulfillment="amazon")
    reason = by_code(document)["delivery_scheduling"]
    assert reason["allowed"] is True
    assert [f["severity"] for f in reason["findings"]] == ["warning"]


def test_merchant_fulfilled_orders_get_no_fba_warning(client):
    document = reasons(client, marketplace="DE", status="unshipped", fulfillment="merchant")
    assert all(
        "amazon.reason.fba_customer_service" not in rules_of(r) for r in document["contact_reasons"]
    )


@pytest.mark.parametrize(
    ("edition", "is_allowed", "rules"),
    [
        pytest.param("2020-11", True, [], id="2020-11"),
        pytest.param("2025-04", False, ["amazon.reason.retired"], id="2025-04"),
    ],
)
def test_feedback_removal_is_retired_in_2025_04(client, edition, is_allowed, rules):
    document = reasons(client, marketplace="DE", status="delivered", edition=edition)
    assert document["edition"] == edition
    reason = by_code(document)["feedback_removal"]
    assert reason["allowed"] is is_allowed
    assert rules_of(reason) == rules


@pytest.mark.parametrize("settings", [Settings(default_edition="2025-04")], ids=["2025-04"])
def test_edition_defaults_to_the_configured_one(client):
    document = reasons(client, marketplace="DE", status="delivered")
    assert document["edition"] == "2025-04"
    assert by_code(document)["feedback_removal"]["allowed"] is False


@pytest.mark.parametrize(
    ("accept_language", "word"),
    [("de", "steht für eine Bestellung"), ("de-DE,de;q=0.9", "steht für"), ("en", "not offered")],
)
def test_why_not_follows_accept_language(client, accept_language, word):
    document = reasons(client, marketplace="DE", status="shipped", accept_language=accept_language)
    assert word in by_code(document)["customization"]["findings"][0]["message"]


def test_labels_are_in_english_and_german_whatever_the_language(client):
    document = reasons(client, marketplace="DE", status="shipped", accept_language="de")
    assert by_code(document)["shipping_address"]["labels"] == {
        "en": "Shipping address problem",
        "de": "Problem mit der Lieferadresse",
    }


@pytest.mark.parametrize(
    ("code", "critical", "operation", "limit"),
    [
        ("additional_information_required", True, None, None),
        ("customization", True, "confirmCustomizationDetails", 800),
        ("delivery_scheduling", True, "confirmDeliveryDetails", 2000),
        ("shipping_address", True, "confirmDeliveryDetails", 2000),
        ("unexpected_problem", True, "unexpectedProblem", 2000),
        ("legal_disclosure", True, "legalDisclosure", None),
        ("order_details", False, "confirmOrderDetails", 2000),
        ("service_appointment", False, "confirmServiceDetails", 2000),
        ("digital_access_key", False, "digitalAccessKey", 400),
        ("invoice", False, "invoice", None),
        ("warranty", False, "warranty", None),
        ("return", False, None, None),
        ("feedback_removal", False, "negativeFeedbackRemoval", None),
        ("reply", False, None, None),
    ],
)
def test_reason_facts_match_the_design_table(client, code, critical, operation, limit):
    reason = by_code(reasons(client, marketplace="DE", status="shipped"))[code]
    assert reason["critical"] is critical
    assert reason["sp_api_operation"] == operation
    assert reason["text_limit"] == limit


def test_reply_and_document_reasons_are_flagged(client):
    document = by_code(reasons(client, marketplace="DE", status="shipped"))
    assert {code for code, r in document.items() if r["reply"]} == {"reply"}
    assert {code for code, r in document.items() if r["documents"]} >= {
        "invoice",
        "legal_disclosure",
    }


def invalid_query(client, query: str) -> dict[str, str]:
    """GET with a raw query string that must be a 422; the errors by field."""
    response = client.get(f"/v1/contact-reasons?{query}")
    assert response.status_code == 422, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    problem = response.get_json()
    assert problem["type"] == "urn:presend:problem:invalid-request"
    return {error["field"]: error["message"] for error in problem["errors"]}


@pytest.mark.parametrize(
    ("query", "fields", "says"),
    [
        pytest.param("", {"marketplace", "status"}, "Missing", id="no-query"),
        pytest.param("status=shipped", {"marketplace"}, "Missing", id="missing-marketplace"),
        pytest.param("marketplace=DE", {"status"}, "Missing", id="missing-status"),
        pytest.param("marketplace=XX&status=shipped", {"marketplace"}, "DE", id="unknown-market"),
        pytest.param("marketplace=DE&status=lost", {"status"}, "unshipped", id="unknown-status"),
        pytest.param(
            "marketplace=DE&status=shipped&edition=2019-01", {"edition"}, "2025-04", id="edition"
        ),
        pytest.param(
            "marketplace=DE&status=shipped&fulfillment=fba", {"fulfillment"}, "amazon", id="fba"
        ),
        pytest.param("marketplace=DE&status=shipped&foo=1", {"foo"}, "Unknown", id="unknown"),
        pytest.param("marketplace=&status=shipped", {"marketplace"}, "Length", id="empty-value"),
        pytest.param(
            "marketplace=DE&marketplace=UK&status=shipped",
            {"marketplace"},
            "more than once",
            id="repeated-marketplace",
        ),
        pytest.param(
            "marketplace=DE&status=shipped&status=shipped",
            {"status"},
            "more than once",
            id="repeated-even-if-equal",
        ),
    ],
)
def test_bad_query_is_a_422_naming_each_field(client, query, fields, says):
    errors = invalid_query(client, query)
    assert set(errors) == fields
    assert all(says in message for message in errors.values())


def test_every_bad_query_parameter_is_named_at_once(client):
    errors = invalid_query(client, "marketplace=XX&status=lost&edition=9&fulfillment=fba&x=1")
    assert set(errors) == {"marketplace", "status", "edition", "fulfillment", "x"}


# /v1/marketplaces ----------------------------------------------------------------------------

# The marketplaces: code, SP-API id, site, the tag word added; ✓ = confirmed (the only valid word).
DESIGN_MARKETPLACES = [
    ("US", "ATVPDKIKX0DER", "amazon.com", "Important", True),
    ("CA", "A2EUQ1WTGCTBG2", "amazon.ca", "Important", False),
    ("MX", "A1AM78C64UM0Y8", "amazon.com.mx", "Importante", False),
    ("BR", "A2Q3Y263D00KWC", "amazon.com.br", "Importante", False),
    ("UK", "A1F83G8C2ARO7P", "amazon.co.uk", "Important", False),
    ("IE", "A28R8C7NBKEWEA", "amazon.ie", "Important", False),
    ("DE", "A1PA6795UKMFR9", "amazon.de", "Wichtig", True),
    ("FR", "A13V1IB3VIYZZH", "amazon.fr", "Important", False),
    ("IT", "APJ6JRA9NG5V4", "amazon.it", "Importante", False),
    ("ES", "A1RKKUPIHCS9HS", "amazon.es", "Importante", False),
    ("NL", "A1805IZSGTT6HS", "amazon.nl", "Belangrijk", False),
    ("BE", "AMEN7PMS3EDWL", "amazon.com.be", "Important", False),
    ("SE", "A2NODRKZP88ZB9", "amazon.se", "Viktigt", False),
    ("PL", "A1C3SOZRARQ6R3", "amazon.pl", "Ważne", False),
    ("TR", "A33AVAJ2PDY3EV", "amazon.com.tr", "Önemli", False),
    ("AE", "A2VIGQ35RCS4UG", "amazon.ae", "Important", False),
    ("SA", "A17E79C6D8DWNP", "amazon.sa", "Important", False),
    ("EG", "ARBP9OOSHTCHU", "amazon.eg", "Important", False),
    ("IN", "A21TJRUUN4KGV", "amazon.in", "Important", False),
    ("ZA", "AE08WJ6YKNBMC", "amazon.co.za", "Important", False),
    ("JP", "A1VC38T7YXB528", "amazon.co.jp", "重要", True),
    ("AU", "A39IBJ37TRP1C6", "amazon.com.au", "Important", False),
    ("SG", "A19VAU5U5O7RUS", "amazon.sg", "Important", False),
]


@pytest.fixture
def marketplaces(client) -> dict[str, Any]:
    response = client.get("/v1/marketplaces")
    assert response.status_code == 200
    document: dict[str, Any] = response.get_json()
    return document


def test_lists_the_design_tables_marketplaces(marketplaces):
    # 23 sites; with GB, the alias of UK, 24 codes are accepted.
    listed = [
        (m["code"], m["id"], m["domain"], m["tag_word"], m["tag_confirmed"])
        for m in marketplaces["marketplaces"]
    ]
    assert listed == DESIGN_MARKETPLACES


def test_every_code_and_alias_is_distinct(marketplaces):
    codes = [m["code"] for m in marketplaces["marketplaces"]]
    aliases = [a for m in marketplaces["marketplaces"] for a in m["aliases"]]
    assert len(set(codes + aliases)) == len(codes) + len(aliases) == 24


def test_gb_is_an_alias_of_uk(marketplaces):
    uk = next(m for m in marketplaces["marketplaces"] if m["code"] == "UK")
    assert uk["aliases"] == ["GB"]


def test_relay_domain_is_marketplace_dot_site(marketplaces):
    for marketplace in marketplaces["marketplaces"]:
        assert marketplace["relay_domain"] == f"marketplace.{marketplace['domain']}"


def test_ebay_buyers_relay_through_members_ebay_com(client):
    answer = client.get("/v1/marketplaces?platform=ebay")
    assert answer.status_code == 200
    domains = {m["relay_domain"] for m in answer.get_json()["marketplaces"]}
    assert domains == {"members.ebay.com"}


def test_tag_word_is_the_first_valid_tag_word(marketplaces):
    for marketplace in marketplaces["marketplaces"]:
        assert marketplace["tag_words"][0] == marketplace["tag_word"]


@pytest.mark.parametrize(
    ("code", "words"), [("DE", ["Wichtig"]), ("US", ["Important"]), ("JP", ["重要"])]
)
def test_confirmed_sites_accept_only_their_word(marketplaces, code, words):
    marketplace = next(m for m in marketplaces["marketplaces"] if m["code"] == code)
    assert marketplace["tag_confirmed"] is True
    assert marketplace["tag_words"] == words


def test_unconfirmed_sites_also_accept_important(marketplaces):
    for marketplace in marketplaces["marketplaces"]:
        if not marketplace["tag_confirmed"]:
            assert "Important" in marketplace["tag_words"], marketplace["code"]


def test_jp_tag_word_stays_readable_in_the_raw_response(client):
    raw = client.get("/v1/marketplaces").get_data()
    assert '"tag_word":"重要"'.encode() in raw.replace(b" ", b"")


def test_languages_are_language_tags(marketplaces):
    languages = {m["code"]: m["language"] for m in marketplaces["marketplaces"]}
    assert languages["DE"] == "de-DE"
    assert languages["JP"] == "ja-JP"
    assert languages["UK"] == "en-GB"


def test_editions_with_2020_11_the_default(marketplaces):
    assert marketplaces["default_edition"] == "2020-11"
    editions = {e["id"]: e for e in marketplaces["editions"]}
    assert list(editions) == ["2020-11", "2025-04"]
    assert editions["2020-11"]["tag_overrides_opt_out"] is True
    assert editions["2020-11"]["retired_reasons"] == []
    assert editions["2025-04"]["tag_overrides_opt_out"] is False
    assert editions["2025-04"]["retired_reasons"] == ["feedback_removal"]
    assert editions["2020-11"]["effective"] == "2020-11-06"


@pytest.mark.parametrize("settings", [Settings(default_edition="2025-04")], ids=["2025-04"])
def test_default_edition_follows_the_settings(marketplaces):
    assert marketplaces["default_edition"] == "2025-04"
