"""Rules on what the message says: links, contact data, marketing, reviews, cancellation,
payment, opt-out wording, emojis, line breaks, its language and its length on the API.

The rules read the fields the buyer sees as a reader sees them (Draft.readable: HTML markup
blanked, invisible characters out) and point their spans into the fields as sent; the fixing
rules (emoji, line_breaks) cut from the text as fixed so far, and run after the order-number
rule so that what it inserts is tidied too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import phonenumbers

from service.engine import language, scan
from service.engine.draft import BODY, SUBJECT, Draft
from service.engine.model import Channel, Severity, Span
from service.engine.rule import Report, rule
from service.engine.rules import sources

# Marketplace codes that are not ISO 3166 regions, for libphonenumber.
_PHONE_REGIONS = {"UK": "GB"}
# A message with more phone-number candidates than this has made its point; the rest of a
# (possibly hostile) text is not parsed.
_MAX_PHONE_CANDIDATES = 50
# What the words just before a number say it is. A phone word wins ("Telefonnummer"); an
# identifier word rules a phone number out ("Rechnung Nr.", "SIRET", "P.IVA", "Seriennummer").
_PHONE_WORDS = re.compile(
    r"tel|phone|fon|mobil|handy|hotline|fax|whatsapp|ruf|call|appel|chiam|llam|contact|contatt",
    re.IGNORECASE,
)
_IDENTIFIER_WORDS = re.compile(
    r"\bn[ro]\b|n°|nº|#|art|rechnung|invoice|factur|fattura|serial|serien|série|seri[ae]|siret|"
    r"siren|rcs|iva|vat|ust|tva|cif|nif|kunden|customer|client|order|bestell|commande|ordine|"
    r"pedido|sendung|tracking|suivi|spedizione|envío|iban|code|key|schlüssel|lizen|licen|ref|"
    r"modell?|sku|ean|asin|gtin|hr[ab]|register|registro|steuer|tax|imei|los|lot|batch|charge",
    re.IGNORECASE,
)
_CONTEXT = 24
_MAX_EMOJI_CUTS = 1000


def _languages(draft: Draft) -> tuple[str, ...]:
    """The lexicon languages that apply: English, the marketplace's and the buyer's."""
    buyer = (draft.request.buyer.language or "").split("-", 1)[0].lower()
    return tuple(code for code in dict.fromkeys(("en", draft.language, buyer)) if code)


def _all_phrases(draft: Draft) -> dict[str, list[tuple[str, Span, str]]]:
    """Every lexicon phrase in the sent fields, by category: (field, span, phrase)."""

    def find() -> dict[str, list[tuple[str, Span, str]]]:
        hits: dict[str, list[tuple[str, Span, str]]] = {}
        lexicons = [draft.pack.lexicons[c] for c in _languages(draft) if c in draft.pack.lexicons]
        for field, text in draft.readable():
            for lexicon in lexicons:
                for category in lexicon.categories_in(text):
                    for span in scan.phrases(lexicon.patterns[category], text):
                        phrase = text[span.start : span.end]
                        hits.setdefault(category, []).append((field, span, phrase))
        return hits

    return draft.remember("phrases", find)


def _phrases(draft: Draft, *categories: str) -> list[tuple[str, Span, str]]:
    """The lexicon phrases of these categories, in the order they appear."""
    hits = _all_phrases(draft)
    found = {hit for category in categories for hit in hits.get(category, ())}
    return sorted(found, key=lambda hit: (hit[0], hit[1].start))


# A phrase in a sentence that says no ("keinen Gutscheincode gibt es", "no bank details are
# needed", "pas de code promo") offers or asks for nothing. "Don't forget the code" does.
_NEGATION = re.compile(
    r"\b(?:kein\w*|nicht|ohne|no|not|without|never|nie|pas|sans|aucun\w*|non|nessun\w*|"
    r"senza|ningun\w*|ningún|sin|nunca|jamais|mai)\b|n't\b",
    re.IGNORECASE,
)
_NOT_A_NEGATION = re.compile(
    r"\b(?:forget|hesitat|worr|problem|vergess|zöger|sorge|oubli|hésit|dimentic|esit|olvid|dud)",
    re.IGNORECASE,
)
_NEGATION_BEFORE, _NEGATION_AFTER = 40, 30
_CLAUSE_MARKS = ".!?\n,;:"


def _negated(text: str, span: Span) -> bool:
    """Whether the clause around a phrase, or the phrase itself ("die Bestellung nicht
    stornieren"), negates it; not a neighbouring clause: "if you would rather not wait,
    request a cancellation" asks all the same. Only a window around the phrase is read."""
    window_start = max(span.start - _NEGATION_BEFORE, 0)
    window_end = min(span.end + _NEGATION_AFTER, len(text))
    clause_start = max(text.rfind(mark, window_start, span.start) for mark in _CLAUSE_MARKS)
    ends = [i for i in (text.find(mark, span.end, window_end) for mark in _CLAUSE_MARKS) if i >= 0]
    around = text[max(clause_start + 1, window_start) : min(ends, default=window_end)]
    return bool(_NEGATION.search(around)) and not _NOT_A_NEGATION.search(around)


def _phrase_reports(draft: Draft, *categories: str, negatable: bool = False) -> Iterator[Report]:
    texts = dict(draft.readable())
    for field, span, phrase in _phrases(draft, *categories):
        if not (negatable and _negated(texts[field], span)):
            yield _at(draft, field, span, params={"found": phrase})


def _at(draft: Draft, field: str, span: Span, **details: Any) -> Report:
    """A report at a span of a readable() field, pointing into the field as sent."""
    return Report(field, span=draft.sent_span(field, span), **details)


def _links(draft: Draft) -> list[tuple[str, scan.Link]]:
    """Links in what the reader sees and can follow (not image sources or namespaces)."""
    return draft.remember(
        "links",
        lambda: [
            (field, link) for field, text in draft.readable() for link in scan.find_links(text)
        ],
    )


def _platform_name(draft: Draft, field: str, link: scan.Link) -> bool:
    """ "Amazon.de" written as a name (capitalised, no path) names the platform; "amazon.de"
    reads as an address to go to."""
    written = dict(draft.readable())[field][link.span.start : link.span.end]
    return link.bare and not link.path and written[:1].isupper() and written[1:].islower()


def _allowed(draft: Draft, host: str) -> bool:
    return scan.host_in(host, draft.pack.links.carriers | draft.policy.link_allowlist)


def _amazon(draft: Draft, host: str) -> bool:
    return scan.host_in(host, draft.pack.links.amazon)


@rule(
    "amazon.content.external_link",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' links outside Amazon; only carrier tracking links are allowed.",
    de="'{found}' verlinkt außerhalb von Amazon; erlaubt sind nur Sendungsverfolgungs-Links "
    "von Versanddienstleistern.",
)
def external_link(draft: Draft) -> Iterator[Report]:
    """Links, www. addresses and bare domains that are neither a carrier nor Amazon."""
    for field, link in _links(draft):
        if not _allowed(draft, link.host) and not _amazon(draft, link.host):
            yield _at(draft, field, link.span, params={"found": link.host})


@rule(
    "amazon.content.amazon_link",
    Severity.WARNING,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' links to an Amazon page; Amazon's pages disagree on whether sellers may "
    "link to them, so prefer naming the page.",
    de="'{found}' verlinkt eine Amazon-Seite; Amazons Hilfeseiten widersprechen sich, ob "
    "Verkäufer darauf verlinken dürfen, nennen Sie die Seite besser.",
)
def amazon_link(draft: Draft) -> Iterator[Report]:
    """Links to Amazon's own pages (not the platform's name "Amazon.de")."""
    for field, link in _links(draft):
        if _amazon(draft, link.host) and not _allowed(draft, link.host):
            if _platform_name(draft, field, link):
                continue
            yield _at(draft, field, link.span, params={"found": link.host})


@rule(
    "amazon.content.email_address",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' is an e-mail address; buyers and sellers write only through Amazon's messaging.",
    de="'{found}' ist eine E-Mail-Adresse; Käufer und Verkäufer schreiben sich nur über "
    "Amazons Nachrichtensystem.",
)
def email_address(draft: Draft) -> Iterator[Report]:
    """E-mail addresses anywhere in the message."""
    for field, text in draft.readable():
        for span in scan.find_emails(text):
            yield _at(draft, field, span, params={"found": text[span.start : span.end]})


def _bank_numbers(draft: Draft, field: str, text: str) -> list[Span]:
    return draft.remember(f"bank_numbers {field}", lambda: scan.find_bank_numbers(text))


def _phone_numbers(text: str, region: str, excluded: list[Span]) -> Iterator[Span]:
    for count, span in enumerate(scan.find_phone_candidates(text)):
        if count == _MAX_PHONE_CANDIDATES:
            return
        if any(s.start < span.end and span.start < s.end for s in excluded):
            continue
        before = text[max(span.start - _CONTEXT, 0) : span.start].rsplit("\n", 1)[-1]
        if _IDENTIFIER_WORDS.search(before) and not _PHONE_WORDS.search(before):
            continue
        try:
            number = phonenumbers.parse(text[span.start : span.end], region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            yield span


@rule(
    "amazon.content.phone_number",
    Severity.WARNING,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' looks like a phone number; buyers and sellers should stay in Amazon's messaging.",
    de="'{found}' sieht aus wie eine Telefonnummer; Käufer und Verkäufer sollten im "
    "Nachrichtensystem von Amazon bleiben.",
)
def phone_number(draft: Draft) -> Iterator[Report]:
    """Phone numbers valid for the marketplace's region (libphonenumber); a warranty
    message may carry a service number, so there it is only an info."""
    region = _PHONE_REGIONS.get(draft.marketplace.code, draft.marketplace.code)
    severity = Severity.INFO if draft.reason.code == "warranty" else None
    for field, text in draft.readable():
        for span in _phone_numbers(text, region, _bank_numbers(draft, field, text)):
            found = text[span.start : span.end]
            yield _at(draft, field, span, severity=severity, params={"found": found})


@rule(
    "amazon.content.opt_out",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' is opt-out or unsubscribe wording; Amazon manages the buyer's message "
    "preferences, messages must not offer it.",
    de="'{found}' ist eine Abmelde-Formulierung; Amazon verwaltet die Nachrichten-"
    "Einstellungen der Käufer, Nachrichten dürfen das nicht anbieten.",
)
def opt_out(draft: Draft) -> Iterator[Report]:
    """Opt-out or unsubscribe links and wording."""
    yield from _phrase_reports(draft, "opt_out")


@rule(
    "amazon.content.marketing",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' is marketing or promotion (coupons, discounts, newsletters, shops, social "
    "media), which buyer messages must not contain.",
    de="'{found}' ist Werbung (Gutscheine, Rabatte, Newsletter, Shops, soziale Medien), die "
    "in Käufernachrichten nicht erlaubt ist.",
)
def marketing(draft: Draft) -> Iterator[Report]:
    """Marketing and promotion; codes are the point of a digital access key message."""
    yield from _phrase_reports(draft, "marketing", negatable=True)
    if draft.reason.code != "digital_access_key":
        yield from _phrase_reports(draft, "coupon", negatable=True)


@rule(
    "amazon.content.review_manipulation",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' manipulates reviews (incentives, asking for positive or five-star reviews or "
    "only from satisfied buyers, or to change or remove a review).",
    de="'{found}' beeinflusst Bewertungen (Anreize, Bitte um positive oder Fünf-Sterne-"
    "Bewertungen oder nur von zufriedenen Käufern, oder um Ändern oder Löschen einer "
    "Bewertung).",
)
def review_manipulation(draft: Draft) -> Iterator[Report]:
    """Incentives, positive-only asks, satisfied-only asks, change-or-remove asks."""
    yield from _phrase_reports(draft, "review_manipulation")


@rule(
    "amazon.content.review_request_misplaced",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' asks for a review or feedback, which only a review request may do.",
    de="'{found}' bittet um eine Bewertung, was nur eine Bewertungsanfrage darf.",
)
def review_request_misplaced(draft: Draft) -> Iterator[Report]:
    """Review or feedback requests outside the review_request reason."""
    # Asking to change or remove a review, or for a positive one, is asking for a review too.
    if draft.reason.code != "review_request":
        yield from _phrase_reports(draft, "review_request", "review_manipulation")


@rule(
    "amazon.content.cancel_request",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' asks the buyer to cancel; the seller cancels or adjusts the order itself.",
    de="'{found}' bittet den Käufer zu stornieren; der Verkäufer storniert oder ändert die "
    "Bestellung selbst.",
)
def cancel_request(draft: Draft) -> Iterator[Report]:
    """Asking the buyer to cancel the order."""
    yield from _phrase_reports(draft, "cancel_request", negatable=True)


@rule(
    "amazon.content.payment_details",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' asks for or gives payment or bank details; payments go through Amazon only.",
    de="'{found}' fragt nach Zahlungs- oder Bankdaten oder nennt sie; Zahlungen laufen nur "
    "über Amazon.",
)
def payment_details(draft: Draft) -> Iterator[Report]:
    """Bank, card and PayPal wording, and IBANs or card numbers that pass their checksum."""
    yield from _phrase_reports(draft, "payment_details", negatable=True)
    for field, text in draft.readable():
        for span in _bank_numbers(draft, field, text):
            yield _at(draft, field, span, params={"found": text[span.start : span.end]})


@rule(
    "amazon.content.emoji",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    fixable=True,
    en="'{found}' is an emoji, which buyer messages must not contain.",
    de="'{found}' ist ein Emoji; das ist in Käufernachrichten nicht erlaubt.",
)
def emoji(draft: Draft) -> Iterator[Report]:
    """Emojis, removed from the subject and body; a text made of thousands of them is not
    worth repairing (and not cheap to), so it stays an unfixed error."""
    for field, text in draft.readable():
        current = draft.text(field) or ""
        # In an HTML body only the text a reader sees; emojis in attributes are not shown.
        seen = (
            scan.visible_text(current, draft.html_tags(current=True))
            if field == BODY and draft.html
            else current
        )
        found = scan.find_emojis(seen, limit=_MAX_EMOJI_CUTS)
        fixed = scan.cut(current, found) if len(found) < _MAX_EMOJI_CUTS else None
        if field == SUBJECT and fixed is not None:
            fixed = draft.subject_or_label(fixed)
        for span in scan.find_emojis(text):
            yield _at(draft, field, span, fix=fixed, params={"found": text[span.start : span.end]})


@rule(
    "amazon.content.line_breaks",
    Severity.WARNING,
    reference=sources.COMMUNICATION_GUIDELINES,
    fixable=True,
    en="More than two line breaks in a row; one empty line is enough.",
    de="Mehr als zwei Zeilenumbrüche hintereinander; eine Leerzeile genügt.",
)
def line_breaks(draft: Draft) -> Iterator[Report]:
    """Runs of empty lines in a text body, collapsed to one empty line."""
    if draft.html:
        return
    fixed = scan.collapse_line_breaks(draft.body)
    reported = False
    for span in scan.find_excess_line_breaks(draft.request.message.body):
        reported = True
        yield Report(BODY, span=span, fix=fixed)
    if not reported and fixed != draft.body:
        # Runs that only appeared through an earlier fix (an emoji cut out between two
        # empty lines): nothing to point at in the body as sent.
        yield Report(BODY, fix=fixed)


@rule(
    "amazon.content.language_mismatch",
    Severity.WARNING,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="The message reads as '{found}', but the buyer's language is '{expected}'.",
    de="Die Nachricht ist offenbar auf '{found}' geschrieben, die Sprache des Käufers ist "
    "'{expected}'.",
)
def language_mismatch(draft: Draft) -> Iterator[Report]:
    """The body's language (fastText, confident only) against the buyer's, or the
    marketplace's when the buyer's is unknown."""
    buyer = (draft.request.buyer.language or "").split("-", 1)[0].lower()
    expected = buyer or draft.language
    found = language.language_of(dict(draft.readable())[BODY])
    if found is not None and found[1] >= language.CONFIDENT and found[0] != expected:
        yield Report(BODY, params={"found": found[0], "expected": expected})


@rule(
    "amazon.content.text_limit",
    Severity.ERROR,
    reference=sources.MESSAGING_API,
    en="The Messaging API takes at most {limit} characters for '{reason}'; the text has {length}.",
    de="Die Messaging-API nimmt für '{reason}' höchstens {limit} Zeichen; der Text hat {length}.",
)
def text_limit(draft: Draft) -> Iterator[Report]:
    """The API operation's text limit, on the text as it would be sent."""
    operation = draft.reason.sp_api
    if (
        draft.request.channel is not Channel.SP_API
        or operation is None
        or operation.text_limit is None
    ):
        return
    limit, length = operation.text_limit, len(draft.body)
    if length > limit:
        sent = draft.request.message.body
        span = Span(limit, len(sent)) if draft.body == sent else None
        yield Report(
            BODY, span=span, params={"limit": limit, "length": length, "reason": draft.reason.code}
        )


RULES = (
    external_link,
    amazon_link,
    email_address,
    phone_number,
    opt_out,
    marketing,
    review_manipulation,
    review_request_misplaced,
    cancel_request,
    payment_details,
    language_mismatch,
    text_limit,
)
FIXES = (emoji, line_breaks)
