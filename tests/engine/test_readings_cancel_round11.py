"""The cancellation rule on kinds of wording the eleventh blind round found: a verb of refraining
or advising against before the cancellation ("refrain from cancelling", "davon absehen",
"s'abstenir d'annuler", "astenersi dall'annullare", "abstenerse de cancelar"), a cancellation and
a new order in one clause offered as the way out ("cancel it and order again", "zurückziehen und
neu aufgeben", "anulando este pedido y haciendo uno nuevo"), the cancel button or a click on it
offered on a condition ("Si prefiere no esperar, en su cuenta tiene el botón para cancelar"), and
the seller grateful to "you" for it ("nous vous serions reconnaissants de bien vouloir renoncer à
cette commande"); each kind in the five languages, with the near-misses it must allow: the seller
doing it, the deed done, turned down or negated, other buyers or Amazon doing it, a button
described or a condition about it.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import CANCEL, reading, wording_rules

# A verb of refraining or advising against takes the cancellation back as "not" does (the
# known false positive: "bitte sehen Sie davon ab, die Bestellung zu stornieren").
REFRAIN = [
    reading(
        "cancel_request-en-refrain-refrain-from",
        "US",
        "We kindly ask you to refrain from cancelling; the parcel leaves tomorrow.",
        [],
    ),
    reading(
        "cancel_request-en-refrain-avoid-cancelling",
        "US",
        "Please avoid cancelling the order, the parcel is already packed.",
        [],
    ),
    reading(
        "cancel_request-en-refrain-advise-against",
        "US",
        "We advise against cancelling the order now, it is on the van.",
        [],
    ),
    reading(
        "cancel_request-de-refrain-davon-absehen",
        "DE",
        "Sehen Sie bitte davon ab, die Bestellung zu stornieren, wir liefern morgen.",
        [],
    ),
    reading(
        "cancel_request-de-refrain-von-einer-stornierung-abzusehen",
        "DE",
        "Wir bitten Sie, von einer Stornierung abzusehen, das Paket ist unterwegs.",
        [],
    ),
    reading(
        "cancel_request-de-refrain-verzichten-auf-stornierung",
        "DE",
        "Bitte verzichten Sie auf eine Stornierung, die Ware ist unterwegs.",
        [],
    ),
    reading(
        "cancel_request-de-refrain-raten-davon-ab",
        "DE",
        "Wir raten davon ab, die Bestellung zu stornieren, da sie unterwegs ist.",
        [],
    ),
    reading(
        "cancel_request-fr-refrain-vous-abstenir",
        "FR",
        "Nous vous prions de vous abstenir d'annuler, le colis part demain.",
        [],
    ),
    reading(
        "cancel_request-fr-refrain-merci-de-vous-abstenir",
        "FR",
        "Merci de vous abstenir d'annuler la commande.",
        [],
    ),
    reading(
        "cancel_request-fr-refrain-deconseillons",
        "FR",
        "Nous vous déconseillons d'annuler la commande, elle part ce soir.",
        [],
    ),
    reading(
        "cancel_request-it-refrain-astenersi",
        "IT",
        "Le chiediamo di astenersi dall'annullare l'ordine: il pacco parte domani.",
        [],
    ),
    reading(
        "cancel_request-it-refrain-sconsigliamo",
        "IT",
        "Le sconsigliamo di annullare l'ordine: è in viaggio.",
        [],
    ),
    reading(
        "cancel_request-es-refrain-abstengase",
        "ES",
        "Absténgase de anular el pedido, sale mañana.",
        [],
    ),
    reading(
        "cancel_request-es-refrain-evite-cancelar",
        "ES",
        "Le pedimos que evite cancelar la compra: el paquete está en camino.",
        [],
    ),
    # Must flag: the refraining word is about something else, a request stands between.
    reading(
        "cancel_request-en-refrain-to-avoid-delays-please-cancel",
        "US",
        "To avoid delays, please cancel the order and we will refund you.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-refrain-um-zu-vermeiden-stornieren-sie",
        "DE",
        "Um Verzögerungen zu vermeiden, stornieren Sie bitte die Bestellung.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-refrain-pour-eviter-veuillez-annuler",
        "FR",
        "Pour éviter l'attente, veuillez annuler la commande.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-refrain-per-evitare-annulli-pure",
        "IT",
        "Per evitare attese, annulli pure l'ordine dal suo account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-refrain-para-evitar-le-pedimos",
        "ES",
        "Para evitar retrasos, le pedimos que cancele el pedido.",
        [CANCEL],
    ),
]

# A cancellation and a new order in one clause: the way out offered to the buyer.
REORDER = [
    reading(
        "cancel_request-en-reorder-cancel-and-order-again",
        "US",
        "You could just cancel it and order again from your business account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-reorder-cancel-and-place-a-fresh-one",
        "US",
        "Easiest fix: cancel this one and place a new order with the right address.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-reorder-zuruecknehmen-und-neu-bestellen",
        "DE",
        "Die Bestellung zurücknehmen und neu bestellen, dann passt die Rechnung.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-reorder-zurueckziehen-und-neu-aufgeben",
        "DE",
        "Wenn Sie den Auftrag zurückziehen und mit der neuen Anschrift neu aufgeben, ist alles "
        "erledigt.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-reorder-annuler-et-en-passer-une-nouvelle",
        "FR",
        "Le plus simple : annuler cette commande et en passer une nouvelle avec la bonne adresse.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-reorder-annullando-e-riordinando",
        "IT",
        "Annullando l'ordine e riordinando tra una settimana risolve tutto.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-reorder-se-vuoi-e-riordinare",
        "IT",
        "se vuoi annulli l'ordine e lo riordini quando torna disponibile",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-reorder-cancelando-y-volviendo-a-comprar",
        "ES",
        "Cancelando y volviendo a comprarlo con su cuenta de empresa se soluciona.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-reorder-anular-y-hacer-otro",
        "ES",
        "Anular el pedido y hacer otro con la dirección correcta lo arregla todo.",
        [CANCEL],
    ),
    # Must allow: the seller doing it, done, negated, turned down, others doing it, a question
    # reported.
    reading(
        "cancel_request-en-reorder-we-cancel-and-place-a-new-one",
        "US",
        "We cancelled the order and placed a new one for you with the right address.",
        [],
    ),
    reading(
        "cancel_request-en-reorder-instead-of",
        "US",
        "Instead of cancelling and reordering, just wait two more days.",
        [],
    ),
    reading(
        "cancel_request-en-reorder-some-customers",
        "US",
        "Some customers cancel and reorder when prices drop.",
        [],
    ),
    reading(
        "cancel_request-en-reorder-you-asked-whether",
        "US",
        "You asked whether to cancel and buy again: no need, the parcel is on its way.",
        [],
    ),
    reading(
        "cancel_request-en-reorder-amazon-cancels",
        "US",
        "Once Amazon cancels the order, a new one is created automatically.",
        [],
    ),
    reading(
        "cancel_request-de-reorder-wir-haben-storniert-und-neu-angelegt",
        "DE",
        "Wir haben die Bestellung storniert und neu angelegt, Sie müssen nichts tun.",
        [],
    ),
    reading(
        "cancel_request-de-reorder-statt-zu-stornieren",
        "DE",
        "Statt zu stornieren und neu zu bestellen, warten Sie bitte bis Freitag.",
        [],
    ),
    reading(
        "cancel_request-de-reorder-nicht-stornieren-und-neu-bestellen",
        "DE",
        "Bitte stornieren Sie nicht und bestellen Sie nicht neu, wir ändern die Adresse.",
        [],
    ),
    reading(
        "cancel_request-fr-reorder-nous-annulons-et-en-creons",
        "FR",
        "Nous annulons la commande et en créons une nouvelle pour vous.",
        [],
    ),
    reading(
        "cancel_request-fr-reorder-au-lieu-d-annuler",
        "FR",
        "Au lieu d'annuler et de recommander, patientez deux jours.",
        [],
    ),
    reading(
        "cancel_request-fr-reorder-inutile",
        "FR",
        "Inutile d'annuler et de recommander, nous corrigeons l'adresse.",
        [],
    ),
    reading(
        "cancel_request-it-reorder-abbiamo-annullato-e-creato",
        "IT",
        "Abbiamo annullato l'ordine e ne abbiamo creato uno nuovo per lei.",
        [],
    ),
    reading(
        "cancel_request-it-reorder-non-serve",
        "IT",
        "Non serve annullare e riordinare: spediamo domani.",
        [],
    ),
    reading(
        "cancel_request-it-reorder-gestiti-da-amazon",
        "IT",
        "Le cancellazioni e i nuovi ordini sono gestiti da Amazon.",
        [],
    ),
    reading(
        "cancel_request-es-reorder-en-lugar-de",
        "ES",
        "En lugar de cancelar y hacer otro pedido, espere dos días.",
        [],
    ),
    reading(
        "cancel_request-es-reorder-no-hace-falta",
        "ES",
        "No hace falta cancelar y volver a comprar, lo enviamos mañana.",
        [],
    ),
    reading(
        "cancel_request-es-reorder-hemos-anulado-y-creado",
        "ES",
        "Hemos anulado el pedido y hemos creado uno nuevo con la dirección correcta.",
        [],
    ),
]

# A cancel button the buyer is told of, or a click on it, offered on a condition of its own.
BUTTON = [
    reading(
        "cancel_request-en-button-cancel-button-in-your-account",
        "US",
        "If the wait is too long for you, the cancel button is right there in your account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-button-button-in-ihrem-konto",
        "DE",
        "Wenn Ihnen das zu lange dauert: Der Button „Bestellung stornieren“ ist in Ihrem Konto.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-button-ein-klick-genuegt",
        "DE",
        "Falls Sie nicht warten möchten: ein Klick auf „Stornieren“ reicht.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-button-un-clic-suffit",
        "FR",
        "Si vous ne pouvez pas attendre, un clic sur « Annuler la commande » suffit.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-button-pulsante-nel-tuo-account",
        "IT",
        "Se l'attesa è troppo lunga, nel tuo account trovi il pulsante per annullare l'ordine.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-button-un-clic",
        "ES",
        "Si no puede esperar tanto, un clic en «Cancelar pedido» y listo.",
        [CANCEL],
    ),
    # Must allow: the button a condition is about, one described, the seller pressing it, a
    # stated reason.
    reading(
        "cancel_request-en-button-greyed-out",
        "US",
        "If the cancel button is greyed out, the order has already shipped.",
        [],
    ),
    reading(
        "cancel_request-en-button-timer-ends",
        "US",
        "When the timer ends, the cancel button disappears from the order page.",
        [],
    ),
    reading(
        "cancel_request-de-button-verschwindet",
        "DE",
        "Wenn die Frist abläuft, verschwindet der Stornieren-Button.",
        [],
    ),
    reading(
        "cancel_request-de-button-knopf-fehlt",
        "DE",
        "Falls der Stornieren-Knopf fehlt, ist die Sendung unterwegs.",
        [],
    ),
    reading(
        "cancel_request-fr-button-bouton-de-l-appli",
        "FR",
        "Si vous avez une question, le bouton « Annuler » de l'appli sert uniquement aux favoris.",
        [],
    ),
    reading(
        "cancel_request-it-button-non-piu-visibile",
        "IT",
        "Quando l'ordine parte, il pulsante per annullare non è più visibile.",
        [],
    ),
    reading(
        "cancel_request-es-button-desaparece",
        "ES",
        "Cuando el pedido sale del almacén, el botón de cancelar desaparece.",
        [],
    ),
    reading(
        "cancel_request-es-button-nosotros-pulsamos",
        "ES",
        "Si tiene dudas, nosotros pulsamos el botón de cancelar por usted.",
        [],
    ),
]

# The seller grateful to "you" for the cancellation: a request, however long its clause.
GRATEFUL = [
    reading(
        "cancel_request-fr-grateful-vous-serions-reconnaissants",
        "FR",
        "Nous vous serions très reconnaissants d'annuler la commande depuis votre compte.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-grateful-grateful-to-you",
        "US",
        "We would be grateful to you for cancelling the order from your side.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-grateful-ihnen-dankbar",
        "DE",
        "Wir wären Ihnen dankbar, wenn Sie die Bestellung in Ihrem Konto stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-grateful-le-saremmo-grati",
        "IT",
        "Le saremmo grati se annullasse l'ordine dal suo account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-grateful-le-estariamos-agradecidos",
        "ES",
        "Le estaríamos agradecidos si anulara usted el pedido.",
        [CANCEL],
    ),
    # Must allow: gratitude for something else, the seller cancelling.
    reading(
        "cancel_request-en-grateful-for-your-patience",
        "US",
        "We are grateful for your patience and will cancel the backorder ourselves.",
        [],
    ),
    reading(
        "cancel_request-fr-grateful-nous-avons-annule",
        "FR",
        "Nous vous sommes reconnaissants de votre patience; nous avons annulé la commande.",
        [],
    ),
    reading(
        "cancel_request-de-grateful-wir-stornieren-selbst",
        "DE",
        "Wir sind Ihnen dankbar für Ihre Geduld und stornieren die Bestellung selbst.",
        [],
    ),
    reading(
        "cancel_request-en-grateful-if-you-did-not",
        "US",
        "We would be grateful if you did not cancel the order, it ships today.",
        [],
    ),
    reading(
        "cancel_request-de-grateful-wenn-sie-nicht",
        "DE",
        "Wir wären Ihnen dankbar, wenn Sie die Bestellung nicht stornieren.",
        [],
    ),
    reading(
        "cancel_request-it-grateful-se-non",
        "IT",
        "Le saremmo grati se non annullasse l'ordine: parte oggi.",
        [],
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), REFRAIN + REORDER + BUTTON + GRATEFUL)
def test_cancel_readings_round11(body: str, given: dict[str, str], rules: list[str]) -> None:
    assert wording_rules(body, given) == sorted(rules)
