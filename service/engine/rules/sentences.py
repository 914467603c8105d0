"""What a sentence does, read from its words' categories (lexicons.yaml) in any order: asks
for a review, manipulates one, advertises, asks the buyer to cancel.

Each reading pairs an anchor (a review object, a cancellation, a newsletter, a next order)
with the element that makes it forbidden (a rating level, an incentive, a condition, a change
action, a request), within the sentence or, for an incentive, the next or previous one. A
clause that negates the element cancels it ("we do not offer anything for reviews"), and so
does a neutral word ("an honest review", "positive or negative"). A reading returns the span
from its first to its last word, or None.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from service.engine.model import Span
from service.engine.scan.words import Sentence, Word

Negated = Callable[[Span], bool]

# How many words apart a rating level and its review object may stand ("a positive review",
# "avis très positif"), a change and its object ("update or remove the feedback", "Ihre
# Bewertung noch einmal überdenken"), a request and the cancellation it asks for ("Sie können
# die Bestellung im Konto stornieren"), a next-order offer's words.
_LEVEL_DISTANCE = 2
_CHANGE_DISTANCE = 4
_REQUEST_DISTANCE = 6
_THANKS_DISTANCE = 3
_NOT_A_REVIEW_DISTANCE = 2
_NEXT_DISTANCE = 2
# "If you need to cancel, ...": the buyer's choice, not a request.
_CONDITION_DISTANCE = 4


def _span(*words: Word) -> Span:
    return Span(min(w.span.start for w in words), max(w.span.end for w in words))


def _near(sentence: Sentence, index: int, category: str, distance: int) -> Word | None:
    """A word of the category at most `distance` words from the word at index."""
    for other in sentence.positions(category):
        if other != index and abs(other - index) <= distance:
            return sentence.words[other]
    return None


def _product_name(sentence: Sentence, index: int) -> bool:
    """A star rating written in a product's name: "5-Star Chef Knife", "5-Sterne Kochmesser"
    (a capitalised star word followed by a capitalised word that is no review object)."""
    words = sentence.words
    star = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    return (
        star.form[:1].isupper()
        and following is not None
        and following.form[:1].isupper()
        and "review_object" not in following.categories
    )


def review_objects(sentence: Sentence) -> list[int]:
    """The words that name a review: a review word (not in "thank you for your feedback",
    not the verb in "we will review", not an "energy rating"), or a star word after a top
    rating ("5 stars", "fünf Sterne"); none in a line that names a product."""
    if sentence.words and "product_line" in sentence.words[0].categories:
        return []  # "Artikel: 5-Sterne Kochmesser-Set", "Item: Review Pro notebook"
    found = []
    for index, word in enumerate(sentence.words):
        if _near(sentence, index, "not_a_review", _NOT_A_REVIEW_DISTANCE) is not None:
            continue
        if "review_object" in word.categories:
            thanked = _near_before(sentence, index, "thanks", _THANKS_DISTANCE)
            verb = _near_before(sentence, index, "auxiliary", 1)
            if thanked is None and verb is None:
                found.append(index)
        elif "review_stars" in word.categories and not _product_name(sentence, index):
            rated = _near_before(sentence, index, "top_rating", _LEVEL_DISTANCE)
            if rated is not None:
                found.append(index)
    return found


def _near_before(sentence: Sentence, index: int, category: str, distance: int) -> Word | None:
    for other in sentence.positions(category):
        if index - distance <= other < index:
            return sentence.words[other]
    return None


def _neutral(sentence: Sentence) -> bool:
    """An honest review, positive or negative: nothing steers the buyer."""
    return sentence.has("neutral") or (sentence.has("top_rating") and sentence.has("low_rating"))


def manipulation(
    sentence: Sentence,
    neighbours: Callable[[], Sequence[Sentence]],
    negated: Negated,
    may_ask_for_change: bool,
) -> Span | None:
    """A review asked for with a rating level, for an incentive, only from satisfied buyers,
    diverted from unhappy ones, or asked to be changed or removed (unless the reason is the
    one Amazon gives for asking that, in neutral words)."""
    objects = review_objects(sentence)
    if not objects:
        return None
    words = sentence.words
    first = words[objects[0]]
    # A star rating is its own level ("5 étoiles"); it is the place to point at.
    for index in sorted(objects, key=lambda i: "review_stars" not in words[i].categories):
        level = _near(sentence, index, "top_rating", _LEVEL_DISTANCE)
        if "review_stars" in words[index].categories:
            # Stars are a review only where the sentence speaks of one ("5 étoiles
            # lumineuses" in an invoice line does not).
            about = sentence.has("ask") or any(i != index for i in objects)
            level = _near_before(sentence, index, "top_rating", _LEVEL_DISTANCE) if about else None
        if level is not None and not _neutral(sentence) and not negated(level.span):
            return _span(words[index], level)
        change = _near(sentence, index, "change", _CHANGE_DISTANCE)
        if change is not None and not may_ask_for_change and not negated(change.span):
            return _span(words[index], change)
    incentive = _incentive(sentence, negated)
    if incentive is not None:
        return _span(first, incentive)
    if not may_ask_for_change:
        for index in sentence.positions("satisfied"):
            if _near_before(sentence, index, "condition", _CONDITION_DISTANCE) is not None:
                return _span(first, words[index])
    diverted = _diversion(sentence, negated)
    if diverted is not None:
        return _span(first, diverted)
    if sentence.has("ask"):
        for other in neighbours():
            incentive = _incentive(other, negated, strong_only=True)
            if incentive is not None and not review_objects(other):
                return _span(first, incentive)
    return None


def _incentive(sentence: Sentence, negated: Negated, strong_only: bool = False) -> Word | None:
    """A gift, voucher, discount or free product tied to the review (asked for, changed, in
    exchange, on a condition); a refund only when it is tied to something the buyer does."""
    acts = any(
        ("ask" in word.categories or "change" in word.categories)
        and "review_object" not in word.categories
        for word in sentence.words
    )
    tied = acts or sentence.has("condition") or sentence.has("exchange") or strong_only
    categories = ["incentive"] if tied else []
    if acts and not strong_only:
        categories.append("refund")
    for category in categories:
        for index in sentence.positions(category):
            word = sentence.words[index]
            if not negated(word.span):
                return word
    return None


def _diversion(sentence: Sentence, negated: Negated) -> Word | None:
    """Unhappy buyers sent elsewhere: "contact us before leaving a review", "please don't
    leave negative feedback"."""
    if _neutral(sentence):
        return None
    for index in sentence.positions("diversion"):
        if sentence.has("contact_us") or sentence.has("low_rating"):
            return sentence.words[index]
    for index in sentence.positions("low_rating"):
        word = sentence.words[index]
        if negated(word.span) or sentence.has("contact_us"):
            return word
    return None


def review_ask(sentence: Sentence, negated: Negated) -> Span | None:
    """A review asked for: a review object and an asking verb (leave, write, give ...)."""
    objects = review_objects(sentence)
    for index in sentence.positions("ask"):
        ask = sentence.words[index]
        others = [i for i in objects if i != index]
        if others and not negated(ask.span):
            return _span(ask, sentence.words[others[0]])
    return None


def newsletter(sentence: Sentence, negated: Negated) -> Span | None:
    """A newsletter, mailing list or club the buyer is asked to join."""
    for index in sentence.positions("newsletter"):
        word = sentence.words[index]
        join = _near(sentence, index, "subscribe", _REQUEST_DISTANCE)
        if join is not None and not negated(join.span):
            return _span(word, join)
    return None


def next_order_offer(sentence: Sentence, text: str, negated: Negated) -> Span | None:
    """An offer on the next order: "10 % off your next purchase", "beim nächsten Einkauf mit
    dem Code X sparen"."""
    if not (sentence.has("offer") or "%" in text[sentence.span.start : sentence.span.end]):
        return None
    for index in sentence.positions("next"):
        word = sentence.words[index]
        order = _near(sentence, index, "order", _NEXT_DISTANCE)
        if order is not None and not negated(word.span):
            return _span(word, order)
    return None


def cancel_request(sentence: Sentence, negated: Negated) -> Span | None:
    """The buyer asked to cancel: a request ("please", "could you", "Sie können") before the
    cancellation, and no seller ("we") before it doing it."""
    for index in sentence.positions("cancel"):
        word = sentence.words[index]
        if "done" in word.categories or _near(sentence, index, "review_object", 3):
            continue  # "cancellare il suo feedback" deletes a review
        request = _near_before(sentence, index, "request", _REQUEST_DISTANCE)
        if request is None and index + 1 < len(sentence.words):
            # "Bitte stornieren Sie", "annulez la commande": the request after the verb.
            following = sentence.words[index + 1]
            request = following if "request" in following.categories else None
        seller = _near_before(sentence, index, "we", _REQUEST_DISTANCE)
        condition = _near_before(sentence, index, "condition", _CONDITION_DISTANCE)
        if request is not None and seller is None and condition is None and not negated(word.span):
            return _span(request, word)
    return None
