"""History rules: what the send ledger knew about earlier checks (docs/ledger.md).

They read the frozen history snapshot in the request; they never touch a database. They run
last, after every fix, so they see the message as it would be sent. Each speaks only when the
history is known: with PRESEND_LEDGER=off they are silent, and when the ledger failed in
open mode `amazon.ledger.unavailable` says the history was not checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from service.engine.draft import BODY, REASON, Draft
from service.engine.history import History, LedgerState, PriorMessage, body_fingerprint
from service.engine.model import Severity, rfc3339
from service.engine.rule import Report, rule
from service.engine.rules import sources
from service.engine.rules.buyer import learned

MESSAGE_ID = "message_id"
SELLER_ID = "seller_id"
ORDER_ID = "order.id"


def _known(draft: Draft) -> History | None:
    """The history, when it is known and the message is proactive (replies never count)."""
    history = draft.request.history
    return history if history.known and draft.proactive else None


def _prior(prior: PriorMessage) -> dict[str, object]:
    return {"when": rfc3339(prior.cleared_at), "decision_id": prior.decision_id}


@rule(
    "ledger.unavailable",
    Severity.WARNING,
    reference=sources.MESSAGING_FAQ,
    en="The send ledger did not answer: this message was checked without its history (review "
    "requests, daily limit, duplicates and learned opt-outs were not checked).",
    de="Das Versandjournal hat nicht geantwortet: die Nachricht wurde ohne ihren Verlauf geprüft "
    "(Bewertungsanfragen, Tageslimit, Duplikate und gelernte Abmeldungen wurden nicht geprüft).",
)
def unavailable(draft: Draft) -> Iterator[Report]:
    """PRESEND_LEDGER_FAILURE=open: a verdict without history says so."""
    if draft.request.history.state is LedgerState.UNAVAILABLE:
        yield Report(MESSAGE_ID)


@rule(
    "ledger.review_already_requested",
    Severity.ERROR,
    reference=sources.SOLICITATIONS_API,
    en="A review was already requested for this order at {when} (decision {decision_id}): "
    "Amazon allows one review request per order, whichever channel sends it.",
    de="Für diese Bestellung wurde bereits um {when} eine Bewertung angefragt (Entscheidung "
    "{decision_id}): Amazon erlaubt eine Bewertungsanfrage je Bestellung, gleich über welchen "
    "Kanal.",
)
def review_already_requested(draft: Draft) -> Iterator[Report]:
    """Once per order: a reason the pack lists as such, cleared under another message id."""
    yield from _once_per_order(draft)


@rule(
    "ledger.feedback_reminder_repeated",
    Severity.ERROR,
    reference=sources.EBAY_FEEDBACK_EXTORTION,
    en="A feedback reminder was already sent for this order at {when} (decision {decision_id}): "
    "one friendly reminder per order is asking, more is pressing for feedback.",
    de="Für diese Bestellung wurde bereits um {when} an die Bewertung erinnert (Entscheidung "
    "{decision_id}): eine freundliche Erinnerung je Bestellung ist eine Bitte, mehr ist Druck.",
)
def feedback_reminder_repeated(draft: Draft) -> Iterator[Report]:
    """eBay's feedback reminder, once per order: the same history check as Amazon's review
    request (the pack's once_per_order)."""
    yield from _once_per_order(draft)


def _once_per_order(draft: Draft) -> Iterator[Report]:
    """A reason the pack allows once per order, already cleared under another message id."""
    history = _known(draft)
    if history is None or draft.reason.code not in draft.pack.ledger.once_per_order:
        return
    for prior in history.order_messages:
        if prior.contact_reason == draft.reason.code:
            yield Report(REASON, params=_prior(prior))
            return


@rule(
    "ledger.daily_limit",
    Severity.ERROR,
    reference=sources.MESSAGING_FAQ,
    en="The seller has cleared {cleared} proactive messages today, its daily limit is {limit}: "
    "send this one after midnight UTC.",
    de="Der Verkäufer hat heute {cleared} proaktive Nachrichten freigegeben, sein Tageslimit ist "
    "{limit}: diese nach Mitternacht (UTC) senden.",
)
def daily_limit(draft: Draft) -> Iterator[Report]:
    """About 5 x average daily orders + 600 a day, with the pack's margin, or the seller's own
    limit; a message that already holds its place today does not count again."""
    history = _known(draft)
    if history is None or history.counted_today:
        return
    limit = draft.pack.ledger.limit_for(history.average_daily_orders, history.daily_limit)
    if limit is not None and history.cleared_today >= limit:
        yield Report(
            SELLER_ID,
            params={"cleared": history.cleared_today, "limit": limit},
            not_before=history.next_day,
        )


@rule(
    "ledger.duplicate",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="The same text was cleared for this order at {when} under another message id (decision "
    "{decision_id}): the same message twice looks like an ERP stuck in a loop.",
    de="Derselbe Text wurde für diese Bestellung um {when} unter einer anderen Nachrichten-ID "
    "freigegeben (Entscheidung {decision_id}): dieselbe Nachricht zweimal deutet auf ein ERP "
    "in einer Schleife.",
)
def duplicate(draft: Draft) -> Iterator[Report]:
    """The same normalised body, for the same order, within the pack's window."""
    history = _known(draft)
    if history is None or not history.order_messages:
        return  # nothing to compare with: the body is not fingerprinted again
    since = history.at - timedelta(hours=draft.pack.ledger.duplicate_window_hours)
    fingerprint = body_fingerprint(draft.body)
    for prior in history.order_messages:
        if prior.body_fingerprint == fingerprint and prior.cleared_at > since:
            yield Report(BODY, params=_prior(prior))
            return


@rule(
    "ledger.order_message_count",
    Severity.WARNING,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="This would be proactive message {count} to this buyer about this order: more than "
    "{limit} invites complaints about unwanted contact.",
    de="Das wäre die {count}. proaktive Nachricht an diesen Käufer zu dieser Bestellung: mehr "
    "als {limit} führen zu Beschwerden über unerwünschten Kontakt.",
)
def order_message_count(draft: Draft) -> Iterator[Report]:
    """More proactive messages for one order than the pack's threshold."""
    history = _known(draft)
    above = draft.pack.ledger.order_messages_warning_above
    if history is not None and history.order_message_count >= above:
        yield Report(ORDER_ID, params={"count": history.order_message_count + 1, "limit": above})


@rule(
    "ledger.opt_out_conflict",
    Severity.WARNING,
    reference=sources.IMPORTANT_MESSAGE_DE,
    en="The request says the buyer has not opted out, but the ledger knows otherwise{source}: "
    "the request's answer is used.",
    de="Die Anfrage sagt, der Käufer habe nichts abbestellt, das Versandjournal weiß es "
    "anders{source}: die Angabe der Anfrage gilt.",
)
def opt_out_conflict(draft: Draft) -> Iterator[Report]:
    """An explicit `opted_out: false` wins over a learned opt-out, with this warning."""
    opt_out = draft.request.history.opt_out
    # Without the pack's opt_out block buyers cannot opt out: nothing to conflict with.
    if draft.pack.opt_out is None or opt_out is None:
        return
    if draft.request.buyer.opted_out is False:
        yield Report("buyer.opted_out", params={"source": learned(opt_out)})


RULES = (
    unavailable,
    review_already_requested,
    feedback_reminder_repeated,
    daily_limit,
    duplicate,
    order_message_count,
    opt_out_conflict,
)
