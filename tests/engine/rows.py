"""What the rule tables of the engine tests share: a request that breaks no core rule, its
decision read back as `Seen` findings, and the row helpers (`row`, `fix_row`) with their
assertions.

Each row is a message to a buyer and what the engine must say about it: the verdict, every
finding (rule, field, the text its span points at in the field as sent, severity, fixed) and,
for the fixing rules, the message it returns. Rows are written in the marketplace's language
after a greeting that names the order, so that no other rule has anything to say.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any, NamedTuple

import pytest

from service.engine import Attachment, Buyer, CheckRequest, Decision, RulePolicy, Verdict, evaluate
from service.packs import Pack, load_pack
from tests.engine.conftest import NOW, ORDER_ID, build_request

PACK: Pack = load_pack()

ALLOW, MODIFY, REJECT = Verdict.ALLOW, Verdict.MODIFY, Verdict.REJECT
SUBJECT, BODY = "message.subject", "message.body"

# The language rule has its own tests; its warning on an English row sent to amazon.de says
# nothing about the rule a table is about.
IGNORED = frozenset({"amazon.content.language_mismatch"})

GREETING = {
    "DE": f"Guten Tag, zu Ihrer Bestellung {ORDER_ID}: ",
    "UK": f"Hello, about your order {ORDER_ID}: ",
    "US": f"Hello, about your order {ORDER_ID}: ",
    "FR": f"Bonjour, concernant votre commande {ORDER_ID} : ",
    "IT": f"Buongiorno, riguardo al suo ordine {ORDER_ID}: ",
    "ES": f"Hola, sobre su pedido {ORDER_ID}: ",
}

# Reasons with the order state they are allowed in.
REVIEW_REQUEST = {
    "reason": "review_request",
    "status": "shipped",
    "delivered_at": NOW - timedelta(days=7),
}
WARRANTY = {"reason": "warranty", "status": "shipped"}
DIGITAL_ACCESS_KEY = {"reason": "digital_access_key"}


class Seen(NamedTuple):
    """A finding as a test states it: the span as the text it points at in the input."""

    rule: str
    field: str
    text: str | None
    severity: str
    fixed: bool


def finding(
    rule: str,
    text: str | None = None,
    *,
    field: str = BODY,
    severity: str = "error",
    fixed: bool = False,
) -> Seen:
    return Seen(rule, field, text, severity, fixed)


def make(
    body: str | None = None,
    *,
    buyer_language: str | None = None,
    attachments: tuple[Attachment, ...] = (),
    greeting: bool = True,
    **overrides: Any,
) -> CheckRequest:
    """A request that breaks no core rule: the buyer has not opted out (no tag needed), the
    body starts with a greeting naming the order; `body` is what follows the greeting (all
    of the body with greeting=False)."""
    overrides.setdefault("opted_out", False)
    if overrides.get("channel", "email") != "email":
        overrides.setdefault("subject", None)  # Amazon sets the subject off e-mail
    if body is not None:
        overrides["body"] = (
            GREETING[overrides.get("marketplace", "DE")] if greeting else ""
        ) + body
    request = build_request(PACK, **overrides)
    message = dataclasses.replace(request.message, attachments=attachments)
    buyer = Buyer(opted_out=request.buyer.opted_out, language=buyer_language)
    return dataclasses.replace(request, message=message, buyer=buyer)


def checked(
    body: str | None = None, *, policy: RulePolicy | None = None, **overrides: Any
) -> tuple[CheckRequest, Decision]:
    request = make(body, **overrides)
    return request, evaluate(request, PACK, policy)


def seen(request: CheckRequest, decision: Decision) -> list[Seen]:
    """The decision's findings, spans read back from the request's fields."""
    fields = {SUBJECT: request.message.subject or "", BODY: request.message.body}
    return [
        Seen(
            f.rule,
            f.field,
            None if f.span is None else fields[f.field][f.span.start : f.span.end],
            f.severity.value,
            f.fixed,
        )
        for f in decision.findings
        if f.rule not in IGNORED
    ]


def resent(request: CheckRequest, decision: Decision) -> CheckRequest:
    """The same request carrying the message the engine returned."""
    message = dataclasses.replace(request.message, subject=decision.subject, body=decision.body)
    return dataclasses.replace(request, message=message)


def row(
    id: str, body: str, verdict: Verdict, findings: list[Seen], *, marks: Any = (), **request: Any
) -> Any:
    return pytest.param(body, request, verdict, findings, id=id, marks=marks)


ROW_NAMES = ("body", "given", "verdict", "findings")


def assert_row(body: str, given: dict[str, Any], verdict: Verdict, findings: list[Seen]) -> None:
    """A row of a reporting rule: the verdict, every finding, and the message left as sent."""
    sent, decision = checked(body, **given)
    assert (decision.verdict, seen(sent, decision)) == (verdict, findings)
    assert (decision.subject, decision.body) == (sent.message.subject, sent.message.body)


EXTERNAL_LINK = "amazon.content.external_link"


def link(text: str, **kwargs: Any) -> Seen:
    return finding(EXTERNAL_LINK, text, **kwargs)


DEFAULT_SUBJECT = "Zusätzliche Informationen erforderlich"


def fix_row(
    id: str,
    body: str,
    verdict: Verdict,
    findings: list[Seen],
    fixed_body: str,
    *,
    subject: str = DEFAULT_SUBJECT,
    fixed_subject: str = DEFAULT_SUBJECT,
    marks: Any = (),
    **request: Any,
) -> Any:
    return pytest.param(
        body,
        {"subject": subject, **request},
        verdict,
        findings,
        fixed_subject,
        GREETING[request.get("marketplace", "DE")] + fixed_body,
        id=id,
        marks=marks,
    )


FIX_NAMES = ("body", "given", "verdict", "findings", "fixed_subject", "fixed_body")


def assert_fix_row(
    body: str,
    given: dict[str, Any],
    verdict: Verdict,
    findings: list[Seen],
    fixed_subject: str,
    fixed_body: str,
) -> None:
    """A row of a fixing rule: verdict, findings, the fixed message, and a re-check of it that
    changes nothing more (allow, where the row was only modified)."""
    sent, decision = checked(body, **given)
    assert (decision.verdict, seen(sent, decision)) == (verdict, findings)
    assert (decision.subject, decision.body) == (fixed_subject, fixed_body)
    again = evaluate(resent(sent, decision), PACK)
    assert (again.verdict, again.changes) == (ALLOW if verdict is MODIFY else verdict, ())
