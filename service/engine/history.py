"""What the ledger knew about earlier checks when this one was made: a frozen snapshot, read
before evaluate() and part of its input, so the history rules stay pure."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum


def body_fingerprint(body: str) -> str:
    """SHA-256 of a body with case, Unicode form and spacing normalised: the same text re-wrapped
    or re-cased is the same message to the duplicate guard."""
    # str.split() splits at the characters `\s` matches (str.isspace()), a run as one: the
    # same as replacing each run by a space and stripping, in a fifth of re.sub's time.
    normal = " ".join(unicodedata.normalize("NFKC", body).casefold().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


class LedgerState(StrEnum):
    """Whether the history is known: off (stateless by configuration), unavailable (the
    database did not answer and PRESEND_LEDGER_FAILURE=open), or known."""

    OFF = "off"
    UNAVAILABLE = "unavailable"
    KNOWN = "known"


@dataclass(frozen=True)
class PriorMessage:
    """A cleared proactive message of the same order that still holds its slots."""

    decision_id: str
    message_id: str | None
    contact_reason: str
    cleared_at: datetime
    body_fingerprint: str


@dataclass(frozen=True)
class LearnedOptOut:
    """An opt-out the ledger learned (from a relay bounce), for this order or this buyer."""

    learned_at: datetime
    by_order: bool  # False: learned on another order of the same buyer


@dataclass(frozen=True)
class History:
    """The ledger's view of the order, the seller's day and the buyer, at `at` (ledger clock).

    `order_message_count` counts the order's messages that hold slots; `order_messages` holds
    the few of them the rules name (the ledger reads a bounded snapshot: the first with this
    check's reason, the first with this body). Both leave out the message being checked, so a
    retry or a re-check of the same message id never counts against itself; `counted_today`
    says it already holds a place in today's count.
    """

    state: LedgerState = LedgerState.OFF
    at: datetime = datetime(1970, 1, 1, tzinfo=UTC)
    order_messages: tuple[PriorMessage, ...] = ()
    order_message_count: int = 0
    average_daily_orders: int | None = None
    daily_limit: int | None = None
    cleared_today: int = 0
    counted_today: bool = False
    opt_out: LearnedOptOut | None = None

    @property
    def known(self) -> bool:
        return self.state is LedgerState.KNOWN

    @property
    def next_day(self) -> datetime:
        """Midnight UTC after `at`: when the seller's daily count starts again."""
        today = self.at.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        return today + timedelta(days=1)
