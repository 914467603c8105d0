"""service.ledger.cursor runs a check's statements on the driver's cursor: what it binds and
reads must be what SQLAlchemy's execute() binds and reads, on each backend."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import bindparam, insert, select
from sqlalchemy.exc import DBAPIError

from service.ledger import cursor
from service.ledger.tables import messages, slots

AT = datetime(2026, 11, 27, 8, 30, tzinfo=UTC)
MESSAGE = {
    "seller_id": "s",
    "message_key": "m",
    "decision_id": "d",
    "platform": "amazon",
    "marketplace": "DE",
    "order_id": "302-1234567-1234567",
    "buyer": None,
    "contact_reason": "review_request",
    "body_fingerprint": "f" * 64,
    "cleared_at": AT,
    "day": date(2026, 11, 27),
    "state": "held",
    "sent_at": None,
}


def test_rows_are_read_as_sqlalchemy_reads_them(ledger):
    written = insert(messages).values({name: bindparam(f"p_{name}") for name in MESSAGE})
    read = select(messages).where(messages.c.seller_id == bindparam("seller"))
    with ledger._transaction(write=True) as connection:
        assert cursor.execute(connection, written, {f"p_{k}": v for k, v in MESSAGE.items()}) == []
        (row,) = cursor.execute(connection, read, {"seller": "s"})
        assert tuple(row) == tuple(connection.execute(read, {"seller": "s"}).one())
    assert row._asdict() == MESSAGE  # an aware UTC instant and a date, on SQLite too


def test_a_statement_that_would_compile_on_every_call_is_refused(ledger):
    kinds = select(slots.c.kind).where(slots.c.kind.in_(bindparam("kinds", expanding=True)))
    with ledger._transaction(write=False) as connection, pytest.raises(ValueError):
        cursor.execute(connection, kinds, {"kinds": ["review"]})


def test_a_driver_error_is_raised_as_sqlalchemys(ledger):
    written = insert(messages).values({name: bindparam(f"p_{name}") for name in MESSAGE})
    values = {f"p_{k}": v for k, v in MESSAGE.items()}
    with ledger._transaction(write=True) as connection:
        cursor.execute(connection, written, values)
        with pytest.raises(DBAPIError) as raised:  # the same key again
            cursor.execute(connection, written, values)
    assert not raised.value.connection_invalidated
