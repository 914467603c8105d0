"""The review rules on more kinds of wording blind rounds 14 and 15 found missed, each kind in
the five languages, in wording of this table's own, with the near-misses it must allow:

- a perfect score spelled out ("10 von 10", "ten out of ten", "20 sur 20", "dieci su dieci",
  "un diez de diez", "a perfect ten") is a level beside a review, in its sentence or the one
  next to it; a count of things is none ("10 von 10 Teilen sind verschickt");
- a top grade ("la nota más alta", "il voto più alto", "die Bestnote", "the highest mark")
  where buyers read reviews or asked of the buyer for the seller is a review at its level; a
  test's top score is none;
- review nouns the lists lacked ("Urteil", "jugement", "témoignage", "testimonianza",
  "evaluación", "juicio"), and a post where buyers read it ("Ihr Beitrag auf der
  Produktseite", "votre publication sur Amazon"; not "Ihr Beitrag zu den Versandkosten");
- what the buyer published, or wrote there or about the seller, asked to be changed ("rivedere
  quanto aveva pubblicato", "lo que publicó", "have another look at what you wrote about us",
  "take down the comment you left"); not what the buyer wrote in a message, a form or to the
  seller.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer.
"""

from __future__ import annotations

import pytest

from tests.engine.rows import REVIEW_REQUEST
from tests.engine.test_readings import MANIPULATION, MISPLACED, reading, wording_rules

REPLY = {"reason": "reply"}

SCORES = [
    # A perfect score spelled out beside a review, in its sentence.
    reading(
        "review_manipulation-spelled-score-in-the-sentence-de",
        "DE",
        "Wenn der Helm für Sie eine 10 von 10 ist, schreiben Sie das bitte in einer Bewertung.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-spelled-score-in-the-sentence-en",
        "UK",
        "If the lamp is ten out of ten for you, please say so in a review.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-spelled-score-in-the-sentence-fr",
        "FR",
        "Si le kit vaut un 20 sur 20, dites-le dans un avis.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-spelled-score-in-the-sentence-it",
        "IT",
        "Se il tappetino è da dieci su dieci, lo scriva in una recensione.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-spelled-score-in-the-sentence-es",
        "ES",
        "Si la lámpara es un diez de diez para usted, déjenos una reseña.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # ... in the sentence before the review asked.
    reading(
        "review_manipulation-spelled-score-beside-de",
        "DE",
        "War der Helm eine glatte 10 von 10? Dann hinterlassen Sie uns eine Bewertung.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-perfect-ten-beside-en",
        "UK",
        "Is the kettle a perfect ten? Then please leave us a review.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-spelled-score-beside-fr",
        "FR",
        "Votre kit mérite un 20 sur 20 ? Alors laissez-nous un avis.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-spelled-score-beside-it",
        "IT",
        "La lampada per lei è da 10 su 10? Allora ci lasci una recensione.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-perfect-ten-beside-es",
        "ES",
        "¿La funda es un diez perfecto? Entonces déjenos una reseña.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # Near-misses: a count of things beside the review asked.
    reading(
        "review_manipulation-count-beside-de",
        "DE",
        "10 von 10 Teilen sind bereits verschickt. Über eine Bewertung freuen wir uns.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-count-beside-en",
        "UK",
        "All 10 out of 10 parcels have left our warehouse. Please leave a review once they arrive.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-count-beside-fr",
        "FR",
        "Le bloc tient 20 sur 20 volts. Laissez-nous un avis quand vous l'aurez testé.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-count-beside-it",
        "IT",
        "Abbiamo spedito 10 su 10 pacchi. Ci lasci una recensione quando arrivano.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-count-beside-es",
        "ES",
        "Ya salieron 10 de 10 paquetes. Déjenos una reseña cuando lleguen.",
        [],
        **REVIEW_REQUEST,
    ),
    # A top grade where buyers read reviews, or asked of the buyer for the seller.
    reading(
        "review_manipulation-top-grade-asked-de",
        "DE",
        "Geben Sie uns bitte die Bestnote, wenn der Helm passt.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-top-grade-asked-en",
        "UK",
        "Please give us the highest mark you can.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-top-grade-there-en",
        "UK",
        "Only a top score on the product page keeps a small shop like ours visible.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-superlative-grade-there-fr",
        "FR",
        "Mettez-nous la note la plus haute sur Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-superlative-grade-there-it",
        "IT",
        "Ci dia il voto più alto sulla pagina del prodotto.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-superlative-grade-there-es",
        "ES",
        "¿Nos pondría la nota más alta en Amazon?",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-top-grade-there-es",
        "ES",
        "Ponga la nota máxima en la página del producto y le regalamos un llavero.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # Near-misses: a test's top score, a dial's top mark.
    reading(
        "review_manipulation-test-top-score-en",
        "UK",
        "Our kettle got the top score in the consumer test.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-dial-top-mark-en",
        "UK",
        "Please note that the top mark on the dial is the hottest setting.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-test-best-grade-de",
        "DE",
        "Der Helm hat im Test die Bestnote bekommen.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-exam-top-grade-es",
        "ES",
        "La nota más alta del control de calidad fue para esta lámpara.",
        [],
        **REPLY,
    ),
]

NOUNS = [
    # Review nouns the lists lacked.
    reading(
        "review_request_misplaced-urteil-de",
        "DE",
        "Nach dem Aufbau freuen wir uns auf Ihr Urteil auf Amazon.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-jugement-revised-fr",
        "FR",
        "Pourriez-vous revoir votre jugement sur notre boutique ?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-temoignage-fr",
        "FR",
        "Laissez-nous un petit témoignage sur Amazon.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-testimonianza-it",
        "IT",
        "Ci lasci una breve testimonianza.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-evaluacion-es",
        "ES",
        "Nos encantaría que nos dejara una evaluación.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-juicio-revised-es",
        "ES",
        "¿Podría reconsiderar su juicio sobre nuestra tienda?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    # A post where buyers read it, rewarded.
    reading(
        "review_manipulation-beitrag-there-rewarded-de",
        "DE",
        "Schicken Sie uns ein Bildschirmfoto Ihres Beitrags auf Amazon, dann erhalten Sie "
        "einen Gutschein.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-writeup-there-rewarded-en",
        "UK",
        "For a short writeup on Amazon we send you a free gift.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-publication-there-rewarded-fr",
        "FR",
        "Envoyez-nous une capture de votre publication sur Amazon et recevez un cadeau.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-pubblicazione-there-rewarded-it",
        "IT",
        "Ci invii una foto della sua pubblicazione su Amazon e le spediamo un omaggio.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-publicacion-there-rewarded-es",
        "ES",
        "Por su publicación en Amazon le enviamos un regalo.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # Near-misses: a contribution, a fee, a court's judgment, "in our judgment".
    reading(
        "review_request_misplaced-beitrag-contribution-de",
        "DE",
        "Ihr Beitrag zu den Versandkosten beträgt 4,90 Euro.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-mitgliedsbeitrag-de",
        "DE",
        "Der Mitgliedsbeitrag für Amazon Prime wird von Amazon selbst eingezogen.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-urteil-court-de",
        "DE",
        "Das Urteil des Gerichts betrifft nur den Versand nach Österreich.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-juicio-opinion-es",
        "ES",
        "A nuestro juicio, el modelo grande le quedará mejor.",
        [],
        **REPLY,
    ),
]

WRITTEN = [
    # What the buyer published, or wrote there or about the seller, asked to be changed.
    reading(
        "review_manipulation-another-look-at-what-you-wrote-en",
        "UK",
        "Could you have another look at what you wrote about us on the product page?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-take-down-the-comment-en",
        "UK",
        "Would you take down the comment you left on your order?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-what-you-published-de",
        "DE",
        "Würden Sie bitte überdenken, was Sie über uns veröffentlicht haben?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-what-you-published-fr",
        "FR",
        "Pourriez-vous modifier ce que vous avez publié ?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-the-text-you-published-it",
        "IT",
        "Le chiediamo di modificare il testo che ha pubblicato.",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-what-you-published-it",
        "IT",
        "Le andrebbe di rivedere quanto ha pubblicato?",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-what-you-wrote-about-us-es",
        "ES",
        "Te pedimos que borres lo que escribiste sobre nosotros.",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-what-you-published-es",
        "ES",
        "¿Podría reconsiderar lo que publicó?",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # Near-misses: written in a message, on a form, to the seller, an address.
    reading(
        "review_manipulation-what-you-wrote-in-the-message-en",
        "UK",
        "Could you change what you wrote in your message so we can read the house number?",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-the-address-you-wrote-en",
        "UK",
        "Please correct the address you wrote on the form.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-what-you-wrote-to-us-de",
        "DE",
        "Könnten Sie korrigieren, was Sie uns geschrieben haben?",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-what-you-wrote-on-the-form-fr",
        "FR",
        "Pouvez-vous corriger ce que vous avez écrit dans le formulaire ?",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-what-you-wrote-in-the-message-it",
        "IT",
        "Può correggere quanto ha scritto nel messaggio?",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-what-you-wrote-as-address-es",
        "ES",
        "¿Puede corregir lo que escribió como dirección de envío?",
        [],
        **REPLY,
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), SCORES)
def test_spelled_scores_and_top_grades(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)


@pytest.mark.parametrize(("body", "given", "rules"), NOUNS)
def test_review_nouns_and_posts(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)


@pytest.mark.parametrize(("body", "given", "rules"), WRITTEN)
def test_published_text_changed(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
