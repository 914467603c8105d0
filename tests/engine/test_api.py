"""The API channel as Amazon's models define it (issue 14; issue 10 point 4), one table per
rule: reasons no operation sends, removed operations, Amazon's eligibility list, text on
operations without a text field, files on operations without attachments, warranty coverage.

Each row is a check and everything the engine must say about it: the verdict and every finding
as (rule, field, severity). No rule here changes the message, so every row also proves the
message comes back as sent (in particular: no order-number line where the body is not sent).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from service.engine import Attachment, RulePolicy, Verdict, WarrantyCoverage, evaluate
from service.engine.model import Setting
from service.packs import load_pack
from tests.engine.conftest import NOW, build_request

PACK = load_pack()
ALLOW, REJECT = Verdict.ALLOW, Verdict.REJECT
REASON, BODY = "message.contact_reason", "message.body"
ATTACHMENTS, WARRANTY = "message.attachments", "message.warranty"

NO_OPERATION = "amazon.api.no_operation"
OPERATION_REMOVED = "amazon.api.operation_removed"
TEXT_NOT_SENT = "amazon.api.text_not_sent"
ATTACHMENTS_NOT_ACCEPTED = "amazon.api.attachments_not_accepted"
ACTION_NOT_OFFERED = "amazon.api.action_not_offered"
WARRANTY_COVERAGE = "amazon.api.warranty_coverage"

API = {"channel": "sp_api"}
PDF = (Attachment("rechnung.pdf", "application/pdf", 18_342),)
# Reasons with an order state they are allowed in.
INVOICE = {"reason": "invoice", "status": "shipped"}
WARRANTY_REASON = {"reason": "warranty", "status": "shipped"}
REVIEW = {"reason": "review_request", "status": "delivered", "delivered_at": NOW - timedelta(7)}
FEEDBACK_REMOVAL = {"reason": "feedback_removal", "status": "delivered"}
TEXT = "Guten Tag, anbei die Unterlagen."


def decide(
    *,
    attachments: tuple[Attachment, ...] = (),
    warranty: WarrantyCoverage | None = None,
    actions: tuple[str, ...] | None = None,
    policy: RulePolicy | None = None,
    **overrides: Any,
) -> tuple[Any, Any]:
    """Evaluate a check that breaks no other rule (buyer not opted out, no subject off
    e-mail), with the API inputs the request builder does not cover."""
    overrides.setdefault("opted_out", False)
    if overrides.get("channel", "email") != "email":
        overrides.setdefault("subject", None)
    request = build_request(PACK, **overrides)
    request = dataclasses.replace(
        request,
        order=dataclasses.replace(
            request.order, messaging_actions=None if actions is None else frozenset(actions)
        ),
        message=dataclasses.replace(request.message, attachments=attachments, warranty=warranty),
    )
    return request, evaluate(request, PACK, policy)


def row(id: str, verdict: Verdict, findings: list[tuple[str, str, str]], **given: Any) -> Any:
    return pytest.param(given, verdict, findings, id=id)


def assert_row(given: dict[str, Any], verdict: Verdict, findings: list[tuple[str, str, str]]):
    request, decision = decide(**given)
    seen = [(f.rule, f.field, f.severity.value) for f in decision.findings]
    assert (decision.verdict, seen) == (verdict, findings)
    assert (decision.subject, decision.body) == (request.message.subject, request.message.body)


ROW_NAMES = ("given", "verdict", "findings")


# --- amazon.api.no_operation --------------------------------------------------------------


def no_operation() -> tuple[str, str, str]:
    return (NO_OPERATION, REASON, "error")


NO_OPERATION_ROWS = [
    row("amazon.api.no_operation-other", REJECT, [no_operation()], **API),
    row(
        "amazon.api.no_operation-return",
        REJECT,
        [no_operation()],
        reason="return",
        status="delivered",
        **API,
    ),
    row("amazon.api.no_operation-reply", REJECT, [no_operation()], reason="reply", **API),
    row(
        "amazon.api.no_operation-every-edition",
        REJECT,
        [no_operation()],
        reason="return",
        status="delivered",
        edition="2025-04",
        **API,
    ),
    row("amazon.api.no_operation-not-on-email", ALLOW, []),
    row("amazon.api.no_operation-not-on-seller-central", ALLOW, [], channel="seller_central"),
    row(
        "amazon.api.no_operation-prohibited-says-it-alone",
        REJECT,
        [("amazon.reason.prohibited", REASON, "error")],
        reason="thank_you",
        status="delivered",
        **API,
    ),
    row("amazon.api.no_operation-an-operation-sends-it", ALLOW, [], reason="order_details", **API),
]


@pytest.mark.parametrize(ROW_NAMES, NO_OPERATION_ROWS)
def test_no_operation(given, verdict, findings):
    assert_row(given, verdict, findings)


# --- amazon.api.operation_removed ---------------------------------------------------------

REMOVED_ON = datetime(2025, 8, 4, tzinfo=UTC)


def removed() -> tuple[str, str, str]:
    return (OPERATION_REMOVED, REASON, "error")


def on_day(day: datetime) -> dict[str, Any]:
    return {"now": day, "purchased_at": day - timedelta(days=5)}


OPERATION_REMOVED_ROWS = [
    row(
        "amazon.api.operation_removed-feedback-removal-2020-11",
        REJECT,
        [removed()],
        body="",
        **FEEDBACK_REMOVAL,
        **API,
    ),
    row(
        "amazon.api.operation_removed-on-the-day",
        REJECT,
        [removed()],
        body="",
        **FEEDBACK_REMOVAL,
        **API,
        **on_day(REMOVED_ON),
    ),
    row(
        "amazon.api.operation_removed-the-day-before",
        ALLOW,
        [],
        body="",
        **FEEDBACK_REMOVAL,
        **API,
        **on_day(REMOVED_ON - timedelta(seconds=1)),
    ),
    row(
        "amazon.api.operation_removed-2025-04-retires-the-reason-itself",
        REJECT,
        [("amazon.reason.retired", REASON, "error")],
        body="",
        edition="2025-04",
        **FEEDBACK_REMOVAL,
        **API,
    ),
    row(
        "amazon.api.operation_removed-2025-04-with-the-retired-rule-off",
        REJECT,
        [removed()],
        body="",
        edition="2025-04",
        policy=RulePolicy(overrides={"amazon.reason.retired": Setting.OFF}),
        **FEEDBACK_REMOVAL,
        **API,
    ),
    row("amazon.api.operation_removed-not-on-email", ALLOW, [], **FEEDBACK_REMOVAL),
]


@pytest.mark.parametrize(ROW_NAMES, OPERATION_REMOVED_ROWS)
def test_operation_removed(given, verdict, findings):
    assert_row(given, verdict, findings)


# --- amazon.api.action_not_offered --------------------------------------------------------


def not_offered() -> tuple[str, str, str]:
    return (ACTION_NOT_OFFERED, REASON, "error")


ACTION_NOT_OFFERED_ROWS = [
    row(
        "amazon.api.action_not_offered-listed",
        ALLOW,
        [],
        reason="order_details",
        actions=("confirmOrderDetails", "attributes"),
        **API,
    ),
    row(
        "amazon.api.action_not_offered-not-listed",
        REJECT,
        [not_offered()],
        reason="order_details",
        actions=("confirmDeliveryDetails", "attributes"),
        **API,
    ),
    row(
        "amazon.api.action_not_offered-empty-list",
        REJECT,
        [not_offered()],
        reason="order_details",
        actions=(),
        **API,
    ),
    # Amazon's list decides over the status table, both ways.
    row(
        "amazon.api.action_not_offered-listed-beats-the-status-table",
        ALLOW,
        [],
        reason="order_details",
        status="shipped",
        actions=("confirmOrderDetails",),
        **API,
    ),
    row(
        "amazon.api.action_not_offered-the-status-table-without-a-list",
        REJECT,
        [("amazon.reason.not_allowed_for_status", REASON, "error")],
        reason="order_details",
        status="shipped",
        **API,
    ),
    row(
        "amazon.api.action_not_offered-review-request-listed-before-delivered-at",
        ALLOW,
        [],
        reason="review_request",
        status="shipped",
        body="",
        actions=("productReviewAndSellerFeedback",),
        **API,
    ),
    row(
        "amazon.api.action_not_offered-shipping-address-is-confirm-delivery-details",
        ALLOW,
        [],
        reason="shipping_address",
        actions=("confirmDeliveryDetails",),
        **API,
    ),
    row(
        "amazon.api.action_not_offered-on-email-too",
        REJECT,
        [not_offered()],
        **REVIEW,
        actions=("confirmOrderDetails",),
    ),
    row("amazon.api.action_not_offered-reply-has-no-action", ALLOW, [], reason="reply", actions=()),
    row(
        "amazon.api.action_not_offered-canceled-order-stays-canceled",
        REJECT,
        [("amazon.order.canceled", "order.status", "error")],
        reason="order_details",
        status="canceled",
        actions=("confirmOrderDetails",),
        **API,
    ),
]


@pytest.mark.parametrize(ROW_NAMES, ACTION_NOT_OFFERED_ROWS)
def test_action_not_offered(given, verdict, findings):
    assert_row(given, verdict, findings)


# --- amazon.api.text_not_sent -------------------------------------------------------------


def not_sent() -> tuple[str, str, str]:
    return (TEXT_NOT_SENT, BODY, "warning")


TEXT_NOT_SENT_ROWS = [
    row(
        "amazon.api.text_not_sent-invoice",
        ALLOW,
        [not_sent()],
        body=TEXT,
        attachments=PDF,
        **INVOICE,
        **API,
    ),
    row(
        "amazon.api.text_not_sent-warranty",
        ALLOW,
        [not_sent()],
        body=TEXT,
        attachments=PDF,
        **WARRANTY_REASON,
        **API,
    ),
    row(
        "amazon.api.text_not_sent-legal-disclosure",
        ALLOW,
        [not_sent()],
        body=TEXT,
        attachments=PDF,
        reason="legal_disclosure",
        **API,
    ),
    row("amazon.api.text_not_sent-review-request", ALLOW, [not_sent()], body=TEXT, **REVIEW, **API),
    # The buyer never reads a body that is not sent, so what only matters where the buyer sees
    # it is not judged in it: no link, phone number, foreign order number or markup rejects it.
    row(
        "amazon.api.text_not_sent-the-body-is-not-judged",
        ALLOW,
        [not_sent()],
        body="Rechnung zu 302-7654321-7654321, mehr auf www.example.com oder +49 30 12345678.",
        attachments=PDF,
        **INVOICE,
        **API,
    ),
    row(
        "amazon.api.text_not_sent-an-html-body-is-not-judged",
        ALLOW,
        [not_sent()],
        body='<p>Anbei die Rechnung.</p><a href="https://example.com"><img src="logo.png"></a>',
        body_format="html",
        attachments=PDF,
        **INVOICE,
        **API,
    ),
    # What the seller says is judged all the same (Draft.said_fields): a review bought with a
    # coupon or a request to pay outside Amazon breaks the rules whatever carries the text, and
    # an empty body costs nothing on these operations. The span points into the body as sent.
    row(
        "amazon.api.text_not_sent-a-review-bribe-is-judged",
        REJECT,
        [
            ("amazon.content.marketing", BODY, "error"),
            ("amazon.content.review_manipulation", BODY, "error"),
            not_sent(),
        ],
        body="Für eine 5-Sterne-Bewertung schenken wir Ihnen einen Gutschein über 10 €.",
        **REVIEW,
        **API,
    ),
    row(
        "amazon.api.text_not_sent-a-payment-request-in-html-is-judged",
        REJECT,
        [("amazon.content.payment_details", BODY, "error")] * 2 + [not_sent()],
        body="<p>Anbei die Rechnung. Den Restbetrag überweisen Sie bitte per PayPal.</p>",
        body_format="html",
        attachments=PDF,
        **INVOICE,
        **API,
    ),
    # ... in the language it is written in, as a sent body is; and a body the buyer does not
    # read is in no language the buyer could mind (no language_mismatch).
    row(
        "amazon.api.text_not_sent-read-in-its-own-language",
        REJECT,
        [("amazon.content.review_manipulation", BODY, "error"), not_sent()],
        body="Si nos deja una reseña de cinco estrellas, le devolvemos el 20 % del precio.",
        marketplace="US",
        **REVIEW,
        **API,
    ),
    # Empty bodies: nothing to warn about, and no order-number line is added.
    row(
        "amazon.api.text_not_sent-invoice-empty",
        ALLOW,
        [],
        body="",
        attachments=PDF,
        **INVOICE,
        **API,
    ),
    row(
        "amazon.api.text_not_sent-invoice-blank",
        ALLOW,
        [],
        body=" \n",
        attachments=PDF,
        **INVOICE,
        **API,
    ),
    row("amazon.api.text_not_sent-review-request-empty", ALLOW, [], body="", **REVIEW, **API),
    row(
        "amazon.api.text_not_sent-not-on-email",
        ALLOW,
        [],
        attachments=PDF,
        **INVOICE,
    ),
    row("amazon.api.text_not_sent-a-text-operation", ALLOW, [], reason="order_details", **API),
]


@pytest.mark.parametrize(ROW_NAMES, TEXT_NOT_SENT_ROWS)
def test_text_not_sent(given, verdict, findings):
    assert_row(given, verdict, findings)


def test_wording_in_a_body_not_sent_is_pointed_at_in_the_body_as_written():
    body = "<p>Anbei die Rechnung.</p><p>Den Restbetrag überweisen Sie bitte per PayPal.</p>"
    _, decision = decide(body=body, body_format="html", attachments=PDF, **INVOICE, **API)
    spans = [f.span for f in decision.findings if f.rule == "amazon.content.payment_details"]
    assert [body[span.start : span.end] for span in spans if span is not None] == [
        "Den Restbetrag überweisen",
        "PayPal",
    ]


# --- amazon.api.attachments_not_accepted --------------------------------------------------


def files_refused() -> tuple[str, str, str]:
    return (ATTACHMENTS_NOT_ACCEPTED, ATTACHMENTS, "error")


ATTACHMENTS_NOT_ACCEPTED_ROWS = [
    *(
        row(
            f"amazon.api.attachments_not_accepted-{reason.replace('_', '-')}",
            REJECT,
            [files_refused()],
            reason=reason,
            attachments=PDF,
            **API,
        )
        for reason in (
            "order_details",
            "delivery_scheduling",
            "shipping_address",
            "unexpected_problem",
            "service_appointment",
        )
    ),
    row(
        "amazon.api.attachments_not_accepted-review-request",
        REJECT,
        [files_refused()],
        body="",
        attachments=PDF,
        **REVIEW,
        **API,
    ),
    *(
        row(
            f"amazon.api.attachments_not_accepted-{reason.replace('_', '-')}-takes-files",
            ALLOW,
            [],
            reason=reason,
            attachments=PDF,
            **API,
        )
        for reason in ("customization", "digital_access_key")
    ),
    row(
        "amazon.api.attachments_not_accepted-not-on-email",
        ALLOW,
        [],
        reason="order_details",
        attachments=PDF,
    ),
    row(
        "amazon.api.attachments_not_accepted-no-files",
        ALLOW,
        [],
        reason="order_details",
        **API,
    ),
]


@pytest.mark.parametrize(ROW_NAMES, ATTACHMENTS_NOT_ACCEPTED_ROWS)
def test_attachments_not_accepted(given, verdict, findings):
    assert_row(given, verdict, findings)


# --- amazon.api.warranty_coverage ---------------------------------------------------------


def coverage(start: str | None, end: str | None) -> WarrantyCoverage:
    return WarrantyCoverage(
        start=None if start is None else datetime.fromisoformat(start),
        end=None if end is None else datetime.fromisoformat(end),
    )


def out_of_order() -> tuple[str, str, str]:
    return (WARRANTY_COVERAGE, WARRANTY, "error")


WARRANTY_ON_API = {**WARRANTY_REASON, **API, "body": "", "attachments": PDF}

WARRANTY_COVERAGE_ROWS = [
    row(
        "amazon.api.warranty_coverage-in-order",
        ALLOW,
        [],
        warranty=coverage("2026-11-27T00:00:00+00:00", "2028-11-27T00:00:00+00:00"),
        **WARRANTY_ON_API,
    ),
    row(
        "amazon.api.warranty_coverage-start-after-end",
        REJECT,
        [out_of_order()],
        warranty=coverage("2028-11-27T00:00:00+00:00", "2026-11-27T00:00:00+00:00"),
        **WARRANTY_ON_API,
    ),
    row(
        "amazon.api.warranty_coverage-same-instant",
        ALLOW,
        [],
        warranty=coverage("2026-11-27T00:00:00+00:00", "2026-11-27T00:00:00+00:00"),
        **WARRANTY_ON_API,
    ),
    # 01:00 at +02:00 is 23:00 UTC the day before: before the end, whatever the wall clock.
    row(
        "amazon.api.warranty_coverage-compares-instants-not-wall-clocks",
        ALLOW,
        [],
        warranty=coverage("2026-01-01T01:00:00+02:00", "2025-12-31T23:30:00+00:00"),
        **WARRANTY_ON_API,
    ),
    row(
        "amazon.api.warranty_coverage-only-a-start",
        ALLOW,
        [],
        warranty=coverage("2026-11-27T00:00:00+00:00", None),
        **WARRANTY_ON_API,
    ),
    row(
        "amazon.api.warranty_coverage-only-an-end",
        ALLOW,
        [],
        warranty=coverage(None, "2026-11-27T00:00:00+00:00"),
        **WARRANTY_ON_API,
    ),
    row(
        "amazon.api.warranty_coverage-on-email-too",
        REJECT,
        [out_of_order()],
        warranty=coverage("2028-11-27T00:00:00+00:00", "2026-11-27T00:00:00+00:00"),
        attachments=PDF,
        **WARRANTY_REASON,
    ),
]


@pytest.mark.parametrize(ROW_NAMES, WARRANTY_COVERAGE_ROWS)
def test_warranty_coverage(given, verdict, findings):
    assert_row(given, verdict, findings)


# --- the texts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "says"),
    [
        pytest.param(
            {"reason": "return", "status": "delivered", **API}, "'return'", id=NO_OPERATION
        ),
        pytest.param({**FEEDBACK_REMOVAL, **API, "body": ""}, "2025-08-04", id=OPERATION_REMOVED),
        pytest.param(
            {"reason": "order_details", "actions": (), **API},
            "confirmOrderDetails",
            id=ACTION_NOT_OFFERED,
        ),
        pytest.param({**REVIEW, **API}, "productReviewAndSellerFeedback", id=TEXT_NOT_SENT),
        pytest.param(
            {"reason": "unexpected_problem", "attachments": PDF, **API},
            "unexpectedProblem",
            id=ATTACHMENTS_NOT_ACCEPTED,
        ),
        pytest.param(
            {
                **WARRANTY_ON_API,
                "warranty": coverage("2028-11-27T00:00:00+00:00", "2026-11-27T00:00:00+00:00"),
            },
            "2028-11-27T00:00:00Z",
            id=WARRANTY_COVERAGE,
        ),
    ],
)
def test_the_finding_names_what_it_is_about_in_both_languages(given, says):
    _, decision = decide(**given)
    (message,) = [f.message for f in decision.findings]
    assert (says in message.en, says in message.de) == (True, True)


def test_amazon_does_not_offer_it_for_this_order():
    _, decision = decide(reason="order_details", actions=(), **API)
    assert "Amazon does not offer" in decision.findings[0].message.en
