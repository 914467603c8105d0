"""The contact-data rules: links, e-mail addresses, phone numbers;
one table per rule (rows: tests/engine/rows.py)."""

from __future__ import annotations

from typing import Any

import pytest

from service.engine import RulePolicy
from tests.engine.conftest import ORDER_ID
from tests.engine.rows import (
    ALLOW,
    REJECT,
    ROW_NAMES,
    SUBJECT,
    WARRANTY,
    Seen,
    assert_row,
    checked,
    finding,
    link,
    row,
    seen,
)

# --- amazon.content.external_link ----------------------------------------------------------


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
        # Visiting the seller's own site is marketing too (test_readings_marketing).
        [link("meinshop.de"), finding("amazon.content.marketing", "Besuchen Sie meinshop.de")],
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
    # Bare domains of the pack's extra top-level domains: short links, review pages.
    row(
        "amazon.content.external_link-short-link",
        "Die Treiber findest du hier: bit.ly/treiber-cam4k",
        REJECT,
        [link("bit.ly/treiber-cam4k")],
    ),
    row(
        "amazon.content.external_link-google-page",
        "So finden Sie unseren Laden: g.page/r/CaBcD1234efGhIJ",
        REJECT,
        [link("g.page/r/CaBcD1234efGhIJ")],
    ),
    row(
        "amazon.content.external_link-domain-of-a-masked-address-is-the-address",
        "Please contact returns[at]pennyfarthing-cycles[dot]co.uk quoting your order.",
        REJECT,
        [finding("amazon.content.email_address", "returns[at]pennyfarthing-cycles[dot]co.uk")],
        marketplace="UK",
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
    # Written to slip past filters (the pack's masked_contact).
    row(
        "amazon.content.email_address-spelled-out-german",
        "Meine Adresse: max punkt mueller at gmx punkt de",
        REJECT,
        [email("max punkt mueller at gmx punkt de")],
    ),
    row(
        "amazon.content.email_address-spaces-around-the-at-and-dot",
        "Vous pouvez nous joindre sur service @ jardin-malin . fr (sans les espaces).",
        REJECT,
        [email("service @ jardin-malin . fr")],
        marketplace="FR",
    ),
    row(
        "amazon.content.email_address-space-after-the-at",
        "Scrivici pure: ordini@ pastificio-nonna.it",
        REJECT,
        [email("ordini@ pastificio-nonna.it")],
        marketplace="IT",
    ),
    row(
        "amazon.content.email_address-bracketed-a",
        "Para ir más rápido: tienda(a)joyeria-luna.es. Saludos",
        REJECT,
        [email("tienda(a)joyeria-luna.es")],
        marketplace="ES",
    ),
    row(
        "amazon.content.email_address-chiocciolina",
        "Scrivi a sartoria.blu (chiocciolina) gmail.com, rispondo sempre.",
        REJECT,
        [email("sartoria.blu (chiocciolina) gmail.com")],
        marketplace="IT",
    ),
    row(
        "amazon.content.email_address-name-and-provider",
        "Mon mail c'est lucas.bernard sur gmail, n'hésite pas.",
        REJECT,
        [email("lucas.bernard sur gmail")],
        marketplace="FR",
    ),
    row(
        "amazon.content.email_address-a-file-in-a-mail-program-is-not-an-address",
        "Öffnen Sie die Rechnung.pdf in Outlook, falls sie nicht angezeigt wird.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.email_address-handle-with-a-dot-is-not-an-address",
        "The cushion set is sold as @brightnest.home on the label.",
        ALLOW,
        [],
        marketplace="UK",
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
    # A VAT id's country apart from its digits, and Italy's register of companies
    # ("Reg. Imprese").
    row(
        "amazon.content.phone_number-vat-id-country-apart",
        "USt-IdNr. Deutschland: DE 345 118 902",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.phone_number-it-reg-imprese",
        "P.IVA IT04567890161 - Reg. Imprese di Bergamo 04567890161",
        ALLOW,
        [],
        marketplace="IT",
        subject="Il suo ordine",
    ),
    # Austria's register number (Firmenbuchnummer, "FN").
    row(
        "amazon.content.phone_number-at-firmenbuchnummer",
        "Firmenbuchnummer: FN 512338 p, Landesgericht Graz",
        ALLOW,
        [],
    ),
    # A parcel's tracking or consignment number, after its word or its carrier's name.
    row(
        "amazon.content.phone_number-es-tracking-guide",
        "Su pedido salió por Estafeta, guía 4839201734.",
        ALLOW,
        [],
        marketplace="ES",
        subject="Su pedido",
    ),
    row(
        "amazon.content.phone_number-it-tracking-number",
        "Numero di tracciamento: 0298 4412 3301.",
        ALLOW,
        [],
        marketplace="IT",
        subject="Il suo ordine",
    ),
    row(
        "amazon.content.phone_number-fr-parcel-number",
        "Numéro de colis Chronopost : 01 23 45 67 89.",
        ALLOW,
        [],
        marketplace="FR",
        subject="Votre commande",
    ),
    row(
        "amazon.content.phone_number-uk-consignment-number",
        "Your consignment number is 0207 946 0958.",
        ALLOW,
        [],
        marketplace="UK",
        subject="Your order",
    ),
    row(
        "amazon.content.phone_number-de-carrier-name-before-the-number",
        "Das Paket ist mit DHL 030 12345678 unterwegs.",
        ALLOW,
        [],
    ),
    # The groups of a code of letters and digits ("FR12 903456789", "6Z45 0198 44").
    row(
        "amazon.content.phone_number-fr-vat-id-groups",
        "TVA intracommunautaire : FR12 903456789",
        ALLOW,
        [],
        marketplace="FR",
        subject="Votre commande",
    ),
    row(
        "amazon.content.phone_number-it-parcel-code-groups",
        "Il pacco è in viaggio: 6Z45 0198 44.",
        ALLOW,
        [],
        marketplace="IT",
        subject="Il suo ordine",
    ),
    # Company register ids in a legal imprint.
    row(
        "amazon.content.phone_number-fr-siren-and-rcs",
        "SIREN 732 829 320 – RCS Paris",
        ALLOW,
        [],
        marketplace="FR",
        subject="Votre commande",
    ),
    row(
        "amazon.content.phone_number-it-rea-and-codice-fiscale",
        "REA MI 1234567 – Codice fiscale 01234567890",
        ALLOW,
        [],
        marketplace="IT",
        subject="Il suo ordine",
    ),
    row(
        "amazon.content.phone_number-es-cif",
        "CIF: 912 345 678",
        ALLOW,
        [],
        marketplace="ES",
        subject="Su pedido",
    ),
    # A spare part's, a return's or an account's number after its word (Bosch's part numbers
    # read as German landlines); "department" holds "art" but says no article number.
    row(
        "amazon.content.phone_number-de-spare-part-number",
        "Die Ersatzteilnummer 0 986 494 123 passt zu Ihrem Modell.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.phone_number-en-part-number",
        "Part no. 0 986 494 123 fits your car.",
        ALLOW,
        [],
        marketplace="UK",
        subject="Your order",
    ),
    row(
        "amazon.content.phone_number-it-spare-part-code",
        "Codice ricambio 0 986 494 123.",
        ALLOW,
        [],
        marketplace="IT",
        subject="Il suo ordine",
    ),
    row(
        "amazon.content.phone_number-es-part-number",
        "Número de pieza 0 986 494 123.",
        ALLOW,
        [],
        marketplace="ES",
        subject="Su pedido",
    ),
    row(
        "amazon.content.phone_number-fr-return-number",
        "Votre numéro de retour est le 0612 3456 78.",
        ALLOW,
        [],
        marketplace="FR",
        subject="Votre commande",
    ),
    row(
        "amazon.content.phone_number-de-return-number",
        "Ihre Retourennummer lautet 0612 345678.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.phone_number-uk-return-number",
        "Your return number is 0207 946 0958.",
        ALLOW,
        [],
        marketplace="UK",
        subject="Your order",
    ),
    row(
        "amazon.content.phone_number-uk-department-is-no-article",
        "Our department: 020 7946 0018.",
        ALLOW,
        [phone("020 7946 0018")],
        marketplace="UK",
        subject="Your order",
    ),
    row(
        "amazon.content.phone_number-uk-returns-department",
        "Please call our returns department on 020 7946 0018.",
        ALLOW,
        [phone("020 7946 0018")],
        marketplace="UK",
        subject="Your order",
    ),
    row(
        "amazon.content.phone_number-fr-call-about-the-return",
        "Pour le retour, appelez le 01 23 45 67 89.",
        ALLOW,
        [phone("01 23 45 67 89")],
        marketplace="FR",
        subject="Votre commande",
    ),
    row(
        "amazon.content.phone_number-de-return-department",
        "Rufen Sie unsere Retourenabteilung an: 030 12345678.",
        ALLOW,
        [phone("030 12345678")],
    ),
    # A phone number beside them is still one: a phone word wins, a time is no code.
    row(
        "amazon.content.phone_number-es-phone-after-a-tax-id",
        "NIF B12345678, móvil 612 345 678",
        ALLOW,
        [phone("612 345 678")],
        marketplace="ES",
        subject="Su pedido",
    ),
    row(
        "amazon.content.phone_number-de-phone-after-a-register-id",
        "Amtsgericht München HRB 123456, Tel. 089 1234567",
        ALLOW,
        [phone("089 1234567")],
    ),
    row(
        "amazon.content.phone_number-it-phone-beside-the-parcel",
        "Per il pacco chiamaci al 02 1234 5678.",
        ALLOW,
        [phone("02 1234 5678")],
        marketplace="IT",
        subject="Il suo ordine",
    ),
    row(
        "amazon.content.phone_number-de-phone-after-a-country",
        "Telefon DE 030 2345678",
        ALLOW,
        [phone("030 2345678")],
    ),
    row(
        "amazon.content.phone_number-uk-hours-are-no-code",
        "Our helpline is open 24h 0800 123 456.",
        ALLOW,
        [phone("0800 123 456")],
        marketplace="UK",
        subject="Your order",
    ),
    # A customer service's name holds a customer word, and is a phone word all the same.
    row(
        "amazon.content.phone_number-de-kundenservice",
        "Kundenservice: 030 12345678",
        ALLOW,
        [phone("030 12345678")],
    ),
    row(
        "amazon.content.phone_number-uk-customer-service",
        "Customer service: 020 7946 0958",
        ALLOW,
        [phone("020 7946 0958")],
        marketplace="UK",
        subject="Your order",
    ),
    row(
        "amazon.content.phone_number-fr-service-client",
        "Service client : 01 23 45 67 89",
        ALLOW,
        [phone("01 23 45 67 89")],
        marketplace="FR",
        subject="Votre commande",
    ),
    row(
        "amazon.content.phone_number-es-atencion-al-cliente",
        "Atención al cliente: 912 345 678",
        ALLOW,
        [phone("912 345 678")],
        marketplace="ES",
        subject="Su pedido",
    ),
    row(
        "amazon.content.phone_number-it-international-form-after-a-customer-word",
        "Il nostro servizio clienti risponde al +39 06 1234 5678.",
        ALLOW,
        [phone("+39 06 1234 5678")],
        marketplace="IT",
        subject="Il suo ordine",
    ),
    row(
        "amazon.content.phone_number-fr-dotted-groups",
        "Appelez-nous au 04.78.12.34.56.",
        ALLOW,
        [phone("04.78.12.34.56")],
        marketplace="FR",
        subject="Votre commande",
    ),
    # Dates with a space after their dots, and case, ticket and reference numbers.
    row(
        "amazon.content.phone_number-de-dates-with-spaces",
        "Die Lieferung kommt zwischen 27. 11. 2026 und 28.11. 2026.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.phone_number-de-payment-reference",
        "Ihre Zahlung mit dem Verwendungszweck 2026 1127 0042 ist eingegangen.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.phone_number-de-auftragsnummer",
        "Ihre Auftragsnummer: 2026114471",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.phone_number-us-ticket-number",
        "Your ticket number is 2147834590.",
        ALLOW,
        [],
        marketplace="US",
        subject="Your order",
    ),
    row(
        "amazon.content.phone_number-fr-accented-ref",
        "Merci, la réf. 0145 2236 88 convient.",
        ALLOW,
        [],
        marketplace="FR",
        subject="Votre commande",
    ),
    row(
        "amazon.content.phone_number-it-pratica",
        "Il numero della pratica: 03127745.",
        ALLOW,
        [],
        marketplace="IT",
        subject="Il suo ordine",
    ),
    row(
        "amazon.content.phone_number-es-incidencia",
        "Número de incidencia: 912345678.",
        ALLOW,
        [],
        marketplace="ES",
        subject="Su pedido",
    ),
    row(
        "amazon.content.phone_number-de-size-list",
        "Das Kleid gibt es in den Größen 36 38 40 42 44.",
        ALLOW,
        [],
    ),
    row(
        "amazon.content.phone_number-de-model-years",
        "Das Ersatzteil passt für die Baujahre 2018 2019 2020.",
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
