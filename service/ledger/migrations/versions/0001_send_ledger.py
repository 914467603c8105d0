"""The send ledger: audit records, slots, sellers, learned opt-outs, replay memory.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import service.ledger.tables

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "decisions",
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", service.ledger.tables.UtcDateTime(timezone=True), nullable=False),
        sa.Column("request_id", sa.String(length=200), nullable=True),
        sa.Column("seller_id", sa.String(length=128), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("marketplace", sa.String(length=16), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("message_id", sa.String(length=128), nullable=True),
        sa.Column("message_key", sa.String(length=128), nullable=False),
        sa.Column("buyer", sa.String(length=64), nullable=True),
        sa.Column("contact_reason", sa.String(length=64), nullable=False),
        sa.Column("proactive", sa.Boolean(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("edition", sa.String(length=16), nullable=False),
        sa.Column("verdict", sa.String(length=8), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("not_before", service.ledger.tables.UtcDateTime(timezone=True), nullable=True),
        sa.Column("request_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("body_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("outcome_at", service.ledger.tables.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("decision_id", name=op.f("pk_decisions")),
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decisions_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_decisions_platform_marketplace_order_id"),
            ["platform", "marketplace", "order_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_decisions_seller_id_message_key"),
            ["seller_id", "message_key"],
            unique=False,
        )

    op.create_table(
        "installation",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("buyer_key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", service.ledger.tables.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installation")),
    )
    op.create_table(
        "messages",
        sa.Column("seller_id", sa.String(length=128), nullable=False),
        sa.Column("message_key", sa.String(length=128), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("marketplace", sa.String(length=16), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("buyer", sa.String(length=64), nullable=True),
        sa.Column("contact_reason", sa.String(length=64), nullable=False),
        sa.Column("body_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("cleared_at", service.ledger.tables.UtcDateTime(timezone=True), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("sent_at", service.ledger.tables.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("seller_id", "message_key", name=op.f("pk_messages")),
        sa.UniqueConstraint("decision_id", name=op.f("uq_messages_decision_id")),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_messages_cleared_at"), ["cleared_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_messages_platform_marketplace_order_id"),
            ["platform", "marketplace", "order_id"],
            unique=False,
        )

    op.create_table(
        "opt_outs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("marketplace", sa.String(length=16), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("buyer", sa.String(length=64), nullable=True),
        sa.Column("learned_at", service.ledger.tables.UtcDateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opt_outs")),
    )
    with op.batch_alter_table("opt_outs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opt_outs_buyer"), ["buyer"], unique=False)
        batch_op.create_index(batch_op.f("ix_opt_outs_learned_at"), ["learned_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_opt_outs_platform_marketplace_order_id"),
            ["platform", "marketplace", "order_id"],
            unique=False,
        )

    op.create_table(
        "seller_days",
        sa.Column("seller_id", sa.String(length=128), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("cleared", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("seller_id", "day", name=op.f("pk_seller_days")),
    )
    op.create_table(
        "sellers",
        sa.Column("seller_id", sa.String(length=128), nullable=False),
        sa.Column("average_daily_orders", sa.Integer(), nullable=True),
        sa.Column("daily_limit", sa.Integer(), nullable=True),
        sa.Column("updated_at", service.ledger.tables.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seller_id", name=op.f("pk_sellers")),
    )
    op.create_table(
        "slots",
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("marketplace", sa.String(length=16), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=80), nullable=False),
        sa.Column("seller_id", sa.String(length=128), nullable=False),
        sa.Column("message_key", sa.String(length=128), nullable=False),
        sa.Column("taken_at", service.ledger.tables.UtcDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", service.ledger.tables.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint(
            "platform", "marketplace", "order_id", "kind", name=op.f("pk_slots")
        ),
    )
    with op.batch_alter_table("slots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slots_taken_at"), ["taken_at"], unique=False)

    op.create_table(
        "webhook_ids",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", service.ledger.tables.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id_hash", name=op.f("pk_webhook_ids")),
    )
    with op.batch_alter_table("webhook_ids", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_webhook_ids_expires_at"), ["expires_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("webhook_ids", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webhook_ids_expires_at"))

    op.drop_table("webhook_ids")
    with op.batch_alter_table("slots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slots_taken_at"))

    op.drop_table("slots")
    op.drop_table("sellers")
    op.drop_table("seller_days")
    with op.batch_alter_table("opt_outs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opt_outs_platform_marketplace_order_id"))
        batch_op.drop_index(batch_op.f("ix_opt_outs_learned_at"))
        batch_op.drop_index(batch_op.f("ix_opt_outs_buyer"))

    op.drop_table("opt_outs")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_platform_marketplace_order_id"))
        batch_op.drop_index(batch_op.f("ix_messages_cleared_at"))

    op.drop_table("messages")
    op.drop_table("installation")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisions_seller_id_message_key"))
        batch_op.drop_index(batch_op.f("ix_decisions_platform_marketplace_order_id"))
        batch_op.drop_index(batch_op.f("ix_decisions_created_at"))

    op.drop_table("decisions")
