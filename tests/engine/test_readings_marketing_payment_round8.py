"""The marketing and payment rules on kinds of wording the eighth blind round found (issue 10),
each kind in the five languages, with the near-misses it must allow.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer. The wordings are this table's own, not the corpus's.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import (
    FEEDBACK_REMOVAL,
    MARKETING,
    PAYMENT,
    reading,
    wording_rules,
)

# Cross-selling with a word between the verb and "also": "das könnte Ihnen aber auch
# gefallen"; not the bought item hoped to please, nor an option that could suit.
ALSO_LIKE = [
    reading(
        "marketing-de-might-also-like-with-a-particle",
        "DE",
        "Das könnte Ihnen aber auch gefallen: unsere passenden Kissenbezüge im Set.",
        [MARKETING],
    ),
    reading(
        "marketing-en-might-also-like-with-an-adverb",
        "UK",
        "You might therefore also like the matching pillowcases we sell in a set.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-aimerez-surement-aussi",
        "FR",
        "Vous aimerez sûrement aussi les taies assorties, vendues en lot.",
        [MARKETING],
    ),
    reading(
        "marketing-it-potrebbe-piacerle-anche",
        "IT",
        "Potrebbero piacerle anche le federe abbinate, in vendita in set.",
        [MARKETING],
    ),
    reading(
        "marketing-es-le-puede-gustar-tambien",
        "ES",
        "Le puede gustar también la funda de almohada a juego, que vendemos en pack.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-aimerez-sans-doute-aussi",
        "FR",
        "Vous aimerez sans doute aussi nos bougies assorties.",
        [MARKETING],
    ),
    reading(
        "marketing-es-tambien-le-podria-gustar",
        "ES",
        "También le podría gustar nuestra funda a juego.",
        [MARKETING],
    ),
    reading(
        "marketing-de-must-allow-bought-item-hoped-to-please",
        "DE",
        "Wir hoffen, die Bettwäsche wird Ihnen gefallen.",
        [],
    ),
    reading(
        "marketing-de-must-allow-option-that-could-suit",
        "DE",
        "Die Größe L könnte Ihnen aber besser passen, der Umtausch läuft über Amazon.",
        [],
    ),
    reading(
        "marketing-en-must-allow-you-might-also-need",
        "US",
        "You might also need the adapter, which is included in the box.",
        [],
    ),
    reading(
        "marketing-de-must-allow-included-bag-also-pleases",
        "DE",
        "Die mitgelieferte Tasche dürfte Ihnen ebenfalls gefallen, sie ist wasserdicht.",
        [],
    ),
    reading(
        "marketing-it-must-allow-feature-also-pleases",
        "IT",
        "Il cuscino è sfoderabile; potrebbe piacerle anche la possibilità di lavarlo in lavatrice.",
        [],
    ),
    reading(
        "marketing-es-must-allow-included-case-also-pleases",
        "ES",
        "La funda incluida también le puede gustar para guardar los cables.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-supplied-mount-also-pleases",
        "FR",
        "Le support est livré avec une fixation murale ; vous aimerez aussi la fixation murale "
        "fournie.",
        [],
    ),
    reading(
        "marketing-en-must-allow-like-to-keep-in-the-included-case",
        "UK",
        "This set also includes a carrying case, so you might also like to keep the spare blades "
        "in it.",
        [],
    ),
    reading(
        "marketing-en-must-allow-like-the-fact",
        "UK",
        "The blender is whisper quiet; you may also like the fact that the jug is dishwasher safe.",
        [],
    ),
    reading(
        "marketing-en-may-want-to-also-check-out-our-range",
        "UK",
        "If you liked the mug, you may want to also check out our coffee range.",
        [MARKETING],
    ),
]

# Cross-selling as something that "might also interest you" in "our" products; not a fact the
# buyer might want to know.
ALSO_INTERESTED = [
    reading(
        "marketing-de-koennte-sie-auch-interessieren-unsere",
        "DE",
        "Das könnte Sie auch interessieren: unsere passenden Kissenbezüge.",
        [MARKETING],
    ),
    reading(
        "marketing-en-might-also-be-interested-in-our",
        "UK",
        "You might also be interested in our matching pillowcases.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-pourriez-aussi-etre-interesse-par-nos",
        "FR",
        "Vous pourriez aussi être intéressé par nos taies assorties.",
        [MARKETING],
    ),
    reading(
        "marketing-it-potrebbe-interessarle-anche-i-nostri",
        "IT",
        "Potrebbe interessarle anche le nostre federe abbinate.",
        [MARKETING],
    ),
    reading(
        "marketing-es-tambien-le-puede-interesar-nuestra",
        "ES",
        "También le puede interesar nuestra funda a juego.",
        [MARKETING],
    ),
    reading(
        "marketing-de-must-allow-koennte-sie-interessieren-dass",
        "DE",
        "Es könnte Sie auch interessieren, dass die Garantie zwei Jahre gilt.",
        [],
    ),
    reading(
        "marketing-es-must-allow-le-puede-interesar-saber",
        "ES",
        "También le puede interesar saber que la garantía es de dos años.",
        [],
    ),
    reading(
        "marketing-en-must-allow-might-also-be-interested-in-the-manual",
        "US",
        "You might also be interested in the manual, which is in the box.",
        [],
    ),
    reading(
        "marketing-en-must-allow-our-returns-policy-attached",
        "UK",
        "You might also be interested in our returns policy, which is attached.",
        [],
    ),
    reading(
        "marketing-de-must-allow-unsere-rueckgabebedingungen",
        "DE",
        "Es könnte Sie auch interessieren: unsere Rückgabebedingungen finden Sie im Anhang.",
        [],
    ),
    reading(
        "marketing-es-must-allow-nuestra-politica-de-devoluciones",
        "ES",
        "Le podría interesar también nuestra política de devoluciones, que adjuntamos.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-notre-politique-de-retour",
        "FR",
        "Vous pourriez aussi être intéressé par nos conditions de retour, jointes à ce message.",
        [],
    ),
    reading(
        "marketing-it-must-allow-nostra-politica-di-reso",
        "IT",
        "Potrebbe interessarle anche la nostra politica di reso, che alleghiamo.",
        [],
    ),
    reading(
        "marketing-de-interessiert-sie-auch-unser",
        "DE",
        "Vielleicht interessiert Sie auch unser neues Zubehör-Set.",
        [MARKETING],
    ),
    reading(
        "marketing-en-perhaps-also-interest-you",
        "UK",
        "Our new travel mugs would perhaps also interest you.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-vous-interessera-aussi-nos",
        "FR",
        "Cela vous intéressera sans doute aussi : nos nouveaux coffrets.",
        [MARKETING],
    ),
    reading(
        "marketing-it-le-interessa-anche-il-nostro",
        "IT",
        "Forse le interessa anche il nostro nuovo set di accessori.",
        [MARKETING],
    ),
    reading(
        "marketing-es-le-interesa-tambien-nuestro",
        "ES",
        "Quizás le interesa también nuestro nuevo set de accesorios.",
        [MARKETING],
    ),
]

# A percentage with a discount word qualified or compounded: "10 % Einführungsrabatt", "a 15%
# launch discount", "une remise exceptionnelle de 15 %"; not a percentage of something else.
QUALIFIED_DISCOUNT = [
    reading(
        "marketing-de-percentage-compound-discount",
        "DE",
        "Das Nachfolgemodell gibt es diese Woche mit 10 % Einführungsrabatt.",
        [MARKETING],
    ),
    reading(
        "marketing-en-percentage-launch-discount",
        "US",
        "The new model comes with a 15% launch discount this week.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-remise-qualified-de-percentage",
        "FR",
        "Le nouveau modèle bénéficie d'une remise exceptionnelle de 15 % cette semaine.",
        [MARKETING],
    ),
    reading(
        "marketing-it-sconto-qualified-del-percentage",
        "IT",
        "Il nuovo modello ha uno sconto lancio del 15% questa settimana.",
        [MARKETING],
    ),
    reading(
        "marketing-es-descuento-qualified-del-percentage",
        "ES",
        "El nuevo modelo tiene un descuento especial del 15 % esta semana.",
        [MARKETING],
    ),
    reading(
        "marketing-de-must-allow-percentage-of-a-battery",
        "DE",
        "Der Akku ist nach 2 Stunden zu 80 % geladen.",
        [],
    ),
    reading(
        "marketing-en-must-allow-percentage-of-cotton",
        "UK",
        "The fabric is 60% organic cotton and 40% linen.",
        [],
    ),
    reading(
        "marketing-en-must-allow-dims-to-ten-percent-before-turning-off",
        "UK",
        "The timer dims the lamp to 10% before turning off.",
        [],
    ),
    reading(
        "marketing-de-must-allow-angebot-bis-95-prozent-luftfeuchtigkeit",
        "DE",
        "Laut Angebot ist das Gerät bis 95 % Luftfeuchtigkeit geeignet.",
        [],
    ),
    reading(
        "marketing-de-must-allow-aktionskamera-laedt-bis-80-prozent",
        "DE",
        "Die Aktionskamera lädt in 30 Minuten bis 80 %.",
        [],
    ),
    reading(
        "marketing-en-must-allow-declined-discount-the-buyer-asked-for",
        "UK",
        "You asked whether we could give you a 10% discount; unfortunately we can't offer "
        "discounts outside Amazon.",
        [],
    ),
    reading(
        "marketing-de-must-allow-declined-rabatt-nach-dem-sie-gefragt-hatten",
        "DE",
        "Sie hatten nach einem Rabatt von 10 % gefragt; leider können wir keinen Nachlass "
        "gewähren.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-declined-remise-que-vous-demandiez",
        "FR",
        "Vous nous demandiez une remise de 10 % ; nous ne pouvons malheureusement pas en accorder.",
        [],
    ),
    reading(
        "marketing-it-must-allow-declined-sconto-che-ha-chiesto",
        "IT",
        "Lei ha chiesto uno sconto del 10%; purtroppo non possiamo concederlo.",
        [],
    ),
    reading(
        "marketing-es-must-allow-declined-descuento-que-nos-pregunto",
        "ES",
        "Nos preguntó por un descuento del 10 %; lamentablemente no podemos ofrecerlo.",
        [],
    ),
    reading(
        "marketing-en-ten-percent-extra-off",
        "UK",
        "This week you get 10% extra off all our kettles.",
        [MARKETING],
    ),
    reading(
        "marketing-en-code-given-after-the-buyer-asked",
        "UK",
        "You asked for a discount, so here is code SAVE10 for 10% off.",
        [MARKETING],
    ),
    reading(
        "marketing-de-code-given-after-the-buyer-asked",
        "DE",
        "Sie hatten nach einem Rabatt gefragt: mit dem Code SPAR10 erhalten Sie 10 % Rabatt.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-code-given-after-the-buyer-asked",
        "FR",
        "Vous nous demandiez une remise : voici le code PROMO10 pour 10 % de remise.",
        [MARKETING],
    ),
    reading(
        "marketing-it-code-given-after-the-buyer-asked",
        "IT",
        "Lei ha chiesto uno sconto: ecco il codice SCONTO10 per il 10% di sconto.",
        [MARKETING],
    ),
    reading(
        "marketing-es-code-given-after-the-buyer-asked",
        "ES",
        "Nos preguntó por un descuento: use el código DESC10 para un 10 % de descuento.",
        [MARKETING],
    ),
]

# A sale announced with "bis" (not "bis zu") or with words between its verb and its name.
SALE_ANNOUNCED = [
    reading(
        "marketing-de-sale-up-to-without-zu",
        "DE",
        "ab nachste woche gibt es rabatte bis 25% auf zubehor.",
        [MARKETING],
    ),
    reading(
        "marketing-de-sale-starts-with-an-adverbial",
        "DE",
        "Nächste Woche startet bei uns der Grillsaison Sale.",
        [MARKETING],
    ),
    reading(
        "marketing-en-our-big-summer-sale-starts",
        "UK",
        "Our big summer garden sale starts on Monday.",
        [MARKETING],
    ),
    reading(
        "marketing-de-must-allow-charged-up-to",
        "DE",
        "Der Akku lädt in 30 Minuten bis 80 %.",
        [],
    ),
]

# A limited edition of "ours" or an offer "while stocks last"; not the edition the buyer
# bought.
LIMITED = [
    reading(
        "marketing-de-our-limited-edition-while-stocks-last",
        "DE",
        "Zu Weihnachten gibt es wieder unsere limitierte Edition, solange der Vorrat reicht!",
        [MARKETING],
    ),
    reading(
        "marketing-en-our-limited-edition",
        "US",
        "Our limited edition in forest green is back for the holidays.",
        [MARKETING],
    ),
    reading(
        "marketing-en-while-stocks-last",
        "UK",
        "The green version is back in our range while stocks last.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-jusqu-a-epuisement-des-stocks",
        "FR",
        "Notre édition limitée vert sapin revient pour Noël, jusqu'à épuisement des stocks.",
        [MARKETING],
    ),
    reading(
        "marketing-it-edizione-limitata-fino-a-esaurimento",
        "IT",
        "Torna la nostra edizione limitata verde bosco, fino ad esaurimento scorte.",
        [MARKETING],
    ),
    reading(
        "marketing-es-edicion-limitada-hasta-agotar-existencias",
        "ES",
        "Vuelve nuestra edición limitada verde, hasta agotar existencias.",
        [MARKETING],
    ),
    reading(
        "marketing-de-must-allow-your-limited-edition",
        "DE",
        "Ihre limitierte Edition ist heute an DHL übergeben worden.",
        [],
    ),
    reading(
        "marketing-en-must-allow-the-limited-edition-you-ordered",
        "US",
        "The limited edition mug you ordered has been shipped.",
        [],
    ),
    reading(
        "marketing-en-must-allow-while-stocks-last-answering-availability",
        "UK",
        "You asked about availability: yes, the red one ships within 24 hours while stocks last, "
        "after that only blue is available.",
        [],
    ),
    reading(
        "marketing-de-must-allow-solange-vorrat-reicht-answering-availability",
        "DE",
        "Zu Ihrer Frage zur Verfügbarkeit: Die rote Variante ist vorrätig, solange der Vorrat "
        "reicht; danach kommt das Nachfolgemodell.",
        [],
    ),
]

# A supply running out is an offer only beside one of ours (an edition, a price, a sale), not
# beside a replacement, a reservation or a spare part set aside for the buyer.
SUPPLY_SET_ASIDE = [
    reading(
        "marketing-en-must-allow-replacement-set-aside-while-stocks-last",
        "UK",
        "We only have three left of the green one, so we've set one aside for your replacement "
        "while stocks last on our side.",
        [],
    ),
    reading(
        "marketing-de-must-allow-ersatzteil-reserviert-solange-vorrat-reicht",
        "DE",
        "Die Lampe ist auf Lager, solange der Vorrat reicht reservieren wir Ihnen gern ein "
        "Ersatzteil.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-piece-reservee-jusqu-a-epuisement",
        "FR",
        "La lampe est en stock ; jusqu'à épuisement des stocks nous vous réservons volontiers "
        "une pièce de rechange.",
        [],
    ),
    reading(
        "marketing-it-must-allow-ricambio-riservato-fino-a-esaurimento",
        "IT",
        "Ne restano tre in verde: ne abbiamo messo da parte uno per la sostituzione, fino ad "
        "esaurimento scorte.",
        [],
    ),
    reading(
        "marketing-es-must-allow-repuesto-reservado-hasta-agotar",
        "ES",
        "La lámpara está en stock; hasta agotar existencias le reservamos con gusto una pieza "
        "de repuesto.",
        [],
    ),
    reading(
        "marketing-de-must-allow-ersatzteil-gratis-solange-vorrat-reicht",
        "DE",
        "Wir schicken Ihnen gratis ein Ersatzteil, solange der Vorrat reicht.",
        [],
    ),
    reading(
        "marketing-en-must-allow-free-replacement-part-while-stocks-last",
        "UK",
        "We will send you a free replacement part while stocks last.",
        [],
    ),
    reading(
        "marketing-en-limited-edition-while-stocks-last",
        "UK",
        "Our limited edition is back for the holidays, while stocks last.",
        [MARKETING],
    ),
    reading(
        "marketing-en-half-price-while-stocks-last",
        "US",
        "Get the second one at half price while stocks last.",
        [MARKETING],
    ),
    reading(
        "marketing-de-einfuehrungspreis-solange-vorrat-reicht",
        "DE",
        "Die Sonderedition gibt es zum Einführungspreis, solange der Vorrat reicht.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-edition-limitee-jusqu-a-epuisement",
        "FR",
        "Jusqu'à épuisement des stocks, notre édition limitée est à prix réduit.",
        [MARKETING],
    ),
    reading(
        "marketing-it-prezzo-lancio-fino-a-esaurimento",
        "IT",
        "Fino ad esaurimento scorte, la nuova lampada è a prezzo di lancio.",
        [MARKETING],
    ),
    reading(
        "marketing-es-precio-especial-hasta-agotar",
        "ES",
        "Hasta agotar existencias, la nueva lámpara tiene un precio especial.",
        [MARKETING],
    ),
]

# Cross-selling is present or future, about something of ours on sale: "das könnte Ihnen
# auch gefallen: unser neues Set"; not an item already delivered that "könnte Ihnen auch
# gefallen haben".
ALSO_LIKED_BEFORE = [
    reading(
        "marketing-de-must-allow-koennte-auch-gefallen-haben",
        "DE",
        "Das passende Leuchtmittel könnte Ihnen auch gefallen haben, es lag bereits im Paket bei "
        "– kostenlos.",
        [],
    ),
    reading(
        "marketing-de-must-allow-das-koennte-auch-gefallen-haben",
        "DE",
        "Das könnte Ihnen auch gefallen haben: Das Leuchtmittel lag schon im Paket.",
        [],
    ),
    reading(
        "marketing-en-must-allow-might-also-have-liked",
        "UK",
        "You might also have liked the matching bulb: it was already in the parcel, free.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-a-pu-vous-plaire-aussi",
        "FR",
        "L'ampoule assortie a pu vous plaire aussi : elle était déjà dans le colis.",
        [],
    ),
    reading(
        "marketing-it-must-allow-potrebbe-averle-fatto-piacere",
        "IT",
        "La lampadina abbinata potrebbe averle fatto piacere anche: era già nel pacco, gratis.",
        [],
    ),
    reading(
        "marketing-es-must-allow-le-puede-haber-gustado",
        "ES",
        "La bombilla a juego le puede haber gustado también: ya iba en el paquete.",
        [],
    ),
    reading(
        "marketing-de-das-koennte-auch-gefallen-unser-neues-set",
        "DE",
        "Das könnte Ihnen auch gefallen: unser neues Set.",
        [MARKETING],
    ),
    reading(
        "marketing-de-unsere-serie-koennte-ebenfalls-gefallen",
        "DE",
        "Unsere neue Serie könnte Ihnen ebenfalls gefallen, sie erscheint im Mai.",
        [MARKETING],
    ),
    reading(
        "marketing-en-might-also-like-our-new-set",
        "UK",
        "You might also like our new set of matching bulbs.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-pourrait-aussi-vous-plaire-notre-set",
        "FR",
        "Notre nouveau coffret pourrait aussi vous plaire.",
        [MARKETING],
    ),
    reading(
        "marketing-it-potrebbe-piacerle-anche-il-nostro-set",
        "IT",
        "Potrebbe piacerle anche il nostro nuovo set di lampadine.",
        [MARKETING],
    ),
    reading(
        "marketing-es-tambien-le-podria-gustar-nuestro-set",
        "ES",
        "También le podría gustar nuestro nuevo set de bombillas.",
        [MARKETING],
    ),
]

# A friend brought in and both rewarded, the programme's name in quotation marks.
FRIEND_AND_YOU_REWARDED = [
    reading(
        "marketing-it-friend-orders-both-receive",
        "IT",
        'C\'è il programma "Porta un amico": se un tuo amico ordina da noi, ricevete '
        "entrambi una confezione in più.",
        [MARKETING],
    ),
    reading(
        "marketing-en-friend-orders-you-both-get",
        "US",
        "If a friend orders from us and mentions your name, you both get a free refill pack.",
        [MARKETING],
    ),
    reading(
        "marketing-de-freund-bestellt-beide-erhalten",
        "DE",
        "Wenn ein Freund bei uns bestellt und Ihren Namen nennt, erhalten Sie beide ein "
        "Nachfüllpack.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-ami-commande-tous-les-deux",
        "FR",
        "Si un ami commande chez nous en donnant votre nom, vous recevez tous les deux une "
        "recharge.",
        [MARKETING],
    ),
    reading(
        "marketing-es-amigo-pide-ambos-reciben",
        "ES",
        "Si un amigo nos hace un pedido con su nombre, reciben ambos un paquete de recambio.",
        [MARKETING],
    ),
    reading(
        "marketing-en-must-allow-gift-for-a-friend",
        "UK",
        "The gift for your friend ships today; the invoice goes to you.",
        [],
    ),
    reading(
        "marketing-it-must-allow-gift-for-a-friend",
        "IT",
        "Il regalo per il suo amico parte oggi, la fattura arriva a lei.",
        [],
    ),
    reading(
        "marketing-en-must-allow-friend-also-ordered-each-get-tracking",
        "UK",
        "Your friend who also ordered will get her parcel Tuesday; you each get a tracking number"
        " by email.",
        [],
    ),
    reading(
        "marketing-de-must-allow-freund-bestellt-beide-erhalten-ware",
        "DE",
        "Ihr Freund hat ebenfalls bestellt, Sie beide erhalten die Ware am Montag.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-amie-commande-tous-deux-recevez-colis",
        "FR",
        "Votre amie a aussi commandé : vous recevez tous les deux le colis demain.",
        [],
    ),
    reading(
        "marketing-it-must-allow-amico-ordinato-entrambi-ricevete-pacco",
        "IT",
        "Il suo amico ha ordinato lo stesso articolo: riceverete entrambi il pacco giovedì.",
        [],
    ),
    reading(
        "marketing-es-must-allow-amigo-pedido-los-dos-reciben-paquete",
        "ES",
        "Su amigo también hizo un pedido; los dos reciben el paquete el lunes.",
        [],
    ),
]

# "Next season" as a time ("to improve the kit for next season"), not a season announced.
NEXT_SEASON = [
    reading(
        "marketing-it-must-allow-for-next-season",
        "IT",
        "Il suo parere ci aiuta a migliorare il kit per la prossima stagione.",
        [],
    ),
    reading(
        "marketing-en-must-allow-for-next-season",
        "UK",
        "Your notes help us improve the kit for next season.",
        [],
    ),
    reading(
        "marketing-de-must-allow-for-next-season",
        "DE",
        "Ihre Hinweise helfen uns, das Set für die nächste Saison zu verbessern.",
        [],
    ),
    reading(
        "marketing-fr-must-allow-for-next-season",
        "FR",
        "Vos remarques nous aident à améliorer le kit pour la prochaine saison.",
        [],
    ),
    reading(
        "marketing-es-must-allow-for-next-season",
        "ES",
        "Sus comentarios nos ayudan a mejorar el kit para la próxima temporada.",
        [],
    ),
    reading(
        "marketing-it-new-season-arrived",
        "IT",
        "La nuova stagione è arrivata: scopra le novità.",
        [MARKETING],
    ),
    reading(
        "marketing-fr-collection-de-la-saison-prochaine",
        "FR",
        "Découvrez dès maintenant la collection de la saison prochaine !",
        [MARKETING],
    ),
    reading(
        "marketing-en-next-seasons-collection",
        "UK",
        "Check out next season's collection, coming in March!",
        [MARKETING],
    ),
]

# "Our account" that is the seller's account on Amazon (feedback or a penalty on it), not a
# bank account money goes to.
SELLER_ACCOUNT = [
    reading(
        "payment_details-fr-must-allow-feedback-on-our-account",
        "FR",
        "Si vous trouvez que nous avons résolu vos soucis, il est possible de mettre à jour "
        "le feedback laissé sur notre compte.",
        [],
        **FEEDBACK_REMOVAL,
    ),
    reading(
        "payment_details-fr-must-allow-penalty-on-our-seller-account",
        "FR",
        "Une annulation éviterait une pénalité sur notre compte vendeur.",
        [],
    ),
    reading(
        "payment_details-en-must-allow-penalty-on-our-account",
        "UK",
        "A late shipment leaves a penalty on our account, so we ship today.",
        [],
    ),
    reading(
        "payment_details-de-must-allow-review-on-our-account",
        "DE",
        "Die Bewertung landet auf unser Konto bei Amazon, nicht beim Hersteller.",
        [],
    ),
    reading(
        "payment_details-it-must-allow-penalty-on-our-seller-account",
        "IT",
        "Un ritardo comporta una penalità sul nostro conto venditore.",
        [],
    ),
    reading(
        "payment_details-es-must-allow-penalty-on-our-seller-account",
        "ES",
        "Un retraso supone una penalización en nuestra cuenta de vendedor.",
        [],
    ),
    reading(
        "payment_details-fr-transfer-to-our-account",
        "FR",
        "Virez les 20 € sur notre compte et nous expédions.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-deposit-to-our-account",
        "ES",
        "Ingrese los 20 € en nuestra cuenta y lo enviamos.",
        [PAYMENT],
    ),
]

# A payment the invoice says Amazon processed: "carte bancaire (traitée par Amazon)".
PROCESSED_BY_AMAZON = [
    reading(
        "payment_details-fr-must-allow-card-processed-by-amazon",
        "FR",
        "Mode de paiement : carte bancaire (traité par Amazon)",
        [],
    ),
    reading(
        "payment_details-en-must-allow-card-processed-by-amazon",
        "UK",
        "Payment method: credit card details processed by Amazon",
        [],
    ),
    reading(
        "payment_details-de-must-allow-card-processed-by-amazon",
        "DE",
        "Zahlungsart: Kreditkarte, von Amazon abgewickelt",
        [],
    ),
    reading(
        "payment_details-it-must-allow-card-processed-by-amazon",
        "IT",
        "Metodo di pagamento: carta di credito (gestito da Amazon)",
        [],
    ),
    reading(
        "payment_details-es-must-allow-card-processed-by-amazon",
        "ES",
        "Forma de pago: tarjeta de crédito (procesado por Amazon)",
        [],
    ),
    reading(
        "payment_details-fr-card-number-asked",
        "FR",
        "Mode de paiement : envoyez-nous le numéro de votre carte bancaire.",
        [PAYMENT],
    ),
]

# The product sold takes payments (a card terminal's features), not the seller taking them.
DEVICE_ACCEPTS = [
    reading(
        "payment_details-de-must-allow-terminal-accepts-cards",
        "DE",
        "Das mobile Kartenterminal akzeptiert Zahlungen per Girocard, Kreditkarte sowie "
        "kontaktlos.",
        [],
    ),
    reading(
        "payment_details-en-must-allow-reader-accepts-cards",
        "US",
        "The card reader accepts Apple Pay, Google Pay and contactless cards.",
        [],
    ),
    reading(
        "payment_details-fr-must-allow-terminal-accepts-cards",
        "FR",
        "Le terminal de paiement accepte les cartes bancaires et le sans contact.",
        [],
    ),
    reading(
        "payment_details-it-must-allow-pos-accepts-cards",
        "IT",
        "Il POS portatile accetta carte di credito, bancomat e Satispay.",
        [],
    ),
    reading(
        "payment_details-es-must-allow-datafono-accepts-cards",
        "ES",
        "El datáfono portátil acepta Bizum, tarjeta de crédito y pagos sin contacto.",
        [],
    ),
    reading(
        "payment_details-de-driver-has-a-terminal",
        "DE",
        "Unser Fahrer hat ein Kartenterminal dabei, zahlen Sie einfach bei der Lieferung.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-must-allow-kartenterminal-mit-relativsatz",
        "DE",
        "Das Kartenterminal, das Sie gekauft haben, akzeptiert Girocard, Visa und Mastercard.",
        [],
    ),
    reading(
        "payment_details-fr-must-allow-terminal-que-vous-avez-achete",
        "FR",
        "Le terminal de paiement que vous avez acheté accepte les cartes Visa et Mastercard.",
        [],
    ),
    reading(
        "payment_details-es-must-allow-datafono-que-ha-comprado",
        "ES",
        "El datáfono que ha comprado acepta tarjetas Visa y Mastercard.",
        [],
    ),
    reading(
        "payment_details-it-must-allow-invoice-line-carta-di-credito",
        "IT",
        "Fattura 118\nMetodo di pagamento: carta di credito",
        [],
    ),
    reading(
        "payment_details-es-must-allow-invoice-line-tarjeta-de-credito",
        "ES",
        "Factura 118\nForma de pago: tarjeta de crédito",
        [],
    ),
]

# Card numbers and transfers written without accents or colloquially: "numero de carte bleue",
# "on debite direct", "Ueberweisung".
UNACCENTED = [
    reading(
        "payment_details-fr-numero-de-carte-bleue-unaccented",
        "FR",
        "envoyer nous votre numero de carte bleue et on debite direct.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-ueberweisung-transliterated",
        "DE",
        "Bitte per Ueberweisung zahlen, dann geht es sofort raus.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-numero-de-tarjeta-unaccented",
        "ES",
        "Mandenos el numero de tarjeta y lo cobramos.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-especes-unaccented",
        "FR",
        "Reglez le supplement en especes au livreur.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-must-allow-numero-de-commande",
        "FR",
        "Merci de nous indiquer votre numero de commande.",
        [],
    ),
    reading(
        "payment_details-es-must-allow-numero-de-pedido",
        "ES",
        "Indíquenos el numero de pedido, por favor.",
        [],
    ),
    reading(
        "payment_details-de-must-allow-amazon-ueberweist",
        "DE",
        "Amazon ueberweist Ihnen die Erstattung innerhalb von fünf Tagen.",
        [],
    ),
    reading(
        "payment_details-de-must-allow-ueberweisung-von-amazon",
        "DE",
        "Die Ueberweisung von Amazon sollte in drei Tagen bei Ihnen sein.",
        [],
    ),
    reading(
        "payment_details-fr-must-allow-amazon-a-debite-carte-bleue",
        "FR",
        "Amazon a débité votre carte bleue une seule fois, le doublon est une pré-autorisation.",
        [],
    ),
]

# Paying "it" to us with the pronoun inside the verb: "versez-la-nous", "versatecela".
PRONOUN_PAID = [
    reading(
        "payment_details-fr-versez-la-nous",
        "FR",
        "La différence est de 45 € : versez-la-nous directement.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-pay-it-to-us",
        "UK",
        "The difference is £45: just pay it to us and we print the bigger one.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-versatecela",
        "IT",
        "La differenza è di 45 €: ce la versi direttamente e stampiamo il formato grande.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-paguenosla",
        "ES",
        "La diferencia es de 45 €: páguenosla y imprimimos el formato grande.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-must-allow-renvoyez-la-nous",
        "FR",
        "La toile est abîmée : renvoyez-la-nous avec l'étiquette Amazon.",
        [],
    ),
    reading(
        "payment_details-en-must-allow-send-it-to-us",
        "UK",
        "The print is faulty: send it to us with the Amazon label.",
        [],
    ),
    reading(
        "payment_details-en-must-allow-pay-that-directly-on-amazon",
        "UK",
        "You can pay that directly on Amazon when you place the order.",
        [],
    ),
    reading(
        "payment_details-en-must-allow-carrier-pays-it-directly",
        "UK",
        "If the carrier accepts the damage claim, they will pay it directly to you.",
        [],
    ),
    reading(
        "payment_details-en-must-allow-insurer-pays-this-directly",
        "UK",
        "Your insurer may pay this directly, please ask them.",
        [],
    ),
    reading(
        "payment_details-fr-must-allow-amazon-va-nous-la-verser",
        "FR",
        "La différence, Amazon va nous la verser directement, vous n'avez rien à faire.",
        [],
    ),
    reading(
        "payment_details-it-must-allow-ce-la-paga-amazon",
        "IT",
        "Non si preoccupi, la spedizione di reso ce la paga Amazon.",
        [],
    ),
    reading(
        "payment_details-es-must-allow-se-lo-paga-amazon",
        "ES",
        "No se preocupe, el envío de devolución se lo paga Amazon.",
        [],
    ),
    reading(
        "payment_details-en-pay-it-directly-to-us",
        "UK",
        "If you prefer, pay it directly to us and we'll ship today.",
        [PAYMENT],
    ),
]

# A postal money order: "vaglia postale", "mandat postal", "Postanweisung".
MONEY_ORDER = [
    reading(
        "payment_details-it-vaglia-postale",
        "IT",
        "Ci invii un vaglia postale intestato alla nostra ditta.",
        [PAYMENT],
    ),
    reading(
        "payment_details-fr-mandat-postal",
        "FR",
        "Envoyez-nous un mandat postal de 15 €.",
        [PAYMENT],
    ),
    reading(
        "payment_details-de-postanweisung",
        "DE",
        "Schicken Sie uns die 15 € per Postanweisung.",
        [PAYMENT],
    ),
    reading(
        "payment_details-es-giro-postal",
        "ES",
        "Envíenos los 15 € por giro postal.",
        [PAYMENT],
    ),
    reading(
        "payment_details-en-money-order",
        "US",
        "Mail us a money order for the $15.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-must-allow-no-money-order-needed",
        "IT",
        "Non serve nessun vaglia: il rimborso lo fa Amazon.",
        [],
    ),
]


# The buyer's own bank details reported as received and declined in the sentence after; kept
# when nothing declines them.
RECEIVED_AND_DECLINED = [
    reading(
        "payment_details-it-must-allow-iban-received-refund-through-amazon",
        "IT",
        "Abbiamo ricevuto il messaggio in cui ci indicava il suo IBAN. Non ci serve: il "
        "rimborso viene effettuato esclusivamente tramite Amazon.",
        [],
    ),
    reading(
        "payment_details-en-must-allow-bank-details-received-amazon-refunds",
        "UK",
        "Thanks, you sent us your bank details. Amazon will refund the order to your card.",
        [],
    ),
    reading(
        "payment_details-de-must-allow-iban-received-not-needed",
        "DE",
        "Sie haben uns Ihre IBAN geschickt. Diese benötigen wir nicht, die Erstattung läuft "
        "ausschließlich über Amazon.",
        [],
    ),
    reading(
        "payment_details-fr-must-allow-rib-received-amazon-refunds",
        "FR",
        "Vous nous avez envoyé votre RIB. Le remboursement passe par Amazon, sur votre carte.",
        [],
    ),
    reading(
        "payment_details-es-must-allow-iban-received-amazon-refunds",
        "ES",
        "Nos ha enviado su IBAN. El reembolso se hace solo a través de Amazon.",
        [],
    ),
    reading(
        "payment_details-en-bank-details-received-and-used",
        "UK",
        "Thanks, you sent us your bank details. We will transfer the £20 tomorrow.",
        [PAYMENT],
    ),
    reading(
        "payment_details-it-iban-received-and-used",
        "IT",
        "Ci ha inviato il suo IBAN. Le facciamo il bonifico domani.",
        [PAYMENT],
    ),
]


@pytest.mark.parametrize(
    ("body", "given", "rules"),
    ALSO_LIKE
    + ALSO_INTERESTED
    + QUALIFIED_DISCOUNT
    + SALE_ANNOUNCED
    + LIMITED
    + SUPPLY_SET_ASIDE
    + ALSO_LIKED_BEFORE
    + FRIEND_AND_YOU_REWARDED
    + NEXT_SEASON
    + SELLER_ACCOUNT
    + PROCESSED_BY_AMAZON
    + DEVICE_ACCEPTS
    + UNACCENTED
    + PRONOUN_PAID
    + MONEY_ORDER
    + RECEIVED_AND_DECLINED,
)
def test_eighth_round_marketing_and_payment_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
