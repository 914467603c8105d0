"""The wording rules on four false rejects an outside review of round 12 found, each kind in
the five languages, in wording of this table's own, with the forbidden twin beside each:

- a rating verb in its everyday sense, the buyer asked to judge for themselves whether
  something is worth it ("bewerten Sie selbst, ob sich das lohnt", "évaluez par vous-même si",
  "valore usted mismo si"), beside a discount or a refund, asks for no review; the verb with
  the seller or the purchase as its object still does, "yourself" or not;
- an offer the buyer asked for, named with the asking after it ("the voucher code you asked
  for", "le code que vous avez demandé", "el cupón que nos pidió") and refused after a colon
  or in the next clause ("we're not able to issue codes"), offers nothing; given there, it
  does, whatever a turn or the next sentence refuses after it ("... is SAVE10, but we can't
  issue a second one");
- an offer or a payment named as the topic of its sentence ("Pour le code promo,", "Was den
  Gutscheincode betrifft,", "En cuanto al pago por transferencia,", "Il pagamento tramite
  bonifico,") and refused in the clause after the comma offers or asks for nothing; a clause
  that asks for the payment and refuses another ("Please pay by bank transfer, we are not able
  to accept PayPal"), one that gives the offer with a verb ("Zur Entschuldigung erhalten Sie
  einen Gutschein, ...") or says more than a topic ("Sobre el precio le hacemos un descuento
  del 10 %, ...") stays reported, refusal after it or not;
- the seller's pleasure at a review already given, the buyer's review its subject ("Ihre
  Bewertung auf Amazon hat uns sehr gefreut", "Your review on Amazon made us very happy"),
  thanks for it; the same pleasure in the conditional ("Your review on Amazon would make our
  day") or at any review ("A review on Amazon has always made us happy") asks.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import (
    MANIPULATION,
    MARKETING,
    MISPLACED,
    PAYMENT,
    reading,
    wording_rules,
)

REPLY = {"reason": "reply"}
RETURN = {"reason": "return"}

ROUND_THIRTEEN = [
    # A rating verb in its everyday sense: judge for yourself whether ...
    reading(
        "review_manipulation-judge-yourself-discount-de",
        "DE",
        "Mit dem Code SOMMER10 sparen Sie 10 % auf das Zubehör – bewerten Sie selbst, ob sich "
        "das für Sie lohnt.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-judge-yourself-refund-de",
        "DE",
        "Wir erstatten Ihnen 10 % des Kaufpreises; bewerten Sie selbst, ob sich eine Reparatur "
        "noch lohnt.",
        [],
        **RETURN,
    ),
    reading(
        "review_manipulation-judge-yourself-offer-de",
        "DE",
        "Beurteilen Sie selbst, ob sich das Angebot mit dem Code SOMMER10 für Sie lohnt.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-judge-yourself-discount-en",
        "UK",
        "With the code SUMMER10 you save 10% on the accessories – judge for yourself whether "
        "it's worth it.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-yourself-refund-en",
        "UK",
        "We can refund 10% of the price; rate for yourself whether a repair is still worth it.",
        [],
        **RETURN,
    ),
    reading(
        "review_manipulation-judge-yourself-discount-fr",
        "FR",
        "Avec le code ETE10, vous économisez 10 % sur les accessoires : évaluez par vous-même si "
        "cela en vaut la peine.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-judge-yourself-refund-fr",
        "FR",
        "Nous pouvons vous rembourser 10 % du prix ; jugez par vous-même si une réparation vaut "
        "encore la peine.",
        [],
        **RETURN,
    ),
    reading(
        "review_manipulation-rate-yourself-refund-fr",
        "FR",
        "Nous pouvons vous rembourser 10 % du prix ; évaluez vous-même si une réparation vaut "
        "encore la peine.",
        [],
        **RETURN,
    ),
    reading(
        "review_manipulation-judge-yourself-discount-it",
        "IT",
        "Con il codice ESTATE10 risparmia il 10 % sugli accessori: valuti lei stesso se le "
        "conviene.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-judge-yourself-refund-it",
        "IT",
        "Possiamo rimborsarle il 10 % del prezzo; valuti lei stessa se la riparazione conviene "
        "ancora.",
        [],
        **RETURN,
    ),
    reading(
        "review_manipulation-judge-yourself-discount-es",
        "ES",
        "Con el código VERANO10 ahorra un 10 % en los accesorios: valore usted mismo si le "
        "merece la pena.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-judge-yourself-refund-es",
        "ES",
        "Podemos reembolsarle el 10 % del precio; juzgue usted misma si la reparación merece "
        "la pena.",
        [],
        **RETURN,
    ),
    reading(
        "review_manipulation-rate-yourself-refund-es",
        "ES",
        "Podemos reembolsarle el 10 % del precio; valore usted misma si la reparación merece "
        "la pena.",
        [],
        **RETURN,
    ),
    # ... where the verb rates the seller or the purchase, with a reward, it asks.
    reading(
        "review_manipulation-rate-us-reward-de",
        "DE",
        "Bewerten Sie uns mit 5 Sternen und Sie erhalten 10 %.",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-us-yourself-reward-de",
        "DE",
        "Bewerten Sie uns selbst auf Amazon und Sie erhalten 10 % Rabatt.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-judge-yourself-then-rate-us-de",
        "DE",
        "Bewerten Sie selbst, ob sich das lohnt, und bewerten Sie uns mit 5 Sternen für 10 % "
        "Rabatt.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-judge-yourself-then-rate-us-en",
        "UK",
        "Judge for yourself whether the code SUMMER10 is worth it, then rate us 5 stars.",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-us-reward-fr",
        "FR",
        "Évaluez-nous avec 5 étoiles et vous recevrez 10 % de remise.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-rate-seller-even-if-fr",
        "FR",
        "N'hésitez pas à évaluer le vendeur même si la livraison a pris du retard.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-us-yourself-reward-it",
        "IT",
        "Ci valuti lei stesso su Amazon e riceverà un buono da 5 €.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-us-yourself-reward-es",
        "ES",
        "Valórenos usted mismo en Amazon y reciba un vale de 5 €.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    # An offer the buyer asked for, the asking after it, refused after a colon or a comma.
    reading(
        "marketing-asked-for-refused-en",
        "UK",
        "The voucher code you asked for: we're not able to issue codes.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-refused-unable-en",
        "US",
        "The voucher code you requested: unfortunately we are unable to issue one.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-refused-next-clause-en",
        "UK",
        "The discount code you asked us for, I'm afraid we can't issue one.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-refused-de",
        "DE",
        "Der Gutscheincode, nach dem Sie gefragt haben: Leider können wir keine Codes ausstellen.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-refused-wished-de",
        "DE",
        "Den Rabattcode, den Sie sich gewünscht haben, können wir leider nicht vergeben.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-refused-fr",
        "FR",
        "Le code de réduction que vous avez demandé : nous ne sommes pas en mesure d'émettre "
        "des codes.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-refused-it",
        "IT",
        "Il codice sconto che ci ha chiesto: purtroppo non siamo in grado di emettere codici.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-refused-es",
        "ES",
        "El código de descuento que nos pidió: lamentablemente no podemos emitir códigos.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-refused-cupon-es",
        "ES",
        "El cupón que nos solicitó: no estamos en condiciones de emitirlo.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-given-en",
        "UK",
        "Here is the voucher code you asked for: SAVE10 for your next order.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-given-de",
        "DE",
        "Hier der Gutscheincode, nach dem Sie gefragt haben: SOMMER10 für Ihre nächste Bestellung.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-given-fr",
        "FR",
        "Voici le code de réduction que vous avez demandé : ETE10 pour votre prochaine commande.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-given-it",
        "IT",
        "Ecco il codice sconto che ci ha chiesto: ESTATE10 per il suo prossimo ordine.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-given-es",
        "ES",
        "Aquí tiene el código de descuento que nos pidió: VERANO10 para su próximo pedido.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-given-then-refused-next-sentence-en",
        "UK",
        "The voucher code you asked for: SAVE10. Unfortunately we can't issue a second one.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-given-then-refused-after-but-en",
        "UK",
        "The voucher code you asked for is SAVE10, but we can't issue a second one.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-given-then-refused-next-sentence-de",
        "DE",
        "Der Gutscheincode, nach dem Sie gefragt haben: SOMMER10. Einen zweiten können wir "
        "leider nicht ausstellen.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-given-then-refused-after-mais-fr",
        "FR",
        "Le code de réduction que vous avez demandé est ETE10, mais nous ne pouvons pas en "
        "émettre un second.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-asked-for-given-then-refused-after-pero-es",
        "ES",
        "El código de descuento que nos pidió es VERANO10, pero no podemos emitir otro.",
        [MARKETING],
        **REPLY,
    ),
    # An offer or a payment named as the sentence's topic, refused after the comma.
    reading(
        "marketing-topic-refused-fr",
        "FR",
        "Concernant le bon de réduction que vous avez demandé, nous ne pouvons malheureusement "
        "pas en émettre.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-topic-refused-pour-fr",
        "FR",
        "Pour le code promo, nous ne sommes pas en mesure d'en proposer.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-topic-refused-en",
        "UK",
        "As for the discount code, we're unable to offer one.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-topic-refused-de",
        "DE",
        "Was den Gutscheincode betrifft, können wir leider keinen ausstellen.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-topic-refused-colon-de",
        "DE",
        "Zum Rabattcode: Leider können wir keinen vergeben.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-topic-refused-it",
        "IT",
        "Per quanto riguarda il codice sconto, purtroppo non possiamo offrirne.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-topic-refused-es",
        "ES",
        "En cuanto al código de descuento, lamentablemente no podemos ofrecerle uno.",
        [],
        **REPLY,
    ),
    reading(
        "payment_details-topic-refused-fr",
        "FR",
        "Concernant le paiement par virement, nous ne pouvons malheureusement pas l'accepter.",
        [],
        **REPLY,
    ),
    reading(
        "payment_details-dislocated-refused-fr",
        "FR",
        "Le paiement par virement, nous ne pouvons pas vous le proposer.",
        [],
        **REPLY,
    ),
    reading(
        "payment_details-topic-refused-en",
        "UK",
        "Regarding payment by bank transfer, we are not able to accept it.",
        [],
        **REPLY,
    ),
    reading(
        "payment_details-topic-refused-de",
        "DE",
        "Was die Zahlung per Überweisung betrifft, können wir diese leider nicht annehmen.",
        [],
        **REPLY,
    ),
    reading(
        "payment_details-topic-refused-it",
        "IT",
        "Per quanto riguarda il pagamento tramite bonifico, purtroppo non possiamo accettarlo.",
        [],
        **REPLY,
    ),
    reading(
        "payment_details-dislocated-refused-it",
        "IT",
        "Il pagamento tramite bonifico, purtroppo non possiamo accettarlo.",
        [],
        **REPLY,
    ),
    reading(
        "payment_details-topic-refused-es",
        "ES",
        "En cuanto al pago por transferencia, lamentablemente no podemos aceptarlo.",
        [],
        **REPLY,
    ),
    reading(
        "payment_details-dislocated-refused-es",
        "ES",
        "El pago por transferencia, lamentablemente no podemos aceptarlo.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-topic-given-en",
        "UK",
        "As for the discount code, here it is: SAVE10 for your next order.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-topic-given-de",
        "DE",
        "Zum Rabattcode: Mit SOMMER10 erhalten Sie 10 % auf Ihre nächste Bestellung.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-topic-given-fr",
        "FR",
        "Pour le code promo, le voici : ETE10, valable sur votre prochaine commande.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-topic-given-it",
        "IT",
        "Per quanto riguarda il codice sconto, eccolo: ESTATE10 per il suo prossimo ordine.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-topic-given-es",
        "ES",
        "En cuanto al código de descuento, aquí lo tiene: VERANO10 para su próximo pedido.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "payment_details-topic-asked-fr",
        "FR",
        "Concernant le paiement par virement, voici notre IBAN pour le régler.",
        [PAYMENT],
        **REPLY,
    ),
    reading(
        "payment_details-topic-asked-en",
        "UK",
        "Regarding payment by bank transfer, please send it to the account below.",
        [PAYMENT],
        **REPLY,
    ),
    reading(
        "payment_details-asked-other-refused-en",
        "UK",
        "Please pay by bank transfer, we are not able to accept PayPal.",
        [PAYMENT],
        **REPLY,
    ),
    reading(
        "payment_details-asked-other-refused-fr",
        "FR",
        "Merci de régler par virement, nous ne pouvons pas accepter PayPal.",
        [PAYMENT],
        **REPLY,
    ),
    reading(
        "marketing-topic-then-verb-de",
        "DE",
        "Zur Entschuldigung erhalten Sie einen Gutschein über 10 €, eine Erstattung können wir "
        "leider nicht anbieten.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-no-topic-word-de",
        "DE",
        "Zusätzlich ein Gutschein über 10 €, mehr können wir leider nicht anbieten.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-no-topic-i-en",
        "UK",
        "I can offer you a discount code for 10% off, we cannot offer more than that.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-topic-too-long-es",
        "ES",
        "Sobre el precio le hacemos un descuento del 10 %, no podemos ofrecer más.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "payment_details-dislocated-then-other-refused-fr",
        "FR",
        "Le paiement par virement, c'est le plus simple pour nous : nous ne pouvons pas accepter "
        "les cartes.",
        [PAYMENT],
        **REPLY,
    ),
    reading(
        "payment_details-dislocated-then-other-refused-it",
        "IT",
        "Il pagamento tramite bonifico, lo preferiamo: non possiamo accettare carte.",
        [PAYMENT],
        **REPLY,
    ),
    # The seller's pleasure at a review given, the review its subject, thanks for it.
    reading(
        "review_request_misplaced-review-pleased-us-de",
        "DE",
        "Ihre Bewertung auf Amazon hat uns sehr gefreut.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-pleased-us-en",
        "UK",
        "Your review on Amazon made us very happy.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-pleased-us-fr",
        "FR",
        "Votre avis sur Amazon nous a fait très plaisir.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-touched-us-fr",
        "FR",
        "Votre avis sur Amazon nous a beaucoup touchés.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-pleased-us-it",
        "IT",
        "La sua recensione su Amazon ci ha fatto molto piacere.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-made-happy-it",
        "IT",
        "La sua recensione su Amazon ci ha reso molto felici.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-pleased-us-es",
        "ES",
        "Su reseña en Amazon nos alegró mucho.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-thrilled-us-es",
        "ES",
        "Su reseña en Amazon nos hizo mucha ilusión.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-long-review-pleased-us-de",
        "DE",
        "Ihre ausführliche Bewertung auf Amazon hat uns sehr gefreut.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-any-review-pleased-us-de",
        "DE",
        "Eine Bewertung auf Amazon hat uns immer sehr gefreut.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-any-review-pleased-us-en",
        "UK",
        "A review on Amazon has always made us happy.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-would-please-us-de",
        "DE",
        "Ihre Bewertung auf Amazon würde uns sehr freuen.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-would-please-us-wish-de",
        "DE",
        "Über eine Bewertung würden wir uns sehr freuen.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-would-please-us-en",
        "UK",
        "Your review on Amazon would make our day.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-would-have-pleased-us-en",
        "UK",
        "Your review on Amazon would have made us very happy.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-would-please-us-fr",
        "FR",
        "Votre avis sur Amazon nous ferait très plaisir.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-would-please-us-it",
        "IT",
        "La sua recensione su Amazon ci farebbe molto piacere.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-review-would-please-us-es",
        "ES",
        "Su reseña en Amazon nos haría mucha ilusión.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-review-pleased-us-then-change-de",
        "DE",
        "Ihre Bewertung auf Amazon hat uns sehr gefreut. Könnten Sie sie noch auf 5 Sterne ändern?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-review-pleased-us-then-reward-en",
        "UK",
        "Your review on Amazon made us very happy; if you update it to 5 stars we'll refund $10.",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), ROUND_THIRTEEN)
def test_round_thirteen_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
