"""The timing rules: the 30-day limit and the review request window.

All instants are relative to the fixed evaluation instant NOW. Rows compare the verdict and
each finding as (rule id, field, fixed, not_before), plus the decision's own not_before.
Defaults: amazon.de, 2020-11, e-mail, opt-out unknown, order number in the body.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from service.engine import Verdict
from tests.engine.conftest import NOW, ORDER_ID

ALLOW, MODIFY, REJECT = Verdict.ALLOW, Verdict.MODIFY, Verdict.REJECT

TOO_LATE = "amazon.timing.too_late"
REVIEW_WINDOW = "amazon.timing.review_window"
NOT_ALLOWED = "amazon.reason.not_allowed_for_status"
OPTED_OUT = "amazon.buyer.opted_out"
ORDER_ID_MISSING = "amazon.order_id.missing"

BODY = f"Zu Ihrer Bestellung {ORDER_ID}: alles in Ordnung?"


def ago(days: float = 0, **more: float):
    """An instant this long before NOW (negative: after)."""
    return NOW - timedelta(days=days, **more)


def _outcome(decision):
    return (
        decision.verdict,
        [(f.rule, f.field, f.fixed, f.not_before) for f in decision.findings],
        decision.not_before,
    )


# A non-critical proactive message in the order's state, so no tag rule speaks.
UNSHIPPED = {"reason": "order_details", "status": "unshipped", "subject": "Rückfrage"}
DELIVERED = {"reason": "invoice", "status": "delivered", "subject": "Ihre Rechnung"}
REPLY = {"reason": "reply", "subject": "Re: Ihre Frage"}

TOO_LATE_CASES = [
    pytest.param(
        {**UNSHIPPED, "purchased_at": ago(31)},
        REJECT,
        [(TOO_LATE, "order.purchased_at", False, None)],
        None,
        id="amazon.timing.too_late-31-days-after-purchase",
    ),
    pytest.param(
        {**UNSHIPPED, "purchased_at": ago(30, seconds=1)},
        REJECT,
        [(TOO_LATE, "order.purchased_at", False, None)],
        None,
        id="amazon.timing.too_late-a-second-past-30-days",
    ),
    pytest.param(
        {**UNSHIPPED, "purchased_at": ago(30)},
        ALLOW,
        [],
        None,
        id="amazon.timing.too_late-exactly-30-days-still-allowed",
    ),
    pytest.param(
        {**UNSHIPPED, "purchased_at": ago(29)},
        ALLOW,
        [],
        None,
        id="amazon.timing.too_late-29-days-after-purchase",
    ),
    pytest.param(
        {**UNSHIPPED, "purchased_at": None},
        ALLOW,
        [],
        None,
        id="amazon.timing.too_late-no-dates-no-limit",
    ),
    pytest.param(
        {**DELIVERED, "purchased_at": ago(40), "delivered_at": ago(31)},
        REJECT,
        [(TOO_LATE, "order.delivered_at", False, None)],
        None,
        id="amazon.timing.too_late-31-days-after-delivery",
    ),
    pytest.param(
        {**DELIVERED, "purchased_at": ago(90), "delivered_at": ago(10)},
        ALLOW,
        [],
        None,
        id="amazon.timing.too_late-delivery-counts-not-purchase",
    ),
    pytest.param(
        {**DELIVERED, "purchased_at": ago(40), "delivered_at": ago(30)},
        ALLOW,
        [],
        None,
        id="amazon.timing.too_late-exactly-30-days-after-delivery",
    ),
    pytest.param(
        {**DELIVERED, "status": "shipped", "purchased_at": ago(50), "delivered_at": ago(31)},
        REJECT,
        [(TOO_LATE, "order.delivered_at", False, None)],
        None,
        id="amazon.timing.too_late-shipped-with-delivered_at",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "status": "shipped", "purchased_at": ago(45)},
        REJECT,
        [(TOO_LATE, "order.purchased_at", False, None)],
        None,
        id="amazon.timing.too_late-critical-too",
    ),
    pytest.param(
        {**UNSHIPPED, "purchased_at": ago(31), "edition": "2025-04"},
        REJECT,
        [(TOO_LATE, "order.purchased_at", False, None)],
        None,
        id="amazon.timing.too_late-2025-04",
    ),
    pytest.param(
        {**UNSHIPPED, "purchased_at": ago(31), "channel": "sp_api", "subject": None},
        REJECT,
        [(TOO_LATE, "order.purchased_at", False, None)],
        None,
        id="amazon.timing.too_late-sp_api",
    ),
    # Replies have no time limit.
    pytest.param(
        {**REPLY, "status": "delivered", "purchased_at": ago(400), "delivered_at": ago(300)},
        ALLOW,
        [],
        None,
        id="amazon.timing.too_late-reply-after-delivery-exempt",
    ),
    pytest.param(
        {**REPLY, "status": "canceled", "purchased_at": ago(90)},
        ALLOW,
        [],
        None,
        id="amazon.timing.too_late-reply-after-purchase-exempt",
    ),
    # The review request has its own window, so it is reported once, by that rule.
    pytest.param(
        {
            "reason": "review_request",
            "status": "delivered",
            "subject": "Ihre Meinung",
            "purchased_at": ago(60),
            "delivered_at": ago(40),
        },
        REJECT,
        [(REVIEW_WINDOW, "order.delivered_at", False, None)],
        None,
        id="amazon.timing.too_late-not-for-review-requests",
    ),
]


@pytest.mark.parametrize(("overrides", "verdict", "findings", "not_before"), TOO_LATE_CASES)
def test_too_late(check, overrides, verdict, findings, not_before):
    assert _outcome(check(body=BODY, **overrides)) == (verdict, findings, not_before)


def test_too_late_names_when_the_limit_ended(check):
    (finding,) = check(body=BODY, **UNSHIPPED, purchased_at=ago(31)).findings
    assert finding.message.en == (
        "Proactive messages are allowed up to 30 days after purchase "
        "(2026-10-27T08:00:00Z); that ended on 2026-11-26T08:00:00Z. "
        "Only replies to the buyer have no time limit."
    )


REVIEW = {
    "reason": "review_request",
    "status": "delivered",
    "subject": "Wie zufrieden sind Sie?",
    "purchased_at": ago(40),
}

REVIEW_WINDOW_CASES = [
    # delivered_at stands in for both window dates.
    pytest.param(
        {**REVIEW, "delivered_at": ago(3)},
        REJECT,
        [(REVIEW_WINDOW, "order.delivered_at", False, ago(-2))],
        ago(-2),
        id="amazon.timing.review_window-early-not_before-5-days-after-delivery",
    ),
    pytest.param(
        {**REVIEW, "delivered_at": ago(4, hours=23)},
        REJECT,
        [(REVIEW_WINDOW, "order.delivered_at", False, ago(hours=-1))],
        ago(hours=-1),
        id="amazon.timing.review_window-an-hour-early",
    ),
    pytest.param(
        {**REVIEW, "delivered_at": ago(5)},
        ALLOW,
        [],
        None,
        id="amazon.timing.review_window-opens-on-day-5",
    ),
    pytest.param(
        {**REVIEW, "delivered_at": ago(12)},
        ALLOW,
        [],
        None,
        id="amazon.timing.review_window-inside",
    ),
    pytest.param(
        {**REVIEW, "delivered_at": ago(30)},
        ALLOW,
        [],
        None,
        id="amazon.timing.review_window-closes-after-day-30",
    ),
    pytest.param(
        {**REVIEW, "delivered_at": ago(30, seconds=1)},
        REJECT,
        [(REVIEW_WINDOW, "order.delivered_at", False, None)],
        None,
        id="amazon.timing.review_window-late-by-a-second-no-not_before",
    ),
    pytest.param(
        {**REVIEW, "delivered_at": ago(90)},
        REJECT,
        [(REVIEW_WINDOW, "order.delivered_at", False, None)],
        None,
        id="amazon.timing.review_window-late-no-not_before",
    ),
    # The window dates, where given, win over delivered_at.
    pytest.param(
        {
            **REVIEW,
            "delivered_at": ago(10),
            "earliest_delivery_at": ago(3),
            "latest_delivery_at": ago(-2),
        },
        REJECT,
        [(REVIEW_WINDOW, "order.delivered_at", False, ago(-2))],
        ago(-2),
        id="amazon.timing.review_window-opens-5-days-after-earliest",
    ),
    pytest.param(
        {
            **REVIEW,
            "delivered_at": ago(35),
            "earliest_delivery_at": ago(40),
            "latest_delivery_at": ago(20),
        },
        ALLOW,
        [],
        None,
        id="amazon.timing.review_window-closes-30-days-after-latest",
    ),
    pytest.param(
        {
            **REVIEW,
            "delivered_at": ago(40),
            "earliest_delivery_at": ago(60),
            "latest_delivery_at": ago(31),
        },
        REJECT,
        [(REVIEW_WINDOW, "order.delivered_at", False, None)],
        None,
        id="amazon.timing.review_window-late-after-latest",
    ),
    pytest.param(
        {**REVIEW, "delivered_at": ago(10), "earliest_delivery_at": ago(3)},
        REJECT,
        [(REVIEW_WINDOW, "order.delivered_at", False, ago(-2))],
        ago(-2),
        id="amazon.timing.review_window-earliest-with-delivered_at-as-latest",
    ),
    pytest.param(
        {**REVIEW, "delivered_at": None},
        ALLOW,
        [],
        None,
        id="amazon.timing.review_window-delivered-without-dates-no-window",
    ),
    # Shipped with a delivery date counts as delivered; without one the status rule speaks.
    pytest.param(
        {**REVIEW, "status": "shipped", "delivered_at": ago(10)},
        ALLOW,
        [],
        None,
        id="amazon.timing.review_window-shipped-and-delivered",
    ),
    pytest.param(
        {**REVIEW, "status": "Shipped", "delivered_at": ago(3)},
        REJECT,
        [(REVIEW_WINDOW, "order.delivered_at", False, ago(-2))],
        ago(-2),
        id="amazon.timing.review_window-shipped-and-delivered-early",
    ),
    pytest.param(
        {**REVIEW, "status": "shipped", "delivered_at": None},
        REJECT,
        [(NOT_ALLOWED, "message.contact_reason", False, None)],
        None,
        id="amazon.timing.review_window-shipped-not-delivered-is-a-status-matter",
    ),
    pytest.param(
        {**REVIEW, "status": "shipped", "delivered_at": ago(-1)},
        REJECT,
        [(NOT_ALLOWED, "message.contact_reason", False, None)],
        None,
        id="amazon.timing.review_window-delivery-date-in-the-future",
    ),
    # not_before only when time is the only obstacle.
    pytest.param(
        {**REVIEW, "delivered_at": ago(3), "opted_out": True},
        REJECT,
        [
            (OPTED_OUT, "buyer.opted_out", False, None),
            (REVIEW_WINDOW, "order.delivered_at", False, ago(-2)),
        ],
        None,
        id="amazon.timing.review_window-early-and-opted-out-no-not_before",
    ),
    pytest.param(
        {**REVIEW, "delivered_at": ago(3), "subject": "Wie zufrieden sind Sie?", "body": "Hi"},
        REJECT,
        [
            (ORDER_ID_MISSING, "message.subject", True, None),
            (REVIEW_WINDOW, "order.delivered_at", False, ago(-2)),
        ],
        ago(-2),
        id="amazon.timing.review_window-fixed-errors-do-not-block-not_before",
    ),
    pytest.param(
        {**REVIEW, "delivered_at": ago(3), "edition": "2025-04"},
        REJECT,
        [(REVIEW_WINDOW, "order.delivered_at", False, ago(-2))],
        ago(-2),
        id="amazon.timing.review_window-2025-04",
    ),
    pytest.param(
        {**REVIEW, "delivered_at": ago(3), "channel": "sp_api", "subject": None, "body": ""},
        REJECT,
        [(REVIEW_WINDOW, "order.delivered_at", False, ago(-2))],
        ago(-2),
        id="amazon.timing.review_window-sp_api",
    ),
    pytest.param(
        {**UNSHIPPED, "delivered_at": ago(1)},
        ALLOW,
        [],
        None,
        id="amazon.timing.review_window-only-for-review-requests",
    ),
]


@pytest.mark.parametrize(("overrides", "verdict", "findings", "not_before"), REVIEW_WINDOW_CASES)
def test_review_window(check, overrides, verdict, findings, not_before):
    assert _outcome(check(**{"body": BODY, **overrides})) == (verdict, findings, not_before)


def test_review_window_message_names_the_window(check):
    (finding,) = check(body=BODY, **REVIEW, delivered_at=ago(3)).findings
    assert finding.message.en == (
        "A review request is allowed from 2026-11-29T08:00:00Z to 2026-12-24T08:00:00Z "
        "(5 to 30 days after delivery); it is now 2026-11-27T08:00:00Z."
    )
