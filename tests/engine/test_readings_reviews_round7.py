"""The review rules on kinds of wording the seventh blind round found missed or misread (issue
10), each kind in the five languages, in wording of our own: a superlative that is no negation,
a wish that is no satisfaction, the low side of "either way", a free remedy for a defect and a
sale for everyone beside an ask, "por favor", asks without an asking verb (help us, a moment
for, thoughts in a review), a perfect score and a level standing alone beside an ask, the
seller's business said to be at stake beside a removal asked, "full marks" as a title.

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

ROUND_SEVEN = [
    reading(
        "review_manipulation-fr-superlative-is-no-negation",
        "FR",
        "Votre avis ★★★★★ est notre plus belle récompense.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-stars-are-our-greatest-reward",
        "UK",
        "A five-star review is our greatest reward.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-stars-are-our-finest-reward",
        "DE",
        "Eine Fünf-Sterne-Bewertung ist unsere schönste Belohnung.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-stars-are-our-finest-reward",
        "IT",
        "Una recensione a cinque stelle è la nostra più bella ricompensa.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-stars-are-our-greatest-reward",
        "ES",
        "Una reseña de cinco estrellas es nuestra mayor recompensa.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-ne-plus-still-negates",
        "FR",
        (
            "Nous n'offrons plus de cadeau contre un avis cinq étoiles, mais votre avis honnête "
            "nous aide."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-if-you-d-like-leave-a-review",
        "UK",
        "If you'd like, you can leave a review of them on Amazon; it's completely up to you.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-if-you-would-like-to-a-review",
        "US",
        "If you would like to, a review on Amazon is always welcome.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-wenn-sie-moechten-bewertung",
        "DE",
        "Wenn Sie möchten, können Sie eine Bewertung auf Amazon schreiben.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-si-vous-le-souhaitez-avis",
        "FR",
        "Si vous le souhaitez, vous pouvez laisser un avis sur Amazon.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-it-se-lo-desidera-recensione",
        "IT",
        "Se lo desidera, può lasciare una recensione su Amazon.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-es-si-lo-desea-resena",
        "ES",
        "Si lo desea, puede dejar una reseña en Amazon.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-if-you-like-the-product-review",
        "UK",
        "If you like the napkins, please leave a review.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-if-you-d-like-them-five-stars",
        "UK",
        "If you'd like the napkins, a five-star review would be lovely.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-wenn-es-gefaellt-bewertung",
        "DE",
        "Wenn Ihnen die Servietten gefallen, hinterlassen Sie bitte eine Bewertung.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-glowing-or-mixed",
        "UK",
        "Whether your review is glowing or mixed, it helps other buyers.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-positiv-oder-durchwachsen",
        "DE",
        "Ob Ihre Bewertung positiv oder eher durchwachsen ausfällt, sie hilft anderen Käufern.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-positif-ou-plus-mitige",
        "FR",
        (
            "Pourriez-vous partager votre expérience sur Amazon ? Que votre avis soit positif ou "
            "plus mitigé, il aide les autres clients."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-it-positiva-o-tiepida",
        "IT",
        "Che la sua recensione sia positiva o tiepida, aiuta gli altri clienti.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-es-positiva-o-tibia",
        "ES",
        "Tanto si su reseña es positiva como si es tibia, ayuda a otros compradores.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-glowing-not-mixed",
        "UK",
        "We hope for a glowing review, not a mixed one.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-positif-seulement",
        "FR",
        "Nous espérons un avis positif sur Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-kostenloser-ersatz-bei-defekt",
        "DE",
        (
            "Bei einem Defekt erhalten Sie kostenlosen Ersatz, melden Sie sich dafür einfach. "
            "Unabhängig davon würden wir uns über eine Bewertung freuen."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-it-sostituzione-gratuita-in-caso-di-rottura",
        "IT",
        (
            "In caso di rottura durante il trasporto, la sostituzione è gratuita. Se desidera, può "
            "inoltre lasciare una recensione."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-free-replacement-if-faulty",
        "UK",
        (
            "If the kettle is ever faulty, we send a free replacement. You are welcome to leave a "
            "review on Amazon."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-remplacement-gratuit-si-defectueux",
        "FR",
        (
            "Si l'article est défectueux, le remplacement est gratuit. Vous pouvez aussi laisser "
            "un avis sur Amazon."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-es-sustitucion-gratuita-si-defectuoso",
        "ES",
        (
            "Si el producto llega defectuoso, la sustitución es gratuita. Si lo desea, puede dejar "
            "una reseña en Amazon."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-kostenloser-ersatzfilter-fuer-bewertung",
        "DE",
        (
            "Schreiben Sie uns eine Bewertung auf Amazon. Dafür erhalten Sie einen kostenlosen "
            "Ersatzfilter."
        ),
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-free-gift-beside-the-ask",
        "UK",
        "Please leave us a review on Amazon. You will receive a free gift.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-es-dejenos-una-resena-por-favor",
        "ES",
        "Déjenos una reseña en Amazon, por favor.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-do-us-a-favour-review",
        "UK",
        "Do us a favour and leave a review on Amazon.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-resena-favorable-por-favor",
        "ES",
        "Déjenos una reseña favorable, por favor.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-favourable-review",
        "UK",
        "Please leave a favourable review.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_request_misplaced-en-a-review-would-help-our-studio",
        "UK",
        "Also, once it arrives, a quick review would really help our small studio.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-helfen-sie-uns-mit-einer-bewertung",
        "DE",
        "Helfen Sie uns mit einer kurzen Bewertung!",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-nous-aider-avec-un-avis",
        "FR",
        "Pourriez-vous nous aider avec un petit avis ?",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-ci-aiuta-con-una-recensione",
        "IT",
        "Ps: ci aiuta con una recensione? Grazie!",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-nos-ayuda-con-una-resena",
        "ES",
        "¿Nos ayuda con una reseña?",
        [MISPLACED],
    ),
    reading(
        "allow-en-your-review-helped-us",
        "UK",
        "Your review helped us a lot, thank you.",
        [],
    ),
    reading(
        "allow-en-can-we-help-with-the-review-of-your-claim",
        "UK",
        "Can we help you with the review of your claim?",
        [],
    ),
    reading(
        "allow-de-bewertung-hat-uns-geholfen",
        "DE",
        "Ihre Bewertung hat uns sehr geholfen.",
        [],
    ),
    reading(
        "allow-it-la-recensione-ci-ha-aiutato",
        "IT",
        "La sua recensione ci ha aiutato a migliorare.",
        [],
    ),
    reading(
        "allow-es-necesita-ayuda-con-su-resena",
        "ES",
        "¿Necesita ayuda con su reseña?",
        [],
    ),
    reading(
        "review_request_misplaced-de-zeit-fuer-ein-feedback",
        "DE",
        "Vielleicht nehmen Sie sich kurz Zeit für ein Feedback zu unserem Service?",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-a-moment-for-a-review",
        "UK",
        "Could you take a moment for a short review?",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-un-instant-pour-un-avis",
        "FR",
        "Auriez-vous un instant pour un petit avis ?",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-un-minuto-per-una-recensione",
        "IT",
        "Ha un minuto per una recensione?",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-un-momento-para-una-resena",
        "ES",
        "¿Tiene un momento para una reseña?",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-en-rate-us-on-amazon",
        "UK",
        "Thank you for shopping with us - please take a moment to rate us on Amazon.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-evaluer-notre-service",
        "FR",
        "Nous espérons que vous prendrez quelques instants pour évaluer notre service.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-dejaria-un-comentario",
        "ES",
        "Después, ¿nos dejaría un comentario sobre nuestra atención en Amazon?",
        [MISPLACED],
    ),
    reading(
        "allow-en-thanks-for-taking-the-time-for-your-review",
        "UK",
        "Thank you for taking the time to write your review.",
        [],
    ),
    reading(
        "allow-fr-le-technicien-evaluera-le-service",
        "FR",
        "Notre technicien va évaluer le service après-vente de votre appareil.",
        [],
    ),
    reading(
        "review_request_misplaced-en-thoughts-in-a-review",
        "UK",
        "P.S. We'd love to hear your thoughts in a product review!",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-de-meinung-in-einer-bewertung",
        "DE",
        "Wir würden gern Ihre Meinung in einer kurzen Bewertung lesen.",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-fr-ce-que-vous-en-pensez-dans-un-avis",
        "FR",
        "Dites-nous ce que vous en pensez dans un petit avis !",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-it-cosa-ne-pensi-con-una-recensione",
        "IT",
        "Quando arriva, ci fai sapere cosa ne pensi con una recensione?",
        [MISPLACED],
    ),
    reading(
        "review_request_misplaced-es-lo-que-piensa-en-una-resena",
        "ES",
        "Cuéntenos lo que piensa con una reseña.",
        [MISPLACED],
    ),
    reading(
        "allow-en-thanks-for-your-thoughts-in-your-review",
        "UK",
        "Thank you for sharing your thoughts in your review.",
        [],
    ),
    reading(
        "allow-en-love-your-feedback-on-the-size-chart",
        "UK",
        "We'd love your feedback on the new size chart.",
        [],
    ),
    reading(
        "review_manipulation-es-nota-de-10-10-en-su-opinion",
        "ES",
        "Una nota de 10/10 en su opinión nos permite seguir creciendo.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-10-10-in-your-review",
        "UK",
        "A 10/10 in your review would make our day.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-un-10-10-beside-the-ask",
        "IT",
        (
            "Speriamo che per te sia un 10/10 come lo è per noi. Lascia il tuo voto sulla pagina "
            "del prodotto."
        ),
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-stars-alone-beside-the-ask",
        "ES",
        (
            "★★★★★ — eso es lo que intentamos ganarnos con cada pedido. Si crees que lo merecemos, "
            "déjanos tu reseña."
        ),
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-stars-alone-beside-the-ask",
        "FR",
        "★★★★★ : voilà notre objectif. Laissez-nous un avis sur Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-10-10-alone-beside-the-ask",
        "DE",
        "10/10 – das ist unser Ziel. Schreiben Sie uns eine Bewertung auf Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-date-10-10-beside-the-ask",
        "UK",
        "Your parcel arrived on 10/10/2026. You can leave a review on Amazon if you wish.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-es-hotel-5-estrellas-name",
        "ES",
        (
            "Esperamos que las sábanas Hotel 5 Estrellas de algodón te estén dando buenas noches. "
            "Si quieres, puedes contarnos qué te han parecido en una reseña en Amazon."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-5-etoiles-confort-name",
        "FR",
        (
            "Votre Coussin de voyage 5 Étoiles Confort a été livré. Si vous le souhaitez, vous "
            "pouvez laisser un avis sur la page du produit."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-rated-five-stars-by-customers",
        "UK",
        "Rated ★★★★★ by over 2,000 customers. You can leave a review on Amazon too.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-remove-feedback-we-could-lose-our-livelihood",
        "UK",
        (
            "Please remove your negative feedback as soon as possible. It is putting our seller "
            "account at risk and we could lose our livelihood because of it."
        ),
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-de-entfernen-existenz-verlieren",
        "DE",
        "Bitte entfernen Sie Ihre negative Bewertung. Wir könnten sonst unsere Existenz verlieren.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-fr-retirer-nous-risquons-la-faillite",
        "FR",
        "Merci de retirer votre avis négatif. Nous risquons la faillite.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-it-rimuovere-perdere-il-nostro-negozio",
        "IT",
        "La preghiamo di rimuovere la recensione negativa. Potremmo perdere il nostro negozio.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-es-elimine-perder-nuestra-tienda",
        "ES",
        "Le rogamos que elimine su reseña negativa. Podríamos perder nuestra tienda.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-one-bad-review-could-finish-us",
        "UK",
        (
            "Honestly, one bad review could finish us, so please keep that in mind when you write "
            "yours."
        ),
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-neutral-template-hate-to-lose-you",
        "UK",
        (
            "If you are satisfied that we have resolved your concerns, you may update or remove "
            "the feedback. We would hate to lose you as a customer."
        ),
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-es-neutral-template-hemos-cerrado-la-incidencia",
        "ES",
        (
            "Si considera que hemos resuelto su problema, puede actualizar o eliminar su "
            "valoración. Hemos cerrado la incidencia."
        ),
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "allow-en-negative-feedback-damaged-box",
        "UK",
        "We are sorry about the negative feedback. We will replace the damaged box at once.",
        [],
    ),
    reading(
        "allow-de-negative-bewertung-keine-zeit-verlieren",
        "DE",
        "Ihre negative Bewertung haben wir gelesen. Wir verlieren keine Zeit und schicken Ersatz.",
        [],
    ),
    reading(
        "allow-en-finish-the-engraving",
        "UK",
        "We hope to finish your engraving today, and a review is welcome afterwards.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-fr-black-friday-toute-la-gamme",
        "FR",
        (
            "Vous pouvez, si vous le voulez, laisser un avis sur la page du produit. BLACK FRIDAY "
            ": toute la gamme petit-déjeuner à -30 % jusqu'à lundi minuit !"
        ),
        [MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-whole-range-sale",
        "UK",
        "You can leave a review on Amazon if you wish. Our whole range is -20% this weekend!",
        [MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-it-tutta-la-gamma-scontata",
        "IT",
        "Se vuole, può lasciare una recensione. Per il Black Friday tutta la gamma è a -30 %!",
        [MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-es-toda-la-gama-descuento",
        "ES",
        "Si quiere, puede dejar una reseña. ¡Por el Black Friday toda la gama está a -30 %!",
        [MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-de-gesamtes-sortiment-rabatt",
        "DE",
        (
            "Sie können gern eine Bewertung schreiben. Am Black Friday gibt es auf das gesamte "
            "Sortiment -30 %!"
        ),
        [MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-remise-en-remerciement-beside",
        "FR",
        (
            "Laissez un avis sur la page du produit. En remerciement, -30 % sur votre prochaine "
            "commande !"
        ),
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-20-off-next-order-beside",
        "UK",
        "Please leave us a review on Amazon. You will get 20% off your next order.",
        [MANIPULATION, MARKETING],
        **REVIEW_REQUEST,
    ),
    reading(
        "allow-en-full-marks-is-a-title",
        "US",
        (
            "Thank you for ordering Full Marks Math Workbook - Grade 3. We'd appreciate it if you "
            "could leave a review."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-give-us-full-marks",
        "UK",
        "Please give us full marks on Amazon!",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-full-marks-from-you",
        "UK",
        "Full marks from you would make our day - leave a review!",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), ROUND_SEVEN)
def test_round_seven_review_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)


# The second review of round 7: sentences the tuning first misread, with their kin in the other
# languages. A fraction is a rating only as one (not a short date or a count), a level that
# qualifies a place or an average shown is no level asked, and "full marks" earned is one; a
# bare "if you like" is a wish, a middling word the low side of either way, a business said to
# vanish pressure, a review suggested ("how about a review?") or the service rated an ask, and
# "ne … plus que" no negation.
REVIEWED_SEVEN = (
    [
        reading(f"allow-{row_id}", marketplace, body, [], **REVIEW_REQUEST)
        for row_id, marketplace, body in (
            (
                "de-short-date-am-5-5",
                "DE",
                (
                    "Ihre Bestellung wurde am 5/5 versandt. Wenn Sie möchten, freuen wir uns über "
                    "eine Bewertung."
                ),
            ),
            (
                "de-short-date-am-10-10",
                "DE",
                "Ihr Paket kam am 10/10 an. Wir freuen uns über eine Bewertung, wenn Sie möchten.",
            ),
            (
                "en-short-date-on-10-10",
                "US",
                "Your order shipped on 10/10. You can leave a review on Amazon.",
            ),
            (
                "fr-short-date-le-10-10",
                "FR",
                (
                    "Votre colis a été livré le 10/10. Vous pouvez laisser un avis si vous le "
                    "souhaitez."
                ),
            ),
            (
                "fr-short-date-le-5-5",
                "FR",
                "Livraison prévue le 5/5. N'hésitez pas à laisser un avis.",
            ),
            (
                "it-short-date-il-10-10",
                "IT",
                "Il pacco è stato consegnato il 10/10. Se vuole, ci lasci una recensione.",
            ),
            (
                "it-short-date-il-5-5",
                "IT",
                "Consegna prevista il 5/5. Se vuole, ci lasci una recensione.",
            ),
            (
                "es-short-date-el-5-5",
                "ES",
                "Su pedido se entregó el 5/5. Si lo desea, puede dejar una reseña.",
            ),
            (
                "es-short-date-el-10-10-one-sentence",
                "ES",
                "Su pedido llega el 10/10 y, si lo desea, puede dejar una reseña.",
            ),
            (
                "en-count-5-5-parts",
                "US",
                "All 5/5 parts of your order have arrived. Feel free to leave a review.",
            ),
            (
                "en-count-5-5-sizes",
                "US",
                "The item is in stock again (5/5 sizes). Feel free to leave a review.",
            ),
            (
                "en-count-chapter-5-5",
                "US",
                (
                    "Chapter 5/5 of the manual covers cleaning. Feel free to leave a review of "
                    "your order."
                ),
            ),
            (
                "de-count-lieferung-5-5",
                "DE",
                "Lieferung 5/5 ist unterwegs. Über eine Bewertung freuen wir uns.",
            ),
            (
                "fr-count-colis-5-5",
                "FR",
                (
                    "Colis 5/5 remis au transporteur. Vous pouvez laisser un avis si vous le "
                    "souhaitez."
                ),
            ),
            (
                "it-count-pacco-5-5",
                "IT",
                "Pacco 5/5 affidato al corriere. Se vuole, ci lasci una recensione.",
            ),
            (
                "es-count-paquete-5-5",
                "ES",
                "Paquete 5/5 entregado al transportista. Si quiere, déjenos una reseña.",
            ),
            (
                "fr-hotel-5-etoiles-partenaire",
                "FR",
                (
                    "Notre hôtel 5 étoiles partenaire n'a rien à voir avec votre commande ; votre "
                    "avis sur le produit nous aiderait."
                ),
            ),
            (
                "fr-palace-5-etoiles",
                "FR",
                "Le savon vient d'un palace 5 étoiles de Nice. Laissez-nous un avis.",
            ),
            (
                "it-hotel-a-5-stelle",
                "IT",
                (
                    "I nostri asciugamani sono usati negli hotel a 5 stelle. Se vuole, ci "
                    "lasci una "
                    "recensione."
                ),
            ),
            (
                "it-hotel-a-5-stelle-asked",
                "IT",
                "I nostri asciugamani sono usati negli hotel a 5 stelle. Ci lasci una recensione.",
            ),
            (
                "es-hoteles-de-5-estrellas",
                "ES",
                (
                    "Nuestras toallas se usan en hoteles de 5 estrellas. Si lo desea, déjenos "
                    "una reseña."
                ),
            ),
            (
                "es-hotel-5-estrellas",
                "ES",
                "El jabón procede de un hotel 5 estrellas de Marbella. Déjenos su reseña.",
            ),
            (
                "en-5-star-hotels",
                "US",
                "Our bedding is made for 5-star hotels. Please leave a review.",
            ),
            (
                "en-5-star-hotel-favourite",
                "US",
                "Our chef's knife is a 5-star hotel favourite. Please share your review.",
            ),
            (
                "en-five-star-resort",
                "US",
                (
                    "We stayed at a five-star resort for the trade fair. Anyway, feel free "
                    "to leave "
                    "a review."
                ),
            ),
            (
                "de-5-sterne-hotels",
                "DE",
                (
                    "Unsere Handtücher werden in 5-Sterne-Hotels verwendet. Hinterlassen Sie uns "
                    "gern eine Bewertung."
                ),
            ),
            (
                "it-media-di-4-7-stelle",
                "IT",
                "Il prodotto ha una media di 4,7 stelle. Ci lasci anche lei una recensione.",
            ),
            (
                "es-media-de-4-6-estrellas",
                "ES",
                (
                    "El artículo tiene una media de 4,6 estrellas. Si quiere, déjenos también su "
                    "reseña."
                ),
            ),
            (
                "fr-note-moyenne-de-4-5-etoiles",
                "FR",
                "L'article a une note moyenne de 4,5 étoiles. Votre avis nous intéresse aussi.",
            ),
            (
                "en-average-of-4-7-stars",
                "US",
                "The kettle has an average of 4.7 stars. We'd appreciate your review too.",
            ),
            (
                "de-durchschnittlich-4-7-sterne",
                "DE",
                (
                    "Der Artikel hat durchschnittlich 4,7 Sterne. Über Ihre Bewertung freuen wir "
                    "uns auch."
                ),
            ),
        )
    ]
    + [
        reading(
            f"review_manipulation-{row_id}", marketplace, body, [MANIPULATION], **REVIEW_REQUEST
        )
        for row_id, marketplace, body in (
            (
                "en-we-hope-we-earned-full-marks",
                "US",
                "We hope we earned full marks. Please leave a review.",
            ),
            (
                "en-we-hope-we-deserved-full-marks",
                "US",
                "We hope we deserved full marks. Please leave a review.",
            ),
            ("en-give-us-a-10-10", "US", "Give us a 10/10 rating on Amazon!"),
            (
                "fr-un-10-10-de-votre-part",
                "FR",
                "Un 10/10 de votre part dans votre avis nous ferait plaisir.",
            ),
            ("it-puntiamo-al-10-10", "IT", "Puntiamo al 10/10: ce lo dica in una recensione."),
            (
                "es-buscamos-el-10-10",
                "ES",
                "Buscamos el 10/10: cuéntenos en una reseña si lo hemos logrado.",
            ),
            (
                "fr-nous-visons-le-10-10",
                "FR",
                "Nous visons le 10/10 : dites-nous si nous l'avons mérité dans un avis.",
            ),
            (
                "en-5-5-stars-alone-beside-the-ask",
                "US",
                "5/5 stars is what we hope for. Please leave a review.",
            ),
        )
    ]
    + [
        reading(
            "allow-en-if-you-like-is-a-wish",
            "US",
            "If you like, you can also leave a review.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_manipulation-en-if-you-like-it",
            "US",
            "If you like it, please leave a review.",
            [MANIPULATION],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-de-begeistert-oder-eher-mittelmassig",
            "DE",
            "Ob begeistert oder eher mittelmäßig – Ihre Bewertung hilft uns.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-fr-excellente-ou-plutot-moyenne",
            "FR",
            "Que votre expérience soit excellente ou plutôt moyenne, votre avis nous intéresse.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-it-ottima-o-mediocre",
            "IT",
            "Che sia ottima o mediocre, la sua recensione ci aiuta.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-es-buena-o-regular",
            "ES",
            "Buena o regular, su reseña nos ayuda.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-en-great-or-mediocre",
            "UK",
            "Whether great or mediocre, your review helps us.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_manipulation-de-wir-hoffen-auf-5-sterne",
            "DE",
            "Wir hoffen auf 5 Sterne. Hinterlassen Sie uns eine Bewertung.",
            [MANIPULATION],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_manipulation-de-fuenf-sterne-verdienen",
            "DE",
            "Fünf Sterne – das möchten wir uns verdienen. Hinterlassen Sie uns eine Bewertung.",
            [MANIPULATION],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-it-cinque-stelle-in-a-name",
            "IT",
            (
                "Il suo Set coltelli Cinque Stelle è stato consegnato. Se vuole, ci lasci una "
                "recensione sul prodotto."
            ),
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_manipulation-es-por-cada-resena-le-devolvemos",
            "ES",
            "Por cada reseña le devolvemos 5 € de su compra.",
            [MANIPULATION],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_manipulation-en-for-every-review-we-refund",
            "UK",
            "For every review we refund you £5 of your purchase.",
            [MANIPULATION],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_manipulation-de-fuer-jede-bewertung-erstatten-wir",
            "DE",
            "Für jede Bewertung erstatten wir Ihnen 5 € vom Kaufpreis.",
            [MANIPULATION],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_manipulation-fr-pour-chaque-avis-nous-remboursons",
            "FR",
            "Pour chaque avis, nous vous remboursons 5 € sur votre achat.",
            [MANIPULATION],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_manipulation-it-per-ogni-recensione-le-rimborsiamo",
            "IT",
            "Per ogni recensione le rimborsiamo 5 € del suo acquisto.",
            [MANIPULATION],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-en-we-read-every-review-and-refund-damage",
            "UK",
            "We read every review, and we refund any damaged item in full.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-es-leemos-cada-resena-y-devolvemos",
            "ES",
            "Leemos cada reseña y le devolvemos el dinero si el artículo llega dañado.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-fr-chaque-avis-remboursement-defaut",
            "FR",
            "Nous lisons chaque avis ; pour un article défectueux, nous vous remboursons.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-en-free-replacement-for-the-cracked-lid",
            "US",
            (
                "We're sending a free replacement for the cracked lid. If you like, you can also "
                "leave a review."
            ),
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-de-kostenlos-ersatz-gesprungener-deckel",
            "DE",
            (
                "Wir schicken Ihnen kostenlos einen Ersatz für den gesprungenen Deckel. Über "
                "eine Bewertung freuen wir uns, wenn Sie möchten."
            ),
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-fr-gratuitement-couvercle-fele",
            "FR",
            (
                "Nous vous envoyons gratuitement un couvercle neuf pour remplacer le couvercle "
                "fêlé. Si vous le souhaitez, laissez un avis."
            ),
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-it-gratis-coperchio-crepato",
            "IT",
            (
                "Le spediamo gratis un coperchio nuovo al posto di quello crepato. Se vuole, ci "
                "lasci una recensione."
            ),
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-es-gratis-tapa-rajada",
            "ES",
            (
                "Le enviamos gratis una tapa nueva para sustituir la tapa rajada. Si quiere, "
                "déjenos una reseña."
            ),
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_manipulation-en-free-lid-for-a-review",
            "US",
            "Leave a review and get a free lid.",
            [MANIPULATION],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_request_misplaced-de-bewertung-wuerde-unserer-werkstatt-helfen",
            "DE",
            "Eine Bewertung würde unserer kleinen Werkstatt sehr helfen.",
            [MISPLACED],
        ),
        reading(
            "review_request_misplaced-de-bewertung-wuerde-unserem-betrieb-helfen",
            "DE",
            "Eine kurze Bewertung würde unserem Familienbetrieb enorm helfen.",
            [MISPLACED],
        ),
        reading(
            "allow-de-bewertung-hat-unserer-werkstatt-geholfen",
            "DE",
            "Ihre Bewertung hat unserer Werkstatt sehr geholfen, danke.",
            [],
        ),
        reading(
            "allow-de-kundenservice-hilft-bei-der-bewertung-des-schadens",
            "DE",
            "Unser Kundenservice wird Ihnen gern bei der Bewertung des Schadens helfen.",
            [],
        ),
        reading(
            "allow-en-feedback-on-the-size-chart-would-help",
            "UK",
            "Your feedback on the size chart would help our team.",
            [],
        ),
        reading(
            "allow-de-feedback-zum-ersatzteil-wuerde-helfen",
            "DE",
            "Ihr Feedback zum neuen Ersatzteil würde unserer Werkstatt sehr helfen.",
            [],
        ),
        reading(
            "allow-fr-date-range-du-5-5-au-10-10",
            "FR",
            "Du 5/5 au 10/10, la boutique est fermée. Vous pouvez laisser un avis sur Amazon.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-it-date-range-dal-5-5-al-10-10",
            "IT",
            "Dal 5/5 al 10/10 il negozio è chiuso. Se vuole, ci lasci una recensione.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-es-date-range-del-5-5-al-10-10",
            "ES",
            "Del 5/5 al 10/10 la tienda está cerrada. Si quiere, déjenos una reseña.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-de-count-teil-10-10",
            "DE",
            "Teil 10/10 der Lieferung ist angekommen. Wir freuen uns über eine Bewertung.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-en-a-magazine-s-10-10",
            "UK",
            "Score: 10/10 for comfort, says Home Magazine. Leave us a review!",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_manipulation-de-eine-10-10-beside-the-ask",
            "DE",
            "Wir hoffen, es ist für Sie eine 10/10. Hinterlassen Sie uns eine Bewertung.",
            [MANIPULATION],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_manipulation-fr-un-10-10-beside-the-ask",
            "FR",
            "Nous espérons que c'est un 10/10 pour vous. Laissez-nous un avis.",
            [MANIPULATION],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_manipulation-es-un-10-10-beside-the-ask",
            "ES",
            "Esperamos que sea un 10/10 para usted. Déjenos una reseña.",
            [MANIPULATION],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-en-what-about-your-review-you-left",
            "UK",
            "What about your review of the kettle you left last week? We replied to it.",
            [],
        ),
        reading(
            "allow-fr-ne-livrons-plus-que",
            "FR",
            "Nous ne livrons plus que la France métropolitaine.",
            [],
        ),
        reading(
            "allow-es-por-cada-pedido-donamos",
            "ES",
            "Por cada pedido donamos 1 € a una ONG. Si quiere, déjenos una reseña.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-de-ein-foto-wuerde-unserer-werkstatt-helfen",
            "DE",
            "Ein Foto würde unserer Werkstatt bei der Prüfung sehr helfen.",
            [],
        ),
        reading(
            "allow-es-envio-regular",
            "ES",
            "El envío regular tarda 3 días. Si quiere, déjenos una reseña.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-fr-delai-moyen",
            "FR",
            (
                "Le délai moyen de livraison est de 3 jours. Laissez-nous un avis si vous le "
                "souhaitez."
            ),
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-de-5-farben-beside-the-ask",
            "DE",
            "Unsere Handtücher gibt es in 5 Farben. Hinterlassen Sie uns eine Bewertung.",
            [],
            **REVIEW_REQUEST,
        ),
        reading(
            "review_manipulation-fr-retirer-risque-de-disparaitre",
            "FR",
            (
                "Merci de retirer votre évaluation négative, notre petite entreprise familiale "
                "risque de disparaître."
            ),
            [MANIPULATION],
            **FEEDBACK_REMOVAL,
        ),
        reading(
            "review_manipulation-it-rimuovere-rischia-di-sparire",
            "IT",
            (
                "La preghiamo di rimuovere la recensione negativa, il nostro piccolo negozio "
                "rischia "
                "di sparire."
            ),
            [MANIPULATION],
            **FEEDBACK_REMOVAL,
        ),
        reading(
            "review_manipulation-es-elimine-podria-desaparecer",
            "ES",
            "Le rogamos que elimine su reseña negativa, nuestra pequeña tienda podría desaparecer.",
            [MANIPULATION],
            **FEEDBACK_REMOVAL,
        ),
        reading(
            "review_request_misplaced-en-how-about-a-review",
            "US",
            "How about a quick review?",
            [MISPLACED],
        ),
        reading(
            "allow-en-how-about-a-replacement",
            "US",
            "How about a replacement instead?",
            [],
        ),
        reading(
            "review_request_misplaced-it-che-ne-dice-di-una-recensione",
            "IT",
            "Che ne dice di una breve recensione?",
            [MISPLACED],
        ),
        reading(
            "allow-it-che-ne-dice-di-un-rimborso",
            "IT",
            "Che ne dice di un rimborso parziale?",
            [],
        ),
        reading(
            "review_request_misplaced-es-que-tal-una-resena",
            "ES",
            "¿Qué tal una breve reseña?",
            [MISPLACED],
        ),
        reading(
            "allow-es-que-tal-le-va",
            "ES",
            "¿Qué tal le va con el producto?",
            [],
        ),
        reading(
            "review_request_misplaced-fr-que-diriez-vous-d-un-avis",
            "FR",
            "Que diriez-vous d'un petit avis ?",
            [MISPLACED],
        ),
        reading(
            "allow-fr-que-diriez-vous-d-un-remboursement",
            "FR",
            "Que diriez-vous d'un remboursement partiel ?",
            [],
        ),
        reading(
            "review_request_misplaced-de-wie-waere-es-mit-einer-bewertung",
            "DE",
            "Wie wäre es mit einer kurzen Bewertung?",
            [MISPLACED],
        ),
        reading(
            "allow-de-wie-waere-es-mit-einem-ersatzteil",
            "DE",
            "Wie wäre es mit einem Ersatzteil?",
            [],
        ),
        reading(
            "review_request_misplaced-de-nehmen-sie-sich-doch-einen-moment-zeit",
            "DE",
            "Nehmen Sie sich doch einen Moment Zeit für eine Bewertung.",
            [MISPLACED],
        ),
        reading(
            "review_request_misplaced-es-valorar-nuestro-servicio",
            "ES",
            "¿Podría valorar nuestro servicio en Amazon?",
            [MISPLACED],
        ),
        reading(
            "review_request_misplaced-en-rate-our-service",
            "UK",
            "Could you rate our service on Amazon?",
            [MISPLACED],
        ),
        reading(
            "review_manipulation-fr-ne-souhaitons-plus-que-des-avis-positifs",
            "FR",
            "Nous ne souhaitons plus que des avis positifs.",
            [MANIPULATION],
            **REVIEW_REQUEST,
        ),
        reading(
            "allow-fr-ne-vendons-plus-que",
            "FR",
            "Nous ne vendons plus que des modèles reconditionnés.",
            [],
        ),
        reading(
            "allow-fr-ne-demandons-plus-d-avis-positifs",
            "FR",
            "Nous ne demandons plus d'avis positifs, seulement votre avis sincère.",
            [],
            **REVIEW_REQUEST,
        ),
    ]
)


# A third review: a review word for an inspection, of something or by the seller's staff, is
# no buyer's review however it is suggested (sentences.reviews._examined); written, the buyer's
# own, to be changed or read on Amazon, it is one whatever it is of.
INSPECTED = [
    reading(f"allow-{row_id}", marketplace, body, [], reason="unexpected_problem")
    for row_id, marketplace, body in (
        (
            "en-how-about-a-review-of-the-wiring",
            "US",
            "How about a quick review of the wiring diagram before you plug it in?",
        ),
        (
            "en-review-of-the-photos-helps-the-technician",
            "US",
            "A review of the photos would help our technician decide on the repair.",
        ),
        (
            "en-review-of-the-receipt-helps-us",
            "US",
            "A quick review of your receipt would help us process the warranty claim.",
        ),
        (
            "en-review-by-our-quality-team",
            "US",
            "A review by our quality team would help us find the cause of the leak.",
        ),
        (
            "en-moment-for-a-review-of-the-safety-notes",
            "US",
            "Take a moment for a review of the safety notes before first use.",
        ),
        (
            "de-bewertung-des-schadens-durch-den-gutachter",
            "DE",
            "Wie wäre es mit einer Bewertung des Schadens durch unseren Gutachter?",
        ),
        (
            "fr-evaluation-des-degats-par-le-technicien",
            "FR",
            "Que diriez-vous d'une évaluation des dégâts par notre technicien ?",
        ),
        (
            "it-valutazione-del-danno-da-parte-del-tecnico",
            "IT",
            "Che ne dice di una valutazione del danno da parte del nostro tecnico?",
        ),
        (
            "es-valoracion-de-los-danos-por-el-tecnico",
            "ES",
            "¿Qué tal una valoración de los daños por parte de nuestro técnico?",
        ),
    )
] + [
    reading(f"{rules[-1].rsplit('.', 1)[-1]}-{row_id}", marketplace, body, rules)
    for row_id, marketplace, body, rules in (
        (
            "en-how-about-a-review-of-your-purchase",
            "US",
            "How about a quick review of your purchase?",
            [MISPLACED],
        ),
        (
            "en-how-about-a-review-of-the-lamp-on-amazon",
            "US",
            "How about a review of the lamp on Amazon?",
            [MISPLACED],
        ),
        (
            "en-leave-a-review-of-the-kettle",
            "US",
            "Please leave a review of the kettle by Friday.",
            [MISPLACED],
        ),
        ("en-a-review-by-you", "US", "A review by you would help us a lot.", [MISPLACED]),
        (
            "es-que-tal-una-resena-de-su-compra",
            "ES",
            "¿Qué tal una reseña de su compra?",
            [MISPLACED],
        ),
        (
            "es-que-tal-una-resena-de-5-estrellas",
            "ES",
            "¿Qué tal una reseña de 5 estrellas?",
            [MANIPULATION, MISPLACED],
        ),
        (
            "it-recensione-da-5-stelle",
            "IT",
            "Che ne dice di una recensione da 5 stelle?",
            [MANIPULATION, MISPLACED],
        ),
        (
            "de-bewertung-des-artikels",
            "DE",
            "Wie wäre es mit einer Bewertung des Artikels?",
            [MISPLACED],
        ),
        (
            "fr-evaluation-de-votre-commande",
            "FR",
            "Que diriez-vous d'une évaluation de votre commande ?",
            [MISPLACED],
        ),
        (
            "en-remove-your-review-of-the-delivery",
            "UK",
            "Please remove your review of the delivery.",
            [MANIPULATION, MISPLACED],
        ),
        (
            "de-loeschen-sie-die-bewertung-der-lieferung",
            "DE",
            "Bitte löschen Sie die Bewertung der Lieferung.",
            [MANIPULATION, MISPLACED],
        ),
        (
            "fr-modifier-votre-evaluation-de-la-livraison",
            "FR",
            "Pourriez-vous modifier votre évaluation de la livraison ?",
            [MANIPULATION, MISPLACED],
        ),
    )
]


# A change asked on feedback_removal with the seller's business at stake in the same sentence
# is pressure (sentences.reviews._pressure, _at_stake); not the seller losing the buyer, nor
# negated.
STAKE_WITH_A_CHANGE = [
    reading(f"review_manipulation-{row_id}", marketplace, body, rules, **FEEDBACK_REMOVAL)
    for row_id, marketplace, body, rules in (
        (
            "en-update-or-our-shop-disappears",
            "US",
            "Please update your review, otherwise our small shop might disappear.",
            [MANIPULATION],
        ),
        (
            "de-aendern-sonst-droht-das-aus",
            "DE",
            "Bitte ändern Sie Ihre Bewertung, sonst droht unserem Familienbetrieb das Aus.",
            [MANIPULATION],
        ),
        (
            "fr-modifier-sinon-disparaitre",
            "FR",
            "Merci de modifier votre avis, sinon notre boutique risque de disparaître.",
            [MANIPULATION],
        ),
        (
            "it-modificare-altrimenti-sparire",
            "IT",
            (
                "La preghiamo di modificare la recensione, altrimenti il nostro negozio rischia "
                "di sparire."
            ),
            [MANIPULATION],
        ),
        (
            "es-modifique-ya-que-desaparecer",
            "ES",
            "Le rogamos que modifique su reseña, ya que nuestra tienda podría desaparecer.",
            [MANIPULATION],
        ),
        (
            "allow-en-hate-to-lose-you",
            "US",
            "Please update your review if you like; we would hate to lose you as a customer.",
            [],
        ),
        (
            "allow-en-would-not-lose",
            "US",
            "If you could update your review, we would not lose our best customer.",
            [],
        ),
        (
            "allow-de-droht-kein-nachteil",
            "DE",
            "Sie können Ihre Bewertung jederzeit ändern; uns droht keinerlei Nachteil.",
            [],
        ),
        (
            "allow-fr-ne-voulons-pas-perdre",
            "FR",
            (
                "Vous pouvez modifier votre avis si vous le souhaitez, nous ne voulons pas perdre "
                "votre confiance."
            ),
            [],
        ),
    )
]


@pytest.mark.parametrize(("body", "given", "rules"), STAKE_WITH_A_CHANGE)
def test_a_change_asked_with_the_business_at_stake_presses(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)


@pytest.mark.parametrize(("body", "given", "rules"), INSPECTED)
def test_an_inspection_is_no_review(body, given, rules):
    assert wording_rules(body, {"reason": "reply", **given}) == sorted(rules)


@pytest.mark.parametrize(("body", "given", "rules"), REVIEWED_SEVEN)
def test_round_seven_reviewed_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
