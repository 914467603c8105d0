"""The cancellation rule on kinds of wording the twelfth blind round found: the seller telling
how to cancel in a reply to the buyer's own words about it, quoted on their own lines ("> Wie
kann ich stornieren?" - "Sie können die Stornierung in Ihrem Konto beantragen"), which answers
the buyer and asks nothing, unless a deal comes with it; the order made to vanish with a click,
offered on a condition, the cancellation by another name ("Should you prefer not to wait, the
order can go away with a single click", "ist die Bestellung mit einem Klick erledigt", "la
commande peut disparaître en un clic"); a suggestion asked as a negative question in more words
("Non sarebbe più comodo richiedere l'annullamento?", "Wouldn't it make more sense to cancel?");
and the cancellation verb mistyped ("bitte stornierne Sie"). Each kind in the five languages,
with the near-misses it must allow: a quote about something else, a deal, something other than
the order vanishing, the seller deleting it, "right away", a negation in the statement's own
word order ("non sarebbe più possibile"), the seller's or a negated mistyped verb.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import CANCEL, reading, wording_rules

# The buyer's words about a cancellation quoted on their own lines: the seller telling how it
# is done answers them, a deal for it asks all the same; a quote about something else leaves
# the seller's request a request.
ANSWERED = [
    reading(
        "cancel_request-en-answered-request-under-your-orders",
        "UK",
        "\n> How do I cancel? I bought it twice by mistake.\n\n"
        "You can request a cancellation under Your Orders for as long as it has not shipped.",
        [],
    ),
    reading(
        "cancel_request-de-answered-stornierung-beantragen",
        "DE",
        "\n> Wie storniere ich die doppelte Bestellung?\n\n"
        "Sie können die Stornierung in Ihrem Konto beantragen, solange nichts versandt ist.",
        [],
    ),
    reading(
        "cancel_request-fr-answered-demander-annulation",
        "FR",
        "\n> Comment annuler ma commande ? Je me suis trompé de taille.\n\n"
        "Vous pouvez demander l'annulation depuis « Vos commandes » tant que le colis n'est pas"
        " parti.",
        [],
    ),
    reading(
        "cancel_request-it-answered-richiedere-annullamento",
        "IT",
        "\n> Come faccio ad annullare l'ordine doppio?\n\n"
        "Può richiedere l'annullamento dalla pagina I miei ordini finché non risulta spedito.",
        [],
    ),
    reading(
        "cancel_request-es-answered-solicitar-cancelacion",
        "ES",
        "\n> ¿Cómo cancelo el pedido? Lo compré dos veces.\n\n"
        "Puede solicitar la cancelación en Mis pedidos mientras no se haya enviado.",
        [],
    ),
    reading(
        "cancel_request-en-answered-please-go-to-your-orders",
        "UK",
        "\n> Is it still possible to cancel?\n\n"
        "Yes, please go to Your Orders and choose Cancel items; the button stays until dispatch.",
        [],
    ),
    reading(
        "cancel_request-de-answered-wish-to-cancel-klicken-sie",
        "DE",
        "\n> Ich möchte stornieren, ich habe es woanders gefunden.\n\n"
        "Das geht ganz einfach: Klicken Sie in Ihrem Konto auf „Artikel stornieren“.",
        [],
    ),
    # Must flag: a deal for the cancellation the buyer asked about, a quote about another thing.
    reading(
        "cancel_request-en-answered-deal-sell-for-less",
        "UK",
        "\n> Can I still cancel?\n\nYes, cancel it and we can sell it to you for £20 less.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-answered-deal-guenstiger",
        "DE",
        "\n> Kann ich noch stornieren?\n\n"
        "Ja, stornieren Sie bitte, dann verkaufen wir Ihnen das Gerät günstiger.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-answered-quote-about-colour",
        "UK",
        "\n> Can I have it in blue instead?\n\nPlease cancel the order and buy the blue one.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-answered-quote-about-colour",
        "DE",
        "\n> Gibt es das auch in Blau?\n\n"
        "Bitte stornieren Sie die Bestellung und bestellen Sie die blaue Variante.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-answered-quote-about-colour",
        "FR",
        "\n> Vous l'avez en bleu ?\n\nMerci d'annuler la commande et de commander la bleue.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-answered-quote-about-colour",
        "IT",
        "\n> Ce l'avete in blu?\n\nLa preghiamo di annullare l'ordine e di ordinare quello blu.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-answered-quote-about-colour",
        "ES",
        "\n> ¿Lo tienen en azul?\n\nPor favor, cancele el pedido y compre el azul.",
        [CANCEL],
    ),
]

# The order made to vanish with a click, on a condition in a clause of its own.
CLICKED_AWAY = [
    reading(
        "cancel_request-en-clicked-away-disappear",
        "UK",
        "If the wait is too long for you, your order can simply disappear with one click.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-clicked-away-go-away-should-you",
        "UK",
        "Should you not want to wait, the order can go away with a couple of clicks.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-clicked-away-gone",
        "US",
        "If you'd rather not wait, the order is gone with a single click.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-clicked-away-verschwindet",
        "DE",
        "Falls Ihnen das zu lange dauert, verschwindet die Bestellung mit einem Klick.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-clicked-away-erledigt",
        "DE",
        "Wenn Sie nicht warten möchten, ist Ihre Bestellung mit zwei Klicks erledigt.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-clicked-away-disparaitre",
        "FR",
        "Si le délai est trop long, votre commande peut disparaître en un clic.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-clicked-away-verschwunden",
        "DE",
        "Wenn Sie nicht warten wollen, genügt ein Klick und die Bestellung ist verschwunden.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-clicked-away-supprimer",
        "FR",
        "Si vous ne voulez pas attendre, vous pouvez supprimer la commande en un clic.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-clicked-away-sparisce",
        "IT",
        "Se non vuole aspettare, l'ordine sparisce con un clic dal suo account.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-clicked-away-eliminare",
        "IT",
        "Se l'attesa è troppo lunga, può eliminare l'ordine con un clic.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-clicked-away-desaparece",
        "ES",
        "Si no quiere esperar, el pedido desaparece con un clic desde su cuenta.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-clicked-away-eliminar",
        "ES",
        "Si prefiere no esperar, puede eliminar el pedido con un par de clics.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-clicked-away-koennen-sie-loeschen",
        "DE",
        "Wenn Ihnen das zu lange dauert, können Sie die Bestellung mit einem Klick löschen.",
        [CANCEL],
    ),
    # Must allow: "right away", the seller deleting it (German's "löschen wir" too), something
    # else vanishing or done, no condition, a negation.
    reading(
        "cancel_request-de-clicked-away-loeschen-wir",
        "DE",
        "Wenn Sie möchten, löschen wir Ihre Bestellung mit einem Klick und erstatten sofort.",
        [],
    ),
    reading(
        "cancel_request-de-clicked-away-geschenknachricht-loeschen",
        "DE",
        "Falls gewünscht, können Sie die Geschenknachricht Ihrer Bestellung mit einem Klick"
        " löschen.",
        [],
    ),
    reading(
        "cancel_request-en-clicked-away-right-away",
        "UK",
        "If you prefer, the order can ship right away with one click on Confirm.",
        [],
    ),
    reading(
        "cancel_request-en-clicked-away-we-delete",
        "UK",
        "If you agree, we delete the order with one click and refund you today.",
        [],
    ),
    reading(
        "cancel_request-de-clicked-away-ruecksendung-erledigt",
        "DE",
        "Falls Ihnen die Farbe nicht gefällt, ist die Rücksendung Ihrer Bestellung mit einem"
        " Klick erledigt.",
        [],
    ),
    reading(
        "cancel_request-de-clicked-away-adressaenderung-erledigt",
        "DE",
        "Wenn Sie möchten, ist die Adressänderung der Bestellung mit einem Klick erledigt.",
        [],
    ),
    reading(
        "cancel_request-en-clicked-away-no-condition",
        "UK",
        "Your order disappears from the list of open orders once it is delivered.",
        [],
    ),
    reading(
        "cancel_request-en-clicked-away-does-not-disappear",
        "UK",
        "If you refresh the page, the order does not disappear with a click; it stays there.",
        [],
    ),
    reading(
        "cancel_request-fr-clicked-away-nous-supprimons",
        "FR",
        "Si vous le souhaitez, nous supprimons la commande en un clic et vous remboursons.",
        [],
    ),
    reading(
        "cancel_request-fr-clicked-away-message-disparait",
        "FR",
        "Si le code ne marche pas, le message d'erreur disparaît en un clic.",
        [],
    ),
    reading(
        "cancel_request-it-clicked-away-noi-eliminiamo",
        "IT",
        "Se vuole, noi eliminiamo l'ordine con un clic e la rimborsiamo subito.",
        [],
    ),
    reading(
        "cancel_request-es-clicked-away-factura-descarga",
        "ES",
        "Si lo desea, la factura del pedido se descarga con un clic desde su cuenta.",
        [],
    ),
    reading(
        "cancel_request-it-clicked-away-messaggio-dell-ordine",
        "IT",
        "Se lo desidera, il messaggio regalo dell'ordine si elimina con un clic.",
        [],
    ),
    reading(
        "cancel_request-fr-clicked-away-message-de-la-commande",
        "FR",
        "Si vous voulez, le message cadeau de la commande s'efface en un clic.",
        [],
    ),
    reading(
        "cancel_request-de-clicked-away-hinweis-verschwindet",
        "DE",
        "Sobald das Paket zugestellt ist, verschwindet der Hinweis mit einem Klick aus Ihrer"
        " Bestellübersicht.",
        [],
    ),
]

# A suggestion asked as a negative question negates nothing, in more words than "better".
NEGATIVE_QUESTION = [
    reading(
        "cancel_request-en-negative-question-more-convenient",
        "UK",
        "Wouldn't it be more convenient to cancel and order the ready-made version instead?",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-negative-question-make-more-sense",
        "UK",
        "Wouldn't it make more sense to cancel the order and pick the larger size?",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-negative-question-bequemer",
        "DE",
        "Wäre es für Sie nicht bequemer, die Bestellung zu stornieren?",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-negative-question-ist-es-nicht-einfacher",
        "DE",
        "Ist es nicht einfacher, die Bestellung zu stornieren?",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-negative-question-plus-pratique",
        "FR",
        "Ne serait-il pas plus pratique d'annuler la commande et de prendre le modèle prêt ?",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-negative-question-n-est-il-pas",
        "FR",
        "N'est-il pas plus simple d'annuler la commande ?",
        [CANCEL],
    ),
    # An accented last word is read to its end ("sensé": no ASCII \b after it).
    reading(
        "cancel_request-fr-negative-question-plus-sense",
        "FR",
        "Ne serait-il pas plus sensé d'annuler la commande ?",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-negative-question-piu-semplice",
        "IT",
        "Non sarebbe più semplice annullare l'ordine e prendere il modello pronto?",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-negative-question-preferibile",
        "IT",
        "Non sarebbe preferibile richiedere l'annullamento?",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-negative-question-piu-senso",
        "IT",
        "Non avrebbe più senso annullare l'ordine e prendere quello pronto?",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-negative-question-mas-comodo",
        "ES",
        "¿No sería más cómodo cancelar el pedido y elegir el modelo disponible?",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-negative-question-resultaria",
        "ES",
        "¿No le resultaría más fácil anular la compra?",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-negative-question-le-sembra",
        "IT",
        "Non le sembra più pratico annullare l'ordine e prendere il modello pronto?",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-negative-question-le-parece",
        "ES",
        "¿No le parece más fácil anular el pedido y pedir el otro modelo?",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-negative-question-mas-sentido",
        "ES",
        "¿No tendría más sentido cancelar el pedido?",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-negative-question-would-make-sense",
        "UK",
        "It would make more sense to cancel the order and wait for the restock.",
        [CANCEL],
    ),
    # Must allow: the negation in a statement's own word order, "no longer", "no sense".
    reading(
        "cancel_request-en-negative-question-it-would-not",
        "UK",
        "It wouldn't be easier to cancel now, the parcel is already on the van.",
        [],
    ),
    reading(
        "cancel_request-fr-negative-question-il-ne-serait-pas",
        "FR",
        "Il ne serait pas plus simple d'annuler maintenant : le colis est parti.",
        [],
    ),
    reading(
        "cancel_request-it-negative-question-non-piu-possibile",
        "IT",
        "Dopo la spedizione non sarebbe più possibile annullare l'ordine.",
        [],
    ),
    reading(
        "cancel_request-it-negative-question-non-e-piu-semplice",
        "IT",
        "Ormai non è più semplice annullare l'ordine, il pacco è partito.",
        [],
    ),
    reading(
        "cancel_request-es-negative-question-no-seria-statement",
        "ES",
        "Cancelar ahora no sería más fácil: el paquete ya salió.",
        [],
    ),
    reading(
        "cancel_request-en-negative-question-makes-no-sense",
        "UK",
        "It makes no sense to cancel now, the parcel arrives tomorrow.",
        [],
    ),
    reading(
        "cancel_request-it-negative-question-non-ha-senso",
        "IT",
        "Non ha senso annullare l'ordine adesso, il pacco arriva domani.",
        [],
    ),
    reading(
        "cancel_request-it-negative-question-senso-aspettare-invece",
        "IT",
        "Ha senso aspettare invece di annullare, il pacco è quasi arrivato.",
        [],
    ),
    reading(
        "cancel_request-es-negative-question-no-tiene-sentido",
        "ES",
        "No tiene sentido cancelar el pedido ahora, llega mañana.",
        [],
    ),
]

# The cancellation verb mistyped by one slip (two letters swapped, one left out or doubled).
MISTYPED = [
    reading(
        "cancel_request-en-mistyped-cacnel",
        "UK",
        "Please cacnel your order, the colour you chose is out of stock.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-mistyped-stronieren",
        "DE",
        "Könnten Sie die Bestellung bitte stronieren? Die Farbe ist leider aus.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-mistyped-annluer",
        "FR",
        "Pourriez-vous annluer la commande ? La couleur n'est plus disponible.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-mistyped-annullre",
        "IT",
        "Potrebbe annullre l'ordine? Il colore non è più disponibile.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-mistyped-canclar",
        "ES",
        "¿Podría canclar el pedido? El color está agotado.",
        [CANCEL],
    ),
    # Must allow: the mistyped verb negated or the seller's, a word one slip from none.
    reading(
        "cancel_request-en-mistyped-do-not-cacnel",
        "UK",
        "Please don't cacnel, the parcel is already with the courier.",
        [],
    ),
    reading(
        "cancel_request-de-mistyped-wir-stronieren",
        "DE",
        "Wir stronieren die Bestellung selbst und erstatten den Betrag.",
        [],
    ),
    reading(
        "cancel_request-fr-mistyped-nous-allons-annluer",
        "FR",
        "Nous allons annluer la commande nous-mêmes aujourd'hui.",
        [],
    ),
    reading(
        "cancel_request-it-mistyped-non-annullre",
        "IT",
        "Non annullre l'ordine, il pacco è già partito.",
        [],
    ),
    reading(
        "cancel_request-es-mistyped-nosotros-canclar",
        "ES",
        "Nosotros vamos a canclar el pedido hoy mismo.",
        [],
    ),
    reading(
        "cancel_request-de-mistyped-abrechnen",
        "DE",
        "Die Kosten werden wir mit der Spedition abrechnen, Sie müssen nichts tun.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"), ANSWERED + CLICKED_AWAY + NEGATIVE_QUESTION + MISTYPED
)
def test_cancel_readings_round12(body: str, given: dict[str, str], rules: list[str]) -> None:
    assert wording_rules(body, given) == sorted(rules)
