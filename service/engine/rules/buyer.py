"""Rules on the buyer: opt-out from unsolicited messages."""

from __future__ import annotations

from collections.abc import Iterator

from service.engine.draft import Draft
from service.engine.model import Severity
from service.engine.rule import Report, rule
from service.engine.rules import sources


@rule(
    "amazon.buyer.opted_out",
    Severity.ERROR,
    reference=sources.IMPORTANT_MESSAGE_DE,
    en="The buyer opted out of unsolicited messages and '{reason}' is not critical to the "
    "order: Amazon will not deliver it, and a tag does not change that.",
    de="Der Käufer hat nicht wichtige Nachrichten abbestellt und '{reason}' ist für die "
    "Bestellung nicht erforderlich: Amazon stellt sie nicht zu, auch nicht mit Kennzeichnung.",
)
def opted_out(draft: Draft) -> Iterator[Report]:
    """A non-critical, non-reply message to an opted-out buyer bounces; never fixed by a tag."""
    reason = draft.reason
    if draft.request.buyer.opted_out is True and not reason.critical and draft.proactive:
        yield Report("buyer.opted_out", params={"reason": reason.code})


RULES = (opted_out,)
