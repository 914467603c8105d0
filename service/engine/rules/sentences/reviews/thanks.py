"""A review already given: thanked for (thanked, and thanked_in_list for a review phrase
at the end of a list of things thanked for), the buyer's own (yours), or seen or thanked for in
a sentence that asks and offers nothing (given). A review thanked for is none asked for: the
other readings ask these first."""

from __future__ import annotations

from service.engine.model import Span
from service.engine.rules.sentences.nearby import (
    LEVEL_DISTANCE,
    asks_question,
    near_after,
    near_before,
    nearest_before,
    wished,
)
from service.engine.rules.sentences.reviews.shared import (
    asked_further_on,
    given_as_thanks,
    perfect,
    seen,
)
from service.engine.scan.words import Sentence

# How many words apart a thanks and the review it thanks for may stand ("thank you so much for
# your feedback").
_THANKS_DISTANCE = 10
# "la recensione a cinque stelle che ci ha lasciato": the review and the word of having
# written it.
_GIVEN_DISTANCE = 6


def thanked(sentence: Sentence, position: int) -> bool:
    """A review thanked for ("thank you so much for your feedback"), not asked for: in one
    clause, no asking or changing word between ("le agradeceríamos que actualice su reseña"
    asks), no incentive in the sentence ("as a thank you for your review, a free gift")."""
    thanks = nearest_before(sentence, position, "thanks", _THANKS_DISTANCE)
    if thanks is None or not sentence.joined(thanks, position):
        thanks = _thanks_listed(sentence, position)
    if thanks is None or _rewarded(sentence):
        return False  # "As a thank you for your review, a free gift": rewarded
    if sentence.is_a(thanks, "ask") or wished(sentence, thanks):
        return False  # "le agradeceríamos una calificación", "we'd be really grateful for a review"
    if sentence.has("beforehand"):
        return False  # "thanks in advance for leaving a review" asks for it
    if any(asked_further_on(sentence, position, change) for change in sentence.positions("change")):
        return False  # "Concernant votre commentaire négatif …, pourriez-vous le retirer ?"
    if sentence.is_a(thanks, "grateful") and not _marked_given(sentence, position):
        return False  # "we always appreciate a five-star review", "jede Bewertung, die Sie …"
    return not any(
        (sentence.is_a(between, "ask") or sentence.is_a(between, "change"))
        and not sentence.is_a(between, "review_object")  # "la valoración de cinco estrellas"
        and not _done(sentence, thanks, between)
        for between in range(thanks + 1, position)
    )


# "… e per la sua ottima valutazione", "and also for the five-star review": the thanks' "for"
# said again and the review it names.
_LISTED_FOR_DISTANCE = 4


def _thanks_listed(sentence: Sentence, review: int) -> int | None:
    """Thanks for a list of things whose last is the review, the thanks' "for" said again just
    before it: "Vielen Dank für Ihre Nachricht, Ihr Lob zur Verpackung und auch für die
    freundliche Bewertung, die Sie uns hinterlassen haben", "grazie per il messaggio, per i
    complimenti e anche per la bella recensione che ci ha lasciato". Only the buyer's review or
    one marked written (_marked_given; not "Danke für Ihre Geduld, für eine Bewertung wären wir
    dankbar")."""
    if not _marked_given(sentence, review):
        return None
    again = [
        word
        for word in range(max(review - _LISTED_FOR_DISTANCE, 0), review)
        if sentence.is_a(word, "exchange") or sentence.is_a(word, "for_doing")
    ]
    if not again:
        return None
    said_again = sentence.forms[again[-1]].lower()
    for thanks in reversed(sentence.positions("thanks")):
        # The same "for" after the thanks ("Danke für", "thank you for", "grazie per").
        if thanks < review and any(
            sentence.forms[word].lower() == said_again
            for word in range(thanks + 1, min(thanks + 1 + LEVEL_DISTANCE, again[-1]))
        ):
            return thanks
    return None


def thanked_in_list(sentence: Sentence, span: Span) -> bool:
    """Whether a review phrase names a review thanked for at the end of a list of things
    thanked for ("grazie per il messaggio, per i complimenti e anche per la bella recensione
    che ci ha lasciato"), which the phrase's own context, its clause, does not reach
    (_thanks_listed)."""
    return any(
        span.start <= sentence.between(review).start < span.end
        and _thanks_listed(sentence, review) is not None
        and thanked(sentence, review)
        for review in sentence.positions("review_object")
    )


def _rewarded(sentence: Sentence) -> bool:
    """An incentive in the sentence, or a refund given as a thank-you (given_as_thanks)."""
    return sentence.has("incentive") or given_as_thanks(sentence)


def _marked_given(sentence: Sentence, review: int) -> bool:
    """A review marked as already given: the buyer's own ("your feedback") or a word of
    having written it after it ("the review you left", "die Sie abgegeben haben", "die Sie uns
    hinterlassen haben": perfect)."""
    return (
        near_before(sentence, review, "your", LEVEL_DISTANCE) is not None
        or near_after(sentence, review, "posted", _GIVEN_DISTANCE) is not None
        or any(
            review < verb <= review + _GIVEN_DISTANCE and perfect(sentence, verb)
            for verb in sentence.positions("ask")
        )
    )


def _done(sentence: Sentence, thanks: int, verb: int) -> bool:
    """Whether a verb after thanks names what the buyer did: written ("merci d'avoir laissé",
    "grazie per aver lasciato") or after "for" ("thank you for taking the time to leave")."""
    return sentence.is_a(verb, "posted") or any(
        sentence.is_a(between, "for_doing") for between in range(thanks + 1, verb)
    )


def yours(sentence: Sentence, offset: int) -> bool:
    """Whether the review named at this offset is the buyer's, one already given: "your" at it
    or just before it ("Ihre Bewertung", "la sua recensione", "Ihre ausführliche Bewertung";
    not "eine Bewertung", "any review")."""
    review = sentence.word_at(offset)
    return review is not None and (
        sentence.is_a(review, "your")
        or near_before(sentence, review, "your", LEVEL_DISTANCE) is not None
    )


def given(sentence: Sentence) -> bool:
    """A rating the buyer has given, that the seller saw or thanks for, and nothing asked or
    offered: "Nous avons vu votre commentaire et vos 5 étoiles : merci beaucoup" (no asking
    verb but the written one, no reward, condition, change or question; not one the seller
    wishes to see: seen)."""
    return (
        (sentence.has("posted") or seen(sentence))
        # Seen by the seller, thanked for, or given by other buyers or a critic ("Rated ★★★★★
        # by 2,000 customers", "a reçu la note de 5/5 au test de notre magazine").
        and any(sentence.has(category) for category in ("we", "thanks", "customer", "critic"))
        and not any(
            sentence.has(category) for category in ("incentive", "refund", "exchange", "offer")
        )
        and not sentence.has("condition")
        and not sentence.has("change")
        and not asks_question(sentence)
        and all(
            sentence.is_a(verb, "posted") or sentence.is_a(verb, "review_object")
            for verb in sentence.positions("ask")
        )
    )
