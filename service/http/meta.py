"""GET /healthz and GET /openapi.yaml: open to everyone, no authentication."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from flask import Blueprint, Response, jsonify

blueprint = Blueprint("meta", __name__)

CONTRACT = Path(__file__).resolve().parents[2] / "openapi.yaml"


@blueprint.get("/healthz")
def healthz() -> Response:
    """Liveness: the process answers."""
    return jsonify(status="ok")


@cache
def _contract() -> bytes:
    return CONTRACT.read_bytes()


@blueprint.get("/openapi.yaml")
def openapi() -> Response:
    """The API contract."""
    return Response(_contract(), mimetype="application/yaml")
