"""The cancellation rule on kinds of wording the tenth blind round found (issue 10): a negation
in a purpose clause after the request ("para no tener su dinero retenido"), informal and formal
request verbs ("tu peux", "kannst du", "debes", "provveda", "il conviendrait"), a best way
labelled by a colon ("Le plus rapide : tu annules"), German's "das Unkomplizierteste", the seller
asking "you" further than a request reaches ("bitten wir Sie, die vorliegende Bestellung über
Ihr Amazon-Konto zu stornieren"); each kind in the five languages, with the near-misses it must
allow: Amazon or another the cancellation's subject ("Amazon puede cancelar el pedido", "while
Amazon processes the cancellation", "que el sistema anulará"), the seller doing it ("on
annule", "tuvimos que cancelar"), a negation in the request's own clause.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import CANCEL, reading, wording_rules

# A purpose clause opens a clause of its own: its negation negates the purpose, not the request.
PURPOSES = [
    reading(
        "cancel_request-en-so-as-not-to",
        "US",
        "Please cancel this order so as not to wait until March.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-um-nicht-zu",
        "DE",
        "Stornieren Sie die Bestellung bitte, um nicht bis März warten zu müssen.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-pour-ne-pas",
        "FR",
        "Merci d'annuler la commande pour ne pas bloquer votre argent.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-per-non",
        "IT",
        "La preghiamo di annullare l'ordine per non attendere fino a marzo.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-para-no",
        "ES",
        "Le pedimos que anule la compra para no esperar hasta marzo.",
        [CANCEL],
    ),
    # Must allow: the negation in the request's own clause.
    reading(
        "cancel_request-en-do-not-cancel-so-as",
        "US",
        "Please do not cancel the order, so as not to lose your place in the queue.",
        [],
    ),
    reading(
        "cancel_request-es-no-anule-para-no",
        "ES",
        "Le pedimos que no anule el pedido para no perder su lugar en la cola.",
        [],
    ),
    reading(
        "cancel_request-fr-nannulez-pas-pour-ne-pas",
        "FR",
        "N'annulez pas la commande pour ne pas perdre votre place.",
        [],
    ),
]

# Request verbs in the buyer's "tu" and "Sie" forms, advisability in the conditional.
VERBS = [
    reading(
        "cancel_request-fr-tu-peux-cancel",
        "FR",
        "Tu peux annuler ta commande depuis l'appli et la repasser ?",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-il-conviendrait",
        "FR",
        "Il conviendrait que vous annuliez cette commande et en passiez une autre.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-kannst-du",
        "DE",
        "Kannst du die Bestellung stornieren und die rote Variante nehmen?",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-provveda",
        "IT",
        "Provveda Lei ad annullare l'ordine doppio entro domani.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-dovresti",
        "IT",
        "Dovresti annullare l'ordine e rifarlo con l'indirizzo nuovo.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-deberias",
        "ES",
        "Deberías anular la compra y hacerla de nuevo con la talla L.",
        [CANCEL],
    ),
    # Must allow: the seller doing it ("on", a first person plural), a negation.
    reading(
        "cancel_request-fr-tu-peux-compter-on-annule",
        "FR",
        "Tu peux compter sur nous, on annule la commande ce soir.",
        [],
    ),
    reading(
        "cancel_request-de-du-musst-nichts",
        "DE",
        "Du musst nichts stornieren, wir erledigen das.",
        [],
    ),
    reading(
        "cancel_request-es-tuvimos-que-cancelar",
        "ES",
        "Le pedimos disculpas, tuvimos que cancelar el pedido por falta de stock.",
        [],
    ),
    reading(
        "cancel_request-it-dobbiamo-annullare",
        "IT",
        "Ti chiediamo scusa, dobbiamo annullare l'ordine per un errore di magazzino.",
        [],
    ),
    reading(
        "cancel_request-it-provvederemo-noi",
        "IT",
        "Provvederemo noi ad annullare l'ordine entro domani.",
        [],
    ),
]

# A best way as a label, a colon after it, and the buyer's cancellation after the colon; German's
# "das Unkomplizierteste" a best way.
BEST_WAYS = [
    reading(
        "cancel_request-fr-le-plus-rapide-colon",
        "FR",
        "Le plus rapide : tu annules et tu recommandes la taille M.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-quickest-colon",
        "US",
        "Quickest way: cancel the order and buy the bundle instead.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-piu-semplice-colon",
        "IT",
        "La cosa più semplice: annulli l'ordine e ne faccia uno nuovo.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-mas-rapido-colon",
        "ES",
        "Lo más rápido: cancelas el pedido y vuelves a comprarlo.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-unkomplizierteste",
        "DE",
        "Es wäre das Unkomplizierteste, wenn Sie den Kauf stornieren.",
        [CANCEL],
    ),
    # Must allow: the seller after the colon.
    reading(
        "cancel_request-fr-le-plus-simple-on-annule",
        "FR",
        "Le plus simple : on annule et on renvoie la bonne taille.",
        [],
    ),
    reading(
        "cancel_request-en-easiest-we-cancel",
        "US",
        "Easiest option: we cancel it for you and refund you in full.",
        [],
    ),
    reading(
        "cancel_request-de-am-einfachsten-wir",
        "DE",
        "Am einfachsten: Wir stornieren die Bestellung und erstatten den Betrag.",
        [],
    ),
    reading(
        "cancel_request-es-lo-mas-sencillo-cancelamos",
        "ES",
        "Lo más sencillo: cancelamos el pedido y le devolvemos el dinero.",
        [],
    ),
]

# The seller asking "you", the cancellation verb further on than a request reaches.
ASKED = [
    reading(
        "cancel_request-de-bitten-wir-sie-long-object",
        "DE",
        "Deshalb bitten wir Sie, die vorliegende Bestellung mit den 40 Einzelpaketen über Ihr "
        "Amazon-Konto zu stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-ask-you-long",
        "US",
        "We must ask you, given that the courier cannot find the unit on the estate, to cancel "
        "this order.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-vous-prions-long",
        "FR",
        "Nous vous prions, vu l'adresse incomplète saisie lors de la commande sur le site, de "
        "bien vouloir annuler la commande.",
        [CANCEL],
    ),
    # Must allow: the seller after the asking word, a cancellation named.
    reading(
        "cancel_request-de-bitten-sie-ob-wir",
        "DE",
        "Wir bitten Sie, uns bis morgen kurz mitzuteilen, ob wir die Bestellung stornieren sollen.",
        [],
    ),
    reading(
        "cancel_request-en-ask-you-otherwise-the-system",
        "US",
        "We kindly ask you to confirm the new address by Friday, otherwise the system will "
        "cancel the order.",
        [],
    ),
    reading(
        "cancel_request-fr-demandons-sinon-le-systeme",
        "FR",
        "Nous vous demandons de confirmer la nouvelle adresse avant vendredi, sinon le système "
        "annulera la commande.",
        [],
    ),
    reading(
        "cancel_request-en-ask-you-whether-we",
        "US",
        "We ask you to let us know by Friday, as soon as you can, whether we should cancel it.",
        [],
    ),
]

# Amazon the cancellation's subject: the request word its own, or a clause opened after it.
AMAZON = [
    reading(
        "cancel_request-en-amazon-can-cancel",
        "US",
        "Amazon can cancel the order if the courier loses the parcel.",
        [],
    ),
    reading(
        "cancel_request-en-patient-while-amazon",
        "US",
        "We ask you to be patient while Amazon processes the cancellation.",
        [],
    ),
    reading(
        "cancel_request-de-geduld-bis-amazon",
        "DE",
        "Wir bitten Sie um Geduld, bis Amazon die Stornierung abgeschlossen hat.",
        [],
    ),
    reading(
        "cancel_request-fr-patience-pendant-qu-amazon",
        "FR",
        "Nous vous demandons un peu de patience pendant qu'Amazon traite l'annulation.",
        [],
    ),
    reading(
        "cancel_request-it-amazon-puo-annullare",
        "IT",
        "Tenga presente che Amazon può annullare l'ordine se l'indirizzo è incompleto.",
        [],
    ),
    reading(
        "cancel_request-es-amazon-puede-cancelar",
        "ES",
        "Amazon puede cancelar el pedido si el paquete se pierde.",
        [],
    ),
    reading(
        "cancel_request-es-debes-saber-que-el-sistema",
        "ES",
        "Debes saber que el sistema anulará el pedido si no confirmas la dirección.",
        [],
    ),
    reading(
        "cancel_request-it-devi-sapere-che-il-sistema",
        "IT",
        "Devi sapere che il sistema annullerà l'ordine se non confermi l'indirizzo.",
        [],
    ),
    # Must reject: Amazon asked, or the way through it.
    reading(
        "cancel_request-en-ask-amazon-to-cancel",
        "US",
        "You can ask Amazon to cancel the order.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-ueber-amazon-koennen-sie",
        "DE",
        "Über Amazon können Sie die Bestellung stornieren.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-pidale-a-amazon",
        "ES",
        "Puede pedir a Amazon que cancele el pedido.",
        [CANCEL],
    ),
    # Must reject: Amazon the place the buyer, addressed formally, cancels in, not its subject.
    reading(
        "cancel_request-it-su-amazon-puo",
        "IT",
        "Su Amazon può annullare l'ordine lei stesso.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-dal-suo-account-amazon-puo",
        "IT",
        "Dal suo account Amazon può annullare l'ordine in pochi clic.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-en-amazon-puede",
        "ES",
        "En Amazon puede anular el pedido usted mismo.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-cuenta-de-amazon-puede",
        "ES",
        "Desde su cuenta de Amazon puede cancelar el pedido.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-on-amazon-please",
        "US",
        "On Amazon please cancel the order yourself.",
        [CANCEL],
    ),
    # Must allow: "otherwise" opens the clause another cancels in, after a request for other
    # things.
    reading(
        "cancel_request-en-otherwise-the-courier",
        "US",
        "Please confirm the address, otherwise the courier will cancel the delivery.",
        [],
    ),
    reading(
        "cancel_request-de-sonst-der-paketdienst",
        "DE",
        "Bitte bestätigen Sie die Adresse, sonst storniert der Paketdienst die Zustellung.",
        [],
    ),
    reading(
        "cancel_request-fr-sinon-le-transporteur",
        "FR",
        "Nous vous prions de confirmer l'adresse, sinon le transporteur annulera la livraison.",
        [],
    ),
    reading(
        "cancel_request-it-altrimenti-il-corriere",
        "IT",
        "La preghiamo di confermare l'indirizzo, altrimenti il corriere annullerà la consegna.",
        [],
    ),
    reading(
        "cancel_request-es-de-lo-contrario-el-transportista",
        "ES",
        "Le pedimos que confirme la dirección, de lo contrario el transportista cancelará la "
        "entrega.",
        [],
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), PURPOSES + VERBS + BEST_WAYS + ASKED + AMAZON)
def test_cancel_readings_round10(body: str, given: dict[str, str], rules: list[str]) -> None:
    assert wording_rules(body, given) == sorted(rules)
