"""A review asked for (review_ask): an asking verb and a review object, other buyers to be
told, an experience to share, help asked, gratitude in the conditional, "bitten um", a gift to
us, a review said to be welcome, or a rating verb and what it rates (rating_asked); and a
review wanted however it is worded (review_wanted, the broad reading): a review named with a
wish or the conditional mood a few words from it."""

from __future__ import annotations

from service.engine.model import Span
from service.engine.rules.sentences.nearby import (
    CONDITION_DISTANCE,
    LEVEL_DISTANCE,
    REQUEST_DISTANCE,
    Negated,
    asks_question,
    near,
    near_after,
    near_before,
    negated_at,
    wished,
)
from service.engine.rules.sentences.reviews.objects import (
    opinion_there,
    others_told,
    review_objects,
    shared_experience,
)
from service.engine.rules.sentences.reviews.shared import (
    ASKED_DISTANCE,
    FOR_DISTANCE,
    NOT_A_REVIEW_DISTANCE,
    assessed,
    assessing,
    gift_to_us,
    judged,
    perfect,
    product_name,
    review_places,
    seen,
    written_to_us,
)
from service.engine.rules.sentences.reviews.thanks import given, thanked
from service.engine.scan.words import Sentence

# A German helping verb at its clause's end, its helper and "unserer" a few words before it:
# "eine Bewertung würde unserer kleinen Werkstatt sehr helfen".
_VERB_FINAL_DISTANCE = 6
# A rating verb and what it rates: "bewerten Sie gern den Verkäufer".
_RATED_DISTANCE = 4


def review_ask(sentence: Sentence, negated: Negated) -> Span | None:
    """A review asked for: a review object and an asking verb (leave, write, give ...), or
    other buyers to be told ("tell other shoppers what you think on the product page")."""
    if given(sentence):
        return None
    for verb, audience in others_told(sentence):
        if not negated_at(sentence, negated, verb):
            return sentence.between(verb, audience)
    for shared in shared_experience(sentence):
        if not thanked(sentence, shared) and not negated_at(sentence, negated, shared):
            return sentence.between(shared)
    objects = review_objects(sentence)
    for helping in sentence.positions("help"):
        review = _help_asked(sentence, objects, helping)
        if review is not None and not negated_at(sentence, negated, helping):
            return sentence.between(*sorted((helping, review)))
    # Thanks in the conditional ask as an asking verb does ("we'd be grateful for a review"), so
    # does a review said valuable in it (_welcomed) and "bitten" with "um" before the review.
    wished = [t for t in sentence.positions("thanks") if _wished_for_review(sentence, t)]
    begged = [b for b in sentence.positions("begging") if _begs_for(sentence, b, objects)]
    asking = {
        *sentence.positions("ask"),
        *sentence.positions("valued"),
        *wished,
        *begged,
        *_gifts_asked(sentence),  # "¿nos regala una reseña?"
    }
    for position in sorted(asking):
        written = sentence.is_a(position, "posted") or perfect(sentence, position)
        if written and not asks_question(sentence):
            continue  # "l'évaluation que vous avez publiée": written, not asked for
        if sentence.is_a(position, "we"):
            continue  # "Appena avremo una valutazione le scriveremo": the seller writes
        if sentence.is_a(position, "author"):
            continue  # "den Namen, den der Verfasser angibt": who wrote a review, named
        others = [p for p in objects if p != position and not _thanked_after(sentence, p, position)]
        if written_to_us(sentence, position) and all(other < position for other in others):
            continue  # "per qualsiasi commento o domanda ci scriva": a contact, not an ask
        if sentence.is_a(position, "welcome") and not _welcomed(sentence, position):
            continue  # "Herzlich willkommen, Ihre Rezension …", "welcome by email"
        if sentence.is_a(position, "review_object"):
            # A review word that is also the verb ("valutazioni", "évaluation") asks only in
            # its object's clause: not "in cambio di valutazioni: … ogni giudizio sia libero".
            others = [other for other in others if sentence.joined(position, other)]
        if others and not negated_at(sentence, negated, position):
            return sentence.between(position, others[0])
    rating = rating_asked(sentence, negated)
    return None if rating is None else sentence.between(*rating)


def _wished_for_review(sentence: Sentence, thanks: int) -> bool:
    """Gratitude in the conditional for a review, which asks for it as an asking verb does:
    "for" right after it, then the review ("we would be grateful for a review", "wir wären
    Ihnen dankbar für eine Bewertung"), or the review just after it as its object ("we'd
    really appreciate a review from you"); not "we would like to thank you for your review",
    nor "we would be grateful if you could send a photo of the damage in your review")."""
    if not sentence.is_a(thanks, "grateful") or not wished(sentence, thanks):
        return False
    for_word = near_after(sentence, thanks, "exchange", FOR_DISTANCE)
    review = near_after(
        sentence, thanks if for_word is None else for_word, "review_object", FOR_DISTANCE
    )
    return review is not None and not _on_another_subject(sentence, review)


def _on_another_subject(sentence: Sentence, review: int) -> bool:
    """The buyer's opinion on a subject other than the order, the product or the seller: "your
    feedback on the new size chart", "Ihr Feedback zum Ersatzgerät" (not "on your order",
    "about us", nor "un petit avis sur la bouilloire": a review of the product)."""
    about = near_after(sentence, review, "about", 1)
    yours = near_before(sentence, review, "your", 2) is not None
    return (
        yours
        and about is not None
        and not any(
            near_after(sentence, about, category, FOR_DISTANCE) is not None
            for category in ("order", "product_line", "rated", "we", "our")
        )
    )


def _gifts_asked(sentence: Sentence) -> list[int]:
    """The giving verbs that ask for the review as the buyer's gift to us (gift_to_us)."""
    return [verb for verb in sentence.positions("gift_verb") if gift_to_us(sentence, verb)]


def rating_asked(sentence: Sentence, negated: Negated) -> tuple[int, int] | None:
    """A rating verb asked of the buyer, a review asked for without the word, and what it
    rates: the seller, the purchase, "us" ("bewerten Sie den Verkäufer", "Évaluez-nous sur
    Amazon", "Rate us on Amazon")."""
    for position in sentence.positions("rate"):
        if sentence.is_a(position, "posted") or judged(sentence, position):
            continue  # "der von Ihnen bewertete Artikel": rated, not asked to be
        if assessing(sentence, position):
            continue  # "valutare un rimborso", "évaluez les dégâts": weighed, no rating asked
        if sentence.is_a(position, "also_a_noun") and not _imposed(sentence, position):
            continue  # "the shipping rate for your purchase": a price, no verb
        # "pensez à évaluer le vendeur", "bewerten Sie den Verkäufer", not "we will rate";
        # the product when asked for ("bewerten Sie bitte den Artikel", "valore el producto
        # en Amazon"; not "our technician will evaluate the product").
        rated = near(sentence, position, "rated", _RATED_DISTANCE)
        if rated is None and (
            near(sentence, position, "request", LEVEL_DISTANCE) is not None
            or sentence.has("platform")
        ):
            rated = near(sentence, position, "product_line", _RATED_DISTANCE)
        if (
            rated is None
            and _imposed(sentence, position)
            and not sentence.is_a(position, "rating_noun")  # "das Gerät zur Bewertung an uns"
            and near(sentence, position, "not_a_review", NOT_A_REVIEW_DISTANCE) is None
        ):
            # The seller rated when asked for: "Évaluez-nous sur Amazon", "bitten, uns auf
            # Amazon zu bewerten", "Califíquenos" ("us" in the verb); not "unsere Kunden
            # bewerten uns auf Amazon".
            rated = near(sentence, position, "to_us", ASKED_DISTANCE)
            if rated is None and sentence.is_a(position, "rate_us"):
                rated = position
        seller = near_before(sentence, position, "we", LEVEL_DISTANCE)
        if seller is None:
            # "Il nostro tecnico valuterà il prodotto": a technician rates.
            seller = near_before(sentence, position, "not_a_review", LEVEL_DISTANCE)
        if (
            rated is not None
            and seller is None
            and not assessed(sentence, position)  # "il nostro magazzino valuterà lo stato"
            and not negated_at(sentence, negated, position)
        ):
            return position, rated
    return None


def _begs_for(sentence: Sentence, verb: int, objects: list[int]) -> bool:
    """ "Bitten" asking for a review: "um" a few words before a review in the verb's clause ("um
    eine kurze Bewertung bitten", "bitten Sie um Ihr Feedback"; not "wir bitten um Ihr
    Verständnis, die Bewertung Ihres Falls dauert")."""
    return any(
        sentence.joined(verb, review)
        and (asked := near_before(sentence, review, "begged_for", CONDITION_DISTANCE)) is not None
        and sentence.joined(asked, review)
        for review in objects
    )


def _imposed(sentence: Sentence, verb: int) -> bool:
    """A verb asked of the buyer: a request word a clause's length before it ("wir würden Sie
    bitten, uns … zu bewerten") or the verb first in its clause, an imperative ("Évaluez-nous")."""
    return (
        sentence.opens_clause(verb)
        or near_before(sentence, verb, "request", REQUEST_DISTANCE) is not None
    )


def _welcomed(sentence: Sentence, welcome: int) -> bool:
    """A review said to be welcome, which asks for it: the review before the word ("A review on
    Amazon would be very welcome", "Eine Bewertung ist uns willkommen", "il sera le
    bienvenu"), no mail word between them or just after it (feedback "welcome by email",
    "per E-Mail jederzeit willkommen" goes to the seller itself, no Amazon review); not a
    greeting ("Herzlich willkommen, Ihre Rezension …"). Valuable or appreciated, only in the
    conditional ("your review would be appreciated"; not "your review is much appreciated").
    Not an opinion on another subject ("Ihr Feedback zur Passform wäre für uns wertvoll"), nor
    a product's name ("The Review Pro notebook would make a lovely gift")."""
    reviews = [
        review
        for review in review_objects(sentence)
        if review < welcome
        and not _on_another_subject(sentence, review)
        and not _named_product(sentence, review)
    ]
    if sentence.is_a(welcome, "valued") and (
        near_before(sentence, welcome, "conditional", CONDITION_DISTANCE) is None
    ):
        return False
    return bool(reviews) and not any(
        reviews[0] < mail <= welcome + CONDITION_DISTANCE for mail in sentence.positions("mailed")
    )


def _named_product(sentence: Sentence, review: int) -> bool:
    """A review word in a product's name ("The Review Pro notebook would make a lovely gift");
    not a German noun before the capitalised courtesy form ("Eine Bewertung Ihrerseits")."""
    following = review + 1
    return product_name(sentence, review) and not sentence.is_a(following, "courtesy")


def _help_asked(sentence: Sentence, objects: list[int], helping: int) -> int | None:
    """The review in the clause of a helping verb asked for the seller: "us" or "our" just after
    it or "us" just before ("a quick review would really help our studio", "ci aiuta con una
    recensione?", "helfen Sie uns mit einer Bewertung"), in the conditional, a question, a
    request or first in its clause (not "your review helped us", "can we help you with it?");
    or last in its clause with "our" and the helper before it, as German puts it ("eine
    Bewertung würde unserer kleinen Werkstatt sehr helfen"). Other buyers helped count as the
    seller ("eine kurze Rezension hilft anderen Käufern"), and a review any buyer may write, an
    indefinite one before the verb, is asked ("un commento sul venditore ci aiuta molto"; not
    "your review helps us")."""
    final = helping + 1 == len(sentence.forms) or not sentence.joined(helping, helping + 1)
    reach = _VERB_FINAL_DISTANCE if final else LEVEL_DISTANCE
    seller = (
        near_after(sentence, helping, "to_us", LEVEL_DISTANCE) is not None
        or near_after(sentence, helping, "our", 1) is not None
        or near_before(sentence, helping, "to_us", 1) is not None
        or (final and near_before(sentence, helping, "our", reach) is not None)
        or near_after(sentence, helping, "others", LEVEL_DISTANCE) is not None
    )
    asked = (
        near_before(sentence, helping, "conditional", reach) is not None
        or near_before(sentence, helping, "request", reach) is not None
        or near_after(sentence, helping, "request", LEVEL_DISTANCE) is not None
        or asks_question(sentence)
        or sentence.opens_clause(helping)
        or any(
            review < helping
            and sentence.joined(review, helping)
            and near_before(sentence, review, "indefinite", LEVEL_DISTANCE) is not None
            # Not someone else's: "un commento del corriere ci aiuta a capire il ritardo".
            and near_after(sentence, review, "examined_of", 1) is None
            for review in objects
        )
    )
    if not (seller and asked):
        return None
    # Not the buyer's opinion on something else: "your feedback on the size chart would help".
    return next(
        (
            review
            for review in objects
            if sentence.joined(helping, review) and not _on_another_subject(sentence, review)
        ),
        None,
    )


def _thanked_after(sentence: Sentence, review: int, verb: int) -> bool:
    """A review named, then thanked for having been written: "l'évaluation que vous avez
    publiée ... on vous remercie d'avoir pris le temps de l'écrire"."""
    return any(
        review < thanks < verb
        and not sentence.is_a(thanks, "ask")
        and not wished(sentence, thanks)  # "le saremmo grati": asks
        for thanks in sentence.positions("thanks")
    )


# What turns a review toward the buyer as something to give (the broad reading, review_wanted):
# a wish or the conditional mood ("we'd love", "würde uns viel bedeuten", "ci farebbe
# piacere"). Not the present, which as often speaks of a review given ("your review is much
# appreciated", "cada opinión nos importa"), nor a bare modal ("could", "must"), nor "please",
# whose verb says what it asks ("please find attached the evaluation report"; review_ask reads
# the verbs).
_TURNS = ("wish", "conditional", "review_turn")
# A turning word and the review it turns stand this close.
_TURN_DISTANCE = 8


def review_wanted(sentence: Sentence, negated: Negated) -> Span | None:
    """A review wanted from the buyer, however it is worded (the broad reading beside
    review_ask's kinds): a review named as a noun, or an opinion named beside the place buyers
    read reviews (review_objects, opinion_there; no stars, which name products and engraved
    texts as often), and a few words from it a wish or the conditional mood (_TURNS: "we'd be
    thrilled to read your review on Amazon", "Ihre Meinung auf der Produktseite wäre für
    andere Kunden eine große Hilfe", "un avis de votre part compterait énormément"). Not a
    review given (given, one written, seen or thanked for: "the review you left", "we just
    read your review", "we would like to thank you for your review"), a sentence with a denial
    ("we can't offer anything for a review"), the seller's own ("our reviews"), a rating verb
    (what the seller's team evaluates), other buyers' reviews to read, an opinion on another
    subject ("your feedback on the size chart"), a product's name ("Book Review Journal") or
    a quoted text."""
    if given(sentence) or seen(sentence) or sentence.has("posted"):
        return None
    if sentence.has("denial"):
        return None  # "Amazon doesn't allow it, and we'd rather reviews were genuine"
    objects = sorted({*review_objects(sentence), *opinion_there(sentence)})
    turns = [
        turn
        for category in _TURNS
        for turn in sentence.positions(category)
        if _turns(sentence, turn)
    ]
    for review in objects:
        if sentence.is_a(review, "review_stars") or (
            sentence.is_a(review, "rate") and not sentence.is_a(review, "rating_noun")
        ):
            continue
        if (
            negated_at(sentence, negated, review)
            or near_before(sentence, review, "we", LEVEL_DISTANCE) is not None
            or product_name(sentence, review)
            or _in_quotes(sentence, review)
            or _others_reviews(sentence, review)
            or _on_another_subject(sentence, review)
            or _thanked_for(sentence, review)
            or _choice_asked(sentence, review)
        ):
            continue
        near_turns = [turn for turn in turns if abs(turn - review) <= _TURN_DISTANCE]
        if near_turns:
            turn = min(near_turns, key=lambda p: abs(p - review))
            return sentence.between(*sorted((turn, review)))
    return None


def _choice_asked(sentence: Sentence, review: int) -> bool:
    """An opinion asked as the answer to a choice put after a colon, in a question: "Wir
    hätten gern Ihre Meinung: lieber Erstattung oder Austausch?", "votre avis : préférez-vous
    un remboursement ou un échange ?" (the buyer's pick, no review; not where reviews are
    read)."""
    end = sentence.between(review).end
    return (
        sentence.text[sentence.span.start : sentence.span.end].rstrip().endswith("?")
        and not review_places(sentence)
        and any(
            choice > review and ":" in sentence.text[end : sentence.between(choice).start]
            for choice in sentence.positions("either")
        )
    )


def _thanked_for(sentence: Sentence, review: int) -> bool:
    """Thanks, or "regarding", before the review in its clause: a review given ("we would like to
    thank you for your review", "regarding your feedback"); not gratitude in the conditional,
    which asks ("we'd be grateful for a review")."""
    return any(
        thanks < review
        and sentence.joined(thanks, review)
        and not (sentence.is_a(thanks, "grateful") and wished(sentence, thanks))
        for thanks in sentence.positions("thanks")
    )


def _others_reviews(sentence: Sentence, review: int) -> bool:
    """Reviews other buyers wrote, to be read, not written: other buyers just before them or
    just after them, "of" between at most ("customer reviews", "die Bewertungen anderer
    Kunden", "le recensioni degli altri clienti"; not "your review for other buyers")."""
    after = review + 1
    if after < len(sentence.forms) and sentence.is_a(after, "examined_of"):
        after += 1
    return any(
        0 <= side < len(sentence.forms)
        and (sentence.is_a(side, "customer") or sentence.is_a(side, "others"))
        for side in (review - 1, after)
    )


# Quotation marks of the five languages, opening and closing alike.
_QUOTES = '"„“”«»'


def _in_quotes(sentence: Sentence, position: int) -> bool:
    """Whether a word stands inside quotation marks, which hold a text to print, a product's
    name or someone else's words ("den Text „Oma, 5 Sterne, Note 1“", "«Mis reseñas»"): an
    odd number of them before it in its sentence."""
    start = sentence.between(position).start
    before = sentence.text[sentence.span.start : start]
    return sum(before.count(mark) for mark in _QUOTES) % 2 == 1


def _turns(sentence: Sentence, turn: int) -> bool:
    """Whether a turning word is one: a clipped "would" ("d") only after its subject ("we'd",
    "it'd"; not the French "munissez-vous d'une pièce")."""
    if len(sentence.forms[turn]) > 1:
        return True
    return turn > 0 and any(sentence.is_a(turn - 1, category) for category in ("we", "pronoun"))
