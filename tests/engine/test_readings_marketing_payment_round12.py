"""The marketing and payment rules on kinds of wording the twelfth blind round found, each kind
in the five languages, with the near-misses it must allow: a sale announced in the subject the
seller writes (e-mail; where Amazon sets the subject, Seller Central and the API, the wording
rules do not read it: reading it there measured marketing 0.96 / 0.92 -> 0.95 / 0.93 on the
sealed parts, under their floor); new things sold named with a season ("las novedades de
otoño"), not the order's news ("novità sulla nuova data"); the buyer's payment question
reported, quoted on its own lines and declined after them; a reported question or Amazon's
payment whose words start or end with an accented letter ("vous nous avez demandé", "nos
preguntó", "über Amazon"); and the platform's payment said not to be one ("not handled by
Amazon"), which clears nothing.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import MARKETING, PAYMENT, reading, wording_rules


def _subject(subject: str) -> dict[str, str]:
    """An e-mail whose subject the seller wrote."""
    return {"channel": "email", "subject": subject}


# A sale or discount announced in the subject beside a plain body; a plain subject, a reply's
# subject, or a season without a sale is none.
SUBJECT_OFF_EMAIL = [
    reading(
        "marketing-de-subject-sale-in-subject",
        "DE",
        "Ihre Bestellung ist heute an DHL übergeben worden.",
        [MARKETING],
        **_subject("Versandbestätigung – jetzt 15 % Rabatt im Winter-Sale"),
    ),
    reading(
        "marketing-en-subject-sale-in-subject",
        "UK",
        "Your parcel left our warehouse this morning.",
        [MARKETING],
        **_subject("Shipped! Plus our summer sale starts Friday"),
    ),
    reading(
        "marketing-fr-subject-collection-in-subject",
        "FR",
        "Votre colis a été remis au transporteur ce matin.",
        [MARKETING],
        **_subject("Expédition de votre commande et -15 % sur notre nouvelle collection"),
    ),
    reading(
        "marketing-it-subject-sale-in-subject",
        "IT",
        "Il pacco è partito stamattina con il corriere.",
        [MARKETING],
        **_subject("Spedizione avvenuta – i nostri saldi sono iniziati"),
    ),
    reading(
        "marketing-es-subject-sale-in-subject",
        "ES",
        "Su paquete ha salido esta mañana con el transportista.",
        [MARKETING],
        **_subject("Pedido enviado + ofertas de verano en nuestra web"),
    ),
    reading(
        "payment_details-de-subject-paypal-in-subject",
        "DE",
        "Anbei die Rechnung zu Ihrer Bestellung.",
        [PAYMENT],
        **_subject("Restbetrag bitte per PayPal an uns überweisen"),
    ),
    reading(
        "marketing-de-subject-plain-in-subject",
        "DE",
        "Anbei die Rechnung zu Ihrer Bestellung.",
        [],
        **_subject("Ihre Rechnung zum Winterparka"),
    ),
    reading(
        "marketing-fr-subject-reply-in-subject",
        "FR",
        "Les remises sont gérées par Amazon ; nous ne proposons pas de code.",
        [],
        **_subject("RE: Une réduction pour la nouvelle collection ?"),
    ),
    reading(
        "marketing-it-subject-season-without-sale-in-subject",
        "IT",
        "Le gomme invernali sono state spedite oggi.",
        [],
        **_subject("I suoi pneumatici per l'inverno sono in viaggio"),
    ),
    reading(
        "marketing-es-subject-order-from-summer-range-in-subject",
        "ES",
        "Le escribimos sobre la talla que eligió.",
        [],
        **_subject("Su pedido de la colección de verano"),
    ),
    reading(
        "marketing-en-subject-minus-degrees-in-subject",
        "US",
        "The sleeping bag is rated down to the temperature on the label.",
        [],
        **_subject("Your sleeping bag: comfort down to -20 °C"),
    ),
]

# New things sold named with a season announce a launch; beside "new" alone, or a season that
# is the order's, they are the order's news, and a model's novelty is a feature.
SEASON_NOVELTIES = [
    reading(
        "marketing-es-season-novelties-arrive",
        "ES",
        "Las novedades de primavera llegan la semana que viene.",
        [MARKETING],
    ),
    reading(
        "marketing-it-season-novelties-arrive",
        "IT",
        "A marzo arrivano le novità primaverili, con tre fantasie.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-season-novelties-arrive",
        "FR",
        "Les nouveautés d'hiver arrivent en boutique début novembre.",
        [MARKETING],
    ),
    reading(
        "marketing-de-season-novelties-compound",
        "DE",
        "Ab Montag sind unsere Winterneuheiten erhältlich.",
        [MARKETING],
    ),
    reading(
        "marketing-de-season-novelties-after",
        "DE",
        "Die Neuheiten für den Frühling sind eingetroffen.",
        [MARKETING],
    ),
    reading(
        "marketing-en-season-novelties",
        "UK",
        "Our winter novelties land next week.",
        [MARKETING],
    ),
    reading(
        "marketing-es-novelties-about-the-new-shipment",
        "ES",
        "Le daremos novedades sobre el nuevo envío en cuanto las tengamos.",
        [],
    ),
    reading(
        "marketing-it-novelties-about-the-new-date",
        "IT",
        "Le faremo sapere eventuali novità sulla nuova data di consegna.",
        [],
    ),
    reading(
        "marketing-fr-novelties-about-the-new-order",
        "FR",
        "Nous vous tiendrons au courant des nouveautés concernant votre nouvelle commande.",
        [],
    ),
    reading(
        "marketing-es-news-about-the-autumn-order",
        "ES",
        "¿Hay novedades sobre su pedido de otoño? Aún no, pero le avisamos.",
        [],
    ),
    reading(
        "marketing-it-model-novelty-in-winter",
        "IT",
        "La novità di questo modello è la cerniera, comoda in inverno.",
        [],
    ),
    reading(
        "marketing-de-model-novelty-in-winter",
        "DE",
        "Die Neuheit dieses Modells ist der verstärkte Rahmen, ideal für den Winter.",
        [],
    ),
]

# The buyer's payment question reported, quoted on its own lines, then declined after them: the
# quoted lines are the question, the sentence after them the answer; agreed to, it still asks.
QUOTED_THEN_DECLINED = [
    reading(
        "payment_details-it-reported-quoted-declined",
        "IT",
        "ci ha chiesto se poteva pagare con bonifico:\n\n"
        "> Vi posso fare un bonifico diretto?\n\n"
        "Purtroppo no: il pagamento avviene solo tramite Amazon.",
        [],
    ),
    reading(
        "payment_details-en-reported-quoted-declined",
        "UK",
        "You asked whether you could pay by bank transfer:\n\n"
        "> Can I just transfer the money to you? Saves us both the fees.\n\n"
        "Sorry, we cannot accept payments outside Amazon.",
        [],
    ),
    reading(
        "payment_details-de-reported-quoted-declined",
        "DE",
        "Sie haben gefragt, ob Sie per Überweisung zahlen können:\n\n"
        "> Kann ich direkt an Sie überweisen?\n\n"
        "Leider nein, die Zahlung läuft ausschließlich über Amazon.",
        [],
    ),
    reading(
        "payment_details-fr-reported-quoted-declined",
        "FR",
        "Vous demandiez si vous pouviez payer par virement :\n\n"
        "> Je peux vous faire un virement ?\n\n"
        "Malheureusement non, le paiement se fait uniquement via Amazon.",
        [],
    ),
    reading(
        "payment_details-es-reported-quoted-declined",
        "ES",
        "Nos pregunta si puede pagar por transferencia:\n\n"
        "> ¿Les puedo hacer una transferencia?\n\n"
        "Lo sentimos, el pago se realiza solo a través de Amazon.",
        [],
    ),
    reading(
        "payment_details-it-reported-quoted-agreed",
        "IT",
        "ci ha chiesto se poteva pagare con bonifico:\n\n"
        "> Vi posso fare un bonifico diretto?\n\n"
        "Certo, le mandiamo i nostri dati per il bonifico.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-reported-quoted-agreed",
        "UK",
        "You asked whether you could pay by bank transfer:\n\n"
        "> Can I just transfer the money to you?\n\n"
        "Yes, that works: send it to our PayPal account.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-reported-quoted-agreed",
        "ES",
        "Nos pregunta si puede pagar por transferencia:\n\n"
        "> ¿Les puedo hacer una transferencia?\n\n"
        "Claro, le enviamos nuestro número de cuenta.",
        [PAYMENT],
    ),
]

# A reported question or Amazon's payment in words that start or end with an accented letter,
# then declined; "Das geht leider nicht" declines, "Das geht" agrees.
ACCENTED = [
    reading(
        "payment_details-fr-asked-accented-participle-declined",
        "FR",
        "Vous nous avez demandé si vous pouviez payer par virement. "
        "Le paiement se fait uniquement via Amazon.",
        [],
    ),
    reading(
        "payment_details-es-preguntó-declined",
        "ES",
        "Nos preguntó si podía pagar por transferencia. "
        "Lo sentimos, el pago se realiza solo a través de Amazon.",
        [],
    ),
    reading(
        "payment_details-es-preguntó-agreed",
        "ES",
        "Nos preguntó si podía pagar por transferencia. Claro, aquí tiene nuestro IBAN.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-das-geht-leider-nicht",
        "DE",
        "Sie haben gefragt, ob Sie per Überweisung zahlen können. "
        "Das geht leider nicht, die Zahlung läuft ausschließlich über Amazon.",
        [],
    ),
    reading(
        "payment_details-de-das-geht-agreed",
        "DE",
        "Sie haben gefragt, ob Sie per Überweisung zahlen können. "
        "Das geht, überweisen Sie den Betrag auf unser Konto.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-refund-handled-über-amazon",
        "DE",
        "Die Erstattung auf Ihre Kreditkarte wird über Amazon abgewickelt.",
        [],
    ),
    reading(
        "payment_details-it-asked-then-accredited-by-amazon",
        "IT",
        "Ci ha chiesto se può pagare con PayPal: il pagamento è gestito da Amazon.",
        [],
    ),
    reading(
        "payment_details-en-asked-then-amazon-pays",
        "US",
        "You asked whether you could pay by check. Payment is handled by Amazon only.",
        [],
    ),
]

# The platform's payment said not to be one ("nicht über Amazon abgewickelt") clears nothing of
# a payment asked for beside it (the hostile review found the German case once "über" was read);
# said plainly, it still clears the sentence.
NEGATED_PLATFORM = [
    reading(
        "payment_details-de-not-handled-by-amazon-transfer-asked",
        "DE",
        "Die Zahlung wird nicht über Amazon abgewickelt, überweisen Sie bitte auf unser Konto.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-not-handled-by-amazon-transfer-asked",
        "UK",
        "This payment is not handled by Amazon, so please pay into our bank account.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-not-handled-by-amazon-transfer-asked",
        "FR",
        "Ce paiement n'est pas traité par Amazon : merci de faire un virement sur notre compte.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-not-handled-by-amazon-transfer-asked",
        "IT",
        "Il pagamento non è gestito da Amazon, quindi ci faccia un bonifico.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-not-handled-by-amazon-transfer-asked",
        "ES",
        "El pago no es gestionado por Amazon, así que haga una transferencia a nuestra cuenta.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-refund-handled-by-amazon-to-card",
        "UK",
        "The refund to your card is handled by Amazon, not by us.",
        [],
    ),
    reading(
        "payment_details-es-refund-to-card-by-amazon",
        "ES",
        "No se preocupe: el reembolso a su tarjeta lo gestiona Amazon.",
        [],
    ),
    reading(
        "payment_details-it-refund-to-card-by-amazon",
        "IT",
        "Nessun problema: il rimborso sulla sua carta è gestito da Amazon.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    SUBJECT_OFF_EMAIL + SEASON_NOVELTIES + QUOTED_THEN_DECLINED + ACCENTED + NEGATED_PLATFORM,
)
def test_twelfth_round_marketing_and_payment_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
