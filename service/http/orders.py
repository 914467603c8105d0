"""GET and DELETE /v1/orders/{marketplace}/{order_id}/messages: an order's stored messages,
on one platform (?platform=, the default one where absent)."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from service.http.runtime import ledger, runtime
from service.http.schemas import dump_audit, load_order_key, platform_of_query

blueprint = Blueprint("orders", __name__)


@blueprint.get("/v1/orders/<marketplace>/<order_id>/messages")
def list_messages(marketplace: str, order_id: str) -> Response:
    """Every check stored for the order, oldest first, with its verdict and slot state."""
    pack = platform_of_query(request.args, runtime().platforms)
    code, order = load_order_key(marketplace, order_id, pack)
    records = ledger().order_messages(pack.platform, code, order)
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
    pack = platform_of_query(request.args, runtime().platforms)
    code, order = load_order_key(marketplace, order_id, pack)
    erased = ledger().erase_order(pack.platform, code, order)
    return jsonify({"marketplace": code, "order_id": order, "erased_decisions": erased})
