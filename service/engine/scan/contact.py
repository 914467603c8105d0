"""Contact data and identifiers: links, e-mail addresses, phone-number candidates, bank and
card numbers, Amazon order numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import re2

from service.engine.model import Span
from service.engine.scan import MAX_PLACES, OPTIONS, ends_a_word, spans

# Top-level domains a bare domain ("meinshop.de") is recognised by: the generic ones sellers
# use and every marketplace's country code. Anything with a scheme or www. is a link anyway.
_TLDS = (
    "com|net|org|info|biz|shop|store|online|site|website|app|io|co|eu|de|at|ch|uk|fr|it|es|"
    "nl|be|se|pl|tr|ae|sa|eg|in|za|jp|au|sg|ca|mx|br|ie|us|dk|no|fi|pt|gr|cz|to"
)
_URL = re2.compile(
    rf"(?i)(?:^|[^\pL\pN_@.-])((?:(?:https?|ftp)://|www\.)[^\s<>\"'`{{}}|\\^\[\]]+"
    rf"|(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{_TLDS})(?::[0-9]{{1,5}})?"
    rf"(?:/[^\s<>\"'`{{}}|\\^\[\]]*)?)",
    OPTIONS,
)
_EMAIL = re2.compile(
    r"(?i)(?:^|[^a-z0-9._%+-])([a-z0-9._%+-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})",
    OPTIONS,
)
# A run of digits with the separators people write phone numbers with; libphonenumber then
# decides whether it is a phone number for the marketplace's region.
# It stands apart (after a space, a colon or an opening quote or bracket, not glued to an
# identifier such as "RE-2025-10482" or "CB7-2304-5581") and is not followed by more of one.
_PHONE_CANDIDATE = re2.compile(
    r"(?:^|[\s:;,(\[\"'„“«»=])((?:\+|00)?[0-9(][0-9 ()./-]{4,24}[0-9])", OPTIONS
)
_DATE_OR_TIME = re.compile(
    r"(?:0?[1-9]|[12][0-9]|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)?[0-9]{2}"
    r"|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]|[0-2]?[0-9]:[0-5][0-9]"
)
# An IBAN (group 1) or a card number (group 2), standing apart (not inside a URL, a word or
# a longer identifier); one pass finds both. Card numbers start as the card brands' numbers
# do and are grouped as printed (4-4-4-4, Amex 4-6-5, Diners 4-6-4) or not at all, so a
# 14-digit SIRET or a parcel number is not one.
_BANK_NUMBER = re2.compile(
    r"(?:^|[^\pL\pN/=?&#_.-])(?:([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30})|("
    r"(?:4[0-9]{3}|5[1-5][0-9]{2}|2[2-7][0-9]{2}|6(?:011|5[0-9]{2}|4[4-9][0-9])|35[0-9]{2})"
    r"(?:[ -]?[0-9]{4}){3}(?:[0-9]{1,3})?"
    r"|3[47][0-9]{2}[ -]?[0-9]{6}[ -]?[0-9]{5}"
    r"|3(?:0[0-5]|[68][0-9])[0-9][ -]?[0-9]{6}[ -]?[0-9]{4}))",
    OPTIONS,
)


@dataclass(frozen=True)
class Link:
    span: Span
    host: str
    bare: bool  # written without scheme or www., e.g. "meinshop.de"
    path: bool  # has a path after the host


def find_links(text: str) -> list[Link]:
    """URLs, www. addresses and bare domains, with their lower-case host."""
    links = []
    for span in spans(_URL, text, also="_@-"):
        url = text[span.start : span.end].rstrip(".,;:!?)")
        span = Span(span.start, span.start + len(url))
        rest = url.split("://", 1)[-1]
        host = host_text(url).lower().removeprefix("www.")
        bare = "://" not in url and not url.lower().startswith("www.")
        written_tld = host_text(url).rsplit(".", 1)[-1]
        if bare and written_tld not in (written_tld.lower(), written_tld.upper()):
            continue  # "Dank.Es geht ...": a missing space after a full stop, not a domain
        links.append(Link(span, host, bare, "/" in rest.strip("/")))
    return links


def host_text(url: str) -> str:
    """The host part of a URL as written."""
    return re.split(r"[/:?#]", url.split("://", 1)[-1], maxsplit=1)[0]


# No listed domain has more labels than this; looking at the last few keeps the test constant
# in time for a host of thousands of labels.
_MAX_LABELS = 8


def host_in(host: str, domains: frozenset[str]) -> bool:
    """Whether a host is one of the domains or a subdomain of one."""
    parts = host.rsplit(".", _MAX_LABELS)[-_MAX_LABELS:]
    return any(".".join(parts[i:]) in domains for i in range(len(parts)))


def find_order_numbers(text: str, form: re.Pattern[str]) -> list[Span]:
    """Order numbers of the pack's form (Amazon's 3-7-7 digits); a digit next to one makes it
    part of some other number. A rejected candidate is searched past by one character only, so
    a number starting inside it is still found."""
    found = []
    position = 0
    while (match := form.search(text, position)) is not None:
        start, end = match.span()
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if before.isdigit() or after.isdigit():
            position = start + 1
        else:
            found.append(Span(start, end))
            position = end
    return found


# "sales (at) shop (dot) co (dot) uk": an address written to slip past filters.
_DISGUISED_EMAIL = re2.compile(
    r"(?i)(?:^|[^a-z0-9._%+-])([a-z0-9._%+-]{1,64} ?[(\[{] ?(?:at|ät|arroba|chiocciola) ?[)\]}]"
    r" ?[a-z0-9-]{1,63}(?: ?[(\[{] ?(?:dot|punkt|point|punto) ?[)\]}] ?[a-z0-9-]{1,63}){1,4})",
    OPTIONS,
)


def find_emails(text: str) -> list[Span]:
    """E-mail addresses, also disguised ones ("name (at) shop (dot) de")."""
    found = [*spans(_EMAIL, text, also="-"), *spans(_DISGUISED_EMAIL, text, also="-")]
    return sorted(found, key=lambda span: span.start)[:MAX_PLACES]


def find_phone_candidates(text: str) -> Iterator[Span]:
    """Digit runs that could be phone numbers: 6 to 15 digits, not a date or time."""
    for span in spans(_PHONE_CANDIDATE, text, also="/-"):
        candidate = text[span.start : span.end]
        digits = sum(char.isdigit() for char in candidate)
        if 6 <= digits <= 15 and not _DATE_OR_TIME.search(candidate):
            yield span


def _iban_valid(iban: str) -> bool:
    """ISO 13616 check digits (mod 97)."""
    compact = iban.replace(" ", "")
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(char, 36)) for char in rearranged)
    return int(number) % 97 == 1


def _luhn_valid(number: str) -> bool:
    digits = [int(char) for char in number if char.isdigit()]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def find_bank_numbers(text: str) -> list[Span]:
    """IBANs with valid check digits and card numbers passing the Luhn check."""
    found = []
    for match in _BANK_NUMBER.finditer(text):
        iban, card = match.group(1), match.group(2)
        group = 1 if iban is not None else 2
        if not ends_a_word(text, match.end(group), also="-"):
            continue
        if (iban is not None and _iban_valid(iban)) or (card is not None and _luhn_valid(card)):
            found.append(Span(*match.span(group)))
            if len(found) == MAX_PLACES:
                break
    return found
