"""The eBay pack (DESIGN §10): its facts, and every rule it runs, on tables of cases.

Each request is an unremarkable eBay message (ebay.de, the Commerce Message API, a shipped
order bought ten days ago, reason order_question, the order number in the body) with the
fields the case names changed; a case lists the findings it expects as (rule id, severity).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.engine import Buyer, CheckRequest, Message, Order, Severity, evaluate
from service.engine.catalogue import availability
from service.engine.history import History, LedgerState, PriorMessage
from service.engine.rules import of_pack
from service.engine.scan import contact
from service.packs import load_pack
from service.packs.model import Pack
from tests.engine.conftest import build_request

NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
ORDER_ID = "27-39624-70918"
ERROR, WARNING = Severity.ERROR, Severity.WARNING


@pytest.fixture(scope="module")
def ebay() -> Pack:
    return load_pack("ebay")


def ebay_request(ebay: Pack, **fields: Any) -> CheckRequest:
    """An eBay check with these fields changed (body, subject, reason, channel, marketplace,
    status, order_id, purchased_at, history, message_id, language)."""
    reason = ebay.find_reason(fields.get("reason", "order_question"))
    marketplace = ebay.find_marketplace(fields.get("marketplace", "DE"))
    status = ebay.find_status(fields.get("status", "FULFILLED"))
    channel = ebay.find_channel(fields.get("channel", ebay.default_channel.name))
    assert reason and marketplace and status and channel
    order_id = fields.get("order_id", ORDER_ID)
    return CheckRequest(
        marketplace=marketplace,
        edition=ebay.editions[ebay.default_edition],
        now=NOW,
        channel=channel,
        order=Order(
            id=order_id,
            status=status,
            purchased_at=fields.get("purchased_at", NOW - timedelta(days=10)),
        ),
        buyer=Buyer(language=fields.get("language")),
        message=Message(
            contact_reason=reason,
            subject=fields.get("subject"),
            body=fields.get("body", f"Hallo, Ihre Bestellung {order_id} ist unterwegs."),
        ),
        message_id=fields.get("message_id"),
        history=fields.get("history", History()),
    )


def findings(ebay: Pack, **fields: Any) -> list[tuple[str, Severity]]:
    decision = evaluate(ebay_request(ebay, **fields), ebay)
    return [(finding.rule, finding.severity) for finding in decision.findings]


# The pack's facts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [("DE", "DE"), ("EBAY_DE", "DE"), ("ebay_gb", "UK"), ("GB", "UK"), ("EBAY_AT", "AT")],
)
def test_marketplaces_are_found_by_code_and_ebay_id(ebay, text, code):
    found = ebay.find_marketplace(text)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("NOT_STARTED", "unshipped"),
        ("IN_PROGRESS", "unshipped"),
        ("FULFILLED", "shipped"),
        ("CANCELLED", "canceled"),
        ("canceled", "canceled"),
    ],
)
def test_ebays_fulfilment_states_map_to_the_canonical_statuses(ebay, value, status):
    assert ebay.find_status(value) == status


EBAY_REASONS = {
    "order_question",
    "shipping_update",
    "invoice",
    "feedback_reminder",
    "return",
    "reply",
    "other",
}


def test_the_reason_list_is_open_with_other_as_default(ebay):
    assert ebay.default_reason == "other"
    assert {reason.code for reason in ebay.reasons} == EBAY_REASONS


def test_channels_and_their_limits(ebay):
    channels = {channel.name: channel for channel in ebay.channels}
    assert ebay.default_channel.name == "message_api"
    assert [
        (c.name, c.seller_subject, c.html, c.text_limit, c.proactive_days)
        for c in channels.values()
    ] == [
        ("message_api", False, False, 2000, None),
        ("trading_api", True, False, 2000, 90),
        ("email", True, True, None, None),
    ]


@pytest.mark.parametrize(
    ("order_id", "recognised"),
    [
        ("27-39624-70918", True),
        ("110093125309-0", True),
        ("110093125309-2145678901234", True),
        ("302-1234567-1234567", False),
        ("27-39624-7091", False),
        ("ABC-123", False),
    ],
)
def test_order_id_forms(ebay, order_id, recognised):
    assert ebay.order_ids.matches(order_id) is recognised
    assert not ebay.order_ids.strict


def test_every_shared_rule_cites_an_ebay_page(ebay):
    hosts = {rule.id: rule.reference.split("/")[2] for rule in of_pack(ebay)}
    assert {rule: host for rule, host in hosts.items() if "ebay" not in host} == {}


# The content rules ---------------------------------------------------------------------------

OK = f"Ihre Bestellung {ORDER_ID}"
CONTENT = [
    # e-mail addresses, also masked and with letters beyond ASCII
    ("mail", f"{OK}: schreiben Sie an info@shop.de.", "ebay.content.email_address", ERROR),
    ("masked-words", f"{OK}: max punkt mueller at gmx dot de", "ebay.content.email_address", ERROR),
    ("masked-brackets", f"{OK}: info [at] shop [punkt] de", "ebay.content.email_address", ERROR),
    ("masked-paren", f"{OK}: info(at)shop.de", "ebay.content.email_address", ERROR),
    ("arobase", f"{OK}: contact arobase boutique point fr", "ebay.content.email_address", ERROR),
    ("idn", f"{OK}: auftrag@nähstube-lorenz.de", "ebay.content.email_address", ERROR),
    ("at-ebay", f"{OK}: wir sind at ebay.de seit Jahren.", None, None),
    # phone numbers are errors on eBay, also spelled out
    ("phone", f"{OK}: rufen Sie uns an: 0171 2345678", "ebay.content.phone_number", ERROR),
    (
        "spelled",
        f"{OK}: WhatsApp al seis uno cero, uno dos tres, cuatro cinco seis",
        "ebay.content.phone_number",
        ERROR,
    ),
    # a customer service's name holds a customer word and is a phone word all the same
    ("kundenservice", f"{OK}: Kundenservice: 0171 2345678", "ebay.content.phone_number", ERROR),
    ("order-id-no-phone", f"Zur Bestellung {ORDER_ID} und 11-73321-67733.", None, None),
    # social media
    (
        "instagram",
        f"{OK}: DM us on Instagram at @woolly_wonders",
        "ebay.content.social_media",
        ERROR,
    ),
    ("ig-handle", f"{OK}: or on IG @bikeparts.kyle", "ebay.content.social_media", ERROR),
    ("product", f"{OK}: das Ringlicht für Instagram-Videos ist unterwegs.", None, None),
    # links: carriers and eBay's own pages are allowed
    ("shop-link", f"{OK}: alles auf www.meinshop.de", "ebay.content.external_link", ERROR),
    ("ebay-link", f"{OK}: https://www.ebay.de/itm/226789012345", None, None),
    ("carrier", f"{OK}: https://www.dhl.de/de/privatkunden.html", None, None),
    # payment outside eBay; PayPal as the checkout used is none
    ("iban", f"{OK}: IBAN DE89 3704 0044 0532 0130 00", "ebay.content.payment_details", ERROR),
    ("transfer", f"{OK}: please pay by bank transfer.", "ebay.content.payment_details", ERROR),
    (
        "paypal-friends",
        f"{OK}: bitte per PayPal Freunde und Familie senden.",
        "ebay.content.payment_details",
        ERROR,
    ),
    ("paypal-checkout", f"{OK}: bezahlt mit PayPal über eBay, danke!", None, None),
    # marketing
    (
        "newsletter",
        f"{OK}: Melden Sie sich für unseren Newsletter an!",
        "ebay.content.marketing",
        ERROR,
    ),
    (
        "next-coupon",
        f"{OK}: use code SNOW15 for 15% off your next purchase.",
        "ebay.content.marketing",
        ERROR,
    ),
    # off-platform offers
    (
        "cheaper-shop",
        f"{OK}: in unserem eigenen Onlineshop um 20 % günstiger als bei eBay.",
        "ebay.content.off_platform_offer",
        ERROR,
    ),
    (
        "catalogue",
        f"{OK}: our printed parts catalogue - order straight from us.",
        "ebay.content.off_platform_offer",
        ERROR,
    ),
    ("never-outside", f"{OK}: we'll never ask for payment details outside of eBay.", None, None),
    # feedback extortion and revision
    (
        "ship-for-feedback",
        f"{OK}: Please leave us positive feedback now and we'll ship it today.",
        "ebay.content.feedback_extortion",
        ERROR,
    ),
    (
        "voucher-for-feedback",
        f"{OK}: 5-€-Gutschein, sobald Sie eine positive Bewertung hinterlassen haben!",
        "ebay.content.feedback_extortion",
        ERROR,
    ),
    (
        "revise",
        f"{OK}: would you consider revising your negative feedback?",
        "ebay.content.feedback_revision",
        WARNING,
    ),
    (
        "refund-for-revision",
        f"{OK}: the partial refund comes only after you change your neutral feedback to positive.",
        "ebay.content.feedback_extortion",
        ERROR,
    ),
    ("friendly-reminder", f"{OK}: we'd appreciate your feedback.", None, None),
    (
        "thanks-for-positive",
        f"{OK}: As a thank you for a positive review we will send you a free gift.",
        "ebay.content.feedback_extortion",
        ERROR,
    ),
    (
        "remove-for-refund",
        f"{OK}: Wenn Sie die negative Bewertung entfernen, erstatten wir Ihnen 15 €.",
        "ebay.content.feedback_extortion",
        ERROR,
    ),
    (
        "shop-cheaper-comma",
        f"{OK}: Alle Artikel finden Sie auch in unserem Onlineshop, dort sind sie günstiger.",
        "ebay.content.off_platform_offer",
        ERROR,
    ),
    (
        "special-price",
        f"{OK}: Schreiben Sie uns, dann machen wir Ihnen einen Sonderpreis außerhalb von eBay.",
        "ebay.content.off_platform_offer",
        ERROR,
    ),
    ("buy-on-ebay", f"{OK}: Bitte kaufen Sie nur über eBay, damit Sie geschützt sind.", None, None),
    (
        "after-positive",
        f"{OK}: Nach Ihrer positiven Bewertung erhalten Sie 5 € zurück.",
        "ebay.content.feedback_extortion",
        ERROR,
    ),
    ("after-feedback", f"{OK}: Nach Ihrer Bewertung erhalten Sie eine Bestätigung.", None, None),
]


@pytest.mark.parametrize(
    ("body", "rule", "severity"), [pytest.param(*case[1:], id=case[0]) for case in CONTENT]
)
def test_content_rules(ebay, body, rule, severity):
    found = {f for f in findings(ebay, body=body, language="de-DE") if ".content." in f[0]}
    assert found == (set() if rule is None else {(rule, severity)})


def test_a_uk_number_on_ebay_co_uk_is_read_as_gb(ebay):
    body = f"Order {ORDER_ID}: ring us on 07911 123456."
    assert findings(ebay, marketplace="UK", body=body) == [("ebay.content.phone_number", ERROR)]


def test_a_paypal_me_link_is_a_link_and_payment_outside_ebay(ebay):
    found = {rule for rule, _ in findings(ebay, body=f"{OK}: per paypal.me/inselversand")}
    assert found == {"ebay.content.external_link", "ebay.content.payment_details"}


def test_a_voucher_for_feedback_is_extortion_not_marketing_too(ebay):
    body = f"{OK}: A $5 coupon for your next order as soon as you leave positive feedback!"
    assert [rule for rule, _ in findings(ebay, body=body)] == ["ebay.content.feedback_extortion"]


def test_the_amazon_pack_finds_the_masked_forms_too(pack):
    """The masked-contact detector is each pack's choice; Amazon's turned it on when a probe
    found three in four disguised addresses let through (docs/evaluation.md)."""
    body = "Zu Ihrer Bestellung 302-1234567-1234567: max punkt mueller at gmx dot de"
    decision = evaluate(build_request(pack, body=body, opted_out=False), pack)
    assert [f.rule for f in decision.findings] == ["amazon.content.email_address"]


def test_a_trading_api_subject_is_read(ebay):
    found = findings(ebay, channel="trading_api", subject="Mail: info@shop.de")
    assert found == [("ebay.content.email_address", ERROR)]


def test_a_message_api_subject_is_not_sent_and_not_read(ebay):
    assert findings(ebay, channel="message_api", subject="Mail: info@shop.de") == []


# Order number, time window, canceled orders ---------------------------------------------------


@pytest.mark.parametrize(
    ("order_id", "expected"),
    [
        pytest.param(ORDER_ID, [], id="current-form"),
        pytest.param("110093125309-0", [], id="legacy-form"),
        pytest.param("ORDER-77", [("ebay.order_id.unrecognised", WARNING)], id="other"),
    ],
)
def test_an_unrecognised_order_id_is_only_a_warning(ebay, order_id, expected):
    assert findings(ebay, order_id=order_id) == expected


WINDOW = "ebay.timing.channel_window"


@pytest.mark.parametrize(
    ("channel", "days", "reason", "expected"),
    [
        pytest.param("trading_api", 89, "shipping_update", [], id="day-89"),
        pytest.param("trading_api", 91, "shipping_update", [(WINDOW, ERROR)], id="day-91"),
        pytest.param("trading_api", 91, "reply", [], id="reply"),
        pytest.param("message_api", 200, "shipping_update", [], id="message-api"),
        pytest.param("email", 200, "shipping_update", [], id="email"),
    ],
)
def test_the_trading_api_reaches_buyers_90_days_after_purchase(
    ebay, channel, days, reason, expected
):
    found = findings(ebay, channel=channel, reason=reason, purchased_at=NOW - timedelta(days=days))
    assert found == expected


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        pytest.param("shipping_update", [("ebay.order.canceled", ERROR)], id="proactive"),
        pytest.param("reply", [], id="reply"),
    ],
)
def test_a_canceled_order_gets_replies_only(ebay, reason, expected):
    assert findings(ebay, status="CANCELLED", reason=reason) == expected


def test_the_canceled_rule_names_ebay(ebay):
    decision = evaluate(ebay_request(ebay, status="CANCELLED"), ebay)
    assert "eBay customer service" in decision.findings[0].message.en


HTML = "ebay.content.html_on_api"


@pytest.mark.parametrize(
    ("channel", "expected"),
    [
        pytest.param("message_api", [(HTML, ERROR)], id="message-api"),
        pytest.param("trading_api", [(HTML, ERROR)], id="trading-api"),
        pytest.param("email", [], id="email"),
    ],
)
def test_html_only_on_the_email_relay(ebay, channel, expected):
    assert findings(ebay, channel=channel, body=f"<p>Bestellung {ORDER_ID}</p>") == expected


def test_the_html_finding_names_the_channel(ebay):
    request = ebay_request(ebay, channel="trading_api", body=f"<b>Bestellung {ORDER_ID}</b>")
    finding = evaluate(request, ebay).findings[0]
    assert finding.message.en == "The channel 'trading_api' takes plain text only; '<b>' is HTML."


LIMIT = "ebay.content.channel_text_limit"


@pytest.mark.parametrize(
    ("channel", "length", "expected"),
    [
        pytest.param("message_api", 2000, [], id="message-api-2000"),
        pytest.param("message_api", 2001, [(LIMIT, ERROR)], id="message-api-2001"),
        pytest.param("trading_api", 2001, [(LIMIT, ERROR)], id="trading-api-2001"),
        pytest.param("email", 5000, [], id="email"),
    ],
)
def test_the_apis_take_2000_characters(ebay, channel, length, expected):
    start = f"Bestellung {ORDER_ID}. "
    body = start + "x" * (length - len(start))
    assert findings(ebay, channel=channel, body=body) == expected


# The feedback reminder, once per order --------------------------------------------------------

REMINDER = "ebay.ledger.feedback_reminder_repeated"


def _history(*reasons: str) -> History:
    return History(
        state=LedgerState.KNOWN,
        at=NOW,
        order_messages=tuple(
            PriorMessage(f"d{i}", f"m{i}", reason, NOW - timedelta(days=1), f"f{i}")
            for i, reason in enumerate(reasons)
        ),
    )


@pytest.mark.parametrize(
    ("reason", "prior", "expected"),
    [
        pytest.param("feedback_reminder", (), [], id="first"),
        pytest.param("feedback_reminder", ("feedback_reminder",), [(REMINDER, ERROR)], id="again"),
        pytest.param("feedback_reminder", ("shipping_update",), [], id="after-other"),
        pytest.param("shipping_update", ("feedback_reminder",), [], id="other-after"),
    ],
)
def test_a_feedback_reminder_once_per_order(ebay, reason, prior, expected):
    body = f"Hallo, wie gefällt Ihnen Bestellung {ORDER_ID}? Wir freuen uns über Feedback."
    found = findings(ebay, reason=reason, body=body, history=_history(*prior), message_id="x")
    assert found == expected


def test_a_reminder_without_history_is_not_checked(ebay):
    assert findings(ebay, reason="feedback_reminder", history=History()) == []


def test_masked_detector_finds_each_place_once():
    text = "info@shop.de oder info [at] shop [punkt] de"
    found = [text[s.start : s.end] for s in contact.find_emails_and_masked(text)]
    assert found == ["info@shop.de", "info [at] shop [punkt] de"]


# Any text --------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        ORDER_ID,
        " at ",
        " dot ",
        "(at)",
        "[punkt]",
        "@",
        "IG ",
        "Instagram ",
        "paypal.me/x",
        "www.shop.de",
        "ebay.de/itm/1",
        "positive Bewertung",
        "feedback",
        "sobald Sie ",
        "seis uno ",
        "0171 2345678",
        "<b>",
        "\n",
        ". ",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=30).map("".join),
    subject=st.one_of(st.none(), st.text(max_size=40)),
    channel=st.sampled_from(["message_api", "trading_api", "email"]),
)
def test_any_ebay_message_gets_a_decision_with_spans_inside(ebay, body, subject, channel):
    request = ebay_request(ebay, body=body, subject=subject, channel=channel)
    decision = evaluate(request, ebay)
    fields = {"message.body": body, "message.subject": subject or ""}
    for finding in decision.findings:
        assert finding.rule.startswith("ebay.")
        if finding.span is not None:
            text = fields[finding.field]
            assert 0 <= finding.span.start < finding.span.end <= len(text), finding


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        pytest.param("shipped", EBAY_REASONS, id="shipped"),
        pytest.param("canceled", {"reply"}, id="canceled"),
    ],
)
def test_the_catalogue_offers_every_reason_but_on_a_canceled_order(ebay, status, allowed):
    found = availability(
        ebay, ebay.marketplaces[0], ebay.editions["2024-05"], status, "merchant", NOW
    )
    assert {entry.reason.code for entry in found if entry.allowed} == allowed
