"""What a sentence does, read from its words' categories (lexicons.yaml) in any order: asks
for a review, manipulates one, advertises, asks the buyer to cancel. One module per job: the
review readings (reviews/, a package of one module per reading), the marketing readings
(marketing.py), the cancellation readings (cancellation.py), and what more than one of them
uses (nearby.py: the words near a word, the distances they share, a negated word).

Each reading pairs an anchor (a review object, a cancellation, a newsletter, a next order)
with the element that makes it forbidden (a rating level, an incentive, a condition, a change
action, a request), within the sentence or, for an incentive, the next or previous one. A
clause that negates the element cancels it ("we do not offer anything for reviews"), and so
does a neutral word ("an honest review", "positive or negative"). A reading returns the span
from its first to its last word, or None. Words are named by their position in the sentence.

The readings rules/wording.py calls are named here, so it calls each by what it reads
(sentences.review_ask, sentences.cancel_request), whichever module holds it.
"""

from service.engine.rules.sentences.cancellation import (
    amazon_asked,
    cancel_request,
    clicked_away,
    offers_a_deal,
    open_cancellation,
    refrained_in,
    reported_at,
    states_a_right,
)
from service.engine.rules.sentences.marketing import (
    invited_beyond,
    new_collection,
    newsletter,
    next_order_offer,
    range_offered,
    shop_visit,
)
from service.engine.rules.sentences.reviews import (
    both_ways,
    given,
    manipulation,
    on_another_matter,
    review_ask,
    review_wanted,
    thanked_in_list,
    yours,
)

__all__ = [
    "amazon_asked",
    "both_ways",
    "cancel_request",
    "clicked_away",
    "given",
    "invited_beyond",
    "manipulation",
    "new_collection",
    "newsletter",
    "next_order_offer",
    "offers_a_deal",
    "on_another_matter",
    "open_cancellation",
    "range_offered",
    "refrained_in",
    "reported_at",
    "review_ask",
    "review_wanted",
    "shop_visit",
    "states_a_right",
    "thanked_in_list",
    "yours",
]
