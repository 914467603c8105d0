"""GET and DELETE /v1/orders/{marketplace}/{order_id}/messages: an order's stored messages."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from service.http.runtime import ledger, runtime
from service.http.schemas import dump_audit, load_order_key

blueprint = Blueprint("orders", __name__)


@blueprint.get("/v1/orders/<marketplace>/<order_id>/messages")
def list_messages(marketplace: str, order_id: str) -> Response:
    """Every check stored for the order, oldest first, with its verdict and slot state."""
    service = runtime()
    code, order = load_order_key(marketplace, order_id, service.pack)
    records = ledger().order_messages(service.pack.platform, code, order)
    response = jsonify(
        {
            "marketplace": code,
            "order_id": order,
            "messages": [dump_audit(record) for record in records],
        }
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@blueprint.delete("/v1/orders/<marketplace>/<order_id>/messages")
def erase_messages(marketplace: str, order_id: str) -> Response:
    """Erase everything stored for the order (a data-subject request); idempotent."""
    service = runtime()
    code, order = load_order_key(marketplace, order_id, service.pack)
    erased = ledger().erase_order(service.pack.platform, code, order)
    return jsonify({"marketplace": code, "order_id": order, "erased_decisions": erased})
