"""The cancellation rule's broader reading: the buyer told as the subject of a cancellation
("You cancel the order in your account and we refund you", "Vous annulez la commande", "Usted
cancela el pedido") asks as well as a request word does; each in the five languages, with the
near-misses it must allow: the buyer's "you" after a word that opens a clause of its own ("if
you cancel", "before you cancel", "dass Sie stornieren wollten"), a question ("Did you cancel
it by mistake?"), a cancellation done ("Usted canceló el pedido ayer"), the seller or Amazon
its subject, a negation. And the buyer's question reported, whose request word is the buyer's
("Nos preguntó si puede cancelar el pedido"), asks nothing.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import CANCEL, reading, wording_rules

# The buyer the subject of a cancellation told: a nudge, however plainly said.
SUBJECTS = [
    reading(
        "cancel_request-en-you-cancel",
        "US",
        "You cancel the order in your account and we refund you right away.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-you-cancel-and-reorder",
        "US",
        "No worries, you cancel and reorder, easy.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-du-stornierst",
        "DE",
        "Du stornierst die Bestellung und bestellst die richtige Größe neu.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-vous-annulez",
        "FR",
        "Vous annulez la commande depuis votre compte et nous vous remboursons.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-tu-annules",
        "FR",
        "Tu annules la commande et tu la repasses avec la bonne taille.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-lei-annulla",
        "IT",
        "Lei annulla l'ordine dal suo account e noi la rimborsiamo subito.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-usted-cancela",
        "ES",
        "Usted cancela el pedido desde su cuenta y le devolvemos el dinero.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-tu-anulas",
        "ES",
        "Tú anulas el pedido y lo vuelves a hacer con la talla correcta.",
        [CANCEL],
    ),
    # Must allow: "you" after a word that opens a clause of its own, a question, a
    # cancellation done, the seller or Amazon its subject, a negation.
    reading(
        "cancel_request-en-before-you-cancel",
        "US",
        "Before you cancel, please note that the parcel arrives tomorrow.",
        [],
    ),
    reading(
        "cancel_request-en-did-you-cancel",
        "US",
        "Did you cancel the order by mistake?",
        [],
    ),
    reading(
        "cancel_request-en-if-you-cancel",
        "US",
        "If you cancel, you lose the discount, so we would wait.",
        [],
    ),
    reading(
        "cancel_request-de-dass-sie-stornieren",
        "DE",
        "Dass Sie stornieren wollten, verstehen wir gut.",
        [],
    ),
    reading(
        "cancel_request-de-wie-sie-stornieren",
        "DE",
        "Wie Sie stornieren, steht in der Hilfe von Amazon.",
        [],
    ),
    reading(
        "cancel_request-de-sie-stornieren-nicht",
        "DE",
        "Sie stornieren nicht selbst, das machen wir.",
        [],
    ),
    reading(
        "cancel_request-fr-vous-nannulez-rien",
        "FR",
        "Vous n'annulez rien, nous gardons la commande.",
        [],
    ),
    reading(
        "cancel_request-fr-vous-recevrez-lannulation",
        "FR",
        "Vous recevrez l'annulation par e-mail.",
        [],
    ),
    reading(
        "cancel_request-it-annulliamo-noi",
        "IT",
        "Annulliamo noi l'ordine per lei.",
        [],
    ),
    reading(
        "cancel_request-it-lei-ha-annullato",
        "IT",
        "Lei ha annullato l'ordine ieri, il rimborso arriverà.",
        [],
    ),
    reading(
        "cancel_request-es-usted-cancelo",
        "ES",
        "Usted canceló el pedido ayer, el reembolso está en camino.",
        [],
    ),
    reading(
        "cancel_request-es-amazon-cancela",
        "ES",
        "Amazon cancela el pedido automáticamente.",
        [],
    ),
]

# The buyer's question reported: its request word is the buyer's.
REPORTED = [
    reading(
        "cancel_request-it-chiedeva-se-puo",
        "IT",
        "Lei ci chiedeva se può annullare l'ordine.",
        [],
    ),
    reading(
        "cancel_request-es-pregunto-si-puede",
        "ES",
        "Nos preguntó si puede cancelar el pedido.",
        [],
    ),
    reading(
        "cancel_request-en-asked-whether-you-can",
        "US",
        "You asked whether you can cancel the order.",
        [],
    ),
    reading(
        "cancel_request-de-fragten-ob",
        "DE",
        "Sie fragten, ob Sie stornieren können.",
        [],
    ),
    reading(
        "cancel_request-fr-demandiez-si",
        "FR",
        "Vous nous demandiez si vous pouviez annuler.",
        [],
    ),
    # Must flag: the asking in a clause of its own, the request after it the seller's.
    reading(
        "cancel_request-es-pregunto-then-request",
        "ES",
        "Nos preguntó por la entrega; le pedimos que cancele el pedido.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-chiedeva-then-request",
        "IT",
        "Ci chiedeva dei tempi: la preghiamo di annullare l'ordine.",
        [CANCEL],
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), SUBJECTS + REPORTED)
def test_cancel_readings_broad(body: str, given: dict[str, str], rules: list[str]) -> None:
    assert wording_rules(body, given) == sorted(rules)
