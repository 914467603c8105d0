"""The message as the rules see it while the engine works on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from service.engine.model import CheckRequest, Order
from service.packs.model import ContactReason, Edition, Marketplace, Pack

# Request fields the rules point at.
SUBJECT = "message.subject"
BODY = "message.body"
REASON = "message.contact_reason"
STATUS = "order.status"


@dataclass
class Draft:
    """The request, the pack, and the subject and body as fixed so far."""

    request: CheckRequest
    pack: Pack
    subject: str | None
    body: str

    @classmethod
    def of(cls, request: CheckRequest, pack: Pack) -> Draft:
        """A draft holding the message exactly as the caller sent it."""
        return cls(request, pack, request.message.subject, request.message.body)

    @property
    def reason(self) -> ContactReason:
        return self.request.message.contact_reason

    @property
    def marketplace(self) -> Marketplace:
        return self.request.marketplace

    @property
    def edition(self) -> Edition:
        return self.request.edition

    @property
    def order(self) -> Order:
        return self.request.order

    @property
    def now(self) -> datetime:
        return self.request.now

    @property
    def language(self) -> str:
        """The marketplace's language, in which the service writes its own words."""
        return self.marketplace.primary_language

    @property
    def proactive(self) -> bool:
        """The seller writes first: every reason except the reply."""
        return not self.reason.reply

    @property
    def statuses(self) -> frozenset[str]:
        """The order's status, plus `delivered` for a shipped order with a past delivery date.

        Amazon's own OrderStatus has no "delivered": a shipped order that has arrived is still
        "Shipped", so an ERP passing Amazon's status plus `delivered_at` means both.
        """
        status = self.order.status
        delivered_at = self.order.delivered_at
        if status == "shipped" and delivered_at is not None and delivered_at <= self.now:
            return frozenset({status, "delivered"})
        return frozenset({status})

    def text(self, field: str) -> str | None:
        """The current text of a message field."""
        return self.subject if field == SUBJECT else self.body

    def replace(self, field: str, text: str) -> None:
        """Apply a fix to a message field (the engine's job, not a rule's)."""
        if field == SUBJECT:
            self.subject = text
        else:
            self.body = text
