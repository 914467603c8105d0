"""The marketing, cancellation and payment rules on kinds of wording blind rounds 14 and 15
found, whose writers were asked to leave the obvious keyword out: an order undone in the buyer's
account by another verb ("drop the order from your account", "supprimez l'achat depuis votre
compte"). Each kind in the five languages, with the near-misses it must allow: the seller
doing it, an order collected ("retirer votre commande au point relais"), something else removed
from the order, the seller's own account.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import CANCEL, reading, wording_rules

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


@pytest.mark.parametrize(("body", "given", "rules"), UNDONE_IN_ACCOUNT)
def test_offers_readings_round15(body: str, given: dict[str, str], rules: list[str]) -> None:
    assert wording_rules(body, given) == sorted(rules)
