"""Every way a request can be wrong gets its RFC 9457 problem document:
400 not JSON, 415 not application/json, 413 too large, 422 naming every bad field, 404, 405.
No input may cause a 500."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest

from service.config import Settings
from tests.http.test_checks import ORDER_ID, request_document

PROBLEM = "application/problem+json"
DELETE = object()


def assert_problem(response, status: int, slug: str | None = None) -> dict[str, Any]:
    """The response is a problem document with this status; return it."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    problem: dict[str, Any] = response.get_json()
    assert problem["status"] == status
    assert problem["title"]
    assert problem["detail"]
    assert problem["type"].startswith("urn:presend:problem:")
    if slug is not None:
        assert problem["type"] == f"urn:presend:problem:{slug}"
    return problem


def post_raw(client, body: bytes, content_type: str | None = "application/json"):
    headers = {} if content_type is None else {"Content-Type": content_type}
    return client.post("/v1/checks", data=body, headers=headers)


# 400 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        pytest.param(b"{", "line 1, column 2", id="truncated"),
        pytest.param(b"", "line 1, column 1", id="empty"),
        pytest.param(b"{'marketplace': 'DE'}", "double quotes", id="single-quotes"),
        pytest.param(b'{"marketplace": "DE",}', "double quotes", id="trailing-comma"),
        pytest.param(b'{"subject": "R\xfcckfrage"}', "not UTF-8", id="latin-1-byte"),
        pytest.param(b'{"a": 1, "a": 2}', "duplicate key 'a'", id="duplicate-key"),
        pytest.param(b'{"order": {"id": 1, "id": 2}}', "duplicate key 'id'", id="duplicate-nested"),
        pytest.param(
            b'{"b": 1, "a": 1, "a": 2, "b": 2}', "duplicate key 'a'", id="first-duplicate-named"
        ),
        pytest.param(b'{"size": NaN}', "NaN", id="NaN"),
        pytest.param(b'{"size": Infinity}', "Infinity", id="Infinity"),
        pytest.param(b'{"size": -Infinity}', "Infinity", id="minus-Infinity"),
        pytest.param(b"[" * 50_000 + b"]" * 50_000, "nested too deeply", id="deep-nesting"),
        pytest.param(b'\xef\xbb\xbf{"a": 1}', "Unexpected UTF-8 BOM", id="byte-order-mark"),
    ],
)
def test_body_that_is_not_json_is_400(client, body, detail):
    problem = assert_problem(post_raw(client, body), 400, "invalid-json")
    assert detail in problem["detail"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16", "utf-32"])
def test_body_in_another_unicode_encoding_is_400(client, encoding):
    body = json.dumps(request_document()).encode(encoding)
    assert_problem(post_raw(client, body), 400, "invalid-json")


def test_utf_8_encoded_surrogate_is_not_utf_8(client):
    document = json.dumps(request_document(message={"subject": "SURROGATE"})).encode()
    body = document.replace(b"SURROGATE", b"\xed\xa0\x80")
    assert_problem(post_raw(client, body), 400, "invalid-json")


@pytest.mark.parametrize(
    "escape",
    [
        pytest.param(b"\\ud800", id="high-half"),
        pytest.param(b"\\uDBFF", id="high-half-upper-case"),
        pytest.param(b"\\udc00", id="low-half"),
        pytest.param(b"\\uDfFf", id="low-half-mixed-case"),
        pytest.param(b"\\ude00\\ud83d", id="halves-in-the-wrong-order"),
    ],
)
def test_a_lone_surrogate_escape_is_400(client, escape):
    document = json.dumps(request_document(message={"subject": "SURROGATE"})).encode()
    problem = assert_problem(post_raw(client, document.replace(b"SURROGATE", escape)), 400)
    assert "half of a surrogate pair" in problem["detail"]


def test_a_surrogate_pair_escape_is_text(client):
    document = json.dumps(request_document(message={"subject": "SURROGATE"})).encode()
    assert post_raw(client, document.replace(b"SURROGATE", b"\\ud83d\\ude00")).status_code == 200


def test_duplicate_key_detail_does_not_quote_a_long_key(client):
    key = "k" * 1000
    problem = assert_problem(post_raw(client, f'{{"{key}": 1, "{key}": 2}}'.encode()), 400)
    assert len(problem["detail"]) < 200


# 415 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content_type",
    [
        pytest.param(None, id="missing"),
        pytest.param("", id="empty"),
        pytest.param("text/plain", id="text-plain"),
        pytest.param("text/json", id="text-json"),
        pytest.param("application/x-www-form-urlencoded", id="form"),
        pytest.param("multipart/form-data; boundary=x", id="multipart"),
        pytest.param("application/xml", id="xml"),
        pytest.param("application/octet-stream", id="octet-stream"),
    ],
)
def test_body_not_sent_as_json_is_415(client, content_type):
    body = json.dumps(request_document()).encode()
    problem = assert_problem(post_raw(client, body, content_type), 415, "unsupported-media-type")
    assert "application/json" in problem["detail"]


@pytest.mark.parametrize(
    "content_type",
    [
        pytest.param("application/json; charset=utf-8", id="charset"),
        pytest.param("Application/JSON", id="mixed-case"),
    ],
)
def test_json_content_type_variants_are_accepted(client, content_type):
    response = post_raw(client, json.dumps(request_document()).encode(), content_type)
    assert response.status_code == 200


# 413 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("settings", [Settings(max_body_bytes=2048)], ids=["limit-2048"])
def test_body_over_the_configured_limit_is_413(client):
    document = request_document(message={"body": "x" * 3000})
    problem = assert_problem(client.post("/v1/checks", json=document), 413)
    assert problem["title"] == "Request Entity Too Large"


@pytest.mark.parametrize("settings", [Settings(max_body_bytes=2048)], ids=["limit-2048"])
@pytest.mark.parametrize(("size", "status"), [(2048, 400), (2049, 413)], ids=["at", "one-over"])
def test_limit_is_exact_to_the_byte(client, size, status):
    # An unparsable body of exactly the limit is read (400); one byte more is not (413).
    assert post_raw(client, b"x" * size).status_code == status


@pytest.mark.parametrize("settings", [Settings(max_body_bytes=2048)], ids=["limit-2048"])
@pytest.mark.parametrize(("size", "status"), [(2048, 400), (2049, 413)], ids=["at", "one-over"])
def test_limit_holds_for_a_body_without_content_length(client, size, status):
    # A chunked body has no Content-Length: it is read to the limit, never cut there and used.
    response = client.post(
        "/v1/checks",
        input_stream=io.BytesIO(b"x" * size),
        headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )
    assert_problem(response, status)


def test_default_limit_is_256_kib(client):
    document = request_document(message={"body": "x" * (256 * 1024)})
    assert_problem(client.post("/v1/checks", json=document), 413)


def test_body_under_the_default_limit_is_read(client):
    document = request_document(message={"body": "Guten Tag. " * 9_000})
    assert client.post("/v1/checks", json=document).status_code == 200


# 422 -----------------------------------------------------------------------------------------


def errors_of(response) -> list[dict[str, str]]:
    problem = assert_problem(response, 422, "invalid-request")
    errors: list[dict[str, str]] = problem["errors"]
    return errors


def fields_of(response) -> set[str]:
    return {error["field"] for error in errors_of(response)}


def with_field(path: str, value: Any) -> dict[str, Any]:
    """The valid request with one field (a dotted path, `[i]` for list items) set or deleted."""
    document = request_document(
        message={
            "attachments": [
                {"filename": "rechnung.pdf", "content_type": "application/pdf", "size": 18342}
            ]
        }
    )
    *parents, last = re.findall(r"[^.\[\]]+", path)
    target: Any = document
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    key_or_index: Any = int(last) if last.isdigit() else last
    if value is DELETE:
        del target[key_or_index]
    else:
        target[key_or_index] = value
    return document


INVALID = [
    # unknown fields are rejected, not ignored
    ("foo", 1, "foo", "Unknown field", "unknown-top-level"),
    ("order.foo", 1, "order.foo", "Unknown field", "unknown-in-order"),
    ("buyer.email", "a@b.de", "buyer.email", "Unknown field", "unknown-in-buyer"),
    ("message.attachments[0].sha", "x", "message.attachments[0].sha", "Unknown", "unknown-in-item"),
    # required fields
    ("marketplace", DELETE, "marketplace", "Missing data", "missing-marketplace"),
    ("order", DELETE, "order", "Missing data", "missing-order"),
    ("order.id", DELETE, "order.id", "Missing data", "missing-order-id"),
    ("order.status", DELETE, "order.status", "Missing data", "missing-status"),
    ("message.contact_reason", DELETE, "message.contact_reason", "Missing", "missing-reason"),
    ("message.body", DELETE, "message.body", "Missing data", "missing-body"),
    ("message.attachments[0].size", DELETE, "message.attachments[0].size", "Missing", "no-size"),
    # wrong types
    ("marketplace", 5, "marketplace", "Not a valid string", "number-for-string"),
    ("order", [], "order", "Expected a JSON object", "array-for-object"),
    ("message", "hi", "message", "Expected a JSON object", "string-for-object"),
    ("buyer", None, "buyer", "null", "null-buyer"),
    ("order.status", None, "order.status", "null", "null-status"),
    ("message.attachments", {}, "message.attachments", "list", "object-for-list"),
    ("order.handmade", "true", "order.handmade", "true or false", "string-true-for-boolean"),
    ("order.customized", 1, "order.customized", "true or false", "one-for-boolean"),
    ("buyer.opted_out", "false", "buyer.opted_out", "true or false", "string-false-for-boolean"),
    ("message.attachments[0].size", "2", "message.attachments[0].size", "integer", "str-size"),
    ("message.attachments[0].size", 2.5, "message.attachments[0].size", "integer", "float-size"),
    ("message.attachments[0].size", True, "message.attachments[0].size", "integer", "bool-size"),
    ("message.attachments[0].size", -1, "message.attachments[0].size", "0", "negative-size"),
    # enumerations
    ("channel", "fax", "channel", "email, seller_central, sp_api", "unknown-channel"),
    ("order.fulfillment", "fba", "order.fulfillment", "merchant, amazon", "unknown-fulfillment"),
    ("message.body_format", "markdown", "message.body_format", "text, html", "unknown-format"),
    # times need an offset
    ("now", "2026-11-27T08:00:00", "now", "aware", "naive-now"),
    ("order.purchased_at", "2026-11-20T10:00:00", "order.purchased_at", "aware", "naive-time"),
    ("order.delivered_at", "yesterday", "order.delivered_at", "datetime", "not-a-time"),
    ("order.shipped_at", 1764230400, "order.shipped_at", "datetime", "unix-seconds"),
    # the order number's 3-7-7 form
    ("order.id", "302-1234567-123456", "order.id", "3-7-7", "short-last-group"),
    ("order.id", "3021234567-1234567", "order.id", "3-7-7", "missing-hyphen"),
    ("order.id", f" {ORDER_ID}", "order.id", "3-7-7", "leading-space"),
    ("order.id", "302-123456A-1234567", "order.id", "3-7-7", "letter"),
    ("order.id", "３０２-1234567-1234567", "order.id", "3-7-7", "full-width-digits"),
    # lengths
    ("marketplace", "", "marketplace", "Length", "empty-marketplace"),
    ("message.subject", "x" * 1001, "message.subject", "1000", "subject-too-long"),
    ("message.body", "x" * 100_001, "message.body", "100000", "body-too-long"),
    ("message_id", "m" * 129, "message_id", "128", "message-id-too-long"),
    ("message.attachments[0].filename", "", "message.attachments[0].filename", "Length", "no-name"),
    ("buyer.language", "Deutsch!", "buyer.language", "language tag", "bad-language-tag"),
]


@pytest.mark.parametrize(
    ("path", "value", "field", "message"),
    [pytest.param(*row[:4], id=row[4]) for row in INVALID],
)
def test_invalid_field_is_named_in_a_422(client, path, value, field, message):
    errors = errors_of(client.post("/v1/checks", json=with_field(path, value)))
    assert [e["field"] for e in errors] == [field]
    assert message in errors[0]["message"]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        pytest.param("order.id", f"{ORDER_ID}\n", id="order-id"),
        pytest.param("buyer.language", "de-DE\n", id="buyer-language"),
    ],
)
def test_trailing_newline_does_not_pass_a_pattern(client, path, value):
    errors = errors_of(client.post("/v1/checks", json=with_field(path, value)))
    assert [e["field"] for e in errors] == [path]


def test_too_many_attachments_is_422(client):
    attachment = {"filename": "a.pdf", "content_type": "application/pdf", "size": 1}
    document = request_document(message={"attachments": [attachment] * 21})
    errors = errors_of(client.post("/v1/checks", json=document))
    assert errors == [{"field": "message.attachments", "message": "Longer than maximum length 20."}]


def test_twenty_attachments_are_accepted(client):
    attachment = {"filename": "a.pdf", "content_type": "application/pdf", "size": 1}
    document = request_document(message={"attachments": [attachment] * 20})
    assert client.post("/v1/checks", json=document).status_code == 200


@pytest.mark.parametrize(
    ("path", "value", "listed"),
    [
        pytest.param("marketplace", "XX", ["US", "DE", "UK", "JP", "SG", "GB"], id="marketplace"),
        pytest.param(
            "order.status",
            "lost",
            ["unshipped", "partially_shipped", "canceled", "PartiallyShipped", "Cancelled"],
            id="status",
        ),
        pytest.param(
            "message.contact_reason",
            "gossip",
            ["shipping_address", "invoice", "review_request", "reply"],
            id="contact-reason",
        ),
        pytest.param("edition", "2019-01", ["2020-11", "2025-04"], id="edition"),
    ],
)
def test_unknown_code_lists_the_valid_ones(client, path, value, listed):
    errors = errors_of(client.post("/v1/checks", json=with_field(path, value)))
    assert [e["field"] for e in errors] == [path]
    assert f"'{value}'" in errors[0]["message"]
    for valid in listed:
        assert valid in errors[0]["message"]


@pytest.mark.parametrize("body", ["", "   ", "\n\t"], ids=["empty", "spaces", "whitespace"])
def test_empty_body_is_422_for_a_reason_without_documents(client, body):
    errors = errors_of(client.post("/v1/checks", json=with_field("message.body", body)))
    assert [e["field"] for e in errors] == ["message.body"]
    assert "invoice" in errors[0]["message"]
    assert "legal_disclosure" in errors[0]["message"]


def test_every_bad_field_is_named_at_once(client):
    document = request_document(
        marketplace="XX",
        edition="1999-01",
        channel="fax",
        now="2026-11-27T08:00:00",
        foo=1,
        order={"id": "3-7-7", "status": "lost", "handmade": "true", "foo": 2},
        buyer={"opted_out": "yes"},
        message={
            "contact_reason": "gossip",
            "subject": "x" * 1001,
            "attachments": [
                {"filename": "a", "content_type": "b", "size": "2"},
                {"filename": "a", "content_type": "b", "size": 2.5},
            ],
        },
    )
    response = client.post("/v1/checks", json=document)
    assert fields_of(response) == {
        "foo",
        "marketplace",
        "edition",
        "channel",
        "now",
        "order.id",
        "order.status",
        "order.handmade",
        "order.foo",
        "buyer.opted_out",
        "message.contact_reason",
        "message.subject",
        "message.attachments[0].size",
        "message.attachments[1].size",
    }


def test_detail_names_every_bad_field(client):
    document = with_field("order.handmade", "true")
    document["message"]["body"] = ""
    problem = assert_problem(client.post("/v1/checks", json=document), 422)
    assert "order.handmade" in problem["detail"]
    assert "message.body" in problem["detail"]


def test_codes_are_checked_even_when_the_schema_fails(client):
    # A type error elsewhere must not hide the unknown marketplace.
    document = request_document(marketplace="XX", order={"handmade": 1})
    assert fields_of(client.post("/v1/checks", json=document)) == {"marketplace", "order.handmade"}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param([], id="empty-array"),
        pytest.param([request_document()], id="array-of-request"),
        pytest.param("DE", id="string"),
        pytest.param(42, id="number"),
        pytest.param(None, id="null"),
        pytest.param(True, id="boolean"),
    ],
)
def test_json_that_is_not_an_object_is_422_at_the_root(client, body):
    response = post_raw(client, json.dumps(body).encode())
    assert errors_of(response) == [{"field": "$", "message": "Expected a JSON object."}]


def test_empty_object_names_the_three_required_fields(client):
    assert fields_of(client.post("/v1/checks", json={})) == {"marketplace", "order", "message"}


# 404, 405 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/", "/v1", "/v1/check", "/v2/checks", "/v1/checks/123", "/healthz/x"]
)
def test_unknown_path_is_a_404_problem(client, path):
    assert_problem(client.get(path), 404, "not-found")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/v1//checks"),
        ("POST", "/v1/checks//batch"),
        ("GET", "/v1//marketplaces"),
        ("GET", "/v1/orders/DE//302-1234567-1234567/messages"),
    ],
)
def test_a_path_with_doubled_slashes_is_a_404_problem_not_an_html_redirect(client, method, path):
    """werkzeug redirected these (308) with an HTML page, past every error handler."""
    assert_problem(client.open(path, method=method, json={}), 404, "not-found")


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        pytest.param("GET", "/v1/checks", "POST", id="GET-checks"),
        pytest.param("PUT", "/v1/checks", "POST", id="PUT-checks"),
        pytest.param("DELETE", "/v1/checks", "POST", id="DELETE-checks"),
        pytest.param("PATCH", "/v1/checks", "POST", id="PATCH-checks"),
        pytest.param("POST", "/v1/contact-reasons", "GET", id="POST-contact-reasons"),
        pytest.param("POST", "/v1/marketplaces", "GET", id="POST-marketplaces"),
        pytest.param("DELETE", "/healthz", "GET", id="DELETE-healthz"),
        pytest.param("OPTIONS", "/v1/checks", "POST", id="OPTIONS-checks"),
        pytest.param("OPTIONS", "/healthz", "GET", id="OPTIONS-healthz"),
        pytest.param("OPTIONS", "/playground", "GET", id="OPTIONS-playground"),
    ],
)
def test_wrong_method_is_a_405_problem_that_keeps_allow(client, method, path, allowed):
    response = client.open(path, method=method)
    assert_problem(response, 405, "method-not-allowed")
    assert allowed in {m.strip() for m in response.headers["Allow"].split(",")}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", b"/v1/sellers/M\xfcller"),
        ("PUT", b"/v1/sellers/\xed\xa0\x80"),
        ("GET", b"/v1/orders/DE/\xff/messages"),
        ("DELETE", b"/v1/orders/DE/\xff/messages"),
        ("GET", b"/v1/decisions/\xc0\xaf"),
    ],
)
def test_a_path_that_is_not_utf8_is_a_400_problem(client, method, path):
    """werkzeug decoded each bad byte to U+FFFD: M%FCller and M%E4ller were one seller."""
    # The server's PATH_INFO holds the percent-decoded bytes as Latin-1 characters (PEP 3333);
    # the test client would decode them as UTF-8 itself first.
    response = client.open(
        "/", method=method, json={}, environ_overrides={"PATH_INFO": path.decode("latin-1")}
    )
    assert_problem(response, 400, "invalid-path")


def test_a_path_in_utf8_names_its_seller(client):
    response = client.get("/v1/sellers/M%C3%BCller")
    assert response.status_code == 200
    assert response.get_json()["seller_id"] == "Müller"


# Never a 500 -------------------------------------------------------------------------------


def dated(**order: Any) -> dict[str, Any]:
    return request_document(order=order)


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(dated(purchased_at="9999-12-31T00:00:00Z"), id="purchase-in-9999"),
        pytest.param(
            {
                **dated(status="delivered", delivered_at="9999-12-30T00:00:00Z"),
                "now": "9999-12-31T00:00:00Z",
                "message": {"contact_reason": "review_request", "subject": ORDER_ID, "body": "x"},
            },
            id="review-window-in-9999",
        ),
        pytest.param(
            {
                **dated(status="delivered", delivered_at="0001-01-01T00:00:00+14:00"),
                "now": "0001-01-01T00:00:00+14:00",
                "message": {"contact_reason": "review_request", "subject": ORDER_ID, "body": "x"},
            },
            id="not-before-in-year-0-utc",
        ),
    ],
)
def test_extreme_dates_are_answered_without_a_500(client, document):
    response = client.post("/v1/checks", json=document)
    assert response.status_code in (200, 422)


SURROGATE_SUBJECT = (
    b'{"marketplace": "DE", "order": {"id": "302-1234567-1234567", "status": "unshipped"},'
    b' "buyer": {"opted_out": false}, "message": {"contact_reason": "shipping_address",'
    b' "subject": "\\ud800 302-1234567-1234567", "body": "Hallo"}}'
)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(SURROGATE_SUBJECT, id="echoed-in-message"),
        pytest.param(b'{"marketplace": "\\ud800"}', id="quoted-in-unknown-code"),
        pytest.param(b'{"\\ud800": 1}', id="unknown-field-name"),
        pytest.param(b'{"\\ud800": 1, "\\ud800": 2}', id="duplicate-key"),
    ],
)
def test_lone_surrogates_are_answered_without_a_500(client, body):
    assert post_raw(client, body).status_code in (200, 400, 422)
