"""The message as the rules see it while the engine works on it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from service.engine.language import language_read_by
from service.engine.model import BodyFormat, CheckRequest, Order, RulePolicy, Span
from service.engine.scan.markup import Tag, find_tags, visible_text, without_invisibles
from service.packs.model import Channel, ContactReason, Edition, Marketplace, Pack

_T = TypeVar("_T")

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
    policy: RulePolicy
    subject: str | None
    body: str
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)
    # The parts of the request the rules ask for most (the reason about 30 times a check),
    # as plain attributes: a property is a Python call on every look-up.
    reason: ContactReason = field(init=False, repr=False)
    channel: Channel = field(init=False, repr=False)
    marketplace: Marketplace = field(init=False, repr=False)
    edition: Edition = field(init=False, repr=False)
    order: Order = field(init=False, repr=False)
    now: datetime = field(init=False, repr=False)

    def __post_init__(self) -> None:
        request = self.request
        self.reason = request.message.contact_reason
        self.channel, self.marketplace = request.channel, request.marketplace
        self.edition, self.order, self.now = request.edition, request.order, request.now

    @classmethod
    def of(cls, request: CheckRequest, pack: Pack, policy: RulePolicy) -> Draft:
        """A draft holding the message exactly as the caller sent it."""
        return cls(request, pack, policy, request.message.subject, request.message.body)

    @property
    def language(self) -> str:
        """The marketplace's language, in which the service writes its own words."""
        return self.marketplace.primary_language

    @property
    def proactive(self) -> bool:
        """The seller writes first: every reason except the reply."""
        return not self.reason.reply

    @property
    def on_api(self) -> bool:
        """The ERP sends through the platform's API operations (Amazon's Messaging or
        Solicitations API)."""
        return self.request.channel.api

    @property
    def body_is_sent(self) -> bool:
        """The body reaches the buyer: always, except on the API where the reason's operation
        has no text field (or there is no operation to send it)."""
        operation = self.reason.sp_api
        return not self.on_api or (operation is not None and operation.takes_text)

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

    @property
    def body_is_read(self) -> bool:
        """The body will reach the buyer: it is sent, or no API operation sends the reason at
        all (amazon.api.no_operation), so the seller sends the same text another way."""
        return self.body_is_sent or (self.on_api and self.reason.sp_api is None)

    @property
    def said_fields(self) -> tuple[tuple[str, str], ...]:
        """The fields the seller wrote for the buyer, as the caller sent them (spans point into
        these). Where the platform sets the subject itself (Amazon off the e-mail channel:
        amazon.subject.not_editable) or has none, only the body counts.

        The body counts even on an API operation without a text field, which Amazon does not
        send (amazon.api.text_not_sent): the wording rules read it there (said()), since a
        review bought with a coupon or a request to pay outside the platform is the seller's
        act whatever carries the text (the blind writers labelled it so) and an empty body
        costs nothing there; the rules on what the buyer sees (links, numbers, markup, the
        language) read readable(), where such a body is empty.
        """
        message = self.request.message
        if self.request.channel.seller_subject:
            return ((SUBJECT, message.subject or ""), (BODY, message.body))
        return ((BODY, message.body),)

    def runs(self, name: str) -> bool:
        """The pack runs the rule `<area>.<rule>` and the operator has not switched it off."""
        rule_id = f"{self.pack.platform}.{name}"
        return name in self.pack.rules and self.policy.applied(rule_id, fixable=False) is not None

    def subject_or_label(self, text: str) -> str:
        """A subject, or the reason's label when a fix left nothing of it."""
        return text if text.strip() else self.reason.label(self.language)

    @property
    def html(self) -> bool:
        """The body is HTML."""
        return self.request.message.body_format is BodyFormat.HTML

    def html_tags(self, current: bool = False) -> list[Tag]:
        """The HTML tags of the body as sent, or as fixed so far with current=True (none for a
        text body, nor for a body that is not read: readable()); found once per version of the
        body."""
        if not self.html or not self.body_is_read:
            return []
        sent = self._written_tags()
        if not current or self.body == self.request.message.body:
            return sent
        # The fixes change the body one after another; keep the tags of the latest version.
        cached: tuple[str, list[Tag]] | None = self._memo.get("tags as fixed")
        if cached is None or cached[0] != self.body:
            cached = (self.body, find_tags(self.body))
            self._memo["tags as fixed"] = cached
        return cached[1]

    def _written_tags(self) -> list[Tag]:
        """The HTML tags of the body as the caller wrote it, found once per check."""
        return self.remember("tags", lambda: find_tags(self.request.message.body))

    def _views(self) -> dict[str, tuple[str, list[int] | None]]:
        """Each said field as a reader sees it, and where its characters stand as sent; built
        once per check (a look-up in the memo, not remember(): no closure per call)."""
        views: dict[str, tuple[str, list[int] | None]] | None = self._memo.get("views")
        if views is None:
            views = {}
            for name, text in self.said_fields:
                html = name == BODY and self.html
                seen = visible_text(text, self._written_tags()) if html else text
                views[name] = without_invisibles(seen)
            self._memo["views"] = views
        return views

    @property
    def expected_language(self) -> str:
        """The language the buyer reads: the buyer's, or the marketplace's when it is unknown."""
        buyer = (self.request.buyer.language or "").split("-", 1)[0].lower()
        return buyer or self.language

    @property
    def body_language(self) -> tuple[str, float] | None:
        """The language the body is written in (also where it is not sent: said_fields), with
        the detector's probability (once per check; an opening that reads as the expected
        language settles it, language.language_read_by)."""
        return self.remember(
            "body language",
            lambda: language_read_by(self._views()[BODY][0], self.expected_language),
        )

    def readable(self) -> tuple[tuple[str, str], ...]:
        """The fields the buyer will see as a reader sees them, for the text scanners: an HTML
        body with its markup blanked out (link targets kept, offsets unchanged), and without
        invisible characters (which could hide an address or a number); a body the operation
        does not send reads as empty. Map spans back with sent_span. Built once per check: the
        scanning rules each ask for it."""
        readable: tuple[tuple[str, str], ...] | None = self._memo.get("readable")
        if readable is None:
            said = self.said()
            readable = (
                said
                if self.body_is_read
                else tuple((field, "" if field == BODY else text) for field, text in said)
            )
            self._memo["readable"] = readable
        return readable

    def said(self) -> tuple[tuple[str, str], ...]:
        """The said fields (said_fields) as a reader sees them, for the wording rules; the same
        as readable() wherever the body is sent."""
        said: tuple[tuple[str, str], ...] | None = self._memo.get("said")
        if said is None:
            said = tuple((field, text) for field, (text, _) in self._views().items())
            self._memo["said"] = said
        return said

    def readable_text(self, field: str) -> str:
        """One field of readable()."""
        if field == BODY and not self.body_is_read:
            return ""
        return self._views()[field][0]

    def sent_span(self, field: str, span: Span) -> Span:
        """A span into a readable() field, as a span into the field as sent."""
        offsets = self._views()[field][1]
        if offsets is None:
            return span
        return Span(offsets[span.start], offsets[span.end - 1] + 1)

    def remember(self, key: str, compute: Callable[[], _T]) -> _T:
        """Compute something several rules need once per check (scans of the sent text)."""
        if key not in self._memo:
            self._memo[key] = compute()
        found: _T = self._memo[key]
        return found

    def text(self, field: str) -> str | None:
        """The current text of a message field."""
        return self.subject if field == SUBJECT else self.body

    def replace(self, field: str, text: str) -> None:
        """Apply a fix to a message field (the engine's job, not a rule's)."""
        if field == SUBJECT:
            self.subject = text
        else:
            self.body = text
