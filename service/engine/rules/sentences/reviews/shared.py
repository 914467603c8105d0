"""What more than one of the review readings uses: where buyers read reviews
(review_places); a product named, no review (product_name, product_line); a rating verb in its
everyday sense or the seller's staff's (judged, assessed, assessing); a verb the seller wishes
for or has seen, one written in the perfect, one that writes to the seller, one that makes the
review the buyer's gift (wished_verb, seen, perfect, written_to_us, gift_to_us); the change
words and a change of "it" asked further on (change_words, asked_further_on, of_it,
polite_it); a refund given as a thank-you (given_as_thanks); and the distances these share."""

from __future__ import annotations

from collections.abc import Sequence

from service.engine.rules.sentences.nearby import (
    CHANGE_DISTANCE,
    CONDITION_DISTANCE,
    LEVEL_DISTANCE,
    REQUEST_DISTANCE,
    near,
    near_after,
    near_before,
    nearest_before,
)
from service.engine.scan.words import Sentence

# Other buyers and the reading verb after them that makes where they read a review's place:
# "wo andere Käufer es lesen", "where other shoppers can read it".
_READERS_DISTANCE = 3
# How many words apart a review word and the word that makes it none may stand ("energy
# rating").
NOT_A_REVIEW_DISTANCE = 2
# "judge for yourself whether", "évaluez par vous-même si": the rating verb and "oneself".
_JUDGED_DISTANCE = 3
# "we would be grateful to you for a review", "für eine kurze Bewertung": gratitude and the
# "for" after it, "for" and the review after it.
FOR_DISTANCE = 3
# An experience asked for and the verb before it that asks for it: "se raccontasse su Amazon la
# sua esperienza".
ASKED_DISTANCE = 8
# A request and the change of "it" it asks for in the sentence after a review's.
PRONOUN_REQUEST_DISTANCE = 6


def review_places(sentence: Sentence) -> list[int]:
    """Where buyers read reviews: Amazon or a listing, not as the channel a message goes
    through ("via Amazon", "über das Amazon-Nachrichtencenter", "Amazon messages"); a product
    page ("product page", "fiche produit", "pagina del prodotto", "Produktseite")."""
    found = [
        position
        for position in sentence.positions("platform")
        if near(sentence, position, "channel", LEVEL_DISTANCE) is None
    ]
    found.extend(
        position
        for position in sentence.positions("page")
        if near(sentence, position, "product_line", LEVEL_DISTANCE) is not None
    )
    # Where other buyers read it: "dort, wo andere Käufer es lesen", "where other shoppers can
    # read it", "là où d'autres acheteurs le lisent", "dove altri clienti lo leggono".
    for reading in sentence.positions("heard"):
        readers = [
            position
            for category in ("customer", "others")
            if (position := near_before(sentence, reading, category, _READERS_DISTANCE)) is not None
        ]
        if readers:
            found.append(min(readers))  # the place begins with its readers
    return found


def product_name(sentence: Sentence, position: int) -> bool:
    """A star rating written in a product's name: "5-Star Chef Knife", "5-Sterne Kochmesser"
    (a capitalised star word followed by a capitalised word that is no review object)."""
    following = position + 1
    return (
        sentence.forms[position][:1].isupper()
        and following < len(sentence.forms)
        and sentence.forms[following][:1].isupper()
        and not sentence.is_a(following, "review_object")
    )


def product_line(sentence: Sentence) -> bool:
    """A line that names a product: it starts with a product word ("Artikel:", "Item:"), or
    with a quantity ("1 x", "2x", "3 Stück") as an invoice's lines do."""
    forms = sentence.forms
    if not forms:
        return False
    if sentence.is_a(0, "product_line") and len(forms[0]) > 1:
        return True  # not "x" alone: a quantity's sign after a number, "per" first ("x favore")
    counted = forms[0].rstrip("xX")
    return counted.isdigit() and (
        counted != forms[0] or (len(forms) > 1 and sentence.is_a(1, "product_line"))
    )


def judged(sentence: Sentence, verb: int) -> bool:
    """A rating verb in its everyday sense, the buyer asked to judge for themselves: "bewerten
    Sie selbst, ob sich das lohnt", "judge for yourself whether", "évaluez par vous-même si",
    "valore usted mismo si" ("oneself" a few words after the verb in its clause, only the buyer
    and "for" or "by" between, "whether" next; not "bewerten Sie uns selbst", the seller rated,
    nor "évaluez même si", "even if"). Decided so beside a discount in round 13's outside
    review: "judge" is no review asked for, whatever the sentence offers."""
    oneself = near_after(sentence, verb, "oneself", _JUDGED_DISTANCE)
    if oneself is None or oneself + 1 >= len(sentence.forms):
        return False
    between = range(verb + 1, oneself)
    return (
        bool(between)
        and sentence.joined(verb, oneself)
        and sentence.is_a(oneself + 1, "condition")
        and all(
            any(sentence.is_a(word, category) for category in ("you", "benefit", "agent"))
            for word in between
        )
    )


def assessed(sentence: Sentence, position: int) -> bool:
    """A review word used as the verb of the seller's staff: "Nuestro equipo las revisará y
    valorará el daño", "le technicien va les analyser et évaluer" (a rating verb, a
    technician or team before it in its clause, no buyer or request between)."""
    if not (sentence.is_a(position, "ask") or sentence.is_a(position, "rate")):
        return False
    agent = nearest_before(sentence, position, "staff", REQUEST_DISTANCE)
    return (
        agent is not None
        and sentence.joined(agent, position)
        and not any(
            sentence.is_a(between, category)
            for between in range(agent + 1, position)
            for category in ("you", "request", "condition")
        )
    )


def assessing(sentence: Sentence, verb: int) -> bool:
    """A rating verb whose object is what a seller inspects or weighs, not a review: "afin
    d'évaluer correctement les dégâts", "to evaluate the damage", "valutare un rimborso
    parziale", "evaluar los daños", "um den Schaden zu bewerten" (the inspected thing or a
    refund a few words after the verb, or before it where German puts the verb last, in its
    clause; not "évaluez l'article", nor a replacement rated: "bewerten Sie den
    Ersatzartikel")."""
    if not sentence.is_a(verb, "rate") or sentence.is_a(verb, "rating_noun"):
        return False  # the noun is objects._examined's: "une évaluation des dégâts"
    return any(
        abs(other - verb) <= LEVEL_DISTANCE + 1
        and sentence.joined(verb, other)
        and not sentence.is_a(other, "replacement")
        for category in ("inspected", "refund")
        for other in sentence.positions(category)
    )


def wished_verb(sentence: Sentence, verb: int) -> bool:
    """A verb the seller wishes for: a conditional or a wish a few words before it ("we'd love
    to hear", "on adorerait lire", "ci piacerebbe leggere"; not "we read every review")."""
    return any(
        near_before(sentence, verb, category, FOR_DISTANCE) is not None
        for category in ("conditional", "wish")
    )


def seen(sentence: Sentence) -> bool:
    """Whether the seller names a review seen ("we just read your review", "nous avons vu
    votre commentaire"), not one it wishes to see ("we would love to read your review on
    Amazon": a wish or the conditional just before the verb, wished_verb)."""
    return any(not wished_verb(sentence, verb) for verb in sentence.positions("seen"))


def perfect(sentence: Sentence, verb: int) -> bool:
    """A German verb whose participle is its infinitive, written in the perfect: its auxiliary
    right after it ("die Sie uns schon hinterlassen haben", "falls Sie bereits eine Bewertung
    hinterlassen haben"; not "hinterlassen, haben Sie Fragen")."""
    return (
        verb + 1 < len(sentence.forms)
        and sentence.is_a(verb + 1, "perfect_auxiliary")
        and sentence.next_to(verb)
    )


def written_to_us(sentence: Sentence, verb: int) -> bool:
    """Whether an asking verb writes to the seller: a contacting verb with "us" beside it
    ("ci scriva", "write to us", "schreiben Sie uns"), a please or a first between not counted
    ("schreiben Sie bitte erst uns", "scriva prima a noi")."""
    if not sentence.is_a(verb, "contact_us"):
        return False
    if near(sentence, verb, "to_us", 2) is not None:
        return True
    return any(
        verb < us <= verb + CHANGE_DISTANCE
        and sentence.joined(verb, us)
        and sum(
            not (sentence.is_a(between, "request") or sentence.is_a(between, "diversion"))
            for between in range(verb + 1, us)
        )
        <= 1
        for us in sentence.positions("to_us")
    )


def gift_to_us(sentence: Sentence, verb: int) -> bool:
    """A giving verb said of the buyer with "us" as whom it gives to: "¿nos regala una reseña?",
    "ci regalerebbe una recensione?", "vous nous offrez un avis ?" ("us" just before it),
    "schenken Sie uns eine Bewertung", "gift us a review" (just after it), "wenn Sie uns eine
    Bewertung schenken" (before it where German puts the verb last, in its clause). The review
    is what the buyer gives, a review asked for and no reward (lexicons.yaml: gift_verb lists
    no form of the seller's: "le regalamos un cupón", "nous offrons un bon")."""
    if not sentence.is_a(verb, "gift_verb"):
        return False
    if near_after(sentence, verb, "to_us", LEVEL_DISTANCE) is not None:
        return True
    # Where German puts the verb last, "us" stands further off in its clause: "wenn Sie uns
    # ein paar Minuten für eine Bewertung schenken".
    us = near_before(sentence, verb, "to_us", REQUEST_DISTANCE)
    return us is not None and sentence.joined(us, verb)


def change_words(sentence: Sentence) -> Sequence[int]:
    """The change words of a sentence, and English's phrasal changes: a look taken again ("have
    another look at what you wrote", "look again at your review"), a verb taken down ("take
    down the comment you left", "pull it down": "down" up to two words after it)."""
    changes = sentence.positions("change")
    phrasal = [
        *(
            look
            for look in sentence.positions("look")
            if near(sentence, look, "again", 1) is not None
        ),
        *(
            take
            for take in sentence.positions("take")
            if near_after(sentence, take, "down", LEVEL_DISTANCE) is not None
        ),
    ]
    return sorted({*changes, *phrasal}) if phrasal else changes


def asked_further_on(sentence: Sentence, review: int, change: int) -> bool:
    """A change asked further on in the review's sentence: of "it", a request just before
    ("votre commentaire négatif sur la lampe : puisque nous réglons le souci, pourriez-vous le
    retirer ?"), or of the buyer's own review, a request just before it ("möchten Sie Ihre
    Rezension nun, wo alles läuft, noch einmal überdenken?"; not "your review helps us")."""
    if change <= review:
        return False
    if of_it(sentence, change):
        return near_before(sentence, change, "request", PRONOUN_REQUEST_DISTANCE) is not None
    # A date between names the review and adds no distance ("Ihre Bewertung vom 12.03. im
    # Lichte der Ersatzlieferung zu überdenken").
    dated = sum(sentence.forms[between].isdigit() for between in range(review + 1, change))
    return (
        change - review - dated <= REQUEST_DISTANCE
        and near_before(sentence, review, "your", 1) is not None
        and near_before(sentence, review, "request", CONDITION_DISTANCE) is not None
    )


def of_it(sentence: Sentence, change: int) -> bool:
    """A change of "it": the pronoun in the verb ("borrarla"), just before it ("le retirer",
    "la borre", "lo rimuova") or, where it follows the verb, just after ("updating it"; not
    the article in "revisar la placa")."""
    return (
        sentence.is_a(change, "pronoun")
        or near_before(sentence, change, "pronoun", 1) is not None
        or near_after(sentence, change, "pronoun_after", 1) is not None
        or polite_it(sentence, change)
    )


def polite_it(sentence: Sentence, change: int) -> bool:
    """German's "it" after the polite "Sie", spelled the same: "entfernen Sie sie" (two
    "Sie" just after the verb, in its clause)."""
    return all(
        change + k < len(sentence.forms)
        and sentence.is_a(change + k, "you")
        and sentence.joined(change, change + k)
        for k in (1, 2)
    )


def given_as_thanks(sentence: Sentence) -> bool:
    """A refund or offer given beside a thank-you noun: "come ringraziamento per la sua
    recensione, le rimborsiamo 5 euro" (not "un sentito ringraziamento", nor "con un
    ringraziamento …, le confermiamo che il rimborso è stato effettuato": reported done)."""
    return (
        sentence.has("thank_noun")
        and sentence.has("giving")
        and (sentence.has("refund") or sentence.has("offer"))
    )
