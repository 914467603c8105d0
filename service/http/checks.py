"""POST /v1/checks and POST /v1/checks/batch: the pre-send check, one message or many."""

from __future__ import annotations

import logging
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from flask import Blueprint, Response, jsonify, request

from service import metrics
from service.engine import evaluate
from service.http import request_id
from service.http.body import json_body
from service.http.errors import MAX_LISTED_ERRORS, invalid_document
from service.http.runtime import runtime
from service.http.schemas import (
    RequestInvalid,
    dump_decision,
    load_batch_request,
    load_check_request,
)

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


def decide(payload: Any, language: str, batch_item: int | None = None) -> dict[str, Any]:
    """One check, alone or as an item of a batch: its JSON in, its decision document out.

    Raises RequestInvalid naming the bad fields. Everything a check does happens here, once
    for both endpoints: validate, evaluate, answer, log (one line with its own decision id)
    and count.
    """
    started = time.perf_counter()
    service = runtime()
    check = load_check_request(
        payload, service.pack, service.default_edition.id, now=datetime.now(UTC)
    )
    decision = evaluate(check, service.pack, service.settings.rules)
    decision_id = str(uuid.uuid4())
    document = dump_decision(decision, decision_id, language)
    seconds = time.perf_counter() - started
    log.info(
        "decision",
        extra={
            "decision_id": decision_id,
            "request_id": request_id.current(),
            **({} if batch_item is None else {"batch_item": batch_item}),
            "verdict": decision.verdict.value,
            "rules": sorted({finding.rule for finding in decision.findings}),
            "marketplace": check.marketplace.code,
            "contact_reason": check.message.contact_reason.code,
            "channel": check.channel.value,
            "edition": check.edition.id,
            "duration_ms": round(seconds * 1000, 3),
        },
    )
    metrics.record_check(decision, seconds)
    return document


@blueprint.post("/v1/checks")
def create_check() -> Response:
    """Check a message before it is sent: allow, modify or reject."""
    response = jsonify(decide(json_body(request), answer_language()))
    response.headers["Cache-Control"] = "no-store"
    return response


@blueprint.post("/v1/checks/batch")
def create_batch() -> Response:
    """Check up to 100 messages at once: a decision or a problem document per item, in order."""
    items = load_batch_request(json_body(request))
    language = answer_language()
    # The answer lists about as many errors as one check's would, however many items are bad.
    listed = max(1, MAX_LISTED_ERRORS // max(len(items), 1))
    response = jsonify(
        results=[_item_result(item, language, index, listed) for index, item in enumerate(items)]
    )
    response.headers["Cache-Control"] = "no-store"
    return response


def _item_result(payload: Any, language: str, index: int, listed: int) -> dict[str, Any]:
    """An item's decision, or its own 422 problem document listing at most `listed` errors:
    one bad check does not fail the others. Anything else raised (a failure of the service,
    not of the item) answers for the whole batch."""
    try:
        return decide(payload, language, batch_item=index)
    except RequestInvalid as error:
        return invalid_document(error, listed)
