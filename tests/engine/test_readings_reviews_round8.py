"""The review rules on kinds of wording the eighth blind round found missed or misread (issue
10), each kind in the five languages, in wording of our own: stars that class a hotel, the
seller's warehouse rating a returned item, a conditional wish that is no satisfaction
("gustaría", "piacerebbe"), "premuto" that is no "premio", "pris note" that is no rating, "sehr"
that is no level; a change asked further on in the review's sentence (of "it" after a request,
of the buyer's own review), whoever posts a review rewarded, "risks" and "rischia" that are no risk
assessment, a removal asked beside the seller's business said to be at stake
(an account's suspension among it), "una sola reseña"; "appreciate a review", a review said to
be welcome, thoughts told with a feedback, "eval", "appréciation", "dalassen", "pieni voti",
"bump it up", "editarla"; after the review of the branch: a welcome that is a greeting or
says where to e-mail feedback, "mit sehr gut" as a grade, a removal of "it" after "concernant
votre commentaire", "entfernen Sie sie" and "rischiamo" beside a suspension, a refund and a
review in two clauses of one sentence.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer; must-allow rows stand beside the kind they protect.
"""

from __future__ import annotations

import pytest

from tests.engine.rows import REVIEW_REQUEST
from tests.engine.test_readings import (
    CANCEL,
    FEEDBACK_REMOVAL,
    MANIPULATION,
    MARKETING,
    MISPLACED,
    reading,
    wording_rules,
)

ROUND_EIGHT = [
    reading(
        "review_manipulation-it-hotel-stars-are-a-class",
        "IT",
        (
            "Sono le stesse lenzuola di alcuni hotel cinque stelle: lavale a 40 gradi. "
            "Quando vorrà, ci farebbe piacere una recensione onesta su Amazon."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-hotel-stars-are-a-class",
        "UK",
        (
            "These are the sheets several five-star hotels use: wash them at 40 degrees and"
            " please leave a review when you can."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-hotel-stars-are-a-class",
        "DE",
        (
            "Diese Laken liegen in einigen Hotels mit fünf Sternen, waschen Sie sie bitte "
            "bei 40 Grad und schreiben Sie uns gern eine Rezension."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-hotel-stars-are-a-class",
        "FR",
        (
            "Ce sont les draps de plusieurs hôtels cinq étoiles : lavez-les à 40 degrés et "
            "laissez un avis si vous le souhaitez."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-hotel-stars-are-a-class",
        "ES",
        (
            "Son las sábanas de varios hoteles de cinco estrellas: lávelas a 40 grados y "
            "deje una reseña cuando quiera."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-five-stars-asked-beside-a-hotel",
        "IT",
        "Ci lasci cinque stelle nella recensione, come per un buon hotel.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_request_misplaced-it-warehouse-assesses",
        "IT",
        "Una volta ricevuto, il nostro magazzino valuterà lo stato del prodotto e degli accessori.",
        [],
        reason="return",
    ),
    reading(
        "review_request_misplaced-en-warehouse-assesses",
        "UK",
        (
            "Once it arrives, our warehouse will evaluate the condition of the item and its"
            " accessories."
        ),
        [],
        reason="return",
    ),
    reading(
        "review_request_misplaced-de-warehouse-assesses",
        "DE",
        "Nach dem Eingang bewertet unser Lager den Zustand des Artikels und des Zubehörs.",
        [],
        reason="return",
    ),
    reading(
        "review_request_misplaced-fr-warehouse-assesses",
        "FR",
        "À réception, notre entrepôt évaluera l'état du produit et des accessoires.",
        [],
        reason="return",
    ),
    reading(
        "review_request_misplaced-es-warehouse-assesses",
        "ES",
        "Cuando llegue, nuestro almacén valorará el estado del producto y de los accesorios.",
        [],
        reason="return",
    ),
    reading(
        "review_request_misplaced-it-buyer-asked-to-rate-on-return",
        "IT",
        "Una volta ricevuto il rimborso, valuti il prodotto su Amazon.",
        [MISPLACED],
        reason="return",
    ),
    reading(
        "review_manipulation-es-a-wish-is-no-satisfaction",
        "ES",
        (
            "Si le gustaría compartir su impresión del libro, una reseña en Amazon ayuda a "
            "otros lectores."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-a-wish-is-no-satisfaction",
        "IT",
        (
            "Se le piacerebbe condividere la sua impressione sul libro, una recensione su "
            "Amazon aiuta altri lettori."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-a-wish-is-no-satisfaction",
        "UK",
        (
            "If you would like to share your impression of the book, a review on Amazon "
            "helps other readers."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-a-wish-is-no-satisfaction",
        "DE",
        "Wenn Sie möchten, hilft eine Rezension auf Amazon anderen Lesern bei der Auswahl.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-a-wish-is-no-satisfaction",
        "FR",
        "Si vous souhaitez partager votre impression, un avis sur Amazon aide d'autres lecteurs.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-liking-it-is-satisfaction",
        "ES",
        "Si le gusta el libro, deje una reseña en Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-liking-it-is-satisfaction",
        "IT",
        "Se le piace il libro, lasci una recensione su Amazon.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-pressed-is-no-prize",
        "IT",
        (
            "Il timer si imposta tenendo premuto il tasto per tre secondi. Se ha un "
            "momento, la sua opinione sul prodotto, qualunque essa sia, sarebbe utile: può "
            "lasciarla nella sezione recensioni di Amazon."
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-a-prize-for-a-review",
        "IT",
        "Tra chi lascia una recensione estraiamo un premio.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-noted-is-no-rating",
        "FR",
        (
            "Nous avons bien pris note de votre changement d'adresse : votre colis sera "
            "livré au 8 avenue Jean-Jaurès."
        ),
        [],
        reason="shipping_address",
    ),
    reading(
        "review_manipulation-en-noted-is-no-rating",
        "UK",
        "We have taken note of your change of address, everything is in order.",
        [],
        reason="shipping_address",
    ),
    reading(
        "review_manipulation-de-noted-is-no-rating",
        "DE",
        "Wir haben Ihre Adressänderung notiert, alles ist in Ordnung.",
        [],
        reason="shipping_address",
    ),
    reading(
        "review_manipulation-it-noted-is-no-rating",
        "IT",
        "Abbiamo preso nota della modifica dell'indirizzo, è tutto in ordine.",
        [],
        reason="shipping_address",
    ),
    reading(
        "review_manipulation-es-noted-is-no-rating",
        "ES",
        "Hemos tomado nota de su cambio de dirección, todo está en orden.",
        [],
        reason="shipping_address",
    ),
    reading(
        "review_manipulation-fr-a-rating-to-change",
        "FR",
        "Pourriez-vous modifier votre note maintenant que le colis est arrivé ?",
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-de-very-is-no-level",
        "DE",
        "Nach Erhalt würden wir uns über Ihr Verkäuferfeedback sehr freuen.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-very-good-is-a-level",
        "DE",
        "Über eine sehr gute Bewertung würden wir uns freuen.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-very-is-no-level",
        "UK",
        "We would very much appreciate your seller feedback once it arrives.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-very-is-no-level",
        "FR",
        "Votre avis vendeur nous ferait très plaisir après réception.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-very-is-no-level",
        "IT",
        "Il suo feedback venditore ci farebbe molto piacere dopo la consegna.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-very-is-no-level",
        "ES",
        "Su opinión como vendedor nos alegraría mucho cuando lo reciba.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-own-review-reconsidered-further-on",
        "DE",
        "Vielleicht möchten Sie Ihre Rezension nun, wo alles läuft, noch einmal überdenken?",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-it-removed-further-on",
        "FR",
        (
            "Nous avons vu votre commentaire négatif sur la lampe : puisque nous réglons le"
            " souci, pourriez-vous le retirer ?"
        ),
        [MANIPULATION, MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_manipulation-en-it-updated-further-on",
        "UK",
        (
            "We saw your review of the blender last month; now that the jar has been "
            "replaced, could you please update it?"
        ),
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-it-it-changed-further-on",
        "IT",
        (
            "Abbiamo visto la sua recensione sul frullatore: ora che la caraffa è stata "
            "sostituita, potrebbe gentilmente modificarla?"
        ),
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-es-it-edited-further-on",
        "ES",
        (
            "Hemos visto su reseña de la batidora: ahora que ya tiene la jarra nueva, "
            "¿podría editarla?"
        ),
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-en-your-review-helps-us-update",
        "UK",
        "Your review helps us improve, and we would like to update the listing.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-your-review-helps-us-revise",
        "DE",
        "Ihre Rezension hilft uns sehr, die Beschreibung zu überarbeiten.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-seller-corrects-the-leaflet",
        "FR",
        (
            "Votre avis nous a été utile : pourriez-vous nous dire si la notice corrigée "
            "est plus claire ?"
        ),
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-bumping-it-up",
        "UK",
        (
            "Your review still shows three stars. Now that everything's resolved, would you"
            " consider bumping it up?"
        ),
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-at-stake-then-remove-it",
        "FR",
        (
            "Ce commentaire nous fait perdre des ventes chaque jour et met en danger nos "
            "emplois. Merci de le supprimer au plus vite."
        ),
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-at-stake-then-remove-it",
        "UK",
        (
            "This feedback is costing us sales every day and could ruin our small business."
            " Please remove it as soon as you can."
        ),
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-de-at-stake-then-remove-it",
        "DE",
        "Diese Bewertung gefährdet unsere Existenz. Bitte löschen Sie diese so bald wie möglich.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-it-suspension-then-remove",
        "IT",
        (
            "Questa valutazione negativa ci causa grossi problemi: il nostro account "
            "rischia la sospensione. La prego, rimuova il feedback il prima possibile."
        ),
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-es-suspension-then-remove",
        "ES",
        (
            "Esta valoración negativa pone nuestra cuenta en riesgo de suspensión. Le "
            "rogamos que la elimine cuanto antes."
        ),
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-neutral-removal-on-its-reason",
        "UK",
        (
            "If you are satisfied that we have resolved your concerns, it is possible to "
            "update or remove the feedback."
        ),
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-fr-neutral-removal-on-its-reason",
        "FR",
        (
            "Si vous estimez que nous avons résolu votre problème, il est possible de "
            "supprimer le commentaire."
        ),
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-es-one-single-bad-review",
        "ES",
        (
            "Para un taller tan pequeño, una sola reseña negativa puede suponer que dejemos"
            " de vender durante meses."
        ),
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_request_misplaced-en-appreciate-a-review",
        "UK",
        "Once it has arrived, we'd really appreciate a review from you on Amazon.",
        [MISPLACED],
        reason="additional_information_required",
    ),
    reading(
        "review_request_misplaced-de-grateful-for-a-review",
        "DE",
        "Wenn alles angekommen ist, wären wir Ihnen für eine Bewertung auf Amazon dankbar.",
        [MISPLACED],
        reason="additional_information_required",
    ),
    reading(
        "review_request_misplaced-fr-grateful-for-a-review",
        "FR",
        "Une fois le colis reçu, nous vous serions reconnaissants pour un avis sur Amazon.",
        [MISPLACED],
        reason="additional_information_required",
    ),
    reading(
        "review_request_misplaced-it-grateful-for-a-review",
        "IT",
        "Appena arriva, le saremmo grati per una recensione su Amazon.",
        [MISPLACED],
        reason="additional_information_required",
    ),
    reading(
        "review_request_misplaced-es-grateful-for-a-review",
        "ES",
        "Cuando le llegue, le estaríamos agradecidos por una reseña en Amazon.",
        [MISPLACED],
        reason="additional_information_required",
    ),
    reading(
        "review_request_misplaced-en-appreciate-patience",
        "UK",
        "We'd really appreciate your patience while we check the order.",
        [],
        reason="additional_information_required",
    ),
    reading(
        "review_request_misplaced-en-appreciate-feedback-given",
        "UK",
        "We really appreciate the feedback you sent about the size.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-fr-feedback-welcome",
        "FR",
        (
            "Votre feedback vendeur nous permet de progresser, alors si vous avez un "
            "instant après réception, il sera le bienvenu."
        ),
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-en-review-welcome",
        "UK",
        "A review on Amazon would be very welcome once you have tried it.",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-de-review-welcome",
        "DE",
        "Eine Bewertung auf Amazon ist uns jederzeit willkommen.",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-it-review-welcome",
        "IT",
        "Una recensione su Amazon sarà benvenuta quando l'avrà provato.",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-es-review-welcome",
        "ES",
        "Una reseña en Amazon será bienvenida cuando lo haya probado.",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-de-welcome-greeting-and-thanks",
        "DE",
        "Herzlich willkommen bei uns und danke für Ihr Feedback zur Größe.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-en-welcome-greeting-and-thanks",
        "UK",
        "Welcome to our shop, and thank you for your feedback on the size.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-fr-welcome-greeting-and-thanks",
        "FR",
        "Bienvenue chez nous et merci pour votre retour sur la taille.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-fr-an-eval",
        "FR",
        "Pensez a laisser une eval quand vous l'aurez teste svp.",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-fr-appreciation-collected",
        "FR",
        (
            "Il nous serait très utile de recueillir votre appréciation sur le produit, via"
            " la page Amazon."
        ),
        [MISPLACED],
        reason="delivery_scheduling",
    ),
    reading(
        "review_request_misplaced-de-review-dalassen",
        "DE",
        "Und vergiss nicht, uns eine Bewertung dazulassen!",
        [MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-it-full-marks",
        "IT",
        "Se il nostro tè l'ha conquistata, ci dia pieni voti nella recensione.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-edit-it-to-a-better-rating",
        "ES",
        (
            "Ahora que ya está todo solucionado, ¿sería tan amable de editarla y poner una "
            "valoración más acorde?"
        ),
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_request_misplaced-it-thoughts-with-a-feedback",
        "IT",
        "Appena ti arriva, dicci cosa ne pensi con un feedback!",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-en-thoughts-with-a-feedback",
        "UK",
        "Once it arrives, tell us what you think with a review!",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-de-thoughts-with-a-feedback",
        "DE",
        "Sobald es ankommt, teilen Sie uns Ihre Meinung mit einem Feedback mit!",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-es-thoughts-with-a-feedback",
        "ES",
        "Cuando llegue, díganos qué piensa con un comentario en Amazon.",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-fr-thoughts-with-a-feedback",
        "FR",
        "Dès réception, dites-nous ce que vous en pensez avec un avis !",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_manipulation-en-whoever-posts-a-review-is-rewarded",
        "UK",
        "Everyone who posts a review gets a free sample of our new blend.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-whoever-writes-a-review-is-rewarded",
        "DE",
        "Jeder, der eine Rezension schreibt, bekommt eine Gratisprobe.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-whoever-writes-a-review-is-rewarded",
        "FR",
        "Quiconque publie un avis sur la page reçoit un échantillon gratuit.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-whoever-posts-a-review-is-rewarded",
        "IT",
        "A chi pubblica una recensione sulla pagina regaliamo un campione.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-es-whoever-writes-a-review-is-rewarded",
        "ES",
        "Quien publique una reseña en la página recibe una muestra gratis.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-whoever-asks-about-a-review-gets-help",
        "UK",
        "Everyone who has a question about their order gets a reply within a day.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-a-bad-review-risks-the-business",
        "UK",
        "A bad review risks our whole business, so please talk to us first.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-a-bad-review-risks-closing",
        "IT",
        "Una recensione negativa rischia di farci chiudere, ci scriva prima.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-en-a-risk-review-is-an-inspection",
        "UK",
        "Our technician will do a risk review of the charger.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-it-a-risk-assessment-is-an-inspection",
        "IT",
        "Il nostro tecnico farà una valutazione dei rischi del caricatore.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_request_misplaced-de-welcome-greeting-before-review-read",
        "DE",
        "Herzlich willkommen – Ihre Rezension des Vorgängermodells haben wir gelesen, danke!",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-en-welcome-greeting-before-review-read",
        "UK",
        "Welcome back – we have read your review of the earlier model, thank you!",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-fr-welcome-greeting-before-review-read",
        "FR",
        "Bienvenue à nouveau, nous avons lu votre avis sur l'ancien modèle, merci !",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-it-welcome-greeting-before-review-read",
        "IT",
        "Bentornato e benvenuto: abbiamo letto la sua recensione del modello precedente, grazie!",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-es-welcome-greeting-before-review-read",
        "ES",
        "Bienvenido de nuevo: hemos leído su reseña del modelo anterior, ¡gracias!",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-en-feedback-welcome-by-email",
        "UK",
        "Feedback is always welcome by email at support@shop.example.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-de-feedback-welcome-by-email",
        "DE",
        "Ihr Feedback ist per E-Mail an support@shop.example jederzeit willkommen.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-fr-feedback-welcome-by-email",
        "FR",
        "Vos commentaires sont toujours les bienvenus par e-mail à support@shop.example.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-it-feedback-welcome-by-email",
        "IT",
        "I suoi commenti sono sempre benvenuti via e-mail a support@shop.example.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-es-feedback-welcome-by-email",
        "ES",
        "Sus comentarios son siempre bienvenidos por correo a support@shop.example.",
        [],
        reason="reply",
    ),
    reading(
        "review_request_misplaced-en-review-welcome-questions-by-email",
        "UK",
        (
            "A review on Amazon is always welcome, and questions can go to "
            "support@shop.example by email."
        ),
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_request_misplaced-de-review-welcome-questions-by-email",
        "DE",
        "Eine Bewertung auf Amazon ist uns willkommen, Fragen beantworten wir gern per E-Mail.",
        [MISPLACED],
        reason="unexpected_problem",
    ),
    reading(
        "review_manipulation-de-very-good-as-a-grade",
        "DE",
        "Bitte bewerten Sie uns mit sehr gut.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-grade-one",
        "DE",
        "Bitte bewerten Sie den Artikel mit der Note 1.",
        [MANIPULATION],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-very-good-either-way",
        "DE",
        "Bewerten Sie uns gern ehrlich, ob mit sehr gut oder mit mangelhaft.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-very-good-in-a-test",
        "DE",
        "Die Lampe wurde im Test mit sehr gut bewertet; schreiben Sie uns gern eine Rezension.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-de-very-good-not-asked",
        "DE",
        "Bitte bewerten Sie uns nicht mit sehr gut, wenn Sie es nicht so sehen.",
        [],
        **REVIEW_REQUEST,
    ),
    reading(
        "review_manipulation-fr-removal-of-it-after-the-review-named",
        "FR",
        (
            "Concernant votre commentaire négatif sur la lampe : puisque nous avons réglé "
            "le problème, pourriez-vous le retirer ?"
        ),
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-en-removal-of-it-after-the-review-named",
        "UK",
        (
            "Regarding your negative review of the lamp: since we have fixed the problem, "
            "could you remove it?"
        ),
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-de-removal-of-it-after-the-review-named",
        "DE",
        (
            "Zu Ihrer negativen Rezension der Lampe: Da wir das Problem gelöst haben, "
            "könnten Sie diese entfernen?"
        ),
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-it-removal-of-it-after-the-review-named",
        "IT",
        (
            "Riguardo alla sua recensione negativa sulla lampada: visto che abbiamo "
            "risolto il problema, potrebbe rimuoverla?"
        ),
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-es-removal-of-it-after-the-review-named",
        "ES",
        (
            "Sobre su reseña negativa de la lámpara: ya que hemos resuelto el problema, "
            "¿podría eliminarla?"
        ),
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-fr-return-of-the-item-after-the-review-named",
        "FR",
        (
            "Concernant votre commentaire négatif sur la lampe : puisque nous avons réglé "
            "le problème, pourriez-vous la retourner ?"
        ),
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-en-seller-updated-it-after-thanks",
        "UK",
        "Thank you for your review; we have updated the manual and corrected it.",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-de-suspension-then-removal-of-sie",
        "DE",
        "Ihre Bewertung kann zur Sperrung unseres Kontos führen. Bitte entfernen Sie sie.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-it-we-risk-suspension-then-removal",
        "IT",
        (
            "Con una recensione negativa rischiamo la sospensione dell'account: la "
            "preghiamo di rimuoverla."
        ),
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-fr-we-risk-suspension-then-removal",
        "FR",
        "Avec un avis négatif, nous risquons la suspension du compte : merci de le supprimer.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-es-we-risk-suspension-then-removal",
        "ES",
        (
            "Con una reseña negativa arriesgamos la suspensión de la cuenta: le rogamos "
            "que la elimine."
        ),
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-en-suspension-then-removal",
        "UK",
        "Your review may lead to the suspension of our account. Please remove it.",
        [MANIPULATION],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "review_manipulation-de-item-sent-back-sie-beside-a-review",
        "DE",
        (
            "Ihre Bewertung zur Lampe ist angekommen. Die Lampe selbst: Bitte senden Sie "
            "sie an uns zurück."
        ),
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-it-we-risk-running-out-beside-thanks",
        "IT",
        "Grazie per la recensione. Rischiamo di esaurire la lampada: la ordini presto.",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-en-refund-then-review-noted",
        "UK",
        (
            "Everyone who posts a return label before Friday will get the refund next "
            "week; your review was noted."
        ),
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-en-refund-then-thanks-for-review",
        "UK",
        "You will get the refund next week; thanks for your review.",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-de-refund-then-review-read",
        "DE",
        "Die Erstattung kommt nächste Woche; Ihre Bewertung haben wir gelesen.",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-fr-refund-then-review-read",
        "FR",
        "Le remboursement arrive la semaine prochaine ; nous avons bien lu votre avis.",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-it-refund-then-review-read",
        "IT",
        "Il rimborso arriverà la settimana prossima; abbiamo letto la sua recensione.",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-es-refund-then-review-read",
        "ES",
        "El reembolso llegará la semana que viene; hemos leído su reseña.",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-en-gift-card-for-a-review",
        "UK",
        "A gift card comes with every review you post on Amazon.",
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-de-voucher-for-a-review",
        "DE",
        "Einen Gutschein gibt es für jede Bewertung, die Sie auf Amazon schreiben.",
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
]


# The third review of the merged tree.
# Only the satisfied asked, a degree of satisfaction between the condition and it ("who are
# 100% satisfied"); satisfaction hoped for or told asks nothing of it.
SATISFIED_TO_A_DEGREE = [
    reading(
        "review_manipulation-en-only-from-customers-fully-satisfied",
        "US",
        "We only ask for reviews from customers who are 100% satisfied.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-en-fully-satisfied-not-a-condition",
        "US",
        "We're 100% sure you'll be satisfied; if you have a moment, please leave a review.",
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-de-only-if-fully-satisfied",
        "DE",
        (
            "Wir bitten um eine Bewertung nur dann, wenn Sie mit Ihrer Bestellung wirklich "
            "rundum zufrieden sind."
        ),
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-de-fully-satisfied-told-not-asked",
        "DE",
        "Wir hoffen, Sie sind rundum zufrieden. Über eine ehrliche Bewertung freuen wir uns.",
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-fr-only-if-fully-satisfied",
        "FR",
        "Nous demandons un avis seulement si vous êtes entièrement et vraiment satisfait.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-fr-fully-satisfied-hoped",
        "FR",
        (
            "Nous espérons que vous êtes entièrement satisfait. Laissez-nous un avis honnête "
            "si vous le souhaitez."
        ),
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-it-only-customers-fully-satisfied",
        "IT",
        "Chiediamo una recensione solo ai clienti che sono davvero soddisfatti al 100%.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-it-fully-satisfied-hoped",
        "IT",
        "Speriamo che sia completamente soddisfatto. Ci lasci una recensione sincera, se vuole.",
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-es-only-customers-fully-satisfied",
        "ES",
        "Solo pedimos reseñas a los clientes que están 100 % satisfechos.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-es-fully-satisfied-hoped",
        "ES",
        "Esperamos que esté totalmente satisfecho. Si quiere, déjenos una reseña sincera.",
        [],
        reason="review_request",
    ),
]

# Each buyer who reviews, whoever by another name ("chaque client qui publie un avis"), in a
# draw; the same buyer thanked for helping, or one who buys, is rewarded for no review.
EACH_BUYER_WHO_REVIEWS = [
    reading(
        "review_manipulation-fr-each-customer-who-posts-a-rating-in-a-draw",
        "FR",
        "chaque client qui publie une évaluation participe au tirage au sort d'un coffret.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-fr-any-customer-who-posts-a-review-in-a-draw",
        "FR",
        "tout client qui publie un avis participe au tirage au sort d'un coffret.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-fr-each-customer-who-buys-in-a-draw",
        "FR",
        "Chaque client qui achète ce coffret participe au tirage au sort.",
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-fr-each-customer-who-posts-a-review-helps",
        "FR",
        (
            "Nous lisons chaque avis client avec attention, et tout client qui publie un "
            "avis nous aide beaucoup."
        ),
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-en-every-customer-who-posts-a-review-in-a-draw",
        "UK",
        "Every customer who posts a review is entered into our prize draw.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-en-every-customer-who-posts-a-review-helps",
        "UK",
        "Every customer who posts a review helps other buyers.",
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-de-each-customer-who-publishes-a-review-in-a-draw",
        "DE",
        "Jeder Kunde, der eine Bewertung veröffentlicht, nimmt an der Verlosung teil.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-de-each-customer-who-publishes-a-review-helps",
        "DE",
        "Jeder Kunde, der eine Bewertung veröffentlicht, hilft anderen Käufern.",
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-it-each-customer-who-posts-a-review-in-a-draw",
        "IT",
        "Ogni cliente che pubblica una recensione partecipa all'estrazione di un cofanetto.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-it-each-customer-who-posts-a-review-helps",
        "IT",
        "Ogni cliente che pubblica una recensione ci aiuta molto.",
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-es-each-customer-who-posts-a-review-in-a-draw",
        "ES",
        "Cada cliente que publica una reseña participa en el sorteo de una caja regalo.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-es-each-customer-who-posts-a-review-helps",
        "ES",
        "Cada cliente que publica una reseña nos ayuda mucho.",
        [],
        reason="review_request",
    ),
]

# A prize the seller won ("abbiamo vinto il premio") is no reward; one the buyer wins or gets
# "in premio" is.
PRIZE_WON_BY_US = [
    reading(
        "review_manipulation-it-award-won-then-a-review",
        "IT",
        "abbiamo vinto il premio Miglior Cuscino 2025! Se vuole, ci lasci una recensione.",
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-it-voucher-as-a-prize",
        "IT",
        "Riceverà un buono in premio se ci lascia una recensione.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-it-a-prize-for-the-review",
        "IT",
        "Un premio per la sua recensione!",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-it-award-won-and-a-voucher-for-a-review",
        "IT",
        "Abbiamo vinto il premio Miglior Cuscino 2025! Chi lascia una recensione riceve un buono.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-en-prize-won-then-a-review",
        "UK",
        "We've won a prize for our pillow! If you like, leave us a review.",
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-en-prize-the-buyer-won",
        "UK",
        "You've won a prize! Just leave us a review.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-fr-prize-won-then-a-review",
        "FR",
        (
            "Nous avons remporté le prix du Meilleur Oreiller 2025 ! Si vous le souhaitez, "
            "laissez-nous un avis."
        ),
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-fr-voucher-the-buyer-won",
        "FR",
        "Vous avez remporté un bon d'achat ! Laissez-nous un avis.",
        [MARKETING, MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-es-prize-won-then-a-review",
        "ES",
        "¡Hemos ganado el premio Mejor Almohada 2025! Si quiere, déjenos una reseña.",
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-es-win-a-prize",
        "ES",
        "¡Gane un premio! Déjenos una reseña.",
        [MANIPULATION],
        reason="review_request",
    ),
    reading(
        "review_manipulation-de-prize-won-then-a-review",
        "DE",
        "Wir haben einen Preis gewonnen! Wenn Sie möchten, hinterlassen Sie uns eine Bewertung.",
        [],
        reason="review_request",
    ),
    reading(
        "review_manipulation-de-win-a-prize",
        "DE",
        "Gewinnen Sie einen Preis: hinterlassen Sie uns eine Bewertung.",
        [MANIPULATION],
        reason="review_request",
    ),
]

# A review given, thanked for beside other thanks ("Danke für Ihr Verständnis und Ihre tolle
# Bewertung") or after a compound level ("the 5-star review"): nothing asked; a reward for it
# in the next sentence still manipulates, but asks for no review.
THANKED_FOR_A_REVIEW_GIVEN = [
    reading(
        "review_manipulation-de-thanks-for-patience-and-a-great-review",
        "DE",
        (
            "bitte stornieren Sie, wir können nicht liefern. Danke für Ihr Verständnis und "
            "Ihre tolle Bewertung letzte Woche!"
        ),
        [CANCEL],
        reason="order_details",
    ),
    reading(
        "review_manipulation-de-great-review-asked",
        "DE",
        "Danke für Ihr Verständnis. Über eine tolle Bewertung freuen wir uns!",
        [MANIPULATION, MISPLACED],
        reason="order_details",
    ),
    reading(
        "review_manipulation-en-thanks-for-the-order-and-a-great-review-asked",
        "UK",
        "Thanks for your order and a great review would help us a lot.",
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-de-thanks-for-the-order-and-a-great-review-asked",
        "DE",
        "Danke für Ihre Bestellung und eine tolle Bewertung wäre super.",
        [MANIPULATION, MISPLACED],
        reason="reply",
    ),
    reading(
        "review_manipulation-en-thanks-for-patience-and-the-great-review",
        "UK",
        "Thanks for your patience and the great review last week!",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-en-five-star-review-given-rewarded",
        "UK",
        (
            "Thank you for the 5-star review! As a thank-you we've added a 10% discount code "
            "for your next order: THANKS10."
        ),
        [MARKETING, MANIPULATION],
        reason="reply",
    ),
    reading(
        "review_manipulation-en-five-star-review-thanked",
        "UK",
        "Thank you for the 5-star review! Your parcel ships tomorrow.",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-fr-thanks-for-patience-and-the-great-review",
        "FR",
        "Merci pour votre patience et votre excellent avis la semaine dernière !",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-it-thanks-for-patience-and-the-great-review",
        "IT",
        "Grazie per la sua pazienza e la sua ottima recensione della settimana scorsa!",
        [],
        reason="reply",
    ),
    reading(
        "review_manipulation-es-thanks-for-patience-and-the-great-review",
        "ES",
        "¡Gracias por su paciencia y su excelente reseña de la semana pasada!",
        [],
        reason="reply",
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    ROUND_EIGHT
    + SATISFIED_TO_A_DEGREE
    + EACH_BUYER_WHO_REVIEWS
    + PRIZE_WON_BY_US
    + THANKED_FOR_A_REVIEW_GIVEN,
)
def test_round_eight_review_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
