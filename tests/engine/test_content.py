"""The content rules, one table per rule.

Each row is a message to a buyer and what the engine must say about it: the verdict, every
finding (rule, field, the text its span points at in the field as sent, severity, fixed) and,
for the fixing rules, the message it returns. Rows are written in the marketplace's language
after a greeting that names the order, so that no other rule has anything to say.

The helpers here (`checked`, `seen`, `finding`, `resent`) are shared by test_html.py and
test_attachments.py.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any, NamedTuple

import pytest

from service.engine import Attachment, Buyer, CheckRequest, Decision, RulePolicy, Verdict, evaluate
from service.packs import Pack, load_pack
from tests.engine.conftest import NOW, ORDER_ID, build_request

PACK: Pack = load_pack()

ALLOW, MODIFY, REJECT = Verdict.ALLOW, Verdict.MODIFY, Verdict.REJECT
SUBJECT, BODY = "message.subject", "message.body"

# The language rule has its own tests; its warning on an English row sent to amazon.de says
# nothing about the rule a table is about.
IGNORED = frozenset({"amazon.content.language_mismatch"})

GREETING = {
    "DE": f"Guten Tag, zu Ihrer Bestellung {ORDER_ID}: ",
    "UK": f"Hello, about your order {ORDER_ID}: ",
    "US": f"Hello, about your order {ORDER_ID}: ",
    "FR": f"Bonjour, concernant votre commande {ORDER_ID} : ",
    "IT": f"Buongiorno, riguardo al suo ordine {ORDER_ID}: ",
    "ES": f"Hola, sobre su pedido {ORDER_ID}: ",
}

# Reasons with the order state they are allowed in.
REVIEW_REQUEST = {
    "reason": "review_request",
    "status": "shipped",
    "delivered_at": NOW - timedelta(days=7),
}
WARRANTY = {"reason": "warranty", "status": "shipped"}
DIGITAL_ACCESS_KEY = {"reason": "digital_access_key"}


class Seen(NamedTuple):
    """A finding as a test states it: the span as the text it points at in the input."""

    rule: str
    field: str
    text: str | None
    severity: str
    fixed: bool


def finding(
    rule: str,
    text: str | None = None,
    *,
    field: str = BODY,
    severity: str = "error",
    fixed: bool = False,
) -> Seen:
    return Seen(rule, field, text, severity, fixed)


def make(
    body: str | None = None,
    *,
    buyer_language: str | None = None,
    attachments: tuple[Attachment, ...] = (),
    greeting: bool = True,
    **overrides: Any,
) -> CheckRequest:
    """A request that breaks no core rule: the buyer has not opted out (no tag needed), the
    body starts with a greeting naming the order; `body` is what follows the greeting (all
    of the body with greeting=False)."""
    overrides.setdefault("opted_out", False)
    if overrides.get("channel", "email") != "email":
        overrides.setdefault("subject", None)  # Amazon sets the subject off e-mail
    if body is not None:
        overrides["body"] = (
            GREETING[overrides.get("marketplace", "DE")] if greeting else ""
        ) + body
    request = build_request(PACK, **overrides)
    message = dataclasses.replace(request.message, attachments=attachments)
    buyer = Buyer(opted_out=request.buyer.opted_out, language=buyer_language)
    return dataclasses.replace(request, message=message, buyer=buyer)


def checked(
    body: str | None = None, *, policy: RulePolicy | None = None, **overrides: Any
) -> tuple[CheckRequest, Decision]:
    request = make(body, **overrides)
    return request, evaluate(request, PACK, policy)


def seen(request: CheckRequest, decision: Decision) -> list[Seen]:
    """The decision's findings, spans read back from the request's fields."""
    fields = {SUBJECT: request.message.subject or "", BODY: request.message.body}
    return [
        Seen(
            f.rule,
            f.field,
            None if f.span is None else fields[f.field][f.span.start : f.span.end],
            f.severity.value,
            f.fixed,
        )
        for f in decision.findings
        if f.rule not in IGNORED
    ]


def resent(request: CheckRequest, decision: Decision) -> CheckRequest:
    """The same request carrying the message the engine returned."""
    message = dataclasses.replace(request.message, subject=decision.subject, body=decision.body)
    return dataclasses.replace(request, message=message)


def row(
    id: str, body: str, verdict: Verdict, findings: list[Seen], *, marks: Any = (), **request: Any
) -> Any:
    return pytest.param(body, request, verdict, findings, id=id, marks=marks)


ROW_NAMES = ("body", "given", "verdict", "findings")


def assert_row(body: str, given: dict[str, Any], verdict: Verdict, findings: list[Seen]) -> None:
    """A row of a reporting rule: the verdict, every finding, and the message left as sent."""
    sent, decision = checked(body, **given)
    assert (decision.verdict, seen(sent, decision)) == (verdict, findings)
    assert (decision.subject, decision.body) == (sent.message.subject, sent.message.body)


# --- amazon.content.external_link ----------------------------------------------------------

EXTERNAL_LINK = "amazon.content.external_link"


def link(text: str, **kwargs: Any) -> Seen:
    return finding(EXTERNAL_LINK, text, **kwargs)


EXTERNAL_LINK_ROWS = [
    # Carrier tracking links are allowed: Amazon's guidelines permit them.
    row(
        "amazon.content.external_link-dhl-tracking-link-allowed",
        "Sendungsverfolgung: https://www.dhl.de/de/privatkunden.html?piececode=00340434",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.external_link-dhl-subdomain-allowed",
        "Sendungsverfolgung: https://nolp.dhl.de/nextt-online-public/set_identcodes.do?idc=1",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.external_link-dpd-subdomain-allowed",
        "Status: https://tracking.dpd.de/status/de_DE/parcel/01234567890123",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.external_link-hermes-allowed",
        "Ihr Paket: https://www.myhermes.de/empfangen/sendungsverfolgung/",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.external_link-ups-allowed",
        "Track it at https://www.ups.com/track?tracknum=1Z999AA10123456784",
        ALLOW,
        [],
        marketplace="UK",
    ),
    row(
        "amazon.content.external_link-royal-mail-allowed",
        "Track it at https://www.royalmail.com/track-your-item#/details/AB123456789GB",
        ALLOW,
        [],
        marketplace="UK",
    ),
    row(
        "amazon.content.external_link-evri-allowed",
        "Track it at https://www.evri.com/track/parcel/H01ABC0012345678",
        ALLOW,
        [],
        marketplace="UK",
    ),
    row(
        "amazon.content.external_link-usps-allowed",
        "Track it at https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000",
        ALLOW,
        [],
        marketplace="US",
    ),
    row(
        "amazon.content.external_link-colissimo-www-without-scheme-allowed",
        "Suivi : www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901",
        ALLOW,
        [],
        marketplace="FR",
    ),
    row(
        "amazon.content.external_link-poste-italiane-allowed",
        "Tracciamento: https://www.poste.it/cerca/index.html#/risultati-spedizioni/RR123",
        ALLOW,
        [],
        marketplace="IT",
    ),
    row(
        "amazon.content.external_link-correos-allowed",
        "Seguimiento: https://www.correos.es/es/es/herramientas/localizador/envios?tracking=PQ1",
        ALLOW,
        [],
        marketplace="ES",
    ),
    row(
        "amazon.content.external_link-bare-carrier-domain-allowed",
        "Verfolgen Sie die Sendung auf dhl.de, danke.",
        ALLOW,
        [],
    ),
    # Anything else is a link out of Amazon, whatever its form.
    row(
        "amazon.content.external_link-https-shop",
        "Mehr unter https://meinshop.de/angebote?ref=amazon",
        REJECT,
        [link("https://meinshop.de/angebote?ref=amazon")],
    ),
    row(
        "amazon.content.external_link-www-address",
        "Mehr unter www.meinshop.de",
        REJECT,
        [link("www.meinshop.de")],
    ),
    row(
        "amazon.content.external_link-bare-domain-sentence-end",
        "Besuchen Sie meinshop.de.",
        REJECT,
        [link("meinshop.de")],
    ),
    row(
        "amazon.content.external_link-bare-domain-with-path",
        "Die Anleitung liegt auf meinshop.de/anleitung",
        REJECT,
        [link("meinshop.de/anleitung")],
    ),
    row(
        "amazon.content.external_link-upper-case-bare-domain",
        "Mehr auf MEINSHOP.DE",
        REJECT,
        [link("MEINSHOP.DE")],
    ),
    row(
        "amazon.content.external_link-bare-co-uk-domain",
        "See shop.example.co.uk/manual",
        REJECT,
        [link("shop.example.co.uk/manual")],
        marketplace="UK",
    ),
    row(
        "amazon.content.external_link-in-brackets",
        "Details (siehe https://meinshop.de) folgen.",
        REJECT,
        [link("https://meinshop.de")],
    ),
    row(
        "amazon.content.external_link-in-the-subject",
        "Danke.",
        REJECT,
        [link("meinshop.de", field=SUBJECT)],
        subject="Infos auf meinshop.de",
    ),
    row(
        "amazon.content.external_link-carrier-name-inside-another-host",
        "Verfolgen: http://dhl.de.paket-info.com/verfolgen",
        REJECT,
        [link("http://dhl.de.paket-info.com/verfolgen")],
    ),
    row(
        "amazon.content.external_link-carrier-name-glued-to-another-domain",
        "Verfolgen: https://mydhl.de/verfolgen",
        REJECT,
        [link("https://mydhl.de/verfolgen")],
    ),
    row(
        "amazon.content.external_link-shop-after-a-carrier-link",
        "Verfolgen: https://www.dhl.de/track?id=1, Shop: https://meinshop.de",
        REJECT,
        [link("https://meinshop.de")],
    ),
    # Not links at all.
    row(
        "amazon.content.external_link-missing-space-after-full-stop-not-a-domain",
        "Vielen Dank.Es geht heute noch raus.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.external_link-abbreviations-and-versions-not-domains",
        "Die Lieferung dauert ca. 3 Tage, z.B. mit Firmware 1.2.3 und bericht.pdf.",
        ALLOW,
        [],
    ),
    # An operator's allow-list (PRESEND_LINK_ALLOWLIST) adds domains and their subdomains.
    row(
        "amazon.content.external_link-operator-allow-list-domain-and-subdomain",
        "Sendung: https://track.meinshop.de/x?id=1 oder meinshop.de",
        ALLOW,
        [],
        policy=RulePolicy(link_allowlist=frozenset({"meinshop.de"})),
    ),
    row(
        "amazon.content.external_link-operator-allow-list-does-not-cover-others",
        "Sendung: https://track.meinshop.de/x und https://anderer-shop.de",
        REJECT,
        [link("https://anderer-shop.de")],
        policy=RulePolicy(link_allowlist=frozenset({"meinshop.de"})),
    ),
    # HTML: what a reader can follow counts (text and href), not image sources or namespaces.
    row(
        "amazon.content.external_link-html-img-src-and-xmlns-are-not-links",
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Danke.</p>'
        '<img src="https://cdn.meinshop.de/logo.png" alt="Logo"></body></html>',
        ALLOW,
        [],
        body_format="html",
    ),
    row(
        "amazon.content.external_link-html-href-is-a-link",
        '<p>Mehr <a href="https://meinshop.de/angebote">hier</a>.</p>',
        REJECT,
        [link("https://meinshop.de/angebote")],
        body_format="html",
    ),
    row(
        "amazon.content.external_link-html-href-and-link-text",
        '<p><a href="https://meinshop.de">meinshop.de</a></p>',
        REJECT,
        [link("https://meinshop.de"), link("meinshop.de")],
        body_format="html",
    ),
    row(
        "amazon.content.external_link-html-carrier-href-allowed",
        '<p><a href="https://www.dhl.de/track?x=1">Sendung verfolgen</a></p>',
        ALLOW,
        [],
        body_format="html",
    ),
    row(
        "amazon.content.external_link-html-after-an-entity",
        "<p>Shop:&nbsp;meinshop.de</p>",
        REJECT,
        [link("meinshop.de")],
        body_format="html",
    ),
    # A match ends where its trailing separator is, and that separator is consumed: a link
    # right after an allowed one (one space or line break apart) is then not found at all.
    row(
        "amazon.content.external_link-shop-on-the-line-after-a-carrier-link",
        "Sendungsverfolgung: https://www.dhl.de/de/privatkunden.html?piececode=123\n"
        "www.meinshop.de",
        REJECT,
        [link("www.meinshop.de")],
    ),
    row(
        "amazon.content.external_link-span-of-a-url-right-after-another",
        "Sendung: https://www.dhl.de/track?id=1 https://meinshop.de/angebote",
        REJECT,
        [link("https://meinshop.de/angebote")],
    ),
]


@pytest.mark.parametrize(ROW_NAMES, EXTERNAL_LINK_ROWS)
def test_external_link(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- amazon.content.amazon_link ------------------------------------------------------------

AMAZON_LINK = "amazon.content.amazon_link"


def amazon(text: str, **kwargs: Any) -> Seen:
    return finding(AMAZON_LINK, text, severity="warning", **kwargs)


AMAZON_LINK_ROWS = [
    row(
        "amazon.content.amazon_link-platform-name-not-a-link",
        "Sie haben bei Amazon.de bestellt.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.amazon_link-platform-name-uk-not-a-link",
        "Thank you for shopping on Amazon.co.uk.",
        ALLOW,
        [],
        marketplace="UK",
    ),
    row(
        "amazon.content.amazon_link-bare-domain-with-path",
        "Siehe amazon.de/gp/help/customer",
        ALLOW,
        [amazon("amazon.de/gp/help/customer")],
    ),
    row(
        "amazon.content.amazon_link-capitalised-with-path",
        "Siehe Amazon.de/hilfe",
        ALLOW,
        [amazon("Amazon.de/hilfe")],
    ),
    row(
        "amazon.content.amazon_link-lower-case-bare-domain",
        "Alles Weitere auf amazon.de",
        ALLOW,
        [amazon("amazon.de")],
    ),
    row(
        "amazon.content.amazon_link-https-order-history",
        "Ihre Bestellungen: https://www.amazon.de/gp/css/order-history",
        ALLOW,
        [amazon("https://www.amazon.de/gp/css/order-history")],
    ),
    row(
        "amazon.content.amazon_link-short-link-amzn-to",
        "Der Artikel: https://amzn.to/3xYz",
        ALLOW,
        [amazon("https://amzn.to/3xYz")],
    ),
    row(
        "amazon.content.amazon_link-short-link-without-scheme",
        "Der Artikel: amzn.eu/d/abc",
        ALLOW,
        [amazon("amzn.eu/d/abc")],
    ),
    row(
        "amazon.content.amazon_link-seller-central-subdomain",
        "Siehe https://sellercentral.amazon.de/help",
        ALLOW,
        [amazon("https://sellercentral.amazon.de/help")],
    ),
    row(
        "amazon.content.amazon_link-amazon-tracking-is-a-carrier-link",
        "Sendung: https://track.amazon.com/tracking/TBA123456789",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.amazon_link-warning-does-not-hide-an-external-link",
        "Siehe amazon.de/hilfe oder https://meinshop.de",
        REJECT,
        [amazon("amazon.de/hilfe"), link("https://meinshop.de")],
    ),
]


@pytest.mark.parametrize(ROW_NAMES, AMAZON_LINK_ROWS)
def test_amazon_link(body, given, verdict, findings):
    # The external-link rule runs first: reorder to compare as a set of findings.
    sent, decision = checked(body, **given)
    assert decision.verdict is verdict
    assert sorted(seen(sent, decision)) == sorted(findings)
    assert decision.body == sent.message.body


# --- amazon.content.email_address ----------------------------------------------------------

EMAIL = "amazon.content.email_address"


def email(text: str, **kwargs: Any) -> Seen:
    return finding(EMAIL, text, **kwargs)


EMAIL_ROWS = [
    row(
        "amazon.content.email_address-plain",
        "Schreiben Sie an info@meinshop.de.",
        REJECT,
        [email("info@meinshop.de")],
    ),
    row(
        "amazon.content.email_address-dots-plus-and-subdomains",
        "Mail: max.mustermann+amazon@mail.example.co.uk",
        REJECT,
        [email("max.mustermann+amazon@mail.example.co.uk")],
    ),
    row(
        "amazon.content.email_address-in-the-subject",
        "Danke.",
        REJECT,
        [email("info@meinshop.de", field=SUBJECT)],
        subject="Rückfragen an info@meinshop.de",
    ),
    row(
        "amazon.content.email_address-disguised-at-dot",
        "Kontakt: sales (at) shop (dot) de",
        REJECT,
        [email("sales (at) shop (dot) de")],
    ),
    row(
        "amazon.content.email_address-disguised-square-brackets",
        "Write to sales [at] shop [dot] co [dot] uk",
        REJECT,
        [email("sales [at] shop [dot] co [dot] uk")],
        marketplace="UK",
    ),
    row(
        "amazon.content.email_address-disguised-german-punkt",
        "Kontakt: info(at)meinshop(punkt)de",
        REJECT,
        [email("info(at)meinshop(punkt)de")],
    ),
    row(
        "amazon.content.email_address-disguised-spanish-arroba",
        "Escriba a ventas (arroba) tienda (punto) es",
        REJECT,
        [email("ventas (arroba) tienda (punto) es")],
        marketplace="ES",
    ),
    row(
        "amazon.content.email_address-social-handle-is-not-an-address",
        "Das Modell heißt @home und kostet 5 @ 3 EUR.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.email_address-zero-width-space-inside",
        "Schreiben Sie an info\u200b@meinshop.de",
        REJECT,
        [email("info\u200b@meinshop.de")],
    ),
    row(
        "amazon.content.email_address-without-a-domain-is-not-an-address",
        "Der Benutzername lautet info@meinshop",
        ALLOW,
        [],
    ),
]


@pytest.mark.parametrize(ROW_NAMES, EMAIL_ROWS)
def test_email_address(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- amazon.content.phone_number -----------------------------------------------------------

PHONE = "amazon.content.phone_number"


def phone(text: str, **kwargs: Any) -> Seen:
    kwargs.setdefault("severity", "warning")
    return finding(PHONE, text, **kwargs)


PHONE_ROWS = [
    row(
        "amazon.content.phone_number-german-landline",
        "Rufen Sie uns an: 030 12345678.",
        ALLOW,
        [phone("030 12345678")],
    ),
    row(
        "amazon.content.phone_number-international-with-trunk-zero",
        "Tel. +49 (0)30 1234 5678",
        ALLOW,
        [phone("+49 (0)30 1234 5678")],
    ),
    row(
        "amazon.content.phone_number-mobile-with-slash",
        "Mobil 0151/23456789",
        ALLOW,
        [phone("0151/23456789")],
    ),
    row(
        "amazon.content.phone_number-whatsapp-0049",
        "WhatsApp 0049 151 23456789",
        ALLOW,
        [phone("0049 151 23456789")],
    ),
    row(
        "amazon.content.phone_number-in-the-subject",
        "Danke.",
        ALLOW,
        [phone("030 12345678", field=SUBJECT)],
        subject="Rückruf unter 030 12345678",
    ),
    row(
        "amazon.content.phone_number-info-on-warranty",
        "Garantie-Hotline: 030 12345678",
        ALLOW,
        [phone("030 12345678", severity="info")],
        **WARRANTY,
    ),
    row(
        "amazon.content.phone_number-uk-national-number-on-amazon-co-uk",
        "Call us on 020 7946 0958.",
        ALLOW,
        [phone("020 7946 0958")],
        marketplace="UK",
        subject="Your order",
    ),
    row(
        "amazon.content.phone_number-uk-mobile",
        "Text us on 07911 123456 any time.",
        ALLOW,
        [phone("07911 123456")],
        marketplace="UK",
        subject="Your order",
    ),
    row(
        "amazon.content.phone_number-us-number",
        "Call (415) 555-0132 any time.",
        ALLOW,
        [phone("(415) 555-0132")],
        marketplace="US",
        subject="Your order",
    ),
    row(
        "amazon.content.phone_number-french-number",
        "Appelez-nous au 01 23 45 67 89.",
        ALLOW,
        [phone("01 23 45 67 89")],
        marketplace="FR",
        subject="Votre commande",
    ),
    row(
        "amazon.content.phone_number-italian-number",
        "Chiamaci allo 02 1234 5678.",
        ALLOW,
        [phone("02 1234 5678")],
        marketplace="IT",
        subject="Il suo ordine",
    ),
    row(
        "amazon.content.phone_number-spanish-number",
        "Llámenos al 912 345 678.",
        ALLOW,
        [phone("912 345 678")],
        marketplace="ES",
        subject="Su pedido",
    ),
    # Numbers that are not phone numbers.
    row(
        "amazon.content.phone_number-order-number-is-not-a-phone",
        f"Die Bestellung {ORDER_ID} ist unterwegs.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.phone_number-invoice-number-re-2025-10482",
        "Rechnung RE-2025-10482 liegt bei.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.phone_number-invoice-number-after-keyword",
        "Rechnungsnummer 2025104821",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.phone_number-date-and-time",
        "Lieferung am 12.03.2025 um 14:30, sonst am 2025-03-13.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.phone_number-customer-and-article-numbers",
        "Kundennummer: 030123456, Artikelnummer 12345678",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.phone_number-iban-is-not-a-phone",
        "Konto DE89 3704 0044 0532 0130 00",
        REJECT,
        [finding("amazon.content.payment_details", "DE89 3704 0044 0532 0130 00")],
    ),
    row(
        "amazon.content.phone_number-siret-after-its-keyword",
        "SIRET 732 829 320 00074",
        ALLOW,
        [],
        marketplace="FR",
        subject="Votre commande",
    ),
    row(
        "amazon.content.phone_number-partita-iva-after-its-keyword",
        "P.IVA 01234567890",
        ALLOW,
        [],
        marketplace="IT",
        subject="Il suo ordine",
    ),
    row(
        "amazon.content.phone_number-partita-iva-spelled-out",
        "Partita IVA: 01234567890",
        ALLOW,
        [],
        marketplace="IT",
        subject="Il suo ordine",
    ),
    row(
        "amazon.content.phone_number-vat-id",
        "USt-IdNr. DE123456789, HRB 123456",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.phone_number-prices-and-sizes",
        "Preis 1.234,56 EUR, Maße 120 x 80 x 60 cm",
        ALLOW,
        [],
    ),
]


@pytest.mark.parametrize(ROW_NAMES, PHONE_ROWS)
def test_phone_number(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


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


# --- amazon.content.review_manipulation ----------------------------------------------------

MANIPULATION = "amazon.content.review_manipulation"
MISPLACED = "amazon.content.review_request_misplaced"


def manipulation(text: str, **kwargs: Any) -> Seen:
    return finding(MANIPULATION, text, **kwargs)


def misplaced(text: str, **kwargs: Any) -> Seen:
    return finding(MISPLACED, text, **kwargs)


REVIEW_MANIPULATION_ROWS = [
    # On the review_request reason, so that only manipulation is reported.
    row(
        "amazon.content.review_manipulation-de-five-stars",
        "Wir freuen uns über eine 5-Sterne-Bewertung.",
        REJECT,
        [manipulation("5-Sterne")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-de-positive-review",
        "Über eine positive Bewertung würden wir uns freuen.",
        REJECT,
        [manipulation("positive Bewertung")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-de-incentive",
        "Für Ihre Bewertung erhalten Sie einen Gutschein.",
        REJECT,
        [manipulation("Bewertung erhalten Sie einen Gutschein")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-de-only-satisfied-buyers",
        "Wenn Sie zufrieden sind, bewerten Sie uns bitte.",
        REJECT,
        [manipulation("Wenn Sie zufrieden sind, bewerten")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-de-change-review",
        "Bitte ändern Sie Ihre Bewertung.",
        REJECT,
        [manipulation("ändern Sie Ihre Bewertung")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-de-delete-review",
        "Könnten Sie Ihre Rezension löschen?",
        REJECT,
        [manipulation("Rezension löschen")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-en-five-star-on-amazon-de",
        "Please leave a 5-star review.",
        REJECT,
        [manipulation("5-star")],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_manipulation-en-gift-card-for-review",
        "We send a gift card for every review.",
        REJECT,
        [manipulation("gift card for every review")],
        **REVIEW_REQUEST,
        marketplace="UK",
    ),
    row(
        "amazon.content.review_manipulation-en-only-if-happy",
        "If you are happy, please leave us feedback.",
        REJECT,
        [manipulation("If you are happy, please leave us feedback")],
        **REVIEW_REQUEST,
        marketplace="UK",
    ),
    row(
        "amazon.content.review_manipulation-en-contact-us-first",
        "Please contact us first before leaving a negative review.",
        REJECT,
        [manipulation("contact us first before")],
        **REVIEW_REQUEST,
        marketplace="UK",
    ),
    row(
        "amazon.content.review_manipulation-fr-five-stars",
        "Un avis 5 étoiles nous aiderait.",
        REJECT,
        [manipulation("5 étoiles")],
        **REVIEW_REQUEST,
        marketplace="FR",
    ),
    row(
        "amazon.content.review_manipulation-fr-change-review",
        "Pourriez-vous modifier votre avis ?",
        REJECT,
        [manipulation("modifier votre avis")],
        **REVIEW_REQUEST,
        marketplace="FR",
    ),
    row(
        "amazon.content.review_manipulation-it-positive-review",
        "Una recensione positiva ci aiuterebbe.",
        REJECT,
        [manipulation("recensione positiva")],
        **REVIEW_REQUEST,
        marketplace="IT",
    ),
    row(
        "amazon.content.review_manipulation-it-remove-review",
        "Potrebbe rimuovere la sua recensione?",
        REJECT,
        [manipulation("rimuovere la sua recensione")],
        **REVIEW_REQUEST,
        marketplace="IT",
    ),
    row(
        "amazon.content.review_manipulation-es-five-stars",
        "Una valoración de 5 estrellas nos ayudaría.",
        REJECT,
        [manipulation("5 estrellas")],
        **REVIEW_REQUEST,
        marketplace="ES",
    ),
    row(
        "amazon.content.review_manipulation-es-delete-review",
        "¿Podría eliminar su reseña?",
        REJECT,
        [manipulation("eliminar su reseña")],
        **REVIEW_REQUEST,
        marketplace="ES",
    ),
    row(
        "amazon.content.review_manipulation-neutral-review-request-allowed",
        "Wie zufrieden waren Sie? Wir freuen uns über Ihre Bewertung.",
        ALLOW,
        [],
        **REVIEW_REQUEST,
    ),
]


@pytest.mark.parametrize(ROW_NAMES, REVIEW_MANIPULATION_ROWS)
def test_review_manipulation(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- amazon.content.review_request_misplaced -----------------------------------------------

REVIEW_REQUEST_MISPLACED_ROWS = [
    row(
        "amazon.content.review_request_misplaced-de-review-ask-outside-review-request",
        "Wir freuen uns über Ihre Bewertung.",
        REJECT,
        [misplaced("freuen uns über Ihre Bewertung")],
    ),
    row(
        "amazon.content.review_request_misplaced-de-rate-the-article",
        "Bitte bewerten Sie den Artikel.",
        REJECT,
        [misplaced("bewerten Sie den Artikel")],
    ),
    row(
        "amazon.content.review_request_misplaced-en-leave-a-review",
        "Please leave a review.",
        REJECT,
        [misplaced("leave a review")],
        marketplace="UK",
    ),
    row(
        "amazon.content.review_request_misplaced-en-would-you-mind",
        "Would you mind leaving a review?",
        REJECT,
        [misplaced("Would you mind leaving")],
        marketplace="UK",
    ),
    row(
        "amazon.content.review_request_misplaced-fr-leave-a-review",
        "Laissez un avis sur le produit.",
        REJECT,
        [misplaced("Laissez un avis")],
        marketplace="FR",
    ),
    row(
        "amazon.content.review_request_misplaced-it-leave-a-review",
        "Lasci una recensione, grazie.",
        REJECT,
        [misplaced("Lasci una recensione")],
        marketplace="IT",
    ),
    row(
        "amazon.content.review_request_misplaced-es-leave-a-review",
        "Deje una reseña, gracias.",
        REJECT,
        [misplaced("Deje una reseña")],
        marketplace="ES",
    ),
    # Asking to change or remove a review is asking for a review too.
    row(
        "amazon.content.review_request_misplaced-change-ask-counts",
        "Please update your review.",
        REJECT,
        [manipulation("update your review"), misplaced("update your review")],
        marketplace="UK",
    ),
    row(
        "amazon.content.review_request_misplaced-remove-ask-counts",
        "Könnten Sie Ihre Rezension löschen?",
        REJECT,
        [manipulation("Rezension löschen"), misplaced("Rezension löschen")],
    ),
    row(
        "amazon.content.review_request_misplaced-not-on-review-request",
        "Wir freuen uns über Ihre Bewertung.",
        ALLOW,
        [],
        **REVIEW_REQUEST,
    ),
    row(
        "amazon.content.review_request_misplaced-on-warranty",
        "Bitte bewerten Sie den Artikel.",
        REJECT,
        [misplaced("bewerten Sie den Artikel")],
        **WARRANTY,
    ),
    row(
        "amazon.content.review_request_misplaced-no-review-wording",
        "Der Artikel wird morgen versendet.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.review_request_misplaced-de-imperative-hinterlassen",
        "Hinterlassen Sie uns gerne eine Bewertung.",
        REJECT,
        [misplaced("Hinterlassen Sie uns gerne eine Bewertung")],
    ),
    row(
        "amazon.content.review_request_misplaced-fr-laissez-nous",
        "Laissez-nous un avis.",
        REJECT,
        [misplaced("Laissez-nous un avis")],
        marketplace="FR",
    ),
    row(
        "amazon.content.review_request_misplaced-es-dejenos",
        "Déjenos una reseña.",
        REJECT,
        [misplaced("Déjenos una reseña")],
        marketplace="ES",
    ),
    row(
        "amazon.content.review_request_misplaced-en-consider-leaving",
        "Please consider leaving feedback.",
        REJECT,
        [misplaced("consider leaving feedback")],
        marketplace="UK",
    ),
]


@pytest.mark.parametrize(ROW_NAMES, REVIEW_REQUEST_MISPLACED_ROWS)
def test_review_request_misplaced(body, given, verdict, findings):
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


# --- amazon.content.emoji (fix) ------------------------------------------------------------

EMOJI = "amazon.content.emoji"
LINE_BREAKS = "amazon.content.line_breaks"
DEFAULT_SUBJECT = "Zusätzliche Informationen erforderlich"


def emoji(text: str, **kwargs: Any) -> Seen:
    return finding(EMOJI, text, fixed=True, **kwargs)


def fix_row(
    id: str,
    body: str,
    verdict: Verdict,
    findings: list[Seen],
    fixed_body: str,
    *,
    subject: str = DEFAULT_SUBJECT,
    fixed_subject: str = DEFAULT_SUBJECT,
    marks: Any = (),
    **request: Any,
) -> Any:
    return pytest.param(
        body,
        {"subject": subject, **request},
        verdict,
        findings,
        fixed_subject,
        GREETING[request.get("marketplace", "DE")] + fixed_body,
        id=id,
        marks=marks,
    )


FIX_NAMES = ("body", "given", "verdict", "findings", "fixed_subject", "fixed_body")


def assert_fix_row(
    body: str,
    given: dict[str, Any],
    verdict: Verdict,
    findings: list[Seen],
    fixed_subject: str,
    fixed_body: str,
) -> None:
    """A row of a fixing rule: verdict, findings, the fixed message, and a re-check of it that
    changes nothing more (allow, where the row was only modified)."""
    sent, decision = checked(body, **given)
    assert (decision.verdict, seen(sent, decision)) == (verdict, findings)
    assert (decision.subject, decision.body) == (fixed_subject, fixed_body)
    again = evaluate(resent(sent, decision), PACK)
    assert (again.verdict, again.changes) == (ALLOW if verdict is MODIFY else verdict, ())


EMOJI_ROWS = [
    fix_row(
        "amazon.content.emoji-in-body-double-space-closed",
        "Vielen Dank 😊 für Ihren Einkauf!",
        MODIFY,
        [emoji("😊")],
        "Vielen Dank für Ihren Einkauf!",
    ),
    fix_row(
        "amazon.content.emoji-at-the-end-with-skin-tone",
        "Bis bald! 👍🏽",
        MODIFY,
        [emoji("👍🏽")],
        "Bis bald!",
    ),
    fix_row(
        "amazon.content.emoji-glued-to-punctuation",
        "Danke!😊 Bis bald.",
        MODIFY,
        [emoji("😊")],
        "Danke! Bis bald.",
    ),
    fix_row(
        "amazon.content.emoji-zwj-family-flag-and-heart",
        "Familie 👨‍👩‍👧 und Flagge 🇩🇪 und Herz ❤️ ok",
        MODIFY,
        [emoji("👨‍👩‍👧"), emoji("🇩🇪"), emoji("❤️")],
        "Familie und Flagge und Herz ok",
    ),
    fix_row(
        "amazon.content.emoji-in-subject-and-body",
        "Danke 🎉",
        MODIFY,
        [emoji("🎉", field=SUBJECT), emoji("🎉", field=SUBJECT), emoji("🎉")],
        "Danke",
        subject="🎉 Ihre Bestellung 🎉",
        fixed_subject="Ihre Bestellung",
    ),
    fix_row(
        "amazon.content.emoji-only-subject-becomes-the-label",
        "Danke.",
        MODIFY,
        [emoji("🎉", field=SUBJECT)],
        "Danke.",
        subject="🎉",
        fixed_subject=DEFAULT_SUBJECT,
    ),
    fix_row(
        "amazon.content.emoji-copyright-registered-trademark-kept",
        "© 2025 Muster® Schuhe™, Pfeil → und Stern ★",
        ALLOW,
        [],
        "© 2025 Muster® Schuhe™, Pfeil → und Stern ★",
    ),
    fix_row(
        "amazon.content.emoji-copyright-with-emoji-selector-removed",
        "Marke ©️ und © bleibt",
        MODIFY,
        [emoji("©️")],
        "Marke und © bleibt",
    ),
    fix_row(
        "amazon.content.emoji-alone-on-a-line",
        "Hallo\n😊\nEnde",
        MODIFY,
        [emoji("😊")],
        "Hallo\n\nEnde",
    ),
    fix_row(
        "amazon.content.emoji-between-empty-lines-collapses-the-gap",
        "a\n\n😊\n\nb",
        MODIFY,
        [emoji("😊"), finding(LINE_BREAKS, None, severity="warning", fixed=True)],
        "a\n\nb",
    ),
    fix_row(
        "amazon.content.emoji-with-an-error-elsewhere-still-rejects",
        "Danke 😊 Infos auf meinshop.de",
        REJECT,
        [emoji("😊"), link("meinshop.de")],
        "Danke Infos auf meinshop.de",
    ),
]


@pytest.mark.parametrize(FIX_NAMES, EMOJI_ROWS)
def test_emoji(body, given, verdict, findings, fixed_subject, fixed_body):
    assert_fix_row(body, given, verdict, findings, fixed_subject, fixed_body)


# Cutting an emoji out joins its neighbours. The rules read the text as sent, so what the join
# makes is never checked: the returned message must still pass a re-check unchanged.
EMOJI_JOIN_ROWS = [
    pytest.param(
        "Danke 😊 für Ihren Einkauf.", {}, id="amazon.content.emoji-removal-between-spaces"
    ),
    pytest.param(
        "Schreiben Sie an info😀@meinshop.de",
        {},
        id="amazon.content.emoji-removal-joins-an-e-mail-address",
    ),
    pytest.param("Mehr auf meinshop😀.de", {}, id="amazon.content.emoji-removal-joins-a-link"),
    pytest.param("Bitte Pay😀Pal nutzen.", {}, id="amazon.content.emoji-removal-joins-paypal"),
    pytest.param(
        f"Bestellung {ORDER_ID}😀1234",
        {"greeting": False},
        id="amazon.content.emoji-removal-glues-the-order-number-to-digits",
    ),
    pytest.param(
        "Ihr Code folgt.",
        {"subject": "[Wich😀tig] Ihr Code", **DIGITAL_ACCESS_KEY},
        id="amazon.content.emoji-removal-joins-a-tag-on-a-non-critical-reason",
    ),
]


@pytest.mark.parametrize(("body", "given"), EMOJI_JOIN_ROWS)
def test_emoji_removal_leaves_a_message_that_passes_again(body, given):
    sent, decision = checked(body, **given)
    assert decision.verdict is MODIFY
    again = evaluate(resent(sent, decision), PACK)
    assert (again.verdict, again.changes) == (ALLOW, ())


# --- amazon.content.line_breaks (fix) ------------------------------------------------------


def breaks(text: str | None) -> Seen:
    return finding(LINE_BREAKS, text, severity="warning", fixed=True)


LINE_BREAK_ROWS = [
    fix_row(
        "amazon.content.line_breaks-three-become-two",
        "Zeile 1\n\n\nZeile 2",
        MODIFY,
        [breaks("\n\n\n")],
        "Zeile 1\n\nZeile 2",
    ),
    fix_row(
        "amazon.content.line_breaks-every-run-collapsed",
        "Zeile 1\n\n\nZeile 2\n\n\n\n\nZeile 3\n\nZeile 4",
        MODIFY,
        [breaks("\n\n\n"), breaks("\n\n\n\n\n")],
        "Zeile 1\n\nZeile 2\n\nZeile 3\n\nZeile 4",
    ),
    fix_row(
        "amazon.content.line_breaks-crlf-kept",
        "Zeile 1\r\n\r\n\r\nZeile 2\r\n\r\nZeile 3",
        MODIFY,
        [breaks("\r\n\r\n\r\n")],
        "Zeile 1\r\n\r\nZeile 2\r\n\r\nZeile 3",
    ),
    fix_row(
        "amazon.content.line_breaks-blank-lines-with-spaces-count",
        "Zeile 1\n \n\t\nZeile 2",
        MODIFY,
        [breaks("\n \n\t\n")],
        "Zeile 1\n\nZeile 2",
    ),
    fix_row(
        "amazon.content.line_breaks-at-the-end",
        "Ende\n\n\n",
        MODIFY,
        [breaks("\n\n\n")],
        "Ende\n\n",
    ),
    fix_row(
        "amazon.content.line_breaks-two-are-fine",
        "Zeile 1\n\nZeile 2\nZeile 3",
        ALLOW,
        [],
        "Zeile 1\n\nZeile 2\nZeile 3",
    ),
]


@pytest.mark.parametrize(FIX_NAMES, LINE_BREAK_ROWS)
def test_line_breaks(body, given, verdict, findings, fixed_subject, fixed_body):
    assert_fix_row(body, given, verdict, findings, fixed_subject, fixed_body)


def test_line_breaks_leave_an_html_body_alone():
    sent, decision = checked("<p>Danke.</p>\n\n\n\n<p>Ende</p>", body_format="html")
    assert (decision.verdict, seen(sent, decision)) == (ALLOW, [])
    assert decision.body == sent.message.body
