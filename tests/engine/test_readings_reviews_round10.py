"""The review rules on kinds of wording the tenth blind round found missed or read too broadly
(issue 10), each kind in the languages where it occurs, in wording of our own: a change verb
borrowed from English ("deine Review updaten"), a refund credited for a review's removal
("le abonaremos el 20 % cuando retire la valoración", "15 Euro gutschreiben"), a plea to
remove "it" beside a review said to close the shop ("La supplichiamo di rimuoverlo"), a date's
dot that ended the sentence ("Ihre Bewertung vom 12.03. zu überdenken"), an English exemption
read inside another language's word ("per un problema" exempted a negated low review), and,
harmless, a level phrase beside its opposite ("tanto los comentarios positivos como los
críticos nos ayudan").

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer; must-allow rows stand beside the kind they protect.
"""

from __future__ import annotations

import pytest

from tests.engine.rows import REVIEW_REQUEST
from tests.engine.test_readings import (
    FEEDBACK_REMOVAL,
    MANIPULATION,
    MISPLACED,
    reading,
    wording_rules,
)

ROUND_TEN = [
    # A change verb borrowed from English.
    reading(
        "review_manipulation-borrowed-change-de",
        "DE",
        "Könntest du deine 1-Stern-Review jetzt vielleicht updaten?",
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-borrowed-change-de-seller-updates",
        "DE",
        "Wir updaten die Anleitung nächste Woche, danke für Ihre Rezension.",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-borrowed-change-it",
        "IT",
        "Potrebbe editare la sua recensione adesso che il problema è risolto?",
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    # A refund credited for a review's removal.
    reading(
        "review_manipulation-credited-es",
        "ES",
        "Le abonaremos el 20 % del importe en cuanto proceda a retirar la valoración negativa.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-credited-es-no-review",
        "ES",
        "Le abonaremos el 20 % del importe por el retraso en la entrega.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-credited-de",
        "DE",
        "Wir werden Ihnen 15 Euro gutschreiben, wenn Sie die Bewertung entfernen.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-credited-fr",
        "FR",
        "Nous vous créditerons 10 € dès que vous aurez retiré votre évaluation.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-credited-it",
        "IT",
        "Le accrediteremo 10 euro quando avrà rimosso la recensione negativa.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    # A plea to remove "it" beside a review said to close the shop.
    reading(
        "review_manipulation-plea-beside-stake-it",
        "IT",
        "Siamo in quattro e un feedback come il suo rischia di farci chiudere. "
        "La supplichiamo di rimuoverlo.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-plea-beside-stake-es",
        "ES",
        "Somos una tienda pequeña y una valoración así nos puede hacer desaparecer. "
        "Le suplicamos que la borre.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-plea-neutral-it",
        "IT",
        "Se ritiene che abbiamo risolto il problema, è possibile aggiornare o rimuovere il "
        "feedback.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    # A date's dot inside the sentence.
    reading(
        "review_manipulation-dated-review-de",
        "DE",
        "Wir bitten Sie, Ihre Bewertung vom 12.03. im Lichte der Ersatzlieferung zu überdenken.",
        [MANIPULATION, MISPLACED],
        reason="warranty",
        status="shipped",
    ),
    reading(
        "review_manipulation-dated-review-de-read",
        "DE",
        "Ihre Bewertung vom 12.03. haben wir gelesen. Wir ändern die Anleitung.",
        [],
        reason="warranty",
        status="shipped",
    ),
    # An English exemption word inside another language's.
    reading(
        "review_manipulation-negated-low-problem-it",
        "IT",
        "Non ci lasci un giudizio negativo per un problema che non dipende da noi.",
        [MANIPULATION, MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_manipulation-negated-low-problem-es",
        "ES",
        "No nos deje una valoración negativa por un problema del transportista.",
        [MANIPULATION, MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_manipulation-no-problem-en",
        "US",
        "No problem at all, the replacement ships today.",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-not-problematic-en",
        "US",
        "It is not problematic for us if you leave a negative review.",
        [],
        **REVIEW_REQUEST,
    ),
    # A level phrase beside its opposite.
    reading(
        "review_manipulation-both-ways-es",
        "ES",
        "Puede publicar una reseña; tanto los comentarios positivos como los críticos nos "
        "ayudan a mejorar.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-en",
        "US",
        "You can post a review; positive reviews and negative ones both help us improve.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-de",
        "DE",
        "Positive Bewertungen wie auch negative helfen uns, besser zu werden.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-then-stars-es",
        "ES",
        "Tanto las reseñas positivas como las negativas nos ayudan, pero una de 5 estrellas nos "
        "ayuda más.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-then-stars-fr",
        "FR",
        "Les avis positifs comme négatifs comptent, mais laissez-nous 5 étoiles si vous êtes "
        "satisfait.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-low-refused-es",
        "ES",
        "Déjenos comentarios positivos, no negativos.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-low-refused-en",
        "US",
        "Leave us positive reviews, not negative ones.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-rewarded-en",
        "US",
        "Positive reviews and negative ones alike get a 10% voucher.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), ROUND_TEN)
def test_round_ten_review_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
