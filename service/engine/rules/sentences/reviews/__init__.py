"""The review readings, one module each, every module importing only from those above it:

- shared.py: what more than one of them uses (where buyers read reviews, a product's name, a
  change of "it", the distances they share);
- levels.py: rating levels, and a high and a low one side by side (both_ways);
- thanks.py: a review already given: thanked for (thanked_in_list), the buyer's own (yours),
  seen or thanked for in a sentence that asks nothing (given);
- objects.py: the words that name a review (review_objects), and an opinion on another matter
  (on_another_matter);
- asks.py: a review asked for (review_ask), and wanted however it is worded (review_wanted);
- incentive.py: an incentive tied to a review;
- manipulated.py: a review manipulated (manipulation).

The readings other modules use are named here (rules/sentences re-exports them to
rules/wording.py), whichever module holds them.
"""

from service.engine.rules.sentences.reviews.asks import review_ask, review_wanted
from service.engine.rules.sentences.reviews.levels import both_ways
from service.engine.rules.sentences.reviews.manipulated import manipulation
from service.engine.rules.sentences.reviews.objects import on_another_matter
from service.engine.rules.sentences.reviews.thanks import given, thanked_in_list, yours

__all__ = [
    "both_ways",
    "given",
    "manipulation",
    "on_another_matter",
    "review_ask",
    "review_wanted",
    "thanked_in_list",
    "yours",
]
