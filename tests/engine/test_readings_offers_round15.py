"""The marketing, cancellation and payment rules on kinds of wording blind rounds 14 and 15
found, whose writers were asked to leave the obvious keyword out: an offer without the word
for discount or coupon (a better deal directly from us or on our own site, news there, goods
waiting in our shop, new colours available, "watch this space", a referral where both win,
returning customers who pay less, special prices announced), and no offer in a promotion word
that names a product ("coupon de tissu", "talonario de cupones") or in the platform's
commission saved; an order undone in the buyer's
account by another verb ("drop the order from your account", "supprimez l'achat depuis votre
compte"); a payment asked for without the keyword: where to send the money the seller pays
back directly ("tell us where you'd like it sent", "le coordinate del suo conto"), the amount
made to reach the seller ("Den Betrag können Sie uns direkt zukommen lassen", "nous faire
parvenir la somme"), settled between us or outside Amazon, the card's digits as the payment
method's, and a payment asked for in a sentence that outruns Amazon's refund ("Refunds through
Amazon take a while, so to speed things up, send us your sort code"). Each kind in the five
languages, with the near-misses it must allow: the seller doing it, an order collected
("retirer votre commande au point relais"), something else removed from the order or sent to
the seller (photos, a replacement's address), a problem sorted out between us ("régler cela
entre nous"), a payment outside Amazon declined, Amazon's refund alone, Amazon's prices, a
parcel waiting at the depot, the colour the buyer asked for sent, a coupon offered inside a
product's sentence.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.rows import DIGITAL_ACCESS_KEY
from tests.engine.test_readings import CANCEL, MARKETING, PAYMENT, reading, wording_rules

# An order undone in the buyer's account: a verb that cancels only there, the order beside it.
UNDONE_IN_ACCOUNT = [
    reading(
        "cancel_request-en-undo-remove-order-from-your-account",
        "UK",
        "The fabric is sold out, so please remove the order from your account and we will"
        " refund you.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-undo-could-you-stop-the-purchase-in-your-account",
        "US",
        "It can't reach you before the holidays; could you stop the purchase in your account?",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-undo-bestellung-im-konto-entfernen",
        "DE",
        "Der Artikel ist ausverkauft, bitte entfernen Sie die Bestellung in Ihrem Kundenkonto.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-undo-verb-last-loswerden",
        "DE",
        "Wenn Ihnen das zu lange dauert, können Sie die Bestellung in Ihrem Konto ganz einfach"
        " wieder loswerden.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-undo-supprimez-la-commande-depuis-votre-compte",
        "FR",
        "La pièce n'est plus disponible : supprimez la commande depuis votre compte, vous serez"
        " recrédité aussitôt.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-undo-machine-arriere-sur-la-commande",
        "FR",
        "Le délai passe à six semaines ; vous pouvez faire machine arrière sur la commande depuis"
        " votre compte.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-undo-togliere-ordine-dal-suo-account",
        "IT",
        "Il colore non è più disponibile, può togliere l'ordine dal suo account e la rimborsiamo"
        " subito.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-undo-quite-el-pedido-desde-su-cuenta",
        "ES",
        "La talla se ha agotado; por favor, quite el pedido desde su cuenta y le devolvemos el"
        " importe.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-undo-mejor-deshaga-la-compra",
        "ES",
        "Si todavía no tiene la medida, mejor deshaga la compra y vuelva a hacerla después.",
        [CANCEL],
    ),
    # Must pass: the seller doing it, an order collected, something else removed from the
    # order, the seller's account, a negation.
    reading(
        "cancel_request-en-undo-we-remove-the-order-from-your-account",
        "UK",
        "We have removed the duplicate order from your account, nothing will be charged.",
        [],
    ),
    reading(
        "cancel_request-en-undo-remove-the-label-from-the-order",
        "UK",
        "Please remove the old label from the box before you return the order through your"
        " account.",
        [],
    ),
    reading(
        "cancel_request-en-undo-stop-without-account",
        "US",
        "Please stop by the front desk to pick up the order.",
        [],
    ),
    reading(
        "cancel_request-de-undo-wir-entfernen-die-bestellung",
        "DE",
        "Wir entfernen die doppelte Bestellung selbst aus Ihrem Konto, Sie müssen nichts tun.",
        [],
    ),
    reading(
        "cancel_request-fr-undo-retirer-au-point-relais",
        "FR",
        "Vous pouvez retirer votre commande au point relais dès demain, muni d'une pièce"
        " d'identité.",
        [],
    ),
    reading(
        "cancel_request-fr-undo-ne-supprimez-pas",
        "FR",
        "Surtout, ne supprimez pas la commande depuis votre compte : elle part ce soir.",
        [],
    ),
    reading(
        "cancel_request-it-undo-ritirare-ordine-al-punto",
        "IT",
        "Può ritirare l'ordine al punto di ritiro indicato nel suo account da domani.",
        [],
    ),
    reading(
        "cancel_request-es-undo-retirar-en-el-punto",
        "ES",
        "Puede retirar el pedido en el punto de recogida con el código de su cuenta.",
        [],
    ),
]


# A payment asked for without the keyword.
PAID_DIRECTLY = [
    reading(
        "payment_details-en-where-to-send-the-money",
        "US",
        "We can get the money back to you ourselves today, just tell us where you'd like it sent.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-send-us-the-amount-directly",
        "UK",
        "The engraving costs £6 extra; please send us the amount directly and we start at once.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-make-up-the-shortfall-with-us-personally",
        "US",
        "Could you make up the shortfall with us personally? Reply and we'll tell you how.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-cover-it-outside-amazon",
        "UK",
        "There is an extra £9 for the island; reply with how you'd like to cover it outside"
        " Amazon.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-quick-transfer-to-us",
        "US",
        "For the custom size a quick transfer to us of half the price works best.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-sixteen-digits-of-payment-card",
        "US",
        "For the fraud check, reply with the 16 digits of your payment card.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-outrun-amazon-sort-code",
        "UK",
        "Refunds through Amazon take a while, so to speed things up, send us your sort code.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-wohin-wir-das-geld-schicken",
        "DE",
        "Sagen Sie uns einfach, wohin wir Ihnen die 49,90 € schicken dürfen, dann geht es heute"
        " raus.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-name-der-bank",
        "DE",
        "Für die Erstattung bräuchten wir den Namen Ihrer Bank und die Nummer dazu.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-betrag-uns-direkt-zukommen-lassen",
        "DE",
        "Den Aufpreis von 28 € können Sie uns gern direkt zukommen lassen.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-unter-uns-begleichen",
        "DE",
        "Die Differenz können wir auch unter uns begleichen, das spart Gebühren.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-monteur-in-bar-words-between",
        "DE",
        "Geben Sie dem Monteur vor Ort bitte 120 € in bar mit.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-coordonnees-du-compte-sur-lequel",
        "FR",
        "Indiquez-nous les coordonnées du compte sur lequel vous souhaitez recevoir les 12 €.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-nous-faire-parvenir-la-somme",
        "FR",
        "Dites-nous comment vous préférez nous faire parvenir la somme de 8 €.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-solder-directement-aupres-de-notre-service",
        "FR",
        "Merci de solder ce montant directement auprès de notre service comptable.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-regler-en-dehors-d-amazon",
        "FR",
        "Merci de régler les 20 € restants en dehors d'Amazon avant l'expédition.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-seize-chiffres-du-moyen-de-paiement-utilise",
        "FR",
        "Merci de nous communiquer les 16 chiffres du moyen de paiement utilisé.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-coordinate-del-suo-conto",
        "IT",
        "Per restituirle la differenza ci servono le coordinate del suo conto corrente.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-a-chi-intestare-l-accredito",
        "IT",
        "Ci scriva a chi intestare l'accredito, così le mandiamo i soldi oggi.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-saldo-ce-lo-puo-far-avere",
        "IT",
        "Il supplemento di 4 euro ce lo può far avere a parte, come preferisce.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-saldiamo-tra-noi-giroconto",
        "IT",
        "Per i prossimi ordini lei paga con un giroconto e la differenza la saldiamo tra noi.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-sedici-cifre-del-metodo-di-pagamento",
        "IT",
        "Per la verifica ci mandi le 16 cifre del metodo di pagamento.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-a-que-cuenta-le-transferimos",
        "ES",
        "Díganos a qué cuenta le transferimos los 15 euros de la diferencia.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-hacernos-llegar-la-diferencia",
        "ES",
        "Puede hacernos llegar la diferencia de 9 euros como le resulte más cómodo.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-dieciseis-digitos-del-medio-de-pago",
        "ES",
        "Para liberar el envío necesitamos los 16 dígitos del medio de pago.",
        [PAYMENT],
    ),
    # Must pass: no money sent or asked for, a problem sorted out, a payment outside Amazon
    # declined, Amazon's refund alone.
    reading(
        "payment_details-en-where-to-send-the-replacement",
        "UK",
        "Just tell us where you'd like the replacement sent and it leaves today.",
        [],
    ),
    reading(
        "payment_details-en-outside-amazon-declined",
        "US",
        "We're not able to accept PayPal or any other payment outside Amazon.",
        [],
    ),
    reading(
        "payment_details-en-amazon-refunds-faster-no-ask",
        "UK",
        "Amazon refunds you to your original card, so to speed things up just send the parcel"
        " back.",
        [],
    ),
    reading(
        "payment_details-de-fotos-direkt-zukommen-lassen",
        "DE",
        "Die Fotos können Sie uns gern direkt zukommen lassen, dann prüfen wir den Schaden.",
        [],
    ),
    reading(
        "payment_details-de-wohin-wir-den-ersatz-schicken",
        "DE",
        "Sagen Sie uns bitte, wohin wir den Ersatz schicken dürfen.",
        [],
    ),
    reading(
        "payment_details-fr-regler-cela-entre-nous",
        "FR",
        "Si quelque chose ne va pas, écrivez-nous : nous préférons régler cela entre nous.",
        [],
    ),
    reading(
        "payment_details-fr-nous-faire-parvenir-une-photo",
        "FR",
        "Pouvez-vous nous faire parvenir une photo de l'étiquette ?",
        [],
    ),
    reading(
        "payment_details-it-foto-ce-le-puo-far-avere",
        "IT",
        "Le foto del danno ce le può far avere anche domani.",
        [],
    ),
    reading(
        "payment_details-it-risolviamo-tra-noi",
        "IT",
        "Se qualcosa non va, ci scriva: risolviamo il problema tra noi.",
        [],
    ),
    reading(
        "payment_details-es-hacernos-llegar-las-fotos",
        "ES",
        "Puede hacernos llegar las fotos del embalaje por este mismo chat.",
        [],
    ),
]


# An offer without the word for discount or coupon; a promotion word that names a product.
OFFERED_WITHOUT_THE_WORD = [
    reading(
        "marketing-en-cheaper-directly-from-us",
        "UK",
        "The pro version is half price directly from us, just drop us a line.",
        [MARKETING],
    ),
    reading(
        "marketing-de-bei-uns-direkt-guenstiger-on-a-key",
        "DE",
        "Die Business-Version bekommen Sie bei uns direkt deutlich günstiger als anderswo.",
        [MARKETING],
        **DIGITAL_ACCESS_KEY,
    ),
    reading(
        "marketing-fr-moitie-prix-sur-notre-propre-site",
        "FR",
        "Sur notre propre site, ce modèle est à moitié prix cette semaine.",
        [MARKETING],
    ),
    reading(
        "marketing-it-meno-caro-direttamente-da-noi",
        "IT",
        "Lo stesso set direttamente da noi costa molto meno caro.",
        [MARKETING],
    ),
    reading(
        "marketing-es-envio-gratis-en-nuestra-pagina-propia",
        "ES",
        "En nuestra web propia tiene la talla M disponible y allí el envío le sale gratis.",
        [MARKETING],
    ),
    reading(
        "marketing-en-something-new-on-our-own-site",
        "UK",
        "There's always something new over on our own site.",
        [MARKETING],
    ),
    reading(
        "marketing-en-waiting-for-you-in-our-storefront",
        "US",
        "The matching pillowcases are waiting for you in our storefront.",
        [MARKETING],
    ),
    reading(
        "marketing-de-neuheiten-auf-eigener-website",
        "DE",
        "Die Lampe kommt morgen an; Neuheiten zeigen wir übrigens zuerst auf unserer eigenen"
        " Website.",
        [MARKETING],
    ),
    reading(
        "marketing-de-gibt-es-in-neuen-farben",
        "DE",
        "Die passenden Kissen gibt es seit Kurzem in drei neuen Farben.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-pieces-inedites-sur-notre-propre-site",
        "FR",
        "Chaque mois, nous présentons des pièces inédites sur notre propre site.",
        [MARKETING],
    ),
    reading(
        "marketing-it-novita-sul-nostro-sito",
        "IT",
        "Il reso è registrato; tutte le novità escono prima sul nostro sito.",
        [MARKETING],
    ),
    reading(
        "marketing-es-colores-mas-pronto",
        "ES",
        "Este bolso pronto lo vamos a tener en tres colores más.",
        [MARKETING],
    ),
    reading(
        "marketing-en-watch-this-space",
        "US",
        "Big things are coming for the holidays, so watch this space!",
        [MARKETING],
    ),
    reading(
        "marketing-en-watch-this-space-for-the-delivery-date",
        "UK",
        "Tracking will update soon, so watch this space for the delivery date.",
        [],
    ),
    reading(
        "marketing-de-uns-im-blick-behalten",
        "DE",
        "Im Herbst kommt eine ganz neue Linie, es lohnt sich, uns im Blick zu behalten.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-ne-nous-perdez-pas-de-vue",
        "FR",
        "De belles surprises arrivent cet hiver, ne nous perdez pas de vue !",
        [MARKETING],
    ),
    reading(
        "marketing-it-non-ci-perda-di-vista",
        "IT",
        "A dicembre arrivano delle sorprese, non ci perda di vista!",
        [MARKETING],
    ),
    reading(
        "marketing-es-no-nos-pierdas-la-pista",
        "ES",
        "Para fin de año vienen sorpresas, así que no nos pierdas la pista.",
        [MARKETING],
    ),
    reading(
        "marketing-en-referral-you-both-win",
        "UK",
        "If a friend needs a mattress, tell them you sent them and you both win.",
        [MARKETING],
    ),
    reading(
        "marketing-de-referral-beide-profitieren",
        "DE",
        "Empfehlen Sie die Matratze einem Freund, dann profitieren Sie beide.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-referral-gagnez-tous-les-deux",
        "FR",
        "Si une amie cherche un matelas, envoyez-la chez nous : vous y gagnerez tous les deux.",
        [MARKETING],
    ),
    reading(
        "marketing-it-referral-ci-guadagnate-entrambi",
        "IT",
        "Se un amico cerca un materasso, lo mandi da noi: ci guadagnate entrambi.",
        [MARKETING],
    ),
    reading(
        "marketing-es-referral-de-su-parte",
        "ES",
        "Si algún amigo busca colchón, dígale que va de su parte: los dos saldrán ganando.",
        [MARKETING],
    ),
    reading(
        "marketing-en-regulars-get-first-dibs",
        "US",
        "Our regular customers get first dibs this year.",
        [MARKETING],
    ),
    reading(
        "marketing-de-wer-wieder-bestellt-zahlt-weniger",
        "DE",
        "Wer ein zweites Mal bei uns bestellt, zahlt weniger.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-qui-revient-paie-moins",
        "FR",
        "Qui revient chez nous une deuxième fois paie moins cher.",
        [MARKETING],
    ),
    reading(
        "marketing-it-chi-torna-paga-meno",
        "IT",
        "Chi torna da noi una seconda volta paga meno.",
        [MARKETING],
    ),
    reading(
        "marketing-es-quien-repite-paga-menos",
        "ES",
        "Quien repite con nosotros paga menos.",
        [MARKETING],
    ),
    reading(
        "marketing-en-holiday-pricing",
        "US",
        "This weekend our whole catalog moves to holiday pricing.",
        [MARKETING],
    ),
    reading(
        "marketing-de-sonderpreise",
        "DE",
        "Am Samstag gibt es in unserer Nachtaktion Sonderpreise auf alle Sofas.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-prix-casses",
        "FR",
        "Samedi soir, prix cassés sur tous les canapés.",
        [MARKETING],
    ),
    reading(
        "marketing-it-prezzi-speciali",
        "IT",
        "Sabato sera prezzi speciali su tutti i divani.",
        [MARKETING],
    ),
    reading(
        "marketing-es-precios-rebajados",
        "ES",
        "Este sábado, venta nocturna con precios rebajados en todos los sofás.",
        [MARKETING],
    ),
    # Must flag still: a coupon offered beside a product that holds coupons.
    reading(
        "marketing-en-coupon-book-and-a-real-coupon",
        "UK",
        "Your coupon book ships today; with code LOVE10 you get 10% off your next order.",
        [MARKETING],
    ),
    # Must pass: a promotion word that names a product or its contents, the commission saved,
    # Amazon's prices, a parcel waiting at the depot, the colour asked for sent, a website alone.
    reading(
        "marketing-en-coupon-booklet-sold",
        "UK",
        "Your coupon booklet for couples ships today with the gift wrap you chose.",
        [],
    ),
    reading(
        "marketing-de-gutscheinheft-verschickt",
        "DE",
        "Ihr Gutscheinheft für Paare geht heute in den Versand.",
        [],
    ),
    reading(
        "marketing-fr-coupon-de-tissu",
        "FR",
        "Le coupon de velours mesure 3 m sur 1,40 m, d'un seul tenant.",
        [],
    ),
    reading(
        "marketing-fr-carnet-de-bons",
        "FR",
        "Le carnet de bons pour amoureux part aujourd'hui.",
        [],
    ),
    reading(
        "marketing-it-blocchetto-di-buoni",
        "IT",
        "Il blocchetto di buoni per coppie parte oggi.",
        [],
    ),
    reading(
        "marketing-es-talonario-de-cupones",
        "ES",
        "Le confirmamos que el talonario de cupones para parejas sale hoy.",
        [],
    ),
    reading(
        "marketing-es-incluye-cupones",
        "ES",
        "Incluye 30 cupones canjeables entre vosotros y una página en blanco.",
        [],
    ),
    reading(
        "marketing-it-commissioni-risparmiate",
        "IT",
        "Per i prossimi ordini lei paga con un giroconto e risparmiamo le commissioni.",
        [PAYMENT],
    ),
    reading(
        "marketing-en-parcel-waiting-at-our-depot",
        "UK",
        "Your parcel is waiting for you at our depot until Friday.",
        [],
    ),
    reading(
        "marketing-de-neue-farbe-als-ersatz",
        "DE",
        "Den Bezug in der neuen Farbe schicken wir Ihnen morgen als Ersatz.",
        [],
    ),
    reading(
        "marketing-en-keep-an-eye-on-your-inbox",
        "US",
        "Please keep an eye on your inbox for the tracking number.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"), UNDONE_IN_ACCOUNT + PAID_DIRECTLY + OFFERED_WITHOUT_THE_WORD
)
def test_offers_readings_round15(body: str, given: dict[str, str], rules: list[str]) -> None:
    assert wording_rules(body, given) == sorted(rules)
