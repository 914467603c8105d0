"""A pack picks the engine's rules it runs: each reports under the pack's platform prefix, at
the pack's severity, and a rule the pack does not list does not run."""

from __future__ import annotations

from dataclasses import replace

import pytest

from service.engine import Severity, evaluate
from service.engine.rules import RULES, of_pack
from service.packs import Pack
from tests.engine.conftest import build_request

_ADDRESS = "Guten Tag, zu Ihrer Bestellung 302-1234567-1234567: schreiben Sie an a@b.de."


def test_the_amazon_pack_runs_every_rule_of_the_engine_in_its_order(pack):
    assert [rule.name for rule in of_pack(pack)] == [rule.name for rule in RULES]
    assert {rule.id.split(".", 1)[0] for rule in of_pack(pack)} == {"amazon"}


@pytest.mark.parametrize(
    ("platform", "selection", "expected"),
    [
        pytest.param("amazon", None, [("amazon.content.email_address", "error")], id="amazon"),
        pytest.param("ebay", None, [("ebay.content.email_address", "error")], id="other-prefix"),
        pytest.param(
            "amazon",
            {"content.email_address": "warning"},
            [("amazon.content.email_address", "warning")],
            id="pack-severity",
        ),
        pytest.param("amazon", {"content.email_address": None}, [], id="not-listed"),
    ],
)
def test_a_shared_detector_reports_as_the_pack_says(pack, platform, selection, expected):
    rules = dict(pack.rules)
    for name, severity in (selection or {}).items():
        if severity is None:
            del rules[name]
        else:
            rules[name] = severity
    other = replace(pack, platform=platform, rules=rules)
    decision = evaluate(build_request(other, body=_ADDRESS, opted_out=False), other)
    assert [(f.rule, f.severity.value) for f in decision.findings] == expected


def test_a_rule_found_by_name_runs_only_where_the_pack_lists_it(pack: Pack):
    """order.canceled explains a canceled order; without it the reason rule does."""
    without = replace(pack, rules={k: v for k, v in pack.rules.items() if k != "order.canceled"})
    request = build_request(pack, status="canceled", opted_out=False)
    assert [f.rule for f in evaluate(request, pack).findings] == ["amazon.order.canceled"]
    assert [f.rule for f in evaluate(request, without).findings] == [
        "amazon.reason.not_allowed_for_status"
    ]


def test_a_pack_severity_is_the_rules_default_severity(pack):
    lowered = replace(pack, rules={**pack.rules, "timing.too_late": "info"})
    rule = next(rule for rule in of_pack(lowered) if rule.name == "timing.too_late")
    assert (rule.id, rule.severity) == ("amazon.timing.too_late", Severity.INFO)
