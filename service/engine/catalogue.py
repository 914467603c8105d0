"""Which contact reasons an order offers, and why not: the order and reason rules, per reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from service.engine.evaluate import evaluate
from service.engine.model import (
    CheckRequest,
    Finding,
    Message,
    Order,
    RulePolicy,
    Verdict,
)
from service.engine.rules import AVAILABILITY_RULES
from service.packs.model import ContactReason, Edition, Marketplace, Pack

# The availability rules look at the order's state and the reason only, never at the number.
_ANY_ORDER = "000-0000000-0000000"


@dataclass(frozen=True)
class Availability:
    """One reason for one order state: may it be used, and what the rules said."""

    reason: ContactReason
    allowed: bool
    findings: tuple[Finding, ...]


def availability(
    pack: Pack,
    marketplace: Marketplace,
    edition: Edition,
    status: str,
    fulfillment: str,
    now: datetime,
    policy: RulePolicy | None = None,
) -> tuple[Availability, ...]:
    """Every reason of the pack, checked against an order in this status (like Amazon's
    getMessagingActionsForOrder)."""
    order = Order(id=_ANY_ORDER, status=status, fulfillment=fulfillment)
    results = []
    for reason in pack.reasons:
        request = CheckRequest(
            marketplace=marketplace,
            edition=edition,
            now=now,
            order=order,
            message=Message(contact_reason=reason, body=""),
            channel=pack.default_channel,
        )
        decision = evaluate(request, pack, policy, AVAILABILITY_RULES)
        results.append(
            Availability(reason, decision.verdict is not Verdict.REJECT, decision.findings)
        )
    return tuple(results)
