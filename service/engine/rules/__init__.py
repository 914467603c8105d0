"""The engine's rules, in the order it runs them; each pack picks the ones it runs (of_pack).

Order matters only for fixes. The subject tag rules run first, so their spans point into the
subject as sent and the tag is placed before the order number is appended; the content fixes
(images, emojis, line breaks) run after the order-number rule, so that a line it inserts is
part of what they tidy, and a re-check of the fixed message changes nothing more. The history
rules run last: the duplicate guard compares the message as it would be sent.
"""

from functools import cache

from service.engine.model import Severity
from service.engine.rule import Rule
from service.engine.rules import (
    api,
    attachments,
    buyer,
    contact,
    content,
    html,
    ledger,
    order,
    order_id,
    reason,
    subject,
    timing,
    wording,
)
from service.packs.model import Pack

CORE_RULES: tuple[Rule, ...] = (
    *order.RULES,
    *reason.RULES,
    *buyer.RULES,
    *subject.RULES,
    *order_id.RULES,
    *timing.RULES,
)

RULES: tuple[Rule, ...] = (
    *CORE_RULES,
    *html.FIXES,
    *content.FIXES,
    *html.RULES,
    *contact.RULES,
    *wording.RULES,
    *content.RULES,
    *attachments.RULES,
    *api.RULES,
    *ledger.RULES,
)

# The rules that decide whether a reason may be used at all for an order: the catalogue
# endpoint runs these to say which reasons are offered, and why not.
AVAILABILITY_RULES: tuple[Rule, ...] = (*order.RULES, *reason.RULES)


@cache
def of_pack(pack: Pack, rules: tuple[Rule, ...] = RULES) -> tuple[Rule, ...]:
    """Those of `rules` the pack runs, in the engine's order, under the pack's prefix and at
    its severities (computed once per pack)."""
    return tuple(
        rule.under(pack.platform, _severity(pack.rules[rule.name]))
        for rule in rules
        if rule.name in pack.rules
    )


def _severity(value: str | None) -> Severity | None:
    return None if value is None else Severity(value)


__all__ = ["AVAILABILITY_RULES", "CORE_RULES", "RULES", "of_pack"]
