"""The marketing rule's broad reading: the buyer invited to what the seller offers beyond this
order (its other goods, shop or sale, or a future order), in the five languages, with the
near-misses it must allow: this order's own items, the seller's other messages, the seller
looking, Amazon's pages, the buyer's question answered, a wish about an order.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import MARKETING, reading, wording_rules

# A word that invites the buyer to look or like near the seller's other goods, shop or sale.
INVITED_TO_MORE = [
    reading(
        "marketing-en-eye-on-other-designs",
        "UK",
        "Do keep an eye on our other prints, there are new ones every month.",
        [MARKETING],
    ),
    reading(
        "marketing-de-look-at-further-products",
        "DE",
        "Werfen Sie ruhig einen Blick auf unsere weiteren Kissenbezüge.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-will-like-other-candles",
        "FR",
        "Vous aimerez sans doute aussi nos autres savons artisanaux.",
        [MARKETING],
    ),
    reading(
        "marketing-it-glance-at-other-articles",
        "IT",
        "Dia pure un'occhiata anche agli altri nostri portachiavi.",
        [MARKETING],
    ),
    reading(
        "marketing-es-discover-other-scents",
        "ES",
        "Descubra también nuestros otros jabones de temporada.",
        [MARKETING],
    ),
    reading(
        "marketing-en-other-message",
        "UK",
        "Please have a look at our other message for the tracking number.",
        [],
    ),
    reading(
        "marketing-en-seller-checks-other-warehouse",
        "UK",
        "We will check our other warehouse for a spare lid.",
        [],
    ),
    reading(
        "marketing-de-other-message",
        "DE",
        "Schauen Sie bitte in unsere andere Nachricht, dort steht die Sendungsnummer.",
        [],
    ),
    reading(
        "marketing-fr-other-message",
        "FR",
        "Jetez un œil à notre autre message, le numéro de suivi y figure.",
        [],
    ),
    reading(
        "marketing-it-glance-at-manual",
        "IT",
        "Dia un'occhiata al manuale: tutti i pezzi sono descritti lì.",
        [],
    ),
    reading(
        "marketing-es-other-message",
        "ES",
        "Eche un vistazo a nuestro otro mensaje con el número de seguimiento.",
        [],
    ),
    reading(
        "marketing-en-your-other-items",
        "UK",
        "Keep an eye on your other items, they are in the second parcel.",
        [],
    ),
    reading(
        "marketing-fr-replacement-in-our-shop",
        "FR",
        "Découvrez la pièce de rechange que nous avons prise dans notre boutique.",
        [],
    ),
    reading(
        "marketing-es-asked-about-other-sizes",
        "ES",
        "Nos preguntaba si tenemos otras tallas: por desgracia no.",
        [],
    ),
    reading(
        "marketing-de-amazon-page-other-colours",
        "DE",
        "Schauen Sie auf der Amazon-Seite nach unseren anderen Farben.",
        [],
    ),
]

# Missing the seller's sale, which invites by its negation.
NOT_TO_MISS = [
    reading(
        "marketing-en-miss-our-sale",
        "UK",
        "Make sure you don't miss our spring sale next week!",
        [MARKETING],
    ),
    reading(
        "marketing-it-miss-our-sales",
        "IT",
        "Non si perda i nostri saldi di fine stagione!",
        [MARKETING],
    ),
    reading(
        "marketing-it-could-lose-our-shop",
        "IT",
        "Se le vendite calano potremmo perdere il nostro negozio.",
        [],
    ),
    reading(
        "marketing-en-miss-the-driver",
        "UK",
        "Try not to miss the driver: he calls an hour before.",
        [],
    ),
    reading(
        "marketing-de-miss-the-courier",
        "DE",
        "Verpassen Sie bitte nicht den Boten, er kommt am Vormittag.",
        [],
    ),
    reading(
        "marketing-fr-miss-the-courier",
        "FR",
        "Ne manquez pas le livreur, il passe avant midi.",
        [],
    ),
    reading(
        "marketing-es-miss-the-courier",
        "ES",
        "No se pierda al repartidor, pasa antes del mediodía.",
        [],
    ),
]

# The seller's welcome to the buyer's future orders, the buyer its object.
WELCOMED_BACK = [
    reading(
        "marketing-en-love-to-see-you-for-next-shopping",
        "UK",
        "We would love to see you again for your next gift shopping.",
        [MARKETING],
    ),
    reading(
        "marketing-it-await-you-for-next-purchases",
        "IT",
        "La aspettiamo per i suoi prossimi acquisti di Natale!",
        [MARKETING],
    ),
    reading(
        "marketing-en-love-to-know-about-next-order",
        "UK",
        "We would love to know whether your next order should go to the new address.",
        [],
    ),
    reading(
        "marketing-it-await-next-order-from-supplier",
        "IT",
        "Aspettiamo il prossimo ordine dal fornitore per spedirle il pezzo.",
        [],
    ),
    reading(
        "marketing-es-hope-next-order-arrives",
        "ES",
        "Esperamos que su próximo pedido llegue a tiempo.",
        [],
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), INVITED_TO_MORE + NOT_TO_MISS + WELCOMED_BACK)
def test_broad_marketing_reading(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
