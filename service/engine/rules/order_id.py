"""Rules on the order number: every proactive message names its order, and only its order."""

from __future__ import annotations

from collections.abc import Iterator

from service.engine.draft import BODY, SUBJECT, Draft
from service.engine.model import BodyFormat, Severity, Span
from service.engine.rule import Report, rule
from service.engine.rules import sources
from service.engine.rules.contact import order_numbers


def _with_order_number(draft: Draft) -> tuple[str, str]:
    """The field and text that name the order: the subject of an e-mail, else the body."""
    named = f"{draft.pack.word(draft.language, 'order')} {draft.order.id}"
    if draft.channel.seller_subject:
        return SUBJECT, f"{draft.subject or ''} ({named})".lstrip()
    if draft.request.message.body_format is BodyFormat.HTML:
        return BODY, f"<p>{named}</p>\n{draft.body}"
    return BODY, f"{named}\n\n{draft.body}" if draft.body else named


def _named(draft: Draft) -> list[tuple[str, str, Span]]:
    """The order numbers of the pack's forms in the readable fields, as (field, text, span):
    found once per check for both rules."""

    def find() -> list[tuple[str, str, Span]]:
        return [
            (field, text, span)
            for field, text in draft.readable()
            for span in order_numbers(draft, field, text)
        ]

    return draft.remember("order numbers", find)


@rule(
    "order_id.missing",
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
    if not any(text[span.start : span.end] == draft.order.id for _, text, span in _named(draft)):
        field, fixed = _with_order_number(draft)
        yield Report(field, fix=fixed, params={"order_id": draft.order.id})


@rule(
    "order_id.foreign",
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
    for field, text, span in _named(draft):
        found = text[span.start : span.end]
        if found != draft.order.id:
            yield Report(
                field,
                span=draft.sent_span(field, span),
                params={"found": found, "order_id": draft.order.id},
            )


@rule(
    "order_id.unrecognised",
    Severity.WARNING,
    reference=sources.EBAY_ORDER,
    en="'{order_id}' is not of a known order number form ({expected}): check that it is the "
    "order's id.",
    de="'{order_id}' hat keine bekannte Form einer Bestellnummer ({expected}): prüfen Sie, ob "
    "es die Nummer der Bestellung ist.",
)
def unrecognised(draft: Draft) -> Iterator[Report]:
    """An order id of none of the pack's forms, where the platform calls its ids opaque (eBay)
    and so the request is taken, not refused."""
    forms = draft.pack.order_ids
    if not forms.strict and not forms.matches(draft.order.id):
        yield Report("order.id", params={"order_id": draft.order.id, "expected": forms.expected})


RULES = (missing, foreign, unrecognised)
