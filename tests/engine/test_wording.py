"""The wording rules: opt-out, marketing, cancellation and payment
wording, and which languages' lexicons apply; one table per rule (rows: tests/engine/rows.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.rows import (
    ALLOW,
    DIGITAL_ACCESS_KEY,
    REJECT,
    REVIEW_REQUEST,
    ROW_NAMES,
    Seen,
    assert_row,
    checked,
    finding,
    row,
)

# --- amazon.content.opt_out ----------------------------------------------------------------

OPT_OUT = "amazon.content.opt_out"


def opt_out(text: str, **kwargs: Any) -> Seen:
    return finding(OPT_OUT, text, **kwargs)


OPT_OUT_ROWS = [
    row(
        "amazon.content.opt_out-de-abmelden",
        "Hier können Sie sich abmelden.",
        REJECT,
        [opt_out("abmelden")],
    ),
    row(
        "amazon.content.opt_out-de-keine-nachrichten-and-stop",
        "Wenn Sie keine weiteren Nachrichten erhalten möchten, antworten Sie mit STOP.",
        REJECT,
        [opt_out("keine weiteren Nachrichten erhalten"), opt_out("antworten Sie mit STOP")],
    ),
    row(
        "amazon.content.opt_out-en-unsubscribe",
        "Click here to unsubscribe.",
        REJECT,
        [opt_out("unsubscribe")],
        marketplace="UK",
    ),
    row(
        "amazon.content.opt_out-en-no-longer-wish-and-reply-stop",
        "If you no longer wish to receive these emails, reply STOP.",
        REJECT,
        [opt_out("no longer wish to receive"), opt_out("reply STOP")],
        marketplace="UK",
    ),
    row(
        "amazon.content.opt_out-en-on-amazon-de",
        "To opt out of future messages, let us know.",
        REJECT,
        [opt_out("opt out")],
    ),
    row(
        "amazon.content.opt_out-fr-desabonner",
        "Pour vous désabonner, cliquez ici.",
        REJECT,
        [opt_out("désabonner")],
        marketplace="FR",
    ),
    row(
        "amazon.content.opt_out-fr-ne-souhaitez-plus-recevoir",
        "Si vous ne souhaitez plus recevoir nos messages, répondez STOP.",
        REJECT,
        [opt_out("ne souhaitez plus recevoir"), opt_out("répondez STOP")],
        marketplace="FR",
    ),
    row(
        "amazon.content.opt_out-it-disiscriviti",
        "Per disiscriverti clicca qui.",
        REJECT,
        [opt_out("disiscriverti")],
        marketplace="IT",
    ),
    row(
        "amazon.content.opt_out-es-darse-de-baja",
        "Para darse de baja, haga clic aquí.",
        REJECT,
        [opt_out("darse de baja")],
        marketplace="ES",
    ),
    row(
        "amazon.content.opt_out-no-opt-out-wording",
        "Wir melden uns, sobald das Paket unterwegs ist.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.opt_out-de-zu-infinitive",
        "Um sich abzumelden, klicken Sie hier.",
        REJECT,
        [opt_out("abzumelden")],
    ),
]


@pytest.mark.parametrize(ROW_NAMES, OPT_OUT_ROWS)
def test_opt_out(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- amazon.content.marketing --------------------------------------------------------------

MARKETING = "amazon.content.marketing"


def marketing(text: str, **kwargs: Any) -> Seen:
    return finding(MARKETING, text, **kwargs)


MARKETING_ROWS = [
    # A phrase inside another one reported is no second place: "cupón" is in the longer one.
    row(
        "amazon.content.marketing-es-a-phrase-inside-another-is-reported-once",
        "Con el cupón de descuento HOLA10 tiene un 10% de descuento.",
        REJECT,
        [marketing("cupón de descuento HOLA10 tiene un 10%"), marketing("10% de descuento")],
        marketplace="ES",
    ),
    row(
        "amazon.content.marketing-de-newsletter",
        "Abonnieren Sie unseren Newsletter.",
        REJECT,
        [marketing("Newsletter")],
    ),
    row(
        "amazon.content.marketing-de-visit-our-shop",
        "Besuchen Sie doch unseren Shop für mehr.",
        REJECT,
        [marketing("Besuchen Sie doch unseren Shop")],
    ),
    row(
        "amazon.content.marketing-de-social-media",
        "Folgen Sie uns auf Instagram!",
        REJECT,
        [marketing("Folgen Sie uns"), marketing("Instagram")],
    ),
    row(
        "amazon.content.marketing-de-coupon-code",
        "Mit dem Gutscheincode SPAR10 sparen Sie 10 %.",
        REJECT,
        [marketing("Mit dem Gutscheincode SPAR10 sparen")],
    ),
    row(
        "amazon.content.marketing-de-discount-on-next-order",
        "Sie erhalten 10 % Rabatt auf Ihre nächste Bestellung.",
        REJECT,
        [marketing("10 % Rabatt")],
    ),
    row(
        "amazon.content.marketing-en-visit-our-shop",
        "Visit our shop for more.",
        REJECT,
        [marketing("Visit our shop")],
        marketplace="UK",
    ),
    row(
        "amazon.content.marketing-en-new-collection",
        "Check out our new collection.",
        REJECT,
        [marketing("Check out our new")],
        marketplace="UK",
    ),
    row(
        "amazon.content.marketing-en-coupon-code",
        "Use coupon code SAVE10 on your next order.",
        REJECT,
        [marketing("Use coupon code")],
        marketplace="UK",
    ),
    row(
        "amazon.content.marketing-en-percent-off",
        "Get 15% off your next purchase.",
        REJECT,
        [marketing("15% off")],
        marketplace="UK",
    ),
    row(
        "amazon.content.marketing-en-on-amazon-de",
        "Sign up for our newsletter.",
        REJECT,
        [marketing("Sign up for our"), marketing("newsletter")],
    ),
    row(
        "amazon.content.marketing-fr-visit-our-shop",
        "Visitez notre boutique.",
        REJECT,
        [marketing("Visitez notre boutique")],
        marketplace="FR",
    ),
    row(
        "amazon.content.marketing-fr-promo-code",
        "Utilisez le code promo ETE10.",
        REJECT,
        [marketing("code promo")],
        marketplace="FR",
    ),
    row(
        "amazon.content.marketing-it-visit-our-shop",
        "Visita il nostro negozio.",
        REJECT,
        [marketing("Visita il nostro negozio")],
        marketplace="IT",
    ),
    row(
        "amazon.content.marketing-it-new-collection",
        "Scopri la nuova collezione.",
        REJECT,
        [marketing("nuova collezione")],
        marketplace="IT",
    ),
    row(
        "amazon.content.marketing-es-visit-our-shop",
        "Visite nuestra tienda.",
        REJECT,
        [marketing("Visite nuestra tienda")],
        marketplace="ES",
    ),
    row(
        "amazon.content.marketing-es-discount-code",
        "Use el código de descuento VERANO10.",
        REJECT,
        [marketing("Use el código de descuento")],
        marketplace="ES",
    ),
    # A digital access key message exists to deliver a code; newsletters stay marketing.
    row(
        "amazon.content.marketing-coupon-words-allowed-on-digital-access-key",
        "Ihr Aktionscode lautet ABCD-1234, der Promo-Code gilt ein Jahr.",
        ALLOW,
        [],
        **DIGITAL_ACCESS_KEY,
    ),
    row(
        "amazon.content.marketing-newsletter-still-marketing-on-digital-access-key",
        "Ihr Code: ABCD-1234. Abonnieren Sie unseren Newsletter.",
        REJECT,
        [marketing("Newsletter")],
        **DIGITAL_ACCESS_KEY,
    ),
    row(
        "amazon.content.marketing-negated-coupon-en",
        "No discount code is needed.",
        ALLOW,
        [],
        marketplace="UK",
    ),
    row(
        "amazon.content.marketing-negated-coupon-de",
        "Ein Gutscheincode ist nicht nötig.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.marketing-dont-forget-is-no-negation",
        "Don't forget your coupon code SAVE10.",
        REJECT,
        [marketing("coupon code")],
        marketplace="UK",
    ),
    row(
        "amazon.content.marketing-plain-service-message",
        "Ihr Paket wird morgen zugestellt.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.marketing-adjacent-phrases-each-reported",
        "Follow us on Instagram.",
        REJECT,
        [marketing("Follow us on"), marketing("Instagram")],
        marketplace="UK",
    ),
]


@pytest.mark.parametrize(ROW_NAMES, MARKETING_ROWS)
def test_marketing(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- amazon.content.cancel_request ---------------------------------------------------------

CANCEL = "amazon.content.cancel_request"


def cancel(text: str, **kwargs: Any) -> Seen:
    return finding(CANCEL, text, **kwargs)


CANCEL_ROWS = [
    row(
        "amazon.content.cancel_request-de-bitte-stornieren",
        "Bitte stornieren Sie die Bestellung.",
        REJECT,
        [cancel("stornieren Sie die Bestellung")],
    ),
    row(
        "amazon.content.cancel_request-de-sie-koennen-stornieren",
        "Sie können die Bestellung gerne stornieren.",
        REJECT,
        [cancel("Sie können die Bestellung gerne stornieren")],
    ),
    row(
        "amazon.content.cancel_request-en-please-cancel",
        "Please cancel your order.",
        REJECT,
        [cancel("Please cancel your order")],
        marketplace="UK",
    ),
    row(
        "amazon.content.cancel_request-en-request-a-cancellation",
        "You can request a cancellation.",
        REJECT,
        [cancel("request a cancellation")],
        marketplace="UK",
    ),
    row(
        "amazon.content.cancel_request-en-on-amazon-de",
        "Please cancel your order.",
        REJECT,
        [cancel("Please cancel your order")],
    ),
    row(
        "amazon.content.cancel_request-fr-veuillez-annuler",
        "Veuillez annuler votre commande.",
        REJECT,
        [cancel("Veuillez annuler votre commande")],
        marketplace="FR",
    ),
    row(
        "amazon.content.cancel_request-it-la-preghiamo",
        "La preghiamo di annullare l'ordine.",
        REJECT,
        [cancel("La preghiamo di annullare l'ordine")],
        marketplace="IT",
    ),
    row(
        "amazon.content.cancel_request-es-cancele",
        "Por favor, cancele el pedido.",
        REJECT,
        [cancel("cancele el pedido")],
        marketplace="ES",
    ),
    # A negation in the same clause: nothing is asked.
    row(
        "amazon.content.cancel_request-de-negated-after",
        "Bitte stornieren Sie die Bestellung nicht.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.cancel_request-en-negated-before",
        "You do not need to cancel your order.",
        ALLOW,
        [],
        marketplace="UK",
    ),
    row(
        "amazon.content.cancel_request-en-no-need",
        "There is no need to request a cancellation.",
        ALLOW,
        [],
        marketplace="UK",
    ),
    row(
        "amazon.content.cancel_request-fr-negated",
        "Vous ne devez pas annuler votre commande.",
        ALLOW,
        [],
        marketplace="FR",
    ),
    row(
        "amazon.content.cancel_request-it-negated",
        "Non deve annullare l'ordine.",
        ALLOW,
        [],
        marketplace="IT",
    ),
    row(
        "amazon.content.cancel_request-es-negated",
        "No es necesario cancelar el pedido.",
        ALLOW,
        [],
        marketplace="ES",
    ),
    # A negation in a neighbouring clause does not take the request back.
    row(
        "amazon.content.cancel_request-de-negation-in-the-clause-before",
        "Wenn Sie nicht warten möchten, stornieren Sie bitte Ihre Bestellung.",
        REJECT,
        [cancel("stornieren Sie bitte Ihre Bestellung")],
    ),
    row(
        "amazon.content.cancel_request-en-negation-in-the-clause-before",
        "If you would rather not wait, please cancel the order.",
        REJECT,
        [cancel("please cancel the order")],
        marketplace="UK",
    ),
    # The negation can sit inside the matched phrase ("{0,2} words" between the parts).
    row(
        "amazon.content.cancel_request-de-negation-inside-the-phrase",
        "Sie müssen die Bestellung nicht stornieren.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.cancel_request-en-negation-inside-the-phrase",
        "Please do not cancel the order, it ships today.",
        ALLOW,
        [],
        marketplace="UK",
    ),
    row(
        "amazon.content.cancel_request-de-stornierung-beantragen-verb-first",
        "Bitte beantragen Sie eine Stornierung.",
        REJECT,
        [cancel("beantragen Sie eine Stornierung")],
    ),
]


@pytest.mark.parametrize(ROW_NAMES, CANCEL_ROWS)
def test_cancel_request(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- amazon.content.payment_details --------------------------------------------------------

PAYMENT = "amazon.content.payment_details"


def payment(text: str, **kwargs: Any) -> Seen:
    return finding(PAYMENT, text, **kwargs)


PAYMENT_ROWS = [
    row(
        "amazon.content.payment_details-iban-valid-check-digits",
        "Bitte zahlen Sie auf DE89 3704 0044 0532 0130 00.",
        REJECT,
        [payment("DE89 3704 0044 0532 0130 00")],
    ),
    row(
        "amazon.content.payment_details-iban-compact",
        "Konto: DE89370400440532013000",
        REJECT,
        [payment("DE89370400440532013000")],
    ),
    row(
        "amazon.content.payment_details-iban-with-letters-gb",
        "Account GB82 WEST 1234 5698 7654 32",
        REJECT,
        [payment("GB82 WEST 1234 5698 7654 32")],
        marketplace="UK",
    ),
    row(
        "amazon.content.payment_details-iban-bad-check-digits-not-flagged",
        "Bitte zahlen Sie auf DE88 3704 0044 0532 0130 00.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.payment_details-iban-keyword-and-number",
        "IBAN DE89 3704 0044 0532 0130 00",
        REJECT,
        [payment("IBAN"), payment("DE89 3704 0044 0532 0130 00")],
    ),
    row(
        "amazon.content.payment_details-card-luhn-valid",
        "Karte 4111 1111 1111 1111 wurde belastet.",
        REJECT,
        [payment("4111 1111 1111 1111")],
    ),
    row(
        "amazon.content.payment_details-card-with-hyphens",
        "Karte 5555-5555-5555-4444 wurde belastet.",
        REJECT,
        [payment("5555-5555-5555-4444")],
    ),
    row(
        "amazon.content.payment_details-card-compact",
        "Karte 4111111111111111 wurde belastet.",
        REJECT,
        [payment("4111111111111111")],
    ),
    row(
        "amazon.content.payment_details-card-luhn-invalid-not-flagged",
        "Karte 4111 1111 1111 1112 wurde belastet.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.payment_details-de-bankverbindung",
        "Bitte senden Sie uns Ihre Bankverbindung.",
        REJECT,
        [payment("Bankverbindung")],
    ),
    row(
        "amazon.content.payment_details-de-paypal",
        "Zahlen Sie per PayPal.",
        REJECT,
        [payment("PayPal")],
    ),
    row(
        "amazon.content.payment_details-en-bank-details",
        "Please send your bank details.",
        REJECT,
        [payment("bank details")],
        marketplace="UK",
    ),
    row(
        "amazon.content.payment_details-fr-coordonnees-bancaires",
        "Envoyez vos coordonnées bancaires.",
        REJECT,
        [payment("coordonnées bancaires")],
        marketplace="FR",
    ),
    row(
        "amazon.content.payment_details-it-dati-bancari",
        "Ci invii i dati bancari.",
        REJECT,
        [payment("dati bancari")],
        marketplace="IT",
    ),
    row(
        "amazon.content.payment_details-es-datos-bancarios",
        "Envíe sus datos bancarios.",
        REJECT,
        [payment("datos bancarios")],
        marketplace="ES",
    ),
    row(
        "amazon.content.payment_details-de-negated",
        "Sie brauchen keine Bankdaten anzugeben.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.payment_details-en-negated",
        "No bank details are needed.",
        ALLOW,
        [],
        marketplace="UK",
    ),
    row(
        "amazon.content.payment_details-amex-in-its-printed-grouping",
        "Karte 3782 822463 10005 wurde belastet.",
        REJECT,
        [payment("3782 822463 10005")],
    ),
    row(
        "amazon.content.payment_details-siret-is-not-a-card",
        "SIRET : 73282932000074",
        ALLOW,
        [],
        marketplace="FR",
        subject="Votre commande",
    ),
    row(
        "amazon.content.payment_details-parcel-number-in-a-carrier-link-is-not-a-card",
        "Status: https://tracking.dpd.de/status/de_DE/parcel/01234567890128",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.payment_details-parcel-number-is-not-a-card",
        "Sendungsnummer (DPD): 01234567890128",
        ALLOW,
        [],
    ),
]


@pytest.mark.parametrize(ROW_NAMES, PAYMENT_ROWS)
def test_payment_details(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- lexicon languages ---------------------------------------------------------------------

LANGUAGE_ROWS = [
    row(
        "amazon.content.cancel_request-buyer-language-french-on-amazon-de",
        "Veuillez annuler votre commande.",
        REJECT,
        [cancel("Veuillez annuler votre commande")],
        buyer_language="fr-FR",
    ),
    row(
        "amazon.content.payment_details-buyer-language-italian-on-amazon-de",
        "Ci invii i dati bancari.",
        REJECT,
        [payment("dati bancari")],
        buyer_language="it",
    ),
    row(
        "amazon.content.marketing-buyer-language-spanish-on-amazon-fr",
        "Visite nuestra tienda.",
        REJECT,
        [marketing("Visite nuestra tienda")],
        marketplace="FR",
        buyer_language="es-ES",
    ),
    row(
        "amazon.content.opt_out-english-always-applies-on-amazon-it",
        "Click here to unsubscribe.",
        REJECT,
        [opt_out("unsubscribe")],
        marketplace="IT",
        buyer_language="it",
    ),
    row(
        "amazon.content.opt_out-marketplace-language-applies-for-an-english-buyer",
        "Hier können Sie sich abmelden.",
        REJECT,
        [opt_out("abmelden")],
        buyer_language="en-GB",
    ),
    # Only English, the marketplace's and the buyer's lexicons apply.
    row(
        "amazon.content.cancel_request-french-on-amazon-de-for-an-unknown-buyer-language",
        "Veuillez annuler votre commande.",
        ALLOW,
        [],
    ),
]


@pytest.mark.parametrize(ROW_NAMES, LANGUAGE_ROWS)
def test_lexicon_languages(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


def test_a_finding_quotes_its_words_as_a_reader_reads_them_without_the_markup_between():
    sent, decision = checked(
        "<p>Für eine Rezension mit <b>fünf Sternen</b> erstatten wir 10 €.</p>",
        body_format="html",
        **REVIEW_REQUEST,
    )
    (found,) = [f for f in decision.findings if f.rule == "amazon.content.review_manipulation"]
    assert sent.message.body[found.span.start : found.span.end] == (
        "Rezension mit <b>fünf Sternen</b> erstatten wir"
    )
    assert found.message.en.startswith("'Rezension mit fünf Sternen erstatten wir' ")
