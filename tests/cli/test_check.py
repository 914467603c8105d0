"""`presend check REQUEST.json`: one check offline, the same JSON in and out as the API."""

from __future__ import annotations

import io
import json

import pytest

from service.cli import main

REQUEST = {
    "message_id": "erp-4711",
    "marketplace": "DE",
    "now": "2026-11-27T08:00:00Z",
    "order": {"id": "302-1234567-1234567", "status": "Unshipped"},
    "message": {
        "contact_reason": "shipping_address",
        "subject": "Rückfrage zu Ihrer Lieferadresse",
        "body": "Guten Tag, zu Ihrer Bestellung 302-1234567-1234567 fehlt die Hausnummer.",
    },
}


def check(raw: bytes, *args: str) -> tuple[int, dict]:
    out = io.StringIO()
    status = main(["check", "-", *args], out=out, stdin=io.BytesIO(raw))
    return status, json.loads(out.getvalue())


def without_id(document: dict) -> dict:
    return {**document, "decision_id": None}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_answer_is_the_apis(client, language):
    status, answer = check(json.dumps(REQUEST).encode(), "--language", language)
    api = client.post("/v1/checks", json=REQUEST, headers={"Accept-Language": language})
    assert without_id(answer) == without_id(api.get_json())
    assert status == 0


def test_a_request_from_a_file(tmp_path):
    path = tmp_path / "request.json"
    path.write_text(json.dumps(REQUEST), encoding="utf-8")
    out = io.StringIO()
    assert main(["check", str(path)], out=out) == 0
    assert json.loads(out.getvalue())["verdict"] == "modify"


def test_a_reject_exits_1():
    request = {**REQUEST, "order": {**REQUEST["order"], "status": "Canceled"}}
    status, answer = check(json.dumps(request).encode())
    assert answer["verdict"] == "reject"
    assert status == 1


def test_an_invalid_request_prints_the_apis_problem(client):
    request = {**REQUEST, "marketplace": "XX", "colour": "red"}
    status, answer = check(json.dumps(request).encode())
    assert answer == client.post("/v1/checks", json=request).get_json()
    assert status == 2


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"{", id="truncated"),
        pytest.param(b'{"a": 1, "a": 2}', id="duplicate-key"),
        pytest.param(b"\xff", id="not-utf-8"),
    ],
)
def test_bad_json_prints_the_apis_problem(client, raw):
    status, answer = check(raw)
    api = client.post("/v1/checks", data=raw, headers={"Content-Type": "application/json"})
    assert answer == api.get_json()
    assert status == 2


def test_a_missing_file_exits_2(capsys):
    assert main(["check", "no/such.json"], out=io.StringIO()) == 2
    assert "no/such.json: cannot read" in capsys.readouterr().err
