"""evaluate(): a validated request in, a decision out. Pure: no clock, no I/O, no HTTP."""

from __future__ import annotations

from collections.abc import Iterable

from service.engine.draft import Draft
from service.engine.model import (
    FIELD_LIMITS,
    Change,
    CheckRequest,
    Decision,
    Finding,
    RulePolicy,
)
from service.engine.rule import Report, Rule
from service.engine.rules import RULES, of_pack
from service.engine.scan import MAX_PLACES
from service.packs.model import Pack


def evaluate(
    request: CheckRequest,
    pack: Pack,
    policy: RulePolicy | None = None,
    rules: Iterable[Rule] = RULES,
) -> Decision:
    """Run those of the rules the pack runs, in order, applying each fix before the next rule
    looks."""
    policy = policy or RulePolicy()
    draft = Draft.of(request, pack, policy)
    findings: list[Finding] = []
    changes: list[Change] = []
    # Without operator settings (most checks) every rule runs as declared: asking the policy
    # about each rule cost a call a rule, and building its answer's tuple to unpack it, and
    # entering the loop over a silent rule's empty reports, about 500 instructions a rule.
    settings = policy.overrides
    for rule in of_pack(pack, tuple(rules)):
        forced, fixing = None, rule.fixable
        if settings:
            applied = policy.applied(rule.id, rule.fixable)
            if applied is None:
                continue
            forced, fixing = applied
        # A rule that has reported MAX_PLACES places has made its point, like a scanner: a
        # hostile message with thousands of matches costs no more than one with a few. All of
        # them are taken before any is applied. A loop, not list(islice(...)): most rules report
        # nothing, and building the islice and the list cost 1.8k instructions a rule
        # (callgrind), more than most rules' own tests.
        reports: list[Report] = []
        for report in rule.check(draft):
            reports.append(report)
            if len(reports) == MAX_PLACES:
                break
        if not reports:
            continue
        for report in reports:
            fix = report.fix if fixing else None
            if fix is not None and len(fix) > FIELD_LIMITS.get(report.field, len(fix)):
                fix = None
            if fix is not None:
                before = draft.text(report.field)
                if fix != before:
                    changes.append(Change(rule.id, report.field, before, fix))
                    draft.replace(report.field, fix)
            findings.append(
                Finding(
                    rule=rule.id,
                    severity=forced or report.severity or rule.severity,
                    field=report.field,
                    message=rule.message({"platform": pack.name, **report.params}),
                    reference=rule.reference,
                    span=report.span,
                    fixed=fix is not None,
                    not_before=report.not_before,
                )
            )
    return Decision(
        request=request,
        subject=draft.subject,
        body=draft.body,
        findings=tuple(findings),
        changes=tuple(changes),
    )
