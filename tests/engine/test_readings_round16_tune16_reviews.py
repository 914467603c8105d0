"""The review rules on kinds of wording blind round 16's tuning part found misread or missed,
each kind in the five languages, in wording of this table's own, with the near-misses it must
allow:

- a review word a word beside makes none ("avis de passage", a carrier's notice) is none in a
  review phrase either ("le livreur a dû laisser un avis de passage");
- a rating verb whose object is what the seller inspects or weighs ("afin d'évaluer
  correctement les dégâts", "valutare un rimborso parziale") asks for no rating, and
  "correctly" changes nothing ("correct" is a change only as the verb and its noun);
- an offer the buyer is told not to miss ("suivez-nous pour ne rater aucune promo") is news
  of offers to come, no reward for the review asked beside it;
- all the buyers who review ("unter allen Kunden, die eine Rezension geschrieben haben") are
  whoever reviews: a draw among them rewards the review;
- praise is a top level ("ein paar lobende Worte auf der Produktseite"), unless named beside
  its opposite or thanked for;
- "us" written to past a please or a first ("schreiben Sie bitte erst uns", "scriva prima a
  noi") sends unhappy buyers to the seller beside a review on a condition; any diversion word
  counts, not only the first ("Se invece qualcosa non va").

The table is named after its branch (tune16-reviews; a module name takes no hyphen). Each row
is a message body (after the marketplace's greeting) and the wording rules that must fire on
it, no more and no fewer.
"""

from __future__ import annotations

import pytest

from tests.engine.rows import REVIEW_REQUEST
from tests.engine.test_readings import MANIPULATION, MARKETING, MISPLACED, reading, wording_rules

REPLY = {"reason": "reply"}
ORDER_DETAILS = {"reason": "order_details"}

NOT_A_REVIEW = [
    reading(
        "review_request_misplaced-fr-carrier-left-a-delivery-notice",
        "FR",
        "Le facteur a dû laisser un avis de passage : votre colis vous attend au bureau de poste.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-fr-carrier-leaves-a-delivery-notice",
        "FR",
        "Si vous êtes absente, le transporteur va laisser un avis de livraison dans la boîte.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-fr-technician-gives-a-technical-opinion",
        "FR",
        "Notre technicien va donner un avis technique sur la pompe avant tout échange.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-en-energy-rating-label",
        "UK",
        "The courier will leave a card if you are out; the energy rating label is on the box.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-it-technical-assessment",
        "IT",
        "Il tecnico darà una valutazione tecnica del guasto entro venerdì.",
        [],
        **REPLY,
    ),
    # Still a review, the notice word too far from it to make it none.
    reading(
        "review_request_misplaced-fr-leave-a-review-on-amazon",
        "FR",
        "N'hésitez pas à laisser un avis sur Amazon une fois le colis reçu.",
        [MISPLACED],
        **REPLY,
    ),
]

ASSESSED = [
    reading(
        "review_manipulation-fr-evaluate-the-damage-correctly",
        "FR",
        "Afin d'évaluer correctement les dégâts, pourriez-vous nous envoyer une photo ? Une"
        " pièce neuve vous sera envoyée gratuitement.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-en-evaluate-the-damage",
        "UK",
        "To evaluate the damage properly, could you send us a photo? A new part will be sent"
        " free of charge.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-it-evaluate-the-damage",
        "IT",
        "Per valutare i danni, ci può mandare una foto? Le spediremo un ricambio gratuito.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-es-evaluate-the-damage",
        "ES",
        "Para evaluar los daños, ¿podría enviarnos una foto? Le enviaremos una pieza nueva gratis.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-de-damage-before-the-verb",
        "DE",
        "Um den Schaden richtig zu bewerten, schicken Sie uns bitte ein Foto; Ersatz kommt"
        " kostenlos.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-it-weigh-a-partial-refund",
        "IT",
        "Se preferisce tenere l'articolo, possiamo valutare un rimborso parziale oppure il"
        " reso gratuito.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-fr-weigh-a-partial-refund",
        "FR",
        "Si vous préférez garder l'article, nous pouvons évaluer un remboursement partiel ou"
        " un retour gratuit.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-es-weigh-a-partial-refund",
        "ES",
        "Si prefiere quedarse el artículo, podemos evaluar un reembolso parcial o la"
        " devolución gratuita.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-de-weigh-a-partial-refund",
        "DE",
        "Wenn Sie den Artikel behalten möchten, können wir eine Teilerstattung bewerten oder"
        " eine kostenlose Rücksendung anbieten.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-en-fitted-correctly",
        "US",
        "Please make sure the lid is fitted correctly; a free replacement seal is in the box.",
        [],
        **REPLY,
    ),
    # The product or a replacement rated, and a review corrected, still ask.
    reading(
        "review_request_misplaced-fr-rate-the-article",
        "FR",
        "Pourriez-vous évaluer l'article sur Amazon une fois reçu ?",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-de-rate-the-replacement",
        "DE",
        "Bitte bewerten Sie den Ersatzartikel auf Amazon, sobald er da ist.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-en-correct-your-review",
        "UK",
        "Now that the refund is done, could you please correct your review?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
]

NOT_TO_MISS = [
    reading(
        "review_manipulation-fr-follow-us-to-miss-no-promo",
        "FR",
        "Laissez-nous un avis une fois reçu et suivez-nous sur Instagram pour ne rater aucune"
        " promo !",
        [MARKETING, MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_manipulation-en-follow-us-to-never-miss-a-deal",
        "UK",
        "Leave us a review once it arrives and follow us on Facebook so you never miss a deal!",
        [MARKETING, MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_manipulation-it-follow-us-to-miss-no-offer",
        "IT",
        "Ci lasci una recensione e ci segua su Instagram per non perdere nessuna offerta!",
        [MARKETING, MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_manipulation-es-follow-us-to-miss-no-offer",
        "ES",
        "Déjenos una reseña y síganos en Instagram para no perderse ninguna oferta.",
        [MARKETING, MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_manipulation-de-follow-us-to-miss-no-deal-verb-last",
        "DE",
        "Hinterlassen Sie uns eine Bewertung und folgen Sie uns auf Instagram, um keine Aktion"
        " zu verpassen!",
        [MARKETING, MISPLACED],
        **ORDER_DETAILS,
    ),
    # A reward for the review still is one.
    reading(
        "review_manipulation-fr-review-and-receive-a-voucher",
        "FR",
        "Laissez-nous un avis et recevez un bon d'achat de 5 € !",
        [MANIPULATION, MISPLACED, MARKETING],
        **ORDER_DETAILS,
    ),
    reading(
        "review_manipulation-en-review-and-get-a-gift",
        "UK",
        "Leave us a review and get a free gift with your next order!",
        [MANIPULATION, MISPLACED, MARKETING],
        **ORDER_DETAILS,
    ),
]

ALL_WHO_REVIEW = [
    reading(
        "review_manipulation-de-draw-among-all-who-review",
        "DE",
        "Jeden Monat verlosen wir unter allen Kunden, die eine Rezension schreiben, einen"
        " Gutschein.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-draw-among-all-who-review",
        "UK",
        "Every month we draw a winner among all customers who leave a review.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-draw-among-all-who-review",
        "FR",
        "Chaque mois, nous tirons au sort un gagnant parmi tous les clients qui laissent un avis.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-draw-among-all-who-review",
        "IT",
        "Ogni mese estraiamo un premio tra tutti i clienti che lasciano una recensione.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-draw-among-all-who-review",
        "ES",
        "Cada mes sorteamos un premio entre todos los clientes que dejen una reseña.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-all-who-review-help-others",
        "DE",
        "Alle Kunden, die eine Rezension schreiben, helfen anderen bei der Wahl. Wir freuen"
        " uns über Ihre Meinung.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-all-our-customers-reviews-read",
        "FR",
        "Tous les avis de nos clients sont lus par notre équipe ; le vôtre nous aiderait aussi.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-all-who-received-a-faulty-part",
        "IT",
        "Tutti i clienti che hanno ricevuto un pezzo difettoso avranno una sostituzione gratuita.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-es-all-who-write-get-an-answer",
        "ES",
        "Todos los clientes que nos escriben reciben respuesta en 24 horas. Una reseña nos"
        " ayudaría.",
        [],
        **REVIEW_REQUEST,
    ),
]

PRAISED = [
    reading(
        "review_manipulation-de-a-few-praising-words-on-the-page",
        "DE",
        "Wenn alles passt, freuen wir uns über ein paar lobende Worte auf der Produktseite.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-a-praising-review",
        "UK",
        "Please leave a praising review on Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-a-flattering-review",
        "IT",
        "Ci lasci una recensione lusinghiera su Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-praising-words-on-the-page",
        "ES",
        "Si todo fue bien, escriba unas palabras elogiosas en la página del producto.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-praising-words-on-the-page",
        "IT",
        "Scriva due parole elogiative sulla pagina del prodotto.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-thanks-for-praising-words",
        "DE",
        "Vielen Dank für Ihre lobenden Worte zu unserem Service!",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-en-thanks-for-praising-words",
        "UK",
        "Thank you for your praising words about our packaging.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-es-praising-article-in-a-magazine",
        "ES",
        "La revista publicó un artículo elogioso sobre la lámpara; ya vuelve a estar disponible.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-de-praising-or-critical",
        "DE",
        "Wir freuen uns über jede ehrliche Rezension, lobend oder kritisch.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-praising-or-critical",
        "IT",
        "Una recensione sincera, elogiativa o critica, ci aiuterebbe a migliorare.",
        [],
        **REVIEW_REQUEST,
    ),
]

WRITTEN_TO_US_FIRST = [
    reading(
        "review_manipulation-de-please-write-us-first",
        "DE",
        "Falls alles gepasst hat, freuen wir uns über eine Rezension. Falls nicht, schreiben"
        " Sie bitte erst uns.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-instead-then-write-us-first",
        "IT",
        "Se tutto va bene, ci farebbe piacere una recensione. Se invece qualcosa non va,"
        " scriva prima a noi.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-please-write-first-to-us",
        "UK",
        "If all is well, we'd love a review. If not, please write first to us.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-write-us-first",
        "FR",
        "Si tout va bien, un avis nous ferait plaisir. Sinon, écrivez-nous d'abord.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-write-us-first",
        "ES",
        "Si todo va bien, nos encantaría una reseña. Si no, escríbanos primero.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-write-us-first-about-returns",
        "DE",
        "Eine Rezension hilft uns sehr. Für Rücksendungen schreiben Sie bitte erst uns, bevor"
        " Sie das Paket abschicken.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-write-us-first-about-returns",
        "IT",
        "Una recensione ci aiuterebbe. Per i resi, scriva prima a noi prima di spedire il pacco.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-write-us-first-about-returns",
        "UK",
        "Please write to us first before sending the parcel back, so we can send a label.",
        [],
        **REPLY,
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    NOT_A_REVIEW + ASSESSED + NOT_TO_MISS + ALL_WHO_REVIEW + PRAISED + WRITTEN_TO_US_FIRST,
)
def test_review_readings_round16(body: str, given: dict[str, str], rules: list[str]) -> None:
    assert wording_rules(body, given) == sorted(rules)
