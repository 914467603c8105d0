"""The cancellation rule on kinds of wording the eighth blind round found (issue 10): the buyer
asked by a plea, a loan or regional verb, a passive left to the buyer, a seller's request with
"you" after it, a button to press, the buyer's side after the order named, an order let lapse,
a favour; each kind in the
five languages, with the near-misses it must allow (the seller cancelling, negations, a
cancellation done, the buyer's own choice). Then the review's regressions: a passive left to
the buyer stated as a rule, advice a negation takes back, a payment asked as a negative question
and declined.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import CANCEL, reading, wording_rules

# A plea: a politeness formula or its typo, a favour, advice with nobody named.
PLEAS = [
    reading(
        "cancel_request-en-pls-cancel",
        "UK",
        "The size you picked is wrong, pls cancel the order and pick the 40 cm one.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-advisable-to-cancel",
        "US",
        "Since we cannot ship to your state, it is advisable to cancel the purchase.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-empfohlen-zu-stornieren",
        "DE",
        "Da die Lieferung nicht möglich ist, wird empfohlen, die Bestellung zu stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-sil-vous-plait-after",
        "FR",
        "Annulez-la de votre côté dès aujourd'hui, s'il vous plaît.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-il-est-conseille",
        "FR",
        "Il est conseillé d'annuler l'achat avant l'expédition.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-favour-to-cancel",
        "IT",
        "Ci farebbe la gentilezza di annullare l'ordine entro stasera?",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-porfavor-typo",
        "ES",
        "porfavor anule el pedido y vuelva a comprar la talla M",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-se-recomienda",
        "ES",
        "Se recomienda cancelar la compra desde la app, ya que no llegamos a su zona.",
        [CANCEL],
    ),
    # Must allow: the seller cancels, a plea negated, advice about something else.
    reading(
        "cancel_request-en-pls-seller-cancels",
        "UK",
        "Pls note we have cancelled the order and refunded you in full.",
        [],
    ),
    reading(
        "cancel_request-de-empfohlen-nicht-zu-stornieren",
        "DE",
        "Es wird empfohlen, die Bestellung nicht zu stornieren, die Ware ist schon unterwegs.",
        [],
    ),
    reading(
        "cancel_request-fr-sil-vous-plait-seller-cancels",
        "FR",
        "Nous annulerons la commande pour vous, merci de patienter s'il vous plaît.",
        [],
    ),
    reading(
        "cancel_request-it-cortesia-of-patience",
        "IT",
        "Per cortesia, attenda ancora due giorni: l'ordine non va annullato.",
        [],
    ),
    reading(
        "cancel_request-es-se-recomienda-otra-cosa",
        "ES",
        "Se recomienda guardar la caja; nosotros nos encargamos de anular el envío antiguo.",
        [],
    ),
]

# Loan and regional verbs: "canceln", "canceller", "stornare", "disdetto".
LOAN_VERBS = [
    reading(
        "cancel_request-de-denglish-canceln",
        "DE",
        "Könnten Sie die Order bitte canceln? Dann bekommen Sie sofort Ihr Geld zurück.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-anglicism-canceller",
        "FR",
        "Pourriez-vous canceller la commande depuis votre compte ?",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-stornare",
        "IT",
        "La preghiamo di stornare l'ordine dal suo account Amazon.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-disdetto-subjunctive",
        "IT",
        "Preferiremmo che l'ordine venisse disdetto da parte sua.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-void-the-order",
        "US",
        "Could you void the order on your end so we can relist it?",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-fuera-anulado",
        "ES",
        "Lo mejor sería que el pedido fuera anulado por usted hoy mismo.",
        [CANCEL],
    ),
    # Must allow: the loan verb done.
    reading(
        "cancel_request-de-denglish-gecancelt-done",
        "DE",
        "Wir haben die Order gestern gecancelt, das Geld ist unterwegs.",
        [],
    ),
    reading(
        "cancel_request-it-stornato-done",
        "IT",
        "L'ordine è stato stornato ieri e il rimborso è già partito.",
        [],
    ),
    reading(
        "cancel_request-it-disdetto-done",
        "IT",
        "Abbiamo disdetto l'ordine presso il fornitore, il suo arriverà regolarmente.",
        [],
    ),
]

# A passive cancellation left to the buyer: its modal before it, the buyer its agent.
LEFT_TO_THE_BUYER = [
    reading(
        "cancel_request-en-only-by-the-purchaser",
        "UK",
        "Custom orders can only be cancelled by the purchaser, so we'd be grateful if that "
        "could be done today.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-muss-vom-kaeufer",
        "DE",
        "Die Bestellung muss vom Käufer storniert werden, wir können das leider nicht.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-doit-etre-annulee-par-l-acheteur",
        "FR",
        "La commande doit être annulée par l'acheteur depuis son compte.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-deve-essere-annullato-dal-cliente",
        "IT",
        "L'ordine deve essere annullato dal cliente entro oggi.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-debe-ser-cancelado-por-el-comprador",
        "ES",
        "El pedido debe ser cancelado por el comprador desde su cuenta.",
        [CANCEL],
    ),
    # Must allow: the buyer has cancelled; "can" of another clause.
    reading(
        "cancel_request-en-cancelled-by-the-buyer-done",
        "UK",
        "As you can see, the order was cancelled by you this morning.",
        [],
    ),
    reading(
        "cancel_request-de-vom-kaeufer-storniert-done",
        "DE",
        "Die Bestellung wurde vom Käufer storniert, wir können daher nicht liefern.",
        [],
    ),
    reading(
        "cancel_request-fr-annulee-par-l-acheteur-done",
        "FR",
        "La commande a été annulée par l'acheteur hier soir.",
        [],
    ),
    reading(
        "cancel_request-it-annullato-dall-acquirente-done",
        "IT",
        "L'ordine è stato annullato dall'acquirente, quindi non possiamo spedire.",
        [],
    ),
    reading(
        "cancel_request-es-cancelado-por-el-comprador-done",
        "ES",
        "El pedido fue cancelado por el comprador ayer, ya no podemos enviarlo.",
        [],
    ),
]

# The seller's request with "you" just after it asks; the seller's own request does not.
SELLER_ASKS_YOU = [
    reading(
        "cancel_request-en-we-request-you-to-initiate",
        "UK",
        "Hence we request you to kindly initiate cancellation from your order page.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-we-need-you-to-cancel",
        "US",
        "We would need you to cancel the order before Friday.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-we-would-need-to-cancel-ourselves",
        "UK",
        "We would need to cancel the order ourselves, you need not do anything.",
        [],
    ),
    reading(
        "cancel_request-en-we-can-cancel-for-you",
        "US",
        "We can cancel the order for you today if that suits.",
        [],
    ),
]

# The button to press named, its verb in the infinitive.
BUTTONS = [
    reading(
        "cancel_request-it-basta-premere-annulla",
        "IT",
        'Basta entrare nei dettagli dell\'ordine e premere il tasto "Annulla articoli".',
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-il-suffit-de-cliquer",
        "FR",
        "Il suffit d'aller dans vos commandes et de cliquer sur « Annuler des articles ».",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-basta-con-pulsar",
        "ES",
        "Basta con entrar en sus pedidos y pulsar el botón «Cancelar productos».",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-einfach-auf-stornieren-druecken",
        "DE",
        "Einfach in Ihren Bestellungen auf „Artikel stornieren“ drücken.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-just-press-cancel-items",
        "US",
        "Just go to Your Orders and press the Cancel items button.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-abbiamo-premuto-annulla-seller",
        "IT",
        'Abbiamo premuto noi il tasto "Annulla" nel nostro pannello, l\'ordine è annullato.',
        [],
    ),
]

# The buyer's side after the order the cancellation names.
BUYERS_SIDE = [
    reading(
        "cancel_request-fr-savez-vous-annuler-de-votre-cote",
        "FR",
        "Savez-vous annuler la commande de votre côté ?",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-we-cancel-de-notre-cote",
        "FR",
        "Nous allons annuler la commande de notre côté dès ce soir.",
        [],
    ),
]

# A purpose clause's negation and a question put in the negative do not negate the request.
NOT_NEGATED = [
    reading(
        "cancel_request-en-so-it-does-not-sit",
        "US",
        "Please go ahead and cancel the order so it doesn't sit in limbo.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-no-te-convendria",
        "ES",
        "¿No te convendría anular la compra y elegir la versión en español?",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-waere-es-nicht-besser",
        "DE",
        "Wäre es nicht besser, die Bestellung zu stornieren?",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-ne-serait-il-pas-mieux",
        "FR",
        "Ne serait-il pas mieux d'annuler la commande ?",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-non-le-converrebbe",
        "IT",
        "Non le converrebbe annullare l'ordine e prendere il modello grande?",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-please-do-not-cancel",
        "UK",
        "Please do not cancel the order, the parcel is already on its way.",
        [],
    ),
    reading(
        "cancel_request-es-no-cancele",
        "ES",
        "Por favor, no cancele el pedido: el paquete ya está en camino.",
        [],
    ),
]

# An order let lapse: "let" and the lapse word across the order in its clause.
LAPSE = [
    reading(
        "cancel_request-en-let-the-order-lapse",
        "UK",
        "Let the order lapse and buy the blue one instead.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-bestellung-verfallen-lassen",
        "DE",
        "Lassen Sie die Bestellung einfach verfallen.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-laissez-la-commande-expirer",
        "FR",
        "Laissez simplement la commande expirer.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-lasci-scadere-l-ordine",
        "IT",
        "Lasci pure scadere l'ordine, poi lo rifaccia.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-deje-que-el-pedido-caduque",
        "ES",
        "Deje que el pedido caduque y compre el modelo nuevo.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-coupon-expires",
        "UK",
        "Your order will expire if the payment is not completed by Friday.",
        [],
    ),
    reading(
        "cancel_request-de-gutschein-verfaellt-nicht",
        "DE",
        "Die Bestellung wird nicht verfallen, wir liefern nächste Woche.",
        [],
    ),
    reading(
        "cancel_request-fr-commande-va-expirer",
        "FR",
        "Votre commande va expirer demain si le paiement n'aboutit pas.",
        [],
    ),
    reading(
        "cancel_request-it-ordine-potrebbe-scadere",
        "IT",
        "L'ordine potrebbe scadere domani se il pagamento non va a buon fine.",
        [],
    ),
    reading(
        "cancel_request-es-pedido-puede-caducar",
        "ES",
        "El pedido puede caducar mañana si el pago no se completa.",
        [],
    ),
]

# A favour asked by the seller: "us" before it does not do the deed.
FAVOURS = [
    reading(
        "cancel_request-en-do-us-a-favour",
        "UK",
        "Do us a favour and cancel the order, the colour is sold out.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-ci-faresti-la-cortesia",
        "IT",
        "Ci faresti la cortesia di annullare l'acquisto?",
        [CANCEL],
    ),
]

# The review's regressions. A passive cancellation left to the buyer stated as a rule (its
# source, its outcome or the order past it named) explains, it asks nothing; asked after it, it
# still asks.
RULE_STATED = [
    reading(
        "cancel_request-en-purchaser-according-to-policy",
        "UK",
        "Orders can only be cancelled by the purchaser before dispatch, according to Amazon's "
        "policy, and yours has already shipped.",
        [],
    ),
    reading(
        "cancel_request-en-purchaser-which-is-why",
        "UK",
        "Under Amazon's policy an order can only be cancelled by the purchaser, which is why we "
        "could not stop it.",
        [],
    ),
    reading(
        "cancel_request-de-vom-kaeufer-laut-amazon",
        "DE",
        "Laut Amazon kann eine Bestellung nur vom Käufer storniert werden, deshalb konnten wir "
        "sie nicht aufhalten.",
        [],
    ),
    reading(
        "cancel_request-fr-par-l-acheteur-selon-amazon",
        "FR",
        "Selon la politique d'Amazon, une commande ne peut être annulée que par l'acheteur, "
        "c'est pourquoi nous n'avons pas pu l'arrêter.",
        [],
    ),
    reading(
        "cancel_request-it-dall-acquirente-secondo-amazon",
        "IT",
        "Secondo Amazon l'ordine può essere annullato solo dall'acquirente, per questo non "
        "abbiamo potuto fermarlo.",
        [],
    ),
    reading(
        "cancel_request-es-por-el-comprador-segun-amazon",
        "ES",
        "Según Amazon, un pedido solo puede ser cancelado por el comprador, por eso no pudimos "
        "detenerlo.",
        [],
    ),
    reading(
        "cancel_request-en-purchaser-so-please-do-it",
        "UK",
        "Orders can only be cancelled by the purchaser, so please do it from your account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-purchaser-policy-please",
        "UK",
        "Under Amazon's policy an order can only be cancelled by the purchaser, so please do it "
        "today.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-muss-vom-kaeufer",
        "DE",
        "Die Bestellung muss vom Käufer storniert werden.",
        [CANCEL],
    ),
]

# Advice a negation takes back ("nicht ratsam", "not advisable"): no request; the advice
# itself still asks.
ADVICE_TAKEN_BACK = [
    reading(
        "cancel_request-de-nicht-ratsam",
        "DE",
        "Es ist nicht ratsam, jetzt zu stornieren, das Paket ist schon unterwegs.",
        [],
    ),
    reading(
        "cancel_request-de-nicht-empfohlen",
        "DE",
        "Es wird nicht empfohlen, die Bestellung jetzt zu stornieren.",
        [],
    ),
    reading(
        "cancel_request-de-nicht-sinnvoll",
        "DE",
        "Es ist nicht sinnvoll, die Bestellung jetzt noch zu stornieren, sie ist unterwegs.",
        [],
    ),
    reading(
        "cancel_request-en-not-advisable",
        "UK",
        "It is not advisable to cancel the order now, the parcel is already on its way.",
        [],
    ),
    reading(
        "cancel_request-fr-pas-recommande",
        "FR",
        "Il n'est pas recommandé d'annuler la commande maintenant, le colis est en route.",
        [],
    ),
    reading(
        "cancel_request-it-non-consigliabile",
        "IT",
        "Non è consigliabile annullare l'ordine adesso, il pacco è già in viaggio.",
        [],
    ),
    reading(
        "cancel_request-es-no-es-recomendable",
        "ES",
        "No es recomendable cancelar el pedido ahora, el paquete ya está en camino.",
        [],
    ),
    reading(
        "cancel_request-de-ratsam-asks",
        "DE",
        "Da wir nicht liefern können, ist es ratsam, die Bestellung zu stornieren.",
        [CANCEL],
    ),
]

# A negative question suggests a cancellation, not a payment: a payment asked so keeps its
# negation, as before round 8.
PAYMENT_QUESTION_DECLINED = [
    reading(
        "payment_details-en-wouldnt-it-be-easier-no",
        "UK",
        "Wouldn't it be easier to pay by bank transfer? No, we only accept payment through Amazon.",
        [],
    ),
    reading(
        "payment_details-en-wouldnt-it-be-easier-paypal",
        "US",
        "Wouldn't it be easier to pay via PayPal? Unfortunately not, all payments go through "
        "Amazon.",
        [],
    ),
    reading(
        "payment_details-fr-ne-serait-il-pas-plus-simple",
        "FR",
        "Ne serait-il pas plus simple de payer par virement ? Non, tous les paiements passent "
        "par Amazon.",
        [],
    ),
    reading(
        "cancel_request-en-wouldnt-it-be-better-to-cancel",
        "UK",
        "Wouldn't it be better to cancel the order?",
        [CANCEL],
    ),
]


# A passive left to the buyer named by "you" in the agent's case ("von Ihnen", "da te",
# "por ti", "par toi"); one done by the buyer, or negated, asks nothing.
LEFT_TO_YOU = [
    reading(
        "cancel_request-de-must-be-cancelled-by-you",
        "DE",
        (
            "Zu Ihrer Frage: Die Adresse lässt sich nicht mehr ändern, die Bestellung muss "
            "von Ihnen storniert werden."
        ),
        [CANCEL],
        reason="reply",
    ),
    reading(
        "cancel_request-de-must-please-be-cancelled-by-you",
        "DE",
        "die Bestellung muss bitte von Ihnen storniert werden.",
        [CANCEL],
        reason="order_details",
    ),
    reading(
        "cancel_request-de-was-cancelled-by-you",
        "DE",
        "Die Bestellung wurde von Ihnen storniert, daher können wir nicht liefern.",
        [],
        reason="order_details",
    ),
    reading(
        "cancel_request-de-cannot-be-cancelled-by-you",
        "DE",
        (
            "Die Bestellung kann nicht mehr von Ihnen storniert werden, wir haben sie "
            "bereits versendet."
        ),
        [],
        reason="order_details",
    ),
    reading(
        "cancel_request-it-must-be-cancelled-by-you-informal",
        "IT",
        "L'ordine deve essere annullato da te, per favore.",
        [CANCEL],
        reason="order_details",
    ),
    reading(
        "cancel_request-it-was-cancelled-by-you-informal",
        "IT",
        "L'ordine è stato annullato da te ieri, quindi non lo spediamo.",
        [],
        reason="order_details",
    ),
    reading(
        "cancel_request-es-must-be-cancelled-by-you-informal",
        "ES",
        "El pedido debe ser cancelado por ti, por favor.",
        [CANCEL],
        reason="order_details",
    ),
    reading(
        "cancel_request-es-was-cancelled-by-you-informal",
        "ES",
        "El pedido fue cancelado por ti ayer, así que no lo enviamos.",
        [],
        reason="order_details",
    ),
    reading(
        "cancel_request-fr-must-be-cancelled-by-you-informal",
        "FR",
        "La commande doit être annulée par toi, s'il te plaît.",
        [CANCEL],
        reason="order_details",
    ),
    reading(
        "cancel_request-en-must-be-cancelled-by-you",
        "UK",
        "The order must be cancelled by you, please.",
        [CANCEL],
        reason="order_details",
    ),
]

# A cancellation supposed of the buyer by role ("if the purchaser cancelled it"): asked as the
# best way; a supposition with its outcome, or negated, asks nothing.
BUYER_BY_ROLE_SUPPOSED = [
    reading(
        "cancel_request-en-best-if-the-purchaser-cancelled",
        "UK",
        "It would be best if the purchaser cancelled it, please.",
        [CANCEL],
        reason="order_details",
    ),
    reading(
        "cancel_request-en-best-if-the-buyer-cancelled",
        "UK",
        "It would be best if the buyer cancelled the order.",
        [CANCEL],
        reason="order_details",
    ),
    reading(
        "cancel_request-en-if-the-purchaser-cancelled-refund-went-out",
        "UK",
        "If the purchaser cancelled it, the refund went out automatically.",
        [],
        reason="order_details",
    ),
    reading(
        "cancel_request-en-best-if-the-purchaser-had-not-cancelled",
        "UK",
        "It would be best if the purchaser had not cancelled it.",
        [],
        reason="order_details",
    ),
    reading(
        "cancel_request-de-best-if-the-buyer-cancelled",
        "DE",
        "Am besten wäre es, wenn der Käufer die Bestellung stornieren würde.",
        [CANCEL],
        reason="order_details",
    ),
    reading(
        "cancel_request-de-if-the-buyer-cancelled-refund",
        "DE",
        "Wenn der Käufer die Bestellung storniert hat, erstatten wir den Betrag automatisch.",
        [],
        reason="order_details",
    ),
    reading(
        "cancel_request-fr-best-if-the-buyer-cancelled",
        "FR",
        "Le mieux serait que l'acheteur annule la commande.",
        [CANCEL],
        reason="order_details",
    ),
    reading(
        "cancel_request-fr-if-the-buyer-cancelled-refund",
        "FR",
        "Si l'acheteur a annulé la commande, le remboursement est automatique.",
        [],
        reason="order_details",
    ),
    reading(
        "cancel_request-it-best-if-the-buyer-had-cancelled",
        "IT",
        "Sarebbe meglio se l'acquirente avesse annullato l'ordine.",
        [CANCEL],
        reason="order_details",
    ),
    reading(
        "cancel_request-it-if-the-buyer-cancelled-refund",
        "IT",
        "Se l'acquirente ha annullato l'ordine, il rimborso è automatico.",
        [],
        reason="order_details",
    ),
    reading(
        "cancel_request-es-best-if-the-buyer-cancelled",
        "ES",
        "Lo mejor sería que el comprador cancelara el pedido.",
        [CANCEL],
        reason="order_details",
    ),
    reading(
        "cancel_request-es-if-the-buyer-cancelled-refund",
        "ES",
        "Si el comprador ha cancelado el pedido, el reembolso es automático.",
        [],
        reason="order_details",
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    PLEAS
    + LOAN_VERBS
    + LEFT_TO_THE_BUYER
    + SELLER_ASKS_YOU
    + BUTTONS
    + BUYERS_SIDE
    + NOT_NEGATED
    + LAPSE
    + FAVOURS
    + RULE_STATED
    + ADVICE_TAKEN_BACK
    + PAYMENT_QUESTION_DECLINED
    + LEFT_TO_YOU
    + BUYER_BY_ROLE_SUPPOSED,
)
def test_cancel_round8(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
