"""Rules on the order's state: no proactive message on a canceled or pending order."""

from __future__ import annotations

from collections.abc import Iterator

from service.engine.draft import STATUS, Draft
from service.engine.model import Severity
from service.engine.rule import Report, rule
from service.engine.rules import sources


@rule(
    "order.canceled",
    Severity.ERROR,
    reference=sources.MESSAGING_FAQ,
    en="The order is canceled: only a reply to the buyer may be sent; the buyer is looked after "
    "by Amazon customer service.",
    de="Die Bestellung ist storniert: nur eine Antwort an den Käufer ist erlaubt; den Käufer "
    "betreut der Amazon-Kundenservice.",
)
def canceled(draft: Draft) -> Iterator[Report]:
    """Contact Buyer does not apply to a canceled order; replies stay allowed."""
    if draft.order.status == "canceled" and draft.proactive:
        yield Report(STATUS)


@rule(
    "order.pending",
    Severity.ERROR,
    reference=sources.MESSAGING_FAQ,
    en="Payment for the order is still pending: only a reply to the buyer may be sent.",
    de="Die Zahlung der Bestellung steht noch aus: nur eine Antwort an den Käufer ist erlaubt.",
)
def pending(draft: Draft) -> Iterator[Report]:
    """No proactive message before the order is paid."""
    if draft.order.status == "pending" and draft.proactive:
        yield Report(STATUS)


RULES = (canceled, pending)
