"""Requests choose their platform (`platform`, amazon when absent): GET /v1/platforms lists
the packs, and every endpoint that takes a platform refuses an unknown one with a 422 naming
`platform` and the known ones."""

from __future__ import annotations

from typing import Any

import pytest

from service.config import Settings
from service.platforms import load_platforms

PLATFORMS = load_platforms()
ORDER_ID = "302-1234567-1234567"


def amazon_check(**fields: Any) -> dict[str, Any]:
    return {
        "marketplace": "DE",
        "now": "2026-11-27T08:00:00Z",
        # The ledger would call a second check of the same body a duplicate.
        "dry_run": True,
        "order": {"id": ORDER_ID, "status": "unshipped"},
        "message": {
            "contact_reason": "shipping_address",
            "subject": "Rückfrage zu Ihrer Lieferadresse",
            "body": "Guten Tag, zu Ihrer Bestellung fehlt die Hausnummer.",
        },
        **fields,
    }


def errors_of(response) -> list[dict[str, str]]:
    assert response.status_code == 422, response.get_data(as_text=True)
    errors: list[dict[str, str]] = response.get_json()["errors"]
    return errors


def without_decision_id(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "decision_id"}


# GET /v1/platforms -----------------------------------------------------------------------------


def test_every_pack_is_listed_with_amazon_the_default(client):
    document = client.get("/v1/platforms").get_json()
    assert document["default_platform"] == "amazon"
    assert [p["platform"] for p in document["platforms"]] == list(PLATFORMS.packs)


@pytest.mark.parametrize("name", list(PLATFORMS.packs))
def test_a_platform_is_listed_as_its_pack_says(client, name):
    pack = PLATFORMS.packs[name]
    listed = {p["platform"]: p for p in client.get("/v1/platforms").get_json()["platforms"]}[name]
    assert listed["name"] == pack.name
    assert listed["marketplaces"] == [m.code for m in pack.marketplaces]
    assert [c["name"] for c in listed["channels"]] == [c.name for c in pack.channels]
    assert listed["default_channel"] == pack.default_channel.name
    assert listed["editions"] == list(pack.editions)
    assert listed["statuses"] == list(pack.statuses)
    assert listed["order_ids"]["strict"] is pack.order_ids.strict
    assert pack.order_ids.matches(listed["order_ids"]["example"])


@pytest.mark.parametrize("settings", [Settings(default_edition="2025-04")], ids=["2025-04"])
def test_the_configured_default_edition_is_the_default_platforms(client):
    listed = {p["platform"]: p for p in client.get("/v1/platforms").get_json()["platforms"]}
    assert listed["amazon"]["default_edition"] == "2025-04"


# Amazon, named or not --------------------------------------------------------------------------


@pytest.mark.parametrize("named", ["amazon", "Amazon"])
def test_naming_amazon_is_the_same_check_as_naming_none(client, named):
    unnamed = client.post("/v1/checks", json=amazon_check()).get_json()
    chosen = client.post("/v1/checks", json=amazon_check(platform=named)).get_json()
    assert without_decision_id(chosen) == without_decision_id(unnamed)


def test_naming_amazon_lists_the_same_marketplaces_and_reasons(client):
    for path in ("/v1/marketplaces", "/v1/contact-reasons?marketplace=DE&status=shipped"):
        separator = "&" if "?" in path else "?"
        unnamed = client.get(path).get_json()
        assert client.get(f"{path}{separator}platform=amazon").get_json() == unnamed


# An unknown platform ---------------------------------------------------------------------------

KNOWN = ", ".join(PLATFORMS.packs)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        pytest.param("get", "/v1/marketplaces", id="marketplaces"),
        pytest.param("get", "/v1/contact-reasons?marketplace=DE&status=shipped", id="reasons"),
        pytest.param("get", f"/v1/orders/DE/{ORDER_ID}/messages", id="order-messages"),
        pytest.param("delete", f"/v1/orders/DE/{ORDER_ID}/messages", id="erase-order"),
    ],
)
def test_an_unknown_platform_in_a_query_is_named_with_the_known_ones(client, method, path):
    separator = "&" if "?" in path else "?"
    response = getattr(client, method)(f"{path}{separator}platform=etsy")
    assert errors_of(response) == [
        {"field": "platform", "message": f"Unknown platform 'etsy'. Valid: {KNOWN}."}
    ]


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        pytest.param("etsy", "'etsy'", id="unknown"),
        pytest.param(5, "of the wrong type", id="number"),
        pytest.param(None, None, id="null"),
    ],
)
def test_an_unknown_platform_in_a_check_is_named_with_the_known_ones(client, value, shown):
    errors = errors_of(client.post("/v1/checks", json=amazon_check(platform=value)))
    assert [e["field"] for e in errors] == ["platform"]
    if shown is not None:
        assert errors[0]["message"] == f"Unknown platform {shown}. Valid: {KNOWN}."


def test_a_batch_item_with_an_unknown_platform_fails_alone(client):
    batch = {"checks": [amazon_check(platform="etsy"), amazon_check()]}
    results = client.post("/v1/checks/batch", json=batch).get_json()["results"]
    assert results[0]["status"] == 422
    assert results[0]["errors"][0]["field"] == "platform"
    assert results[1]["verdict"] == "modify"


def test_a_repeated_platform_in_a_query_is_refused(client):
    response = client.get("/v1/marketplaces?platform=amazon&platform=amazon")
    assert errors_of(response) == [{"field": "platform", "message": "Given more than once."}]


# Errors that depend on the pack name its platform ----------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        pytest.param({"marketplace": "XX"}, "marketplace", id="marketplace"),
        pytest.param({"channel": "fax"}, "channel", id="channel"),
        pytest.param({"edition": "1999-01"}, "edition", id="edition"),
    ],
)
def test_a_pack_dependent_error_names_field_and_platform(client, fields, field):
    errors = errors_of(client.post("/v1/checks", json=amazon_check(**fields)))
    assert [e["field"] for e in errors] == [field]
    assert "Amazon" in errors[0]["message"]


# eBay -------------------------------------------------------------------------------------------


def ebay_check(**fields: Any) -> dict[str, Any]:
    return {
        "platform": "ebay",
        "marketplace": "DE",
        "now": "2026-11-27T08:00:00Z",
        "dry_run": True,
        "order": {"id": "27-39624-70918", "status": "FULFILLED"},
        "message": {"body": "Guten Tag, Ihr Paket ist unterwegs."},
        **fields,
    }


def test_an_ebay_check_is_checked_by_the_ebay_pack(client):
    body = "Guten Tag, schreiben Sie uns an max@example.de."
    document = client.post("/v1/checks", json=ebay_check(message={"body": body})).get_json()
    assert document["verdict"] == "reject"
    assert document["marketplace"] == {"code": "DE", "id": "EBAY_DE"}
    assert document["edition"] == "2024-05"
    assert [f["rule"] for f in document["findings"]] == ["ebay.content.email_address"]


@pytest.mark.parametrize("settings", [Settings(default_edition="2025-04")], ids=["2025-04"])
def test_the_configured_default_edition_is_not_ebays(client):
    assert client.post("/v1/checks", json=ebay_check()).get_json()["edition"] == "2024-05"
    assert client.post("/v1/checks", json=amazon_check()).get_json()["edition"] == "2025-04"


def test_an_ebay_check_without_a_reason_gets_the_packs_default(client):
    document = client.post("/v1/checks", json=ebay_check()).get_json()
    assert document["contact_reason"]["code"] == "other"
    assert document["verdict"] == "allow"


def test_an_amazon_check_without_a_reason_is_still_refused(client):
    check = amazon_check()
    del check["message"]["contact_reason"]
    errors = errors_of(client.post("/v1/checks", json=check))
    assert errors == [
        {"field": "message.contact_reason", "message": "Missing data for required field."}
    ]


@pytest.mark.parametrize("marketplace", ["EBAY_DE", "ebay_de", "GB"])
def test_an_ebay_check_takes_ebays_marketplace_ids(client, marketplace):
    document = client.post("/v1/checks", json=ebay_check(marketplace=marketplace)).get_json()
    assert document["marketplace"]["id"] in {"EBAY_DE", "EBAY_GB"}


def test_an_unrecognised_ebay_order_id_is_a_warning_not_a_422(client):
    order = {"id": "4711", "status": "FULFILLED"}
    document = client.post("/v1/checks", json=ebay_check(order=order)).get_json()
    assert document["verdict"] == "allow"
    assert [(f["rule"], f["severity"]) for f in document["findings"]] == [
        ("ebay.order_id.unrecognised", "warning")
    ]


def test_an_ebay_order_id_longer_than_the_ledger_keeps_is_refused(client):
    order = {"id": "1" * 65, "status": "FULFILLED"}
    errors = errors_of(client.post("/v1/checks", json=ebay_check(order=order)))
    assert [e["field"] for e in errors] == ["order.id"]


@pytest.mark.parametrize(
    ("fields", "field", "listed"),
    [
        pytest.param({"channel": "sp_api"}, "channel", "message_api", id="amazon-channel"),
        pytest.param({"marketplace": "JP"}, "marketplace", "EBAY_US", id="amazon-marketplace"),
        pytest.param(
            {"message": {"contact_reason": "review_request", "body": "Hallo"}},
            "message.contact_reason",
            "feedback_reminder",
            id="amazon-reason",
        ),
        pytest.param(
            {"order": {"id": "27-39624-70918", "status": "Unshipped", "fulfillment": "amazon"}},
            "order.fulfillment",
            "merchant",
            id="fba",
        ),
        pytest.param({"edition": "2020-11"}, "edition", "2024-05", id="amazon-edition"),
    ],
)
def test_an_amazon_code_in_an_ebay_check_is_named_with_the_platform(client, fields, field, listed):
    errors = errors_of(client.post("/v1/checks", json=ebay_check(**fields)))
    assert [e["field"] for e in errors] == [field]
    assert "eBay" in errors[0]["message"]
    assert listed in errors[0]["message"]


def test_a_batch_may_mix_platforms(client):
    batch = {"checks": [amazon_check(), ebay_check(), amazon_check(platform="ebay")]}
    results = client.post("/v1/checks/batch", json=batch).get_json()["results"]
    assert [r.get("edition") for r in results[:2]] == ["2020-11", "2024-05"]
    assert [e["field"] for e in results[2]["errors"]] == ["message.contact_reason"]


def test_ebay_marketplaces_and_reasons_are_listed_on_asking(client):
    marketplaces = client.get("/v1/marketplaces?platform=ebay").get_json()
    assert [m["id"] for m in marketplaces["marketplaces"]][:3] == ["EBAY_US", "EBAY_GB", "EBAY_DE"]
    assert {m["tag_word"] for m in marketplaces["marketplaces"]} == {None}
    reasons = client.get("/v1/contact-reasons?platform=ebay&marketplace=DE&status=FULFILLED")
    codes = [r["code"] for r in reasons.get_json()["contact_reasons"]]
    assert codes == [r.code for r in PLATFORMS.packs["ebay"].reasons]


def test_an_amazon_marketplace_is_no_ebay_marketplace_in_a_query(client):
    response = client.get("/v1/contact-reasons?platform=ebay&marketplace=JP&status=shipped")
    assert [e["field"] for e in errors_of(response)] == ["marketplace"]
