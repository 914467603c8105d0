"""Rules on time: the 30-day limit for proactive messages and the review request window."""

from __future__ import annotations

from collections.abc import Iterator

from service.engine.draft import Draft
from service.engine.model import Severity, rfc3339
from service.engine.rule import Report, rule
from service.engine.rules import sources


@rule(
    "timing.too_late",
    Severity.ERROR,
    reference=sources.MESSAGING_FAQ,
    en="Proactive messages are allowed up to 30 days after {event} ({since}); that ended on "
    "{until}. Only replies to the buyer have no time limit.",
    de="Proaktive Nachrichten sind bis 30 Tage nach {event} ({since}) erlaubt; das endete am "
    "{until}. Nur Antworten an den Käufer sind zeitlich unbegrenzt.",
)
def too_late(draft: Draft) -> Iterator[Report]:
    """The pack's days (30) after delivery, or after purchase when the delivery date is
    unknown."""
    # The review request has its own, equally long window (review_window) with the dates
    # Amazon uses for it; two findings for one cause would only add noise.
    timing = draft.pack.timing
    if timing is None or not draft.proactive or draft.reason.solicits_review:
        return
    order = draft.order
    if order.delivered_at is not None:
        field, event, since = "order.delivered_at", "delivery", order.delivered_at
    elif order.purchased_at is not None:
        field, event, since = "order.purchased_at", "purchase", order.purchased_at
    else:
        return
    until = since + timing.contact_limit
    if draft.now > until:
        yield Report(
            field, params={"event": event, "since": rfc3339(since), "until": rfc3339(until)}
        )


@rule(
    "timing.review_window",
    Severity.ERROR,
    reference=sources.SOLICITATIONS_API,
    en="A review request is allowed from {opens} to {closes} (5 to 30 days after delivery); "
    "it is now {now}.",
    de="Eine Bewertungsanfrage ist vom {opens} bis {closes} erlaubt (5 bis 30 Tage nach der "
    "Zustellung); jetzt ist {now}.",
)
def review_window(draft: Draft) -> Iterator[Report]:
    """From the pack's days (5) after the earliest to its days (30) after the latest delivery
    date."""
    timing, order = draft.pack.timing, draft.order
    earliest = order.earliest_delivery_at or order.delivered_at
    latest = order.latest_delivery_at or order.delivered_at
    # Before delivery the status rule speaks; without any delivery date there is no window.
    if (
        timing is None
        or not draft.reason.solicits_review
        or "delivered" not in draft.statuses
        or earliest is None
        or latest is None
    ):
        return
    opens, closes = earliest + timing.review_opens, latest + timing.review_closes
    if opens <= draft.now <= closes:
        return
    params = {"opens": rfc3339(opens), "closes": rfc3339(closes), "now": rfc3339(draft.now)}
    # Early is only a matter of time; too late never passes again.
    yield Report(
        "order.delivered_at", params=params, not_before=opens if draft.now < opens else None
    )


RULES = (too_late, review_window)
