"""Rules on the order number: every proactive message names its order, and only its order."""

from __future__ import annotations

from collections.abc import Iterator

from service.engine.draft import BODY, SUBJECT, Draft
from service.engine.model import BodyFormat, Channel, Severity, Span
from service.engine.rule import Report, rule
from service.engine.rules import sources
from service.engine.scan import contact


def _order_numbers(draft: Draft) -> list[tuple[str, Span, str]]:
    """The order numbers in the sent fields as a reader sees them: (field, span, number),
    found once per check for both rules."""
    return draft.remember(
        "order numbers",
        lambda: [
            (field, span, text[span.start : span.end])
            for field, text in draft.readable()
            for span in contact.find_order_numbers(text)
        ],
    )


def _with_order_number(draft: Draft) -> tuple[str, str]:
    """The field and text that name the order: the subject of an e-mail, else the body."""
    named = f"{draft.pack.word(draft.language, 'order')} {draft.order.id}"
    if draft.request.channel is Channel.EMAIL:
        return SUBJECT, f"{draft.subject or ''} ({named})".lstrip()
    if draft.request.message.body_format is BodyFormat.HTML:
        return BODY, f"<p>{named}</p>\n{draft.body}"
    return BODY, f"{named}\n\n{draft.body}" if draft.body else named


@rule(
    "amazon.order_id.missing",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    fixable=True,
    en="A message to the buyer must name its order number {order_id}.",
    de="Eine Nachricht an den Käufer muss ihre Bestellnummer {order_id} nennen.",
)
def missing(draft: Draft) -> Iterator[Report]:
    """Proactive messages carry the order number: added to the subject, else the first line.
    Not where the body is not sent: an API operation without a text field (invoice, review
    request, ...) names the order in its own call."""
    if not draft.proactive or not draft.body_is_sent:
        return
    if not any(found == draft.order.id for _, _, found in _order_numbers(draft)):
        field, fixed = _with_order_number(draft)
        yield Report(field, fix=fixed, params={"order_id": draft.order.id})


@rule(
    "amazon.order_id.foreign",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="The message names order {found}, not this order {order_id}: it may carry another "
    "buyer's data.",
    de="Die Nachricht nennt die Bestellung {found}, nicht diese Bestellung {order_id}: sie "
    "enthält möglicherweise Daten eines anderen Käufers.",
)
def foreign(draft: Draft) -> Iterator[Report]:
    """Any other order number in the message (also one split by an invisible character),
    replies included."""
    for field, span, found in _order_numbers(draft):
        if found != draft.order.id:
            yield Report(
                field,
                span=draft.sent_span(field, span),
                params={"found": found, "order_id": draft.order.id},
            )


RULES = (missing, foreign)
