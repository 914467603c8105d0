"""Every check becomes an audit record; GET /v1/decisions and the order's messages show it."""

from __future__ import annotations

import hashlib
import json
import uuid

import pytest

from service.config import Settings
from tests.ledger.requests import ORDER, OTHER_ORDER, check


def post(client, document, **headers):
    response = client.post("/v1/checks", json=document, headers=headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_a_check_is_stored_as_its_audit_record(ledger_client):
    answer = post(
        ledger_client, check(message_id="erp-1", seller_id="acme"), **{"X-Request-Id": "req-1"}
    )
    response = ledger_client.get(f"/v1/decisions/{answer['decision_id']}")
    assert response.status_code == 200
    record = response.get_json()
    assert record["decision_id"] == answer["decision_id"]
    assert record["request_id"] == "req-1"
    assert (record["seller_id"], record["message_id"]) == ("acme", "erp-1")
    assert (record["platform"], record["marketplace"], record["order_id"]) == (
        "amazon",
        "DE",
        ORDER,
    )
    assert (record["contact_reason"], record["channel"], record["edition"]) == (
        "shipping_address",
        "email",
        "2020-11",
    )
    assert record["verdict"] == answer["verdict"]
    assert record["findings"] == [
        {"rule": f["rule"], "severity": f["severity"], "fixed": f["fixed"]}
        for f in answer["findings"]
    ]
    assert response.headers["Cache-Control"] == "no-store"


def test_the_seller_defaults_to_default(ledger_client):
    answer = post(ledger_client, check())
    assert (
        ledger_client.get(f"/v1/decisions/{answer['decision_id']}").get_json()["seller_id"]
        == "default"
    )


def test_the_request_fingerprint_is_the_canonical_json(ledger_client):
    document = check(message_id="erp-2")
    answer = post(ledger_client, document)
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    record = ledger_client.get(f"/v1/decisions/{answer['decision_id']}").get_json()
    assert record["fingerprints"]["request"] == hashlib.sha256(canonical.encode()).hexdigest()


def test_the_body_fingerprint_ignores_spacing_and_case(ledger_client):
    first = post(
        ledger_client, check(body=f"Guten Tag,  zur Bestellung {ORDER}\nfehlt die Hausnummer.")
    )
    second = post(
        ledger_client, check(body=f"guten tag, zur bestellung {ORDER} FEHLT die hausnummer.")
    )
    fingerprints = [
        ledger_client.get(f"/v1/decisions/{a['decision_id']}").get_json()["fingerprints"]["body"]
        for a in (first, second)
    ]
    assert fingerprints[0] == fingerprints[1]


def test_a_dry_run_stores_nothing(ledger_client):
    answer = post(ledger_client, check(dry_run=True))
    assert ledger_client.get(f"/v1/decisions/{answer['decision_id']}").status_code == 404
    listed = ledger_client.get(f"/v1/orders/DE/{ORDER}/messages").get_json()
    assert listed["messages"] == []


def test_dry_run_must_be_a_boolean(ledger_client):
    response = ledger_client.post("/v1/checks", json=check(dry_run="yes"))
    assert response.status_code == 422
    assert [e["field"] for e in response.get_json()["errors"]] == ["dry_run"]


def test_the_buyer_id_is_stored_only_as_a_keyed_hash(ledger_client):
    answer = post(ledger_client, check(buyer__id="abc123xyz@marketplace.amazon.de"))
    record = ledger_client.get(f"/v1/decisions/{answer['decision_id']}").get_json()
    assert record["buyer_known"] is True
    assert "abc123xyz" not in json.dumps(record)


@pytest.mark.parametrize(
    ("decision_id", "status"),
    [
        pytest.param(str(uuid.uuid4()), 404, id="unknown-uuid"),
        pytest.param("not-a-uuid", 404, id="not-a-uuid"),
    ],
)
def test_an_unknown_decision_is_404(ledger_client, decision_id, status):
    response = ledger_client.get(f"/v1/decisions/{decision_id}")
    assert response.status_code == status
    assert response.get_json()["type"] == "urn:presend:problem:decision-not-found"


def test_the_order_lists_its_checks_oldest_first(ledger_client):
    ids = [post(ledger_client, check(message_id=f"m{n}"))["decision_id"] for n in range(3)]
    post(ledger_client, check(order=OTHER_ORDER))
    listed = ledger_client.get(f"/v1/orders/A1PA6795UKMFR9/{ORDER}/messages").get_json()
    assert listed["marketplace"] == "DE"
    assert [m["decision_id"] for m in listed["messages"]] == ids


def test_erasing_an_order_removes_all_of_it_and_only_it(ledger_client):
    mine = post(ledger_client, check())["decision_id"]
    other = post(ledger_client, check(order=OTHER_ORDER))["decision_id"]
    response = ledger_client.delete(f"/v1/orders/DE/{ORDER}/messages")
    assert response.get_json() == {"marketplace": "DE", "order_id": ORDER, "erased_decisions": 1}
    assert ledger_client.get(f"/v1/decisions/{mine}").status_code == 404
    assert ledger_client.get(f"/v1/decisions/{other}").status_code == 200
    again = ledger_client.delete(f"/v1/orders/DE/{ORDER}/messages")
    assert again.get_json()["erased_decisions"] == 0


@pytest.mark.parametrize(
    ("path", "fields"),
    [
        pytest.param(f"/v1/orders/XX/{ORDER}/messages", ["marketplace"], id="marketplace"),
        pytest.param("/v1/orders/DE/12345/messages", ["order_id"], id="order-id"),
        pytest.param("/v1/orders/XX/1/messages", ["marketplace", "order_id"], id="both"),
    ],
)
def test_a_bad_order_key_is_422_naming_it(ledger_client, path, fields):
    for method in ("get", "delete"):
        response = getattr(ledger_client, method)(path)
        assert response.status_code == 422
        assert [e["field"] for e in response.get_json()["errors"]] == fields


@pytest.mark.parametrize(
    ("method", "path"),
    [
        pytest.param("get", f"/v1/decisions/{uuid.uuid4()}", id="decision"),
        pytest.param("get", f"/v1/orders/DE/{ORDER}/messages", id="order"),
        pytest.param("delete", f"/v1/orders/DE/{ORDER}/messages", id="erase"),
    ],
)
def test_without_a_ledger_the_ledger_endpoints_are_404(make_app, method, path):
    client = make_app(Settings()).test_client()
    response = getattr(client, method)(path)
    assert response.status_code == 404
    assert response.get_json()["type"] == "urn:presend:problem:ledger-off"


def test_without_a_ledger_checks_still_work(make_app):
    client = make_app(Settings()).test_client()
    assert post(client, check())["verdict"] in {"allow", "modify"}
    assert client.get("/readyz").get_json() == {"status": "ready", "ledger": "off"}


def test_readyz_names_the_backend(ledger_client, ledger_app):
    response = ledger_client.get("/readyz")
    assert response.status_code == 200
    assert response.get_json() == {
        "status": "ready",
        "ledger": ledger_app.extensions["presend"].ledger.backend,
    }


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        pytest.param({"message_id": "erp\x001"}, "message_id", id="message-id"),
        pytest.param({"seller_id": "acme\x00"}, "seller_id", id="seller-id"),
        pytest.param({"buyer__id": "\x00@marketplace.amazon.de"}, "buyer.id", id="buyer-id"),
    ],
)
def test_an_id_with_a_nul_character_is_422_not_a_database_error(ledger_client, fields, named):
    response = ledger_client.post("/v1/checks", json=check(**fields))
    assert response.status_code == 422
    assert [e["field"] for e in response.get_json()["errors"]] == [named]


def test_a_seller_id_with_a_nul_character_is_422(ledger_client):
    response = ledger_client.get("/v1/sellers/acme%00")
    assert response.status_code == 422
