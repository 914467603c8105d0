"""The cancellation rule on kinds of wording the fifth blind round found (issue 10): nudges
without the obvious word, each kind in the five languages, with the near-misses it must allow.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import CANCEL, reading, wording_rules

# A condition in a clause of its own, the request in the cancellation's: the buyer is nudged.
# A cancellation inside the condition is the buyer's choice, not asked for, and so is the
# cancellation before a request that opens the next clause ("… cancel, just let us know").
CONDITION_APART = [
    reading(
        "cancel_request-en-wish-to-cancel-then-just-write-to-us",
        "UK",
        "If you'd like to cancel, just send us a line and we'll sort it out.",
        [],
    ),
    reading(
        "cancel_request-de-wish-to-cancel-then-just-write-to-us",
        "DE",
        "Wenn Sie lieber stornieren möchten, einfach kurz schreiben, wir kümmern uns darum.",
        [],
    ),
    reading(
        "cancel_request-fr-wish-to-cancel-then-just-write-to-us",
        "FR",
        "Si vous préférez annuler, écrivez-nous simplement et nous nous en occupons.",
        [],
    ),
    reading(
        "cancel_request-it-wish-to-cancel-then-just-write-to-us",
        "IT",
        "Se preferisce annullare, ci scriva pure due righe e ci pensiamo noi.",
        [],
    ),
    reading(
        "cancel_request-es-wish-to-cancel-then-just-write-to-us",
        "ES",
        "Si prefiere cancelar, simplemente escríbanos y nos ocupamos nosotros.",
        [],
    ),
    reading(
        "cancel_request-en-request-right-after-in-its-clause",
        "UK",
        "If the wait is too long, cancel the order please.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-if-you-prefer-you-can-cancel",
        "ES",
        "Si así lo desea, puede anular la compra desde su cuenta.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-if-the-date-does-not-suit-you-can-cancel",
        "US",
        "If the new date is too late for you, you can cancel the order in Your Orders.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-if-you-like-you-can-cancel",
        "DE",
        "Wenn Ihnen das zu lange dauert, können Sie die Bestellung gern stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-if-you-prefer-you-can-cancel",
        "FR",
        "Si vous le préférez, vous pouvez annuler l'achat depuis votre espace client.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-if-you-prefer-you-can-cancel",
        "IT",
        "Se preferisce, può annullare l'acquisto dal suo account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-cancellation-inside-the-condition",
        "UK",
        "If you wish to cancel, you can do so from your account at any time.",
        [],
    ),
    reading(
        "cancel_request-es-cancellation-inside-the-condition",
        "ES",
        "Si quiere cancelar, puede hacerlo usted mismo desde su cuenta.",
        [],
    ),
    reading(
        "cancel_request-de-seller-verb-first-after-the-condition",
        "DE",
        "Falls gewünscht, stornieren wir die Bestellung für Sie.",
        [],
    ),
    reading(
        "cancel_request-de-seller-cancels-after-the-condition",
        "DE",
        "Falls Ihnen der Termin nicht passt, können wir die Bestellung für Sie stornieren.",
        [],
    ),
    # A request alone between commas still asks.
    reading(
        "cancel_request-de-request-set-off-by-commas",
        "DE",
        "Die Bestellung stornieren, bitte, wir liefern nicht mehr.",
        [CANCEL],
    ),
]

# Synonyms that cancel an order only next to one: scrap, rescind, abbrechen, verzichten,
# renoncer, abandonner, rinunciare, recedere, desistir, renunciar.
SYNONYMS = [
    reading(
        "cancel_request-en-scrap-the-order",
        "UK",
        "You could simply scrap the order and buy the larger size instead.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-abort-the-order",
        "DE",
        "Sie können die Bestellung auch einfach abbrechen und später neu bestellen.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-forgo-the-order-verb-last",
        "DE",
        "Sie können natürlich auch auf den Auftrag über Ihr Kundenkonto verzichten.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-renounce-the-order",
        "FR",
        "Vous pouvez tout à fait renoncer à la commande si le délai vous gêne.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-renounce-the-order",
        "IT",
        "Può rinunciare all'ordine direttamente dal suo account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-desist-from-the-purchase",
        "ES",
        "Puede desistir de la compra desde su cuenta cuando guste.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-renounce-the-warranty-is-no-order",
        "ES",
        "Puede renunciar a la garantía ampliada si no la necesita.",
        [],
    ),
    reading(
        "cancel_request-de-forgo-nothing",
        "DE",
        "Sie müssen auf keinen Komfort verzichten: das Kissen kommt morgen.",
        [],
    ),
    reading(
        "cancel_request-en-seller-scraps-the-label",
        "US",
        "We scrapped the old label and printed a new one for your order.",
        [],
    ),
]

# A cancellation said in two words: call off, back out of, a German separable verb with its
# particle last, laisser tomber, lasciar cadere, echar para atrás.
TWO_WORDS = [
    reading(
        "cancel_request-en-welcome-to-call-off",
        "UK",
        "You are of course welcome to call off the purchase in your account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-feel-free-to-call-off",
        "US",
        "Feel free to call off the purchase if the wait is too long.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-best-bet-back-out",
        "UK",
        "Your best bet is to back out of this order and place a new one.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-separable-verb-particle-last",
        "DE",
        "Nehmen Sie den Auftrag bitte einfach über Ihr Amazon-Konto zurück.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-step-back-from-the-purchase",
        "DE",
        "Treten Sie in dem Fall einfach vom Kauf zurück.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-let-the-order-drop",
        "FR",
        "Libre à vous de laisser tomber la commande, Amazon vous remboursera.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-let-the-order-drop",
        "IT",
        "Può anche lasciar cadere l'ordine su Amazon e riordinare più avanti.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-throw-the-purchase-back",
        "ES",
        "Si gusta, puede echar para atrás la compra y pedirla de nuevo en enero.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-call-the-order-off",
        "US",
        "It might be best to call the order off and buy the bundle instead.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-let-the-order-go",
        "IT",
        "Le conviene lasciar perdere l'ordine e riordinare a gennaio.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-pull-back-from-the-purchase",
        "IT",
        "Le consigliamo di tirarsi indietro dall'acquisto.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-not-to-lose-the-order",
        "IT",
        "Non vogliamo perdere il suo ordine: lo spediamo appena possibile.",
        [],
    ),
    reading(
        "cancel_request-en-seller-calls-off-the-order",
        "US",
        "Thanks for your patience, we had to call off the order on our side.",
        [],
    ),
    reading(
        "cancel_request-en-no-need-to-back-out",
        "UK",
        "You don't need to back out of the order, the parcel leaves today.",
        [],
    ),
    reading(
        "cancel_request-fr-the-parcel-fell",
        "FR",
        "Le colis est tombé du camion mais votre commande est intacte.",
        [],
    ),
    reading(
        "cancel_request-es-back-of-the-parcel",
        "ES",
        "La etiqueta va en la parte de atrás de la caja de su pedido.",
        [],
    ),
    reading(
        "cancel_request-de-seller-takes-the-parcel-back",
        "DE",
        "Wir nehmen das Paket zurück und erstatten Ihnen den Kaufpreis.",
        [],
    ),
]

# What leaves the cancellation to the buyer without a request word: welcome to, free to,
# Amazon lets you, lass ... annullieren, le proponiamo di, pídale a Amazon.
NUDGES = [
    reading(
        "cancel_request-en-amazon-lets-you-withdraw",
        "US",
        "If you'd rather not wait, Amazon lets you withdraw the order from Your Orders.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-let-the-order-be-cancelled",
        "DE",
        "Lass die Bestellung am besten bei Amazon annullieren, dann suchst du was anderes aus.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-free-to-cancel",
        "FR",
        "Vous êtes libre d'annuler l'achat depuis votre compte.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-we-propose-you-cancel",
        "IT",
        "Le proponiamo di annullare l'acquisto e di riordinare a prezzo corretto.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-ask-amazon-to-cancel",
        "ES",
        "Pídale a Amazon que le anule el pedido y se lo reembolsan enseguida.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-it-is-possible-to-cancel",
        "FR",
        "Il vous est possible d'annuler votre achat depuis votre compte.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-it-is-possible-to-cancel",
        "ES",
        "Es posible anular el pedido desde su cuenta hoy mismo.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-would-you-be-so-kind",
        "DE",
        "Wären Sie so nett, die Bestellung zu stornieren?",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-no-longer-possible",
        "FR",
        "Il n'est plus possible d'annuler la commande, elle est partie.",
        [],
    ),
    reading(
        "cancel_request-de-possible-after-the-cancellation",
        "DE",
        "Eine Stornierung ist nur bis zum Versand möglich.",
        [],
    ),
    reading(
        "cancel_request-en-maybe-cancel-it",
        "US",
        "Maybe cancel it and order the 2-pack instead?",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-would-you-mind",
        "DE",
        "Hätten Sie etwas dagegen, die Bestellung zu stornieren?",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-would-you-mind",
        "IT",
        "Le dispiacerebbe annullare l'ordine?",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-maybe-amazon-cancelled-it",
        "UK",
        "Maybe Amazon cancelled it already, we will check.",
        [],
    ),
    reading(
        "cancel_request-en-amazon-allows-cancellation-noun",
        "UK",
        "Amazon allows cancellation only before dispatch.",
        [],
    ),
    reading(
        "cancel_request-fr-amazon-allows-cancellation-noun",
        "FR",
        "Amazon permet l'annulation jusqu'à l'expédition du colis.",
        [],
    ),
    reading(
        "cancel_request-en-welcome-to-write-is-no-cancellation",
        "UK",
        "You are welcome to write to us about your order at any time.",
        [],
    ),
    reading(
        "cancel_request-de-seller-lets-cancel",
        "DE",
        "Wir lassen die Bestellung heute noch stornieren und melden uns.",
        [],
    ),
    reading(
        "cancel_request-it-buyer-cancellation-confirmed",
        "IT",
        "Le confermiamo che il suo ordine è stato annullato come richiesto.",
        [],
    ),
]

# "Nothing stops you from cancelling": the negation leaves the cancellation to the buyer; the
# option to cancel is offered, "the cancellation option" only named.
NOTHING_STOPS_YOU = [
    reading(
        "cancel_request-en-nothing-stops-you",
        "US",
        "Nothing stops you from cancelling the order in Your Orders.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-nothing-stops-you",
        "DE",
        "Nichts hindert Sie daran, die Bestellung zu stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-nothing-stops-you",
        "FR",
        "Rien ne vous empêche d'annuler la commande depuis votre compte.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-nothing-stops-you",
        "IT",
        "Niente le impedisce di annullare l'ordine dal suo account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-nothing-stops-you",
        "ES",
        "Nada le impide anular el pedido desde su cuenta.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-the-option-to-cancel",
        "ES",
        "Si no le viene bien, tiene la opción de anular el pedido.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-nothing-stops-us",
        "UK",
        "Nothing prevents us from cancelling the order ourselves.",
        [],
    ),
    reading(
        "cancel_request-de-the-zu-infinitive",
        "DE",
        "Es steht Ihnen frei, den Auftrag zurückzuziehen.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-best-with-the-zu-infinitive",
        "DE",
        "Am einfachsten wäre es, die Bestellung abzubrechen.",
        [CANCEL],
    ),
]

# A cancellation the buyer is to get done ("get the order annulled", "faites annuler"); not one
# the seller has done, nor one the buyer did.
CAUSED = [
    reading(
        "cancel_request-en-get-the-order-annulled",
        "UK",
        "Refuse the parcel and get the order annulled through your account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-have-it-voided",
        "US",
        "You can have it voided in Your Orders before it ships.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-have-the-order-cancelled",
        "FR",
        "Faites annuler la commande par Amazon, puis recommandez la bonne taille.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-have-the-order-cancelled",
        "IT",
        "Faccia annullare l'ordine da Amazon e lo riordini nel colore giusto.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-have-the-order-cancelled",
        "ES",
        "Haga anular el pedido en Amazon y vuelva a pedirlo en verde.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-seller-has-it-cancelled",
        "UK",
        "We will have the order cancelled today and refunded in full.",
        [],
    ),
    reading(
        "cancel_request-en-you-have-already-cancelled",
        "US",
        "Thanks, you have already cancelled the order, nothing else to do.",
        [],
    ),
    reading(
        "cancel_request-en-you-get-a-confirmation",
        "UK",
        "You will get a cancellation confirmation from Amazon by email.",
        [],
    ),
]

# Refusing the parcel negates nothing: the cancellation asked with it is asked all the same.
REFUSED = [
    reading(
        "cancel_request-en-do-not-accept-and-cancel",
        "UK",
        "Just don't accept the parcel and cancel the order in your account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-do-not-accept-and-cancel",
        "DE",
        "nimm das paket einfach nicht an und lass die bestellung bei amazon stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-do-not-accept-and-cancel",
        "FR",
        "N'acceptez pas le colis et annulez la commande depuis votre compte.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-do-not-collect-and-cancel",
        "IT",
        "Non ritiri il pacco e faccia annullare l'ordine da Amazon.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-do-not-collect-and-cancel",
        "ES",
        "No recoja el paquete y pídale a Amazon que anule la compra.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-accept-it-no-need-to-cancel",
        "UK",
        "Please accept the parcel, there is no need to cancel the order.",
        [],
    ),
    reading(
        "cancel_request-de-data-not-to-third-parties",
        "DE",
        "Wir geben Ihre Daten nicht an Dritte weiter und stornieren nichts.",
        [],
    ),
]

# A passive subjunctive makes a cancellation wished for, not done; the indicative tells one
# that happened.
SUBJUNCTIVE = [
    reading(
        "cancel_request-it-ask-that-the-order-be-cancelled",
        "IT",
        "Può chiedere che l'ordine venga annullato dalla sezione I miei ordini.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-ask-that-the-order-be-cancelled",
        "FR",
        "Vous pouvez demander que la commande soit annulée depuis votre compte.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-ask-that-the-order-be-cancelled",
        "ES",
        "Puede solicitar que el pedido sea anulado desde su cuenta.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-order-was-cancelled",
        "FR",
        "Vous pouvez le vérifier : la commande a été annulée hier.",
        [],
    ),
    reading(
        "cancel_request-es-order-is-cancelled",
        "ES",
        "Le confirmamos que el pedido ha sido anulado según nos pidió.",
        [],
    ),
]

# A right named before a cancellation states it, and so does the period the law gives (fourteen
# days, not a date); a "right" that is none asks all the same.
RIGHTS = [
    reading(
        "cancel_request-en-exercise-the-right-to-cancel",
        "UK",
        "To exercise the right to cancel, you must inform us of your decision in writing.",
        [],
    ),
    reading(
        "cancel_request-de-the-right-to-cancel",
        "DE",
        "Sie haben das Recht, die Bestellung binnen vierzehn Tagen zu stornieren.",
        [],
    ),
    reading(
        "cancel_request-es-the-statutory-withdrawal",
        "ES",
        "Puede ejercer el desistimiento de la compra en un plazo de catorce días.",
        [],
    ),
    reading(
        "cancel_request-de-within-fourteen-days",
        "DE",
        "Sie können innerhalb von 14 Tagen vom Kauf zurücktreten, ohne Angabe von Gründen.",
        [],
    ),
    reading(
        "cancel_request-en-within-fourteen-days",
        "UK",
        "You may withdraw from the purchase within 14 days of delivery without giving a reason.",
        [],
    ),
    reading(
        "cancel_request-fr-within-fourteen-days",
        "FR",
        "Vous pouvez renoncer à votre commande dans un délai de quatorze jours sans motif.",
        [],
    ),
    reading(
        "cancel_request-it-within-fourteen-days",
        "IT",
        "Può recedere dall'acquisto entro 14 giorni senza indicarne il motivo.",
        [],
    ),
    reading(
        "cancel_request-es-within-fourteen-days",
        "ES",
        "Puede desistir de la compra en un plazo de 14 días sin necesidad de justificación.",
        [],
    ),
    reading(
        "cancel_request-en-fourteenth-is-a-date",
        "UK",
        "The new date is 14 January, so you may want to cancel the order.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-right-then-a-request",
        "US",
        "Right, please cancel the order and we will sort out the rest.",
        [CANCEL],
    ),
]

# An exemption the negation window cut in two ("sin ningún coste") is read whole; a negation
# with no exemption in its clause still negates.
CUT_EXEMPTION = [
    reading(
        "cancel_request-es-at-no-cost-past-the-window",
        "ES",
        "Puede anular el pedido desde su cuenta sin ningún coste adicional.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-at-no-cost-past-the-window",
        "UK",
        "You can cancel it in your account at no extra cost.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-no-need-the-cost-in-another-clause",
        "UK",
        "No need to cancel it in your account, the new one ships at no extra cost.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    CONDITION_APART
    + SYNONYMS
    + TWO_WORDS
    + NUDGES
    + NOTHING_STOPS_YOU
    + CAUSED
    + REFUSED
    + SUBJUNCTIVE
    + RIGHTS
    + CUT_EXEMPTION,
)
def test_cancel_nudges(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
