"""The marketing and payment rules on the harmless near-misses the eleventh round's widened
readings first caught (the review of the merged round), each kind with a row that must still
fire beside it.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import MARKETING, PAYMENT, reading, wording_rules

# The seller's other photos, notes or attachments in this message are no goods beyond the
# order; its other designs are.
ENCLOSED = [
    reading(
        "marketing-en-look-at-our-other-photo",
        "UK",
        "Have a look at our other photo: it shows where the screw goes.",
        [],
    ),
    reading(
        "marketing-en-check-our-other-attachment",
        "UK",
        "Please check our other attachment, the wiring diagram for model B.",
        [],
    ),
    reading(
        "marketing-de-look-at-our-further-hints",
        "DE",
        "Schauen Sie sich bitte unsere weiteren Hinweise zur Montage im Anhang an.",
        [],
    ),
    reading(
        "marketing-fr-look-at-our-other-photos",
        "FR",
        "Jetez un œil à nos autres photos ci-jointes pour le montage.",
        [],
    ),
    reading(
        "marketing-it-look-at-our-other-photos",
        "IT",
        "Dia un'occhiata alle nostre altre foto allegate per il montaggio.",
        [],
    ),
    reading(
        "marketing-es-look-at-our-other-photos",
        "ES",
        "Eche un vistazo a nuestras otras fotos adjuntas del montaje.",
        [],
    ),
    reading(
        "marketing-en-keep-an-eye-on-our-other-designs",
        "UK",
        "Keep an eye on our other designs, there's one for every season.",
        [MARKETING],
    ),
]

# A welcome whose object is the order itself finds the order, it welcomes no buyer back.
ORDER_FOUND = [
    reading(
        "marketing-fr-find-your-next-order-in-the-tab",
        "FR",
        "Vous pouvez retrouver votre prochaine commande dans l'onglet Commandes.",
        [],
    ),
    reading(
        "marketing-it-we-await-you-for-next-purchases",
        "IT",
        "La aspettiamo per i suoi prossimi acquisti nel nostro negozio.",
        [MARKETING],
    ),
]

# Credit kept for the next order: not a credit note, nor the French verb "avoir", nor a refund
# leaving ("parte"); credit waiting for the next order still is.
NOT_CREDIT = [
    reading(
        "marketing-en-credit-note-waiting-next-order-leaves",
        "UK",
        "The credit note will be waiting in your inbox, and your next order leaves on Monday.",
        [],
    ),
    reading(
        "marketing-fr-avoir-the-parcel-that-waits",
        "FR",
        "Vous devriez avoir le colis, qui vous attend au relais, avant votre prochaine commande.",
        [],
    ),
    reading(
        "marketing-fr-avoir-to-use-it-for-next-order",
        "FR",
        "Vous pouvez avoir besoin de l'utiliser pour votre prochaine commande.",
        [],
    ),
    reading(
        "marketing-it-credit-refund-leaves-with-next-order",
        "IT",
        "Il rimborso del credito parte oggi, insieme al suo prossimo ordine.",
        [],
    ),
    reading(
        "marketing-it-credit-set-aside-for-next-order",
        "IT",
        "Abbiamo un credito di 4 € messo da parte per il suo prossimo ordine.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-credit-note-awaits-next-order",
        "FR",
        "Un avoir de 5 € vous attend pour votre prochaine commande chez nous.",
        [MARKETING],
    ),
]

# A friend who gives the buyer's name to collect the parcel gets no reward for ordering; the
# seller's cheaper shipping is its own cost.
NO_REFERRAL = [
    reading(
        "marketing-en-friend-gives-your-name-collects-free",
        "UK",
        "A friend who gives your name at the depot can collect the parcel for free.",
        [],
    ),
    reading(
        "marketing-de-friend-gives-your-name-collects-free",
        "DE",
        "Ein Bekannter, der Ihren Namen nennt, kann das Paket kostenlos in der Filiale abholen.",
        [],
    ),
    reading(
        "marketing-en-shipping-from-our-store-cheaper-for-us",
        "UK",
        "Shipping from our store in Leeds is cheaper for us, so your parcel comes from there.",
        [],
    ),
    reading(
        "marketing-en-friend-gives-your-name-ships-free",
        "UK",
        "A friend who gives your name at checkout gets free shipping on the lamp.",
        [MARKETING],
    ),
]

# The shop holding the part for this order's defect offers no range; a shop holding more
# designs does.
TROUBLE_HELD = [
    reading(
        "marketing-en-store-has-spare-parts-for-broken-hinge",
        "UK",
        "Our store has the spare parts for your broken hinge, so we'll send one today.",
        [],
    ),
    reading(
        "marketing-es-our-shop-has-more-designs",
        "ES",
        "En nuestra tienda tenemos otros ocho diseños iguales de bonitos.",
        [MARKETING],
    ),
]

# Import fees the carrier collects off Amazon, customs paid to the postman, no fees off Amazon
# and nobody asking for money off it are no payment asked for; the difference settled off
# Amazon is.
CUSTOMS = [
    reading(
        "payment-en-import-fees-collected-by-carrier-outside-amazon",
        "UK",
        "Import fees may be collected by the carrier outside of Amazon; we have no say in them.",
        [],
    ),
    reading(
        "payment-de-customs-paid-in-cash-to-the-courier",
        "DE",
        "Falls Zoll anfällt, zahlen Sie diesen bar an den Paketboten; das regelt der Zoll, "
        "nicht wir.",
        [],
    ),
    reading(
        "payment-de-no-fees-outside-amazon",
        "DE",
        "Außerhalb von Amazon fallen für Sie keine Gebühren an.",
        [],
    ),
    reading(
        "payment-fr-no-fees-outside-amazon",
        "FR",
        "Aucun frais ne vous sera demandé hors Amazon.",
        [],
    ),
    reading(
        "payment-en-nobody-asks-for-money-off-amazon",
        "UK",
        "Nobody from our team will ever ask for money off Amazon.",
        [],
    ),
    reading(
        "payment-de-rest-in-cash-to-the-postman",
        "DE",
        "Den Rest zahlen Sie dann einfach bar an den Postboten.",
        [PAYMENT],
    ),
    reading(
        "payment-en-difference-settled-off-amazon",
        "UK",
        "The difference we can settle between us off Amazon.",
        [PAYMENT],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    ENCLOSED + ORDER_FOUND + NOT_CREDIT + NO_REFERRAL + TROUBLE_HELD + CUSTOMS,
)
def test_review_of_the_eleventh_round_marketing_and_payment_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
