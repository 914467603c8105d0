"""Bounded work per request: a list is measured before its items are validated, a 422 lists at
most 50 errors, and no answer is larger than a small multiple of the request that caused it.

(That a worker's memory returns to its size afterwards needs a real server: tests/test_server.py.)
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from service.http.errors import MAX_LISTED_ERRORS
from service.http.schemas import MAX_MEMBERS
from tests.http.test_checks import request_document

# What any answer may weigh: twice the request, or 32 KiB for a small request (a batch of 100
# bad items answers 100 problem documents).
FLOOR_BYTES = 32 * 1024


def sized(document: dict[str, Any]) -> bytes:
    body = json.dumps(document).encode()
    assert len(body) <= 256 * 1024, "over the body limit: would test the 413 instead"
    return body


HOSTILE = {
    "62,000 empty attachments": request_document(message={"attachments": [{}] * 62_000}),
    "5,000 bad attachments": request_document(
        message={"attachments": [{"filename": "", "content_type": "", "size": -1}] * 5_000}
    ),
    "21 attachments": request_document(
        message={"attachments": [{"filename": "a.pdf", "content_type": "x/y", "size": 1}] * 21}
    ),
    "20,000 unknown fields": {**request_document(), **{f"f{n}": 1 for n in range(20_000)}},
    "an attachment with 20,000 unknown fields": request_document(
        message={"attachments": [{f"k{n}": 1 for n in range(20_000)}]}
    ),
    "20,000 unknown order fields": request_document(order={f"o{n}": 1 for n in range(20_000)}),
}


@pytest.mark.parametrize("document", list(HOSTILE.values()), ids=list(HOSTILE))
def test_an_invalid_document_gets_a_small_422(client, document):
    body = sized(document)
    response = client.post("/v1/checks", data=body, content_type="application/json")
    assert response.status_code == 422
    assert len(response.data) <= max(FLOOR_BYTES, 2 * len(body))
    assert 1 <= len(response.get_json()["errors"]) <= MAX_LISTED_ERRORS


@pytest.mark.parametrize("items", [21, 62_000], ids=["21", "62000"])
def test_a_long_list_is_one_error_without_its_items(client, items):
    document = request_document(message={"attachments": [{}] * items})
    response = client.post("/v1/checks", json=document)
    assert response.status_code == 422
    assert response.get_json()["errors"] == [
        {"field": "message.attachments", "message": "Longer than maximum length 20."}
    ]


def test_a_list_at_its_limit_has_its_items_validated(client):
    document = request_document(message={"attachments": [{}] * 20})
    errors = client.post("/v1/checks", json=document).get_json()["errors"]
    assert len(errors) == MAX_LISTED_ERRORS  # 20 items x 3 missing fields, 50 listed
    assert errors[0]["field"] == "message.attachments[0].filename"


@pytest.mark.parametrize(
    ("document", "field"),
    [
        pytest.param({**request_document(), **{f"f{n}": 1 for n in range(20_000)}}, "$", id="top"),
        pytest.param(request_document(order={f"o{n}": 1 for n in range(65)}), "order", id="order"),
    ],
)
def test_an_object_of_many_members_is_one_error_without_its_members(client, document, field):
    (error,) = client.post("/v1/checks", json=document).get_json()["errors"]
    assert error["field"] == field
    assert error["message"].startswith("An object of ")
    assert f"at most {MAX_MEMBERS}" in error["message"]


def test_an_object_at_the_member_limit_has_its_members_named(client):
    extra = MAX_MEMBERS - len(request_document())
    document = {**request_document(), **{f"f{n}": 1 for n in range(extra)}}
    problem = client.post("/v1/checks", json=document).get_json()
    assert len(problem["errors"]) == min(extra, MAX_LISTED_ERRORS)
    assert {error["message"] for error in problem["errors"]} == {"Unknown field."}
    assert problem["detail"].endswith(f" {extra - MAX_LISTED_ERRORS} more errors are not listed.")


def test_the_422_says_how_many_errors_it_does_not_list(client):
    document = request_document(message={"attachments": [{}] * 20})  # 60 errors
    problem = client.post("/v1/checks", json=document).get_json()
    assert len(problem["errors"]) == MAX_LISTED_ERRORS
    assert problem["detail"].endswith(" 10 more errors are not listed.")
    assert "message.attachments[16].filename" in problem["detail"]
    assert "message.attachments[17]" not in problem["detail"]


def test_a_few_errors_are_all_listed_without_a_note(client):
    problem = client.post("/v1/checks", json={**request_document(), "extra": 1}).get_json()
    assert problem["errors"] == [{"field": "extra", "message": "Unknown field."}]
    assert problem["detail"] == "The request has invalid fields: extra."


ANSWERED = {
    "14,000 e-mail addresses": request_document(message={"body": "a@b.de " * 14_000}),
    "6,500 phone numbers": request_document(message={"body": "+49 30 1234567 " * 6_500}),
    "4,300 IBANs": request_document(message={"body": "DE89370400440532013000 " * 4_300}),
    "8,000 links": request_document(message={"body": "http://x.io " * 8_000}),
    "12,000 HTML tags": request_document(
        message={"body": "<b>x</b>" * 12_000, "body_format": "html"}
    ),
}


@pytest.mark.parametrize("document", list(ANSWERED.values()), ids=list(ANSWERED))
def test_a_check_full_of_findings_is_answered_within_twice_its_size(client, document):
    body = sized(document)
    response = client.post("/v1/checks", data=body, content_type="application/json")
    assert response.status_code == 200
    assert len(response.data) <= max(FLOOR_BYTES, 2 * len(body))


BAD_ITEMS = {
    "100 empty objects": [{}] * 100,
    "100 numbers": [1] * 100,
    "100 unknown marketplaces": [{"marketplace": "XX"}] * 100,
    "100 items of 60 errors": [request_document(message={"attachments": [{}] * 20})] * 100,
}


@pytest.mark.parametrize("items", list(BAD_ITEMS.values()), ids=list(BAD_ITEMS))
def test_a_batch_of_bad_items_gets_a_small_answer(client, items):
    body = sized({"checks": items})
    response = client.post("/v1/checks/batch", data=body, content_type="application/json")
    assert response.status_code == 200
    assert len(response.data) <= max(FLOOR_BYTES, 2 * len(body))
    results = response.get_json()["results"]
    assert len(results) == len(items)
    listed = sum(len(result["errors"]) for result in results)
    assert listed <= max(MAX_LISTED_ERRORS, len(items))


def test_a_batch_item_lists_its_first_errors_and_counts_the_rest(client):
    item = request_document(message={"attachments": [{}] * 20})  # 60 errors
    results = client.post("/v1/checks/batch", json={"checks": [item] * 10}).get_json()["results"]
    for result in results:
        assert len(result["errors"]) == MAX_LISTED_ERRORS // 10
        assert result["detail"].endswith(" 55 more errors are not listed.")


def test_a_batch_too_long_is_one_error_without_its_items(client):
    body = sized({"checks": [{}] * 62_000})
    response = client.post("/v1/checks/batch", data=body, content_type="application/json")
    assert response.status_code == 422
    assert response.get_json()["errors"] == [
        {"field": "checks", "message": "Longer than maximum length 100."}
    ]
