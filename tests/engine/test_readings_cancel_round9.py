"""The cancellation rule on kinds of wording the ninth blind round found (issue 10): a clause a
dash sets off, the seller's liking or gratitude that the buyer cancels, the seller's wish with
"you" after it, a question whether it would be worth it, a past participle written for the
infinitive after a politeness word ("svp", "bitte"; not after an adverb such as "just"), a
review word in another clause, an option in a list, Italian's indicative "annulla", the buyer's
account named as the way; each kind in the five languages, with the near-misses it must allow
(the seller cancelling, negations, a cancellation done, Amazon's own process).

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import CANCEL, MANIPULATION, MISPLACED, reading, wording_rules

# A dash ends a clause for the request: an imperative after it opens its own. A negation or a
# refusal reaches across it all the same ("no problem" after it negates nothing).
DASHES = [
    reading(
        "cancel_request-en-dash-then-imperative",
        "US",
        "We can get you the blue one sooner — cancel this order and buy the other listing.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-dash-then-no-hard-feelings",
        "US",
        "If the date is too late, you are welcome to cancel – no problem at all.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-dash-then-imperative",
        "DE",
        "Der Stoff ist aus – stornieren Sie bitte und bestellen Sie das graue Modell.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-dash-then-no-worries",
        "FR",
        "Si le délai est trop long, libre à vous d'annuler — aucun souci de notre côté.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-dash-then-imperative",
        "IT",
        "Il colore è finito — annulli pure l'ordine e scelga il nero.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-dash-then-no-problem",
        "ES",
        "Si el plazo no le va bien, puede cancelar – no pasa nada.",
        [CANCEL],
    ),
    # Must allow: the seller cancels after the dash, a negation inside the request's clause.
    reading(
        "cancel_request-en-dash-then-we-cancel",
        "US",
        "The part is out of stock — we will cancel the order and refund you today.",
        [],
    ),
    reading(
        "cancel_request-de-dash-not-to-cancel",
        "DE",
        "Die Ware ist schon unterwegs – bitte stornieren Sie die Bestellung nicht.",
        [],
    ),
    reading(
        "cancel_request-fr-dash-we-cancel",
        "FR",
        "L'article est épuisé — nous annulons la commande et vous remboursons.",
        [],
    ),
    reading(
        "cancel_request-it-dash-no-need",
        "IT",
        "Il pacco è già partito — non serve annullare nulla.",
        [],
    ),
    reading(
        "cancel_request-es-dash-no-need",
        "ES",
        "El paquete ya salió – no hace falta que cancele el pedido.",
        [],
    ),
    # Must allow: a negation or refusal after the dash, or between two dashes.
    reading(
        "cancel_request-en-dash-never-ask",
        "US",
        "Cancelling your order — we would never suggest that.",
        [],
    ),
    reading(
        "cancel_request-de-dash-never-ask",
        "DE",
        "Wir verlangen nie – unter keinen Umständen – dass Sie stornieren.",
        [],
    ),
    reading(
        "cancel_request-fr-dash-surely-not",
        "FR",
        "Annuler la commande — surtout pas, elle est déjà en route.",
        [],
    ),
    reading(
        "cancel_request-it-dash-dont",
        "IT",
        "Annullare l'ordine – non lo faccia, il pacco è già in viaggio.",
        [],
    ),
    reading(
        "cancel_request-es-dash-never-ask",
        "ES",
        "Cancelar el pedido – nunca se lo pediríamos.",
        [],
    ),
]

# The seller's liking or gratitude that the buyer cancels, or the seller's wish with "you"
# after it: what the seller would like is the buyer's to do.
WISHES = [
    reading(
        "cancel_request-de-uns-waere-es-lieb",
        "DE",
        "Uns wäre es lieb, wenn Sie den Kauf rückgängig machen, bis neues Holz da ist.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-wir-moechten-dass-sie",
        "DE",
        "Wir möchten, dass Sie die Bestellung stornieren, der Preis war falsch.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-appreciated-if-you",
        "UK",
        "It would be appreciated if you cancelled the order on your side.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-we-would-prefer-that-you",
        "US",
        "We would prefer that you cancel the purchase yourself.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-nous-souhaiterions-que-vous",
        "FR",
        "Nous souhaiterions que vous annuliez la commande, le prix affiché était faux.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-il-serait-apprecie",
        "FR",
        "Il serait apprécié que la commande soit annulée par vos soins.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-sarebbe-gradito",
        "IT",
        "Sarebbe gradito che l'ordine venisse annullato da parte sua.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-seria-de-agradecer",
        "ES",
        "Sería de agradecer que anulara la compra cuanto antes.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-ci-farebbe-piacere-se",
        "IT",
        "Ci farebbe piacere se l'acquisto venisse annullato da lei stesso.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-nos-vendria-bien-que",
        "ES",
        "Nos vendría bien que usted anulara el pedido hoy mismo.",
        [CANCEL],
    ),
    # Must allow: the seller's own wish to cancel, thanks for a cancellation done, a wish
    # about something else.
    reading(
        "cancel_request-fr-nous-souhaiterions-annuler-nous-memes",
        "FR",
        "Nous souhaiterions annuler nous-mêmes la commande, merci de votre compréhension.",
        [],
    ),
    reading(
        "cancel_request-de-lieb-already-cancelled",
        "DE",
        "Lieben Dank, die Bestellung wurde bereits storniert.",
        [],
    ),
    reading(
        "cancel_request-en-would-prefer-we-cancel",
        "US",
        "We would prefer to cancel the order ourselves and refund you today.",
        [],
    ),
    reading(
        "cancel_request-es-agradecer-cancelado",
        "ES",
        "Queremos agradecerle su paciencia: el pedido ya está cancelado.",
        [],
    ),
    reading(
        "cancel_request-it-con-piacere-annullato",
        "IT",
        "Con piacere: abbiamo annullato l'ordine come ci ha chiesto.",
        [],
    ),
    reading(
        "cancel_request-es-vendria-el-lunes",
        "ES",
        "El técnico vendría el lunes, así que no hace falta cancelar el pedido.",
        [],
    ),
    reading(
        "cancel_request-it-gradito-review",
        "IT",
        "Abbiamo annullato l'ordine come richiesto; il suo messaggio è stato molto gradito.",
        [],
    ),
]

# Whether cancelling would be worth it suggests it, put in the negative too; worth said of
# something else before a cancellation the platform makes does not.
WORTH = [
    reading(
        "cancel_request-es-no-le-compensaria",
        "ES",
        "¿No le compensaría cancelar y pedir el de 90 cm, que está en stock?",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-would-it-not-be-worth",
        "US",
        "Wouldn't it be worth cancelling and ordering the grey one instead?",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-lohnt-es-sich-nicht",
        "DE",
        "Lohnt es sich nicht, die Bestellung zu stornieren und die größere zu nehmen?",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-vaudrait-il-pas-mieux",
        "FR",
        "Ne vaudrait-il pas mieux annuler et commander la version noire ?",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-non-le-converrebbe",
        "IT",
        "Non le converrebbe annullare e ordinare il modello grande?",
        [CANCEL],
    ),
    # Must allow: worth said of the wait, of the product, a negation that is the seller's.
    reading(
        "cancel_request-en-worth-the-wait-we-wont-cancel",
        "US",
        "The oak version is worth the wait, and we will not cancel your order.",
        [],
    ),
    reading(
        "cancel_request-es-compensaria-no-cancelar",
        "ES",
        "Le compensaría esperar: no cancelaremos su pedido y llega el lunes.",
        [],
    ),
    # Worth said of the cancellation itself, in the affirmative too.
    reading(
        "cancel_request-en-worth-it-to-cancel",
        "UK",
        "It may be worth it to simply cancel and reorder the grey one.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-vaudrait-la-peine",
        "FR",
        "Il vaudrait peut-être la peine d'annuler et de commander le gris.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-varrebbe-la-pena",
        "IT",
        "Varrebbe la pena annullare e scegliere il modello grigio.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-valdria-la-pena",
        "ES",
        "Quizá valdría la pena anular el pedido y elegir el gris.",
        [CANCEL],
    ),
    # Must allow: worth said of knowing what the platform cancels, worth denied.
    reading(
        "cancel_request-en-worth-remembering-platform-cancels",
        "UK",
        "It's worth remembering that the marketplace cancels unpaid orders after a week.",
        [],
    ),
    reading(
        "cancel_request-fr-vaut-la-peine-de-rappeler",
        "FR",
        "Il vaut la peine de rappeler que la plateforme annule les commandes impayées après "
        "une semaine.",
        [],
    ),
    reading(
        "cancel_request-de-lohnt-sich-zu-wissen",
        "DE",
        "Es lohnt sich zu wissen, dass die Plattform unbezahlte Bestellungen nach einer Woche "
        "storniert.",
        [],
    ),
    reading(
        "cancel_request-it-vale-la-pena-ricordare",
        "IT",
        "Vale la pena ricordare che la piattaforma annulla gli ordini non pagati dopo una "
        "settimana.",
        [],
    ),
    reading(
        "cancel_request-es-vale-la-pena-recordar",
        "ES",
        "Vale la pena recordar que la plataforma cancela los pedidos impagados tras una semana.",
        [],
    ),
    reading(
        "cancel_request-fr-ne-vaut-pas-la-peine",
        "FR",
        "Franchement, ça ne vaut pas la peine d'annuler : le colis part demain.",
        [],
    ),
]

# A past participle written for the infinitive right after a politeness word asks all the same.
PARTICIPLES = [
    reading(
        "cancel_request-fr-svp-annule-typo",
        "FR",
        "svp annulé la commande de votre coté, on ne livre pas les îles",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-veuillez-annule-typo",
        "FR",
        "Veuillez annulé votre commande, le modèle est épuisé.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-bitte-storniert",
        "DE",
        "Bitte storniert die Bestellung, wir haben die Farbe nicht mehr.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-per-favore-annullato-typo",
        "IT",
        "per favore annullato l'ordine, non abbiamo più la taglia",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-por-favor-cancelado-typo",
        "ES",
        "por favor cancelado el pedido, no nos queda stock",
        [CANCEL],
    ),
    # Must allow: the cancellation done, a request set off by a comma before a done one.
    reading(
        "cancel_request-fr-commande-annulee-merci",
        "FR",
        "Votre commande a été annulée, merci de votre patience.",
        [],
    ),
    reading(
        "cancel_request-de-bitte-beachten-storniert",
        "DE",
        "Bitte beachten Sie: die Bestellung ist storniert, das Geld kommt in drei Tagen.",
        [],
    ),
    reading(
        "cancel_request-en-please-note-cancelled",
        "UK",
        "Please note, cancelled orders are refunded within two days.",
        [],
    ),
    reading(
        "cancel_request-es-cancelado-por-nosotros",
        "ES",
        "Le informamos de que el pedido fue cancelado por nosotros ayer.",
        [],
    ),
    # Must allow: an adverb that may ask ("just", "simply", "gerne") before the seller's past.
    reading(
        "cancel_request-en-simply-cancelled-ours",
        "UK",
        "Simply cancelled the second parcel this morning, so there is nothing left to do.",
        [],
    ),
    reading(
        "cancel_request-de-kurzerhand-storniert",
        "DE",
        "Habe den zweiten Auftrag kurzerhand storniert, das Geld ist schon unterwegs.",
        [],
    ),
    reading(
        "cancel_request-fr-ai-simplement-annulee",
        "FR",
        "Je l'ai simplement annulée hier soir, le remboursement suit.",
        [],
    ),
    reading(
        "cancel_request-it-ho-pure-annullato",
        "IT",
        "Ho semplicemente annullato il secondo ordine, il rimborso parte oggi.",
        [],
    ),
    reading(
        "cancel_request-es-simplemente-cancelado",
        "ES",
        "Lo hemos simplemente cancelado esta mañana; el reembolso llega en tres días.",
        [],
    ),
]

# A review word in another clause does not make the cancellation a deleted review, unless "or"
# joins the two clauses.
REVIEW_ELSEWHERE = [
    reading(
        "cancel_request-es-comentario-then-cancele",
        "ES",
        "Visto su comentario sobre la talla, cancele y compre la M.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-feedback-then-cancel",
        "US",
        "Thanks for the feedback on sizing, please cancel and reorder the large.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-commento-then-annulli",
        "IT",
        "Dopo il suo commento sul colore, annulli l'ordine e scelga il rosso.",
        [CANCEL],
    ),
    # Must allow: a review deleted, in the cancellation's clause.
    reading(
        "cancel_request-it-cancellare-il-commento",
        "IT",
        "Le chiediamo gentilmente di non cancellare il commento che ha scritto.",
        [],
    ),
    # Must allow: a review deleted in the clause "or" joins to the one that names it (asking to
    # change a review is the review rules' to flag, not a cancellation).
    reading(
        "cancel_request-it-commento-oppure-cancellarlo",
        "IT",
        "Può correggere il commento, oppure cancellarlo se non le piace più.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "cancel_request-es-resena-o-bien-cancelarla",
        "ES",
        "Si lo desea, puede cambiar su reseña, o bien cancelarla por completo.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "cancel_request-fr-avis-ou-bien-l-annuler",
        "FR",
        "Vous pouvez modifier votre avis, ou bien l'annuler.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "cancel_request-en-feedback-or-cancel-it",
        "UK",
        "You can edit your feedback, or cancel it altogether.",
        [MANIPULATION, MISPLACED],
    ),
    reading(
        "cancel_request-de-bewertung-oder-stornieren",
        "DE",
        "Sie können die Bewertung ändern, oder sie stornieren.",
        [MANIPULATION, MISPLACED],
    ),
]

# A cancellation verb that opens a list's item is an option offered to the buyer.
LISTS = [
    reading(
        "cancel_request-it-list-option",
        "IT",
        "Le possibilità sono:\n- aspettare fino a gennaio;\n- annullare l'ordine e scegliere "
        "la tazza grande;\n- cambiare il testo.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-list-option",
        "DE",
        "Sie haben zwei Möglichkeiten:\n- bis Januar warten\n- die Bestellung stornieren und "
        "neu bestellen",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-list-option",
        "FR",
        "Deux choix s'offrent à vous :\n• patienter jusqu'au 10 mars ;\n• annuler la commande "
        "et prendre le modèle gris.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-list-option",
        "ES",
        "Opciones:\n- esperar a la reposición\n- anular la compra y elegir otra talla",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-list-option",
        "US",
        "Your options:\n- wait for the restock\n- cancel the order and pick another size",
        [CANCEL],
    ),
    # Must allow: the seller cancels in the list, a condition, the noun in a price list.
    reading(
        "cancel_request-en-list-we-cancel",
        "US",
        "What happens next:\n- we cancel the order\n- you get a full refund",
        [],
    ),
    reading(
        "cancel_request-de-list-storno-noun",
        "DE",
        "Konditionen:\n- Stornierung: kostenlos bis zum Versand\n- Versand: 2 Tage",
        [],
    ),
    reading(
        "cancel_request-fr-list-if-you-cancel",
        "FR",
        "Bon à savoir :\n- si vous annulez, le remboursement prend trois jours",
        [],
    ),
    reading(
        "cancel_request-it-list-done",
        "IT",
        "Riepilogo:\n- annullato l'ordine n. 2\n- spedito l'ordine n. 3",
        [],
    ),
    # Must allow: a plural or feminine participle said of what was cancelled in a list's item.
    reading(
        "cancel_request-it-list-plural-done",
        "IT",
        "Informazioni utili:\n- Le prenotazioni annullate si rimborsano in 48 ore\n"
        "- I pacchi cancellati non vengono addebitati",
        [],
    ),
    reading(
        "cancel_request-es-list-plural-done",
        "ES",
        "Para saber:\n- Las compras anuladas se devuelven en 48 horas\n"
        "- Los envíos cancelados no se cobran",
        [],
    ),
    reading(
        "cancel_request-de-list-plural-done",
        "DE",
        "Wissenswert:\n- Bei stornierten Aufträgen kommt das Geld binnen 48 Stunden zurück",
        [],
    ),
    reading(
        "cancel_request-fr-list-plural-done",
        "FR",
        "Bon à savoir :\n- Les réservations annulées sont remboursées sous 48 heures",
        [],
    ),
    reading(
        "cancel_request-en-list-plural-done",
        "UK",
        "Good to know:\n- Cancelled bookings are refunded within 48 hours",
        [],
    ),
    # Must allow: an FAQ's item whose cancellation is a label, a colon and a statement after it.
    reading(
        "cancel_request-en-list-label",
        "UK",
        "Good to know:\n- cancel the purchase: only before it ships\n- exchanges: within 30 days",
        [],
    ),
    reading(
        "cancel_request-de-list-label",
        "DE",
        "Häufige Fragen:\n- Bestellung stornieren: nur vor dem Versand möglich\n"
        "- Umtausch: 30 Tage",
        [],
    ),
    reading(
        "cancel_request-fr-list-label",
        "FR",
        "Questions fréquentes :\n- annuler un achat : possible jusqu'à l'envoi\n"
        "- échange : sous 30 jours",
        [],
    ),
    reading(
        "cancel_request-it-list-label",
        "IT",
        "Domande frequenti:\n- annullare un acquisto: solo prima della spedizione\n"
        "- cambio: entro 30 giorni",
        [],
    ),
    reading(
        "cancel_request-es-list-label",
        "ES",
        "Dudas frecuentes:\n- anular una compra: posible hasta el envío\n- cambios: en 30 días",
        [],
    ),
]

# "annulla" is the indicative as well as the imperative: Amazon's cancellation in a condition
# asks nothing, the imperative opening its clause asks.
INDICATIVE = [
    reading(
        "cancel_request-it-annulla-imperative",
        "IT",
        "Annulla l'ordine e riordina la taglia M, quella è disponibile.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-se-amazon-annulla",
        "IT",
        "Se Amazon annulla l'ordine, la avviseremo subito.",
        [],
    ),
    reading(
        "cancel_request-it-il-sistema-annulla",
        "IT",
        "Il sistema annulla l'ordine da solo dopo tre giorni senza pagamento.",
        [],
    ),
]

# The buyer's account named as the way a cancellation is to be made, a request after it.
ACCOUNTS = [
    reading(
        "cancel_request-fr-depuis-votre-compte",
        "FR",
        "Une demande d'annulation devrait être faite depuis votre compte client.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-ueber-ihr-konto",
        "DE",
        "Eine Stornierung müsste über Ihr Kundenkonto erfolgen, damit nichts verschickt wird.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-from-your-account",
        "US",
        "A cancellation should be requested from your account before Friday.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-dal-suo-account",
        "IT",
        "L'annullamento andrebbe fatto dal suo account, noi non possiamo farlo.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-desde-su-cuenta",
        "ES",
        "La cancelación debería hacerse desde su cuenta de Amazon.",
        [CANCEL],
    ),
    # Must allow: the seller's account, Amazon processing it, a cancellation done.
    reading(
        "cancel_request-en-from-our-account-done",
        "US",
        "The cancellation was made from our seller account this morning.",
        [],
    ),
    reading(
        "cancel_request-de-storniert-ueber-ihr-konto-sichtbar",
        "DE",
        "Die Bestellung ist storniert, die Erstattung sehen Sie über Ihr Kundenkonto.",
        [],
    ),
    reading(
        "cancel_request-fr-remboursement-depuis-votre-compte",
        "FR",
        "Nous avons annulé la commande ; le remboursement sera visible depuis votre compte.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    DASHES + WISHES + WORTH + PARTICIPLES + REVIEW_ELSEWHERE + LISTS + INDICATIVE + ACCOUNTS,
)
def test_cancel_readings_round9(body: str, given: dict[str, str], rules: list[str]) -> None:
    assert wording_rules(body, given) == sorted(rules)
