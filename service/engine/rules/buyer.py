"""Rules on the buyer: opt-out from unsolicited messages."""

from __future__ import annotations

from collections.abc import Iterator

from service.engine.draft import Draft
from service.engine.history import LearnedOptOut
from service.engine.model import Severity, Text
from service.engine.rule import Report, rule
from service.engine.rules import sources

_SAID_BY_THE_ERP = Text(en="", de="")


def learned(opt_out: LearnedOptOut) -> Text:
    """Where the ledger's knowledge of an opt-out came from, to say so in a finding."""
    day = opt_out.learned_at.date().isoformat()
    if opt_out.by_order:
        return Text(
            en=f" (learned from an Amazon relay bounce for this order on {day})",
            de=f" (aus einer Unzustellbarkeitsmeldung von Amazon zu dieser Bestellung am {day})",
        )
    return Text(
        en=f" (learned from an Amazon relay bounce for another order of this buyer on {day})",
        de=f" (aus einer Unzustellbarkeitsmeldung von Amazon zu einer anderen Bestellung "
        f"dieses Käufers am {day})",
    )


@rule(
    "buyer.opted_out",
    Severity.ERROR,
    reference=sources.IMPORTANT_MESSAGE_DE,
    en="The buyer opted out of unsolicited messages{source} and '{reason}' is not critical to "
    "the order: Amazon will not deliver it, and a tag does not change that.",
    de="Der Käufer hat nicht wichtige Nachrichten abbestellt{source} und '{reason}' ist für die "
    "Bestellung nicht erforderlich: Amazon stellt sie nicht zu, auch nicht mit Kennzeichnung.",
)
def opted_out(draft: Draft) -> Iterator[Report]:
    """A non-critical, non-reply message to an opted-out buyer bounces; never fixed by a tag.

    The ERP's `buyer.opted_out` decides; when it does not know (null), an opt-out the ledger
    learned from a relay bounce within the pack's memory does.
    """
    if draft.pack.opt_out is None:
        return
    reason = draft.reason
    said = draft.request.buyer.opted_out
    known = draft.request.history.opt_out if said is None else None
    if (said is True or known is not None) and not reason.critical and draft.proactive:
        source = _SAID_BY_THE_ERP if known is None else learned(known)
        yield Report("buyer.opted_out", params={"reason": reason.code, "source": source})


RULES = (opted_out,)
