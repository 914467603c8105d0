"""GET /v1/decisions/{decision_id} (the audit record of a check) and POST its outcome."""

from __future__ import annotations

import uuid

from flask import Blueprint, Response, jsonify, request

from service.http.body import json_body
from service.http.errors import Problem
from service.http.runtime import ledger
from service.http.schemas import dump_audit, load_outcome
from service.ledger import OutcomeConflict

blueprint = Blueprint("decisions", __name__)


def not_found(decision_id: str) -> Problem:
    return Problem(
        404,
        "Not Found",
        "No decision is stored under this id (a dry run stores none; records past "
        "PRESEND_RETENTION_DAYS are purged).",
        "decision-not-found",
    )


def stored_decision_id(raw: str) -> str:
    """The decision id as stored (a lower-case UUID); 404 for anything that cannot be one."""
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        raise not_found(raw) from None


@blueprint.get("/v1/decisions/<decision_id>")
def get_decision(decision_id: str) -> Response:
    """The audit record of one check: what was decided, by which rules, and the slot it holds."""
    record = ledger().decision(stored_decision_id(decision_id))
    if record is None:
        raise not_found(decision_id)
    response = jsonify(dump_audit(record))
    response.headers["Cache-Control"] = "no-store"
    return response


@blueprint.post("/v1/decisions/<decision_id>/outcome")
def report_outcome(decision_id: str) -> Response:
    """The ERP says whether it sent the message: not_sent frees its slots (the order's review
    request, the seller's day, the duplicate guard), sent adds the time. Idempotent."""
    stored_id = stored_decision_id(decision_id)
    report = load_outcome(json_body(request))
    store = ledger()
    try:
        found = store.report_outcome(stored_id, report["outcome"], report["at"])
    except OutcomeConflict as conflict:
        raise Problem(
            409,
            "Conflict",
            f"The message was reported {conflict} already; it cannot be {report['outcome']} too.",
            "outcome-conflict",
        ) from None
    if not found:
        raise not_found(decision_id)
    record = store.decision(stored_id)
    response = jsonify(dump_audit(record or {}))
    response.headers["Cache-Control"] = "no-store"
    return response
