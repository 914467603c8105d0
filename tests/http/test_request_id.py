"""X-Request-Id (issue 3): taken from the caller or the router, else generated; echoed on every
answer, problems included, and written into the decision's log line."""

from __future__ import annotations

import json
import logging
import uuid

import pytest

from service.app import create_app
from service.config import Settings
from service.logs import json_formatter
from tests.contract import ContractClient

HEADER = "X-Request-Id"
API_KEY = "request-id-test-key-0123456789abcdef"
SUBJECT = "Rückfrage zu Ihrer Bestellung 302-1234567-1234567"
BODY_TEXT = "Guten Tag Frau Mustermann, bitte nennen Sie uns Ihre Hausnummer."
CHECK = {
    "marketplace": "DE",
    "order": {"id": "302-1234567-1234567", "status": "unshipped"},
    "buyer": {"opted_out": False},
    "message": {"contact_reason": "shipping_address", "subject": SUBJECT, "body": BODY_TEXT},
}


@pytest.fixture(scope="module")
def app():
    """Open, with a small body limit (for the 413), built once per module."""
    app = create_app(Settings(max_body_bytes=2048))
    app.config["TESTING"] = True
    app.test_client_class = ContractClient
    return app


@pytest.fixture(scope="module")
def keyed_client():
    app = create_app(Settings(api_keys=(API_KEY,)))
    app.test_client_class = ContractClient
    return app.test_client()


def is_generated(value: str | None) -> bool:
    """A fresh UUID, as the service makes one."""
    try:
        return value is not None and str(uuid.UUID(value)) == value
    except ValueError:
        return False


ACCEPTED = {
    "heroku uuid": "3b1a9c1e-8f55-4c6e-9d9a-0a1b2c3d4e5f",
    "all-digit uuid": "12345678-1234-1234-1234-123456789012",
    "order number": "erp-302-1234567-1234567-retry-2",
    "short counter": "req-12345",
    "short token": "a",
    "router token": "req_01HZY.k9:node-eu-1+x=/y",
    "200 characters": "r" * 200,
}


@pytest.mark.parametrize("given", ACCEPTED.values(), ids=list(ACCEPTED))
def test_a_given_id_is_echoed(client, given):
    response = client.post("/v1/checks", json=CHECK, headers={HEADER: given})
    assert response.status_code == 200
    assert response.headers[HEADER] == given


def test_an_id_is_generated_when_none_is_given(client):
    first = client.post("/v1/checks", json=CHECK).headers.get(HEADER)
    second = client.post("/v1/checks", json=CHECK).headers.get(HEADER)
    assert is_generated(first)
    assert is_generated(second)
    assert first != second


def test_an_id_does_not_outlive_its_request(client):
    given = "first-request"
    assert client.get("/healthz", headers={HEADER: given}).headers[HEADER] == given
    later = client.get("/healthz").headers[HEADER]
    assert later != given
    assert is_generated(later)


MALFORMED = {
    "empty": "",
    "spaces": "has spaces in it",
    "201 characters": "r" * 201,
    "300 characters": "r" * 300,
    "markup": "<script>alert(1)</script>",
    "tab": "a\tb",
    "quotes": '"quoted"',
    "semicolon": "a;b",
    "comma": "a,b",
    "non-ASCII": "anfrage-über-1",
    "JSON": '{"level":"ERROR"}',
    "e-mail address": "kunde@example.com",
}

# What looks like a buyer's or seller's data is not echoed or logged either: the message
# scanners' phone numbers (6-15 digits), IBANs and card numbers.
PERSONAL = {
    "international phone number": "+4915112345678",
    "phone number with a dash": "0151-1234567",
    "phone number with a slash": "030/1234567",
    "phone number in an id": "call-015112345678-retry",
    "IBAN": "DE89370400440532013000",
    "IBAN in an id": "refund.DE89370400440532013000",
    "card number": "4111111111111111",
    "epoch milliseconds": "req-1732712345678",
}


@pytest.mark.parametrize("given", MALFORMED.values(), ids=list(MALFORMED))
def test_a_malformed_id_is_replaced_not_echoed(client, given):
    response = client.post("/v1/checks", json=CHECK, headers={HEADER: given})
    assert response.status_code == 200
    assert is_generated(response.headers[HEADER])


@pytest.mark.parametrize("given", PERSONAL.values(), ids=list(PERSONAL))
def test_an_id_that_looks_like_personal_data_is_replaced(client, presend_log, given):
    response = client.post("/v1/checks", json=CHECK, headers={HEADER: given})
    assert response.status_code == 200
    assert is_generated(response.headers[HEADER])
    [record] = _decisions(presend_log)
    assert given not in json_formatter().format(record)


PROBLEMS = {
    "422 invalid": (lambda c, h: c.post("/v1/checks", json={"marketplace": "XX"}, headers=h), 422),
    "400 not JSON": (
        lambda c, h: c.post("/v1/checks", data=b"{", content_type="application/json", headers=h),
        400,
    ),
    "415 not JSON": (
        lambda c, h: c.post("/v1/checks", data=b"x", content_type="text/plain", headers=h),
        415,
    ),
    "413 too large": (
        lambda c, h: c.post(
            "/v1/checks", data=b" " * 4096, content_type="application/json", headers=h
        ),
        413,
    ),
    "404 no such path": (lambda c, h: c.get("/no/such/path", headers=h), 404),
    "405 wrong method": (lambda c, h: c.get("/v1/checks", headers=h), 405),
    "422 bad query": (lambda c, h: c.get("/v1/contact-reasons", headers=h), 422),
}


@pytest.mark.parametrize(("send", "status"), PROBLEMS.values(), ids=list(PROBLEMS))
def test_problem_answers_carry_the_id(client, send, status):
    response = send(client, {HEADER: "problem-1"})
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    assert response.headers[HEADER] == "problem-1"
    generated = send(client, {})
    assert is_generated(generated.headers[HEADER])


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic x"}],
    ids=["no credentials", "wrong key", "wrong scheme"],
)
def test_unauthorized_answers_carry_the_id(keyed_client, headers):
    client = keyed_client
    response = client.post("/v1/checks", json=CHECK, headers={**headers, HEADER: "auth-1"})
    assert response.status_code == 401
    assert response.headers[HEADER] == "auth-1"
    assert is_generated(client.post("/v1/checks", json=CHECK, headers=headers).headers[HEADER])


@pytest.mark.parametrize("path", ["/healthz", "/openapi.yaml", "/v1/marketplaces"])
def test_other_endpoints_carry_the_id(client, path):
    response = client.get(path, headers={HEADER: "meta-1"})
    assert response.status_code == 200
    assert response.headers[HEADER] == "meta-1"


def _decisions(records: list[logging.LogRecord]) -> list[logging.LogRecord]:
    return [record for record in records if record.getMessage() == "decision"]


def test_the_given_id_is_in_the_decision_log_line(client, presend_log):
    response = client.post("/v1/checks", json=CHECK, headers={HEADER: "erp-req-77"})
    [record] = _decisions(presend_log)
    line = json.loads(json_formatter().format(record))
    assert line["request_id"] == "erp-req-77"
    assert line["decision_id"] == response.get_json()["decision_id"]
    # Private: the line names the request, never the message.
    assert SUBJECT not in json.dumps(line, ensure_ascii=False)
    assert BODY_TEXT not in json.dumps(line, ensure_ascii=False)


@pytest.mark.parametrize("given", [None, "has spaces"], ids=["absent", "malformed"])
def test_the_generated_id_in_the_log_is_the_echoed_one(client, presend_log, given):
    headers = {} if given is None else {HEADER: given}
    response = client.post("/v1/checks", json=CHECK, headers=headers)
    [record] = _decisions(presend_log)
    line = json.loads(json_formatter().format(record))
    assert line["request_id"] == response.headers[HEADER]
    assert is_generated(line["request_id"])
