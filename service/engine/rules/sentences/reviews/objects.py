"""The words that name a review (review_objects): a review word, stars after a top rating,
a top grade beside one, and reviews named without the word: an experience shared where buyers
read reviews (shared_experience), other buyers told (others_told), what the buyer wrote or
posted there or is asked to change; none in a product's line, for an opinion on another
matter (on_another_matter: a proof, an inspection, the seller's own act) or thanked for. And
the broad reading's opinion beside the place buyers read reviews (opinion_there)."""

from __future__ import annotations

from service.engine.rules.sentences.nearby import (
    CHANGE_DISTANCE,
    LEVEL_DISTANCE,
    REQUEST_DISTANCE,
    near,
    near_after,
    near_before,
    nearest_before,
)
from service.engine.rules.sentences.reviews.levels import score, stars_level, top_level
from service.engine.rules.sentences.reviews.shared import (
    ASKED_DISTANCE,
    FOR_DISTANCE,
    NOT_A_REVIEW_DISTANCE,
    assessed,
    assessing,
    change_words,
    judged,
    product_line,
    product_name,
    review_places,
    wished_verb,
    written_to_us,
)
from service.engine.rules.sentences.reviews.thanks import thanked
from service.engine.scan.words import Sentence

# An incentive and the exchange word just before a review asked without the word: "Als
# Dankeschön für ein paar Sätze".
_THANKS_FOR_DISTANCE = 3
# An experience asked for and where to share it: "Teilen Sie Ihre Erfahrungen gern auf Amazon",
# "condivida la sua esperienza con il prodotto su Amazon"; the verb after it that asks for it
# ("ein paar Sätze zum Rucksack auf Amazon schreiben"); other buyers and the verb that tells
# them ("anderen Käufern mitteilen").
_SHARED_DISTANCE = 6
# "we will review", "our team will review": the seller or its staff a few words before the
# review word its helping verb makes the seller's act.
_ACT_DISTANCE = 3


def review_objects(sentence: Sentence) -> list[int]:
    """The words that name a review: a review word (not in "thank you for your feedback",
    not the verb in "we will review", not an "energy rating", not what the seller's staff
    assess), or a star word after a top rating ("5 stars", "fünf Sterne"), and beside one a
    top grade ("la nota máxima"); none in a line that names a product."""
    if product_line(sentence):
        return []  # "Artikel: 5-Sterne Kochmesser-Set", "1 x Review Edition lantern"
    found = []
    # Reviews without the word: shared or written where buyers read them, told to others, a
    # top grade asked for or where buyers read it, a post there, what the buyer published
    # asked to be changed.
    unnamed = {
        *shared_experience(sentence),
        *_written_there(sentence),
        *(verb for verb, _ in others_told(sentence)),
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
        if judged(sentence, position):
            continue  # "bewerten Sie selbst, ob sich das lohnt": decide, not review
        if position in unnamed:
            if not thanked(sentence, position):  # "thank you for sharing your thoughts"
                found.append(position)
        elif sentence.is_a(position, "review_object"):
            verb = near_before(sentence, position, "auxiliary", 1)
            if (
                not thanked(sentence, position)
                and verb is None
                and not assessed(sentence, position)
                and not assessing(sentence, position)
            ):
                found.append(position)
        elif not product_name(sentence, position) and not thanked(sentence, position):
            # "gracias por la valoración de cinco estrellas": stars given, thanked for.
            rated = stars_level(sentence, position)
            if (
                not score(sentence, rated)
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
    other = near(sentence, position, "not_a_review", NOT_A_REVIEW_DISTANCE)
    return other is not None and sentence.joined(other, position)


def _in_address(sentence: Sentence, position: int) -> bool:
    """A word written right after a dot, a part of a web or mail address ("shop.com")."""
    start = sentence.between(position).start
    return sentence.text[start - 1 : start] == "."


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
    return proof is not None and sentence.joined(position, proof) and not review_places(sentence)


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
        or review_places(sentence)
        or any(
            near_before(sentence, position, category, FOR_DISTANCE + 1) is not None
            for category in ("written", "your", "change")
        )
    ):
        # "How about a review of the lamp on Amazon?", "leave a review of the kettle", "your
        # review of the delivery", "löschen Sie die Bewertung der Lieferung"
        return False
    # Who examines may follow what is examined: "a review of the shipment by the carrier".
    by = near_after(sentence, position, "examined_by", FOR_DISTANCE + 2)
    if by is not None and sentence.joined(position, by):
        return any(
            near_after(sentence, by, category, FOR_DISTANCE + 1) is not None
            for category in ("staff", "examiner")
        )
    return sentence.is_a(after, "examined_of") and any(
        near_after(sentence, after, category, FOR_DISTANCE) is not None
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


def shared_experience(sentence: Sentence) -> list[int]:
    """An experience, an opinion or a few words to share where buyers read reviews is a
    review: "compartir su experiencia en Amazon", "leave a few words about the teapot on
    Amazon", "ci dica cosa ne pensa sulla pagina del prodotto", "ein paar Sätze zum Rucksack
    auf Amazon schreiben", "cuéntelo en Amazon" (an asking or telling verb before it, after it,
    or itself; the place on either side)."""
    places = review_places(sentence)
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
            verb - _SHARED_DISTANCE <= place <= verb + ASKED_DISTANCE
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
        and not written_to_us(sentence, verb)
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
        position - ASKED_DISTANCE <= verb < position and wished_verb(sentence, verb)
        for verb in sentence.positions("heard")
    ):
        return True  # "we'd love to hear what you think on the product page"
    for category in ("ask", "inform"):
        if sentence.is_a(position, category):
            return True
        for verb in sentence.positions(category):
            if (
                position - ASKED_DISTANCE <= verb <= position + _SHARED_DISTANCE
                and verb != position
                and not sentence.is_a(verb, "posted")
            ):
                return True
    return False


def _written_there(sentence: Sentence) -> list[int]:
    """What the buyer wrote where buyers read reviews is a review: "what you wrote on the
    product page", "ce que vous avez écrit sur la fiche produit" ("you" just before the written
    verb, the place after it): the verb and "you", which a change before it stands next to
    ("modifier ce que vous avez écrit")."""
    posted = sentence.positions("posted")
    places = review_places(sentence) if posted else []
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
        grade for grade in sentence.positions("grade") if top_level(sentence, grade) is not None
    ]
    if not grades or review_places(sentence):
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
    places = review_places(sentence) if posts else []
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
    changes = change_words(sentence)
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
    if any(written < place <= written + CHANGE_DISTANCE for place in review_places(sentence)):
        return True
    about = near_after(sentence, written, "about", 1)
    return about is not None and any(
        near_after(sentence, about, category, LEVEL_DISTANCE) is not None
        for category in ("to_us", "we", "our", "product_line", "order")
    )


def others_told(sentence: Sentence) -> list[tuple[int, int]]:
    """Other buyers to be told or helped by the buyer, as (verb, audience): a telling verb
    and "other" customers within a few words on either side ("let other buyers know", "aidez
    d'autres clients", "dites-le aux autres acheteurs", "wenn Sie anderen Käufern mitteilen");
    not the seller telling ("we will tell other customers"), nor thanks for it."""
    found = []
    placed = bool(review_places(sentence))
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
            and not thanked(sentence, verb)
        ):
            found.append((verb, audience))
    return found


def opinion_there(sentence: Sentence) -> list[int]:
    """An opinion or impressions named beside the place buyers read reviews, asked for or not
    ("il suo parere su Amazon", "ce que vous pensez du salon sur Amazon"): a review to the
    broad reading, which finds what asks for it (not one thanked for, nor on a proof)."""
    places = review_places(sentence)
    return [
        position
        for position in sentence.positions("experience")
        if any(abs(place - position) <= _SHARED_DISTANCE for place in places)
        and not _found_there(sentence, position)
        and not thanked(sentence, position)
        and not _on_another_matter(sentence, position)
    ]
