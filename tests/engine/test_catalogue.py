"""availability(): which reasons an order in a status offers, and why not.

The expected tables are written from Amazon's pages (docs/sources.md), not read from the pack,
so a data change that contradicts them fails here.
"""

from __future__ import annotations

import pytest

from service.engine import Severity, availability
from tests.engine.conftest import ALL_BUT_PENDING_CANCELED, NOW

# The statuses that offer each reason.
OFFERED_IN = {
    "additional_information_required": {"unshipped", "partially_shipped", "shipped"},
    "customization": {"unshipped", "partially_shipped"},
    "delivery_scheduling": {"unshipped", "partially_shipped", "shipped"},
    "shipping_address": {"unshipped", "partially_shipped"},
    "unexpected_problem": {"unshipped", "partially_shipped", "shipped"},
    "legal_disclosure": set(ALL_BUT_PENDING_CANCELED),
    "order_details": {"unshipped", "partially_shipped"},
    "service_appointment": {"unshipped", "partially_shipped", "shipped"},
    "digital_access_key": {"unshipped", "partially_shipped", "shipped", "delivered"},
    "invoice": {"shipped", "delivered", "return_requested", "returned", "refunded"},
    "warranty": {"shipped", "delivered"},
    "return": {"delivered", "return_requested", "returned"},
    "review_request": {"delivered"},
    "feedback_removal": {"delivered"},
    "reply": {"pending", "canceled", *ALL_BUT_PENDING_CANCELED},
}
PROHIBITED = {
    "order_confirmation",
    "shipping_confirmation",
    "thank_you",
    "marketing",
    "out_of_stock",
}
STATUSES = ("pending", "canceled", *sorted(ALL_BUT_PENDING_CANCELED))


def _why_not(reason: str, status: str, edition: str) -> list[str]:
    """The rule ids that close a reason in a status, in the engine's order (empty: offered)."""
    why = []
    if status == "canceled" and reason != "reply":
        why.append("amazon.order.canceled")
    if status == "pending" and reason != "reply":
        why.append("amazon.order.pending")
    if reason in PROHIBITED:
        why.append("amazon.reason.prohibited")
    retired = edition == "2025-04" and reason == "feedback_removal"
    if retired:
        why.append("amazon.reason.retired")
    if not why and status not in OFFERED_IN.get(reason, set()):
        why.append("amazon.reason.not_allowed_for_status")
    return why


def _availability(pack, status, edition, fulfillment="merchant", marketplace="DE"):
    return availability(
        pack,
        pack.find_marketplace(marketplace),
        pack.editions[edition],
        status,
        fulfillment,
        NOW,
    )


@pytest.mark.parametrize(
    ("status", "edition"),
    [
        pytest.param(status, edition, id=f"catalogue-{status}-{edition}")
        for status in STATUSES
        for edition in ("2020-11", "2025-04")
    ],
)
def test_every_reason_offered_or_closed_with_its_rule(pack, status, edition):
    result = _availability(pack, status, edition)
    assert [(a.reason.code, a.allowed, [f.rule for f in a.findings]) for a in result] == [
        (r.code, not _why_not(r.code, status, edition), _why_not(r.code, status, edition))
        for r in pack.reasons
    ]


@pytest.mark.parametrize(
    ("status", "offered"),
    [
        pytest.param("pending", {"reply"}, id="catalogue-pending-only-reply"),
        pytest.param("canceled", {"reply"}, id="catalogue-canceled-only-reply"),
        pytest.param(
            "shipped",
            {
                "additional_information_required",
                "delivery_scheduling",
                "unexpected_problem",
                "legal_disclosure",
                "service_appointment",
                "digital_access_key",
                "invoice",
                "warranty",
                "reply",
            },
            id="catalogue-shipped-no-review-request-without-delivery",
        ),
        pytest.param(
            "refunded",
            {"legal_disclosure", "invoice", "reply"},
            id="catalogue-refunded",
        ),
    ],
)
def test_offered_reasons_by_status(pack, status, offered):
    result = _availability(pack, status, "2020-11")
    assert {a.reason.code for a in result if a.allowed} == offered


@pytest.mark.parametrize(
    ("edition", "allowed"),
    [
        pytest.param("2020-11", True, id="catalogue-feedback_removal-2020-11"),
        pytest.param("2025-04", False, id="catalogue-feedback_removal-retired-2025-04"),
    ],
)
def test_feedback_removal_is_offered_on_delivered_orders_until_2025_04(pack, edition, allowed):
    (entry,) = [
        a for a in _availability(pack, "delivered", edition) if a.reason.code == "feedback_removal"
    ]
    assert entry.allowed is allowed


def test_fba_reasons_stay_offered_with_a_warning(pack):
    result = _availability(pack, "shipped", "2020-11", fulfillment="amazon")
    warned = {
        a.reason.code: a.allowed
        for a in result
        if [(f.rule, f.severity) for f in a.findings]
        == [("amazon.reason.fba_customer_service", Severity.WARNING)]
    }
    assert warned == {"delivery_scheduling": True, "unexpected_problem": True}


def test_not_allowed_finding_lists_what_is_allowed(pack):
    (entry,) = [a for a in _availability(pack, "refunded", "2020-11") if a.reason.code == "return"]
    (finding,) = entry.findings
    assert finding.message.en.endswith("Allowed: legal_disclosure, invoice, reply.")


@pytest.mark.parametrize(
    "marketplace",
    [pytest.param(code, id=f"catalogue-marketplace-{code}") for code in ("DE", "US", "JP")],
)
def test_the_catalogue_does_not_depend_on_the_marketplace(pack, marketplace):
    def summary(code):
        return [
            (a.reason.code, a.allowed)
            for a in _availability(pack, "shipped", "2020-11", marketplace=code)
        ]

    assert summary(marketplace) == summary("DE")
