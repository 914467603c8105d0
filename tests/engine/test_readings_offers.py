"""The marketing, cancellation and payment wording rules on kinds of wording the third blind
round found (issue 10), each kind in several languages, with the near-misses it must allow.

Each row is a message body (after the marketplace's greeting) and the wording rules (the five
of test_readings, and opt-out) that must fire on it, no more and no fewer. The wordings are
this table's own, not the corpus's.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.rows import checked
from tests.engine.test_readings import CANCEL, MARKETING, PAYMENT, WORDING, reading

OPT_OUT = "amazon.content.opt_out"
NO_OPERATION = {"channel": "sp_api", "reason": "reply"}


def rules_fired(body: str, given: dict[str, Any]) -> list[str]:
    _, decision = checked(body, **given)
    return sorted({f.rule for f in decision.findings} & (WORDING | {OPT_OUT}))


# A list one negation heads: every item of it is negated, not only the first.
NEGATED_LISTS = [
    reading(
        "payment_details-de-never-list",
        "DE",
        "Wir verlangen niemals Ihre IBAN, eine Kartennummer oder eine Überweisung.",
        [],
    ),
    reading(
        "payment_details-en-never-list",
        "US",
        "We will never ask for bank details, a card number or a wire transfer.",
        [],
    ),
    reading(
        "payment_details-fr-ni-ni",
        "FR",
        "Nous ne vous demanderons ni votre RIB, ni un virement, ni un paiement PayPal.",
        [],
    ),
    reading(
        "payment_details-it-ne",
        "IT",
        "Non chiediamo mai l'IBAN, il numero della carta né un bonifico.",
        [],
    ),
    reading(
        "payment_details-es-ni",
        "ES",
        "Nunca pedimos datos bancarios, números de tarjeta ni pagos por Bizum.",
        [],
    ),
    reading(
        "payment_details-en-list-after-a-full-stop-is-asked",
        "US",
        "We need no receipt. PayPal works best for the refund of the difference.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-negated-other-thing-then-asked",
        "DE",
        "Ohne Rechnung geht es nicht, schicken Sie uns bitte auch Ihre IBAN.",
        [PAYMENT],
    ),
]

# Money paid to the seller directly: into "our" account, the rest of a price, payment apps.
DIRECT_PAYMENT = [
    reading(
        "payment_details-en-into-our-account",
        "UK",
        "Kindly transfer the outstanding balance into our account by Friday.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-rest-to-our-account",
        "DE",
        "Den Restbetrag können Sie gern auf unser Konto überweisen.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-you-pay-us-the-rest",
        "FR",
        "Vous nous réglez simplement les 9 € restants à la livraison.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-pay-us-the-difference",
        "IT",
        "Per la versione grande può versarci la differenza con Satispay.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-deposit-the-rest",
        "ES",
        "Solo falta que deposite el importe pendiente en nuestra cuenta.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-account-holder",
        "UK",
        "Please send us the account holder's name and we will sort it out.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-wire-the-balance",
        "US",
        "Please wire the balance to the account below.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-card-over-the-phone",
        "US",
        "We can take card payment over the phone for the upgrade.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-transfer-verb",
        "DE",
        "Bitte überweisen Sie die 15 € Differenz direkt an uns.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-make-a-deposit",
        "ES",
        "Nos puede hacer un depósito por el resto.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-amazon-processed-the-card",
        "US",
        "Your card payment was processed by Amazon as usual.",
        [],
    ),
    reading(
        "payment_details-en-amazon-refunds-the-rest",
        "US",
        "Amazon will refund the remaining amount to your original payment method.",
        [],
    ),
    reading(
        "payment_details-fr-refund-the-difference-through-amazon",
        "FR",
        "Nous vous remboursons la différence via Amazon dès aujourd'hui.",
        [],
    ),
]

# Sales "up to" a percentage, and regional names of sales and newsletters.
SALES = [
    reading(
        "marketing-en-sale-up-to",
        "US",
        "Our spring sale is live with savings of up to 30% across the range.",
        [MARKETING],
    ),
    reading("marketing-de-sale-up-to", "DE", "Im Sale sparen Sie bis zu 50 %.", [MARKETING]),
    reading(
        "marketing-fr-sale-up-to-minus",
        "FR",
        "Soldes d'été : jusqu'à -40 % sur toute la literie.",
        [MARKETING],
    ),
    reading(
        "marketing-it-sale-up-to",
        "IT",
        "Saldi su tutto il catalogo fino al 30% per tutta la settimana.",
        [MARKETING],
    ),
    reading(
        "marketing-es-we-have-sales-up-to",
        "ES",
        "Este mes tenemos rebajas de hasta el 35 % en todos los cojines.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-ca-rabais",
        "FR",
        "Profitez de 20 % de rabais sur les tuques cette semaine.",
        [MARKETING],
        buyer_language="fr-CA",
    ),
    reading(
        "marketing-fr-ca-vendredi-fou",
        "FR",
        "Nos aubaines du Vendredi fou commencent jeudi soir.",
        [MARKETING],
        buyer_language="fr-CA",
    ),
    reading(
        "marketing-es-mx-buen-fin",
        "ES",
        "No se pierda el Buen Fin: toda la vajilla viene con precio especial.",
        [MARKETING],
    ),
    reading(
        "marketing-en-up-to-is-a-product-fact",
        "US",
        "The new battery lasts up to 30% longer than the one you had.",
        [],
    ),
    reading("marketing-de-up-to-is-a-product-fact", "DE", "Der Akku hält bis zu 20 % länger.", []),
]

# "Don't miss" urges; it says no to nothing.
DO_NOT_MISS = [
    reading(
        "marketing-en-do-not-miss",
        "US",
        "Don't miss our Black Friday deals this week!",
        [MARKETING],
    ),
    reading(
        "marketing-de-do-not-miss", "DE", "Verpassen Sie nicht unseren Sommer-Sale!", [MARKETING]
    ),
    reading("marketing-fr-do-not-miss", "FR", "Ne manquez pas nos soldes d'hiver.", [MARKETING]),
    reading("marketing-it-do-not-miss", "IT", "Non perdere i saldi invernali!", [MARKETING]),
    reading(
        "marketing-es-do-not-miss", "ES", "No se pierda nuestras rebajas de invierno.", [MARKETING]
    ),
    reading("marketing-en-no-code-needed", "US", "No discount code is needed at all.", []),
    # A negation word ends where a letter of any script does: "Noël" is no "no", "niño" no "ni".
    reading(
        "marketing-fr-noel-is-no-negation",
        "FR",
        "Nos coffrets de Noël sont à -25 % jusqu'à dimanche.",
        [MARKETING],
    ),
    reading(
        "payment_details-es-nino-is-no-negation",
        "ES",
        "Para el disfraz de niño, pague la diferencia por Bizum.",
        [PAYMENT],
    ),
]

# Other offers by kind: the seller's other listings, a gift on the next order or "for next
# time", the seller's collection to discover ("sans attendre" urges, it negates nothing).
MORE_OFFERS = [
    reading(
        "marketing-en-our-other-listings",
        "US",
        "Check out our other listings for matching pillowcases.",
        [MARKETING],
    ),
    reading(
        "marketing-en-voucher-for-next-time",
        "UK",
        "Reply to this message and we'll send you a voucher for next time.",
        [MARKETING],
    ),
    reading(
        "marketing-de-next-order-shipping-given",
        "DE",
        "Bei Ihrer nächsten Bestellung schenken wir Ihnen die Versandkosten.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-next-purchase-shipping-offered",
        "FR",
        "Pour votre prochain achat, la livraison vous est offerte.",
        [MARKETING],
    ),
    reading(
        "marketing-de-discover-our-collection",
        "DE",
        "Entdecken Sie jetzt unsere Herbstkollektion.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-discover-without-waiting",
        "FR",
        "Découvrez sans attendre notre collection automne.",
        [MARKETING],
    ),
    reading(
        "marketing-es-discover-our-collection",
        "ES",
        "Descubra ya nuestra colección de otoño.",
        [MARKETING],
    ),
    reading(
        "marketing-en-next-time-an-order-code",
        "US",
        "Next time, please quote the order code in your message.",
        [],
    ),
    reading(
        "marketing-it-next-time-a-tracking-code",
        "IT",
        "La prossima volta le mandiamo subito il codice di tracciamento.",
        [],
    ),
    reading(
        "marketing-de-free-return-is-service",
        "DE",
        "Die Rücksendung ist für Sie kostenlos, das Etikett liegt bei.",
        [],
    ),
    reading(
        "marketing-de-discover-the-enclosed-guide",
        "DE",
        "Entdecken Sie die beiliegende Anleitung zur Pflege.",
        [],
    ),
]

# Social media by short name, hashtag or tag; loyalty programmes to join; discounted by a
# percentage; teasers.
SOCIAL_AND_LOYALTY = [
    reading(
        "marketing-en-hashtag",
        "US",
        "Tag us in your photos with #CozyNest for a chance to be featured.",
        [MARKETING],
    ),
    reading("marketing-de-tag-us-on-insta", "DE", "Markieren Sie uns auf Insta!", [MARKETING]),
    reading(
        "marketing-en-loyalty-programme",
        "US",
        "Join our loyalty program and earn points on every order.",
        [MARKETING],
    ),
    reading(
        "marketing-de-collect-loyalty-points",
        "DE",
        "Sammeln Sie Treuepunkte bei jedem Einkauf.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-loyalty-programme",
        "FR",
        "Rejoignez notre programme de fidélité.",
        [MARKETING],
    ),
    reading(
        "marketing-it-loyalty-programme",
        "IT",
        "Si iscriva al nostro programma fedeltà.",
        [MARKETING],
    ),
    reading(
        "marketing-es-loyalty-programme",
        "ES",
        "Únase a nuestro programa de fidelidad.",
        [MARKETING],
    ),
    reading(
        "marketing-it-discounted-by-percent",
        "IT",
        "I cofanetti natalizi sono scontati del 25% fino a domenica.",
        [MARKETING],
    ),
    reading(
        "marketing-es-discounted-by-percent",
        "ES",
        "Los packs navideños están rebajados un 25 % esta semana.",
        [MARKETING],
    ),
    reading(
        "marketing-en-stay-tuned", "US", "Stay tuned for our upcoming summer launch.", [MARKETING]
    ),
    reading(
        "marketing-en-invoice-reference-is-no-hashtag",
        "US",
        "Your invoice #INV2025-114 is attached.",
        [],
    ),
    reading(
        "marketing-de-invoice-reference-is-no-hashtag", "DE", "Ihre Rechnung #RE2025 liegt bei.", []
    ),
    reading(
        "marketing-en-royal-mail-collects",
        "UK",
        "Royal Mail were unable to collect the parcel yesterday.",
        [],
    ),
]

# Amazon's own coupons (its promotions, ended, shown on the page, clipped at checkout) are no
# offer of the seller's; a quoted "Black Friday" names a product or a label.
NOT_THE_SELLERS_OFFER = [
    reading(
        "marketing-en-amazon-promotion-ended",
        "US",
        "That 10% coupon was an Amazon promotion that has ended, so we cannot add it now.",
        [],
    ),
    reading(
        "marketing-de-amazon-aktion-beendet",
        "DE",
        "Der 10-%-Coupon war eine Amazon-Aktion und ist bereits beendet.",
        [],
    ),
    reading(
        "marketing-fr-coupon-on-the-page-ticked",
        "FR",
        "Le coupon affiché sur la page s'applique en cochant la case avant l'achat.",
        [],
    ),
    reading(
        "marketing-it-coupon-of-amazon",
        "IT",
        "Il coupon del 15% era una promozione di Amazon e non è più attivo.",
        [],
    ),
    reading(
        "marketing-es-coupon-of-amazon-no-longer-active",
        "ES",
        "El cupón del 10 % era una promoción de Amazon que ya no está activa.",
        [],
    ),
    reading(
        "marketing-en-ended-sale-then-a-code",
        "US",
        "Our summer sale has ended. Use coupon code SUN10 for 10% off your next order.",
        [MARKETING],
    ),
    reading(
        "marketing-es-quoted-label-is-a-product",
        "ES",
        'Su pedido incluye 50 pegatinas "Black Friday" y un sello "Oferta".',
        [],
    ),
    reading(
        "marketing-de-quoted-label-is-a-product",
        "DE",
        'Im Paket: 1 Stempel "Newsletter" und 2 Banner "Black Friday".',
        [],
    ),
    reading(
        "marketing-en-quoted-code-still-an-offer",
        "US",
        'Use the code "SAVE15" for 15% off your next order.',
        [MARKETING],
    ),
]

# A code the seller refuses however far the refusal stands from it in its clause (the verb last
# in German, "pas en mesure de vous accorder" before a list); a refusal in another clause, or in
# one a subordinating word opens, refuses nothing of the offer.
REFUSED_OFFERS = [
    reading(
        "marketing-de-refused-verb-last",
        "DE",
        "Rabattcodes oder Gutscheincodes für weitere Einkäufe dürfen wir Ihnen über diesen Kanal "
        "leider nicht gewähren.",
        [],
    ),
    reading(
        "marketing-en-not-in-a-position-to-send",
        "UK",
        "We are not in a position to send you a gift voucher or a promo code through this channel.",
        [],
    ),
    reading(
        "marketing-fr-pas-en-mesure-before-a-list",
        "FR",
        "Nous ne sommes malheureusement pas en mesure de vous proposer un geste ou un code de "
        "réduction par cette messagerie.",
        [],
    ),
    reading(
        "marketing-it-non-siamo-in-grado",
        "IT",
        "Purtroppo non siamo in grado di offrirle tramite la messaggistica di Amazon un buono o "
        "un codice sconto.",
        [],
    ),
    reading(
        "marketing-es-no-podemos-ofrecer",
        "ES",
        "Lamentablemente no podemos ofrecerle a través de la mensajería de Amazon un código "
        "promocional.",
        [],
    ),
    reading(
        "marketing-de-refusal-in-another-clause",
        "DE",
        "Ein Umtausch ist leider nicht möglich, aber mit dem Rabattcode HERBST sparen Sie beim "
        "Einkauf.",
        [MARKETING],
    ),
    reading(
        "marketing-en-refusal-in-a-subordinate-clause",
        "US",
        "Use the discount code SPRING on your order if express shipping is not possible.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-refusal-in-another-clause",
        "FR",
        "Nous ne pouvons pas échanger l'article, mais voici un code promo pour vous.",
        [MARKETING],
    ),
    reading(
        "marketing-it-refusal-in-another-clause",
        "IT",
        "Il cambio non è possibile; in compenso le offriamo un codice sconto.",
        [MARKETING],
    ),
    reading(
        "marketing-es-refusal-in-another-clause",
        "ES",
        "No es posible cambiar la talla, pero le enviamos un código de descuento.",
        [MARKETING],
    ),
    reading(
        "marketing-en-refused-for-future-purchases",
        "UK",
        "Sadly we can't give out vouchers or codes for future purchases via Amazon messages.",
        [],
    ),
    reading(
        "marketing-de-refused-for-the-next-purchase",
        "DE",
        "Einen Gutschein für Ihren nächsten Einkauf dürfen wir Ihnen über Amazon leider nicht "
        "ausstellen.",
        [],
    ),
    reading(
        "marketing-fr-refused-for-the-next-order",
        "FR",
        "Il ne nous est pas possible de vous accorder un bon de réduction pour une prochaine "
        "commande.",
        [],
    ),
    reading(
        "marketing-it-refused-for-future-purchases",
        "IT",
        "Non ci è consentito offrire buoni sconto per acquisti futuri tramite questo canale.",
        [],
    ),
    reading(
        "marketing-es-refused-for-future-purchases",
        "ES",
        "No nos está permitido ofrecer cupones de descuento para futuras compras por este canal.",
        [],
    ),
    reading(
        "marketing-en-refusal-before-a-next-order-offer",
        "US",
        "We cannot change the colour, but we'll give you 15% off your next order.",
        [MARKETING],
    ),
    reading(
        "marketing-de-refusal-before-a-next-order-offer",
        "DE",
        "Die Farbe ist nicht möglich, dafür erhalten Sie 10 % Rabatt auf Ihre nächste Bestellung.",
        [MARKETING],
    ),
    # A refusal of another thing, joined by but/and/as: the offer stands (review of round 6).
    reading(
        "marketing-en-refusal-of-another-thing-but",
        "UK",
        "We are not able to accept returns of opened items but you can subscribe to our "
        "newsletter for 10% off.",
        [MARKETING],
    ),
    reading(
        "marketing-en-refusal-of-another-thing-but-2",
        "UK",
        "We can't accept opened returns but subscribe to our newsletter for 10% off.",
        [MARKETING],
    ),
    reading(
        "marketing-en-refusal-of-another-thing-but-3",
        "UK",
        "Changing the colour is not possible but subscribe to our newsletter for 10% off.",
        [MARKETING],
    ),
    reading(
        "marketing-de-refusal-of-another-thing-aber",
        "DE",
        "Rücksendungen geöffneter Ware können wir leider nicht annehmen aber abonnieren Sie "
        "unseren Newsletter für 10 % Rabatt.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-refusal-of-another-thing-mais",
        "FR",
        "Nous ne pouvons pas accepter les retours ouverts mais abonnez-vous à notre "
        "newsletter pour 10 % de remise.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-refusal-of-another-thing-car",
        "FR",
        "Abonnez-vous à notre newsletter pour 10 % de remise car nous ne pouvons pas accepter"
        " les retours ouverts.",
        [MARKETING],
    ),
    reading(
        "marketing-it-refusal-of-another-thing-ma",
        "IT",
        "Non è possibile cambiare il colore ma iscriviti alla newsletter per uno sconto del 10%.",
        [MARKETING],
    ),
    reading(
        "marketing-it-refusal-of-another-thing-poiche",
        "IT",
        "Iscriviti alla newsletter per uno sconto del 10% poiché non è possibile cambiare il "
        "colore.",
        [MARKETING],
    ),
    reading(
        "marketing-es-refusal-of-another-thing-pero",
        "ES",
        "No es posible cambiar el color pero suscríbase a nuestro boletín para un 10 % de "
        "descuento.",
        [MARKETING],
    ),
    reading(
        "marketing-es-refusal-of-another-thing-ya-que",
        "ES",
        "Suscríbase a nuestro boletín para un 10 % de descuento ya que no es posible cambiar "
        "el color.",
        [MARKETING],
    ),
    reading(
        "marketing-en-refusal-of-another-thing-but-4",
        "UK",
        "Unfortunately we are unable to offer free returns but subscribe to our newsletter "
        "for 10% off your next order.",
        [MARKETING],
    ),
    reading(
        "marketing-en-refusal-of-another-thing-and",
        "UK",
        "We are unable to send the parcel today and we offer you a 10% discount on your next "
        "order.",
        [MARKETING],
    ),
    reading(
        "marketing-de-refusal-of-another-thing-und",
        "DE",
        "Leider können wir die Ware nicht zusenden und schenken Ihnen 10 % Rabatt auf Ihre "
        "nächste Bestellung.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-refusal-of-another-thing-et",
        "FR",
        "Nous ne pouvons pas envoyer le colis aujourd'hui et vous offrons 10 % de remise sur "
        "votre prochaine commande.",
        [MARKETING],
    ),
    reading(
        "marketing-it-refusal-of-another-thing-e",
        "IT",
        "Non possiamo inviare il pacco oggi e le offriamo uno sconto del 10% sul prossimo ordine.",
        [MARKETING],
    ),
    reading(
        "marketing-es-refusal-of-another-thing-y",
        "ES",
        "No podemos enviar el paquete hoy y le ofrecemos un 10 % de descuento en su próximo "
        "pedido.",
        [MARKETING],
    ),
    reading(
        "marketing-en-refusal-through-rules-and-policies",
        "UK",
        "We are sadly not permitted under Amazon's rules and policies to offer you a discount "
        "code.",
        [],
    ),
    reading(
        "marketing-en-refusal-through-such-as",
        "UK",
        "We are unable to offer incentives such as discount codes or vouchers.",
        [],
    ),
    # Impossibility and a third party's refusal of permission refuse as well.
    reading(
        "marketing-en-impossible-for-us",
        "UK",
        "Unfortunately it is impossible for us to offer you a discount code for future purchases.",
        [],
    ),
    reading(
        "marketing-en-does-not-permit-us",
        "UK",
        "Amazon does not permit us to offer discount codes for future purchases.",
        [],
    ),
    reading(
        "marketing-de-unmoeglich",
        "DE",
        "Rabattcodes für künftige Käufe anzubieten ist uns leider unmöglich.",
        [],
    ),
    reading(
        "marketing-fr-impossible-de",
        "FR",
        "Il nous est malheureusement impossible de vous proposer un code promo pour vos "
        "prochains achats.",
        [],
    ),
    reading(
        "marketing-fr-ne-nous-permet-pas",
        "FR",
        "Amazon ne nous permet pas de vous offrir un code promo pour vos prochains achats.",
        [],
    ),
    reading(
        "marketing-it-ci-e-impossibile",
        "IT",
        "Purtroppo ci è impossibile offrirle un codice sconto per acquisti futuri.",
        [],
    ),
    reading(
        "marketing-it-non-ci-consente",
        "IT",
        "Amazon non ci consente di offrirle un codice sconto per acquisti futuri.",
        [],
    ),
    reading(
        "marketing-es-resulta-imposible",
        "ES",
        "Lamentablemente nos resulta imposible ofrecerle un código de descuento para futuras "
        "compras.",
        [],
    ),
    reading(
        "marketing-es-no-nos-permite",
        "ES",
        "Amazon no nos permite ofrecerle un código de descuento para futuras compras.",
        [],
    ),
    reading(
        "marketing-en-impossible-then-but-an-offer",
        "UK",
        "It is impossible for us to offer express shipping but you can use the code SAVE10 "
        "for 10% off.",
        [MARKETING],
    ),
]

# The seller's own shop with a verb that invites there; a website only with products on it.
OUR_SHOP = [
    reading(
        "marketing-en-pop-by-our-storefront",
        "US",
        "Why not pop by our Amazon storefront this weekend?",
        [MARKETING],
    ),
    reading(
        "marketing-de-browse-our-shop", "DE", "Stöbern Sie gern in unserem Onlineshop.", [MARKETING]
    ),
    reading(
        "marketing-de-separable-visit",
        "DE",
        "Schauen Sie doch einmal in unserem Markenshop vorbei.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-have-a-look-at-our-shop",
        "FR",
        "Jetez un œil à notre boutique pour les bougies assorties.",
        [MARKETING],
    ),
    reading(
        "marketing-it-find-them-in-our-shop",
        "IT",
        "Li trova nel nostro negozio insieme agli altri colori.",
        [MARKETING],
    ),
    reading(
        "marketing-es-take-a-look-at-our-shop",
        "ES",
        "Eche un vistazo a nuestra tienda para ver más colores.",
        [MARKETING],
    ),
    reading(
        "marketing-it-spares-on-our-site",
        "IT",
        "Trova i ricambi originali sul nostro sito.",
        [MARKETING],
    ),
    reading(
        "marketing-de-accessories-on-our-homepage",
        "DE",
        "Passendes Zubehör finden Sie auf unserer Homepage.",
        [MARKETING],
    ),
    reading(
        "marketing-en-thanks-for-shopping-at-our-store",
        "US",
        "Thank you for shopping at our store.",
        [],
    ),
    reading(
        "marketing-en-manual-on-our-website",
        "US",
        "You can find the user manual on our website.",
        [],
    ),
    reading(
        "marketing-de-purchase-in-our-shop",
        "DE",
        "Vielen Dank für Ihren Einkauf in unserem Shop.",
        [],
    ),
    reading(
        "marketing-fr-we-found-it-in-our-shop",
        "FR",
        "Nous avons trouvé votre colis dans notre magasin ce matin.",
        [],
    ),
    reading("marketing-it-manual-on-our-site", "IT", "Il manuale lo trova sul nostro sito.", []),
    reading(
        "marketing-de-look-at-our-website-for-the-manual",
        "DE",
        "Schauen Sie sich das Aufbauvideo auf unserer Webseite an.",
        [],
    ),
    reading(
        "marketing-fr-your-next-visit-is-no-invitation",
        "FR",
        "Nous espérons que votre prochaine visite dans notre boutique se passera bien.",
        [],
    ),
    reading(
        "marketing-es-thanks-for-buying-in-our-shop",
        "ES",
        "Gracias por su compra en nuestra tienda.",
        [],
    ),
    reading(
        "marketing-es-no-longer-in-our-shop",
        "ES",
        "Lamentablemente ese modelo ya no está disponible en nuestra tienda.",
        [],
    ),
]

NEWSLETTERS = [
    reading(
        "marketing-fr-ca-infolettre",
        "FR",
        "Inscrivez-vous à notre infolettre pour recevoir les nouveautés.",
        [MARKETING],
        buyer_language="fr-CA",
    ),
    reading(
        "marketing-it-vip-list",
        "IT",
        "Si iscriva alla nostra lista clienti per ricevere gli avvisi in anteprima.",
        [MARKETING],
    ),
    reading(
        "marketing-es-vip-list",
        "ES",
        "Apúntese a nuestra lista VIP y sea la primera en saberlo.",
        [MARKETING],
    ),
    reading(
        "marketing-en-vip-club",
        "US",
        "Sign up as a VIP and hear about every restock first.",
        [MARKETING],
    ),
    reading(
        "marketing-it-list-without-joining",
        "IT",
        "Nella lista di controllo trova i pezzi del mobile.",
        [],
    ),
]

# Synonyms of "cancel" that cancel an order only next to one, and imperatives with a pronoun.
CANCEL_SYNONYMS = [
    reading(
        "cancel_request-en-withdraw-the-order",
        "UK",
        "Could you withdraw this order and place it again with the right postcode?",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-annul",
        "US",
        "Please annul the order on your side and we will relist the item.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-withdraw-the-order",
        "DE",
        "Sie könnten die Bestellung auch zurückziehen und neu aufgeben.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-separable-withdraw",
        "DE",
        "Ziehen Sie bitte Ihre Bestellung zurück, dann schicken wir die neue Farbe.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-undo-the-order",
        "DE",
        "Machen Sie die Bestellung bitte rückgängig, wir liefern dann direkt.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-disdire",
        "IT",
        "Può disdire l'ordine dal suo account e rifarlo con l'indirizzo giusto.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-imperative-with-pronoun",
        "IT",
        "L'ordine non possiamo spedirlo: annullalo pure e riordina domani.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-dar-de-baja-el-pedido",
        "ES",
        "Le pedimos de favor dar de baja el pedido y volver a comprarlo.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-imperative-with-pronoun",
        "ES",
        "Si no le sirve el color, por favor cancélelo y le preparamos otro.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-withdraw-a-complaint-is-no-order",
        "US",
        "Could you withdraw the complaint once the parcel arrives?",
        [],
    ),
    reading(
        "cancel_request-es-low-is-no-cancellation",
        "ES",
        "Puede elegir la potencia baja del pedido en el mando.",
        [],
    ),
    reading(
        "cancel_request-de-seller-withdraws",
        "DE",
        "Wir ziehen die Bestellung zurück und erstatten den Betrag.",
        [],
    ),
    reading(
        "cancel_request-fr-conditional-cancel-with-payment-off-amazon",
        "FR",
        "Si vous annulez de votre côté, vous nous payez la gravure par PayPal.",
        [CANCEL, PAYMENT],
    ),
    reading(
        "cancel_request-en-conditional-cancel-is-a-choice",
        "US",
        "If you cancel the order, Amazon refunds you within two days.",
        [],
    ),
]

# The seller asking or advising the buyer to cancel ("we ask that you cancel"), and a condition
# that is the content of a request ("am einfachsten ist es, wenn Sie stornieren"); the seller
# cancelling stays allowed.
ADVISED_CANCEL = [
    reading(
        "cancel_request-en-we-ask-that-you-cancel",
        "US",
        "We ask that you cancel your order through Amazon.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-we-would-recommend",
        "US",
        "We'd recommend cancelling and ordering again with the right address.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-wir-bitten-sie",
        "DE",
        "Wir bitten Sie, den Kauf über Ihr Konto zu stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-easiest-if-you-cancel",
        "DE",
        "Am einfachsten ist es, wenn Sie die Bestellung stornieren und neu bestellen.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-nous-vous-conseillons",
        "FR",
        "Nous vous conseillons d'annuler et de recommander.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-il-faudrait",
        "FR",
        "Il faudrait annuler la commande de votre côté.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-le-chiediamo",
        "IT",
        "Le chiediamo di annullare l'acquisto dal suo account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-better-if", "IT", "Sarebbe meglio se annullasse l'ordine.", [CANCEL]
    ),
    reading("cancel_request-es-le-pedimos", "ES", "Le pedimos que cancele la orden.", [CANCEL]),
    reading(
        "cancel_request-es-easier-if",
        "ES",
        "Sería más fácil si cancela el pedido y lo vuelve a hacer.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-the-best-solution",
        "DE",
        "Eine Stornierung wäre die beste Lösung.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-the-best-solution",
        "FR",
        "L'annulation serait la meilleure solution.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-do-you-wish", "FR", "Souhaitez-vous annuler la commande ?", [CANCEL]
    ),
    reading("cancel_request-it-do-you-want", "IT", "Vuole annullare l'ordine?", [CANCEL]),
    reading(
        "cancel_request-es-ideal-would-be",
        "ES",
        "Lo ideal sería que usted cancele la compra.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-shall-we-cancel",
        "ES",
        "¿Quiere que le cancelemos el pedido y le devolvamos el dinero?",
        [],
    ),
    reading("cancel_request-it-shall-we-cancel", "IT", "Vuole che annulliamo l'ordine?", []),
    reading(
        "cancel_request-fr-shall-we-cancel",
        "FR",
        "Souhaitez-vous que nous annulions la commande ?",
        [],
    ),
    reading(
        "cancel_request-en-the-best-we-could-do",
        "US",
        "The cancellation was the best we could do in this case.",
        [],
    ),
    reading(
        "cancel_request-en-we-need-to-cancel",
        "US",
        "We need to cancel your order because the item is out of stock.",
        [],
    ),
    reading(
        "cancel_request-de-wir-moechten-stornieren",
        "DE",
        "Wir möchten die Bestellung stornieren, da der Artikel fehlt.",
        [],
    ),
    reading(
        "cancel_request-en-patience-then-we-cancel",
        "US",
        "We ask for your patience; we will cancel the order if it does not arrive.",
        [],
    ),
    reading(
        "cancel_request-fr-patience-then-we-cancel",
        "FR",
        "Nous vous demandons un peu de patience, nous annulerons la commande si besoin.",
        [],
    ),
    reading(
        "cancel_request-de-note-if-you-cancel",
        "DE",
        "Bitte beachten Sie: wenn Sie stornieren, erstattet Amazon den Betrag.",
        [],
    ),
]

# Unsubscribing names what it stops; "abbestellen" and "dar de baja" cancel an order too.
OPT_OUT_OR_CANCEL = [
    reading(
        "opt_out-de-unsubscribe-the-newsletter",
        "DE",
        "Sie können den Newsletter jederzeit abbestellen.",
        [MARKETING, OPT_OUT],
    ),
    reading(
        "opt_out-de-cancelling-an-order-is-no-opt-out",
        "DE",
        "Sie müssen nichts abbestellen, das Paket ist schon unterwegs.",
        [],
    ),
    reading(
        "opt_out-es-unsubscribe",
        "ES",
        "Para darse de baja de estos correos, responda BAJA.",
        [OPT_OUT],
    ),
    reading(
        "opt_out-es-dar-de-baja-the-order-is-a-cancellation",
        "ES",
        "Le recomendamos dar de baja este pedido y hacer otro.",
        [CANCEL],
    ),
]


# No API operation sends the reason: the seller sends the same text another way, so it is read.
# An operation without a text field drops it: it is not.
NO_OPERATION_ROWS = [
    reading(
        "payment_details-no-operation-body-is-read",
        "DE",
        "Den Aufpreis überweisen Sie bitte per PayPal.",
        [PAYMENT],
        **NO_OPERATION,
    ),
    reading(
        "marketing-no-operation-body-is-read",
        "IT",
        "Si iscriva alla nostra newsletter per le novità.",
        [MARKETING],
        **NO_OPERATION,
    ),
    reading(
        "payment_details-operation-without-text-still-reads-the-body",
        "DE",
        "Den Aufpreis überweisen Sie bitte per PayPal.",
        ["amazon.content.payment_details"],
        channel="sp_api",
        reason="invoice",
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    NEGATED_LISTS
    + DIRECT_PAYMENT
    + SALES
    + DO_NOT_MISS
    + MORE_OFFERS
    + SOCIAL_AND_LOYALTY
    + NOT_THE_SELLERS_OFFER
    + REFUSED_OFFERS
    + OUR_SHOP
    + NEWSLETTERS
    + CANCEL_SYNONYMS
    + ADVISED_CANCEL
    + OPT_OUT_OR_CANCEL
    + NO_OPERATION_ROWS,
)
def test_offer_cancel_and_payment_readings(body, given, rules):
    assert rules_fired(body, given) == sorted(rules)
