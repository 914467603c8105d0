"""The marketing, cancellation and payment rules on kinds of wording the seventh blind round
found (issue 10), each kind in the five languages, with the near-misses it must allow.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import CANCEL, MARKETING, PAYMENT, reading, wording_rules

# More of the seller's products praised to the buyer: "you'll love our matching napkins",
# "découvrez aussi nos bougies"; not the bought item hoped to please, nor a manual discovered.
CROSS_SELL = [
    reading(
        "marketing-en-you-will-love-our-matching",
        "US",
        "You will love our matching napkins too, they come in six colours.",
        [MARKETING],
    ),
    reading(
        "marketing-en-discover-our-other-products",
        "US",
        "Discover our other candles on Amazon as well.",
        [MARKETING],
    ),
    reading(
        "marketing-en-you-might-like-our",
        "US",
        "You might like our matching teapot as well.",
        [MARKETING],
    ),
    reading(
        "marketing-de-our-products-will-please-you",
        "DE",
        "Unsere passenden Untersetzer gefallen Ihnen sicher auch.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-discover-our-products-too",
        "FR",
        "Découvrez aussi nos bougies parfumées, idéales pour Noël !",
        [MARKETING],
    ),
    reading(
        "marketing-fr-you-will-like-our",
        "FR",
        "Vous aimerez sûrement nos sets de table assortis.",
        [MARKETING],
    ),
    reading(
        "marketing-it-discover-our-products-too",
        "IT",
        "Scopri anche le nostre tazze abbinate!",
        [MARKETING],
    ),
    reading(
        "marketing-it-you-will-like-our",
        "IT",
        "Le piaceranno anche i nostri sottobicchieri.",
        [MARKETING],
    ),
    reading(
        "marketing-es-discover-our-products-too",
        "ES",
        "Descubre también nuestras velas aromáticas.",
        [MARKETING],
    ),
    reading(
        "marketing-es-you-will-love-our",
        "ES",
        "Le encantarán nuestros posavasos a juego.",
        [MARKETING],
    ),
    reading(
        "marketing-en-hope-you-love-the-order-allowed", "US", "We hope you love your new mug.", []
    ),
    reading(
        "marketing-en-discover-how-in-the-manual-allowed",
        "US",
        "Discover how to clean the filter in the manual.",
        [],
    ),
    reading(
        "marketing-de-hope-it-pleases-allowed", "DE", "Wir hoffen, die Tasse gefällt Ihnen.", []
    ),
    reading(
        "marketing-de-our-delivery-surely-allowed",
        "DE",
        "Unsere Lieferung wird Ihnen sicher morgen zugestellt.",
        [],
    ),
    reading(
        "marketing-fr-discover-the-notice-allowed",
        "FR",
        "Découvrez la notice de montage ci-jointe.",
        [],
    ),
    reading(
        "marketing-fr-hope-you-like-your-lamp-allowed",
        "FR",
        "Nous espérons que vous aimerez votre nouvelle lampe.",
        [],
    ),
    reading(
        "marketing-it-discover-in-the-video-allowed",
        "IT",
        "Scopra come montare il tavolo nel video allegato.",
        [],
    ),
    reading(
        "marketing-es-discover-in-the-video-allowed",
        "ES",
        "Descubra cómo montar la silla en el vídeo.",
        [],
    ),
    reading(
        "marketing-es-hope-you-love-it-allowed",
        "ES",
        "Esperamos que le encante su nueva lámpara.",
        [],
    ),
    reading(
        "marketing-en-explore-our-help-pages-allowed",
        "US",
        "Please explore our help pages for setup tips.",
        [],
    ),
    reading(
        "marketing-en-enjoy-our-product-allowed",
        "US",
        "We are sure you will enjoy our product.",
        [],
    ),
    reading(
        "marketing-de-our-tips-please-you-allowed", "DE", "Unsere Tipps gefallen Ihnen sicher.", []
    ),
    reading(
        "marketing-fr-discover-our-care-tips-allowed",
        "FR",
        "Découvrez nos conseils d'entretien dans la notice.",
        [],
    ),
    reading(
        "marketing-it-discover-our-instructions-allowed",
        "IT",
        "Scopri le nostre istruzioni nel video.",
        [],
    ),
    reading(
        "marketing-es-you-will-love-our-care-tips-allowed",
        "ES",
        "Le encantarán nuestros consejos de cuidado.",
        [],
    ),
]

# The seller's offers not to miss, seasonal offers; not a delivery not to miss.
OFFERS_NOT_TO_MISS = [
    reading(
        "marketing-en-do-not-miss-our-seasonal-deals",
        "US",
        "Do not miss our seasonal deals this month!",
        [MARKETING],
    ),
    reading(
        "marketing-de-do-not-miss-our-season-offers",
        "DE",
        "Verpassen Sie nicht unsere Saisonangebote!",
        [MARKETING],
    ),
    reading(
        "marketing-fr-do-not-miss-our-season-offers",
        "FR",
        "Ne manquez pas nos offres de saison en boutique.",
        [MARKETING],
    ),
    reading(
        "marketing-it-do-not-miss-our-season-offers",
        "IT",
        "Non perderti le nostre offerte di stagione!",
        [MARKETING],
    ),
    reading(
        "marketing-es-do-not-miss-our-season-offers",
        "ES",
        "No te pierdas nuestras ofertas de temporada.",
        [MARKETING],
    ),
    reading(
        "marketing-en-do-not-miss-the-delivery-allowed",
        "US",
        "Please do not miss the courier tomorrow, he needs a signature.",
        [],
    ),
    reading(
        "marketing-fr-do-not-miss-the-courier-allowed",
        "FR",
        "Ne manquez pas le passage du livreur demain matin.",
        [],
    ),
    reading(
        "marketing-es-do-not-miss-the-courier-allowed",
        "ES",
        "No se pierda la entrega de mañana, el mensajero necesita una firma.",
        [],
    ),
]

# A perk of the seller's own shop (free shipping there) and what it also sells; not
# Amazon's free delivery, a manual on the website, a part found in the store room.
OWN_SHOP_PERKS = [
    reading(
        "marketing-en-free-shipping-on-our-own-shop",
        "US",
        "Free shipping on orders over $50 at our own web shop.",
        [MARKETING],
    ),
    reading(
        "marketing-de-free-shipping-in-our-shop",
        "DE",
        "Versandkostenfrei ab 40 € in unserem eigenen Shop.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-free-shipping-on-our-site",
        "FR",
        "Livraison offerte dès 50 € sur notre site.",
        [MARKETING],
    ),
    reading(
        "marketing-it-free-shipping-on-our-site",
        "IT",
        "Spedizione gratuita sopra i 49 € sul nostro sito.",
        [MARKETING],
    ),
    reading(
        "marketing-es-free-shipping-on-our-site",
        "ES",
        "Envío gratis desde 40 € en nuestra web.",
        [MARKETING],
    ),
    reading(
        "marketing-en-we-also-sell-it-in-our-online-shop",
        "US",
        "We also sell the refill packs in our online shop.",
        [MARKETING],
    ),
    reading(
        "marketing-de-in-our-online-shop-we-have",
        "DE",
        "In unserem Onlineshop haben wir auch die große Packung.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-we-have-it-on-our-online-shop",
        "FR",
        "Nous avons aussi le format 1 kg sur notre boutique en ligne.",
        [MARKETING],
    ),
    reading(
        "marketing-it-on-our-site-we-have",
        "IT",
        "Sul nostro sito abbiamo anche la confezione da 1 kg.",
        [MARKETING],
    ),
    reading(
        "marketing-es-in-our-online-shop-we-have",
        "ES",
        "En nuestra tienda online tenemos también el pack de 3.",
        [MARKETING],
    ),
    reading(
        "marketing-en-amazon-free-delivery-allowed",
        "US",
        "Amazon offers free delivery on orders over $35.",
        [],
    ),
    reading(
        "marketing-en-manual-on-our-website-allowed",
        "US",
        "You can find the instructions on our website.",
        [],
    ),
    reading(
        "marketing-en-found-in-our-store-room-allowed",
        "US",
        "We found the missing part in our store room and shipped it.",
        [],
    ),
    reading(
        "marketing-de-found-in-our-warehouse-allowed",
        "DE",
        "In unserem Lager haben wir noch ein Ersatzteil gefunden.",
        [],
    ),
    reading(
        "marketing-en-checked-in-our-shop-allowed",
        "US",
        "In our shop we have checked the item again.",
        [],
    ),
    reading(
        "marketing-de-checked-in-our-shop-allowed",
        "DE",
        "In unserem Shop haben wir das Teil nochmals geprüft.",
        [],
    ),
    reading(
        "marketing-fr-checked-on-our-site-allowed",
        "FR",
        "Nous avons vérifié votre commande sur notre site.",
        [],
    ),
    reading(
        "marketing-de-we-also-have-it-in-our-online-shop",
        "DE",
        "Wir haben übrigens auch die 1-kg-Packung in unserem Onlineshop.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-notice-on-our-site-allowed",
        "FR",
        "Vous trouverez la notice sur notre site.",
        [],
    ),
    reading("marketing-it-manual-on-our-site-allowed", "IT", "Il manuale è sul nostro sito.", []),
    reading("marketing-es-manual-on-our-site-allowed", "ES", "El manual está en nuestra web.", []),
]

# A company's entry in the register (Italian imprint) is no list joined.
REGISTERED = [
    reading(
        "marketing-it-company-register-allowed",
        "IT",
        "Iscritta al Registro Imprese di Milano, REA MI-123456.",
        [],
    ),
    reading(
        "marketing-it-register-to-the-newsletter",
        "IT",
        "Si registri alla nostra newsletter per avere il 10 % di sconto.",
        [MARKETING],
    ),
]

# Card details asked for by their parts (number, last digits, expiry, holder); not the card a
# refund goes back to, nor a parcel's number.
CARD_NAMED = [
    reading(
        "payment_details-en-last-digits-and-expiry-of-card",
        "US",
        "Please send us the last four digits of your card and its expiry date.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-digits-of-your-card",
        "DE",
        "Bitte nennen Sie uns die letzten vier Ziffern Ihrer Kreditkarte.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-number-of-your-card",
        "FR",
        "Merci de nous indiquer le numéro de votre carte et sa date d'expiration.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-digits-of-your-card",
        "FR",
        "Merci de nous communiquer les 4 derniers chiffres de votre carte.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-number-of-the-card",
        "IT",
        "Ci indichi il numero della carta usata per il pagamento.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-details-of-the-card",
        "IT",
        "Ci servono gli estremi della carta e il nome del titolare.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-digits-of-your-card",
        "ES",
        "Indíquenos los últimos 4 dígitos de su tarjeta.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-number-of-the-card",
        "ES",
        "Envíenos el número de la tarjeta con la que pagó.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-refund-to-the-card-allowed",
        "US",
        "The refund goes back to the card you used, we never need its number.",
        [],
    ),
    reading(
        "payment_details-de-refund-to-the-card-allowed",
        "DE",
        "Die Erstattung erfolgt automatisch auf die Karte, mit der Sie bezahlt haben.",
        [],
    ),
    reading(
        "payment_details-de-number-of-the-parcel-allowed",
        "DE",
        "Die Nummer Ihrer Sendung finden Sie unten.",
        [],
    ),
    reading(
        "payment_details-fr-refund-to-the-card-allowed",
        "FR",
        "Le remboursement sera crédité sur la carte utilisée pour la commande.",
        [],
    ),
    reading(
        "payment_details-it-refund-to-the-card-allowed",
        "IT",
        "Il rimborso arriverà sulla carta usata per l'acquisto.",
        [],
    ),
    reading(
        "payment_details-es-refund-to-the-card-allowed",
        "ES",
        "El reembolso llegará a la tarjeta con la que pagó.",
        [],
    ),
    reading("payment_details-es-order-number-allowed", "ES", "Su número de pedido es 123.", []),
    reading(
        "payment_details-en-gift-card-number-allowed",
        "US",
        "Please send us the number on the back of your gift card.",
        [],
    ),
    reading(
        "payment_details-de-customer-card-number-allowed",
        "DE",
        "Nennen Sie uns die Nummer Ihrer Kundenkarte.",
        [],
    ),
    reading(
        "payment_details-fr-loyalty-card-number-allowed",
        "FR",
        "Merci d'indiquer le numéro de votre carte de fidélité pour les points.",
        [],
    ),
    reading(
        "payment_details-it-loyalty-card-number-allowed",
        "IT",
        "Ci indichi il numero della carta fedeltà per i punti.",
        [],
    ),
    reading(
        "payment_details-es-gift-card-number-allowed",
        "ES",
        "Indique el número de la tarjeta regalo que recibió.",
        [],
    ),
]

# The rest of a price sent to the seller ("si nos paga la diferencia"); not a difference
# refunded by Amazon or by the seller.
BALANCE_SENT = [
    reading(
        "payment_details-en-send-us-the-balance",
        "US",
        "If you send us the balance, we ship the second box.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-send-us-the-balance",
        "FR",
        "Merci de nous envoyer le solde de 30 € pour la seconde livraison.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-send-the-difference",
        "IT",
        "Può inviare la differenza di 12 euro per completare l'ordine?",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-asked-to-send-the-balance",
        "IT",
        "La preghiamo di inviare il saldo di 40 € come concordato.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-pay-us-the-difference",
        "ES",
        "Si nos paga la diferencia, le enviamos el modelo grande.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-send-us-the-rest",
        "ES",
        "Si nos envía el resto, son 12 €, le mandamos también las brocas.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-amazon-refunds-the-difference-allowed",
        "US",
        "Amazon refunds the difference to the card you paid with.",
        [],
    ),
    reading(
        "payment_details-fr-we-send-the-difference-allowed",
        "FR",
        "Nous allons vous envoyer la différence sous forme de remboursement Amazon.",
        [],
    ),
    reading(
        "payment_details-it-amazon-refunds-the-difference-allowed",
        "IT",
        "Amazon le rimborserà la differenza.",
        [],
    ),
    reading(
        "payment_details-it-we-send-the-difference-allowed",
        "IT",
        "Le invieremo la differenza con un rimborso tramite Amazon.",
        [],
    ),
    reading(
        "payment_details-es-we-return-the-difference-allowed",
        "ES",
        "Le devolvemos la diferencia a través de Amazon.",
        [],
    ),
]

# The seller needing the buyer's cancellation ("we'd need you to cancel", "ci servirebbe che
# annullassi"); not the seller needing to cancel.
CANCEL_NEEDED = [
    reading(
        "cancel_request-en-we-would-need-you-to-cancel",
        "US",
        "We would need you to cancel the order, the fabric is sold out.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-we-request-you-to-cancel",
        "DE",
        "Wir ersuchen Sie, die Bestellung zu stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-we-would-need-that-you-cancel",
        "DE",
        "Wir bräuchten, dass Sie die Bestellung stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-we-need-that-you-cancel",
        "FR",
        "Nous avons besoin que vous annuliez la commande.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-we-would-need-you-to-cancel",
        "IT",
        "Ci servirebbe che annullassi tu l'ordine, il prodotto si è rotto.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-we-would-need-you-to-cancel",
        "ES",
        "Necesitaríamos que cancele el pedido, el producto está agotado.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-we-need-to-cancel-allowed",
        "US",
        "We need to cancel your order because the fabric is sold out.",
        [],
    ),
    reading(
        "cancel_request-de-we-must-cancel-allowed",
        "DE",
        "Wir müssen Ihre Bestellung leider stornieren.",
        [],
    ),
    reading(
        "cancel_request-fr-we-need-to-cancel-allowed",
        "FR",
        "Nous avons besoin d'annuler votre commande.",
        [],
    ),
    reading(
        "cancel_request-it-we-need-to-cancel-allowed",
        "IT",
        "Ci serve annullare l'ordine, il prodotto si è rotto.",
        [],
    ),
    reading(
        "cancel_request-es-we-need-to-cancel-allowed",
        "ES",
        "Necesitamos cancelar su pedido porque el producto está agotado.",
        [],
    ),
]

# The buyer told to click, tap or press the cancel button; not the seller who clicked it.
CANCEL_CLICKED = [
    reading(
        "cancel_request-en-click-cancel-items",
        "US",
        "Click Cancel items in Your Orders and we will confirm it.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-click-cancel-items",
        "DE",
        "Klicken Sie in Ihren Bestellungen auf Artikel stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-click-cancel-items",
        "FR",
        "Cliquez sur « Annuler des articles » dans Vos commandes.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-click-cancel-items",
        "IT",
        "Clicchi su Annulla articoli nella pagina I miei ordini.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-click-cancel-items",
        "ES",
        "Haga clic en Cancelar productos en Mis pedidos.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-press-the-cancel-button",
        "ES",
        "Pulse el botón Cancelar pedido en su cuenta.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-press-the-cancel-button",
        "US",
        "Press the Cancel button in Your Orders, please.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-tap-cancel-items",
        "US",
        "Just tap Cancel items in the app and it is done.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-we-clicked-cancel-allowed",
        "US",
        "We clicked Cancel order on our side, so you need not do anything.",
        [],
    ),
    reading(
        "cancel_request-de-we-clicked-cancel-allowed",
        "DE",
        "Wir haben in Ihrer Bestellung auf Artikel stornieren geklickt.",
        [],
    ),
    reading(
        "cancel_request-it-we-clicked-cancel-allowed",
        "IT",
        "Abbiamo cliccato su Annulla ordine, non deve fare nulla.",
        [],
    ),
    reading(
        "cancel_request-es-we-clicked-cancel-allowed",
        "ES",
        "Hicimos clic en Cancelar pedido, no tiene que hacer nada.",
        [],
    ),
]

# "Without a problem", "no doubt" negate nothing: the cancellation stays asked for; not the
# seller who cancelled without a problem.
WITHOUT_A_DOUBT = [
    reading(
        "cancel_request-en-cancel-without-a-problem",
        "US",
        "You can cancel without a problem if the date does not suit you.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-cancel-without-problems",
        "DE",
        "Sie können ohne Probleme stornieren, wenn Ihnen der Termin nicht passt.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-cancel-without-a-problem",
        "FR",
        "Vous pouvez annuler sans problème si le délai ne vous convient pas.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-no-doubt-better-to-cancel",
        "FR",
        "Il serait sans doute préférable que vous annuliez votre commande.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-cancel-without-problems",
        "IT",
        "Può annullare senza problemi se la data non le va bene.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-no-doubt-better-to-cancel",
        "IT",
        "Senza dubbio sarebbe meglio che lei annullasse l'ordine.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-cancel-without-a-problem",
        "ES",
        "Puede cancelar sin problema si la fecha no le conviene.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-no-doubt-better-to-cancel",
        "ES",
        "Sin duda sería mejor que cancelara el pedido.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-no-doubt-amazon-cancels-allowed",
        "FR",
        "Sans doute la commande sera annulée automatiquement par Amazon.",
        [],
    ),
    reading(
        "cancel_request-fr-we-cancelled-without-a-problem-allowed",
        "FR",
        "Nous avons annulé la commande sans problème, rien à faire de votre côté.",
        [],
    ),
    reading(
        "cancel_request-it-we-cancelled-without-problems-allowed",
        "IT",
        "Abbiamo annullato l'ordine senza problemi, non deve fare nulla.",
        [],
    ),
    reading(
        "cancel_request-es-we-cancelled-without-a-problem-allowed",
        "ES",
        "Cancelamos el pedido sin problema, no tiene que hacer nada.",
        [],
    ),
]

# A cancellation supposed ("once you have cancelled") in a sentence that offers a new
# listing to buy instead; not the refund that follows it.
CANCELLED_FOR_A_LISTING = [
    reading(
        "cancel_request-en-once-cancelled-a-new-listing",
        "US",
        "Once you have cancelled, we will sell it to you via a new listing.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-once-cancelled-a-new-offer",
        "DE",
        "Sobald Sie die Bestellung storniert haben, schicken wir Ihnen das "
        "Nachfolgemodell als neues Angebot.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-once-cancelled-a-new-listing",
        "FR",
        "Une fois que vous avez annulé, nous vous enverrons une nouvelle annonce au même prix.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-once-cancelled-a-new-listing",
        "IT",
        "Una volta che lei ha annullato, le mandiamo una nuova inserzione allo stesso prezzo.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-once-cancelled-a-new-listing",
        "ES",
        "Una vez que usted haya cancelado, le enviamos un nuevo anuncio al mismo precio.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-once-cancelled-amazon-refunds-allowed",
        "US",
        "Once you have cancelled, Amazon refunds you within a few days.",
        [],
    ),
    reading(
        "cancel_request-de-once-cancelled-amazon-refunds-allowed",
        "DE",
        "Sobald Sie die Bestellung storniert haben, erstattet Amazon den Betrag.",
        [],
    ),
    reading(
        "cancel_request-fr-once-cancelled-amazon-refunds-allowed",
        "FR",
        "Une fois que vous avez annulé, Amazon vous rembourse sous 48 h.",
        [],
    ),
    reading(
        "cancel_request-it-once-cancelled-amazon-refunds-allowed",
        "IT",
        "Una volta che lei ha annullato, Amazon la rimborsa in pochi giorni.",
        [],
    ),
    reading(
        "cancel_request-es-once-cancelled-amazon-refunds-allowed",
        "ES",
        "Una vez que usted haya cancelado, Amazon le reembolsa en unos días.",
        [],
    ),
    reading(
        "cancel_request-en-cancelled-listing-stays-online-allowed",
        "US",
        "If you have already cancelled, the listing stays online for other buyers.",
        [],
    ),
    reading(
        "cancel_request-de-cancelled-offer-available-again-allowed",
        "DE",
        "Wenn Sie die Bestellung storniert haben, ist das Angebot wieder verfügbar.",
        [],
    ),
    reading(
        "cancel_request-fr-cancelled-listing-stays-online-allowed",
        "FR",
        "Si vous avez déjà annulé, l'annonce reste en ligne.",
        [],
    ),
]

# A cancellation supposed as done by the buyer ("if the order were cancelled by you", "par vos
# soins") or that the seller gains by ("simpler for us if you cancelled"); not one the buyer
# did, nor the seller's own.
CANCELLED_BY_YOU = [
    reading(
        "cancel_request-en-simpler-for-us-if-cancelled-by-you",
        "US",
        "It would be simpler for us if the order were cancelled by you.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-simpler-for-us-if-you-cancelled",
        "US",
        "It would be simpler for us if you cancelled the order.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-simpler-for-us-if-cancelled-by-you",
        "FR",
        "Ce serait plus simple pour nous si la commande était annulée par vos soins.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-simpler-for-us-if-you-cancelled",
        "FR",
        "Ce serait plus simple pour nous si vous annuliez la commande.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-simpler-for-us-if-cancelled-by-you",
        "IT",
        "Sarebbe più semplice per noi se l'ordine fosse annullato da lei.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-easier-for-us-if-cancelled-by-you",
        "ES",
        "Sería más fácil para nosotros si el pedido fuera cancelado por usted.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-easier-for-us-if-you-cancel",
        "DE",
        "Es wäre für uns einfacher, wenn Sie die Bestellung stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-cancelled-by-you-yesterday-allowed",
        "US",
        "The order was cancelled by you yesterday, so no refund is needed from us.",
        [],
    ),
    reading(
        "cancel_request-en-if-cancelled-by-you-amazon-refunds-allowed",
        "US",
        "If the order was cancelled by you, the refund comes from Amazon.",
        [],
    ),
    reading(
        "cancel_request-en-easier-for-us-we-cancel-allowed",
        "US",
        "It would be easier for us if we cancelled the order ourselves.",
        [],
    ),
    reading(
        "cancel_request-en-thanks-for-patience-we-cancel-allowed",
        "US",
        "Thanks for your patience, we will cancel the order today.",
        [],
    ),
    reading(
        "cancel_request-de-cancelled-by-you-allowed",
        "DE",
        "Die Bestellung wurde von Ihnen storniert, die Erstattung läuft.",
        [],
    ),
    reading(
        "cancel_request-it-cancelled-by-you-allowed",
        "IT",
        "L'ordine è stato annullato da lei ieri, il rimborso è in corso.",
        [],
    ),
    reading(
        "cancel_request-es-cancelled-by-you-allowed",
        "ES",
        "El pedido fue cancelado por usted ayer, el reembolso está en curso.",
        [],
    ),
    reading(
        "cancel_request-en-easier-for-us-to-cancel-allowed",
        "US",
        "It is easier for us to cancel the order than to ship it.",
        [],
    ),
    reading(
        "cancel_request-en-only-possible-for-us-to-cancel-allowed",
        "US",
        "It is only possible for us to cancel the order before dispatch.",
        [],
    ),
    reading(
        "cancel_request-fr-simpler-for-us-to-cancel-allowed",
        "FR",
        "Il est plus simple pour nous d'annuler la commande nous-mêmes.",
        [],
    ),
    reading(
        "cancel_request-it-simpler-for-us-to-cancel-allowed",
        "IT",
        "Per noi è più semplice annullare l'ordine direttamente.",
        [],
    ),
    reading(
        "cancel_request-es-easier-for-us-to-cancel-allowed",
        "ES",
        "Para nosotros es más fácil cancelar el pedido directamente.",
        [],
    ),
]

# A cancellation that would be a great help to the seller is asked for; not the seller's help
# after it, nor help found elsewhere in another clause.
A_GREAT_HELP = [
    reading(
        "cancel_request-en-a-great-help-if-you-cancelled",
        "US",
        "It would be a great help if you cancelled the order.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-a-great-help-if-you-cancelled",
        "DE",
        "Es wäre uns eine große Hilfe, wenn Sie die Bestellung stornieren würden.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-a-great-help-if-you-cancelled",
        "FR",
        "Ce serait une grande aide si vous annuliez la commande.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-a-great-help-if-you-cancelled",
        "IT",
        "Ci sarebbe di grande aiuto se annullasse l'ordine.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-a-great-help-if-you-cancelled",
        "ES",
        "Nos sería de gran ayuda si cancelara el pedido.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-a-cancellation-would-help",
        "ES",
        "Una cancelación sería de gran ayuda.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-we-help-if-you-cancel-allowed",
        "US",
        "If you cancel, we can help you find another model.",
        [],
    ),
    reading(
        "cancel_request-en-cancelling-will-not-help-allowed",
        "US",
        "Cancelling will not help, the parcel has left.",
        [],
    ),
    reading(
        "cancel_request-de-we-help-if-you-cancel-allowed",
        "DE",
        "Wenn Sie stornieren möchten, helfen wir Ihnen gern.",
        [],
    ),
    reading(
        "cancel_request-fr-service-helps-if-you-cancel-allowed",
        "FR",
        "Si vous annulez, notre service client vous aide volontiers.",
        [],
    ),
    reading(
        "cancel_request-es-help-on-amazon-to-cancel-allowed",
        "ES",
        "Para cancelar, encontrará ayuda en la página de Amazon.",
        [],
    ),
]


# Found by a second review against main: a card that pays nothing or a card's details the
# buyer checks clear only the card phrase they name, not another payment of the sentence.
CARD_BESIDE = [
    reading(
        "payment_details-en-gift-card-beside-a-bank-transfer",
        "US",
        "You can pay the remaining $10 with a gift card instead of a bank transfer.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-card-expiry-beside-gift-cards",
        "US",
        "Please send us the number and expiry date of your credit card, as we do not accept "
        "gift cards.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-iban-beside-a-gift-card",
        "DE",
        "Bitte nennen Sie uns Ihre IBAN, eine Geschenkkarte können wir leider nicht annehmen.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-transfer-or-a-gift-card",
        "DE",
        "Bitte überweisen Sie den Restbetrag auf unser Konto oder lösen Sie eine Geschenkkarte "
        "ein.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-card-number-beside-a-gift-card",
        "FR",
        "Merci de nous envoyer le numéro de votre carte bancaire, la carte cadeau n'est pas "
        "acceptée.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-card-number-or-a-loyalty-card",
        "IT",
        "Ci comunichi il numero della sua carta di credito oppure della sua carta fedeltà.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-card-number-beside-a-gift-card",
        "ES",
        "Indíquenos el número de su tarjeta de crédito; la tarjeta regalo no sirve.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-expiry-checked-then-number-sent",
        "US",
        "Please check the expiry date and send us the number of your card.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-expiry-checked-then-number-sent",
        "DE",
        "Prüfen Sie bitte das Ablaufdatum und nennen Sie uns die Nummer Ihrer Karte.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-expiry-checked-then-number-sent",
        "FR",
        "Vérifiez la date d'expiration puis envoyez-nous le numéro de votre carte.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-card-details-checked-allowed",
        "UK",
        "Please check that the details on your card match the billing address in your Amazon "
        "account.",
        [],
    ),
    reading(
        "payment_details-de-card-expiry-checked-allowed",
        "DE",
        "Amazon zeigt die Zahlung noch als ausstehend; prüfen Sie gegebenenfalls das "
        "Ablaufdatum Ihrer Karte in Ihrem Amazon-Konto.",
        [],
    ),
    reading(
        "payment_details-de-card-expiry-checked-verb-last-allowed",
        "DE",
        "Bitte das Ablaufdatum Ihrer Karte im Amazon-Konto prüfen.",
        [],
    ),
    reading(
        "payment_details-fr-card-expiry-checked-allowed",
        "FR",
        "Amazon indique que le paiement est en attente ; vérifiez éventuellement la date "
        "d'expiration de votre carte dans votre compte Amazon.",
        [],
    ),
    reading(
        "payment_details-it-card-expiry-checked-allowed",
        "IT",
        "Verifichi la scadenza della sua carta nel suo account Amazon.",
        [],
    ),
    reading(
        "payment_details-es-card-expiry-checked-allowed",
        "ES",
        "Compruebe la fecha de caducidad de su tarjeta en su cuenta de Amazon.",
        [],
    ),
]

# The rest sent to the seller is money when it is of money or stands alone ("le reste du
# montant", "the remaining £8", "si nos envía el resto,"), not the rest of the parts.
REST_OF_MONEY = [
    reading(
        "payment_details-en-send-the-remaining-amount",
        "US",
        "Please send us the remaining £8 for the larger size.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-send-the-difference-verb-first",
        "DE",
        "Schicken Sie uns bitte die Differenz von 8 € direkt, dann versenden wir die größere "
        "Variante.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-send-the-rest-of-the-amount",
        "FR",
        "Merci de nous envoyer le reste du montant, soit 12 €.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-send-the-rest-of-an-amount",
        "IT",
        "Può inviare il resto di 12 euro?",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-send-the-rest-of-the-amount",
        "ES",
        "Envíenos el resto del importe para el envío urgente.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-pay-the-rest",
        "IT",
        "Può pagare il resto quando preferisce, anche a rate.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-transfer-us-the-rest",
        "ES",
        "Transfiéranos el resto cuando pueda.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-pay-us-the-rest",
        "ES",
        "Si nos paga el resto mañana, enviamos hoy.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-remaining-accessories-allowed",
        "UK",
        "Please send us the remaining accessories together with the return, using the label "
        "from Your Orders.",
        [],
        reason="return",
    ),
    reading(
        "payment_details-de-remaining-parts-allowed",
        "DE",
        "Die restlichen Teile senden Sie bitte mit dem Rücksendeetikett zurück.",
        [],
        reason="return",
    ),
    reading(
        "payment_details-fr-rest-of-the-parts-allowed",
        "FR",
        "Merci de nous envoyer le reste des pièces avec l'étiquette de retour.",
        [],
        reason="return",
    ),
    reading(
        "payment_details-it-rest-of-the-parts-allowed",
        "IT",
        "Può inviare il resto dei pezzi con l'etichetta di reso che trova nel suo account.",
        [],
        reason="return",
    ),
    reading(
        "payment_details-es-rest-of-the-parts-allowed",
        "ES",
        "Si nos envía el resto de las piezas, revisaremos el producto.",
        [],
        reason="return",
    ),
]

# Cross-selling needs something on sale: not advice or instructions, the part sent, what the
# seller did in its shop, an aside or a sales team.
NOTHING_ON_SALE = [
    reading(
        "marketing-de-our-napkins-will-please-you-too",
        "DE",
        "Passend dazu gefallen Ihnen sicher auch unsere Servietten in derselben Farbe.",
        [MARKETING],
    ),
    reading(
        "marketing-it-discover-our-new-cushions-too",
        "IT",
        "Scopra anche i nostri nuovi cuscini.",
        [MARKETING],
    ),
    reading(
        "marketing-es-discover-our-matching-cushions-too",
        "ES",
        "Descubra también nuestros cojines a juego.",
        [MARKETING],
    ),
    reading(
        "marketing-en-miss-our-sales",
        "US",
        "Don't miss our summer sales!",
        [MARKETING],
    ),
    reading(
        "marketing-en-discover-the-brackets-allowed",
        "UK",
        "Inside the box you will also discover the wall brackets and the screws.",
        [],
    ),
    reading(
        "marketing-en-explore-our-care-tips-allowed",
        "UK",
        "Also explore our care tips in the leaflet.",
        [],
    ),
    reading(
        "marketing-en-sales-team-allowed",
        "UK",
        "If you miss our sales team on the phone, simply reply to this message.",
        [],
    ),
    reading(
        "marketing-en-might-like-to-know-allowed",
        "UK",
        "You might also like to know that the lamp takes standard E27 bulbs.",
        [],
    ),
    reading(
        "marketing-de-part-sent-allowed",
        "DE",
        "Hoffentlich gefällt Ihnen auch unser Ersatzteil, das wir Ihnen kostenlos "
        "nachgeschickt haben.",
        [],
        reason="unexpected_problem",
    ),
    reading(
        "marketing-de-shop-checked-allowed",
        "DE",
        "In unserem Shop haben wir auch nachgesehen: der Artikel ist leider ausverkauft.",
        [],
    ),
    reading(
        "marketing-fr-discover-our-care-advice-allowed",
        "FR",
        "Découvrez aussi nos conseils d'entretien dans la notice.",
        [],
    ),
    reading(
        "marketing-fr-site-checked-allowed",
        "FR",
        "Sur notre site, nous avons aussi vérifié les délais de livraison.",
        [],
    ),
    reading(
        "marketing-it-discover-our-advice-allowed",
        "IT",
        "Scopra anche i nostri consigli per la manutenzione nel libretto allegato.",
        [],
    ),
    reading(
        "marketing-it-site-checked-allowed",
        "IT",
        "Sul nostro sito abbiamo anche verificato i tempi di consegna.",
        [],
    ),
    reading(
        "marketing-it-filters-sent-allowed",
        "IT",
        "Le piaceranno anche i nostri filtri che le abbiamo inviato in omaggio.",
        [],
    ),
    reading(
        "marketing-es-discover-our-video-instructions-allowed",
        "ES",
        "Descubra también nuestras instrucciones en vídeo en la página del producto en Amazon.",
        [],
    ),
    reading(
        "marketing-es-filters-sent-allowed",
        "ES",
        "Le encantarán también nuestros filtros que le hemos enviado gratis.",
        [],
    ),
]


# The seller cancelling ("Gerne stornieren wir", "für uns einfacher, selbst zu stornieren");
# the buyer's cancellation the seller gains by, in the clause after a condition ("si la
# commande était annulée par vos soins, ce serait plus simple pour nous deux").
WHO_CANCELS = [
    reading(
        "cancel_request-de-we-gladly-cancel-allowed",
        "DE",
        "Gerne stornieren wir die Bestellung für Sie.",
        [],
    ),
    reading(
        "cancel_request-de-we-gladly-cancel-without-problems-allowed",
        "DE",
        "Gerne stornieren wir die Bestellung ohne Probleme für Sie.",
        [],
    ),
    reading(
        "cancel_request-de-easier-for-us-to-cancel-ourselves-allowed",
        "DE",
        "Für uns ist es einfacher, die Bestellung selbst zu stornieren; Sie erhalten dann Ihr "
        "Geld zurück.",
        [],
    ),
    reading(
        "cancel_request-de-already-cancelled-by-you-allowed",
        "DE",
        "Falls die Bestellung bereits von Ihnen storniert wurde, erhalten Sie die Erstattung "
        "automatisch.",
        [],
    ),
    reading(
        "cancel_request-de-you-may-cancel-dash-we-understand",
        "DE",
        "Sie können gerne stornieren – wir hätten dafür Verständnis.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-easier-for-us-if-you-cancel",
        "DE",
        "Für uns wäre es einfacher, wenn Sie die Bestellung stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-helpful-if-cancelled-by-you",
        "DE",
        "Es wäre hilfreich, wenn die Bestellung von Ihnen storniert würde.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-no-doubt-you-can-cancel",
        "UK",
        "No doubt you can cancel the order yourself in Your Orders.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-if-you-cancelled-easier-for-us",
        "UK",
        "If you cancelled the order, it would be easier for us.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-easier-for-us-to-refund-allowed",
        "UK",
        "If you have already cancelled the order, it is easier for us to refund you.",
        [],
    ),
    reading(
        "cancel_request-en-if-we-cancel-easier-allowed",
        "UK",
        "If we cancel the order, it is easier for us.",
        [],
    ),
    reading(
        "cancel_request-fr-if-cancelled-by-you-simpler-for-us",
        "FR",
        "Si la commande était annulée par vos soins, ce serait plus simple pour nous deux.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-cancelled-by-amazon-simpler-allowed",
        "FR",
        "Si la commande a été annulée par Amazon, ce sera plus simple pour nous.",
        [],
    ),
    reading(
        "cancel_request-it-if-you-cancelled-simpler-for-us",
        "IT",
        "Se annullasse lei l'ordine, sarebbe più semplice per noi.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-if-you-cancelled-easier-for-us",
        "ES",
        "Si usted cancelara el pedido, sería más fácil para nosotros.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-if-you-cancel-easier-for-us",
        "DE",
        "Wenn Sie die Bestellung stornieren, wäre es für uns einfacher.",
        [CANCEL],
    ),
]

# Cancel and order again: a cancellation supposed for a time to come ("once you have
# cancelled"), then ordering anew; not once the seller or Amazon has cancelled, nor after a
# cancellation by mistake.
CANCEL_AND_REORDER = [
    reading(
        "cancel_request-en-once-cancelled-place-a-new-one",
        "UK",
        "Once you have cancelled the order, please place a new one in the correct size.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-once-cancelled-order-anew",
        "DE",
        "Sobald Sie die Bestellung storniert haben, können Sie den Artikel in der richtigen "
        "Größe neu bestellen.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-once-cancelled-order-again",
        "FR",
        "Une fois que vous avez annulé la commande, vous pourrez la repasser avec la bonne taille.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-once-cancelled-reorder",
        "IT",
        "Una volta che avrà annullato l'ordine, potrà riordinare la taglia giusta.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-once-cancelled-buy-again",
        "ES",
        "Una vez que haya cancelado el pedido, podrá volver a comprarlo en la talla correcta.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-once-we-cancelled-new-one-allowed",
        "UK",
        "Once we have cancelled the order, please place a new one in the correct size.",
        [],
    ),
    reading(
        "cancel_request-en-once-cancelled-by-amazon-new-one-allowed",
        "UK",
        "Once the order is cancelled by Amazon, you can place a new one.",
        [],
    ),
    reading(
        "cancel_request-en-if-cancelled-by-mistake-new-one-allowed",
        "UK",
        "If you cancelled the order by mistake, simply place a new one.",
        [],
    ),
    reading(
        "cancel_request-fr-once-cancelled-place-a-new-one",
        "FR",
        "Dès que vous aurez annulé la commande, vous pourrez en passer une nouvelle.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-once-cancelled-new-date-allowed",
        "UK",
        "Once you have cancelled the order, the new delivery date no longer applies.",
        [],
    ),
    reading(
        "cancel_request-en-once-cancelled-refunded-allowed",
        "UK",
        "Once you have cancelled the order, Amazon will refund you.",
        [],
    ),
    reading(
        "cancel_request-de-once-we-cancelled-order-anew-allowed",
        "DE",
        "Sobald wir die Bestellung storniert haben, können Sie neu bestellen.",
        [],
    ),
    reading(
        "cancel_request-de-once-cancelled-by-amazon-allowed",
        "DE",
        "Sobald die Bestellung von Amazon storniert wurde, können Sie neu bestellen.",
        [],
    ),
    reading(
        "cancel_request-fr-once-we-cancelled-allowed",
        "FR",
        "Une fois que nous avons annulé la commande, vous pourrez la repasser.",
        [],
    ),
    reading(
        "cancel_request-fr-once-cancelled-by-amazon-allowed",
        "FR",
        "Une fois la commande annulée par Amazon, vous pourrez la repasser.",
        [],
    ),
    reading(
        "cancel_request-it-once-amazon-cancelled-allowed",
        "IT",
        "Una volta che Amazon avrà annullato l'ordine, potrà riordinare la taglia giusta.",
        [],
    ),
    reading(
        "cancel_request-it-once-we-cancelled-allowed",
        "IT",
        "Una volta che avremo annullato l'ordine, potrà riordinare.",
        [],
    ),
    reading(
        "cancel_request-es-once-amazon-cancelled-allowed",
        "ES",
        "Una vez que Amazon haya cancelado el pedido, podrá volver a comprarlo.",
        [],
    ),
    reading(
        "cancel_request-es-once-we-cancelled-allowed",
        "ES",
        "Una vez que hayamos cancelado el pedido, podrá volver a comprarlo.",
        [],
    ),
]


# The third review's regressions: a bare rest sent is money only where money or the parcel it
# pays for is named after it; cross-selling names something on sale, not the seller's
# suggestion, terms or delivery times; seasonal promotions on Amazon are Amazon's; card details
# only Amazon sees are a reassurance.
THIRD_REVIEW = [
    reading(
        "payment_details-en-send-us-the-rest-of-the-photos-allowed",
        "UK",
        "Thanks for the first two photos, please send us the rest.",
        [],
    ),
    reading(
        "payment_details-fr-send-us-the-rest-of-the-photos-allowed",
        "FR",
        "Merci pour les deux premières photos, vous pouvez nous envoyer le reste.",
        [],
    ),
    reading(
        "payment_details-en-send-us-the-rest-of-the-boxes-allowed",
        "UK",
        "We received two of the three boxes; please send us the rest.",
        [],
    ),
    reading(
        "payment_details-en-we-will-send-the-rest-allowed",
        "UK",
        "The first parcel left today and we will send the rest.",
        [],
    ),
    reading(
        "payment_details-it-send-us-the-rest-of-the-photos-allowed",
        "IT",
        "Grazie per le prime due foto: può inviarci anche il resto?",
        [],
    ),
    reading(
        "payment_details-es-send-us-the-rest-of-the-photos-allowed",
        "ES",
        "Gracias por las dos primeras fotos; envíenos el resto, por favor.",
        [],
    ),
    reading(
        "payment_details-en-send-us-the-remaining-money",
        "UK",
        "Please send us the rest, the remaining 15 € of the price.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-send-us-the-rest-money",
        "FR",
        "Merci de nous envoyer le reste, soit 15 € du prix total.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-send-us-the-rest-money",
        "IT",
        "Può inviarci il resto, cioè 15 € del prezzo?",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-send-us-the-rest-money",
        "ES",
        "Envíenos el resto, 15 € del precio, por favor.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-only-amazon-sees-the-card-allowed",
        "US",
        "Only Amazon sees the expiry date of your card; we never do.",
        [],
    ),
    reading(
        "payment_details-de-only-amazon-knows-the-card-allowed",
        "DE",
        "Die Nummer Ihrer Kreditkarte kennt nur Amazon.",
        [],
    ),
    reading(
        "payment_details-fr-only-amazon-knows-the-card-allowed",
        "FR",
        "Seul Amazon connaît le numéro de votre carte bancaire.",
        [],
    ),
    reading(
        "payment_details-it-only-amazon-knows-the-card-allowed",
        "IT",
        "Solo Amazon conosce il numero della sua carta.",
        [],
    ),
    reading(
        "payment_details-es-only-amazon-sees-the-card-allowed",
        "ES",
        "Solo Amazon ve el número de su tarjeta.",
        [],
    ),
    reading(
        "payment_details-en-send-the-expiry-date-of-your-card",
        "US",
        "Please send us the expiry date of your card.",
        [PAYMENT],
    ),
    reading(
        "marketing-en-our-other-suggestion-allowed",
        "UK",
        "You might like our other suggestion better: a replacement instead of a refund.",
        [],
    ),
    reading(
        "marketing-en-our-other-suggestion-would-allowed",
        "US",
        "You would like our other suggestion even more: we can refund the shipping through Amazon.",
        [],
    ),
    reading(
        "marketing-en-our-packaging-too-allowed",
        "UK",
        "You'll love our packaging too: it is fully recyclable, so the box can go straight "
        "in the bin.",
        [],
    ),
    reading(
        "marketing-en-explore-our-troubleshooting-allowed",
        "UK",
        "Also explore our troubleshooting steps below before sending the kettle back.",
        [],
    ),
    reading(
        "marketing-en-seasonal-promotions-on-amazon-allowed",
        "UK",
        "Because of the seasonal promotions on Amazon, couriers are taking a day longer.",
        [],
    ),
    reading(
        "marketing-de-our-delivery-dates-allowed",
        "DE",
        "Unsere neuen Liefertermine werden Ihnen sicher besser passen.",
        [],
    ),
    reading(
        "marketing-de-our-replacement-cable-allowed",
        "DE",
        "Hoffentlich gefällt Ihnen auch unser Ersatzkabel, es ist etwas länger als das alte.",
        [],
    ),
    reading(
        "marketing-de-invoice-in-our-shop-allowed",
        "DE",
        "In unserem Shop haben wir auch die Rechnung für Sie hinterlegt und per Mail geschickt.",
        [],
    ),
    reading(
        "marketing-fr-our-return-terms-allowed",
        "FR",
        "Découvrez également nos conditions de retour, jointes au colis.",
        [],
    ),
    reading(
        "marketing-it-our-delivery-times-allowed",
        "IT",
        "Scopra anche i nostri orari di consegna nella mail di conferma.",
        [],
    ),
    reading(
        "marketing-es-our-warranty-terms-allowed",
        "ES",
        "Descubra también nuestras condiciones de garantía en el folleto de la caja.",
        [],
    ),
    reading(
        "marketing-es-our-delivery-times-allowed",
        "ES",
        "Le encantarán también nuestros horarios de entrega: llegamos antes de las 10.",
        [],
    ),
    reading(
        "marketing-en-our-matching-napkins-too",
        "UK",
        "You'll love our matching napkins too.",
        [MARKETING],
    ),
    reading(
        "marketing-en-also-discover-our-new-collection",
        "UK",
        "Also discover our new collection.",
        [MARKETING],
    ),
    reading(
        "marketing-en-our-seasonal-promotions",
        "UK",
        "Don't forget our seasonal promotions in our shop.",
        [MARKETING],
    ),
    reading(
        "marketing-de-our-other-colours",
        "DE",
        "Ihnen gefallen sicher auch unsere anderen Farben.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-our-other-colours",
        "FR",
        "Découvrez également nos autres coloris.",
        [MARKETING],
    ),
    reading(
        "marketing-it-our-new-collection",
        "IT",
        "Scopra anche i nostri nuovi modelli.",
        [MARKETING],
    ),
    reading(
        "marketing-es-our-matching-cushions",
        "ES",
        "Le encantarán también nuestros cojines a juego.",
        [MARKETING],
    ),
    reading(
        "payment_details-en-send-us-the-rest-before-dispatch",
        "US",
        "Kindly send us the rest, and we will dispatch the parcel straight away.",
        [PAYMENT],
        reason="order_details",
    ),
    reading(
        "payment_details-fr-send-us-the-rest-before-dispatch",
        "FR",
        "Merci de nous envoyer le reste, puis nous expédions le colis.",
        [PAYMENT],
        reason="order_details",
    ),
    reading(
        "payment_details-es-send-us-the-rest-before-dispatch",
        "ES",
        "Envíenos el resto, por favor, y mandaremos el paquete hoy.",
        [PAYMENT],
        reason="order_details",
    ),
    reading(
        "marketing-en-our-other-option-allowed",
        "US",
        "You might like our other option better: a partial refund through Amazon.",
        [],
    ),
]

# Near-misses and variants of the third review's kinds, written after the fix.
THIRD_REVIEW_CHECK = [
    reading(
        "payment_details-uk-thanks-for-the-photo-of-the-label-could-allowed",
        "UK",
        "Thanks for the photo of the label; could you send us the rest as well?",
        [],
    ),
    reading(
        "payment_details-us-two-parts-arrived-we-will-send-the-rest-allowed",
        "US",
        "Two parts arrived; we will send the rest tomorrow.",
        [],
        reason="return",
    ),
    reading(
        "payment_details-de-zwei-teile-sind-angekommen-den-rest-schi-allowed",
        "DE",
        "Zwei Teile sind angekommen, den Rest schicken wir morgen.",
        [],
        reason="return",
    ),
    reading(
        "payment_details-fr-merci-pour-la-facture-pouvez-vous-nous-e-allowed",
        "FR",
        "Merci pour la facture, pouvez-vous nous envoyer le reste des documents ?",
        [],
    ),
    reading(
        "payment_details-it-grazie-per-la-prima-foto-pu-inviarci-il-allowed",
        "IT",
        "Grazie per la prima foto, può inviarci il resto?",
        [],
    ),
    reading(
        "payment_details-es-hemos-recibido-una-caja-envenos-el-resto-allowed",
        "ES",
        "Hemos recibido una caja; envíenos el resto cuando pueda.",
        [],
        reason="return",
    ),
    reading(
        "payment_details-uk-please-send-us-the-rest-by-bank-transfer",
        "UK",
        "Please send us the rest, £12, by bank transfer.",
        [PAYMENT],
        reason="order_details",
    ),
    reading(
        "payment_details-us-send-us-the-rest-of-the-payment-and-we-s",
        "US",
        "Send us the rest of the payment and we ship today.",
        [PAYMENT],
        reason="order_details",
    ),
    reading(
        "payment_details-fr-envoyez-nous-le-reste-soit-s-il-vous-pla",
        "FR",
        "Envoyez-nous le reste, soit 20 €, s'il vous plaît.",
        [PAYMENT],
        reason="order_details",
    ),
    reading(
        "payment_details-it-pu-inviarci-il-resto-di-euro",
        "IT",
        "Può inviarci il resto di 20 euro?",
        [PAYMENT],
        reason="order_details",
    ),
    reading(
        "payment_details-es-envenos-el-resto-por-favor",
        "ES",
        "Envíenos el resto, 20 €, por favor.",
        [PAYMENT],
        reason="order_details",
    ),
    reading(
        "payment_details-uk-please-pay-us-the-rest",
        "UK",
        "Please pay us the rest.",
        [PAYMENT],
        reason="order_details",
    ),
    reading(
        "marketing-uk-you-ll-love-our-new-returns-process-too-allowed",
        "UK",
        "You'll love our new returns process too: it takes two minutes.",
        [],
    ),
    reading(
        "marketing-us-you-might-like-our-other-option-better-a-allowed",
        "US",
        "You might like our other option better: a partial refund through Amazon.",
        [],
    ),
    reading(
        "marketing-de-ihnen-gefllt-sicher-auch-unser-vorschlag-allowed",
        "DE",
        "Ihnen gefällt sicher auch unser Vorschlag, das Teil nachzuschicken.",
        [],
    ),
    reading(
        "marketing-fr-dcouvrez-aussi-nos-conditions-de-garanti-allowed",
        "FR",
        "Découvrez aussi nos conditions de garantie dans la notice.",
        [],
    ),
    reading(
        "marketing-it-le-piaceranno-anche-i-nostri-tempi-di-co-allowed",
        "IT",
        "Le piaceranno anche i nostri tempi di consegna: arriva domani.",
        [],
    ),
    reading(
        "marketing-es-descubra-tambin-nuestras-condiciones-de-allowed",
        "ES",
        "Descubra también nuestras condiciones de devolución en Amazon.",
        [],
    ),
    reading(
        "marketing-uk-seasonal-deals-on-amazon-mean-couriers-a-allowed",
        "UK",
        "Seasonal deals on Amazon mean couriers are busy this week.",
        [],
        reason="delivery_scheduling",
    ),
    reading(
        "marketing-de-in-unserem-shop-haben-wir-auch-ihre-adre-allowed",
        "DE",
        "In unserem Shop haben wir auch Ihre Adresse korrigiert.",
        [],
        reason="order_details",
    ),
    reading(
        "marketing-uk-you-ll-also-love-our-other-cushion-cover",
        "UK",
        "You'll also love our other cushion covers.",
        [MARKETING],
    ),
    reading(
        "marketing-us-also-discover-our-new-spring-collection",
        "US",
        "Also discover our new spring collection.",
        [MARKETING],
    ),
    reading(
        "marketing-de-ihnen-gefallen-sicher-auch-unsere-neuen",
        "DE",
        "Ihnen gefallen sicher auch unsere neuen Modelle.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-dcouvrez-galement-nos-nouveaux-modles",
        "FR",
        "Découvrez également nos nouveaux modèles.",
        [MARKETING],
    ),
    reading(
        "marketing-it-scopra-anche-i-nostri-nuovi-colori",
        "IT",
        "Scopra anche i nostri nuovi colori.",
        [MARKETING],
    ),
    reading(
        "marketing-es-descubra-tambin-nuestros-nuevos-modelos",
        "ES",
        "Descubra también nuestros nuevos modelos.",
        [MARKETING],
    ),
    reading(
        "marketing-de-in-unserem-onlineshop-haben-wir-auch-das",
        "DE",
        "In unserem Onlineshop haben wir auch das passende Zubehör.",
        [MARKETING],
    ),
    reading(
        "marketing-uk-don-t-miss-our-seasonal-offers-in-our-sh",
        "UK",
        "Don't miss our seasonal offers in our shop.",
        [MARKETING],
    ),
    reading(
        "payment_details-uk-only-amazon-knows-your-card-number-we-ne-allowed",
        "UK",
        "Only Amazon knows your card number, we never see it.",
        [],
    ),
    reading(
        "payment_details-de-nur-amazon-kennt-die-nummer-ihrer-kredit-allowed",
        "DE",
        "Nur Amazon kennt die Nummer Ihrer Kreditkarte.",
        [],
    ),
    reading(
        "payment_details-fr-seul-amazon-voit-le-numro-de-votre-carte-allowed",
        "FR",
        "Seul Amazon voit le numéro de votre carte.",
        [],
    ),
    reading(
        "payment_details-it-solo-amazon-vede-le-cifre-della-sua-cart-allowed",
        "IT",
        "Solo Amazon vede le cifre della sua carta.",
        [],
    ),
    reading(
        "payment_details-es-solo-amazon-conoce-los-datos-de-su-tarje-allowed",
        "ES",
        "Solo Amazon conoce los datos de su tarjeta.",
        [],
    ),
    reading(
        "payment_details-uk-please-send-us-the-number-on-your-card",
        "UK",
        "Please send us the number on your card.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-bitte-nennen-sie-uns-die-nummer-ihrer-kr",
        "DE",
        "Bitte nennen Sie uns die Nummer Ihrer Kreditkarte.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-merci-de-nous-indiquer-le-numro-de-votre",
        "FR",
        "Merci de nous indiquer le numéro de votre carte.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-ci-indichi-il-numero-della-sua-carta",
        "IT",
        "Ci indichi il numero della sua carta.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-indquenos-el-nmero-de-su-tarjeta",
        "ES",
        "Indíquenos el número de su tarjeta.",
        [PAYMENT],
    ),
    reading(
        "payment_details-us-amazon-only-gave-us-your-name-please-sen",
        "US",
        "Amazon only gave us your name; please send the expiry date of your card.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-solo-amazon-ve-el-pago-envenos-el-nmero",
        "ES",
        "Solo Amazon ve el pago; envíenos el número de su tarjeta.",
        [PAYMENT],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    CROSS_SELL
    + OFFERS_NOT_TO_MISS
    + OWN_SHOP_PERKS
    + REGISTERED
    + CARD_NAMED
    + BALANCE_SENT
    + CANCEL_NEEDED
    + CANCEL_CLICKED
    + WITHOUT_A_DOUBT
    + CANCELLED_FOR_A_LISTING
    + CANCELLED_BY_YOU
    + A_GREAT_HELP
    + CARD_BESIDE
    + REST_OF_MONEY
    + NOTHING_ON_SALE
    + WHO_CANCELS
    + CANCEL_AND_REORDER
    + THIRD_REVIEW
    + THIRD_REVIEW_CHECK,
)
def test_seventh_round_offer_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
