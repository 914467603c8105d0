"""The wording rules on a rating verb asked beside a discount written as a percentage, no
voucher or discount noun: "Rate us on Amazon and get 10% off", "Bewerten Sie uns und sparen Sie
10 %", "Valuta il nostro negozio e ottieni il 10% di sconto" reward the rating as "Review us on
Amazon and get 10% off" does the review. The verb in its everyday sense ("bewerten Sie selbst,
ob sich das lohnt"), "rate" as a noun ("the exchange rate", "at a rate of 10% off") and a
discount with no rating asked stay no manipulation, and so does thanks for a rating given beside
a refund the buyer asked for in another sentence.

Each row is a message body (after the marketplace's greeting) and the wording rules that must
fire on it, no more and no fewer.
"""

from __future__ import annotations

import pytest

from tests.engine.test_readings import MANIPULATION, MARKETING, MISPLACED, reading, wording_rules

REPLY = {"reason": "reply"}
RETURN = {"reason": "return"}

RATE_THIRTEEN = [
    reading(
        "review_manipulation-rate-us-percent-off-next-order-en",
        "UK",
        "Rate us on Amazon and get 10% off your next order.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-purchase-percent-off-en",
        "UK",
        "Rate your purchase on Amazon and get 10% off your next order.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-us-percent-off-en",
        "UK",
        "Rate us on Amazon and get 10% off.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-seller-save-percent-en",
        "UK",
        "Rate the seller and save 10%.",
        [MANIPULATION, MISPLACED],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-experience-percent-off-en",
        "UK",
        "Please rate your experience with our shop and we'll take 15% off your next order.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-us-save-percent-de",
        "DE",
        "Bewerten Sie uns und sparen Sie 10 %.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-purchase-save-percent-de",
        "DE",
        "Bewerten Sie Ihren Einkauf auf Amazon und sparen Sie 10 % bei der nächsten Bestellung.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-us-minus-percent-de",
        "DE",
        "Bewerten Sie uns auf Amazon und Sie erhalten −10 % auf Ihre nächste Bestellung.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-purchase-percent-remise-fr",
        "FR",
        "Évaluez votre achat sur Amazon et profitez de 10 % de remise.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-us-save-percent-fr",
        "FR",
        "Évaluez-nous sur Amazon et économisez 10 % sur votre prochaine commande.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-shop-percent-sconto-it",
        "IT",
        "Valuta il nostro negozio e ottieni il 10% di sconto.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-us-save-percent-it",
        "IT",
        "Valutaci su Amazon e risparmia il 10% sul prossimo ordine.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-seller-percent-sconto-it",
        "IT",
        "Valuta il venditore su Amazon e ottieni il 10 % di sconto.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-us-save-percent-es",
        "ES",
        "Califíquenos en Amazon y ahorre un 10 % en su próximo pedido.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-purchase-percent-descuento-es",
        "ES",
        "Valore su compra en Amazon y disfrute de un 10 % de descuento.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-seller-percent-descuento-es",
        "ES",
        "Evalúe al vendedor y obtenga un 10 % de descuento.",
        [MANIPULATION, MISPLACED, MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-judge-yourself-beside-discount-de",
        "DE",
        "Bewerten Sie selbst, ob sich das lohnt: 10 % Rabatt auf Zubehör.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-fit-yourself-discount-en",
        "UK",
        "Rate the fit yourself: the 10% off applies to all sizes.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-judge-yourself-beside-discount-fr",
        "FR",
        "Évaluez par vous-même si cela en vaut la peine : 10 % de remise sur les accessoires.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-judge-yourself-beside-discount-es",
        "ES",
        "Valore usted mismo si le merece la pena: un 10 % de descuento en los accesorios.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-invoice-percent-off-en",
        "UK",
        "Your invoice shows 10% off because of the promotion.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-exchange-rate-percent-off-en",
        "UK",
        "The exchange rate on your invoice already includes the 10% off.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-shipping-rate-percent-off-en",
        "UK",
        "We charge a flat shipping rate, and your order got 10% off.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-shipping-rate-for-purchase-refunded-en",
        "US",
        "The shipping rate for your purchase has been refunded.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-foreign-currency-for-purchase-refunded-it",
        "IT",
        "Il pagamento in valuta estera per il suo acquisto è stato rimborsato.",
        [],
        **REPLY,
    ),
    reading(
        "review_manipulation-rate-of-percent-off-en",
        "UK",
        "The item is sold at a rate of 10% off the list price.",
        [MARKETING],
        **REPLY,
    ),
    reading(
        "review_manipulation-rating-given-refund-asked-en",
        "UK",
        "Thank you for rating us on Amazon. As you asked, we have refunded 10% of the price.",
        [],
        **RETURN,
    ),
    reading(
        "review_manipulation-rating-given-refund-asked-de",
        "DE",
        "Vielen Dank für Ihre Bewertung auf Amazon. Wie gewünscht erstatten wir Ihnen 10 % des "
        "Kaufpreises.",
        [],
        **RETURN,
    ),
]


@pytest.mark.parametrize(("body", "given", "rules"), RATE_THIRTEEN)
def test_rate_thirteen_readings(body, given, rules):
    assert wording_rules(body, given) == sorted(rules)
