"""`presend lint`: a template rendered with sample values, checked by the engine as a real
message, its findings placed on the template's own lines and columns."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from service.engine import Decision, Finding, RulePolicy, evaluate
from service.http.schemas import load_check_request
from service.lint import samples
from service.lint.document import Part, TemplateError, parse
from service.lint.template import Placeholder, Rendered, render
from service.packs import Pack

# The order every template is checked for: the number its order placeholders stand for.
# Statuses after which the parcel is on its way, and after which it has arrived.
_SHIPPED = frozenset({"shipped", "delivered", "return_requested", "returned", "refunded"})
_DELIVERED = _SHIPPED - {"shipped"}


@dataclass(frozen=True)
class Options:
    """What the template is checked as: the order, the reason and how it will be sent."""

    marketplace: str
    reason: str
    status: str | None = None
    channel: str = "email"
    edition: str | None = None
    opted_out: bool | None = None
    subject: str | None = None
    body_format: str = "text"


@dataclass(frozen=True)
class Position:
    """A 1-based line and column (in characters) of the template file."""

    line: int
    column: int


@dataclass(frozen=True)
class Located:
    """A finding, where it is in the template."""

    finding: Finding
    start: Position
    end: Position


@dataclass(frozen=True)
class Result:
    """One template's check: the engine's decision and its findings on the template."""

    path: str
    request: dict[str, Any]
    decision: Decision
    findings: tuple[Located, ...]
    placeholders: tuple[tuple[Position, Placeholder], ...]


class Lines:
    """Character offsets of a text as lines and columns."""

    def __init__(self, text: str):
        self.starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    def at(self, offset: int) -> Position:
        line = bisect.bisect_right(self.starts, offset) - 1
        return Position(line + 1, offset - self.starts[line] + 1)


def default_status(pack: Pack, reason: str) -> str:
    """The first status in which the reason may be used (a template is about its text, not
    about the order's state), `unshipped` for a reason that is never allowed."""
    found = pack.find_reason(reason)
    allowed = found.allowed_in if found else frozenset()
    return next((status for status in pack.statuses if status in allowed), "unshipped")


def _order(status: str, now: datetime, order_id: str) -> dict[str, Any]:
    """A sample order in that status whose dates pass the timing rules: bought ten days ago;
    where shipped, sent eight days ago; where delivered, seven days ago (inside the review
    window)."""
    canonical = status.lower()
    return {
        "id": order_id,
        "status": status,
        "purchased_at": (now - timedelta(days=10)).isoformat(),
        "shipped_at": (now - timedelta(days=8)).isoformat() if canonical in _SHIPPED else None,
        "delivered_at": (now - timedelta(days=7)).isoformat() if canonical in _DELIVERED else None,
    }


def lint(
    path: str,
    text: str,
    options: Options,
    pack: Pack,
    default_edition: str,
    policy: RulePolicy,
    now: datetime | None = None,
) -> Result:
    """Check one template; RequestInvalid (from the API's schema) when the options or the
    rendered message are not a valid check, TemplateError when the file is not a template."""
    now = now or datetime.now(UTC).replace(microsecond=0)
    document = parse(text)
    marketplace = pack.find_marketplace(options.marketplace)
    language = marketplace.primary_language if marketplace else "en"

    def sample(expression: str) -> str:
        return samples.sample(expression, language, pack.order_ids.example)

    if options.subject is not None and document.subject is not None:
        raise TemplateError("--subject is given, but the file has a subject of its own")
    # A subject from the command line has no place in the file: its findings go to line 1.
    subject_part = document.subject or (
        Part(options.subject, 0) if options.subject is not None else None
    )
    subject = render(subject_part.text, sample, subject_part.start) if subject_part else None
    body, body_placeholders = render(document.body.text, sample, document.body.start)
    request: dict[str, Any] = {
        "marketplace": options.marketplace,
        "channel": options.channel,
        "edition": options.edition,
        "now": now.isoformat(),
        "order": _order(
            options.status or default_status(pack, options.reason), now, pack.order_ids.example
        ),
        "buyer": {"opted_out": options.opted_out},
        "message": {
            "contact_reason": options.reason,
            "subject": subject[0].text if subject else None,
            "body": body.text,
            "body_format": options.body_format,
        },
    }
    check = load_check_request(request, pack, default_edition, now=now)
    decision = evaluate(check, pack, policy)
    lines = Lines(text)
    from_file = subject if document.subject else None
    fields = {
        "message.subject": from_file[0] if from_file else None,
        "message.body": body,
    }
    located = tuple(_locate(f, fields, lines) for f in decision.findings)
    placeholders = (*(from_file[1] if from_file else ()), *body_placeholders)
    return Result(
        path,
        request,
        decision,
        located,
        tuple((lines.at(p.start), p) for p in placeholders),
    )


def _locate(finding: Finding, fields: dict[str, Rendered | None], lines: Lines) -> Located:
    """Where a finding is in the template: its span mapped back through the rendering; the
    start of its field without a span; the top of the file for the order and the reason (and
    a subject given on the command line)."""
    rendered = fields.get(finding.field)
    if rendered is None:
        start = end = 0
    elif finding.span is None:
        start = end = rendered.starts[0]
    else:
        start, end = rendered.source(finding.span.start, finding.span.end)
    return Located(finding, lines.at(start), lines.at(end))
