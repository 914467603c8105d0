"""How a decision's verdict and not_before are derived, and operator settings.

The verdict is never set by hand: reject iff an error is left unfixed, else modify iff
something changed, else allow. Warnings and infos never change it. not_before is set only
when every blocking error is a matter of time.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from service.engine import (
    Change,
    Decision,
    Finding,
    RulePolicy,
    Severity,
    Text,
    Verdict,
)
from service.engine.model import Setting
from tests.engine.conftest import NOW, ORDER_ID, found

ALLOW, MODIFY, REJECT = Verdict.ALLOW, Verdict.MODIFY, Verdict.REJECT
ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
LATER, MUCH_LATER = NOW + timedelta(days=2), NOW + timedelta(days=9)

SEED = "Zusätzliche Informationen erforderlich"
TAG_MISSING = "amazon.subject.tag_missing"
OPTED_OUT = "amazon.buyer.opted_out"


def _finding(severity: Severity, fixed: bool = False, not_before=None) -> Finding:
    return Finding(
        rule="test.rule",
        severity=severity,
        field="message.subject",
        message=Text(en="en", de="de"),
        reference="https://example.com/rule",
        fixed=fixed,
        not_before=not_before,
    )


CHANGE = Change("test.rule", "message.subject", "before", "after")

VERDICT_CASES = [
    pytest.param([], 0, ALLOW, None, id="verdict-nothing-allow"),
    pytest.param([_finding(INFO)], 0, ALLOW, None, id="verdict-info-allow"),
    pytest.param([_finding(WARNING)], 0, ALLOW, None, id="verdict-warning-allow"),
    pytest.param(
        [_finding(WARNING), _finding(INFO)], 0, ALLOW, None, id="verdict-warning-and-info-allow"
    ),
    pytest.param([_finding(WARNING, fixed=True)], 1, MODIFY, None, id="verdict-fixed-warning"),
    pytest.param([_finding(ERROR, fixed=True)], 1, MODIFY, None, id="verdict-fixed-error"),
    pytest.param(
        [_finding(ERROR, fixed=True), _finding(WARNING), _finding(INFO)],
        2,
        MODIFY,
        None,
        id="verdict-fixed-error-beside-warning-and-info",
    ),
    pytest.param([_finding(ERROR)], 0, REJECT, None, id="verdict-unfixed-error"),
    pytest.param(
        [_finding(ERROR, fixed=True), _finding(ERROR)],
        1,
        REJECT,
        None,
        id="verdict-unfixed-error-beats-changes",
    ),
    # not_before: only when every blocking error carries one; the latest of them.
    pytest.param(
        [_finding(ERROR, not_before=LATER)], 0, REJECT, LATER, id="verdict-not_before-time-only"
    ),
    pytest.param(
        [_finding(ERROR, not_before=LATER), _finding(ERROR, not_before=MUCH_LATER)],
        0,
        REJECT,
        MUCH_LATER,
        id="verdict-not_before-the-latest",
    ),
    pytest.param(
        [_finding(ERROR, not_before=LATER), _finding(ERROR)],
        0,
        REJECT,
        None,
        id="verdict-not_before-none-when-another-error-blocks",
    ),
    pytest.param(
        [_finding(ERROR, not_before=LATER), _finding(ERROR, fixed=True), _finding(WARNING)],
        1,
        REJECT,
        LATER,
        id="verdict-not_before-fixed-errors-and-warnings-do-not-block",
    ),
    pytest.param(
        [_finding(WARNING, not_before=LATER)],
        0,
        ALLOW,
        None,
        id="verdict-not_before-none-when-nothing-blocks",
    ),
]


@pytest.mark.parametrize(("findings", "changes", "verdict", "not_before"), VERDICT_CASES)
def test_verdict_and_not_before_are_derived(make_request, findings, changes, verdict, not_before):
    decision = Decision(
        request=make_request(),
        subject="s",
        body="b",
        findings=tuple(findings),
        changes=(CHANGE,) * changes,
    )
    assert (decision.verdict, decision.not_before) == (verdict, not_before)


def test_allow_returns_the_message_exactly_as_sent(check):
    decision = check(subject=f"{SEED} [Wichtig]", fulfillment="amazon", reason="unexpected_problem")
    assert (decision.verdict, decision.subject, decision.body, decision.changes) == (
        ALLOW,
        decision.request.message.subject,
        decision.request.message.body,
        (),
    )
    assert [f.severity for f in decision.findings] == [WARNING]


def test_changes_chain_from_the_input_to_the_output(check):
    decision = check(subject=None, body="Hallo")
    subject = [c for c in decision.changes if c.field == "message.subject"]
    assert [c.before for c in subject] == [None, *(c.after for c in subject[:-1])]
    assert subject[-1].after == decision.subject
    assert {c.rule for c in decision.changes} == {f.rule for f in decision.findings if f.fixed}


# --- operator settings (PRESEND_RULES) ------------------------------------------------------

EARLY_REVIEW = {
    "reason": "review_request",
    "status": "delivered",
    "delivered_at": NOW - timedelta(days=2),
    "subject": "Ihre Meinung",
}
OPTED_OUT_NON_CRITICAL = {"reason": "order_details", "subject": "Rückfrage", "opted_out": True}

POLICY_CASES = [
    pytest.param(
        {TAG_MISSING: Setting.OFF},
        {"subject": SEED},
        ALLOW,
        SEED,
        [],
        id="policy-tag_missing-off",
    ),
    pytest.param(
        {TAG_MISSING: Setting.FIX},
        {"subject": SEED},
        MODIFY,
        f"[Wichtig] {SEED}",
        [(TAG_MISSING, ERROR, True)],
        id="policy-tag_missing-fix-is-the-default",
    ),
    pytest.param(
        {TAG_MISSING: Setting.WARNING},
        {"subject": SEED},
        ALLOW,
        SEED,
        [(TAG_MISSING, WARNING, False)],
        id="policy-tag_missing-warning-reports-only",
    ),
    pytest.param(
        {TAG_MISSING: Setting.INFO},
        {"subject": SEED},
        ALLOW,
        SEED,
        [(TAG_MISSING, INFO, False)],
        id="policy-tag_missing-info-reports-only",
    ),
    pytest.param(
        {TAG_MISSING: Setting.ERROR},
        {"subject": SEED},
        REJECT,
        SEED,
        [(TAG_MISSING, ERROR, False)],
        id="policy-tag_missing-error-rejects-instead-of-fixing",
    ),
    pytest.param(
        {OPTED_OUT: Setting.WARNING},
        OPTED_OUT_NON_CRITICAL,
        ALLOW,
        "Rückfrage",
        [(OPTED_OUT, WARNING, False)],
        id="policy-opted_out-warning-reject-becomes-allow",
    ),
    pytest.param(
        {OPTED_OUT: Setting.OFF},
        OPTED_OUT_NON_CRITICAL,
        ALLOW,
        "Rückfrage",
        [],
        id="policy-opted_out-off",
    ),
    pytest.param(
        {OPTED_OUT: Setting.WARNING},
        {**OPTED_OUT_NON_CRITICAL, "subject": "[Wichtig] Rückfrage"},
        MODIFY,
        "Rückfrage",
        [(OPTED_OUT, WARNING, False), ("amazon.subject.tag_misuse", ERROR, True)],
        id="policy-opted_out-warning-reject-becomes-modify",
    ),
    pytest.param(
        {"amazon.reason.fba_customer_service": Setting.ERROR},
        {"subject": f"[Wichtig] {SEED}", "fulfillment": "amazon", "reason": "shipping_address"},
        REJECT,
        f"[Wichtig] {SEED}",
        [("amazon.reason.fba_customer_service", ERROR, False)],
        id="policy-fba_customer_service-error",
    ),
    pytest.param(
        {"amazon.order_id.missing": Setting.ERROR},
        {"subject": f"[Wichtig] {SEED}", "body": "Hallo"},
        REJECT,
        f"[Wichtig] {SEED}",
        [("amazon.order_id.missing", ERROR, False)],
        id="policy-order_id-missing-error-no-fix",
    ),
    pytest.param(
        {"amazon.timing.review_window": Setting.WARNING},
        EARLY_REVIEW,
        ALLOW,
        "Ihre Meinung",
        [("amazon.timing.review_window", WARNING, False)],
        id="policy-review_window-warning",
    ),
    pytest.param(
        {OPTED_OUT: Setting.OFF, "amazon.subject.tag_misuse": Setting.OFF},
        {**OPTED_OUT_NON_CRITICAL, "subject": "[Wichtig] Rückfrage"},
        ALLOW,
        "[Wichtig] Rückfrage",
        [],
        id="policy-two-rules-off",
    ),
]


@pytest.mark.parametrize(("overrides", "sent", "verdict", "subject", "findings"), POLICY_CASES)
def test_rule_policy(check, overrides, sent, verdict, subject, findings):
    decision = check(policy=RulePolicy(overrides), **{"body": f"Bestellung {ORDER_ID}", **sent})
    assert (
        decision.verdict,
        decision.subject,
        [(f.rule, f.severity, f.fixed) for f in decision.findings],
    ) == (verdict, subject, findings)


def test_a_rule_switched_off_leaves_the_others_running(check):
    policy = RulePolicy({TAG_MISSING: Setting.OFF})
    decision = check(policy=policy, subject="(Wichtig) Rückfrage", body="Hallo")
    assert found(decision) == [
        ("amazon.subject.tag_malformed", True, (0, 9)),
        ("amazon.order_id.missing", True, None),
    ]


def test_early_review_request_warned_only_has_no_not_before(check):
    policy = RulePolicy({"amazon.timing.review_window": Setting.WARNING})
    decision = check(policy=policy, body=f"Bestellung {ORDER_ID}", **EARLY_REVIEW)
    assert (decision.verdict, decision.not_before) == (ALLOW, None)


@pytest.mark.parametrize(
    "setting",
    [
        pytest.param(Setting.OFF, id="policy-subject-missing-off-no-subject-stays-textless"),
        pytest.param(Setting.WARNING, id="policy-subject-missing-warning-no-subject"),
    ],
)
def test_an_absent_subject_never_becomes_the_text_none(check, setting):
    policy = RulePolicy({"amazon.subject.missing": setting})
    decision = check(policy=policy, subject=None, body=f"Bestellung {ORDER_ID}")
    assert decision.subject in (None, "[Wichtig]")
