"""Operator settings for the content rules (issue 4): PRESEND_RULES turns a rule off, gives it
another severity (a fixable rule then reports instead of fixing) or restores its fix;
PRESEND_LINK_ALLOWLIST adds link domains. Bad values stop start-up with a ConfigError."""

from __future__ import annotations

from typing import Any

import pytest

from service.app import create_app
from service.config import ConfigError, Settings
from service.engine import RulePolicy, Verdict, evaluate
from service.engine.model import Setting
from service.packs import load_pack
from tests.engine.conftest import build_request
from tests.engine.rows import (
    ALLOW,
    MODIFY,
    REJECT,
    SUBJECT,
    checked,
    finding,
    seen,
)

EMOJI = "amazon.content.emoji"
LINE_BREAKS = "amazon.content.line_breaks"
TRACKING_PIXEL = "amazon.content.tracking_pixel"
PHONE = "amazon.content.phone_number"
EXTERNAL_LINK = "amazon.content.external_link"
PIXEL = '<img src="https://t.example.com/p.gif" width="1" height="1">'


def policy(**settings: str) -> RulePolicy:
    """A policy from `rule_name=setting` pairs, rule names without 'amazon.content.'."""
    return RulePolicy(
        {f"amazon.content.{name}": Setting(value) for name, value in settings.items()}
    )


def setting_row(
    id: str,
    rules: RulePolicy,
    body: str,
    verdict: Verdict,
    findings: list[Any],
    fixed_body: str | None = None,
    **request: Any,
) -> Any:
    return pytest.param(rules, body, request, verdict, findings, fixed_body, id=id)


SETTING_ROWS = [
    # off: the rule does not run.
    setting_row(
        "amazon.content.emoji-off-keeps-the-emoji",
        policy(emoji="off"),
        "Danke 😊",
        ALLOW,
        [],
    ),
    setting_row(
        "amazon.content.external_link-off",
        policy(external_link="off"),
        "Mehr auf www.meinshop.de",
        ALLOW,
        [],
    ),
    setting_row(
        "amazon.content.phone_number-off",
        policy(phone_number="off"),
        "Rufen Sie an: 030 12345678",
        ALLOW,
        [],
    ),
    setting_row(
        "amazon.content.line_breaks-off",
        policy(line_breaks="off"),
        "Zeile 1\n\n\n\nZeile 2",
        ALLOW,
        [],
    ),
    # A severity on a fixable rule: reported at that severity, never fixed.
    setting_row(
        "amazon.content.emoji-error-reports-and-rejects",
        policy(emoji="error"),
        "Danke 😊",
        REJECT,
        [finding(EMOJI, "😊")],
    ),
    setting_row(
        "amazon.content.emoji-warning-reports-and-allows",
        policy(emoji="warning"),
        "Danke 😊",
        ALLOW,
        [finding(EMOJI, "😊", severity="warning")],
    ),
    setting_row(
        "amazon.content.emoji-info-in-subject-and-body",
        policy(emoji="info"),
        "Danke 😊",
        ALLOW,
        [
            finding(EMOJI, "🎉", field=SUBJECT, severity="info"),
            finding(EMOJI, "😊", severity="info"),
        ],
        subject="Ihre Bestellung 🎉",
    ),
    setting_row(
        "amazon.content.line_breaks-error-rejects-without-collapsing",
        policy(line_breaks="error"),
        "Zeile 1\n\n\n\nZeile 2",
        REJECT,
        [finding(LINE_BREAKS, "\n\n\n\n")],
    ),
    setting_row(
        "amazon.content.tracking_pixel-warning-keeps-the-pixel",
        policy(tracking_pixel="warning"),
        f"<p>Danke.</p>{PIXEL}",
        ALLOW,
        [finding(TRACKING_PIXEL, PIXEL, severity="warning")],
        body_format="html",
    ),
    # fix: the rule's own severity and its fix, as without a setting.
    setting_row(
        "amazon.content.emoji-fix-is-the-default",
        policy(emoji="fix"),
        "Danke 😊 bis bald",
        MODIFY,
        [finding(EMOJI, "😊", fixed=True)],
        "Danke bis bald",
    ),
    setting_row(
        "amazon.content.emoji-no-setting-fixes",
        RulePolicy(),
        "Danke 😊 bis bald",
        MODIFY,
        [finding(EMOJI, "😊", fixed=True)],
        "Danke bis bald",
    ),
    setting_row(
        "amazon.content.line_breaks-fix",
        policy(line_breaks="fix"),
        "Zeile 1\n\n\n\nZeile 2",
        MODIFY,
        [finding(LINE_BREAKS, "\n\n\n\n", severity="warning", fixed=True)],
        "Zeile 1\n\nZeile 2",
    ),
    # A reporting rule at another severity.
    setting_row(
        "amazon.content.phone_number-error-rejects",
        policy(phone_number="error"),
        "Rufen Sie an: 030 12345678",
        REJECT,
        [finding(PHONE, "030 12345678")],
    ),
    setting_row(
        "amazon.content.phone_number-error-also-on-warranty",
        policy(phone_number="error"),
        "Hotline: 030 12345678",
        REJECT,
        [finding(PHONE, "030 12345678")],
        reason="warranty",
        status="shipped",
    ),
    setting_row(
        "amazon.content.phone_number-fix-keeps-the-warning",
        policy(phone_number="fix"),
        "Rufen Sie an: 030 12345678",
        ALLOW,
        [finding(PHONE, "030 12345678", severity="warning")],
    ),
    setting_row(
        "amazon.content.external_link-warning-allows",
        policy(external_link="warning"),
        "Mehr auf www.meinshop.de",
        ALLOW,
        [finding(EXTERNAL_LINK, "www.meinshop.de", severity="warning")],
    ),
    setting_row(
        "amazon.content.external_link-info-allows",
        policy(external_link="info"),
        "Mehr auf www.meinshop.de",
        ALLOW,
        [finding(EXTERNAL_LINK, "www.meinshop.de", severity="info")],
    ),
    # One rule's setting leaves the others alone.
    setting_row(
        "amazon.content.emoji-off-other-rules-still-run",
        policy(emoji="off"),
        "Danke 😊 Infos auf www.meinshop.de",
        REJECT,
        [finding(EXTERNAL_LINK, "www.meinshop.de")],
    ),
]


@pytest.mark.parametrize(
    ("rules", "body", "given", "verdict", "findings", "fixed_body"), SETTING_ROWS
)
def test_rule_setting(rules, body, given, verdict, findings, fixed_body):
    sent, decision = checked(body, policy=rules, **given)
    assert (decision.verdict, seen(sent, decision)) == (verdict, findings)
    expected = (
        sent.message.body if fixed_body is None else sent.message.body.replace(body, fixed_body)
    )
    assert (decision.subject, decision.body) == (sent.message.subject, expected)


# --- PRESEND_RULES at start-up -------------------------------------------------------------


def test_presend_rules_parse_content_rule_settings():
    raw = (
        "amazon.content.phone_number=error,amazon.content.emoji=off, amazon.content.line_breaks=fix"
    )
    assert Settings.from_env({"PRESEND_RULES": raw}).rules.overrides == {
        PHONE: Setting.ERROR,
        EMOJI: Setting.OFF,
        LINE_BREAKS: Setting.FIX,
    }


def test_presend_rules_from_the_issue_start_the_app():
    settings = Settings.from_env(
        {"PRESEND_RULES": "amazon.content.phone_number=error,amazon.content.emoji=off"}
    )
    assert create_app(settings) is not None


@pytest.mark.parametrize(
    "rule",
    [
        "amazon.content.emoji",
        "amazon.content.line_breaks",
        "amazon.content.tracking_pixel",
        "amazon.content.insecure_image",
    ],
)
def test_presend_rules_accept_fix_for_a_fixable_rule(rule):
    create_app(Settings.from_env({"PRESEND_RULES": f"{rule}=fix"}))


@pytest.mark.parametrize(
    "rule",
    [
        "amazon.content.external_link",
        "amazon.content.phone_number",
        "amazon.content.linked_image",
        "amazon.content.text_limit",
        "amazon.attachments.executable",
    ],
)
def test_presend_rules_reject_fix_for_a_rule_without_one(rule):
    settings = Settings.from_env({"PRESEND_RULES": f"{rule}=fix"})
    with pytest.raises(ConfigError, match="PRESEND_RULES") as raised:
        create_app(settings)
    assert rule in str(raised.value)


@pytest.mark.parametrize(
    "rule",
    [
        "amazon.content.emojis",
        "amazon.content.links",
        "amazon.attachment.count",
        "content.emoji",
    ],
)
def test_presend_rules_reject_an_unknown_rule(rule):
    settings = Settings.from_env({"PRESEND_RULES": f"{rule}=off"})
    with pytest.raises(ConfigError, match="PRESEND_RULES") as raised:
        create_app(settings)
    assert rule in str(raised.value)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("amazon.content.emoji=remove", id="unknown-setting"),
        pytest.param("amazon.content.emoji", id="no-setting"),
        pytest.param("amazon.content.emoji=Error", id="capitalised-setting"),
    ],
)
def test_presend_rules_reject_a_malformed_entry(raw):
    with pytest.raises(ConfigError, match="PRESEND_RULES"):
        Settings.from_env({"PRESEND_RULES": raw})


# --- PRESEND_LINK_ALLOWLIST ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "domains"),
    [
        pytest.param("", frozenset(), id="unset"),
        pytest.param("meinshop.de", {"meinshop.de"}, id="one-domain"),
        pytest.param(
            "meinshop.de, track.example.co.uk",
            {"meinshop.de", "track.example.co.uk"},
            id="comma-separated",
        ),
        pytest.param(
            "meinshop.de tracking-partner.com",
            {"meinshop.de", "tracking-partner.com"},
            id="space-separated",
        ),
        pytest.param("MeinShop.DE", {"meinshop.de"}, id="lower-cased"),
        pytest.param("xn--bcher-kva.de", {"xn--bcher-kva.de"}, id="punycode"),
    ],
)
def test_link_allowlist_parses_domains(raw, domains):
    settings = Settings.from_env({"PRESEND_LINK_ALLOWLIST": raw})
    assert settings.rules.link_allowlist == frozenset(domains)


@pytest.mark.parametrize(
    "domain",
    [
        pytest.param("https://meinshop.de", id="with-scheme"),
        pytest.param("meinshop.de/track", id="with-path"),
        pytest.param("*.meinshop.de", id="wildcard"),
        pytest.param("meinshop", id="no-top-level-domain"),
        pytest.param("-meinshop.de", id="leading-hyphen"),
        pytest.param("mein_shop.de", id="underscore"),
        pytest.param("meinshop.de:8080", id="with-port"),
    ],
)
def test_link_allowlist_rejects_a_bad_domain_naming_the_variable(domain):
    with pytest.raises(ConfigError) as raised:
        Settings.from_env({"PRESEND_LINK_ALLOWLIST": f"dhl.de,{domain}"})
    assert "PRESEND_LINK_ALLOWLIST" in str(raised.value)
    assert domain in str(raised.value)


def test_link_allowlist_with_rules_reaches_the_engine():
    settings = Settings.from_env(
        {
            "PRESEND_LINK_ALLOWLIST": "meinshop.de",
            "PRESEND_RULES": "amazon.content.emoji=error",
        }
    )
    sent, decision = checked("Sendung: https://track.meinshop.de/x?id=1 😊", policy=settings.rules)
    assert (decision.verdict, seen(sent, decision)) == (REJECT, [finding(EMOJI, "😊")])


# --- through the HTTP app ------------------------------------------------------------------


@pytest.fixture
def settings() -> Settings:
    """The app of this module runs with content-rule settings from the environment."""
    return Settings.from_env(
        {
            "PRESEND_RULES": "amazon.content.emoji=error,amazon.content.phone_number=off",
            "PRESEND_LINK_ALLOWLIST": "meinshop.de",
        }
    )


def test_settings_apply_to_http_checks(client):
    document = {
        "marketplace": "DE",
        "now": "2026-11-27T08:00:00Z",
        "order": {"id": "302-1234567-1234567", "status": "unshipped"},
        "buyer": {"opted_out": False},
        "message": {
            "contact_reason": "additional_information_required",
            "subject": "Rückfrage zu Ihrer Bestellung 302-1234567-1234567",
            "body": "Sendung: https://track.meinshop.de/x 😊 Tel. 030 12345678",
        },
    }
    response = client.post("/v1/checks", json=document)
    assert response.status_code == 200, response.get_data(as_text=True)
    decision = response.get_json()
    assert decision["verdict"] == "reject"
    assert [(f["rule"], f["severity"], f["fixed"]) for f in decision["findings"]] == [
        (EMOJI, "error", False)
    ]


def test_with_the_canceled_rule_off_the_status_rule_still_speaks():
    request = build_request(load_pack(), status="canceled", reason="invoice")
    decision = evaluate(request, load_pack(), RulePolicy({"amazon.order.canceled": Setting.OFF}))
    assert "amazon.reason.not_allowed_for_status" in [f.rule for f in decision.findings]


def test_a_fix_that_would_pass_the_field_limit_is_not_applied():
    request = build_request(load_pack(), subject="x" * 1000, body="Guten Tag.")
    decision = evaluate(request, load_pack())
    assert decision.subject == "x" * 1000
    assert [(f.rule, f.fixed) for f in decision.findings if f.rule.startswith("amazon.sub")] == [
        ("amazon.subject.tag_missing", False)
    ]
