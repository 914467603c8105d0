"""POST /v1/bounces: an Amazon relay bounce teaches the ledger that a buyer opted out.

A mail server forwards the bounce as it is (`message/rfc822`) or its text (`text/plain`); an
ERP that parsed it already sends JSON `{marketplace, order_id, buyer_id?}`.
"""

from __future__ import annotations

import codecs
import email.parser
from email.message import Message
from email.policy import Compat32
from typing import Any

from flask import Blueprint, Request, Response, jsonify, request

from service.engine import rfc3339
from service.engine.bounce import BounceUnrecognised, recognise
from service.engine.scan.markup import find_tags, visible_text
from service.http.body import json_body, raw_body
from service.http.errors import Problem
from service.http.runtime import ledger, runtime
from service.http.schemas import RequestInvalid, load_bounce_report, load_order_key
from service.packs import Marketplace, Pack

blueprint = Blueprint("bounces", __name__)

TEXT_TYPES = ("text/plain", "message/rfc822")

# A forwarded message is anyone's mail, and Python's email package is not made for hostile
# mail: its structured headers (email.policy.default) read an address list or a Content-Type
# of 50 KB in 10 to 60 s, and nested comments or groups in an address raised (a 500). So the
# headers stay text (compat32, whose only parsed header is Content-Type), and the message is
# refused before the parser's other costs grow with it: its parameters are read in time
# quadratic in their length, and every line is compared with the boundary of every multipart
# it is nested in (or it recurses past Python's limit). Amazon's bounce, forwarded, is a few
# parts and Content-Types of a line; these bounds keep the worst message linear in its size.
MAX_PARTS = 20
MAX_CONTENT_TYPE = 1000
# Python codecs that read bytes as no character set does; punycode also takes time quadratic
# in the text (256 KB: 2 s).
_NOT_CHARSETS = frozenset(["punycode", "idna", "undefined", "unicode-escape", "raw-unicode-escape"])


class _TooComplex(Exception):
    """A forwarded message beyond MAX_PARTS or MAX_CONTENT_TYPE; the message says which."""


class _BoundedHeaders(Compat32):
    """compat32, with a Content-Type of at most MAX_CONTENT_TYPE characters."""

    def header_source_parse(self, sourcelines: list[str]) -> tuple[str, str]:
        name, value = super().header_source_parse(sourcelines)
        if name.lower() == "content-type" and len(value) > MAX_CONTENT_TYPE:
            raise _TooComplex(f"a Content-Type longer than {MAX_CONTENT_TYPE} characters")
        return name, value


_POLICY = _BoundedHeaders()


def _parsed(raw: bytes) -> Message:
    """A forwarded message of at most MAX_PARTS parts (a nested message counts as one)."""
    # FeedParser calls the factory once more, to learn whether it takes a policy.
    made = -1

    def part(policy: Compat32 = _POLICY) -> Message:
        nonlocal made
        made += 1
        if made > MAX_PARTS:
            raise _TooComplex(f"more than {MAX_PARTS} parts")
        return Message(policy)

    return email.parser.BytesParser(_class=part, policy=_POLICY).parsebytes(raw)


def _codec(charset: str) -> str | None:
    """The codec of a MIME charset, or None: unknown, or a codec that is no character set."""
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return None
    return None if name in _NOT_CHARSETS else name


def _decoded(part: Message) -> str:
    """A text part's content: its transfer encoding undone, its charset decoded (an unknown or
    wrong charset as UTF-8, with replacement characters, so a bounce is never refused for it)."""
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    return raw.decode(_codec(part.get_content_charset() or "utf-8") or "utf-8", errors="replace")


def _text_of(message: Message) -> str:
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
    # Within the limit as a JSON body is: a chunked body is refused past it, never cut.
    raw = raw_body(incoming)
    if incoming.mimetype == "message/rfc822":
        try:
            return _text_of(_parsed(raw))
        except _TooComplex as error:
            raise RequestInvalid(
                [{"field": "body", "message": f"Not an Amazon relay bounce: it has {error}."}]
            ) from None
    charset = incoming.mimetype_params.get("charset", "utf-8")
    codec = _codec(charset)
    try:
        if codec is None:
            raise LookupError(charset)
        return raw.decode(codec)
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
