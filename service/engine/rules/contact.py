"""Rules on contact data in what the message says: links, e-mail addresses, phone numbers.

The rules read the fields the buyer sees as a reader sees them (Draft.readable: HTML markup
blanked, invisible characters out) and point their spans into the fields as sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

from service.engine.draft import Draft
from service.engine.model import Severity, Span
from service.engine.rule import Report, report_at, rule
from service.engine.rules import sources
from service.engine.scan import contact, found_in
from service.packs.model import LinkDomains

# A message with more phone-number candidates than this has made its point; the rest of a
# (possibly hostile) text is not parsed.
_MAX_PHONE_CANDIDATES = 50
# How far before a number the words are read that say what it is (lexicons.yaml:
# phone_words, identifier_words) or the code it continues ("FR12 903456789").
_CONTEXT = 24


def _links(draft: Draft) -> list[tuple[str, contact.Link]]:
    """Links in what the reader sees and can follow (not image sources or namespaces)."""
    return draft.remember(
        "links",
        lambda: [
            (field, link)
            for field, text in draft.readable()
            for link in contact.find_links(text, draft.pack.links.extra_tlds)
        ],
    )


def _platform_name(draft: Draft, field: str, link: contact.Link) -> bool:
    """ "Amazon.de" written as a name (capitalised, no path) names the platform; "amazon.de"
    reads as an address to go to."""
    written = draft.readable_text(field)[link.span.start : link.span.end]
    return link.bare and not link.path and written[:1].isupper() and written[1:].islower()


def _allowed(draft: Draft, host: str) -> bool:
    return contact.host_in(host, _allowed_domains(draft.pack.links, draft.policy.link_allowlist))


@lru_cache(maxsize=16)
def _allowed_domains(links: LinkDomains, allowlist: frozenset[str]) -> frozenset[str]:
    """The domains whose links are allowed, once per pack and operator allowlist: the union
    of the carriers' 77 domains cost 21k instructions for every link looked at."""
    return links.carriers | links.own | allowlist


def _amazon(draft: Draft, host: str) -> bool:
    return contact.host_in(host, draft.pack.links.amazon)


def outside_links(draft: Draft) -> list[tuple[str, contact.Link]]:
    """The links that lead away from the platform: neither a carrier's nor the platform's
    (once per check: the link rule and the marketing rule read them)."""
    return draft.remember(
        "outside links",
        lambda: [
            (field, link)
            for field, link in _links(draft)
            if not _allowed(draft, link.host) and not _amazon(draft, link.host)
        ],
    )


@rule(
    "content.external_link",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' links outside {platform}; only carrier tracking links are allowed.",
    de="'{found}' verlinkt außerhalb von {platform}; erlaubt sind nur Sendungsverfolgungs-Links "
    "von Versanddienstleistern.",
)
def external_link(draft: Draft) -> Iterator[Report]:
    """Links, www. addresses and bare domains that are neither a carrier nor Amazon (nor the
    domain of a masked e-mail address, "info(at)shop.de", where the pack finds those)."""
    for field, link in outside_links(draft):
        if draft.pack.masked_contact and any(
            span.start <= link.span.start < span.end
            for span in _emails(draft, field, draft.readable_text(field))
        ):
            continue
        yield report_at(draft, field, link.span, params={"found": link.host})


@rule(
    "content.amazon_link",
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
            yield report_at(draft, field, link.span, params={"found": link.host})


@rule(
    "content.email_address",
    Severity.ERROR,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' is an e-mail address; buyers and sellers write only through {platform}'s "
    "messaging.",
    de="'{found}' ist eine E-Mail-Adresse; Käufer und Verkäufer schreiben sich nur über "
    "{platform}s Nachrichtensystem.",
)
def email_address(draft: Draft) -> Iterator[Report]:
    """E-mail addresses anywhere in the message; where the pack asks for it, also those
    spelled out to slip past filters ("max at shop dot de")."""
    for field, text in draft.readable():
        for span in _emails(draft, field, text):
            yield report_at(draft, field, span, params={"found": text[span.start : span.end]})


def _emails(draft: Draft, field: str, text: str) -> list[Span]:
    """The e-mail addresses in a readable() field, masked ones too where the pack asks for
    them; found once per check (the link rule leaves a masked address's domain to them)."""
    find = contact.find_emails_and_masked if draft.pack.masked_contact else contact.find_emails
    return draft.remember(f"emails {field}", lambda: find(text))


def bank_numbers(draft: Draft, field: str, text: str) -> list[Span]:
    """IBANs and card numbers in a field, found once per check: the payment rule reads the
    said() field, the phone rule the readable() one, which holds the same text or, for a body
    not sent, none (and an empty text has no phone candidate to ask for them)."""
    return draft.remember(f"bank_numbers {field}", lambda: contact.find_bank_numbers(text))


def order_numbers(draft: Draft, field: str, text: str) -> list[Span]:
    """Order numbers of the pack's forms in a readable() field, found once per check (the
    order-number rules and the phone-number rule both need them)."""
    return draft.remember(
        f"order_numbers {field}",
        lambda: contact.find_order_numbers(text, draft.pack.order_ids.form),
    )


def _phone_numbers(draft: Draft, text: str, region: str, excluded: list[Span]) -> Iterator[Span]:
    says_phone = draft.pack.lexicons.contexts["phone_words"]
    says_identifier = draft.pack.lexicons.contexts["identifier_words"]
    for count, span in enumerate(contact.find_phone_candidates(text)):
        if count == _MAX_PHONE_CANDIDATES:
            return
        if any(s.start < span.end and span.start < s.end for s in excluded):
            continue
        before = text[max(span.start - _CONTEXT, 0) : span.start].rsplit("\n", 1)[-1]
        identifier = found_in(says_identifier, before) or contact.after_a_code(before)
        # A phone word wins over an identifier word, and so does the international form
        # ("servizio clienti risponde al +39 06 …"): no identifier is written so.
        if identifier and not found_in(says_phone, before) and text[span.start] != "+":
            continue
        try:
            number = phonenumbers.parse(text[span.start : span.end], region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            yield span


@rule(
    "content.phone_number",
    Severity.WARNING,
    reference=sources.COMMUNICATION_GUIDELINES,
    en="'{found}' looks like a phone number; buyers and sellers should stay in {platform}'s "
    "messaging.",
    de="'{found}' sieht aus wie eine Telefonnummer; Käufer und Verkäufer sollten im "
    "Nachrichtensystem von {platform} bleiben.",
)
def phone_number(draft: Draft) -> Iterator[Report]:
    """Phone numbers valid for the marketplace's region (libphonenumber), and, where the pack
    asks for it, numbers spelled out in words; a warranty message may carry a service number,
    so there it is only an info."""
    region = draft.marketplace.region
    severity = Severity.INFO if draft.reason.service_number else None
    for field, text in draft.readable():
        # An order number of the pack's forms is no phone number (eBay's 2-5-5 digits read as
        # one in Germany); Amazon's, 17 digits, never looks like one.
        numbers = order_numbers(draft, field, text)
        spelled = contact.find_spelled_numbers(text) if draft.pack.masked_contact else []
        # Where every candidate would stand in an order number, none is looked for (the bank
        # numbers, excluded too, are then left to the payment rule that also reads them).
        phones = (
            _phone_numbers(draft, text, region, bank_numbers(draft, field, text) + numbers)
            if contact.phone_candidates_outside(text, numbers)
            else ()
        )
        for span in [*phones, *spelled]:
            found = text[span.start : span.end]
            yield report_at(draft, field, span, severity=severity, params={"found": found})


RULES = (external_link, amazon_link, email_address, phone_number)
