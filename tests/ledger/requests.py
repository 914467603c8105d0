"""Check requests for the ledger's stories: one order, a few kinds of message."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

ORDER = "302-1234567-1234567"
OTHER_ORDER = "302-7654321-7654321"


def check(
    reason: str = "shipping_address",
    *,
    message_id: str | None = None,
    order: str = ORDER,
    body: str | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """A check that the stateless rules allow (or modify), for the order `order`."""
    delivered = datetime.now(UTC) - timedelta(days=7)
    status = "unshipped" if reason in {"shipping_address", "order_details"} else "delivered"
    document: dict[str, Any] = {
        "marketplace": "DE",
        "order": {"id": order, "status": status},
        "buyer": {"opted_out": False},
        "message": {
            "contact_reason": reason,
            "subject": f"Bestellung {order}",
            "body": body
            if body is not None
            else f"Guten Tag, zu Ihrer Bestellung {order} haben wir eine Frage zur Hausnummer.",
        },
    }
    if status == "delivered":
        document["order"]["delivered_at"] = delivered.isoformat()
    if message_id is not None:
        document["message_id"] = message_id
    for name, value in fields.items():
        target = document
        *path, last = name.split("__")
        for part in path:
            target = target.setdefault(part, {})
        target[last] = copy.deepcopy(value)
    return document
