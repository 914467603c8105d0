"""The cancellation and payment rules on kinds of wording blind round 17 found: cash kept ready
for the driver with words between ("den Betrag passend in bar für den Fahrer bereithalten") and
money collected where the goods arrive by whoever collects it ("er kassiert ihn bei
Anlieferung"), exact change kept ready; the amount still owed named by its adjective ("den
fehlenden Betrag", "the missing amount") or sent in the Lei imperative and the tú imperative
("ci mandi l'importo", "mándanos el importe"); a payment the buyer asked about, addressed as
"tu" ("Nos preguntas si ...", "Ci chiedi se ...", "Tu nous demandes si ..."), declined by "not
needed" ("no hace falta", "non serve", "pas besoin", "nicht nötig", "no need"); "dar de baja"
a pedido in the subjunctive after "que" ("le agradecería que diera de baja el pedido"); an
order taken back before a new one is placed ("te sugerimos que retires el pedido y lo vuelvas a
hacer", "remove the order and place a new one"). Each kind in the five languages where it
applies, with the near-misses it must allow: pressure in bar, an ID kept ready for the driver,
the driver collecting nothing, a missing part's photo sent, the exact change made to an
engraving, a cancellation supposed ("si diera de baja"), an order picked up at a shop or post
office and bought again later, the seller's own withdrawing and reordering, packaging removed
from the order and something else done again.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import CANCEL, PAYMENT, reading, wording_rules

# Cash kept ready for the driver, money collected where the goods arrive.
CASH_AT_THE_DOOR = [
    reading(
        "payment_details-de-passend-in-bar-fuer-den-fahrer-bereit",
        "DE",
        "Bitte halten Sie die 40 € passend in bar für unseren Fahrer bereit.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-in-bar-bereit-er-kassiert-an-der-haustuer",
        "DE",
        "Halten Sie den Betrag bitte in bar für den Kurier bereit, er kassiert ihn an der Haustür.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-monteur-kassiert-bei-der-anlieferung",
        "DE",
        "Die Montage kostet 60 €, der Monteur kassiert den Betrag bei der Anlieferung.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-exact-change-ready-for-the-driver",
        "UK",
        "Please have the £35 ready for the driver in exact change, he collects it on delivery.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-appoint-en-especes-pour-le-livreur",
        "FR",
        "Merci de préparer l'appoint en espèces pour le livreur.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-pronti-per-il-corriere-incassa-alla-consegna",
        "IT",
        "Tenga pronti i 35 € per il corriere, li incassa alla consegna.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-importe-justo-lo-cobra-en-la-entrega",
        "ES",
        "Tenga preparado el importe justo para el repartidor, lo cobra en la entrega.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-reifendruck-in-bar",
        "DE",
        "Der Reifendruck wird in bar angegeben, bitte halten Sie die Luftpumpe bereit.",
        [],
    ),
    reading(
        "payment_details-de-kompressor-8-bar-schlauch-bereit",
        "DE",
        "Der Kompressor arbeitet mit 8 bar, halten Sie bitte einen Schlauch bereit.",
        [],
    ),
    reading(
        "payment_details-de-fahrer-kassiert-nichts",
        "DE",
        "Der Fahrer kassiert nichts, die Lieferung ist bereits bezahlt.",
        [],
    ),
    reading(
        "payment_details-de-ausweis-fuer-den-fahrer-bereit",
        "DE",
        "Bitte halten Sie bei der Anlieferung Ihren Ausweis für den Fahrer bereit.",
        [],
    ),
    reading(
        "payment_details-en-exact-change-on-the-engraving",
        "UK",
        "We made the exact change you asked for on the engraving.",
        [],
    ),
]

# The amount still owed named by its adjective, sent in the imperative of the one addressed.
MISSING_AMOUNT = [
    reading(
        "payment_details-de-fehlenden-betrag-direkt-senden",
        "DE",
        "Senden Sie uns den fehlenden Betrag bitte direkt, dann tauschen wir das aus.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-offenen-betrag-schicken",
        "DE",
        "Den offenen Betrag schicken Sie uns bitte direkt, dann versenden wir.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-send-the-missing-amount",
        "UK",
        "Please send us the missing amount directly and we will swap it.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-montant-manquant",
        "FR",
        "Envoyez-nous le montant manquant directement et nous faisons l'échange.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-ci-mandi-l-importo-mancante",
        "IT",
        "Ci mandi l'importo mancante direttamente e facciamo il cambio.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-importe-que-falta",
        "ES",
        "Envíenos el importe que falta directamente y hacemos el cambio.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-mandanos-la-cantidad-que-falta",
        "ES",
        "Mándanos la cantidad que falta y te lo cambiamos.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-fehlende-betrag-von-amazon-erstattet",
        "DE",
        "Der fehlende Betrag wurde Ihnen von Amazon erstattet.",
        [],
    ),
    reading(
        "payment_details-de-foto-des-fehlenden-teils",
        "DE",
        "Senden Sie uns bitte direkt ein Foto des fehlenden Teils.",
        [],
    ),
    reading(
        "payment_details-en-missing-part-number",
        "UK",
        "Please send us the missing part number directly so we can check.",
        [],
    ),
    reading(
        "payment_details-fr-photo-de-la-piece-manquante",
        "FR",
        "Envoyez-nous directement une photo de la pièce manquante.",
        [],
    ),
    reading(
        "payment_details-it-foto-del-pezzo-mancante",
        "IT",
        "Ci mandi direttamente una foto del pezzo mancante.",
        [],
    ),
    reading(
        "payment_details-it-foto-dell-importo-sullo-scontrino",
        "IT",
        "Ci mandi una foto dell'importo sullo scontrino, così verifichiamo.",
        [],
    ),
    reading(
        "payment_details-es-foto-de-la-pieza-que-falta",
        "ES",
        "Envíenos directamente una foto de la pieza que falta.",
        [],
    ),
    reading(
        "payment_details-es-mandanos-la-cantidad-de-piezas",
        "ES",
        "Mándanos la cantidad de piezas que necesitas y te preparamos el pedido.",
        [],
    ),
]

# A payment the buyer asked about, the buyer addressed as "tu", declined as not needed.
ASKED_NOT_NEEDED = [
    reading(
        "payment_details-es-nos-preguntas-numero-de-cuenta-no-hace-falta",
        "ES",
        "Nos preguntas si tienes que pasarnos tu número de cuenta: no hace falta, el reembolso"
        " lo hace Amazon.",
        [],
    ),
    reading(
        "payment_details-es-me-preguntaste-transferencia-no-es-posible",
        "ES",
        "Me preguntaste si podías pagar por transferencia: no es posible, solo aceptamos pagos a"
        " través de Amazon.",
        [],
    ),
    reading(
        "payment_details-it-ci-chiedi-iban-non-serve",
        "IT",
        "Ci chiedi se devi darci il tuo IBAN: non serve, il rimborso lo fa Amazon.",
        [],
    ),
    reading(
        "payment_details-fr-tu-nous-demandes-rib-pas-necessaire",
        "FR",
        "Tu nous demandes si tu dois nous envoyer ton RIB : ce n'est pas nécessaire, Amazon te"
        " rembourse.",
        [],
    ),
    reading(
        "payment_details-fr-tu-nous-demandes-virement-pas-besoin",
        "FR",
        "Tu nous demandes si tu dois payer par virement : pas besoin, tout passe par Amazon.",
        [],
    ),
    reading(
        "payment_details-en-asked-bank-details-no-need",
        "UK",
        "You asked whether you should send us your bank details: no need, Amazon refunds the"
        " card you paid with.",
        [],
    ),
    reading(
        "payment_details-de-gefragt-iban-nicht-noetig",
        "DE",
        "Sie hatten gefragt, ob Sie uns Ihre IBAN schicken sollen: das ist nicht nötig, Amazon"
        " erstattet den Betrag.",
        [],
    ),
    reading(
        "payment_details-es-no-hace-falta-esperar-paypal",
        "ES",
        "No hace falta esperar al reembolso: páguenos la diferencia por PayPal.",
        [PAYMENT],
    ),
]

# "dar de baja" a pedido in the subjunctive, asked for after "que".
DAR_DE_BAJA = [
    reading(
        "cancel_request-es-agradeceria-que-diera-de-baja-el-pedido",
        "ES",
        "Le agradecería que diera de baja el pedido antes del envío.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-pedimos-que-des-de-baja",
        "ES",
        "Te pedimos que des de baja el pedido, por favor.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-mejor-que-dieran-de-baja-la-compra",
        "ES",
        "Sería mejor que dieran de baja la compra y la hicieran otra vez.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-si-diera-de-baja-por-error",
        "ES",
        "Si diera de baja el pedido por error, avísenos y lo revisamos.",
        [],
    ),
    reading(
        "cancel_request-es-hemos-dado-de-baja",
        "ES",
        "Hemos dado de baja el pedido y lo volveremos a hacer mañana.",
        [],
    ),
    reading(
        "cancel_request-es-dado-de-baja-por-error",
        "ES",
        "El pedido dado de baja por error ya se ha vuelto a hacer.",
        [],
    ),
    reading(
        "cancel_request-es-cubos-de-baja-altura",
        "ES",
        "Los cubos de baja altura se envían en el pedido de mañana.",
        [],
    ),
]

# An order taken back before a new one is placed: the way out offered, a cancellation.
TAKEN_BACK_AND_REORDERED = [
    reading(
        "cancel_request-es-retires-el-pedido-y-lo-vuelvas-a-hacer",
        "ES",
        "Te sugerimos que retires el pedido y lo vuelvas a hacer con el color azul.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-retire-el-pedido-y-lo-haga-de-nuevo",
        "ES",
        "Le sugerimos que retire el pedido y lo haga de nuevo eligiendo la talla M.",
        [CANCEL],
    ),
    reading(
        "cancel_request-it-ritirare-l-ordine-e-rifarlo",
        "IT",
        "Le consigliamo di ritirare l'ordine e rifarlo con la taglia giusta.",
        [CANCEL],
    ),
    reading(
        "cancel_request-fr-retirer-la-commande-et-la-repasser",
        "FR",
        "Nous vous conseillons de retirer la commande et de la repasser avec la bonne taille.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-pull-the-order-and-place-it-again",
        "UK",
        "We suggest you pull the order and place it again with the right colour.",
        [CANCEL],
    ),
    reading(
        "cancel_request-en-remove-the-order-and-place-a-new-one",
        "UK",
        "Please remove the order and place a new one with the blue colour.",
        [CANCEL],
    ),
    reading(
        "cancel_request-de-bestellung-zuruecknehmen-und-neu-bestellen",
        "DE",
        "Am besten nehmen Sie die Bestellung zurück und bestellen neu in Blau.",
        [CANCEL],
    ),
    reading(
        "cancel_request-es-retirar-en-la-tienda-y-volver-a-comprar",
        "ES",
        "Puede retirar el pedido en la tienda y volver a comprar otro color cuando quiera.",
        [],
    ),
    reading(
        "cancel_request-es-retirar-en-el-punto-de-recogida",
        "ES",
        "Puede retirar el pedido en el punto de recogida y volver a casa tranquilo.",
        [],
    ),
    reading(
        "cancel_request-es-retire-en-correos-vuelva-a-hacer-la-foto",
        "ES",
        "Retire el pedido en la oficina de correos y vuelva a hacer la foto del paquete.",
        [],
    ),
    reading(
        "cancel_request-es-cuando-retire-vuelva-a-comprobar",
        "ES",
        "Cuando retire el pedido, vuelva a comprobar que está todo.",
        [],
    ),
    reading(
        "cancel_request-es-retire-el-envoltorio-y-vuelva-a-colocarlo",
        "ES",
        "Retire el envoltorio del pedido y vuelva a colocarlo en la caja.",
        [],
    ),
    reading(
        "cancel_request-es-nosotros-retiramos-y-lo-volvemos-a-hacer",
        "ES",
        "Nosotros retiramos el pedido del almacén y lo volvemos a hacer con la talla buena.",
        [],
    ),
    reading(
        "cancel_request-es-quite-la-etiqueta-y-vuelva-a-enviarlo",
        "ES",
        "Quite la etiqueta del pedido y vuelva a enviarlo con la nueva.",
        [],
    ),
    reading(
        "cancel_request-it-ritirare-in-negozio-e-rifarlo-online",
        "IT",
        "Può ritirare l'ordine in negozio e rifarlo online la prossima volta.",
        [],
    ),
    reading(
        "cancel_request-it-ritirare-al-punto-di-ritiro",
        "IT",
        "Può ritirare l'ordine al punto di ritiro e rifarlo la prossima volta se le piace.",
        [],
    ),
    reading(
        "cancel_request-it-abbiamo-ritirato-e-lo-rifacciamo",
        "IT",
        "Abbiamo ritirato l'ordine dal corriere e lo rifacciamo domani.",
        [],
    ),
    reading(
        "cancel_request-it-tolga-l-adesivo-di-nuovo",
        "IT",
        "Tolga l'adesivo dall'ordine e lo rimetta di nuovo nella scatola.",
        [],
    ),
    reading(
        "cancel_request-en-we-removed-the-order-and-placed-a-new-one",
        "UK",
        "We removed the order from the queue and placed a new one for you.",
        [],
    ),
    reading(
        "cancel_request-en-pull-the-tab-and-open-it-again",
        "UK",
        "Please pull the tab on the order box and open it again.",
        [],
    ),
    reading(
        "cancel_request-en-remove-the-packaging-try-again",
        "UK",
        "Remove the packaging from your order and try the plug again.",
        [],
    ),
    reading(
        "cancel_request-fr-retire-la-commande-et-passe-une-nouvelle",
        "FR",
        "Nous avons retiré la commande et en avons passé une nouvelle pour vous.",
        [],
    ),
    reading(
        "cancel_request-fr-retirez-l-emballage-repassez-le-tissu",
        "FR",
        "Retirez l'emballage de la commande et repassez le tissu au fer.",
        [],
    ),
    reading(
        "cancel_request-fr-retirer-au-point-relais-et-repasser-plus-tard",
        "FR",
        "Vous pouvez retirer la commande au point relais et la repasser plus tard si besoin.",
        [],
    ),
    reading(
        "cancel_request-de-folie-entfernen-geraet-neu-einschalten",
        "DE",
        "Entfernen Sie die Folie von der Bestellung und schalten Sie das Gerät neu ein.",
        [],
    ),
    reading(
        "cancel_request-de-wir-haben-entfernt-und-neu-angelegt",
        "DE",
        "Wir haben die Bestellung entfernt und neu angelegt.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    CASH_AT_THE_DOOR + MISSING_AMOUNT + ASKED_NOT_NEEDED + DAR_DE_BAJA + TAKEN_BACK_AND_REORDERED,
)
def test_offers_readings_round17(body: str, given: dict[str, str], rules: list[str]) -> None:
    assert wording_rules(body, given) == sorted(rules)
