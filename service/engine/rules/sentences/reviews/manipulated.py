"""A review manipulated (manipulation): asked for with a rating level, for an incentive, only
from satisfied buyers, diverted from unhappy ones, asked to be changed or removed, or under
pressure, in its own sentence or through the sentence beside it (_beside); and a rating verb
asked for an incentive with no review word (_rating_rewarded)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from service.engine.model import Span
from service.engine.rules.sentences.nearby import (
    CHANGE_DISTANCE,
    CONDITION_DISTANCE,
    LEVEL_DISTANCE,
    REQUEST_DISTANCE,
    Negated,
    asks_question,
    near,
    near_after,
    near_before,
    near_in_clause,
    nearest_before,
    negated_at,
)
from service.engine.rules.sentences.reviews.asks import rating_asked
from service.engine.rules.sentences.reviews.incentive import tied_incentive
from service.engine.rules.sentences.reviews.levels import (
    before_stars,
    deserved_count,
    honours,
    level_alone,
    lodged,
    neutral,
    perfect_score,
    score,
    stars_level,
    top_level,
)
from service.engine.rules.sentences.reviews.objects import review_objects
from service.engine.rules.sentences.reviews.shared import (
    PRONOUN_REQUEST_DISTANCE,
    asked_further_on,
    change_words,
    of_it,
    polite_it,
    review_places,
    written_to_us,
)
from service.engine.rules.sentences.reviews.thanks import given
from service.engine.scan.words import Sentence

# "anything less than a glowing review": "below" and the top level it lowers.
_BELOW_DISTANCE = 3
# "wenn Sie mit Ihrem neuen Bettlaken zufrieden waren": a condition on satisfaction reaches
# further, within its clause.
_SATISFIED_DISTANCE = 8
# "would be a really heavy blow": the linking verb and the blow.
_BLOW_DISTANCE = 4
# "won't be reflected in your rating", "nicht auf Ihre Bewertung auswirkt": the swaying word
# and the review it sways.
_SWAY_DISTANCE = 4
# "Kommen Sie bitte zuerst zu uns", "venga prima da noi": coming and the seller come to.
_COME_DISTANCE = 5
# "Kunden, die mit uns zufrieden sind": the buyers and their satisfaction in a clause on them.
_RELATIVE_DISTANCE = 5


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
        return _rating_rewarded(sentence, negated)
    first = objects[0]
    # A star rating is its own level ("5 étoiles"); it is the place to point at.
    for position in sorted(objects, key=lambda p: not sentence.is_a(p, "review_stars")):
        level = top_level(sentence, position)
        if level is None:
            # "Una nota de 10/10 en su opinión": a perfect score beside the review is its level,
            # and so is a top mark named by its honours in the review's sentence ("ci dia un bel
            # 10 e lode quando scrive la sua opinione"; not one told in a sentence of its own).
            level = perfect_score(sentence)
            if level is None:
                level = honours(sentence)
        if sentence.is_a(position, "inform"):
            level = None  # a verb telling other buyers: "sería de gran ayuda para otros"
        if sentence.is_a(position, "review_stars"):
            # Stars are a review only where the sentence speaks of one ("5 étoiles
            # lumineuses" in an invoice line does not).
            about = (
                sentence.has("ask")
                or sentence.has("condition")
                or sentence.has("platform")  # "Cinq étoiles sur Amazon nous feraient plaisir"
                or sentence.has("valued")  # "Five stars would make our week"
                or deserved_count(sentence, position) is not None
                or any(sentence.is_a(p, "review_object") for p in objects)
            )
            level = stars_level(sentence, position) if about else None
            if level is not None and lodged(sentence, position, level):
                level = None  # "alcuni hotel cinque stelle", "a 5-star hotel": a place's class
        if (
            level is not None
            and not neutral(sentence, level)
            and not score(sentence, level)  # "a 4.7 out of 5 star rating" is shown
            and not _below(sentence, level)  # "reviews under five stars": a low one
            and not given(sentence)
            and not negated_at(sentence, negated, level)
        ):
            return sentence.between(position, level)
        change = _change(sentence, position)
        if change is not None and not negated_at(sentence, negated, change):
            # "change your feedback to a positive one": a level as the change's aim is
            # manipulation on every reason.
            aim = near_after(sentence, position, "top_rating", CHANGE_DISTANCE)
            if not may_ask_for_change or (aim is not None and not neutral(sentence)):
                return sentence.between(position, change)
        pressed = _pressure(sentence, negated, position, change)
        if pressed is not None:
            return sentence.between(position, pressed)
    incentive = tied_incentive(sentence, negated, first)
    if incentive is not None:
        return sentence.between(first, incentive)
    if not may_ask_for_change and not neutral(sentence):
        # Not "si gusta, escriba una reseña contando su experiencia, buena o mala", nor "…
        # con otros compradores en Amazon, lo que usted opine".
        for position in sentence.positions("satisfied"):
            if _a_wish(sentence, position):
                continue  # "If you'd like, you can leave a review": the buyer's wish
            # Any condition in its clause: "bewerten Sie uns nur, wenn Sie zufrieden sind";
            # a degree of it between reaches further ("only ... who are 100% satisfied").
            reach = _SATISFIED_DISTANCE + sum(
                sentence.is_a(word, "degree")
                for word in range(max(position - _SATISFIED_DISTANCE - LEVEL_DISTANCE, 0), position)
            )
            if any(
                position - reach <= condition < position and sentence.joined(condition, position)
                for condition in sentence.positions("condition")
            ):
                return sentence.between(first, position)
            # The buyers asked named by it: "happy customers are asked to leave a review".
            if (
                sentence.has("ask")
                and _satisfied_buyers(sentence, position)
                and not _likened(sentence, position)
            ):
                return sentence.between(first, position)
    diverted = _diversion(sentence, negated)
    if diverted is not None:
        return sentence.between(first, diverted)
    return _beside(sentence, neighbours(), negated, may_ask_for_change)


def _rating_rewarded(sentence: Sentence, negated: Negated) -> Span | None:
    """A rating verb asked for an incentive, no review word in the sentence: "Rate us on Amazon
    and get 10% off" rewards the rating as "Review us on Amazon and get 10% off" does the review
    (a discount beside the verb in its everyday sense asks nothing: rating_asked, judged)."""
    rating = rating_asked(sentence, negated)
    if rating is None:
        return None
    incentive = tied_incentive(sentence, negated, rating[0])
    return None if incentive is None else sentence.between(rating[0], incentive)


def _satisfied_buyers(sentence: Sentence, satisfied: int) -> bool:
    """Buyers named as the satisfied ones: beside the word ("happy customers") or with a clause
    on them opened right after them ("customers who are happy with us", "Kunden, die mit uns
    zufrieden sind", "les clients qui sont satisfaits"; not "customers like you")."""
    return near(sentence, satisfied, "customer", 1) is not None or any(
        satisfied - _RELATIVE_DISTANCE <= buyer < satisfied and sentence.is_a(buyer + 1, "relative")
        for buyer in sentence.positions("customer")
    )


def _likened(sentence: Sentence, position: int) -> bool:
    """ "Like" that likens ("buyers like you"): "you" right after it."""
    return position + 1 < len(sentence.forms) and sentence.is_a(position + 1, "you")


def _change(sentence: Sentence, review: int) -> int | None:
    """A change near the review or the place it stands ("deinen Kommentar auf der
    Produktseite ja noch anpassen"), or of "it" further on ("going back to your review on the
    product page and updating it"); not the noun "exchange" ("in cambio di recensioni", "a
    cambio de una reseña"): that ties an incentive to it."""
    reach = [review]
    reach.extend(
        place for place in review_places(sentence) if review < place <= review + CHANGE_DISTANCE
    )
    for other in change_words(sentence):
        near = (
            any(abs(other - named) <= CHANGE_DISTANCE for named in reach)
            or (0 < other - review <= REQUEST_DISTANCE and of_it(sentence, other))
            or asked_further_on(sentence, review, other)
        )
        if near and not sentence.is_a(other, "exchange") and not _seller_did(sentence, other):
            return other
    return None


def _seller_did(sentence: Sentence, change: int) -> bool:
    """The seller changes something ("Nous avons lu votre avis et corrigé la notice"): a "we"
    before the change in its clause, and no request, condition or buyer between ("we'd be
    grateful if you could delete it", "we hope you will update it")."""
    for seller in sentence.positions("we"):
        if (
            seller < change
            and change - seller <= REQUEST_DISTANCE
            and sentence.joined(seller, change)
        ):
            return not any(
                sentence.is_a(between, category)
                for between in range(seller + 1, change)
                for category in ("request", "condition", "you", "ask")
            )
    return False


def _pressure(
    sentence: Sentence, negated: Negated, position: int, change: int | None
) -> int | None:
    """A low review said to harm the seller: "a bad review hurts us more than you think",
    "su valoración negativa nos está hundiendo las ventas", "anything less than five stars
    hurts us" (a top level with "below" before it), "every review counts, a bad one could
    hurt" (_low_again); or a change of the review asked with the
    seller's business at stake in its sentence: "Merci de modifier votre avis, sinon notre
    boutique risque de disparaître" (`change`: the review's change asked, if any); or a mishap
    the seller hopes will not sway the review (_swayed)."""
    if change is not None:
        stake = _at_stake(sentence, negated)
        if stake is not None:
            return stake
    swayed = _swayed(sentence, position)
    if swayed is not None:
        return swayed
    top = top_level(sentence, position)
    below = top is not None and _below(sentence, top)
    # A number of stars short of the top is a low one when it is said to harm "us" ("un avis à
    # une étoile met en danger notre boutique", "nos hunde las ventas"; not "your two-star
    # review mentioned the damaged box").
    seller = sentence.has("we") or sentence.has("our") or sentence.has("to_us")
    counted = seller and any(
        abs(count - position) <= LEVEL_DISTANCE and before_stars(sentence, count)
        for count in sentence.positions("star_count")
    )
    if (
        near(sentence, position, "low_rating", LEVEL_DISTANCE) is None
        and not below
        and not counted
        and not _low_again(sentence, position)
    ):
        return None
    pressing = [*sentence.positions("pressure"), *_blows(sentence), *_lowered(sentence)]
    return next((p for p in sorted(pressing) if not negated_at(sentence, negated, p)), None)


def _lowered(sentence: Sentence) -> list[int]:
    """The seller's average said to be lowered, the harm a low review is said to do: "Ihre
    negative Bewertung hat unseren Schnitt nach unten gezogen", "your bad review dragged our
    average down", "a fait baisser notre moyenne", "ha abbassato la nostra media" (a lowering
    word a few words from an average in its clause; not "the price dropped")."""
    return [
        low
        for low in sentence.positions("lowered")
        if near_in_clause(sentence, low, "average", CHANGE_DISTANCE) is not None
    ]


def _swayed(sentence: Sentence, review: int) -> int | None:
    """A mishap the seller hopes will not sway the buyer's review: "we hope this delay won't be
    reflected in your rating", "Wir hoffen, dass sich die Verzögerung nicht auf Ihre Bewertung
    auswirkt", "speriamo che il ritardo non influisca sulla sua valutazione" (a hope before the
    review, "your" just before it, a swaying word a few words from it; the hope's negation is
    the pressure, so none cancels it)."""
    if (
        near_before(sentence, review, "your", LEVEL_DISTANCE) is None
        or nearest_before(sentence, review, "hope", len(sentence.forms)) is None
    ):
        return None
    return near(sentence, review, "sway", _SWAY_DISTANCE)


# What follows a low level that stands for the review named before it: "one", a modal verb or
# the seller it harms ("a bad one could hurt", "una negativa può", "un mauvais peut").
_AFTER_LOW_AGAIN = ("star_count", "request", "credit_verb", "auxiliary", "pressure", "to_us")


def _low_again(sentence: Sentence, review: int) -> bool:
    """A low review named again without its noun after the review: "every review matters to
    us - a bad one could really hurt", "jede Bewertung zählt, eine schlechte würde uns
    schaden", "cada reseña cuenta, una mala puede hundirnos" (an article just before the low
    word, "one" or a verb just after it; not "a bad delivery")."""
    return any(
        low > review + 1
        and sentence.is_a(low - 1, "indefinite")
        and low + 1 < len(sentence.forms)
        and any(sentence.is_a(low + 1, category) for category in _AFTER_LOW_AGAIN)
        for low in sentence.positions("low_rating")
    )


def _blows(sentence: Sentence) -> list[int]:
    """A blow the review is said to be: a linking verb a few words before it, an article or an
    intensity word just before it ("would be a blow", "wäre ein harter Schlag", "sería un
    golpe", "nos supondría un golpe importante"; not "du coup", "auf einen Schlag", "a colpo
    d'occhio", "a heavy blow to the box")."""
    return [
        blow
        for blow in sentence.positions("blow")
        if blow > 0
        and (sentence.is_a(blow - 1, "indefinite") or sentence.is_a(blow - 1, "severe"))
        and near_before(sentence, blow, "linking", _BLOW_DISTANCE) is not None
    ]


def _below(sentence: Sentence, top: int) -> bool:
    """A top level lowered: "less than five stars", "unter fünf Sternen"."""
    return near_before(sentence, top, "below", _BELOW_DISTANCE) is not None


def _beside(
    sentence: Sentence, neighbours: Sequence[Sentence], negated: Negated, may_ask_for_change: bool
) -> Span | None:
    """What the sentence next to a review's does to it: an incentive for a review asked for or
    written ("Hast du schon eine Bewertung geschrieben? Dann bist du bei der Verlosung
    dabei."), or a change of "it" asked for ("Se lo rimuove, Le regaliamo …", "Le rogamos
    que la borre"; not "could you update the address")."""
    first = review_objects(sentence)[0]
    # Asked for, written, or asked to be changed ("potrebbe ritirare il feedback? Per
    # ringraziarla le spediamo un omaggio": on every reason).
    asked = [
        position
        for position in (
            *sentence.positions("ask"),
            *sentence.positions("posted"),
            *sentence.positions("change"),
        )
        if _addressed(sentence, position)
    ]
    for other in neighbours:
        if (
            asked
            and not neutral(sentence)
            and not given(sentence)
            and not negated_at(sentence, negated, asked[0])
            and level_alone(other)
        ):
            # "★★★★★ — eso es lo que intentamos ganarnos. Déjanos tu reseña": the level asked.
            return sentence.between(first, asked[0])
        if _pressed_beside(sentence, other, negated):
            return sentence.between(first)
        if review_objects(other):
            continue
        after = other.span.start > sentence.span.start
        if (
            not after
            and not may_ask_for_change
            and not neutral(sentence)
            and not given(sentence)
            and _satisfaction_asked(other, negated)
        ):
            # "Sind Sie zufrieden? Dann freuen wir uns über Ihre Bewertung", "Enjoying it? A
            # review would make our day": asked of the satisfied only.
            return sentence.between(first, *asked[:1])
        # "Wenn alles passt, freuen wir uns über eine Rezension; falls nicht, schreiben Sie
        # uns bitte zuerst": the review on a condition, the other case sent to the seller. Any
        # diversion not negated, not only the first: "Se invece qualcosa non va, scriva prima
        # a noi" (the condition's "instead" read as negated by its "non").
        if (
            after
            and sentence.has("condition")
            and not neutral(sentence)
            and _contacted(other)
            and any(
                not negated_at(other, negated, diverted)
                for diverted in other.positions("diversion")
            )
        ):
            return sentence.between(first, sentence.positions("condition")[0])
        # Not a reward for joining a list ("Abonnez-vous à notre lettre d'information pour
        # recevoir des réductions"), nor a sale on the whole range ("BLACK FRIDAY : toute la
        # gamme à -30 %"): those are marketing's, and for something else or for everyone.
        elsewhere = other.has("newsletter") or (other.has("whole") and other.has("range"))
        offered = None if elsewhere else tied_incentive(other, negated, strong_only=True)
        if offered is None and (
            (sentence.has("in_return") and other.span.end <= sentence.span.start)
            or _change_on_condition(sentence)
            or (after and _once_done(other))
        ):
            # "Wir haben Ihnen den Kaufpreis erstattet. Im Gegenzug bitten wir Sie, Ihr
            # Feedback zu entfernen", "Un remboursement partiel vous conviendrait-il ? Il vous
            # serait accordé dès que ce commentaire aura été supprimé": the refund beside is
            # the price of the change.
            offered = next(
                (p for p in other.positions("refund") if not negated_at(other, negated, p)), None
            )
        if offered is not None and asked:
            return sentence.between(first, asked[0])
        for change in other.positions("change"):
            # "would you be willing to revise it": the request a few words before.
            request = near_before(other, change, "request", PRONOUN_REQUEST_DISTANCE)
            if request is None:
                request = near_before(other, change, "condition", CONDITION_DISTANCE)
            seller = near_before(other, change, "we", CONDITION_DISTANCE)
            if (
                request is not None
                and (seller is None or not other.joined(seller, change))
                and other.joined(request, change)
                and (
                    other.is_a(change, "pronoun")
                    or near_before(other, change, "pronoun", LEVEL_DISTANCE) is not None
                    # "it" after the verb, not the article ("solo cambia la posición", "algún
                    # cambio en la razón social")
                    or near_after(other, change, "pronoun_after", LEVEL_DISTANCE) is not None
                    or polite_it(other, change)
                )
                and not negated_at(other, negated, change)
                # On the reason for asking it, only for a reward or with the seller's business
                # said to be at stake ("ce commentaire nous fait perdre des ventes … Merci de le
                # supprimer").
                and (
                    not may_ask_for_change
                    or offered is not None
                    or _at_stake(sentence, negated) is not None
                )
            ):
                return other.between(request, change)
    return None


def _pressed_beside(sentence: Sentence, other: Sentence, negated: Negated) -> bool:
    """A low review named or a change asked, and the seller's business said to be at stake in
    the sentence beside: "Please remove your negative feedback. It is putting our account at
    risk and we could lose our livelihood" (not "we are sorry about the damaged box", nor the
    seller losing the buyer: "we would hate to lose you as a customer")."""
    named = any(
        near(sentence, review, "low_rating", LEVEL_DISTANCE) is not None
        or _change(sentence, review) is not None
        for review in review_objects(sentence)
    )
    return named and _at_stake(other, negated) is not None


def _at_stake(sentence: Sentence, negated: Negated) -> int | None:
    """The seller's business said to be at stake: a word of ruin, not negated, in a sentence of
    "we" or "our" ("we could lose our livelihood", "notre boutique risque de disparaître"; not
    the seller losing the buyer: "we would hate to lose you as a customer")."""
    if not (sentence.has("we") or sentence.has("our")):
        return None
    return next(
        (
            ruin
            for ruin in sentence.positions("ruin")
            if not negated_at(sentence, negated, ruin)
            and near_after(sentence, ruin, "you", 1) is None
        ),
        None,
    )


def _once_done(sentence: Sentence) -> bool:
    """A condition that points back to what the sentence before asked: "once that's done",
    "dès que ce sera fait", "sobald das erledigt ist", "appena fatto", "una vez hecho" (a
    condition at most four words before a word of having done, with a word pointing back
    between or nothing after it in its clause; not "appena effettuato il reso")."""
    for finished in sentence.positions("finished"):
        condition = near_before(sentence, finished, "condition", CONDITION_DISTANCE)
        if condition is None:
            continue
        pointed = any(
            sentence.is_a(between, "back_pointer") for between in range(condition + 1, finished)
        )
        last = finished + 1 == len(sentence.forms) or not sentence.joined(finished, finished + 1)
        if pointed or last:
            return True
    return False


def _satisfaction_asked(sentence: Sentence, negated: Negated) -> bool:
    """A yes-or-no question of satisfaction ("Sind Sie zufrieden?", "Loving it?", "Vous en
    êtes content ?"): the ask after it is for the satisfied. Not an open question ("How do
    you like it?", "Wie gefällt Ihnen …?") nor a wish asked ("Would you like a refund?",
    "¿Le gustaría …?"), nor the unhappy case ("Not happy?")."""
    return (
        asks_question(sentence)
        and not sentence.has("open_question")
        and any(
            not _a_wish(sentence, position) and not negated_at(sentence, negated, position)
            for position in sentence.positions("satisfied")
        )
    )


def _a_wish(sentence: Sentence, position: int) -> bool:
    """A satisfied word that is a wish: the wish itself ("¿Le gustaría …?"), "like" after
    its helper ("Would you like a refund?", "if you'd like, you can leave a review") or last
    in its clause ("If you like, you can also leave a review")."""
    return (
        sentence.is_a(position, "wish")
        or near_before(sentence, position, "wish", LEVEL_DISTANCE) is not None
        or (
            sentence.is_a(position, "bare_wish")
            and (position + 1 == len(sentence.forms) or not sentence.joined(position, position + 1))
        )
    )


def _change_on_condition(sentence: Sentence) -> bool:
    """A review's change set as a condition ("dès que ce commentaire aura été supprimé",
    "once the review is updated", "sobald die Bewertung gelöscht ist"): a condition just
    before the review in its clause, a change near it, no satisfaction asked about (Amazon's
    "if you are satisfied …, it is possible to update or remove the feedback")."""
    if sentence.has("satisfied"):
        return False
    return any(
        (condition := near_before(sentence, review, "condition", CONDITION_DISTANCE)) is not None
        and sentence.joined(condition, review)
        and _change(sentence, review) is not None
        for review in review_objects(sentence)
    )


def _addressed(sentence: Sentence, verb: int) -> bool:
    """Whether a verb that also names the review ("bewertet", "review") is asked of the buyer:
    first in its clause ("Bewerte das Spiel"), or with "you" or a request beside it; not
    "Unsere Werkstatt bewertet dann, ob …"."""
    if not sentence.is_a(verb, "review_object") or sentence.opens_clause(verb):
        return True
    return any(
        near(sentence, verb, category, LEVEL_DISTANCE) is not None
        for category in ("you", "request")
    )


def _diversion(sentence: Sentence, negated: Negated) -> int | None:
    """Unhappy buyers sent elsewhere: "contact us before leaving a review", "please don't
    leave negative feedback"."""
    if neutral(sentence):
        return None
    contacted = _contacted(sentence)
    for position in sentence.positions("diversion"):
        if contacted or sentence.has("low_rating"):
            return position
    for position in sentence.positions("low_rating"):
        if negated_at(sentence, negated, position) or contacted:
            return position
    return None


def _contacted(sentence: Sentence) -> bool:
    """Whether the sentence sends the buyer to the seller: a contacting word; one that also
    asks for the review only when it goes to "us" ("schreiben Sie uns zuerst"; not "schreib
    gern eine Rezension"), and so does coming ("come to us rather than leaving a review",
    "venga da noi"; not "before the courier comes")."""
    return any(
        not sentence.is_a(position, "ask") or written_to_us(sentence, position)
        for position in sentence.positions("contact_us")
    ) or any(
        near_after(sentence, position, "to_us", _COME_DISTANCE) is not None
        for position in sentence.positions("come")
    )
