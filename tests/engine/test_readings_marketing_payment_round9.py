"""The marketing and payment rules on kinds of wording the ninth blind round found (issue 10),
each kind in the five languages, with the near-misses it must allow; then the third review's
kinds: a bank slip nobody pays with, a platform in a title-case invitation, a German decline
with its modal verb far from the voucher.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import MARKETING, PAYMENT, reading, wording_rules

# A list the seller adds the buyer to, the verb split around it ("nehmen wir Sie in unseren
# Verteiler auf") or one that adds; not a list that is the buyer's own (a wish list on Amazon).
JOINED_LIST = [
    reading(
        "marketing-de-separable-verb-takes-buyer-into-list",
        "DE",
        "Gern nehmen wir Sie in unsere Mailingliste auf, dann hören Sie von neuen Motiven.",
        [MARKETING],
    ),
    reading(
        "marketing-en-seller-adds-buyer-to-list",
        "US",
        "If you like, we can add you to our mailing list for new prints.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-seller-adds-buyer-to-list",
        "FR",
        "Si vous le souhaitez, nous pouvons vous ajouter à notre liste de diffusion.",
        [MARKETING],
    ),
    reading(
        "marketing-it-seller-adds-buyer-to-list",
        "IT",
        "Se le fa piacere, la aggiungiamo alla nostra lista clienti per le novità.",
        [MARKETING],
    ),
    reading(
        "marketing-es-seller-adds-buyer-to-list",
        "ES",
        "Si lo desea, le añadimos a nuestra lista de clientes para las novedades.",
        [MARKETING],
    ),
    reading(
        "marketing-de-must-allow-return-taken-back",
        "DE",
        "Wir nehmen die Rücksendung gern entgegen und prüfen sie sofort.",
        [],
    ),
    reading(
        "marketing-en-must-allow-buyers-own-wish-list",
        "US",
        "You can add the lamp to your wish list on Amazon and buy it later.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-buyers-own-wish-list",
        "FR",
        "Vous pouvez ajouter la lampe à votre liste d'envies sur Amazon.",
        [],
    ),
    reading(
        "marketing-it-must-allow-buyers-own-wish-list",
        "IT",
        "Può aggiungere la lampada alla sua lista dei desideri su Amazon.",
        [],
    ),
    reading(
        "marketing-es-must-allow-buyers-own-wish-list",
        "ES",
        "Puede añadir la lámpara a su lista de deseos en Amazon.",
        [],
    ),
    reading(
        "marketing-de-must-allow-buyers-own-wish-list",
        "DE",
        "Sie können die Lampe auf Ihre Wunschliste bei Amazon setzen.",
        [],
    ),
]

# "Our" shop as the one that offers or carries a range ("notre boutique en propose plus de 60");
# not a shop that no longer does, nor one that offers a service (returns, a warranty, delivery),
# nor Amazon's service.
SHOP_OFFERS = [
    reading(
        "marketing-fr-our-shop-offers-a-range",
        "FR",
        "Notre boutique propose aussi une quarantaine de thés parfumés.",
        [MARKETING],
    ),
    reading(
        "marketing-en-our-shop-carries-a-range",
        "US",
        "Our shop carries more than fifty loose-leaf teas as well.",
        [MARKETING],
    ),
    reading(
        "marketing-en-our-store-sells-a-range",
        "UK",
        "Our online store sells the matching lids too.",
        [MARKETING],
    ),
    reading(
        "marketing-de-our-shop-offers-a-range",
        "DE",
        "Unser Shop bietet über fünfzig weitere Teesorten.",
        [MARKETING],
    ),
    reading(
        "marketing-it-our-shop-offers-a-range",
        "IT",
        "Il nostro negozio propone anche una quarantina di tè aromatizzati.",
        [MARKETING],
    ),
    reading(
        "marketing-es-our-shop-offers-a-range",
        "ES",
        "Nuestra tienda ofrece además más de cincuenta tés.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-must-allow-our-shop-no-longer-offers",
        "FR",
        "Notre boutique ne propose plus ce modèle, désolés.",
        [],
    ),
    reading(
        "marketing-en-must-allow-our-store-no-longer-carries",
        "US",
        "Sorry, our store no longer carries that model.",
        [],
    ),
    reading(
        "marketing-de-must-allow-amazon-offers-a-return",
        "DE",
        "Amazon bietet Ihnen eine kostenlose Rücksendung an.",
        [],
    ),
    reading(
        "marketing-it-must-allow-our-shop-no-longer-offers",
        "IT",
        "Il nostro negozio non propone più questo modello.",
        [],
    ),
    reading(
        "marketing-es-must-allow-our-shop-no-longer-offers",
        "ES",
        "Nuestra tienda ya no ofrece este modelo.",
        [],
    ),
    reading(
        "marketing-en-must-allow-our-store-offers-free-returns",
        "UK",
        "Our store offers free returns within 30 days.",
        [],
    ),
    reading(
        "marketing-de-must-allow-our-shop-offers-a-warranty",
        "DE",
        "Unser Shop bietet auf alle Lampen zwei Jahre Garantie.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-our-shop-offers-an-exchange",
        "FR",
        "Notre boutique propose un échange gratuit sous 30 jours.",
        [],
    ),
    reading(
        "marketing-it-must-allow-our-shop-offers-a-warranty",
        "IT",
        "Il nostro negozio offre la garanzia di due anni su tutto.",
        [],
    ),
    reading(
        "marketing-es-must-allow-our-shop-offers-free-delivery",
        "ES",
        "Nuestra tienda ofrece el envío gratis a toda España.",
        [],
    ),
]

# The seller's website with its assortment or selection, a range by another word; not a manual
# found there, nor a selection with no site.
SITE_ASSORTMENT = [
    reading(
        "marketing-it-site-with-its-assortment",
        "IT",
        "Sul nostro sito trova l'intero assortimento di tazze dipinte a mano.",
        [MARKETING],
    ),
    reading(
        "marketing-en-site-with-its-assortment",
        "US",
        "On our website you'll find the whole assortment of hand-painted mugs.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-site-with-its-assortment",
        "FR",
        "Sur notre site, vous trouverez tout l'assortiment de tasses peintes.",
        [MARKETING],
    ),
    reading(
        "marketing-es-site-with-its-assortment",
        "ES",
        "En nuestra web encontrará todo el surtido de tazas pintadas.",
        [MARKETING],
    ),
    reading(
        "marketing-de-site-with-its-selection",
        "DE",
        "Auf unserer Website finden Sie die ganze Auswahl an bemalten Tassen.",
        [MARKETING],
    ),
    reading(
        "marketing-de-must-allow-manual-on-site",
        "DE",
        "Auf unserer Website finden Sie die Anleitung zum Aufbau.",
        [],
    ),
    reading(
        "marketing-it-must-allow-manual-on-site",
        "IT",
        "Sul nostro sito trova le istruzioni di montaggio in PDF.",
        [],
    ),
    reading(
        "marketing-de-must-allow-selection-of-a-size",
        "DE",
        "Bei der Auswahl der Größe hilft Ihnen die Tabelle im Angebot.",
        [],
    ),
    reading(
        "marketing-es-must-allow-selection-of-a-size",
        "ES",
        "Para la selección de la talla, consulte la tabla de medidas.",
        [],
    ),
]

# A voucher in Swiss francs ("Gutschein über Fr. 10", "bon de CHF 15") or one for "our" shop;
# not a price in francs, nor "bon" as good.
SHOP_VOUCHER = [
    reading(
        "marketing-de-voucher-in-swiss-francs",
        "DE",
        "Dem Paket liegt ein Gutschein über CHF 15 bei.",
        [MARKETING],
    ),
    reading(
        "marketing-de-voucher-for-our-shop",
        "DE",
        "Anbei finden Sie einen Gutschein für unseren Webshop.",
        [MARKETING],
    ),
    reading(
        "marketing-en-voucher-for-our-shop",
        "US",
        "We have added a voucher for our online store to the parcel.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-voucher-in-swiss-francs",
        "FR",
        "Vous trouverez dans le colis un bon de CHF 15.",
        [MARKETING],
    ),
    reading(
        "marketing-it-voucher-for-our-shop",
        "IT",
        "Nel pacco trova un buono per il nostro negozio online.",
        [MARKETING],
    ),
    reading(
        "marketing-es-voucher-for-our-shop",
        "ES",
        "Le incluimos un vale para nuestra tienda online.",
        [MARKETING],
    ),
    reading(
        "marketing-de-must-allow-price-in-swiss-francs",
        "DE",
        "Die Reparatur kostet pauschal CHF 45, Amazon zieht den Betrag ein.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-bon-as-good",
        "FR",
        "C'est bon pour notre boutique : la commande est complète.",
        [],
    ),
    reading(
        "marketing-it-must-allow-voucher-declined",
        "IT",
        "Purtroppo non possiamo offrire buoni per il nostro negozio.",
        [],
    ),
    reading(
        "marketing-en-must-allow-voucher-declined",
        "US",
        "Unfortunately we cannot offer vouchers for our store.",
        [],
    ),
]

# A capitalised word between capitalised words is a word of a name ("The Newsletter Rack"); the
# same word after a lower-case one, or before one, advertises.
NAMED = [
    reading(
        "marketing-en-must-allow-newsletter-in-a-product-name",
        "US",
        "The Newsletter Rack ships flat with its wall anchors.",
        [],
    ),
    reading(
        "marketing-de-must-allow-newsletter-in-a-product-name",
        "DE",
        "Der Newsletter Halter aus Eiche geht heute in den Versand.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-newsletter-in-a-product-name",
        "FR",
        "Le Porte-Revues Newsletter Deluxe part aujourd'hui.",
        [],
    ),
    reading(
        "marketing-it-must-allow-newsletter-in-a-product-name",
        "IT",
        "La Lampada Newsletter Deluxe è partita oggi.",
        [],
    ),
    reading(
        "marketing-es-must-allow-newsletter-in-a-product-name",
        "ES",
        "El Revistero Newsletter Classic sale hoy.",
        [],
    ),
    reading(
        "marketing-en-our-newsletter-after-a-capital",
        "US",
        "Our Newsletter has the best deals every week.",
        [MARKETING],
    ),
    reading(
        "marketing-de-newsletter-after-a-lower-case-word",
        "DE",
        "Abonnieren Sie unseren Newsletter.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-newsletter-after-a-lower-case-word",
        "FR",
        "Abonnez-vous à notre newsletter.",
        [MARKETING],
    ),
    reading(
        "marketing-it-newsletter-after-a-lower-case-word",
        "IT",
        "Si iscriva alla nostra Newsletter.",
        [MARKETING],
    ),
    reading(
        "marketing-es-newsletter-after-a-lower-case-word",
        "ES",
        "Suscríbase a nuestra Newsletter.",
        [MARKETING],
    ),
    reading(
        "marketing-de-code-between-capitals-is-no-name",
        "DE",
        "Hier ist Ihr Gutscheincode HERBST15 für die nächste Bestellung.",
        [MARKETING],
    ),
    reading(
        "marketing-en-instagram-between-capitals-is-no-name",
        "US",
        "Find Us On Instagram Today!",
        [MARKETING],
    ),
]

# A slip to pay at a bank or post office ("Einzahlungsschein", "bollettino postale"); not one
# said to be needless.
PAYMENT_SLIP = [
    reading(
        "payment_details-de-pay-in-slip",
        "DE",
        "Einen Einzahlungsschein für die Reparatur legen wir dem Etikett bei.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-pay-in-slip",
        "UK",
        "A payment slip for the repair is enclosed with the return label.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-pay-in-slip",
        "FR",
        "Nous joignons un bulletin de versement pour la réparation.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-pay-in-slip",
        "IT",
        "Le alleghiamo un bollettino postale per la riparazione.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-pay-in-slip",
        "ES",
        "Le adjuntamos una boleta de pago para la reparación.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-must-allow-no-slip-needed",
        "DE",
        "Einen Einzahlungsschein brauchen Sie nicht, die Reparatur ist gedeckt.",
        [],
    ),
    reading(
        "payment_details-en-must-allow-no-slip-needed",
        "UK",
        "No payment slip is needed, the repair is under warranty.",
        [],
    ),
    reading(
        "payment_details-fr-must-allow-no-slip-needed",
        "FR",
        "Aucun bulletin de versement n'est nécessaire, la garantie couvre tout.",
        [],
    ),
    reading(
        "payment_details-it-must-allow-no-slip-needed",
        "IT",
        "Non serve nessun bollettino postale, la garanzia copre tutto.",
        [],
    ),
    reading(
        "payment_details-es-must-allow-no-slip-needed",
        "ES",
        "No hace falta ninguna boleta de pago, la garantía lo cubre.",
        [],
    ),
]

# Cash with the occasion between it and the paying ("in bar bei Abholung zahlen"); not cash
# received, nor refused.
CASH_ON_COLLECTION = [
    reading(
        "payment_details-de-cash-on-collection",
        "DE",
        "Den Rest können Sie in bar bei Abholung zahlen.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-cash-after-receipt",
        "DE",
        "Den Aufpreis bitte bar nach Erhalt bezahlen.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-cash-settled-on-collection",
        "DE",
        "Die fehlenden 6 Euro können Sie bar bei Abholung begleichen.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-must-allow-cash-received-on-collection",
        "DE",
        "Den Betrag haben wir bar bei Abholung erhalten, danke.",
        [],
    ),
    reading(
        "payment_details-en-cash-on-collection",
        "UK",
        "You can pay the rest in cash when you collect the sofa.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-cash-on-collection",
        "FR",
        "Vous pourrez régler le reste en espèces au retrait.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-cash-on-collection",
        "IT",
        "Il resto lo può saldare in contanti al ritiro.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-cash-on-collection",
        "ES",
        "El resto lo puede pagar en efectivo al recoger el sofá.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-must-allow-cash-refused",
        "DE",
        "Eine Zahlung in bar bei Abholung ist leider nicht möglich.",
        [],
    ),
    reading(
        "payment_details-de-must-allow-bar-as-a-noun",
        "DE",
        "Der Barhocker passt gut an die Bar in Ihrer Küche.",
        [],
    ),
]

# A card's data asked with its article short or left out, or of the card the buyer used; not the
# refund back to that card, nor a loyalty card's data.
CARD_DATA = [
    reading(
        "payment_details-it-card-data-article-left-out",
        "IT",
        "Ci manda i dati carta per ripetere il pagamento?",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-card-data-article-left-out",
        "ES",
        "¿Nos envía los datos tarjeta para repetir el cobro?",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-data-of-your-card",
        "DE",
        "Bitte senden Sie uns die Daten Ihrer Karte erneut.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-expiry-of-the-card-you-used",
        "US",
        "Please confirm the last four digits and expiry date of the card you used.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-card-data-article-left-out",
        "FR",
        "Merci de nous renvoyer les données carte pour relancer le paiement.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-must-allow-refund-to-the-card-you-used",
        "US",
        "The refund goes back to the card you used for the order.",
        [],
    ),
    reading(
        "payment_details-de-must-allow-refund-to-the-card-used",
        "DE",
        "Amazon erstattet den Betrag auf die Karte, mit der Sie bezahlt haben.",
        [],
    ),
    reading(
        "payment_details-it-must-allow-loyalty-card-data",
        "IT",
        "Ci manda i dati della carta fedeltà per caricare i punti?",
        [],
    ),
    reading(
        "payment_details-es-must-allow-refund-to-the-card-used",
        "ES",
        "Amazon le reembolsa el importe en la tarjeta que utilizó.",
        [],
    ),
]


# The review's near-misses of the kinds above, in this table's own words: a shop that offers a
# service or sells only on Amazon (no goods after the verb), the buyer taken out of a list, the
# seller's own working list, a payment slip nobody is asked to pay with; and a slip that is.
REVIEWED = [
    reading(
        "marketing-en-must-allow-our-shop-offers-setup-help",
        "UK",
        "Our shop offers setup help over the phone on weekdays.",
        [],
    ),
    reading(
        "marketing-en-must-allow-our-shop-sells-only-on-amazon",
        "US",
        "Our shop only sells on Amazon; there is no other site to buy from.",
        [],
    ),
    reading(
        "marketing-de-must-allow-our-shop-offers-advice",
        "DE",
        "Unser Onlineshop bietet auch eine Beratung per E-Mail an.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-our-shop-offers-assistance",
        "FR",
        "Notre boutique propose une assistance par téléphone en semaine.",
        [],
    ),
    reading(
        "marketing-it-must-allow-our-shop-offers-support",
        "IT",
        "Il nostro negozio offre supporto tecnico via e-mail.",
        [],
    ),
    reading(
        "marketing-es-must-allow-our-shop-offers-assistance",
        "ES",
        "Nuestra tienda ofrece asistencia técnica por teléfono.",
        [],
    ),
    reading(
        "marketing-de-must-allow-buyer-taken-out-of-list",
        "DE",
        "Selbstverständlich nehmen wir Sie sofort aus dem Verteiler heraus.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-parcel-added-to-working-list",
        "FR",
        "Nous ajoutons le colis manquant à la liste des envois de demain.",
        [],
    ),
    reading(
        "marketing-it-must-allow-item-added-to-working-list",
        "IT",
        "Aggiungiamo l'articolo alla lista degli ordini da preparare.",
        [],
    ),
    reading(
        "marketing-es-must-allow-item-added-to-working-list",
        "ES",
        "Añadimos el artículo a la lista de pedidos pendientes.",
        [],
    ),
    reading(
        "payment_details-en-must-allow-courier-deposit-slip",
        "UK",
        "The courier left a deposit slip with the parcel; you can throw it away.",
        [],
    ),
    reading(
        "payment_details-fr-must-allow-amazon-payment-slip",
        "FR",
        "Le bulletin de paiement d'Amazon figure dans votre compte.",
        [],
    ),
    reading(
        "payment_details-it-must-allow-amazon-payment-slip",
        "IT",
        "Il bollettino di pagamento di Amazon è nel suo account.",
        [],
    ),
    reading(
        "payment_details-es-must-allow-amazon-payment-slip",
        "ES",
        "La boleta de pago de Amazon aparece en su cuenta.",
        [],
    ),
    reading(
        "payment_details-en-pay-with-the-payment-slip",
        "UK",
        "Please pay the remaining 12 pounds with the enclosed payment slip at your bank.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-pay-with-the-payment-slip",
        "ES",
        "Pague el importe con la boleta de pago en cualquier banco.",
        [PAYMENT],
    ),
]


# The third review: a slip only paid in at a bank asks a payment only where paying with it
# is asked, it is enclosed or it is for a charge, like any payment slip; not one to throw
# away, a product, an enclosed slip that is a receipt.
BANK_SLIP = [
    reading(
        "payment_details-de-must-allow-slip-to-throw-away",
        "DE",
        "Den Zahlschein aus dem Karton dürfen Sie entsorgen, bezahlt haben Sie schon bei Amazon.",
        [],
    ),
    reading(
        "payment_details-de-must-allow-slip-product",
        "DE",
        "Unsere Überweisungsträger-Vordrucke im 100er-Pack sind wieder vorrätig.",
        [],
    ),
    reading(
        "payment_details-de-pay-with-enclosed-bank-slip",
        "DE",
        "Bitte begleichen Sie die Reparatur mit dem beiliegenden Einzahlungsschein.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-bank-slip-enclosed-for-a-charge",
        "DE",
        "Einen Zahlschein für die Reparaturkosten legen wir dem Paket bei.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-must-allow-giro-slip-left-over",
        "UK",
        "The giro slip in the box is only a leftover form; Amazon has taken your payment.",
        [],
    ),
    reading(
        "payment_details-en-must-allow-slip-product",
        "UK",
        "Our paying-in slip books (pack of 20) are back in stock.",
        [],
    ),
    reading(
        "payment_details-en-settle-with-giro-slip",
        "UK",
        "Please use the giro slip in the parcel to settle the repair fee.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-must-allow-slip-to-throw-away",
        "FR",
        "Vous pouvez jeter le bulletin de versement du colis, Amazon a tout encaissé.",
        [],
    ),
    reading(
        "payment_details-fr-must-allow-slip-product",
        "FR",
        "Les carnets de bulletins de versement A5 sont de nouveau disponibles.",
        [],
    ),
    reading(
        "payment_details-fr-must-allow-enclosed-slip-a-receipt",
        "FR",
        "Le bulletin de paiement ci-joint n'est qu'un reçu : Amazon a déjà tout réglé.",
        [],
    ),
    reading(
        "payment_details-fr-settle-with-bank-slip",
        "FR",
        "Merci de régler les frais avec le bulletin de versement joint.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-enclosed-slip-to-settle",
        "FR",
        "Le bulletin de paiement ci-joint est à régler avant l'expédition.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-must-allow-slip-to-throw-away",
        "IT",
        "Il bollettino postale trovato nel pacco può essere buttato: il pagamento è avvenuto "
        "su Amazon.",
        [],
    ),
    reading(
        "payment_details-it-must-allow-slip-product",
        "IT",
        "I blocchetti di bollettini postali in bianco sono di nuovo disponibili.",
        [],
    ),
    reading(
        "payment_details-it-pay-with-postal-slip",
        "IT",
        "Paghi i dazi con il bollettino postale allegato prima della consegna.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-must-allow-slip-not-needed",
        "ES",
        "La ficha de depósito que venía en la caja no hace falta: Amazon ya cobró el pedido.",
        [],
    ),
    reading(
        "payment_details-es-must-allow-slip-product",
        "ES",
        "Los talonarios de fichas de depósito están otra vez en stock.",
        [],
    ),
    reading(
        "payment_details-es-fill-in-deposit-slip",
        "ES",
        "Rellene la ficha de depósito y pague el saldo en su banco.",
        [PAYMENT],
    ),
]


# A platform's name is always capitalised: in a sentence that asks to follow, visit, join
# or find, capitals around it name nothing ("Follow Cozy Nest On Pinterest"); a product
# named after a platform, with no such verb, stays a name.
SOCIAL_NAMED = [
    reading(
        "marketing-en-follow-on-platform-title-case",
        "UK",
        "Follow Cozy Nest On Pinterest For Weekly Ideas",
        [MARKETING],
    ),
    reading(
        "marketing-en-join-platform-group-title-case",
        "US",
        "Join The Lamp Lovers Facebook Group For Tips",
        [MARKETING],
    ),
    reading(
        "marketing-de-follow-on-platform-title-case",
        "DE",
        "Folgen Sie Holzwerk Müller Auf Instagram Für Neue Ideen",
        [MARKETING],
    ),
    reading(
        "marketing-fr-follow-on-platform-title-case",
        "FR",
        "Suivez Maison Lumière Sur Instagram Pour Des Idées Déco",
        [MARKETING],
    ),
    reading(
        "marketing-it-follow-on-platform-title-case",
        "IT",
        "Seguite Casa Verde Su Instagram Per Nuove Idee",
        [MARKETING],
    ),
    reading(
        "marketing-es-visit-on-platform-title-case",
        "ES",
        "Visite Hogar Sol En Instagram Para Más Ideas",
        [MARKETING],
    ),
    reading(
        "marketing-en-must-allow-platform-in-product-name",
        "US",
        "Our Instagram Photo Frame Set ships in two days.",
        [],
    ),
    reading(
        "marketing-de-must-allow-platform-in-product-name",
        "DE",
        "Das Set Pinterest Board Deluxe geht morgen raus.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-platform-in-product-name",
        "FR",
        "Le cadre Photo Instagram Mural part demain.",
        [],
    ),
    reading(
        "marketing-it-must-allow-platform-in-product-name",
        "IT",
        "La cornice Foto Instagram Deluxe parte domani.",
        [],
    ),
    reading(
        "marketing-es-must-allow-platform-in-product-name",
        "ES",
        "El marco Foto Instagram Deluxe sale mañana.",
        [],
    ),
]


# A voucher or code a modal verb declines far from it, the German verb last ("dürfen wir
# Ihnen über Amazon leider nicht schicken"); not one a modal verb offers.
VOUCHER_DECLINED = [
    reading(
        "marketing-de-must-allow-shop-voucher-we-may-not-send",
        "DE",
        "Einen Gutschein für unseren Webshop können wir Ihnen über Amazon leider nicht geben.",
        [],
    ),
    reading(
        "marketing-de-must-allow-code-we-may-not-send",
        "DE",
        "Einen Rabattcode dürfen wir Ihnen über diesen Kanal leider nicht senden.",
        [],
    ),
    reading(
        "marketing-de-shop-voucher-we-can-send",
        "DE",
        "Einen Gutschein für unseren Onlineshop können wir Ihnen gern per E-Mail schicken.",
        [MARKETING],
    ),
    reading(
        "marketing-de-we-can-send-shop-voucher",
        "DE",
        "Wir können Ihnen einen Gutschein für unseren Onlineshop schicken, wenn Sie möchten.",
        [MARKETING],
    ),
    reading(
        "marketing-en-must-allow-shop-voucher-we-may-not-send",
        "UK",
        "A voucher for our online shop is something we may not send you through Amazon.",
        [],
    ),
    reading(
        "marketing-en-we-can-send-shop-voucher",
        "UK",
        "We can send you a voucher for our online shop by email.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-must-allow-shop-voucher-we-cannot-send",
        "FR",
        "Nous ne pouvons malheureusement pas vous envoyer de bon d'achat pour notre boutique "
        "en ligne via Amazon.",
        [],
    ),
    reading(
        "marketing-fr-we-can-send-shop-voucher",
        "FR",
        "Nous pouvons vous envoyer un bon d'achat pour notre boutique en ligne.",
        [MARKETING],
    ),
    reading(
        "marketing-it-must-allow-shop-voucher-we-cannot-send",
        "IT",
        "Un buono per il nostro negozio online non possiamo purtroppo inviarglielo tramite Amazon.",
        [],
    ),
    reading(
        "marketing-it-we-can-send-shop-voucher",
        "IT",
        "Possiamo inviarle un buono per il nostro negozio online.",
        [MARKETING],
    ),
    reading(
        "marketing-es-must-allow-shop-voucher-we-cannot-send",
        "ES",
        "Un vale para nuestra tienda online no podemos enviárselo a través de Amazon, lo sentimos.",
        [],
    ),
    reading(
        "marketing-es-we-can-send-shop-voucher",
        "ES",
        "Podemos enviarle un vale para nuestra tienda online.",
        [MARKETING],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    JOINED_LIST
    + SHOP_OFFERS
    + SITE_ASSORTMENT
    + SHOP_VOUCHER
    + NAMED
    + PAYMENT_SLIP
    + CASH_ON_COLLECTION
    + CARD_DATA
    + REVIEWED
    + BANK_SLIP
    + SOCIAL_NAMED
    + VOUCHER_DECLINED,
)
def test_ninth_round_marketing_and_payment_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
