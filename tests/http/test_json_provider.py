"""jsonify through orjson: the same bytes as Flask's own provider (keys in order, no escapes)."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from flask.json.provider import DefaultJSONProvider

from service.http.json_provider import OrjsonProvider


def flask_bytes(app, document: Any, *, debug: bool = False) -> bytes:
    """What Flask's default provider, set as the service had it, writes for a document."""
    provider = DefaultJSONProvider(app)
    provider.sort_keys = False
    provider.ensure_ascii = False
    app.debug = debug
    try:
        return provider.response(document).get_data()
    finally:
        app.debug = False


@dataclasses.dataclass
class Point:
    x: int
    label: str


DOCUMENTS = [
    pytest.param({"status": "ok"}, id="healthz"),
    pytest.param({"z": 1, "a": 2, "m": {"b": None, "a": [True, False]}}, id="key-order"),
    pytest.param({"subject": "[Wichtig] Rückfrage zu Ihrer Lieferadresse"}, id="umlauts"),
    pytest.param({"text": 'Grüße 😀 \u2028 \u00a0 日本語 "quoted" \\ \t\n'}, id="escapes"),
    pytest.param({"control": "\x00\x1f\x7f"}, id="control-characters"),
    pytest.param([1, -0, 2**53, 0.5, 1.25, "x"], id="numbers"),
    pytest.param({"when": datetime(2026, 11, 27, 8, 0, tzinfo=UTC)}, id="datetime"),
    pytest.param({"day": date(2026, 11, 27)}, id="date"),
    pytest.param({"id": uuid.UUID("00000000-0000-4000-8000-000000000000")}, id="uuid"),
    pytest.param({"amount": Decimal("47.80")}, id="decimal"),
    pytest.param({"point": Point(3, "ä")}, id="dataclass"),
    pytest.param([], id="empty-list"),
    pytest.param({}, id="empty-object"),
]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_jsonify_writes_what_flask_would(app, document):
    with app.app_context():
        assert app.json.response(document).get_data() == flask_bytes(app, document)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_debug_mode_indents_as_flask_does(app, document):
    app.debug = True
    with app.app_context():
        indented = app.json.response(document).get_data()
    assert indented == flask_bytes(app, document, debug=True)


def test_the_app_uses_the_orjson_provider(app):
    assert isinstance(app.json, OrjsonProvider)


def test_a_decision_is_written_as_flask_would(client):
    document = {
        "marketplace": "DE",
        "now": "2026-11-27T08:00:00Z",
        "order": {
            "id": "302-1234567-1234567",
            "status": "unshipped",
            "purchased_at": "2026-11-24T10:00:00Z",
        },
        "buyer": {"opted_out": True},
        "message": {
            "contact_reason": "shipping_address",
            "subject": "Rückfrage zu Ihrer Lieferadresse",
            "body": "Guten Tag, in Ihrer Lieferadresse fehlt die Hausnummer. Wie lautet sie?",
        },
    }
    response = client.post("/v1/checks", json=document)
    assert response.status_code == 200
    decision: dict[str, Any] = response.get_json()
    assert decision["changes"], "the tag fix makes the answer carry non-ASCII text"
    assert response.get_data() == flask_bytes(client.application, decision)
    assert "Rückfrage".encode() in response.get_data()
