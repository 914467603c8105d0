"""The Amazon pack's rules, in the order the engine runs them.

Order matters only for fixes: the subject rules run before the order-number rule, so a tag is
placed before the order number is appended, and their spans point into the subject as sent.
"""

from service.engine.rule import Rule
from service.engine.rules import buyer, order, order_id, reason, subject, timing

RULES: tuple[Rule, ...] = (
    *order.RULES,
    *reason.RULES,
    *buyer.RULES,
    *subject.RULES,
    *order_id.RULES,
    *timing.RULES,
)

# The rules that decide whether a reason may be used at all for an order: the catalogue
# endpoint runs these to say which reasons are offered, and why not.
AVAILABILITY_RULES: tuple[Rule, ...] = (*order.RULES, *reason.RULES)

__all__ = ["AVAILABILITY_RULES", "RULES"]
