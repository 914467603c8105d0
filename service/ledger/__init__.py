"""The send ledger (docs/ledger.md): what the HTTP layer names whether or not a ledger runs,
the errors it answers and the record a check writes. The store (service.ledger.store) and
SQLAlchemy are imported only where a ledger is opened: a stateless worker is spared their
24 MB (bench/README.md, "Memory per worker")."""

from __future__ import annotations

from dataclasses import dataclass


class LedgerUnavailable(Exception):
    """The database did not answer in time, refused, or is not migrated. The message names the
    kind of failure only: a driver's message may quote parameters."""


class OutcomeConflict(Exception):
    """An outcome that contradicts the one reported before (sent after not_sent)."""


@dataclass(frozen=True)
class CheckRecord:
    """What a check writes besides the engine's decision: who asked, about what."""

    decision_id: str
    request_id: str | None
    seller_id: str
    platform: str
    marketplace: str
    order_id: str
    message_id: str | None
    buyer_id: str | None
    contact_reason: str
    proactive: bool
    channel: str
    edition: str
    request_fingerprint: str
    # The body as the ERP sent it: the history is read for it first. Never stored.
    body: str
    # The guards that refuse a taken slot ("review", "duplicate", "day"): those whose rule
    # rejects under the operator's PRESEND_RULES. A guard without its rule would refuse what
    # the rules allow, and the check would be evaluated again and again.
    guards: frozenset[str] = frozenset({"review", "duplicate", "day"})

    @property
    def message_key(self) -> str:
        """The message this check is about: without a message id, each check is its own."""
        return self.message_id if self.message_id is not None else self.decision_id
