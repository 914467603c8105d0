"""The cancellation and payment wording rules on kinds of wording the fourth blind round found
(issue 10), each kind in several languages, with the near-misses it must allow.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import CANCEL, MARKETING, PAYMENT, reading, wording_rules

# A sentence wrapped by hand: the request on one line, the cancellation on the next.
WRAPPED = [
    reading(
        "cancel_request-de-wrapped-request-on-the-line-before",
        "DE",
        "Leider ist der Stoff ausverkauft. Wir möchten Sie daher bitten, die Bestellung\n"
        "zu stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-wrapped-verb-on-the-next-line",
        "UK",
        "The blue one is gone for good, so could you please go ahead and\ncancel the order?",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-wrapped-request-after-the-verb",
        "FR",
        "Le modèle n'est plus fabriqué. Annulez la commande de votre côté, s'il vous\n"
        "plaît, et nous vous proposerons autre chose.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-wrapped-twice",
        "IT",
        "Purtroppo il colore non è più disponibile, per cui le chiediamo\ngentilmente di\n"
        "annullare l'ordine.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-wrapped-at-its-width-before-a-noun",
        "DE",
        "leider ist der gewünschte Stoff nicht mehr lieferbar, deshalb bitten wir Sie, die\n"
        "Bestellung über Ihr Konto zu stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-new-sentence-on-the-next-line-is-not-joined",
        "DE",
        "Sie können uns jederzeit schreiben\nStornierungen übernehmen wir selbst.",
        [],
    ),
    reading(
        "cancel_request-en-list-lines-are-not-joined",
        "UK",
        "Please check the details:\ncancellation policy attached",
        [],
    ),
]

# Asked as a question of willingness, as an option, or as the quickest way.
QUESTIONS_AND_OPTIONS = [
    reading(
        "cancel_request-it-would-you-be-willing",
        "IT",
        "Sarebbe disposta ad annullare l'acquisto? Altrimenti aspettiamo il nuovo lotto.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-would-you-consider",
        "ES",
        "¿Consideraría anular la compra si el plazo no le viene bien?",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-would-you-be-willing",
        "FR",
        "Seriez-vous disposée à annuler la commande en attendant le réassort ?",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-would-you-consider",
        "US",
        "Would you consider cancelling the order if the new date is too late?",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-rhetorical-rather-not",
        "DE",
        "Möchten Sie den Kauf nicht lieber stornieren?",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-rhetorical-rather-not",
        "FR",
        "Ne préféreriez-vous pas annuler la commande ?",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-two-options",
        "ES",
        "Hay dos opciones: anular usted la compra o esperar tres semanas.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-one-option",
        "DE",
        "Eine Möglichkeit wäre, die Bestellung zu stornieren und später neu zu bestellen.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-quickest-way",
        "IT",
        "La strada più veloce è annullare l'ordine e rifarlo con l'indirizzo corretto.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-most-practical",
        "ES",
        "Lo más práctico es que anule el pedido y compre la talla M.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-quickest",
        "FR",
        "Le plus rapide serait d'annuler la commande et d'en passer une nouvelle.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-do-not-cancel-is-negated",
        "UK",
        "Would you please not cancel the order? The parcel left this morning.",
        [],
    ),
    reading(
        "cancel_request-de-cancellation-not-possible",
        "DE",
        "Eine Stornierung ist jetzt leider nicht mehr möglich, das Paket ist unterwegs.",
        [],
    ),
    reading(
        "cancel_request-it-shall-we-is-the-seller",
        "IT",
        "Se preferisce, possiamo annullare noi l'ordine: ci basta una sua conferma.",
        [],
    ),
]

# The request's content in a condition after a best or grateful way ("it would be easiest if
# you cancelled", "we'd be grateful if you cancelled"); the buyer cancels, not the "we".
SUPPOSED = [
    reading(
        "cancel_request-en-easiest-if-you-cancelled",
        "UK",
        "It would be simplest if you cancelled the order from your account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-grateful-if-you-cancelled",
        "US",
        "We'd be grateful if you cancelled the purchase on your end.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-grateful-if-you-cancel",
        "DE",
        "Wir wären Ihnen dankbar, wenn Sie die Bestellung stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-grateful-if-you-cancel",
        "ES",
        "Le estaríamos agradecidos si cancela el pedido desde su cuenta.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-you-cancelled-is-done",
        "US",
        "Thanks for letting us know that you cancelled the order yesterday.",
        [],
    ),
    reading(
        "cancel_request-en-if-you-cancelled-amazon-refunds",
        "US",
        "If you cancelled the order, Amazon refunds you automatically.",
        [],
    ),
]

# A negation in a clause opened after the cancellation (if, so that, para que) negates that
# clause, not the request; nor do "free of charge" phrases negate anything.
NEGATION_SCOPE = [
    reading(
        "cancel_request-es-purpose-clause-negation",
        "ES",
        "Le pedimos que anule la compra para que no quede abierta en el sistema.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-if-clause-negation",
        "US",
        "Could you cancel the order if the later date does not work for you?",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-if-clause-negation",
        "DE",
        "Bitte stornieren Sie die Bestellung, falls Sie nicht warten möchten.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-if-clause-negation",
        "IT",
        "Può annullare l'ordine se la data non le va bene.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-free-of-charge",
        "FR",
        "Vous pouvez annuler la commande sans frais depuis votre compte.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-free-of-charge",
        "IT",
        "Può annullare l'ordine senza costi aggiuntivi dal suo account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-free-of-charge",
        "ES",
        "Puede cancelar el pedido sin coste alguno desde su cuenta.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-no-charge",
        "UK",
        "You can cancel the order at no extra cost on your side.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-no-cost",
        "DE",
        "Sie können die Bestellung ohne Kosten selbst stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-no-need-to-cancel",
        "FR",
        "Vous n'avez pas besoin d'annuler la commande, elle part demain.",
        [],
    ),
    reading(
        "cancel_request-es-no-need-to-cancel",
        "ES",
        "No hace falta que cancele el pedido si el paquete llega mañana.",
        [],
    ),
]

# A contract cancelled in a legal text is no order.
CONTRACTS = [
    reading(
        "cancel_request-en-statutory-right-to-cancel-the-contract",
        "UK",
        "You may cancel the contract within 14 days using the model form attached.",
        [],
    ),
    reading(
        "cancel_request-fr-cancel-the-contract",
        "FR",
        "Vous pouvez renoncer à votre achat et annuler le contrat sous 14 jours.",
        [],
    ),
    reading(
        "cancel_request-es-cancel-the-contract",
        "ES",
        "Puede anular el contrato en un plazo de 14 días sin indicar el motivo.",
        [],
    ),
    reading(
        "cancel_request-it-cancel-the-subscription",
        "IT",
        "Può annullare l'abbonamento quando vuole dalle impostazioni.",
        [],
    ),
    reading(
        "cancel_request-en-statutory-right-to-cancel-the-order",
        "UK",
        "Under the consumer regulations you have the statutory right to cancel your order.",
        [],
    ),
    reading(
        "cancel_request-fr-right-to-cancel-the-order",
        "FR",
        "Vous avez le droit d'annuler votre commande dans les 14 jours suivant la livraison.",
        [],
    ),
    reading(
        "cancel_request-it-by-law",
        "IT",
        "Per legge può annullare l'ordine entro 14 giorni dalla consegna.",
        [],
    ),
    reading(
        "cancel_request-de-withdrawal-right",
        "DE",
        "Mit Ihrem Widerrufsrecht können Sie die Bestellung binnen 14 Tagen stornieren.",
        [],
    ),
    reading(
        "cancel_request-en-legal-reasons-still-ask",
        "UK",
        "For legal reasons we cannot ship this abroad, so please cancel the order.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-cancel-the-order-is-still-an-order",
        "UK",
        "Could you cancel the order and the care contract together?",
        [CANCEL],
    ),
]

# A cancellation named as a noun on the buyer's side ("eine Stornierung Ihrerseits", "une
# annulation de votre part"), and polite questions; the buyer's own request named, thanks for a
# cancellation, an inverted condition and a past passive stay allowed.
NOMINAL_AND_POLITE = [
    reading(
        "cancel_request-de-cancellation-on-your-side",
        "DE",
        "Eine Stornierung Ihrerseits wäre für uns beide am unkompliziertesten.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-cancellation-on-your-side",
        "FR",
        "Une annulation de votre part nous faciliterait beaucoup les choses.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-cancellation-on-your-side",
        "IT",
        "Un annullamento da parte sua ci aiuterebbe a chiudere la pratica.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-cancellation-on-your-side",
        "ES",
        "Una anulación por su parte nos ayudaría a resolverlo antes.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-cancellation-from-your-end",
        "UK",
        "A cancellation from your end would sort this out fastest for everyone.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-would-you-mind",
        "US",
        "Would you mind cancelling the purchase so we can refund you?",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-would-you-mind",
        "ES",
        "¿Le importaría anular el pedido para que le devolvamos el dinero?",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-would-it-suit-you",
        "IT",
        "Le andrebbe di annullare l'acquisto? Poi le rimborsiamo tutto.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-do-not-hesitate",
        "IT",
        "Non esiti ad annullare l'acquisto se non vuole aspettare.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-do-not-hesitate",
        "ES",
        "No dude en anular la compra desde su cuenta.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-helpful-if-you-could",
        "UK",
        "It would be really helpful if you could cancel the order today.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-withdraw-from-the-purchase",
        "DE",
        "Wir müssen Sie daher bitten, vom Kauf zurückzutreten.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-would-you-agree",
        "IT",
        "Sarebbe d'accordo ad annullare l'acquisto?",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-would-you-agree",
        "DE",
        "Wären Sie einverstanden, den Kauf zu stornieren?",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-would-it-seem-fine",
        "ES",
        "¿Le parecería bien anular la compra?",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-an-alternative-to-cancelling",
        "DE",
        "Als Alternative zur Stornierung bieten wir Ihnen gern ein Ersatzmodell an.",
        [],
    ),
    reading(
        "cancel_request-de-you-should-is-no-condition",
        "DE",
        "Sie sollten den Kauf stornieren, weil das Modell ausläuft.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-should-you-is-a-condition",
        "DE",
        "Sollten Sie den Kauf stornieren wollen, genügt eine kurze Nachricht an Amazon.",
        [],
    ),
    reading(
        "cancel_request-en-go-ahead",
        "US",
        "Go ahead and cancel the purchase, then buy the 2025 version.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-i-advise",
        "FR",
        "Je vous recommande d'annuler et de choisir le modèle suivant.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-it-is-enough",
        "IT",
        "Le basta annullare l'acquisto dalla pagina dei suoi ordini.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-would-you-be-so-kind",
        "ES",
        "¿Sería tan amable de anular la compra?",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-your-request-named",
        "UK",
        "Your cancellation request reached us and the refund is on its way.",
        [],
    ),
    reading(
        "cancel_request-fr-your-request-named",
        "FR",
        "Votre demande d'annulation a bien été transmise à Amazon.",
        [],
    ),
    reading(
        "cancel_request-de-thanks-for-the-cancellation",
        "DE",
        "Danke für die Stornierung Ihrerseits, Amazon erstattet den Betrag.",
        [],
    ),
    reading(
        "cancel_request-fr-thanks-for-the-cancellation",
        "FR",
        "Merci pour l'annulation, le remboursement suivra sous trois jours.",
        [],
    ),
    reading(
        "cancel_request-it-wished-thanks-for-the-cancellation",
        "IT",
        "Le saremmo grati per l'annullamento dell'ordine.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-wished-thanks-if-you-could-cancel",
        "UK",
        "We would be grateful if you could cancel the order.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-should-you-wish",
        "UK",
        "Should you wish to cancel, just reply and we will take care of it.",
        [],
    ),
    reading(
        "cancel_request-en-whether-you-can",
        "US",
        "You asked whether you can cancel: Amazon handles that for you.",
        [],
    ),
    reading(
        "cancel_request-fr-well-received-is-no-best-way",
        "FR",
        "L'annulation a bien été enregistrée par Amazon.",
        [],
    ),
    reading(
        "cancel_request-en-the-cancellation-option",
        "UK",
        "The cancellation option sits under Your Orders on Amazon.",
        [],
    ),
    reading(
        "cancel_request-es-the-cancellation-option",
        "ES",
        "La opción de cancelación aparece junto a cada pedido en Amazon.",
        [],
    ),
    reading(
        "cancel_request-de-we-cancel-ourselves",
        "DE",
        "Wir haben eine Lösung gefunden: Wir stornieren die Bestellung selbst.",
        [],
    ),
    reading(
        "cancel_request-fr-ne-plus-is-a-negation",
        "FR",
        "L'envoi express ne permet plus l'annulation de la commande.",
        [],
    ),
    reading(
        "cancel_request-en-convenient-in-another-clause",
        "US",
        "If it is more convenient, Amazon handles cancellations automatically.",
        [],
    ),
    reading(
        "cancel_request-de-past-passive-is-no-request",
        "DE",
        "Die Stornierung wurde von Amazon automatisch ausgelöst.",
        [],
    ),
    reading(
        "cancel_request-de-could-not-past",
        "DE",
        "Leider konnte die Stornierung nicht mehr rechtzeitig erfolgen.",
        [],
    ),
    reading(
        "cancel_request-en-we-cancel-on-our-side",
        "UK",
        "We will cancel the order on our side today.",
        [],
    ),
]

# A cancellation verb in the imperative that opens its clause asks (cancel and reorder); one
# another word stands before in its clause does not.
IMPERATIVES = [
    reading(
        "cancel_request-en-imperative-cancel-and-reorder",
        "UK",
        "Cancel the order and place a new one for the 2-pack.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-imperative",
        "DE",
        "Stornieren Sie den Auftrag und bestellen Sie die Variante in Grau.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-imperative",
        "FR",
        "Annulez votre achat et repassez commande en taille M.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-imperative-after-pronoun",
        "IT",
        "Lo annulli e ne faccia un altro con la taglia giusta.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-imperative-after-a-condition",
        "ES",
        "Si no le sirve el color, anule la compra y vuelva a hacerla.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-amazon-cancels",
        "FR",
        "Amazon annule la commande automatiquement après 48 heures.",
        [],
    ),
    reading(
        "cancel_request-es-amazon-cancels",
        "ES",
        "Si el pago falla, Amazon cancela el pedido sin más.",
        [],
    ),
    reading(
        "cancel_request-fr-if-you-cancel-amazon-refunds",
        "FR",
        "Si vous annulez, Amazon vous rembourse sous trois jours.",
        [],
    ),
]

MISSPELT = [
    reading(
        "cancel_request-de-misspelt",
        "DE",
        "Am besten storniren Sie die Bestellung und bestellen neu.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-misspelt",
        "US",
        "Please cancle the order and we will relist it.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-misspelt",
        "IT",
        "Per favore, può anullare l'ordine dal suo account?",
        [CANCEL],
    ),
]

# Paid in person: cash, a card at the door, to the driver or technician.
IN_PERSON = [
    reading(
        "payment_details-en-cash-to-the-driver",
        "UK",
        "The £20 stair fee is paid in cash to the driver on the day.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-engineer-collects-the-fee",
        "UK",
        "Our engineer will collect the fitting fee when he arrives.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-cash-on-site",
        "DE",
        "Die Montagekosten zahlen Sie bitte vor Ort beim Monteur.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-cash",
        "DE",
        "Den Zuschlag von 10 € können Sie bar an den Fahrer zahlen.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-card-at-the-door",
        "DE",
        "Die Anfahrt wird per Girocard an der Haustür beglichen.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-cash",
        "FR",
        "Le supplément de 15 € se règle en liquide au chauffeur.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-pay-the-technician",
        "FR",
        "Vous pourrez payer directement le déplacement au technicien.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-cash-on-delivery",
        "IT",
        "Il supplemento si paga in contrassegno, direttamente al corriere.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-pay-the-technician",
        "IT",
        "Il sopralluogo si può pagare con il POS al tecnico.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-cash",
        "ES",
        "El montaje se abona en metálico cuando llegue el técnico.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-pay-the-courier",
        "ES",
        "Los 6 € del recargo se pagan directamente al mensajero.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-our-driver-collects",
        "DE",
        "Die restlichen 12 € kassiert unser Fahrer bei der Übergabe.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-to-our-driver",
        "FR",
        "Le reste est à régler directement à notre livreur.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-to-our-courier",
        "IT",
        "La differenza la può pagare direttamente al nostro corriere.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-nothing-to-pay-the-driver",
        "FR",
        "Tout est payé sur Amazon, vous n'avez rien à régler au livreur.",
        [],
    ),
    reading(
        "payment_details-es-handed-over-in-person",
        "ES",
        "El repartidor le entregará el paquete en mano por la tarde.",
        [],
    ),
    reading(
        "payment_details-en-cashback-is-no-cash",
        "US",
        "Your card's cashback offer is shown on Amazon at checkout.",
        [],
    ),
    reading(
        "payment_details-de-bar-is-a-pressure",
        "DE",
        "Der Kompressor schafft 8 bar, der Druck wird in bar angezeigt.",
        [],
    ),
    reading(
        "payment_details-en-no-cash-needed",
        "UK",
        "The driver will not collect any payment; everything went through Amazon.",
        [],
    ),
    reading(
        "payment_details-es-paid-on-amazon",
        "ES",
        "El pedido ya está pagado en Amazon; el repartidor solo le entrega el paquete.",
        [],
    ),
    reading(
        "payment_details-fr-arrives-around-on-site",
        "FR",
        "Le technicien arrive vers 14 h et intervient sur place.",
        [],
    ),
]

# Wallets and apps outside Amazon, in any language, and PayPal's "friends and family".
WALLETS = [
    reading(
        "payment_details-en-upi",
        "UK",
        "Kindly send the extra via UPI to shop@okbank and share the receipt.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-google-pay",
        "DE",
        "Den Aufpreis schicken Sie am einfachsten per Google Pay.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-paylib",
        "FR",
        "Vous pouvez nous régler la gravure avec Paylib.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-friends-and-family",
        "IT",
        "Ci mandi i 5 euro con l'opzione amici e familiari, così non paghiamo commissioni.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-friends-and-family",
        "ES",
        "Envíe la diferencia como amigos y familiares y le mandamos la pieza.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-payment-link",
        "UK",
        "We'll email you a payment link for the gift wrap.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-payment-link",
        "DE",
        "Für die Gravur senden wir Ihnen gern einen Zahlungslink.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-pay-us",
        "IT",
        "Può pagarci a parte i 4 euro della confezione regalo.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-pay-us",
        "ES",
        "Puede pagarnos el envoltorio aparte, son 3 euros.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-cheque",
        "FR",
        "Réglez le supplément par chèque à notre adresse.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-pay-us-by-transfer-then-bank-transfer",
        "US",
        "We'll ship it directly if you pay us by bank transfer.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-pay-us-a-visit",
        "UK",
        "If you are ever in Leeds, pay us a visit at the workshop.",
        [],
    ),
    reading(
        "payment_details-en-a-gift-for-friends-and-family",
        "UK",
        "These mugs make a lovely present for friends and family.",
        [],
    ),
    reading(
        "payment_details-de-gift-for-friends-and-family",
        "DE",
        "Das Set eignet sich als Geschenk für Freunde und Familie.",
        [],
    ),
]

# Payment words in a sentence that says Amazon pays or refunds, or that the refund goes back to
# the buyer's own payment method, ask for nothing; a payment asked for beside such a sentence is.
AMAZON_PAYS = [
    reading(
        "payment_details-de-amazon-transfers-back",
        "DE",
        "Amazon überweist Ihnen den Betrag in den nächsten Tagen zurück.",
        [],
    ),
    reading(
        "payment_details-fr-amazon-refunds-by-transfer",
        "FR",
        "Amazon vous remboursera par virement sous quelques jours.",
        [],
    ),
    reading(
        "payment_details-it-refund-to-the-credit-card",
        "IT",
        "Il rimborso arriverà sulla carta di credito usata per l'acquisto.",
        [],
    ),
    reading(
        "payment_details-es-refund-to-the-credit-card",
        "ES",
        "El reembolso llegará a la tarjeta de crédito con la que pagó.",
        [],
    ),
    reading(
        "payment_details-en-original-payment-method-paypal",
        "UK",
        "The refund went to your original payment method, PayPal included.",
        [],
    ),
    reading(
        "payment_details-de-iban-for-our-refund",
        "DE",
        "Amazon erstattet nur den Kaufpreis. Den Rest überweisen wir, schicken Sie uns Ihre IBAN.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-send-your-iban-for-a-refund",
        "US",
        "Send us your IBAN and we will refund you the shipping ourselves.",
        [PAYMENT],
    ),
]

# The difference paid outside Amazon.
DIFFERENCE = [
    reading(
        "payment_details-en-into-my-account",
        "UK",
        "Transfer the extra £4 into my account and I'll post it today.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-on-my-account",
        "IT",
        "Versi i 4 euro sul mio conto e spedisco oggi stesso.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-not-on-my-account",
        "UK",
        "Please don't cancel on my account, the parcel is already on its way.",
        [],
    ),
    reading(
        "payment_details-de-bank-transfer-compound",
        "DE",
        "Die Differenz begleichen Sie bitte per Banküberweisung.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-pay-us-the-difference",
        "ES",
        "Si lo prefiere, puede abonarnos la diferencia y le enviamos la versión grande.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-difference-directly",
        "US",
        "The price difference can be settled directly to us before we ship.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-amazon-refunds-the-difference",
        "US",
        "Amazon will refund the difference to your original payment method.",
        [],
    ),
]

# Round 5 (issue 10): an extra settled with the seller directly ("settle the £6 directly with
# us"), in all five languages; a surcharge paid through Amazon asks for nothing.
SETTLED_DIRECTLY = [
    reading(
        "payment_details-en-settle-directly-with-us",
        "UK",
        "If you can settle the £8 engraving fee directly with us, we'll start today.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-settle-directly-with-us",
        "DE",
        "Den Zuschlag von 8 € können Sie direkt mit uns begleichen.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-settle-directly-with-us",
        "FR",
        "Vous pouvez régler le supplément de 8 € directement auprès de nous.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-settle-directly-with-us",
        "IT",
        "Può saldare il supplemento di 8 € direttamente con noi.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-settle-directly-with-us",
        "ES",
        "Puede liquidar el suplemento de 8 € directamente con nosotros.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-difference-to-the-account-below",
        "US",
        "Please transfer the difference to the account below.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-write-to-us-directly",
        "UK",
        "If anything is missing, please write to us directly here.",
        [],
    ),
    reading(
        "payment_details-it-return-directly-to-us",
        "IT",
        "Può spedire il reso direttamente a noi con l'etichetta allegata.",
        [],
    ),
]

# Cash handed over in person: "give the driver the €20 in cash", "dem Fahrer in bar geben".
CASH_HANDED = [
    reading(
        "payment_details-de-cash-given-to-the-driver",
        "DE",
        "Die 15 € für das Tragen geben Sie dem Fahrer einfach in bar.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-give-the-driver-money",
        "UK",
        "Please give the driver £15 for the stairs when he arrives.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-amount-handed-to-the-driver",
        "FR",
        "Les 15 € pour la montée à l'étage sont à remettre au livreur.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-amount-handed-to-the-driver",
        "IT",
        "I 15 € per il piano vanno consegnati al corriere alla consegna.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-amount-handed-to-the-driver",
        "ES",
        "Los 15 € de la subida se los da al repartidor en mano.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-cash-on-delivery",
        "US",
        "We can do cash on delivery for the extra shelves.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-hand-the-parcel-to-the-driver",
        "UK",
        "Please hand the parcel to the driver with the returns label attached.",
        [],
    ),
    reading(
        "payment_details-fr-parcel-handed-to-the-driver",
        "FR",
        "Il suffit de remettre le colis au livreur lors de son passage.",
        [],
    ),
]

# Card details asked for by reply: number, expiry date, security code.
CARD_BY_REPLY = [
    reading(
        "payment_details-en-card-details-by-reply",
        "UK",
        "Reply with the long number, expiry date and security code of your card.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-card-details-by-reply",
        "DE",
        "Senden Sie uns bitte Ihre Kartendaten mit Ablaufdatum und Sicherheitscode.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-card-details-by-reply",
        "FR",
        "Envoyez-nous les données de votre carte, date d'expiration et code de sécurité.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-card-details-by-reply",
        "IT",
        "Ci mandi i dati della sua carta: numero, scadenza e codice di sicurezza.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-card-details-by-reply",
        "ES",
        "Necesitamos los datos de su tarjeta: número, caducidad y código de seguridad.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-expiry-date-of-food",
        "UK",
        "The expiry date is printed on the lid of each jar.",
        [],
    ),
    reading(
        "payment_details-es-security-code-of-the-locker",
        "ES",
        "El código de seguridad de la taquilla le llegará por SMS.",
        [],
    ),
]

# Bank details in a signature-like block, without the word "bank details".
BANK_BLOCK = [
    reading(
        "payment_details-de-bank-block",
        "DE",
        "Empfänger: Holzwerk Brandt\nBLZ: 370 400 44\nKonto: 0532013000",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-routing-block",
        "US",
        "Beneficiary: Oak & Pine LLC\nABA: 021000021\nAcct no: 123456789",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-bank-block",
        "FR",
        "Bénéficiaire : Atelier Mira\nCode banque : 30004 - Code guichet : 00031",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-bank-block",
        "IT",
        "Beneficiario: Mobili Neri\nABI: 05428 - CAB: 11101",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-bank-block",
        "ES",
        "Beneficiario: Muebles Sol\nN.º de cuenta: 0049 1500 05 1234567892",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-imprint-owner",
        "DE",
        "Inhaber: Jens Brandt, Amtsgericht Köln HRA 1234",
        [],
    ),
]

# Declining the buyer's wish to pay off Amazon, refunds through Amazon, and invoices that say
# nothing is to be paid.
PAYMENT_DECLINED = [
    reading(
        "payment_details-en-unable-to-take-paypal",
        "US",
        "We're sorry, we are unable to accept PayPal; every payment goes through Amazon.",
        [],
    ),
    reading(
        "payment_details-de-refund-through-amazon-to-the-card",
        "DE",
        "Wir erstatten Ihnen die 8 € über Amazon auf Ihre Kreditkarte.",
        [],
    ),
    reading(
        "payment_details-fr-refund-through-amazon",
        "FR",
        "Le remboursement du supplément passe par Amazon, sur votre carte bancaire.",
        [],
    ),
    reading(
        "payment_details-it-refund-through-amazon",
        "IT",
        "Le rimborsiamo la differenza tramite Amazon sulla carta di credito usata.",
        [],
    ),
    reading(
        "payment_details-es-refund-through-amazon",
        "ES",
        "Le devolvemos la diferencia a través de Amazon en su tarjeta de crédito.",
        [],
    ),
    reading(
        "payment_details-en-invoice-already-paid",
        "UK",
        "Bank details: not required, the order was paid through Amazon.",
        [],
    ),
    reading(
        "payment_details-de-invoice-already-paid",
        "DE",
        "Bankverbindung: entfällt, bereits über Amazon bezahlt.",
        [],
    ),
    reading(
        "payment_details-it-invoice-already-paid",
        "IT",
        "Coordinate bancarie: non necessarie, ordine già pagato su Amazon.",
        [],
    ),
    reading(
        "payment_details-en-no-additional-cost",
        "UK",
        "The second engraving line comes at no additional cost.",
        [],
    ),
    reading(
        "payment_details-es-friends-discount-is-no-payment",
        "ES",
        "Tenemos una oferta para amigos y familiares todo el mes.",
        [MARKETING],
    ),
    reading(
        "payment_details-de-refused-verb-last",
        "DE",
        "Eine Bezahlung per Überweisung oder über PayPal außerhalb von Amazon ist bei uns leider "
        "nicht möglich.",
        [],
    ),
    reading(
        "payment_details-en-declined-plural-heads-the-list",
        "US",
        "We don't accept wire transfers, Venmo or Zelle for orders placed on Amazon.",
        [],
    ),
    reading(
        "payment_details-fr-refused-verb-last",
        "FR",
        "Un paiement par virement ou via PayPal en dehors d'Amazon n'est malheureusement pas "
        "possible.",
        [],
    ),
    reading(
        "payment_details-it-refused-verb-last",
        "IT",
        "Il pagamento con bonifico o PayPal al di fuori di Amazon purtroppo non è possibile.",
        [],
    ),
    reading(
        "payment_details-es-refused-verb-last",
        "ES",
        "El pago por transferencia o con PayPal fuera de Amazon lamentablemente no está permitido.",
        [],
    ),
    reading(
        "payment_details-it-ne-ne-without-accents",
        "IT",
        "Non accettiamo pagamenti esterni, ne bonifici ne PayPal.",
        [],
    ),
    reading(
        "payment_details-de-not-provided-for",
        "DE",
        "Zahlungen per PayPal oder Banküberweisung sind bei Bestellungen über Amazon nicht "
        "vorgesehen.",
        [],
    ),
    reading(
        "payment_details-de-not-needed-verb-first",
        "DE",
        "Ihre Kontodaten benötigen wir für die Rückerstattung nicht, das übernimmt Amazon.",
        [],
    ),
    reading(
        "payment_details-en-a-refusal-after-the-list",
        "UK",
        "Paying us by bank transfer, PayPal or cash outside Amazon is not permitted.",
        [],
    ),
    reading(
        "payment_details-fr-a-refusal-after-the-list",
        "FR",
        "Le règlement par virement, PayPal ou en espèces hors d'Amazon n'est pas prévu.",
        [],
    ),
    reading(
        "payment_details-it-a-refusal-after-the-list",
        "IT",
        "Pagamenti con bonifico, PayPal o in contanti fuori da Amazon non sono previsti.",
        [],
    ),
    reading(
        "payment_details-es-a-refusal-after-the-list",
        "ES",
        "Los pagos por bizum, PayPal o en efectivo fuera de Amazon no están permitidos.",
        [],
    ),
    reading(
        "payment_details-en-a-bare-negation-after-a-list-refuses-nothing",
        "UK",
        "Please pay the rest of the price by PayPal as the card reader is not working.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-refusal-in-a-subordinate-clause",
        "UK",
        "Please pay by PayPal if a bank transfer is not possible.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-refusal-in-another-clause",
        "DE",
        "PayPal können wir leider nicht akzeptieren, bitte überweisen Sie den Betrag.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-refusal-in-another-clause",
        "FR",
        "Le paiement à la livraison n'est pas possible, merci de régler par virement.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-refusal-in-another-clause",
        "IT",
        "Purtroppo non è possibile pagare alla consegna, la preghiamo di saldare con un bonifico.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-refusal-in-another-clause",
        "ES",
        "No es posible pagar contra reembolso, así que le pedimos una transferencia bancaria.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-plural-transfers", "UK", "We also accept bank transfers.", [PAYMENT]
    ),
    reading(
        "payment_details-de-plural-transfers", "DE", "Wir nehmen auch Überweisungen an.", [PAYMENT]
    ),
    reading(
        "payment_details-fr-plural-transfers",
        "FR",
        "Nous acceptons aussi les virements.",
        [PAYMENT],
    ),
    reading("payment_details-it-plural-transfers", "IT", "Accettiamo anche bonifici.", [PAYMENT]),
    reading(
        "payment_details-es-plural-transfers",
        "ES",
        "Aceptamos también transferencias bancarias.",
        [PAYMENT],
    ),
    # A refusal of another thing, joined by but/and/as (review of round 6), and a payment
    # before a comma and a refused one: no list, the ask stands.
    reading(
        "payment_details-en-refusal-of-another-thing-and",
        "UK",
        "We are not able to send it to Austria and would ask you to pay the difference by PayPal.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-refusal-of-another-thing-but",
        "UK",
        "We cannot offer express shipping but you can pay by bank transfer.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-refusal-of-another-thing-und",
        "DE",
        "Leider ist eine Lieferung nach Österreich nicht möglich und wir bitten Sie den "
        "Restbetrag auf unser Konto zu überweisen.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-refusal-of-another-thing-da",
        "DE",
        "Überweisen Sie bitte den Restbetrag auf unser Konto da eine Lieferung nach "
        "Österreich leider nicht möglich ist.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-refusal-of-another-thing-da-2",
        "DE",
        "Bitte zahlen Sie per PayPal da Expressversand leider nicht möglich ist.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-refusal-of-another-thing-mais",
        "FR",
        "Nous ne pouvons pas envoyer en express mais vous pouvez payer par PayPal.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-refusal-of-another-thing-ma",
        "IT",
        "Non possiamo inviare in Austria ma può pagare con bonifico sul nostro conto.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-refusal-of-another-thing-dato-che",
        "IT",
        "Paghi con PayPal dato che la spedizione espressa non è possibile.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-refusal-of-another-thing-e",
        "IT",
        "Non possiamo offrire la spedizione espressa e le chiediamo di pagare la differenza "
        "con PayPal.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-refusal-of-another-thing-pero",
        "ES",
        "No podemos ofrecerle envío urgente pero puede pagar por transferencia bancaria.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-refusal-of-another-thing-y",
        "ES",
        "No podemos ofrecerle envío urgente y le pedimos pagar por transferencia bancaria.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-refusal-of-another-thing-pues",
        "ES",
        "Puede pagar por transferencia bancaria pues el envío urgente no es posible.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-comma-is-no-list",
        "UK",
        "Please pay by bank transfer, PayPal is not possible.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-comma-is-no-list",
        "DE",
        "Bitte überweisen Sie den Betrag, PayPal ist leider nicht möglich.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-comma-is-no-list-2",
        "DE",
        "Bitte überweisen Sie den Restbetrag, Barzahlung ist leider nicht möglich.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-comma-is-no-list",
        "FR",
        "Merci de payer par virement, PayPal n'est pas possible.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-comma-is-no-list",
        "IT",
        "Paghi con bonifico, PayPal non è possibile.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-comma-is-no-list",
        "ES",
        "Pague por transferencia bancaria, PayPal no es posible.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-refused-list-named-by-or",
        "UK",
        "Bank transfer, PayPal or cash payments are not possible for Amazon orders.",
        [],
    ),
    reading(
        "payment_details-it-declined-plural-bonifici",
        "IT",
        "Non accettiamo bonifici bancari, PayPal o contanti per gli ordini Amazon.",
        [],
    ),
]

# More of round 5's kinds in other words: another account of ours, card digits, the difference
# wired; and the near-misses: only through Amazon, declined, nothing to pay, no extra cost.
MORE_PAYMENTS = [
    reading(
        "payment_details-en-our-business-account",
        "UK",
        "Send the £12 to our business account and we'll post it.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-our-business-account",
        "DE",
        "Überweisen Sie die 12 € bitte auf unser Geschäftskonto.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-exact-cash-ready",
        "DE",
        "Halten Sie die 20 € für den Fahrer bitte passend bar bereit.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-card-digits",
        "UK",
        "Send us the 16 digits on the front of your card and the 3 on the back.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-card-digits",
        "DE",
        "Nennen Sie uns noch die drei Ziffern auf der Rückseite Ihrer Karte.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-card-digits",
        "FR",
        "Indiquez-nous aussi les trois chiffres au dos de votre carte.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-card-digits",
        "IT",
        "Ci indichi anche le tre cifre sul retro della carta.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-card-digits",
        "ES",
        "Indíquenos también los tres dígitos del reverso de su tarjeta.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-wire-the-difference",
        "FR",
        "Merci de virer la différence aujourd'hui.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-pass-on-the-difference",
        "IT",
        "Ci giri la differenza e spediamo subito.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-transfer-us-the-difference",
        "ES",
        "Transfiéranos la diferencia y enviamos hoy.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-account-name-and-sort-code",
        "UK",
        "Account name: Oak Ltd, Sort code 20-00-00",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-only-through-amazon",
        "UK",
        "As for PayPal: all payments go through Amazon only.",
        [],
    ),
    reading(
        "payment_details-de-only-through-amazon",
        "DE",
        "Zur Frage nach PayPal: Zahlungen laufen ausschließlich über Amazon.",
        [],
    ),
    reading(
        "payment_details-fr-only-through-amazon",
        "FR",
        "Pour le virement : le paiement se fait uniquement via Amazon.",
        [],
    ),
    reading(
        "payment_details-it-only-through-amazon",
        "IT",
        "Quanto al bonifico: i pagamenti avvengono solo tramite Amazon.",
        [],
    ),
    reading(
        "payment_details-es-only-through-amazon",
        "ES",
        "Sobre Bizum: los pagos se hacen únicamente a través de Amazon.",
        [],
    ),
    reading(
        "payment_details-en-cannot-take-a-transfer",
        "US",
        "We can't take payment by bank transfer, sorry.",
        [],
    ),
    reading(
        "payment_details-it-transfer-not-possible",
        "IT",
        "Purtroppo il pagamento con bonifico non è possibile.",
        [],
    ),
    reading(
        "payment_details-es-cannot-accept-bizum",
        "ES",
        "Lo siento, no podemos aceptar pagos por Bizum.",
        [],
    ),
    reading(
        "payment_details-fr-cannot-accept-a-transfer",
        "FR",
        "Nous ne pouvons pas accepter de virement.",
        [],
    ),
    reading(
        "payment_details-de-paypal-not-possible",
        "DE",
        "Leider ist eine Zahlung per PayPal nicht möglich.",
        [],
    ),
    reading(
        "payment_details-en-no-bank-details-needed",
        "UK",
        "No bank details are needed, the invoice is already settled via Amazon.",
        [],
    ),
    reading(
        "payment_details-de-no-bank-details-needed",
        "DE",
        "Eine Bankverbindung benötigen Sie nicht, die Rechnung ist bereits bezahlt.",
        [],
    ),
    reading(
        "payment_details-fr-no-bank-details-needed",
        "FR",
        "Aucun RIB n'est nécessaire, la facture est déjà réglée.",
        [],
    ),
    reading(
        "payment_details-it-no-bank-details-needed",
        "IT",
        "Non servono coordinate bancarie: la fattura risulta già saldata.",
        [],
    ),
    reading(
        "payment_details-es-no-bank-details-needed",
        "ES",
        "No necesita datos bancarios, la factura ya está pagada.",
        [],
    ),
    reading(
        "payment_details-es-iban-not-needed-paid-on-amazon",
        "ES",
        "IBAN: no es necesario, pedido pagado en Amazon.",
        [],
    ),
    reading(
        "payment_details-fr-no-extra-cost",
        "FR",
        "La réparation est gratuite, sans frais supplémentaires pour vous.",
        [],
    ),
    reading(
        "payment_details-it-no-extra-cost",
        "IT",
        "La sostituzione è senza costi aggiuntivi.",
        [],
    ),
    reading(
        "payment_details-de-no-extra-cost",
        "DE",
        "Der Austausch erfolgt ohne zusätzliche Kosten.",
        [],
    ),
    reading(
        "payment_details-es-no-extra-cost",
        "ES",
        "El cambio no tiene ningún coste adicional.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    WRAPPED
    + QUESTIONS_AND_OPTIONS
    + SUPPOSED
    + NEGATION_SCOPE
    + CONTRACTS
    + NOMINAL_AND_POLITE
    + IMPERATIVES
    + MISSPELT
    + IN_PERSON
    + WALLETS
    + AMAZON_PAYS
    + DIFFERENCE
    + SETTLED_DIRECTLY
    + CASH_HANDED
    + CARD_BY_REPLY
    + BANK_BLOCK
    + PAYMENT_DECLINED
    + MORE_PAYMENTS,
)
def test_cancel_and_payment_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
