"""The history rules' stories end to end, over HTTP, on each backend: review requests once per
order, the seller's daily limit, the duplicate guard, many messages for one order, learned
opt-outs, outcomes, sellers, dry runs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.ledger.requests import ORDER, OTHER_ORDER, check

THIRD_ORDER = "302-1111111-2222222"


def post(client, document, language="en"):
    response = client.post("/v1/checks", json=document, headers={"Accept-Language": language})
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def rules(answer, severity=None):
    return [f["rule"] for f in answer["findings"] if severity in (None, f["severity"])]


def outcome(client, decision_id, value, **extra):
    return client.post(f"/v1/decisions/{decision_id}/outcome", json={"outcome": value, **extra})


def review(message_id=None, **fields):
    order = fields.get("order", ORDER)
    body = fields.pop("body", None) or (
        f"Guten Tag, wir würden uns über eine Bewertung Ihrer Bestellung {order} freuen."
    )
    return check("review_request", message_id=message_id, body=body, **fields)


# Review requests ------------------------------------------------------------------------------


def test_a_second_review_request_for_the_order_is_rejected_naming_the_first(ledger_client):
    first = post(ledger_client, review("erp-1"))
    assert first["verdict"] == "allow"
    second = post(ledger_client, review("erp-2", body=f"Bitte bewerten Sie Bestellung {ORDER}."))
    assert second["verdict"] == "reject"
    assert rules(second, "error") == ["amazon.ledger.review_already_requested"]
    (finding,) = second["findings"]
    assert first["decision_id"] in finding["message"]
    assert finding["field"] == "message.contact_reason"


def test_the_same_message_id_checked_twice_counts_once(ledger_client):
    assert post(ledger_client, review("erp-1"))["verdict"] == "allow"
    again = post(ledger_client, review("erp-1"))
    assert again["verdict"] == "allow"
    assert rules(again) == []


def test_after_not_sent_a_new_review_request_is_allowed(ledger_client):
    first = post(ledger_client, review("erp-1"))
    response = outcome(ledger_client, first["decision_id"], "not_sent")
    assert response.status_code == 200
    assert response.get_json()["slot"] == "not_sent"
    assert (
        post(ledger_client, review("erp-2", body="Wie gefällt Ihnen Bestellung " + ORDER + "?"))[
            "verdict"
        ]
        == "allow"
    )


def test_a_review_request_for_another_order_is_not_affected(ledger_client):
    post(ledger_client, review("erp-1"))
    assert post(ledger_client, review("erp-2", order=OTHER_ORDER))["verdict"] == "allow"


def test_a_rejected_review_request_holds_no_slot(ledger_client):
    rejected = post(ledger_client, review("erp-1", order__status="unshipped"))
    assert rejected["verdict"] == "reject"
    assert post(ledger_client, review("erp-2"))["verdict"] == "allow"


def test_a_dry_run_sees_the_history_and_holds_nothing(ledger_client):
    preview = post(ledger_client, review("erp-1", dry_run=True))
    assert preview["verdict"] == "allow"
    first = post(ledger_client, review("erp-2"))
    assert first["verdict"] == "allow"
    second_preview = post(
        ledger_client, review("erp-3", body=f"Bewertung für {ORDER}?", dry_run=True)
    )
    assert rules(second_preview, "error") == ["amazon.ledger.review_already_requested"]


def test_the_finding_speaks_german(ledger_client):
    post(ledger_client, review("erp-1"))
    second = post(ledger_client, review("erp-2", body=f"Bewertung für {ORDER}?"), language="de")
    assert second["findings"][0]["message"].startswith("Für diese Bestellung wurde bereits")


# The seller's day -----------------------------------------------------------------------------


def shipping(message_id, order):
    return check(
        "shipping_address",
        message_id=message_id,
        order=order,
        seller_id="acme",
        body=f"Guten Tag, zu Bestellung {order} fehlt die Hausnummer ({message_id}).",
    )


def test_the_daily_limit_rejects_one_message_too_many_until_midnight(ledger_client):
    assert ledger_client.put("/v1/sellers/acme", json={"daily_limit": 2}).status_code == 200
    for number, order in enumerate((ORDER, OTHER_ORDER)):
        assert post(ledger_client, shipping(f"m{number}", order))["verdict"] != "reject"
    too_many = post(ledger_client, shipping("m2", THIRD_ORDER))
    assert too_many["verdict"] == "reject"
    assert rules(too_many, "error") == ["amazon.ledger.daily_limit"]
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    assert too_many["not_before"] == f"{tomorrow}T00:00:00Z"
    seller = ledger_client.get("/v1/sellers/acme").get_json()
    assert (seller["limit_today"], seller["cleared_today"]) == (2, 2)


def test_a_reply_and_a_re_check_do_not_count_against_the_day(ledger_client):
    ledger_client.put("/v1/sellers/acme", json={"daily_limit": 1})
    first = post(ledger_client, shipping("m0", ORDER))
    assert first["verdict"] != "reject"
    reply = check("reply", seller_id="acme", order=OTHER_ORDER, body=f"Danke, {OTHER_ORDER}.")
    assert post(ledger_client, reply)["verdict"] == "allow"
    assert post(ledger_client, shipping("m0", ORDER))["verdict"] != "reject"
    assert ledger_client.get("/v1/sellers/acme").get_json()["cleared_today"] == 1


def test_not_sent_frees_the_place_in_the_day(ledger_client):
    ledger_client.put("/v1/sellers/acme", json={"daily_limit": 1})
    first = post(ledger_client, shipping("m0", ORDER))
    assert post(ledger_client, shipping("m1", OTHER_ORDER))["verdict"] == "reject"
    outcome(ledger_client, first["decision_id"], "not_sent")
    assert post(ledger_client, shipping("m1", OTHER_ORDER))["verdict"] != "reject"


def test_a_seller_without_settings_has_no_limit(ledger_client):
    assert ledger_client.get("/v1/sellers/nobody").get_json() == {
        "seller_id": "nobody",
        "average_daily_orders": None,
        "daily_limit": None,
        "limit_today": None,
        "cleared_today": 0,
    }


@pytest.mark.parametrize(
    ("settings", "limit"),
    [
        pytest.param({"average_daily_orders": 100}, 880, id="formula-0.8x(5x100+600)"),
        pytest.param({"average_daily_orders": 0}, 480, id="formula-no-orders"),
        pytest.param({"average_daily_orders": 100, "daily_limit": 50}, 50, id="explicit-wins"),
        pytest.param({"daily_limit": 0}, 0, id="explicit-zero"),
        pytest.param({}, None, id="neither"),
    ],
)
def test_the_limit_of_a_seller(ledger_client, settings, limit):
    response = ledger_client.put("/v1/sellers/s1", json=settings)
    assert response.status_code == 200
    assert response.get_json()["limit_today"] == limit


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        pytest.param({"daily_limit": -1}, ["daily_limit"], id="negative"),
        pytest.param({"daily_limit": "5"}, ["daily_limit"], id="string"),
        pytest.param({"average_daily_orders": 1.5}, ["average_daily_orders"], id="fraction"),
        pytest.param({"limit_today": 3}, ["limit_today"], id="read-only"),
    ],
)
def test_bad_seller_settings_are_422_naming_the_field(ledger_client, body, fields):
    response = ledger_client.put("/v1/sellers/s1", json=body)
    assert response.status_code == 422
    assert [e["field"] for e in response.get_json()["errors"]] == fields


def test_the_daily_limit_rule_can_be_switched_off(make_app, ledger_url):
    from service.config import Settings

    settings = Settings.from_env(
        {"PRESEND_DATABASE_URL": ledger_url, "PRESEND_RULES": "amazon.ledger.daily_limit=off"}
    )
    client = make_app(settings).test_client()
    client.put("/v1/sellers/acme", json={"daily_limit": 0})
    assert post(client, shipping("m0", ORDER))["verdict"] != "reject"


# Duplicates and many messages -----------------------------------------------------------------


def test_the_same_text_twice_is_a_duplicate(ledger_client):
    text = f"Guten Tag, zu Bestellung {ORDER} fehlt die Hausnummer."
    first = post(ledger_client, check(message_id="a", body=text))
    second = post(ledger_client, check(message_id="b", body=text.upper().replace(" ", "  ")))
    assert rules(second, "error") == ["amazon.ledger.duplicate"]
    assert first["decision_id"] in second["findings"][0]["message"]
    assert post(ledger_client, check(message_id="a", body=text))["verdict"] != "reject"


def test_a_re_checked_text_is_guarded_for_the_window_of_the_first_clearing(ledger_app):
    """A message re-checked with a new text keeps its first clearing, and so does the window of
    its duplicate-guard slot: once the rule no longer sees a duplicate, the slot is free too."""
    client = ledger_app.test_client()
    start = datetime.now(UTC)
    at = start
    ledger_app.extensions["presend"].ledger.clock = lambda: at
    first, second = (f"{text} zu Bestellung {ORDER}." for text in ("Erste Fassung", "Zweite"))
    post(client, check(message_id="a", body=first))
    at = start + timedelta(hours=20)
    post(client, check(message_id="a", body=second))  # the re-check moves its slot
    at = start + timedelta(hours=23)
    assert rules(post(client, check(message_id="b", body=second)), "error") == [
        "amazon.ledger.duplicate"
    ]
    at = start + timedelta(hours=30)
    response = client.post("/v1/checks", json=check(message_id="c", body=second))
    assert response.status_code == 200, response.get_json()  # not 503: the slot was free
    assert "amazon.ledger.duplicate" not in rules(response.get_json())


def test_the_same_text_to_another_order_is_no_duplicate(ledger_client):
    text = "Guten Tag, zu Ihrer Bestellung fehlt die Hausnummer."
    post(ledger_client, check(message_id="a", body=f"{text} {ORDER}"))
    other = post(ledger_client, check(message_id="b", order=OTHER_ORDER, body=f"{text} {ORDER}"))
    assert "amazon.ledger.duplicate" not in rules(other)


def test_a_fourth_proactive_message_for_an_order_warns(ledger_client):
    for number in range(3):
        answer = post(
            ledger_client, check(message_id=f"m{number}", body=f"Nachricht {number} zu {ORDER}.")
        )
        assert "amazon.ledger.order_message_count" not in rules(answer)
    fourth = post(ledger_client, check(message_id="m3", body=f"Nachricht 3 zu {ORDER}."))
    assert rules(fourth, "warning") == ["amazon.ledger.order_message_count"]
    assert fourth["verdict"] != "reject"


# Outcomes -------------------------------------------------------------------------------------


def test_sent_records_the_time_and_not_sent_after_it_conflicts(ledger_client):
    first = post(ledger_client, review("erp-1"))
    sent = outcome(ledger_client, first["decision_id"], "sent", at="2026-11-27T09:30:00+01:00")
    assert sent.status_code == 200
    assert (sent.get_json()["slot"], sent.get_json()["outcome_at"]) == (
        "sent",
        "2026-11-27T08:30:00Z",
    )
    assert outcome(ledger_client, first["decision_id"], "sent").status_code == 200
    assert outcome(ledger_client, first["decision_id"], "not_sent").status_code == 409


def test_not_sent_is_idempotent_and_sent_after_it_conflicts(ledger_client):
    first = post(ledger_client, review("erp-1"))
    assert outcome(ledger_client, first["decision_id"], "not_sent").status_code == 200
    assert outcome(ledger_client, first["decision_id"], "not_sent").status_code == 200
    conflict = outcome(ledger_client, first["decision_id"], "sent")
    assert conflict.status_code == 409
    assert conflict.get_json()["type"] == "urn:presend:problem:outcome-conflict"


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        pytest.param({"outcome": "maybe"}, ["outcome"], id="unknown-outcome"),
        pytest.param({}, ["outcome"], id="missing"),
        pytest.param({"outcome": "sent", "at": "yesterday"}, ["at"], id="bad-time"),
        pytest.param({"outcome": "sent", "by": "me"}, ["by"], id="unknown-field"),
    ],
)
def test_a_bad_outcome_is_422(ledger_client, body, fields):
    first = post(ledger_client, check())
    response = ledger_client.post(f"/v1/decisions/{first['decision_id']}/outcome", json=body)
    assert response.status_code == 422
    assert [e["field"] for e in response.get_json()["errors"]] == fields


def test_the_outcome_of_an_unknown_decision_is_404(ledger_client):
    response = outcome(ledger_client, "3f2b1c9e-0000-4000-8000-000000000000", "sent")
    assert response.status_code == 404


def test_the_order_lists_slot_states(ledger_client):
    first = post(ledger_client, review("erp-1"))
    post(ledger_client, check("reply", body=f"Danke, {ORDER}."))
    outcome(ledger_client, first["decision_id"], "sent")
    listed = ledger_client.get(f"/v1/orders/DE/{ORDER}/messages").get_json()["messages"]
    assert [(m["contact_reason"], m["slot"]) for m in listed] == [
        ("review_request", "sent"),
        ("reply", None),
    ]


def test_a_batch_is_checks_in_a_row_each_on_the_history_before_it(ledger_client):
    items = [review("erp-1"), review("erp-2", body=f"Bitte bewerten Sie Bestellung {ORDER}.")]
    response = ledger_client.post("/v1/checks/batch", json={"checks": items})
    assert response.status_code == 200
    first, second = response.get_json()["results"]
    assert first["verdict"] == "allow"
    assert rules(second, "error") == ["amazon.ledger.review_already_requested"]
    assert first["decision_id"] in second["findings"][0]["message"]
