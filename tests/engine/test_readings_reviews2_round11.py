"""The review rules on kinds of wording a second pass over the eleventh blind round found
missed, each kind in the five languages, in wording of our own: a rhetorical question that no one
could give less than the top level ("Who could give it less than five stars?", "Wer könnte
weniger als die Höchstwertung geben?"; not "less than five days' notice"), "honestly" said for
emphasis, which steers nothing away from the level asked ("five stars would honestly make our
day"; "an honest review" still does), and a thank-you for the review as what something is sent
for ("As a thank-you for your review, we'll post out a spare filter", "en guise de merci pour
votre avis"; not "thank you for your review" nor "a thank-you for your patience").

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer, on the review request reason; must-allow rows stand beside the
kind they protect.
"""

from __future__ import annotations

import pytest

from tests.engine.rows import REVIEW_REQUEST
from tests.engine.test_readings import MANIPULATION, reading, wording_rules

ROUND_ELEVEN_SECOND = [
    # No one could give less than the top level: a rhetorical question asks for it.
    reading(
        "review_manipulation-who-could-give-less-en",
        "US",
        "Who could possibly give this kettle less than five stars?",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-who-could-give-less-de",
        "DE",
        "Wer würde einer Pfanne, die so brät, weniger als fünf Sterne geben?",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-who-could-give-less-de-top-grade",
        "DE",
        "Wer könnte dieser Lampe weniger als die Höchstwertung geben?",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-who-could-give-less-fr",
        "FR",
        "Qui oserait mettre moins de cinq étoiles à une théière pareille ?",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-who-could-give-less-it",
        "IT",
        "Chi potrebbe dare a questo zaino meno di cinque stelle?",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-who-could-give-less-es",
        "ES",
        "¿Quién podría ponerle menos de la nota máxima a esta sartén?",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-who-would-give-less-fr-conditional",
        "FR",
        "Honnêtement, qui donnerait moins de cinq étoiles à ce plaid ?",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # Less than five of something else is no level.
    reading(
        "review_manipulation-who-could-give-less-days-en",
        "US",
        "Who could give us less than five days' notice for a delivery?",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-who-orders-fewer-de",
        "DE",
        "Wer weniger als fünf Artikel bestellt, zahlt den Versand.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-who-could-give-less-days-fr",
        "FR",
        "Qui pourrait nous donner moins de cinq jours de délai ?",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-who-could-give-less-days-it",
        "IT",
        "Chi potrebbe darci meno di cinque giorni per la consegna?",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-who-could-give-less-days-es",
        "ES",
        "¿Quién podría darnos menos de cinco días de plazo?",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-who-could-give-less-refund-en",
        "US",
        "Who could give you less than a full refund? Amazon will refund the whole amount.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-who-gives-fewer-stars-says-why-de",
        "DE",
        "Wer weniger als fünf Sterne gibt, sagt uns am besten warum – wir lesen jede Rezension.",
        [],
        **REVIEW_REQUEST,
    ),
    # Honestly said for emphasis steers nothing away: the level asked for stays one.
    reading(
        "review_manipulation-honestly-for-emphasis-en",
        "US",
        "Five little stars would honestly make our day.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-honestly-for-emphasis-de",
        "DE",
        "Ehrlich gesagt würden uns fünf Sterne sehr freuen.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-honestly-for-emphasis-fr",
        "FR",
        "Honnêtement, cinq étoiles nous feraient très plaisir.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-honestly-for-emphasis-it",
        "IT",
        "Onestamente, cinque stelle ci farebbero molto piacere.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-honestly-for-emphasis-es",
        "ES",
        "Sinceramente, nos encantaría recibir cinco estrellas.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # An honest review, the adjective, still asks for no level.
    reading(
        "review_manipulation-honest-review-en",
        "US",
        "An honest review helps us most, five stars or not.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-honest-review-de",
        "DE",
        "Eine ehrliche Bewertung ist uns lieber als fünf Sterne aus Höflichkeit.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-honest-review-fr",
        "FR",
        "Un avis honnête nous aide davantage que cinq étoiles de complaisance.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-honest-review-it",
        "IT",
        "Una recensione onesta ci aiuta più di cinque stelle di cortesia.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-honest-review-es",
        "ES",
        "Una reseña honesta nos ayuda más que cinco estrellas de cortesía.",
        [],
        **REVIEW_REQUEST,
    ),
    # A thank-you for the review as what something is sent for rewards it.
    reading(
        "review_manipulation-thank-you-as-reward-en",
        "US",
        "As a little thank-you for your review, we'll post out a spare filter.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-thank-you-as-reward-de",
        "DE",
        "Als Dankeschön für Ihre Bewertung legen wir Ihrer nächsten Sendung ein Ersatzteil bei.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-thank-you-as-reward-fr-remerciement",
        "FR",
        "En guise de remerciement pour votre avis, nous vous enverrons une recharge.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-thank-you-as-reward-fr-guise",
        "FR",
        "En guise de merci pour votre commentaire, une housse vous attend.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-thank-you-as-reward-it",
        "IT",
        "Come ringraziamento per la sua recensione le spediremo un ricambio.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-thank-you-as-reward-es",
        "ES",
        "Como agradecimiento por su reseña le enviaremos un recambio.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    # Thanks for a review, or a thank-you for something else, reward nothing.
    reading(
        "review_manipulation-thanks-for-review-en",
        "US",
        "Thank you for your review, the spare filter you ordered ships next week.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-thank-you-for-patience-en",
        "US",
        "We added a spare filter as a thank you for your patience.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-thanks-for-review-fr",
        "FR",
        "Nous vous écrivons pour vous remercier de votre avis.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-thanks-for-review-it",
        "IT",
        "Grazie per la sua recensione, il ricambio è in arrivo.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-as-thanks-nothing-sent-en",
        "US",
        "As a thank-you for your review, we passed your notes on to the workshop.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-as-thanks-nothing-sent-it",
        "IT",
        "Come ringraziamento per la sua recensione, abbiamo girato i suoi appunti al laboratorio.",
        [],
        **REVIEW_REQUEST,
    ),
    # "En remerciement", "en agradecimiento" also thank for a review given, nothing sent for it.
    reading(
        "review_manipulation-in-thanks-for-review-fr",
        "FR",
        "En remerciement de votre avis, nous avons transmis vos remarques à l'atelier.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-in-thanks-for-review-es",
        "ES",
        "En agradecimiento por su reseña, hemos pasado sus comentarios al taller.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-thanks-for-review-es",
        "ES",
        "Gracias por su reseña; el recambio ya está en camino.",
        [],
        **REVIEW_REQUEST,
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), ROUND_ELEVEN_SECOND)
def test_round_eleven_second_review_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
