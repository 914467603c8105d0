"""POST /v1/bounces: an Amazon relay bounce teaches the ledger that a buyer opted out.

A mail server forwards the bounce as it is (`message/rfc822`) or its text (`text/plain`); an
ERP that parsed it already sends JSON `{marketplace, order_id, buyer_id?}`.
"""

from __future__ import annotations

import email.parser
import email.policy
from email.message import EmailMessage
from typing import Any

from flask import Blueprint, Request, Response, jsonify, request

from service.engine import rfc3339
from service.engine.bounce import BounceUnrecognised, recognise
from service.engine.scan.markup import find_tags, visible_text
from service.http.body import json_body
from service.http.errors import Problem
from service.http.runtime import ledger, runtime
from service.http.schemas import RequestInvalid, load_bounce_report, load_order_key
from service.packs import Marketplace, Pack

blueprint = Blueprint("bounces", __name__)

TEXT_TYPES = ("text/plain", "message/rfc822")


def _decoded(part: EmailMessage) -> str:
    """A text part's content: its transfer encoding undone, its charset decoded (an unknown or
    wrong charset as UTF-8, with replacement characters, so a bounce is never refused for it)."""
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return raw.decode(charset, errors="replace")
    except LookupError:
        return raw.decode("utf-8", errors="replace")


def _text_of(message: EmailMessage) -> str:
    """Every header and every text part of a message and the messages it forwards."""
    pieces = []
    for part in message.walk():
        pieces += [f"{name}: {value}" for name, value in part.items()]
        kind = part.get_content_type()
        if not part.is_multipart() and kind in ("text/plain", "text/html"):
            content = _decoded(part)
            pieces.append(
                visible_text(content, find_tags(content)) if kind == "text/html" else content
            )
    return "\n".join(pieces)


def _text(incoming: Request) -> str:
    raw = incoming.get_data(cache=True)
    if incoming.mimetype == "message/rfc822":
        parser = email.parser.BytesParser(_class=EmailMessage, policy=email.policy.default)
        return _text_of(parser.parsebytes(raw))
    charset = incoming.mimetype_params.get("charset", "utf-8")
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        raise Problem(
            400,
            "Bad Request",
            f"The body is not text in the charset '{charset[:32]}'.",
            "invalid-text",
        ) from None


def _hint(pack: Pack) -> Marketplace | None:
    """The marketplace named by ?marketplace=, for a text that has no relay address."""
    raw = request.args.get("marketplace")
    if raw is None:
        return None
    found = pack.find_marketplace(raw)
    if found is None:
        raise RequestInvalid(
            [{"field": "marketplace", "message": f"Unknown marketplace '{raw[:16]}'."}]
        )
    return found


@blueprint.post("/v1/bounces")
def learn_from_bounce() -> Response:
    """Record an opt-out from a relay bounce: the order, and its buyer as earlier checks named
    it, get no unsolicited message for the pack's memory of an opt-out."""
    service = runtime()
    pack = service.pack
    store = ledger()
    hint = _hint(pack)
    buyer_id: str | None = None
    language: str | None = None
    if request.is_json:
        report: dict[str, Any] = load_bounce_report(json_body(request))
        marketplace, order_id = load_order_key(report["marketplace"], report["order_id"], pack)
        buyer_id = report["buyer_id"]
        source = "report"
    elif request.mimetype in TEXT_TYPES:
        try:
            bounce = recognise(_text(request), pack, hint)
        except BounceUnrecognised as error:
            raise RequestInvalid(error.errors) from None
        marketplace, order_id, language = bounce.marketplace.code, bounce.order_id, bounce.language
        source = "bounce"
    else:
        raise Problem(
            415,
            "Unsupported Media Type",
            "Send the bounce as text/plain or message/rfc822, or JSON "
            "{marketplace, order_id, buyer_id} as application/json.",
            "unsupported-media-type",
        )
    learned = store.learn_opt_out(pack.platform, marketplace, order_id, buyer_id, source)
    return jsonify(
        {
            "marketplace": marketplace,
            "order_id": order_id,
            "language": language,
            "source": source,
            "buyers": learned.buyers,
            "learned_at": rfc3339(learned.at),
            "remembered_until": rfc3339(learned.until),
        }
    )
