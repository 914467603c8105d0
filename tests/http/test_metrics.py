"""GET /metrics in process: what is counted, under which labels, and behind which gate.

The counts live in files shared by every app of this test process (as by every worker of a
gunicorn), so each test compares a scrape after its requests with one before them.
tests/test_server.py proves the sums over several real gunicorn workers.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from service import metrics
from service.config import Settings

API_KEY = "metrics-test-key-0123456789abcdef0123456789"
BEARER = {"Authorization": f"Bearer {API_KEY}"}
ORDER_ID = "302-1234567-1234567"
SELLER = "seller-acme-4711"
# The only label names the service may use: codes from small fixed sets.
ALLOWED_LABELS = {"verdict", "marketplace", "channel", "rule", "endpoint", "status", "kind", "le"}

CHECK: dict[str, Any] = {
    "message_id": "erp-metrics-1",
    "seller_id": SELLER,
    "marketplace": "DE",
    "order": {"id": ORDER_ID, "status": "unshipped"},
    "buyer": {"opted_out": False},
    "message": {
        "contact_reason": "shipping_address",
        "subject": "Rückfrage zur Lieferadresse",
        "body": "Guten Tag, in Ihrer Lieferadresse fehlt die Hausnummer.",
    },
}
REJECT_ON_API = {
    **copy.deepcopy(CHECK),
    "marketplace": "UK",
    "channel": "sp_api",
    "order": {"id": ORDER_ID, "status": "canceled"},
}


@pytest.fixture
def settings() -> Settings:
    return Settings(metrics=True, api_keys=(API_KEY,))


def scrape(client) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of /metrics by name and labels."""
    response = client.get("/metrics", headers=BEARER)
    assert response.status_code == 200, response.get_data(as_text=True)
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.get_data(as_text=True))
        for sample in family.samples
    }


def value(samples: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str):
    return samples.get((name, frozenset(labels.items())), 0.0)


def growth(before, after, name: str, **labels: str) -> float:
    return value(after, name, **labels) - value(before, name, **labels)


def post_batch(client, checks: list[Any]) -> None:
    response = client.post("/v1/checks/batch", json={"checks": checks}, headers=BEARER)
    assert response.status_code == 200


def test_checks_are_counted_by_verdict_marketplace_and_channel(client):
    before = scrape(client)
    post_batch(client, [CHECK, CHECK, REJECT_ON_API, None])
    client.post("/v1/checks", json=CHECK, headers=BEARER)
    after = scrape(client)
    name = "presend_checks_total"
    assert growth(before, after, name, verdict="modify", marketplace="DE", channel="email") == 3
    assert growth(before, after, name, verdict="reject", marketplace="UK", channel="sp_api") == 1


def test_findings_are_counted_by_rule_id(client):
    before = scrape(client)
    post_batch(client, [CHECK, REJECT_ON_API])
    after = scrape(client)
    # Neither names the order: both have an amazon.order_id.missing finding.
    assert growth(before, after, "presend_findings_total", rule="amazon.order_id.missing") == 2
    assert growth(before, after, "presend_findings_total", rule="amazon.order.canceled") == 1


def test_every_check_of_a_batch_is_timed(client):
    before = scrape(client)
    post_batch(client, [CHECK] * 3)
    after = scrape(client)
    assert growth(before, after, "presend_check_duration_seconds_count") == 3
    assert growth(before, after, "presend_check_duration_seconds_bucket", le="+Inf") == 3
    assert growth(before, after, "presend_check_duration_seconds_sum") > 0


@pytest.mark.parametrize(
    ("method", "path", "endpoint", "status"),
    [
        pytest.param("post", "/v1/checks/batch", "/v1/checks/batch", "200", id="batch"),
        pytest.param("get", "/v1/marketplaces", "/v1/marketplaces", "200", id="catalogue"),
        pytest.param("get", "/v1/orders/302-1234567-1234567", "unmatched", "404", id="unknown"),
        pytest.param("get", "/healthz", "/healthz", "200", id="open"),
    ],
)
def test_requests_are_timed_by_route_and_status(client, method, path, endpoint, status):
    before = scrape(client)
    kwargs = {"json": {"checks": [CHECK]}} if method == "post" else {}
    getattr(client, method)(path, headers=BEARER, **kwargs)
    after = scrape(client)
    name = "presend_http_request_duration_seconds_count"
    assert growth(before, after, name, endpoint=endpoint, status=status) == 1


def test_refused_authentications_are_counted(client):
    before = scrape(client)
    client.post("/v1/checks", json=CHECK)
    client.post("/v1/checks", json=CHECK, headers={"Authorization": "Bearer wrong"})
    client.get("/metrics")
    after = scrape(client)
    assert growth(before, after, "presend_authentication_refused_total") == 3
    name = "presend_http_request_duration_seconds_count"
    assert growth(before, after, name, endpoint="/v1/checks", status="401") == 2


def test_the_metrics_need_the_same_credentials_as_v1(client):
    response = client.get("/metrics")
    assert response.status_code == 401
    assert "WWW-Authenticate" in response.headers


@pytest.mark.parametrize("kind", ["unavailable", "timeout", "conflict", "error"])
def test_ledger_errors_are_counted_by_kind(client, kind):
    before = scrape(client)
    metrics.record_ledger_error(kind)  # type: ignore[arg-type]
    after = scrape(client)
    assert growth(before, after, "presend_ledger_errors_total", kind=kind) == 1


def test_no_label_names_a_seller_order_buyer_or_message(client):
    post_batch(client, [CHECK, REJECT_ON_API])
    text = client.get("/metrics", headers=BEARER).get_data(as_text=True)
    names = {name for name, labels in scrape(client) for name, _ in labels}
    assert names <= ALLOWED_LABELS
    for private in (SELLER, ORDER_ID, "erp-metrics-1", "Hausnummer"):
        assert private not in text


def test_prometheus_text_format_by_default_and_no_cache(client):
    response = client.get("/metrics", headers=BEARER)
    assert response.mimetype == "text/plain"
    assert "version=0.0.4" in response.headers["Content-Type"]
    assert response.headers["Cache-Control"] == "no-store"


def test_openmetrics_when_the_scraper_asks_for_it(client):
    response = client.get(
        "/metrics", headers={**BEARER, "Accept": "application/openmetrics-text; version=1.0.0"}
    )
    assert response.mimetype == "application/openmetrics-text"
    assert response.get_data(as_text=True).endswith("# EOF\n")


@pytest.mark.parametrize(
    "accept",
    [
        "application/openmetrics-text; version=abc",
        "application/openmetrics-text; version=1.0.0-rc1",
        "text/plain; version=1.x",
    ],
)
def test_an_unreadable_accept_version_gets_the_default_format(client, accept):
    response = client.get("/metrics", headers={**BEARER, "Accept": accept})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8"


@pytest.mark.parametrize("settings", [Settings(api_keys=(API_KEY,))], ids=["metrics-off"])
def test_the_metrics_are_off_unless_asked_for(client):
    response = client.get("/metrics", headers=BEARER)
    assert response.status_code == 404
    assert "PRESEND_METRICS=1" in response.get_json()["detail"]
