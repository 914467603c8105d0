"""The marketing and payment rules on kinds of wording a hostile review of the twelfth round
found wrong in messages of its own, each kind in the five languages, in wording of this table's
own: an offer the buyer wished for, reported and declined after "but" ("you'd like a coupon for
your next purchase, but we aren't able to give one"), a refusal with its negation last, as
German puts it ("Vorkasse bieten wir über Amazon nicht an"), a fee paid where the goods arrive
("payable to our fitter at the door", "va pagato alla consegna"), money paid to the seller named
by a pronoun ("nos lo puede pagar aparte", "ce la può pagare") and a transfer made ("make a
transfer", "haga una transferencia"), the seller's novelties not to be missed ("ne manquez pas
nos nouveautés") and a prepaid card topped up for the seller ("una ricarica sulla carta intestata
a ..."). Must-allow rows stand beside each kind: the offer given after the wish, the payment said
to be nothing at the door, a parcel sent back by pronoun, a transfer not needed, a step not to be
missed, a battery recharged.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import MARKETING, PAYMENT, reading, wording_rules

REPLY = {"reason": "reply"}
DELIVERY = {"reason": "delivery_scheduling"}
CUSTOMIZATION = {"reason": "customization"}
ORDER_DETAILS = {"reason": "order_details"}

REVIEW_TWELVE = [
    # An offer the buyer wished for, reported and declined in the clause after it, offers
    # nothing; the same wish answered with the offer does.
    reading(
        "marketing-wish-declined-en",
        "US",
        "You'd like a coupon for your next purchase, but we aren't able to give one outside "
        "Amazon's promotions.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-wish-declined-de",
        "DE",
        "Sie möchten gern einen Gutschein für Ihre nächste Bestellung, aber einen solchen können "
        "wir nicht vergeben.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-wish-declined-fr",
        "FR",
        "Vous voudriez un code de réduction pour votre prochain achat, mais nous ne pouvons pas "
        "vous le proposer.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-wish-declined-it",
        "IT",
        "Vorrebbe un buono per il suo prossimo acquisto, ma purtroppo non possiamo concederlo.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-wish-declined-es",
        "ES",
        "Quería un cupón para su próxima compra, pero no podemos ofrecérselo.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-wish-granted-en",
        "US",
        "You'd like a coupon for your next purchase? Here it is: SPRING20 gives you 20% off.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "marketing-wish-granted-es",
        "ES",
        "Quería un cupón para su próxima compra: use el código HOLA2024 y ahorre un 10 %.",
        [MARKETING],
        **REPLY,
    ),
    # A refusal with its negation last refuses what its clause names; a payment asked for in
    # the clause before it stays asked for.
    reading(
        "payment_details-refusal-last-en",
        "UK",
        "Payment by bank transfer we aren't able to accept for Amazon orders.",
        [],
        **REPLY,
    ),
    reading(
        "payment_details-refusal-last-de",
        "DE",
        "Vorkasse bieten wir bei Bestellungen über Amazon nicht an.",
        [],
        **REPLY,
    ),
    reading(
        "payment_details-refusal-last-de-accept",
        "DE",
        "Zahlungen per PayPal akzeptieren wir für Amazon-Bestellungen grundsätzlich nicht.",
        [],
        **REPLY,
    ),
    reading(
        "marketing-refusal-last-de",
        "DE",
        "Rabattcodes für den nächsten Einkauf stellen wir leider nicht aus.",
        [],
        **REPLY,
    ),
    reading(
        "payment_details-refusal-last-it",
        "IT",
        "Il pagamento con bonifico purtroppo non possiamo accettarlo.",
        [],
        **REPLY,
    ),
    reading(
        "payment_details-refusal-last-es",
        "ES",
        "El pago por transferencia no lo podemos aceptar en pedidos de Amazon.",
        [],
        **REPLY,
    ),
    reading(
        "payment_details-refusal-last-de-asked-before",
        "DE",
        "Die Differenz zahlen Sie bitte per PayPal, Überweisungen nehmen wir nicht an.",
        [PAYMENT],
        **REPLY,
    ),
    # A fee paid where the goods arrive is paid outside Amazon; nothing to pay there is not.
    reading(
        "payment_details-at-the-door-en",
        "UK",
        "The installation charge of 25 GBP is payable to our fitter at the door.",
        [PAYMENT],
        **DELIVERY,
    ),
    reading(
        "payment_details-at-the-door-de",
        "DE",
        "Die Montagekosten von 25 EUR zahlen Sie bitte an der Haustür.",
        [PAYMENT],
        **DELIVERY,
    ),
    reading(
        "payment_details-at-the-door-fr",
        "FR",
        "Les frais de montage doivent être payés au livreur.",
        [PAYMENT],
        **DELIVERY,
    ),
    reading(
        "payment_details-at-the-door-it",
        "IT",
        "Il costo di installazione di 25 EUR va pagato alla consegna.",
        [PAYMENT],
        **DELIVERY,
    ),
    reading(
        "payment_details-at-the-door-es",
        "ES",
        "Los 25 EUR de instalación tienen que ser pagados al repartidor.",
        [PAYMENT],
        **DELIVERY,
    ),
    reading(
        "payment_details-nothing-at-the-door-en",
        "UK",
        "There is nothing more to pay at the door, as the order was paid on Amazon.",
        [],
        **DELIVERY,
    ),
    reading(
        "payment_details-nothing-at-the-door-de",
        "DE",
        "An der Haustür müssen Sie nichts bezahlen.",
        [],
        **DELIVERY,
    ),
    reading(
        "payment_details-nothing-at-the-door-fr",
        "FR",
        "Vous n'aurez rien à payer à la livraison.",
        [],
        **DELIVERY,
    ),
    reading(
        "payment_details-nothing-at-the-door-it",
        "IT",
        "Il pacco è già pagato: alla consegna deve solo firmare.",
        [],
        **DELIVERY,
    ),
    reading(
        "payment_details-nothing-at-the-door-es",
        "ES",
        "No tendrá que pagar nada en la entrega.",
        [],
        **DELIVERY,
    ),
    # Money paid to the seller named by a pronoun; a parcel sent back so is no payment.
    reading(
        "payment_details-paid-to-us-by-pronoun-en",
        "UK",
        "The extra engraving is 5 GBP; you can pay it to us separately.",
        [PAYMENT],
        **CUSTOMIZATION,
    ),
    reading(
        "payment_details-paid-to-us-by-pronoun-de",
        "DE",
        "Die Zusatzgravur kostet 5 EUR; zahlen Sie uns den Betrag bitte separat.",
        [PAYMENT],
        **CUSTOMIZATION,
    ),
    reading(
        "payment_details-paid-to-us-by-pronoun-fr",
        "FR",
        "La gravure en plus coûte 5 EUR ; vous pourrez nous la régler à part.",
        [PAYMENT],
        **CUSTOMIZATION,
    ),
    reading(
        "payment_details-paid-to-us-by-pronoun-it",
        "IT",
        "L'incisione in più costa 5 EUR; ce la può pagare a parte.",
        [PAYMENT],
        **CUSTOMIZATION,
    ),
    reading(
        "payment_details-paid-to-us-by-pronoun-es",
        "ES",
        "El grabado extra cuesta 5 EUR; nos lo puede pagar aparte cuando quiera.",
        [PAYMENT],
        **CUSTOMIZATION,
    ),
    reading(
        "payment_details-sent-back-by-pronoun-it",
        "IT",
        "Il reso ce lo può rispedire con l'etichetta allegata.",
        [],
        reason="return",
    ),
    reading(
        "payment_details-sent-back-by-pronoun-es",
        "ES",
        "Si el tamaño no le va, nos lo puede devolver sin problema.",
        [],
        reason="return",
    ),
    # A transfer made is a bank transfer; one not needed is none.
    reading(
        "payment_details-transfer-made-en",
        "UK",
        "To reserve the table, please make a transfer of 50 GBP in our name.",
        [PAYMENT],
        **ORDER_DETAILS,
    ),
    reading(
        "payment_details-transfer-made-de",
        "DE",
        "Um den Tisch zu reservieren, tätigen Sie bitte eine Überweisung von 50 EUR.",
        [PAYMENT],
        **ORDER_DETAILS,
    ),
    reading(
        "payment_details-transfer-made-fr",
        "FR",
        "Pour réserver la table, merci d'effectuer un virement de 50 EUR.",
        [PAYMENT],
        **ORDER_DETAILS,
    ),
    reading(
        "payment_details-transfer-made-it",
        "IT",
        "Per prenotare il tavolo, faccia un bonifico di 50 EUR.",
        [PAYMENT],
        **ORDER_DETAILS,
    ),
    reading(
        "payment_details-transfer-made-es",
        "ES",
        "Para reservar la mesa, haga una transferencia de 50 EUR a nuestro nombre.",
        [PAYMENT],
        **ORDER_DETAILS,
    ),
    reading(
        "payment_details-transfer-not-needed-en",
        "UK",
        "There is no need to make a transfer; Amazon has already charged your card.",
        [],
        reason="invoice",
    ),
    reading(
        "payment_details-transfer-not-needed-es",
        "ES",
        "No hace falta hacer ninguna transferencia; Amazon ya le ha cobrado.",
        [],
        reason="invoice",
    ),
    # The seller's novelties not to be missed invite to its range; not missing a step does not.
    reading(
        "marketing-novelties-not-to-miss-en",
        "UK",
        "Keep an eye out: don't miss our new arrivals this month.",
        [MARKETING],
        **ORDER_DETAILS,
    ),
    reading(
        "marketing-novelties-not-to-miss-de",
        "DE",
        "Verpassen Sie nicht unsere Neuheiten im Herbst!",
        [MARKETING],
        **ORDER_DETAILS,
    ),
    reading(
        "marketing-novelties-not-to-miss-fr",
        "FR",
        "Suivez-nous pour ne rien manquer de nos nouveautés.",
        [MARKETING],
        **ORDER_DETAILS,
    ),
    reading(
        "marketing-novelties-not-to-miss-fr-plain",
        "FR",
        "Ne manquez pas nos nouveautés de la rentrée !",
        [MARKETING],
        **ORDER_DETAILS,
    ),
    reading(
        "marketing-novelties-not-to-miss-it",
        "IT",
        "Non perda le nostre novità di stagione!",
        [MARKETING],
        **ORDER_DETAILS,
    ),
    reading(
        "marketing-novelties-not-to-miss-es",
        "ES",
        "¡No se pierda nuestras novedades de otoño!",
        [MARKETING],
        **ORDER_DETAILS,
    ),
    reading(
        "marketing-step-not-to-miss-fr",
        "FR",
        "Ne manquez pas de vérifier le contenu du colis à la livraison.",
        [],
        **ORDER_DETAILS,
    ),
    # A prepaid card topped up for the seller is money paid outside Amazon; a battery or a
    # phone recharged is not.
    reading(
        "payment_details-prepaid-top-up-en",
        "UK",
        "For the extra 4 GBP postage, a quick top-up to the prepaid card in Mark Hill's name "
        "will do.",
        [PAYMENT],
        reason="unexpected_problem",
    ),
    reading(
        "payment_details-prepaid-top-up-de",
        "DE",
        "Für die 4 EUR Porto reicht eine Aufladung auf die Prepaid-Karte von Herrn Hill.",
        [PAYMENT],
        reason="unexpected_problem",
    ),
    reading(
        "payment_details-prepaid-top-up-fr",
        "FR",
        "Pour les 4 EUR de port, une recharge sur la carte prépayée au nom de M. Hill suffira.",
        [PAYMENT],
        reason="unexpected_problem",
    ),
    reading(
        "payment_details-prepaid-top-up-it",
        "IT",
        "Per i 4 EUR di spedizione basta una ricarica sulla carta intestata a Marco Colli.",
        [PAYMENT],
        reason="unexpected_problem",
    ),
    reading(
        "payment_details-prepaid-top-up-es",
        "ES",
        "Para los 4 EUR de envío, basta una recarga en la tarjeta prepago a nombre de Marcos Gil.",
        [PAYMENT],
        reason="unexpected_problem",
    ),
    reading(
        "payment_details-battery-recharged-en",
        "UK",
        "The gift set includes a prepaid card holder and a top-up guide for your phone.",
        [],
        **ORDER_DETAILS,
    ),
    reading(
        "payment_details-battery-recharged-de",
        "DE",
        "Die Aufladung des Akkus dauert etwa zwei Stunden.",
        [],
        **ORDER_DETAILS,
    ),
    reading(
        "payment_details-battery-recharged-fr",
        "FR",
        "Le chargeur permet la recharge de votre téléphone en une heure.",
        [],
        **ORDER_DETAILS,
    ),
    reading(
        "payment_details-battery-recharged-it",
        "IT",
        "La ricarica della batteria dura circa due ore.",
        [],
        **ORDER_DETAILS,
    ),
    reading(
        "payment_details-refund-to-named-card-it",
        "IT",
        "Il rimborso arriverà sulla carta intestata a lei entro cinque giorni.",
        [],
        reason="return",
    ),
    reading(
        "payment_details-battery-recharged-es",
        "ES",
        "La batería admite una recarga completa en dos horas.",
        [],
        **ORDER_DETAILS,
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), REVIEW_TWELVE)
def test_review_twelve_marketing_payment_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
