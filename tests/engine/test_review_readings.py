"""The review rules on kinds of wording the third blind round found missed or misread (issue
10), each kind in several languages, in wording of our own: reviews typed without accents,
rewards of other kinds, pressure and low ratings in other words, thanks that ask, stars in a
printed text, a review written that is no ask, a rating that is a technical value.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer; must-allow rows stand beside the kind they protect.
"""

from __future__ import annotations

import pytest

from tests.engine.rows import REVIEW_REQUEST
from tests.engine.test_readings import (
    FEEDBACK_REMOVAL,
    MANIPULATION,
    MARKETING,
    MISPLACED,
    reading,
    wording_rules,
)

READINGS = [
    # Typed without accents: the word lists hold every word as typed so too.
    reading(
        "review_manipulation-fr-unaccented-level",
        "FR",
        "Pourriez-vous nous laisser une evaluation elogieuse ?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-unaccented-ask",
        "ES",
        "Cuando pueda, dejenos una resena en Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_manipulation-es-unaccented-coupon-for-review",
        "ES",
        "Por su valoracion le regalamos un vale de 10 euros.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-umlaut-spelled-out",
        "DE",
        "Koennten Sie Ihre Bewertung bitte noch einmal aendern?",
        [MANIPULATION, MISPLACED],
    ),
    # Rewards of other kinds: a surprise, a chance to win, a prize draw.
    reading(
        "review_manipulation-en-chance-to-win",
        "UK",
        "Write a review of the lamp and you could win a weekend in Paris.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-surprise-for-rating",
        "DE",
        "Für jede Rezension bekommen Sie eine kleine Überraschung.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-chance-to-win",
        "FR",
        "Laissez un commentaire et tentez de remporter un panier gourmand.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-surprise-in-exchange",
        "IT",
        "Abbiamo aggiunto una sorpresa: in cambio ci basta una recensione.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-those-who-leave-can-win",
        "ES",
        "Quienes dejen una opinión podrán ganar una tablet.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-quebec-free",
        "FR",
        "Une fois ton avis écrit, on t'envoie un deuxième support gratis.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "allow-en-review-mentions-a-surprise",
        "UK",
        "Your review says the colour was a surprise; we have sent the swatch card.",
        [],
    ),
    reading(
        "allow-it-no-surprise-for-reviews",
        "IT",
        "Non offriamo premi né sorprese in cambio di recensioni.",
        [],
    ),
    # Pressure: a low review said to close the business; low ratings in other words.
    reading(
        "review_manipulation-en-bad-review-closes-us",
        "UK",
        "One bad review could force us to close our little workshop.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-bad-review-closes-us",
        "DE",
        "Eine schlechte Bewertung hieße für uns, den Laden zu schließen.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-bad-review-closes-us",
        "FR",
        "Un avis négatif pourrait nous obliger à fermer l'atelier.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-bad-review-closes-us",
        "ES",
        "Una reseña negativa nos obligaría a cerrar el negocio.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-low-vote-closes-us",
        "IT",
        "Un voto basso per noi vuol dire chiudere bottega.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "allow-en-thanks-for-review-case-closed",
        "UK",
        "Thank you for your critical review; we will close the case once the part arrives.",
        [],
    ),
    # Thanks: for stars given nothing is asked; a thanks in the conditional asks.
    reading(
        "allow-es-thanks-for-five-stars-given",
        "ES",
        "Muchas gracias por la valoración de cinco estrellas que nos dejó.",
        [],
    ),
    reading(
        "allow-de-thanks-for-five-stars-given",
        "DE",
        "Vielen Dank für die fünf Sterne, die Sie uns gegeben haben.",
        [],
    ),
    reading(
        "allow-en-thanks-for-five-stars-given",
        "UK",
        "Thanks so much for the five stars you gave the kettle!",
        [],
    ),
    reading(
        "review_manipulation-en-would-be-grateful-for-five-stars",
        "UK",
        "We would be grateful for a five-star review.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-conditional-thanks-for-five-stars",
        "ES",
        "Le agradeceríamos una valoración de cinco estrellas.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-conditional-thanks-asks",
        "ES",
        "Le agradeceríamos mucho una reseña en Amazon.",
        [MISPLACED],
    ),
    # A review written and thanked for is no ask; asking whether it is written is one.
    reading(
        "allow-fr-review-published-thanked-for",
        "FR",
        "Nous avons lu l'avis que vous avez publié hier et vous remercions de l'avoir écrit.",
        [],
    ),
    reading(
        "allow-it-review-published-thanked-for",
        "IT",
        "Abbiamo letto la recensione che ha pubblicato e la ringraziamo di averla scritta.",
        [],
    ),
    reading(
        "allow-en-review-posted-thanked-for",
        "UK",
        "We read the review you posted on Monday and thank you for writing it.",
        [],
    ),
    reading(
        "allow-es-review-published",
        "ES",
        "Hemos leído la reseña publicada ayer con mucha atención.",
        [],
    ),
    reading(
        "review_request_misplaced-fr-asked-whether-published",
        "FR",
        "Avez-vous déjà publié votre avis sur Amazon ?",
        [MISPLACED],
    ),
    # A review that "would be valuable" is asked for: the conditional of "to be".
    reading(
        "review_request_misplaced-fr-would-be-useful",
        "FR",
        "Votre avis sur la lampe nous serait très utile.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-would-be-precious",
        "IT",
        "Una sua recensione sarebbe per noi preziosa.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-would-be-a-help",
        "ES",
        "Su valoración sería de gran ayuda para otros compradores.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-would-be-worth-gold",
        "DE",
        "Eine Rezension von Ihnen wäre für uns Gold wert.",
        [MISPLACED],
    ),
    # A word that makes a review some other rating counts in its own clause only.
    reading(
        "review_request_misplaced-fr-by-the-way-then-review",
        "FR",
        "Au passage, un avis de votre part nous serait précieux.",
        [MISPLACED],
    ),
    reading(
        "allow-fr-delivery-notice",
        "FR",
        "Le transporteur a laissé un avis de passage dans votre boîte aux lettres.",
        [],
    ),
    # A technical rating is no review: wattage, power, temperature.
    reading(
        "allow-en-wattage-rating-asked-for",
        "UK",
        "To send the right replacement, could you tell us the wattage rating on the label?",
        [],
    ),
    reading(
        "allow-fr-power-rating-asked-for",
        "FR",
        "Pourriez-vous nous donner l'évaluation de puissance indiquée sur l'étiquette ?",
        [],
    ),
    reading(
        "allow-it-power-rating-asked-for",
        "IT",
        "Può indicarci la valutazione di potenza riportata sull'etichetta?",
        [],
    ),
    reading(
        "allow-es-temperature-rating-asked-for",
        "ES",
        "¿Puede decirnos la calificación de temperatura que figura en la etiqueta?",
        [],
    ),
    # Star symbols: a rating asked for where the sentence speaks of a review, not in a text
    # to print.
    reading(
        "allow-fr-stars-in-a-print-text",
        "FR",
        "Gravure prévue :\n★★★★★ SUPER TONTON ★★★★★\nMerci de confirmer la couleur.",
        [],
    ),
    reading(
        "allow-de-stars-in-a-print-text",
        "DE",
        "Ihr Aufdruck lautet:\n★★★★ Bester Opa der Welt ★★★★",
        [],
    ),
    reading(
        "review_manipulation-en-stars-on-a-condition",
        "UK",
        "If the kettle works well, we'd love ★★★★★ from you on Amazon.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-stars-asked",
        "ES",
        "Déjenos ⭐⭐⭐⭐⭐ en Amazon, por favor.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-grateful-for-stars-in-the-conditional",
        "UK",
        "We'd be really grateful for a ★★★★★ rating.",
        [MANIPULATION, MISPLACED],
    ),
    # A change asked for beside an incentive manipulates, on feedback_removal too.
    reading(
        "review_manipulation-it-removal-then-gift",
        "IT",
        "Potrebbe rimuovere il suo feedback? Come ringraziamento le inviamo un omaggio.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-de-removal-then-gift",
        "DE",
        "Könnten Sie Ihre Bewertung entfernen? Dafür schicken wir Ihnen ein Geschenk.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-update-then-free-cable",
        "UK",
        "Would you update the feedback? We will send you a free cable as thanks.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-en-neutral-removal-beside-a-replacement",
        "UK",
        "If you are satisfied that we have resolved your concerns, it is possible to update "
        "or remove the feedback. The replacement left our warehouse today.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    # Diminutives: a little review, a little gift.
    reading(
        "review_manipulation-es-diminutive-review-and-gift",
        "ES",
        "Si nos dejas una reseñita, te mandamos un regalito.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-diminutive-review",
        "IT",
        "Per una recensioncina le regaliamo la spedizione del prossimo pacco.",
        [MANIPULATION, MISPLACED],
    ),
    # "In exchange" is no change: a refusal to trade for reviews says no.
    reading(
        "allow-it-no-discounts-in-exchange-for-reviews",
        "IT",
        "Non possiamo offrire sconti o altri vantaggi in cambio di recensioni.",
        [],
    ),
    reading(
        "allow-es-no-gifts-in-exchange-for-reviews",
        "ES",
        "No podemos ofrecer descuentos ni otros beneficios a cambio de reseñas.",
        [],
    ),
    reading(
        "review_manipulation-it-gift-in-exchange-for-a-review",
        "IT",
        "Le mandiamo un omaggio in cambio di una recensione.",
        [MANIPULATION, MISPLACED],
    ),
    # A reply's subject repeats the buyer's: not the seller's words.
    reading(
        "allow-es-reply-subject-repeats-the-buyers-question",
        "ES",
        "Lo sentimos, el precio es el que aparece en Amazon.",
        [],
        subject="Re: ¿Descuento si dejo 5 estrellas?",
    ),
    reading(
        "allow-de-reply-subject-repeats-the-buyers-question",
        "DE",
        "Das dürfen wir leider nicht anbieten.",
        [],
        subject="AW: Gutschein für eine Bewertung?",
    ),
    reading(
        "review_manipulation-de-own-subject-offers-a-gift",
        "DE",
        "Ihr Paket ist unterwegs.",
        [MANIPULATION, MISPLACED],
        subject="Ein Geschenk für Ihre Bewertung",
    ),
    # An experience to share on Amazon is a review.
    reading(
        "review_manipulation-es-satisfied-share-experience",
        "ES",
        "Si quedó contento, comparta su experiencia en Amazon.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-share-thoughts-on-amazon",
        "UK",
        "Please share your thoughts on Amazon when you have a moment.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-share-experience-on-amazon",
        "DE",
        "Teilen Sie Ihre Erfahrungen gern auf Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-share-experience-on-amazon",
        "FR",
        "Partagez votre expérience sur Amazon, cela nous aide beaucoup.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-share-experience-on-amazon",
        "IT",
        "Condivida la sua esperienza su Amazon.",
        [MISPLACED],
    ),
    reading(
        "allow-en-sorry-for-the-experience",
        "UK",
        "We are sorry about your experience with the courier; Amazon will refund you.",
        [],
    ),
    reading(
        "allow-de-tell-us-your-experience-with-support",
        "DE",
        "Teilen Sie uns Ihre Erfahrungen mit dem Kundendienst gern mit.",
        [],
    ),
    # An exact form keeps its accent where dropping it makes another word: "laisse" asks.
    reading(
        "review_request_misplaced-fr-unaccented-imperative-asks",
        "FR",
        "Laisse un avis sur Amazon quand tu auras le temps.",
        [MISPLACED],
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), READINGS)
def test_review_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
