"""The Messaging API's limits and the attachment rules, one table per
rule: text limits per reason, documents required, count, total size, executables and
archives, file types."""

from __future__ import annotations

from typing import Any

import pytest

from service.engine import Attachment
from tests.engine.conftest import ORDER_ID
from tests.engine.rows import (
    ALLOW,
    GREETING,
    MODIFY,
    REJECT,
    ROW_NAMES,
    WARRANTY,
    assert_row,
    checked,
    finding,
    row,
    seen,
)

SP_API = {"channel": "sp_api"}
INVOICE = {"reason": "invoice", "status": "shipped"}
# On the API a document's operation takes no text: those rows send an empty body.
NO_TEXT = {"greeting": False}
MB = 1024 * 1024
PDF = Attachment("rechnung.pdf", "application/pdf", 200_000)
ATTACHMENTS = "message.attachments"


def pdfs(count: int, size: int = 1000) -> tuple[Attachment, ...]:
    return tuple(Attachment(f"dokument-{n}.pdf", "application/pdf", size) for n in range(count))


# --- amazon.content.text_limit -------------------------------------------------------------

TEXT_LIMIT = "amazon.content.text_limit"
TAIL = "Ende."


def of_length(length: int, marketplace: str = "DE") -> str:
    """A body (after the greeting) that makes the whole text `length` characters, ending in
    TAIL, so that a span from the limit to the end reads as the last characters."""
    return "a" * (length - len(GREETING[marketplace]) - len(TAIL)) + TAIL


def over(limit: int) -> str:
    """A body exactly len(TAIL) characters over the limit: the span covers TAIL."""
    return of_length(limit + len(TAIL))


def limit_row(id: str, length: int, verdict: Any, findings: list[Any], **request: Any) -> Any:
    return row(id, of_length(length), verdict, findings, **request)


TEXT_LIMIT_ROWS = [
    row(
        "amazon.content.text_limit-customization-over-800",
        over(800),
        REJECT,
        [finding(TEXT_LIMIT, TAIL)],
        reason="customization",
        **SP_API,
    ),
    limit_row(
        "amazon.content.text_limit-digital-access-key-at-400",
        400,
        ALLOW,
        [],
        reason="digital_access_key",
        **SP_API,
    ),
    row(
        "amazon.content.text_limit-digital-access-key-over-400",
        over(400),
        REJECT,
        [finding(TEXT_LIMIT, TAIL)],
        reason="digital_access_key",
        **SP_API,
    ),
    limit_row(
        "amazon.content.text_limit-order-details-at-2000",
        2000,
        ALLOW,
        [],
        reason="order_details",
        **SP_API,
    ),
    *(
        row(
            f"amazon.content.text_limit-{reason.replace('_', '-')}-over-2000",
            over(2000),
            REJECT,
            [finding(TEXT_LIMIT, TAIL)],
            reason=reason,
            **SP_API,
        )
        for reason in (
            "order_details",
            "delivery_scheduling",
            "shipping_address",
            "unexpected_problem",
            "service_appointment",
        )
    ),
    limit_row(
        "amazon.content.text_limit-customization-at-800",
        800,
        ALLOW,
        [],
        reason="customization",
        **SP_API,
    ),
    limit_row(
        "amazon.content.text_limit-not-on-email",
        401,
        ALLOW,
        [],
        reason="digital_access_key",
        subject="Ihr Code",
    ),
    limit_row(
        "amazon.content.text_limit-not-on-seller-central",
        401,
        ALLOW,
        [],
        reason="digital_access_key",
        channel="seller_central",
    ),
    limit_row(
        "amazon.content.text_limit-invoice-has-no-limit",
        5000,
        ALLOW,
        [finding("amazon.api.text_not_sent", None, severity="warning")],
        **INVOICE,
        **SP_API,
        attachments=(PDF,),
    ),
    limit_row(
        "amazon.content.text_limit-other-reason-has-no-api-operation",
        5000,
        REJECT,
        [finding("amazon.api.no_operation", None, field="message.contact_reason")],
        **SP_API,
    ),
]


@pytest.mark.parametrize(ROW_NAMES, TEXT_LIMIT_ROWS)
def test_text_limit(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


def test_text_limit_counts_the_text_as_fixed():
    """Removing an emoji can bring the text under the limit."""
    body = of_length(401)[:-1] + "😊"
    sent, decision = checked(body, reason="digital_access_key", **SP_API)
    assert len(sent.message.body) == 401
    assert (decision.verdict, [f.rule for f in seen(sent, decision)]) == (
        MODIFY,
        ["amazon.content.emoji"],
    )


def test_text_limit_over_after_a_fix_has_no_span():
    """Still over after a fix: the span would point into a text the caller did not send."""
    body = of_length(410)[:-1] + "😊"
    sent, decision = checked(body, reason="digital_access_key", **SP_API)
    assert (decision.verdict, seen(sent, decision)) == (
        REJECT,
        [finding("amazon.content.emoji", "😊", fixed=True), finding(TEXT_LIMIT, None)],
    )
    assert "409" in decision.findings[-1].message.en


# --- amazon.attachments.required -----------------------------------------------------------

REQUIRED = finding("amazon.attachments.required", None, field=ATTACHMENTS)

REQUIRED_ROWS = [
    row(
        "amazon.attachments.required-invoice-on-sp-api",
        "",
        REJECT,
        [REQUIRED],
        **INVOICE,
        **SP_API,
        **NO_TEXT,
    ),
    row(
        "amazon.attachments.required-warranty-on-sp-api",
        "",
        REJECT,
        [REQUIRED],
        **WARRANTY,
        **SP_API,
        **NO_TEXT,
    ),
    row(
        "amazon.attachments.required-invoice-with-one-file",
        "",
        ALLOW,
        [],
        **INVOICE,
        **SP_API,
        **NO_TEXT,
        attachments=(PDF,),
    ),
    row(
        "amazon.attachments.required-warranty-with-five-files",
        "",
        ALLOW,
        [],
        **WARRANTY,
        **SP_API,
        **NO_TEXT,
        attachments=pdfs(5),
    ),
    row(
        "amazon.attachments.required-not-on-email",
        "Die Rechnung folgt.",
        ALLOW,
        [],
        **INVOICE,
    ),
    row(
        "amazon.attachments.required-not-on-seller-central",
        "Die Rechnung folgt.",
        ALLOW,
        [],
        **INVOICE,
        channel="seller_central",
    ),
    row(
        "amazon.attachments.required-legal-disclosure-on-sp-api",
        "",
        REJECT,
        [REQUIRED],
        reason="legal_disclosure",
        **SP_API,
        **NO_TEXT,
    ),
    row(
        "amazon.attachments.required-not-for-a-blank-invoice-on-email",
        "",
        ALLOW,
        [],
        **INVOICE,
        greeting=False,
        subject=f"Rechnung zu Bestellung {ORDER_ID}",
    ),
    row(
        "amazon.attachments.required-blank-invoice-with-its-file",
        "",
        ALLOW,
        [],
        **INVOICE,
        greeting=False,
        subject=f"Rechnung zu Bestellung {ORDER_ID}",
        attachments=(PDF,),
    ),
    row(
        "amazon.attachments.required-not-for-other-reasons",
        "Eine Frage.",
        ALLOW,
        [],
        reason="order_details",
        **SP_API,
    ),
]


@pytest.mark.parametrize(ROW_NAMES, REQUIRED_ROWS)
def test_required(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- amazon.attachments.count --------------------------------------------------------------

COUNT = finding("amazon.attachments.count", None, field=ATTACHMENTS)

COUNT_ROWS = [
    row(
        "amazon.attachments.count-five-on-sp-api",
        "",
        ALLOW,
        [],
        **INVOICE,
        **SP_API,
        **NO_TEXT,
        attachments=pdfs(5),
    ),
    row(
        "amazon.attachments.count-six-on-sp-api",
        "",
        REJECT,
        [COUNT],
        **INVOICE,
        **SP_API,
        **NO_TEXT,
        attachments=pdfs(6),
    ),
    row(
        "amazon.attachments.count-six-on-sp-api-other-reason",
        "Anbei.",
        REJECT,
        [COUNT],
        reason="customization",
        **SP_API,
        attachments=pdfs(6),
    ),
    row(
        "amazon.attachments.count-six-on-email",
        "Anbei.",
        ALLOW,
        [],
        attachments=pdfs(6),
    ),
    row(
        "amazon.attachments.count-six-on-seller-central",
        "Anbei.",
        ALLOW,
        [],
        channel="seller_central",
        attachments=pdfs(6),
    ),
]


@pytest.mark.parametrize(ROW_NAMES, COUNT_ROWS)
def test_count(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- amazon.attachments.total_size ---------------------------------------------------------

TOTAL_SIZE = finding("amazon.attachments.total_size", None, field=ATTACHMENTS)

TOTAL_SIZE_ROWS = [
    row(
        "amazon.attachments.total_size-exactly-10-mb",
        "Anbei.",
        ALLOW,
        [],
        attachments=(
            Attachment("a.pdf", "application/pdf", 6 * MB),
            Attachment("b.pdf", "application/pdf", 4 * MB),
        ),
    ),
    row(
        "amazon.attachments.total_size-one-byte-over-10-mb",
        "Anbei.",
        REJECT,
        [TOTAL_SIZE],
        attachments=(
            Attachment("a.pdf", "application/pdf", 6 * MB),
            Attachment("b.pdf", "application/pdf", 4 * MB + 1),
        ),
    ),
    row(
        "amazon.attachments.total_size-one-large-file",
        "Anbei.",
        REJECT,
        [TOTAL_SIZE],
        attachments=(Attachment("handbuch.pdf", "application/pdf", 25 * MB),),
    ),
    row(
        "amazon.attachments.total_size-on-sp-api",
        "",
        REJECT,
        [TOTAL_SIZE],
        **INVOICE,
        **SP_API,
        **NO_TEXT,
        attachments=pdfs(3, size=4 * MB),
    ),
    row(
        "amazon.attachments.total_size-no-attachments",
        "Danke.",
        ALLOW,
        [],
    ),
]


@pytest.mark.parametrize(ROW_NAMES, TOTAL_SIZE_ROWS)
def test_total_size(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- amazon.attachments.executable ---------------------------------------------------------

EXECUTABLE = "amazon.attachments.executable"
FILE_TYPE = "amazon.attachments.file_type"


def at(rule: str, position: int = 0) -> Any:
    return finding(rule, None, field=f"{ATTACHMENTS}[{position}]")


def file_row(id: str, files: list[Attachment], verdict: Any, findings: list[Any]) -> Any:
    return row(id, "Anbei.", verdict, findings, attachments=tuple(files))


EXECUTABLE_ROWS = [
    file_row(
        "amazon.attachments.executable-exe",
        [Attachment("setup.exe", "application/octet-stream", 1000)],
        REJECT,
        [at(EXECUTABLE)],
    ),
    file_row(
        "amazon.attachments.executable-zip",
        [Attachment("rechnungen.zip", "application/zip", 1000)],
        REJECT,
        [at(EXECUTABLE)],
    ),
    file_row(
        "amazon.attachments.executable-double-extension-invoice-pdf-exe",
        [Attachment("invoice.pdf.exe", "application/pdf", 1000)],
        REJECT,
        [at(EXECUTABLE)],
    ),
    file_row(
        "amazon.attachments.executable-zip-content-type-whatever-the-name",
        [Attachment("daten.bin", "application/zip", 1000)],
        REJECT,
        [at(EXECUTABLE)],
    ),
    file_row(
        "amazon.attachments.executable-zip-content-type-named-pdf",
        [Attachment("rechnung.pdf", "application/zip", 1000)],
        REJECT,
        [at(EXECUTABLE)],
    ),
    file_row(
        "amazon.attachments.executable-upper-case-extension",
        [Attachment("ARCHIV.ZIP", "application/octet-stream", 1000)],
        REJECT,
        [at(EXECUTABLE)],
    ),
    file_row(
        "amazon.attachments.executable-windows-path",
        [Attachment("C:\\Users\\shop\\setup.exe", "application/x-msdownload", 1000)],
        REJECT,
        [at(EXECUTABLE)],
    ),
    file_row(
        "amazon.attachments.executable-script",
        [Attachment("anleitung.js", "text/javascript", 1000)],
        REJECT,
        [at(EXECUTABLE)],
    ),
    file_row(
        "amazon.attachments.executable-macro-document",
        [Attachment("formular.docm", "application/vnd.ms-word.document.macroEnabled.12", 1000)],
        REJECT,
        [at(EXECUTABLE)],
    ),
    file_row(
        "amazon.attachments.executable-tarball",
        [Attachment("fotos.tar.gz", "application/gzip", 1000)],
        REJECT,
        [at(EXECUTABLE)],
    ),
    file_row(
        "amazon.attachments.executable-second-file",
        [PDF, Attachment("setup.exe", "application/octet-stream", 1000)],
        REJECT,
        [at(EXECUTABLE, 1)],
    ),
    file_row(
        "amazon.attachments.executable-pdf-is-not",
        [PDF],
        ALLOW,
        [],
    ),
]


@pytest.mark.parametrize(ROW_NAMES, EXECUTABLE_ROWS)
def test_executable(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


def test_executable_names_the_file_in_both_languages():
    _, decision = checked(
        "Anbei.", attachments=(Attachment("invoice.pdf.exe", "application/pdf", 10),)
    )
    message = decision.findings[0].message
    assert "'invoice.pdf.exe'" in message.en
    assert "'invoice.pdf.exe'" in message.de


# --- amazon.attachments.file_type ----------------------------------------------------------

FILE_TYPE_ROWS = [
    file_row(
        "amazon.attachments.file_type-unknown-type-heic",
        [Attachment("foto.heic", "image/heic", 1000)],
        REJECT,
        [at(FILE_TYPE)],
    ),
    file_row(
        "amazon.attachments.file_type-svg",
        [Attachment("logo.svg", "image/svg+xml", 1000)],
        REJECT,
        [at(FILE_TYPE)],
    ),
    file_row(
        "amazon.attachments.file_type-html",
        [Attachment("angebot.html", "text/html", 1000)],
        REJECT,
        [at(FILE_TYPE)],
    ),
    file_row(
        "amazon.attachments.file_type-png-named-file-sent-as-pdf",
        [Attachment("photo.png", "application/pdf", 1000)],
        REJECT,
        [at(FILE_TYPE)],
    ),
    file_row(
        "amazon.attachments.file_type-jpg-named-file-sent-as-png",
        [Attachment("bild.jpg", "image/png", 1000)],
        REJECT,
        [at(FILE_TYPE)],
    ),
    file_row(
        "amazon.attachments.file_type-second-file",
        [PDF, Attachment("photo.png", "application/pdf", 1000)],
        REJECT,
        [at(FILE_TYPE, 1)],
    ),
    file_row(
        "amazon.attachments.file_type-content-type-with-charset-accepted",
        [Attachment("hinweise.txt", "text/plain; charset=utf-8", 1000)],
        ALLOW,
        [],
    ),
    file_row(
        "amazon.attachments.file_type-content-type-with-parameter-and-case",
        [Attachment("RECHNUNG.PDF", "Application/PDF; name=rechnung.pdf", 1000)],
        ALLOW,
        [],
    ),
    file_row(
        "amazon.attachments.file_type-every-accepted-type",
        [
            Attachment("a.pdf", "application/pdf", 10),
            Attachment("b.jpg", "image/jpeg", 10),
            Attachment("c.jpeg", "image/pjpeg", 10),
            Attachment("d.png", "image/png", 10),
            Attachment("e.gif", "image/gif", 10),
            Attachment("f.txt", "text/plain", 10),
            Attachment("g.doc", "application/msword", 10),
            Attachment(
                "h.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                10,
            ),
        ],
        ALLOW,
        [],
    ),
    file_row(
        "amazon.attachments.file_type-not-said-twice-for-an-executable",
        [Attachment("setup.exe", "application/x-msdownload", 1000)],
        REJECT,
        [at(EXECUTABLE)],
    ),
]


@pytest.mark.parametrize(ROW_NAMES, FILE_TYPE_ROWS)
def test_file_type(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


# --- amazon.attachments.purpose ------------------------------------------------------------

PURPOSE = "amazon.attachments.purpose"
DIGITAL_ACCESS_KEY = {"reason": "digital_access_key"}


def named(filename: str) -> list[Attachment]:
    return [Attachment(filename, "application/pdf", 1000)]


def purpose_row(id: str, filename: str, flagged: bool, **request: Any) -> Any:
    return row(
        f"{PURPOSE}-{id}",
        "Anbei.",
        REJECT if flagged else ALLOW,
        [at(PURPOSE)] if flagged else [],
        attachments=tuple(named(filename)),
        **request,
    )


PURPOSE_ROWS = [
    purpose_row("catalogue-en", "catalogue-2026.pdf", True),
    purpose_row("catalog-us-spelling", "Catalog.pdf", True),
    purpose_row("flyer", "Flyer_Winter.pdf", True),
    purpose_row("newsletter-camel-case", "newsletterNovember.pdf", True),
    purpose_row("brochure", "product_brochure.pdf", True),
    purpose_row("katalog-de", "Katalog_2026.pdf", True),
    purpose_row("katalog-de-compound", "Herbstkatalog.pdf", True),
    purpose_row("katalog-de-camel-case", "HerbstKatalog.pdf", True),
    purpose_row("prospekt-de-compound", "Sommerprospekt.pdf", True),
    # The stemmer cuts "werbeflyer" to "werbefly" but leaves "flyer" whole: the head counts as
    # written too.
    purpose_row("flyer-de-compound", "Werbeflyer.pdf", True),
    purpose_row("prospekt-de-plural", "Prospekte-Fruehjahr.pdf", True),
    purpose_row("gutschein-de", "10EUR-Gutschein.pdf", True),
    purpose_row("gutscheine-de-plural", "Gutscheine.pdf", True),
    purpose_row("depliant-fr", "dépliant_été.pdf", True),
    purpose_row("catalogue-fr", "Catalogue-Printemps.pdf", True, marketplace="FR"),
    purpose_row("volantino-it", "volantino_offerte.pdf", True, marketplace="IT"),
    purpose_row("catalogo-it", "catalogo-2026.pdf", True, marketplace="IT"),
    purpose_row("folleto-es", "folleto.pdf", True, marketplace="ES"),
    purpose_row("cupon-es", "cupón-descuento.pdf", True, marketplace="ES"),
    purpose_row("coupon-on-a-windows-path", "C:\\Angebote\\Coupon.pdf", True),
    purpose_row(
        "coupon-is-the-digital-access-key", "Gutschein-Code.pdf", False, **DIGITAL_ACCESS_KEY
    ),
    purpose_row(
        "catalogue-even-with-a-digital-access-key", "Katalog.pdf", True, **DIGITAL_ACCESS_KEY
    ),
    purpose_row("invoice-passes", "Rechnung_4711.pdf", False),
    purpose_row("manual-passes", "Bedienungsanleitung.pdf", False),
    purpose_row("warranty-card-passes", "Garantiekarte.pdf", False),
    purpose_row("quote-passes", "Angebot_Ersatzteil.pdf", False),
    purpose_row("photo-passes", "foto_schaden.pdf", False),
    purpose_row("delivery-note-fr-passes", "bon_de_livraison.pdf", False, marketplace="FR"),
    purpose_row("gift-receipt-es-passes", "ticket-regalo.pdf", False, marketplace="ES"),
]


@pytest.mark.parametrize(ROW_NAMES, PURPOSE_ROWS)
def test_purpose(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


def test_purpose_names_the_word_and_the_file():
    _, decision = checked("Anbei.", attachments=tuple(named("Herbstkatalog.pdf")))
    message = next(f.message for f in decision.findings if f.rule == PURPOSE)
    assert "'Herbstkatalog.pdf'" in message.en and "'herbstkatalog'" in message.en


# --- amazon.attachments.extension_missing --------------------------------------------------

EXTENSION_MISSING = "amazon.attachments.extension_missing"

EXTENSION_MISSING_ROWS = [
    file_row(
        "amazon.attachments.extension_missing-no-dot",
        [Attachment("README", "text/plain", 1000)],
        REJECT,
        [at(EXTENSION_MISSING)],
    ),
    file_row(
        "amazon.attachments.extension_missing-trailing-dot",
        [Attachment("rechnung.", "application/pdf", 1000)],
        REJECT,
        [at(EXTENSION_MISSING)],
    ),
    file_row(
        "amazon.attachments.extension_missing-dot-only-in-a-folder",
        [Attachment("belege.2026/rechnung", "application/pdf", 1000)],
        REJECT,
        [at(EXTENSION_MISSING)],
    ),
    file_row(
        "amazon.attachments.extension_missing-dot-only-in-a-windows-folder",
        [Attachment("C:\\belege.2026\\rechnung", "application/pdf", 1000)],
        REJECT,
        [at(EXTENSION_MISSING)],
    ),
    file_row(
        "amazon.attachments.extension_missing-second-file",
        [PDF, Attachment("garantie", "application/pdf", 1000)],
        REJECT,
        [at(EXTENSION_MISSING, 1)],
    ),
    file_row(
        "amazon.attachments.extension_missing-with-extension",
        [Attachment("rechnung.pdf", "application/pdf", 1000)],
        ALLOW,
        [],
    ),
    row(
        "amazon.attachments.extension_missing-on-sp-api",
        "",
        REJECT,
        [at(EXTENSION_MISSING)],
        **INVOICE,
        **SP_API,
        **NO_TEXT,
        attachments=(Attachment("rechnung", "application/pdf", 1000),),
    ),
    row(
        "amazon.attachments.extension_missing-on-seller-central",
        "Anbei.",
        REJECT,
        [at(EXTENSION_MISSING)],
        channel="seller_central",
        attachments=(Attachment("rechnung", "application/pdf", 1000),),
    ),
]


@pytest.mark.parametrize(ROW_NAMES, EXTENSION_MISSING_ROWS)
def test_extension_missing(body, given, verdict, findings):
    assert_row(body, given, verdict, findings)


def test_extension_missing_names_the_file_in_both_languages():
    _, decision = checked("Anbei.", attachments=(Attachment("garantie", "application/pdf", 10),))
    message = decision.findings[0].message
    assert ("'garantie'" in message.en, "'garantie'" in message.de) == (True, True)
