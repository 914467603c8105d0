"""GET /healthz, GET /readyz and GET /openapi.yaml: open to everyone, no authentication."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from flask import Blueprint, Response, jsonify

from service.http.runtime import runtime

blueprint = Blueprint("meta", __name__)

CONTRACT = Path(__file__).resolve().parents[2] / "openapi.yaml"


@blueprint.get("/healthz")
def healthz() -> Response:
    """Liveness: the process answers."""
    return jsonify(status="ok")


@blueprint.get("/readyz")
def readyz() -> Response:
    """Readiness: the send ledger answers (503 while it does not; no restart needed after)."""
    ledger = runtime().ledger
    if ledger is not None:
        ledger.ping()  # LedgerUnavailable becomes the 503 problem
    response = jsonify(status="ok", ledger=ledger.backend if ledger else "off")
    response.headers["Cache-Control"] = "no-store"
    return response


@cache
def _contract() -> bytes:
    return CONTRACT.read_bytes()


@blueprint.get("/openapi.yaml")
def openapi() -> Response:
    """The API contract."""
    return Response(_contract(), mimetype="application/yaml")
