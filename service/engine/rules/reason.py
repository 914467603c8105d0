"""Rules on the contact reason: prohibited, retired, not offered in the order's status, FBA."""

from __future__ import annotations

from collections.abc import Iterator

from service.engine.draft import REASON, Draft
from service.engine.model import Severity
from service.engine.rule import Report, rule
from service.engine.rules import sources

# Order states whose own rule (order.*) already explains why a reason cannot be used.
_STATES_WITH_OWN_RULE = {"canceled": "order.canceled", "pending": "order.pending"}


def _offered_by_amazon(draft: Draft) -> bool:
    """Amazon's own eligibility list for the order (order.messaging_actions) names the reason's
    action: more authoritative than any status table."""
    actions, operation = draft.order.messaging_actions, draft.reason.sp_api
    return actions is not None and operation is not None and operation.action in actions


def _state_rule_speaks(draft: Draft) -> bool:
    """The order state's own rule applies, and the operator has not switched it off."""
    name = _STATES_WITH_OWN_RULE.get(draft.order.status)
    return name is not None and draft.runs(name)


@rule(
    "reason.prohibited",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{reason}' is never a permitted reason to contact a buyer: Amazon sends order and "
    "shipping confirmations itself, and thank-you, marketing and out-of-stock messages are "
    "not allowed (cancel or adjust the order instead).",
    de="'{reason}' ist nie ein erlaubter Kontaktgrund: Bestell- und Versandbestätigungen sendet "
    "Amazon selbst, Dankes-, Werbe- und Nicht-vorrätig-Nachrichten sind nicht erlaubt "
    "(stornieren oder ändern Sie stattdessen die Bestellung).",
)
def prohibited(draft: Draft) -> Iterator[Report]:
    """Reasons Amazon never permits."""
    if draft.reason.prohibited:
        yield Report(REASON, params={"reason": draft.reason.code})


@rule(
    "reason.retired",
    Severity.ERROR,
    reference=sources.MESSAGING_API,
    en="'{reason}' is retired in edition {edition}: Amazon no longer offers it.",
    de="'{reason}' gibt es seit Edition {edition} nicht mehr: Amazon bietet ihn nicht mehr an.",
)
def retired(draft: Draft) -> Iterator[Report]:
    """Reasons whose operation Amazon removed (negative-feedback removal in 2025-04)."""
    if draft.reason.code in draft.edition.retired_reasons:
        yield Report(REASON, params={"reason": draft.reason.code, "edition": draft.edition.id})


@rule(
    "reason.not_allowed_for_status",
    Severity.ERROR,
    reference=sources.MESSAGING_API,
    en="'{reason}' is not offered for an order in status '{status}'. Allowed: {allowed}.",
    de="'{reason}' steht für eine Bestellung im Status '{status}' nicht zur Wahl. "
    "Erlaubt: {allowed}.",
)
def not_allowed_for_status(draft: Draft) -> Iterator[Report]:
    """The reason must be one Amazon offers in the order's status (`allowed_in`, pack.yaml),
    unless Amazon's own list for the order offers it."""
    reason = draft.reason
    if (
        reason.prohibited
        or reason.code in draft.edition.retired_reasons
        or _state_rule_speaks(draft)
        or reason.allowed_in & draft.statuses
        or _offered_by_amazon(draft)
    ):
        return
    allowed = [
        r.code
        for r in draft.pack.reasons
        if r.allowed_in & draft.statuses and r.code not in draft.edition.retired_reasons
    ]
    yield Report(
        REASON,
        params={"reason": reason.code, "status": draft.order.status, "allowed": ", ".join(allowed)},
    )


@rule(
    "reason.fba_customer_service",
    Severity.WARNING,
    reference=sources.MESSAGING_FAQ,
    en="On orders fulfilled by Amazon, '{reason}' is handled by Amazon customer service; "
    "write only if Amazon cannot help.",
    de="Bei Versand durch Amazon kümmert sich der Amazon-Kundenservice um '{reason}'; schreiben "
    "Sie nur, wenn Amazon nicht helfen kann.",
)
def fba_customer_service(draft: Draft) -> Iterator[Report]:
    """FBA orders: delivery, address, problem and return questions belong to Amazon."""
    by_platform = draft.pack.fulfillment.platform
    if (
        by_platform is not None
        and draft.order.fulfillment == by_platform
        and (draft.reason.fba_customer_service)
    ):
        yield Report(REASON, params={"reason": draft.reason.code})


RULES = (prohibited, retired, not_allowed_for_status, fba_customer_service)
