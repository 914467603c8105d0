"""POST /v1/checks/batch: each item answered exactly as POST /v1/checks answers it, in order;
a bad item gets its own problem document; a body that is not a batch is a problem for all."""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml

from service.config import Settings

ORDER_ID = "302-1234567-1234567"
API_KEY = "batch-test-key-0123456789abcdef0123456789"


def check(**changes: Any) -> dict[str, Any]:
    """A check that is allowed as it stands; keyword arguments replace top-level fields, and
    dicts for `order` and `message` are merged into those objects."""
    document: dict[str, Any] = {
        "message_id": "erp-1",
        "marketplace": "DE",
        "now": "2026-11-27T08:00:00Z",
        "order": {"id": ORDER_ID, "status": "unshipped"},
        "buyer": {"opted_out": False},
        "message": {
            "contact_reason": "shipping_address",
            "subject": f"Rückfrage zu Ihrer Bestellung {ORDER_ID}",
            "body": "Guten Tag, in Ihrer Lieferadresse fehlt die Hausnummer. Wie lautet sie?",
        },
    }
    for key, value in changes.items():
        if key in ("order", "message") and isinstance(value, dict):
            document[key] = {**document[key], **value}
        else:
            document[key] = value
    return copy.deepcopy(document)


ALLOW = check(message_id="allow")
MODIFY = check(message_id="modify", message={"subject": "Rückfrage zur Lieferadresse"})
REJECT = check(message_id="reject", order={"status": "canceled"})
HTML_MODIFY = check(
    message_id="html",
    message={"body_format": "html", "body": "<p>Guten Tag 😀, die Hausnummer fehlt.</p>"},
)

INVALID_ITEMS = [
    pytest.param(None, id="null"),
    pytest.param(5, id="number"),
    pytest.param("check", id="string"),
    pytest.param([ALLOW], id="list"),
    pytest.param(check(marketplace="XX"), id="unknown-marketplace"),
    pytest.param(check(order={"id": "12345"}), id="bad-order-id"),
    pytest.param(check(message={"subject": "a\nBcc: x@example.com"}), id="two-line-subject"),
    pytest.param(check(surprise=True), id="unknown-field"),
    pytest.param({"marketplace": "DE"}, id="missing-order-and-message"),
]


def without_id(document: dict[str, Any]) -> dict[str, Any]:
    return {**document, "decision_id": None}


def batch(client, checks: list[Any], **headers: str) -> list[dict[str, Any]]:
    """POST a batch that must run (200) and return its results."""
    response = client.post("/v1/checks/batch", json={"checks": checks}, headers=headers)
    assert response.status_code == 200, response.get_data(as_text=True)
    results: list[dict[str, Any]] = response.get_json()["results"]
    return results


def single(client, document: Any, **headers: str) -> tuple[int, dict[str, Any]]:
    response = client.post(
        "/v1/checks", data=json.dumps(document), content_type="application/json", headers=headers
    )
    return response.status_code, response.get_json()


# Without a ledger: with one, a batch is checks in a row, each on the history the ones before it
# left (ALLOW and MODIFY share a body: the second would be a duplicate), which
# tests/ledger/test_history.py covers.
@pytest.mark.parametrize("settings", [Settings()], ids=["stateless"])
@pytest.mark.parametrize("language", ["en", "de"])
def test_each_result_is_what_the_single_endpoint_answers(client, language):
    items = [MODIFY, ALLOW, REJECT, HTML_MODIFY]
    results = batch(client, items, **{"Accept-Language": language})
    expected = [single(client, item, **{"Accept-Language": language})[1] for item in items]
    assert [without_id(r) for r in results] == [without_id(e) for e in expected]


def test_results_keep_the_order_of_the_checks(client):
    items = [check(message_id=f"erp-{n}") for n in range(30)]
    assert [r["message_id"] for r in batch(client, items)] == [f"erp-{n}" for n in range(30)]


def test_every_item_gets_its_own_decision_id(client):
    ids = [r["decision_id"] for r in batch(client, [ALLOW] * 5)]
    assert len(set(ids)) == 5
    assert all(uuid.UUID(decision_id).version == 4 for decision_id in ids)


@pytest.mark.parametrize("item", INVALID_ITEMS)
def test_a_bad_item_gets_the_problem_the_single_endpoint_answers(client, item):
    status, expected = single(client, item)
    results = batch(client, [ALLOW, item, REJECT])
    assert status == 422
    assert results[1] == expected


@pytest.mark.parametrize("item", INVALID_ITEMS)
def test_a_bad_item_does_not_fail_the_others(client, item):
    results = batch(client, [MODIFY, item, REJECT])
    assert [r.get("verdict", r.get("status")) for r in results] == ["modify", 422, "reject"]


def test_every_item_of_a_batch_may_be_bad(client):
    results = batch(client, [None, check(marketplace="XX")])
    assert [r["status"] for r in results] == [422, 422]
    assert results[1]["errors"][0]["field"] == "marketplace"


def test_an_empty_batch_answers_no_results(client):
    assert batch(client, []) == []


def test_a_batch_of_100_is_accepted(client):
    assert len(batch(client, [ALLOW] * 100)) == 100


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param([ALLOW], "$", id="a-list"),
        pytest.param(ALLOW, "marketplace", id="a-single-check"),
        pytest.param({}, "checks", id="no-checks"),
        pytest.param({"checks": None}, "checks", id="checks-null"),
        pytest.param({"checks": {"0": ALLOW}}, "checks", id="checks-an-object"),
        pytest.param({"checks": [ALLOW] * 101}, "checks", id="101-checks"),
        pytest.param({"checks": [ALLOW], "dry_run": True}, "dry_run", id="unknown-field"),
    ],
)
def test_a_body_that_is_not_a_batch_is_a_problem_for_the_whole_request(client, body, field):
    response = client.post("/v1/checks/batch", json=body)
    assert response.status_code == 422
    assert field in [error["field"] for error in response.get_json()["errors"]]


@pytest.mark.parametrize(
    ("data", "content_type", "status"),
    [
        pytest.param(b'{"checks": [', "application/json", 400, id="invalid-json"),
        pytest.param(b'{"checks": [], "checks": []}', "application/json", 400, id="duplicate-key"),
        pytest.param(b'{"checks": []}', "text/plain", 415, id="not-json"),
    ],
)
def test_a_body_that_is_not_json_is_refused_like_a_single_check(client, data, content_type, status):
    response = client.post("/v1/checks/batch", data=data, content_type=content_type)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"


@pytest.mark.parametrize("settings", [Settings(max_body_bytes=4096)], ids=["4-KiB"])
def test_the_body_limit_applies_to_the_whole_batch(client):
    response = client.post("/v1/checks/batch", json={"checks": [ALLOW] * 30})
    assert response.status_code == 413


def test_a_batch_is_not_cached(client):
    response = client.post("/v1/checks/batch", json={"checks": [ALLOW]})
    assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("settings", [Settings(api_keys=(API_KEY,))], ids=["api-key"])
def test_a_batch_needs_credentials(client):
    assert client.post("/v1/checks/batch", json={"checks": [ALLOW]}).status_code == 401
    response = client.post(
        "/v1/checks/batch",
        json={"checks": [ALLOW]},
        headers={"Authorization": f"Bearer {API_KEY}"},
    )
    assert response.status_code == 200


def test_every_decided_item_logs_its_own_line(client, presend_log):
    results = batch(client, [MODIFY, None, REJECT], **{"X-Request-Id": "batch-log-1"})
    lines = [record for record in presend_log if record.getMessage() == "decision"]
    assert [(r.decision_id, r.batch_item, r.verdict) for r in lines] == [  # type: ignore[attr-defined]
        (results[0]["decision_id"], 0, "modify"),
        (results[2]["decision_id"], 2, "reject"),
    ]
    assert {r.request_id for r in lines} == {"batch-log-1"}  # type: ignore[attr-defined]


def test_a_single_check_logs_no_batch_item(client, presend_log):
    single(client, ALLOW)
    (line,) = [record for record in presend_log if record.getMessage() == "decision"]
    assert not hasattr(line, "batch_item")


def test_the_batch_log_holds_no_message_text(client, presend_log):
    batch(client, [MODIFY, REJECT])
    logged = json.dumps([vars(record) for record in presend_log], default=str)
    assert "Hausnummer" not in logged
    assert ORDER_ID not in logged


def test_the_contract_example_gets_the_example_answer(client):
    contract = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text())
    operation = contract["paths"]["/v1/checks/batch"]["post"]
    request = operation["requestBody"]["content"]["application/json"]["example"]
    shown = operation["responses"]["200"]["content"]["application/json"]["example"]["results"]
    results = batch(client, request["checks"])
    assert [without_id(r) if "decision_id" in r else r for r in results] == [
        without_id(r) if "decision_id" in r else r for r in shown
    ]
