"""The review rules on kinds of wording blind rounds 14 and 15 found missed or misread, each
kind in the five languages, in wording of this table's own, with the near-misses it must allow:

- a review asked for without the word, by where it is told: a telling or writing verb beside
  the product page, Amazon or where other buyers read it ("erzählen Sie es anderen
  Gartenfreunden auf der Produktseite", "que lo dijera en Amazon", "lo scriva sulla pagina del
  prodotto", "schreiben Sie das dort, wo andere Käufer es lesen"); beside a condition on
  satisfaction, an incentive or a level it is manipulated; a seller describing the page, the
  page helping, a parcel label found in the Amazon account ask for nothing;
- "ne vous gênez pas": "don't hesitate", no refusal;
- the article after a change verb in the sentence beside a review ("solo cambia la posición",
  "algún cambio en la razón social") is no "it" to change;
- a grade register ("registro voti") is no review.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer.
"""

from __future__ import annotations

import pytest

from tests.engine.rows import REVIEW_REQUEST
from tests.engine.test_readings import MANIPULATION, MISPLACED, reading, wording_rules

REPLY = {"reason": "reply"}
CUSTOMIZATION = {"reason": "customization"}

ROUND_FIFTEEN = [
    # Told or written on the product page or on Amazon: a review without the word.
    reading(
        "review_request_misplaced-written-on-the-page-en",
        "UK",
        "Once it arrives, please write about the lamp on the product page.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-told-on-the-page-de",
        "DE",
        "Erzählen Sie es gern auf der Produktseite.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-told-on-the-page-fr",
        "FR",
        "Quand vous aurez un moment, racontez-le sur la fiche produit.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-written-on-the-page-it",
        "IT",
        "Quando ha un momento, lo scriva sulla pagina del prodotto.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-told-on-the-page-es",
        "ES",
        "Cuando pueda, cuente en la página del producto qué tal le va.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-told-on-the-page-subjunctive-es",
        "ES",
        "Nos encantaría que lo dijera en la página del producto.",
        [MISPLACED],
        **REPLY,
    ),
    # Where other buyers read it: the place named by its readers.
    reading(
        "review_request_misplaced-where-others-read-en",
        "UK",
        "Please write that where other shoppers can read it.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-where-others-read-de",
        "DE",
        "Schreiben Sie das bitte dort, wo andere Käufer es lesen.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-where-others-read-fr",
        "FR",
        "Écrivez-le là où d'autres acheteurs le lisent.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-where-others-read-it",
        "IT",
        "Lo scriva dove altri clienti lo leggono.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-where-others-read-es",
        "ES",
        "Escriba eso donde otros compradores lo leen.",
        [MISPLACED],
        **REPLY,
    ),
    # Only from satisfied buyers, told there.
    reading(
        "review_manipulation-satisfied-then-written-on-the-page-en",
        "UK",
        "If you loved it, write about it on the product page.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-satisfied-asked-then-told-on-the-page-de",
        "DE",
        "Sind Sie rundum zufrieden? Dann erzählen Sie es gern anderen Gartenfreunden auf der "
        "Produktseite.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-convinced-then-told-on-the-page-fr",
        "FR",
        "Si vous êtes convaincu, racontez-le sur la fiche produit.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-convinced-then-told-on-the-page-it",
        "IT",
        "Solo se il prodotto l'ha convinta, lo racconti sulla pagina del prodotto.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-to-your-liking-then-told-on-the-page-es",
        "ES",
        "Si todo ha sido de su agrado, nos haría ilusión que lo dijera en la página del producto.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # An incentive for what is told there.
    reading(
        "review_manipulation-sentences-on-the-page-for-a-free-pair-en",
        "UK",
        "Write a few sentences on the product page and we'll send you a second pair free.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-sentences-on-the-page-for-a-free-pair-de",
        "DE",
        "Wenn Sie anderen Käufern in ein paar Sätzen auf der Artikelseite erzählen, wie die "
        "Socken sind, legen wir Ihnen ein zweites Paar kostenlos bei.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-told-on-the-page-for-a-gift-fr",
        "FR",
        "Racontez-le sur la fiche produit et nous vous offrons un second diffuseur.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-told-on-the-page-for-shipping-back-it",
        "IT",
        "Racconta com'è andata sulla pagina dell'articolo e noi ti restituiamo le spese di "
        "spedizione.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-sentences-on-the-page-for-money-back-es",
        "ES",
        "Cuente con un par de frases en la página del artículo qué tal le va y le devolvemos "
        "5 euros.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # Near-misses: the page described, helping or visited; told to the seller; a label found.
    reading(
        "review_request_misplaced-page-described-en",
        "UK",
        "The product page will help you choose the right size.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-page-described-de",
        "DE",
        "Wir beschreiben die Maße ausführlich auf der Produktseite.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-page-described-fr",
        "FR",
        "Nous indiquons toutes les dimensions sur la fiche produit.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-label-in-the-amazon-account-it",
        "IT",
        "Trova la nuova etichetta (Poste Italiane) nella sezione resi del suo account Amazon.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-tell-us-if-wrong-en",
        "UK",
        "If anything is wrong with the lamp, just tell us and we will fix it.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-tell-us-if-wrong-es",
        "ES",
        "Si algo no va bien, díganoslo y lo solucionamos.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-the-page-helps-it",
        "IT",
        "Sulla pagina del prodotto trova tutte le misure, ci aiuterà a capire quale le serve.",
        [],
        **REPLY,
    ),
    # "Don't hesitate": no refusal.
    reading(
        "review_request_misplaced-ne-vous-genez-pas-fr",
        "FR",
        "Ne vous gênez pas pour dire aux autres acheteurs ce que vous en pensez.",
        [MISPLACED],
        **REPLY,
    ),
    # The article after a change verb beside a review: no "it" changed; German's "diese" after
    # the verb is one.
    reading(
        "review_request_misplaced-article-after-change-beside-es",
        "ES",
        "La funda es compatible, solo cambia la posición de la cámara. Y cuéntele a otros "
        "compradores en la página del producto qué tal le va.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-change-noun-beside-es",
        "ES",
        "Si necesita algún cambio en la razón social, indíquenoslo. Por cierto, su opinión en "
        "Amazon nos ayuda mucho a seguir mejorando.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-change-it-beside-review-de",
        "DE",
        "Ihre Bewertung ist leider negativ. Könnten Sie diese bitte löschen?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    # A grade register: no review.
    reading(
        "review_manipulation-grade-register-it",
        "IT",
        "Le confermiamo l'agenda con registro voti per 5 classi.",
        [],
        **CUSTOMIZATION,
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), ROUND_FIFTEEN)
def test_round_fifteen_review_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
