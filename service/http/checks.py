"""POST /v1/checks and POST /v1/checks/batch: the pre-send check, one message or many."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, NamedTuple

from flask import Blueprint, Request, Response, request
from flask.globals import app_ctx
from werkzeug.datastructures import LanguageAccept
from werkzeug.http import parse_accept_header

from service import metrics
from service.engine import CheckRequest, Decision, RulePolicy, Severity, evaluate
from service.engine.history import History, LedgerState
from service.engine.rules import of_pack
from service.http import request_id
from service.http.body import json_body
from service.http.errors import MAX_LISTED_ERRORS, invalid_document
from service.http.json_provider import encode
from service.http.runtime import Runtime, runtime, unproxied
from service.http.schemas import (
    RequestInvalid,
    dump_decision,
    load_batch_request,
    load_check_request,
    platform_of_check,
)
from service.ids import new_id
from service.ledger import CheckRecord, LedgerUnavailable
from service.packs import Pack

blueprint = Blueprint("checks", __name__)
log = logging.getLogger("presend")

# The seller of a check that names none: one seller per installation is the common case.
DEFAULT_SELLER = "default"
# The ledger's guards and the rules they stand for.
GUARDS = {
    "review": "ledger.review_already_requested",
    "duplicate": "ledger.duplicate",
    "day": "ledger.daily_limit",
}


def guards(policy: RulePolicy, pack: Pack) -> frozenset[str]:
    """The guards whose rule rejects under the pack and the operator's settings (on, at
    error)."""
    enforced = set()
    rules = {rule.name: rule for rule in of_pack(pack)}
    for guard, name in GUARDS.items():
        rule = rules.get(name)
        if rule is None:
            continue
        applied = policy.applied(rule.id, fixable=False)
        if applied is not None and (applied[0] or rule.severity) is Severity.ERROR:
            enforced.add(guard)
    return frozenset(enforced)


class Asked(NamedTuple):
    """What every check of one request shares, looked up once per request: each look-up
    through Flask's context proxies costs about 9k instructions, which a batch paid per item."""

    service: Runtime
    request_id: str
    # The answer's language: answer_language().
    language: str


def what_is_asked() -> Asked:
    """The current request's runtime, id and answer language, read from the app context and
    the request themselves rather than through three proxies."""
    context = unproxied(app_ctx)
    return Asked(
        runtime(context.app), request_id.current(context), answer_language(unproxied(request))
    )


def answer_language(asking: Request = request) -> str:
    """The first of English and German in the caller's Accept-Language order (a regional tag
    such as en-US counts for its language), English when neither is asked for."""
    # The header as `headers.get` would find it, without its look-up (8k).
    return _language_of(asking.environ.get("HTTP_ACCEPT_LANGUAGE"))


# By the header's text: a caller sends the same one with every request, and werkzeug's parse
# of it cost about 90k instructions a check (19k when there is none).
@lru_cache(maxsize=64)
def _language_of(header: str | None) -> str:
    for tag, _quality in parse_accept_header(header, LanguageAccept):  # sorted by quality
        language = tag.split("-", 1)[0].lower()
        if language in ("en", "de"):
            return language
    return "en"


def request_fingerprint(payload: Any) -> str:
    """SHA-256 of the request as canonical JSON (sorted keys, no spaces): the same request,
    however it was formatted, has the same fingerprint."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def on_history(
    asked: Asked,
    pack: Pack,
    check: CheckRequest,
    decision_id: str,
    payload: Any,
    dry_run: bool,
) -> Decision:
    """Evaluate a check on its platform's history: read before, written after, in one
    transaction."""
    service = asked.service

    def evaluate_on(history: History) -> Decision:
        return evaluate(replace(check, history=history), pack, service.settings.rules)

    if service.ledger is None:
        return evaluate(check, pack, service.settings.rules)  # a check is loaded without history
    record = CheckRecord(
        decision_id=decision_id,
        request_id=asked.request_id,
        seller_id=check.seller_id or DEFAULT_SELLER,
        platform=pack.platform,
        marketplace=check.marketplace.code,
        order_id=check.order.id,
        message_id=check.message_id,
        buyer_id=check.buyer.id,
        contact_reason=check.message.contact_reason.code,
        proactive=not check.message.contact_reason.reply,
        channel=check.channel.name,
        edition=check.edition.id,
        request_fingerprint=request_fingerprint(payload),
        body=check.message.body,
        guards=service.guards[pack.platform],
    )
    try:
        return service.ledger.check(record, evaluate_on, dry_run=dry_run)
    except LedgerUnavailable as error:
        if service.settings.ledger_failure == "closed":
            raise
        log.warning(
            "ledger unavailable: evaluated without history (PRESEND_LEDGER_FAILURE=open)",
            extra={"decision_id": decision_id, "error": str(error)},
        )
        return evaluate_on(History(state=LedgerState.UNAVAILABLE))


def decide(payload: Any, asked: Asked, batch_item: int | None = None) -> dict[str, Any]:
    """One check, alone or as an item of a batch: its JSON in, its decision document out.

    Raises RequestInvalid naming the bad fields, LedgerUnavailable when the ledger does not
    answer (PRESEND_LEDGER_FAILURE=closed). Everything a check does happens here, once for
    both endpoints: validate, read the history, evaluate, write, answer, log (one line with
    its own decision id) and count.
    """
    started = time.perf_counter()
    service = asked.service
    pack = platform_of_check(payload, service.platforms)
    check = load_check_request(payload, pack, service.edition_of(pack).id, now=datetime.now(UTC))
    dry_run = payload.get("dry_run") is True
    decision_id = new_id()
    decision = on_history(asked, pack, check, decision_id, payload, dry_run)
    document = dump_decision(decision, decision_id, asked.language)
    seconds = time.perf_counter() - started
    log.info(
        "decision",
        extra={
            "decision_id": decision_id,
            "request_id": asked.request_id,
            **({} if batch_item is None else {"batch_item": batch_item}),
            "verdict": decision.verdict.value,
            "platform": pack.platform,
            "rules": sorted({finding.rule for finding in decision.findings}),
            "marketplace": check.marketplace.code,
            "contact_reason": check.message.contact_reason.code,
            "channel": check.channel.name,
            "edition": check.edition.id,
            "dry_run": dry_run,
            "duration_ms": round(seconds * 1000, 3),
        },
    )
    metrics.record_check(decision, seconds)
    return document


@blueprint.post("/v1/checks")
def create_check() -> Response:
    """Check a message before it is sent: allow, modify or reject."""
    return _answer(decide(json_body(request), what_is_asked()))


@blueprint.post("/v1/checks/batch")
def create_batch() -> Response:
    """Check up to 100 messages at once: a decision or a problem document per item, in order.
    Each item is its own check (its own transaction in the ledger), in the order given."""
    items = load_batch_request(json_body(request))
    asked = what_is_asked()
    # The answer lists about as many errors as one check's would, however many items are bad.
    listed = max(1, MAX_LISTED_ERRORS // max(len(items), 1))
    results = [_item_result(item, asked, index, listed) for index, item in enumerate(items)]
    return _answer({"results": results})


def _answer(document: dict[str, Any]) -> Response:
    """A check's answer, never cached. Written as the app's JSON provider writes it, without
    jsonify's look-ups of the app and its debug setting (a third of the answer's cost)."""
    response = Response(encode(document), content_type="application/json")
    response.headers["Cache-Control"] = "no-store"
    return response


def _item_result(payload: Any, asked: Asked, index: int, listed: int) -> dict[str, Any]:
    """An item's decision, or its own 422 problem document listing at most `listed` errors:
    one bad check does not fail the others. Anything else raised (a failure of the service,
    not of the item, such as the ledger not answering) answers for the whole batch."""
    try:
        return decide(payload, asked, batch_item=index)
    except RequestInvalid as error:
        return invalid_document(error, listed)
