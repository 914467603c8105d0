"""The review rules on kinds of wording the round-12 outside review found wrong (issue 10),
each kind in the five languages where it exists, in wording of our own: the buyer's own request
for something in return for a review, reported ("you asked if we would refund the shipping in
return for a review", "Nos pidió que le devolviéramos ... a cambio de una reseña") and declined
in the next sentence, also where the refusal opens it ("Non è possibile", "No es posible") or
joins two verbs ("Das dürfen und wollen wir nicht"), asks for nothing, where agreed to it still
asks; a review word as the seller's own act ("we will review it and refund you") is no review
a refund is tied to, where the buyer's ("you can review the kettle and we will refund you") is;
a mishap the seller hopes will not sway the buyer's review ("we hope it won't affect your
review", "speriamo che non incida sul suo feedback") presses for one, where the same hope for
anything else ("your holiday plans") does not (the Italian plural "sui suoi commenti" is the
buyer's too); a low review named again without its noun and said to harm the seller ("every
review counts, a bad one can hurt", "una negativa può farci male") presses, where a bad
delivery does not; a review the seller wishes to read or see ("we would love to read your
review on Amazon") is asked for, where one it was happy to read is given, in any of the five
languages ("Wir haben uns sehr über Ihre Bewertung gefreut", "nos alegró mucho leer su reseña");
and the Spanish "valórenos", "valóranos" rate the seller.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer; must-allow rows stand beside the kind they protect.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import MANIPULATION, MISPLACED, reading, wording_rules

REPLY = {"reason": "reply"}
RETURN = {"reason": "return"}
PROBLEM = {"reason": "unexpected_problem"}

REVIEW_TWELVE = [
    # The buyer's request for something in return for a review, reported and declined.
    reading(
        "review_manipulation-asked-declined-en",
        "UK",
        "You asked if we would refund the shipping in return for a review. That is not "
        "possible, sorry.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-asked-agreed-en",
        "UK",
        "You asked if we would refund the shipping in return for a review. Yes, we will do "
        "that once it is online.",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-asked-declined-de",
        "DE",
        "Sie hatten gefragt, ob wir Ihnen die Versandkosten erstatten, wenn Sie eine Bewertung "
        "schreiben. Das ist leider nicht möglich.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-asked-declined-two-verbs-de",
        "DE",
        "Sie haben uns gefragt, ob wir Ihnen etwas erstatten, wenn Sie Ihre Rezension löschen. "
        "Das dürfen und wollen wir nicht.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-asked-agreed-de",
        "DE",
        "Sie haben uns gefragt, ob wir Ihnen etwas erstatten, wenn Sie Ihre Rezension löschen. "
        "Gern, sobald sie gelöscht ist.",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-asked-declined-fr",
        "FR",
        "Vous nous avez demandé si nous pouvions vous rembourser les frais de port contre un "
        "avis. Nous ne pouvons pas vous accorder cela.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-asked-agreed-fr",
        "FR",
        "Vous nous avez demandé si nous pouvions vous rembourser les frais de port contre un "
        "avis. Avec plaisir, dès sa publication.",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-asked-declined-refusal-first-it",
        "IT",
        "Ci ha chiesto se potessimo rimborsarle la spedizione in cambio di una recensione. Non "
        "è possibile, ci dispiace.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-asked-agreed-it",
        "IT",
        "Ci ha chiesto se potessimo rimborsarle la spedizione in cambio di una recensione. "
        "Certo, appena la pubblica.",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-asked-declined-refusal-first-es",
        "ES",
        "Nos pidió que le devolviéramos los gastos de envío a cambio de una reseña. No es "
        "posible, lo sentimos.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-asked-agreed-es",
        "ES",
        "Nos pidió que le devolviéramos los gastos de envío a cambio de una reseña. Claro, en "
        "cuanto la publique.",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    # A review word as the seller's own act, beside a refund; the buyer's still asks for one.
    reading(
        "review_manipulation-seller-reviews-refunds-en",
        "UK",
        "Once the parcel is back with us, we will review it and refund you in full.",
        [],
        **RETURN,
    ),
    reading(
        "review_manipulation-staff-reviews-refunds-en",
        "US",
        "Our service team will review the photos and refund you if the damage is confirmed.",
        [],
        **RETURN,
    ),
    reading(
        "review_manipulation-buyer-reviews-refunded-en",
        "UK",
        "You can review the kettle on Amazon and we will refund you five pounds.",
        [MANIPULATION, MISPLACED],
        **RETURN,
    ),
    reading(
        "review_manipulation-staff-assesses-refunds-de",
        "DE",
        "Unser Techniker wird den Schaden bewerten und Ihnen den Betrag erstatten.",
        [],
        **RETURN,
    ),
    reading(
        "review_manipulation-staff-assesses-refunds-fr",
        "FR",
        "Notre équipe va évaluer l'état du colis et vous rembourser.",
        [],
        **RETURN,
    ),
    reading(
        "review_manipulation-staff-assesses-refunds-it",
        "IT",
        "Il nostro tecnico valuterà il prodotto e la rimborseremo.",
        [],
        **RETURN,
    ),
    reading(
        "review_manipulation-staff-assesses-refunds-es",
        "ES",
        "Nuestro equipo valorará el producto y le reembolsaremos el importe.",
        [],
        **RETURN,
    ),
    # A mishap the seller hopes will not sway the buyer's review presses for one.
    reading(
        "review_manipulation-hoped-unswayed-en",
        "US",
        "We're sorry for the mix-up and hope it won't affect your review.",
        [MANIPULATION, MISPLACED],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-hoped-unswayed-other-matter-en",
        "UK",
        "We hope the delay does not affect your holiday plans.",
        [],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-review-unswayed-hope-after-en",
        "UK",
        "Your review will not affect your refund in any way; we hope the new one arrives soon.",
        [],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-hoped-unswayed-de",
        "DE",
        "Wir hoffen, dass sich der Fehler nicht in Ihrer Rezension niederschlägt.",
        [MANIPULATION, MISPLACED],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-hoped-unswayed-other-matter-de",
        "DE",
        "Wir hoffen, dass die Verzögerung Ihre Pläne nicht beeinflusst.",
        [],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-hoped-unswayed-fr",
        "FR",
        "Nous espérons que cet oubli ne pèsera pas sur votre évaluation.",
        [MANIPULATION, MISPLACED],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-hoped-unswayed-other-matter-fr",
        "FR",
        "Nous espérons que ce retard n'affectera pas votre planning.",
        [],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-hoped-unswayed-it",
        "IT",
        "Speriamo che questo disguido non incida sul suo feedback.",
        [MANIPULATION, MISPLACED],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-hoped-unswayed-plural-it",
        "IT",
        "Speriamo che il ritardo non influisca sui suoi commenti.",
        [MANIPULATION, MISPLACED],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-hoped-unswayed-other-matter-it",
        "IT",
        "Speriamo che il ritardo non influisca sui suoi programmi.",
        [],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-hoped-unswayed-es",
        "ES",
        "Ojalá este contratiempo no empañe su valoración.",
        [MANIPULATION, MISPLACED],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-hoped-unswayed-other-matter-es",
        "ES",
        "Esperamos que el retraso no afecte a su viaje.",
        [],
        **PROBLEM,
    ),
    # A low review named again without its noun, said to harm the seller, presses.
    reading(
        "review_manipulation-low-again-en",
        "US",
        "Every review counts for us, and a negative one can really hurt.",
        [MANIPULATION, MISPLACED],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-low-again-not-a-review-en",
        "UK",
        "Every review counts for us, and a bad delivery can really hurt.",
        [],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-low-again-de",
        "DE",
        "Jede Bewertung zählt für uns, eine schlechte würde uns sehr schaden.",
        [MANIPULATION, MISPLACED],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-low-again-fr",
        "FR",
        "Chaque avis compte pour nous, un mauvais peut vraiment nous nuire.",
        [MANIPULATION, MISPLACED],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-low-again-not-a-review-fr",
        "FR",
        "Chaque avis compte, un mauvais emballage peut nous nuire.",
        [],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-low-again-it",
        "IT",
        "Ogni recensione conta per noi, una negativa può farci molto male.",
        [MANIPULATION, MISPLACED],
        **PROBLEM,
    ),
    reading(
        "review_manipulation-low-again-es",
        "ES",
        "Cada reseña cuenta para nosotros, una mala puede hacernos mucho daño.",
        [MANIPULATION, MISPLACED],
        **PROBLEM,
    ),
    # A review the seller wishes to read asks for it; one it has read is given.
    reading(
        "review_request_misplaced-wished-read-en",
        "US",
        "We would love to read your review of the teapot on Amazon.",
        [MISPLACED],
        reason="order_details",
    ),
    reading(
        "review_request_misplaced-wished-see-en",
        "UK",
        "We'd love to see your review on the product page.",
        [MISPLACED],
        reason="order_details",
    ),
    reading(
        "review_request_misplaced-read-given-en",
        "UK",
        "We were happy to read your review on Amazon.",
        [],
        reason="order_details",
    ),
    reading(
        "review_request_misplaced-read-every-en",
        "US",
        "We read every review on Amazon carefully.",
        [],
        reason="order_details",
    ),
    # Spanish "valorar" with "us" in it asks the buyer to rate the seller; the staff's
    # "valorará" does not.
    reading(
        "review_request_misplaced-rate-us-valorar-es",
        "ES",
        "Cuando tenga un momento, valórenos en Amazon, por favor.",
        [MISPLACED],
        reason="warranty",
    ),
    reading(
        "review_request_misplaced-rate-us-valorar-informal-es",
        "ES",
        "Ya tienes la funda en casa: valóranos en Amazon.",
        [MISPLACED],
        reason="order_details",
    ),
    reading(
        "review_request_misplaced-staff-values-damage-es",
        "ES",
        "Nuestro técnico valorará el daño y le dirá algo mañana.",
        [],
        reason="warranty",
    ),
    # A seller's past pleasure at a review already given thanks for it ("Wir haben uns über
    # Ihre Bewertung gefreut", "nous avons été ravis de lire votre avis": lexicons.yaml,
    # thanked_for); the same pleasure in the conditional asks, and a change or a reward asked
    # after it is asked all the same.
    reading(
        "review_request_misplaced-past-pleasure-given-de",
        "DE",
        "Wir haben uns sehr über Ihre Bewertung auf Amazon gefreut. Vielen Dank!",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-past-pleasure-given-fr",
        "FR",
        "Nous avons été ravis de lire votre avis sur Amazon.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-past-pleasure-given-fr-etions",
        "FR",
        "Nous étions ravis de lire votre commentaire sur Amazon.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-past-pleasure-given-it",
        "IT",
        "Siamo stati felici di leggere la sua recensione su Amazon.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-past-pleasure-given-es",
        "ES",
        "Nos alegró mucho leer su reseña en Amazon.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-past-pleasure-given-en",
        "UK",
        "We were so pleased to see your review on Amazon.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-conditional-pleasure-asks-de",
        "DE",
        "Wir hätten uns über Ihre Bewertung auf Amazon sehr gefreut.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-conditional-pleasure-asks-fr",
        "FR",
        "Nous serions ravis de lire votre avis sur Amazon.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-conditional-pleasure-asks-it",
        "IT",
        "Saremmo felici di leggere la sua recensione su Amazon.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-past-pleasure-then-ask-es",
        "ES",
        "Nos alegró mucho leer su mensaje. Nos encantaría leer también su reseña en Amazon.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-past-pleasure-then-change-de",
        "DE",
        "Wir haben uns sehr über Ihre Bewertung gefreut. Könnten Sie sie noch auf 5 Sterne ändern?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-past-pleasure-then-reward-en",
        "US",
        "We were thrilled to read your review; if you update it to 5 stars we'll refund $10.",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), REVIEW_TWELVE)
def test_review_twelve_review_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
