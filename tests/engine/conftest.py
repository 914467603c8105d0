"""Engine fixtures: the Amazon pack, and requests built from a few keyword overrides.

Every test names only what matters to it; everything else is a well-formed, unremarkable
message: amazon.de, edition 2020-11, e-mail, an unshipped merchant-fulfilled order bought five
days ago, buyer opt-out unknown, reason additional_information_required, the order number in
the body.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from service.engine import (
    BodyFormat,
    Buyer,
    CheckRequest,
    Decision,
    Message,
    Order,
    RulePolicy,
    evaluate,
)
from service.engine.history import History
from service.engine.rule import Rule
from service.engine.rules import CORE_RULES, RULES
from service.packs import Pack, load_pack

NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
# Written out here rather than read from the pack, so that a data change contradicting
# Amazon's pages fails a test.
STATUSES = (
    "pending",
    "unshipped",
    "partially_shipped",
    "shipped",
    "delivered",
    "return_requested",
    "returned",
    "refunded",
    "canceled",
)
ALL_BUT_PENDING_CANCELED = tuple(s for s in STATUSES if s not in ("pending", "canceled"))
ORDER_ID = "302-1234567-1234567"

_DEFAULTS: dict[str, Any] = {
    "marketplace": "DE",
    "edition": "2020-11",
    "channel": "email",
    "now": NOW,
    "order_id": ORDER_ID,
    "status": "unshipped",
    "fulfillment": "merchant",
    "purchased_at": NOW - timedelta(days=5),
    "shipped_at": None,
    "delivered_at": None,
    "earliest_delivery_at": None,
    "latest_delivery_at": None,
    "opted_out": None,
    "reason": "additional_information_required",
    "subject": "Zusätzliche Informationen erforderlich",
    "body": f"Guten Tag, zu Ihrer Bestellung {ORDER_ID} fehlt die Hausnummer.",
    "body_format": "text",
    "history": History(),
}

MakeRequest = Callable[..., CheckRequest]
Check = Callable[..., Decision]


@pytest.fixture(scope="session")
def pack() -> Pack:
    return load_pack()


def build_request(pack: Pack, **overrides: Any) -> CheckRequest:
    """A CheckRequest from the defaults above, with these fields replaced.

    `marketplace`, `status` and `reason` go through the pack's lookups (codes, aliases, ids),
    so a typo in a table fails loudly instead of testing something else.
    """
    unknown = overrides.keys() - _DEFAULTS.keys()
    assert not unknown, f"unknown request overrides: {sorted(unknown)}"
    values = {**_DEFAULTS, **overrides}
    marketplace = pack.find_marketplace(values["marketplace"])
    status = pack.find_status(values["status"])
    reason = pack.find_reason(values["reason"])
    channel = pack.find_channel(values["channel"])
    assert marketplace is not None, values["marketplace"]
    assert status is not None, values["status"]
    assert reason is not None, values["reason"]
    assert channel is not None, values["channel"]
    return CheckRequest(
        marketplace=marketplace,
        edition=pack.editions[values["edition"]],
        now=values["now"],
        channel=channel,
        order=Order(
            id=values["order_id"],
            status=status,
            fulfillment=values["fulfillment"],
            purchased_at=values["purchased_at"],
            shipped_at=values["shipped_at"],
            delivered_at=values["delivered_at"],
            earliest_delivery_at=values["earliest_delivery_at"],
            latest_delivery_at=values["latest_delivery_at"],
        ),
        buyer=Buyer(opted_out=values["opted_out"]),
        message=Message(
            contact_reason=reason,
            subject=values["subject"],
            body=values["body"],
            body_format=BodyFormat(values["body_format"]),
        ),
        history=values["history"],
    )


@pytest.fixture(scope="session")
def make_request(pack: Pack) -> MakeRequest:
    """`make_request(subject=..., status=...)`: a request with these fields overridden."""

    def make(**overrides: Any) -> CheckRequest:
        return build_request(pack, **overrides)

    return make


def checker(pack: Pack, rules: tuple[Rule, ...] = RULES) -> Check:
    """`check(subject=..., policy=...)`: evaluate a request built like `make_request`."""

    def run(policy: RulePolicy | None = None, **overrides: Any) -> Decision:
        return evaluate(build_request(pack, **overrides), pack, policy, rules)

    return run


@pytest.fixture(scope="session")
def check(pack: Pack) -> Check:
    """Evaluate with every rule."""
    return checker(pack)


@pytest.fixture(scope="session")
def check_core(pack: Pack) -> Check:
    """Evaluate with the core rules only (order, reason, buyer, subject, order number,
    timing): their tables stay about them when the defaults' German body meets another
    marketplace, which the content rules (language) would remark on."""
    return checker(pack, CORE_RULES)


def rule_ids(decision: Decision) -> list[str]:
    """The rule ids of a decision's findings, in the order the engine reported them."""
    return [finding.rule for finding in decision.findings]


def changed_rules(decision: Decision) -> list[str]:
    """The rule ids of a decision's changes, in the order they were applied."""
    return [change.rule for change in decision.changes]


def found(decision: Decision) -> list[tuple[str, bool, tuple[int, int] | None]]:
    """Each finding as (rule id, fixed, span as (start, end) or None), in reporting order."""
    return [
        (f.rule, f.fixed, None if f.span is None else (f.span.start, f.span.end))
        for f in decision.findings
    ]
