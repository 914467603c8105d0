"""The review rules on kinds of wording the twelfth blind round found missed (issue 10), each
kind in the five languages, in wording of our own: a voucher by its amount ("un bon de 5 €") or
the rating verb asked of the purchase or the seller ("Bewerten Sie den Artikel und …") with an
offer beside it, the top stars counted on ("nous comptons sur vous pour les cinq étoiles"),
satisfied buyers named by a clause on them ("Kunden, die mit uns zufrieden sind, bitten wir um
eine Bewertung"), what the buyer thought told where buyers read reviews ("ce que vous avez
pensé", "cosa ne ha pensato"), a number of stars short of the top said to harm the seller ("un
avis à une étoile met en danger notre boutique"); and a replacement the review waits for in a
condition ("une fois l'appareil remplacé, votre avis …"), which is no reward for it.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer; must-allow rows stand beside the kind they protect.
"""

from __future__ import annotations

import pytest

from tests.engine.rows import REVIEW_REQUEST
from tests.engine.test_readings import (
    FEEDBACK_REMOVAL,
    MANIPULATION,
    MARKETING,
    MISPLACED,
    reading,
    wording_rules,
)

ORDER_DETAILS = {"reason": "order_details"}
RETURN = {"reason": "return"}
WARRANTY = {"reason": "warranty"}

ROUND_TWELVE = [
    # A voucher by its amount, or the rating verb asked of the purchase or the seller, with an
    # offer in the sentence, is an incentive for the review.
    reading(
        "review_manipulation-voucher-amount-fr",
        "FR",
        "Un bon de 10 € vous sera envoyé dès que votre avis sera en ligne.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-rate-verb-voucher-de",
        "DE",
        "Bewerten Sie das Produkt auf Amazon und sichern Sie sich 5 € Rabatt auf den nächsten "
        "Einkauf.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-rate-verb-gift-de",
        "DE",
        "Bewerten Sie den Artikel und Sie bekommen ein kleines Geschenk.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-rate-verb-voucher-en",
        "UK",
        "Rate your purchase and grab a £5 voucher for your next order.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-rate-verb-voucher-fr",
        "FR",
        "Évaluez votre achat et recevez un bon de 8 € sur votre prochaine commande.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-rate-verb-voucher-it",
        "IT",
        "Ci valuti su Amazon e riceva un buono da 5 € per il prossimo ordine.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-rate-verb-voucher-es",
        "ES",
        "Valore su compra y reciba un vale de 5 € para su próximo pedido.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    # Not the verb in another sense, nor a voucher refused.
    reading(
        "review_manipulation-rate-verb-sizes-en",
        "UK",
        "Rate the sizes against your room first; the Amazon discount runs until Sunday.",
        [],
        **ORDER_DETAILS,
    ),
    reading(
        "review_manipulation-rate-verb-size-fr",
        "FR",
        "Évaluez la taille avant de commander : la réduction Amazon est valable jusqu'à dimanche.",
        [],
        **ORDER_DETAILS,
    ),
    reading(
        "review_manipulation-rate-verb-litres-it",
        "IT",
        "Valuti lei se il modello da 5 litri è adatto: lo sconto di Amazon vale fino a domenica.",
        [],
        **ORDER_DETAILS,
    ),
    reading(
        "review_manipulation-rate-verb-space-es",
        "ES",
        "Valore su espacio antes de elegir: el descuento de Amazon vale hasta el domingo.",
        [],
        **ORDER_DETAILS,
    ),
    reading(
        "review_manipulation-rate-verb-technician-de",
        "DE",
        "Unser Techniker wird das Gerät bewerten, Sie erhalten danach eine Gutschrift.",
        [],
        **RETURN,
    ),
    reading(
        "review_manipulation-voucher-amount-refused-fr",
        "FR",
        "Nous n'offrons aucun bon de 10 € en échange d'un avis.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-voucher-amount-refused-it",
        "IT",
        "Non diamo buoni da 5 € a chi ci valuta.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-voucher-amount-refused-es",
        "ES",
        "No regalamos vales de 5 € por valorar su compra.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-voucher-amount-refused-de",
        "DE",
        "Für Bewertungen vergeben wir keinen Gutschein über 5 €.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-voucher-refused-en",
        "UK",
        "We never give a voucher to anyone who rates us.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-delivery-note-fr",
        "FR",
        "Notez que le bon de livraison est dans le colis.",
        [],
        **ORDER_DETAILS,
    ),
    # The top stars counted on.
    reading(
        "review_manipulation-counted-on-stars-en",
        "UK",
        "We're counting on you for those five stars!",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-counted-on-stars-de",
        "DE",
        "Wir zählen auf Sie für die 5 Sterne!",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-counted-on-stars-fr",
        "FR",
        "Nous comptons sur vous pour les cinq étoiles !",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-counted-on-stars-it",
        "IT",
        "Contiamo su di lei per le 5 stelle!",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-counted-on-stars-es",
        "ES",
        "Contamos con usted para las cinco estrellas.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-counted-on-stars-contigo-es",
        "ES",
        "Cuento contigo para las 5 estrellas.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # Counted on for an honest review with both ends named, or for something else beside a hotel's
    # stars.
    reading(
        "review_manipulation-counted-on-honest-en",
        "UK",
        "We're counting on you for an honest review, one star or five stars.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-counted-on-honest-fr",
        "FR",
        "Nous comptons sur vous pour un avis sincère, quel que soit le nombre d'étoiles.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-counted-on-honest-es",
        "ES",
        "Contamos con usted para una reseña sincera, de una a cinco estrellas.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-counted-on-hotel-it",
        "IT",
        "Contiamo su di lei per ritirare il pacco all'hotel 5 stelle.",
        [],
        **ORDER_DETAILS,
    ),
    reading(
        "review_manipulation-counted-on-hotel-de",
        "DE",
        "Wir zählen auf Sie: Die Lieferung geht an das Hotel mit fünf Sternen.",
        [],
        **ORDER_DETAILS,
    ),
    # Satisfied buyers named by a clause on them are the only ones asked.
    reading(
        "review_manipulation-satisfied-clause-de",
        "DE",
        "Kunden, die mit uns zufrieden sind, bitten wir um eine Bewertung auf Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-satisfied-clause-en",
        "UK",
        "Customers who are happy with their order are asked to leave a review.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-satisfied-clause-fr",
        "FR",
        "Les clients qui sont satisfaits de leur achat sont invités à laisser un avis.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-satisfied-clause-it",
        "IT",
        "Ai clienti che sono soddisfatti chiediamo di lasciare una recensione.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-satisfied-clause-es",
        "ES",
        "A los clientes que están satisfechos les pedimos que dejen una reseña.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-satisfied-clause-plural-fr",
        "FR",
        "Les acheteurs qui sont ravis peuvent laisser un commentaire sur Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # Every buyer asked, or a clause on buyers that says something else.
    reading(
        "review_manipulation-satisfied-or-not-en",
        "UK",
        "All customers, whether happy or not, are welcome to leave a review.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-satisfied-or-not-de",
        "DE",
        "Wir bitten alle Kunden um eine ehrliche Bewertung, egal ob zufrieden oder nicht.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-clause-wish-fr",
        "FR",
        "Les clients qui le souhaitent peuvent laisser un avis sur Amazon.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-clause-questions-it",
        "IT",
        "I clienti che hanno domande possono scriverci; la recensione è libera.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-clause-doubts-es",
        "ES",
        "Los clientes que tengan dudas pueden escribirnos, y todos pueden dejar una reseña.",
        [],
        **REVIEW_REQUEST,
    ),
    # What the buyer thought, told where buyers read reviews, asks for one.
    reading(
        "review_request_misplaced-thought-there-fr",
        "FR",
        "Racontez sur Amazon ce que vous avez pensé du service.",
        [MISPLACED],
        **RETURN,
    ),
    reading(
        "review_request_misplaced-thought-there-en",
        "UK",
        "Tell other shoppers on Amazon what you thought of the kettle.",
        [MISPLACED],
        **RETURN,
    ),
    reading(
        "review_request_misplaced-thought-there-it",
        "IT",
        "Ci dica su Amazon cosa ne ha pensato.",
        [MISPLACED],
        **RETURN,
    ),
    reading(
        "review_request_misplaced-thought-there-es",
        "ES",
        "Cuéntenos en Amazon qué pensó del producto.",
        [MISPLACED],
        **RETURN,
    ),
    reading(
        "review_request_misplaced-thought-there-de",
        "DE",
        "Erzählen Sie auf Amazon, wie Ihnen der Wasserkocher gefallen hat.",
        [MISPLACED],
        **RETURN,
    ),
    # The seller's own thought, or a favour asked, is none.
    reading(
        "review_request_misplaced-seller-thought-fr",
        "FR",
        "Nous avons pensé à vous : le retour Amazon est gratuit.",
        [],
        **RETURN,
    ),
    reading(
        "review_request_misplaced-seller-thought-en",
        "UK",
        "We thought you'd like to know the Amazon refund is on its way.",
        [],
        **RETURN,
    ),
    reading(
        "review_request_misplaced-favour-de",
        "DE",
        "Tun Sie uns den Gefallen und bringen Sie das Paket zur Amazon-Annahmestelle.",
        [],
        **RETURN,
    ),
    reading(
        "review_request_misplaced-seller-thought-it",
        "IT",
        "Abbiamo pensato di avvisarla: il rimborso Amazon è partito.",
        [],
        **RETURN,
    ),
    reading(
        "review_request_misplaced-thought-well-es",
        "ES",
        "Pensó bien: el reembolso de Amazon llegará en tres días.",
        [],
        **RETURN,
    ),
    # A replacement the review waits for in a condition is no reward for it (a review asked
    # outside a review request stays misplaced); one sent for the review is.
    reading(
        "review_manipulation-awaited-replacement-fr",
        "FR",
        "Une fois l'appareil remplacé, votre avis sur la fiche produit serait précieux.",
        [MISPLACED],
        **WARRANTY,
    ),
    reading(
        "review_manipulation-awaited-replacement-en",
        "UK",
        "Once the replacement has arrived, a review on Amazon would be very welcome.",
        [MISPLACED],
        **WARRANTY,
    ),
    reading(
        "review_manipulation-awaited-replacement-de",
        "DE",
        "Sobald der Ersatz angekommen ist, freuen wir uns über Ihre Bewertung.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-awaited-replacement-it",
        "IT",
        "Una volta sostituito l'apparecchio, la sua recensione sarebbe preziosa.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-awaited-replacement-es",
        "ES",
        "Una vez reemplazado el aparato, su reseña nos sería muy valiosa.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-replacement-reward-en",
        "UK",
        "Leave a review and we'll send a free replacement blade.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-replacement-reward-fr",
        "FR",
        "Une fois votre avis publié, nous vous enverrons un remplacement gratuit.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # A number of stars short of the top said to harm the seller is pressure.
    reading(
        "review_manipulation-low-count-pressure-fr",
        "FR",
        "Sachez qu'un avis à une étoile met en danger notre petite boutique.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-low-count-pressure-en",
        "UK",
        "Just so you know, a review of two stars threatens our small family shop.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-low-count-pressure-de",
        "DE",
        "Eine Bewertung mit zwei Sternen gefährdet unseren kleinen Familienbetrieb.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-low-count-pressure-it",
        "IT",
        "Una recensione a una stella mette in pericolo la nostra piccola impresa.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-low-count-pressure-es",
        "ES",
        "Una reseña de una estrella pone en peligro nuestro pequeño negocio.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-low-count-pressure-us-es",
        "ES",
        "Una valoración de dos estrellas nos hunde las ventas.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    # A low review described, nothing of the seller's at stake.
    reading(
        "review_manipulation-low-count-described-fr",
        "FR",
        "Votre avis à une étoile concernait le retard ; le colis était bloqué au centre de tri.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-low-count-described-en",
        "UK",
        "Your two-star review mentioned the damaged box, which the courier caused.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-low-count-described-de",
        "DE",
        "Ihre Bewertung mit zwei Sternen nannte die Gefahr von Kratzern am Gehäuse; das Ersatzteil "
        "ist unterwegs.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-low-count-described-it",
        "IT",
        "La sua recensione a una stella parlava del ritardo; il pacco era fermo in deposito.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-low-count-described-es",
        "ES",
        "Su reseña de una estrella hablaba del retraso; el paquete estuvo retenido.",
        [],
        **FEEDBACK_REMOVAL,
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), ROUND_TWELVE)
def test_round_twelve_review_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
