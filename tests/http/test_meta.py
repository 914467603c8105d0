"""The open endpoints, the contract file itself, and proof that the contract check bites."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from openapi_core.deserializing.media_types import media_type_deserializers
from openapi_core.deserializing.media_types.util import plain_loads
from openapi_core.exceptions import OpenAPIError
from openapi_spec_validator import validate
from werkzeug.test import EnvironBuilder, TestResponse
from werkzeug.wrappers import Request

from service.http.meta import DRAINING
from service.packs import load_pack
from service.platforms import load_platforms
from tests.contract import check_contract

CONTRACT = Path(__file__).resolve().parents[2] / "openapi.yaml"
# What check_contract raises when a response breaks the contract.
BROKEN = (OpenAPIError, AssertionError, jsonschema.ValidationError)


def test_healthz_answers_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_readyz_answers_ready(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ready", "ledger": "sqlite"}  # the test ledger


def test_readyz_answers_503_while_the_server_drains(client):
    """The server (service/worker.py) marks each request's environ once SIGTERM arrived."""
    response = client.get("/readyz", environ_overrides={DRAINING: True})
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["type"] == "urn:presend:problem:draining"
    assert response.headers["Retry-After"] == "1"
    # Only readiness says so: the process is alive and answers everything else.
    assert client.get("/healthz", environ_overrides={DRAINING: True}).status_code == 200


@pytest.fixture
def _contract_reads_yaml_as_text(monkeypatch):
    """WORKAROUND: delete once tests/contract.py does this. openapi-core 0.23 reads an
    application/yaml body as bytes, which never matches openapi.yaml's `type: string`
    (test_contract_accepts_the_served_contract)."""
    monkeypatch.setitem(media_type_deserializers, "application/yaml", plain_loads)


@pytest.mark.usefixtures("_contract_reads_yaml_as_text")
def test_openapi_yaml_is_served_byte_for_byte(client):
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.mimetype == "application/yaml"
    assert response.get_data() == CONTRACT.read_bytes()


def test_openapi_yaml_is_a_valid_openapi_3_1_document():
    spec = yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_operation_of_the_contract_is_served(app):
    spec = yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))
    # Flask's /static/<filename> is OpenAPI's /static/{filename}.
    served = {
        (re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule.rule), method.lower())
        for rule in app.url_map.iter_rules()
        for method in rule.methods or ()
    }
    for path, operations in spec["paths"].items():
        for method in operations:
            if method in {"get", "post", "put", "patch", "delete"}:
                assert (path, method) in served


# The contract check itself --------------------------------------------------------------------

VALID_DECISION: dict[str, Any] = {
    "decision_id": "0f0c1f1e-6a8e-4f57-9a55-1f0d2b0f9c11",
    "message_id": "erp-4711",
    "verdict": "modify",
    "edition": "2020-11",
    "marketplace": {"code": "DE", "id": "A1PA6795UKMFR9"},
    "contact_reason": {"code": "shipping_address", "critical": True},
    "message": {"subject": "[Wichtig] Rückfrage", "body": "Guten Tag"},
    "changes": [
        {
            "rule": "amazon.subject.tag_missing",
            "field": "message.subject",
            "before": "Rückfrage",
            "after": "[Wichtig] Rückfrage",
        }
    ],
    "findings": [
        {
            "rule": "amazon.subject.tag_missing",
            "severity": "error",
            "field": "message.subject",
            "span": None,
            "fixed": True,
            "message": "Critical message ...",
            "reference": "https://sellercentral.amazon.de/gp/help/external/help.html",
        }
    ],
    "not_before": None,
}


def fake_response(
    body: Any,
    *,
    method: str = "POST",
    path: str = "/v1/checks",
    status: int = 200,
    mimetype: str = "application/json",
) -> TestResponse:
    """A response as the test client returns it, with the request it answers."""
    request = Request(EnvironBuilder(path=path, method=method).get_environ())
    data = body if isinstance(body, bytes) else json.dumps(body)
    return TestResponse(data, status, None, request, mimetype=mimetype)


def changed(**changes: Any) -> dict[str, Any]:
    document = copy.deepcopy(VALID_DECISION)
    document.update(changes)
    return document


def test_contract_accepts_the_valid_decision():
    check_contract(fake_response(VALID_DECISION))


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(changed(extra="field"), id="extra-top-level-field"),
        pytest.param(changed(verdict="maybe"), id="unknown-verdict"),
        pytest.param(changed(verdict=None), id="null-verdict"),
        pytest.param(
            {k: v for k, v in VALID_DECISION.items() if k != "decision_id"}, id="no-decision-id"
        ),
        pytest.param(changed(decision_id="not-a-uuid"), id="decision-id-not-a-uuid"),
        pytest.param(changed(not_before="tomorrow"), id="not-before-not-a-time"),
        pytest.param(changed(marketplace={"code": "DE"}), id="marketplace-without-id"),
        pytest.param(changed(message={"body": "x"}), id="message-without-subject"),
        pytest.param(
            changed(findings=[{**VALID_DECISION["findings"][0], "severity": "fatal"}]),
            id="unknown-severity",
        ),
        pytest.param(
            changed(findings=[{**VALID_DECISION["findings"][0], "span": {"start": -1, "end": 2}}]),
            id="negative-span",
        ),
        pytest.param(
            changed(changes=[{**VALID_DECISION["changes"][0], "reason": "x"}]),
            id="extra-field-in-change",
        ),
    ],
)
def test_contract_rejects_a_decision_that_breaks_it(document):
    with pytest.raises(BROKEN):
        check_contract(fake_response(document))


def test_contract_rejects_a_decision_that_is_not_json():
    with pytest.raises(BROKEN):
        check_contract(fake_response(b"<html>ok</html>", mimetype="text/html"))


def test_contract_rejects_an_undeclared_status_that_is_not_a_problem():
    with pytest.raises(AssertionError):
        check_contract(fake_response(b"<h1>Server Error</h1>", status=500, mimetype="text/html"))


PROBLEM_404 = {
    "type": "urn:presend:problem:not-found",
    "title": "Not Found",
    "status": 404,
    "detail": "No such path.",
}


def test_contract_accepts_a_problem_for_an_undeclared_path():
    check_contract(
        fake_response(PROBLEM_404, path="/nope", status=404, mimetype="application/problem+json")
    )


@pytest.mark.parametrize(
    ("document", "status"),
    [
        pytest.param({k: v for k, v in PROBLEM_404.items() if k != "detail"}, 404, id="no-detail"),
        pytest.param(PROBLEM_404, 410, id="status-differs-from-the-response"),
    ],
)
def test_contract_rejects_a_broken_problem_for_an_undeclared_path(document, status):
    response = fake_response(
        document, path="/nope", status=status, mimetype="application/problem+json"
    )
    with pytest.raises(BROKEN):
        check_contract(response)


def test_contract_accepts_a_declared_problem():
    problem = {
        "type": "urn:presend:problem:invalid-request",
        "title": "Unprocessable Content",
        "status": 422,
        "detail": "The request has invalid fields: marketplace.",
        "errors": [{"field": "marketplace", "message": "Missing data for required field."}],
    }
    check_contract(fake_response(problem, status=422, mimetype="application/problem+json"))


def test_contract_accepts_the_served_contract():
    check_contract(
        fake_response(
            CONTRACT.read_bytes(), method="GET", path="/openapi.yaml", mimetype="application/yaml"
        )
    )


def _schemas() -> dict[str, Any]:
    return yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))["components"]["schemas"]


def _enum(name: str) -> set[str]:
    return set(_schemas()[name]["enum"])


def _reason_names(documents_only: bool = False) -> set[str]:
    reasons = [r for r in load_pack().reasons if r.documents or not documents_only]
    return {name for r in reasons for name in (r.code, *r.aliases, *r.labels.values())}


def test_the_contract_lists_exactly_the_platforms():
    assert _enum("Platform") == set(load_platforms().packs)


def test_the_contract_lists_exactly_the_packs_marketplaces():
    pack = load_pack()
    names = {m.code for m in pack.marketplaces} | {m.id for m in pack.marketplaces}
    names |= {alias for m in pack.marketplaces for alias in m.aliases}
    assert _enum("MarketplaceCode") == names


def test_the_contract_lists_exactly_the_packs_statuses():
    pack = load_pack()
    names = set(pack.statuses) | {a for aliases in pack.status_aliases.values() for a in aliases}
    assert _enum("OrderStatus") == names


def test_the_contract_lists_exactly_the_packs_reason_names():
    assert _enum("ContactReasonCode") == _reason_names()


def test_the_contract_lists_exactly_the_packs_editions():
    assert _enum("EditionId") == set(load_pack().editions)


def _names(reasons: Any) -> set[str]:
    return {name for r in reasons for name in (r.code, *r.aliases, *r.labels.values())}


def test_the_contract_exempts_exactly_the_document_reasons_from_a_blank_body():
    exempt = _schemas()["AmazonCheckRequest"]["if"]["not"]["anyOf"][0]
    names = exempt["properties"]["message"]["properties"]["contact_reason"]["enum"]
    assert set(names) == _names(r for r in load_pack().reasons if r.documents)


def test_the_contract_exempts_exactly_the_textless_api_reasons_from_a_blank_body():
    """On sp_api a reason whose operation has no text field may have an empty body."""
    exempt = _schemas()["AmazonCheckRequest"]["if"]["not"]["anyOf"][1]
    names = exempt["properties"]["message"]["properties"]["contact_reason"]["enum"]
    textless = (
        r
        for r in load_pack().reasons
        if r.sp_api is not None and not r.sp_api.takes_text and not r.documents
    )
    assert (exempt["properties"]["channel"], set(names)) == ({"const": "sp_api"}, _names(textless))


def test_the_contract_allows_coverage_dates_exactly_for_the_reasons_that_take_them():
    names = _schemas()["AmazonMessage"]["then"]["properties"]["contact_reason"]["enum"]
    takes = (
        r
        for r in load_pack().reasons
        if r.sp_api is not None and {"coverageStartDate", "coverageEndDate"} <= set(r.sp_api.fields)
    )
    assert set(names) == _names(takes)


def test_the_contract_lists_exactly_the_packs_action_names():
    assert _enum("SpApiAction") == load_pack().sp_api_actions


def test_the_contract_lists_exactly_the_ebay_packs_names():
    pack = load_platforms().packs["ebay"]
    marketplaces = {name for m in pack.marketplaces for name in (m.code, m.id, *m.aliases)}
    statuses = set(pack.statuses) | {a for aliases in pack.status_aliases.values() for a in aliases}
    assert _enum("EbayMarketplaceCode") == marketplaces
    assert _enum("EbayOrderStatus") == statuses
    assert _enum("EbayContactReasonCode") == _names(pack.reasons)
    assert _enum("EbayEditionId") == set(pack.editions)


@pytest.mark.parametrize(
    ("schema", "platform"),
    [("AmazonCheckRequest", "amazon"), ("EbayCheckRequest", "ebay")],
)
def test_the_contract_has_the_packs_channels_and_default(schema, platform):
    pack = load_platforms().packs[platform]
    channel = _schemas()[schema]["properties"]["channel"]
    assert channel["enum"] == [c.name for c in pack.channels]
    assert channel["default"] == pack.default_channel.name


def test_the_contract_has_one_check_request_schema_per_platform():
    branches = [ref["$ref"].rsplit("/", 1)[1] for ref in _schemas()["CheckRequest"]["oneOf"]]
    platforms = {_schemas()[name]["properties"]["platform"]["const"] for name in branches}
    assert platforms == set(load_platforms().packs)


def test_openapi_yaml_has_no_duplicate_keys():
    """PyYAML keeps the last of two equal keys; the docs page's js-yaml refuses the file."""
    duplicates = []

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
        keys = [loader.construct_object(key) for key, _ in node.value]
        duplicates.extend(
            f"{key} (line {node.value[i][0].start_mark.line + 1})"
            for i, key in enumerate(keys)
            if key in keys[:i]
        )
        return yaml.SafeLoader.construct_mapping(loader, node)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(CONTRACT.read_text(encoding="utf-8"), Strict)  # noqa: S506 (a SafeLoader)
    assert duplicates == []
