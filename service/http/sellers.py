"""GET and PUT /v1/sellers/{seller_id}: what the daily limit is computed from, and today's count."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from service.http.body import json_body
from service.http.runtime import ledger
from service.http.schemas import load_seller, load_seller_id

blueprint = Blueprint("sellers", __name__)


@blueprint.get("/v1/sellers/<seller_id>")
def get_seller(seller_id: str) -> Response:
    """The seller's settings, its limit today and how many proactive messages it cleared today.
    A seller never set up has neither setting and no limit."""
    response = jsonify(ledger().seller(load_seller_id(seller_id)))
    response.headers["Cache-Control"] = "no-store"
    return response


@blueprint.put("/v1/sellers/<seller_id>")
def put_seller(seller_id: str) -> Response:
    """Set the seller's average daily orders and/or explicit daily limit (a field left out is
    cleared: PUT replaces)."""
    settings = load_seller(json_body(request))
    response = jsonify(ledger().set_seller(load_seller_id(seller_id), **settings))
    response.headers["Cache-Control"] = "no-store"
    return response
