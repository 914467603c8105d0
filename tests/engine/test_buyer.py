"""amazon.buyer.opted_out: non-critical proactive messages bounce.

Rows compare the verdict, subject, body and each finding as (rule id, fixed, span). Defaults:
amazon.de, 2020-11, e-mail, unshipped, order number in the body.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from service.engine import Verdict
from tests.engine.conftest import NOW, ORDER_ID, found

ALLOW, MODIFY, REJECT = Verdict.ALLOW, Verdict.MODIFY, Verdict.REJECT

OPTED_OUT = "amazon.buyer.opted_out"
TAG_MISSING = "amazon.subject.tag_missing"
TAG_MISUSE = "amazon.subject.tag_misuse"
NOT_EDITABLE = "amazon.subject.not_editable"

BODY = f"Zu Ihrer Bestellung {ORDER_ID}: bitte bestätigen Sie die Größe."
NON_CRITICAL = {"reason": "order_details", "subject": "Rückfrage", "body": BODY}
DELIVERED_A_WEEK_AGO = {
    "reason": "review_request",
    "status": "delivered",
    "delivered_at": NOW - timedelta(days=7),
    "subject": "Wie zufrieden sind Sie?",
    "body": BODY,
}

OPTED_OUT_CASES = [
    *(
        pytest.param(
            {**NON_CRITICAL, "opted_out": True, "edition": edition},
            REJECT,
            "Rückfrage",
            [(OPTED_OUT, False, None)],
            id=f"amazon.buyer.opted_out-non-critical-{edition}",
        )
        for edition in ("2020-11", "2025-04")
    ),
    pytest.param(
        {**NON_CRITICAL, "opted_out": None},
        ALLOW,
        "Rückfrage",
        [],
        id="amazon.buyer.opted_out-unknown-is-not-a-rejection",
    ),
    pytest.param(
        {**NON_CRITICAL, "opted_out": False},
        ALLOW,
        "Rückfrage",
        [],
        id="amazon.buyer.opted_out-opted-in",
    ),
    # Never "fixed" by a tag: the tag is misuse and goes, the message is still rejected.
    pytest.param(
        {**NON_CRITICAL, "opted_out": True, "subject": "[Wichtig] Rückfrage"},
        REJECT,
        "Rückfrage",
        [(OPTED_OUT, False, None), (TAG_MISUSE, True, (0, 9))],
        id="amazon.buyer.opted_out-tag-does-not-help",
    ),
    # Critical messages reach opted-out buyers: with the tag in 2020-11, always in 2025-04.
    pytest.param(
        {"reason": "shipping_address", "subject": "Rückfrage", "body": BODY, "opted_out": True},
        MODIFY,
        "[Wichtig] Rückfrage",
        [(TAG_MISSING, True, None)],
        id="amazon.buyer.opted_out-critical-gets-the-tag-2020-11",
    ),
    pytest.param(
        {
            "reason": "shipping_address",
            "subject": "Rückfrage",
            "body": BODY,
            "opted_out": True,
            "edition": "2025-04",
        },
        ALLOW,
        "Rückfrage",
        [],
        id="amazon.buyer.opted_out-critical-delivered-2025-04",
    ),
    # Replies are exempt from opt-out.
    pytest.param(
        {"reason": "reply", "subject": "Re: Größe", "body": "Danke!", "opted_out": True},
        ALLOW,
        "Re: Größe",
        [],
        id="amazon.buyer.opted_out-reply-exempt",
    ),
    pytest.param(
        {**NON_CRITICAL, "opted_out": True, "channel": "seller_central"},
        REJECT,
        "Rückfrage",
        [(OPTED_OUT, False, None), (NOT_EDITABLE, False, None)],
        id="amazon.buyer.opted_out-seller-central",
    ),
    pytest.param(
        {**NON_CRITICAL, "opted_out": True, "channel": "sp_api", "subject": None},
        REJECT,
        None,
        [(OPTED_OUT, False, None)],
        id="amazon.buyer.opted_out-sp-api",
    ),
    pytest.param(
        {**DELIVERED_A_WEEK_AGO, "opted_out": True},
        REJECT,
        "Wie zufrieden sind Sie?",
        [(OPTED_OUT, False, None)],
        id="amazon.buyer.opted_out-review-request",
    ),
    pytest.param(
        {**DELIVERED_A_WEEK_AGO, "opted_out": False},
        ALLOW,
        "Wie zufrieden sind Sie?",
        [],
        id="amazon.buyer.opted_out-review-request-opted-in",
    ),
]


@pytest.mark.parametrize(("overrides", "verdict", "subject", "findings"), OPTED_OUT_CASES)
def test_opted_out(check, overrides, verdict, subject, findings):
    decision = check(**overrides)
    assert (decision.verdict, decision.subject, decision.body, found(decision)) == (
        verdict,
        subject,
        overrides["body"],
        findings,
    )


def test_opted_out_finding_points_at_the_buyer_and_has_no_time_to_wait_for(check):
    decision = check(**NON_CRITICAL, opted_out=True)
    (finding,) = decision.findings
    assert (finding.field, finding.severity.value, finding.not_before, decision.not_before) == (
        "buyer.opted_out",
        "error",
        None,
        None,
    )
    assert "'order_details'" in finding.message.en
    assert "'order_details'" in finding.message.de
