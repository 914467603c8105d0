"""PostgreSQL: presend_slot_taken(), which aborts the statement that calls it.

A check's write is one statement on PostgreSQL; when one of its guards finds a slot taken, the
statement calls this function, so none of the statement's writes stays (service/ledger/store.py).
SQLite needs nothing: its writes run in a transaction that is rolled back instead.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# SQLSTATE 40001 (serialization_failure): the write lost a race and is tried again.
CREATE = """
CREATE OR REPLACE FUNCTION presend_slot_taken() RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    RAISE EXCEPTION 'presend: a slot was taken since the history was read'
        USING ERRCODE = 'serialization_failure';
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(CREATE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS presend_slot_taken()")
