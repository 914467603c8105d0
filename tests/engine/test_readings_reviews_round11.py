"""The review rules on kinds of wording the eleventh blind round found missed (issue 10), each
kind in the five languages, in wording of our own: a review or its stars said to mean a lot in
the conditional ("a review would mean the world to us", "Sterne würden uns viel bedeuten"),
French's clipped "com" for a comment (not a web address's ".com") and its singular "un petit mot"
(not "mot de passe"), a number of stars to change
written as a word ("revisit the two stars"), money back as an amount ("$3 back"), a perfect score
with a word between it and its article ("un petit 5/5"), the seller wishing to hear or read what
the buyer thinks where reviews are read ("we'd love to hear what you think on the product
page"), a few lines to devote to a review ("dedicarci qualche riga"), and the stars the seller
deserves as its level ("you know how many stars we deserve"; not "as many stars as you think it
deserves"), and a level asked for in a clause after both ways were named ("positive and negative
reviews both help us, but a 5-star one helps most"; "one" after the stars is their pronoun, and a
low and a high number of stars name both ways: "one star or five stars, every review helps").
The buyer's words quoted on their own lines ("> Ich werde meine Bewertung ändern") stay unread.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer; must-allow rows stand beside the kind they protect.
"""

from __future__ import annotations

import pytest

from tests.engine.rows import REVIEW_REQUEST
from tests.engine.test_readings import MANIPULATION, MISPLACED, reading, wording_rules

REPLY = {"reason": "reply"}
ORDER_DETAILS = {"reason": "order_details"}

ROUND_ELEVEN = [
    # A review, or its stars, said to mean a lot in the conditional asks for it.
    reading(
        "review_request_misplaced-would-mean-en",
        "US",
        "Honestly, a short review would mean the world to our little workshop.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-would-mean-de",
        "DE",
        "Eine kurze Rezension würde uns wirklich viel bedeuten.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-would-mean-fr",
        "FR",
        "Un petit avis compterait énormément pour notre atelier.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-would-mean-it",
        "IT",
        "Una sua recensione significherebbe tanto per il nostro laboratorio.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-would-mean-es",
        "ES",
        "Una reseña suya significaría muchísimo para nuestro taller.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_manipulation-would-mean-stars-en",
        "UK",
        "Five stars would make our day.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-would-mean-stars-de",
        "DE",
        "Fünf Sterne würden uns sehr viel bedeuten.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_request_misplaced-would-mean-given-en",
        "US",
        "Your review meant a lot to us, and the new lid ships today.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-would-mean-given-de",
        "DE",
        "Ihre Bewertung bedeutet uns viel, der Ersatzdeckel geht heute raus.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-would-mean-other-en",
        "US",
        "A second parcel would mean extra shipping costs for you.",
        [],
        **REPLY,
    ),
    # French's clipped "com" for a comment; a web address's ".com" is none.
    reading(
        "review_request_misplaced-clipped-comment-fr",
        "FR",
        "Retour bien reçu, pensez à nous laisser un ptit com sur Amazon svp.",
        [MISPLACED],
        reason="return",
    ),
    reading(
        "review_request_misplaced-clipped-comment-fr-informal",
        "FR",
        "si t'as une minute, laisse nous un com sur la fiche produit",
        [MISPLACED],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-clipped-comment-fr-address",
        "FR",
        "Vous pouvez laisser vos coordonnées sur www.atelier-bois.com pour le devis.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-clipped-comment-fr-company",
        "FR",
        "Laissez le colis chez Lyon-Express.com, notre point relais.",
        [],
        **REPLY,
    ),
    # A word, singular, left where reviews are read ("un petit mot sur Amazon"); a password is
    # none ("mot de passe").
    reading(
        "review_request_misplaced-a-word-en",
        "UK",
        "Leave us a word on the product page once it arrives.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-a-word-de",
        "DE",
        "Schreiben Sie uns gern ein Wort auf der Produktseite, sobald es ankommt.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-a-word-fr",
        "FR",
        "Laissez-nous un petit mot sur la fiche produit quand vous l'aurez reçu.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-a-word-fr-question",
        "FR",
        "Un mot sur Amazon pour dire ce que vous pensez du tapis, une fois reçu ?",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-a-word-it",
        "IT",
        "Ci lasci una parola sulla pagina del prodotto quando arriva.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-a-word-es",
        "ES",
        "Déjenos una palabra en la ficha del producto cuando llegue.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-a-word-fr-password",
        "FR",
        "Partagez le mot de passe Amazon uniquement avec Amazon.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-a-word-fr-note-in-parcel",
        "FR",
        "Nous avons glissé un petit mot dans le colis, merci pour votre commande sur Amazon.",
        [],
        **REPLY,
    ),
    # A number of stars to change written as a word.
    reading(
        "review_manipulation-stars-in-words-en",
        "US",
        "Now that it works, would you consider revisiting the two stars you gave us?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-stars-in-words-de",
        "DE",
        "Würden Sie Ihre zwei Sterne jetzt vielleicht ändern?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-stars-in-words-fr",
        "FR",
        "Pourriez-vous revoir les deux étoiles laissées la semaine dernière ?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-stars-in-words-it",
        "IT",
        "Potrebbe riconsiderare le tre stelle che ci ha dato?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-stars-in-words-es",
        "ES",
        "¿Podría reconsiderar las dos estrellas que nos dejó?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-stars-in-words-en-logo",
        "US",
        "We changed the supplier; the three stars on the lid are the brand's logo.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-stars-in-words-de-logo",
        "DE",
        "Wir haben die Anleitung geändert, die zwei Sterne auf dem Deckel zeigen die Stufe.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-stars-in-words-it-another-clause",
        "IT",
        "Le tre stelle sulla confezione indicano la piccantezza, la modifica è nel manuale.",
        [],
        **REPLY,
    ),
    # Money back as an amount for a review.
    reading(
        "review_manipulation-amount-back-en",
        "US",
        "Everyone who posts a review gets $4 back on the order.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-amount-back-en-word",
        "UK",
        "Leave a review and we'll send 3 pounds back to you.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-amount-back-de",
        "DE",
        "Wer eine Bewertung schreibt, bekommt 4 € zurück.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-amount-back-fr",
        "FR",
        "Laissez un avis et 4 € vous seront remboursés.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-amount-back-it",
        "IT",
        "Una volta pubblicata la recensione, le restituiremo 4 euro.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-amount-back-es",
        "ES",
        "Deje una reseña y le devolvemos 4 € del pedido.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-amount-back-en-return",
        "US",
        "You got $4 back for the returned lid; the refund shows on your statement.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-amount-back-de-return",
        "DE",
        "Sie haben 4 € für den Deckel zurück bekommen, die Erstattung ist gebucht.",
        [],
        **REPLY,
    ),
    # A perfect score with a word between it and its article.
    reading(
        "review_manipulation-perfect-score-adjective-en",
        "UK",
        "Leave a review, a quick 10/10 would make our day.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-perfect-score-adjective-de",
        "DE",
        "Eine Bewertung, gern ein glattes 5/5, würde uns freuen.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-perfect-score-adjective-fr",
        "FR",
        "Laissez-nous un avis, un petit 5/5 nous ferait plaisir.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-perfect-score-adjective-it",
        "IT",
        "Ci lasci una recensione, un piccolo 10/10 ci renderebbe felici.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-perfect-score-adjective-es",
        "ES",
        "Déjenos una reseña, un pequeño 5/5 nos haría felices.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-perfect-score-adjective-en-date",
        "UK",
        "It left on a Monday, 10/10, so please leave a review when it arrives.",
        [],
        **REVIEW_REQUEST,
    ),
    # The seller wishing to hear or read what the buyer thinks where reviews are read.
    reading(
        "review_request_misplaced-wished-to-hear-en",
        "US",
        "Once it arrives, we'd love to hear what you think on the product page.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-wished-to-hear-de",
        "DE",
        "Wir würden gern lesen, wie Ihnen die Lampe gefällt, auf der Produktseite bei Amazon.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-wished-to-hear-fr",
        "FR",
        "Une fois le colis arrivé, on adorerait lire ce que vous pensez du fauteuil sur Amazon.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-wished-to-hear-it",
        "IT",
        "Ci piacerebbe leggere cosa ne pensa della lampada su Amazon.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-wished-to-hear-es",
        "ES",
        "Nos gustaría leer qué le parece la lámpara en Amazon.",
        [MISPLACED],
        **ORDER_DETAILS,
    ),
    reading(
        "review_request_misplaced-wished-to-hear-en-seller-reads",
        "US",
        "We read every review on Amazon, and what you think matters to us.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-wished-to-hear-fr-seller-reads",
        "FR",
        "Nous lisons ce que vous pensez sur Amazon chaque semaine.",
        [],
        **REPLY,
    ),
    reading(
        "review_request_misplaced-wished-to-hear-en-no-place",
        "US",
        "We'd love to hear what you think about the new colour before we print it.",
        [],
        **REPLY,
    ),
    # A few lines devoted to a review.
    reading(
        "review_request_misplaced-devoted-lines-en",
        "UK",
        "Could you devote a few lines to a review on Amazon?",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-devoted-lines-de",
        "DE",
        "Vielleicht mögen Sie der Bewertung auf Amazon ein paar Zeilen widmen?",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-devoted-lines-fr",
        "FR",
        "Vous pourriez peut-être consacrer quelques lignes à un avis sur Amazon ?",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-devoted-lines-it",
        "IT",
        "Quando avrà provato il set, magari vorrà dedicarci una riga nelle recensioni?",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-devoted-lines-es",
        "ES",
        "¿Quizás quiera dedicarnos unas líneas en las reseñas de Amazon?",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-devoted-lines-it-seller",
        "IT",
        "Abbiamo dedicato una riga della fattura alle spese di spedizione.",
        [],
        **REPLY,
    ),
    # The stars the seller deserves are the top.
    reading(
        "review_manipulation-deserved-stars-en",
        "UK",
        "If the kettle works well, you know how many stars we deserve.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-deserved-stars-de",
        "DE",
        "Sie wissen ja, wie viele Sterne wir verdienen.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-deserved-stars-fr",
        "FR",
        "Vous savez combien d'étoiles nous méritons !",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-deserved-stars-it",
        "IT",
        "Se la moka le piace, sa già quante stelle meritiamo.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-deserved-stars-es",
        "ES",
        "Si le ha gustado, ya sabe cuántas estrellas merecemos.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-deserved-stars-en-buyer-judges",
        "UK",
        "Please give the kettle as many stars as you think it deserves.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-deserved-stars-de-buyer-judges",
        "DE",
        "Geben Sie so viele Sterne, wie der Artikel Ihrer Meinung nach verdient.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-deserved-stars-fr-buyer-judges",
        "FR",
        "Donnez autant d'étoiles que le produit le mérite selon vous.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-deserved-stars-it-buyer-judges",
        "IT",
        "Dia alla moka quante stelle pensa che meriti.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-deserved-stars-es-buyer-judges",
        "ES",
        "Dele las estrellas que crea que merece el producto.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-deserved-stars-de-thanks",
        "DE",
        "Vielen Dank für Ihre Bewertung mit fünf Sternen.",
        [],
        **REPLY,
    ),
    # A level asked for in a clause after both ways were named is steered; "one" after the
    # stars is their pronoun; a low and a high number of stars name both ways.
    reading(
        "review_manipulation-both-ways-then-level-en",
        "US",
        "Good or bad, every review helps, though a five-star one helps the most.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-then-level-de",
        "DE",
        "Gute wie schlechte Bewertungen helfen, aber eine mit fünf Sternen hilft am meisten.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-then-level-fr",
        "FR",
        "Les avis positifs et négatifs nous aident, mais un avis 5 étoiles nous aide le plus.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-then-level-it",
        "IT",
        "Recensioni positive e negative ci aiutano, ma una da 5 stelle ci aiuta di più.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-then-level-es",
        "ES",
        "Las reseñas buenas y malas nos ayudan, pero una de cinco estrellas nos ayuda más.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-star-range-en",
        "UK",
        "Every review helps, a one-star one as much as a five-star one.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-star-range-de",
        "DE",
        "Ob ein Stern oder fünf Sterne, jede Bewertung hilft uns.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-star-range-fr",
        "FR",
        "Une étoile ou cinq étoiles, chaque avis nous aide.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-star-range-it",
        "IT",
        "Una stella o cinque stelle, ogni recensione ci aiuta.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-star-range-es",
        "ES",
        "Una estrella o cinco estrellas, cada reseña nos ayuda.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-pronoun-en",
        "US",
        "Positive and negative reviews both help us, so please leave one.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-both-ways-change-en",
        "UK",
        "Could you change the two stars to five stars?",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    # The buyer's words quoted on their own lines stay the buyer's.
    reading(
        "review_manipulation-quoted-line-de",
        "DE",
        "\n> Ich werde meine Bewertung ändern, wenn nichts passiert.\n\nDer Ersatz ist unterwegs.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-quoted-line-en",
        "UK",
        "\n> I'll drop my review to one star if this isn't sorted\n\nThe replacement left today.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-quoted-line-fr",
        "FR",
        "\n> Je vais changer mon avis si rien ne bouge\n\nLe remplacement est parti ce matin.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-quoted-line-it",
        "IT",
        "\n> Cambierò la mia recensione se non arriva nulla\n\nIl ricambio è partito stamattina.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-quoted-line-es",
        "ES",
        "\n> Voy a cambiar mi reseña si no llega nada\n\nEl recambio salió esta mañana.",
        [],
        **REPLY,
    ),
    # The star sign in every language.
    reading(
        "review_manipulation-star-sign-de",
        "DE",
        "Geben Sie uns gern 5* auf Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-star-sign-it",
        "IT",
        "Ci lasci 5* su Amazon, grazie!",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-star-sign-es",
        "ES",
        "Déjenos 5* en Amazon, por favor.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), ROUND_ELEVEN)
def test_round_eleven_review_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
