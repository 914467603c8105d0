"""The review rules on harmless wordings the merged round-11 tunings came to flag, found by a
hostile review of the merged tree against the tree before them, in wording of our own: an
inspection by someone other than the buyer (the carrier, the manufacturer, the seller's
technician a few words on: "a review of the shipment by the carrier", "eine Bewertung durch den
Hersteller"), and an opinion asked as the answer to a choice put after a colon ("Wir hätten gern
Ihre Meinung: lieber Erstattung oder Austausch?"), which the broad reading of a review wished
for in the conditional read as review asks outside a review request; and a review word in a
product's name said to make a gift ("The Review Pro notebook would make a lovely gift"), which
the merge of two tunings read as a review said to make the seller's day.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer, on the reason given; must-flag rows stand beside the kind they
bound.
"""

from __future__ import annotations

import pytest

from tests.engine.rows import REVIEW_REQUEST, WARRANTY
from tests.engine.test_readings import MANIPULATION, MISPLACED, reading, wording_rules

UNEXPECTED_PROBLEM = {"reason": "unexpected_problem", "status": "shipped"}

REVIEW_ELEVEN = [
    # A review by the carrier, the manufacturer or the seller's technician is an inspection.
    reading(
        "review_request_misplaced-examined-by-carrier-en",
        "US",
        "A review of the shipment by the carrier would take about 48 hours.",
        [],
        **UNEXPECTED_PROBLEM,
    ),
    reading(
        "review_request_misplaced-examined-by-manufacturer-de",
        "DE",
        "Eine Bewertung durch den Hersteller würde etwa eine Woche dauern.",
        [],
        **WARRANTY,
    ),
    reading(
        "review_request_misplaced-examined-by-technician-fr",
        "FR",
        "Une évaluation du défaut par notre technicien serait nécessaire avant l'échange.",
        [],
        **WARRANTY,
    ),
    reading(
        "review_request_misplaced-examined-by-technician-it",
        "IT",
        "Una valutazione del difetto da parte del tecnico sarebbe necessaria prima della "
        "sostituzione.",
        [],
        **WARRANTY,
    ),
    reading(
        "review_request_misplaced-examined-by-technician-es",
        "ES",
        "Una valoración del defecto por nuestro técnico sería necesaria antes del cambio.",
        [],
        **WARRANTY,
    ),
    # "By" with no examiner after it leaves the review the buyer's.
    reading(
        "review_request_misplaced-review-by-a-date-en",
        "US",
        "Once the parcel arrives, a quick review by Friday would mean the world to us.",
        [MISPLACED],
        **UNEXPECTED_PROBLEM,
    ),
    reading(
        "review_request_misplaced-wished-review-de",
        "DE",
        "Ihr Paket kommt morgen. Über Ihre Bewertung würden wir uns sehr freuen.",
        [MISPLACED],
        **UNEXPECTED_PROBLEM,
    ),
    # An opinion asked as the answer to a choice after a colon is the buyer's pick.
    reading(
        "review_request_misplaced-choice-asked-de",
        "DE",
        "Wir hätten gern Ihre Meinung: lieber Erstattung oder Austausch?",
        [],
        **WARRANTY,
    ),
    reading(
        "review_request_misplaced-choice-asked-fr",
        "FR",
        "Nous aimerions avoir votre avis : préférez-vous un remboursement ou un échange ?",
        [],
        **WARRANTY,
    ),
    # Without the choice, or where reviews are read, the opinion wished for stays an ask.
    reading(
        "review_request_misplaced-wished-opinion-fr",
        "FR",
        "Votre colis arrive demain. Nous adorerions lire votre avis !",
        [MISPLACED],
        **UNEXPECTED_PROBLEM,
    ),
    reading(
        "review_request_misplaced-choice-on-amazon-de",
        "DE",
        "Wir hätten gern Ihre Meinung auf Amazon: fünf Sterne oder vier?",
        [MANIPULATION, MISPLACED],
        **WARRANTY,
    ),
    # A review word in a product's name, said to make a gift, wishes for no review; German's
    # capitalised courtesy form after a review word names no product.
    reading(
        "review_request_misplaced-product-name-would-make-en",
        "US",
        "The Review Pro notebook would make a lovely gift for your sister.",
        [],
        **UNEXPECTED_PROBLEM,
    ),
    reading(
        "review_request_misplaced-courtesy-form-not-a-name-de",
        "DE",
        "Eine Bewertung Ihrerseits würde uns viel bedeuten.",
        [MISPLACED],
        **UNEXPECTED_PROBLEM,
    ),
    # On a review request, the inspection still asks nothing.
    reading(
        "review_manipulation-examined-by-technician-it",
        "IT",
        "Una valutazione del difetto da parte del tecnico sarebbe necessaria prima della "
        "sostituzione.",
        [],
        **REVIEW_REQUEST,
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), REVIEW_ELEVEN)
def test_review_eleven_review_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
