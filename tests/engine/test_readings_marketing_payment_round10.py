"""The marketing and payment rules on kinds of wording the tenth blind round found (issue 10),
each kind in the five languages where it exists, with the near-misses it must allow.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import MARKETING, PAYMENT, reading, wording_rules

# A way of paying the buyer asked about, reported before it: declined after it (a refusal, the
# platform's payment, a payment said no to), nothing is asked; agreed to, it is.
ASKED_AND_DECLINED = [
    reading(
        "payment-en-asked-then-refused",
        "UK",
        "You asked whether you could pay by bank transfer instead. We're sorry, but we are "
        "unable to accept payment outside of Amazon.",
        [],
    ),
    reading(
        "payment-en-asked-then-agreed",
        "UK",
        "You asked whether you could pay by bank transfer instead. That's fine, we will send "
        "you the details tomorrow.",
        [PAYMENT],
    ),
    reading(
        "payment-de-asked-declined-in-its-sentence",
        "DE",
        "Zu Ihrer Frage, ob die Zahlung auf Rechnung bzw. per Überweisung erfolgen kann: das "
        "ist außerhalb von Amazon leider nicht möglich.",
        [],
    ),
    reading(
        "payment-de-asked-then-no-problem",
        "DE",
        "Sie hatten gefragt, ob Sie per Überweisung zahlen können. Kein Problem, die Angaben "
        "schicken wir Ihnen morgen.",
        [PAYMENT],
    ),
    reading(
        "payment-fr-asked-then-announced-decline",
        "FR",
        "Vous nous demandiez s'il était possible de régler par virement. Nous vous informons "
        "que :\n• toutes nos ventes sont réglées exclusivement via Amazon.",
        [],
    ),
    reading(
        "payment-fr-asked-then-agreed",
        "FR",
        "Vous nous demandiez s'il était possible de régler par virement. C'est d'accord, nous "
        "vous envoyons les informations demain.",
        [PAYMENT],
    ),
    reading(
        "payment-it-asked-then-only-with-amazon",
        "IT",
        "Lei ha chiesto se può pagare in contanti al corriere. Il pagamento è solo con Amazon.",
        [],
    ),
    reading(
        "payment-it-asked-then-agreed",
        "IT",
        "Lei ha chiesto se può pagare in contanti al corriere. Va bene, prepari l'importo esatto.",
        [PAYMENT],
    ),
    reading(
        "payment-es-asked-then-bank-data-not-needed",
        "ES",
        "Nos pregunta si puede pagar por transferencia. No aceptamos pagos fuera de Amazon y "
        "no necesitamos sus datos bancarios.",
        [],
    ),
    reading(
        "payment-es-asked-then-agreed",
        "ES",
        "Nos pregunta si puede pagar por transferencia. Perfecto, mañana le enviamos los datos.",
        [PAYMENT],
    ),
]

# A transfer or prepayment in a German compound ("gegen Vorabüberweisung").
PREPAYMENT = [
    reading(
        "payment-de-prepayment-transfer-compound",
        "DE",
        "Größere Mengen liefern wir Ihnen gern direkt ab Lager gegen Vorabüberweisung.",
        [PAYMENT],
    ),
    reading(
        "payment-de-prepayment-compound-negated",
        "DE",
        "Eine Vorauskasse ist nicht nötig, Sie haben bereits über Amazon bezahlt.",
        [],
    ),
]

# "Our own" shop, an adjective and a compound between "our" and the shop.
OWN_SHOP = [
    reading(
        "marketing-de-our-own-online-shop",
        "DE",
        "Besuchen Sie auch unseren eigenen Online-Shop mit über 5.000 Artikeln.",
        [MARKETING],
    ),
    reading(
        "marketing-de-our-own-shop-closed",
        "DE",
        "Unseren eigenen Online-Shop haben wir letztes Jahr geschlossen.",
        [],
    ),
    reading(
        "marketing-en-our-own-online-store",
        "US",
        "Do visit our own online store for the whole range.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-notre-propre-boutique",
        "FR",
        "Découvrez aussi notre propre boutique en ligne.",
        [MARKETING],
    ),
    reading(
        "marketing-es-nuestra-propia-tienda",
        "ES",
        "Visite también nuestra propia tienda online.",
        [MARKETING],
    ),
    reading(
        "marketing-es-nuestra-propia-tienda-closed",
        "ES",
        "Nuestra propia tienda física cerró el año pasado.",
        [],
    ),
]

# Credit or a code written as one near the next order; not a refund's credit further off.
NEXT_ORDER_CREDIT = [
    reading(
        "marketing-de-credit-next-purchase",
        "DE",
        "Für jede Empfehlung schreiben wir Ihnen 20 € Guthaben für Ihren nächsten Einkauf gut.",
        [MARKETING],
    ),
    reading(
        "marketing-de-refund-credit-far-from-next-order",
        "DE",
        "Das Guthaben aus der Erstattung sehen Sie in Ihrem Amazon-Konto; Ihre nächste "
        "Bestellung bearbeiten wir wie gewohnt.",
        [],
    ),
    reading(
        "marketing-de-code-next-drop",
        "DE",
        "Als Dankeschön gibt's CODE15 für deinen nächsten Drop.",
        [MARKETING],
    ),
    reading(
        "marketing-de-next-drop-no-code",
        "DE",
        "Dein nächster Drop kommt im Mai, Infos folgen.",
        [],
    ),
    reading(
        "marketing-en-store-credit-next-purchase",
        "US",
        "We'll give you $15 store credit toward your next purchase.",
        [MARKETING],
    ),
    reading(
        "marketing-en-code-next-order",
        "US",
        "Use WINTER15 on your next order.",
        [MARKETING],
    ),
    reading(
        "marketing-en-tracking-number-far-from-next-order",
        "US",
        "Your next order will ship with the courier, tracking number ABC1234567.",
        [],
    ),
    reading(
        "marketing-en-refund-credit-far-from-next-order",
        "US",
        "The refund will show as a credit on your card statement, and your next order is not "
        "affected.",
        [],
    ),
    reading(
        "marketing-fr-credit-next-order",
        "FR",
        "Vous recevrez 10 € de crédit pour votre prochaine commande.",
        [MARKETING],
    ),
    reading(
        "marketing-it-credit-next-purchase",
        "IT",
        "Riceverà 10 € di credito sul suo prossimo acquisto.",
        [MARKETING],
    ),
    reading(
        "marketing-es-credit-next-purchase",
        "ES",
        "Recibirá 10 € de crédito para su próxima compra.",
        [MARKETING],
    ),
    reading(
        "marketing-es-refund-credit-far-from-next-order",
        "ES",
        "El crédito del reembolso aparecerá en el extracto de su tarjeta y su próximo pedido "
        "no cambia.",
        [],
    ),
]

# A verb that puts the buyer on a list; not a waiting list, nor a label put on a parcel.
PUT_ON_LIST = [
    reading(
        "marketing-en-pop-you-on-mailing-list",
        "UK",
        "Just reply yes and I'll pop you on my mailing list.",
        [MARKETING],
    ),
    reading(
        "marketing-en-put-mailing-label",
        "UK",
        "Please put the mailing label on the outside of the box.",
        [],
    ),
    reading(
        "marketing-de-setzen-auf-verteiler",
        "DE",
        "Gern setzen wir Sie auf unseren Verteiler.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-mettre-sur-liste",
        "FR",
        "Nous pouvons vous mettre sur notre liste de diffusion.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-mettre-sur-liste-d-attente",
        "FR",
        "Nous pouvons vous mettre sur liste d'attente pour le réassort.",
        [],
    ),
    reading(
        "marketing-it-mettere-in-lista",
        "IT",
        "Se vuole, la mettiamo nella nostra lista clienti per le novità.",
        [MARKETING],
    ),
    reading(
        "marketing-it-lista-d-attesa",
        "IT",
        "La mettiamo in lista d'attesa per il riassortimento.",
        [],
    ),
    reading(
        "marketing-es-poner-en-lista",
        "ES",
        "Si quiere, le ponemos en nuestra lista de correo.",
        [MARKETING],
    ),
    reading(
        "marketing-es-lista-de-espera",
        "ES",
        "Le ponemos en lista de espera hasta que llegue el stock.",
        [],
    ),
]

# The seller's news as a list joined; not a carrier's.
OUR_NEWS = [
    reading(
        "marketing-fr-abonnez-vous-a-nos-actualites",
        "FR",
        "Abonnez-vous à nos actualités pour ne rater aucune promotion.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-actualites-du-transporteur",
        "FR",
        "Abonnez-vous aux actualités du transporteur pour suivre le colis.",
        [],
    ),
    reading(
        "marketing-en-sign-up-for-our-updates",
        "US",
        "Sign up for our updates and hear about new scents first.",
        [MARKETING],
    ),
    reading(
        "marketing-en-delivery-updates",
        "US",
        "You can sign up for delivery updates on the carrier's website.",
        [],
    ),
    reading(
        "marketing-de-unsere-neuigkeiten-abonnieren",
        "DE",
        "Abonnieren Sie unsere Neuigkeiten.",
        [MARKETING],
    ),
    reading(
        "marketing-it-nostri-aggiornamenti",
        "IT",
        "Si iscriva ai nostri aggiornamenti per le offerte.",
        [MARKETING],
    ),
    reading(
        "marketing-it-aggiornamenti-del-corriere",
        "IT",
        "Può iscriversi agli aggiornamenti della spedizione sul sito del corriere.",
        [],
    ),
    reading(
        "marketing-es-nuestras-novedades",
        "ES",
        "Suscríbase a nuestras novedades.",
        [MARKETING],
    ),
]

# Joining named by its noun ("l'iscrizione alla nostra mailing list"); not a register's entry.
SUBSCRIPTION_NOUN = [
    reading(
        "marketing-it-iscrizione-mailing-list",
        "IT",
        "Può richiedere l'iscrizione alla nostra mailing list rispondendo a questo messaggio.",
        [MARKETING],
    ),
    reading(
        "marketing-it-iscrizione-registro-imprese",
        "IT",
        "L'iscrizione al Registro delle Imprese è indicata in fattura.",
        [],
    ),
    reading(
        "marketing-fr-inscription-liste-de-diffusion",
        "FR",
        "Demandez votre inscription à notre liste de diffusion en répondant à ce message.",
        [MARKETING],
    ),
    reading(
        "marketing-es-alta-lista-de-correo",
        "ES",
        "Solicite el alta en nuestra lista de correo respondiendo a este mensaje.",
        [MARKETING],
    ),
    reading(
        "marketing-es-alta-registro-mercantil",
        "ES",
        "El alta en el registro mercantil figura en la factura.",
        [],
    ),
    reading(
        "marketing-en-subscription-to-newsletter",
        "US",
        "Request your subscription to our newsletter by replying here.",
        [MARKETING],
    ),
]

# A visiting verb with its pronoun attached ("Descúbrala en nuestra tienda").
ENCLITIC_VISIT = [
    reading(
        "marketing-es-descubrala-en-nuestra-tienda",
        "ES",
        "Acabamos de lanzar una nueva línea. Descúbrala en nuestra tienda de Amazon.",
        [MARKETING],
    ),
    reading(
        "marketing-es-descubrala-en-la-caja",
        "ES",
        "Descúbrala al abrir la caja: la funda va dentro.",
        [],
    ),
    reading(
        "marketing-it-scopritela-nel-nostro-negozio",
        "IT",
        "Scopritela nel nostro negozio online.",
        [MARKETING],
    ),
]


# The review's near-misses and forbidden wordings the first version of this round read wrong.
REVIEWED = [
    # A request reported without what it asked about is no way of paying asked about: the
    # seller's own instruction after it asks, whatever the next sentence declines.
    reading(
        "payment-en-your-request-then-instruction",
        "UK",
        "Regarding your request, please send the remaining £12 to our PayPal account. We are "
        "not able to offer this through Amazon.",
        [PAYMENT],
    ),
    reading(
        "payment-de-ihre-anfrage-then-instruction",
        "DE",
        "Zu Ihrer Anfrage: überweisen Sie den Restbetrag bitte auf unser Konto. Über Amazon "
        "ist das leider nicht möglich.",
        [PAYMENT],
    ),
    reading(
        "payment-fr-votre-demande-then-instruction",
        "FR",
        "Suite à votre demande, vous pouvez régler le solde par virement sur notre RIB. Ce "
        "n'est pas possible via Amazon.",
        [PAYMENT],
    ),
    # A sentence that opens by agreeing declines nothing, whatever else it refuses.
    reading(
        "payment-en-asked-then-yes-and-another-refusal",
        "UK",
        "You asked if you could pay by PayPal. Yes, that works: send it to our address, we "
        "cannot take cards by phone.",
        [PAYMENT],
    ),
    reading(
        "payment-de-asked-then-gern-and-another-refusal",
        "DE",
        "Sie hatten gefragt, ob Sie per PayPal zahlen können. Gern, Kartenzahlung können wir "
        "aber nicht annehmen.",
        [PAYMENT],
    ),
    # A model's or an invoice's short prefix is no discount code.
    reading(
        "marketing-en-invoice-number-next-order",
        "UK",
        "Please quote invoice INV2024 when you place your next order.",
        [],
    ),
    reading(
        "marketing-it-model-next-order",
        "IT",
        "Il modello ABC123 arriverà nel suo prossimo ordine.",
        [],
    ),
    reading(
        "marketing-es-model-next-order",
        "ES",
        "El modelo XYZ123 llegará en su próximo pedido.",
        [],
    ),
    # A putting verb puts the buyer onto a list only with a word that places there.
    reading(
        "marketing-en-get-you-a-golf-club",
        "UK",
        "We'll get you a new golf club head by Friday.",
        [],
    ),
    reading(
        "marketing-de-setzen-sie-den-verteiler-ein",
        "DE",
        "Setzen Sie den Verteiler bitte erst nach dem Einbau ein.",
        [],
    ),
    reading(
        "marketing-fr-mettre-facture-avec-liste-de-colisage",
        "FR",
        "Nous allons vous mettre la facture avec la liste de colisage.",
        [],
    ),
    reading(
        "marketing-es-poner-factura-con-lista-de-embalaje",
        "ES",
        "Le ponemos la factura junto con la lista de embalaje.",
        [],
    ),
    # Joining named by its noun joins a list after it, not one before it.
    reading(
        "marketing-fr-nos-infos-inscription-au-rcs",
        "FR",
        "Nos infos légales : inscription au RCS de Lyon 123 456 789.",
        [],
    ),
    reading(
        "marketing-es-lista-de-precios-alta-gama",
        "ES",
        "Le adjunto nuestra lista de precios para productos de alta gama.",
        [],
    ),
]


# The review of the merged tenth round: the platform's credit, a list of any kind the buyer is
# put on, a part's number near the next order; the mailing lists and codes still read.
MERGED_REVIEW = [
    reading(
        "marketing-en-amazon-store-credit-next-order",
        "UK",
        "The store credit Amazon issued covers your next order too.",
        [],
    ),
    reading(
        "marketing-en-amazons-credit-after-review-thanks",
        "UK",
        "Thanks for the review! Amazon's credit will apply to your next order automatically.",
        [],
        reason="review_request",
    ),
    reading(
        "marketing-en-your-amazon-credit-next-order",
        "UK",
        "Your Amazon credit covers the next order.",
        [],
    ),
    reading(
        "marketing-de-amazon-guthaben-next-purchase",
        "DE",
        "Ihr Amazon-Guthaben wird beim nächsten Einkauf automatisch verrechnet.",
        [],
    ),
    reading(
        "marketing-de-amazon-credited-guthaben",
        "DE",
        "Amazon hat Ihnen 5 € Guthaben gutgeschrieben, das bei Ihrer nächsten Bestellung "
        "angerechnet wird.",
        [],
    ),
    reading(
        "marketing-it-credito-amazon-next-order",
        "IT",
        "Il suo credito Amazon verrà scalato dal prossimo ordine.",
        [],
    ),
    reading(
        "marketing-fr-mettre-sur-liste-des-envois",
        "FR",
        "Nous vous mettons sur la liste des envois prioritaires de demain.",
        [],
    ),
    reading(
        "marketing-fr-mettre-sur-liste-de-rappel",
        "FR",
        "Nous vous mettons sur notre liste de rappel du fabricant pour la pièce.",
        [],
    ),
    reading(
        "marketing-fr-ajouter-a-liste-des-expeditions",
        "FR",
        "Nous vous ajoutons à la liste des expéditions.",
        [],
    ),
    reading(
        "marketing-fr-inscrire-sur-liste-de-diffusion",
        "FR",
        "Nous vous inscrivons sur notre liste de diffusion.",
        [MARKETING],
    ),
    reading(
        "marketing-it-mettere-nella-lista-spedizioni",
        "IT",
        "La mettiamo nella lista delle spedizioni prioritarie.",
        [],
    ),
    reading(
        "marketing-it-mettere-in-copia-lista-spedizioni",
        "IT",
        "La mettiamo in copia nella nostra lista di spedizioni di domani.",
        [],
    ),
    reading(
        "marketing-it-aggiungere-alla-lista-spedizioni",
        "IT",
        "La aggiungiamo alla lista delle spedizioni.",
        [],
    ),
    reading(
        "marketing-it-mettere-nella-mailing-list",
        "IT",
        "La mettiamo nella nostra mailing list.",
        [MARKETING],
    ),
    reading(
        "marketing-es-incluir-en-lista-de-envios",
        "ES",
        "Le incluimos en la lista de envíos prioritarios.",
        [],
    ),
    reading(
        "marketing-es-poner-en-lista-de-envios",
        "ES",
        "Le ponemos en la lista de envíos de mañana.",
        [],
    ),
    reading(
        "marketing-es-poner-en-lista-de-correo",
        "ES",
        "Le ponemos en nuestra lista de correo.",
        [MARKETING],
    ),
    reading(
        "marketing-en-pop-on-mailing-list", "UK", "I'll pop you on my mailing list.", [MARKETING]
    ),
    reading(
        "marketing-de-part-number-next-order",
        "DE",
        "Das Ersatzteil LAMP2000 legen wir Ihrer nächsten Bestellung bei.",
        [],
    ),
    reading(
        "marketing-de-code-saves-on-next-order",
        "DE",
        "Mit dem Code SOMMER15 sparen Sie bei Ihrer nächsten Bestellung 15 %.",
        [MARKETING],
    ),
    reading(
        "marketing-en-code-on-next-order", "UK", "Use WINTER10 on your next order.", [MARKETING]
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    ASKED_AND_DECLINED
    + PREPAYMENT
    + OWN_SHOP
    + NEXT_ORDER_CREDIT
    + PUT_ON_LIST
    + OUR_NEWS
    + SUBSCRIPTION_NOUN
    + ENCLITIC_VISIT
    + REVIEWED
    + MERGED_REVIEW,
)
def test_tenth_round_marketing_and_payment_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
