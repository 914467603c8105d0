"""The engine's inputs and outputs: frozen dataclasses, no I/O, no HTTP."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from service.engine.history import History
from service.packs.model import Channel, ContactReason, Edition, Marketplace

# The longest subject and body the service takes. A fix that would make a field longer is not
# applied (the finding stays unfixed), so a returned message can always be checked again.
FIELD_LIMITS = {"message.subject": 1000, "message.body": 100_000}


def rfc3339(instant: datetime) -> str:
    """An instant as RFC 3339 in UTC, with a Z."""
    return instant.astimezone(UTC).isoformat().replace("+00:00", "Z")


class BodyFormat(StrEnum):
    TEXT = "text"
    HTML = "html"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Verdict(StrEnum):
    ALLOW = "allow"
    MODIFY = "modify"
    REJECT = "reject"


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class Order:
    id: str
    status: str
    # One of the pack's fulfillment values; None: the seller fulfils it.
    fulfillment: str | None = None
    purchased_at: datetime | None = None
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    earliest_delivery_at: datetime | None = None
    latest_delivery_at: datetime | None = None
    handmade: bool = False
    customized: bool = False
    # The action names Amazon's getMessagingActionsForOrder and getSolicitationActionsForOrder
    # returned for the order (None: not given): what Amazon offers, whatever the status says.
    messaging_actions: frozenset[str] | None = None


@dataclass(frozen=True)
class Buyer:
    opted_out: bool | None = None
    language: str | None = None
    # The buyer's relay address or the ERP's own id: the ledger keeps only its keyed hash.
    id: str | None = None


@dataclass(frozen=True)
class WarrantyCoverage:
    """The warranty operation's coverageStartDate and coverageEndDate."""

    start: datetime | None = None
    end: datetime | None = None


@dataclass(frozen=True)
class Message:
    contact_reason: ContactReason
    body: str
    subject: str | None = None
    body_format: BodyFormat = BodyFormat.TEXT
    attachments: tuple[Attachment, ...] = ()
    warranty: WarrantyCoverage | None = None


@dataclass(frozen=True)
class CheckRequest:
    """A validated pre-send check: everything the rules may look at."""

    marketplace: Marketplace
    edition: Edition
    now: datetime
    order: Order
    message: Message
    # One of the pack's channels.
    channel: Channel
    buyer: Buyer = Buyer()
    message_id: str | None = None
    seller_id: str | None = None
    history: History = field(default_factory=History)


@dataclass(frozen=True)
class Text:
    """A human message in the languages the service answers in."""

    en: str
    de: str

    def in_language(self, language: str) -> str:
        """The text in a language, English where there is none."""
        return self.de if language == "de" else self.en


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into an input field."""

    start: int
    end: int


@dataclass(frozen=True)
class Finding:
    """One rule's observation about the message."""

    rule: str
    severity: Severity
    field: str
    message: Text
    reference: str
    span: Span | None = None
    fixed: bool = False
    # Set when time is the obstacle: the instant from which this rule would pass.
    not_before: datetime | None = None


@dataclass(frozen=True)
class Change:
    """One edit the service made to produce the modified message."""

    rule: str
    field: str
    before: str | None
    after: str


@dataclass(frozen=True)
class Decision:
    """The engine's answer; the verdict is derived from the findings and changes."""

    request: CheckRequest
    subject: str | None
    body: str
    findings: tuple[Finding, ...]
    changes: tuple[Change, ...]

    @property
    def verdict(self) -> Verdict:
        """Reject on an unfixed error, modify when something changed, allow otherwise."""
        if any(f.severity is Severity.ERROR and not f.fixed for f in self.findings):
            return Verdict.REJECT
        return Verdict.MODIFY if self.changes else Verdict.ALLOW

    @property
    def not_before(self) -> datetime | None:
        """When time is the only obstacle, the earliest instant the same message would pass."""
        blocking = [f for f in self.findings if f.severity is Severity.ERROR and not f.fixed]
        if blocking and all(f.not_before is not None for f in blocking):
            return max(f.not_before for f in blocking if f.not_before is not None)
        return None


class Setting(StrEnum):
    """What an operator may set for a rule (PRESEND_RULES)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    OFF = "off"
    FIX = "fix"


@dataclass(frozen=True)
class RulePolicy:
    """Operator settings for the rules.

    A severity runs the rule at that severity and *reports* instead of fixing, so setting a
    fixable rule to `error` makes it reject; `fix` runs it with its own severity and its fix;
    `off` skips it. `link_allowlist` adds domains to the pack's allowed link domains.
    """

    overrides: Mapping[str, Setting] = field(default_factory=dict)
    link_allowlist: frozenset[str] = frozenset()

    def applied(self, rule: str, fixable: bool) -> tuple[Severity | None, bool] | None:
        """The severity the operator forces (None: the rule's own) and whether the rule fixes;
        None when the rule is off."""
        # No setting, the usual case, is answered first and without naming a member: on
        # Python 3.11 EnumType defines __getattr__, which makes every `Setting.X` a slow look-up
        # (four times a plain attribute's); evaluate() asks once per rule when any setting is made.
        setting = self.overrides.get(rule)
        if setting is None or setting is Setting.FIX:
            return None, fixable
        if setting is Setting.OFF:
            return None
        return Severity(setting.value), False
