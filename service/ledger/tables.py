"""The ledger's tables (SQLAlchemy Core). The migrations in migrations/versions/ create them;
tests/ledger/test_migrations.py proves the two agree.

Keys are platform-neutral: an order is (platform, marketplace, order_id), so a second
platform's pack needs no new table. Nothing here holds subject or body text, a buyer's address
or name: a buyer is an HMAC of the id the ERP sent, a body is a SHA-256 fingerprint.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    TypeDecorator,
)


class UtcDateTime(TypeDecorator[datetime]):
    """An instant stored in UTC and read back aware (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.astimezone(UTC).replace(tzinfo=None if dialect.name == "sqlite" else UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        instant: datetime = value
        return instant.replace(tzinfo=UTC) if instant.tzinfo is None else instant.astimezone(UTC)


# Constraint names are fixed, so later migrations can refer to them on both backends.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ID = 128  # seller ids, message ids: as long as the API lets them be
ORDER_ID = 64
HEX = 64  # a SHA-256 or HMAC-SHA256 in hex

# One row: the key that turns a buyer id into its HMAC, made on first use and never shown.
installation = Table(
    "installation",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("buyer_key", LargeBinary(32), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
)

# Every check's decision: the audit record a support agent reads.
decisions = Table(
    "decisions",
    metadata,
    Column("decision_id", String(36), primary_key=True),
    Column("created_at", UtcDateTime, nullable=False, index=True),
    Column("request_id", String(200), nullable=True),
    Column("seller_id", String(ID), nullable=False),
    Column("platform", String(32), nullable=False),
    Column("marketplace", String(16), nullable=False),
    Column("order_id", String(ORDER_ID), nullable=False),
    Column("message_id", String(ID), nullable=True),
    # The message this check is about: message_id, or the decision id when the ERP sent none.
    Column("message_key", String(ID), nullable=False),
    Column("buyer", String(HEX), nullable=True),
    Column("contact_reason", String(64), nullable=False),
    Column("proactive", Boolean, nullable=False),
    Column("channel", String(32), nullable=False),
    Column("edition", String(16), nullable=False),
    Column("verdict", String(8), nullable=False),
    # [{"rule", "severity", "fixed"}, …]: what the rules found, never the text they found it in.
    Column("findings", JSON, nullable=False),
    Column("not_before", UtcDateTime, nullable=True),
    Column("request_fingerprint", String(HEX), nullable=False),
    Column("body_fingerprint", String(HEX), nullable=False),
    Column("outcome", String(16), nullable=True),
    Column("outcome_at", UtcDateTime, nullable=True),
    Index(None, "platform", "marketplace", "order_id"),
    Index(None, "seller_id", "message_key"),
)

# A cleared proactive message (allow or modify, not a reply) and the slots it holds, one row
# per seller and message: a retry or a re-check of the same message id is the same row.
messages = Table(
    "messages",
    metadata,
    Column("seller_id", String(ID), primary_key=True),
    Column("message_key", String(ID), primary_key=True),
    Column("decision_id", String(36), nullable=False, unique=True),
    Column("platform", String(32), nullable=False),
    Column("marketplace", String(16), nullable=False),
    Column("order_id", String(ORDER_ID), nullable=False),
    Column("buyer", String(HEX), nullable=True),
    Column("contact_reason", String(64), nullable=False),
    Column("body_fingerprint", String(HEX), nullable=False),
    Column("cleared_at", UtcDateTime, nullable=False, index=True),
    # The seller's day (UTC) whose counter this message holds a place in.
    Column("day", Date, nullable=False),
    # held (cleared, no outcome yet), sent, or not_sent (its slots are free again).
    Column("state", String(16), nullable=False),
    Column("sent_at", UtcDateTime, nullable=True),
    Index(None, "platform", "marketplace", "order_id"),
)

# The guards that cannot over-book: one row per order and kind ("review", or "body:<sha256>"
# for the duplicate guard). Taking a slot is an insert, or an update of an expired row or of
# the same message's row; anything else is a conflict and the check is evaluated again.
slots = Table(
    "slots",
    metadata,
    Column("platform", String(32), primary_key=True),
    Column("marketplace", String(16), primary_key=True),
    Column("order_id", String(ORDER_ID), primary_key=True),
    Column("kind", String(80), primary_key=True),
    Column("seller_id", String(ID), nullable=False),
    Column("message_key", String(ID), nullable=False),
    Column("taken_at", UtcDateTime, nullable=False, index=True),
    Column("expires_at", UtcDateTime, nullable=True),
)

# The seller's cleared proactive messages per UTC day: a conditional increment is the guard.
seller_days = Table(
    "seller_days",
    metadata,
    Column("seller_id", String(ID), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("cleared", Integer, nullable=False),
)

# What a seller told presend about itself (PUT /v1/sellers/{seller_id}).
sellers = Table(
    "sellers",
    metadata,
    Column("seller_id", String(ID), primary_key=True),
    Column("average_daily_orders", Integer, nullable=True),
    Column("daily_limit", Integer, nullable=True),
    Column("updated_at", UtcDateTime, nullable=False),
)

# Opt-outs learned from relay bounces: the order, and its buyer when an earlier check named one.
opt_outs = Table(
    "opt_outs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", String(32), nullable=False),
    Column("marketplace", String(16), nullable=False),
    Column("order_id", String(ORDER_ID), nullable=False),
    Column("buyer", String(HEX), nullable=True, index=True),
    Column("learned_at", UtcDateTime, nullable=False, index=True),
    # bounce (the text of a relay bounce) or report (the JSON form).
    Column("source", String(16), nullable=False),
    Index(None, "platform", "marketplace", "order_id"),
)

# Webhook ids seen within the replay window, shared by every worker and process. The id is
# stored as its SHA-256: any length and any bytes fit, and nothing the caller chose is kept.
webhook_ids = Table(
    "webhook_ids",
    metadata,
    Column("id_hash", String(HEX), primary_key=True),
    Column("expires_at", UtcDateTime, nullable=False, index=True),
)
