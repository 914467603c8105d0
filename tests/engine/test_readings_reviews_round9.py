"""The review rules on kinds of wording the ninth blind round found missed (issue 10), each kind
in the five languages where it applies, in wording of our own: the seller rated when asked for
("Évaluez-nous", "bitten, uns … zu bewerten"), a review said valuable or appreciated in the
conditional, "we'd value a review", an indefinite review said to help the seller or other
buyers, "um eine Bewertung bitten", the separable "lass … da", and a negative question asking
for full marks ("hat es sich nicht die volle Punktzahl verdient?").

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer; must-allow rows stand beside the kind they protect.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import MANIPULATION, MISPLACED, reading, wording_rules

ROUND_NINE = [
    reading(
        "review_request_misplaced-rate-us-de",
        "DE",
        "Wir möchten Sie bitten, uns nach dem Auspacken kurz auf Amazon zu bewerten.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-rate-us-de-customers-do",
        "DE",
        "Viele Kunden bewerten uns seit Jahren auf Amazon, das freut uns.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-rate-us-fr",
        "FR",
        "Évaluez-nous sur Amazon quand le colis sera arrivé.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-rate-us-fr-customers-do",
        "FR",
        "Nos clients nous évaluent depuis dix ans sur Amazon.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-rate-us-es",
        "ES",
        "Le pedimos que nos califique en Amazon cuando reciba el pedido.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-rate-us-es-customers-do",
        "ES",
        "Muchos clientes nos califican cada año en Amazon.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-rate-us-it-customers-do",
        "IT",
        "Molti clienti ci valutano da anni su Amazon.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-rate-us-en",
        "US",
        "We kindly ask you to evaluate us on Amazon after delivery.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-rate-us-en-customers-do",
        "US",
        "Our customers evaluate us on Amazon every year.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-valued-en",
        "US",
        "A short review of the lamp would be appreciated once you have tried it.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-valued-en-given",
        "US",
        "Your review of the lamp is much appreciated, thank you.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-valued-de",
        "DE",
        "Eine kurze Rezension zur Lampe wäre für uns sehr wertvoll.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-valued-de-given",
        "DE",
        "Ihre Rezension ist für uns sehr wertvoll, vielen Dank dafür.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-valued-fr",
        "FR",
        "Un avis sur la lampe nous serait très précieux.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-valued-fr-given",
        "FR",
        "Votre avis nous est précieux, merci de l'avoir publié.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-valued-it",
        "IT",
        "Una recensione della lampada ci sarebbe molto preziosa.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-valued-it-given",
        "IT",
        "La sua recensione ci è preziosa, grazie di averla scritta.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-valued-es",
        "ES",
        "Una reseña de la lámpara nos sería muy valiosa.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-valued-es-given",
        "ES",
        "Su reseña es muy valiosa para nosotros, gracias por escribirla.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-value-a-review-en",
        "US",
        "We'd truly value a review once the kettle has had a week of use.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-value-feedback-en-statement",
        "US",
        "We truly value the review you left last week.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-indefinite-helps-it",
        "IT",
        "Un commento sul negozio ci aiuta tantissimo.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-indefinite-helps-it-courier",
        "IT",
        "Un commento del corriere ci aiuta a capire il ritardo.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-indefinite-helps-es",
        "ES",
        "Una reseña sobre la tienda nos ayuda muchísimo.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-indefinite-helps-es-technician",
        "ES",
        "Una reseña del técnico nos ayuda a entender la avería.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-indefinite-helps-fr",
        "FR",
        "Un avis sur la boutique pourrait nous aider énormément.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-indefinite-helps-fr-technician",
        "FR",
        "Un avis de votre technicien pourrait nous aider à comprendre la panne.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-indefinite-helps-en",
        "US",
        "A quick review helps other shoppers decide.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-indefinite-helps-en-courier",
        "US",
        "A comment from the courier helps us understand the delay.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-indefinite-helps-de",
        "DE",
        "Eine kurze Rezension hilft anderen Käufern bei der Wahl.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-indefinite-helps-de-past",
        "DE",
        "Ihre Rezension hat anderen Käufern sehr geholfen.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-ask-for-de",
        "DE",
        "Dürfen wir Sie nach einer Woche um eine kurze Produktbewertung bitten?",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-ask-for-de-declined",
        "DE",
        "Wir bitten Sie nicht um eine Bewertung, sondern nur um ein Foto.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-separable-de",
        "DE",
        "Lass uns gern ein paar Sterne da, wenn dir die Tasse gefällt!",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-separable-de-typo",
        "DE",
        "wenn Sie mögen können Sie uns eine Bewertung da lassen",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-separable-de-seller",
        "DE",
        "Die Bewertung ist da, wir lassen sie so stehen.",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-rhetorical-de",
        "DE",
        "Mal ehrlich: hat sich der Mixer nicht die volle Punktzahl verdient?",
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-rhetorical-de-statement",
        "DE",
        "Der Mixer hat die Rücksendung nicht verdient, wir ersetzen das Messer.",
        [],
        reason="reply",
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), ROUND_NINE)
def test_round_nine_review_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
