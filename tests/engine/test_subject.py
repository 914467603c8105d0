"""The subject rules besides the tag: not_editable and missing.

Rows compare the verdict, the subject and body as returned, and each finding as
(rule id, fixed, span). Defaults: amazon.de, 2020-11, e-mail, unshipped, opt-out unknown,
reason additional_information_required, order number in the body.
"""

from __future__ import annotations

import pytest

from service.engine import Verdict
from tests.engine.conftest import ORDER_ID, found

ALLOW, MODIFY, REJECT = Verdict.ALLOW, Verdict.MODIFY, Verdict.REJECT

NOT_EDITABLE = "amazon.subject.not_editable"
MISSING = "amazon.subject.missing"
TAG_MISSING = "amazon.subject.tag_missing"
ORDER_ID_MISSING = "amazon.order_id.missing"

BODY = f"Guten Tag, zu Ihrer Bestellung {ORDER_ID} fehlt die Hausnummer."
LABEL_DE = "Zusätzliche Informationen erforderlich"
LABEL_EN = "Additional information required"


NOT_EDITABLE_CASES = [
    *(
        pytest.param(
            {"channel": channel, "subject": subject, **extra},
            ALLOW,
            subject,
            BODY,
            [(NOT_EDITABLE, False, None)],
            id=f"amazon.subject.not_editable-{channel}-{name}",
        )
        for channel in ("seller_central", "sp_api")
        for name, subject, extra in (
            ("untagged-critical", "Rückfrage", {}),
            ("tagged-non-critical", "[Wichtig] Rückfrage", {"reason": "order_details"}),
            ("malformed-critical", "(Wichtig) Rückfrage", {}),
            ("duplicate-tags", "[Wichtig] [Wichtig]", {}),
            ("tagged-reply", "Re: [Wichtig]", {"reason": "reply"}),
            ("2025-04", "[Wichtig] Rückfrage", {"edition": "2025-04"}),
        )
    ),
    *(
        pytest.param(
            {"channel": channel, "subject": subject},
            ALLOW,
            subject,
            BODY,
            [],
            id=f"amazon.subject.not_editable-{channel}-no-subject-{subject!r}",
        )
        for channel in ("seller_central", "sp_api")
        for subject in (None, "")
    ),
    pytest.param(
        {"channel": "seller_central", "subject": "Rückfrage", "body": "Hallo"},
        MODIFY,
        "Rückfrage",
        f"Bestellung {ORDER_ID}\n\nHallo",
        [(NOT_EDITABLE, False, None), (ORDER_ID_MISSING, True, None)],
        id="amazon.subject.not_editable-order-number-goes-into-the-body",
    ),
    pytest.param(
        {"channel": "email", "subject": "Rückfrage [Wichtig]"},
        ALLOW,
        "Rückfrage [Wichtig]",
        BODY,
        [],
        id="amazon.subject.not_editable-email-subject-is-editable",
    ),
]


@pytest.mark.parametrize(
    ("overrides", "verdict", "subject", "body", "findings"), NOT_EDITABLE_CASES
)
def test_not_editable(check_core, overrides, verdict, subject, body, findings):
    decision = check_core(**overrides)
    assert (decision.verdict, decision.subject, decision.body, found(decision)) == (
        verdict,
        subject,
        body,
        findings,
    )


def test_not_editable_is_an_info_naming_the_channel(check_core):
    (finding,) = check_core(channel="sp_api", subject="Rückfrage").findings
    assert (finding.severity.value, finding.field, finding.fixed) == (
        "info",
        "message.subject",
        False,
    )
    assert "sp_api" in finding.message.en
    assert "sp_api" in finding.message.de


MISSING_CASES = [
    *(
        pytest.param(
            {"subject": subject},
            MODIFY,
            f"[Wichtig] {LABEL_DE}",
            BODY,
            [(MISSING, True, None), (TAG_MISSING, True, None)],
            id=f"amazon.subject.missing-critical-DE-{subject!r}",
        )
        for subject in (None, "", "   ", "\t\n")
    ),
    pytest.param(
        {"subject": None, "marketplace": "US"},
        MODIFY,
        f"[Important] {LABEL_EN}",
        BODY,
        [(MISSING, True, None), (TAG_MISSING, True, None)],
        id="amazon.subject.missing-critical-US-english-label",
    ),
    pytest.param(
        {"subject": None, "marketplace": "JP"},
        MODIFY,
        f"[重要] {LABEL_EN}",
        BODY,
        [(MISSING, True, None), (TAG_MISSING, True, None)],
        id="amazon.subject.missing-JP-english-fallback-label",
    ),
    pytest.param(
        {"subject": None, "opted_out": False},
        MODIFY,
        LABEL_DE,
        BODY,
        [(MISSING, True, None)],
        id="amazon.subject.missing-opted-in-label-untagged",
    ),
    pytest.param(
        {"subject": None, "edition": "2025-04"},
        MODIFY,
        LABEL_DE,
        BODY,
        [(MISSING, True, None)],
        id="amazon.subject.missing-2025-04-label-untagged",
    ),
    pytest.param(
        {"subject": None, "reason": "order_details"},
        MODIFY,
        "Bestelldetails bestätigen",
        BODY,
        [(MISSING, True, None)],
        id="amazon.subject.missing-non-critical-label-untagged",
    ),
    pytest.param(
        {"subject": None, "reason": "reply", "body": "Danke."},
        MODIFY,
        "Antwort an den Käufer",
        "Danke.",
        [(MISSING, True, None)],
        id="amazon.subject.missing-reply",
    ),
    pytest.param(
        {"subject": None, "body": "Hallo"},
        MODIFY,
        f"[Wichtig] {LABEL_DE} (Bestellung {ORDER_ID})",
        "Hallo",
        [(MISSING, True, None), (TAG_MISSING, True, None), (ORDER_ID_MISSING, True, None)],
        id="amazon.subject.missing-label-tag-and-order-number",
    ),
    pytest.param(
        {"subject": None, "reason": "order_details", "opted_out": True},
        REJECT,
        "Bestelldetails bestätigen",
        BODY,
        [("amazon.buyer.opted_out", False, None), (MISSING, True, None)],
        id="amazon.subject.missing-fixed-but-opted-out-rejects",
    ),
    pytest.param(
        {"subject": None, "channel": "seller_central"},
        ALLOW,
        None,
        BODY,
        [],
        id="amazon.subject.missing-not-on-seller-central",
    ),
]


@pytest.mark.parametrize(("overrides", "verdict", "subject", "body", "findings"), MISSING_CASES)
def test_missing(check_core, overrides, verdict, subject, body, findings):
    decision = check_core(**overrides)
    assert (decision.verdict, decision.subject, decision.body, found(decision)) == (
        verdict,
        subject,
        body,
        findings,
    )


def test_missing_records_the_label_as_the_first_change(check_core):
    decision = check_core(subject=None)
    assert [(c.rule, c.before, c.after) for c in decision.changes] == [
        (MISSING, None, LABEL_DE),
        (TAG_MISSING, LABEL_DE, f"[Wichtig] {LABEL_DE}"),
    ]
