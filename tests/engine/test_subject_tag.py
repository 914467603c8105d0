"""The subject tag rules: the seed's [Wichtig] rule and its neighbours.

Every row runs a whole evaluation and compares the verdict, the subject as returned, the body
(always untouched here) and each finding as (rule id, fixed, span into the subject as sent).
Unless a row says otherwise: amazon.de, edition 2020-11, e-mail, unshipped order, buyer opt-out
unknown, reason additional_information_required (critical), order number in the body.
"""

from __future__ import annotations

import pytest

from service.engine import Verdict
from tests.engine.conftest import found

ALLOW, MODIFY, REJECT = Verdict.ALLOW, Verdict.MODIFY, Verdict.REJECT

TAG_MISSING = "amazon.subject.tag_missing"
TAG_MISUSE = "amazon.subject.tag_misuse"
TAG_MALFORMED = "amazon.subject.tag_malformed"
TAG_UNNEEDED = "amazon.subject.tag_unneeded"
TAG_IGNORED = "amazon.subject.tag_ignored"
NOT_EDITABLE = "amazon.subject.not_editable"
OPTED_OUT = "amazon.buyer.opted_out"

SEED = "Zusätzliche Informationen erforderlich"
NON_CRITICAL = {"reason": "order_details"}
REPLY = {"reason": "reply", "body": "Danke für Ihre Nachricht."}
NEW = {"edition": "2025-04"}


def _assert_row(decision, verdict, subject, findings):
    """One idea per row: the whole outcome, compared at once for a readable diff."""
    assert (decision.verdict, decision.subject, decision.body, found(decision)) == (
        verdict,
        subject,
        decision.request.message.body,
        findings,
    )


TAG_MISSING_CASES = [
    # The examples of the Seller Central help page on the tag (docs/sources.md).
    pytest.param(
        {"subject": SEED},
        MODIFY,
        f"[Wichtig] {SEED}",
        [(TAG_MISSING, True, None)],
        id="amazon.subject.tag_missing-seed-example",
    ),
    pytest.param(
        {"subject": f"{SEED} [Wichtig]"},
        ALLOW,
        f"{SEED} [Wichtig]",
        [],
        id="amazon.subject.tag_missing-seed-tag-at-the-end",
    ),
    pytest.param(
        {"subject": f"[wichtig] {SEED}"},
        ALLOW,
        f"[wichtig] {SEED}",
        [],
        id="amazon.subject.tag_missing-seed-lower-case",
    ),
    pytest.param(
        {"subject": f"[WICHTIG] {SEED}"},
        ALLOW,
        f"[WICHTIG] {SEED}",
        [],
        id="amazon.subject.tag_missing-seed-upper-case",
    ),
    pytest.param(
        {"subject": f"{SEED} [WICHTIG]"},
        ALLOW,
        f"{SEED} [WICHTIG]",
        [],
        id="amazon.subject.tag_missing-seed-upper-case-at-the-end",
    ),
    pytest.param(
        {"subject": f"[wIcHtIg] {SEED}"},
        ALLOW,
        f"[wIcHtIg] {SEED}",
        [],
        id="amazon.subject.tag_missing-mixed-case",
    ),
    pytest.param(
        {"subject": "Zusätzliche [Wichtig] Informationen erforderlich"},
        ALLOW,
        "Zusätzliche [Wichtig] Informationen erforderlich",
        [],
        id="amazon.subject.tag_missing-tag-in-the-middle",
    ),
    pytest.param(
        {"subject": "Rückfrage[Wichtig]"},
        ALLOW,
        "Rückfrage[Wichtig]",
        [],
        id="amazon.subject.tag_missing-tag-without-spaces-around",
    ),
    # Who needs the tag: opted out or unknown, not opted in.
    pytest.param(
        {"subject": "Rückfrage", "opted_out": True},
        MODIFY,
        "[Wichtig] Rückfrage",
        [(TAG_MISSING, True, None)],
        id="amazon.subject.tag_missing-buyer-opted-out",
    ),
    pytest.param(
        {"subject": "Rückfrage", "opted_out": None},
        MODIFY,
        "[Wichtig] Rückfrage",
        [(TAG_MISSING, True, None)],
        id="amazon.subject.tag_missing-opt-out-unknown-counts-as-opted-out",
    ),
    pytest.param(
        {"subject": "Rückfrage", "opted_out": False},
        ALLOW,
        "Rückfrage",
        [],
        id="amazon.subject.tag_missing-buyer-opted-in-no-tag-added",
    ),
    # Every critical reason, in a status that offers it.
    *(
        pytest.param(
            {"subject": "Rückfrage", "reason": reason},
            MODIFY,
            "[Wichtig] Rückfrage",
            [(TAG_MISSING, True, None)],
            id=f"amazon.subject.tag_missing-critical-{reason}",
        )
        for reason in (
            "additional_information_required",
            "customization",
            "delivery_scheduling",
            "shipping_address",
            "unexpected_problem",
            "legal_disclosure",
        )
    ),
    pytest.param(
        {"subject": "Rückfrage", **NON_CRITICAL},
        ALLOW,
        "Rückfrage",
        [],
        id="amazon.subject.tag_missing-non-critical-needs-no-tag",
    ),
    pytest.param(
        {"subject": "Re: Ihre Frage", **REPLY},
        ALLOW,
        "Re: Ihre Frage",
        [],
        id="amazon.subject.tag_missing-reply-needs-no-tag",
    ),
    # 2025-04: the tag no longer overrides opt-out, so it is never missing.
    pytest.param(
        {"subject": "Rückfrage", **NEW},
        ALLOW,
        "Rückfrage",
        [],
        id="amazon.subject.tag_missing-2025-04-never-missing",
    ),
    pytest.param(
        {"subject": "Rückfrage", "opted_out": True, **NEW},
        ALLOW,
        "Rückfrage",
        [],
        id="amazon.subject.tag_missing-2025-04-opted-out-never-missing",
    ),
    # Amazon sets the subject on the other channels.
    pytest.param(
        {"subject": "Rückfrage", "channel": "seller_central"},
        ALLOW,
        "Rückfrage",
        [(NOT_EDITABLE, False, None)],
        id="amazon.subject.tag_missing-seller-central-not-applied",
    ),
    pytest.param(
        {"subject": "Rückfrage", "channel": "sp_api"},
        ALLOW,
        "Rückfrage",
        [(NOT_EDITABLE, False, None)],
        id="amazon.subject.tag_missing-sp-api-not-applied",
    ),
    # The marketplace's own word.
    pytest.param(
        {"subject": "Delivery question", "marketplace": "US"},
        MODIFY,
        "[Important] Delivery question",
        [(TAG_MISSING, True, None)],
        id="amazon.subject.tag_missing-US-important",
    ),
    pytest.param(
        {"subject": "配送について", "marketplace": "JP"},
        MODIFY,
        "[重要] 配送について",
        [(TAG_MISSING, True, None)],
        id="amazon.subject.tag_missing-JP-half-width-brackets",
    ),
    pytest.param(
        {"subject": "Pregunta", "marketplace": "MX"},
        MODIFY,
        "[Importante] Pregunta",
        [(TAG_MISSING, True, None)],
        id="amazon.subject.tag_missing-MX-local-word-first",
    ),
    # Things that look like the tag but are not one.
    pytest.param(
        {"subject": "Wichtig: Rückfrage"},
        MODIFY,
        "[Wichtig] Wichtig: Rückfrage",
        [(TAG_MISSING, True, None)],
        id="amazon.subject.tag_missing-word-without-brackets",
    ),
    pytest.param(
        {"subject": "[Wichtig Rückfrage"},
        MODIFY,
        "[Wichtig] [Wichtig Rückfrage",
        [(TAG_MISSING, True, None)],
        id="amazon.subject.tag_missing-unclosed-bracket",
    ),
    pytest.param(
        {"subject": "[Wichtige Info] Rückfrage"},
        MODIFY,
        "[Wichtig] [Wichtige Info] Rückfrage",
        [(TAG_MISSING, True, None)],
        id="amazon.subject.tag_missing-other-words-in-brackets",
    ),
]


@pytest.mark.parametrize(("overrides", "verdict", "subject", "findings"), TAG_MISSING_CASES)
def test_tag_missing(check_core, overrides, verdict, subject, findings):
    _assert_row(check_core(**overrides), verdict, subject, findings)


TAG_MALFORMED_CASES = [
    *(
        pytest.param(
            {"subject": f"{form} Rückfrage", **edition},
            MODIFY,
            "[Wichtig] Rückfrage",
            [(TAG_MALFORMED, True, (0, len(form)))]
            + ([(TAG_IGNORED, False, None)] if edition else []),
            id=f"amazon.subject.tag_malformed-{name}-{edition.get('edition', '2020-11')}",
        )
        for name, form in (
            ("round", "(Wichtig)"),
            ("curly", "{Wichtig}"),
            ("angle", "<Wichtig>"),
            ("lenticular", "【Wichtig】"),
            ("full-width", "［Wichtig］"),
            ("inner-spaces", "[ Wichtig ]"),
            ("exclamation", "[Wichtig!]"),
            ("lower-case-exclamation", "[wichtig!]"),
            ("spaced-exclamation", "[WICHTIG !]"),
            ("colon", "[Wichtig:]"),
            ("foreign-important", "[Important]"),
            ("foreign-importante", "[Importante]"),
            ("foreign-japanese", "[重要]"),
        )
        for edition in ({}, NEW)
    ),
    pytest.param(
        {"subject": "Rückfrage 【Wichtig】"},
        MODIFY,
        "Rückfrage [Wichtig]",
        [(TAG_MALFORMED, True, (10, 19))],
        id="amazon.subject.tag_malformed-normalised-where-it-stood",
    ),
    pytest.param(
        {"subject": "(Wichtig) Rückfrage", "opted_out": False},
        MODIFY,
        "[Wichtig] Rückfrage",
        [(TAG_MALFORMED, True, (0, 9))],
        id="amazon.subject.tag_malformed-normalised-also-when-opted-in",
    ),
    pytest.param(
        {"subject": "【重要】 配送について", "marketplace": "JP"},
        MODIFY,
        "[重要] 配送について",
        [(TAG_MALFORMED, True, (0, 4))],
        id="amazon.subject.tag_malformed-JP-lenticular",
    ),
    pytest.param(
        {"subject": "［重要］ 配送について", "marketplace": "JP"},
        MODIFY,
        "[重要] 配送について",
        [(TAG_MALFORMED, True, (0, 4))],
        id="amazon.subject.tag_malformed-JP-full-width",
    ),
    pytest.param(
        {"subject": "[Important] 配送について", "marketplace": "JP"},
        MODIFY,
        "[重要] 配送について",
        [(TAG_MALFORMED, True, (0, 11))],
        id="amazon.subject.tag_malformed-JP-important-is-foreign",
    ),
    pytest.param(
        {"subject": "[Wichtig] Delivery question", "marketplace": "US"},
        MODIFY,
        "[Important] Delivery question",
        [(TAG_MALFORMED, True, (0, 9))],
        id="amazon.subject.tag_malformed-US-wichtig-is-foreign",
    ),
    # Duplicates: exactly one tag remains, the first correct one.
    pytest.param(
        {"subject": "[Wichtig] Rückfrage [Wichtig]"},
        MODIFY,
        "[Wichtig] Rückfrage",
        [(TAG_MALFORMED, True, (20, 29))],
        id="amazon.subject.tag_malformed-duplicate",
    ),
    pytest.param(
        {"subject": "[Wichtig][wichtig] Rückfrage"},
        MODIFY,
        "[Wichtig] Rückfrage",
        [(TAG_MALFORMED, True, (9, 18))],
        id="amazon.subject.tag_malformed-duplicate-adjacent-other-case",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage [wichtig] [WICHTIG]"},
        MODIFY,
        "[Wichtig] Rückfrage",
        [(TAG_MALFORMED, True, (20, 29)), (TAG_MALFORMED, True, (30, 39))],
        id="amazon.subject.tag_malformed-triplicate",
    ),
    pytest.param(
        {"subject": "(Wichtig) Rückfrage [Wichtig]"},
        MODIFY,
        "Rückfrage [Wichtig]",
        [(TAG_MALFORMED, True, (0, 9))],
        id="amazon.subject.tag_malformed-keeps-the-correct-tag",
    ),
    pytest.param(
        {"subject": "[Important] Rückfrage [Wichtig]"},
        MODIFY,
        "Rückfrage [Wichtig]",
        [(TAG_MALFORMED, True, (0, 11))],
        id="amazon.subject.tag_malformed-foreign-next-to-correct",
    ),
    pytest.param(
        {"subject": "(Wichtig) Rückfrage {Wichtig}"},
        MODIFY,
        "[Wichtig] Rückfrage",
        [(TAG_MALFORMED, True, (0, 9)), (TAG_MALFORMED, True, (20, 29))],
        id="amazon.subject.tag_malformed-two-malformed-become-one-tag",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage [Wichtig]", **NEW},
        MODIFY,
        "[Wichtig] Rückfrage",
        [(TAG_MALFORMED, True, (20, 29)), (TAG_IGNORED, False, (0, 9))],
        id="amazon.subject.tag_malformed-duplicate-2025-04",
    ),
    # Not critical: a malformed tag is misuse, removed by that rule; other channels untouched.
    pytest.param(
        {"subject": "(Wichtig) Rückfrage", **NON_CRITICAL},
        MODIFY,
        "Rückfrage",
        [(TAG_MISUSE, True, (0, 9))],
        id="amazon.subject.tag_malformed-non-critical-is-misuse",
    ),
    pytest.param(
        {"subject": "(Wichtig) Rückfrage", "channel": "seller_central"},
        ALLOW,
        "(Wichtig) Rückfrage",
        [(NOT_EDITABLE, False, None)],
        id="amazon.subject.tag_malformed-seller-central-untouched",
    ),
]


@pytest.mark.parametrize(("overrides", "verdict", "subject", "findings"), TAG_MALFORMED_CASES)
def test_tag_malformed(check_core, overrides, verdict, subject, findings):
    _assert_row(check_core(**overrides), verdict, subject, findings)


TAG_MISUSE_CASES = [
    *(
        pytest.param(
            {"subject": "[Wichtig] Rückfrage zur Bestellung", **NON_CRITICAL, **edition},
            MODIFY,
            "Rückfrage zur Bestellung",
            [(TAG_MISUSE, True, (0, 9))],
            id=f"amazon.subject.tag_misuse-removed-{edition.get('edition', '2020-11')}",
        )
        for edition in ({}, NEW)
    ),
    pytest.param(
        {"subject": "Rückfrage zur Bestellung [Wichtig]", **NON_CRITICAL},
        MODIFY,
        "Rückfrage zur Bestellung",
        [(TAG_MISUSE, True, (25, 34))],
        id="amazon.subject.tag_misuse-at-the-end",
    ),
    pytest.param(
        {"subject": "Rückfrage [wichtig] zur Bestellung", **NON_CRITICAL},
        MODIFY,
        "Rückfrage zur Bestellung",
        [(TAG_MISUSE, True, (10, 19))],
        id="amazon.subject.tag_misuse-in-the-middle-lower-case",
    ),
    pytest.param(
        {"subject": "(Wichtig) Rückfrage", **NON_CRITICAL},
        MODIFY,
        "Rückfrage",
        [(TAG_MISUSE, True, (0, 9))],
        id="amazon.subject.tag_misuse-malformed-removed",
    ),
    pytest.param(
        {"subject": "[Important] Rückfrage", **NON_CRITICAL},
        MODIFY,
        "Rückfrage",
        [(TAG_MISUSE, True, (0, 11))],
        id="amazon.subject.tag_misuse-foreign-language-removed",
    ),
    pytest.param(
        {"subject": "【重要】 Rückfrage", **NON_CRITICAL},
        MODIFY,
        "Rückfrage",
        [(TAG_MISUSE, True, (0, 4))],
        id="amazon.subject.tag_misuse-lenticular-japanese-removed",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage [WICHTIG]", **NON_CRITICAL},
        MODIFY,
        "Rückfrage",
        [(TAG_MISUSE, True, (0, 9)), (TAG_MISUSE, True, (20, 29))],
        id="amazon.subject.tag_misuse-duplicates-all-removed",
    ),
    pytest.param(
        {"subject": "[Wichtig]", **NON_CRITICAL},
        MODIFY,
        "Bestelldetails bestätigen",
        [(TAG_MISUSE, True, (0, 9))],
        id="amazon.subject.tag_misuse-only-the-tag-becomes-the-label",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "opted_out": False, **NON_CRITICAL},
        MODIFY,
        "Rückfrage",
        [(TAG_MISUSE, True, (0, 9))],
        id="amazon.subject.tag_misuse-also-when-opted-in",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "opted_out": True, **NON_CRITICAL},
        REJECT,
        "Rückfrage",
        [(OPTED_OUT, False, None), (TAG_MISUSE, True, (0, 9))],
        id="amazon.subject.tag_misuse-opted-out-tag-does-not-help",
    ),
    pytest.param(
        {"subject": "Ihre Rechnung [Wichtig]", "reason": "invoice", "status": "shipped"},
        MODIFY,
        "Ihre Rechnung",
        [(TAG_MISUSE, True, (14, 23))],
        id="amazon.subject.tag_misuse-invoice",
    ),
    pytest.param(
        {"subject": "[Important] Your order details", "marketplace": "US", **NON_CRITICAL},
        MODIFY,
        "Your order details",
        [(TAG_MISUSE, True, (0, 11))],
        id="amazon.subject.tag_misuse-US",
    ),
    pytest.param(
        {"subject": "[重要] ご注文内容の確認", "marketplace": "JP", **NON_CRITICAL},
        MODIFY,
        "ご注文内容の確認",
        [(TAG_MISUSE, True, (0, 4))],
        id="amazon.subject.tag_misuse-JP",
    ),
    pytest.param(
        {"subject": "Rückfrage", **NON_CRITICAL},
        ALLOW,
        "Rückfrage",
        [],
        id="amazon.subject.tag_misuse-untagged-is-fine",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "channel": "seller_central", **NON_CRITICAL},
        ALLOW,
        "[Wichtig] Rückfrage",
        [(NOT_EDITABLE, False, None)],
        id="amazon.subject.tag_misuse-seller-central-untouched",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "channel": "sp_api", **NON_CRITICAL},
        ALLOW,
        "[Wichtig] Rückfrage",
        [(NOT_EDITABLE, False, None)],
        id="amazon.subject.tag_misuse-sp-api-untouched",
    ),
]


@pytest.mark.parametrize(("overrides", "verdict", "subject", "findings"), TAG_MISUSE_CASES)
def test_tag_misuse(check_core, overrides, verdict, subject, findings):
    _assert_row(check_core(**overrides), verdict, subject, findings)


TAG_UNNEEDED_CASES = [
    *(
        pytest.param(
            {"subject": "Re: [Wichtig] Ihre Frage", **REPLY, **edition},
            MODIFY,
            "Re: Ihre Frage",
            [(TAG_UNNEEDED, True, (4, 13))],
            id=f"amazon.subject.tag_unneeded-removed-{edition.get('edition', '2020-11')}",
        )
        for edition in ({}, NEW)
    ),
    pytest.param(
        {"subject": "[Wichtig]", **REPLY},
        MODIFY,
        "Antwort an den Käufer",
        [(TAG_UNNEEDED, True, (0, 9))],
        id="amazon.subject.tag_unneeded-only-the-tag-becomes-the-label",
    ),
    pytest.param(
        {"subject": "Re: (Wichtig) Ihre Frage", **REPLY},
        MODIFY,
        "Re: Ihre Frage",
        [(TAG_UNNEEDED, True, (4, 13))],
        id="amazon.subject.tag_unneeded-malformed-removed",
    ),
    pytest.param(
        {"subject": "[Wichtig] Re: Ihre Frage [Wichtig]", **REPLY},
        MODIFY,
        "Re: Ihre Frage",
        [(TAG_UNNEEDED, True, (0, 9)), (TAG_UNNEEDED, True, (25, 34))],
        id="amazon.subject.tag_unneeded-duplicates-removed",
    ),
    pytest.param(
        {"subject": "Re: [Wichtig] Ihre Frage", "status": "canceled", **REPLY},
        MODIFY,
        "Re: Ihre Frage",
        [(TAG_UNNEEDED, True, (4, 13))],
        id="amazon.subject.tag_unneeded-canceled-order-reply-allowed",
    ),
    pytest.param(
        {"subject": "Re: [Wichtig] Ihre Frage", "status": "pending", **REPLY},
        MODIFY,
        "Re: Ihre Frage",
        [(TAG_UNNEEDED, True, (4, 13))],
        id="amazon.subject.tag_unneeded-pending-order-reply-allowed",
    ),
    pytest.param(
        {"subject": "Re: [Wichtig] Ihre Frage", "opted_out": True, **REPLY},
        MODIFY,
        "Re: Ihre Frage",
        [(TAG_UNNEEDED, True, (4, 13))],
        id="amazon.subject.tag_unneeded-opted-out-buyer-gets-replies",
    ),
    pytest.param(
        {"subject": "Re: [Important] your question", "marketplace": "US", **REPLY},
        MODIFY,
        "Re: your question",
        [(TAG_UNNEEDED, True, (4, 15))],
        id="amazon.subject.tag_unneeded-US",
    ),
    pytest.param(
        {"subject": "Re: Ihre Frage", **REPLY},
        ALLOW,
        "Re: Ihre Frage",
        [],
        id="amazon.subject.tag_unneeded-untagged-reply",
    ),
    pytest.param(
        {"subject": "Re: [Wichtig] Ihre Frage", "channel": "seller_central", **REPLY},
        ALLOW,
        "Re: [Wichtig] Ihre Frage",
        [(NOT_EDITABLE, False, None)],
        id="amazon.subject.tag_unneeded-seller-central-untouched",
    ),
]


@pytest.mark.parametrize(("overrides", "verdict", "subject", "findings"), TAG_UNNEEDED_CASES)
def test_tag_unneeded(check_core, overrides, verdict, subject, findings):
    _assert_row(check_core(**overrides), verdict, subject, findings)


def test_tag_unneeded_is_a_warning_that_still_modifies(check_core):
    decision = check_core(subject="Re: [Wichtig] Ihre Frage", **REPLY)
    assert [(f.severity.value, f.fixed) for f in decision.findings] == [("warning", True)]
    assert decision.verdict is MODIFY


TAG_IGNORED_CASES = [
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", **NEW},
        ALLOW,
        "[Wichtig] Rückfrage",
        [(TAG_IGNORED, False, (0, 9))],
        id="amazon.subject.tag_ignored-left-alone",
    ),
    pytest.param(
        {"subject": "Rückfrage [wichtig]", **NEW},
        ALLOW,
        "Rückfrage [wichtig]",
        [(TAG_IGNORED, False, (10, 19))],
        id="amazon.subject.tag_ignored-lower-case-at-the-end",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "opted_out": True, **NEW},
        ALLOW,
        "[Wichtig] Rückfrage",
        [(TAG_IGNORED, False, (0, 9))],
        id="amazon.subject.tag_ignored-opted-out",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "opted_out": False, **NEW},
        ALLOW,
        "[Wichtig] Rückfrage",
        [(TAG_IGNORED, False, (0, 9))],
        id="amazon.subject.tag_ignored-opted-in",
    ),
    pytest.param(
        {"subject": "[重要] 配送について", "marketplace": "JP", **NEW},
        ALLOW,
        "[重要] 配送について",
        [(TAG_IGNORED, False, (0, 4))],
        id="amazon.subject.tag_ignored-JP",
    ),
    pytest.param(
        {"subject": "Rückfrage", **NEW},
        ALLOW,
        "Rückfrage",
        [],
        id="amazon.subject.tag_ignored-no-tag-no-note",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage"},
        ALLOW,
        "[Wichtig] Rückfrage",
        [],
        id="amazon.subject.tag_ignored-not-in-2020-11",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", **NEW, **NON_CRITICAL},
        MODIFY,
        "Rückfrage",
        [(TAG_MISUSE, True, (0, 9))],
        id="amazon.subject.tag_ignored-non-critical-is-still-misuse",
    ),
    pytest.param(
        {"subject": "[Wichtig] Rückfrage", "channel": "seller_central", **NEW},
        ALLOW,
        "[Wichtig] Rückfrage",
        [(NOT_EDITABLE, False, None)],
        id="amazon.subject.tag_ignored-seller-central",
    ),
]


@pytest.mark.parametrize(("overrides", "verdict", "subject", "findings"), TAG_IGNORED_CASES)
def test_tag_ignored(check_core, overrides, verdict, subject, findings):
    _assert_row(check_core(**overrides), verdict, subject, findings)


def test_tag_missing_finding_names_the_tag_in_both_languages(check_core):
    (finding,) = check_core(subject=SEED).findings
    assert "[Wichtig]" in finding.message.en
    assert "[Wichtig]" in finding.message.de
    assert finding.severity.value == "error"
    assert finding.field == "message.subject"


# Each marketplace's tag word, and whether an Amazon page confirms it.
MARKETPLACE_TAG_WORDS = {
    "US": ("Important", True),
    "CA": ("Important", False),
    "MX": ("Importante", False),
    "BR": ("Importante", False),
    "UK": ("Important", False),
    "IE": ("Important", False),
    "DE": ("Wichtig", True),
    "FR": ("Important", False),
    "IT": ("Importante", False),
    "ES": ("Importante", False),
    "NL": ("Belangrijk", False),
    "BE": ("Important", False),
    "SE": ("Viktigt", False),
    "PL": ("Ważne", False),
    "TR": ("Önemli", False),
    "AE": ("Important", False),
    "SA": ("Important", False),
    "EG": ("Important", False),
    "IN": ("Important", False),
    "ZA": ("Important", False),
    "JP": ("重要", True),
    "AU": ("Important", False),
    "SG": ("Important", False),
}
CONFIRMED = sorted(code for code, (_, confirmed) in MARKETPLACE_TAG_WORDS.items() if confirmed)


def test_the_tag_table_covers_every_marketplace_of_the_pack(pack):
    assert sorted(m.code for m in pack.marketplaces) == sorted(MARKETPLACE_TAG_WORDS)


@pytest.mark.parametrize(
    ("code", "word"),
    [
        pytest.param(code, word, id=f"amazon.subject.tag_missing-adds-tag-on-{code}")
        for code, (word, _) in MARKETPLACE_TAG_WORDS.items()
    ],
)
def test_critical_message_gets_the_marketplace_tag_word(check_core, pack, code, word):
    decision = check_core(marketplace=code, subject="Delivery question")
    assert pack.find_marketplace(code).tag_word == word
    assert (decision.verdict, decision.subject, found(decision)) == (
        MODIFY,
        f"[{word}] Delivery question",
        [(TAG_MISSING, True, None)],
    )


@pytest.mark.parametrize(
    "code",
    [
        pytest.param(code, id=f"amazon.subject.tag_malformed-important-on-{code}")
        for code in MARKETPLACE_TAG_WORDS
    ],
)
def test_important_is_valid_except_where_another_word_is_confirmed(check_core, code):
    word, confirmed = MARKETPLACE_TAG_WORDS[code]
    decision = check_core(marketplace=code, subject="[Important] Delivery question")
    if confirmed and word != "Important":
        expected = (MODIFY, f"[{word}] Delivery question", [(TAG_MALFORMED, True, (0, 11))])
    else:
        expected = (ALLOW, "[Important] Delivery question", [])
    assert (decision.verdict, decision.subject, found(decision)) == expected


@pytest.mark.parametrize(
    "code",
    [
        pytest.param(code, id=f"amazon.subject.tag_missing-upper-case-local-word-on-{code}")
        for code in MARKETPLACE_TAG_WORDS
    ],
)
def test_the_local_word_in_upper_case_is_a_valid_tag(check_core, code):
    word, _ = MARKETPLACE_TAG_WORDS[code]
    subject = f"Delivery question [{word.upper()}]"
    decision = check_core(marketplace=code, subject=subject)
    assert (decision.verdict, decision.subject, found(decision)) == (ALLOW, subject, [])


@pytest.mark.parametrize(
    ("code", "other"),
    [
        pytest.param(code, other, id=f"amazon.subject.tag_malformed-{other}-on-confirmed-{code}")
        for code in CONFIRMED
        for other in sorted({word for word, _ in MARKETPLACE_TAG_WORDS.values()})
        if other != MARKETPLACE_TAG_WORDS[code][0]
    ],
)
def test_only_the_confirmed_word_is_valid_on_confirmed_sites(check_core, code, other):
    word, _ = MARKETPLACE_TAG_WORDS[code]
    decision = check_core(marketplace=code, subject=f"[{other}] Delivery question")
    assert (decision.verdict, decision.subject, found(decision)) == (
        MODIFY,
        f"[{word}] Delivery question",
        [(TAG_MALFORMED, True, (0, len(other) + 2))],
    )
