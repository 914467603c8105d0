"""The review readings: the words that name a review (review_objects), a review asked for
(review_ask), manipulated (manipulation: asked with a rating level, for an incentive, only
from satisfied buyers, to be changed, under pressure), already given (given), or an opinion
on another matter (on_another_matter)."""

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
    wished,
)
from service.engine.scan.words import Sentence

# An aim a perfect score is named as, a few words from it: "10/10 - das ist unser Ziel".
_AIM_DISTANCE = 4
# An average a few words before the level shown: "una media di 4,7 stelle".
_AVERAGE_DISTANCE = 4
# A German helping verb at its clause's end, its helper and "unserer" a few words before it:
# "eine Bewertung würde unserer kleinen Werkstatt sehr helfen".
_VERB_FINAL_DISTANCE = 6
# How many words apart a thanks and the review it thanks for may stand ("thank you so much for
# your feedback"), and a review word and the word that makes it none ("energy rating").
_THANKS_DISTANCE = 10
_NOT_A_REVIEW_DISTANCE = 2
# "positive or negative", "positive as well as negative": a high and a low level this close
# name both ways.
_EITHER_WAY_DISTANCE = 4
# "anything less than a glowing review": "below" and the top level it lowers.
_BELOW_DISTANCE = 3
# "everyone who reviews", "jeder, der bewertet", "everyone who posts a review", "a chi
# pubblica una recensione": whoever reviews is rewarded.
_WHOEVER_DISTANCE = 5
# "in return for your review", "review us on Amazon and get a code": the exchange and its
# review.
_EXCHANGE_DISTANCE = 5
# A refund and the platform named after it as who gives it: "a refund will be issued by Amazon".
_PAYER_DISTANCE = 5
# An incentive and the exchange word just before a review asked without the word: "Als
# Dankeschön für ein paar Sätze".
_THANKS_FOR_DISTANCE = 3
# A rating verb and what it rates: "bewerten Sie gern den Verkäufer".
_RATED_DISTANCE = 4
# An experience asked for and where to share it: "Teilen Sie Ihre Erfahrungen gern auf Amazon",
# "condivida la sua esperienza con il prodotto su Amazon"; the verb after it that asks for it
# ("ein paar Sätze zum Rucksack auf Amazon schreiben"); other buyers and the verb that tells
# them ("anderen Käufern mitteilen").
_SHARED_DISTANCE = 6
# ... and the verb before it that asks for it: "se raccontasse su Amazon la sua esperienza".
_ASKED_DISTANCE = 8
# Other buyers and the reading verb after them that makes where they read a review's place:
# "wo andere Käufer es lesen", "where other shoppers can read it".
_READERS_DISTANCE = 3
# A request and the change of "it" it asks for in the sentence after a review's.
_PRONOUN_REQUEST_DISTANCE = 6
# "wenn Sie mit Ihrem neuen Bettlaken zufrieden waren": a condition on satisfaction reaches
# further, within its clause.
_SATISFIED_DISTANCE = 8
# "la recensione a cinque stelle che ci ha lasciato": the review and the word of having
# written it.
_GIVEN_DISTANCE = 6
# "would be a really heavy blow": the linking verb and the blow.
_BLOW_DISTANCE = 4
# "won't be reflected in your rating", "nicht auf Ihre Bewertung auswirkt": the swaying word
# and the review it sways.
_SWAY_DISTANCE = 4
# "we would be grateful to you for a review", "für eine kurze Bewertung": gratitude and the
# "for" after it, "for" and the review after it.
_FOR_DISTANCE = 3
# "Kommen Sie bitte zuerst zu uns", "venga prima da noi": coming and the seller come to.
_COME_DISTANCE = 5
# "Kunden, die mit uns zufrieden sind": the buyers and their satisfaction in a clause on them.
_RELATIVE_DISTANCE = 5
# "we will review", "our team will review": the seller or its staff a few words before the
# review word its helping verb makes the seller's act.
_ACT_DISTANCE = 3
# "judge for yourself whether", "évaluez par vous-même si": the rating verb and "oneself".
_JUDGED_DISTANCE = 3


def _product_name(sentence: Sentence, position: int) -> bool:
    """A star rating written in a product's name: "5-Star Chef Knife", "5-Sterne Kochmesser"
    (a capitalised star word followed by a capitalised word that is no review object)."""
    following = position + 1
    return (
        sentence.forms[position][:1].isupper()
        and following < len(sentence.forms)
        and sentence.forms[following][:1].isupper()
        and not sentence.is_a(following, "review_object")
    )


def _product_line(sentence: Sentence) -> bool:
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


def review_objects(sentence: Sentence) -> list[int]:
    """The words that name a review: a review word (not in "thank you for your feedback",
    not the verb in "we will review", not an "energy rating", not what the seller's staff
    assess), or a star word after a top rating ("5 stars", "fünf Sterne"), and beside one a
    top grade ("la nota máxima"); none in a line that names a product."""
    if _product_line(sentence):
        return []  # "Artikel: 5-Sterne Kochmesser-Set", "1 x Review Edition lantern"
    found = []
    # Reviews without the word: shared or written where buyers read them, told to others, a
    # top grade asked for or where buyers read it, a post there, what the buyer published
    # asked to be changed.
    unnamed = {
        *_shared_experience(sentence),
        *_written_there(sentence),
        *(verb for verb, _ in _others_told(sentence)),
        *_top_grades(sentence),
        *_posted_there(sentence),
        *_writing_changed(sentence),
    }
    candidates = sorted(
        {*sentence.positions("review_object"), *sentence.positions("review_stars"), *unnamed}
    )
    for position in candidates:
        if _in_address(sentence, position):
            continue  # "www.maisonlinen-studio.com": a domain, not the clipped "un com"
        if _not_a_review(sentence, position):
            continue  # "energy rating"; not "Au passage, votre évaluation"
        if _changed_mind(sentence, position):
            continue  # "si vous changez d'avis sur la couleur", "se cambia opinione"
        if _on_another_matter(sentence, position):
            continue  # "Ihre Meinung zum Entwurf", "a review of the photos by our technician"
        if _judged(sentence, position):
            continue  # "bewerten Sie selbst, ob sich das lohnt": decide, not review
        if position in unnamed:
            if not _thanked(sentence, position):  # "thank you for sharing your thoughts"
                found.append(position)
        elif sentence.is_a(position, "review_object"):
            verb = near_before(sentence, position, "auxiliary", 1)
            if (
                not _thanked(sentence, position)
                and verb is None
                and not _assessed(sentence, position)
                and not _assessing(sentence, position)
            ):
                found.append(position)
        elif not _product_name(sentence, position) and not _thanked(sentence, position):
            # "gracias por la valoración de cinco estrellas": stars given, thanked for.
            rated = _stars_level(sentence, position)
            if (
                not _score(sentence, rated)
                if rated is not None
                else _changed_count(sentence, position)
            ):
                found.append(position)
    if found:
        # "una reseña y, si lo considera justo, la nota máxima": a top grade beside a review
        # is the level it asks for.
        found.extend(
            grade
            for grade in sentence.positions("grade")
            if near(sentence, grade, "top_rating", 1) is not None
        )
    return found


def _not_a_review(sentence: Sentence, position: int) -> bool:
    """A review word a word beside makes none, in its clause ("energy rating", "mot de
    passe")."""
    other = near(sentence, position, "not_a_review", _NOT_A_REVIEW_DISTANCE)
    return other is not None and sentence.joined(other, position)


def _in_address(sentence: Sentence, position: int) -> bool:
    """A word written right after a dot, a part of a web or mail address ("shop.com")."""
    start = sentence.between(position).start
    return sentence.text[start - 1 : start] == "."


def _judged(sentence: Sentence, verb: int) -> bool:
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


def _changed_mind(sentence: Sentence, position: int) -> bool:
    """A mind changed, no review: a review word with no determiner just after a change word,
    at most the preposition of the idiom between ("changer d'avis", "cambiar de opinión",
    "cambiare opinione"; not "changer votre avis", nor what the buyer wrote: "rivedere quanto
    aveva pubblicato")."""
    if not sentence.is_a(position, "review_object"):
        return False
    before = position - 1
    if before > 0 and sentence.is_a(before, "of_mind"):
        before -= 1
    return before >= 0 and sentence.is_a(before, "change") and sentence.joined(before, position)


def _on_a_proof(sentence: Sentence, position: int) -> bool:
    """An opinion on what the seller makes for the buyer to approve: "give us your feedback on
    the proof", "votre avis sur la maquette" (a proof just after it in its clause, and the
    sentence names no place where reviews are read)."""
    proof = near_after(sentence, position, "proof", CHANGE_DISTANCE)
    return proof is not None and sentence.joined(position, proof) and not _places(sentence)


def _examined(sentence: Sentence, position: int) -> bool:
    """A review word for an inspection: of what a seller inspects, or of something by its staff,
    just after it ("a review of the photos", "une évaluation des dégâts", "una valoración de
    los daños", "a review of your claim by our technician"; not "a review of the kettle"), or
    by the staff or another examiner a few words on ("a review by our quality team", "una
    valutazione da parte del nostro tecnico", "a review of the shipment by the carrier", "eine
    Bewertung durch den Hersteller"; not "una recensione da 5 stelle"); never the buyer's, one
    to write or change, or one where buyers read reviews."""
    after = position + 1
    if (
        after >= len(sentence.forms)
        or not sentence.joined(position, after)
        or _places(sentence)
        or any(
            near_before(sentence, position, category, _FOR_DISTANCE + 1) is not None
            for category in ("written", "your", "change")
        )
    ):
        # "How about a review of the lamp on Amazon?", "leave a review of the kettle", "your
        # review of the delivery", "löschen Sie die Bewertung der Lieferung"
        return False
    # Who examines may follow what is examined: "a review of the shipment by the carrier".
    by = near_after(sentence, position, "examined_by", _FOR_DISTANCE + 2)
    if by is not None and sentence.joined(position, by):
        return any(
            near_after(sentence, by, category, _FOR_DISTANCE + 1) is not None
            for category in ("staff", "examiner")
        )
    return sentence.is_a(after, "examined_of") and any(
        near_after(sentence, after, category, _FOR_DISTANCE) is not None
        for category in ("inspected", "staff")
    )


def _on_another_matter(sentence: Sentence, position: int) -> bool:
    """A review word for an opinion on a proof or for an inspection: no buyer's review."""
    return _on_a_proof(sentence, position) or _examined(sentence, position)


def on_another_matter(sentence: Sentence) -> bool:
    """Whether every review word of the sentence is an opinion on a proof or an inspection
    (_on_a_proof, _examined), the seller's own act (_seller_act), or no review for a word
    beside it, as the readings take it (_not_a_review: "il a dû laisser un avis de passage",
    a carrier's notice, not "laisser un avis")."""
    named = sentence.positions("review_object")
    return bool(named) and all(
        _on_another_matter(sentence, position)
        or _seller_act(sentence, position)
        or _not_a_review(sentence, position)
        for position in named
    )


def _seller_act(sentence: Sentence, position: int) -> bool:
    """A review word as the verb of what the seller does: a helping verb just before it, the
    seller or its staff before that in its clause, no buyer, request or condition between ("we
    will review the photos and refund you", "our team will review their condition"; not "you
    can review it and get a refund", "if we could ask you to review it")."""
    if near_before(sentence, position, "auxiliary", 1) is None:
        return False
    agents = [
        agent
        for category in ("we", "staff")
        if (agent := nearest_before(sentence, position, category, _ACT_DISTANCE)) is not None
    ]
    return any(
        sentence.joined(agent, position)
        and not any(
            sentence.is_a(between, category)
            for between in range(agent + 1, position)
            for category in ("you", "request", "condition")
        )
        for agent in agents
    )


def _assessed(sentence: Sentence, position: int) -> bool:
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


def _assessing(sentence: Sentence, verb: int) -> bool:
    """A rating verb whose object is what a seller inspects or weighs, not a review: "afin
    d'évaluer correctement les dégâts", "to evaluate the damage", "valutare un rimborso
    parziale", "evaluar los daños", "um den Schaden zu bewerten" (the inspected thing or a
    refund a few words after the verb, or before it where German puts the verb last, in its
    clause; not "évaluez l'article", nor a replacement rated: "bewerten Sie den
    Ersatzartikel")."""
    if not sentence.is_a(verb, "rate") or sentence.is_a(verb, "rating_noun"):
        return False  # the noun is _examined's: "une évaluation des dégâts"
    return any(
        abs(other - verb) <= LEVEL_DISTANCE + 1
        and sentence.joined(verb, other)
        and not sentence.is_a(other, "replacement")
        for category in ("inspected", "refund")
        for other in sentence.positions(category)
    )


def _changed_count(sentence: Sentence, stars: int) -> bool:
    """A number of stars to change: "change the 2 stars to 5", "von 3 auf 5 Sterne" (a
    number just before the stars, a change word in the sentence); a number written as a word,
    with the change in its clause ("revisit the two stars you left"; not "le tre stelle sulla
    confezione indicano la piccantezza, la modifica è nel manuale")."""
    if stars == 0:
        return False
    changes = [p for p in sentence.positions("change") if not sentence.is_a(p, "exchange")]
    if sentence.forms[stars - 1].isdigit():
        return bool(changes)
    return sentence.is_a(stars - 1, "star_count") and any(
        sentence.joined(stars, change) for change in changes
    )


def _shared_experience(sentence: Sentence) -> list[int]:
    """An experience, an opinion or a few words to share where buyers read reviews is a
    review: "compartir su experiencia en Amazon", "leave a few words about the teapot on
    Amazon", "ci dica cosa ne pensa sulla pagina del prodotto", "ein paar Sätze zum Rucksack
    auf Amazon schreiben", "cuéntelo en Amazon" (an asking or telling verb before it, after it,
    or itself; the place on either side)."""
    places = _places(sentence)
    if not places:
        return []
    shared = [
        position
        for position in sentence.positions("experience")
        if _asked_for(sentence, position)
        and any(abs(place - position) <= _SHARED_DISTANCE for place in places)
        and not _found_there(sentence, position)
        and not _not_a_review(sentence, position)  # "le mot de passe Amazon"
    ]
    # Told or written there, the verb alone names the review: "erzählen Sie es anderen
    # Gartenfreunden auf der Produktseite", "que lo dijera en Amazon", "lo scriva sulla pagina
    # del prodotto", "schreiben Sie das dort, wo andere Käufer es lesen". A writing verb only
    # on a page or where buyers read: "leave it at the Amazon locker", "(Poste Italiane) …
    # del suo account Amazon" are no reviews.
    pages = [place for place in places if not sentence.is_a(place, "platform_name")]
    shared.extend(
        verb
        for verb in sorted({*sentence.positions("inform"), *sentence.positions("written")})
        if any(
            verb - _SHARED_DISTANCE <= place <= verb + _ASKED_DISTANCE
            for place in (places if sentence.is_a(verb, "inform") else pages)
        )
        and _told_by_the_buyer(sentence, verb)
    )
    return shared


def _told_by_the_buyer(sentence: Sentence, verb: int) -> bool:
    """Whether a telling or writing verb is the buyer's to do: not written ("what you wrote"),
    not the seller's ("we describe it on the listing", "le scriveremo"), not helping ("the
    product page will help you choose", "ci aiuterà"), not of something else ("le mot de
    passe"), not to the seller ("schreiben Sie uns über Amazon")."""
    return (
        not sentence.is_a(verb, "posted")
        and not sentence.is_a(verb, "we")
        and not sentence.is_a(verb, "help")
        and not sentence.is_a(verb, "author")  # "den Namen, den der Verfasser angibt"
        # What else is told: "Partagez le mot de passe Amazon uniquement avec Amazon" (not the
        # page itself: "racontez-le sur la fiche produit").
        and not any(
            verb < other <= verb + CHANGE_DISTANCE and not sentence.is_a(other, "page")
            for other in sentence.positions("not_a_review")
        )
        and not _written_to_us(sentence, verb)
        and near_before(sentence, verb, "to_us", 1) is None
        and near_before(sentence, verb, "we", LEVEL_DISTANCE) is None
    )


def _found_there(sentence: Sentence, position: int) -> bool:
    """A finding verb that finds products, no experience: "trova anche i profumi nuovi", what
    it finds after it; not with a question word before it ("come si trova con la sedia") nor
    last in its clause ("ce que vous en trouvez")."""
    return (
        sentence.is_a(position, "find")
        and near_before(sentence, position, "open_question", LEVEL_DISTANCE) is None
        and position + 1 < len(sentence.forms)
        and sentence.joined(position, position + 1)
    )


def _asked_for(sentence: Sentence, position: int) -> bool:
    """Whether an asking or telling verb asks for the word: the word itself ("cuéntelo"), one
    before it or one after it, not a verb that names it written ("the thoughts you shared");
    or an incentive is offered for it ("Als Dankeschön für ein paar Sätze zum Mixer auf
    Amazon legen wir einen zweiten Ring bei")."""
    if (
        sentence.has("incentive")
        and near_before(sentence, position, "exchange", _THANKS_FOR_DISTANCE) is not None
    ):
        return True
    if any(
        position - _ASKED_DISTANCE <= verb < position and _wished_verb(sentence, verb)
        for verb in sentence.positions("heard")
    ):
        return True  # "we'd love to hear what you think on the product page"
    for category in ("ask", "inform"):
        if sentence.is_a(position, category):
            return True
        for verb in sentence.positions(category):
            if (
                position - _ASKED_DISTANCE <= verb <= position + _SHARED_DISTANCE
                and verb != position
                and not sentence.is_a(verb, "posted")
            ):
                return True
    return False


def _wished_verb(sentence: Sentence, verb: int) -> bool:
    """A verb the seller wishes for: a conditional or a wish a few words before it ("we'd love
    to hear", "on adorerait lire", "ci piacerebbe leggere"; not "we read every review")."""
    return any(
        near_before(sentence, verb, category, _FOR_DISTANCE) is not None
        for category in ("conditional", "wish")
    )


def _places(sentence: Sentence) -> list[int]:
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


def _written_there(sentence: Sentence) -> list[int]:
    """What the buyer wrote where buyers read reviews is a review: "what you wrote on the
    product page", "ce que vous avez écrit sur la fiche produit" ("you" just before the written
    verb, the place after it): the verb and "you", which a change before it stands next to
    ("modifier ce que vous avez écrit")."""
    posted = sentence.positions("posted")
    places = _places(sentence) if posted else []
    found: list[int] = []
    for written in posted:
        writer = near_before(sentence, written, "you", LEVEL_DISTANCE)
        if writer is not None and any(
            written < place <= written + CHANGE_DISTANCE for place in places
        ):
            found.extend((writer, written))
    return found


def _top_grades(sentence: Sentence) -> list[int]:
    """A top grade is a review's level where buyers read reviews or asked of the buyer for the
    seller: "la nota más alta que permite Amazon", "Ponnos la nota máxima en la página del
    producto", "only a top score on the product page", "geben Sie uns die Bestnote" (a top at
    it or beside it; a place in the sentence, or an asking verb with "us" before it in its
    clause; not "the top score in the test", "registro voti per 5 classi")."""
    grades = [
        grade for grade in sentence.positions("grade") if _top_level(sentence, grade) is not None
    ]
    if not grades or _places(sentence):
        return grades
    return [
        grade
        for grade in grades
        if any(
            verb < grade
            and grade - verb <= REQUEST_DISTANCE
            and sentence.joined(verb, grade)
            and near(sentence, verb, "to_us", LEVEL_DISTANCE) is not None
            for verb in sentence.positions("ask")
        )
    ]


def _posted_there(sentence: Sentence) -> list[int]:
    """A post where buyers read reviews is one: "ein Bildschirmfoto Ihres Beitrags auf der
    Produktseite", "votre publication sur Amazon" (the place a few words after it, in its
    clause; not "Ihr Beitrag zu den Versandkosten")."""
    posts = sentence.positions("post_noun")
    places = _places(sentence) if posts else []
    return [
        post
        for post in posts
        if any(
            post < place <= post + CHANGE_DISTANCE and sentence.joined(post, place)
            for place in places
        )
    ]


def _writing_changed(sentence: Sentence) -> list[int]:
    """What the buyer published, or wrote on a page or about the seller or the product, asked
    to be changed is a review: "rivedere quanto aveva pubblicato", "modificare il testo che ha
    pubblicato", "reconsiderara lo que publicó", "have another look at what you wrote about us
    on the product page" (a change before the text, the written verb a few words after it;
    not the seller's, "what we wrote", nor what was written to the seller, "was Sie uns
    geschrieben haben", nor in a message, a form or an address: "what you wrote in your
    message", "the address you wrote"). The text is the review, which the change stands by."""
    changes = _changes(sentence)
    if not changes:
        return []
    found = []
    for written in sentence.positions("posted"):
        text = nearest_before(sentence, written, "written_text", CHANGE_DISTANCE)
        if (
            text is not None
            # The relative clause's comma may stand between ("überdenken, was Sie
            # veröffentlicht haben").
            and sentence.joined(text, written)
            and any(text - CHANGE_DISTANCE <= change < text for change in changes)
            and not any(
                # The seller writing or written to; not the topic: "was Sie über uns
                # veröffentlicht haben".
                (sentence.is_a(between, "we") or sentence.is_a(between, "to_us"))
                and not sentence.is_a(between - 1, "about")
                for between in range(text + 1, written)
            )
            and _public(sentence, written)
        ):
            found.append(text)
    return found


def _public(sentence: Sentence, written: int) -> bool:
    """Whether what the buyer wrote is for all to read: published ("pubblicato", "publicó"), or
    written where buyers read reviews or about the seller, the product or the order ("what you
    wrote about us", "lo que escribiste sobre el producto", "the comment you left on your
    order"); not in a message, a form or to the seller
    ("what you wrote in your message", "what you posted in the chat")."""
    if any(
        (other := near_after(sentence, written, category, CHANGE_DISTANCE)) is not None
        and sentence.joined(written, other)
        for category in ("channel", "mailed", "not_a_review")
    ):
        return False
    if sentence.is_a(written, "published"):
        return True
    if any(written < place <= written + CHANGE_DISTANCE for place in _places(sentence)):
        return True
    about = near_after(sentence, written, "about", 1)
    return about is not None and any(
        near_after(sentence, about, category, LEVEL_DISTANCE) is not None
        for category in ("to_us", "we", "our", "product_line", "order")
    )


def _changes(sentence: Sentence) -> Sequence[int]:
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


def _stars_level(sentence: Sentence, stars: int) -> int | None:
    """The top rating stars are given at: before them ("5 stars") or in them ("★★★★★"), or
    as many as the seller deserves (_deserved_count)."""
    if sentence.is_a(stars, "top_rating"):
        return stars
    level = near_before(sentence, stars, "top_rating", LEVEL_DISTANCE)
    return level if level is not None else _deserved_count(sentence, stars)


def _deserved_count(sentence: Sentence, stars: int) -> int | None:
    """How many stars the seller deserves, which names the top ("you know how many stars we
    deserve", "sa già quante stelline meritiamo"; not "as many stars as you think it
    deserves"): a how-many word just before the stars, a deserving verb of "we" after them."""
    many = near_before(sentence, stars, "how_many", LEVEL_DISTANCE)
    if many is None:
        return None
    for deserved in sentence.positions("deserve"):
        if stars < deserved <= stars + CHANGE_DISTANCE and (
            sentence.is_a(deserved, "we") or near_before(sentence, deserved, "we", 1) is not None
        ):
            return many
    return None


def _score(sentence: Sentence, top: int) -> bool:
    """A score shown, not a level asked for: "4,9 von 5 Sternen", "4.8 out of 5 stars" (a
    number, score words, then the top number), or an average just before it ("note moyenne de
    4,5 étoiles", "average rating of 4.7 stars")."""
    if near_before(sentence, top, "average", _AVERAGE_DISTANCE) is not None:
        return True
    before = top - 1
    while before >= 0 and sentence.is_a(before, "score"):
        before -= 1
    return 0 <= before < top - 1 and sentence.forms[before][-1:].isdigit()


def _thanked(sentence: Sentence, position: int) -> bool:
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
    if any(
        _asked_further_on(sentence, position, change) for change in sentence.positions("change")
    ):
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
        and _thanked(sentence, review)
        for review in sentence.positions("review_object")
    )


def _rewarded(sentence: Sentence) -> bool:
    """An incentive in the sentence, or a refund given as a thank-you (_given_as_thanks)."""
    return sentence.has("incentive") or _given_as_thanks(sentence)


def _given_as_thanks(sentence: Sentence) -> bool:
    """A refund or offer given beside a thank-you noun: "come ringraziamento per la sua
    recensione, le rimborsiamo 5 euro" (not "un sentito ringraziamento", nor "con un
    ringraziamento …, le confermiamo che il rimborso è stato effettuato": reported done)."""
    return (
        sentence.has("thank_noun")
        and sentence.has("giving")
        and (sentence.has("refund") or sentence.has("offer"))
    )


def _wished_for_review(sentence: Sentence, thanks: int) -> bool:
    """Gratitude in the conditional for a review, which asks for it as an asking verb does:
    "for" right after it, then the review ("we would be grateful for a review", "wir wären
    Ihnen dankbar für eine Bewertung"), or the review just after it as its object ("we'd
    really appreciate a review from you"); not "we would like to thank you for your review",
    nor "we would be grateful if you could send a photo of the damage in your review")."""
    if not sentence.is_a(thanks, "grateful") or not wished(sentence, thanks):
        return False
    for_word = near_after(sentence, thanks, "exchange", _FOR_DISTANCE)
    review = near_after(
        sentence, thanks if for_word is None else for_word, "review_object", _FOR_DISTANCE
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
            near_after(sentence, about, category, _FOR_DISTANCE) is not None
            for category in ("order", "product_line", "rated", "we", "our")
        )
    )


def _marked_given(sentence: Sentence, review: int) -> bool:
    """A review marked as already given: the buyer's own ("your feedback") or a word of
    having written it after it ("the review you left", "die Sie abgegeben haben", "die Sie uns
    hinterlassen haben": _perfect)."""
    return (
        near_before(sentence, review, "your", LEVEL_DISTANCE) is not None
        or near_after(sentence, review, "posted", _GIVEN_DISTANCE) is not None
        or any(
            review < verb <= review + _GIVEN_DISTANCE and _perfect(sentence, verb)
            for verb in sentence.positions("ask")
        )
    )


def _perfect(sentence: Sentence, verb: int) -> bool:
    """A German verb whose participle is its infinitive, written in the perfect: its auxiliary
    right after it ("die Sie uns schon hinterlassen haben", "falls Sie bereits eine Bewertung
    hinterlassen haben"; not "hinterlassen, haben Sie Fragen")."""
    return (
        verb + 1 < len(sentence.forms)
        and sentence.is_a(verb + 1, "perfect_auxiliary")
        and sentence.next_to(verb)
    )


def _done(sentence: Sentence, thanks: int, verb: int) -> bool:
    """Whether a verb after thanks names what the buyer did: written ("merci d'avoir laissé",
    "grazie per aver lasciato") or after "for" ("thank you for taking the time to leave")."""
    return sentence.is_a(verb, "posted") or any(
        sentence.is_a(between, "for_doing") for between in range(thanks + 1, verb)
    )


def _neutral(sentence: Sentence, level: int | None = None) -> bool:
    """An honest review, positive or negative: nothing steers the buyer. A low word right
    after a level is no level of its own ("a positive one", "a 5-star one"). A level asked
    for is steered unless the pair stands in its clause ("Positive and negative reviews both
    help us, but a 5-star one helps most")."""
    return sentence.has("neutral") or _either_way(sentence, level)


def _either_way(sentence: Sentence, level: int | None = None) -> bool:
    """A high and a low level side by side in one clause: "positive or negative", "buena o
    mala" (not the greeting's "Guten" before "keine schlechte Bewertung", nor "no negative
    feedback, and full marks": one level avoided, the other asked for), "or" just or one
    word before a low one after any other word ("ob gut oder schlecht", "oder eher
    mittelmäßig"; not "a bad or negative review"), or a low and a high number of stars
    (_star_range); in the clause of the level, where one is given."""
    return _star_range(sentence, level) or any(
        (level is None or sentence.joined(low, level))
        and (
            (
                not _pronoun_one(sentence, low)
                and (high := near(sentence, low, "top_rating", _EITHER_WAY_DISTANCE)) is not None
                and not _apart(sentence, *sorted((low, high)))
            )
            or (
                (either := near_before(sentence, low, "either", LEVEL_DISTANCE)) is not None
                and either > 0
                and not sentence.is_a(either - 1, "low_rating")
            )
        )
        for low in sentence.positions("low_rating")
    )


def _star_range(sentence: Sentence, level: int | None) -> bool:
    """A low and a high number of stars in one clause, both ways: "a one-star review as much as
    a five-star one", "ob ein Stern oder fünf Sterne", "una stella o cinque stelle" (in the
    clause of the level, where one is given)."""
    lows = {*sentence.positions("low_rating"), *sentence.positions("star_count")}
    highs = sentence.positions("top_rating")
    return any(
        _before_stars(sentence, low)
        and low not in highs
        and (level is None or sentence.joined(low, level))
        and any(_before_stars(sentence, high) and sentence.joined(low, high) for high in highs)
        for low in lows
    )


def _pronoun_one(sentence: Sentence, low: int) -> bool:
    """A low word that stands for the review after its level, "one" as English says it: "a
    positive one", "a 5-star one"."""
    return low > 0 and (
        sentence.is_a(low - 1, "top_rating")
        or (
            low > 1
            and sentence.is_a(low - 1, "review_stars")
            and sentence.is_a(low - 2, "top_rating")
        )
    )


def _before_stars(sentence: Sentence, level: int) -> bool:
    """A level just before a star word: "one-star", "five stars"."""
    return level + 1 < len(sentence.forms) and sentence.is_a(level + 1, "review_stars")


def both_ways(sentence: Sentence) -> bool:
    """A sentence that names a high and a low level side by side: "tanto los comentarios
    positivos como los críticos nos ayudan", "positive and negative reviews help us" (a level
    phrase in it steers nobody); not the low one refused ("comentarios positivos, no
    negativos", "positive reviews, not negative ones"), nor a high level of its own after
    the pair ("tanto las positivas como las negativas nos ayudan, pero una de 5 estrellas
    más"; one before it may be the greeting's "Guten")."""
    lows = sentence.positions("low_rating")
    return (
        _either_way(sentence)
        and not any(
            near_before(sentence, low, "negator", LEVEL_DISTANCE) is not None for low in lows
        )
        and all(
            any(abs(high - low) <= _EITHER_WAY_DISTANCE for low in lows)
            for high in sentence.positions("top_rating")
            if high > lows[0]
        )
    )


def _apart(sentence: Sentence, first: int, last: int) -> bool:
    """Two levels of two reviews, each in its clause: "no negative feedback, and full marks"
    (not the list "positive, negative or neutral")."""
    return not sentence.joined(first, last) and any(
        sentence.is_a(between, "review_object") for between in range(first + 1, last)
    )


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
        level = _top_level(sentence, position)
        if level is None:
            # "Una nota de 10/10 en su opinión": a perfect score beside the review is its level,
            # and so is a top mark named by its honours in the review's sentence ("ci dia un bel
            # 10 e lode quando scrive la sua opinione"; not one told in a sentence of its own).
            level = _perfect_score(sentence)
            if level is None:
                level = _honours(sentence)
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
                or _deserved_count(sentence, position) is not None
                or any(sentence.is_a(p, "review_object") for p in objects)
            )
            level = _stars_level(sentence, position) if about else None
            if level is not None and _lodged(sentence, position, level):
                level = None  # "alcuni hotel cinque stelle", "a 5-star hotel": a place's class
        if (
            level is not None
            and not _neutral(sentence, level)
            and not _score(sentence, level)  # "a 4.7 out of 5 star rating" is shown
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
            if not may_ask_for_change or (aim is not None and not _neutral(sentence)):
                return sentence.between(position, change)
        pressed = _pressure(sentence, negated, position, change)
        if pressed is not None:
            return sentence.between(position, pressed)
    incentive = _incentive(sentence, negated, first)
    if incentive is not None:
        return sentence.between(first, incentive)
    if not may_ask_for_change and not _neutral(sentence):
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
    (a discount beside the verb in its everyday sense asks nothing: _rating_asked, _judged)."""
    rating = _rating_asked(sentence, negated)
    if rating is None:
        return None
    incentive = _incentive(sentence, negated, rating[0])
    return None if incentive is None else sentence.between(rating[0], incentive)


def _top_level(sentence: Sentence, review: int) -> int | None:
    """A top level beside the review ("a positive review", "5 stars"): "full" only of a scale
    beside it ("full marks", "volle Punktzahl"; not "a full review of the blender", a detailed
    one); a grade that names its top ("die Bestnote"); a superlative, "more" before a height
    ("la nota más alta", "il voto più alto", "la note la plus haute": "more" is the level)."""
    if sentence.is_a(review, "grade") and sentence.is_a(review, "top_rating"):
        return review
    superlatives = [
        high - 1 for high in sentence.positions("high") if high and sentence.is_a(high - 1, "more")
    ]
    for level in (*sentence.positions("top_rating"), *superlatives):
        if level != review and abs(level - review) <= LEVEL_DISTANCE and _a_level(sentence, level):
            return level
    return None


def _a_level(sentence: Sentence, level: int) -> bool:
    """Whether a top word is a level: not "full", or "full" beside stars or a grade."""
    return not sentence.is_a(level, "full_scale") or any(
        0 <= side < len(sentence.forms)
        and (sentence.is_a(side, "review_stars") or sentence.is_a(side, "grade"))
        for side in (level - 1, level + 1)
    )


def _satisfied_buyers(sentence: Sentence, satisfied: int) -> bool:
    """Buyers named as the satisfied ones: beside the word ("happy customers") or with a clause
    on them opened right after them ("customers who are happy with us", "Kunden, die mit uns
    zufrieden sind", "les clients qui sont satisfaits"; not "customers like you")."""
    return near(sentence, satisfied, "customer", 1) is not None or any(
        satisfied - _RELATIVE_DISTANCE <= buyer < satisfied and sentence.is_a(buyer + 1, "relative")
        for buyer in sentence.positions("customer")
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


def _likened(sentence: Sentence, position: int) -> bool:
    """ "Like" that likens ("buyers like you"): "you" right after it."""
    return position + 1 < len(sentence.forms) and sentence.is_a(position + 1, "you")


def given(sentence: Sentence) -> bool:
    """A rating the buyer has given, that the seller saw or thanks for, and nothing asked or
    offered: "Nous avons vu votre commentaire et vos 5 étoiles : merci beaucoup" (no asking
    verb but the written one, no reward, condition, change or question; not one the seller
    wishes to see: _seen)."""
    return (
        (sentence.has("posted") or _seen(sentence))
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


def _seen(sentence: Sentence) -> bool:
    """Whether the seller names a review seen ("we just read your review", "nous avons vu
    votre commentaire"), not one it wishes to see ("we would love to read your review on
    Amazon": a wish or the conditional just before the verb, _wished_verb)."""
    return any(not _wished_verb(sentence, verb) for verb in sentence.positions("seen"))


def _change(sentence: Sentence, review: int) -> int | None:
    """A change near the review or the place it stands ("deinen Kommentar auf der
    Produktseite ja noch anpassen"), or of "it" further on ("going back to your review on the
    product page and updating it"); not the noun "exchange" ("in cambio di recensioni", "a
    cambio de una reseña"): that ties an incentive to it."""
    reach = [review]
    reach.extend(place for place in _places(sentence) if review < place <= review + CHANGE_DISTANCE)
    for other in _changes(sentence):
        near = (
            any(abs(other - named) <= CHANGE_DISTANCE for named in reach)
            or (0 < other - review <= REQUEST_DISTANCE and _of_it(sentence, other))
            or _asked_further_on(sentence, review, other)
        )
        if near and not sentence.is_a(other, "exchange") and not _seller_did(sentence, other):
            return other
    return None


def _asked_further_on(sentence: Sentence, review: int, change: int) -> bool:
    """A change asked further on in the review's sentence: of "it", a request just before
    ("votre commentaire négatif sur la lampe : puisque nous réglons le souci, pourriez-vous le
    retirer ?"), or of the buyer's own review, a request just before it ("möchten Sie Ihre
    Rezension nun, wo alles läuft, noch einmal überdenken?"; not "your review helps us")."""
    if change <= review:
        return False
    if _of_it(sentence, change):
        return near_before(sentence, change, "request", _PRONOUN_REQUEST_DISTANCE) is not None
    # A date between names the review and adds no distance ("Ihre Bewertung vom 12.03. im
    # Lichte der Ersatzlieferung zu überdenken").
    dated = sum(sentence.forms[between].isdigit() for between in range(review + 1, change))
    return (
        change - review - dated <= REQUEST_DISTANCE
        and near_before(sentence, review, "your", 1) is not None
        and near_before(sentence, review, "request", CONDITION_DISTANCE) is not None
    )


def _of_it(sentence: Sentence, change: int) -> bool:
    """A change of "it": the pronoun in the verb ("borrarla"), just before it ("le retirer",
    "la borre", "lo rimuova") or, where it follows the verb, just after ("updating it"; not
    the article in "revisar la placa")."""
    return (
        sentence.is_a(change, "pronoun")
        or near_before(sentence, change, "pronoun", 1) is not None
        or near_after(sentence, change, "pronoun_after", 1) is not None
        or _polite_it(sentence, change)
    )


def _polite_it(sentence: Sentence, change: int) -> bool:
    """German's "it" after the polite "Sie", spelled the same: "entfernen Sie sie" (two
    "Sie" just after the verb, in its clause)."""
    return all(
        change + k < len(sentence.forms)
        and sentence.is_a(change + k, "you")
        and sentence.joined(change, change + k)
        for k in (1, 2)
    )


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
    top = _top_level(sentence, position)
    below = top is not None and _below(sentence, top)
    # A number of stars short of the top is a low one when it is said to harm "us" ("un avis à
    # une étoile met en danger notre boutique", "nos hunde las ventas"; not "your two-star
    # review mentioned the damaged box").
    seller = sentence.has("we") or sentence.has("our") or sentence.has("to_us")
    counted = seller and any(
        abs(count - position) <= LEVEL_DISTANCE and _before_stars(sentence, count)
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
            and not _neutral(sentence)
            and not given(sentence)
            and not negated_at(sentence, negated, asked[0])
            and _level_alone(other)
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
            and not _neutral(sentence)
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
            and not _neutral(sentence)
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
        offered = None if elsewhere else _incentive(other, negated, strong_only=True)
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
            request = near_before(other, change, "request", _PRONOUN_REQUEST_DISTANCE)
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
                    or _polite_it(other, change)
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


# The top of a scale a perfect score is written on: "10/10", "5/5", "20/20", "100/100".
_SCALE_TOPS = frozenset({"5", "10", "20", "100"})


def _perfect_score(sentence: Sentence) -> int | None:
    """A perfect score where it is a rating: written as a fraction, "10/10", "5/5" (not a date,
    "10/10/2026"), with "a" before it, a review, grade or star word beside it or an aim near
    it ("a 10/10 review", "la nota de 10/10", "nous visons le 10/10"; not a short date or a
    count: "shipped on 10/10", "consegnato il 10/10", "All 5/5 parts", "Chapter 5/5"); spelled
    with score words, "10 von 10", "20 sur 20", "dieci su dieci", "ten out of ten", or after a
    perfect word, "a perfect ten", where no word of what is counted follows ("10 von 10 Teilen
    sind verschickt", "rated 20 sur 20 volts" count)."""
    forms, text = sentence.forms, sentence.text
    for position in range(len(forms)):
        if not _scale_top(sentence, position):
            continue
        if position + 1 < len(forms) and forms[position + 1] == forms[position]:
            span = sentence.between(position, position + 1)
            written = text[span.start : span.end].replace(" ", "")
            dated = "/" in (text[span.start - 1 : span.start] + text[span.end : span.end + 1])
            if written == f"{forms[position]}/{forms[position]}" and not dated:
                return position if _rating_cue(sentence, position, position + 1) else None
        last = position + 1
        while last < len(forms) and sentence.is_a(last, "score"):
            last += 1
        spelled = (
            last > position + 1
            and last < len(forms)
            and forms[last].lower() == forms[position].lower()
            and sentence.joined(position, last)
        )
        if spelled and not _counted(sentence, last):
            return position
        # "a perfect ten", "eine glatte Zehn" before it, "un dix parfait" after it.
        for side, last in ((position - 1, position), (position + 1, position + 1)):
            if (
                0 <= side < len(forms)
                and sentence.is_a(side, "perfect")
                and sentence.joined(position, side)
                and not _counted(sentence, last)
            ):
                return side
    return None


def _honours(sentence: Sentence) -> int | None:
    """A school's top mark named by its honours: "un bel 10 e lode", "un trenta e lode" (a
    number just before the honours word), "matrícula de honor" (two honours words); not "la
    matrícula del coche", "lode" alone."""
    for honours in sentence.positions("honours"):
        for before in range(max(honours - LEVEL_DISTANCE, 0), honours):
            if sentence.forms[before].isdigit() or sentence.is_a(before, "scale_top"):
                return honours
            if (
                sentence.is_a(before, "honours")
                and sentence.forms[before] != sentence.forms[honours]
            ):
                return honours
    return None


def _scale_top(sentence: Sentence, position: int) -> bool:
    """The top of a scale, in digits or as a word: "10", "ten", "zehn", "dix", "dieci"."""
    return sentence.forms[position] in _SCALE_TOPS or sentence.is_a(position, "scale_top")


# A word after a scale's top this short is a preposition or a verb, no thing counted: "10 von 10
# für den Helm", "20 sur 20 est mérité", "ten out of ten from me".
_COUNTED_LENGTH = 5


def _counted(sentence: Sentence, top: int) -> bool:
    """A number of things after a scale's top: a noun just after it in its clause ("10 von 10
    Teilen", "20 sur 20 volts": a word of at least _COUNTED_LENGTH letters), not a review,
    grade or star word ("10 von 10 Sternen", "ten out of ten marks")."""
    after = top + 1
    return (
        after < len(sentence.forms)
        and sentence.joined(top, after)
        and sentence.forms[after].isalpha()
        and len(sentence.forms[after]) >= _COUNTED_LENGTH
        and not any(
            sentence.is_a(after, category)
            for category in ("review_object", "review_stars", "grade")
        )
    )


def _rating_cue(sentence: Sentence, first: int, last: int) -> bool:
    """What makes a fraction a rating: "a" or "un" before it, a review, grade or star word just
    beside it, or an aim a few words from it."""
    article = near_before(sentence, first, "indefinite", 2)
    return (
        # "un 5/5", "un petit 5/5", "a quick 10/10": the article, a word of size between (not
        # "on a Monday, 10/10").
        (article is not None and sentence.joined(article, first))
        or any(
            near_before(sentence, first, category, LEVEL_DISTANCE) is not None
            or near_after(sentence, last, category, LEVEL_DISTANCE) is not None
            for category in ("review_object", "review_stars", "grade")
        )
        or near_before(sentence, first, "aim", _AIM_DISTANCE) is not None
        or near_after(sentence, last, "aim", _AIM_DISTANCE) is not None
    )


def _lodged(sentence: Sentence, stars: int, level: int) -> bool:
    """Stars that qualify a place, a hotel or restaurant beside them or their level ("hotel a
    5 stelle", "5-star hotels", "un palace 5 étoiles")."""
    return (
        near(sentence, stars, "lodging", LEVEL_DISTANCE) is not None
        or near(sentence, level, "lodging", LEVEL_DISTANCE) is not None
    )


def _level_alone(sentence: Sentence) -> bool:
    """A top level in a sentence of its own that names, asks or gives no review: "★★★★★ — eso
    es lo que intentamos ganarnos", "speriamo che per te sia un 10/10"; beside a review asked
    it is the level asked for (not "Rated ★★★★★ by 2,000 customers", "4.8 out of 5 stars", an
    average shown, "una media di 4,7 stelle", a name, "las sábanas Hotel 5 Estrellas", nor a
    level that qualifies a place: "hotel a 5 stelle", "5-star hotels", "un palace 5 étoiles")."""
    if any(
        sentence.has(c)
        for c in ("review_object", "ask", "posted", "seen", "customer", "critic", "average")
    ):
        return False
    if _product_line(sentence):
        return False
    starred = any(
        (level := _stars_level(sentence, stars)) is not None
        and not _named(sentence, level, stars)
        and not _score(sentence, level)
        and not _lodged(sentence, stars, level)
        for stars in sentence.positions("review_stars")
    )
    return starred or _perfect_score(sentence) is not None


def _named(sentence: Sentence, level: int, stars: int) -> bool:
    """Stars in a name: a capitalised star word with a capitalised level after a lower-case
    word of its clause, a capitalised word just before the level inside the sentence, or one
    just after the stars ("Set coltelli Cinque Stelle", "las sábanas Hotel 5 Estrellas",
    "Coussin 5 Étoiles Confort"; not German's capitalised noun, "Wir hoffen auf 5 Sterne",
    "Guten Tag, Fünf Sterne - das möchten wir verdienen")."""
    forms = sentence.forms
    return forms[stars][:1].isupper() and (
        (
            level > 0
            and forms[level][:1].isupper()
            and forms[level - 1][:1].islower()
            and sentence.joined(level - 1, level)
        )
        or (level > 1 and forms[level - 1][:1].isupper())
        or (stars + 1 < len(forms) and forms[stars + 1][:1].isupper())
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


def _incentive(
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
        or _rating_asked(sentence, negated) is not None
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
    thanked_with = exchanged and _given_as_thanks(sentence)
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
        if _gift_to_us(sentence, position):
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


def _gift_to_us(sentence: Sentence, verb: int) -> bool:
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


def _gifts_asked(sentence: Sentence) -> list[int]:
    """The giving verbs that ask for the review as the buyer's gift to us (_gift_to_us)."""
    return [verb for verb in sentence.positions("gift_verb") if _gift_to_us(sentence, verb)]


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


def _diversion(sentence: Sentence, negated: Negated) -> int | None:
    """Unhappy buyers sent elsewhere: "contact us before leaving a review", "please don't
    leave negative feedback"."""
    if _neutral(sentence):
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
        not sentence.is_a(position, "ask") or _written_to_us(sentence, position)
        for position in sentence.positions("contact_us")
    ) or any(
        near_after(sentence, position, "to_us", _COME_DISTANCE) is not None
        for position in sentence.positions("come")
    )


def review_ask(sentence: Sentence, negated: Negated) -> Span | None:
    """A review asked for: a review object and an asking verb (leave, write, give ...), or
    other buyers to be told ("tell other shoppers what you think on the product page")."""
    if given(sentence):
        return None
    for verb, audience in _others_told(sentence):
        if not negated_at(sentence, negated, verb):
            return sentence.between(verb, audience)
    for shared in _shared_experience(sentence):
        if not _thanked(sentence, shared) and not negated_at(sentence, negated, shared):
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
        written = sentence.is_a(position, "posted") or _perfect(sentence, position)
        if written and not asks_question(sentence):
            continue  # "l'évaluation que vous avez publiée": written, not asked for
        if sentence.is_a(position, "we"):
            continue  # "Appena avremo una valutazione le scriveremo": the seller writes
        if sentence.is_a(position, "author"):
            continue  # "den Namen, den der Verfasser angibt": who wrote a review, named
        others = [p for p in objects if p != position and not _thanked_after(sentence, p, position)]
        if _written_to_us(sentence, position) and all(other < position for other in others):
            continue  # "per qualsiasi commento o domanda ci scriva": a contact, not an ask
        if sentence.is_a(position, "welcome") and not _welcomed(sentence, position):
            continue  # "Herzlich willkommen, Ihre Rezension …", "welcome by email"
        if sentence.is_a(position, "review_object"):
            # A review word that is also the verb ("valutazioni", "évaluation") asks only in
            # its object's clause: not "in cambio di valutazioni: … ogni giudizio sia libero".
            others = [other for other in others if sentence.joined(position, other)]
        if others and not negated_at(sentence, negated, position):
            return sentence.between(position, others[0])
    rating = _rating_asked(sentence, negated)
    return None if rating is None else sentence.between(*rating)


def _rating_asked(sentence: Sentence, negated: Negated) -> tuple[int, int] | None:
    """A rating verb asked of the buyer, a review asked for without the word, and what it
    rates: the seller, the purchase, "us" ("bewerten Sie den Verkäufer", "Évaluez-nous sur
    Amazon", "Rate us on Amazon")."""
    for position in sentence.positions("rate"):
        if sentence.is_a(position, "posted") or _judged(sentence, position):
            continue  # "der von Ihnen bewertete Artikel": rated, not asked to be
        if _assessing(sentence, position):
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
            and near(sentence, position, "not_a_review", _NOT_A_REVIEW_DISTANCE) is None
        ):
            # The seller rated when asked for: "Évaluez-nous sur Amazon", "bitten, uns auf
            # Amazon zu bewerten", "Califíquenos" ("us" in the verb); not "unsere Kunden
            # bewerten uns auf Amazon".
            rated = near(sentence, position, "to_us", _ASKED_DISTANCE)
            if rated is None and sentence.is_a(position, "rate_us"):
                rated = position
        seller = near_before(sentence, position, "we", LEVEL_DISTANCE)
        if seller is None:
            # "Il nostro tecnico valuterà il prodotto": a technician rates.
            seller = near_before(sentence, position, "not_a_review", LEVEL_DISTANCE)
        if (
            rated is not None
            and seller is None
            and not _assessed(sentence, position)  # "il nostro magazzino valuterà lo stato"
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
    return _product_name(sentence, review) and not sentence.is_a(following, "courtesy")


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


def _others_told(sentence: Sentence) -> list[tuple[int, int]]:
    """Other buyers to be told or helped by the buyer, as (verb, audience): a telling verb
    and "other" customers within a few words on either side ("let other buyers know", "aidez
    d'autres clients", "dites-le aux autres acheteurs", "wenn Sie anderen Käufern mitteilen");
    not the seller telling ("we will tell other customers"), nor thanks for it."""
    found = []
    placed = bool(_places(sentence))
    for verb in sentence.positions("inform"):
        audience = near(sentence, verb, "customer", _SHARED_DISTANCE)
        named = audience is not None and (
            near_before(sentence, audience, "others", 1) is not None
            or sentence.is_a(audience, "others")  # "let others know", "a los demás"
        )
        if not named:
            # "racconta agli altri escursionisti … sulla pagina del prodotto": any other
            # readers, where the sentence names the place reviews are read.
            others = near_after(sentence, verb, "others", LEVEL_DISTANCE)
            audience = others if placed and others is not None else None
        if (
            audience is not None
            and near_before(sentence, verb, "we", LEVEL_DISTANCE) is None
            # "Other buyers keep saying …": before an -ing form, who speaks, not who is told.
            and not (audience < verb and sentence.is_a(verb, "progressive"))
            and not _thanked(sentence, verb)
        ):
            found.append((verb, audience))
    return found


def _written_to_us(sentence: Sentence, verb: int) -> bool:
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
    read reviews (review_objects, _opinion_there; no stars, which name products and engraved
    texts as often), and a few words from it a wish or the conditional mood (_TURNS: "we'd be
    thrilled to read your review on Amazon", "Ihre Meinung auf der Produktseite wäre für
    andere Kunden eine große Hilfe", "un avis de votre part compterait énormément"). Not a
    review given (given, one written, seen or thanked for: "the review you left", "we just
    read your review", "we would like to thank you for your review"), a sentence with a denial
    ("we can't offer anything for a review"), the seller's own ("our reviews"), a rating verb
    (what the seller's team evaluates), other buyers' reviews to read, an opinion on another
    subject ("your feedback on the size chart"), a product's name ("Book Review Journal") or
    a quoted text."""
    if given(sentence) or _seen(sentence) or sentence.has("posted"):
        return None
    if sentence.has("denial"):
        return None  # "Amazon doesn't allow it, and we'd rather reviews were genuine"
    objects = sorted({*review_objects(sentence), *_opinion_there(sentence)})
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
            or _product_name(sentence, review)
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
        and not _places(sentence)
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


def _opinion_there(sentence: Sentence) -> list[int]:
    """An opinion or impressions named beside the place buyers read reviews, asked for or not
    ("il suo parere su Amazon", "ce que vous pensez du salon sur Amazon"): a review to the
    broad reading, which finds what asks for it (not one thanked for, nor on a proof)."""
    places = _places(sentence)
    return [
        position
        for position in sentence.positions("experience")
        if any(abs(place - position) <= _SHARED_DISTANCE for place in places)
        and not _found_there(sentence, position)
        and not _thanked(sentence, position)
        and not _on_another_matter(sentence, position)
    ]


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
