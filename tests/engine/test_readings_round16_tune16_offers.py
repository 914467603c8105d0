"""The marketing, cancellation and payment rules on kinds of wording blind round 16 found,
whose writers were asked to leave the obvious keyword out: an order undone in the buyer's
account by closing it ("faites le nécessaire dans votre compte pour que la commande soit
close"), by an undoing verb in the imperative ("retirez la commande depuis votre compte"), or
by whatever is needed left to the buyer; the amount the buyer will have sent the seller, in
the future's forms ("dès que vous nous aurez fait parvenir ce complément", "once you have sent
us the difference"), a deposit or transfer the buyer makes ("quando ha effettuato il
versamento"); a cheaper price for the item sold directly ("sell it to you directly, £38
instead of £45"), a reward per friend the buyer refers ("Für jeden Freund, den Sie uns
empfehlen ..., schenken wir Ihnen ein Filterset"), a gesture on the price of the next order
("nous vous ferons un geste sur le prix"). Each kind in the five languages, with the
near-misses it must allow: an order picked up at a relay point, a locker or a post office with
the buyer's account ("retirer votre commande au point relais avec votre compte Amazon"), a
window or a shop closed, the seller doing what is needed, a difference of a measure sent ("the
difference in size measurements"), a seller who sells directly to shops, a friend brought to a
workshop, a goodwill gesture that refunds.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import CANCEL, MARKETING, PAYMENT, reading, wording_rules

# An order picked up where it waits, the buyer's account holding the code: no cancellation.
COLLECTED = [
    reading(
        "cancel_request-fr-collected-retirer-au-point-relais-avec-votre-compte",
        "FR",
        "Vous pourrez retirer votre commande au point relais avec votre compte Amazon dès demain.",
        [],
    ),
    reading(
        "cancel_request-fr-collected-retirer-au-bureau-de-poste",
        "FR",
        "Merci de retirer votre commande au bureau de poste en présentant votre compte Amazon.",
        [],
    ),
    reading(
        "cancel_request-en-collected-remove-from-the-locker",
        "UK",
        "You can remove your order from the locker with the code shown in your Amazon account.",
        [],
    ),
    reading(
        "cancel_request-de-collected-aus-der-packstation-entfernen",
        "DE",
        "Sie können Ihre Bestellung mit dem Abholcode aus Ihrem Kundenkonto aus der Packstation"
        " entfernen.",
        [],
    ),
    reading(
        "cancel_request-it-collected-togliere-dal-punto-di-ritiro",
        "IT",
        "Può rimuovere l'ordine dal punto di ritiro mostrando il codice del suo account.",
        [],
    ),
    reading(
        "cancel_request-es-collected-quitar-del-punto-de-recogida",
        "ES",
        "Puede quitar su pedido del punto de recogida con el código de su cuenta.",
        [],
    ),
    # The place in a clause of its own leaves the cancellation asked for.
    reading(
        "cancel_request-fr-collected-place-in-another-clause",
        "FR",
        "Si le point relais ne vous convient pas, supprimez la commande depuis votre compte.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-collected-place-in-another-sentence",
        "ES",
        "La taquilla está averiada. Quite el pedido desde su cuenta y le devolvemos el dinero.",
        [CANCEL],
    ),
]

# An order closed in the buyer's account, an undoing verb in the imperative, what is needed
# left to the buyer.
CLOSED_IN_ACCOUNT = [
    reading(
        "cancel_request-fr-close-faire-le-necessaire-pour-que-la-commande-soit-close",
        "FR",
        "Nous vous laissons le soin de faire le nécessaire dans votre compte pour que la commande"
        " soit close ; le remboursement suivra.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-close-cloturer-depuis-votre-compte",
        "FR",
        "Le tissu est épuisé, merci de clôturer la commande depuis votre compte.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-close-the-order-in-your-account",
        "UK",
        "The glaze is discontinued, so please close the order in your account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-close-bestellung-im-konto-schliessen",
        "DE",
        "Bitte schließen Sie die Bestellung in Ihrem Kundenkonto, wir erstatten den Betrag sofort.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-close-chiudere-ordine-dal-suo-account",
        "IT",
        "Può chiudere l'ordine dal suo account, la rimborsiamo subito.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-close-cerrar-pedido-desde-su-cuenta",
        "ES",
        "Puede cerrar el pedido desde su cuenta y le devolvemos el importe.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-undo-imperative-retirez-la-commande",
        "FR",
        "Le modèle est épuisé ; retirez la commande depuis votre compte, nous vous rembourserons.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-undo-imperative-remove-the-order",
        "UK",
        "The fabric has run out; remove the order from your account, we will refund you straight"
        " away.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-undo-imperative-entfernen-sie",
        "DE",
        "Der Stoff ist ausverkauft; entfernen Sie die Bestellung in Ihrem Konto, wir erstatten"
        " sofort.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-needful-left-to-you",
        "UK",
        "We leave it to you to do whatever is necessary in your account to cancel the order.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-needful-lasciamo-fare-il-necessario",
        "IT",
        "Le lasciamo fare il necessario dal suo account perché l'ordine venga annullato.",
        [CANCEL],
    ),
    # The seller doing what is needed, an order closed as a state, a window or a shop closed.
    reading(
        "cancel_request-fr-needful-the-seller-does-it",
        "FR",
        "Nous ferons le nécessaire pour que la commande soit annulée dans votre compte.",
        [],
    ),
    reading(
        "cancel_request-de-needful-the-seller-does-it",
        "DE",
        "Wir veranlassen das Nötige, damit die Bestellung storniert wird.",
        [],
    ),
    reading(
        "cancel_request-en-close-order-closed-after-delivery",
        "UK",
        "Your order was closed in your account after delivery.",
        [],
    ),
    reading(
        "cancel_request-fr-close-vous-avez-clos",
        "FR",
        "Vous avez clos la commande dans votre compte hier, le remboursement suit.",
        [],
    ),
    reading(
        "cancel_request-de-close-das-fenster-schliessen",
        "DE",
        "Sie können das Fenster schließen, Ihre Bestellung ist in Ihrem Konto gespeichert.",
        [],
    ),
    reading(
        "cancel_request-it-close-negozio-chiuso",
        "IT",
        "Il negozio è chiuso domenica, ma l'ordine è visibile nel suo account.",
        [],
    ),
    reading(
        "cancel_request-es-close-cerrar-la-ventana",
        "ES",
        "Puede cerrar la ventana; su pedido aparece como entregado en su cuenta.",
        [],
    ),
    reading(
        "cancel_request-en-undo-imperative-delete-the-old-address",
        "UK",
        "Delete the old address from your account before the order ships.",
        [],
    ),
]

# The amount the buyer will have sent the seller; a deposit or transfer the buyer makes.
SENT_LATER = [
    reading(
        "payment_details-fr-future-aurez-fait-parvenir-ce-complement",
        "FR",
        "Il reste 18 € à régler ; dès que vous nous aurez fait parvenir ce complément, nous"
        " lançons l'impression.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-future-enverrez-la-difference",
        "FR",
        "Une fois que vous nous aurez envoyé la différence, nous expédions le colis.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-future-have-sent-us-the-difference",
        "UK",
        "As soon as you have sent us the difference, we will start printing.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-future-uns-die-differenz-ueberwiesen",
        "DE",
        "Sobald Sie uns die Differenz überwiesen haben, starten wir den Druck.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-future-ci-avra-inviato-il-saldo",
        "IT",
        "Appena ci avrà inviato il saldo, avviamo la stampa.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-future-nos-haya-enviado-la-diferencia",
        "ES",
        "En cuanto nos haya enviado la diferencia, empezamos a imprimir.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-deposit-effettuato-il-versamento",
        "IT",
        "Il saldo residuo è di 30 €: ci faccia sapere quando ha effettuato il versamento.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-transfer-made",
        "UK",
        "Let us know once you have made the transfer for the balance.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-transfer-haya-realizado-la-transferencia",
        "ES",
        "Avísenos cuando haya realizado la transferencia del resto.",
        [PAYMENT],
    ),
]

# A difference of a measure sent is no money; a difference of price still is.
DIFFERENCE_MEASURED = [
    reading(
        "payment_details-en-difference-in-size-measurements",
        "UK",
        "Please send the difference in size measurements so we can cut the cover.",
        [],
    ),
    reading(
        "payment_details-en-difference-between-the-measurements",
        "US",
        "Could you send us the difference between the two measurements for the pattern?",
        [],
    ),
    reading(
        "payment_details-fr-difference-de-taille",
        "FR",
        "Pourriez-vous nous envoyer la différence de taille entre les deux manches ?",
        [],
    ),
    reading(
        "payment_details-it-differenza-di-misura",
        "IT",
        "Può inviarci la differenza di misura tra le due taglie?",
        [],
    ),
    reading(
        "payment_details-es-diferencia-de-medidas",
        "ES",
        "¿Puede enviarnos la diferencia de medidas entre las dos tallas?",
        [],
    ),
    reading(
        "payment_details-en-difference-in-price-stays",
        "UK",
        "Please send us the difference in price by bank transfer.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-difference-entre-deux-modeles-stays",
        "FR",
        "Pour passer au modèle XL, merci de nous envoyer la différence entre les deux modèles.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-diferencia-entre-las-dos-tallas-stays",
        "ES",
        "Para cambiar a la talla grande, envíenos la diferencia entre las dos tallas.",
        [PAYMENT],
    ),
]

# Offers without the word: sold directly for less, a reward per friend referred, a gesture on
# the next order's price.
OFFERED_AROUND_THE_WORD = [
    reading(
        "marketing-en-sold-directly-instead-of",
        "UK",
        "We could sell one to you directly - it would be £30 instead of £36.",
        [MARKETING],
    ),
    reading(
        "marketing-de-direkt-verkaufen-statt",
        "DE",
        "Wir können sie Ihnen auch direkt verkaufen, für 38 € statt 45 €.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-vendre-directement-au-lieu-de",
        "FR",
        "Nous pouvons vous la vendre directement, 38 € au lieu de 45 €.",
        [MARKETING],
    ),
    reading(
        "marketing-it-venderglielo-direttamente-invece-di",
        "IT",
        "Possiamo venderglielo direttamente a 38 € invece di 45 €.",
        [MARKETING],
    ),
    reading(
        "marketing-es-venderselo-directamente-en-lugar-de",
        "ES",
        "Podemos vendérselo directamente por 38 € en lugar de 45 €.",
        [MARKETING],
    ),
    reading(
        "marketing-de-referral-jeder-freund-den-sie-uns-empfehlen",
        "DE",
        "Für jede Freundin, die Sie uns empfehlen und die bestellt, gibt es einen Gutschein.",
        [MARKETING],
    ),
    reading(
        "marketing-en-referral-every-friend-you-refer",
        "UK",
        "For every friend you refer who places an order, we will send you a free filter.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-referral-chaque-ami-que-vous-nous-envoyez",
        "FR",
        "Pour chaque ami que vous nous envoyez et qui commande, nous vous offrons un filtre.",
        [MARKETING],
    ),
    reading(
        "marketing-it-referral-ogni-amico-che-ci-presenta",
        "IT",
        "Per ogni amico che ci presenta e che ordina, le regaliamo un filtro.",
        [MARKETING],
    ),
    reading(
        "marketing-es-referral-cada-amigo-que-nos-recomiende",
        "ES",
        "Por cada amigo que nos recomiende y haga un pedido, le regalamos un filtro.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-gesture-geste-sur-le-prix-prochain-achat",
        "FR",
        "Pour votre prochain achat, écrivez-nous avant de commander : nous vous ferons un geste"
        " sur le prix.",
        [MARKETING],
    ),
    reading(
        "marketing-en-gesture-on-the-price-next-order",
        "UK",
        "For your next order, mention this message and we will make a goodwill gesture on the"
        " price.",
        [MARKETING],
    ),
    reading(
        "marketing-de-gesture-beim-preis-entgegen-naechster-einkauf",
        "DE",
        "Bei Ihrem nächsten Einkauf kommen wir Ihnen beim Preis entgegen.",
        [MARKETING],
    ),
    reading(
        "marketing-it-gesture-gesto-sul-prezzo-prossimo-ordine",
        "IT",
        "Per il suo prossimo ordine ci scriva prima: le faremo un gesto sul prezzo.",
        [MARKETING],
    ),
    reading(
        "marketing-es-gesture-gesto-en-el-precio-proximo-pedido",
        "ES",
        "Para su próximo pedido, escríbanos antes y le haremos un gesto en el precio.",
        [MARKETING],
    ),
    # Selling directly to shops, a friend brought along, a goodwill gesture that refunds.
    reading(
        "marketing-en-sold-directly-to-shops",
        "UK",
        "We sell directly to shops rather than through wholesalers, which is why stock is limited.",
        [],
    ),
    reading(
        "marketing-de-direkt-an-haendler",
        "DE",
        "Wir verkaufen direkt an Händler statt über Großhändler, daher die Lieferzeit.",
        [],
    ),
    reading(
        "marketing-fr-chaque-ami-a-l-atelier",
        "FR",
        "Chaque ami que vous présentez à l'atelier doit s'inscrire lui-même.",
        [],
    ),
    reading(
        "marketing-es-cada-amigo-al-taller",
        "ES",
        "Cada amigo que traiga al taller debe reservar por su cuenta.",
        [],
    ),
    reading(
        "marketing-en-gesture-refunded-next-order-named",
        "UK",
        "Your next order will arrive faster, and as a goodwill gesture we refunded this one.",
        [],
    ),
    reading(
        "marketing-it-gesto-di-cortesia-rimborso",
        "IT",
        "Come gesto di cortesia le rimborsiamo la spedizione di questo ordine.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    COLLECTED + CLOSED_IN_ACCOUNT + SENT_LATER + DIFFERENCE_MEASURED + OFFERED_AROUND_THE_WORD,
)
def test_offers_readings_round16(body: str, given: dict[str, str], rules: list[str]) -> None:
    assert wording_rules(body, given) == sorted(rules)
