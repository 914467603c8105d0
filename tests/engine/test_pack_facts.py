"""The facts the rules work with come from the pack: change one in a copy of the Amazon pack
and the same rule follows it (time limits, order number forms, channels, fulfillment)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from service.engine import evaluate
from service.engine.rules import CORE_RULES, RULES
from service.packs import Pack, load_pack
from service.packs.model import Channel, Fulfillment
from tests.engine.conftest import NOW, ORDER_ID, build_request

AMAZON = load_pack()
# A proactive e-mail a buyer who did not opt out gets, bought 20 days ago: nothing to remark.
QUIET: dict[str, Any] = {"opted_out": False, "purchased_at": NOW - timedelta(days=20)}


def _with_timing(**changes: Any) -> Pack:
    assert AMAZON.timing is not None
    return replace(AMAZON, timing=replace(AMAZON.timing, **changes))


def _with_channel(name: str, **changes: Any) -> Pack:
    channels = tuple(
        replace(channel, **changes) if channel.name == name else channel
        for channel in AMAZON.channels
    )
    return replace(AMAZON, channels=channels)


CASES = [
    pytest.param(AMAZON, {}, [], id="amazon"),
    pytest.param(
        _with_timing(contact_limit=timedelta(days=10)),
        {},
        ["amazon.timing.too_late"],
        id="contact-limit",
    ),
    pytest.param(
        replace(AMAZON, timing=None),
        {"purchased_at": NOW - timedelta(days=40)},
        [],
        id="no-timing-block",
    ),
    pytest.param(
        _with_channel("email", html=False),
        {"body_format": "html", "body": f"<p>Zu Ihrer Bestellung {ORDER_ID}.</p>"},
        ["amazon.content.html_on_api"],
        id="channel-without-html",
    ),
    pytest.param(
        _with_channel("email", seller_subject=False),
        {},
        ["amazon.subject.not_editable"],
        id="channel-without-subject",
    ),
    pytest.param(
        replace(AMAZON, order_ids=replace(AMAZON.order_ids, form=re.compile("[0-9]{2}-[0-9]{5}"))),
        {},
        ["amazon.order_id.missing"],
        id="other-order-number-form",
    ),
    pytest.param(AMAZON, {"opted_out": None}, ["amazon.subject.tag_missing"], id="tag"),
    pytest.param(replace(AMAZON, subject_tag=None), {"opted_out": None}, [], id="no-tag-block"),
    pytest.param(
        AMAZON,
        {"opted_out": True, "reason": "order_details", "subject": "Ihre Bestellung"},
        ["amazon.buyer.opted_out"],
        id="opt-out",
    ),
    pytest.param(
        replace(AMAZON, opt_out=None),
        {"opted_out": True, "reason": "order_details", "subject": "Ihre Bestellung"},
        [],
        id="no-opt-out-block",
    ),
    pytest.param(
        replace(AMAZON, fulfillment=Fulfillment(seller="merchant", platform="amazon")),
        {"fulfillment": "amazon", "reason": "unexpected_problem", "subject": "Problem"},
        ["amazon.reason.fba_customer_service"],
        id="fulfilled-by-the-platform",
    ),
    pytest.param(
        replace(AMAZON, fulfillment=Fulfillment(seller="merchant")),
        {"fulfillment": "amazon", "reason": "unexpected_problem", "subject": "Problem"},
        [],
        id="platform-fulfils-nothing",
    ),
]


@pytest.mark.parametrize(("pack", "overrides", "expected"), CASES)
def test_a_rule_follows_the_packs_fact(pack, overrides, expected):
    rules = RULES if "body_format" in overrides else CORE_RULES
    decision = evaluate(build_request(pack, **{**QUIET, **overrides}), pack, None, rules)
    assert [finding.rule for finding in decision.findings] == expected


def test_the_first_channel_is_the_default():
    assert AMAZON.default_channel == Channel(name="email", seller_subject=True, html=True)
    assert AMAZON.find_channel("sp_api") == Channel("sp_api", False, False, api=True)
    assert AMAZON.find_channel("fax") is None


@pytest.mark.parametrize(("phone_region", "expected"), [("GB", True), (None, False)])
def test_a_sites_phone_numbers_are_read_in_its_region(phone_region, expected):
    """amazon.co.uk's code is UK, which libphonenumber does not know: the pack names GB."""
    body = f"Hello, about your order {ORDER_ID}: please call us on 020 7946 0958."
    request = build_request(AMAZON, **QUIET, marketplace="UK", subject="Your order", body=body)
    site = replace(request.marketplace, phone_region=phone_region)
    decision = evaluate(replace(request, marketplace=site), AMAZON)
    assert ("amazon.content.phone_number" in [f.rule for f in decision.findings]) is expected
