"""An incentive tied to a review (tied_incentive): a gift, voucher, discount, free product,
percentage or money back where the sentence asks, changes, sets a condition, rewards whoever
reviews or names the exchange; a refund only when it is tied to something the buyer does, and
not the platform's. Not "feel free to", a replacement the review waits for, a prize the seller
won, offers not to miss, a draw that draws no lots, a voucher's word in its everyday sense, a
gift the buyer makes us, nor an offer a negation heads."""

from __future__ import annotations

from service.engine.rules.sentences.nearby import (
    CHANGE_DISTANCE,
    CONDITION_DISTANCE,
    LEVEL_DISTANCE,
    Negated,
    near,
    near_after,
    near_before,
)
from service.engine.rules.sentences.reviews.asks import rating_asked
from service.engine.rules.sentences.reviews.shared import gift_to_us, given_as_thanks
from service.engine.scan.words import Sentence

# "everyone who reviews", "jeder, der bewertet", "everyone who posts a review", "a chi
# pubblica una recensione": whoever reviews is rewarded.
_WHOEVER_DISTANCE = 5
# "in return for your review", "review us on Amazon and get a code": the exchange and its
# review.
_EXCHANGE_DISTANCE = 5
# A refund and the platform named after it as who gives it: "a refund will be issued by Amazon".
_PAYER_DISTANCE = 5


def tied_incentive(
    sentence: Sentence, negated: Negated, review: int | None = None, strong_only: bool = False
) -> int | None:
    """A gift, voucher, discount or free product tied to the review (asked for, changed, in
    exchange, on a condition, to whoever reviews: "to everyone who reviews the charger"); a refund
    only when it is tied to something the buyer does."""
    # A rating verb asked is the buyer's act though its word names a review too ("Bewerten Sie
    # uns und sparen Sie 10 %"), as "leave" is in "leave a review and get a voucher".
    acts = (
        any(
            ("ask" in found or "change" in found) and "review_object" not in found
            for found in sentence.categories
        )
        or rating_asked(sentence, negated) is not None
    )
    whoever = review is not None and (
        near_before(sentence, review, "whoever", _WHOEVER_DISTANCE) is not None
        or _each_buyer(sentence, review)
    )
    # "Für Ihre Bewertung erhalten Sie …": what it is in exchange for, beside the review (not
    # "we read every review and offer a free replacement for any defect").
    exchanged = (
        sentence.has("exchange")
        if review is None
        else near(sentence, review, "exchange", _EXCHANGE_DISTANCE) is not None
    )
    tied = acts or sentence.has("condition") or exchanged or whoever or strong_only
    # "Once your review is live, ... we will process the refund": a condition on the buyer's
    # review (not "once the review of your claim is done").
    conditioned = (
        review is not None
        and near_before(sentence, review, "condition", CONDITION_DISTANCE) is not None
        and near_before(sentence, review, "your", LEVEL_DISTANCE) is not None
    )
    offers = (
        [*sentence.positions("incentive"), *_percents(sentence), *_amounts_back(sentence)]
        if tied
        else []
    )
    if strong_only and sentence.has("exchange"):
        # "Envoyez-nous une capture et recevez un bon d'achat": an offer received in return
        # (not a code: "you will receive your access code").
        offers.extend(p for p in sentence.positions("offer") if not sentence.is_a(p, "code"))
    sent_already = sentence.has("already") and sentence.has("replacement")
    if strong_only and (sentence.has("included") or sent_already or sentence.has("defect")):
        # Beside the review, "free" said of what comes anyway, of a replacement sent already or
        # of the remedy for a defect is no reward for it ("Your free care guide is attached",
        # "Shipping on spare parts is always free", "A replacement has already shipped free of
        # charge", "Bei einem Defekt erhalten Sie kostenlosen Ersatz").
        offers = [p for p in offers if not sentence.is_a(p, "free_of_cost")]
    if tied and not strong_only:
        offers.extend(sentence.positions("code"))
    thanked_with = exchanged and given_as_thanks(sentence)
    # "Por cada reseña le devolvemos 5 €": a refund counted by each review is paid for it.
    counted = (
        exchanged
        and review is not None
        and near_before(sentence, review, "each", LEVEL_DISTANCE) is not None
    )
    if (acts or thanked_with or counted) and not strong_only:
        # "En remerciement de votre avis, nous vous remboursons 5 €": a thank-you given as a
        # noun makes the refund or offer beside it a reward.
        offers.extend(sentence.positions("refund"))
        if not acts:
            offers.extend(sentence.positions("offer"))
    elif conditioned and not strong_only:
        # The seller's refund, named ("our team will process the refund") or not ("on vous
        # rembourse 5 €", "you'll get a refund"); not the platform's (_platform_refund).
        offers.extend(
            refund
            for refund in sentence.positions("refund")
            if not _platform_refund(sentence, refund)
        )
    for position in offers:
        if _free_to(sentence, position):
            continue  # "feel free to leave feedback": no gift
        if _awaited(sentence, position, review):
            continue  # "une fois l'appareil remplacé, votre avis …": no reward
        if _won_by_us(sentence, position):
            continue  # "abbiamo vinto il premio Miglior Cuscino": an award, no reward
        if _not_to_miss(sentence, position):
            continue  # "suivez-nous pour ne rater aucune promo": offers to come, no reward
        if sentence.is_a(position, "draw_verb") and not _drawn(sentence, position):
            continue  # "Estraiamo il filtro ogni mese": no draw
        if sentence.is_a(position, "voucher_noun") and not _a_voucher(sentence, position):
            continue  # "c'est bon pour vous", "Vale, lo grabamos": no voucher
        if gift_to_us(sentence, position):
            continue  # "¿nos regala una reseña?": the review is the buyer's gift to us
        # The clause around both ("Rabatte für Bewertungen dürfen wir nicht vergeben"), from
        # the list it ends ("non possiamo offrire sconti, rimborsi o omaggi").
        head = _list_head(sentence, position)
        around = (head,) if review is None else (head, review)
        if not negated(sentence.between(*around)):
            return position
    return None


def _awaited(sentence: Sentence, position: int, review: int | None) -> bool:
    """A replacement the review waits for, no reward for it: in a condition before the review
    ("Une fois l'appareil remplacé, votre avis serait précieux", "once the replacement has
    arrived, a review would help"; not "a replacement for your review")."""
    return (
        review is not None
        and position < review
        and sentence.is_a(position, "replacement")
        and near_before(sentence, position, "condition", CONDITION_DISTANCE) is not None
    )


# Offers listed one after the other ("sconti, rimborsi o omaggi"): at most this many words
# apart.
_LISTED_DISTANCE = 3


def _won_by_us(sentence: Sentence, offer: int) -> bool:
    """Whether the seller has won the prize: a won word at it or just before it with "we" just
    before that ("abbiamo vinto il premio", "we've won a prize", "nous avons remporté le
    prix"; not "vous avez remporté un bon", "in premio")."""
    return any(
        offer - LEVEL_DISTANCE <= won <= offer
        and near_before(sentence, won, "we", LEVEL_DISTANCE) is not None
        for won in sentence.positions("won")
    )


def _not_to_miss(sentence: Sentence, offer: int) -> bool:
    """An offer the buyer is told not to miss: offers to come, which following or visiting
    brings, no reward for a review ("suivez-nous sur Facebook pour ne rater aucune promo",
    "so you never miss a deal", "per non perdere nessuna offerta", "um keine Aktion zu
    verpassen": a missing word a few words before it, or just after it where German puts the
    verb last, in its clause, no review between)."""
    return any(
        (offer - CHANGE_DISTANCE <= miss < offer or offer < miss <= offer + LEVEL_DISTANCE)
        and sentence.joined(miss, offer)
        and not any(
            sentence.is_a(between, "review_object")
            for between in range(min(miss, offer) + 1, max(miss, offer))
        )
        for miss in sentence.positions("miss")
    )


def _a_voucher(sentence: Sentence, noun: int) -> bool:
    """Whether a voucher's noun that is an everyday word too names a voucher: an article or a
    number right before it and its complement right after it ("un bon d'achat", "2 bons de
    5 €", "un buono sconto", "un vale para su próxima compra"; not "c'est bon pour vous", "è
    buono per lei", "Vale, lo grabamos", "un bon moment", "el producto vale para exterior")."""
    return (
        0 < noun < len(sentence.forms) - 1
        and (sentence.is_a(noun - 1, "voucher_article") or sentence.forms[noun - 1].isdigit())
        and sentence.is_a(noun + 1, "voucher_link")
        and sentence.joined(noun - 1, noun + 1)
    )


def _drawn(sentence: Sentence, verb: int) -> bool:
    """Whether a draw's verb that is an everyday one too draws lots: "lots" a few words after it
    ("estrarremo a sorte") or the buyers drawn among ("estraiamo tra chi ha lasciato una
    recensione", "fra tutti i clienti"; not "estraiamo il filtro", "estrarre il cassetto tra
    le guide")."""
    if near_after(sentence, verb, "lots", CHANGE_DISTANCE) is not None:
        return True
    among = near_after(sentence, verb, "among", CHANGE_DISTANCE)
    return among is not None and any(
        near_after(sentence, among, category, LEVEL_DISTANCE) is not None
        for category in ("whoever", "all_buyers", "customer")
    )


def _each_buyer(sentence: Sentence, review: int) -> bool:
    """Each buyer just before the review, whoever reviews by another name: "chaque client qui
    publie un avis", "every customer who posts a review" (not "chaque avis de client"); or all
    the buyers, a clause on them opened right after them ("unter allen Kunden, die eine
    Rezension geschrieben haben", "tous les clients qui laissent un avis"; not "tous les avis
    de nos clients")."""
    return any(
        review - _WHOEVER_DISTANCE <= buyer < review
        and buyer > 0
        and (
            sentence.is_a(buyer - 1, "each")
            or (
                near_before(sentence, buyer, "all_buyers", LEVEL_DISTANCE) is not None
                and sentence.is_a(buyer + 1, "relative")
            )
        )
        for buyer in sentence.positions("customer")
    )


def _list_head(sentence: Sentence, position: int) -> int:
    """The first offer of the list the one at position ends: a negation before the list
    negates every offer in it."""
    head = position
    offered = sorted({*sentence.positions("incentive"), *sentence.positions("refund")})
    for other in reversed([p for p in offered if p < position]):
        if head - other > _LISTED_DISTANCE:
            break
        head = other
    return head


# A hyphen, the minus sign and the en dash: how "-15 %" is typed.
_MINUS_SIGNS = "-\u2212\u2013"


def _percents(sentence: Sentence) -> list[int]:
    """Discounts written as a percentage: a number before "%" with a minus sign before it
    ("-15 %") or an offer word, a refund or money back in the sentence ("10% off", "20 % de
    réduction", "10 % zurück"); not "100 % coton" or a tax rate."""
    text = sentence.text
    found = []
    for position, form in enumerate(sentence.forms):
        if not form.isdigit():
            continue
        span = sentence.between(position)
        if not text[span.end : span.end + 2].lstrip().startswith("%"):
            continue
        minus = text[max(span.start - 2, 0) : span.start].strip()
        # "10% off", "10 % vom Kaufpreis zurück", "on vous rembourse 10 %", "-15 %".
        offered = sentence.has("offer") or sentence.has("refund") or sentence.has("back")
        if offered or (minus and minus in _MINUS_SIGNS):
            found.append(position)
    return found


# The currency signs an amount of money is written with, before or after its number.
_CURRENCY_SIGNS = frozenset("$£€")


def _amounts_back(sentence: Sentence) -> list[int]:
    """Money back written as an amount: a number with a currency sign or word beside it, money
    back in the sentence ("get $3 back", "3 € zurück", "3 euro indietro"); as a percentage
    (_percents) it is a part of the price."""
    if not sentence.has("back"):
        return []
    text = sentence.text
    found = []
    for position, form in enumerate(sentence.forms):
        if not form[:1].isdigit():
            continue
        span = sentence.between(position)
        before = text[max(span.start - 2, 0) : span.start].strip()[-1:]
        after = text[span.end : span.end + 2].strip()[:1]
        if (
            before in _CURRENCY_SIGNS
            or after in _CURRENCY_SIGNS
            or near_after(sentence, position, "currency", 1) is not None
        ):
            found.append(position)
    return found


def _platform_refund(sentence: Sentence, refund: int) -> bool:
    """A refund the platform gives: the platform before it in its clause ("once the review is
    complete, Amazon will issue your refund") or just after it with no review between ("you
    will receive a refund from Amazon", "a refund will be issued by Amazon"); not "we refund
    you 5 € once your review is on Amazon"."""
    return any(
        sentence.joined(platform, refund)
        and (
            platform < refund
            or (
                platform - refund <= _PAYER_DISTANCE
                and not any(
                    sentence.is_a(between, "review_object")
                    for between in range(refund + 1, platform)
                )
            )
        )
        for platform in sentence.positions("platform")
    )


def _free_to(sentence: Sentence, position: int) -> bool:
    """ "Free" as in "feel free to": between a request word and "to"."""
    return (
        0 < position < len(sentence.forms) - 1
        and sentence.is_a(position - 1, "request")
        and sentence.is_a(position + 1, "auxiliary")
    )
