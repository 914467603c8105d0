"""GET /healthz, GET /readyz and GET /openapi.yaml: open to everyone, no authentication."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from flask import Blueprint, Response, jsonify, request

from service.http.errors import Problem
from service.http.runtime import runtime

blueprint = Blueprint("meta", __name__)
# Set in each request's WSGI environ by the server (service/worker.py) once SIGTERM arrived.
DRAINING = "presend.draining"

CONTRACT = Path(__file__).resolve().parents[2] / "openapi.yaml"


@blueprint.get("/healthz")
def healthz() -> Response:
    """Liveness: the process answers."""
    return jsonify(status="ok")


@blueprint.get("/readyz")
def readyz() -> Response:
    """Readiness: 503 while the server drains before it stops, so a router sends no more, and
    while the send ledger does not answer (200 again once it does, without a restart)."""
    if request.environ.get(DRAINING):
        raise Problem(
            503,
            "Service Unavailable",
            "The server is shutting down; send new requests elsewhere.",
            "draining",
            headers={"Retry-After": "1"},
        )
    ledger = runtime().ledger
    if ledger is not None:
        ledger.ping()  # LedgerUnavailable becomes the 503 ledger-unavailable problem
    response = jsonify(status="ready", ledger=ledger.backend if ledger else "off")
    response.headers["Cache-Control"] = "no-store"
    return response


@cache
def _contract() -> bytes:
    return CONTRACT.read_bytes()


@blueprint.get("/openapi.yaml")
def openapi() -> Response:
    """The API contract."""
    return Response(_contract(), mimetype="application/yaml")
