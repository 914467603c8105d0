"""The order number rules: missing (added) and foreign (rejected).

Rows compare the verdict, subject, body and each finding as (rule id, field, fixed, span).
Defaults: amazon.de, 2020-11, e-mail, unshipped, opt-out unknown, reason
additional_information_required (critical, so subjects carry [Wichtig] unless a row says not).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from service.engine import Verdict
from tests.engine.conftest import NOW, ORDER_ID

ALLOW, MODIFY, REJECT = Verdict.ALLOW, Verdict.MODIFY, Verdict.REJECT

MISSING = "amazon.order_id.missing"
FOREIGN = "amazon.order_id.foreign"
TAG_MISSING = "amazon.subject.tag_missing"
NOT_EDITABLE = "amazon.subject.not_editable"
SUBJECT, BODY = "message.subject", "message.body"

OTHER_ID = "028-7654321-7654321"
THIRD_ID = "171-0000000-9999999"
PLAIN_BODY = "Guten Tag, bei Ihrer Lieferadresse fehlt die Hausnummer."
OWN_BODY = f"Guten Tag, zu Ihrer Bestellung {ORDER_ID} fehlt die Hausnummer."
# A reason whose API operation takes text (confirmOrderDetails), for the rows off e-mail.
TEXT_OPERATION = {"reason": "order_details"}
REVIEW_REQUEST = {
    "reason": "review_request",
    "status": "delivered",
    "delivered_at": NOW - timedelta(days=7),
}


def _span(text: str, number: str, start: int = 0) -> tuple[int, int]:
    at = text.index(number, start)
    return (at, at + len(number))


def _outcome(decision):
    return (
        decision.verdict,
        decision.subject,
        decision.body,
        [
            (f.rule, f.field, f.fixed, None if f.span is None else (f.span.start, f.span.end))
            for f in decision.findings
        ],
    )


ORDER_ID_MISSING_CASES = [
    # E-mail: the number goes into the subject, after any tag the subject rules placed.
    *(
        pytest.param(
            {"subject": "[Wichtig] Rückfrage", "body": PLAIN_BODY, "edition": edition},
            MODIFY,
            f"[Wichtig] Rückfrage (Bestellung {ORDER_ID})",
            PLAIN_BODY,
            (
                [("amazon.subject.tag_ignored", SUBJECT, False, (0, 9))]
                if edition == "2025-04"
                else []
            )
            + [(MISSING, SUBJECT, True, None)],
            id=f"amazon.order_id.missing-email-subject-{edition}",
        )
        for edition in ("2020-11", "2025-04")
    ),
    pytest.param(
        {"subject": "Rückfrage", "body": PLAIN_BODY},
        MODIFY,
        f"[Wichtig] Rückfrage (Bestellung {ORDER_ID})",
        PLAIN_BODY,
        [(TAG_MISSING, SUBJECT, True, None), (MISSING, SUBJECT, True, None)],
        id="amazon.order_id.missing-email-after-the-tag-was-added",
    ),
    pytest.param(
        {"subject": "Rückfrage", "body": PLAIN_BODY, "reason": "order_details"},
        MODIFY,
        f"Rückfrage (Bestellung {ORDER_ID})",
        PLAIN_BODY,
        [(MISSING, SUBJECT, True, None)],
        id="amazon.order_id.missing-email-non-critical",
    ),
    pytest.param(
        {"subject": "[Important] Question", "body": "Hello", "marketplace": "US"},
        MODIFY,
        f"[Important] Question (Order {ORDER_ID})",
        "Hello",
        [(MISSING, SUBJECT, True, None)],
        id="amazon.order_id.missing-email-US-english",
    ),
    pytest.param(
        {"subject": "[Important] Question", "body": "Bonjour", "marketplace": "FR"},
        MODIFY,
        f"[Important] Question (Order {ORDER_ID})",
        "Bonjour",
        [(MISSING, SUBJECT, True, None)],
        id="amazon.order_id.missing-email-FR-english-fallback",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "body": "<p>Hallo</p>", "body_format": "html"},
        MODIFY,
        f"[Wichtig] Rückfrage (Bestellung {ORDER_ID})",
        "<p>Hallo</p>",
        [(MISSING, SUBJECT, True, None)],
        id="amazon.order_id.missing-email-html-body-untouched",
    ),
    pytest.param(
        {"subject": f"[Wichtig] Bestellung {ORDER_ID}", "body": PLAIN_BODY},
        ALLOW,
        f"[Wichtig] Bestellung {ORDER_ID}",
        PLAIN_BODY,
        [],
        id="amazon.order_id.missing-email-number-in-the-subject-only",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "body": OWN_BODY},
        ALLOW,
        "[Wichtig] Rückfrage",
        OWN_BODY,
        [],
        id="amazon.order_id.missing-email-number-in-the-body-only",
    ),
    # Other channels: the first line of the body.
    *(
        pytest.param(
            {"channel": channel, "subject": None, "body": "Hallo,\nkurze Frage.", **TEXT_OPERATION},
            MODIFY,
            None,
            f"Bestellung {ORDER_ID}\n\nHallo,\nkurze Frage.",
            [(MISSING, BODY, True, None)],
            id=f"amazon.order_id.missing-{channel}-text-first-line",
        )
        for channel in ("seller_central", "sp_api")
    ),
    pytest.param(
        {
            "channel": "seller_central",
            "subject": None,
            "body": "<p>Hallo</p>",
            "body_format": "html",
        },
        MODIFY,
        None,
        f"<p>Bestellung {ORDER_ID}</p>\n<p>Hallo</p>",
        [(MISSING, BODY, True, None)],
        id="amazon.order_id.missing-seller_central-html-paragraph",
    ),
    pytest.param(
        {
            "channel": "sp_api",
            "subject": None,
            "body": "Hello",
            "marketplace": "UK",
            **TEXT_OPERATION,
        },
        MODIFY,
        None,
        f"Order {ORDER_ID}\n\nHello",
        [(MISSING, BODY, True, None)],
        id="amazon.order_id.missing-sp_api-UK-english",
    ),
    pytest.param(
        {
            "channel": "seller_central",
            "subject": None,
            "body": "",
            "reason": "invoice",
            "status": "shipped",
        },
        MODIFY,
        None,
        f"Bestellung {ORDER_ID}",
        [(MISSING, BODY, True, None)],
        id="amazon.order_id.missing-seller_central-empty-document-body",
    ),
    # On the API an operation without a text field sends no body, and names the order in its
    # own call: nothing to add (issue 14, issue 10 point 4).
    *(
        pytest.param(
            {"channel": "sp_api", "subject": None, "body": body, **reason},
            ALLOW,
            None,
            body,
            [],
            id=f"amazon.order_id.missing-sp_api-{reason['reason']}-{name}-names-the-order-itself",
        )
        for reason in ({"reason": "invoice", "status": "shipped"}, REVIEW_REQUEST)
        for name, body in (("empty", ""), ("text", "Anbei die Rechnung."))
    ),
    pytest.param(
        {
            "channel": "sp_api",
            "subject": None,
            "body": "Hallo",
            "reason": "return",
            "status": "delivered",
        },
        ALLOW,
        None,
        "Hallo",
        [],
        id="amazon.order_id.missing-sp_api-no-operation-sends-no-body",
    ),
    pytest.param(
        {"channel": "sp_api", "subject": "Rückfrage", "body": "Hallo", **TEXT_OPERATION},
        MODIFY,
        "Rückfrage",
        f"Bestellung {ORDER_ID}\n\nHallo",
        [(NOT_EDITABLE, SUBJECT, False, None), (MISSING, BODY, True, None)],
        id="amazon.order_id.missing-sp_api-subject-left-alone",
    ),
    # Replies answer the buyer in the order's own thread.
    pytest.param(
        {"reason": "reply", "subject": "Re: Ihre Frage", "body": "Gern geschehen."},
        ALLOW,
        "Re: Ihre Frage",
        "Gern geschehen.",
        [],
        id="amazon.order_id.missing-reply-exempt",
    ),
    pytest.param(
        {
            "reason": "reply",
            "channel": "seller_central",
            "subject": None,
            "body": "Gern geschehen.",
        },
        ALLOW,
        None,
        "Gern geschehen.",
        [],
        id="amazon.order_id.missing-reply-exempt-seller_central",
    ),
    # The subject has no effect off e-mail (4.2): a number there does not reach the buyer.
    *(
        pytest.param(
            {
                "channel": channel,
                "subject": f"Frage zu {ORDER_ID}",
                "body": "Hallo",
                **TEXT_OPERATION,
            },
            MODIFY,
            f"Frage zu {ORDER_ID}",
            f"Bestellung {ORDER_ID}\n\nHallo",
            [(NOT_EDITABLE, SUBJECT, False, None), (MISSING, BODY, True, None)],
            id=f"amazon.order_id.missing-{channel}-number-only-in-the-ignored-subject",
        )
        for channel in ("seller_central", "sp_api")
    ),
    # The number must be the order number, not part of a longer one.
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "body": f"Referenz {ORDER_ID}0"},
        MODIFY,
        f"[Wichtig] Rückfrage (Bestellung {ORDER_ID})",
        f"Referenz {ORDER_ID}0",
        [(MISSING, SUBJECT, True, None)],
        id="amazon.order_id.missing-number-inside-a-longer-number",
    ),
]


@pytest.mark.parametrize(
    ("overrides", "verdict", "subject", "body", "findings"), ORDER_ID_MISSING_CASES
)
def test_order_id_missing(check_core, overrides, verdict, subject, body, findings):
    assert _outcome(check_core(**overrides)) == (verdict, subject, body, findings)


TWO_NUMBERS = f"Zu Ihrer Bestellung {ORDER_ID} und {OTHER_ID}."
OTHER_ONLY = f"Zu Ihrer Bestellung {OTHER_ID}."
THREE_NUMBERS = f"{ORDER_ID}, {OTHER_ID}, {THIRD_ID}"
OTHER_IN_SUBJECT = f"[Wichtig] Frage zu {OTHER_ID}"

ORDER_ID_FOREIGN_CASES = [
    *(
        pytest.param(
            {"subject": "[Wichtig] Rückfrage", "body": TWO_NUMBERS, **extra},
            REJECT,
            extra.get("subject", "[Wichtig] Rückfrage"),
            TWO_NUMBERS,
            [(FOREIGN, BODY, False, _span(TWO_NUMBERS, OTHER_ID))],
            id=f"amazon.order_id.foreign-body-{name}",
        )
        for name, extra in (
            ("2020-11", {}),
            ("opted-in", {"opted_out": False}),
            ("non-critical", {"reason": "order_details", "subject": "Rückfrage"}),
        )
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "body": OTHER_ONLY},
        REJECT,
        f"[Wichtig] Rückfrage (Bestellung {ORDER_ID})",
        OTHER_ONLY,
        [(MISSING, SUBJECT, True, None), (FOREIGN, BODY, False, _span(OTHER_ONLY, OTHER_ID))],
        id="amazon.order_id.foreign-instead-of-the-own-number",
    ),
    pytest.param(
        {"subject": OTHER_IN_SUBJECT, "body": OWN_BODY},
        REJECT,
        OTHER_IN_SUBJECT,
        OWN_BODY,
        [(FOREIGN, SUBJECT, False, (19, 38))],
        id="amazon.order_id.foreign-in-the-subject",
    ),
    pytest.param(
        {"subject": f"Frage zu {OTHER_ID}", "body": OWN_BODY},
        REJECT,
        f"[Wichtig] Frage zu {OTHER_ID}",
        OWN_BODY,
        [(TAG_MISSING, SUBJECT, True, None), (FOREIGN, SUBJECT, False, (9, 28))],
        id="amazon.order_id.foreign-span-into-the-subject-as-sent",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "body": THREE_NUMBERS},
        REJECT,
        "[Wichtig] Rückfrage",
        THREE_NUMBERS,
        [
            (FOREIGN, BODY, False, _span(THREE_NUMBERS, OTHER_ID)),
            (FOREIGN, BODY, False, _span(THREE_NUMBERS, THIRD_ID)),
        ],
        id="amazon.order_id.foreign-each-number-reported",
    ),
    pytest.param(
        {"reason": "reply", "subject": "Re: Frage", "body": f"Ihre Bestellung {OTHER_ID}?"},
        REJECT,
        "Re: Frage",
        f"Ihre Bestellung {OTHER_ID}?",
        [(FOREIGN, BODY, False, (16, 35))],
        id="amazon.order_id.foreign-replies-too",
    ),
    pytest.param(
        {"channel": "sp_api", "subject": None, "body": TWO_NUMBERS, **TEXT_OPERATION},
        REJECT,
        None,
        TWO_NUMBERS,
        [(FOREIGN, BODY, False, _span(TWO_NUMBERS, OTHER_ID))],
        id="amazon.order_id.foreign-sp_api",
    ),
    pytest.param(
        {"channel": "seller_central", "subject": f"Frage zu {OTHER_ID}", "body": OWN_BODY},
        ALLOW,
        f"Frage zu {OTHER_ID}",
        OWN_BODY,
        [(NOT_EDITABLE, SUBJECT, False, None)],
        id="amazon.order_id.foreign-ignored-subject-off-email",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "body": TWO_NUMBERS, "edition": "2025-04"},
        REJECT,
        "[Wichtig] Rückfrage",
        TWO_NUMBERS,
        [
            ("amazon.subject.tag_ignored", SUBJECT, False, (0, 9)),
            (FOREIGN, BODY, False, _span(TWO_NUMBERS, OTHER_ID)),
        ],
        id="amazon.order_id.foreign-2025-04",
    ),
    # Not an order number: digits run on around the 3-7-7 pattern; or it is this order.
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "body": f"{OWN_BODY} Tel. 9{OTHER_ID}1"},
        ALLOW,
        "[Wichtig] Rückfrage",
        f"{OWN_BODY} Tel. 9{OTHER_ID}1",
        [],
        id="amazon.order_id.foreign-longer-digit-runs-are-not-order-numbers",
    ),
    pytest.param(
        {"subject": f"[Wichtig] {ORDER_ID}", "body": f"{OWN_BODY} ({ORDER_ID})"},
        ALLOW,
        f"[Wichtig] {ORDER_ID}",
        f"{OWN_BODY} ({ORDER_ID})",
        [],
        id="amazon.order_id.foreign-own-number-repeated",
    ),
]


@pytest.mark.parametrize(
    ("overrides", "verdict", "subject", "body", "findings"), ORDER_ID_FOREIGN_CASES
)
def test_order_id_foreign(check, overrides, verdict, subject, body, findings):
    assert _outcome(check(**overrides)) == (verdict, subject, body, findings)


def test_order_id_foreign_names_both_numbers(check):
    (finding,) = check(subject="[Wichtig] Rückfrage", body=TWO_NUMBERS).findings
    assert OTHER_ID in finding.message.en and ORDER_ID in finding.message.en
    assert OTHER_ID in finding.message.de and ORDER_ID in finding.message.de


def test_an_order_number_split_by_an_invisible_character_is_still_foreign(check_core):
    body = f"Guten Tag, zu Ihrer Bestellung {ORDER_ID} und 302-7654321\u200b-7654321."
    decision = check_core(body=body)
    (foreign,) = [f for f in decision.findings if f.rule == "amazon.order_id.foreign"]
    assert body[foreign.span.start : foreign.span.end] == "302-7654321\u200b-7654321"
