"""POST /v1/checks: the pre-send check."""

from __future__ import annotations

import logging
import time
import uuid
from datetime import UTC, datetime

from flask import Blueprint, Response, jsonify, request

from service.engine import evaluate
from service.http import request_id
from service.http.body import json_body
from service.http.runtime import runtime
from service.http.schemas import dump_decision, load_check_request

blueprint = Blueprint("checks", __name__)
log = logging.getLogger("presend")


def answer_language() -> str:
    """The first of English and German in the caller's Accept-Language order (a regional tag
    such as en-US counts for its language), English when neither is asked for."""
    for tag, _quality in request.accept_languages:  # werkzeug sorts by quality
        language = tag.split("-", 1)[0].lower()
        if language in ("en", "de"):
            return language
    return "en"


@blueprint.post("/v1/checks")
def create_check() -> Response:
    """Check a message before it is sent: allow, modify or reject."""
    started = time.perf_counter()
    service = runtime()
    check = load_check_request(
        json_body(request), service.pack, service.default_edition.id, now=datetime.now(UTC)
    )
    decision = evaluate(check, service.pack, service.settings.rules)
    decision_id = str(uuid.uuid4())
    response = jsonify(dump_decision(decision, decision_id, answer_language()))
    response.headers["Cache-Control"] = "no-store"
    log.info(
        "decision",
        extra={
            "decision_id": decision_id,
            "request_id": request_id.current(),
            "verdict": decision.verdict.value,
            "rules": sorted({finding.rule for finding in decision.findings}),
            "marketplace": check.marketplace.code,
            "contact_reason": check.message.contact_reason.code,
            "channel": check.channel.value,
            "edition": check.edition.id,
            "duration_ms": round((time.perf_counter() - started) * 1000, 3),
        },
    )
    return response
