"""The marketing rule on kinds of wording the fourth blind round found (issue 10), each kind in
several languages, with the near-misses it must allow: follow-us without a platform, referral
offers, a website that sells without the word shop or with only its address, a new collection
or season announced, a percentage on the next anything, a voucher with its value, sales and
seasonal offers announced, clubs to join.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import (
    MANIPULATION,
    MARKETING,
    MISPLACED,
    reading,
    wording_rules,
)

FOLLOW_US = [
    reading(
        "marketing-en-follow-us-for-tips", "US", "Follow us for weekly styling tips!", [MARKETING]
    ),
    reading(
        "marketing-en-follow-our-page",
        "UK",
        "Do follow our page for the next giveaway.",
        [MARKETING],
    ),
    reading(
        "marketing-de-follow-our-channel",
        "DE",
        "Folgen Sie unserem Kanal, dort gibt es jede Woche Tipps.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-follow-our-page", "FR", "Suivez notre page pour les astuces.", [MARKETING]
    ),
    reading(
        "marketing-it-follow-our-profile",
        "IT",
        "Segua il nostro profilo per restare aggiornata.",
        [MARKETING],
    ),
    reading(
        "marketing-es-follow-our-account",
        "ES",
        "Siga nuestra cuenta para ver las novedades.",
        [MARKETING],
    ),
    reading(
        "marketing-en-social-media-without-a-platform",
        "UK",
        "You can also catch us on social media as @oakandfern.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-social-networks",
        "FR",
        "Retrouvez-nous sur les réseaux sociaux !",
        [MARKETING],
    ),
    reading(
        "marketing-es-social-networks",
        "ES",
        "Búsquenos en redes sociales como @casaluz.",
        [MARKETING],
    ),
    reading(
        "marketing-en-follow-the-steps-is-no-follow-us",
        "US",
        "Please follow the steps in the manual to reset the timer.",
        [],
    ),
]

REFERRALS = [
    reading(
        "marketing-en-refer-a-friend",
        "US",
        "Refer a friend and you both save on the next set.",
        [MARKETING],
    ),
    reading(
        "marketing-en-recommend-us-to-your-friends",
        "UK",
        "Recommend us to your friends and we'll send you a little thank-you.",
        [MARKETING],
    ),
    reading(
        "marketing-de-recommend-us-on",
        "DE",
        "Empfehlen Sie uns gern weiter, es lohnt sich für Sie.",
        [MARKETING],
    ),
    reading(
        "marketing-de-bring-a-friend",
        "DE",
        "Werben Sie eine Freundin und sparen Sie beide.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-sponsorship",
        "FR",
        "Parrainez vos proches et profitez d'un cadeau.",
        [MARKETING],
    ),
    reading(
        "marketing-it-invite-a-friend",
        "IT",
        "Inviti un'amica: riceverete entrambe un omaggio.",
        [MARKETING],
    ),
    reading(
        "marketing-it-recommend-us-to-friends",
        "IT",
        "Ci consigli ai suoi amici, ne saremo felici!",
        [MARKETING],
    ),
    reading(
        "marketing-es-recommend-us-to-friends",
        "ES",
        "Recomiende nuestra tienda a sus amigos y ganen los dos.",
        [MARKETING],
    ),
    reading(
        "marketing-en-a-friend-picks-up-is-no-referral",
        "UK",
        "A friend or neighbour can take in the parcel for you.",
        [],
    ),
]

# A website named with what it sells ("in stock", "buy") invites there; one out of stock, or
# with a manual, does not.
SELLING_WEBSITE = [
    reading(
        "marketing-en-in-stock-on-our-website",
        "UK",
        "The grey one is in stock today on our own website if you'd like it.",
        [MARKETING],
    ),
    reading(
        "marketing-en-buy-it-on-our-site",
        "US",
        "You could also buy the refill directly on our website.",
        [MARKETING],
    ),
    reading(
        "marketing-de-in-stock-on-our-homepage",
        "DE",
        "Auf unserer Homepage ist die Farbe noch auf Lager.",
        [MARKETING],
    ),
    reading(
        "marketing-it-address-between-site-and-verb",
        "IT",
        "Sul nostro sito www.lanepregiate.it trova tutti i colori.",
        [MARKETING],
    ),
    reading(
        "marketing-es-address-between-site-and-verb",
        "ES",
        "En nuestra web www.casaluz.es encontrará toda la colección.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-find-in-our-shop-a-window-cut-no-negation",
        "FR",
        "Trouvez les coussins assortis dans notre boutique.",
        [MARKETING],
    ),
    reading(
        "marketing-en-out-of-stock-on-our-website",
        "UK",
        "Sorry, that size is out of stock on our website as well.",
        [],
    ),
    reading(
        "marketing-fr-out-of-stock-on-our-site",
        "FR",
        "Ce modèle est en rupture de stock sur notre site aussi.",
        [],
    ),
    reading("marketing-es-manual-on-our-web", "ES", "El manual lo encontrará en nuestra web.", []),
]

# The seller's web address with what is sold there, without the word shop; a manual there, or
# a carrier's address, is none.
LINKED_RANGES = [
    reading(
        "marketing-en-more-colours-at-an-address",
        "UK",
        "Loads more colours at www.oakandfern.co.uk!",
        [MARKETING],
    ),
    reading(
        "marketing-de-all-models-at-an-address",
        "DE",
        "Alle Modelle sehen Sie unter www.leinenliebe.de.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-accessories-at-an-address",
        "FR",
        "Les accessoires assortis sont sur www.atelier-dumont.fr.",
        [MARKETING],
    ),
    reading(
        "marketing-es-spare-parts-at-an-address",
        "ES",
        "Los repuestos los tiene en www.casaluz.es.",
        [MARKETING],
    ),
    reading(
        "marketing-de-visit-the-address",
        "DE",
        "Schauen Sie gern mal auf www.leinenliebe.de vorbei!",
        [MARKETING],
    ),
    reading(
        "marketing-en-pop-over-to-the-address",
        "UK",
        "Do pop over to www.oakandfern.co.uk some time.",
        [MARKETING],
    ),
    reading(
        "marketing-it-visit-the-address",
        "IT",
        "Visiti www.lanepregiate.it quando vuole.",
        [MARKETING],
    ),
    reading(
        "marketing-en-look-at-a-page-for-the-steps",
        "UK",
        "Have a look at www.oakandfern.co.uk/assembly for the steps.",
        [],
    ),
    reading(
        "marketing-en-manual-at-an-address",
        "UK",
        "The manual can be downloaded at www.oakandfern.co.uk/manual.",
        [],
    ),
    reading(
        "marketing-de-product-manual-on-our-website",
        "DE",
        "Die Produktanleitung finden Sie auch auf unserer Website.",
        [],
    ),
    reading(
        "marketing-it-product-manual-on-our-site",
        "IT",
        "Il manuale del prodotto lo trova sul nostro sito.",
        [],
    ),
    reading(
        "marketing-es-product-manual-on-our-web",
        "ES",
        "Encontrará el manual del producto en nuestra web.",
        [],
    ),
]

NEW_COLLECTIONS = [
    reading(
        "marketing-en-autumn-collection-landed",
        "UK",
        "Our autumn collection has just landed.",
        [MARKETING],
    ),
    reading("marketing-en-latest-designs", "US", "Our latest designs are up now.", [MARKETING]),
    reading(
        "marketing-de-compound-collection-arrived",
        "DE",
        "Unsere Winterkollektion ist eingetroffen!",
        [MARKETING],
    ),
    reading(
        "marketing-de-umlaut-in-the-compound",
        "DE",
        "Die neue Frühlingskollektion ist da.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-season-named-collection",
        "FR",
        "La collection printemps-été vient d'arriver.",
        [MARKETING],
    ),
    reading(
        "marketing-it-new-season",
        "IT",
        "È arrivata la nuova stagione, con tessuti leggeri.",
        [MARKETING],
    ),
    reading(
        "marketing-it-season-named-collection",
        "IT",
        "Ecco la collezione primavera-estate, tutta colorata.",
        [MARKETING],
    ),
    reading(
        "marketing-es-new-season", "ES", "Ya llegó la nueva temporada a la tienda.", [MARKETING]
    ),
    reading(
        "marketing-en-a-courier-collection-is-none",
        "UK",
        "A new collection has been booked with the courier for Tuesday.",
        [],
    ),
    reading(
        "marketing-en-christmas-season-delays",
        "UK",
        "During the Christmas season, deliveries may take a day longer.",
        [],
    ),
    reading(
        "marketing-en-an-order-from-our-summer-range",
        "UK",
        "Your order from our summer range has been dispatched.",
        [],
    ),
    reading(
        "marketing-fr-collection-in-a-product-name",
        "FR",
        "1 × Parure de lit « Collection Printemps » 240×220, motif floral.",
        [],
    ),
    reading(
        "marketing-it-news-about-the-shipment",
        "IT",
        "Ci sono novità sulla spedizione: il corriere passa domani.",
        [],
    ),
    reading(
        "marketing-fr-no-new-collection",
        "FR",
        "Nous ne sortirons pas de nouvelle collection cette année.",
        [],
    ),
]

NEXT_ANYTHING = [
    reading(
        "marketing-en-percent-on-your-next-visit",
        "US",
        "Show this message for 15% off your next visit.",
        [MARKETING],
    ),
    reading(
        "marketing-de-percent-on-your-next-contract",
        "DE",
        "Sie erhalten 5 % auf Ihren nächsten Wartungsvertrag.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-percent-on-your-next-subscription",
        "FR",
        "Bénéficiez de 10 % sur votre prochain abonnement.",
        [MARKETING],
    ),
    reading(
        "marketing-es-percent-on-your-next-booking",
        "ES",
        "Tiene un 10 % en su próxima reserva.",
        [MARKETING],
    ),
    reading(
        "marketing-en-refund-percent-next-step-is-none",
        "UK",
        "We have refunded 20% of the price; the next step is up to you.",
        [],
    ),
]

VOUCHERS_AND_SALES = [
    reading(
        "marketing-en-voucher-with-its-value",
        "UK",
        "As a thank-you for shopping with us, here is a £5 voucher.",
        [MARKETING],
    ),
    reading(
        "marketing-de-voucher-over-an-amount",
        "DE",
        "Zum Dank erhalten Sie einen Gutschein über 15 Euro.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-voucher-of-an-amount", "FR", "Voici un bon de 10 € pour vous.", [MARKETING]
    ),
    reading(
        "marketing-es-discount-voucher", "ES", "Le regalamos un vale de descuento.", [MARKETING]
    ),
    reading(
        "marketing-de-voucher-for-a-review-is-both",
        "DE",
        "Für eine Rezension gibt es einen 10-Euro-Gutschein.",
        [MANIPULATION, MISPLACED, MARKETING],
    ),
    reading(
        "marketing-en-amazon-gift-card-for-a-review-is-no-marketing",
        "US",
        "Leave a review and we'll send you a $10 Amazon gift card.",
        [MANIPULATION, MISPLACED],
    ),
    reading("marketing-fr-sales-have-started", "FR", "Les soldes ont commencé !", [MARKETING]),
    reading("marketing-it-sales-started-inverted", "IT", "Sono partiti i saldi!", [MARKETING]),
    reading("marketing-es-sales-started-inverted", "ES", "¡Ya llegaron las rebajas!", [MARKETING]),
    reading("marketing-de-in-the-sale-now", "DE", "Jetzt im Sale: Kissen und Decken.", [MARKETING]),
    reading(
        "marketing-en-point-of-sale-is-none",
        "UK",
        "The receipt from the point of sale is in the box.",
        [],
    ),
]

# Seasonal offers named, a newsletter by another name.
SEASONAL_OFFERS = [
    reading(
        "marketing-en-seasonal-deals", "US", "Our holiday deals go live on Friday.", [MARKETING]
    ),
    reading(
        "marketing-de-seasonal-campaign", "DE", "Die Osteraktion läuft bis Montag.", [MARKETING]
    ),
    reading("marketing-fr-seasonal-offers", "FR", "Les promos d'été sont en ligne.", [MARKETING]),
    reading(
        "marketing-it-seasonal-offers",
        "IT",
        "Le promozioni estive durano fino a domenica.",
        [MARKETING],
    ),
    reading(
        "marketing-es-flash-offers",
        "ES",
        "Esta semana hay ofertas relámpago en la tienda.",
        [MARKETING],
    ),
    reading("marketing-de-infobrief", "DE", "Unser Infobrief erscheint monatlich.", [MARKETING]),
    reading(
        "marketing-en-weekend-delivery-is-no-offer",
        "UK",
        "Weekend delivery is not available in your area.",
        [],
    ),
]

# A code entered at checkout, an amount off with a minus sign, a discount named with its value.
CHECKOUT_CODES = [
    reading(
        "marketing-en-code-at-checkout",
        "US",
        "Enter SPRING5 at checkout as your code.",
        [MARKETING],
    ),
    reading(
        "marketing-de-code-in-the-basket",
        "DE",
        "Im Warenkorb einfach den Code FRUEHLING eingeben.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-code-in-the-basket",
        "FR",
        "Saisissez le code PRINTEMPS dans votre panier.",
        [MARKETING],
    ),
    reading(
        "marketing-it-code-at-the-till",
        "IT",
        "Alla cassa inserisca il codice PRIMAVERA.",
        [MARKETING],
    ),
    reading(
        "marketing-es-code-when-paying",
        "ES",
        "Escriba el código PRIMAVERA al finalizar la compra.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-amount-off-with-a-minus", "FR", "Profitez de -5 € sur la bougie.", [MARKETING]
    ),
    reading("marketing-de-discount-with-its-value", "DE", "Ihr Rabatt: 15 Euro.", [MARKETING]),
    reading(
        "marketing-en-access-code-is-the-product",
        "UK",
        "Your activation code is ABCD-1234; enter it in the app.",
        [],
    ),
    reading(
        "marketing-en-warranty-code-on-the-box",
        "UK",
        "Please enter the code on the box to register the warranty.",
        [],
    ),
]

MULTI_BUY = [
    reading("marketing-en-buy-two-get-one", "UK", "Buy 2, get 1 free on every mug.", [MARKETING]),
    reading(
        "marketing-de-three-for-two", "DE", "Im März gilt 3 für 2 auf alle Tassen.", [MARKETING]
    ),
    reading(
        "marketing-fr-three-bought-one-free",
        "FR",
        "2 achetés, 1 offert sur les tasses.",
        [MARKETING],
    ),
    reading("marketing-it-take-three-pay-two", "IT", "Prendi 3 paghi 2 sulle tazze.", [MARKETING]),
    reading("marketing-es-three-for-two", "ES", "Este mes, 3x2 en todas las tazas.", [MARKETING]),
    reading("marketing-es-a-size-is-no-deal", "ES", "La caja mide 3x2 cm.", []),
    reading("marketing-it-a-size-is-no-deal", "IT", "Il tappeto misura 2 x 1 metri.", []),
]

CLUBS = [
    reading(
        "marketing-de-become-a-member",
        "DE",
        "Werden Sie Mitglied in unserem Kundenclub.",
        [MARKETING],
    ),
    reading("marketing-fr-become-a-member", "FR", "Devenez membre de notre club.", [MARKETING]),
    reading("marketing-it-become-a-member", "IT", "Diventi membro del nostro club.", [MARKETING]),
    reading("marketing-es-become-a-member", "ES", "Hágase socio de nuestro club.", [MARKETING]),
    reading(
        "marketing-en-royal-mail-asks-for-a-signature",
        "UK",
        "Royal Mail will ask you to sign for the parcel.",
        [],
    ),
    reading(
        "marketing-en-mailing-list-still-a-list",
        "UK",
        "Join our mailing list to hear about restocks.",
        [MARKETING],
    ),
]

# Round 5 (issue 10): a club, list or insiders' circle with early access or a preview as its
# perk, joined without a joining verb ("be on the list", "clients like you are in our club").
EARLY_ACCESS = [
    reading(
        "marketing-en-insiders-early-access",
        "UK",
        "Reply YES and you're on our insiders list, with early access to every new batch.",
        [MARKETING],
    ),
    reading(
        "marketing-de-vip-list-earlier-access",
        "DE",
        "Auf unserer VIP-Liste bekommen Sie vorab Zugang zu den neuen Stücken.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-vip-list-preview",
        "FR",
        "Dites-nous oui pour être sur la liste VIP et voir en avant-première les nouveautés.",
        [MARKETING],
    ),
    reading(
        "marketing-it-club-enters-preview",
        "IT",
        "Chi compra da noi entra nel nostro club e riceve in anteprima le miscele nuove.",
        [MARKETING],
    ),
    reading(
        "marketing-es-vip-list-early-access",
        "ES",
        "Si quiere estar en nuestra lista VIP, tendrá acceso anticipado a las novedades.",
        [MARKETING],
    ),
    reading(
        "marketing-en-club-in-a-product-name",
        "US",
        "Your Breakfast Club poster ships tomorrow in a rigid tube.",
        [],
    ),
    reading(
        "marketing-de-packing-list-is-no-list-to-join",
        "DE",
        "Die Packliste liegt dem Paket bei, bitte prüfen Sie zuerst die Anzahl der Schrauben.",
        [],
    ),
    reading(
        "marketing-fr-early-delivery-is-no-perk",
        "FR",
        "La liste des pièces est jointe ; la livraison anticipée est prévue lundi.",
        [],
    ),
]

# A drop (a limited release) announced: "our next drop", "notre prochain drop".
NEXT_DROP = [
    reading(
        "marketing-en-our-next-drop",
        "US",
        "Our next drop lands in March, keep an eye out!",
        [MARKETING],
    ),
    reading(
        "marketing-de-next-drop",
        "DE",
        "Unser nächster Drop kommt im Januar.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-next-drop",
        "FR",
        "Notre prochain drop arrive en décembre.",
        [MARKETING],
    ),
    reading(
        "marketing-it-next-drop",
        "IT",
        "Il nostro prossimo drop esce a gennaio.",
        [MARKETING],
    ),
    reading(
        "marketing-es-next-drop",
        "ES",
        "Nuestro próximo drop sale en enero.",
        [MARKETING],
    ),
    reading(
        "marketing-en-drop-off-is-no-drop",
        "UK",
        "Next, drop the parcel off at any Post Office counter.",
        [],
    ),
]

# The whole range to come and see, without "our shop": "come and see the whole range",
# "venez voir toute la gamme", "das ganze Sortiment".
WHOLE_RANGE = [
    reading(
        "marketing-en-come-see-the-whole-range",
        "UK",
        "Come and see the whole range at our workshop in Leeds.",
        [MARKETING],
    ),
    reading(
        "marketing-de-whole-range-visit",
        "DE",
        "Schauen Sie doch mal vorbei und stöbern Sie durch das ganze Sortiment.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-come-see-the-whole-range",
        "FR",
        "Venez découvrir toute la gamme dans notre atelier.",
        [MARKETING],
    ),
    reading(
        "marketing-it-come-see-the-whole-range",
        "IT",
        "Vieni a scoprire tutta la gamma nel nostro laboratorio.",
        [MARKETING],
    ),
    reading(
        "marketing-es-discover-the-whole-range",
        "ES",
        "Venga a descubrir toda la gama en nuestro taller.",
        [MARKETING],
    ),
    reading(
        "marketing-en-full-range-of-sizes-in-the-chart",
        "US",
        "You can see the full range of sizes in the chart on the listing.",
        [],
    ),
    reading(
        "marketing-de-whole-range-sold-out",
        "DE",
        "Leider ist das ganze Sortiment an Wintermützen bis Januar ausverkauft.",
        [],
    ),
]

# "Friends and family" as a deal's name, not PayPal's option.
FRIENDS_AND_FAMILY = [
    reading(
        "marketing-en-friends-and-family-rate",
        "US",
        "Our friends-and-family rate is open to anyone you send our way this month.",
        [MARKETING],
    ),
    reading(
        "marketing-de-friends-and-family-discount",
        "DE",
        "Mit unserem Freunde-und-Familie-Rabatt sparen auch Ihre Liebsten.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-friends-and-family-offer",
        "FR",
        "Profitez de notre offre amis et famille jusqu'à dimanche.",
        [MARKETING],
    ),
    reading(
        "marketing-it-friends-and-family-discount",
        "IT",
        "C'è uno sconto amici e parenti per tutto il mese.",
        [MARKETING],
    ),
    reading(
        "marketing-es-friends-and-family-offer",
        "ES",
        "Tenemos una oferta para amigos y familiares todo el mes.",
        [MARKETING],
    ),
    reading(
        "marketing-es-gift-for-friends-and-family",
        "ES",
        "La caja es un regalo perfecto para amigos y familia.",
        [],
    ),
]

# A discount named that is the buyer's already, or one the seller declines to give.
DISCOUNT_NOT_OFFERED = [
    reading(
        "marketing-en-discount-already-applied",
        "UK",
        "The 10% discount has already been applied to this order.",
        [],
    ),
    reading(
        "marketing-de-discount-already-deducted",
        "DE",
        "Der Rabatt von 10 % wurde bereits von Ihrer Bestellung abgezogen.",
        [],
    ),
    reading(
        "marketing-fr-discount-already-applied",
        "FR",
        "La remise de 10 % a déjà été appliquée à votre commande.",
        [],
    ),
    reading(
        "marketing-it-coupon-you-used",
        "IT",
        "Il coupon che ha usato su Amazon compare in fattura come riga a parte.",
        [],
    ),
    reading(
        "marketing-es-discount-already-applied",
        "ES",
        "El descuento del 10 % ya se aplicó a su pedido.",
        [],
    ),
    reading(
        "marketing-en-unable-to-offer-a-code",
        "US",
        "Unfortunately we are unable to offer discount codes on sale items.",
        [],
    ),
    reading(
        "marketing-en-cannot-give-a-voucher",
        "UK",
        "We cannot issue a discount code for this order, sorry.",
        [],
    ),
    reading(
        "marketing-en-no-additional-cost",
        "UK",
        "The replacement comes at no additional cost and ships free of charge today.",
        [],
    ),
    reading(
        "marketing-en-code-for-the-next-order-still-offered",
        "UK",
        "Your 10% discount is applied, and here is a code for 15% off your next order.",
        [MARKETING],
    ),
]

# More of round 5's kinds in other words: a release or next collection, a community or circle
# with previews, and the near-misses: declined codes, product names, a discount on an invoice.
MORE_PARAPHRASES = [
    reading(
        "marketing-en-our-next-release",
        "US",
        "Our next release lands in March.",
        [MARKETING],
    ),
    reading(
        "marketing-de-next-collection",
        "DE",
        "Die nächste Kollektion kommt im Februar.",
        [MARKETING],
    ),
    reading(
        "marketing-it-community-previews",
        "IT",
        "Entra nella nostra community: anteprime e prezzi riservati.",
        [MARKETING],
    ),
    reading(
        "marketing-es-vip-circle-presale",
        "ES",
        "Forme parte de nuestro círculo VIP y acceda antes que nadie a la preventa.",
        [MARKETING],
    ),
    reading(
        "marketing-de-regulars-club-perks",
        "DE",
        "Im Stammkundenclub gibt es exklusive Vorteile.",
        [MARKETING],
    ),
    reading(
        "marketing-de-declines-a-code",
        "DE",
        "Einen Rabattcode können wir Ihnen leider nicht anbieten.",
        [],
    ),
    reading(
        "marketing-fr-declines-a-code",
        "FR",
        "Nous ne proposons malheureusement pas de code promo.",
        [],
    ),
    reading(
        "marketing-it-declines-a-code",
        "IT",
        "Purtroppo non possiamo offrire codici sconto.",
        [],
    ),
    reading(
        "marketing-es-declines-a-code",
        "ES",
        "Lamentablemente no podemos ofrecer códigos de descuento.",
        [],
    ),
    reading(
        "marketing-en-sale-in-a-product-name",
        "UK",
        "The Sale Away sailing mug ships today.",
        [],
    ),
    reading(
        "marketing-fr-club-in-a-product-name",
        "FR",
        "Votre t-shirt Club Med Vintage est expédié.",
        [],
    ),
    reading(
        "marketing-it-star-club-product-name",
        "IT",
        "La sua maglietta Star Club è stata spedita.",
        [],
    ),
    reading(
        "marketing-es-club-in-a-product-name",
        "ES",
        "Su camiseta Club Social Estrella ya está en camino.",
        [],
    ),
    reading(
        "marketing-en-vip-in-a-product-name",
        "US",
        "Your order of the VIP Lounge rope barrier has shipped.",
        [],
    ),
    reading(
        "marketing-de-invoice-discount-deducted",
        "DE",
        "Die Rechnung weist den Rabatt von 5 % aus, der bereits beim Kauf abgezogen wurde.",
        [],
    ),
    reading(
        "marketing-it-invoice-discount-applied",
        "IT",
        "La fattura riporta lo sconto del 10% applicato al suo ordine.",
        [],
    ),
    reading(
        "marketing-es-invoice-discount-applied",
        "ES",
        "En la factura figura el descuento del 10 % aplicado a su pedido.",
        [],
    ),
    reading(
        "marketing-fr-invoice-discount-applied",
        "FR",
        "La facture indique la remise de 10 % appliquée à votre commande.",
        [],
    ),
    reading(
        "marketing-en-invoice-discount-applied",
        "UK",
        "The invoice shows the 10% discount applied to your order.",
        [],
    ),
    reading(
        "marketing-it-discount-on-the-next-order-still-offered",
        "IT",
        "Lo sconto del 10% sarà applicato al suo prossimo ordine.",
        [MARKETING],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    FOLLOW_US
    + REFERRALS
    + SELLING_WEBSITE
    + LINKED_RANGES
    + NEW_COLLECTIONS
    + NEXT_ANYTHING
    + VOUCHERS_AND_SALES
    + SEASONAL_OFFERS
    + CHECKOUT_CODES
    + MULTI_BUY
    + CLUBS
    + EARLY_ACCESS
    + NEXT_DROP
    + WHOLE_RANGE
    + FRIENDS_AND_FAMILY
    + DISCOUNT_NOT_OFFERED
    + MORE_PARAPHRASES,
)
def test_marketing_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
