"""The history rules (docs/ledger.md) on hand-made history snapshots: no database.

Each row: the request's fields, the history, and the findings expected as (rule id,
severity); the verdict follows from them.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from service.engine import Severity, Verdict
from service.engine.history import (
    History,
    LearnedOptOut,
    LedgerState,
    PriorMessage,
    body_fingerprint,
)
from service.engine.model import RulePolicy, Setting
from tests.engine.conftest import NOW, ORDER_ID

REVIEW = "amazon.ledger.review_already_requested"
DAILY = "amazon.ledger.daily_limit"
DUPLICATE = "amazon.ledger.duplicate"
COUNT = "amazon.ledger.order_message_count"
CONFLICT = "amazon.ledger.opt_out_conflict"
UNAVAILABLE = "amazon.ledger.unavailable"
OPTED_OUT = "amazon.buyer.opted_out"
ERROR, WARNING = Severity.ERROR, Severity.WARNING

BODY = f"Guten Tag, zu Ihrer Bestellung {ORDER_ID} fehlt die Hausnummer."
REVIEW_BODY = (
    f"Guten Tag, wie gefällt Ihnen Bestellung {ORDER_ID}? Wir freuen uns über eine Bewertung."
)
REVIEW_REQUEST = {
    "reason": "review_request",
    "status": "delivered",
    "delivered_at": NOW - timedelta(days=7),
    "subject": f"Bestellung {ORDER_ID}",
    "body": REVIEW_BODY,
    "opted_out": False,
}
PROACTIVE = {"reason": "additional_information_required", "body": BODY, "opted_out": False}
REPLY = {
    "reason": "reply",
    "subject": f"Re: Bestellung {ORDER_ID}",
    "body": BODY,
    "opted_out": False,
}
NON_CRITICAL = {"reason": "order_details", "subject": f"Bestellung {ORDER_ID}", "body": BODY}


def prior(reason: str, body: str = "another text", hours_ago: float = 30) -> PriorMessage:
    return PriorMessage(
        decision_id="11111111-2222-4333-8444-555555555555",
        message_id="erp-earlier",
        contact_reason=reason,
        cleared_at=NOW - timedelta(hours=hours_ago),
        body_fingerprint=body_fingerprint(body),
    )


def known(**fields) -> History:
    return History(state=LedgerState.KNOWN, at=NOW, **fields)


LEARNED = LearnedOptOut(learned_at=NOW - timedelta(days=3), by_order=True)
LEARNED_ELSEWHERE = LearnedOptOut(learned_at=NOW - timedelta(days=3), by_order=False)

CASES = [
    pytest.param(
        REVIEW_REQUEST,
        known(order_messages=(prior("review_request"),)),
        [(REVIEW, ERROR)],
        id=f"{REVIEW}-second-request",
    ),
    pytest.param(
        REVIEW_REQUEST,
        known(order_messages=(prior("shipping_address"),)),
        [],
        id=f"{REVIEW}-other-reason-earlier",
    ),
    pytest.param(REVIEW_REQUEST, known(), [], id=f"{REVIEW}-first-request"),
    pytest.param(
        REVIEW_REQUEST,
        History(order_messages=(prior("review_request"),)),
        [],
        id=f"{REVIEW}-ledger-off",
    ),
    pytest.param(
        PROACTIVE, known(daily_limit=10, cleared_today=10), [(DAILY, ERROR)], id=f"{DAILY}-reached"
    ),
    pytest.param(PROACTIVE, known(daily_limit=10, cleared_today=9), [], id=f"{DAILY}-one-left"),
    pytest.param(
        PROACTIVE,
        known(daily_limit=10, cleared_today=10, counted_today=True),
        [],
        id=f"{DAILY}-already-counted",
    ),
    pytest.param(
        PROACTIVE,
        known(average_daily_orders=0, cleared_today=480),
        [(DAILY, ERROR)],
        id=f"{DAILY}-formula-reached",
    ),
    pytest.param(
        PROACTIVE, known(average_daily_orders=0, cleared_today=479), [], id=f"{DAILY}-formula-below"
    ),
    pytest.param(PROACTIVE, known(cleared_today=100_000), [], id=f"{DAILY}-no-limit"),
    pytest.param(REPLY, known(daily_limit=0), [], id=f"{DAILY}-reply-never-counts"),
    pytest.param(
        PROACTIVE,
        known(order_messages=(prior("unexpected_problem", BODY, 2),)),
        [(DUPLICATE, ERROR)],
        id=f"{DUPLICATE}-same-text",
    ),
    pytest.param(
        PROACTIVE,
        known(order_messages=(prior("unexpected_problem", BODY.upper(), 2),)),
        [(DUPLICATE, ERROR)],
        id=f"{DUPLICATE}-same-text-other-case",
    ),
    pytest.param(
        PROACTIVE,
        known(order_messages=(prior("unexpected_problem", BODY, 25),)),
        [],
        id=f"{DUPLICATE}-older-than-24h",
    ),
    pytest.param(
        REPLY,
        known(order_messages=(prior("unexpected_problem", BODY, 2),)),
        [],
        id=f"{DUPLICATE}-reply",
    ),
    pytest.param(
        PROACTIVE,
        known(order_message_count=3),
        [(COUNT, WARNING)],
        id=f"{COUNT}-fourth",
    ),
    pytest.param(
        PROACTIVE,
        known(order_message_count=2),
        [],
        id=f"{COUNT}-third",
    ),
    pytest.param(
        {**NON_CRITICAL, "opted_out": None},
        known(opt_out=LEARNED),
        [(OPTED_OUT, ERROR)],
        id=f"{OPTED_OUT}-learned-for-the-order",
    ),
    pytest.param(
        {**NON_CRITICAL, "opted_out": None},
        known(opt_out=LEARNED_ELSEWHERE),
        [(OPTED_OUT, ERROR)],
        id=f"{OPTED_OUT}-learned-for-the-buyer",
    ),
    pytest.param(
        {**PROACTIVE, "opted_out": None},
        known(opt_out=LEARNED),
        [],
        id=f"{OPTED_OUT}-learned-critical-passes",
    ),
    pytest.param(
        {**NON_CRITICAL, "opted_out": False},
        known(opt_out=LEARNED),
        [(CONFLICT, WARNING)],
        id=f"{CONFLICT}-explicit-false-wins",
    ),
    pytest.param(
        {**NON_CRITICAL, "opted_out": True},
        known(opt_out=LEARNED),
        [(OPTED_OUT, ERROR)],
        id=f"{CONFLICT}-explicit-true-agrees",
    ),
    pytest.param(
        PROACTIVE,
        History(state=LedgerState.UNAVAILABLE, at=NOW),
        [(UNAVAILABLE, WARNING)],
        id=f"{UNAVAILABLE}-open-failure",
    ),
    pytest.param(PROACTIVE, History(), [], id=f"{UNAVAILABLE}-ledger-off-is-silent"),
]


@pytest.mark.parametrize(("fields", "history", "expected"), CASES)
def test_history_rules(check, fields, history, expected):
    decision = check(history=history, **fields)
    ledger_findings = [
        (f.rule, f.severity)
        for f in decision.findings
        if f.rule.startswith("amazon.ledger.") or f.rule == OPTED_OUT
    ]
    assert ledger_findings == expected
    errors = any(severity is ERROR for _rule, severity in expected)
    assert (decision.verdict is Verdict.REJECT) == errors


def test_the_daily_limit_is_not_before_the_next_utc_midnight(check):
    decision = check(history=known(daily_limit=1, cleared_today=1), **PROACTIVE)
    assert decision.not_before == (NOW + timedelta(days=1)).replace(hour=0)


def test_the_review_finding_names_the_earlier_decision(check):
    decision = check(history=known(order_messages=(prior("review_request"),)), **REVIEW_REQUEST)
    (finding,) = decision.findings
    assert "11111111-2222-4333-8444-555555555555" in finding.message.en
    assert "11111111-2222-4333-8444-555555555555" in finding.message.de


def test_a_learned_opt_out_says_where_it_came_from_in_both_languages(check):
    decision = check(history=known(opt_out=LEARNED), **{**NON_CRITICAL, "opted_out": None})
    (finding,) = decision.findings
    assert "relay bounce for this order" in finding.message.en
    assert "Unzustellbarkeitsmeldung" in finding.message.de


@pytest.mark.parametrize(
    "rule", [REVIEW, DAILY, DUPLICATE, COUNT, CONFLICT], ids=lambda r: f"{r}-off"
)
def test_each_history_rule_can_be_switched_off(check, rule):
    history = known(
        order_messages=(prior("review_request", REVIEW_BODY, 1),),
        order_message_count=4,
        daily_limit=0,
        opt_out=LEARNED,
    )
    decision = check(policy=RulePolicy({rule: Setting.OFF}), history=history, **REVIEW_REQUEST)
    rules = [f.rule for f in decision.findings]
    assert rule not in rules
    assert {REVIEW, DAILY, DUPLICATE, COUNT, CONFLICT} - {rule} <= set(rules)


# Every Unicode character `\s` matches: each run of them is one space in a fingerprint.
WHITESPACE = "".join(chr(code) for code in range(0x110000) if re.match(r"\s", chr(code)))


def test_a_fingerprint_is_the_one_stored_before_for_every_kind_of_spacing():
    """Fingerprints are stored: the normalisation must never change. A run of any whitespace
    is one space, as `\\s+` replaced by a space and stripped always made it."""
    text = "\u3000 Guten\tTag,\u00a0Frau\u2028SCHNEIDER\x1c\x1d  ﬁnde Straße \n"
    expected = "0fbe47ebf58525242ea65032cc733d45feea3e251431f82ab474a2f70f005d36"
    assert body_fingerprint(text) == expected
    for space in WHITESPACE:
        spaced = f"{space}Guten{space}{space}Tag{space}"
        assert body_fingerprint(spaced) == body_fingerprint("Guten Tag"), hex(ord(space))
