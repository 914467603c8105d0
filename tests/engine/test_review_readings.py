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
    # A verb that also names the review asks only when addressed to the buyer.
    reading(
        "allow-de-workshop-assesses-then-free-repair",
        "DE",
        "Unser Labor bewertet dann, ob ein Austausch nötig ist. Beides ist für Sie kostenlos.",
        [],
    ),
    reading(
        "allow-fr-workshop-assesses-then-free-repair",
        "FR",
        "Notre atelier évalue ensuite la panne. La réparation est gratuite pour vous.",
        [],
    ),
    reading(
        "review_manipulation-de-imperative-rating-then-surprise",
        "DE",
        "Bewerte das Spiel! Dafür gibt es eine kleine Überraschung.",
        [MANIPULATION, MISPLACED],
    ),
    # An exact form keeps its accent where dropping it makes another word: "laisse" asks.
    reading(
        "review_request_misplaced-fr-unaccented-imperative-asks",
        "FR",
        "Laisse un avis sur Amazon quand tu auras le temps.",
        [MISPLACED],
    ),
]

# The round's kinds in other words, five languages each: pressure (a disaster, a catastrophe,
# "du tort", "existenzbedrohend"), prize draws ("tirerons au sort", "estrarremo", "sortearemos"),
# a refund or free product for removing a review, satisfied-only asks ("wenn alles passt", "si
# tout vous convient"), star levels ("5*", "top marks", stars on Amazon), codes for a review,
# a review to reconsider ("zurückzunehmen"), neutral asks ("recensendo il prodotto"), and
# near-misses that must pass (thanks, a technician reviewing, product names, refusals).
PARAPHRASES = [
    reading(
        "review_manipulation-en-pressure-1",
        "UK",
        "We are a tiny family firm and every negative review really hurts our sales.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-pressure-2",
        "UK",
        "A one-star review would be a disaster for a small shop like ours.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-pressure-1",
        "DE",
        "Für uns als kleinen Familienbetrieb ist jede schlechte Bewertung existenzbedrohend.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-pressure-2",
        "DE",
        "Eine negative Rezension würde uns sehr wehtun.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-pressure-1",
        "FR",
        "Pour une petite entreprise comme la nôtre, un avis négatif est une catastrophe.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-pressure-2",
        "FR",
        "Une mauvaise note nous ferait vraiment du tort.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-pressure-1",
        "IT",
        "Per una piccola azienda come la nostra una recensione negativa è un disastro.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-pressure-1",
        "ES",
        "Para una pequeña empresa familiar como la nuestra, una mala reseña es un golpe muy duro.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-pressure-2",
        "ES",
        "Una valoración negativa nos haría mucho daño.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-prize-draw-1",
        "UK",
        "Everyone who reviews the blender this month is entered into our monthly draw for a £50 "
        "gift card.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-prize-draw-1",
        "DE",
        "Unter allen, die bis Monatsende eine Bewertung schreiben, verlosen wir drei Gutscheine.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-prize-draw-1",
        "FR",
        "Parmi tous les clients qui laissent un avis ce mois-ci, nous tirerons au sort un gagnant.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-prize-draw-1",
        "IT",
        "Tra tutti quelli che lasciano una recensione estrarremo un vincitore.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-prize-draw-1",
        "ES",
        "Entre todos los que escriban una reseña sortearemos una cesta de productos.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-refund-for-removal-1",
        "UK",
        "We will refund the full amount as soon as the feedback has been removed.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-de-refund-for-removal-1",
        "DE",
        "Sobald die Bewertung gelöscht ist, erstatten wir Ihnen den vollen Kaufpreis.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-fr-refund-for-removal-1",
        "FR",
        "Dès que l'avis aura été supprimé, nous vous rembourserons intégralement.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-it-refund-for-removal-1",
        "IT",
        "Appena il feedback sarà rimosso, le rimborseremo l'intero importo.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-es-refund-for-removal-1",
        "ES",
        "En cuanto se elimine la valoración, le devolveremos el importe completo.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-free-product-for-deletion-1",
        "UK",
        "We can send you a new kettle free of charge if you delete your review.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-free-product-for-deletion-1",
        "DE",
        "Wir schicken Ihnen kostenlos ein neues Gerät, wenn Sie Ihre Rezension löschen.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-satisfied-only-1",
        "UK",
        "If you are happy with the mat, a review would mean the world; if not, please message us "
        "first.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-satisfied-only-1",
        "DE",
        "Wenn alles passt, freuen wir uns über eine Rezension; falls nicht, schreiben Sie uns "
        "bitte zuerst.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-satisfied-only-1",
        "FR",
        "Si tout vous convient, laissez-nous un avis ; sinon, écrivez-nous d'abord.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-satisfied-only-1",
        "IT",
        "Se tutto va bene lasci una recensione, altrimenti ci contatti prima.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-satisfied-only-2",
        "UK",
        "Only happy customers should leave a review, everyone else please email us.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-star-level-1",
        "UK",
        "Top marks on Amazon would make our day!",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-star-level-2",
        "UK",
        "Could you give us 5* on Amazon?",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-star-level-3",
        "UK",
        "A five-star rating would be amazing.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-star-level-1",
        "DE",
        "Über fünf Sternchen würden wir uns riesig freuen.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-star-level-2",
        "DE",
        "Bitte vergeben Sie die volle Punktzahl.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-star-level-1",
        "FR",
        "Cinq étoiles sur Amazon nous feraient très plaisir.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-star-level-1",
        "IT",
        "Ci lasci cinque stelle se può!",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-star-level-2",
        "IT",
        "Un bel 5 stelle su Amazon ci renderebbe felicissimi.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-star-level-1",
        "ES",
        "Nos encantaría recibir cinco estrellas.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-star-level-2",
        "ES",
        "Una calificación de 5 estrellas nos ayudaría mucho.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-code-for-review-1",
        "UK",
        "Post a review and we'll send you a 15% code for your next order.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-code-for-review-1",
        "DE",
        "Nach Ihrer Bewertung erhalten Sie von uns ein kleines Geschenk.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-code-for-review-1",
        "FR",
        "Après votre avis, nous vous enverrons un code de réduction de 10 %.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-code-for-review-1",
        "IT",
        "Dopo la recensione le invieremo un codice sconto del 10%.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-code-for-review-1",
        "ES",
        "Tras publicar su reseña le mandaremos un código de descuento.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-reconsider-1",
        "UK",
        "Now that the issue is fixed, would you reconsider your 2-star rating?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-reconsider-1",
        "DE",
        "Jetzt, wo das Problem gelöst ist, könnten Sie Ihre Ein-Stern-Bewertung überdenken?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-reconsider-1",
        "FR",
        "Maintenant que le problème est réglé, pourriez-vous revoir votre note ?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-reconsider-1",
        "IT",
        "Ora che il problema è risolto, potrebbe rivedere il suo giudizio?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-reconsider-1",
        "ES",
        "Ahora que está resuelto, ¿podría reconsiderar su valoración de una estrella?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-reconsider-2",
        "UK",
        "Would you be willing to take your review down now?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-reconsider-2",
        "DE",
        "Wären Sie bereit, die Rezension zurückzunehmen?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-neutral-ask-1",
        "UK",
        "P.S. A quick review on Amazon would help us a lot.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-neutral-ask-1",
        "DE",
        "PS: Über ein kurzes Feedback auf Amazon würden wir uns freuen.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-neutral-ask-1",
        "FR",
        "PS : un petit avis sur Amazon nous aiderait beaucoup.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-neutral-ask-1",
        "IT",
        "PS: una breve recensione su Amazon ci aiuterebbe molto.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-neutral-ask-1",
        "ES",
        "PD: una breve reseña en Amazon nos ayudaría mucho.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-neutral-ask-2",
        "ES",
        "No olvide valorar el producto en Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-neutral-ask-2",
        "IT",
        "Recensendo il prodotto ci aiuta a crescere.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-neutral-ask-2",
        "DE",
        "Vergessen Sie nicht, den Artikel zu bewerten.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-neutral-ask-2",
        "FR",
        "N'oubliez pas de noter le produit sur Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-neutral-ask-2",
        "UK",
        "Don't forget to rate the product on Amazon.",
        [MISPLACED],
    ),
    reading(
        "allow-en-1",
        "UK",
        "Thank you for the lovely review you left last week.",
        [],
    ),
    reading(
        "allow-de-1",
        "DE",
        "Danke für Ihre ehrliche Bewertung, wir haben die Anleitung verbessert.",
        [],
    ),
    reading(
        "allow-fr-1",
        "FR",
        "Merci pour votre avis, nous avons transmis vos remarques à l'atelier.",
        [],
    ),
    reading(
        "allow-it-1",
        "IT",
        "Grazie per la recensione, abbiamo già migliorato l'imballaggio.",
        [],
    ),
    reading(
        "allow-es-1",
        "ES",
        "Gracias por su reseña, ya hemos mejorado el embalaje.",
        [],
    ),
    reading(
        "allow-en-2",
        "UK",
        "Our technician will review the photos and get back to you.",
        [],
    ),
    reading(
        "allow-de-2",
        "DE",
        "Unser Techniker bewertet die Fotos und meldet sich dann.",
        [],
    ),
    reading(
        "allow-fr-2",
        "FR",
        "Notre technicien va évaluer les photos et revenir vers vous.",
        [],
    ),
    reading(
        "allow-it-2",
        "IT",
        "Il nostro tecnico valuterà le foto e le risponderà.",
        [],
    ),
    reading(
        "allow-es-2",
        "ES",
        "Nuestro técnico evaluará las fotos y le responderá.",
        [],
    ),
    reading(
        "allow-en-3",
        "UK",
        "The 5-Star Deluxe Pillow ships tomorrow.",
        [],
    ),
    reading(
        "allow-de-3",
        "DE",
        "Das Fünf-Sterne-Kissen wird morgen verschickt.",
        [],
    ),
    reading(
        "allow-fr-3",
        "FR",
        "Le coussin Cinq Étoiles part demain.",
        [],
    ),
    reading(
        "allow-it-3",
        "IT",
        "Il cuscino Cinque Stelle parte domani.",
        [],
    ),
    reading(
        "allow-es-3",
        "ES",
        "La almohada Cinco Estrellas sale mañana.",
        [],
    ),
    reading(
        "allow-en-4",
        "UK",
        "We never offer anything in exchange for reviews.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-4",
        "DE",
        "Für Bewertungen bieten wir grundsätzlich keine Gegenleistung an.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-4",
        "FR",
        "Nous n'offrons jamais rien en échange d'un avis.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-it-4",
        "IT",
        "Non offriamo mai nulla in cambio di recensioni.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-es-4",
        "ES",
        "Nunca ofrecemos nada a cambio de reseñas.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-5",
        "UK",
        "We'd love to hear your honest opinion in a review, good or bad.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-5",
        "DE",
        "Ob positiv oder negativ – über eine ehrliche Bewertung freuen wir uns.",
        [],
        **REVIEW_REQUEST,
    ),
]

# More wordings, five languages each: neutral asks on other reasons ("feel free to leave
# feedback", "bewerten Sie bitte den Artikel", "dejando una reseña"), incentives before, after
# and beside the review (a screenshot of it earns a gift), positive-only asks, changes asked
# for; and a review the seller has read and acted on ("nous avons lu votre avis et corrigé la
# notice"), which asks nothing.
MORE_WORDINGS = [
    reading(
        "review_request_misplaced-en-neutral-ask-r-1",
        "UK",
        "We'd really appreciate it if you could rate your purchase.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-neutral-ask-r-2",
        "UK",
        "Your feedback on Amazon helps other customers choose.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-neutral-ask-r-3",
        "UK",
        "Feel free to leave feedback once it arrives.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-neutral-ask-r-1",
        "DE",
        "Wir freuen uns auf Ihr Feedback bei Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-neutral-ask-r-2",
        "DE",
        "Hinterlasse uns gerne eine kurze Bewertung.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-neutral-ask-r-3",
        "DE",
        "Eine Bewertung auf Amazon hilft anderen Kunden bei der Auswahl.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-neutral-ask-r-4",
        "DE",
        "Wenn Sie einen Moment Zeit haben, bewerten Sie bitte den Artikel.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-neutral-ask-r-5",
        "DE",
        "Ihre Meinung zum Produkt interessiert uns – schreiben Sie gern eine Rezension.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-neutral-ask-r-1",
        "FR",
        "Dites-nous ce que vous en pensez en laissant un avis sur Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-neutral-ask-r-2",
        "FR",
        "Votre avis compte : prenez une minute pour noter l'article.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-neutral-ask-r-3",
        "FR",
        "Un petit commentaire sur Amazon nous ferait plaisir.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-neutral-ask-r-4",
        "FR",
        "N'hésitez pas à partager votre avis sur Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-neutral-ask-r-1",
        "IT",
        "Ci farebbe piacere leggere la sua opinione su Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-neutral-ask-r-2",
        "IT",
        "Se ha un minuto, lasci un feedback sul prodotto.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-neutral-ask-r-3",
        "IT",
        "La sua valutazione su Amazon aiuta altri clienti.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-neutral-ask-r-4",
        "IT",
        "Non dimentichi di recensire l'articolo.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-neutral-ask-r-1",
        "ES",
        "Nos encantaría conocer su opinión en Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-neutral-ask-r-2",
        "ES",
        "Si tiene un momento, valore el producto en Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-neutral-ask-r-3",
        "ES",
        "Cuéntenos qué le pareció dejando una reseña.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-neutral-ask-r-4",
        "ES",
        "Su opinión en Amazon ayuda a otros compradores.",
        [MISPLACED],
    ),
    reading(
        "review_manipulation-en-incentive-r-1",
        "UK",
        "As a small thank-you for your review, we'll refund £5 of the price.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-incentive-r-2",
        "UK",
        "Send us a screenshot of your review and we'll send a free phone case.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-incentive-r-3",
        "UK",
        "Reviewers get a free sample of our new blend.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-incentive-r-4",
        "UK",
        "Write a review. In return, you'll receive a £10 Amazon gift card.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-incentive-r-1",
        "DE",
        "Als Dankeschön für Ihre Bewertung erstatten wir Ihnen 5 Euro.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-incentive-r-2",
        "DE",
        "Schicken Sie uns einen Screenshot Ihrer Bewertung, dann bekommen Sie ein Gratis-Zubehör.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-incentive-r-3",
        "DE",
        "Wer eine Bewertung schreibt, bekommt ein zweites Kissen gratis dazu.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-incentive-r-1",
        "FR",
        "Laissez un avis et recevez un échantillon offert.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-incentive-r-2",
        "FR",
        "Envoyez-nous une capture de votre avis pour obtenir un accessoire gratuit.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-incentive-r-3",
        "FR",
        "Chaque avis publié vous rapporte un bon d'achat de 10 €.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-incentive-r-1",
        "IT",
        "Lasci una recensione e riceverà un campione omaggio.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-incentive-r-2",
        "IT",
        "Ci mandi uno screenshot della recensione e le regaliamo un accessorio.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-incentive-r-3",
        "IT",
        "Per ogni recensione pubblicata riceverà un buono da 10 euro.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-incentive-r-1",
        "ES",
        "Como agradecimiento por su reseña, le reembolsamos 5 euros.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-incentive-r-2",
        "ES",
        "Deje una reseña y reciba una muestra gratis.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-incentive-r-3",
        "ES",
        "Envíenos una captura de su reseña y le regalamos un accesorio.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-incentive-r-4",
        "ES",
        "Por cada opinión publicada recibirá un vale de 10 euros.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-positive-only-r-1",
        "UK",
        "We only ask for reviews from customers who loved the product.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-positive-only-r-2",
        "UK",
        "Please leave a glowing review!",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-positive-only-r-1",
        "DE",
        "Bitte nur positive Bewertungen abgeben.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-positive-only-r-2",
        "DE",
        "Eine Top-Bewertung wäre super.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-positive-only-r-1",
        "FR",
        "Merci de ne laisser que des avis positifs.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-positive-only-r-2",
        "FR",
        "Une excellente note nous aiderait beaucoup.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-positive-only-r-1",
        "IT",
        "Ci lasci una recensione positiva, per favore.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-positive-only-r-2",
        "IT",
        "Un ottimo voto ci aiuterebbe molto.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-positive-only-r-1",
        "ES",
        "Déjenos una reseña positiva, por favor.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-positive-only-r-2",
        "ES",
        "Una excelente puntuación nos ayudaría mucho.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-change-r-1",
        "UK",
        "Could you edit your review now that the replacement has arrived?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-change-r-2",
        "UK",
        "We'd be grateful if you could delete the negative feedback.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-change-r-1",
        "DE",
        "Könnten Sie die negative Bewertung bitte entfernen?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-change-r-2",
        "DE",
        "Vielleicht möchten Sie Ihre Rezension jetzt anpassen.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-change-r-1",
        "FR",
        "Pourriez-vous mettre à jour votre avis maintenant ?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-change-r-2",
        "FR",
        "Accepteriez-vous de supprimer votre commentaire négatif ?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-change-r-1",
        "IT",
        "Potrebbe aggiornare la sua recensione?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-change-r-2",
        "IT",
        "Le chiediamo di togliere il feedback negativo.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-change-r-1",
        "ES",
        "¿Podría actualizar su reseña ahora que todo funciona?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-change-r-2",
        "ES",
        "Le pedimos que retire su valoración negativa.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "allow-en-seller-read-1",
        "UK",
        "Our review of your warranty claim is complete; the refund is on its way.",
        [],
    ),
    reading(
        "allow-en-seller-read-2",
        "UK",
        "The reviews on the listing mention the same sizing, so we checked it.",
        [],
    ),
    reading(
        "allow-de-seller-read-1",
        "DE",
        "Wir haben Ihre Bewertung gelesen und den Fehler behoben.",
        [],
    ),
    reading(
        "allow-de-seller-read-2",
        "DE",
        "Die Sterne auf der Verpackung sind nur Dekoration.",
        [],
    ),
    reading(
        "allow-fr-seller-read-1",
        "FR",
        "Nous avons bien lu votre avis et corrigé la notice.",
        [],
    ),
    reading(
        "allow-fr-seller-read-2",
        "FR",
        "Selon votre avis, la taille est un peu petite : nous échangeons volontiers.",
        [],
    ),
    reading(
        "allow-it-seller-read-1",
        "IT",
        "Abbiamo letto la sua recensione e corretto le istruzioni.",
        [],
    ),
    reading(
        "allow-it-seller-read-2",
        "IT",
        "A nostro avviso il difetto è dovuto al trasporto.",
        [],
    ),
    reading(
        "allow-es-seller-read-1",
        "ES",
        "Hemos leído su reseña y corregido las instrucciones.",
        [],
    ),
    reading(
        "allow-es-seller-read-2",
        "ES",
        "En nuestra opinión, el defecto se debe al transporte.",
        [],
    ),
    reading(
        "allow-en-seller-read-3",
        "UK",
        "In our opinion the crack happened in transit.",
        [],
    ),
    reading(
        "allow-de-seller-read-3",
        "DE",
        "Nach unserer Einschätzung entstand der Schaden beim Transport.",
        [],
    ),
]

# Near-misses that must pass (product names with stars, a score shown, thanks for feedback,
# a team that reviews a claim, free exchanges, the seller's own changes), neutral asks that
# must be found, levels below which reviews "hurt", conditions anywhere in their clause ("nur,
# wenn Sie zufrieden sind"), a refund for an updated rating ("mettez à jour").
NEAR_MISSES_AND_MORE = [
    reading(
        "allow-en-near-miss-1",
        "UK",
        "Your parcel with the Five Star notebook set left today.",
        [],
    ),
    reading(
        "allow-en-near-miss-2",
        "UK",
        "As requested, the engraving reads: 'Best Dad - five stars'.",
        [],
    ),
    reading(
        "allow-en-near-miss-3",
        "UK",
        "We have updated your delivery address as requested.",
        [],
    ),
    reading(
        "allow-en-near-miss-4",
        "UK",
        "Thank you for your feedback about the zip; we have passed it to the factory.",
        [],
    ),
    reading(
        "allow-en-near-miss-5",
        "UK",
        "Your feedback helps us improve the packaging, so thank you for sharing it.",
        [],
    ),
    reading(
        "allow-en-near-miss-6",
        "UK",
        "We will review your return request within two working days.",
        [],
    ),
    reading(
        "allow-en-near-miss-7",
        "UK",
        "The product has a 4.7 out of 5 star rating on the listing.",
        [],
    ),
    reading(
        "allow-en-near-miss-8",
        "UK",
        "If you're not happy with the fit, you can return it for free.",
        [],
    ),
    reading(
        "allow-en-near-miss-9",
        "UK",
        "We removed the old label before shipping your parcel.",
        [],
    ),
    reading(
        "allow-de-near-miss-1",
        "DE",
        "Ihr Paket mit dem Sternenhimmel-Projektor ist unterwegs.",
        [],
    ),
    reading(
        "allow-de-near-miss-2",
        "DE",
        "Danke für Ihr Feedback zur Größe, wir haben die Tabelle angepasst.",
        [],
    ),
    reading(
        "allow-de-near-miss-3",
        "DE",
        "Unser Team prüft Ihre Reklamation und meldet sich.",
        [],
    ),
    reading(
        "allow-de-near-miss-4",
        "DE",
        "Wenn Sie mit der Größe nicht zufrieden sind, tauschen wir den Artikel kostenlos um.",
        [],
    ),
    reading(
        "allow-de-near-miss-5",
        "DE",
        "Die Gravur lautet wie gewünscht: „Für die beste Oma – 5 Sterne“.",
        [],
    ),
    reading(
        "allow-de-near-miss-6",
        "DE",
        "Wir haben die Lieferadresse geändert.",
        [],
    ),
    reading(
        "allow-fr-near-miss-1",
        "FR",
        "Merci pour votre retour, nous avons transmis vos remarques au fabricant.",
        [],
    ),
    reading(
        "allow-fr-near-miss-2",
        "FR",
        "Si la taille ne vous convient pas, l'échange est gratuit.",
        [],
    ),
    reading(
        "allow-fr-near-miss-3",
        "FR",
        "Notre équipe va examiner votre demande de retour.",
        [],
    ),
    reading(
        "allow-fr-near-miss-4",
        "FR",
        "Le coffret « Nuit étoilée » est expédié aujourd'hui.",
        [],
    ),
    reading(
        "allow-fr-near-miss-5",
        "FR",
        "Nous avons modifié l'adresse de livraison comme demandé.",
        [],
    ),
    reading(
        "allow-it-near-miss-1",
        "IT",
        "Grazie per il suo feedback sulla taglia, lo abbiamo girato al produttore.",
        [],
    ),
    reading(
        "allow-it-near-miss-2",
        "IT",
        "Se la misura non le va bene, il cambio è gratuito.",
        [],
    ),
    reading(
        "allow-it-near-miss-3",
        "IT",
        "Il nostro team valuterà la sua richiesta di reso.",
        [],
    ),
    reading(
        "allow-it-near-miss-4",
        "IT",
        "Abbiamo modificato l'indirizzo di consegna come richiesto.",
        [],
    ),
    reading(
        "allow-es-near-miss-1",
        "ES",
        "Gracias por su comentario sobre la talla, lo hemos pasado al fabricante.",
        [],
    ),
    reading(
        "allow-es-near-miss-2",
        "ES",
        "Si la talla no le queda bien, el cambio es gratis.",
        [],
    ),
    reading(
        "allow-es-near-miss-3",
        "ES",
        "Nuestro equipo revisará su solicitud de devolución.",
        [],
    ),
    reading(
        "allow-es-near-miss-4",
        "ES",
        "Hemos cambiado la dirección de entrega como nos pidió.",
        [],
    ),
    reading(
        "allow-es-near-miss-5",
        "ES",
        "El cojín «Cinco Estrellas» sale hoy.",
        [],
    ),
    reading(
        "review_request_misplaced-de-neutral-ask-m-1",
        "DE",
        "Lassen Sie uns gern wissen, wie Ihnen das Produkt gefällt – mit einer Bewertung auf "
        "Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-neutral-ask-m-1",
        "FR",
        "Vous pouvez aussi donner votre avis sur la page du produit.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-neutral-ask-m-1",
        "IT",
        "Può anche lasciare un giudizio sulla pagina del prodotto.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-neutral-ask-m-1",
        "ES",
        "También puede dar su opinión en la página del producto.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-neutral-ask-m-2",
        "DE",
        "Sie können das Produkt auch auf Amazon bewerten.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-neutral-ask-m-2",
        "FR",
        "Vous pouvez également évaluer le produit sur Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_manipulation-en-level-condition-refund-m-1",
        "UK",
        "Reviews below four stars really hurt us, so please get in touch first.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-level-condition-refund-m-1",
        "DE",
        "Bewertungen unter vier Sternen schaden uns sehr.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-level-condition-refund-m-1",
        "FR",
        "Les avis en dessous de quatre étoiles nous pénalisent énormément.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-level-condition-refund-m-1",
        "IT",
        "Le recensioni sotto le quattro stelle ci penalizzano molto.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-level-condition-refund-m-1",
        "ES",
        "Las reseñas de menos de cuatro estrellas nos perjudican mucho.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-level-condition-refund-m-2",
        "UK",
        "Please only leave a review if you're completely satisfied.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-level-condition-refund-m-2",
        "DE",
        "Bitte bewerten Sie uns nur, wenn Sie rundum zufrieden sind.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-level-condition-refund-m-2",
        "FR",
        "Ne laissez un avis que si vous êtes entièrement satisfait.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-level-condition-refund-m-2",
        "IT",
        "Lasci una recensione solo se è pienamente soddisfatto.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-level-condition-refund-m-2",
        "ES",
        "Deje una reseña solo si está totalmente satisfecho.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-level-condition-refund-m-3",
        "UK",
        "We'll give you a partial refund of £10 if you update your rating.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-level-condition-refund-m-3",
        "DE",
        "Wir erstatten Ihnen 10 Euro, wenn Sie Ihre Bewertung aktualisieren.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-level-condition-refund-m-3",
        "FR",
        "Nous vous remboursons 10 € si vous mettez à jour votre note.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-level-condition-refund-m-3",
        "IT",
        "Le rimborsiamo 10 euro se aggiorna la sua valutazione.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-level-condition-refund-m-3",
        "ES",
        "Le reembolsamos 10 euros si actualiza su valoración.",
        [MANIPULATION, MISPLACED],
    ),
]

# Levels and incentives in other spellings ("ein Review mit 5 Sternen", "Rezi", "note
# maximale", "carte cadeau", "rimborso parziale"), a level as a change's aim, an incentive in
# the sentence after the review, and reviews of others or thanked for, which must pass.
SPELLINGS = [
    reading(
        "review_manipulation-de-level-or-incentive-n-1",
        "DE",
        "Über ein Review mit 5 Sternen würden wir uns sehr freuen.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-level-or-incentive-n-2",
        "DE",
        "Eine Sternebewertung von fünf wäre klasse.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-level-or-incentive-n-3",
        "DE",
        "Für eine Bewertung mit voller Sternezahl schicken wir Ihnen eine Kleinigkeit.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-level-or-incentive-n-4",
        "DE",
        "Nach Ihrer Rezension gibt es Geld zurück.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-level-or-incentive-n-5",
        "DE",
        "Eine kurze Rezi auf Amazon wäre toll, dafür gibt's einen Amazon-Gutschein.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-level-or-incentive-n-1",
        "FR",
        "Une note maximale sur Amazon nous ferait très plaisir.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-level-or-incentive-n-2",
        "FR",
        "Contre un avis, nous vous offrons une carte cadeau.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-level-or-incentive-n-3",
        "FR",
        "Un remboursement partiel vous attend après publication de votre avis.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-level-or-incentive-n-1",
        "IT",
        "Una recensione a 5 stelle ci renderebbe felici.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-level-or-incentive-n-2",
        "IT",
        "Dopo la recensione le invieremo un buono Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-level-or-incentive-n-3",
        "IT",
        "Un rimborso parziale la aspetta dopo la pubblicazione della recensione.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-level-or-incentive-n-1",
        "ES",
        "Una valoración máxima en Amazon nos haría muy felices.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-level-or-incentive-n-2",
        "ES",
        "A cambio de su reseña le enviamos una tarjeta regalo.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-level-or-incentive-n-3",
        "ES",
        "Tras publicar su opinión le haremos un reembolso parcial.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-level-or-incentive-n-1",
        "UK",
        "Leave us five stars and we'll send you a little something.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-level-or-incentive-n-2",
        "UK",
        "Could you bump your rating up to five stars?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-level-or-incentive-n-6",
        "DE",
        "Könnten Sie Ihre Bewertung auf fünf Sterne hochsetzen?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-level-or-incentive-n-4",
        "FR",
        "Pourriez-vous passer votre note à cinq étoiles ?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-level-or-incentive-n-4",
        "IT",
        "Potrebbe portare la sua valutazione a cinque stelle?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-level-or-incentive-n-4",
        "ES",
        "¿Podría subir su valoración a cinco estrellas?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-beside-n-1",
        "DE",
        "Haben Sie schon eine Bewertung geschrieben? Dann schicken wir Ihnen gern ein Geschenk.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-beside-n-1",
        "FR",
        "Avez-vous déjà laissé un avis ? Si oui, un cadeau vous attend.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-beside-n-1",
        "IT",
        "Ha già lasciato una recensione? In tal caso le spediamo un omaggio.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-beside-n-1",
        "ES",
        "¿Ya dejó su reseña? Si es así, le enviamos un regalo.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-other-reviews-or-thanks-1",
        "DE",
        "Die Bewertungen auf der Produktseite stammen von anderen Kunden.",
        [],
    ),
    reading(
        "allow-fr-other-reviews-or-thanks-1",
        "FR",
        "Les avis sur la fiche produit viennent d'autres clients.",
        [],
    ),
    reading(
        "allow-it-other-reviews-or-thanks-1",
        "IT",
        "Le recensioni sulla pagina del prodotto sono di altri clienti.",
        [],
    ),
    reading(
        "allow-es-other-reviews-or-thanks-1",
        "ES",
        "Las reseñas de la página del producto son de otros clientes.",
        [],
    ),
    reading(
        "allow-en-other-reviews-or-thanks-1",
        "UK",
        "Thank you for the five-star review, it made our week!",
        [],
    ),
    reading(
        "allow-de-other-reviews-or-thanks-2",
        "DE",
        "Danke für die tolle Bewertung, das hat uns sehr gefreut!",
        [],
    ),
    reading(
        "allow-fr-other-reviews-or-thanks-2",
        "FR",
        "Merci pour votre avis cinq étoiles, toute l'équipe est ravie !",
        [],
    ),
    reading(
        "allow-it-other-reviews-or-thanks-2",
        "IT",
        "Grazie per la recensione a cinque stelle, ci ha fatto felici!",
        [],
    ),
    reading(
        "allow-es-other-reviews-or-thanks-2",
        "ES",
        "¡Gracias por la reseña de cinco estrellas, nos alegró el día!",
        [],
    ),
]


# Round 4: kinds the fourth blind round's tuning part showed, in wording of our own.
ROUND_FOUR = [
    # A sentence hard-wrapped by the writer's mail client is one sentence.
    reading(
        "review_manipulation-de-wrapped-pressure",
        "DE",
        "Wir sind ein kleiner Familienbetrieb, und schlechte Bewertungen können für\n"
        "uns das Aus bedeuten und uns ruinieren.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-wrapped-before-the-noun",
        "DE",
        "Die Lieferung kommt am Dienstag, und danach würden wir uns sehr über eine\n"
        "Rezension zu Ihrem neuen Tisch freuen.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-wrapped-ask",
        "UK",
        "Once the sofa has arrived and you have had a chance to sit on it, please\n"
        "leave us a review on Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_manipulation-fr-wrapped-incentive",
        "FR",
        "Pour vous remercier, nous vous enverrons un coussin offert si vous\n"
        "publiez un avis sur la lampe.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-wrapped-change",
        "IT",
        "Ora che il problema è risolto, potrebbe gentilmente\nmodificare la sua recensione?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-wrapped-satisfied-only",
        "ES",
        "Si está satisfecho con la freidora, le pedimos que\ndeje una reseña en Amazon.",
        [MANIPULATION, MISPLACED],
    ),
    # Must allow: a line that ends its sentence, or a table row, does not run into the next.
    reading(
        "allow-de-wrapped-signature-then-stars-product",
        "DE",
        "Vielen Dank für Ihre Bestellung.\nArtikel: Sternenhimmel Projektor, 5 Sterne Edition",
        [],
    ),
    # A product's name, not a change: "Edition" is no "edit"; an invoice line starts with a
    # quantity ("1 x", "2x", "3 Stück").
    reading(
        "allow-en-review-edition-product",
        "US",
        "The Book Review Edition of the journal ships with a bookmark and a pen.",
        [],
    ),
    reading(
        "allow-de-quantity-line-with-stars",
        "DE",
        "Ihre Rechnung:\n2 Stück Sternenhimmel Lampe 5 Sterne Deluxe, 39,90 EUR",
        [],
    ),
    reading(
        "allow-fr-quantity-line-with-stars",
        "FR",
        "Voici votre facture :\n1 x Guirlande 5 étoiles lumineuses, 14,90 EUR",
        [],
    ),
    reading(
        "allow-es-quantity-line-with-review-word",
        "ES",
        "Su factura:\n3x Cuaderno Reseña de Libros con 5 estrellas para colorear, 12,00 EUR",
        [],
    ),
    reading(
        "review_manipulation-en-edit-still-a-change",
        "UK",
        "Would you consider editing your review now that the lamp works?",
        [MANIPULATION, MISPLACED],
    ),
    # "If all is well" is no satisfied-only ask by itself; with the other case sent to the
    # seller in the next sentence it is, in every language.
    reading(
        "review_request_misplaced-de-if-all-is-well",
        "DE",
        "Und wenn alles passt, würden wir uns über eine Bewertung freuen.",
        [MISPLACED],
    ),
    reading(
        "review_manipulation-de-if-not-write-us-first-next-sentence",
        "DE",
        "Wenn alles passt, freuen wir uns über eine Bewertung. Falls nicht, schreiben Sie uns "
        "bitte zuerst.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-if-not-contact-us-first-next-sentence",
        "UK",
        "If everything is in order, we would welcome a review. If not, please contact us first.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-otherwise-write-to-us-first-next-sentence",
        "FR",
        "Si tout est en ordre, laissez-nous un avis. Sinon, écrivez-nous d'abord.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-otherwise-contact-us-first-next-sentence",
        "ES",
        "Si todo está en orden, déjenos una reseña. Si no, contáctenos antes, por favor.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-write-a-review-we-read-critical-ones-too",
        "DE",
        "Schreib gern eine Rezension, wir lesen jede einzelne, auch die kritischen.",
        [MISPLACED],
    ),
    # Either way ("buena o mala"): a polite "si gusta" (if you wish) asks, it does not select.
    reading(
        "review_request_misplaced-es-either-way-if-you-wish",
        "ES",
        "Si gusta, puede escribir una reseña en Amazon contando su experiencia, buena o mala.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-either-way-if-glad-to",
        "IT",
        "Quando è contento di farlo, scriva una recensione su Amazon, positiva o negativa.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-either-way-if-glad-to",
        "DE",
        "Wenn Sie Lust haben und zufrieden oder unzufrieden sind, schreiben Sie eine "
        "Rezension, ob gut oder schlecht.",
        [MISPLACED],
    ),
    reading(
        "review_manipulation-es-if-you-like-it-only",
        "ES",
        "Si le gusta la sartén, escriba una reseña en Amazon.",
        [MANIPULATION, MISPLACED],
    ),
    # Thanks for what the buyer did ("for taking the time to leave"), not thanks in advance.
    reading(
        "allow-en-thanks-for-taking-the-time-to-leave-feedback",
        "UK",
        "Thank you for taking the time to leave feedback; we have passed it to our warehouse.",
        [],
    ),
    reading(
        "allow-en-thanks-for-writing-such-a-detailed-review",
        "UK",
        "Thanks so much for writing such a detailed review of the kettle.",
        [],
    ),
    reading(
        "allow-fr-thanks-for-having-taken-the-time",
        "FR",
        "Merci d'avoir pris le temps de laisser un avis sur la lampe.",
        [],
    ),
    reading(
        "allow-it-thanks-for-having-left",
        "IT",
        "Grazie per aver lasciato una recensione così dettagliata.",
        [],
    ),
    reading(
        "allow-es-thanks-for-taking-the-time",
        "ES",
        "Gracias por tomarse el tiempo de dejar una reseña tan completa.",
        [],
    ),
    reading(
        "allow-de-thanks-for-taking-the-time",
        "DE",
        "Vielen Dank, dass Sie sich die Zeit für eine so ausführliche Rezension genommen haben.",
        [],
    ),
    reading(
        "review_request_misplaced-en-thanks-in-advance-for-leaving",
        "UK",
        "Thanks in advance for leaving a review of the kettle.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-thanks-in-advance",
        "IT",
        "Grazie in anticipo per lasciare una recensione sul prodotto.",
        [MISPLACED],
    ),
    # A rating the buyer gave, seen or written: nothing asked.
    reading(
        "allow-fr-seen-comment-and-stars-then-thanks",
        "FR",
        "Nous avons vu votre commentaire et vos 5 étoiles : merci beaucoup !",
        [],
    ),
    reading(
        "allow-en-read-your-five-star-review",
        "UK",
        "We read your five-star review this morning and the whole team smiled.",
        [],
    ),
    reading(
        "allow-de-seen-your-five-star-rating",
        "DE",
        "Wir haben Ihre 5-Sterne-Bewertung gesehen und uns riesig gefreut.",
        [],
    ),
    reading(
        "allow-it-seen-the-five-stars-left",
        "IT",
        "Abbiamo visto le cinque stelle che ci ha lasciato nella recensione, che gioia.",
        [],
    ),
    reading(
        "allow-es-read-your-positive-review",
        "ES",
        "Hemos leído su reseña positiva y nos ha alegrado el día.",
        [],
    ),
    reading(
        "review_manipulation-en-seen-then-asked-to-raise",
        "UK",
        "We saw your three-star review; could you change it to five stars?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-seen-question-five-stars",
        "DE",
        "Wir haben Ihre Nachricht gelesen: würden Sie uns fünf Sterne auf Amazon geben?",
        [MANIPULATION, MISPLACED],
    ),
    # "Commento" is a review in Italian as "commentaire" and "comentario" are; writing to the
    # seller about one ("ci scriva", "write to us") asks for none.
    reading(
        "review_manipulation-it-nice-comment-in-exchange",
        "IT",
        "Le mandiamo anche la taglia M senza costi. In cambio le chiediamo solo un bel "
        "commento sul prodotto su Amazon.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-leave-us-a-comment",
        "IT",
        "Ci lasci un commento su Amazon quando ha tempo.",
        [MISPLACED],
    ),
    reading(
        "allow-it-any-comment-write-to-us",
        "IT",
        "Per qualsiasi commento o domanda ci scriva pure.",
        [],
    ),
    reading(
        "allow-en-any-feedback-write-to-us",
        "UK",
        "If you have any feedback on the kettle, write to us.",
        [],
    ),
    reading(
        "allow-es-comments-write-to-us",
        "ES",
        "Si tiene algún comentario sobre el envío, nos escriba por aquí.",
        [],
    ),
    reading(
        "review_request_misplaced-en-write-us-a-review",
        "UK",
        "Write us a review on Amazon when you have a minute.",
        [MISPLACED],
    ),
    # An experience told on Amazon, the platform before or after it; a review that "would
    # help".
    reading(
        "review_request_misplaced-it-tell-on-amazon-your-experience",
        "IT",
        "Ci farebbe un favore se raccontasse su Amazon la sua esperienza con il prodotto.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-tell-your-experience-on-amazon",
        "FR",
        "Vous pourriez raconter sur Amazon votre expérience avec la lampe ?",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-tell-your-experience-on-amazon",
        "ES",
        "Cuéntenos en Amazon su experiencia con la freidora, por favor.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-tell-your-experience-on-amazon",
        "DE",
        "Erzählen Sie auf Amazon gern von Ihren Erfahrungen mit dem Mixer.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-review-would-help",
        "FR",
        "Votre évaluation du cours sur Amazon nous aiderait énormément.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-review-would-help",
        "IT",
        "Una sua recensione su Amazon ci aiuterebbe molto.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-review-would-help",
        "ES",
        "Una valoración suya en Amazon nos ayudaría muchísimo.",
        [MISPLACED],
    ),
    reading(
        "allow-de-experience-with-amazon-delivery",
        "DE",
        "Unsere Erfahrung mit Amazon-Lieferungen in die Schweiz ist gut.",
        [],
    ),
    # A reward for joining a list beside a review ask is marketing, not a bought review.
    reading(
        "review_request_misplaced-fr-newsletter-reward-beside-review-ask",
        "FR",
        "Abonnez-vous à notre lettre d'information pour recevoir des réductions. Votre avis "
        "sur Amazon nous aiderait aussi.",
        [MARKETING, MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-newsletter-reward-beside-review-ask",
        "UK",
        "Join our newsletter to get a discount on new releases. Please also leave a review "
        "on Amazon.",
        [MARKETING, MISPLACED],
    ),
    # Rewards in other shapes: a refund once the review is up, a percentage off, a code the
    # review activates, a product offered, a refund the sentence before "in return" for.
    reading(
        "review_manipulation-en-refund-once-review-live",
        "US",
        "Once your review is live, reply here and our team will process the refund.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-refund-once-review-online",
        "DE",
        "Sobald Ihre Rezension online ist, erstatten wir Ihnen die Versandkosten.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-refund-once-review-published",
        "IT",
        "Appena la sua recensione sarà pubblicata, le rimborsiamo la spedizione.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "allow-en-inspection-review-then-amazon-refund",
        "US",
        "Our team will review the item, and once the review is complete, Amazon will issue "
        "your refund.",
        [],
    ),
    reading(
        "review_manipulation-en-percent-off-for-review",
        "UK",
        "Leave a review of your case on Amazon and get 10% off your next order.",
        [MANIPULATION, MISPLACED, MARKETING],
    ),
    reading(
        "review_manipulation-es-minus-percent-then-write-review",
        "ES",
        "Con el codigo RESENA15 tiene un -15 % en su siguiente pedido. Para activarlo solo "
        "tiene que escribir una opinion sobre la freidora en Amazon.",
        [MANIPULATION, MISPLACED, MARKETING],
    ),
    reading(
        "review_manipulation-fr-code-activated-once-review-online",
        "FR",
        "Le code est activé dès que votre avis est en ligne.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-code-sent-once-review-written",
        "IT",
        "Le inviamo il codice appena avrà scritto la recensione.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "allow-fr-hundred-percent-cotton-and-review-word",
        "FR",
        "Votre avis nous intéresse : la housse est en 100 % coton.",
        [],
    ),
    reading(
        "review_request_misplaced-en-access-code-then-review-ask",
        "UK",
        "Here is your activation code: XK-123-ABC. Please leave a review on Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-access-code-then-review-ask",
        "ES",
        "Su código de activación es XK-123-ABC. Puede dejar una reseña en Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_manipulation-fr-second-item-offered-if-review",
        "FR",
        "Nous vous offrons un second diffuseur si vous laissez une évaluation.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-we-give-you-for-review",
        "DE",
        "Für eine Rezension schenken wir Ihnen ein zweites Glas.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-refunded-in-return-remove-feedback",
        "DE",
        "Wir haben Ihnen den vollen Kaufpreis erstattet. Im Gegenzug bitten wir Sie, Ihr "
        "Verkäuferfeedback zu entfernen.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-fr-refunded-in-return-remove-review",
        "FR",
        "Nous vous avons remboursé la totalité. En contrepartie, nous vous demandons de "
        "retirer votre évaluation.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-es-refunded-in-return-remove-review",
        "ES",
        "Le hemos reembolsado el importe completo. A cambio, le pedimos que retire su valoración.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-de-refunded-then-neutral-feedback-removal",
        "DE",
        "Wir haben Ihnen den vollen Kaufpreis erstattet. Wenn wir Ihr Anliegen gelöst haben, "
        "können Sie Ihr Feedback aktualisieren oder entfernen.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    # "It" to change, asked a few words before: "would you be willing to revise it".
    reading(
        "review_manipulation-en-willing-to-revise-it",
        "UK",
        "We noticed the review you left mentions the sizing. Now that it is sorted, would you "
        "be willing to revise it?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-could-you-think-of-changing-it",
        "IT",
        "Abbiamo letto la sua recensione. Ora che è tutto risolto, potrebbe gentilmente "
        "pensare di modificarla?",
        [MANIPULATION, MISPLACED],
    ),
    # A rating done ("un técnico calificado"), by a technician ("il nostro tecnico valuterà").
    reading(
        "allow-es-qualified-technician-assessment",
        "ES",
        "Un técnico calificado hará una valoración de su aire acondicionado el jueves.",
        [],
    ),
    reading(
        "allow-it-technician-will-assess-the-product",
        "IT",
        "Il nostro tecnico valuterà il prodotto entro venerdì.",
        [],
    ),
    reading(
        "allow-fr-technician-will-assess-the-item",
        "FR",
        "Notre technicien va évaluer l'article et vous tiendra informé.",
        [],
    ),
    reading(
        "allow-de-rated-product-was-checked",
        "DE",
        "Der von Ihnen bewertete Artikel wurde von unserem Techniker geprüft.",
        [],
    ),
    # Buyers named by their satisfaction as those asked.
    reading(
        "review_manipulation-en-happy-customers-asked",
        "UK",
        "Happy customers are kindly asked to leave a review on Amazon.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-satisfied-customers-asked",
        "DE",
        "Zufriedene Kunden bitten wir, eine Bewertung zu hinterlassen.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-satisfied-customers-asked",
        "IT",
        "Chiediamo ai clienti soddisfatti di lasciare una recensione.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-satisfied-customers-asked",
        "ES",
        "Pedimos a los clientes satisfechos que dejen una reseña.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "allow-fr-satisfied-customers-no-ask",
        "FR",
        "Nos clients satisfaits sont notre fierté ; merci pour votre commande.",
        [],
    ),
    # A number of stars to change, and other buyers to be told.
    reading(
        "review_manipulation-en-change-two-stars-to-five",
        "UK",
        "Any chance you could change the 2 stars to 5?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-three-stars-up-to-five",
        "DE",
        "Könnten Sie die 3 Sterne vielleicht auf 5 anheben?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-change-the-two-stars",
        "ES",
        "¿Podría cambiar las 2 estrellas ahora que todo está resuelto?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "allow-en-hotel-three-stars-changed-room",
        "UK",
        "We changed the pillow supplier; the 3 star hotel range is back in stock.",
        [],
    ),
    reading(
        "review_request_misplaced-en-let-other-buyers-know",
        "UK",
        "How did we do? Let other buyers know with a quick review.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-help-other-customers-with-a-review",
        "FR",
        "Aidez d'autres clients à choisir en publiant votre évaluation.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-help-other-customers-with-a-review",
        "DE",
        "Helfen Sie anderen Kunden mit Ihrer Bewertung bei der Auswahl.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-help-other-buyers-review",
        "ES",
        "Ayude a otros compradores con una valoración en Amazon.",
        [MISPLACED],
    ),
    reading(
        "allow-en-other-customers-reported-review-of-the-design",
        "UK",
        "Other customers reported the same; we will review the design with our factory.",
        [],
    ),
    # An offer received in return in the next sentence; stars given by imperative.
    reading(
        "review_manipulation-fr-screenshot-then-voucher-next-sentence",
        "FR",
        "Avez-vous laissé un avis ? Envoyez-nous une capture et recevez un bon d'achat.",
        [MANIPULATION, MISPLACED, MARKETING],
    ),
    reading(
        "review_manipulation-en-screenshot-then-discount-next-sentence",
        "UK",
        "Have you written your review yet? Send us a screenshot and receive a discount.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-receive-access-code-then-review",
        "UK",
        "You will receive your access code by e-mail. Please leave a review on Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-newsletter-offer-beside-review-ask",
        "DE",
        "Wenn es da ist, freuen wir uns über deine Bewertung! Und melde dich für unseren "
        "Newsletter an, dann verpasst du keine Aktion mehr.",
        [MISPLACED, MARKETING],
    ),
    reading(
        "review_manipulation-it-give-us-five-stars",
        "IT",
        "Ci dia 5 stelle, per favore!",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-give-us-five-little-stars",
        "ES",
        "¡Denos 5 estrellitas, por favor!",
        [MANIPULATION, MISPLACED],
    ),
    # Near-misses of the round's new readings: "in return" for a returned item, the
    # seller's review of a claim before a refund, other buyers who reported something.
    reading(
        "allow-de-refunded-in-return-send-it-back",
        "DE",
        "Wir haben Ihnen den Betrag erstattet. Im Gegenzug bitten wir Sie, das Paket "
        "zurückzusenden.",
        [],
    ),
    reading(
        "allow-it-refunded-in-return-send-it-back",
        "IT",
        "Le abbiamo rimborsato l'importo. In cambio le chiediamo di restituire il prodotto.",
        [],
    ),
    reading(
        "allow-en-review-of-your-claim-then-refund",
        "UK",
        "Once the review of your claim is done, our team will issue the refund.",
        [],
    ),
    reading(
        "allow-en-other-customers-asked-manual-updated",
        "UK",
        "Other customers have asked the same, so we have updated the manual.",
        [],
    ),
    reading(
        "allow-es-access-code-enter-the-code",
        "ES",
        "Su código de acceso es AB12-CD34. Introduzca el código en la aplicación.",
        [],
    ),
    # Review words mistyped.
    reading(
        "review_request_misplaced-en-typed-reveiw",
        "UK",
        "Could you leave us a reveiw on Amazon?",
        [MISPLACED],
    ),
    reading(
        "review_manipulation-de-typed-bewertng",
        "DE",
        "Über eine 5-Sterne-Bewertng würden wir uns freuen.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-typed-recenzione",
        "IT",
        "Ci lasci una recenzione positiva, grazie!",
        [MANIPULATION, MISPLACED],
    ),
    # A rating raised ("alzare il voto", "remonter la note"); harm in other words ("du mal").
    reading(
        "review_manipulation-it-raise-the-rating",
        "IT",
        "Ora che il problema è risolto, potrebbe alzare il voto della recensione?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-raise-the-rating",
        "FR",
        "Pourriez-vous remonter votre note maintenant que le colis est arrivé ?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-increase-the-rating",
        "ES",
        "¿Podría aumentar la calificación de su reseña ahora que todo está resuelto?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-negative-reviews-hurt-us",
        "FR",
        "Nous sommes une petite entreprise et les avis négatifs nous font beaucoup de mal.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-badly-packed-per-your-review",
        "FR",
        "Merci pour votre avis : le colis était mal emballé, nous avons changé de transporteur.",
        [],
    ),
    reading(
        "allow-en-invoice-table-row-then-review-product",
        "US",
        "Invoice attached.\n1 x North Star Lantern        Qty 1   Price $59.99\n"
        "Review Edition bundle with carry case",
        [],
    ),
]


# Round five: reviews asked for without the word (the review object and the ask), each kind in
# all five languages, with the near-misses that must pass beside it.
ROUND_FIVE_ASKS = [
    # A few words, an opinion, what the buyer thinks: asked for where buyers read reviews.
    reading(
        "review_request_misplaced-en-few-words-on-amazon",
        "UK",
        "When you have a moment, leave a few words about the kettle on Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-what-you-think-on-product-page",
        "US",
        "Tell us on the product page what you think of the lamp.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-few-lines-on-product-page",
        "DE",
        "Wenn Sie mögen, schreiben Sie ein paar Zeilen zur Lampe auf der Produktseite.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-sentences-verb-last-informal",
        "DE",
        "Magst du ein paar Saetze zum Toaster auf Amazon schreiben?",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-few-lines-on-product-sheet",
        "FR",
        "Si vous avez un instant, laissez quelques mots sur la fiche produit.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-what-you-think-on-amazon",
        "FR",
        "Dites-nous sur Amazon ce que vous pensez de la théière.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-two-lines-on-product-page",
        "IT",
        "Quando ha un momento, scriva due righe sulla pagina del prodotto.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-your-opinion-on-amazon",
        "IT",
        "Ci dica su Amazon cosa ne pensa del frullatore.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-few-lines-on-amazon",
        "ES",
        "Cuando pueda, escriba unas líneas sobre la cafetera en Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-tell-it-on-product-page",
        "ES",
        "Cuéntalo en la ficha del producto, nos ayuda mucho.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-unaccented-tell-us-on-amazon",
        "ES",
        "cuentenos en amazon que le parecio la licuadora",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-experience-farther-from-amazon",
        "US",
        "Please share your experience with other customers of Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_manipulation-en-good-word-on-amazon",
        "US",
        "Could you say a good word about us on Amazon?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-a-word-on-offer-page",
        "DE",
        "Ein kurzes Wort von dir auf der Angebotsseite wäre super.",
        [MISPLACED],
    ),
    reading(
        "allow-en-password-of-amazon-account",
        "US",
        "Never share the password of your Amazon account with anyone.",
        [],
    ),
    # ... and paid for: the words are the review an incentive is offered for.
    reading(
        "review_manipulation-en-thoughts-on-product-page-for-free-filter",
        "US",
        "Share your thoughts on the product page and we'll send you a spare filter for free.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-thanks-for-few-words-free-part",
        "DE",
        "Als Dankeschön für ein paar Worte auf Amazon legen wir ein zweites Sieb gratis bei.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-few-words-for-a-gift",
        "FR",
        "Pour quelques mots sur la fiche produit, nous vous offrons une housse.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-two-lines-for-a-gift",
        "IT",
        "Se scrivi due righe sulla pagina del prodotto, ti mandiamo un omaggio.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-few-words-for-a-gift",
        "ES",
        "Por unas palabras en Amazon le regalamos un segundo filtro.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # Other buyers to be told: the verb before or after them, any readers where the page is
    # named.
    reading(
        "review_request_misplaced-en-share-with-other-buyers",
        "UK",
        "Share with other buyers how the jacket fits.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-others-before-verb",
        "DE",
        "Vielleicht mögen Sie anderen Kunden mitteilen, wie sich der Stuhl macht.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-recount-to-other-buyers",
        "FR",
        "Racontez aux autres acheteurs comment se passe le montage.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-other-hikers-on-product-page",
        "IT",
        "Racconta agli altri escursionisti sulla pagina del prodotto come va lo zaino.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-share-with-other-buyers",
        "ES",
        "Comparta con otros compradores qué tal le va la silla.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-let-others-know",
        "US",
        "Let others know how the blender works for you.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-share-with-the-rest",
        "ES",
        "Comparta con los demás cómo le va con la silla.",
        [MISPLACED],
    ),
    # How the buyer likes it, told where buyers read reviews.
    reading(
        "review_request_misplaced-de-how-you-like-it-on-amazon",
        "DE",
        "Erzählen Sie auf Amazon, wie Ihnen der Stuhl gefällt.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-how-you-find-it-on-product-sheet",
        "FR",
        "Dites sur la fiche produit comment vous trouvez le fauteuil.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-how-you-find-it-on-product-page",
        "IT",
        "Racconti sulla pagina del prodotto come si trova con la sedia.",
        [MISPLACED],
    ),
    reading(
        "allow-de-hope-you-like-it",
        "DE",
        "Wir hoffen, der Stuhl von Amazon gefällt Ihnen.",
        [],
    ),
    # ... only if satisfied: a satisfied-only ask.
    reading(
        "review_manipulation-en-if-happy-tell-other-buyers",
        "US",
        "If the kettle makes you happy, tell other buyers about it.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-if-satisfied-tell-others",
        "DE",
        "Wenn Sie zufrieden sind, erzählen Sie es anderen Käufern auf Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-if-satisfied-say-it-to-other-buyers",
        "FR",
        "Si vous êtes satisfait, dites-le aux autres acheteurs sur Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-if-happy-tell-it-informal",
        "IT",
        "Se sei contenta, raccontalo agli altri acquirenti su Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-if-happy-share-it",
        "ES",
        "Si está contento con la silla, compártalo con otros clientes en Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # What the buyer wrote where buyers read it, to be changed.
    reading(
        "review_manipulation-en-what-you-wrote-on-product-page",
        "UK",
        "Now that it is sorted, could you go back to what you wrote on the product page and "
        "update it?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-comment-on-product-page-informal",
        "DE",
        "Könntest du deinen Kommentar auf der Produktseite ja noch anpassen?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-what-you-wrote-on-product-sheet",
        "FR",
        "Pourriez-vous modifier ce que vous avez écrit sur la fiche produit ?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-texting-abbreviation-remove-comment",
        "IT",
        "Rimborso fatto. x favore togli il commento da 1 stella, ormai è tutto risolto.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-what-you-wrote-on-product-sheet",
        "ES",
        "¿Podría cambiar lo que usted escribió en la ficha del producto?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-kindly-remove-it",
        "FR",
        "Vous avez publié un avis négatif. Nous vous serions reconnaissants de bien vouloir "
        "le retirer.",
        [MANIPULATION, MISPLACED],
    ),
    # A review word that is also the asking verb asks only in its object's clause.
    reading(
        "allow-it-ratings-then-a-judgement-after-colon",
        "IT",
        "Abbiamo letto le valutazioni: ogni giudizio conta per noi.",
        [],
    ),
    reading(
        "allow-es-ratings-then-an-opinion-after-colon",
        "ES",
        "Hemos recibido muchas valoraciones: cada opinión nos importa.",
        [],
    ),
    # Must pass: the platform as a channel, an opinion on a proof, thanks for what was shared,
    # the seller's staff assessing, the seller writing, buyers "like you", a product's name.
    reading(
        "allow-en-what-you-think-via-amazon-messages",
        "US",
        "Please tell us via Amazon messages what you think of the engraving.",
        [],
    ),
    reading(
        "allow-de-few-lines-via-message-centre",
        "DE",
        "Schreiben Sie uns ein paar Zeilen über das Amazon-Nachrichtencenter.",
        [],
    ),
    reading(
        "allow-fr-what-you-think-in-amazon-messaging",
        "FR",
        "Dites-nous par la messagerie Amazon ce que vous pensez de la gravure.",
        [],
    ),
    reading(
        "allow-it-opinion-through-amazon",
        "IT",
        "Ci dica tramite Amazon cosa ne pensa del colore.",
        [],
    ),
    reading(
        "allow-es-few-words-by-amazon-message",
        "ES",
        "Escríbanos unas palabras por mensaje de Amazon sobre el color que prefiere.",
        [],
    ),
    reading(
        "allow-en-feedback-on-the-proof",
        "UK",
        "Please give us your feedback on the proof before we engrave it.",
        [],
    ),
    reading(
        "allow-de-opinion-on-the-draft",
        "DE",
        "Teilen Sie uns Ihre Meinung zum Entwurf mit.",
        [],
    ),
    reading(
        "allow-fr-opinion-on-the-mockup",
        "FR",
        "Donnez-nous votre avis sur la maquette avant la gravure.",
        [],
    ),
    reading(
        "allow-it-opinion-on-the-draft",
        "IT",
        "Ci dia la sua opinione sulla bozza, per favore.",
        [],
    ),
    reading(
        "allow-es-opinion-on-the-sketch",
        "ES",
        "Denos su opinión sobre el boceto antes de grabarlo.",
        [],
    ),
    reading(
        "allow-en-thanks-for-sharing-thoughts-on-amazon",
        "US",
        "Thank you for sharing your thoughts on Amazon.",
        [],
    ),
    reading(
        "allow-fr-thanks-for-shared-experience",
        "FR",
        "Merci d'avoir partagé votre expérience sur la fiche produit.",
        [],
    ),
    reading(
        "allow-es-team-will-assess-damage",
        "ES",
        "Nuestro equipo revisará las fotos y valorará el daño en 48 horas.",
        [],
    ),
    reading(
        "allow-fr-workshop-will-assess-repair",
        "FR",
        "Notre atelier va examiner le vélo et évaluer si une révision est couverte.",
        [],
    ),
    reading(
        "allow-it-seller-will-write-once-assessed",
        "IT",
        "Appena avremo una valutazione le scriveremo con la soluzione.",
        [],
    ),
    reading(
        "allow-de-workshop-rates-the-damage",
        "DE",
        "Unsere Werkstatt prüft die Fotos und bewertet den Schaden.",
        [],
    ),
    reading(
        "allow-en-team-will-rate-the-damage",
        "UK",
        "Our team will look at the photos and evaluate the damage.",
        [],
    ),
    reading(
        "review_request_misplaced-en-buyers-like-you",
        "US",
        "Buyers like you help others choose: tell other shoppers what you think on Amazon.",
        [MISPLACED],
    ),
    reading(
        "allow-en-product-name-with-words-and-thoughts",
        "US",
        "The Words and Thoughts journal from the product page ships in a gift box.",
        [],
    ),
    reading(
        "allow-es-if-you-wish-whatever-you-think",
        "ES",
        "si gusta, comparta su experiencia con otros compradores en amazon, lo que usted opine",
        [],
        **REVIEW_REQUEST,
    ),
]


# Round five's manipulating elements (the lever beside a review the round-five rows name in
# plain review words; recognising a review asked for without one is ROUND_FIVE_ASKS'), each
# kind in the five languages, with the near-misses it must allow.
ROUND_FIVE_LEVER = [
    # A yes-or-no question of satisfaction, then the ask: asked of the satisfied only.
    reading(
        "review_manipulation-de-satisfied-question-then-ask",
        "DE",
        "Sind Sie mit dem Mixer zufrieden? Dann freuen wir uns über Ihre Bewertung auf Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-happy-question-then-ask",
        "UK",
        "Happy with your new kettle? Leave us a review on Amazon!",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-satisfied-question-then-ask",
        "FR",
        "Vous êtes satisfaite de votre achat ? Alors laissez-nous un avis sur Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-like-question-then-ask",
        "IT",
        "Ti piace la lampada? Allora lasciaci una recensione su Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-satisfied-question-then-ask",
        "ES",
        "¿Está contento con su compra? Entonces déjenos una reseña en Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-enjoying-question-then-review-would",
        "UK",
        "Enjoying your new kettle? A review on Amazon would make our day.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-content-question-then-tell-it",
        "ES",
        "¿Contento con la báscula? Cuéntelo en una reseña.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-open-question-then-ask",
        "UK",
        "How do you like your new kettle? Leave us a review on Amazon.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-open-question-then-ask",
        "DE",
        "Wie gefällt Ihnen die Yogamatte? Über eine Bewertung auf Amazon freuen wir uns.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-es-wish-question-then-ask",
        "ES",
        "¿Le gustaría recibir la guía de uso en PDF? Puede dejarnos una reseña cuando quiera.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-wish-question-then-ask",
        "FR",
        "Aimeriez-vous recevoir la notice en PDF ? Vous pouvez aussi nous laisser un avis.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-it-unhappy-question-then-honest-ask",
        "IT",
        "Non sei soddisfatta? Lasciaci comunque una recensione onesta su Amazon.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-satisfied-question-on-feedback-removal",
        "DE",
        "Sind Sie mit der Lösung zufrieden? Dann können Sie Ihre Bewertung aktualisieren.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    # Pressure in more words: a single bad review, a business in danger, work lost.
    reading(
        "review_manipulation-de-single-bad-review-threatens",
        "DE",
        "Eine einzige schlechte Bewertung kann unseren kleinen Laden in Gefahr bringen.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-negative-review-livelihood",
        "US",
        "For a workshop of two, a negative review could cost us our livelihood.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-bad-rating-danger",
        "FR",
        "Une mauvaise note pourrait mettre notre atelier familial en danger.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-negative-comment-lose-work",
        "IT",
        "Un commento negativo può farci perdere il lavoro di un mese intero.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-single-negative-review-bankrupt",
        "ES",
        "Una única reseña negativa podría llevarnos a la quiebra.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-negative-review-read-and-fixed",
        "US",
        "We read every negative review and improved the lid for the next batch.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-bad-rating-helps-us-improve",
        "FR",
        "Même une mauvaise note nous aide à améliorer nos produits.",
        [],
        **REVIEW_REQUEST,
    ),
    # "Less than five stars" is a low level: pressure with it, no level asked for without it;
    # a greeting's "Guten" is no level beside a negated low one, "gut oder schlecht" both ways.
    reading(
        "review_manipulation-en-anything-less-than-five-stars-hurts",
        "UK",
        "Anything less than five stars hurts our small shop.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-below-five-stars-harms",
        "DE",
        "Alles unter fünf Sternen schadet uns sehr.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-below-five-stars-penalises",
        "FR",
        "Tout ce qui est en dessous de cinq étoiles nous pénalise.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-below-five-stars-harms",
        "IT",
        "Ogni voto sotto le cinque stelle danneggia il nostro piccolo laboratorio.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-below-five-stars-hurts",
        "ES",
        "Cualquier valoración por debajo de cinco estrellas nos perjudica.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-no-bad-review-after-greeting",
        "DE",
        "Bitte geben Sie uns keine schlechte Bewertung.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-reviews-under-five-stars-help",
        "UK",
        "Reviews under five stars help us improve just as much.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-reviews-below-five-stars-help",
        "DE",
        "Auch Bewertungen unter fünf Sternen helfen uns, besser zu werden.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-every-review-good-or-bad",
        "DE",
        "Wir freuen uns über jede Bewertung, ob gut oder schlecht.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-battery-less-than-five-hours",
        "UK",
        "The battery lasts less than five hours, as the review of the charger says.",
        [],
    ),
    # A refund once the review is up, from a seller the sentence does not name ("on", a verb
    # in the first person plural, the passive): the platform's refund is none.
    reading(
        "review_manipulation-fr-on-refunds-once-review-online",
        "FR",
        "Dès que votre avis est en ligne, on vous rembourse 5 € sur la commande.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-refund-as-soon-as-review-online",
        "IT",
        "Appena la tua recensione è online, ti rimborsiamo 5 € sull'ordine.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-refund-once-review-published",
        "ES",
        "En cuanto su reseña esté publicada, le reembolsamos 5 € del pedido.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-refund-passive-once-review-online",
        "DE",
        "Sobald Ihre Bewertung online ist, bekommen Sie 5 € vom Kaufpreis erstattet.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-refund-passive-once-review-live",
        "US",
        "Once your review is live, $5 of the price will be refunded to you.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-amazon-refunds-after-review-of-claim",
        "US",
        "Once your claim has been reviewed, Amazon will refund the full amount.",
        [],
    ),
    # A refund offered beside a change that is its condition ("it will be granted once the
    # feedback is removed"), on feedback_removal too; Amazon's own wording stays allowed.
    reading(
        "review_manipulation-fr-partial-refund-once-feedback-deleted",
        "FR",
        "Un remboursement partiel de 15 € vous conviendrait-il ? Il vous serait accordé dès que "
        "ce commentaire aura été supprimé.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-partial-refund-once-feedback-removed",
        "UK",
        "Would a £15 partial refund work for you? You would receive it as soon as the feedback "
        "is removed.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-de-partial-refund-once-rating-deleted",
        "DE",
        "Wäre eine Teilerstattung von 10 € für Sie in Ordnung? Sie erhalten sie, sobald die "
        "Bewertung gelöscht ist.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-it-partial-refund-once-feedback-removed",
        "IT",
        "Le andrebbe bene un rimborso parziale di 10 €? Lo riceverà appena il feedback sarà "
        "rimosso.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-es-partial-refund-once-rating-deleted",
        "ES",
        "¿Le parece bien un reembolso parcial de 10 €? Lo recibirá en cuanto la valoración "
        "esté eliminada.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-en-amazon-template-after-refund",
        "UK",
        "We have issued a full refund. If you are satisfied that we have resolved your "
        "concerns, it is possible to update or remove the feedback.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-de-amazon-template-after-refund",
        "DE",
        "Wir haben Ihnen den vollen Betrag erstattet. Wenn Sie zufrieden sind, dass wir Ihr "
        "Anliegen gelöst haben, können Sie die Bewertung aktualisieren oder entfernen.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    # A percentage of the price back is a partial refund.
    reading(
        "review_manipulation-de-percentage-back-for-review",
        "DE",
        "Wenn du eine Bewertung hinterlässt, gibt es 10 % vom Kaufpreis zurück.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-percentage-back-for-review",
        "US",
        "Leave a review and get 10% of the price back.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-percentage-refunded-for-review",
        "FR",
        "Laissez un avis et on vous rembourse 10 % du prix.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-percentage-back-for-review",
        "IT",
        "Lascia una recensione e ti restituiamo il 10 % del prezzo.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-percentage-back-for-review",
        "ES",
        "Deje una reseña y le devolvemos el 10 % del precio.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-review-ask-beside-a-material-percentage",
        "DE",
        "Über eine Bewertung freuen wir uns, der Bezug ist übrigens zu 100 % aus Baumwolle.",
        [],
        **REVIEW_REQUEST,
    ),
    # A top grade beside a review is the level it asks for.
    reading(
        "review_manipulation-es-review-and-top-grade",
        "ES",
        "Le agradeceríamos una reseña en Amazon y, si lo considera justo, la nota máxima.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-review-with-best-grade",
        "DE",
        "Wir freuen uns über eine Bewertung auf Amazon, am liebsten mit der besten Note.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-review-with-top-score",
        "US",
        "Please leave a review on Amazon and, if you think it fair, a top score.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # A change of "it" further on in the review's sentence; the article after a Romance verb
    # is no "it", and the seller updating it asks for nothing.
    reading(
        "review_manipulation-en-go-back-to-review-and-update-it",
        "UK",
        "Would you mind going back to your review on the product page and updating it?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-open-feedback-and-update-it",
        "DE",
        "Könnten Sie Ihr Feedback auf der Produktseite noch einmal aufrufen und es aktualisieren?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-come-back-to-review-and-change-it",
        "FR",
        "Pourriez-vous revenir sur votre avis de la fiche produit et le modifier ?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-go-back-to-review-and-change-it",
        "IT",
        "Potrebbe tornare sulla sua recensione nella pagina del prodotto e modificarla?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-go-back-to-review-and-update-it",
        "ES",
        "¿Podría volver a su reseña en la página del producto y actualizarla?",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-kindly-withdraw-it-beside-negative-comment",
        "FR",
        "Nous avons vu votre commentaire négatif. Nous vous serions reconnaissants de bien "
        "vouloir le retirer.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-texting-per-favour-remove-comment",
        "IT",
        "x favore togli il commento da 1 stella, è tutto risolto.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "allow-es-technician-assessment-and-article",
        "ES",
        "Un técnico hará una valoración del equipo y revisará la placa de datos.",
        [],
    ),
    reading(
        "allow-en-seller-updated-the-manual",
        "UK",
        "Your review mentioned the manual, so we have rewritten it and updated it online.",
        [],
    ),
    # The seller's staff assess: no review, nothing changed by the buyer.
    reading(
        "allow-es-team-will-check-and-assess-damage",
        "ES",
        "Nuestro equipo las revisará y valorará el daño en un plazo de 48 horas.",
        [],
    ),
    reading(
        "allow-fr-technician-will-assess-whether-a-service",
        "FR",
        "Le technicien va analyser les photos et évaluer si une révision sous garantie est "
        "possible.",
        [],
    ),
    reading(
        "allow-it-our-technician-will-assess-and-revise",
        "IT",
        "Il nostro tecnico analizzerà le foto e valuterà se serve una revisione.",
        [],
    ),
    reading(
        "allow-en-our-engineer-will-evaluate-an-update",
        "UK",
        "Our engineer will inspect the unit and evaluate whether a firmware update is needed.",
        [],
    ),
    reading(
        "allow-de-our-technician-assesses-a-change",
        "DE",
        "Unser Techniker sieht sich die Fotos an und beurteilt, ob wir das Teil ändern müssen.",
        [],
    ),
    # Offers a negation heads as a list: the seller refuses what the buyer's quoted line asks.
    reading(
        "allow-it-refuses-discount-for-stars-quoted",
        "IT",
        "grazie del messaggio.\n> Se vi lascio 5 stelle mi fate uno sconto?\n"
        "La ringraziamo, ma non possiamo offrire sconti, rimborsi o omaggi in cambio di "
        "recensioni.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-refuses-discounts-refunds-or-gifts",
        "UK",
        "thank you for your message.\n> Would you give me a discount for a 5 star review?\n"
        "Sorry, we can't offer discounts, refunds or gifts in exchange for reviews.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-refuses-vouchers-discounts-or-gifts",
        "DE",
        "Leider dürfen wir keine Gutscheine, Rabatte oder Geschenke für Bewertungen vergeben.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-refuses-discount-refund-or-gift",
        "FR",
        "Nous ne pouvons offrir aucune réduction, remboursement ou cadeau en échange d'un avis.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-es-refuses-discounts-refunds-or-gifts",
        "ES",
        "Lo sentimos, no podemos ofrecer descuentos, reembolsos ni regalos a cambio de reseñas.",
        [],
        **REVIEW_REQUEST,
    ),
    # Whoever reviews is rewarded; an exchange ties an incentive only beside the review.
    reading(
        "review_manipulation-en-free-cable-to-everyone-who-reviews",
        "UK",
        "We'll send a free cable to everyone who reviews the charger.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-gift-after-review-shared",
        "DE",
        "Nachdem Sie Ihre Bewertung veröffentlicht haben, schicken wir Ihnen eine kleine Prämie.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-every-review-read-free-replacement-for-defects",
        "UK",
        "We read every review and offer a free replacement for any defect.",
        [],
    ),
    reading(
        "allow-de-every-review-read-free-replacement-for-defects",
        "DE",
        "Wir lesen jede Bewertung und bieten bei Defekten kostenlosen Ersatz.",
        [],
    ),
    reading(
        "allow-fr-every-review-read-free-replacement-for-defects",
        "FR",
        "Nous lisons chaque avis et offrons un remplacement gratuit en cas de défaut.",
        [],
    ),
    reading(
        "allow-it-every-review-read-free-replacement-for-defects",
        "IT",
        "Leggiamo ogni recensione e offriamo una sostituzione gratuita in caso di difetto.",
        [],
    ),
    reading(
        "allow-es-every-review-read-free-replacement-for-defects",
        "ES",
        "Leemos cada reseña y ofrecemos un reemplazo gratuito en caso de defecto.",
        [],
    ),
    reading(
        "review_manipulation-de-free-accessory-for-review",
        "DE",
        "Schreiben Sie eine Bewertung und erhalten Sie gratis ein Zubehörteil.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-free-sample-for-review",
        "ES",
        "Por su reseña le enviamos una muestra gratuita.",
        [MANIPULATION, MISPLACED],
    ),
    # "Free" beside the ask said of what comes anyway is no reward; given for it, it is one.
    reading(
        "allow-en-free-guide-attached-beside-ask",
        "UK",
        "If you have a moment, please leave a review on Amazon. Your free care guide is "
        "attached as a PDF.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-free-guide-attached-beside-ask",
        "DE",
        "Über eine Bewertung freuen wir uns. Die kostenlose Pflegeanleitung finden Sie im Anhang.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-free-guide-attached-beside-ask",
        "FR",
        "Un avis sur Amazon nous ferait plaisir. Le guide d'entretien gratuit est en pièce jointe.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-it-free-guide-attached-beside-ask",
        "IT",
        "Se ha un momento, lasci una recensione su Amazon. La guida gratuita è in allegato.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-es-free-shipping-always-beside-ask",
        "ES",
        "Si tiene un momento, deje una reseña en Amazon. El envío de recambios es siempre "
        "gratuito.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-free-sample-sent-beside-ask",
        "IT",
        "Lasci una recensione su Amazon. Le spediremo un campione gratuito.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-free-sample-sent-beside-ask",
        "ES",
        "Deje una reseña en Amazon. Le enviaremos una muestra gratuita.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # "Buona giornata" is a greeting, no voucher beside the ask.
    reading(
        "allow-it-good-day-after-honest-ask",
        "IT",
        "Se ti va, lasciaci una recensione onesta su Amazon.\nBuona giornata!",
        [],
        **REVIEW_REQUEST,
    ),
]


# A refund once the review is up is the seller's reward unless the platform gives it: named
# before it in its clause, or just after it as who gives it.
PLATFORM_REFUNDS = [
    reading(
        "allow-en-refund-from-amazon-once-review-published",
        "US",
        "Once your review is published, you will receive a refund from Amazon.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-refund-issued-by-amazon-once-review-live",
        "UK",
        "Once your review is live, a refund will be issued by Amazon.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-refund-from-amazon-once-review-online",
        "DE",
        "Sobald Ihre Bewertung online ist, erhalten Sie eine Erstattung von Amazon.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-amazon-issues-refund-once-review-complete",
        "US",
        "Once the review is complete, Amazon will issue your refund.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-we-refund-once-review-on-amazon",
        "US",
        "We refund you 5 dollars once your review is on Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-refund-once-review-on-amazon",
        "DE",
        "Wir erstatten Ihnen 5 Euro, sobald Ihre Bewertung auf Amazon online ist.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
]


# Round 6's kinds (realistic messages, half compliant): "free" said of a replacement already
# sent beside Amazon's removal wording, a low review as a heavy blow, satisfaction in the
# plural, present thanks for a review given (not the conditional that asks), thanks in the
# conditional that ask, and the unhappy buyer asked to come to the seller instead.
ROUND_SIX = [
    reading(
        "allow-en-free-replacement-already-shipped-beside-removal-wording",
        "UK",
        "A replacement has already shipped free of charge. If you are satisfied that we have "
        "resolved your concerns, it is possible to update or remove the feedback.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-de-free-replacement-already-sent-beside-removal-wording",
        "DE",
        "Den Ersatz haben wir Ihnen bereits kostenlos zugeschickt. Wenn Sie zufrieden sind, "
        "besteht die Möglichkeit, Ihr Feedback zu aktualisieren oder zu entfernen.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-fr-free-replacement-already-sent-beside-removal-wording",
        "FR",
        "Le remplacement vous a déjà été expédié gratuitement. Si vous estimez que nous avons "
        "réglé le problème, il est possible de mettre à jour ou de retirer votre évaluation.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-it-free-replacement-already-sent-beside-removal-wording",
        "IT",
        "La sostituzione le è già stata spedita gratis. Se ritiene che abbiamo risolto il "
        "problema, è possibile aggiornare o rimuovere il feedback.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-es-free-replacement-already-sent-beside-removal-wording",
        "ES",
        "El reemplazo ya se le ha enviado gratis. Si considera que hemos resuelto el problema, "
        "es posible actualizar o eliminar su valoración.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-free-gift-to-come-beside-removal-wording",
        "UK",
        "We will send you a free case. If you are satisfied, it is possible to update or "
        "remove the feedback.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-de-free-part-to-come-beside-removal-wording",
        "DE",
        "Wir schicken Ihnen gern ein kostenloses Zubehörteil. Wenn Sie zufrieden sind, besteht "
        "die Möglichkeit, Ihr Feedback zu aktualisieren oder zu entfernen.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-es-free-gift-to-come-beside-removal-wording",
        "ES",
        "Le enviaremos un regalo gratis. Si considera que hemos resuelto el problema, es "
        "posible actualizar o eliminar su valoración.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    # A low review as a heavy blow ("golpe" was a pressure word already).
    reading(
        "review_manipulation-en-bad-review-a-heavy-blow",
        "UK",
        "A bad review would be a heavy blow for our small shop.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-bad-review-a-hard-blow",
        "DE",
        "Eine schlechte Bewertung wäre ein harter Schlag für unseren kleinen Laden.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-bad-review-a-hard-blow",
        "FR",
        "Un avis négatif serait un coup dur pour notre petit atelier.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-bad-review-a-hard-blow",
        "IT",
        "Una recensione negativa sarebbe un brutto colpo per la nostra piccola bottega.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "allow-en-review-mentions-a-blow-to-the-parcel",
        "UK",
        "Your review mentions a blow to the parcel; a new lamp is on its way.",
        [],
    ),
    # Satisfaction in the plural, what pleases being plural ("se le cuffie le piacciono").
    reading(
        "review_manipulation-it-if-they-please-you-plural",
        "IT",
        "Se gli occhiali le piacciono, una recensione ci farebbe piacere.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-if-they-please-you-plural",
        "FR",
        "Si les bougies vous plaisent, un avis nous ferait plaisir.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-if-they-please-you-plural",
        "ES",
        "Si las velas le gustan, nos encantaría una reseña.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-it-plural-pleasing-either-way-honest-review",
        "IT",
        "Che gli occhiali le piacciano o no, una recensione onesta ci aiuta.",
        [],
        **REVIEW_REQUEST,
    ),
    # Thanks in the present for a review given, not the conditional that asks for one.
    reading(
        "allow-es-present-thanks-for-review-left",
        "ES",
        "Le agradecemos mucho la reseña que nos dejó.",
        [],
    ),
    reading(
        "allow-es-present-thanks-for-comment",
        "ES",
        "Le agradecemos sinceramente el comentario sobre el embalaje.",
        [],
    ),
    reading(
        "review_request_misplaced-es-conditional-thanks-ask",
        "ES",
        "Le agradeceríamos una reseña del producto.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-conditional-thanks-ask-unaccented",
        "ES",
        "Le agradeceria mucho una reseña del producto.",
        [MISPLACED],
    ),
    # Thanks in the conditional ask for the review they name.
    reading(
        "review_request_misplaced-en-would-be-grateful-for-a-review",
        "UK",
        "We would be grateful for a review of the kettle.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-would-be-grateful-for-a-review",
        "DE",
        "Wir wären Ihnen sehr dankbar für eine kurze Bewertung des Wasserkochers.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-would-be-grateful-for-a-review",
        "FR",
        "Nous vous serions reconnaissants pour un petit avis sur la bouilloire.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-would-be-grateful-for-a-review",
        "IT",
        "Le saremmo grati per una breve recensione del bollitore.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-would-be-grateful-for-a-review",
        "ES",
        "Le estaríamos muy agradecidos por una breve reseña del hervidor.",
        [MISPLACED],
    ),
    reading("allow-en-appreciate-the-review-left", "UK", "We appreciate the review you left.", []),
    reading(
        "allow-en-appreciate-feedback-on-delivery",
        "UK",
        "We really appreciate your feedback on the delivery.",
        [],
    ),
    reading(
        "allow-de-grateful-for-the-review-given",
        "DE",
        "Wir sind Ihnen dankbar für Ihre Bewertung.",
        [],
    ),
    reading(
        "allow-en-would-be-grateful-for-a-photo",
        "UK",
        "Thank you for your feedback, we would be grateful if you could send a photo.",
        [],
    ),
    # A thank-you given as a noun for the review rewards it ("Dankeschön" was an incentive).
    reading(
        "review_manipulation-fr-refund-as-a-thank-you-for-review",
        "FR",
        "En remerciement de votre avis, nous vous remboursons 5 euros.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-refund-as-a-thank-you-for-review",
        "IT",
        "Come ringraziamento per la sua recensione, le rimborsiamo 5 euro.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-refund-as-a-thank-you-for-review",
        "ES",
        "Como agradecimiento por su valoración, le devolvemos 5 euros.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-closing-thanks-beside-review-ask",
        "FR",
        "Un avis sur Amazon nous aiderait beaucoup. Avec tous nos remerciements.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-es-thanks-and-refund-already-made",
        "ES",
        "Gracias por su reseña; le hemos reembolsado el envío.",
        [],
    ),
    # A refund promised for once the change asked in the sentence before is done.
    reading(
        "review_manipulation-en-refund-once-that-is-done-after-removal",
        "UK",
        "If you are satisfied that we have resolved your concerns, it is possible to update or "
        "remove the feedback. We will issue the refund once that is done.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-de-refund-once-that-is-done-after-removal",
        "DE",
        "Wenn Sie zufrieden sind, besteht die Möglichkeit, Ihr Feedback zu entfernen. Sobald "
        "das erledigt ist, erstatten wir Ihnen den Kaufpreis.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-fr-refund-once-that-is-done-after-removal",
        "FR",
        "Il est possible de retirer votre évaluation ; nous effectuerons le remboursement dès "
        "que ce sera fait.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-it-refund-once-that-is-done-after-removal",
        "IT",
        "Se ritiene che abbiamo risolto il problema, è possibile rimuovere il feedback. Appena "
        "fatto, le rimborsiamo l'intero importo.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-es-refund-once-that-is-done-after-removal",
        "ES",
        "Si considera que hemos resuelto el problema, es posible eliminar su valoración. Una vez "
        "hecho, le reembolsaremos el importe.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-en-refund-once-return-done-before-removal-wording",
        "UK",
        "We will issue the refund once the return is done. If you are satisfied that we have "
        "resolved your concerns, it is possible to update or remove the feedback.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-en-refund-done-after-removal-wording",
        "UK",
        "If you are satisfied that we have resolved your concerns, it is possible to update or "
        "remove the feedback. Your refund was done yesterday.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    # The unhappy buyer asked to come to the seller instead of reviewing.
    reading(
        "review_manipulation-en-come-to-us-rather-than-review",
        "UK",
        "Please come to us first rather than leaving a review.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-come-to-us-instead-of-review",
        "DE",
        "Kommen Sie bitte zuerst zu uns, statt eine Bewertung zu schreiben.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-come-to-us-rather-than-review",
        "FR",
        "Venez nous voir plutôt que de laisser un avis.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-come-to-us-instead-of-review",
        "IT",
        "Venga prima da noi, invece di scrivere una recensione.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-review-before-the-courier-comes",
        "UK",
        "Please leave a review before the courier comes back.",
        [],
        **REVIEW_REQUEST,
    ),
    # A second review's sentences (round 6): wished thanks ask only for a review they are for;
    # a blow only when the review is said to be a heavy one; a thank-you noun rewards only a
    # refund beside it; "once done" only pointing back; present gratitude excuses only a review
    # given; "free" beside the removal wording only of a replacement sent.
    reading(
        "allow-en-we-would-be-grateful-if-you-could-send-a",
        "UK",
        "We would be grateful if you could send a photo of the damage mentioned in your review.",
        [],
    ),
    reading(
        "allow-en-we-would-be-grateful-if-you-could-send-a-2",
        "UK",
        "We would be grateful if you could send a photo of the damage.",
        [],
    ),
    reading(
        "allow-en-we-d-appreciate-your-feedback-on-the-new-size",
        "UK",
        "We'd appreciate your feedback on the new size chart.",
        [],
    ),
    reading(
        "allow-en-we-would-appreciate-it-if-you-could-check-the",
        "UK",
        "We would appreciate it if you could check the power rating on the label.",
        [],
    ),
    reading(
        "allow-de-wir-waren-dankbar-fur-ein-foto-des-schadens",
        "DE",
        "Wir wären dankbar für ein Foto des Schadens.",
        [],
    ),
    reading(
        "allow-de-wir-waren-ihnen-dankbar-wenn-sie-uns-die-in",
        "DE",
        "Wir wären Ihnen dankbar, wenn Sie uns die in Ihrer Bewertung erwähnten Mängel genauer "
        "beschreiben.",
        [],
    ),
    reading(
        "allow-de-wir-waren-ihnen-dankbar-wenn-sie-uns-ihre-meinung",
        "DE",
        "Wir wären Ihnen dankbar, wenn Sie uns Ihre Meinung zur neuen Anleitung mitteilen.",
        [],
    ),
    reading(
        "allow-fr-nous-serions-reconnaissants-de-recevoir-le-colis-en-retour",
        "FR",
        "Nous serions reconnaissants de recevoir le colis en retour.",
        [],
    ),
    reading(
        "allow-fr-nous-vous-serions-reconnaissants-de-nous-transmettre-l-avis",
        "FR",
        "Nous vous serions reconnaissants de nous transmettre l'avis de passage du transporteur.",
        [],
    ),
    reading(
        "allow-fr-nous-vous-serions-reconnaissants-de-nous-envoyer-une-photo",
        "FR",
        "Nous vous serions reconnaissants de nous envoyer une photo du défaut signalé dans votre "
        "avis.",
        [],
    ),
    reading(
        "allow-it-le-saremmo-grati-se-potesse-inviarci-una-foto-del",
        "IT",
        "Le saremmo grati se potesse inviarci una foto del difetto citato nella sua recensione.",
        [],
    ),
    reading(
        "allow-it-le-saremmo-grati-se-ci-confermasse-l-indirizzo",
        "IT",
        "Le saremmo grati se ci confermasse l'indirizzo.",
        [],
    ),
    reading(
        "allow-es-le-agradeceria-que-nos-confirme-la-direccion-de-envio",
        "ES",
        "Le agradecería que nos confirme la dirección de envío.",
        [],
    ),
    reading(
        "allow-en-come-back-to-us-if-anything-is-missing",
        "UK",
        "Come back to us if anything is missing.",
        [],
    ),
    reading(
        "allow-en-if-anything-is-missing-come-back-to-us-before",
        "UK",
        "If anything is missing, come back to us before the end of the month and we will refund "
        "the shipping.",
        [],
    ),
    reading(
        "allow-en-thank-you-for-your-review-if-the-part-is",
        "UK",
        "Thank you for your review; if the part is still missing, please come back to us first "
        "and we will sort it out.",
        [],
    ),
    reading(
        "allow-de-kommen-sie-gern-auf-uns-zu-falls-etwas-fehlt",
        "DE",
        "Kommen Sie gern auf uns zu, falls etwas fehlt.",
        [],
    ),
    reading(
        "allow-it-se-le-manca-qualcosa-venga-pure-da-noi-in",
        "IT",
        "Se le manca qualcosa, venga pure da noi in negozio prima delle 18.",
        [],
    ),
    reading(
        "allow-en-as-a-thank-you-for-your-patience-we-included",
        "UK",
        "As a thank-you for your patience we included a sample.",
        [],
    ),
    reading(
        "allow-fr-en-remerciement-de-votre-patience-nous-avons-ajoute-un",
        "FR",
        "En remerciement de votre patience, nous avons ajouté un échantillon.",
        [],
    ),
    reading(
        "allow-fr-en-remerciement-de-votre-avis-nous-avons-transmis-vos",
        "FR",
        "En remerciement de votre avis, nous avons transmis vos remarques à notre atelier.",
        [],
    ),
    reading(
        "allow-it-un-sentito-ringraziamento-per-la-sua-recensione",
        "IT",
        "Un sentito ringraziamento per la sua recensione.",
        [],
    ),
    reading(
        "allow-it-come-ringraziamento-per-la-sua-recensione-abbiamo-girato-i",
        "IT",
        "Come ringraziamento per la sua recensione, abbiamo girato i suoi suggerimenti al nostro "
        "laboratorio.",
        [],
    ),
    reading(
        "allow-es-reciba-nuestro-mas-sincero-agradecimiento-por-su-valoracion",
        "ES",
        "Reciba nuestro más sincero agradecimiento por su valoración.",
        [],
    ),
    reading(
        "allow-es-nuestro-agradecimiento-por-su-resena-ya-hemos-mejorado-el",
        "ES",
        "Nuestro agradecimiento por su reseña; ya hemos mejorado el embalaje.",
        [],
    ),
    reading(
        "allow-en-once-that-is-done-we-will-ship-the-replacement",
        "UK",
        "Once that is done we will ship the replacement.",
        [],
    ),
    reading(
        "allow-en-please-send-us-the-return-label",
        "UK",
        "Please send us the return label. Once that is done we will issue your refund.",
        [],
    ),
    reading(
        "allow-en-please-update-your-shipping-address",
        "UK",
        "Please update your shipping address. Once that is done, we will refund the shipping fee.",
        [],
    ),
    reading(
        "allow-fr-merci-de-nous-renvoyer-l-article",
        "FR",
        "Merci de nous renvoyer l'article. Dès que ce sera fait, nous vous rembourserons.",
        [],
    ),
    reading(
        "allow-de-bitte-schicken-sie-den-artikel-zuruck",
        "DE",
        "Bitte schicken Sie den Artikel zurück. Sobald das erledigt ist, erstatten wir den "
        "Kaufpreis.",
        [],
    ),
    reading(
        "allow-en-a-heavy-blow-to-the-box-during-transport-dented",
        "UK",
        "A heavy blow to the box during transport dented the kettle.",
        [],
    ),
    reading(
        "allow-en-your-negative-review-mentions-a-heavy-blow-to-the",
        "UK",
        "Your negative review mentions a heavy blow to the box during transport; we have filed a "
        "claim with the carrier.",
        [],
    ),
    reading(
        "allow-en-we-are-sorry-the-blow-dryer-stopped-working-your",
        "UK",
        "We are sorry the blow dryer stopped working; your negative review is fair and we are "
        "sending a new one.",
        [],
    ),
    reading(
        "allow-en-your-negative-review-of-the-blow-dryer-is-fair",
        "UK",
        "Your negative review of the blow dryer is fair, and we are sending a replacement.",
        [],
    ),
    reading(
        "allow-fr-nous-avons-jete-un-coup-d-il-a-votre",
        "FR",
        "Nous avons jeté un coup d'œil à votre avis négatif concernant la taille.",
        [],
    ),
    reading(
        "allow-fr-du-coup-suite-a-votre-avis-negatif-nous-vous",
        "FR",
        "Du coup, suite à votre avis négatif, nous vous envoyons un remplacement.",
        [],
    ),
    reading(
        "allow-fr-dans-votre-avis-negatif-vous-evoquez-un-coup-sur",
        "FR",
        "Dans votre avis négatif, vous évoquez un coup sur le colis ; nous avons ouvert une "
        "réclamation.",
        [],
    ),
    reading(
        "allow-de-wir-haben-ihre-negative-bewertung-gelesen-und-alle-mangel",
        "DE",
        "Wir haben Ihre negative Bewertung gelesen und alle Mängel auf einen Schlag behoben.",
        [],
    ),
    reading(
        "allow-it-nella-sua-recensione-negativa-parla-di-un-colpo-al",
        "IT",
        "Nella sua recensione negativa parla di un colpo al pacco; abbiamo aperto un reclamo con "
        "il corriere.",
        [],
    ),
    reading(
        "allow-it-abbiamo-letto-la-sua-recensione-negativa-e-a-colpo",
        "IT",
        "Abbiamo letto la sua recensione negativa e a colpo d'occhio il difetto è evidente.",
        [],
    ),
    reading(
        "allow-es-en-su-resena-negativa-menciona-un-golpe-en-la",
        "ES",
        "En su reseña negativa menciona un golpe en la caja; hemos abierto una reclamación.",
        [],
    ),
    reading(
        "allow-fr-si-les-bougies-ne-vous-plaisent-pas-vous-pouvez",
        "FR",
        "Si les bougies ne vous plaisent pas, vous pouvez les retourner sous 30 jours.",
        [],
    ),
    reading(
        "allow-it-se-le-cuffie-non-le-piacciono-puo-restituirle-entro",
        "IT",
        "Se le cuffie non le piacciono, può restituirle entro 30 giorni.",
        [],
    ),
    reading(
        "allow-en-we-appreciate-your-patience-while-we-look-into-this",
        "UK",
        "We appreciate your patience while we look into this.",
        [],
    ),
    reading(
        "allow-en-we-appreciate-the-review-you-left-and-have-passed",
        "UK",
        "We appreciate the review you left and have passed it on to our team.",
        [],
    ),
    reading(
        "allow-es-le-agradecemos-la-resena-que-nos-dejo",
        "ES",
        "Le agradecemos la reseña que nos dejó.",
        [],
    ),
    reading(
        "review_request_misplaced-de-wir-sind-ihnen-dankbar-wenn-sie-uns-eine-bewertung",
        "DE",
        "Wir sind Ihnen dankbar, wenn Sie uns eine Bewertung hinterlassen.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-wir-sind-ihnen-sehr-dankbar-fur-jede-bewertung-die",
        "DE",
        "Wir sind Ihnen sehr dankbar für jede Bewertung, die Sie hinterlassen.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-we-really-appreciate-any-review-you-can-leave-on",
        "UK",
        "We really appreciate any review you can leave on Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_manipulation-en-we-always-appreciate-a-five-star-review",
        "UK",
        "We always appreciate a five-star review.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-we-appreciate-five-star-reviews-from-happy-customers-like",
        "UK",
        "We appreciate five-star reviews from happy customers like you.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-we-d-appreciate-a-five-star-review",
        "UK",
        "We'd appreciate a five-star review.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-nous-sommes-tres-reconnaissants-pour-chaque-avis-que-vous",
        "FR",
        "Nous sommes très reconnaissants pour chaque avis que vous laissez sur Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_manipulation-fr-nous-sommes-reconnaissants-envers-les-clients-qui-laissent-un",
        "FR",
        "Nous sommes reconnaissants envers les clients qui laissent un avis cinq étoiles.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-siamo-grati-per-ogni-recensione-a-cinque-stelle-che",
        "IT",
        "Siamo grati per ogni recensione a cinque stelle che ci lascia.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-siamo-molto-grati-a-chi-ci-lascia-una-recensione",
        "IT",
        "Siamo molto grati a chi ci lascia una recensione positiva.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-le-agradecemos-de-antemano-una-resena-de-cinco-estrellas",
        "ES",
        "Le agradecemos de antemano una reseña de cinco estrellas.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-le-agradecemos-que-nos-deje-una-resena-positiva",
        "ES",
        "Le agradecemos que nos deje una reseña positiva.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-le-agradecemos-mucho-si-nos-deja-una-valoracion-de",
        "ES",
        "Le agradecemos mucho si nos deja una valoración de cinco estrellas.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-we-have-already-sent-you-a-free-pair-of",
        "UK",
        "We have already sent you a free pair of earbuds. If you are satisfied that we have "
        "resolved your concerns, it is possible to update or remove the feedback.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-de-wir-haben-ihnen-bereits-ein-kostenloses-zubehorteil-geschickt",
        "DE",
        "Wir haben Ihnen bereits ein kostenloses Zubehörteil geschickt. Wenn Sie zufrieden sind, "
        "besteht die Möglichkeit, Ihr Feedback zu aktualisieren oder zu entfernen.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-es-ya-le-hemos-enviado-un-regalo-gratis",
        "ES",
        "Ya le hemos enviado un regalo gratis. Si considera que hemos resuelto el problema, es "
        "posible actualizar o eliminar su valoración.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-es-le-enviaremos-ya-un-accesorio-gratis",
        "ES",
        "Le enviaremos ya un accesorio gratis. Si considera que hemos resuelto el problema, es "
        "posible actualizar o eliminar su valoración.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-fr-nous-vous-avons-deja-envoye-un-diffuseur-gratuit",
        "FR",
        "Nous vous avons déjà envoyé un diffuseur gratuit. Si vous estimez que nous avons réglé "
        "le problème, il est possible de mettre à jour ou de retirer votre évaluation.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-it-le-abbiamo-gia-spedito-un-accessorio-gratis",
        "IT",
        "Le abbiamo già spedito un accessorio gratis. Se ritiene che abbiamo risolto il problema, "
        "è possibile aggiornare o rimuovere il feedback.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-we-have-sent-you-a-free-case-as-a",
        "UK",
        "We have sent you a free case as a thank you. If you are satisfied, it is possible to "
        "update or remove the feedback.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-en-a-replacement-has-already-shipped-free-of-charge",
        "UK",
        "A replacement has already shipped free of charge. If you are satisfied that we have "
        "resolved your concerns, it is possible to update or remove the feedback.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-we-will-send-a-free-case-once-you-remove",
        "UK",
        "We will send a free case once you remove the feedback.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-could-you-please-remove-your-negative-feedback",
        "UK",
        "Could you please remove your negative feedback? Once that is done, we will refund you in "
        "full.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-could-you-please-remove-your-negative-feedback-2",
        "UK",
        "Could you please remove your negative feedback? We will refund you in full once that's "
        "done.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-please-delete-your-review",
        "UK",
        "Please delete your review. When that is completed we will send you the refund.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-bitte-entfernen-sie-ihre-bewertung",
        "DE",
        "Bitte entfernen Sie Ihre Bewertung. Sobald das geschehen ist, erstatten wir Ihnen 10 "
        "Euro.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-potrebbe-rimuovere-la-sua-recensione",
        "IT",
        "Potrebbe rimuovere la sua recensione? Appena fatto, le rimborsiamo il prezzo.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-podria-eliminar-su-valoracion",
        "ES",
        "¿Podría eliminar su valoración? Una vez hecho, le reembolsamos el importe.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-could-you-please-remove-your-negative-feedback-3",
        "UK",
        "Could you please remove your negative feedback? Afterwards, we will refund you in full.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-could-you-please-remove-your-negative-feedback-4",
        "UK",
        "Could you please remove your negative feedback? After that, we will refund you in full.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-if-you-are-happy-with-them-please-leave-us",
        "UK",
        "If you are happy with them, please leave us a review.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-if-the-headphones-please-you-please-leave-a-review",
        "UK",
        "If the headphones please you, please leave a review.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-wenn-ihnen-die-kerzen-gefallen-freuen-wir-uns-uber",
        "DE",
        "Wenn Ihnen die Kerzen gefallen, freuen wir uns über eine Bewertung.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-si-las-velas-le-encantan-nos-encantaria-una-resena",
        "ES",
        "Si las velas le encantan, nos encantaría una reseña.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-si-le-gustaron-las-velas-dejenos-una-resena",
        "ES",
        "Si le gustaron las velas, déjenos una reseña.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-if-you-had-any-problem-please-come-to-us",
        "UK",
        "If you had any problem, please come to us first instead of leaving a review.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-please-come-straight-to-us-before-leaving-feedback",
        "UK",
        "Please come straight to us before leaving feedback.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-bitte-kommen-sie-zuerst-zu-uns-bevor-sie-eine",
        "DE",
        "Bitte kommen Sie zuerst zu uns, bevor Sie eine Bewertung schreiben.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-venez-d-abord-vers-nous-avant-de-laisser-un",
        "FR",
        "Venez d'abord vers nous avant de laisser un avis.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-avant-de-laisser-un-avis-revenez-vers-nous",
        "FR",
        "Avant de laisser un avis, revenez vers nous.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-antes-de-dejar-una-resena-venga-a-nosotros",
        "ES",
        "Antes de dejar una reseña, venga a nosotros.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-antes-de-dejar-una-resena-acuda-a-nosotros",
        "ES",
        "Antes de dejar una reseña, acuda a nosotros.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-before-leaving-a-review-please-get-back-to-us",
        "UK",
        "Before leaving a review, please get back to us.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-as-a-thank-you-for-your-review-we-will",
        "UK",
        "As a thank-you for your review, we will refund 5 euros.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-as-a-token-of-appreciation-for-your-review-we",
        "UK",
        "As a token of appreciation for your review, we will refund 5 euros.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-en-guise-de-remerciement-pour-votre-avis-nous-vous",
        "FR",
        "En guise de remerciement pour votre avis, nous vous remboursons 5 €.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-als-dank-fur-ihre-bewertung-erstatten-wir-ihnen-5",
        "DE",
        "Als Dank für Ihre Bewertung erstatten wir Ihnen 5 €.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-a-negative-review-would-be-a-real-blow-for",
        "UK",
        "A negative review would be a real blow for us.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-una-recensione-sarebbe-preziosa-le-saremmo-grati-se-volesse",
        "IT",
        "Una recensione sarebbe preziosa: le saremmo grati se volesse lasciarla.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-a-review-on-amazon-would-mean-a-lot-and",
        "UK",
        "A review on Amazon would mean a lot, and we would be grateful if you could leave one.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-your-review-on-amazon-which-we-would-be-grateful",
        "UK",
        "Your review on Amazon, which we would be grateful if you left, helps us.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-eine-bewertung-auf-amazon-wir-waren-ihnen-dankbar-wenn",
        "DE",
        "Eine Bewertung auf Amazon, wir wären Ihnen dankbar, wenn Sie eine hinterlassen.",
        [MISPLACED],
    ),
    reading(
        "allow-en-we-d-love-your-feedback-on-the-new-size",
        "UK",
        "We'd love your feedback on the new size chart.",
        [],
    ),
    reading(
        "allow-en-we-would-love-to-hear-your-feedback-on-the",
        "UK",
        "We would love to hear your feedback on the new size chart.",
        [],
    ),
    reading(
        "review_request_misplaced-de-wir-wurden-uns-uber-ihre-meinung-zur-neuen-anleitung",
        "DE",
        "Wir würden uns über Ihre Meinung zur neuen Anleitung freuen.",
        [MISPLACED],
    ),
    reading(
        "allow-en-we-appreciate-the-5-stars-you-gave-us",
        "UK",
        "We appreciate the 5 stars you gave us.",
        [],
    ),
    reading(
        "allow-en-thank-you-we-appreciate-the-five-star-review-you",
        "UK",
        "Thank you, we appreciate the five-star review you left.",
        [],
    ),
    reading(
        "allow-de-wir-sind-dankbar-fur-die-funf-sterne-bewertung-die",
        "DE",
        "Wir sind dankbar für die Fünf-Sterne-Bewertung, die Sie abgegeben haben.",
        [],
    ),
    reading(
        "review_manipulation-en-if-you-loved-it-we-would-be-grateful-for",
        "UK",
        "If you loved it, we would be grateful for a review.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-we-would-be-grateful-for-an-honest-review",
        "UK",
        "We would be grateful for an honest review.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-wir-waren-ihnen-dankbar-fur-eine-ehrliche-bewertung",
        "DE",
        "Wir wären Ihnen dankbar für eine ehrliche Bewertung.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-nous-vous-serions-reconnaissants-de-laisser-un-avis-honnete",
        "FR",
        "Nous vous serions reconnaissants de laisser un avis honnête.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-we-are-always-grateful-for-a-five-star-review",
        "UK",
        "We are always grateful for a five-star review.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "allow-it-appena-fatto-il-reso-le-rimborsiamo-l-importo",
        "IT",
        "Se ritiene che abbiamo risolto il problema, è possibile aggiornare o rimuovere il "
        "feedback. Appena fatto il reso, le rimborsiamo l'importo.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-en-we-have-already-refunded-you-in-full",
        "UK",
        "If you are satisfied that we have resolved your concerns, it is possible to update or "
        "remove the feedback. We have already refunded you in full.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-could-you-please-update-your-review",
        "UK",
        "Could you please update your review? If you have already done so, thank you, we have "
        "also refunded the shipping.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "allow-it-appena-riceviamo-il-reso-le-rimborsiamo-l-importo",
        "IT",
        "Se ritiene che abbiamo risolto il problema, è possibile aggiornare o rimuovere il "
        "feedback. Appena riceviamo il reso, le rimborsiamo l'importo.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-it-appena-effettuato-il-reso-le-rimborsiamo-l-importo",
        "IT",
        "Se ritiene che abbiamo risolto il problema, è possibile aggiornare o rimuovere il "
        "feedback. Appena effettuato il reso, le rimborsiamo l'importo.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-fr-nous-avons-lu-votre-avis-negatif-et-du-coup",
        "FR",
        "Nous avons lu votre avis négatif et, du coup, nous vous envoyons un colis de "
        "remplacement.",
        [],
    ),
    reading(
        "allow-de-auf-einen-schlag-sind-nach-ihrer-negativen-bewertung-alle",
        "DE",
        "Auf einen Schlag sind nach Ihrer negativen Bewertung alle Fragen geklärt.",
        [],
    ),
    reading(
        "allow-en-we-would-like-to-thank-you-for-your-review",
        "UK",
        "We would like to thank you for your review.",
        [],
    ),
    reading(
        "allow-en-i-would-just-like-to-say-thank-you-for",
        "UK",
        "I would just like to say thank you for your feedback.",
        [],
    ),
    reading(
        "allow-en-we-would-like-to-say-we-appreciate-your-feedback",
        "UK",
        "We would like to say we appreciate your feedback on the packaging.",
        [],
    ),
    reading(
        "allow-it-vorremmo-dirle-che-siamo-grati-per-la-sua-recensione",
        "IT",
        "Vorremmo dirle che siamo grati per la sua recensione.",
        [],
    ),
    reading(
        "allow-de-wir-wurden-gern-sagen-dass-wir-dankbar-fur-ihre",
        "DE",
        "Wir würden gern sagen, dass wir dankbar für Ihre Bewertung sind.",
        [],
    ),
    reading(
        "allow-fr-nous-voudrions-vous-dire-que-nous-sommes-reconnaissants-pour",
        "FR",
        "Nous voudrions vous dire que nous sommes reconnaissants pour votre avis.",
        [],
    ),
    reading(
        "allow-en-we-d-like-to-thank-you-for-the-kind",
        "UK",
        "We'd like to thank you for the kind feedback about the lamp.",
        [],
    ),
    reading(
        "allow-en-we-would-really-like-to-thank-you-for-your",
        "UK",
        "We would really like to thank you for your honest review.",
        [],
        **REVIEW_REQUEST,
    ),
    # A thank-you noun beside a refund reported as done only thanks; a refund or replacement given
    # beside it is a reward.
    reading(
        "allow-fr-avec-tous-nos-remerciements-refund-confirmed-done",
        "FR",
        "Avec tous nos remerciements pour votre avis, nous vous confirmons que "
        "le remboursement a été effectué.",
        [],
    ),
    reading(
        "allow-fr-avec-tous-nos-remerciements-refund-confirmed-done-removal",
        "FR",
        "Avec tous nos remerciements pour votre avis, nous vous confirmons que "
        "le remboursement a été effectué.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-it-un-sentito-ringraziamento-rimborso-emesso-ieri",
        "IT",
        "Un sentito ringraziamento per la recensione: il rimborso è stato emesso ieri.",
        [],
    ),
    reading(
        "allow-it-un-sentito-ringraziamento-rimborso-completo-emesso-removal",
        "IT",
        "Un sentito ringraziamento per il suo feedback, il rimborso completo è stato emesso.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-it-con-un-ringraziamento-le-confermiamo-rimborso-effettuato",
        "IT",
        "Con un ringraziamento per la recensione, le confermiamo che il rimborso è stato "
        "effettuato.",
        [],
    ),
    reading(
        "allow-es-con-nuestro-agradecimiento-reembolso-realizado",
        "ES",
        "Con nuestro agradecimiento por su reseña, le confirmamos que el reembolso se ha "
        "realizado.",
        [],
    ),
    reading(
        "allow-fr-en-remerciement-remboursement-effectue-hier",
        "FR",
        "En remerciement pour votre avis, le remboursement a été effectué hier.",
        [],
    ),
    reading(
        "review_manipulation-it-ringraziamento-le-invieremo-articolo-in-sostituzione",
        "IT",
        "Con un ringraziamento per il suo feedback, le invieremo un articolo in sostituzione.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-como-agradecimiento-le-reembolsamos",
        "ES",
        "Como agradecimiento por su reseña, le reembolsamos 5 euros.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "allow-fr-avec-tous-nos-remerciements-nous-vous-remboursons-la-difference",
        "FR",
        "Avec tous nos remerciements pour votre avis et votre patience, nous vous remboursons "
        "la différence.",
        [],
    ),
    reading(
        "allow-it-con-i-nostri-ringraziamenti-le-rimborsiamo-la-differenza",
        "IT",
        "Con i nostri più sentiti ringraziamenti per la recensione, le rimborsiamo la differenza.",
        [],
    ),
    # A bad review as a blow, with or without an intensity word, in every language.
    reading(
        "review_manipulation-es-mala-resena-seria-un-golpe",
        "ES",
        "Una mala reseña sería un golpe para nuestro pequeño negocio.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-mala-valoracion-es-un-golpe",
        "ES",
        "Una mala valoración es un golpe para una tienda pequeña como la nuestra.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-resena-negativa-un-golpe-enorme",
        "ES",
        "Una reseña negativa sería un golpe enorme para nosotros.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-es-comentario-negativo-supondria-un-golpe",
        "ES",
        "Un comentario negativo nos supondría un golpe importante.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-en-negative-review-would-be-a-blow",
        "UK",
        "A negative review would be a blow to our small business.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-de-negative-bewertung-waere-ein-schlag",
        "DE",
        "Eine negative Bewertung wäre ein Schlag für unser kleines Geschäft.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-fr-mauvais-avis-serait-un-coup",
        "FR",
        "Un mauvais avis serait un coup pour notre petite boutique.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "review_manipulation-it-recensione-negativa-sarebbe-un-colpo",
        "IT",
        "Una recensione negativa sarebbe un colpo per il nostro piccolo negozio.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "allow-fr-avis-negatif-est-du-coup-comprehensible",
        "FR",
        "Votre avis négatif est du coup bien compréhensible.",
        [],
    ),
    # Wished gratitude for feedback on something else than the order, product or seller asks for
    # no review.
    reading(
        "allow-en-grateful-for-your-feedback-on-the-new-size-chart",
        "UK",
        "We would be grateful for your feedback on the new size chart.",
        [],
    ),
    reading(
        "allow-en-grateful-for-your-feedback-on-the-replacement",
        "UK",
        "We would be grateful for your feedback on the replacement.",
        [],
    ),
    reading(
        "allow-de-dankbar-fuer-ihr-feedback-zum-ersatzgeraet",
        "DE",
        "Wir wären Ihnen dankbar für Ihr Feedback zum Ersatzgerät.",
        [],
    ),
    reading(
        "allow-en-we-d-appreciate-your-feedback-on-the-new-size-chart",
        "UK",
        "We'd appreciate your feedback on the new size chart.",
        [],
    ),
    reading(
        "allow-fr-reconnaissants-pour-votre-avis-sur-le-guide-des-tailles",
        "FR",
        "Nous vous serions reconnaissants pour votre avis sur le nouveau guide des tailles.",
        [],
    ),
    reading(
        "allow-it-grati-per-un-parere-sulla-tabella-taglie",
        "IT",
        "Le saremmo grati per un suo parere sulla nuova tabella taglie.",
        [],
    ),
    reading(
        "allow-es-agradecidos-por-su-opinion-sobre-la-guia-de-tallas",
        "ES",
        "Le estaríamos agradecidos por su opinión sobre la nueva guía de tallas.",
        [],
    ),
    reading(
        "review_request_misplaced-en-grateful-for-your-feedback-on-your-order",
        "UK",
        "We would be grateful for your feedback on your order.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-dankbar-fuer-eine-bewertung-zum-artikel",
        "DE",
        "Wir wären Ihnen dankbar für eine Bewertung zum Artikel.",
        [MISPLACED],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    READINGS
    + PARAPHRASES
    + MORE_WORDINGS
    + NEAR_MISSES_AND_MORE
    + SPELLINGS
    + ROUND_FOUR
    + ROUND_FIVE_ASKS
    + ROUND_FIVE_LEVER
    + PLATFORM_REFUNDS
    + ROUND_SIX,
)
def test_review_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
