"""The marketing and payment rules on kinds of wording the eleventh blind round found, each
kind in the five languages, with the near-misses it must allow.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import MARKETING, PAYMENT, reading, wording_rules

# The seller's credit kept for the next order, further from "next" than a discount code, with a
# word between that spends it or keeps it waiting; not the platform's credit, nor a credit
# refunded before a next order that ships.
CREDIT_KEPT = [
    reading(
        "marketing-en-credit-waiting-for-next-order",
        "UK",
        "A £3 credit from us is waiting for you on your next order.",
        [MARKETING],
    ),
    reading(
        "marketing-de-credit-redeemed-on-next-order",
        "DE",
        "Wir haben Ihnen 4 € Guthaben hinterlegt, das Sie bei Ihrer nächsten Bestellung einlösen.",
        [MARKETING],
    ),
    reading(
        "marketing-de-credit-counted-towards-next-order",
        "DE",
        "Bei Ihrer nächsten Bestellung rechnen wir Ihnen 3 € Guthaben an.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-credit-awaits-next-order",
        "FR",
        "Un petit crédit de 6 € vous attend désormais pour votre prochaine commande.",
        [MARKETING],
    ),
    reading(
        "marketing-it-credit-to-spend-on-next-order",
        "IT",
        "Le teniamo un credito di 4 € da spendere sul suo prossimo acquisto.",
        [MARKETING],
    ),
    reading(
        "marketing-es-credit-reserved-for-next-order",
        "ES",
        "Le dejamos un crédito de 3 € reservado para su próxima compra.",
        [MARKETING],
    ),
    reading(
        "marketing-it-amazon-credit-used-on-next-order",
        "IT",
        "Il credito rimasto sul suo account Amazon verrà usato per il prossimo ordine.",
        [],
    ),
    reading(
        "marketing-fr-amazon-credit-used-on-next-order",
        "FR",
        "Le crédit de votre compte Amazon sera utilisé lors de votre prochaine commande.",
        [],
    ),
    reading(
        "marketing-es-credit-refunded-next-order-ships",
        "ES",
        "El crédito de 4 € ya se le ha devuelto y su próximo pedido sale el lunes.",
        [],
    ),
    reading(
        "marketing-fr-credit-card-used-on-next-order",
        "FR",
        "Votre carte de crédit sera débitée pour votre prochaine commande via Amazon.",
        [],
    ),
    reading(
        "marketing-en-store-credit-to-use-on-next-order",
        "UK",
        "We will add store credit for you to use on your next order.",
        [MARKETING],
    ),
    reading(
        "marketing-de-amazon-credit-used-on-next-order",
        "DE",
        "Ihr Amazon-Guthaben wird bei Ihrer nächsten Bestellung automatisch verwendet.",
        [],
    ),
]

# A card charged by Amazon asks for nothing, however far the platform stands after the card.
CHARGED_BY_AMAZON = [
    reading(
        "payment-es-amazon-charged-the-card",
        "ES",
        "Amazon ha cargado el importe en su tarjeta de crédito al enviar el pedido.",
        [],
    ),
    reading(
        "payment-es-amount-charged-on-card-by-amazon",
        "ES",
        "La cantidad se ha cargado en su tarjeta de crédito por Amazon al confirmar el envío.",
        [],
    ),
    reading(
        "payment-it-amount-charged-on-card-by-amazon",
        "IT",
        "Il totale è stato addebitato sulla sua carta di credito da Amazon alla spedizione.",
        [],
    ),
    reading(
        "payment-fr-amount-debited-from-card-by-amazon",
        "FR",
        "La somme a été débitée sur votre carte bancaire par Amazon au moment de l'envoi.",
        [],
    ),
    reading(
        "payment-de-card-charged-by-amazon",
        "DE",
        "Der Betrag wurde von Amazon beim Versand von Ihrer Kreditkarte abgebucht.",
        [],
    ),
    reading(
        "payment-it-amazon-charged-the-card",
        "IT",
        "Amazon ha addebitato l'importo sulla sua carta di credito alla spedizione.",
        [],
    ),
    reading(
        "payment-en-card-charged-by-amazon",
        "UK",
        "The total was charged to your credit card by Amazon at dispatch.",
        [],
    ),
]

# Money settled off the platform, the money named before or after it; not a refusal, nor a
# price that is the same off it.
OFF_PLATFORM = [
    reading(
        "payment-en-difference-settled-off-amazon",
        "UK",
        "The £8 difference we can settle between ourselves off Amazon.",
        [PAYMENT],
    ),
    reading(
        "payment-en-off-platform-saves-fees",
        "UK",
        "Let's do the second chair outside the platform, that way we both save the fees.",
        [PAYMENT],
    ),
    reading(
        "payment-de-surcharge-outside-amazon",
        "DE",
        "Den Mehrpreis klären wir einfach außerhalb von Amazon unter uns.",
        [PAYMENT],
    ),
    reading(
        "payment-fr-difference-outside-amazon",
        "FR",
        "La différence, on la règle entre nous en dehors d'Amazon.",
        [PAYMENT],
    ),
    reading(
        "payment-it-difference-outside-platform",
        "IT",
        "Il conguaglio lo facciamo tra noi fuori dalla piattaforma.",
        [PAYMENT],
    ),
    reading(
        "payment-es-outside-amazon-saves-commission",
        "ES",
        "El segundo cojín lo hacemos por fuera de Amazon y nos ahorramos la comisión.",
        [PAYMENT],
    ),
    reading(
        "payment-en-difference-paid-to-us-privately",
        "UK",
        "Pay the difference to us privately and we will post the second lamp.",
        [PAYMENT],
    ),
    reading(
        "payment-en-return-sent-to-us-directly",
        "UK",
        "Please send it to us directly through the Amazon returns page; the refund follows.",
        [],
    ),
    reading(
        "payment-en-no-payment-outside-amazon",
        "UK",
        "We never accept payment outside Amazon; please order the second chair on the listing.",
        [],
    ),
    reading(
        "payment-de-no-payment-outside-amazon",
        "DE",
        "Außerhalb von Amazon nehmen wir keine Zahlungen an.",
        [],
    ),
    reading(
        "payment-fr-no-payment-outside-amazon",
        "FR",
        "Nous n'acceptons aucun paiement en dehors d'Amazon.",
        [],
    ),
    reading(
        "payment-it-payment-outside-platform-impossible",
        "IT",
        "Non è possibile pagare fuori dalla piattaforma, tutto passa da Amazon.",
        [],
    ),
    reading(
        "payment-es-no-payment-outside-amazon",
        "ES",
        "No aceptamos pagos fuera de Amazon, lo sentimos.",
        [],
    ),
    reading(
        "payment-en-payment-outside-amazon-against-rules",
        "UK",
        "Payment outside Amazon is against the rules, so we can't do that.",
        [],
    ),
    reading(
        "payment-en-rest-assured-outside-amazon",
        "UK",
        "Rest assured, we sell nothing outside Amazon.",
        [],
    ),
    reading(
        "payment-it-same-price-outside-amazon",
        "IT",
        "Il prezzo fuori da Amazon è identico, non vendiamo altrove.",
        [],
    ),
]

# Cash to the postman, the verb before "bar" in German.
POSTMAN = [
    reading(
        "payment-de-pay-cash-to-the-postman",
        "DE",
        "Sie zahlen dann einfach bar an den Postboten.",
        [PAYMENT],
    ),
    reading(
        "payment-de-cash-to-the-postman-misspelt",
        "DE",
        "Das Teil kommt per Post, sie bezahlen bar beim Postbote.",
        [PAYMENT],
    ),
    reading(
        "payment-en-cash-to-the-postman",
        "UK",
        "You can pay the postman in cash on the doorstep.",
        [PAYMENT],
    ),
    reading(
        "payment-fr-cash-to-the-postman",
        "FR",
        "Vous réglez le facteur en espèces à la livraison.",
        [PAYMENT],
    ),
    reading(
        "payment-it-cash-to-the-postman",
        "IT",
        "Paga il postino in contanti quando passa.",
        [PAYMENT],
    ),
    reading(
        "payment-es-cash-to-the-postman",
        "ES",
        "Le paga al cartero en efectivo al recibirlo.",
        [PAYMENT],
    ),
    reading(
        "payment-de-postman-delivered-paid-on-amazon",
        "DE",
        "Der Postbote hat das Paket beim Nachbarn abgegeben, bezahlt ist alles über Amazon.",
        [],
    ),
    reading(
        "payment-es-postman-left-parcel",
        "ES",
        "El cartero dejó el paquete en la oficina de correos.",
        [],
    ),
]

# The same goods cheaper, or a wider range, on the seller's own site: not cheaper on Amazon,
# nor a shop that is cheaper to ship from.
CHEAPER_OWN_SITE = [
    reading(
        "marketing-en-cheaper-on-own-site",
        "UK",
        "The same kettle is slightly cheaper on our own website.",
        [MARKETING],
    ),
    reading(
        "marketing-en-own-webshop-for-less",
        "UK",
        "Our own webshop sells the refill pack for less.",
        [MARKETING],
    ),
    reading(
        "marketing-de-cheaper-in-own-shop",
        "DE",
        "Im Set ist die Tasse in unserem eigenen Onlineshop deutlich günstiger.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-cheaper-on-own-site",
        "FR",
        "Ce coussin est un peu moins cher sur notre propre site.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-wider-range-on-own-site",
        "FR",
        "Toute notre gamme est plus large sur notre propre site qu'ici.",
        [MARKETING],
    ),
    reading(
        "marketing-it-cheaper-on-own-site",
        "IT",
        "Sul nostro sito la stessa lampada costa meno.",
        [MARKETING],
    ),
    reading(
        "marketing-es-cheaper-on-own-site",
        "ES",
        "En nuestra propia web tenemos esta misma manta algo más barata.",
        [MARKETING],
    ),
    reading(
        "marketing-en-cheaper-on-amazon-than-elsewhere",
        "UK",
        "This kettle is cheaper on Amazon than anywhere else we know of.",
        [],
    ),
    reading(
        "marketing-en-shop-cheaper-to-ship-from",
        "UK",
        "Our store is cheaper to ship from than the warehouse, so your parcel left from there.",
        [],
    ),
]

# A shop that holds products: "there are" or "we have" with products just after it; not
# information or photos held there, nor the seller's own stock in English.
SHOP_HOLDS = [
    reading(
        "marketing-en-shop-has-matching-designs",
        "UK",
        "Our Amazon shop has matching designs for the whole kitchen.",
        [MARKETING],
    ),
    reading(
        "marketing-de-shop-has-more-designs",
        "DE",
        "In unserem Amazon-Shop gibt es noch zehn Varianten dieses Musters.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-we-have-other-colours-in-shop",
        "FR",
        "Dans notre boutique Amazon, nous avons d'autres coloris de ce plaid.",
        [MARKETING],
    ),
    reading(
        "marketing-it-there-are-other-patterns-in-storefront",
        "IT",
        "Nel nostro negozio Amazon ci sono altre sei fantasie coordinate.",
        [MARKETING],
    ),
    reading(
        "marketing-es-there-is-a-collection-in-shop",
        "ES",
        "En nuestra tienda de Amazon hay una colección entera a juego.",
        [MARKETING],
    ),
    reading(
        "marketing-es-we-have-designs-in-shop",
        "ES",
        "En nuestra tienda tenemos otros cinco diseños de la misma línea.",
        [MARKETING],
    ),
    reading(
        "marketing-en-we-have-photos-in-shop-records",
        "UK",
        "We have more photos of the damage in our shop records if Amazon needs them.",
        [],
    ),
    reading(
        "marketing-en-shop-has-photos",
        "UK",
        "Our shop has other photos of the damage on file if Amazon asks.",
        [],
    ),
    reading(
        "marketing-es-information-on-our-site",
        "ES",
        "En nuestra web hay más información sobre el montaje.",
        [],
    ),
    reading(
        "marketing-it-instructions-on-our-site",
        "IT",
        "Sul nostro sito ci sono altre istruzioni per il montaggio.",
        [],
    ),
    reading(
        "marketing-fr-photos-in-shop-files",
        "FR",
        "Nous avons d'autres photos du dommage dans les dossiers de notre boutique.",
        [],
    ),
    reading(
        "marketing-it-parcels-in-our-warehouse",
        "IT",
        "Nel nostro magazzino ci sono altri due colori, ma sono riservati.",
        [],
    ),
]

# A list joined with a colloquial verb ("hop on", "jump on"), the other languages' everyday
# joining verbs beside it.
HOP_ON = [
    reading(
        "marketing-en-hop-on-mailing-list",
        "UK",
        "Hop on our mailing list to hear about the spring sale first.",
        [MARKETING],
    ),
    reading(
        "marketing-en-jump-on-vip-list",
        "US",
        "Jump on our VIP club list and get restock alerts early.",
        [MARKETING],
    ),
    reading(
        "marketing-de-sign-up-to-list",
        "DE",
        "Tragen Sie sich in unseren Verteiler ein, dann wissen Sie als Erste vom Sale.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-join-the-club",
        "FR",
        "Rejoignez notre club et soyez prévenue la première des soldes.",
        [MARKETING],
    ),
    reading(
        "marketing-it-join-the-club",
        "IT",
        "Entri nel nostro club e riceverà in anteprima i saldi.",
        [MARKETING],
    ),
    reading(
        "marketing-es-join-the-list",
        "ES",
        "Apúntese a nuestro club y sabrá antes que nadie de las rebajas.",
        [MARKETING],
    ),
    reading(
        "marketing-en-hop-on-tracking-page",
        "UK",
        "Hop on the tracking page to see where the parcel is.",
        [],
    ),
]

# A referral by name: a friend who gives the buyer's name gets something; not a friend who
# gives it to sign for the parcel.
REFERRAL_BY_NAME = [
    reading(
        "marketing-en-friend-mentions-your-name",
        "UK",
        "Any friend who mentions your name at checkout gets the engraving free.",
        [MARKETING],
    ),
    reading(
        "marketing-de-friend-gives-your-name",
        "DE",
        "Freunde, die Ihren Namen angeben, bekommen die Gravur gratis.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-friend-gives-your-name",
        "FR",
        "Toute amie qui donne votre nom à la commande a la gravure offerte.",
        [MARKETING],
    ),
    reading(
        "marketing-it-friend-gives-your-name",
        "IT",
        "Ogni amico che fa il suo nome quando ordina ha l'incisione in omaggio.",
        [MARKETING],
    ),
    reading(
        "marketing-es-friend-gives-your-name",
        "ES",
        "Cualquier amiga que mencione su nombre al pedir tiene el grabado gratis.",
        [MARKETING],
    ),
    reading(
        "marketing-en-friend-gives-your-name-to-sign",
        "UK",
        "The friend who gives your name at the door can sign for the parcel.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    CREDIT_KEPT
    + CHARGED_BY_AMAZON
    + OFF_PLATFORM
    + POSTMAN
    + CHEAPER_OWN_SITE
    + SHOP_HOLDS
    + HOP_ON
    + REFERRAL_BY_NAME,
)
def test_eleventh_round_marketing_and_payment_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
