"""The review rules on kinds of wording blind round 17's tuning part found misread or missed,
each kind in the languages where it applies, in wording of this table's own, with the
near-misses it must allow:

- a giving verb said of the buyer with "us" as whom it gives to ("¿nos regala una reseña?",
  "schenken Sie uns eine Bewertung") asks for a review and offers no gift; the seller's own
  gift ("le regalamos un cupón") still rewards it;
- a voucher's noun that is an everyday word too ("c'est bon pour vous", "è buono", "Vale, lo
  grabamos") is a voucher only with its complement after it ("un bon d'achat", "un buono
  sconto", "un vale para su próxima compra"), so a sentence beside a review asked for rewards
  nothing with it;
- a German verb whose participle is its infinitive, with its perfect's auxiliary after it ("die
  Sie uns schon hinterlassen haben"), names a review written, none asked for;
- thanks for a list whose last item is the review ("Danke für Ihre Nachricht, Ihr Lob … und
  auch für die Bewertung, die Sie uns hinterlassen haben") thank for the review;
- a low review said to lower the seller's average ("hat unseren Schnitt nach unten gezogen")
  is pressure, on the reason that may ask for its removal too;
- a top mark named by its honours ("un bel 10 e lode", "matrícula de honor") is a level asked;
- a prize draw by the draw's verb in more of its forms ("estraiamo", "rifamos", "auslosen").

The table is named after its branch (tune17-reviews; a module name takes no hyphen). Each row
is a message body (after the marketplace's greeting) and the wording rules that must fire on
it, no more and no fewer.
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

REPLY = {"reason": "reply"}

GIFT_TO_US = [
    reading(
        "review_request_misplaced-es-nos-regala-una-resena",
        "ES",
        "Me alegro de que le sirva la lámpara. ¿Nos regala una reseña cuando pueda? Nos ayuda"
        " mucho.",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-it-ci-regalerebbe-una-recensione",
        "IT",
        "Siamo contenti che il cuscino sia arrivato. Ci regalerebbe una recensione su Amazon?",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-de-schenken-sie-uns-eine-bewertung",
        "DE",
        "Schön, dass die Lampe passt. Schenken Sie uns doch eine Bewertung auf Amazon!",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-de-wenn-sie-uns-eine-bewertung-schenken",
        "DE",
        "Wenn Sie uns eine kurze Bewertung schenken würden, wäre das großartig.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-uns-minuten-schenken-verb-last-no-gift",
        "DE",
        "Wenn Sie uns ein paar Minuten für eine ehrliche Bewertung schenken, freuen wir uns.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-nos-regala-on-its-reason-no-gift",
        "ES",
        "¿Nos regalaría unos minutos para escribir una reseña del producto?",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-ci-regala-on-its-reason-no-gift",
        "IT",
        "Ci regala una recensione quando ha un minuto? Ci aiuterebbe tanto.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-le-regalamos-un-cupon-still-a-reward",
        "ES",
        "Si nos deja una opinión en Amazon, le regalamos un cupón de 5 €.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-schenken-wir-ihnen-still-a-reward",
        "DE",
        "Für Ihre Bewertung schenken wir Ihnen einen Gutschein.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
]

VOUCHER_NOUN = [
    reading(
        "review_manipulation-fr-c-est-bon-pour-vous-beside-an-ask",
        "FR",
        "Dites-nous si le texte est bon pour vous. Après la livraison, un avis sur Amazon nous"
        " ferait plaisir.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-un-bon-moment-beside-an-ask",
        "FR",
        "Nous espérons que vous passerez un bon moment avec ce jeu. Votre avis sur Amazon nous"
        " aiderait.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-e-buono-per-lei-beside-an-ask",
        "IT",
        "Ci dica se per lei è tutto buono così. Dopo la consegna una recensione su Amazon ci"
        " farebbe piacere.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-vale-as-okay-beside-an-ask",
        "ES",
        "Vale, lo grabamos mañana. Cuando lo reciba, una reseña en Amazon nos ayudaría mucho.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-le-vale-asi-beside-an-ask",
        "ES",
        "Díganos si el diseño le vale así. Cuando lo reciba, una reseña en Amazon nos ayudaría.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-vale-para-as-works-for-beside-an-ask",
        "ES",
        "El soporte vale para paredes de pladur. Si quiere, deje una reseña en Amazon.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-un-bon-pour-la-prochaine-commande",
        "FR",
        "Laissez un avis sur Amazon. En échange, vous recevrez un bon pour votre prochaine"
        " commande.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-un-buono-per-il-prossimo-ordine",
        "IT",
        "Lasci una recensione su Amazon. In cambio riceverà un buono per il prossimo ordine.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-un-vale-para-su-proximo-pedido",
        "ES",
        "Deje una reseña en Amazon. A cambio recibirá un vale para su próximo pedido.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
]

WRITTEN_OR_THANKED = [
    reading(
        "review_request_misplaced-de-thanks-list-review-already-left",
        "DE",
        "Vielen Dank für Ihre Nachricht, Ihr Lob zum Karton und auch für die nette Bewertung, die"
        " Sie uns schon hinterlassen haben!",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-de-review-left-perfect-auxiliary",
        "DE",
        "Die Rezension, die Sie uns bereits hinterlassen haben, hat das ganze Team gefreut.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-it-thanks-list-bella-recensione-lasciata",
        "IT",
        "Grazie per il messaggio, per le foto del giardino e anche per la bella recensione che ci"
        " ha già lasciato!",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-fr-thanks-list-excellent-avis-laisse",
        "FR",
        "Merci pour votre message, pour les photos et aussi pour l'excellent avis que vous nous"
        " avez laissé !",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-es-thanks-list-su-buena-valoracion",
        "ES",
        "Gracias por el mensaje, por las medidas y por su buena valoración.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-en-thanks-list-five-star-review-posted",
        "UK",
        "Thank you for the photos, the receipt and also for the five-star review you posted!",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-de-hinterlassen-asked-still",
        "DE",
        "Danke für Ihre Geduld. Könnten Sie uns eine Bewertung hinterlassen?",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-de-thanks-list-indefinite-review-asked",
        "DE",
        "Danke für Ihre Geduld, für eine Bewertung auf Amazon wären wir Ihnen dankbar.",
        [MISPLACED],
        **REPLY,
    ),
]

LOWERED_AVERAGE = [
    reading(
        "review_manipulation-de-negative-bewertung-schnitt-nach-unten",
        "DE",
        "Ihre negative Bewertung hat unseren Schnitt stark nach unten gezogen. Bitte entfernen Sie"
        " die Bewertung.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-bad-review-dragged-our-average-down",
        "UK",
        "Your negative feedback has dragged our average down a lot. Could you please remove it?",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-fr-avis-negatif-fait-baisser-notre-moyenne",
        "FR",
        "Votre avis négatif a fait baisser notre moyenne. Pourriez-vous le retirer ?",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-it-recensione-negativa-abbassato-la-media",
        "IT",
        "La sua recensione negativa ha abbassato molto la nostra media. Potrebbe rimuoverla?",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-es-valoracion-negativa-bajado-la-media",
        "ES",
        "Su valoración negativa ha bajado mucho nuestra media. ¿Podría eliminarla?",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-de-neutral-removal-ask-no-harm",
        "DE",
        "Wir haben den Kaufpreis erstattet. Falls das Problem damit gelöst ist, können Sie Ihre"
        " negative Bewertung entfernen.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-price-lowered-average-delivery",
        "UK",
        "We lowered the price after the negative feedback; our average delivery time is two days.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-es-precio-bajado-valoraciones-negativas",
        "ES",
        "El precio ha bajado; las valoraciones negativas hablaban del modelo anterior.",
        [],
        **REPLY,
    ),
]

HONOURS_AND_DRAWS = [
    reading(
        "review_manipulation-it-dieci-e-lode-in-the-review",
        "IT",
        "Se siamo stati all'altezza, ci dia un bel 10 e lode quando scrive la sua opinione su"
        " Amazon!",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-matricula-de-honor-in-the-review",
        "ES",
        "¡Pónganos matrícula de honor en su reseña de Amazon!",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-trenta-e-lode-in-a-sentence-of-its-own",
        "IT",
        "Ci farebbe piacere una sua recensione su Amazon. Mio figlio ha preso 30 e lode"
        " all'esame, siamo felici!",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-matricula-del-coche",
        "ES",
        "Una reseña en Amazon nos ayudaría. Por cierto, la matrícula del coche viene en la"
        " factura.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-estraiamo-tra-chi-recensisce",
        "IT",
        "Ogni mese estraiamo tra chi ha lasciato una recensione una borraccia termica.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-rifamos-entre-quienes-dejen-resena",
        "ES",
        "Cada mes rifamos entre quienes dejen una reseña una botella térmica.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-estraiamo-il-filtro-no-review",
        "IT",
        "Estraiamo il filtro ogni mese per pulirlo; una recensione su Amazon ci farebbe piacere.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-estrarre-il-cassetto-tra-le-guide",
        "IT",
        "Estrarre il cassetto tra le guide con delicatezza. Una recensione su Amazon ci"
        " aiuterebbe.",
        [],
        **REVIEW_REQUEST,
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    GIFT_TO_US + VOUCHER_NOUN + WRITTEN_OR_THANKED + LOWERED_AVERAGE + HONOURS_AND_DRAWS,
)
def test_review_readings_round17(body: str, given: dict[str, str], rules: list[str]) -> None:
    assert wording_rules(body, given) == sorted(rules)
